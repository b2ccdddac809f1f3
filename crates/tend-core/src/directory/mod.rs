//! The meeting directory: meetings from the Meeting Guide feeds the user imported, kept apart from
//! the groups the user belongs to. Nothing here is planned or reminded. A person finds a meeting
//! by distance, day and time (in the meeting's own zone), type, online access or text, and joins
//! it, which makes it one of their groups (see [`join`]); later imports keep that group current.
//!
//! Placed meetings (in person or hybrid, at a real position) live in an R*Tree, so a search near a
//! point reads only the box around it and measures those few exactly.

pub mod geo;
mod import;
mod join;
mod soon;
pub mod sources;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use geo::{GeoPoint, distance_km};
pub(crate) use join::place;
pub use soon::{SOON_WINDOW_MINUTES, SOON_WITHIN_KM, SoonMeeting};

use crate::error::{Error, Result};
use crate::exchange::meeting_types::{MEETING_TYPES, all_names};
use crate::messages::{Message, MessageId};
use crate::model::Attendance;
use crate::store::Store;
use crate::time::{Minutes, fmt_hhmm, weekday_num};
use crate::validate;

/// The radius a search near a point uses when the caller gives none, in kilometres.
pub const DEFAULT_WITHIN_KM: f64 = 25.0;
/// The widest search radius, in kilometres.
pub const MAX_WITHIN_KM: f64 = 500.0;
/// How many results a search returns when the caller gives no limit.
pub const DEFAULT_LIMIT: u32 = 50;
/// The most results one search returns.
pub const MAX_LIMIT: u32 = 1000;

/// One weekly slot of a directory meeting, as a search returns it: a record held on three days
/// gives three. Days and times are the meeting's own, in `timezone`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DirectoryMeeting {
    /// The directory record's id (the same for each of its slots); pass it to join.
    pub id: i64,
    /// The feed it came from (a file's name or the feed's URL).
    pub feed: String,
    pub slug: String,
    pub name: String,
    /// 0 = Sunday … 6 = Saturday; `None` = by appointment.
    pub weekday: Option<u8>,
    /// "HH:MM" in `timezone`.
    pub time: Option<String>,
    /// "HH:MM" in `timezone` (the spec's hour when the feed gives none).
    pub end_time: Option<String>,
    pub timezone: String,
    /// Meeting-type codes ("O", "D", "ONL"); names via `meeting_types::type_name_in`.
    pub types: Vec<String>,
    pub location: Option<String>,
    pub address: Option<String>,
    /// Where it meets, for a meeting at a real place (never an online meeting's area centre).
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Great-circle distance from the search's point, when it had one.
    pub distance_km: Option<f64>,
    pub online_url: Option<String>,
    pub online_phone: Option<String>,
    /// The user's group made from this meeting, if they joined it.
    pub joined_group_id: Option<i64>,
}

/// Everything the directory keeps about one meeting, for a detail screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DirectoryDetail {
    /// The slots, as a search returns them (distance empty).
    pub slots: Vec<DirectoryMeeting>,
    /// The feed's `group`: the group holding this meeting (join it whole with `whole_group`).
    pub group_name: Option<String>,
    pub attendance: Attendance,
    pub region: Option<String>,
    pub notes: Option<String>,
    /// When the feed says the listing last changed, as it gave it.
    pub updated: Option<String>,
}

/// Which day a search looks at. Today and tomorrow are the meeting's own: the day it is now where
/// the meeting is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DayFilter {
    Today,
    Tomorrow,
    /// 0 = Sunday … 6 = Saturday.
    Weekday {
        day: u8,
    },
}

impl DayFilter {
    /// Parses "0"–"6", a weekday name ("tue"), "today" or "tomorrow".
    pub fn parse(s: &str) -> Result<DayFilter> {
        match s.trim().to_ascii_lowercase().as_str() {
            "today" => Ok(DayFilter::Today),
            "tomorrow" => Ok(DayFilter::Tomorrow),
            other => crate::time::parse_weekday("day", other)
                .map(|day| DayFilter::Weekday { day })
                .map_err(|_| Error::invalid("day", MessageId::RefusalDay)),
        }
    }
}

