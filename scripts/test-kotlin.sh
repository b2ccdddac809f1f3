#!/usr/bin/env bash
# Runs the Kotlin binding tests on the host JVM against the freshly built tend-ffi cdylib.
#
#   scripts/test-kotlin.sh [--release]
#
# Every *.kt under tests/kotlin is compiled together with the generated bindings and the Android
# shell's plain-Kotlin sources (android/app/src/main/java/app/tend/android/logic); every compiled
# top-level class named *Test or *Tests is run with JUnit 4. Prints JUnit's summary, then a final
# line "Kotlin: N passed, M failed"; exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/junit-summary.sh"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
KOTLIN_HOME="$CACHE/kotlin/node_modules/kotlin-compiler"

profile=debug
generate_flags=()
case "${1:-}" in
--release)
    profile=release
    generate_flags=(--release)
    ;;
"") ;;
*)
    echo "usage: $0 [--release]" >&2
    exit 2
    ;;
esac

"$ROOT/scripts/setup-toolchains.sh" kotlin
"$ROOT/bindings/generate.sh" "${generate_flags[@]}" --test-hooks --language kotlin

work="$ROOT/build/kotlin-tests"
rm -rf "$work"
mkdir -p "$work/classes"

classpath="/usr/share/java/jna.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar"
for jar in kotlin-stdlib kotlinx-coroutines-core-jvm kotlin-test kotlin-test-junit; do
    classpath="$classpath:$KOTLIN_HOME/lib/$jar.jar"
done

# The Android shell's plain-Kotlin code (no android.* imports) is compiled and tested here too.
source_dirs=("$ROOT/build/bindings/kotlin" "$ROOT/tests/kotlin")
for dir in logic; do
    shell_dir="$ROOT/android/app/src/main/java/app/tend/android/$dir"
    [ -d "$shell_dir" ] && source_dirs+=("$shell_dir")
done
mapfile -t sources < <(find "${source_dirs[@]}" -name '*.kt' | sort)
echo "kotlinc: compiling ${#sources[@]} files" >&2
# -nowarn: the generated bindings are not ours to tidy; compile errors still fail the run.
"$KOTLIN_HOME/bin/kotlinc" -nowarn -classpath "$classpath" -d "$work/classes" "${sources[@]}"

mapfile -t test_classes < <(cd "$work/classes" && find . -name '*.class' ! -name '*$*' \
    \( -name '*Test.class' -o -name '*Tests.class' \) | sed -e 's|^\./||' -e 's|\.class$||' -e 's|/|.|g' | sort)
if [ ${#test_classes[@]} -eq 0 ]; then
    echo "Kotlin: no test classes found under tests/kotlin" >&2
    exit 1
fi

set +e
java -Djna.library.path="$("$ROOT/scripts/target-dir.sh")/$profile" -classpath "$work/classes:$classpath" \
    org.junit.runner.JUnitCore "${test_classes[@]}" 2>&1 | tee "$work/junit.log"
status=${PIPESTATUS[0]}
set -e

junit_summary "$work/junit.log" "$status" "Kotlin"
