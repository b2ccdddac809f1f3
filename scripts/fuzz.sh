#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for TEND_FUZZ_SECONDS seconds each (default 30), starting
# from a copy of its committed seed corpus (fuzz/corpus/<target>/, never grown by a run). Exits
# non-zero when a target crashes, naming the target and the input that did it; turn that input
# into a regression test in the normal test suite. Installs cargo-fuzz when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.1
seconds=${TEND_FUZZ_SECONDS:-30}

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz: needs the nightly toolchain (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
    # Built with stable: cargo-fuzz's locked dependencies include a rustix that today's nightly
    # refuses to compile. The targets themselves are built with nightly below.
    cargo +stable install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

# No sanitizer: the targets look for panics and broken promises in safe Rust, and the C inside
# (SQLCipher) is not instrumented anyway; this halves the build and speeds every run.
# Release with debug assertions and overflow checks (fuzz/Cargo.toml).
fuzz() { cargo +nightly fuzz "$@"; }
targets=$(fuzz list)
fuzz build -s none

work=fuzz/corpus-run
rm -rf "$work"
mkdir -p "$work/stores"
export TEND_FUZZ_DIR="$PWD/$work/stores"
failed=0
for t in $targets; do
    mkdir -p "$work/$t" "fuzz/artifacts/$t"
    cp fuzz/corpus/"$t"/* "$work/$t/"
    log="$work/$t.log"
    start=$(date +%s)
    # -rss_limit_mb and -timeout turn runaway memory or time on one input into a finding too.
    if fuzz run -s none "$t" "$work/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
        echo "fuzz: $t: no crash in $(( $(date +%s) - start ))s, $runs inputs"
    else
        failed=1
        crash=$(grep -Eo 'Test unit written to [^ ]+' "$log" | tail -1 | cut -d' ' -f5)
        echo "fuzz: $t FOUND A CRASH: ${crash:-see $log}" >&2
        grep -E 'panicked|ERROR|SUMMARY|deadly signal|timeout|out-of-memory' "$log" | head -5 >&2 || true
        echo "fuzz: replay it with: cargo +nightly fuzz run -s none $t ${crash:-CRASH_FILE}" >&2
    fi
done
rm -rf "$work/stores"
exit "$failed"
