#!/usr/bin/env bash
# The phone library's size, as the apps ship it: tend-ffi built with the phone profile
# (Cargo.toml's [profile.phone]) with the partner channel (`share`) and without it, each then
# stripped and gzipped (about what an app download carries). Host build (x86_64 Linux): the
# phone targets need the NDK / Xcode; their sizes follow the host's closely.
#
#   scripts/measure-size.sh            (nice -n 19 recommended: fat LTO takes ~30 min on 2 cores)
#
# The unstripped libraries are kept beside the stripped ones in build/size/, as the apps keep
# theirs for crash symbols. Honours CARGO_TARGET_DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
target_dir="$(scripts/target-dir.sh)"
out="$ROOT/build/size"
mkdir -p "$out"

build() {
    local name=$1
    shift
    cargo build --quiet -p tend-ffi --lib --profile phone "$@"
    cp "$target_dir/phone/libtend_ffi.so" "$out/$name.so"
    strip -o "$out/$name.stripped.so" "$out/$name.so"
    gzip -9 -c "$out/$name.stripped.so" >"$out/$name.stripped.so.gz"
}
build without-share
build with-share --features share

size() { stat -c %s "$1"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
row() {
    printf '%-16s %12s %12s %12s\n' "$1" "$(mb "$(size "$out/$1.so")")" \
        "$(mb "$(size "$out/$1.stripped.so")")" "$(mb "$(size "$out/$1.stripped.so.gz")")"
}
printf '%-16s %12s %12s %12s\n' "phone profile" unstripped stripped "gzip -9"
row without-share
row with-share
added=$(($(size "$out/with-share.stripped.so") - $(size "$out/without-share.stripped.so")))
added_gz=$(($(size "$out/with-share.stripped.so.gz") - $(size "$out/without-share.stripped.so.gz")))
printf '%-16s %12s %12s %12s\n' "added by share" "" "+$(mb "$added")" "+$(mb "$added_gz")"
goal=26000000
with=$(size "$out/with-share.stripped.so")
if [ "$with" -le "$goal" ]; then
    echo "goal <= 26 MB stripped with the channel: ok"
else
    echo "goal <= 26 MB stripped with the channel: OVER ($(mb "$with")); see README, Size"
fi
echo "unstripped copies (for crash symbols) and the stripped ones: ${out#"$ROOT"/}/" >&2
