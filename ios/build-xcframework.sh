#!/usr/bin/env bash
# macOS only: builds tend-ffi for iOS devices and simulators, wraps the static libraries and the
# two generated C headers (TendModelFFI: the core's records; TendCoreFFI: the store) in
# ios/TendCoreFFI.xcframework, and copies the two generated Swift files (TendModel.swift,
# TendCore.swift) into ios/Sources/TendCore, where SwiftPM compiles them as one module. Needs Xcode and: rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
#
#   ios/build-xcframework.sh [--debug]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# The phone profile (Cargo.toml's [profile.phone]: fat LTO, size-optimised, panics unwind). The
# static libraries keep their symbols; Xcode strips the app and writes the dSYM for crash reports.
profile=phone
# Expanded as ${cargo_flags[@]+...}: macOS's bash 3.2 calls an empty array unbound under set -u.
cargo_flags=(--profile phone)
if [ "${1:-}" = "--debug" ]; then
    profile=debug
    cargo_flags=()
fi

target_dir="$(scripts/target-dir.sh)"
export IPHONEOS_DEPLOYMENT_TARGET=16.0
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
    cargo build -p tend-ffi --lib --features share ${cargo_flags[@]+"${cargo_flags[@]}"} --target "$target"
done

# Bindings from a host debug build: library mode reads the metadata, which is the same in every
# profile and on every target, so the slow optimised build is not repeated for the host.
bindings/generate.sh --language swift
generated="$ROOT/build/bindings/swift"

out="$ROOT/build/ios"
rm -rf "$out" "$ROOT/ios/TendCoreFFI.xcframework"
mkdir -p "$out/headers" "$out/sim"
# Xcode looks for one module.modulemap inside an xcframework's headers: it declares both C
# modules (the generated TendModel.swift imports TendModelFFI, TendCore.swift TendCoreFFI).
: >"$out/headers/module.modulemap"
for name in TendModel TendCore; do
    cp "$generated/${name}FFI.h" "$out/headers/"
    cat "$generated/${name}FFI.modulemap" >>"$out/headers/module.modulemap"
    echo >>"$out/headers/module.modulemap"
done

# One simulator slice for both architectures.
lipo -create \
    "$target_dir/aarch64-apple-ios-sim/$profile/libtend_ffi.a" \
    "$target_dir/x86_64-apple-ios/$profile/libtend_ffi.a" \
    -output "$out/sim/libtend_ffi.a"

xcodebuild -create-xcframework \
    -library "$target_dir/aarch64-apple-ios/$profile/libtend_ffi.a" -headers "$out/headers" \
    -library "$out/sim/libtend_ffi.a" -headers "$out/headers" \
    -output "$ROOT/ios/TendCoreFFI.xcframework"

rm -f "$ROOT"/ios/Sources/TendCore/*.swift
cp "$generated/TendModel.swift" "$generated/TendCore.swift" "$ROOT/ios/Sources/TendCore/"
echo "built ios/TendCoreFFI.xcframework and ios/Sources/TendCore/{TendModel,TendCore}.swift"
