//! Meeting Guide feeds (the open meeting-list format of code4recovery/spec): each record becomes
//! a twelve-step group keyed by its slug, with one weekly meeting per listed day.
//!
//! Re-importing a feed updates the groups it created instead of duplicating them; a record that
//! cannot be read is skipped with its own reason while every other one is imported; a record
//! without a time zone uses the zone the caller gives, and is skipped (never guessed) without one.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::groups::{self, Group, GroupInput, MeetingInput};
use crate::model::GroupKind;
use crate::store::Store;
use crate::time::{Minutes, parse_hhmm};

/// A meeting's length when the feed gives no `end_time` (the spec's default).
pub const DEFAULT_DURATION: u32 = 60;

/// A record the import left out, and why. The reason never quotes the record's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SkippedRecord {
    /// Position in the feed, from 0.
    pub index: u32,
    /// The record's slug, when it had a readable one.
    pub slug: Option<String>,
    pub reason: String,
}

/// What an import did: groups created, changed, already up to date, and records skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ImportReport {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub skipped: Vec<SkippedRecord>,
}

/// The part of a group a feed owns; the user's own links (network, members) are kept on update.
#[derive(Debug)]
struct FeedGroup {
    slug: String,
    input: GroupInput,
}

fn str_field<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A field that must be text when present; a number is accepted as its decimal text
/// (postal codes, phone numbers and slugs arrive as integers in some feeds).
/// Borrowed from the parsed feed where possible: most fields are only joined into an address
/// or notes, so copying each one first would double the import's allocations.
fn text_field<'a>(m: &'a Map<String, Value>, key: &str) -> std::result::Result<Option<Cow<'a, str>>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(Cow::Borrowed(s.trim())).filter(|s| !s.is_empty())),
        Some(Value::Number(n)) => Ok(Some(Cow::Owned(n.to_string()))),
        Some(_) => Err(format!("`{key}` is not text")),
    }
}

fn slug_of(m: &Map<String, Value>) -> Option<String> {
    match m.get("slug")? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

fn days_of(v: Option<&Value>) -> std::result::Result<Vec<u8>, String> {
    let one = |v: &Value| -> std::result::Result<u8, String> {
        let n = match v {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse::<u64>().ok(),
            _ => None,
        };
        match n {
            Some(n) if n <= 6 => Ok(n as u8),
            _ => Err("`day` must be 0 (Sunday) to 6 (Saturday)".to_string()),
        }
    };
    let mut days = match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a.iter().map(one).collect::<std::result::Result<Vec<_>, _>>()?,
        Some(v) => vec![one(v)?],
    };
    days.sort_unstable();
    days.dedup();
    Ok(days)
}

/// `HH:MM` as the spec says; `HH:MM:SS` (seen in real feeds) keeps its hours and minutes.
fn time_of(field: &str, s: &str) -> std::result::Result<Minutes, String> {
    let s = s.trim();
    let hm = match s.len() {
        8 if s.as_bytes().get(5) == Some(&b':') => s.get(..5).unwrap_or(s),
        _ => s,
    };
    parse_hhmm(field, hm).map_err(|_| format!("`{field}` is not a 24-hour HH:MM time"))
}

