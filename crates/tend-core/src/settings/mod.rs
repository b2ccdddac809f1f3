//! User settings kept in the store: reminder times, quiet hours, the daily cap, discreet mode,
//! meeting lead time and the first day of the week.

use chrono::Weekday;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::store::Store;
use crate::time::{Minutes, fmt_hhmm, parse_hhmm};

/// Quiet hours: no reminder fires from `start` until `end` (local time); may cross midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct QuietHours {
    pub start: Minutes,
    pub end: Minutes,
}

impl QuietHours {
    /// Whether local `minute` is inside quiet hours.
    pub fn contains(&self, minute: Minutes) -> bool {
        if self.start <= self.end {
            minute >= self.start && minute < self.end
        } else {
            minute >= self.start || minute < self.end
        }
    }
}

/// All settings, with their defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Settings {
    /// Local times of the daily check-in reminder, sorted.
    pub checkin_times: Vec<Minutes>,
    /// `None` = off.
    pub quiet_hours: Option<QuietHours>,
    /// At most this many keep-in-touch reminders a day.
    pub daily_cap: u32,
    /// Notification text without names, group names or recovery words.
    pub discreet: bool,
    pub meeting_lead_minutes: u32,
    /// First day of the week for weekly goals.
    pub week_start: Weekday,
    /// A "thank them" nudge the day after a contact in which the user received support.
    pub gratitude: bool,
    /// Done on a lock-screen notification asks for the device unlock (Face ID, fingerprint,
    /// passcode) first, so someone holding the phone cannot log a check-in; Snooze and Skip
    /// never ask. The shells map it onto the OS (iOS `.authenticationRequired`, Android
    /// `setAuthenticationRequired`).
    pub done_needs_unlock: bool,
    /// Whose crisis lines SOS shows (ISO 3166-1 alpha-2, one the built-in table has lines
    /// for); `None` = the phone's region.
    pub crisis_country: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            checkin_times: vec![20 * 60],
            quiet_hours: Some(QuietHours {
                start: 22 * 60,
                end: 7 * 60,
            }),
            daily_cap: 3,
            discreet: false,
            meeting_lead_minutes: 60,
            week_start: Weekday::Mon,
            gratitude: true,
            done_needs_unlock: true,
            crisis_country: None,
        }
    }
}

/// The keys `settings set` accepts, in display order.
pub const KEYS: &[&str] = &[
    "checkin_times",
    "quiet_hours",
    "daily_cap",
    "discreet",
    "meeting_lead_minutes",
    "week_start",
    "gratitude",
    "done_needs_unlock",
    "crisis_country",
];

/// The values a shell offers for `key`, in their text form (as [`Settings::get`] shows them),
/// in display order; empty for a setting typed freely (times, numbers).
pub fn choices(key: &str) -> Result<Vec<String>> {
    let words = |w: &[&str]| w.iter().map(|s| (*s).to_owned()).collect();
    Ok(match key {
        "discreet" | "gratitude" | "done_needs_unlock" => words(&["on", "off"]),
        "week_start" => words(&["mon", "sun", "sat"]),
        "crisis_country" => std::iter::once("auto".to_owned())
            .chain(crate::sos::crisis_countries())
            .collect(),
        "checkin_times" | "quiet_hours" | "daily_cap" | "meeting_lead_minutes" => Vec::new(),
        _ => return Err(unknown_key()),
    })
}

impl Settings {
    /// The stable text form of one setting, as `settings show` prints it.
    pub fn get(&self, key: &str) -> Result<String> {
        Ok(match key {
            "checkin_times" => self
                .checkin_times
                .iter()
                .map(|m| fmt_hhmm(*m))
                .collect::<Vec<_>>()
                .join(","),
            "quiet_hours" => self
                .quiet_hours
                .map_or("off".into(), |q| format!("{}-{}", fmt_hhmm(q.start), fmt_hhmm(q.end))),
            "daily_cap" => self.daily_cap.to_string(),
            "discreet" => if self.discreet { "on" } else { "off" }.into(),
            "meeting_lead_minutes" => self.meeting_lead_minutes.to_string(),
            "week_start" => format!("{:?}", self.week_start).to_lowercase(),
            "gratitude" => if self.gratitude { "on" } else { "off" }.into(),
            "done_needs_unlock" => if self.done_needs_unlock { "on" } else { "off" }.into(),
            "crisis_country" => self.crisis_country.clone().unwrap_or_else(|| "auto".into()),
            _ => return Err(unknown_key()),
        })
    }

