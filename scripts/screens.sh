#!/usr/bin/env bash
# The Android app's screens on the desktop JVM: the app's own Compose code (android/app/src/main/
# java/app/tend/android/ui) compiled with the Compose compiler plugin against Compose
# Multiplatform for the desktop, fed by the real core (host library through JNA, with the demo
# seed), rendered headless and driven by Compose UI tests.
#
#   scripts/screens.sh            the gallery (build/screens/*.png + index.html), then the tests
#   scripts/screens.sh --gallery  the gallery only
#
# Prints "Screens: N images in build/screens", then each JUnit run's output and "Android
# screens: N passed, M failed"; exits non-zero on any failure.
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
run_java() { java -Xmx2g "${props[@]}" -classpath "$classpath" "$@"; }

# Each scene mostly waits for its screen to settle, so the work runs side by side on the two
# cores: the gallery in two processes (alternate scenes), and with it the TalkBack read and the
# flow tests in two more; the test that looks at the gallery's pictures runs once they are all
# written. Each writes its own log; every process is waited for by its pid.
gallery_pids=()
talkback_pid=
# However the script ends (a failure, ^C), nothing it started is left running.
trap 'kill "${gallery_pids[@]}" $talkback_pid 2>/dev/null || true' EXIT
for part in 0 1; do
    run_java app.tend.android.desktop.GalleryKt "$out" "$part/2" >"$work/gallery-$part.log" 2>&1 &
    gallery_pids+=($!)
done
# A scene that fails is named and fails the run, after the other pictures and the tests.
gallery_done() {
    gallery=0
    local pid
    for pid in "${gallery_pids[@]}"; do wait "$pid" || gallery=1; done
    cat "$work"/gallery-*.log
    local images
    images=$(cat "$work"/gallery-*.log | sed -nE 's/^Screens: ([0-9]+) images.*/\1/p' | awk '{s+=$1} END {print s+0}')
    echo "Screens: $images images in ${out#"$ROOT"/}"
}
if [ "${1:-}" = "--gallery" ]; then
    gallery_done
    exit "$gallery"
fi

mapfile -t test_classes < <(cd "$work/test" && find app -name '*Test.class' ! -name '*$*' | sed -e 's|\.class$||' -e 's|/|.|g' | sort)
pictures=app.tend.android.desktop.GalleryImagesTest
talkback=app.tend.android.desktop.AccessibilityTest
flows=()
for c in "${test_classes[@]}"; do [ "$c" = "$pictures" ] || [ "$c" = "$talkback" ] || flows+=("$c"); done
set +e
run_java org.junit.runner.JUnitCore "$talkback" >"$work/junit-talkback.log" 2>&1 &
talkback_pid=$!
run_java org.junit.runner.JUnitCore "${flows[@]}" >"$work/junit-flows.log" 2>&1
flows_status=$?
gallery_done
run_java org.junit.runner.JUnitCore "$pictures" >"$work/junit-pictures.log" 2>&1
pictures_status=$?
wait "$talkback_pid"
talkback_status=$?
set -e
total_passed=0
total_failed=0
for run in "flows $flows_status" "talkback $talkback_status" "pictures $pictures_status"; do
    read -r name status <<<"$run"
    cat "$work/junit-$name.log"
    read -r p f < <(junit_counts "$work/junit-$name.log" "$status")
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
done
echo "Android screens: $total_passed passed, $total_failed failed"
[ "$gallery" -eq 0 ] || { echo "screens: the gallery failed (FAILED scene lines above)" >&2; exit 1; }
[ "$total_failed" -eq 0 ]
