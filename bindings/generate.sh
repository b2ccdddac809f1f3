#!/usr/bin/env bash
# Builds the tend-ffi cdylib and generates its Kotlin and Swift bindings (library mode).
#
#   bindings/generate.sh [--release | --phone] [--test-hooks] [--language kotlin|swift]...
#
# Two crates export: tend-core its records and enums (feature `ffi`), tend-ffi the store. Output
# (build output, never committed):
#   build/bindings/kotlin/app/tend/core/tend_core.kt, build/bindings/kotlin/app/tend/ffi/tend_ffi.kt
#   build/bindings/swift/{tend_core.swift,tend_ffi.swift}: one Swift module, TendCore
#   build/bindings/swift/{TendModelFFI,TendCoreFFI}.{h,modulemap}: their C headers
# --test-hooks builds with the host tests' hooks (noop, a deliberate panic, the bench baseline,
# the demo seed); the phone builds never pass it.
# --phone builds with the phone profile (Cargo.toml's [profile.phone]: what the apps ship).
# The library the bindings were generated from: <target dir>/<debug|release|phone>/libtend_ffi.so,
# the target dir being ./target or wherever CARGO_TARGET_DIR puts it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

profile=debug
cargo_profile=()
# The phone library carries the live channel to partners (tend-ffi's `share` feature).
features=(--features share)
languages=()
while [ $# -gt 0 ]; do
    case "$1" in
    --release)
        profile=release
        cargo_profile=(--release)
        ;;
    --phone)
        profile=phone
        cargo_profile=(--profile phone)
        ;;
    --test-hooks)
        features=(--features share,test-hooks)
        ;;
    --language | -l)
        languages+=("$2")
        shift
        ;;
    *)
        echo "usage: $0 [--release | --phone] [--test-hooks] [--language kotlin|swift]..." >&2
        exit 2
        ;;
    esac
    shift
done
[ ${#languages[@]} -eq 0 ] && languages=(kotlin swift)

cargo build -p tend-ffi "${cargo_profile[@]}" "${features[@]}"
library="$("$ROOT/scripts/target-dir.sh")/$profile/libtend_ffi.so"

for language in "${languages[@]}"; do
    out="$ROOT/build/bindings/$language"
    rm -rf "$out"
    format=()
    # The generator formats with ktlint / swift-format when present, and warns when not.
    case "$language" in
    kotlin) command -v ktlint >/dev/null || format=(--no-format) ;;
    swift) command -v swift-format >/dev/null || format=(--no-format) ;;
    *)
        echo "unsupported language: $language" >&2
        exit 2
        ;;
    esac
    # The source is the built library: UniFFI reads the proc-macro metadata from it (library
    # mode) and finds crates/tend-ffi/uniffi.toml through cargo metadata.
    cargo run -q -p uniffi-bindgen -- generate "$library" --language "$language" --out-dir "$out" "${format[@]}"
    echo "generated $language bindings in ${out#"$ROOT"/}" >&2
done