    /// Sets one setting from its text form, validating it.
    pub fn set(&mut self, key: &str, value: &str) -> Result<()> {
        let v = value.trim();
        match key {
            "checkin_times" => {
                let mut times = Vec::new();
                for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    times.push(parse_hhmm("checkin_times", part)?);
                }
                if times.is_empty() || times.len() > 6 {
                    return Err(Error::invalid(
                        "checkin_times",
                        Message::new(MessageId::RefusalCheckinTimes)
                            .num("max", 6)
                            .text("example", "08:00,20:00"),
                    ));
                }
                times.sort_unstable();
                times.dedup();
                self.checkin_times = times;
            }
            "quiet_hours" => {
                self.quiet_hours = if v.eq_ignore_ascii_case("off") {
                    None
                } else {
                    let (a, b) = v
                        .split_once('-')
                        .ok_or_else(|| Error::invalid("quiet_hours", MessageId::RefusalQuietHours))?;
                    let q = QuietHours {
                        start: parse_hhmm("quiet_hours", a)?,
                        end: parse_hhmm("quiet_hours", b)?,
                    };
                    if q.start == q.end {
                        return Err(Error::invalid("quiet_hours", MessageId::RefusalStartEndDiffer));
                    }
                    Some(q)
                };
            }
            "daily_cap" => self.daily_cap = parse_num("daily_cap", v, 1, 20)?,
            "discreet" => self.discreet = parse_on_off("discreet", v)?,
            "gratitude" => self.gratitude = parse_on_off("gratitude", v)?,
            "done_needs_unlock" => self.done_needs_unlock = parse_on_off("done_needs_unlock", v)?,
            "meeting_lead_minutes" => self.meeting_lead_minutes = parse_num("meeting_lead_minutes", v, 0, 24 * 60)?,
            "crisis_country" => {
                let code = v.to_ascii_uppercase();
                let code = if code == "UK" { "GB".to_owned() } else { code };
                let known = crate::sos::crisis_countries();
                self.crisis_country = if code == "AUTO" {
                    None
                } else if known.contains(&code) {
                    Some(code)
                } else {
                    return Err(Error::invalid(
                        "crisis_country",
                        one_of(
                            std::iter::once("auto".to_owned())
                                .chain(known)
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ));
                };
            }
            "week_start" => {
                self.week_start = match v.to_ascii_lowercase().as_str() {
                    "mon" | "monday" => Weekday::Mon,
                    "sun" | "sunday" => Weekday::Sun,
                    "sat" | "saturday" => Weekday::Sat,
                    _ => return Err(Error::invalid("week_start", one_of("monday, sunday, saturday"))),
                }
            }
            _ => return Err(unknown_key()),
        }
        Ok(())
    }
}

fn unknown_key() -> Error {
    Error::invalid("setting", one_of(KEYS.join(", ")))
}

/// "Expected one of: on, off." (the words as they are typed).
fn one_of(choices: impl Into<String>) -> Message {
    Message::new(MessageId::RefusalOneOf).text("choices", choices)
}

fn parse_on_off(field: &str, v: &str) -> Result<bool> {
    match v.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        _ => Err(Error::invalid(field, one_of("on, off"))),
    }
}

fn parse_num(field: &str, v: &str, lo: u32, hi: u32) -> Result<u32> {
    v.parse::<u32>().ok().filter(|n| (lo..=hi).contains(n)).ok_or_else(|| {
        Error::invalid(
            field,
            Message::new(MessageId::RefusalWholeNumber).num("lo", lo).num("hi", hi),
        )
    })
}

pub(crate) fn load(c: &Connection) -> Result<Settings> {
    let mut s = Settings::default();
    let mut st = c.prepare_cached("SELECT key, value FROM setting")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let (k, v): (String, String) = (r.get(0)?, r.get(1)?);
        // A value this version cannot read keeps its default rather than failing every read.
        let _ = s.set(&k, &v);
    }
    Ok(s)
}

impl Store {
    /// The current settings, defaults filled in.
    pub fn settings(&self) -> Result<Settings> {
        self.read(load)
    }

    /// Validates and stores one setting; returns all settings after the change.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<Settings> {
        self.write(|tx| {
            let mut s = load(tx)?;
            s.set(key, value)?;
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, s.get(key)?],
            )?;
            Ok(s)
        })
    }
}
