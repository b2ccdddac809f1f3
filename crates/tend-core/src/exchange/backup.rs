//! The backup: every piece of the user's data in one versioned JSON document, optionally
//! encrypted with a passphrase (age, scrypt), and restored in one transaction.
//!
//! The document is written from the stored rows, ids included, in a fixed order with fixed
//! formatting, so export → import → export gives the same bytes. Device-local state (the
//! reminder ledger: what this phone handed to its OS) is not user data and is never included;
//! a restored store plans its reminders afresh. The schema is documented in the README
//! ("Your data in and out").

use std::collections::BTreeMap;

use age::secrecy::SecretString;
use chrono::{DateTime, SecondsFormat};
use rusqlite::{Connection, ErrorCode, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{
    Channel, CheckinKind, ContactKind, Direction, GroupKind, Importance, Period, Role, ShareItem, SupportKind,
};
use crate::store::Store;
use crate::time::{fmt_hhmm, from_ms, parse_date, parse_hhmm, parse_zone};

/// The `format` field every backup carries.
pub const BACKUP_FORMAT: &str = "tend-backup";
/// The newest backup version this code writes and reads.
pub const BACKUP_VERSION: u32 = 1;

/// The first bytes of every age file; anything else is read as plain JSON.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";
/// The scrypt work factor (log2 N) Tend encrypts backups with: about a second and 256 MiB on
/// a current phone. Fixed rather than measured, so a backup made on a fast computer still
/// restores on a slow phone.
pub const WORK_FACTOR: u8 = 18;
/// The largest scrypt work factor a backup may ask for. Each step doubles time and memory: a
/// hostile header with 22 would cost 4 GiB and many seconds before the passphrase is even
/// checked, so anything above this is refused before any scrypt work.
pub const MAX_WORK_FACTOR: u8 = 20;

/// How much a restore brought in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BackupSummary {
    pub networks: u32,
    pub people: u32,
    pub needs: u32,
    pub groups: u32,
    pub meetings: u32,
    pub checkins: u32,
    pub goals: u32,
    pub settings: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Doc {
    pub(crate) format: String,
    pub(crate) version: u32,
    pub(crate) networks: Vec<NetworkRow>,
    pub(crate) people: Vec<PersonRow>,
    pub(crate) needs: Vec<NeedRow>,
    pub(crate) groups: Vec<GroupRow>,
    pub(crate) checkins: Vec<CheckinRow>,
    pub(crate) goals: Vec<GoalRow>,
    pub(crate) settings: BTreeMap<String, String>,
    /// What each partner may see. Absent from backups made before sharing existed, and left out
    /// when empty, so those backups restore and read exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) consent: Vec<ConsentRow>,
}

/// Read first, with everything else ignored, so a newer backup is named as newer rather than
/// as malformed.
#[derive(Deserialize)]
pub(crate) struct Header {
    pub(crate) format: Option<String>,
    pub(crate) version: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NetworkRow {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) focus: Option<String>,
    pub(crate) since: Option<String>,
    pub(crate) created_at: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonRow {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) role: String,
    pub(crate) support: Vec<String>,
    pub(crate) contacts: Vec<ContactRow>,
    pub(crate) cadence_days: Option<u32>,
    pub(crate) windows: Vec<WindowRow>,
    pub(crate) emergency: bool,
    pub(crate) avoid: bool,
    pub(crate) notes: Option<String>,
    pub(crate) networks: Vec<i64>,
    pub(crate) created_at: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactRow {
    pub(crate) kind: String,
    pub(crate) value: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WindowRow {
    pub(crate) weekday: u8,
    pub(crate) start: String,
    pub(crate) end: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NeedRow {
    pub(crate) id: i64,
    pub(crate) network_id: i64,
    pub(crate) kind: String,
    pub(crate) importance: String,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupRow {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) kind: String,
    pub(crate) network_id: Option<i64>,
    pub(crate) address: Option<String>,
    pub(crate) online_url: Option<String>,
    pub(crate) online_phone: Option<String>,
    pub(crate) notes: Option<String>,
    pub(crate) types: Vec<String>,
    pub(crate) feed_slug: Option<String>,
    pub(crate) meetings: Vec<MeetingRow>,
    pub(crate) members: Vec<i64>,
    pub(crate) created_at: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MeetingRow {
    pub(crate) id: i64,
    pub(crate) weekday: Option<u8>,
    pub(crate) time: Option<String>,
    pub(crate) duration_minutes: u32,
    pub(crate) timezone: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CheckinRow {
    pub(crate) id: i64,
    pub(crate) kind: String,
    pub(crate) at: String,
    pub(crate) zone: String,
    pub(crate) local_date: String,
    pub(crate) mood: Option<u8>,
    pub(crate) craving: Option<u8>,
    pub(crate) person_id: Option<i64>,
    pub(crate) group_id: Option<i64>,
    pub(crate) channel: Option<String>,
    pub(crate) direction: Option<String>,
    pub(crate) support_kind: Option<String>,
    pub(crate) note: Option<String>,
    pub(crate) idempotency_key: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GoalRow {
    pub(crate) id: i64,
    pub(crate) network_id: i64,
    pub(crate) title: String,
    pub(crate) kind: String,
    pub(crate) person_id: Option<i64>,
    pub(crate) group_id: Option<i64>,
    pub(crate) target: u32,
    pub(crate) period: String,
    pub(crate) partner_id: Option<i64>,
    pub(crate) start_date: String,
    pub(crate) created_at: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConsentRow {
    pub(crate) person_id: i64,
    pub(crate) item: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) decline_days: Option<u32>,
    pub(crate) granted_at: String,
}

/// Every consent row, by person and item.
pub(crate) const CONSENT_SQL: &str =
    "SELECT person_id, item, decline_days, granted_at FROM partner_consent ORDER BY person_id, item";

pub(crate) fn consent_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConsentRow> {
    Ok(ConsentRow {
        person_id: r.get(0)?,
        item: r.get(1)?,
        decline_days: r.get(2)?,
        granted_at: stamp(r.get(3)?),
    })
}

fn bad(problem: impl Into<Message>) -> Error {
    Error::invalid("backup", problem)
}

/// A value in the backup that this version cannot read back (a date, a time, a spelling).
fn damaged() -> Error {
    bad(MessageId::RefusalBackupDamaged)
}

/// Where the JSON stopped making sense: its line and column (never the text there, which can
/// be a name or a note).
fn malformed(e: &serde_json::Error) -> Error {
    bad(Message::new(MessageId::RefusalBackupMalformed)
        .num("line", i64::try_from(e.line()).unwrap_or(i64::MAX))
        .num("column", i64::try_from(e.column()).unwrap_or(i64::MAX)))
}

/// Instants are written as RFC 3339 UTC with milliseconds, exactly what the store keeps.
pub(crate) fn stamp(ms: i64) -> String {
    from_ms(ms).to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn unstamp(s: &str) -> Result<i64> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.timestamp_millis())
        .map_err(|_| damaged())
}

pub(crate) fn hhmm(m: i64) -> String {
    fmt_hhmm(u16::try_from(m).unwrap_or(0))
}

/// A closed-set value must be spelled exactly as this version stores it.
fn spelled<T: Copy>(s: &str, parse: fn(&str) -> Result<T>, as_str: fn(T) -> &'static str) -> Result<()> {
    match parse(s) {
        Ok(v) if as_str(v) == s => Ok(()),
        _ => Err(damaged()),
    }
}

/// The columns each record's table is read with, the first being its id (the rowid), shared by
/// the backup and the salvage of a damaged store so the two can never disagree on a field.
pub(crate) const NETWORK_SQL: &str = "SELECT id, name, focus, since, created_at FROM network";
pub(crate) const PERSON_SQL: &str =
    "SELECT id, name, role, cadence_days, emergency, avoid, notes, created_at FROM person";
pub(crate) const NEED_SQL: &str = "SELECT id, network_id, kind, importance, note FROM need";
pub(crate) const GROUP_SQL: &str = "SELECT id, name, kind, network_id, address, online_url, online_phone, notes, types, \
                                    feed_slug, created_at FROM support_group";
pub(crate) const CHECKIN_SQL: &str = "SELECT id, kind, at, zone, local_date, mood, craving, person_id, group_id, channel, \
                                      direction, support_kind, note, idem_key FROM checkin";
pub(crate) const GOAL_SQL: &str = "SELECT id, network_id, title, kind, person_id, group_id, target, period, partner_id, \
                                   start_date, created_at FROM goal";

pub(crate) fn network_row(r: &Row<'_>) -> rusqlite::Result<NetworkRow> {
    Ok(NetworkRow {
        id: r.get(0)?,
        name: r.get(1)?,
        focus: r.get(2)?,
        since: r.get(3)?,
        created_at: stamp(r.get(4)?),
    })
}

/// A person without the parts kept in other tables (support, contacts, windows, networks).
pub(crate) fn person_row(r: &Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        support: Vec::new(),
        contacts: Vec::new(),
        cadence_days: r.get(3)?,
        windows: Vec::new(),
        emergency: r.get(4)?,
        avoid: r.get(5)?,
        notes: r.get(6)?,
        networks: Vec::new(),
        created_at: stamp(r.get(7)?),
    })
}

pub(crate) fn need_row(r: &Row<'_>) -> rusqlite::Result<NeedRow> {
    Ok(NeedRow {
        id: r.get(0)?,
        network_id: r.get(1)?,
        kind: r.get(2)?,
        importance: r.get(3)?,
        note: r.get(4)?,
    })
}

/// A group without its meetings and members (other tables).
pub(crate) fn group_row(r: &Row<'_>) -> rusqlite::Result<GroupRow> {
    Ok(GroupRow {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        network_id: r.get(3)?,
        address: r.get(4)?,
        online_url: r.get(5)?,
        online_phone: r.get(6)?,
        notes: r.get(7)?,
        // Unreadable codes read as none, as everywhere else in the app.
        types: serde_json::from_str(&r.get::<_, String>(8)?).unwrap_or_default(),
        feed_slug: r.get(9)?,
        meetings: Vec::new(),
        members: Vec::new(),
        created_at: stamp(r.get(10)?),
    })
}

pub(crate) fn checkin_row(r: &Row<'_>) -> rusqlite::Result<CheckinRow> {
    Ok(CheckinRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        at: stamp(r.get(2)?),
        zone: r.get(3)?,
        local_date: r.get(4)?,
        mood: r.get(5)?,
        craving: r.get(6)?,
        person_id: r.get(7)?,
        group_id: r.get(8)?,
        channel: r.get(9)?,
        direction: r.get(10)?,
        support_kind: r.get(11)?,
        note: r.get(12)?,
        idempotency_key: r.get(13)?,
    })
}

pub(crate) fn goal_row(r: &Row<'_>) -> rusqlite::Result<GoalRow> {
    Ok(GoalRow {
        id: r.get(0)?,
        network_id: r.get(1)?,
        title: r.get(2)?,
        kind: r.get(3)?,
        person_id: r.get(4)?,
        group_id: r.get(5)?,
        target: r.get(6)?,
        period: r.get(7)?,
        partner_id: r.get(8)?,
        start_date: r.get(9)?,
        created_at: stamp(r.get(10)?),
    })
}

/// Every row of `sql` (one of the `*_SQL` above) in id order.
fn all_rows<T>(c: &Connection, sql: &str, map: fn(&Row<'_>) -> rusqlite::Result<T>) -> Result<Vec<T>> {
    Ok(c.prepare(&format!("{sql} ORDER BY id"))?
        .query_map([], map)?
        .collect::<rusqlite::Result<_>>()?)
}

fn read_doc(c: &Connection) -> Result<Doc> {
    let networks = all_rows(c, NETWORK_SQL, network_row)?;

    let mut people = all_rows(c, PERSON_SQL, person_row)?;
    let index: BTreeMap<i64, usize> = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut st = c.prepare("SELECT person_id, kind FROM person_support ORDER BY person_id, kind")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            people[i].support.push(r.get(1)?);
        }
    }
    let mut st = c.prepare("SELECT person_id, kind, value FROM contact_method ORDER BY person_id, id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            people[i].contacts.push(ContactRow {
                kind: r.get(1)?,
                value: r.get(2)?,
            });
        }
    }
    let mut st = c.prepare(
        "SELECT person_id, weekday, start_min, end_min FROM contact_window
         ORDER BY person_id, weekday, start_min, end_min, id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            people[i].windows.push(WindowRow {
                weekday: r.get(1)?,
                start: hhmm(r.get(2)?),
                end: hhmm(r.get(3)?),
            });
        }
    }
    let mut st = c.prepare("SELECT person_id, network_id FROM network_member ORDER BY person_id, network_id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            people[i].networks.push(r.get(1)?);
        }
    }

    let needs = all_rows(c, NEED_SQL, need_row)?;

    let mut groups = all_rows(c, GROUP_SQL, group_row)?;
    let index: BTreeMap<i64, usize> = groups.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    let mut st = c.prepare(
        "SELECT group_id, id, weekday, start_min, duration_minutes, timezone FROM meeting ORDER BY group_id, id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            groups[i].meetings.push(MeetingRow {
                id: r.get(1)?,
                weekday: r.get(2)?,
                time: r.get::<_, Option<i64>>(3)?.map(hhmm),
                duration_minutes: r.get(4)?,
                timezone: r.get(5)?,
            });
        }
    }
    let mut st = c.prepare("SELECT group_id, person_id FROM group_member ORDER BY group_id, person_id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            groups[i].members.push(r.get(1)?);
        }
    }

    let checkins = all_rows(c, CHECKIN_SQL, checkin_row)?;

    let goals = all_rows(c, GOAL_SQL, goal_row)?;

    let mut settings = BTreeMap::new();
    let mut st = c.prepare("SELECT key, value FROM setting ORDER BY key")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        settings.insert(r.get(0)?, r.get(1)?);
    }

    let consent = c
        .prepare(CONSENT_SQL)?
        .query_map([], consent_row)?
        .collect::<rusqlite::Result<_>>()?;

    Ok(Doc {
        format: BACKUP_FORMAT.to_string(),
        version: BACKUP_VERSION,
        networks,
        people,
        needs,
        groups,
        checkins,
        goals,
        settings,
        consent,
    })
}

