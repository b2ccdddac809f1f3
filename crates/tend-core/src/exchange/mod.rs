//! Your data in and out: a lossless (optionally encrypted) backup, Meeting Guide feeds,
//! iCalendar export, vCard import, and wiping everything from the device.
//!
//! Each import is one transaction: it is stored whole or not at all.

pub mod backup;
mod backup_rules;
pub mod calendar;
pub mod contacts;
pub mod feed_guard;
pub mod meeting_guide;
pub mod meeting_types;
pub mod salvage;
mod salvage_pages;
pub mod wipe;

pub use backup::{BACKUP_FORMAT, BACKUP_VERSION, BackupSummary};
pub use calendar::{CalendarOptions, CalendarReminder};
pub use contacts::{ContactsReport, SkippedCard};
pub use meeting_guide::{ImportReport, SkippedRecord};
pub use salvage::{Salvage, SalvageReport};
pub use wipe::{wipe, wipe_plan};
