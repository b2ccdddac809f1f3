# Sourced by scripts/test-swift.sh and scripts/check-ios.sh: where a Swift build happens and how
# to run a command there. With a native swiftc on PATH (macOS) that is build/NAME in the
# checkout; otherwise a folder inside the Debian trixie chroot that scripts/setup-toolchains.sh
# prepares, one per checkout, so runs from two checkouts (a CI clone and a work tree) never
# delete each other's files.
#
#   swift_workdir NAME    sets $work (recreated empty) and defines `in_work CMD...`
# Needs $ROOT (the checkout) and $SWIFT_ROOT (the chroot).

swift_workdir() {
    if command -v swiftc >/dev/null; then
        work="$ROOT/build/$1"
        in_work() { (cd "$work" && "$@"); }
    else
        swift_chroot_dir="$1-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
        work="$SWIFT_ROOT/$swift_chroot_dir"
        in_work() { chroot "$SWIFT_ROOT" /usr/bin/env -C "/$swift_chroot_dir" PATH=/usr/bin:/bin HOME=/root "$@"; }
    fi
    rm -rf "$work"
    mkdir -p "$work"
}
