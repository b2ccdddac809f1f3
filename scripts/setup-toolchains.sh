#!/usr/bin/env bash
# Installs (once) and caches the toolchains the host binding tests need, outside the repo.
#
#   scripts/setup-toolchains.sh [kotlin|swift|all]      (default: all)
#
# Kotlin: kotlinc from the npm package kotlin-compiler (the full distribution, including
#         kotlinx-coroutines and kotlin-test), JNA and JUnit 4 from Debian.
# Swift:  a native swiftc on PATH if there is one; otherwise Debian trixie's swiftlang in a
#         debootstrap chroot (Debian 12 has no Swift).
# Idempotent: a second run only checks. Needs root on a fresh Debian 12 machine.
# Cache root: $TEND_TOOLCHAIN_CACHE (default /var/cache/tend).
set -euo pipefail

CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
KOTLIN_VERSION=2.4.20
KOTLIN_PREFIX="$CACHE/kotlin"
KOTLIN_HOME="$KOTLIN_PREFIX/node_modules/kotlin-compiler"
SWIFT_ROOT="$CACHE/swift-trixie"
SCRIPTS="$(cd "$(dirname "$0")" && pwd)"

log() { echo "setup-toolchains: $*" >&2; }

apt_updated=0
# Installs the named Debian packages that are not installed yet.
apt_ensure() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$apt_updated" -eq 0 ]; then
        apt-get update -q >&2
        apt_updated=1
    fi
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

setup_kotlin() {
    command -v javac >/dev/null || apt_ensure openjdk-17-jdk-headless
    command -v npm >/dev/null || apt_ensure npm
    local have=""
    [ -f "$KOTLIN_HOME/package.json" ] && have="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$KOTLIN_HOME/package.json")"
    if [ "$have" != "$KOTLIN_VERSION" ] || [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
        log "installing kotlin-compiler@$KOTLIN_VERSION into $KOTLIN_PREFIX"
        mkdir -p "$KOTLIN_PREFIX"
        npm install --no-audit --no-fund --prefix "$KOTLIN_PREFIX" "kotlin-compiler@$KOTLIN_VERSION" >&2
    fi
    apt_ensure libjna-java junit4
    for jar in "$KOTLIN_HOME/lib/kotlin-stdlib.jar" "$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar" \
        /usr/share/java/jna.jar /usr/share/java/junit4.jar /usr/share/java/hamcrest-core.jar; do
        [ -f "$jar" ] || { log "missing $jar"; exit 1; }
    done
    log "kotlin ready: kotlinc $KOTLIN_VERSION ($KOTLIN_HOME), JNA $(readlink -f /usr/share/java/jna.jar)"
}

# Mounts /proc in the chroot: swiftc finds its runtime through $ORIGIN, which needs /proc/self/exe.
mount_chroot_proc() {
    mkdir -p "$SWIFT_ROOT/proc"
    mountpoint -q "$SWIFT_ROOT/proc" || mount -t proc proc "$SWIFT_ROOT/proc"
}

setup_swift() {
    if command -v swiftc >/dev/null; then
        log "swift ready: native $(swiftc --version 2>&1 | head -n 1)"
        return 0
    fi
    if [ ! -x "$SWIFT_ROOT/usr/bin/swiftc" ]; then
        apt_ensure debootstrap
        local partial="$SWIFT_ROOT.partial"
        if [ -d "$partial" ]; then
            mountpoint -q "$partial/proc" && umount "$partial/proc"
            rm -rf "$partial"
        fi
        mkdir -p "$CACHE"
        # The same mirror the machine's apt uses for bookworm serves trixie.
        local mirror
        mirror=$("$SCRIPTS/debian-mirror.sh")
        log "debootstrapping Debian trixie with swiftlang from $mirror into $SWIFT_ROOT (slow, ~3 GB)"
        debootstrap --variant=minbase --include=swiftlang,libswiftlang,libc6-dev \
            trixie "$partial" "$mirror" >&2
        mv "$partial" "$SWIFT_ROOT"
    fi
    mount_chroot_proc
    log "swift ready: chroot $SWIFT_ROOT, $(chroot "$SWIFT_ROOT" swiftc --version 2>&1 | head -n 1)"
}

case "${1:-all}" in
kotlin) setup_kotlin ;;
swift) setup_swift ;;
all)
    setup_kotlin
    setup_swift
    ;;
*)
    echo "usage: $0 [kotlin|swift|all]" >&2
    exit 2
    ;;
esac
