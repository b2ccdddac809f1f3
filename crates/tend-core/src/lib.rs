//! Tend's core: the support-network domain, its encrypted crash-safe store, and every rule the
//! apps and the CLI share. No network access, no clocks read here: callers pass `now`.

#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!();

pub mod checkins;
#[cfg(feature = "demo")]
pub mod demo;
pub mod directory;
pub mod error;
pub mod exchange;
#[cfg(feature = "ffi")]
pub mod ffi;
pub mod goals;
pub mod groups;
pub mod messages;
pub mod milestones;
pub mod model;
pub mod needs;
pub mod network;
pub mod people;
pub mod reciprocity;
pub mod reminders;
pub mod settings;
pub mod share;
pub mod sos;
pub mod store;
pub mod time;
pub mod today;
pub mod validate;

pub use error::{Error, Result};
#[cfg(feature = "ffi")]
pub use ffi::TendError;
pub use store::{KEY_LEN, Store};
