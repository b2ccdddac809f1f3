//! The check-in log: every daily check-in, contact, meeting attended, thank-you and SOS, with its
//! UTC instant, the zone it was logged in, and an optional idempotency key.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{Channel, CheckinKind, Direction, SupportKind};
use crate::store::Store;
use crate::time::{from_ms, parse_date, to_ms};
use crate::validate;

/// Longest idempotency key accepted.
pub const MAX_KEY: usize = 200;

/// What happened, with the details each kind needs.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CheckinData {
    /// How today went: mood 1 (very low) – 5 (very good), craving 0 (none) – 10 (overwhelming).
    Daily { mood: u8, craving: Option<u8> },
    /// A contact with a person.
    Contact {
        person_id: i64,
        channel: Channel,
        direction: Direction,
        support: Option<SupportKind>,
    },
    /// A meeting attended.
    Meeting { group_id: i64 },
    /// Gratitude to a person (the text is the check-in's note).
    Gratitude { person_id: i64 },
    /// The SOS view was used.
    Sos,
}

impl CheckinData {
    /// The kind of this check-in.
    pub fn kind(&self) -> CheckinKind {
        match self {
            CheckinData::Daily { .. } => CheckinKind::Daily,
            CheckinData::Contact { .. } => CheckinKind::Contact,
            CheckinData::Meeting { .. } => CheckinKind::Meeting,
            CheckinData::Gratitude { .. } => CheckinKind::Gratitude,
            CheckinData::Sos => CheckinKind::Sos,
        }
    }
}

/// A check-in to log.
#[derive(Debug, Clone)]
pub struct NewCheckin {
    pub data: CheckinData,
    pub note: Option<String>,
    /// When it happened (usually now).
    pub at: DateTime<Utc>,
    /// The zone the user was in, which fixes its local day.
    pub zone: Tz,
    /// Logging the same check-in again with the same key stores nothing new and returns the
    /// first (a double tap, a redelivered notification action); a different check-in under a
    /// used key is refused with [`Error::Conflict`].
    pub idempotency_key: Option<String>,
}

/// A check-in as a shell logs it: the zone as the device reports it and the time optional
/// (now). [`Store::log_checkin_input`] checks both and logs it like [`NewCheckin`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CheckinInput {
    pub data: CheckinData,
    /// The device's IANA zone, which fixes the check-in's local day.
    pub zone: String,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub note: Option<String>,
    /// Logging the same check-in again with the same key stores nothing new and returns the
    /// first (a double tap, a retried request); a different check-in under a used key is
    /// refused as invalid input naming the key.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub idempotency_key: Option<String>,
    /// When it happened; none = now.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub at: Option<DateTime<Utc>>,
}

/// A stored check-in. Fields that do not apply to its kind are `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Checkin {
    pub id: i64,
    pub kind: CheckinKind,
    pub at: DateTime<Utc>,
    pub zone: String,
    pub local_date: NaiveDate,
    pub mood: Option<u8>,
    pub craving: Option<u8>,
    pub person_id: Option<i64>,
    pub group_id: Option<i64>,
    pub channel: Option<Channel>,
    pub direction: Option<Direction>,
    pub support_kind: Option<SupportKind>,
    pub note: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Which check-ins to list.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CheckinQuery {
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub kind: Option<CheckinKind>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub person_id: Option<i64>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub group_id: Option<i64>,
    /// Local dates from (inclusive).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub from: Option<NaiveDate>,
    /// Local dates to (inclusive).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub to: Option<NaiveDate>,
    /// Newest first, at most this many (default 100).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub limit: Option<u32>,
}