/// Everything a restore checks before it touches the store: closed sets spelled as stored,
/// weekdays, times, zones and dates readable. References between records are checked by the
/// database's foreign keys inside the restore's transaction.
fn check(doc: &Doc) -> Result<()> {
    for n in &doc.networks {
        if let Some(s) = &n.since {
            parse_date("backup", s).map_err(|_| damaged())?;
        }
        unstamp(&n.created_at)?;
    }
    for p in &doc.people {
        spelled(&p.role, Role::parse, Role::as_str)?;
        for k in &p.support {
            spelled(k, SupportKind::parse, SupportKind::as_str)?;
        }
        for c in &p.contacts {
            spelled(&c.kind, ContactKind::parse, ContactKind::as_str)?;
        }
        for w in &p.windows {
            if w.weekday > 6 {
                return Err(damaged());
            }
            parse_hhmm("backup", &w.start).map_err(|_| damaged())?;
            parse_hhmm("backup", &w.end).map_err(|_| damaged())?;
        }
        unstamp(&p.created_at)?;
    }
    for n in &doc.needs {
        spelled(&n.kind, SupportKind::parse, SupportKind::as_str)?;
        spelled(&n.importance, Importance::parse, Importance::as_str)?;
    }
    for g in &doc.groups {
        spelled(&g.kind, GroupKind::parse, GroupKind::as_str)?;
        for m in &g.meetings {
            if m.weekday.is_some_and(|w| w > 6) {
                return Err(damaged());
            }
            if let Some(t) = &m.time {
                parse_hhmm("backup", t).map_err(|_| damaged())?;
            }
            parse_zone("backup", &m.timezone).map_err(|_| damaged())?;
        }
        unstamp(&g.created_at)?;
    }
    for c in &doc.checkins {
        spelled(&c.kind, CheckinKind::parse, CheckinKind::as_str)?;
        unstamp(&c.at)?;
        parse_zone("backup", &c.zone).map_err(|_| damaged())?;
        parse_date("backup", &c.local_date).map_err(|_| damaged())?;
        if let Some(v) = &c.channel {
            spelled(v, Channel::parse, Channel::as_str)?;
        }
        if let Some(v) = &c.direction {
            spelled(v, Direction::parse, Direction::as_str)?;
        }
        if let Some(v) = &c.support_kind {
            spelled(v, SupportKind::parse, SupportKind::as_str)?;
        }
    }
    for g in &doc.goals {
        spelled(&g.kind, CheckinKind::parse, CheckinKind::as_str)?;
        spelled(&g.period, Period::parse, Period::as_str)?;
        parse_date("backup", &g.start_date).map_err(|_| damaged())?;
        unstamp(&g.created_at)?;
    }
    for x in &doc.consent {
        spelled(&x.item, ShareItem::parse, ShareItem::as_str)?;
        unstamp(&x.granted_at)?;
    }
    Ok(())
}