/// A directory search; every filter given narrows it. Near a point, only meetings at a real place
/// are found, nearest first; online-only meetings are found with `online`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SearchQuery {
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub near: Option<GeoPoint>,
    /// Radius around `near`, km ([`DEFAULT_WITHIN_KM`] when empty).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub within_km: Option<f64>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub day: Option<DayFilter>,
    /// Starting at or after, minutes after midnight in the meeting's zone.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub from: Option<Minutes>,
    /// Starting at or before; earlier than `from` wraps past midnight.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub to: Option<Minutes>,
    /// Type codes ("O") or their names in any language the type table has ("Open", "Abierta");
    /// a meeting must have all of them.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub types: Vec<String>,
    /// Only meetings one can attend online (online or hybrid, with a link or a phone number).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub online: bool,
    /// Words in the name, location, address or region.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub text: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub limit: Option<u32>,
}

/// Resolves a type code or name (any language, any case) to its code. An unknown code is kept as
/// it is (feeds may add their own) when it looks like one; an unknown name is refused.
pub fn resolve_type(s: &str) -> Result<String> {
    let t = s.trim();
    if let Some(m) = MEETING_TYPES.iter().find(|m| m.code == t) {
        return Ok(m.code.to_string());
    }
    let lower = t.to_lowercase();
    let found = MEETING_TYPES
        .iter()
        .find(|m| m.code.to_lowercase() == lower || all_names(m).any(|n| n.to_lowercase() == lower));
    match found {
        Some(m) => Ok(m.code.to_string()),
        None => crate::groups::validated_types(&[t.to_string()])
            .map(|mut v| v.pop().unwrap_or_default())
            .map_err(|_| Error::invalid("meeting type", MessageId::RefusalMeetingType)),
    }
}

/// The names of `types` in `lang` (ISO 639-1), English where that language has none, the code
/// itself for a code the table does not know.
pub fn type_names(types: &[String], lang: &str) -> Vec<String> {
    types
        .iter()
        .map(|t| {
            crate::exchange::meeting_types::type_name_in(t, lang)
                .or_else(|| crate::exchange::meeting_types::type_name(t))
                .unwrap_or(t)
                .to_string()
        })
        .collect()
}

/// A query with every field checked and resolved.
struct Checked {
    near: Option<(GeoPoint, f64)>,
    day: Option<DayFilter>,
    from: Option<Minutes>,
    to: Option<Minutes>,
    types: Vec<String>,
    online: bool,
    text: Option<String>,
    limit: usize,
}

impl SearchQuery {
    fn checked(&self) -> Result<Checked> {
        let near = match (self.near, self.within_km) {
            (None, Some(_)) => return Err(Error::invalid("within", MessageId::RefusalWithinNeedsPlace)),
            (None, None) => None,
            (Some(p), w) => {
                let p = GeoPoint::new(p.latitude, p.longitude)?;
                let w = w.unwrap_or(DEFAULT_WITHIN_KM);
                if !(w.is_finite() && w > 0.0 && w <= MAX_WITHIN_KM) {
                    return Err(Error::invalid(
                        "within",
                        Message::new(MessageId::RefusalDistanceRange).num("max", MAX_WITHIN_KM as i64),
                    ));
                }
                Some((p, w))
            }
        };
        if let Some(DayFilter::Weekday { day }) = self.day {
            validate::range("day", i64::from(day), 0, 6)?;
        }
        for (field, m) in [("from", self.from), ("to", self.to)] {
            if let Some(m) = m {
                validate::range(field, i64::from(m), 0, 1439)?;
            }
        }
        let mut types = Vec::with_capacity(self.types.len());
        for t in &self.types {
            let code = resolve_type(t)?;
            if !types.contains(&code) {
                types.push(code);
            }
        }
        let limit = validate::range(
            "limit",
            i64::from(self.limit.unwrap_or(DEFAULT_LIMIT)),
            1,
            i64::from(MAX_LIMIT),
        )?;
        Ok(Checked {
            near,
            day: self.day,
            from: self.from,
            to: self.to,
            types,
            online: self.online,
            text: validate::text("text", self.text.as_deref())?,
            limit: limit as usize,
        })
    }
}

/// The columns every directory read selects, in [`row_to_meeting`]'s order.
const COLUMNS: &str = "m.id, f.name, m.slug, m.name, s.weekday, s.start_min, s.duration_minutes, m.timezone, m.types,
       m.location, m.address, m.placed, m.latitude, m.longitude, m.online_url, m.online_phone,
       (SELECT gl.group_id FROM group_listing gl WHERE gl.feed_id = m.feed_id AND gl.slug = m.slug)";

