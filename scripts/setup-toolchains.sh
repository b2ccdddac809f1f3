#!/usr/bin/env bash
# Installs (once) and caches the toolchains the host binding tests need, outside the repo.
#
#   scripts/setup-toolchains.sh [kotlin|android|swift|all]      (default: all)
#
# Kotlin: kotlinc from the npm package kotlin-compiler (the full distribution, including
#         kotlinx-coroutines and kotlin-test), JNA and JUnit 4 from Debian.
# Android on the JVM: from Maven Central (Maven's default; scripts/android-jvm/*.pom.xml say
#         what and why): Robolectric 4.17 with the real framework it instruments (API 36), and
#         Compose Multiplatform for the desktop JVM; Debian's aapt2 for the app's resources, and
#         API 33's framework resource table for aapt2 to link against (Debian's aapt2 is
#         Android 10's and cannot read API 34+'s compact tables; public attribute ids never change).
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

ANDROID_JVM="$CACHE/android-jvm"

# Copies a pom's dependencies into DIR once (a stamp names the pom's hash, so a changed pom
# fetches again).
maven_copy() {
    local pom=$1 dir=$2 stamp
    stamp=$(sha256sum "$pom" | cut -c1-16)
    [ "$(cat "$dir/.stamp" 2>/dev/null)" = "$stamp" ] && return 0
    log "fetching $(basename "$pom") into $dir"
    rm -rf "$dir.partial"
    mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$dir.partial" >&2
    rm -rf "$dir"
    mv "$dir.partial" "$dir"
    echo "$stamp" >"$dir/.stamp"
}

setup_android() {
    setup_kotlin
    command -v mvn >/dev/null || apt_ensure maven
    apt_ensure aapt
    # API 36 needs Java 21 or later to run under Robolectric (Debian 12 has 17; these machines
    # carry a newer JDK beside it).
    java_for_android >/dev/null || { log "no JDK 21+ under JAVA_HOME or /usr/lib/jvm for Robolectric's API 36"; exit 1; }
    mkdir -p "$ANDROID_JVM"
    maven_copy "$SCRIPTS/android-jvm/robolectric.pom.xml" "$ANDROID_JVM/robolectric"
    # Two of Robolectric's dependencies come as Android archives: their classes.jar is the jar.
    local aar
    for aar in "$ANDROID_JVM"/robolectric/*.aar; do
        [ -f "${aar%.aar}.jar" ] || unzip -p "$aar" classes.jar >"${aar%.aar}.jar"
    done
    maven_copy "$SCRIPTS/android-jvm/android-all.pom.xml" "$ANDROID_JVM/android-all"
    maven_copy "$SCRIPTS/android-jvm/desktop.pom.xml" "$ANDROID_JVM/desktop"
    # The framework resource table aapt2 links the app's resources against.
    local fw="$ANDROID_JVM/framework-res-33.apk"
    if [ ! -f "$fw" ]; then
        local tmp
        tmp=$(mktemp -d)
        mvn -q -B dependency:copy -Dartifact=org.robolectric:android-all:13-robolectric-9030017 -DoutputDirectory="$tmp" >&2
        (cd "$tmp" && unzip -q android-all-*.jar resources.arsc AndroidManifest.xml && zip -q -0 framework-res.apk resources.arsc AndroidManifest.xml)
        mv "$tmp/framework-res.apk" "$fw"
        rm -rf "$tmp"
    fi
    # tree-sitter's Kotlin grammar, to parse the one file that cannot be compiled here.
    python3 -m pip --version >/dev/null 2>&1 || apt_ensure python3-pip
    if [ ! -f "$ANDROID_JVM/py/.stamp" ]; then
        rm -rf "$ANDROID_JVM/py"
        python3 -m pip install -q --disable-pip-version-check --target "$ANDROID_JVM/py" tree-sitter==0.25.2 tree-sitter-kotlin==1.1.0 >&2
        touch "$ANDROID_JVM/py/.stamp"
    fi
    log "android ready: $(ls "$ANDROID_JVM/robolectric" | wc -l) Robolectric jars, $(ls "$ANDROID_JVM/desktop" | wc -l) Compose desktop jars, java $(java_for_android)"
}

# A java of version 21 or later: JAVA_HOME's, then any under /usr/lib/jvm.
java_for_android() {
    local j v
    for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java; do
        [ -x "$j" ] || continue
        v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then
            echo "$j"
            return 0
        fi
    done
    return 1
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
android) setup_android ;;
java-android) java_for_android ;;
swift) setup_swift ;;
all)
    setup_kotlin
    setup_android
    setup_swift
    ;;
*)
    echo "usage: $0 [kotlin|android|java-android|swift|all]" >&2
    exit 2
    ;;
esac
