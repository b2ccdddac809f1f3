#!/usr/bin/env bash
# macOS only: builds tend-ffi for iOS devices and simulators, wraps the static libraries and the
# generated C header in ios/TendCoreFFI.xcframework, and copies the generated TendCore.swift into
# ios/Sources/TendCore. Needs Xcode and: rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
#
#   ios/build-xcframework.sh [--debug]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
profile=release
cargo_flags=(--release)
if [ "${1:-}" = "--debug" ]; then
    profile=debug
    cargo_flags=()
fi

export IPHONEOS_DEPLOYMENT_TARGET=16.0
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
    cargo build -p tend-ffi --lib "${cargo_flags[@]}" --target "$target"
done

# Bindings from the host build (library mode reads the metadata; it is target-independent).
bindings/generate.sh "${cargo_flags[@]}" --language swift
generated="$ROOT/build/bindings/swift"

out="$ROOT/build/ios"
rm -rf "$out" "$ROOT/ios/TendCoreFFI.xcframework"
mkdir -p "$out/headers" "$out/sim"
cp "$generated/TendCoreFFI.h" "$out/headers/"
# Xcode looks for module.modulemap inside an xcframework's headers.
cp "$generated/TendCoreFFI.modulemap" "$out/headers/module.modulemap"

# One simulator slice for both architectures.
lipo -create \
    "target/aarch64-apple-ios-sim/$profile/libtend_ffi.a" \
    "target/x86_64-apple-ios/$profile/libtend_ffi.a" \
    -output "$out/sim/libtend_ffi.a"

xcodebuild -create-xcframework \
    -library "target/aarch64-apple-ios/$profile/libtend_ffi.a" -headers "$out/headers" \
    -library "$out/sim/libtend_ffi.a" -headers "$out/headers" \
    -output "$ROOT/ios/TendCoreFFI.xcframework"

cp "$generated/TendCore.swift" "$ROOT/ios/Sources/TendCore/TendCore.swift"
echo "built ios/TendCoreFFI.xcframework and ios/Sources/TendCore/TendCore.swift"
