//! Settings: reminder times, quiet hours, the daily cap, discreet text, week start.

use tend_core::settings as core;
use tend_core::time::weekday_num;

use crate::convert::hhmm;
use crate::{TendError, TendStore};

/// Quiet hours: no reminder fires from `start` until `end` (local "HH:MM"); may cross midnight.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuietHours {
    pub start: String,
    pub end: String,
}

/// All settings, with their defaults filled in. Change one with `setSetting(key, value)`; the
/// keys are listed by `settingKeys()` and each field says its key and text form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Settings {
    /// Local times ("HH:MM") of the daily check-in reminder, sorted. Key `checkin_times`,
    /// value "08:00,20:30".
    pub checkin_times: Vec<String>,
    /// None = off. Key `quiet_hours`, value "22:00-07:00" or "off".
    pub quiet_hours: Option<QuietHours>,
    /// At most this many keep-in-touch reminders a day. Key `daily_cap`, 1 to 20.
    pub daily_cap: u32,
    /// Notification text without names, group names or recovery words. Key `discreet`,
    /// "on"/"off".
    pub discreet: bool,
    /// Minutes before a meeting its reminder fires. Key `meeting_lead_minutes`, 0 to 1440.
    pub meeting_lead_minutes: u32,
    /// First day of the week for weekly goals, 0 = Sunday … 6 = Saturday. Key `week_start`,
    /// value "monday", "sunday" or "saturday".
    pub week_start: u8,
    /// A "thank them" nudge the day after a contact in which the user received support. Key
    /// `gratitude`, "on"/"off".
    pub gratitude: bool,
}

impl From<core::Settings> for Settings {
    fn from(s: core::Settings) -> Self {
        Settings {
            checkin_times: s.checkin_times.into_iter().map(hhmm).collect(),
            quiet_hours: s.quiet_hours.map(|q| QuietHours {
                start: hhmm(q.start),
                end: hhmm(q.end),
            }),
            daily_cap: s.daily_cap,
            discreet: s.discreet,
            meeting_lead_minutes: s.meeting_lead_minutes,
            week_start: weekday_num(s.week_start),
            gratitude: s.gratitude,
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// The current settings, defaults filled in.
    pub fn settings(&self) -> Result<Settings, TendError> {
        self.call(|s| Ok(s.settings()?.into()))
    }

    /// Validates and stores one setting from its text form; returns all settings after the
    /// change. An unknown key or bad value throws `InvalidInput` naming it.
    pub fn set_setting(&self, key: String, value: String) -> Result<Settings, TendError> {
        self.call(|s| Ok(s.set_setting(&key, &value)?.into()))
    }
}

/// The keys `setSetting` accepts, in display order.
#[uniffi::export]
pub fn setting_keys() -> Vec<String> {
    core::KEYS.iter().map(|k| (*k).to_owned()).collect()
}
