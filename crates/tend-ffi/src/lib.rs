//! Tend's UniFFI façade: the one object the Kotlin and Swift shells hold, [`TendStore`], and a
//! few free functions, each a line that reads the clock once and calls the core.
//!
//! Nothing is defined twice: the records and enums the shells see are tend-core's own, exported
//! where they are defined (tend-core's `ffi` feature), and so is the one public error,
//! [`TendError`], with the single conversion from the core's errors. This crate only adds the
//! object, the panic guard every call runs inside, and the clock. Bindings are generated from the
//! built library (proc-macros only, no UDL) by `bindings/generate.sh`.
//!
//! Test and benchmark hooks (`noop`, `debug_panic_for_tests`, `bench_bare_insert_micros`,
//! `seed_demo`) exist only with the `test-hooks` feature, which the host tests enable and the
//! phone builds do not.

uniffi::setup_scaffolding!();

#[cfg(all(target_os = "android", feature = "fetch"))]
mod android;
mod functions;
mod guard;
#[cfg(feature = "share")]
mod share;
#[cfg(feature = "fetch")]
mod sources;
mod store;
#[cfg(feature = "test-hooks")]
pub mod testing;

pub use functions::*;
pub use guard::guard;
pub use store::TendStore;
pub use tend_core::TendError;
