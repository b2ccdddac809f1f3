//! Support groups and their weekly meetings, each meeting in its own time zone.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::GroupKind;
use crate::store::Store;
use crate::time::{Minutes, from_ms, parse_zone, to_ms};
use crate::validate;

/// Longest meeting accepted, in minutes: a whole day, so a 24-hour online room (00:00–23:59 in
/// a feed) can be joined like any other meeting. The directory's feed reader cannot produce a
/// longer one (an end is always within a day of its start), so a directory meeting and a group
/// meet the same rule.
pub const MAX_DURATION: u32 = 24 * 60;

/// A weekly meeting. Without `weekday` and `start` it is "by appointment": kept, never reminded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Meeting {
    pub id: i64,
    /// 0 = Sunday … 6 = Saturday.
    pub weekday: Option<u8>,
    /// Local start, minutes after midnight in `timezone`.
    pub start: Option<Minutes>,
    pub duration_minutes: u32,
    /// The IANA zone the meeting keeps, wherever the user travels.
    pub timezone: String,
}

/// A meeting as entered (no id yet).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeetingInput {
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub weekday: Option<u8>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub start: Option<Minutes>,
    pub duration_minutes: u32,
    pub timezone: String,
}

/// A support group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record), uniffi(name = "SupportGroup"))]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub kind: GroupKind,
    pub network_id: Option<i64>,
    pub address: Option<String>,
    pub online_url: Option<String>,
    pub online_phone: Option<String>,
    pub notes: Option<String>,
    /// Meeting-type codes, as in Meeting Guide ("O" open, "C" closed, "ONL" online, …).
    pub types: Vec<String>,
    /// The Meeting Guide slug this group was imported from, if any.
    pub feed_slug: Option<String>,
    pub meetings: Vec<Meeting>,
    /// People in the group.
    pub members: Vec<i64>,
    pub created_at: DateTime<Utc>,
    /// For a group joined from the meeting directory: whether its feed still lists it (`false` =
    /// no longer listed; it stays the user's). `None` for a group the user made.
    #[serde(default)]
    pub listed: Option<bool>,
}

/// What the user enters to create or replace a group.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GroupInput {
    pub name: String,
    pub kind: GroupKind,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub network_id: Option<i64>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub address: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub online_url: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub online_phone: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub notes: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub types: Vec<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub feed_slug: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub meetings: Vec<MeetingInput>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub members: Vec<i64>,
}

impl GroupInput {
    /// A group with a name and kind and nothing else yet.
    pub fn new(name: impl Into<String>, kind: GroupKind) -> Self {
        GroupInput {
            name: name.into(),
            kind,
            network_id: None,
            address: None,
            online_url: None,
            online_phone: None,
            notes: None,
            types: Vec::new(),
            feed_slug: None,
            meetings: Vec::new(),
            members: Vec::new(),
        }
    }

    pub(crate) fn validated(&self) -> Result<GroupInput> {
        let mut meetings = Vec::with_capacity(self.meetings.len());
        for m in &self.meetings {
            meetings.push(m.validated()?);
        }
        let online_url = validate::text("online url", self.online_url.as_deref())?;
        if let Some(u) = &online_url
            && !(u.starts_with("https://") || u.starts_with("http://"))
        {
            return Err(Error::invalid("online url", MessageId::RefusalUrlHttp));
        }
        let mut members = self.members.clone();
        members.sort_unstable();
        members.dedup();
        Ok(GroupInput {
            name: validate::name("group name", &self.name)?,
            kind: self.kind,
            network_id: self.network_id,
            address: validate::text("address", self.address.as_deref())?,
            online_url,
            online_phone: validate::text("online phone", self.online_phone.as_deref())?,
            notes: validate::text("notes", self.notes.as_deref())?,
            types: validated_types(&self.types)?,
            feed_slug: validate::text("feed slug", self.feed_slug.as_deref())?,
            meetings,
            members,
        })
    }
}

/// "Codes are 1 to 20 letters or digits, like ONL."
pub(crate) fn type_code_problem() -> Message {
    Message::new(MessageId::RefusalMeetingTypeCode)
        .num("max", 20)
        .text("example", "ONL")
}

pub(crate) fn validated_types(types: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(types.len());
    for t in types {
        let t = t.trim();
        if t.is_empty() || t.len() > 20 || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(Error::invalid("meeting type", type_code_problem()));
        }
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    Ok(out)
}

impl MeetingInput {
    pub(crate) fn validated(&self) -> Result<MeetingInput> {
        let tz = parse_zone("meeting time zone", &self.timezone)?;
        if self.weekday.is_some_and(|w| w > 6) {
            return Err(Error::invalid("meeting weekday", MessageId::RefusalWeekdayNumber));
        }
        if self.weekday.is_some() != self.start.is_some() {
            return Err(Error::invalid("meeting", MessageId::RefusalMeetingDayAndTime));
        }
        if self.start.is_some_and(|s| s >= 1440) {
            return Err(Error::invalid("meeting start", MessageId::RefusalTimeOfDay));
        }
        if self.duration_minutes == 0 || self.duration_minutes > MAX_DURATION {
            return Err(Error::invalid(
                "meeting duration",
                Message::new(MessageId::RefusalMinutesRange).num("max", MAX_DURATION),
            ));
        }
        Ok(MeetingInput {
            timezone: tz.name().to_string(),
            ..self.clone()
        })
    }
}