/// The tables a restore fills, children before parents for deleting.
const USER_TABLES: &[&str] = &[
    "partner_consent",
    "checkin",
    "goal",
    "need",
    "group_member",
    "meeting",
    "support_group",
    "network_member",
    "contact_window",
    "contact_method",
    "person_support",
    "person",
    "network",
    "setting",
];

fn has_records(c: &Connection) -> Result<bool> {
    // Settings alone do not count: a user may change one before restoring on a new phone.
    Ok(c.query_row(
        "SELECT EXISTS(SELECT 1 FROM network) OR EXISTS(SELECT 1 FROM person) OR EXISTS(SELECT 1 FROM support_group)
             OR EXISTS(SELECT 1 FROM checkin) OR EXISTS(SELECT 1 FROM goal) OR EXISTS(SELECT 1 FROM need)",
        [],
        |r| r.get(0),
    )?)
}

fn write_doc(c: &Connection, doc: &Doc) -> Result<BackupSummary> {
    let mut sum = BackupSummary::default();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    for n in &doc.networks {
        c.prepare_cached("INSERT INTO network (id, name, focus, since, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![n.id, n.name, n.focus, n.since, unstamp(&n.created_at)?])?;
    }
    for p in &doc.people {
        c.prepare_cached(
            "INSERT INTO person (id, name, role, cadence_days, emergency, avoid, notes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            p.id,
            p.name,
            p.role,
            p.cadence_days,
            p.emergency,
            p.avoid,
            p.notes,
            unstamp(&p.created_at)?
        ])?;
        for k in &p.support {
            c.prepare_cached("INSERT INTO person_support (person_id, kind) VALUES (?1, ?2)")?
                .execute(params![p.id, k])?;
        }
        for m in &p.contacts {
            c.prepare_cached("INSERT INTO contact_method (person_id, kind, value) VALUES (?1, ?2, ?3)")?
                .execute(params![p.id, m.kind, m.value])?;
        }
        for w in &p.windows {
            c.prepare_cached(
                "INSERT INTO contact_window (person_id, weekday, start_min, end_min) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                p.id,
                w.weekday,
                parse_hhmm("backup", &w.start)?,
                parse_hhmm("backup", &w.end)?
            ])?;
        }
        for n in &p.networks {
            c.prepare_cached("INSERT INTO network_member (network_id, person_id) VALUES (?1, ?2)")?
                .execute(params![n, p.id])?;
        }
    }
    for n in &doc.needs {
        c.prepare_cached("INSERT INTO need (id, network_id, kind, importance, note) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![n.id, n.network_id, n.kind, n.importance, n.note])?;
    }
    for g in &doc.groups {
        let types = serde_json::to_string(&g.types).map_err(|_| damaged())?;
        c.prepare_cached(
            "INSERT INTO support_group (id, name, kind, network_id, address, online_url, online_phone, notes, types,
                                        feed_slug, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            g.id,
            g.name,
            g.kind,
            g.network_id,
            g.address,
            g.online_url,
            g.online_phone,
            g.notes,
            types,
            g.feed_slug,
            unstamp(&g.created_at)?
        ])?;
        for m in &g.meetings {
            let start = m.time.as_deref().map(|t| parse_hhmm("backup", t)).transpose()?;
            c.prepare_cached(
                "INSERT INTO meeting (id, group_id, weekday, start_min, duration_minutes, timezone)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![m.id, g.id, m.weekday, start, m.duration_minutes, m.timezone])?;
            sum.meetings += 1;
        }
        for p in &g.members {
            c.prepare_cached("INSERT INTO group_member (group_id, person_id) VALUES (?1, ?2)")?
                .execute(params![g.id, p])?;
        }
    }
    for k in &doc.checkins {
        c.prepare_cached(
            "INSERT INTO checkin (id, kind, at, zone, local_date, mood, craving, person_id, group_id, channel,
                                  direction, support_kind, note, idem_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?
        .execute(params![
            k.id,
            k.kind,
            unstamp(&k.at)?,
            k.zone,
            k.local_date,
            k.mood,
            k.craving,
            k.person_id,
            k.group_id,
            k.channel,
            k.direction,
            k.support_kind,
            k.note,
            k.idempotency_key
        ])?;
    }
    for g in &doc.goals {
        c.prepare_cached(
            "INSERT INTO goal (id, network_id, title, kind, person_id, group_id, target, period, partner_id,
                               start_date, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            g.id,
            g.network_id,
            g.title,
            g.kind,
            g.person_id,
            g.group_id,
            g.target,
            g.period,
            g.partner_id,
            g.start_date,
            unstamp(&g.created_at)?
        ])?;
    }
    for (k, v) in &doc.settings {
        c.prepare_cached("INSERT INTO setting (key, value) VALUES (?1, ?2)")?
            .execute(params![k, v])?;
    }
    for x in &doc.consent {
        c.prepare_cached(
            "INSERT INTO partner_consent (person_id, item, decline_days, granted_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![x.person_id, x.item, x.decline_days, unstamp(&x.granted_at)?])?;
    }
    // Foreign keys are checked per statement, but a person's network or a goal's group that is
    // missing from the document must be refused too, so look once more over the whole result.
    let dangling: i64 = c.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if dangling > 0 {
        return Err(bad(MessageId::RefusalBackupInconsistent));
    }
    sum.networks = count(doc.networks.len());
    sum.people = count(doc.people.len());
    sum.needs = count(doc.needs.len());
    sum.groups = count(doc.groups.len());
    sum.checkins = count(doc.checkins.len());
    sum.goals = count(doc.goals.len());
    sum.settings = count(doc.settings.len());
    Ok(sum)
}

/// Encrypts `plain` with `passphrase` (age's scrypt recipient, binary age format).
pub fn encrypt(plain: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    if passphrase.is_empty() {
        return Err(Error::invalid("passphrase", MessageId::RefusalEmpty));
    }
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, plain).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
}

