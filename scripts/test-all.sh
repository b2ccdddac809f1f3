#!/usr/bin/env bash
# Every test Tend has, in turn: Rust (format, lints, unit, integration, property and crash
# tests), then the Kotlin and Swift binding tests on this host, the Android glue on the real
# framework (Robolectric) and the Android screens rendered and driven on the desktop JVM.
# Installs what is missing on a fresh Debian 12 machine (as root) and caches toolchains outside
# the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n==> %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

step "Build dependencies"
scripts/ensure-build-deps.sh

step "Rust: format and lints"
cargo fmt --all -- --check
# The whole workspace as the host tests build it (the FFI's test hooks on), then the core and the
# CLI as they build without the FFI: the `ffi` feature must stay optional.
cargo clippy --workspace --all-targets --features tend-ffi/test-hooks --quiet -- -D warnings
cargo clippy -p tend-core -p tend-cli --all-targets --quiet -- -D warnings
# And with the partner channel compiled in (matrix-sdk), as the phone library and `tend` with
# `--features share` build.
cargo clippy -p tend-core -p tend-cli -p tend-ffi --all-targets --quiet \
    --features tend-cli/share,tend-ffi/share,tend-ffi/test-hooks -- -D warnings

step "Rust: tests"
log="$(scripts/target-dir.sh)/rust-tests.log"
cargo test --workspace --features tend-ffi/test-hooks 2>&1 | tee "$log"
passed=$(grep -Eo '^test result: ok\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
echo "Rust: ${passed} passed, ${failed} failed"

step "Partner channel: end-to-end over a real homeserver (Synapse on loopback)"
scripts/test-matrix.sh

step "Fuzzing"
# Every parser that reads a file or a user's text, for TEND_FUZZ_SECONDS each (default 30).
scripts/fuzz.sh

step "Phone library: no test hooks, no demo text"
scripts/check-release-lib.sh

step "Phone targets: SQLCipher has a crypto provider"
scripts/check-targets.sh

step "Toolchains for the binding tests"
scripts/setup-toolchains.sh

step "Android glue and screens: compiled against the real framework and Compose"
scripts/check-android.sh

step "Kotlin binding tests"
scripts/test-kotlin.sh

step "Android on the JVM: the glue on the real framework (Robolectric)"
scripts/test-android.sh

step "Android screens: rendered, driven and read as TalkBack would (Compose for desktop)"
scripts/screens.sh

step "Swift binding tests"
scripts/test-swift.sh

step "iOS app sources: parse, property lists"
scripts/check-ios.sh

step "All tests passed"