fn row_to_meeting(r: &rusqlite::Row<'_>) -> rusqlite::Result<DirectoryMeeting> {
    let start: Option<Minutes> = r.get(5)?;
    let duration: u32 = r.get(6)?;
    let placed: bool = r.get(11)?;
    let types: String = r.get(8)?;
    Ok(DirectoryMeeting {
        id: r.get(0)?,
        feed: r.get(1)?,
        slug: r.get(2)?,
        name: r.get(3)?,
        weekday: r.get(4)?,
        time: start.map(fmt_hhmm),
        end_time: start.map(|s| fmt_hhmm(((u32::from(s) + duration) % 1440) as Minutes)),
        timezone: r.get(7)?,
        types: serde_json::from_str(&types).unwrap_or_default(),
        location: r.get(9)?,
        address: r.get(10)?,
        latitude: if placed { r.get(12)? } else { None },
        longitude: if placed { r.get(13)? } else { None },
        distance_km: None,
        online_url: r.get(14)?,
        online_phone: r.get(15)?,
        joined_group_id: r.get(16)?,
    })
}

/// Every zone the directory's meetings keep.
fn zones(c: &Connection) -> Result<Vec<Tz>> {
    let mut st = c.prepare_cached("SELECT DISTINCT timezone FROM directory_meeting")?;
    let names = st.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for n in names {
        if let Ok(tz) = n?.parse::<Tz>() {
            out.push(tz);
        }
    }
    Ok(out)
}

/// Builds the WHERE conditions (beyond place) and their parameters.
fn conditions(c: &Connection, q: &Checked, now: DateTime<Utc>) -> Result<(String, Vec<Box<dyn ToSql>>)> {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    match q.day {
        None => {}
        Some(DayFilter::Weekday { day }) => {
            conds.push("s.weekday = ?".into());
            args.push(Box::new(day));
        }
        Some(d @ (DayFilter::Today | DayFilter::Tomorrow)) => {
            let ahead = i64::from(d == DayFilter::Tomorrow);
            let days: Vec<(Tz, u8)> = zones(c)?
                .into_iter()
                .map(|tz| {
                    let local = crate::time::local_date(now, tz) + chrono::Duration::days(ahead);
                    (tz, weekday_num(chrono::Datelike::weekday(&local)))
                })
                .collect();
            match days.first() {
                None => conds.push("0".into()),
                Some((_, w)) if days.iter().all(|(_, x)| x == w) => {
                    conds.push("s.weekday = ?".into());
                    args.push(Box::new(*w));
                }
                Some(_) => {
                    // Near midnight UTC the day differs between zones: each meeting's own.
                    let mut case = String::from("s.weekday = CASE m.timezone");
                    for (tz, w) in days {
                        case.push_str(" WHEN ? THEN ?");
                        args.push(Box::new(tz.name()));
                        args.push(Box::new(w));
                    }
                    case.push_str(" END");
                    conds.push(case);
                }
            }
        }
    }
    match (q.from, q.to) {
        (None, None) => {}
        (Some(f), None) => {
            conds.push("s.start_min >= ?".into());
            args.push(Box::new(f));
        }
        (None, Some(t)) => {
            conds.push("s.start_min <= ?".into());
            args.push(Box::new(t));
        }
        (Some(f), Some(t)) if f <= t => {
            conds.push("s.start_min BETWEEN ? AND ?".into());
            args.push(Box::new(f));
            args.push(Box::new(t));
        }
        (Some(f), Some(t)) => {
            conds.push("(s.start_min >= ? OR s.start_min <= ?)".into());
            args.push(Box::new(f));
            args.push(Box::new(t));
        }
    }
    for t in &q.types {
        // Codes hold no quotes (they are checked), so the quoted code matches one whole element.
        conds.push("instr(m.types, ?) > 0".into());
        args.push(Box::new(format!("\"{t}\"")));
    }
    if q.online {
        conds.push("m.attendance IN ('online', 'hybrid')".into());
    }
    if let Some(text) = &q.text {
        let escaped: String = text
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        conds.push(
            "(m.name LIKE ?1t ESCAPE '\\' OR m.location LIKE ?1t ESCAPE '\\' OR m.address LIKE ?1t ESCAPE '\\' OR m.region LIKE ?1t ESCAPE '\\')"
                .into(),
        );
        args.push(Box::new(format!("%{escaped}%")));
    }
    let mut sql = String::new();
    for c in conds {
        sql.push_str(" AND ");
        sql.push_str(&c);
    }
    Ok((sql, args))
}

