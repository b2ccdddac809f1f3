//! People in the user's support network: who they are, what support they give, how and when
//! they are glad to be contacted, and the boundaries the user keeps with them.

mod due;
mod links;
mod overview;

pub use due::DuePerson;
pub(crate) use due::{cadence_people, due_people};
pub use links::{PhoneLinkKind, phone_link};
pub use overview::{BALANCE_DAYS, NetworkRemoval, PersonPage, PersonSummary, RECENT_WITH, SOON_DAYS, Standing};

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{ContactKind, Role, SupportKind};
use crate::store::Store;
use crate::time::{Minutes, from_ms, to_ms};
use crate::validate;

/// Longest keep-in-touch cadence accepted, in days.
pub const MAX_CADENCE_DAYS: u32 = 365;

/// The keep-in-touch cadences a shell offers, in days, shortest first: daily (a sponsor early
/// on), every few days, weekly, fortnightly, monthly, every three months (a doctor). "No
/// reminders" is always offered besides; a person's own cadence outside these is kept as it is.
pub const CADENCE_CHOICES: &[u32] = &[1, 2, 3, 7, 14, 30, 90];

/// A way to reach a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactMethod {
    pub kind: ContactKind,
    pub value: String,
}

/// A weekly time range, in the user's local time, when a person is glad to be contacted.
/// A window whose end is at or before its start runs past midnight into the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactWindow {
    /// 0 = Sunday … 6 = Saturday: the day the window opens.
    pub weekday: u8,
    pub start: Minutes,
    pub end: Minutes,
}

impl ContactWindow {
    /// Whether local `weekday` + `minute` falls inside this window.
    pub fn contains(&self, weekday: u8, minute: Minutes) -> bool {
        if self.end > self.start {
            weekday == self.weekday && minute >= self.start && minute < self.end
        } else {
            // Crosses midnight: the evening of its own day, or the early hours of the next.
            (weekday == self.weekday && minute >= self.start)
                || (weekday == (self.weekday + 1) % 7 && minute < self.end)
        }
    }
}

/// Whether a person with these windows may be contacted at local `weekday` + `minute`.
/// No windows means no boundary was set: any time is fine.
pub fn window_open(windows: &[ContactWindow], weekday: u8, minute: Minutes) -> bool {
    windows.is_empty() || windows.iter().any(|w| w.contains(weekday, minute))
}

/// A person in the user's support network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub support: Vec<SupportKind>,
    pub contacts: Vec<ContactMethod>,
    /// Keep in touch every this many days; `None` = no keep-in-touch reminders.
    pub cadence_days: Option<u32>,
    pub windows: Vec<ContactWindow>,
    /// Shown in the SOS view.
    pub emergency: bool,
    /// Someone risky for the user: never suggested, never reminded.
    pub avoid: bool,
    pub notes: Option<String>,
    /// The networks this person belongs to.
    pub networks: Vec<i64>,
    pub created_at: DateTime<Utc>,
}

/// What the user enters to create or edit a person.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PersonInput {
    pub name: String,
    pub role: Role,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub support: Vec<SupportKind>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub contacts: Vec<ContactMethod>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub cadence_days: Option<u32>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub windows: Vec<ContactWindow>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub emergency: bool,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub avoid: bool,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub notes: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub networks: Vec<i64>,
}

impl PersonInput {
    /// A person with just a name and role; everything else empty.
    pub fn new(name: impl Into<String>, role: Role) -> Self {
        PersonInput {
            name: name.into(),
            role,
            support: Vec::new(),
            contacts: Vec::new(),
            cadence_days: None,
            windows: Vec::new(),
            emergency: false,
            avoid: false,
            notes: None,
            networks: Vec::new(),
        }
    }

    pub(crate) fn validated(&self) -> Result<PersonInput> {
        let mut support = self.support.clone();
        support.sort();
        support.dedup();
        let mut contacts = Vec::with_capacity(self.contacts.len());
        for c in &self.contacts {
            contacts.push(ContactMethod {
                kind: c.kind,
                value: contact_value(c.kind, &c.value)?,
            });
        }
        if let Some(days) = self.cadence_days
            && !(1..=MAX_CADENCE_DAYS).contains(&days)
        {
            return Err(Error::invalid(
                "cadence",
                Message::new(MessageId::RefusalDaysRange).num("max", MAX_CADENCE_DAYS),
            ));
        }
        for w in &self.windows {
            if w.weekday > 6 {
                return Err(Error::invalid("contact window", MessageId::RefusalWeekdayNumber));
            }
            if w.start >= 1440 || w.end >= 1440 || w.start == w.end {
                return Err(Error::invalid("contact window", MessageId::RefusalWindowTimes));
            }
        }
        if self.avoid && self.emergency {
            return Err(Error::invalid("emergency", MessageId::RefusalAvoidedEmergency));
        }
        let mut networks = self.networks.clone();
        networks.sort_unstable();
        networks.dedup();
        Ok(PersonInput {
            name: validate::name("name", &self.name)?,
            role: self.role,
            support,
            contacts,
            cadence_days: self.cadence_days,
            windows: self.windows.clone(),
            emergency: self.emergency,
            avoid: self.avoid,
            notes: validate::text("notes", self.notes.as_deref())?,
            networks,
        })
    }
}

