//! `uniffi-bindgen`: generates Tend's Kotlin and Swift bindings from the built `tend_ffi` library.
//!
//! It lives in the workspace (rather than being installed globally) so the generator is always the
//! exact UniFFI version the library was compiled with; a mismatched generator produces bindings that
//! compile but fail their checksum checks at run time. See `bindings/generate.sh`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
