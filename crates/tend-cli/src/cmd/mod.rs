//! One module per group of commands.

pub mod demo;
pub mod exchange;
pub mod log;
pub mod meetings;
pub mod partner;
pub mod plan;
pub mod records;
pub mod views;