pub(crate) fn load(c: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<Group>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT id, name, kind, network_id, address, online_url, online_phone, notes, feed_slug, created_at, types
         FROM support_group g WHERE {filter} ORDER BY name COLLATE NOCASE, id"
    ))?;
    let mut groups: Vec<Group> = st
        .query_map(args, |r| {
            let kind: String = r.get(2)?;
            Ok(Group {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: GroupKind::parse(&kind).unwrap_or(GroupKind::Other),
                network_id: r.get(3)?,
                address: r.get(4)?,
                online_url: r.get(5)?,
                online_phone: r.get(6)?,
                notes: r.get(7)?,
                types: serde_json::from_str(&r.get::<_, String>(10)?).unwrap_or_default(),
                feed_slug: r.get(8)?,
                meetings: Vec::new(),
                members: Vec::new(),
                created_at: from_ms(r.get(9)?),
                listed: None,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<i64, usize> = groups.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    let mut st = c.prepare_cached(&format!(
        "SELECT group_id, id, weekday, start_min, duration_minutes, timezone FROM meeting
         WHERE group_id IN (SELECT id FROM support_group g WHERE {filter})
         ORDER BY weekday IS NULL, weekday, start_min, id"
    ))?;
    let mut rows = st.query(args)?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            groups[i].meetings.push(Meeting {
                id: r.get(1)?,
                weekday: r.get(2)?,
                start: r.get(3)?,
                duration_minutes: r.get(4)?,
                timezone: r.get(5)?,
            });
        }
    }
    let mut st = c.prepare_cached(&format!(
        "SELECT group_id, person_id FROM group_member
         WHERE group_id IN (SELECT id FROM support_group g WHERE {filter}) ORDER BY person_id"
    ))?;
    let mut rows = st.query(args)?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            groups[i].members.push(r.get(1)?);
        }
    }
    let mut st = c.prepare_cached(&format!(
        "SELECT group_id, max(listed) FROM group_listing
         WHERE group_id IN (SELECT id FROM support_group g WHERE {filter}) GROUP BY group_id"
    ))?;
    let mut rows = st.query(args)?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            groups[i].listed = Some(r.get(1)?);
        }
    }
    Ok(groups)
}

pub(crate) fn exists(c: &Connection, id: i64) -> Result<bool> {
    Ok(
        c.query_row("SELECT 1 FROM support_group WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some(),
    )
}

pub(crate) fn get(c: &Connection, id: i64) -> Result<Group> {
    load(c, "g.id = ?1", &[&id])?
        .pop()
        .ok_or_else(|| Error::not_found("group", id))
}

/// Inserts a validated group (or replaces the one with `id`), its meetings and members.
pub(crate) fn put(c: &Connection, id: Option<i64>, g: &GroupInput, now: DateTime<Utc>) -> Result<i64> {
    if let Some(n) = g.network_id {
        crate::network::get(c, n).map_err(|_| Error::invalid("network", MessageId::RefusalNetworkGone))?;
    }
    for p in &g.members {
        if !crate::people::exists(c, *p)? {
            return Err(Error::invalid("member", MessageId::RefusalPersonGone));
        }
    }
    let types = serde_json::to_string(&g.types).map_err(|_| Error::invalid("meeting type", type_code_problem()))?;
    let id = match id {
        Some(id) => {
            c.execute(
                "UPDATE support_group SET name = ?1, kind = ?2, network_id = ?3, address = ?4, online_url = ?5,
                 online_phone = ?6, notes = ?7, feed_slug = ?8, types = ?10 WHERE id = ?9",
                params![
                    g.name,
                    g.kind.as_str(),
                    g.network_id,
                    g.address,
                    g.online_url,
                    g.online_phone,
                    g.notes,
                    g.feed_slug,
                    id,
                    types
                ],
            )?;
            c.execute("DELETE FROM meeting WHERE group_id = ?1", [id])?;
            c.execute("DELETE FROM group_member WHERE group_id = ?1", [id])?;
            id
        }
        None => {
            // Cached: a Meeting Guide import inserts thousands of groups in one transaction.
            // The slug's UNIQUE constraint is the check for a repeated slug (no extra lookup).
            c.prepare_cached(
                "INSERT INTO support_group (name, kind, network_id, address, online_url, online_phone, notes, feed_slug, created_at, types)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(
                params![g.name, g.kind.as_str(), g.network_id, g.address, g.online_url, g.online_phone, g.notes, g.feed_slug, to_ms(now), types],
            )
            .map_err(|e| match e.sqlite_error() {
                Some(f) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
                    Error::invalid("feed slug", MessageId::RefusalSlugTaken)
                }
                _ => e.into(),
            })?;
            c.last_insert_rowid()
        }
    };
    let mut ins = c.prepare_cached(
        "INSERT INTO meeting (group_id, weekday, start_min, duration_minutes, timezone) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for m in &g.meetings {
        ins.execute(params![id, m.weekday, m.start, m.duration_minutes, m.timezone])?;
    }
    let mut mem = c.prepare_cached("INSERT INTO group_member (group_id, person_id) VALUES (?1, ?2)")?;
    for p in &g.members {
        mem.execute(params![id, p])?;
    }
    Ok(id)
}