/// Whether `bytes` look like an age file rather than plain JSON.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

fn decrypt(bytes: &[u8], passphrase: Option<&str>) -> Result<Vec<u8>> {
    let Some(passphrase) = passphrase else {
        return Err(Error::invalid("passphrase", MessageId::RefusalBackupPassphrase));
    };
    if let Some(n) = scrypt_work_factors(bytes).max()
        && n > MAX_WORK_FACTOR
    {
        return Err(bad(Message::new(MessageId::RefusalBackupWorkFactor)
            .num("factor", n)
            .num("max", MAX_WORK_FACTOR)));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    age::decrypt(&identity, bytes).map_err(|_| bad(MessageId::RefusalBackupDecrypt))
}

/// The work factor of every scrypt stanza in an age header (`-> scrypt SALT N` lines before
/// the `---` line), read without any key derivation; unparsable values count as 255.
fn scrypt_work_factors(bytes: &[u8]) -> impl Iterator<Item = u8> + '_ {
    bytes
        .split(|&b| b == b'\n')
        .take_while(|line| !line.starts_with(b"---"))
        .filter_map(|line| line.strip_prefix(b"-> scrypt "))
        .map(|args| {
            let n = args.rsplit(|&b| b == b' ').next().unwrap_or_default();
            std::str::from_utf8(n)
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(u8::MAX)
        })
}

