#!/usr/bin/env bash
# Checks the phone library as the phone builds make it: `cargo build -p tend-ffi --release` with
# no features must export no test or benchmark hook and carry no demo text.
#
#   scripts/check-release-lib.sh [--features test-hooks]
#
# The optional --features builds the library WITH the hooks, to see the check fail (it must).
# Prints "Release library: N checks passed, M failed"; exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

features=()
[ "${1:-}" = "--features" ] && features=(--features "$2")

cargo build --quiet -p tend-ffi --release "${features[@]}"
lib="$("$ROOT/scripts/target-dir.sh")/release/libtend_ffi.so"
symbols=$(nm -D --defined-only "$lib" | awk '{print $3}')

passed=0
failed=0
check() {
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
no_export() {
    if grep -q "$1" <<<"$symbols"; then
        echo "check-release-lib: exports $1" >&2
        return 1
    fi
}
no_text() {
    if grep -aqF "$1" "$lib"; then
        echo "check-release-lib: contains the demo text \"$1\"" >&2
        return 1
    fi
}
has_export() {
    grep -q "$1" <<<"$symbols" || {
        echo "check-release-lib: does not export $1 (is this the store library?)" >&2
        return 1
    }
}

# The store is really there (so an empty or wrong file cannot pass).
check has_export uniffi_tend_ffi_fn_constructor_tendstore_open
check has_export uniffi_tend_ffi_fn_method_tendstore_sync
for hook in noop debug_panic_for_tests bench_bare_insert_micros seed_demo; do
    check no_export "uniffi_tend_ffi_fn_.*$hook"
done
# Strings only the demo seed writes.
for text in "Retraining as a nurse" "Tuesday Night Step Group" "Call Sam three times a week"; do
    check no_text "$text"
done

echo "Release library: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
