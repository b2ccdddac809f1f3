//! Meeting Guide feeds (the open meeting-list format of code4recovery/spec), read one record at a
//! time so a feed of any size fits in a phone's memory. The records fill the meeting directory
//! (see `crate::directory`); nothing here touches the user's own groups.
//!
//! Real feeds bend the spec, so a record is read the way a person would read it when that is
//! unambiguous: 12-hour times ("7:00 PM"), days as strings or names, `formatted_address` instead
//! of address parts, coordinates as text, `attendance_option`. What cannot be read is skipped with
//! its own reason while every other record is imported; a record without a time zone uses the zone
//! the caller gives, and is skipped (never guessed) without one.

use std::borrow::Cow;
use std::io::Read;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::Attendance;
use crate::store::Store;
use crate::time::{Minutes, parse_hhmm, parse_weekday};
use crate::validate;

/// A meeting's length when the feed gives no `end_time` (the spec's default).
pub const DEFAULT_DURATION: u32 = 60;

/// The feed name [`Store::import_meeting_guide`] files records under when the caller gives none.
pub const DEFAULT_FEED: &str = "Meeting Guide feed";

/// How many skipped records an import report lists one by one; `skipped_count` counts them all,
/// so a feed of a million unreadable records cannot fill the phone's memory with reasons.
pub const MAX_SKIPPED_LISTED: usize = 1000;

/// The most of a skipped record's slug its report repeats, in characters (then "…").
pub const MAX_SLUG_ECHOED: usize = 100;

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

/// What an import did to the directory, and to the groups the user joined from it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ImportReport {
    /// Directory meetings new in this feed.
    pub created: u32,
    /// Directory meetings the feed changed.
    pub updated: u32,
    /// Directory meetings the feed left as they were.
    pub unchanged: u32,
    /// Directory meetings gone from the feed, so gone from the directory.
    pub removed: u32,
    /// Records the feed marks inactive: kept out of the directory.
    pub inactive: u32,
    /// Records that could not be read, each with its reason (the first [`MAX_SKIPPED_LISTED`]).
    pub skipped: Vec<SkippedRecord>,
    /// Every record skipped, listed or not.
    pub skipped_count: u32,
    /// The user's joined groups whose times, places or links the feed changed.
    pub joined_updated: u32,
    /// The user's joined groups the feed no longer lists (they stay the user's).
    pub joined_unlisted: u32,
}

impl ImportReport {
    /// Counts a skipped record, and lists it while the list is short. A slug is echoed only
    /// up to [`MAX_SLUG_ECHOED`] characters: a feed of long unreadable slugs must not make a
    /// report the size of the feed.
    pub(crate) fn skip(&mut self, index: u32, slug: Option<&str>, reason: String) {
        self.skipped_count = self.skipped_count.saturating_add(1);
        if self.skipped.len() < MAX_SKIPPED_LISTED {
            let slug = slug.map(|s| match s.char_indices().nth(MAX_SLUG_ECHOED) {
                Some((cut, _)) => format!("{}…", &s[..cut]),
                None => s.to_string(),
            });
            self.skipped.push(SkippedRecord { index, slug, reason });
        }
    }
}

/// One weekly slot of a record; `weekday` and `start` are both set or both empty (by
/// appointment), in the record's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Slot {
    pub weekday: Option<u8>,
    pub start: Option<Minutes>,
    pub duration_minutes: u32,
}

/// A feed record as the directory keeps it: validated, trimmed, in the shape people filter on.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FeedRecord {
    pub slug: String,
    pub name: String,
    pub group_name: Option<String>,
    pub timezone: Tz,
    pub slots: Vec<Slot>,
    pub types: Vec<String>,
    pub location: Option<String>,
    pub address: Option<String>,
    pub region: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// At a real place: found by distance.
    pub placed: bool,
    pub attendance: Attendance,
    pub online_url: Option<String>,
    pub online_phone: Option<String>,
    pub notes: Option<String>,
    pub updated: Option<String>,
}

/// A record, or the news that the feed marks it inactive.
pub(crate) enum Read1 {
    Active(Box<FeedRecord>),
    Inactive,
}

