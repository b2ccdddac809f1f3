#!/usr/bin/env bash
# The Android glue on the real Android framework: Robolectric 4.17 runs the app's receivers,
# scheduler, notifications, jobs and Keystore code on API 36's framework classes, with the app's
# real manifest and resources (aapt2) and the real core (the host library through JNA, built with
# the test hooks for the demo seed). Tests: android/app/src/test/java (JUnit 4).
#
#   scripts/test-android.sh
#
# Prints JUnit's summary, then "Android on the JVM: N passed, M failed"; exits non-zero on any
# failure.
set -euo pipefail
source "$(dirname "$0")/android-jvm/lib.sh"
source "$(dirname "$0")/junit-summary.sh"
cd "$ROOT"

"$ROOT/scripts/setup-toolchains.sh" android
java=$("$ROOT/scripts/setup-toolchains.sh" java-android)
"$ROOT/bindings/generate.sh" --test-hooks --language kotlin

work="$ROOT/build/android-test"
rm -rf "$work"
mkdir -p "$work/classes/com/android/tools" "$work/assets"
build_resources "$work/res"

mapfile -t sources < <(glue_sources; logic_sources; echo "$MAIN/java/app/tend/android/ui/Strings.kt"; binding_sources; \
    find "$ROOT/android/app/src/test/java" -name '*.kt' | sort)
robolectric="$(jars "$ANDROID_JVM/robolectric")"
echo "kotlinc: compiling ${#sources[@]} files against the API 36 framework" >&2
"$KOTLIN_HOME/bin/kotlinc" -nowarn -jvm-target 17 -classpath "$(framework_jar):$robolectric$(kotlin_jars)" \
    -d "$work/classes" "${sources[@]}" "$work/res/gen/app/tend/android/R.java"

# What AGP writes for Robolectric: the merged manifest, the linked resources, the package.
cat >"$work/classes/com/android/tools/test_config.properties" <<PROPS
android_merged_manifest=$work/res/AndroidManifest.xml
android_merged_assets=$work/assets
android_resource_apk=$work/res/app.ap_
android_custom_package=app.tend.android
PROPS

mapfile -t test_classes < <(cd "$work/classes" && find app -name '*Test.class' ! -name '*$*' | sed -e 's|\.class$||' -e 's|/|.|g' | sort)
# What Robolectric needs of a JDK newer than 17: its interceptors reach into java.base.
opens=(--enable-native-access=ALL-UNNAMED --add-exports=java.base/jdk.internal.access=ALL-UNNAMED)
for pkg in jdk.internal.access java.io java.lang java.util java.util.concurrent java.net java.nio sun.nio.ch java.security java.text; do
    opens+=("--add-opens=java.base/$pkg=ALL-UNNAMED")
done
set +e
# Offline: the framework jar comes from the toolchain cache, never downloaded at run time. The
# uninstrumented framework is on the class path as android.jar is under Gradle (for the runner's
# own reflection); the tests run on the instrumented one Robolectric loads.
(cd "$work" && "$java" -Xmx2g "${opens[@]}" -Drobolectric.offline=true -Drobolectric.dependency.dir="$ANDROID_JVM/android-all" \
    -Djna.library.path="$TARGET/debug" \
    -classpath "$work/classes:$robolectric$KOTLIN_HOME/lib/kotlin-stdlib.jar:$(framework_jar)" \
    org.junit.runner.JUnitCore "${test_classes[@]}") 2>&1 | grep -v '; Matching wrappers: ' | tee "$work/junit.log"
status=${PIPESTATUS[0]}
set -e

junit_summary "$work/junit.log" "$status" "Android on the JVM"
