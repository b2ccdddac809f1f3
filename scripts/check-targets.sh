#!/usr/bin/env bash
# Checks that the phone targets' Cargo metadata selects a crypto provider for SQLCipher: the NDK
# ships no libcrypto, so an Android build without a vendored OpenSSL fails to link; iOS builds
# vendor it too (crates/tend-core/Cargo.toml says why). Reads `cargo tree` only: no cross-compiler
# is needed, so it runs on any host.
#
#   scripts/check-targets.sh
#
# Prints "Phone targets: N checks passed, M failed"; exits non-zero on any failure.
set -euo pipefail

cd "$(dirname "$0")/.."

passed=0
failed=0
for target in aarch64-linux-android armv7-linux-androideabi x86_64-linux-android aarch64-apple-ios; do
    tree=$(cargo tree --quiet --target "$target" -p tend-ffi -e features)
    # Both halves: SQLCipher asks for the vendored OpenSSL, and openssl-src is really in the graph.
    if grep -qF 'libsqlite3-sys feature "bundled-sqlcipher-vendored-openssl"' <<<"$tree" &&
        grep -qE 'openssl-src v[0-9]' <<<"$tree"; then
        passed=$((passed + 1))
    else
        echo "check-targets: $target selects no crypto provider for SQLCipher (no vendored OpenSSL)" >&2
        failed=$((failed + 1))
    fi
done

# The host keeps linking the system's libcrypto: vendoring there would only slow every build.
if cargo tree --quiet -p tend-ffi -e features | grep -qE 'openssl-src v[0-9]'; then
    echo "check-targets: the host build vendors OpenSSL; only phone targets should" >&2
    failed=$((failed + 1))
else
    passed=$((passed + 1))
fi

echo "Phone targets: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