pub(crate) fn contact_value(kind: ContactKind, v: &str) -> Result<String> {
    let t = v.trim();
    match kind {
        ContactKind::Phone => {
            let digits = t.chars().filter(char::is_ascii_digit).count();
            let allowed = t.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
            if !allowed || !(3..=20).contains(&digits) {
                return Err(Error::invalid(
                    "phone",
                    Message::new(MessageId::RefusalPhone).num("min", 3).num("max", 20),
                ));
            }
        }
        ContactKind::Email => {
            let ok = t.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
            }) && !t.contains(char::is_whitespace);
            if !ok {
                return Err(Error::invalid(
                    "email",
                    Message::new(MessageId::RefusalEmail).text("example", "name@example.org"),
                ));
            }
        }
        ContactKind::Other => {
            validate::name("contact", t)?;
        }
    }
    if t.chars().count() > validate::MAX_NAME {
        return Err(Error::invalid(kind.as_str(), validate::too_long(validate::MAX_NAME)));
    }
    Ok(t.to_string())
}

fn check_networks(c: &Connection, ids: &[i64]) -> Result<()> {
    for id in ids {
        let exists: bool = c.query_row("SELECT EXISTS(SELECT 1 FROM network WHERE id = ?1)", [id], |r| r.get(0))?;
        if !exists {
            return Err(Error::invalid("network", MessageId::RefusalNetworkGone));
        }
    }
    Ok(())
}

fn write_details(c: &Connection, id: i64, p: &PersonInput) -> Result<()> {
    for table in ["person_support", "contact_method", "contact_window", "network_member"] {
        c.execute(&format!("DELETE FROM {table} WHERE person_id = ?1"), [id])?;
    }
    for k in &p.support {
        c.execute(
            "INSERT INTO person_support (person_id, kind) VALUES (?1, ?2)",
            params![id, k.as_str()],
        )?;
    }
    for m in &p.contacts {
        c.execute(
            "INSERT INTO contact_method (person_id, kind, value) VALUES (?1, ?2, ?3)",
            params![id, m.kind.as_str(), m.value],
        )?;
    }
    for w in &p.windows {
        c.execute(
            "INSERT INTO contact_window (person_id, weekday, start_min, end_min) VALUES (?1, ?2, ?3, ?4)",
            params![id, w.weekday, w.start, w.end],
        )?;
    }
    for n in &p.networks {
        c.execute(
            "INSERT INTO network_member (network_id, person_id) VALUES (?1, ?2)",
            params![n, id],
        )?;
    }
    Ok(())
}