const COLS: &str = "id, kind, at, zone, local_date, mood, craving, person_id, group_id, channel, direction, support_kind, note, idem_key";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Checkin> {
    let kind: String = r.get(1)?;
    let local: String = r.get(4)?;
    let opt = |i: usize| -> rusqlite::Result<Option<String>> { r.get(i) };
    Ok(Checkin {
        id: r.get(0)?,
        kind: CheckinKind::parse(&kind).unwrap_or(CheckinKind::Daily),
        at: from_ms(r.get(2)?),
        zone: r.get(3)?,
        local_date: parse_date("local_date", &local).unwrap_or_default(),
        mood: r.get(5)?,
        craving: r.get(6)?,
        person_id: r.get(7)?,
        group_id: r.get(8)?,
        channel: opt(9)?.and_then(|s| Channel::parse(&s).ok()),
        direction: opt(10)?.and_then(|s| Direction::parse(&s).ok()),
        support_kind: opt(11)?.and_then(|s| SupportKind::parse(&s).ok()),
        note: r.get(12)?,
        idempotency_key: r.get(13)?,
    })
}

pub(crate) fn get(c: &Connection, id: i64) -> Result<Checkin> {
    c.query_row(&format!("SELECT {COLS} FROM checkin WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("check-in", id))
}

fn by_key(c: &Connection, key: &str) -> Result<Option<Checkin>> {
    Ok(c.query_row(
        &format!("SELECT {COLS} FROM checkin WHERE idem_key = ?1"),
        [key],
        from_row,
    )
    .optional()?)
}

/// Validates and inserts one check-in inside the caller's transaction; the same check-in under
/// a used idempotency key returns the first untouched, a different one is a conflict.
pub(crate) fn insert(c: &Connection, n: &NewCheckin) -> Result<Checkin> {
    insert_with(c, n, false)
}

/// A daily check-in confirmed with "done" on a reminder: the user said "I checked in" without
/// rating the day, so mood and craving stay empty rather than being invented (a made-up neutral
/// mood would bend every mood chart). Only the reminder path may store an unrated daily
/// check-in; everything typed in the app still needs a mood. `mood`/`craving` in `data` are
/// ignored.
pub(crate) fn insert_unrated_daily(c: &Connection, n: &NewCheckin) -> Result<Checkin> {
    insert_with(c, n, true)
}

fn insert_with(c: &Connection, n: &NewCheckin, unrated: bool) -> Result<Checkin> {
    let key = match n.idempotency_key.as_deref().map(str::trim) {
        Some("") => return Err(Error::invalid("idempotency key", MessageId::RefusalEmpty)),
        Some(k) if k.len() > MAX_KEY => {
            return Err(Error::invalid(
                "idempotency key",
                Message::new(MessageId::RefusalTooLongBytes).num("max", MAX_KEY as i64),
            ));
        }
        other => other,
    };
    let note = validate::text("note", n.note.as_deref())?;
    let day = crate::time::check_instant("at", n.at, n.zone)?;
    let (mut mood, mut craving, mut person, mut group) = (None, None, None, None);
    match &n.data {
        CheckinData::Daily { .. } if unrated => {}
        CheckinData::Daily { mood: m, craving: cr } => {
            validate::range("mood", i64::from(*m), 1, 5)?;
            if let Some(cr) = cr {
                validate::range("craving", i64::from(*cr), 0, 10)?;
            }
            (mood, craving) = (Some(*m), *cr);
        }
        CheckinData::Contact { person_id, .. } => person = Some(*person_id),
        CheckinData::Meeting { group_id } => group = Some(*group_id),
        CheckinData::Gratitude { person_id } => {
            if note.is_none() {
                return Err(Error::invalid("gratitude", MessageId::RefusalGratitudeEmpty));
            }
            person = Some(*person_id);
        }
        CheckinData::Sos => {}
    }
    let (channel, direction, support_kind) = match &n.data {
        CheckinData::Contact {
            channel,
            direction,
            support,
            ..
        } => (Some(*channel), Some(*direction), *support),
        _ => (None, None, None),
    };
    // The key is looked up only once the input is known to be valid, and before the people
    // and groups it names are checked: a retry of a logged check-in returns it even if its
    // person was removed since.
    if let Some(k) = key
        && let Some(first) = by_key(c, k)?
    {
        let same = first.kind == n.data.kind()
            && (first.mood, first.craving) == (mood, craving)
            && (first.person_id, first.group_id) == (person, group)
            && (first.channel, first.direction, first.support_kind) == (channel, direction, support_kind)
            && first.note == note;
        if same {
            return Ok(first);
        }
        // A retry must say the same thing; a different check-in under a used key would
        // otherwise vanish without a word.
        return Err(Error::conflict("idempotency key", MessageId::RefusalKeyReused));
    }
    if let Some(p) = person
        && !crate::people::exists(c, p)?
    {
        return Err(Error::invalid("person", MessageId::RefusalPersonGone));
    }
    if let Some(g) = group
        && !crate::groups::exists(c, g)?
    {
        return Err(Error::invalid("group", MessageId::RefusalGroupGone));
    }
    c.prepare_cached(
        "INSERT INTO checkin (kind, at, zone, local_date, mood, craving, person_id, group_id, channel, direction, support_kind, note, idem_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        n.data.kind().as_str(),
        to_ms(n.at),
        n.zone.name(),
        day.to_string(),
        mood,
        craving,
        person,
        group,
        channel.map(Channel::as_str),
        direction.map(Direction::as_str),
        support_kind.map(SupportKind::as_str),
        note,
        key,
    ])?;
    // Built from what was just written rather than read back: one statement less per tap.
    Ok(Checkin {
        id: c.last_insert_rowid(),
        kind: n.data.kind(),
        at: from_ms(to_ms(n.at)),
        zone: n.zone.name().to_string(),
        local_date: day,
        mood,
        craving,
        person_id: person,
        group_id: group,
        channel,
        direction,
        support_kind,
        note,
        idempotency_key: key.map(str::to_string),
    })
}

impl Store {
    /// Logs a check-in as one durable transaction; when this returns, it survives a crash.
    pub fn log_checkin(&self, n: &NewCheckin) -> Result<Checkin> {
        self.write(|tx| insert(tx, n))
    }

    /// Logs a check-in from a shell at `now` (its `at` when given), one durable transaction.
    pub fn log_checkin_input(&self, input: CheckinInput, now: DateTime<Utc>) -> Result<Checkin> {
        let new = NewCheckin {
            zone: crate::time::parse_zone("zone", &input.zone)?,
            at: input.at.unwrap_or(now),
            data: input.data,
            note: input.note,
            idempotency_key: input.idempotency_key,
        };
        self.log_checkin(&new)
    }

    /// Logs several check-ins as one transaction (an import, a backfill): all or none.
    pub fn log_checkins(&self, items: &[NewCheckin]) -> Result<Vec<Checkin>> {
        self.write(|tx| items.iter().map(|n| insert(tx, n)).collect())
    }

    /// One check-in by id.
    pub fn checkin(&self, id: i64) -> Result<Checkin> {
        self.read(|c| get(c, id))
    }

    /// Check-ins matching `q`, newest first.
    pub fn checkins(&self, q: &CheckinQuery) -> Result<Vec<Checkin>> {
        let limit = q.limit.unwrap_or(100);
        self.read(|c| {
            let mut st = c.prepare_cached(&format!(
                "SELECT {COLS} FROM checkin
                 WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR person_id = ?2) AND (?3 IS NULL OR group_id = ?3)
                   AND (?4 IS NULL OR local_date >= ?4) AND (?5 IS NULL OR local_date <= ?5)
                 ORDER BY at DESC, id DESC LIMIT ?6"
            ))?;
            let rows = st.query_map(
                params![
                    q.kind.map(CheckinKind::as_str),
                    q.person_id,
                    q.group_id,
                    q.from.map(|d| d.to_string()),
                    q.to.map(|d| d.to_string()),
                    limit
                ],
                from_row,
            )?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Deletes one check-in (a mistaken entry).
    pub fn remove_checkin(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM checkin WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