/// A field that must be text when present; a number is accepted as its decimal text
/// (postal codes, phone numbers and slugs arrive as integers in some feeds).
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
    let bad = || "`day` must be 0 (Sunday) to 6 (Saturday)".to_string();
    let one = |v: &Value| -> std::result::Result<u8, String> {
        match v {
            Value::Number(n) => n.as_u64().filter(|n| *n <= 6).map(|n| n as u8).ok_or_else(bad),
            // "1" and "Monday" both read unambiguously; "7" does not.
            Value::String(s) => parse_weekday("day", s).map_err(|_| bad()),
            _ => Err(bad()),
        }
    };
    let mut days = match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) if s.trim().is_empty() => Vec::new(),
        Some(Value::Array(a)) => a.iter().map(one).collect::<std::result::Result<Vec<_>, _>>()?,
        Some(v) => vec![one(v)?],
    };
    days.sort_unstable();
    days.dedup();
    Ok(days)
}

/// `HH:MM` as the spec says; `HH:MM:SS` keeps its hours and minutes; a 12-hour time with AM or
/// PM ("7:00 PM", "7pm", "12:30 a.m.") is read as a person reads it.
pub(crate) fn time_of(field: &str, s: &str) -> std::result::Result<Minutes, String> {
    let bad = || format!("`{field}` is not a time like 19:30 or 7:30 PM");
    let s = s.trim();
    let lower: String = s
        .to_ascii_lowercase()
        .chars()
        .filter(|c| *c != '.' && *c != ' ')
        .collect();
    let (body, pm) = match (lower.strip_suffix("am"), lower.strip_suffix("pm")) {
        (Some(b), _) => (b.to_string(), Some(false)),
        (_, Some(b)) => (b.to_string(), Some(true)),
        _ => (s.to_string(), None),
    };
    let hm = match body.len() {
        7 | 8 if body.matches(':').count() == 2 => body.rsplit_once(':').map(|(hm, _)| hm.to_string()).unwrap_or(body),
        _ => body,
    };
    match pm {
        None => parse_hhmm(field, &hm).map_err(|_| bad()),
        Some(pm) => {
            let (h, m) = match hm.split_once(':') {
                Some((h, m)) if m.len() == 2 => (h, m),
                Some(_) => return Err(bad()),
                None => (hm.as_str(), "00"),
            };
            let h: u16 = h.parse().map_err(|_| bad())?;
            let m: u16 = m.parse().map_err(|_| bad())?;
            if !(1..=12).contains(&h) || m > 59 {
                return Err(bad());
            }
            // 12 AM is midnight, 12 PM is noon.
            Ok((h % 12 + if pm { 12 } else { 0 }) * 60 + m)
        }
    }
}

