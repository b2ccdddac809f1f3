//! Tend's UniFFI bridge: the exported surface the Kotlin and Swift shells call.
//!
//! This crate stays thin: it converts errors and guards against panics, while the rules live in
//! `tend-core`. Bindings are generated from the built library (proc-macros only, no UDL) by
//! `bindings/generate.sh`, configured by this crate's `uniffi.toml`.

uniffi::setup_scaffolding!();

pub mod bridge_probe;

pub use bridge_probe::{TendError, guard, probe_async_echo, probe_panic, probe_validate_name, tend_ffi_version};
