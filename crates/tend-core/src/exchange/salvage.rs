//! Salvage: every record that can still be read from a damaged store, written as an ordinary
//! backup (the same document `tend import` restores), with a report of what could not be read.
//!
//! The damaged file is only read: through an immutable view when there is no WAL, else through a
//! read-only connection that never checkpoints. Every page is read on its own and every row on a
//! page that reads back is recovered (`salvage_pages.rs`), so a damaged page loses only the rows
//! stored on it, and "wrong key" means the first page does not decrypt. Where this SQLite cannot
//! read pages, each table is read in id order instead; where a damaged page breaks that read, the
//! reader steps past it (probing ever further ids, then narrowing down to the first readable one)
//! and notes the range it could not read. References to records that were lost are dropped the
//! way deleting that record would have dropped them, so the salvage always restores.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rusqlite::{Connection, OpenFlags, Row, params};
use serde::{Deserialize, Serialize};

use super::backup::{
    CHECKIN_SQL, CheckinRow, ContactRow, Doc, GOAL_SQL, GROUP_SQL, GoalRow, GroupRow, MeetingRow, NEED_SQL,
    NETWORK_SQL, NeedRow, NetworkRow, PERSON_SQL, PersonRow, WindowRow, checkin_row, goal_row, group_row, hhmm,
    need_row, network_row, person_row,
};
use crate::error::{Error, Result};
use crate::store::{KEY_LEN, Store, files, is_corruption, key_length_problem};

/// What a salvage brought out, and what it could not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SalvageReport {
    /// Records written to the salvage file, by kind.
    pub networks: u32,
    pub people: u32,
    pub needs: u32,
    pub groups: u32,
    pub meetings: u32,
    pub checkins: u32,
    pub goals: u32,
    pub settings: u32,
    /// What could not be read, one line each ("check-ins with ids 120 to 311"). Empty when
    /// everything was read.
    pub unreadable: Vec<String>,
    /// References to records that could not be read, dropped so the file restores (a
    /// membership, a check-in's person, a goal whose network was lost).
    pub dropped_references: u32,
}

impl SalvageReport {
    /// Whether every record was read.
    pub fn complete(&self) -> bool {
        self.unreadable.is_empty()
    }
}

/// A salvaged store: the backup document and what went into it.
#[derive(Debug, Clone)]
pub struct Salvage {
    /// The backup document (plain JSON, the same format as `Store::backup_json`).
    pub json: String,
    pub report: SalvageReport,
}

/// The longest run of probes past one damaged stretch; ids are 64-bit, so doubling the step
/// reaches past any id within this.
const MAX_PROBES: u32 = 200;
const BATCH: i64 = 500;

fn check_args(db: &Path, key: &[u8]) -> Result<()> {
    if key.len() != KEY_LEN {
        return Err(Error::invalid("key", key_length_problem(key.len())));
    }
    if !db.is_file() {
        return Err(Error::not_found("database file", db.display()));
    }
    Ok(())
}

fn open_read_only(db: &Path, key: &[u8]) -> Result<Connection> {
    check_args(db, key)?;
    let wal = files::database_files(db).swap_remove(1);
    // Without a WAL everything is in the file itself: read it as immutable, which takes no
    // locks and writes nothing at all. With one, its frames are part of the data: a read-only
    // connection reads them and cannot checkpoint.
    let query = if wal.exists() { "mode=ro" } else { "immutable=1" };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(crate::store::uri(db, query), flags)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    crate::store::key_connection(&conn, key)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .map_err(|e| {
            if is_corruption(&e) {
                Error::WrongKey {
                    path: db.display().to_string(),
                }
            } else {
                Error::Storage(e)
            }
        })?;
    Ok(conn)
}

/// The read-only connection, opened afresh after every failed read: SQLCipher puts a connection
/// whose page failed its HMAC check into a sticky error state, which would make every later read
/// fail too.
struct Reader<'a> {
    /// The damaged file and its key, to open again after a failed read; `None` for the
    /// in-memory store a page scan filled, which has nothing damaged in it.
    reopen: Option<(&'a Path, &'a [u8])>,
    conn: Connection,
}

impl Reader<'_> {
    fn reset(&mut self) {
        if let Some((db, key)) = self.reopen
            && let Ok(c) = open_read_only(db, key)
        {
            self.conn = c;
        }
    }
}