/// A coordinate, as a number or as its decimal text; 0,0 ("null island") and out-of-range values
/// are a geocoder's failure, not a place.
fn coordinate(m: &Map<String, Value>, key: &str, limit: f64) -> Option<f64> {
    let v = match m.get(key)? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (v.is_finite() && v.abs() <= limit).then_some(v)
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

fn field_err(e: Error) -> String {
    match e {
        Error::InvalidInput { field, problem } => format!("{field}: {}", problem.render("en")),
        other => other.to_string(),
    }
}

/// Reads one feed record into the directory's shape.
pub(crate) fn read_record(v: &Value, default_tz: Option<Tz>) -> std::result::Result<Read1, String> {
    let m = v.as_object().ok_or("the record is not a JSON object")?;
    if super::feed_guard::is_oversized(m) {
        return Err(format!(
            "the record is larger than {} MB",
            super::feed_guard::MAX_RECORD_BYTES >> 20
        ));
    }
    let slug = slug_of(m).ok_or("no `slug` (text or a whole number)")?;
    let name = text_field(m, "name")?.ok_or("no `name`")?;
    let name = validate::name("name", &name).map_err(field_err)?;
    let online_url = validate::text("online url", text_field(m, "conference_url")?.as_deref()).map_err(field_err)?;
    if let Some(u) = &online_url
        && !(u.starts_with("https://") || u.starts_with("http://"))
    {
        return Err("online url: must start with https:// or http://".into());
    }
    let online_phone =
        validate::text("online phone", text_field(m, "conference_phone")?.as_deref()).map_err(field_err)?;
    let online = online_url.is_some() || online_phone.is_some();
    let approximate = text_field(m, "approximate")?.is_some_and(|a| a.eq_ignore_ascii_case("yes"));
    let attendance = match text_field(m, "attendance_option")?.as_deref() {
        Some("inactive") => return Ok(Read1::Inactive),
        // The spec: an online meeting without a link or a number is not active.
        Some("online") if !online => return Ok(Read1::Inactive),
        Some("online") => Attendance::Online,
        Some("hybrid") if online => Attendance::Hybrid,
        Some("hybrid") | Some("in_person") => Attendance::InPerson,
        Some(_) => return Err("`attendance_option` is not in_person, online, hybrid or inactive".into()),
        // Older feeds say it with the address: a link with an approximate place is online only.
        None if online && approximate => Attendance::Online,
        None if online => Attendance::Hybrid,
        None => Attendance::InPerson,
    };

    let days = days_of(m.get("day"))?;
    let start = text_field(m, "time")?
        .as_deref()
        .map(|t| time_of("time", t))
        .transpose()?;
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
    let timezone = zone.ok_or("no `timezone` in the record and no default zone given (use --tz)")?;
    let slots = match (days.is_empty(), start) {
        (true, None) => vec![Slot {
            weekday: None,
            start: None,
            duration_minutes: DEFAULT_DURATION,
        }],
        (false, Some(start)) => {
            // An end at or before the start runs past midnight.
            let duration = end.map_or(DEFAULT_DURATION, |end| {
                (u32::from(end) + 1440 - u32::from(start)) % 1440
            });
            let duration = if duration == 0 { DEFAULT_DURATION } else { duration };
            days.iter()
                .map(|d| Slot {
                    weekday: Some(*d),
                    start: Some(start),
                    duration_minutes: duration,
                })
                .collect()
        }
        (false, None) => return Err("has a `day` but no `time`".to_string()),
        (true, Some(_)) => return Err("has a `time` but no `day`".to_string()),
    };

    let address = match text_field(m, "formatted_address")? {
        Some(f) => Some(f.into_owned()),
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
        }
    };
    let region = match m.get("regions") {
        Some(Value::Array(a)) if !a.is_empty() => {
            let parts: Vec<Option<Cow<'_, str>>> = a
                .iter()
                .map(|r| r.as_str().map(str::trim).filter(|s| !s.is_empty()).map(Cow::Borrowed))
                .collect();
            join_nonempty(&parts, " > ")
        }
        _ => join_nonempty(&[text_field(m, "region")?, text_field(m, "sub_region")?], " > "),
    };
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
        // Some sheets-based feeds give one comma-separated string.
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        Some(_) => return Err("`types` is not a list of codes".to_string()),
    };
    let types = crate::groups::validated_types(&types).map_err(field_err)?;

    let latitude = coordinate(m, "latitude", 90.0);
    let longitude = coordinate(m, "longitude", 180.0);
    let (latitude, longitude) = match (latitude, longitude) {
        (Some(la), Some(lo)) if !(la == 0.0 && lo == 0.0) => (Some(la), Some(lo)),
        _ => (None, None),
    };
    // An online-only meeting's position is its area's centre, not a door to walk to.
    let placed = latitude.is_some() && !approximate && attendance != Attendance::Online;

    let location = validate::text("location", text_field(m, "location")?.as_deref()).map_err(field_err)?;
    let address = validate::text("address", address.as_deref()).map_err(field_err)?;
    // Joining makes the two one address line, which must meet a group's rule for an address:
    // a record no group could hold is not offered in the directory.
    validate::text(
        "location and address",
        crate::directory::place(location.clone(), address.clone()).as_deref(),
    )
    .map_err(field_err)?;
    Ok(Read1::Active(Box::new(FeedRecord {
        slug: validate::text("slug", Some(&slug)).map_err(field_err)?.unwrap_or(slug),
        name,
        group_name: validate::text("group", text_field(m, "group")?.as_deref()).map_err(field_err)?,
        timezone,
        slots,
        types,
        location,
        address,
        region: validate::text("region", region.as_deref()).map_err(field_err)?,
        latitude,
        longitude,
        placed,
        attendance,
        online_url,
        online_phone,
        notes: validate::text("notes", notes.as_deref()).map_err(field_err)?,
        updated: validate::text("updated", text_field(m, "updated")?.as_deref()).map_err(field_err)?,
    })))
}

