# Shared by check-android.sh, test-android.sh and screens.sh (sourced, not run): where the
# Android-on-the-JVM toolchains are, the classpaths, the app's resources built by aapt2, and
# which source files are the glue, the screens and the one activity.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
KOTLIN_HOME="$CACHE/kotlin/node_modules/kotlin-compiler"
ANDROID_JVM="$CACHE/android-jvm"
MAIN="$ROOT/android/app/src/main"
# Where cargo put the core library the tests load (./target, or CARGO_TARGET_DIR), as every script
# finds the build.
TARGET="$("$ROOT/scripts/target-dir.sh")"

jars() { find "$1" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':'; }

# The real framework (API 36), uninstrumented: what the glue compiles against. (Robolectric runs
# the instrumented build of it from the same folder.)
framework_jar() { find "$ANDROID_JVM/android-all" -name 'android-all-16-*.jar' | head -n 1; }

kotlin_jars() {
    local out="" jar
    for jar in kotlin-stdlib kotlinx-coroutines-core-jvm; do out="$out$KOTLIN_HOME/lib/$jar.jar:"; done
    echo "$out"
}

# The app's resources as the build would make them: aapt2 compiles res/ and links it (with the
# manifest, given its package as AGP's manifest merger does) into a resource APK and R.java.
build_resources() {
    local out=$1
    rm -rf "$out"
    mkdir -p "$out/gen"
    sed 's|<manifest |<manifest package="app.tend.android" |' "$MAIN/AndroidManifest.xml" >"$out/AndroidManifest.xml"
    aapt2 compile --dir "$MAIN/res" -o "$out/res.zip"
    aapt2 link -o "$out/app.ap_" -I "$ANDROID_JVM/framework-res-33.apk" --manifest "$out/AndroidManifest.xml" \
        --java "$out/gen" --min-sdk-version 26 --target-sdk-version 36 --version-code 1 --version-name 0.1.0 \
        "$out/res.zip" 2>&1 | grep -v "Unknown chunk type" >&2 || true
    [ -f "$out/gen/app/tend/android/R.java" ] || { echo "aapt2 did not write R.java" >&2; return 1; }
    # kotlinc reads R.java but compiles only Kotlin: R's own classes come from javac.
    mkdir -p "$out/classes"
    javac -nowarn -d "$out/classes" "$out/gen/app/tend/android/R.java"
}

# Sources by role. The activity needs androidx.activity, which only Google's repository serves:
# it is parsed, not compiled. The screens (ui/) are Compose; the rest is framework glue.
activity_sources() { echo "$MAIN/java/app/tend/android/MainActivity.kt"; }
ui_sources() { find "$MAIN/java/app/tend/android/ui" -name '*.kt' | sort; }
logic_sources() { find "$MAIN/java/app/tend/android/logic" -name '*.kt' | sort; }
glue_sources() { find "$MAIN/java/app/tend/android" -maxdepth 1 -name '*.kt' ! -name 'MainActivity.kt' | sort; }
binding_sources() { find "$ROOT/build/bindings/kotlin" -name '*.kt' | sort; }

compose_plugin() { echo "-Xplugin=$KOTLIN_HOME/lib/compose-compiler-plugin.jar"; }
