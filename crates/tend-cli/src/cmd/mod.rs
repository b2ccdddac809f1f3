//! One module per group of commands.

pub mod demo;
pub mod exchange;
pub mod log;
pub mod meetings;
pub mod partner;
#[cfg(feature = "share")]
pub mod partner_live;
pub mod plan;
pub mod records;
pub mod views;
pub mod words;
