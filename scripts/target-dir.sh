#!/usr/bin/env bash
# Prints cargo's target directory for this workspace: ./target, or wherever CARGO_TARGET_DIR (or
# a cargo config's build.target-dir) puts it, as cargo itself resolves it. Every script that
# looks for a built library or binary asks here instead of assuming ./target.
#
#   scripts/target-dir.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# The one field, without a JSON tool: cargo writes it as "target_directory":"<path>".
cargo metadata --format-version 1 --no-deps |
    grep -o '"target_directory":"[^"]*"' | head -n 1 | sed -e 's/^"target_directory":"//' -e 's/"$//'
