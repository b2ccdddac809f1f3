//! Tend's UniFFI bridge: the exported surface the Kotlin and Swift shells call.
//!
//! This crate stays thin: it converts values and errors and guards against panics, while the
//! rules live in `tend-core`. One object, [`TendStore`], carries the user's data; its methods
//! are grouped by capability, one module each, next to the records they return. Every export
//! reads the clock once and passes `now` inward; the device's time zone comes from the shell.
//! Bindings are generated from the built library (proc-macros only, no UDL) by
//! `bindings/generate.sh`, configured by this crate's `uniffi.toml`.

uniffi::setup_scaffolding!();

mod convert;
pub mod error;
pub mod model;
pub mod store;

pub mod checkins;
pub mod diagnostics;
pub mod exchange;
pub mod goals;
pub mod groups;
pub mod milestones;
pub mod needs;
pub mod network;
pub mod people;
pub mod reciprocity;
pub mod reminders;
pub mod settings;
pub mod sos;
pub mod today;

pub use error::{TendError, guard};
pub use store::TendStore;