/// Reads every row of a rowid table that can be read, in id order, stepping past damage.
/// `what` names the records in the report ("check-ins").
fn rows<T>(
    c: &mut Reader<'_>,
    what: &str,
    sql_from: &str,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    report: &mut SalvageReport,
) -> Vec<(i64, T)> {
    let sql = format!("{sql_from} WHERE rowid >= ?1 ORDER BY rowid LIMIT ?2");
    let read = |c: &mut Reader<'_>, from: i64, limit: i64, out: &mut Vec<(i64, T)>| -> std::result::Result<bool, ()> {
        let got = read_rows(&c.conn, &sql, from, limit, &map, out);
        if got.is_err() {
            c.reset();
        }
        got
    };
    let mut out: Vec<(i64, T)> = Vec::new();
    let mut next = i64::MIN;
    loop {
        let before = out.len();
        match read(c, next, BATCH, &mut out) {
            Ok(false) => break,
            Ok(true) => {
                let last = out.last().map(|(id, _)| *id).unwrap_or(next);
                if out.len() - before < BATCH as usize || last == i64::MAX {
                    break;
                }
                next = last + 1;
            }
            Err(()) => {
                if let Some((id, _)) = out.get(before..).and_then(|s| s.last()) {
                    next = id.saturating_add(1);
                }
                // Step past the damage: probe ever further ids until a read succeeds.
                let (mut bad, mut step, mut good) = (next, 1i64, None);
                for _ in 0..MAX_PROBES {
                    let probe = next.saturating_add(step);
                    let mut sink = Vec::new();
                    match read(c, probe, 1, &mut sink) {
                        Ok(_) => {
                            good = Some(probe);
                            break;
                        }
                        Err(()) => bad = probe,
                    }
                    if probe == i64::MAX {
                        break;
                    }
                    step = step.saturating_mul(2);
                }
                let Some(mut good) = good else {
                    report.unreadable.push(format!("{what} from id {} on", show(next)));
                    break;
                };
                // Narrow down to the first id whose read succeeds.
                while good - bad > 1 {
                    let mid = bad + (good - bad) / 2;
                    let mut sink = Vec::new();
                    if read(c, mid, 1, &mut sink).is_ok() {
                        good = mid;
                    } else {
                        bad = mid;
                    }
                }
                report
                    .unreadable
                    .push(format!("{what} with ids {} to {}", show(next), good - 1));
                next = good;
            }
        }
    }
    out
}

fn read_rows<T>(
    c: &Connection,
    sql: &str,
    from: i64,
    limit: i64,
    map: &impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    out: &mut Vec<(i64, T)>,
) -> std::result::Result<bool, ()> {
    let Ok(mut st) = c.prepare(sql) else { return Err(()) };
    let Ok(mut q) = st.query(params![from, limit]) else {
        return Err(());
    };
    let mut any = false;
    loop {
        match q.next() {
            Ok(Some(r)) => match (r.get::<_, i64>(0), map(r)) {
                (Ok(id), Ok(v)) => {
                    out.push((id, v));
                    any = true;
                }
                _ => return Err(()),
            },
            Ok(None) => return Ok(any),
            Err(_) => return Err(()),
        }
    }
}

fn show(id: i64) -> String {
    if id == i64::MIN {
        "the first".into()
    } else {
        id.to_string()
    }
}