impl Store {
    /// Adds a group with its meetings and members.
    pub fn add_group(&self, input: &GroupInput, now: DateTime<Utc>) -> Result<Group> {
        let g = input.validated()?;
        self.write(|tx| {
            let id = put(tx, None, &g, now)?;
            get(tx, id)
        })
    }

    /// Replaces a group's details, meetings and members.
    pub fn update_group(&self, id: i64, input: &GroupInput) -> Result<Group> {
        let g = input.validated()?;
        self.write(|tx| {
            let old = get(tx, id)?;
            put(tx, Some(id), &g, old.created_at)?;
            get(tx, id)
        })
    }

    /// Removes a group and its meetings; attendance stays in the log.
    pub fn remove_group(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM support_group WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// One group by id.
    pub fn group(&self, id: i64) -> Result<Group> {
        self.read(|c| get(c, id))
    }

    /// All groups, by name.
    pub fn groups(&self) -> Result<Vec<Group>> {
        self.read(|c| load(c, "1", &[]))
    }

    /// A group by id or exact name (ignoring case).
    pub fn find_group(&self, id_or_name: &str) -> Result<Group> {
        self.read(|c| {
            let key = id_or_name.trim();
            if let Ok(id) = key.parse::<i64>() {
                return get(c, id);
            }
            let id: Option<i64> = c
                .query_row(
                    "SELECT id FROM support_group WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            id.map_or_else(
                || Err(Error::not_found("group", crate::error::BY_NAME)),
                |id| get(c, id),
            )
        })
    }
}

/// A weekly meeting as the user sees it where they are: its next start, and that start's
/// weekday and time of day in the user's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeetingTime {
    pub group_id: i64,
    pub meeting_id: i64,
    /// The next start (a meeting starting now counts until its start has passed).
    pub next_start: DateTime<Utc>,
    /// 0 = Sunday … 6 = Saturday, in the user's zone.
    pub weekday: u8,
    /// Minutes after midnight in the user's zone.
    pub start: Minutes,
    /// The user's wall clock differs from the meeting's own (another zone's offset, or a day
    /// apart): show the meeting's own time too.
    pub differs: bool,
}

/// The next start of each of `groups`' weekly meetings after `now`, seen in zone `tz`, soonest
/// first. Meetings by appointment have none and are left out.
pub fn meeting_times(groups: &[Group], now: DateTime<Utc>, tz: chrono_tz::Tz) -> Vec<MeetingTime> {
    let mut out: Vec<MeetingTime> = groups
        .iter()
        .flat_map(|g| g.meetings.iter().map(move |m| (g.id, m)))
        .filter_map(|(group_id, m)| {
            // Eight days: a weekly meeting always starts once in them, even across a DST change.
            let next = m.occurrences(now, now + chrono::Duration::days(8)).into_iter().next()?;
            let (day, start) = crate::time::local_day_minute(next, tz);
            let weekday = crate::time::weekday_num(chrono::Datelike::weekday(&day));
            Some(MeetingTime {
                group_id,
                meeting_id: m.id,
                next_start: next,
                weekday,
                start,
                differs: (Some(weekday), Some(start)) != (m.weekday, m.start),
            })
        })
        .collect();
    out.sort_by_key(|t| (t.next_start, t.group_id, t.meeting_id));
    out
}

impl Store {
    /// Every group's weekly meetings as the user sees them at `now` in zone `tz`, soonest first.
    pub fn meeting_times(&self, now: DateTime<Utc>, tz: chrono_tz::Tz) -> Result<Vec<MeetingTime>> {
        Ok(meeting_times(&self.groups()?, now, tz))
    }
}

impl Meeting {
    /// Start instants of this meeting in `[from, to)`, in its own zone; a start in a DST gap
    /// moves forward, one in an overlap happens once.
    pub fn occurrences(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let (Some(weekday), Some(start), Ok(tz)) = (self.weekday, self.start, self.timezone.parse::<chrono_tz::Tz>())
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut day = crate::time::local_date(from, tz) - chrono::Duration::days(1);
        let last = crate::time::local_date(to, tz) + chrono::Duration::days(1);
        while day <= last {
            if crate::time::weekday_num(chrono::Datelike::weekday(&day)) == weekday {
                let at = crate::time::resolve_local(day, start, tz);
                if at >= from && at < to {
                    out.push(at);
                }
            }
            day += chrono::Duration::days(1);
        }
        out
    }
}