/// Parses and checks a backup (decrypting it first when it is an age file) without touching
/// any store.
fn parse(bytes: &[u8], passphrase: Option<&str>) -> Result<Doc> {
    let plain;
    let bytes = if is_encrypted(bytes) {
        plain = decrypt(bytes, passphrase)?;
        &plain[..]
    } else {
        bytes
    };
    let text = std::str::from_utf8(bytes).map_err(|_| bad(MessageId::RefusalBackupNotTend))?;
    // serde_json's messages can quote the offending value (a name, a note); say only where.
    let header: Header = serde_json::from_str(text).map_err(|e| malformed(&e))?;
    if header.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(bad(MessageId::RefusalBackupNotTend));
    }
    match header.version {
        Some(v) if v > u64::from(BACKUP_VERSION) => {
            return Err(bad(Message::new(MessageId::RefusalBackupNewer)
                .num("version", i64::try_from(v).unwrap_or(i64::MAX))
                .num("supported", BACKUP_VERSION)));
        }
        Some(v) if v >= 1 => {}
        _ => return Err(damaged()),
    }
    let doc: Doc = serde_json::from_str(text).map_err(|e| malformed(&e))?;
    check(&doc)?;
    super::backup_rules::check(&doc)?;
    Ok(doc)
}

fn constraint_to_invalid(e: Error) -> Error {
    match &e {
        Error::Storage(s) if s.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
            bad(MessageId::RefusalBackupInconsistent)
        }
        _ => e,
    }
}

