#!/usr/bin/env bash
# Tend's main job on an embedded default: writes a realistic demo store into a fresh temporary
# folder and prints its Today. Extra arguments go to `tend` (e.g. --tz Europe/London).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-build-deps.sh
cargo build --quiet --release -p tend-cli
exec target/release/tend "$@" demo
