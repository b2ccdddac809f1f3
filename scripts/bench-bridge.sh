#!/usr/bin/env bash
# The bridge benchmark: a durable check-in called from Kotlin vs a bare SQLCipher INSERT with the
# same durability (same run, same library), and the cost of an empty call across the bridge.
#
#   scripts/bench-bridge.sh [ROUNDS [INSERTS_PER_ROUND]]   (default 21 rounds of 50)
#
# Uses the release cdylib. The databases are written under build/bench (the repository's disk,
# not a tmpfs, so fsync is real) and deleted afterwards. tests/kotlin/bench/BridgeBench.kt has no
# *Test class, so scripts/test-kotlin.sh compiles it but never runs it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
KOTLIN_HOME="$CACHE/kotlin/node_modules/kotlin-compiler"

"$ROOT/scripts/setup-toolchains.sh" kotlin
"$ROOT/bindings/generate.sh" --release --test-hooks --language kotlin

work="$ROOT/build/bench"
rm -rf "$work"
mkdir -p "$work/classes" "$work/db"
classpath="/usr/share/java/jna.jar:$KOTLIN_HOME/lib/kotlin-stdlib.jar:$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar"
mapfile -t sources < <(find "$ROOT/build/bindings/kotlin" "$ROOT/tests/kotlin/bench" -name '*.kt' | sort)
echo "kotlinc: compiling the benchmark (${#sources[@]} files)" >&2
"$KOTLIN_HOME/bin/kotlinc" -nowarn -classpath "$classpath" -d "$work/classes" "${sources[@]}"
java -Djna.library.path="$("$ROOT/scripts/target-dir.sh")/release" -classpath "$work/classes:$classpath" \
    app.tend.bench.BridgeBenchKt "$work/db" "$@"
rm -rf "$work/db"