/// Numbers the `?` placeholders in order; `?1t` marks one parameter used several times (the
/// text pattern), numbered once.
fn number_placeholders(sql: &str, first: usize) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = first;
    let mut text_n: Option<usize> = None;
    let mut rest = sql;
    while let Some(i) = rest.find('?') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(tail) = after.strip_prefix("1t") {
            let k = *text_n.get_or_insert_with(|| {
                n += 1;
                n - 1
            });
            out.push_str(&format!("?{k}"));
            rest = tail;
        } else {
            out.push_str(&format!("?{n}"));
            n += 1;
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn search(c: &Connection, q: &Checked, now: DateTime<Utc>) -> Result<Vec<DirectoryMeeting>> {
    let (conds, args) = conditions(c, q, now)?;
    let mut out = Vec::new();
    match q.near {
        Some((p, within)) => {
            for b in geo::boxes_around(p, within) {
                // CROSS JOIN keeps the R*Tree as the outer loop: only the box is read.
                let sql = format!(
                    "SELECT {COLUMNS}
                     FROM directory_geo g CROSS JOIN directory_meeting m CROSS JOIN directory_slot s
                     JOIN directory_feed f ON f.id = m.feed_id
                     WHERE g.min_lat <= ?1 AND g.max_lat >= ?2 AND g.min_lng <= ?3 AND g.max_lng >= ?4
                       AND m.id = g.id AND s.meeting_id = m.id{}",
                    number_placeholders(&conds, 5)
                );
                let mut st = c.prepare_cached(&sql)?;
                let mut all: Vec<&dyn ToSql> = vec![&b.max_lat, &b.min_lat, &b.max_lng, &b.min_lng];
                all.extend(args.iter().map(|a| a.as_ref()));
                let mut rows = st.query(all.as_slice())?;
                while let Some(r) = rows.next()? {
                    let mut m = row_to_meeting(r)?;
                    let (Some(la), Some(lo)) = (m.latitude, m.longitude) else {
                        continue;
                    };
                    let d = distance_km(
                        p,
                        GeoPoint {
                            latitude: la,
                            longitude: lo,
                        },
                    );
                    if d <= within {
                        m.distance_km = Some((d * 1000.0).round() / 1000.0);
                        out.push((d, m));
                    }
                }
            }
            out.sort_by(|(da, a), (db, b)| {
                da.total_cmp(db)
                    .then_with(|| slot_key(a).cmp(&slot_key(b)))
                    .then_with(|| a.id.cmp(&b.id))
            });
            out.truncate(q.limit);
            Ok(out.into_iter().map(|(_, m)| m).collect())
        }
        None => {
            let sql = format!(
                "SELECT {COLUMNS}
                 FROM directory_meeting m JOIN directory_slot s ON s.meeting_id = m.id
                 JOIN directory_feed f ON f.id = m.feed_id
                 WHERE 1{}
                 ORDER BY s.weekday IS NULL, s.weekday, s.start_min, m.name COLLATE NOCASE, m.id
                 LIMIT {}",
                number_placeholders(&conds, 1),
                q.limit
            );
            let mut st = c.prepare_cached(&sql)?;
            let all: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
            let rows = st.query_map(all.as_slice(), row_to_meeting)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        }
    }
}

fn slot_key(m: &DirectoryMeeting) -> (bool, Option<u8>, Option<String>) {
    (m.weekday.is_none(), m.weekday, m.time.clone())
}

/// The last place the user searched from (coarse), if any.
pub(crate) fn last_place(c: &Connection) -> Result<Option<GeoPoint>> {
    Ok(c.query_row(
        "SELECT latitude, longitude FROM directory_place WHERE id = 1",
        [],
        |r| {
            Ok(GeoPoint {
                latitude: r.get(0)?,
                longitude: r.get(1)?,
            })
        },
    )
    .optional()?)
}

/// [`soon::soon`] near the remembered place: what Today and SOS show.
pub(crate) fn soon_near_last_place(
    c: &Connection,
    now: DateTime<Utc>,
    tz: Tz,
    limit: usize,
) -> Result<Vec<SoonMeeting>> {
    soon::soon(c, now, tz, last_place(c)?, limit)
}

impl Store {
    /// Searches the directory at `now` (which "today" and "tomorrow" are read against, in each
    /// meeting's zone). Near a point, results are nearest first; otherwise by weekday and time.
    /// One entry per weekly slot. A search near a point remembers that point, rounded to about a
    /// kilometre, for "meetings starting soon"; nothing is written when it is the same as before.
    pub fn search_directory(&self, query: &SearchQuery, now: DateTime<Utc>) -> Result<Vec<DirectoryMeeting>> {
        let q = query.checked()?;
        let (found, moved) = self.read(|c| {
            let found = search(c, &q, now)?;
            let moved = match q.near {
                Some((p, _)) => last_place(c)? != Some(p.coarse()),
                None => false,
            };
            Ok((found, moved))
        })?;
        if let (true, Some((p, _))) = (moved, q.near) {
            self.remember_place(p)?;
        }
        Ok(found)
    }

    /// Remembers `p` (rounded to about a kilometre) as where the user looks for meetings, for the
    /// in-person part of "meetings starting soon".
    pub fn remember_place(&self, p: GeoPoint) -> Result<()> {
        let p = GeoPoint::new(p.latitude, p.longitude)?.coarse();
        self.write(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO directory_place (id, latitude, longitude) VALUES (1, ?1, ?2)",
                params![p.latitude, p.longitude],
            )?;
            Ok(())
        })
    }

    /// The place remembered by the last search near a point, if any.
    pub fn last_search_place(&self) -> Result<Option<GeoPoint>> {
        self.read(last_place)
    }

    /// One directory meeting with everything the directory keeps about it.
    pub fn directory_meeting(&self, id: i64) -> Result<DirectoryDetail> {
        self.read(|c| {
            let mut st = c.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM directory_meeting m JOIN directory_slot s ON s.meeting_id = m.id
                 JOIN directory_feed f ON f.id = m.feed_id WHERE m.id = ?1
                 ORDER BY s.weekday IS NULL, s.weekday, s.start_min"
            ))?;
            let slots: Vec<DirectoryMeeting> = st.query_map([id], row_to_meeting)?.collect::<rusqlite::Result<_>>()?;
            if slots.is_empty() {
                return Err(Error::not_found("directory meeting", id));
            }
            c.query_row(
                "SELECT group_name, attendance, region, notes, updated FROM directory_meeting WHERE id = ?1",
                [id],
                |r| {
                    let attendance: String = r.get(1)?;
                    Ok(DirectoryDetail {
                        slots,
                        group_name: r.get(0)?,
                        attendance: Attendance::parse(&attendance).unwrap_or(Attendance::InPerson),
                        region: r.get(2)?,
                        notes: r.get(3)?,
                        updated: r.get(4)?,
                    })
                },
            )
            .map_err(Into::into)
        })
    }

    /// How many meetings the directory holds (records, not slots).
    pub fn directory_size(&self) -> Result<u64> {
        self.read(|c| {
            let n: i64 = c.query_row("SELECT count(*) FROM directory_meeting", [], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_and_the_text_pattern_once() {
        assert_eq!(
            number_placeholders(" AND a = ? AND (x LIKE ?1t OR y LIKE ?1t) AND b = ?", 5),
            " AND a = ?5 AND (x LIKE ?6 OR y LIKE ?6) AND b = ?7"
        );
    }

    #[test]
    fn types_resolve_from_codes_and_names_in_any_language() {
        assert_eq!(resolve_type("O").unwrap(), "O");
        assert_eq!(resolve_type("open").unwrap(), "O");
        assert_eq!(resolve_type("Abierta").unwrap(), "O");
        assert_eq!(
            resolve_type("geschlossen").unwrap(),
            "C",
            "names written for Tend count too"
        );
        assert_eq!(resolve_type("out").unwrap(), "OUT");
        assert_eq!(resolve_type("XYZ").unwrap(), "XYZ");
        assert!(resolve_type("Open meeting!").is_err());
        assert_eq!(type_names(&["C".into(), "XYZ".into()], "es"), vec!["Cerrada", "XYZ"]);
    }

    #[test]
    fn day_filters_parse() {
        assert_eq!(DayFilter::parse("today").unwrap(), DayFilter::Today);
        assert_eq!(DayFilter::parse("2").unwrap(), DayFilter::Weekday { day: 2 });
        assert_eq!(DayFilter::parse("Sat").unwrap(), DayFilter::Weekday { day: 6 });
        assert!(DayFilter::parse("7").is_err());
        assert!(DayFilter::parse("someday").is_err());
    }
}
