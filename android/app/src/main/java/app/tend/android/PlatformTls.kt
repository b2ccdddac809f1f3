// HTTPS on Android: the core's HTTP client (reqwest with rustls, under the public meeting lists and
// the Matrix partner channel) checks certificates with rustls' platform verifier, which asks
// Android's own trust manager (the system's and the user's CAs) through the JVM. It needs the
// app's Context once per process, before the first connection: without it no HTTPS fetch can
// succeed. The Rust half is crates/tend-ffi/src/android.rs; the verifier's Kotlin half
// (org.rustls.platformverifier) comes from the AAR app/build.gradle.kts adds.
package app.tend.android

import android.content.Context

object PlatformTls {
    @Volatile private var installed = false

    /**
     * Loads the core's library for JNI (JNA loads the same file for the bindings; the system
     * keeps one copy) and hands the verifier the application context. Once per process; throws
     * when the library or its entry point is missing (a host test run, a build without `fetch`).
     */
    @Synchronized
    fun ensure(context: Context) {
        if (installed) return
        System.loadLibrary("tend_ffi")
        install(context.applicationContext)
        installed = true
    }

    @JvmStatic private external fun install(context: Context)
}