fn join_nonempty(parts: &[Option<Cow<'_, str>>], sep: &str) -> Option<String> {
    let mut out: Option<String> = None;
    for p in parts.iter().flatten() {
        match out.as_mut() {
            Some(o) => {
                o.push_str(sep);
                o.push_str(p);
            }
            None => out = Some(p.to_string()),
        }
    }
    out
}

/// Reads one feed record into the group it describes.
fn read_record(v: &Value, default_tz: Option<Tz>) -> std::result::Result<FeedGroup, String> {
    let m = v.as_object().ok_or("the record is not a JSON object")?;
    let slug = slug_of(m).ok_or("no `slug` (text or a whole number)")?;
    let name = str_field(m, "name").ok_or("no `name`")?;
    let days = days_of(m.get("day"))?;
    let time = text_field(m, "time")?;
    let start = time.as_deref().map(|t| time_of("time", t)).transpose()?;
    let end = text_field(m, "end_time")?
        .as_deref()
        .map(|t| time_of("end_time", t))
        .transpose()?;
    let zone = match text_field(m, "timezone")? {
        Some(z) => Some(
            z.parse::<Tz>()
                .map_err(|_| "`timezone` is not a known IANA time zone".to_string())?,
        ),
        None => default_tz,
    };
    let zone = zone.ok_or("no `timezone` in the record and no default zone given (use --tz)")?;

    let meetings = match (days.is_empty(), start) {
        (true, None) => vec![MeetingInput {
            weekday: None,
            start: None,
            duration_minutes: DEFAULT_DURATION,
            timezone: zone.name().to_string(),
        }],
        (false, Some(start)) => {
            let duration = match end {
                // An end at or before the start runs past midnight.
                Some(end) => (u32::from(end) + 1440 - u32::from(start)) % 1440,
                None => DEFAULT_DURATION,
            };
            let duration = if duration == 0 { DEFAULT_DURATION } else { duration };
            days.iter()
                .map(|d| MeetingInput {
                    weekday: Some(*d),
                    start: Some(start),
                    duration_minutes: duration,
                    timezone: zone.name().to_string(),
                })
                .collect()
        }
        (false, None) => return Err("has a `day` but no `time`".to_string()),
        (true, Some(_)) => return Err("has a `time` but no `day`".to_string()),
    };

    let street = match text_field(m, "formatted_address")? {
        Some(f) => Some(f),
        None => {
            let state_zip = join_nonempty(&[text_field(m, "state")?, text_field(m, "postal_code")?], " ");
            join_nonempty(
                &[
                    text_field(m, "address")?,
                    text_field(m, "city")?,
                    state_zip.map(Cow::Owned),
                    text_field(m, "country")?,
                ],
                ", ",
            )
            .map(Cow::Owned)
        }
    };
    let address = join_nonempty(&[text_field(m, "location")?, street], ", ");
    let notes = join_nonempty(
        &[
            text_field(m, "notes")?,
            text_field(m, "location_notes")?,
            text_field(m, "conference_url_notes")?,
            text_field(m, "conference_phone_notes")?,
        ],
        "\n",
    );
    let types = match m.get("types") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|t| {
                t.as_str()
                    .map(str::to_string)
                    .ok_or("`types` holds something that is not a code")
            })
            .collect::<std::result::Result<Vec<_>, _>>()?,
        Some(_) => return Err("`types` is not a list of codes".to_string()),
    };

    let mut input = GroupInput::new(name, GroupKind::TwelveStep);
    input.address = address;
    input.online_url = text_field(m, "conference_url")?.map(Cow::into_owned);
    input.online_phone = text_field(m, "conference_phone")?.map(Cow::into_owned);
    input.notes = notes;
    input.types = types;
    input.feed_slug = Some(slug.clone());
    input.meetings = meetings;
    let input = input.validated().map_err(|e| match e {
        Error::InvalidInput { field, reason } => format!("{field}: {reason}"),
        other => other.to_string(),
    })?;
    Ok(FeedGroup { slug, input })
}

/// Whether the stored group already says everything the feed says.
fn same(g: &Group, f: &GroupInput) -> bool {
    let key = |w: Option<u8>, s: Option<Minutes>, d: u32, z: &str| (w, s, d, z.to_string());
    let mut have: Vec<_> = g
        .meetings
        .iter()
        .map(|m| key(m.weekday, m.start, m.duration_minutes, &m.timezone))
        .collect();
    let mut want: Vec<_> = f
        .meetings
        .iter()
        .map(|m| key(m.weekday, m.start, m.duration_minutes, &m.timezone))
        .collect();
    have.sort();
    want.sort();
    g.name == f.name
        && g.kind == f.kind
        && g.address == f.address
        && g.online_url == f.online_url
        && g.online_phone == f.online_phone
        && g.notes == f.notes
        && g.types == f.types
        && have == want
}

/// Reads a whole feed: the groups to write, in feed order, and the records skipped.
fn read_feed(json: &str, default_tz: Option<Tz>) -> Result<(Vec<FeedGroup>, Vec<SkippedRecord>)> {
    let feed: Value = serde_json::from_str(json).map_err(|e| {
        Error::invalid(
            "feed",
            format!("not valid JSON (line {} column {})", e.line(), e.column()),
        )
    })?;
    let records = feed
        .as_array()
        .ok_or_else(|| Error::invalid("feed", "a Meeting Guide feed is a JSON array of meetings"))?;
    let mut groups = Vec::with_capacity(records.len());
    let mut skipped = Vec::new();
    let mut seen = HashSet::with_capacity(records.len());
    for (i, rec) in records.iter().enumerate() {
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        let slug = rec.as_object().and_then(slug_of);
        match read_record(rec, default_tz) {
            Ok(g) if !seen.insert(g.slug.clone()) => skipped.push(SkippedRecord {
                index,
                slug,
                reason: "its slug repeats an earlier record's".to_string(),
            }),
            Ok(g) => groups.push(g),
            Err(reason) => skipped.push(SkippedRecord { index, slug, reason }),
        }
    }
    Ok((groups, skipped))
}

