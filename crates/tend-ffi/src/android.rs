//! Android only: HTTPS certificates checked by Android's own trust manager. The HTTP client under
//! the meeting lists and the Matrix partner channel (reqwest with rustls) verifies through
//! rustls' platform verifier, which calls into the JVM and must be handed the app's `Context`
//! once per process before the first connection; without it the first HTTPS fetch panics inside
//! the verifier (the guard turns that into an error, and no list or homeserver is ever reached).
//! The app calls this from `PlatformTls.kt` before it opens the store; the verifier's Kotlin half
//! (`org.rustls.platformverifier.CertificateVerifier`) ships in the AAR `app/build.gradle.kts` adds.

use jni::EnvUnowned;
use jni::errors::ThrowRuntimeExAndDefault;
use jni::objects::{JClass, JObject};

/// `app.tend.android.PlatformTls.install(context)`. A second call keeps the first context. A
/// failure reaches Kotlin as a `RuntimeException`, never as a panic across the JNI boundary.
#[unsafe(no_mangle)]
pub extern "system" fn Java_app_tend_android_PlatformTls_install<'caller>(
    mut env: EnvUnowned<'caller>,
    _class: JClass<'caller>,
    context: JObject<'caller>,
) {
    env.with_env(|env| rustls_platform_verifier::android::init_with_env(env, context))
        .resolve::<ThrowRuntimeExAndDefault>();
}