/// Calls `each(index, record)` for every element of the feed's top-level array as it is parsed,
/// holding one record in memory at a time. An error from `each` stops the reading and is returned
/// as it is; a feed that is not JSON, or not an array, is refused with `InvalidInput { field:
/// "feed" }`.
pub(crate) fn for_each_record(reader: impl Read, each: &mut dyn FnMut(u32, Value) -> Result<()>) -> Result<()> {
    struct Records<'a> {
        each: &'a mut dyn FnMut(u32, Value) -> Result<()>,
        failed: &'a mut Option<Error>,
    }
    impl<'de> DeserializeSeed<'de> for Records<'_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de> Visitor<'de> for Records<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array of meetings")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            let mut index = 0u32;
            while let Some(v) = seq.next_element::<Value>()? {
                if let Err(e) = (self.each)(index, v) {
                    *self.failed = Some(e);
                    return Err(de::Error::custom("stopped"));
                }
                index = index.saturating_add(1);
            }
            Ok(())
        }
    }

    let mut failed = None;
    // Through the guard, so no string or record of a hostile feed is held past its bound.
    let guarded = super::feed_guard::FeedGuard::new(reader);
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(64 * 1024, guarded));
    let read = Records {
        each,
        failed: &mut failed,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    if let Some(e) = failed {
        return Err(e);
    }
    read.map_err(|e| match e.classify() {
        serde_json::error::Category::Io => Error::Io(e.into()),
        serde_json::error::Category::Data => Error::invalid("feed", MessageId::RefusalFeedNotArray),
        _ => Error::invalid(
            "feed",
            Message::new(MessageId::RefusalFeedNotJson)
                .num("line", i64::try_from(e.line()).unwrap_or(i64::MAX))
                .num("column", i64::try_from(e.column()).unwrap_or(i64::MAX)),
        ),
    })
}

