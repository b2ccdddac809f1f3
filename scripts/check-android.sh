#!/usr/bin/env bash
# Compiles the Android shell against the real Android framework and real Compose, from the
# package registries (scripts/setup-toolchains.sh android):
#   - the glue (application, receivers, scheduler, Keystore, job, files; android/app/src/main/java/
#     app/tend/android/*.kt) with logic/, the generated bindings of the phone library (no test
#     hooks) and the app's R (aapt2), against Robolectric's android-all for API 36 — the real
#     framework classes, not stubs;
#   - the screens (ui/), with the Compose compiler plugin, against Compose Multiplatform for the
#     desktop JVM (the same androidx.compose.* API) and the harness's stringResource stand-in;
#   - MainActivity.kt, the one file that needs androidx.activity (Google's repository only), is
#     parsed with tree-sitter's Kotlin grammar instead.
#
#   scripts/check-android.sh
#
# Prints "Android glue: N compiled, 0 failed; Compose screens: M compiled, 0 failed"; exits
# non-zero on any error.
set -euo pipefail
source "$(dirname "$0")/android-jvm/lib.sh"
cd "$ROOT"

"$ROOT/scripts/setup-toolchains.sh" android
# The phone library's features (the partner channel, no test hooks) in a debug build: the
# bindings are the same as release's.
"$ROOT/bindings/generate.sh" --language kotlin

work="$ROOT/build/android-check"
rm -rf "$work"
mkdir -p "$work/glue" "$work/ui"
build_resources "$work/res"

mapfile -t glue < <(glue_sources)
mapfile -t logic < <(logic_sources)
mapfile -t ui < <(ui_sources)
mapfile -t bindings < <(binding_sources)
mapfile -t standins < <(find "$ROOT/android/jvm/desktop/main" -path '*androidx/compose/ui/res/*' -name '*.kt' | sort)

# kotlinc prints "path:line:col: error: ..."; a file with any error counts as failed.
failed_files() { { grep -E '^[^ ]+\.kt:[0-9]+:[0-9]+: error:' "$1" || true; } | cut -d: -f1 | sort -u; }

# The bindings and logic/ once (most of the compile time), then the glue and the screens against
# them. Failing here fails both: nothing above them can be checked.
echo "kotlinc: the bindings and ${#logic[@]} logic files" >&2
mkdir -p "$work/shared"
set +e
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 -classpath "/usr/share/java/jna.jar:$(kotlin_jars)" -d "$work/shared" \
    "${logic[@]}" "${bindings[@]}" >"$work/shared.log" 2>&1
shared_status=$?
echo "kotlinc: ${#glue[@]} glue files against the API 36 framework" >&2
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 \
    -classpath "$(framework_jar):/usr/share/java/jna.jar:$(kotlin_jars)$work/shared" -d "$work/glue" \
    "${glue[@]}" "$MAIN/java/app/tend/android/ui/Strings.kt" "$work/res/gen/app/tend/android/R.java" \
    >"$work/glue.log" 2>&1
glue_status=$?
echo "kotlinc: ${#ui[@]} screen files against Compose for the desktop JVM" >&2
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 "$(compose_plugin)" \
    -classpath "$(jars "$ANDROID_JVM/desktop")$work/shared" -d "$work/ui" \
    "${ui[@]}" "${standins[@]}" "$work/res/gen/app/tend/android/R.java" \
    >"$work/ui.log" 2>&1
ui_status=$?
# The activity: parsed (syntax), since its androidx.activity types cannot be had here.
PYTHONPATH="$ANDROID_JVM/py" python3 "$ROOT/scripts/android-jvm/parse_kotlin.py" "$(activity_sources)" >"$work/activity.log" 2>&1
activity_status=$?
set -e
cat "$work/shared.log" "$work/glue.log" "$work/ui.log" "$work/activity.log" >&2
glue_failed=$(failed_files "$work/glue.log" | grep -c '/app/tend/android/[^/]*\.kt$' || true)
ui_failed=$(failed_files "$work/ui.log" | grep -c '/ui/' || true)
[ "$shared_status" -ne 0 ] && glue_failed=$((glue_failed + 1)) && ui_failed=$((ui_failed + 1))
[ "$glue_status" -ne 0 ] && [ "$glue_failed" -eq 0 ] && glue_failed=1
[ "$ui_status" -ne 0 ] && [ "$ui_failed" -eq 0 ] && ui_failed=1
activity_failed=$((activity_status != 0))
echo "Android glue: ${#glue[@]} compiled, $glue_failed failed; Compose screens: ${#ui[@]} compiled, $ui_failed failed; activity: 1 parsed, $activity_failed failed"
[ "$glue_failed" -eq 0 ] && [ "$ui_failed" -eq 0 ] && [ "$activity_failed" -eq 0 ]