impl Store {
    /// Imports a Meeting Guide feed (a JSON array of meetings) as one transaction. Records are
    /// keyed by `slug`: a new slug creates a twelve-step group, a known one updates it (keeping
    /// the network and members the user gave it), an identical one is left alone. Records
    /// without a `timezone` use `default_tz`; without either they are skipped. Groups missing
    /// from the feed are kept: they are the user's.
    pub fn import_meeting_guide(&self, json: &str, default_tz: Option<Tz>, now: DateTime<Utc>) -> Result<ImportReport> {
        self.import_meeting_guide_with_progress(json, default_tz, now, &mut |_, _| {})
    }

    /// [`Store::import_meeting_guide`], calling `progress(done, total)` as records are written
    /// (for a progress bar; it runs inside the import's transaction, so keep it quick).
    pub fn import_meeting_guide_with_progress(
        &self,
        json: &str,
        default_tz: Option<Tz>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<ImportReport> {
        let (feed, skipped) = read_feed(json, default_tz)?;
        let total = feed.len() as u64;
        self.write(|tx| {
            let existing: HashMap<String, Group> = groups::load(tx, "g.feed_slug IS NOT NULL", &[])?
                .into_iter()
                .filter_map(|g| g.feed_slug.clone().map(|s| (s, g)))
                .collect();
            let mut report = ImportReport {
                skipped,
                ..ImportReport::default()
            };
            for (i, f) in feed.iter().enumerate() {
                match existing.get(&f.slug) {
                    Some(g) if same(g, &f.input) => report.unchanged += 1,
                    Some(g) => {
                        let mut input = f.input.clone();
                        input.network_id = g.network_id;
                        input.members = g.members.clone();
                        groups::put(tx, Some(g.id), &input, g.created_at)?;
                        report.updated += 1;
                    }
                    None => {
                        groups::put(tx, None, &f.input, now)?;
                        report.created += 1;
                    }
                }
                if i % 256 == 255 || i + 1 == feed.len() {
                    progress(i as u64 + 1, total);
                }
            }
            Ok(report)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(v: serde_json::Value) -> std::result::Result<FeedGroup, String> {
        read_record(&v, Some(chrono_tz::America::Toronto))
    }

    #[test]
    fn days_times_and_durations() {
        let g = rec(serde_json::json!({"name": "A", "slug": 3, "day": [1, 3], "time": "19:30", "end_time": "21:00"}))
            .unwrap();
        assert_eq!(g.slug, "3");
        assert_eq!(g.input.meetings.len(), 2);
        assert!(
            g.input
                .meetings
                .iter()
                .all(|m| m.start == Some(1170) && m.duration_minutes == 90)
        );
        let g = rec(serde_json::json!({"name": "Late", "slug": "l", "day": 6, "time": "23:30", "end_time": "00:30"}))
            .unwrap();
        assert_eq!(g.input.meetings[0].duration_minutes, 60);
        let g = rec(serde_json::json!({"name": "Appt", "slug": "a"})).unwrap();
        assert_eq!(g.input.meetings[0].weekday, None);
        assert_eq!(g.input.meetings[0].start, None);
    }

    #[test]
    fn bad_records_say_why() {
        for (v, why) in [
            (serde_json::json!({"slug": "x", "day": 1, "time": "19:00"}), "name"),
            (serde_json::json!({"name": "x", "day": 1, "time": "19:00"}), "slug"),
            (
                serde_json::json!({"name": "x", "slug": "x", "day": 7, "time": "19:00"}),
                "day",
            ),
            (
                serde_json::json!({"name": "x", "slug": "x", "day": 1, "time": "7pm"}),
                "time",
            ),
            (serde_json::json!({"name": "x", "slug": "x", "day": 1}), "time"),
            (
                serde_json::json!({"name": "x", "slug": "x", "day": 1, "time": "19:00", "timezone": "Mars/Base"}),
                "timezone",
            ),
            (
                serde_json::json!({"name": "x", "slug": "x", "day": 1, "time": "19:00", "conference_url": "zoom.us/j/1"}),
                "url",
            ),
            (serde_json::json!([1, 2]), "object"),
        ] {
            let e = rec(v).unwrap_err();
            assert!(e.contains(why), "{e} should mention {why}");
        }
        let e = read_record(
            &serde_json::json!({"name": "x", "slug": "x", "day": 1, "time": "19:00"}),
            None,
        )
        .unwrap_err();
        assert!(e.contains("timezone"), "{e}");
    }
}