/// Loads people matching `filter` (an SQL condition on `person p`) with all their details, in
/// a fixed number of queries however many people there are.
pub(crate) fn load(c: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<Person>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT p.id, p.name, p.role, p.cadence_days, p.emergency, p.avoid, p.notes, p.created_at
         FROM person p WHERE {filter} ORDER BY p.name COLLATE NOCASE, p.id"
    ))?;
    let mut people: Vec<Person> = st
        .query_map(args, |r| {
            let role: String = r.get(2)?;
            Ok(Person {
                id: r.get(0)?,
                name: r.get(1)?,
                role: Role::parse(&role).unwrap_or(Role::Other),
                support: Vec::new(),
                contacts: Vec::new(),
                cadence_days: r.get(3)?,
                windows: Vec::new(),
                emergency: r.get(4)?,
                avoid: r.get(5)?,
                notes: r.get(6)?,
                networks: Vec::new(),
                created_at: from_ms(r.get(7)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<i64, usize> = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut each =
        |sql: &str, f: &mut dyn FnMut(&mut Person, &rusqlite::Row<'_>) -> rusqlite::Result<()>| -> Result<()> {
            // Only the rows of the people loaded, whatever their number.
            let (select, order) = sql.split_once(" ORDER BY ").unwrap_or((sql, "1"));
            let mut st = c.prepare_cached(&format!(
                "{select} WHERE person_id IN (SELECT p.id FROM person p WHERE {filter}) ORDER BY {order}"
            ))?;
            let mut rows = st.query(args)?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                    f(&mut people[i], r)?;
                }
            }
            Ok(())
        };
    each(
        "SELECT person_id, kind FROM person_support ORDER BY kind",
        &mut |p, r| {
            if let Ok(k) = SupportKind::parse(&r.get::<_, String>(1)?) {
                p.support.push(k);
            }
            Ok(())
        },
    )?;
    each(
        "SELECT person_id, kind, value FROM contact_method ORDER BY id",
        &mut |p, r| {
            let kind = ContactKind::parse(&r.get::<_, String>(1)?).unwrap_or(ContactKind::Other);
            p.contacts.push(ContactMethod { kind, value: r.get(2)? });
            Ok(())
        },
    )?;
    each(
        "SELECT person_id, weekday, start_min, end_min FROM contact_window ORDER BY weekday, start_min",
        &mut |p, r| {
            p.windows.push(ContactWindow {
                weekday: r.get(1)?,
                start: r.get(2)?,
                end: r.get(3)?,
            });
            Ok(())
        },
    )?;
    each(
        "SELECT person_id, network_id FROM network_member ORDER BY network_id",
        &mut |p, r| {
            p.networks.push(r.get(1)?);
            Ok(())
        },
    )?;
    for p in &mut people {
        p.support.sort();
    }
    Ok(people)
}

pub(crate) fn get(c: &Connection, id: i64) -> Result<Person> {
    load(c, "p.id = ?1", &[&id])?
        .pop()
        .ok_or_else(|| Error::not_found("person", id))
}

impl Store {
    /// Adds a person; all of it is stored or none of it.
    pub fn add_person(&self, input: &PersonInput, now: DateTime<Utc>) -> Result<Person> {
        let p = input.validated()?;
        self.write(|tx| {
            let id = insert(tx, &p, now)?;
            get(tx, id)
        })
    }

    /// Replaces everything about a person with `input` (read, change, write back).
    pub fn update_person(&self, id: i64, input: &PersonInput) -> Result<Person> {
        let p = input.validated()?;
        self.write(|tx| {
            get(tx, id)?;
            check_networks(tx, &p.networks)?;
            tx.execute(
                "UPDATE person SET name = ?1, role = ?2, cadence_days = ?3, emergency = ?4, avoid = ?5, notes = ?6
                 WHERE id = ?7",
                params![
                    p.name,
                    p.role.as_str(),
                    p.cadence_days,
                    p.emergency,
                    p.avoid,
                    p.notes,
                    id
                ],
            )?;
            write_details(tx, id, &p)?;
            get(tx, id)
        })
    }

    /// Removes a person. Their past check-ins stay in the log, detached from them.
    pub fn remove_person(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM person WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// One person by id.
    pub fn person(&self, id: i64) -> Result<Person> {
        self.read(|c| get(c, id))
    }

    /// Everyone, by name. With `network`, only that network's people.
    pub fn people(&self, network: Option<i64>) -> Result<Vec<Person>> {
        self.read(|c| match network {
            Some(n) => {
                crate::network::get(c, n)?;
                load(
                    c,
                    "p.id IN (SELECT person_id FROM network_member WHERE network_id = ?1)",
                    &[&n],
                )
            }
            None => load(c, "1", &[]),
        })
    }

    /// A person by id or by exact name (ignoring case), as typed at a command line. A name two
    /// people share is refused: give the id instead (`person list` shows them).
    pub fn find_person(&self, id_or_name: &str) -> Result<Person> {
        self.read(|c| {
            let key = id_or_name.trim();
            if let Ok(id) = key.parse::<i64>() {
                return get(c, id);
            }
            let mut st = c.prepare("SELECT id FROM person WHERE name = ?1 COLLATE NOCASE ORDER BY id")?;
            let ids: Vec<i64> = st.query_map([key], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            match ids.as_slice() {
                [] => Err(Error::not_found("person", crate::error::BY_NAME)),
                [id] => get(c, *id),
                _ => Err(Error::invalid("person", MessageId::RefusalNameShared)),
            }
        })
    }

    /// Whether a person exists (for validating references without loading details).
    pub fn person_exists(&self, id: i64) -> Result<bool> {
        self.read(|c| exists(c, id))
    }
}

/// Inserts a validated person (see [`PersonInput::validated`]) with all their details inside
/// the caller's transaction; returns the new id.
pub(crate) fn insert(c: &Connection, p: &PersonInput, now: DateTime<Utc>) -> Result<i64> {
    check_networks(c, &p.networks)?;
    c.prepare_cached(
        "INSERT INTO person (name, role, cadence_days, emergency, avoid, notes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        p.name,
        p.role.as_str(),
        p.cadence_days,
        p.emergency,
        p.avoid,
        p.notes,
        to_ms(now)
    ])?;
    let id = c.last_insert_rowid();
    write_details(c, id, p)?;
    Ok(id)
}

pub(crate) fn exists(c: &Connection, id: i64) -> Result<bool> {
    Ok(c.query_row("SELECT 1 FROM person WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Parses contact windows written as text: `"mon-fri 09:00-17:00"`, `"sat,sun 10:00-20:00"`,
/// `"daily 18:00-21:00"`, `"fri 22:00-01:00"` (past midnight). Several specs may be joined
/// with `;`.
pub fn parse_windows(spec: &str) -> Result<Vec<ContactWindow>> {
    let bad = || {
        Error::invalid(
            "contact window",
            Message::new(MessageId::RefusalWindowFormat).text("example", "mon-fri 09:00-17:00"),
        )
    };
    let mut out = Vec::new();
    for part in spec.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (days, range) = part.rsplit_once(char::is_whitespace).ok_or_else(bad)?;
        let (a, b) = range.split_once('-').ok_or_else(bad)?;
        let (start, end) = (
            crate::time::parse_hhmm("contact window", a)?,
            crate::time::parse_hhmm("contact window", b)?,
        );
        let mut weekdays = Vec::new();
        for d in days.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match d.to_ascii_lowercase().as_str() {
                "daily" | "every day" | "all" => weekdays.extend(0..7u8),
                "weekdays" => weekdays.extend(1..6u8),
                "weekends" => weekdays.extend([6u8, 0]),
                _ => match d.split_once('-') {
                    Some((x, y)) => {
                        let (x, y) = (
                            crate::time::parse_weekday("contact window", x)?,
                            crate::time::parse_weekday("contact window", y)?,
                        );
                        let mut w = x;
                        loop {
                            weekdays.push(w);
                            if w == y {
                                break;
                            }
                            w = (w + 1) % 7;
                        }
                    }
                    None => weekdays.push(crate::time::parse_weekday("contact window", d)?),
                },
            }
        }
        if weekdays.is_empty() {
            return Err(bad());
        }
        for w in weekdays {
            let win = ContactWindow { weekday: w, start, end };
            if start == end {
                return Err(Error::invalid("contact window", MessageId::RefusalStartEndDiffer));
            }
            if !out.contains(&win) {
                out.push(win);
            }
        }
    }
    Ok(out)
}

/// The text form of windows, grouped by identical time range: `"Mon,Tue 09:00-17:00"`.
pub fn format_windows(windows: &[ContactWindow]) -> String {
    let mut groups: Vec<((Minutes, Minutes), Vec<u8>)> = Vec::new();
    for w in windows {
        match groups.iter_mut().find(|(r, _)| *r == (w.start, w.end)) {
            Some((_, days)) => days.push(w.weekday),
            None => groups.push(((w.start, w.end), vec![w.weekday])),
        }
    }
    groups
        .iter()
        .map(|((s, e), days)| {
            let names: Vec<&str> = days.iter().map(|d| crate::time::weekday_name(*d)).collect();
            format!(
                "{} {}-{}",
                names.join(","),
                crate::time::fmt_hhmm(*s),
                crate::time::fmt_hhmm(*e)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_across_midnight() {
        let w = ContactWindow {
            weekday: 5,
            start: 22 * 60,
            end: 60,
        }; // Fri 22:00 – Sat 01:00
        assert!(w.contains(5, 23 * 60));
        assert!(w.contains(6, 30));
        assert!(!w.contains(6, 90));
        assert!(!w.contains(5, 21 * 60));
        let day = ContactWindow {
            weekday: 1,
            start: 9 * 60,
            end: 17 * 60,
        };
        assert!(day.contains(1, 9 * 60));
        assert!(!day.contains(1, 17 * 60));
        assert!(!day.contains(2, 10 * 60));
        assert!(window_open(&[], 3, 3));
    }

    #[test]
    fn window_specs() {
        let w = parse_windows("mon-fri 09:00-17:00").unwrap();
        assert_eq!(w.len(), 5);
        assert!(
            w.iter()
                .all(|w| (1..=5).contains(&w.weekday) && w.start == 540 && w.end == 1020)
        );
        let w = parse_windows("fri-mon 10:00-12:00; sat 22:00-01:00").unwrap();
        assert_eq!(w.iter().map(|w| w.weekday).collect::<Vec<_>>(), vec![5, 6, 0, 1, 6]);
        assert_eq!(
            format_windows(&parse_windows("sat,sun 10:00-20:00").unwrap()),
            "Sat,Sun 10:00-20:00"
        );
        for bad in ["mon", "mon 25:00-26:00", "funday 09:00-10:00", "mon 09:00-09:00", ""] {
            assert!(parse_windows(bad).map(|w| w.is_empty()).unwrap_or(true), "{bad}");
        }
    }

    #[test]
    fn every_cadence_choice_is_accepted_and_they_rise() {
        assert!(CADENCE_CHOICES.windows(2).all(|w| w[0] < w[1]));
        for &days in CADENCE_CHOICES {
            let mut p = PersonInput::new("Sam", Role::Friend);
            p.cadence_days = Some(days);
            assert!(p.validated().is_ok(), "{days}");
        }
    }
}