impl Store {
    /// The whole store as the backup document (plain JSON text, pretty-printed, ending in a
    /// newline). The same data always gives the same bytes.
    pub fn backup_json(&self) -> Result<String> {
        let doc = self.read(read_doc)?;
        let mut text = serde_json::to_string_pretty(&doc).map_err(|e| Error::Io(std::io::Error::other(e)))?;
        text.push('\n');
        Ok(text)
    }

    /// The backup as bytes to write to a file: the JSON document, or with a passphrase the
    /// same document encrypted with age (scrypt). Encryption takes about a second on purpose.
    pub fn export_backup(&self, passphrase: Option<&str>) -> Result<Vec<u8>> {
        let json = self.backup_json()?;
        match passphrase {
            Some(p) => encrypt(json.as_bytes(), p),
            None => Ok(json.into_bytes()),
        }
    }

    /// Restores a backup in one transaction. Into a store without records unless `replace`,
    /// which first deletes every network, person, need, group, check-in, goal and setting. A
    /// malformed, incomplete, wrongly decrypted, inconsistent or newer backup is refused with
    /// `InvalidInput { field: "backup" | "passphrase" }` and the store is left exactly as it was.
    /// The device's reminder ledger is kept: it records what this device's OS was told.
    pub fn import_backup(&self, bytes: &[u8], passphrase: Option<&str>, replace: bool) -> Result<BackupSummary> {
        let doc = parse(bytes, passphrase)?;
        self.write(|tx| {
            if has_records(tx)? && !replace {
                return Err(bad(MessageId::RefusalBackupNotEmpty));
            }
            for t in USER_TABLES {
                tx.execute(&format!("DELETE FROM {t}"), [])?;
            }
            write_doc(tx, &doc)
        })
        .map_err(constraint_to_invalid)
    }
}
