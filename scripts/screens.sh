#!/usr/bin/env bash
# The Android app's screens on the desktop JVM: the app's own Compose code (android/app/src/main/
# java/app/tend/android/ui) compiled with the Compose compiler plugin against Compose
# Multiplatform for the desktop, fed by the real core (host library through JNA, with the demo
# seed), rendered headless and driven by Compose UI tests.
#
#   scripts/screens.sh            the gallery (build/screens/*.png + index.html), then the tests
#   scripts/screens.sh --gallery  the gallery only
#
# Prints "Screens: N images in build/screens", then JUnit's summary and "Android screens: N
# passed, M failed"; exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/android-jvm/lib.sh"
source "$(dirname "$0")/junit-summary.sh"
cd "$ROOT"

"$ROOT/scripts/setup-toolchains.sh" android
"$ROOT/bindings/generate.sh" --test-hooks --language kotlin

work="$ROOT/build/screens-build"
out="$ROOT/build/screens"
rm -rf "$work" "$out"
mkdir -p "$work/main" "$work/test" "$out"
build_resources "$work/res"

desktop="$(jars "$ANDROID_JVM/desktop")"
mapfile -t main < <(ui_sources; logic_sources; binding_sources; find "$ROOT/android/jvm/desktop/main" -name '*.kt' | sort)
echo "kotlinc: compiling ${#main[@]} files (the screens, the harness) with the Compose plugin" >&2
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 "$(compose_plugin)" -opt-in=androidx.compose.ui.test.ExperimentalTestApi -classpath "$desktop" -d "$work/main" \
    "${main[@]}" "$work/res/gen/app/tend/android/R.java"
mapfile -t tests < <(find "$ROOT/android/jvm/desktop/test" -name '*.kt' | sort)
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 "$(compose_plugin)" -opt-in=androidx.compose.ui.test.ExperimentalTestApi -classpath "$desktop$work/main" -d "$work/test" "${tests[@]}"

props=(-Djava.awt.headless=true -Dskiko.renderApi=SOFTWARE -Djna.library.path="$TARGET/debug"
    -Dtend.res.dir="$MAIN/res" -Dtend.feed="$ROOT/crates/tend-core/tests/fixtures/meeting-guide/ontario-quinte-feed.json"
    -Dtend.screens.dir="$out")
classpath="$work/main:$work/test:$work/res/classes:$desktop"
# A scene that fails is named and fails the run, after the other pictures and the tests.
gallery=0
java -Xmx2g "${props[@]}" -classpath "$classpath" app.tend.android.desktop.GalleryKt "$out" || gallery=$?
[ "${1:-}" = "--gallery" ] && exit "$gallery"

mapfile -t test_classes < <(cd "$work/test" && find app -name '*Test.class' ! -name '*$*' | sed -e 's|\.class$||' -e 's|/|.|g' | sort)
set +e
java -Xmx2g "${props[@]}" -classpath "$classpath" org.junit.runner.JUnitCore "${test_classes[@]}" 2>&1 | tee "$work/junit.log"
status=${PIPESTATUS[0]}
set -e
junit_summary "$work/junit.log" "$status" "Android screens"
[ "$gallery" -eq 0 ] || { echo "screens: the gallery failed (FAILED scene lines above)" >&2; exit 1; }
