#!/usr/bin/env bash
# Tend's main job on an embedded default: writes a realistic demo store into a fresh temporary
# folder and prints its Today. Extra arguments go to `tend` (e.g. --tz Europe/London).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-build-deps.sh
cargo build --quiet --release -p tend-cli
# Wherever cargo puts it (CARGO_TARGET_DIR): the demo's last line names this binary's real path.
exec "$(scripts/target-dir.sh)/release/tend" "$@" demo