impl Store {
    /// Imports a Meeting Guide feed given as text into the directory, under the feed name
    /// [`DEFAULT_FEED`]. Prefer [`Store::import_directory`] (a named feed, read as a stream).
    pub fn import_meeting_guide(&self, json: &str, default_tz: Option<Tz>, now: DateTime<Utc>) -> Result<ImportReport> {
        self.import_directory(DEFAULT_FEED, json.as_bytes(), default_tz, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(v: serde_json::Value) -> std::result::Result<FeedRecord, String> {
        match read_record(&v, Some(chrono_tz::America::Toronto))? {
            Read1::Active(r) => Ok(*r),
            Read1::Inactive => Err("inactive".into()),
        }
    }

    #[test]
    fn days_times_and_durations() {
        let g = rec(serde_json::json!({"name": "A", "slug": 3, "day": [1, 3], "time": "19:30", "end_time": "21:00"}))
            .unwrap();
        assert_eq!(g.slug, "3");
        assert_eq!(g.slots.len(), 2);
        assert!(
            g.slots
                .iter()
                .all(|m| m.start == Some(1170) && m.duration_minutes == 90)
        );
        let g = rec(serde_json::json!({"name": "Late", "slug": "l", "day": 6, "time": "23:30", "end_time": "00:30"}))
            .unwrap();
        assert_eq!(g.slots[0].duration_minutes, 60);
        let g = rec(serde_json::json!({"name": "Appt", "slug": "a"})).unwrap();
        assert_eq!((g.slots[0].weekday, g.slots[0].start), (None, None));
    }

    #[test]
    fn real_feeds_are_read_as_a_person_reads_them() {
        for (t, want) in [
            ("7:00 PM", 19 * 60),
            ("7:00pm", 19 * 60),
            ("7 pm", 19 * 60),
            ("12:00 AM", 0),
            ("12:30 PM", 12 * 60 + 30),
            ("9:15 a.m.", 9 * 60 + 15),
            ("07:05:00", 7 * 60 + 5),
            ("07:05:00 PM", 19 * 60 + 5),
            ("19:30", 19 * 60 + 30),
        ] {
            assert_eq!(time_of("time", t), Ok(want), "{t}");
        }
        for bad in ["13:00 PM", "0:30 AM", "7pmish", "25:00", "noon"] {
            assert!(time_of("time", bad).is_err(), "{bad}");
        }
        let g = rec(
            serde_json::json!({"name": "A", "slug": "a", "day": ["1", "Wednesday"], "time": "7:00 PM",
            "formatted_address": "4953 W Addison St, Chicago, IL 60641, USA",
            "latitude": "41.9466", "longitude": "-87.7516", "regions": ["Chicago", "Portage Park"]}),
        )
        .unwrap();
        assert_eq!(
            g.slots.iter().map(|s| s.weekday).collect::<Vec<_>>(),
            vec![Some(1), Some(3)]
        );
        assert_eq!(g.slots[0].start, Some(19 * 60));
        assert_eq!(g.address.as_deref(), Some("4953 W Addison St, Chicago, IL 60641, USA"));
        assert_eq!(g.region.as_deref(), Some("Chicago > Portage Park"));
        assert_eq!((g.latitude, g.longitude), (Some(41.9466), Some(-87.7516)));
        assert!(g.placed);
        assert_eq!(g.attendance, Attendance::InPerson);
    }

    #[test]
    fn attendance_decides_what_is_placed() {
        let base = serde_json::json!({"name": "A", "slug": "a", "day": 1, "time": "19:00",
            "latitude": 44.0, "longitude": -77.0, "conference_url": "https://zoom.us/j/1"});
        let with = |k: &str, v: serde_json::Value| {
            let mut r = base.clone();
            r[k] = v;
            r
        };
        let online = rec(with("attendance_option", "online".into())).unwrap();
        assert_eq!((online.attendance, online.placed), (Attendance::Online, false));
        let hybrid = rec(with("attendance_option", "hybrid".into())).unwrap();
        assert_eq!((hybrid.attendance, hybrid.placed), (Attendance::Hybrid, true));
        assert!(matches!(
            read_record(&with("attendance_option", "inactive".into()), None),
            Ok(Read1::Inactive)
        ));
        // No attendance_option: an approximate place with a link is online only.
        let approx = rec(with("approximate", "yes".into())).unwrap();
        assert_eq!((approx.attendance, approx.placed), (Attendance::Online, false));
        // 0,0 is a geocoder's failure, not a meeting in the Gulf of Guinea.
        let mut island = with("latitude", 0.into());
        island["longitude"] = 0.into();
        assert_eq!(rec(island).unwrap().latitude, None);
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
                serde_json::json!({"name": "x", "slug": "x", "day": 1, "time": "7 o'clock"}),
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
            (
                serde_json::json!({"name": "x", "slug": "x", "attendance_option": "sometimes"}),
                "attendance",
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
        .err()
        .unwrap();
        assert!(e.contains("timezone"), "{e}");
    }

    #[test]
    fn records_stream_one_at_a_time_and_bad_json_is_refused() {
        let mut seen = Vec::new();
        for_each_record(&b" [ {\"a\": 1}, 2, \"x\" ] "[..], &mut |i, v| {
            seen.push((i, v));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen.len(), 3);
        let not_array = for_each_record(&b"{\"name\": 1}"[..], &mut |_, _| Ok(())).unwrap_err();
        assert!(not_array.to_string().contains("JSON array"), "{not_array}");
        let cut = for_each_record(&b"[{\"name\": "[..], &mut |_, _| Ok(())).unwrap_err();
        assert!(cut.to_string().contains("not valid JSON"), "{cut}");
        let trailing = for_each_record(&b"[] x"[..], &mut |_, _| Ok(())).unwrap_err();
        assert!(trailing.to_string().contains("not valid JSON"), "{trailing}");
        let stopped = for_each_record(&b"[1, 2]"[..], &mut |_, _| Err(Error::not_found("thing", 1))).unwrap_err();
        assert!(matches!(stopped, Error::NotFound { .. }), "{stopped}");
    }
}
