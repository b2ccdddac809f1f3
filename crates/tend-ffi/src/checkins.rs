//! The check-in log: daily check-ins, contacts, meetings, gratitude and SOS use.

use std::time::SystemTime;

use chrono::Utc;
use tend_core::checkins as core;

use crate::convert::{date, from_instant, instant, parse_opt_date, zone};
use crate::model::{Channel, CheckinKind, Direction, SupportKind, map};
use crate::{TendError, TendStore};

/// What happened, with the details each kind needs.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
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
    /// A meeting of this group attended.
    Meeting { group_id: i64 },
    /// Gratitude to a person (the text is the check-in's note).
    Gratitude { person_id: i64 },
    /// The SOS view was used.
    Sos,
}

impl From<CheckinData> for core::CheckinData {
    fn from(d: CheckinData) -> Self {
        match d {
            CheckinData::Daily { mood, craving } => core::CheckinData::Daily { mood, craving },
            CheckinData::Contact {
                person_id,
                channel,
                direction,
                support,
            } => core::CheckinData::Contact {
                person_id,
                channel: channel.into(),
                direction: direction.into(),
                support: support.map(Into::into),
            },
            CheckinData::Meeting { group_id } => core::CheckinData::Meeting { group_id },
            CheckinData::Gratitude { person_id } => core::CheckinData::Gratitude { person_id },
            CheckinData::Sos => core::CheckinData::Sos,
        }
    }
}

/// A check-in to log.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CheckinInput {
    pub data: CheckinData,
    /// The device's IANA zone, which fixes the check-in's local day.
    pub zone: String,
    #[uniffi(default)]
    pub note: Option<String>,
    /// Logging again with the same key stores nothing new and returns the first check-in (a
    /// double tap, a retried request).
    #[uniffi(default)]
    pub idempotency_key: Option<String>,
    /// When it happened; none = now.
    #[uniffi(default)]
    pub at: Option<SystemTime>,
}

/// A stored check-in. Fields that do not apply to its kind are empty.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Checkin {
    pub id: i64,
    pub kind: CheckinKind,
    pub at: SystemTime,
    /// The zone it was logged in.
    pub zone: String,
    /// "YYYY-MM-DD" in `zone`.
    pub local_date: String,
    /// 1–5; empty for a daily check-in confirmed from a reminder without rating the day.
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

impl From<core::Checkin> for Checkin {
    fn from(c: core::Checkin) -> Self {
        Checkin {
            id: c.id,
            kind: c.kind.into(),
            at: instant(c.at),
            zone: c.zone,
            local_date: date(c.local_date),
            mood: c.mood,
            craving: c.craving,
            person_id: c.person_id,
            group_id: c.group_id,
            channel: c.channel.map(Into::into),
            direction: c.direction.map(Into::into),
            support_kind: c.support_kind.map(Into::into),
            note: c.note,
            idempotency_key: c.idempotency_key,
        }
    }
}

/// Which check-ins to list; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct CheckinQuery {
    #[uniffi(default)]
    pub kind: Option<CheckinKind>,
    #[uniffi(default)]
    pub person_id: Option<i64>,
    #[uniffi(default)]
    pub group_id: Option<i64>,
    /// Local dates from, inclusive ("YYYY-MM-DD").
    #[uniffi(default)]
    pub from: Option<String>,
    /// Local dates to, inclusive ("YYYY-MM-DD").
    #[uniffi(default)]
    pub to: Option<String>,
    /// Newest first, at most this many (default 100).
    #[uniffi(default)]
    pub limit: Option<u32>,
}

impl TryFrom<CheckinQuery> for core::CheckinQuery {
    type Error = tend_core::Error;
    fn try_from(q: CheckinQuery) -> tend_core::Result<Self> {
        Ok(core::CheckinQuery {
            kind: q.kind.map(Into::into),
            person_id: q.person_id,
            group_id: q.group_id,
            from: parse_opt_date("from", q.from.as_deref())?,
            to: parse_opt_date("to", q.to.as_deref())?,
            limit: q.limit,
        })
    }
}

#[uniffi::export]
impl TendStore {
    /// Logs a check-in as one durable transaction: when this returns, it survives a crash.
    pub fn log_checkin(&self, input: CheckinInput) -> Result<Checkin, TendError> {
        let now = Utc::now();
        self.call(|s| {
            let new = core::NewCheckin {
                zone: zone(&input.zone)?,
                at: input.at.map(|at| from_instant("at", at)).transpose()?.unwrap_or(now),
                data: input.data.into(),
                note: input.note,
                idempotency_key: input.idempotency_key,
            };
            Ok(s.log_checkin(&new)?.into())
        })
    }

    /// Check-ins matching `query`, newest first.
    pub fn checkins(&self, query: CheckinQuery) -> Result<Vec<Checkin>, TendError> {
        self.call(|s| Ok(map(s.checkins(&query.try_into()?)?)))
    }

    /// One check-in by id.
    pub fn checkin(&self, id: i64) -> Result<Checkin, TendError> {
        self.call(|s| Ok(s.checkin(id)?.into()))
    }

    /// Deletes one check-in (a mistaken entry).
    pub fn remove_checkin(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_checkin(id))
    }
}