/// Reads `sql` (a whole small table or one parent's children) as far as it goes.
fn all<T>(
    r: &mut Reader<'_>,
    sql: &str,
    p: impl rusqlite::Params,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> (Vec<T>, bool) {
    let (out, ok) = all_rows(&r.conn, sql, p, map);
    if !ok {
        r.reset();
    }
    (out, ok)
}

fn all_rows<T>(
    c: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> (Vec<T>, bool) {
    let mut out = Vec::new();
    let Ok(mut st) = c.prepare_cached(sql) else {
        return (out, false);
    };
    let Ok(mut q) = st.query(p) else { return (out, false) };
    loop {
        match q.next() {
            Ok(Some(r)) => match map(r) {
                Ok(v) => out.push(v),
                Err(_) => return (out, false),
            },
            Ok(None) => return (out, true),
            Err(_) => return (out, false),
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn salvage_conn(c: &mut Reader<'_>) -> (Doc, SalvageReport) {
    let mut report = SalvageReport::default();
    let r = &mut report;
    let networks: Vec<NetworkRow> = rows(c, "networks", NETWORK_SQL, network_row, r)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    let network_ids: BTreeSet<i64> = networks.iter().map(|n| n.id).collect();

    let mut people: Vec<PersonRow> = rows(c, "people", PERSON_SQL, person_row, r)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    let person_ids: BTreeSet<i64> = people.iter().map(|p| p.id).collect();
    let mut lost_parts = BTreeSet::new();
    for p in &mut people {
        let (v, ok) = all(
            c,
            "SELECT kind FROM person_support WHERE person_id = ?1 ORDER BY kind",
            [p.id],
            |r| r.get(0),
        );
        p.support = v;
        if !ok {
            lost_parts.insert("some people's kinds of support");
        }
        let (v, ok) = all(
            c,
            "SELECT network_id FROM network_member WHERE person_id = ?1 ORDER BY network_id",
            [p.id],
            |r| r.get::<_, i64>(0),
        );
        if !ok {
            lost_parts.insert("some network memberships");
        }
        let before = v.len();
        p.networks = v.into_iter().filter(|n| network_ids.contains(n)).collect();
        r.dropped_references += count(before - p.networks.len());
    }
    let mut by_person: BTreeMap<i64, usize> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        by_person.insert(p.id, i);
    }
    for (_, (pid, row)) in rows(
        c,
        "contact methods",
        "SELECT rowid, person_id, kind, value FROM contact_method",
        |r| {
            Ok((
                r.get::<_, i64>(1)?,
                ContactRow {
                    kind: r.get(2)?,
                    value: r.get(3)?,
                },
            ))
        },
        r,
    ) {
        match by_person.get(&pid) {
            Some(&i) => people[i].contacts.push(row),
            None => r.dropped_references += 1,
        }
    }
    let mut windows = rows(
        c,
        "contact windows",
        "SELECT rowid, person_id, weekday, start_min, end_min FROM contact_window",
        |r| {
            Ok((
                r.get::<_, i64>(1)?,
                WindowRow {
                    weekday: r.get(2)?,
                    start: hhmm(r.get(3)?),
                    end: hhmm(r.get(4)?),
                },
            ))
        },
        r,
    );
    // The backup lists windows in day and time order, as `backup_json` does.
    windows.sort_by(|a, b| {
        (a.1.0, a.1.1.weekday, &a.1.1.start, &a.1.1.end, a.0).cmp(&(
            b.1.0,
            b.1.1.weekday,
            &b.1.1.start,
            &b.1.1.end,
            b.0,
        ))
    });
    for (_, (pid, w)) in windows {
        match by_person.get(&pid) {
            Some(&i) => people[i].windows.push(w),
            None => r.dropped_references += 1,
        }
    }

    let needs: Vec<NeedRow> = rows(c, "needs", NEED_SQL, need_row, r)
        .into_iter()
        .map(|(_, v)| v)
        .filter(|n| {
            network_ids.contains(&n.network_id) || {
                r.dropped_references += 1;
                false
            }
        })
        .collect();

    let mut groups: Vec<GroupRow> = rows(c, "groups", GROUP_SQL, group_row, r)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    let group_ids: BTreeSet<i64> = groups.iter().map(|g| g.id).collect();
    let mut by_group: BTreeMap<i64, usize> = BTreeMap::new();
    for (i, g) in groups.iter_mut().enumerate() {
        by_group.insert(g.id, i);
        if g.network_id.is_some_and(|n| !network_ids.contains(&n)) {
            g.network_id = None;
            r.dropped_references += 1;
        }
        let (v, ok) = all(
            c,
            "SELECT person_id FROM group_member WHERE group_id = ?1 ORDER BY person_id",
            [g.id],
            |r| r.get::<_, i64>(0),
        );
        if !ok {
            lost_parts.insert("some group memberships");
        }
        let before = v.len();
        g.members = v.into_iter().filter(|p| person_ids.contains(p)).collect();
        r.dropped_references += count(before - g.members.len());
    }
    for (_, (gid, m)) in rows(
        c,
        "meetings",
        "SELECT rowid, group_id, weekday, start_min, duration_minutes, timezone FROM meeting",
        |r| {
            Ok((
                r.get::<_, i64>(1)?,
                MeetingRow {
                    id: r.get(0)?,
                    weekday: r.get(2)?,
                    time: r.get::<_, Option<i64>>(3)?.map(hhmm),
                    duration_minutes: r.get(4)?,
                    timezone: r.get(5)?,
                },
            ))
        },
        r,
    ) {
        match by_group.get(&gid) {
            Some(&i) => groups[i].meetings.push(m),
            None => r.dropped_references += 1,
        }
    }

    let mut checkins: Vec<CheckinRow> = rows(c, "check-ins", CHECKIN_SQL, checkin_row, r)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    for k in &mut checkins {
        // As deleting the person or group would have done (ON DELETE SET NULL).
        if k.person_id.is_some_and(|p| !person_ids.contains(&p)) {
            k.person_id = None;
            r.dropped_references += 1;
        }
        if k.group_id.is_some_and(|g| !group_ids.contains(&g)) {
            k.group_id = None;
            r.dropped_references += 1;
        }
    }

    let all_goals = rows(c, "goals", GOAL_SQL, goal_row, r)
        .into_iter()
        .map(|(_, g)| g)
        .collect::<Vec<GoalRow>>();
    let mut goals = Vec::with_capacity(all_goals.len());
    for mut g in all_goals {
        // A goal goes with its network, person or group (ON DELETE CASCADE); its partner is only
        // forgotten (ON DELETE SET NULL).
        let keep = network_ids.contains(&g.network_id)
            && g.person_id.is_none_or(|p| person_ids.contains(&p))
            && g.group_id.is_none_or(|x| group_ids.contains(&x));
        if !keep {
            r.dropped_references += 1;
            continue;
        }
        if g.partner_id.is_some_and(|p| !person_ids.contains(&p)) {
            g.partner_id = None;
            r.dropped_references += 1;
        }
        goals.push(g);
    }

    let (settings, ok) = all(c, "SELECT key, value FROM setting ORDER BY key", [], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    });
    if !ok {
        lost_parts.insert("some settings");
    }
    let settings: BTreeMap<String, String> = settings.into_iter().collect();

    let (consent, ok) = all(c, super::backup::CONSENT_SQL, [], super::backup::consent_row);
    // A store from before sharing existed has no such table: nothing was lost.
    let has_table = c
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'partner_consent'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_or(true, |n| n > 0);
    if !ok && has_table {
        lost_parts.insert("some sharing choices");
    }
    // A partner's consent goes with them (ON DELETE CASCADE).
    let before = consent.len();
    let consent: Vec<_> = consent
        .into_iter()
        .filter(|x| person_ids.contains(&x.person_id))
        .collect();
    r.dropped_references += count(before - consent.len());
    r.unreadable.extend(lost_parts.into_iter().map(str::to_string));

    r.networks = count(networks.len());
    r.people = count(people.len());
    r.needs = count(needs.len());
    r.groups = count(groups.len());
    r.meetings = count(groups.iter().map(|g| g.meetings.len()).sum());
    r.checkins = count(checkins.len());
    r.goals = count(goals.len());
    r.settings = count(settings.len());
    let doc = Doc {
        format: super::BACKUP_FORMAT.to_string(),
        version: super::BACKUP_VERSION,
        networks,
        people,
        needs,
        groups,
        checkins,
        goals,
        settings,
        consent,
    };
    (doc, report)
}

impl Store {
    /// Reads every record that can still be read from the (damaged) store at `db` with `key`,
    /// as a backup document, with a report of what could not be read. Only reads: the file, its
    /// WAL and its SHM are never written. Works on a healthy store too (then the report is
    /// empty and the document equals [`Store::backup_json`]).
    pub fn salvage(db: &Path, key: &[u8]) -> Result<Salvage> {
        check_args(db, key)?;
        let (doc, report) = match super::salvage_pages::scan(db, key)? {
            Some(found) => {
                let (doc, mut report) = salvage_conn(&mut Reader {
                    reopen: None,
                    conn: found.conn,
                });
                report.unreadable.splice(0..0, found.unreadable);
                (doc, report)
            }
            None => {
                let conn = open_read_only(db, key)?;
                salvage_conn(&mut Reader {
                    reopen: Some((db, key)),
                    conn,
                })
            }
        };
        let mut json = serde_json::to_string_pretty(&doc).map_err(|e| Error::Io(std::io::Error::other(e)))?;
        json.push('\n');
        Ok(Salvage { json, report })
    }

    /// [`Store::salvage`] written to `dest` as a backup file (encrypted with age when
    /// `passphrase` is given), privately and whole (see `store::files::write_private`). The one
    /// call the apps make for "save what can be saved".
    pub fn salvage_to_file(db: &Path, key: &[u8], dest: &Path, passphrase: Option<&str>) -> Result<SalvageReport> {
        let s = Self::salvage(db, key)?;
        let bytes = match passphrase {
            Some(p) => super::backup::encrypt(s.json.as_bytes(), p)?,
            None => s.json.into_bytes(),
        };
        files::write_private(dest, &bytes)?;
        Ok(s.report)
    }
}
