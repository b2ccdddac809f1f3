#!/usr/bin/env bash
# Compiles every Kotlin file of the Android shell (android/app/src/main) that can be compiled
# without an Android SDK, against real Android API signatures from the package registries
# (scripts/android-api/setup.sh builds them once), the app's own R class (from res/) and the
# generated bindings of the phone library (no test hooks). Compose files (those importing
# androidx.compose) need the Compose compiler plugin and runtime, which no registry here offers:
# they are listed by name and parsed with tree-sitter's Kotlin grammar instead, so keep them
# rendering only.
#
#   scripts/check-android.sh
#
# Prints "Android glue: N compiled, M failed"; exits non-zero on any compile or parse error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
KOTLIN_HOME="$CACHE/kotlin/node_modules/kotlin-compiler"
MAIN="$ROOT/android/app/src/main"

"$ROOT/scripts/setup-toolchains.sh" kotlin
api=$("$ROOT/scripts/android-api/setup.sh")
# The phone library's features (the partner channel, no test hooks) in a debug build: the
# bindings are the same as release's, and an optimised build of matrix-sdk takes ~25 minutes on
# two cores.
"$ROOT/bindings/generate.sh" --language kotlin

work="$ROOT/build/android-check"
rm -rf "$work"
mkdir -p "$work/r" "$work/classes"
python3 "$ROOT/scripts/android-api/gen_r.py" "$MAIN/res" app.tend.android "$work/r"

glue=()
compose=()
while IFS= read -r file; do
    if grep -q '^import androidx\.compose\.' "$file"; then compose+=("$file"); else glue+=("$file"); fi
done < <(find "$MAIN/java" -name '*.kt' | sort)

for file in "${compose[@]}"; do
    echo "Compose (parsed, not compiled): ${file#"$ROOT"/}"
done
parse_failed=0
PYTHONPATH="$api/py" python3 "$ROOT/scripts/android-api/parse_kotlin.py" "${compose[@]}" 2>"$work/parse.log" || parse_failed=1
cat "$work/parse.log" >&2
parse_failed=$((parse_failed ? $(cut -d: -f1 "$work/parse.log" | sort -u | wc -l) : 0))

classpath="$api/android-api.jar:$api/android-org.jar:/usr/share/java/jna.jar"
for jar in kotlin-stdlib kotlinx-coroutines-core-jvm; do classpath="$classpath:$KOTLIN_HOME/lib/$jar.jar"; done
javac -nowarn -d "$work/classes" "$work/r/app/tend/android/R.java"
mapfile -t bindings < <(find "$ROOT/build/bindings/kotlin" -name '*.kt' | sort)
echo "kotlinc: compiling ${#glue[@]} shell files with the bindings" >&2
# -nowarn: the generated bindings are not ours to tidy; every error still fails the check.
set +e
"$KOTLIN_HOME/bin/kotlinc" -nowarn -classpath "$classpath:$work/classes" -d "$work/classes" \
    "${glue[@]}" "${bindings[@]}" >"$work/kotlinc.log" 2>&1
status=$?
set -e
cat "$work/kotlinc.log" >&2
# Failed = files with an error (kotlinc prints "path:line:col: error: ...").
compile_failed=$({ grep -E '^[^ ]+\.kt:[0-9]+:[0-9]+: error:' "$work/kotlinc.log" || true; } | cut -d: -f1 | sort -u | wc -l)
[ "$status" -ne 0 ] && [ "$compile_failed" -eq 0 ] && compile_failed=1

failed=$((compile_failed + parse_failed))
echo "Android glue: ${#glue[@]} compiled, $compile_failed failed; ${#compose[@]} Compose files parsed, $parse_failed failed"
[ "$failed" -eq 0 ]
