#!/usr/bin/env bash
# Builds (once) the compile-only Android API that scripts/check-android.sh compiles the shell
# against, from the package registries only, cached outside the repository:
#   android-api.jar  API 36 and androidx.core 1.18 classes, converted from chaquopy's .pyi stubs
#                    (PyPI) by pyi2java.py, exact where android.jar knows better
#   android-org.jar  org.json / org.xmlpull / org.apache from the real android.jar (API 23,
#                    Debian bullseye's libandroid-23-java)
#   py/              tree-sitter with its Kotlin grammar (PyPI), to parse the Compose files
# Prints the cache folder on stdout. Idempotent; needs root on a fresh Debian 12 machine (apt).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
STUBS=(chaquopy-stubs-android==36.20260406 chaquopy-stubs-androidx-core-core==1.18.0.20260401)
PARSER=(tree-sitter==0.25.2 tree-sitter-kotlin==1.1.0)
ANDROID_DEB=libandroid-23-java
# A new converter or new pins make a new folder; an old one is simply left behind.
# The parser is a compiled wheel: the Python version is part of the key too.
key=$(cat "$HERE/pyi2java.py" "$HERE/JdkKinds.java" <(printf '%s\n' "${STUBS[@]}" "${PARSER[@]}") \
    <(python3 -c 'import sys; print(sys.version_info[:2])') | sha256sum | cut -c1-12)
OUT="$CACHE/android-api/$key"
log() { echo "android-api: $*" >&2; }

if [ -f "$OUT/ready" ]; then
    echo "$OUT"
    exit 0
fi
rm -rf "$OUT.tmp"
mkdir -p "$OUT.tmp"
work="$OUT.tmp"

for tool in javac jar python3; do
    command -v "$tool" >/dev/null || { log "needs $tool (scripts/setup-toolchains.sh kotlin installs the JDK)"; exit 1; }
done
python3 -m pip --version >/dev/null 2>&1 || {
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-pip >&2
}

# android.jar from bullseye, fetched with apt into the cache only: the machine's own sources
# and package lists are not touched. The mirror is the one the machine already uses.
mirror=$("$HERE/../debian-mirror.sh")
apt_dir="$work/apt"
mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
cat >"$apt_dir/parts/bullseye.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: bullseye
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_opts=(-q -o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/parts"
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
log "fetching $ANDROID_DEB from bullseye ($mirror)"
apt-get "${apt_opts[@]}" update >&2
(cd "$apt_dir" && apt-get "${apt_opts[@]}" download "$ANDROID_DEB" >&2)
dpkg-deb -x "$apt_dir"/"$ANDROID_DEB"_*.deb "$work/deb"
android_jar=$(find "$work/deb" -name 'com.android.android-23.jar' -type f | head -1)
[ -n "$android_jar" ] || { log "$ANDROID_DEB has no android.jar"; exit 1; }
# Only org.*: its java.* classes are API 23's, and the JDK's own must win.
python3 - "$android_jar" "$work/android-org.jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w") as dst:
    for name in src.namelist():
        if name.startswith(("org/json/", "org/xmlpull/", "org/apache/")):
            dst.writestr(name, src.read(name))
PY

log "fetching ${STUBS[*]} from PyPI"
python3 -m pip download -q --no-deps -d "$work/wheels" "${STUBS[@]}" >&2
mkdir -p "$work/stubs"
for wheel in "$work"/wheels/*.whl; do python3 -m zipfile -e "$wheel" "$work/stubs"; done
mkdir -p "$work/classes"
log "converting the stubs and compiling them (a minute)"
python3 "$HERE/pyi2java.py" "$work/src" "$work/classes" "$work/android-org.jar" "$android_jar" \
    "$work/stubs/android-stubs" "$work/stubs/androidx-stubs" >&2
jar cf "$work/android-api.jar" -C "$work/classes" .

log "installing ${PARSER[*]} from PyPI"
python3 -m pip install -q --no-warn-script-location --target "$work/py" "${PARSER[@]}" >&2

rm -rf "$work/apt" "$work/deb" "$work/wheels" "$work/stubs" "$work/classes" "$work/sources.txt"
touch "$work/ready"
rm -rf "$OUT"
mv "$work" "$OUT"
echo "$OUT"
