//! The one read a replan makes: everything the planner needs, loaded on one snapshot through
//! indexes and bounded windows, so a plan costs the same after ten years of history as after one.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, params};

use crate::error::Result;
use crate::goals::GoalProgress;
use crate::groups::Group;
use crate::people::ContactWindow;
use crate::settings::Settings;
use crate::time::{from_ms, local_date, local_day_minute, parse_date, to_ms};

use super::{LOOKBACK_HOURS, ReminderKind};

/// A person with a keep-in-touch cadence (never an avoided one).
#[derive(Debug, Clone)]
pub(crate) struct KitPerson {
    pub id: i64,
    pub name: String,
    pub last_contact: Option<NaiveDate>,
    pub due_date: NaiveDate,
    pub windows: Vec<ContactWindow>,
}

/// A contact in which the user received support, not yet thanked.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub person_id: i64,
    pub name: String,
    pub local_date: NaiveDate,
}

/// What the user did with one notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handled {
    Done,
    Skipped,
    Snoozed(DateTime<Utc>),
}

/// Everything planning reads, loaded at once.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot {
    pub settings: Settings,
    pub people: Vec<KitPerson>,
    pub groups: Vec<Group>,
    pub goals: Vec<GoalProgress>,
    /// (network id, name, since date)
    pub networks: Vec<(i64, String, NaiveDate)>,
    pub received: Vec<Received>,
    /// Instants of daily check-ins logged since the lookback began.
    pub daily: Vec<DateTime<Utc>>,
    /// (group id, local date) of meetings attended since the lookback began.
    pub attended: HashSet<(i64, NaiveDate)>,
    pub handled: HashMap<String, Handled>,
    /// What the OS was last given: id → (fire instant, content hash).
    pub ledger: HashMap<String, (DateTime<Utc>, String)>,
}

/// Loads the snapshot for planning at `now` in `tz`. `kinds` = None loads everything; a handled
/// action only needs its own kind.
pub(crate) fn snapshot(c: &Connection, now: DateTime<Utc>, tz: Tz, kinds: Option<ReminderKind>) -> Result<Snapshot> {
    let want = |k: ReminderKind| kinds.is_none_or(|x| x == k);
    let (today, minute) = local_day_minute(now, tz);
    let since = local_date(now - Duration::hours(LOOKBACK_HOURS), tz) - Duration::days(1);
    let settings = crate::settings::load(c)?;

    let people = if want(ReminderKind::KeepInTouch) {
        load_people(c, tz, today)?
    } else {
        Vec::new()
    };
    let groups = if want(ReminderKind::Meeting) {
        crate::groups::load(
            c,
            "EXISTS(SELECT 1 FROM meeting m WHERE m.group_id = g.id AND m.weekday IS NOT NULL)",
            &[],
        )?
    } else {
        Vec::new()
    };
    let goals = if want(ReminderKind::Goal) {
        crate::goals::progress_all(
            c,
            None,
            today,
            minute,
            settings.week_start,
            crate::goals::History::CurrentOnly,
        )?
    } else {
        Vec::new()
    };
    let networks = if want(ReminderKind::Milestone) {
        crate::network::all(c)?
            .into_iter()
            .filter_map(|n| n.since.map(|s| (n.id, n.name, s)))
            .collect()
    } else {
        Vec::new()
    };
    let received = if want(ReminderKind::Gratitude) && settings.gratitude {
        load_received(c, since)?
    } else {
        Vec::new()
    };

    let mut daily = Vec::new();
    if want(ReminderKind::DailyCheckin) {
        let mut st = c.prepare_cached("SELECT at FROM checkin WHERE kind = 'daily' AND local_date >= ?1")?;
        let rows = st.query_map([since.to_string()], |r| r.get::<_, i64>(0))?;
        for at in rows {
            daily.push(from_ms(at?));
        }
    }
    let mut attended = HashSet::new();
    if want(ReminderKind::Meeting) {
        let mut st = c.prepare_cached(
            "SELECT group_id, local_date FROM checkin WHERE kind = 'meeting' AND local_date >= ?1 AND group_id IS NOT NULL",
        )?;
        let rows = st.query_map([since.to_string()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (g, d) = row?;
            if let Ok(d) = parse_date("local_date", &d) {
                attended.insert((g, d));
            }
        }
    }

    let mut handled = HashMap::new();
    let mut st = c.prepare_cached("SELECT id, state, until_ms FROM reminder_handled")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })?;
    for row in rows {
        let (id, state, until) = row?;
        let h = match (state.as_str(), until) {
            ("done", _) => Handled::Done,
            ("snoozed", Some(u)) => Handled::Snoozed(from_ms(u)),
            _ => Handled::Skipped,
        };
        handled.insert(id, h);
    }
    let mut ledger = HashMap::new();
    let mut st = c.prepare_cached("SELECT id, fire_at, hash FROM reminder_ledger")?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (id, at, hash) = row?;
        ledger.insert(id, (from_ms(at), hash));
    }

    Ok(Snapshot {
        settings,
        people,
        groups,
        goals,
        networks,
        received,
        daily,
        attended,
        handled,
        ledger,
    })
}

/// Everyone with a cadence (the same due rule as Today's list) plus their contact windows.
fn load_people(c: &Connection, tz: Tz, today: NaiveDate) -> Result<Vec<KitPerson>> {
    let due = crate::people::cadence_people(c, tz, today)?;
    let mut windows: HashMap<i64, Vec<ContactWindow>> = HashMap::with_capacity(due.len());
    let mut st = c.prepare_cached("SELECT person_id, weekday, start_min, end_min FROM contact_window")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        windows.entry(r.get(0)?).or_default().push(ContactWindow {
            weekday: r.get(1)?,
            start: r.get(2)?,
            end: r.get(3)?,
        });
    }
    Ok(due
        .into_iter()
        .map(|d| KitPerson {
            windows: windows.remove(&d.person_id).unwrap_or_default(),
            id: d.person_id,
            name: d.name,
            last_contact: d.last_contact,
            due_date: d.due_date,
        })
        .collect())
}

/// Contacts since `since` in which the user received support, from people not avoided, with no
/// thank-you logged after them. Contacts confirmed from a keep-in-touch reminder say nothing
/// about support received, so they never prompt a thank-you.
fn load_received(c: &Connection, since: NaiveDate) -> Result<Vec<Received>> {
    let mut st = c.prepare_cached(
        "SELECT c.person_id, p.name, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
         WHERE c.kind = 'contact' AND c.local_date >= ?1 AND c.direction IN ('received', 'both')
           AND p.avoid = 0 AND (c.idem_key IS NULL OR c.idem_key NOT LIKE 'kit:%')
           AND NOT EXISTS (SELECT 1 FROM checkin g WHERE g.person_id = c.person_id AND g.kind = 'gratitude'
                           AND g.local_date >= c.local_date AND g.at >= c.at)
         GROUP BY c.person_id, c.local_date",
    )?;
    let rows = st.query_map(params![since.to_string()], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (person_id, name, d) = row?;
        if let Ok(local_date) = parse_date("local_date", &d) {
            out.push(Received {
                person_id,
                name,
                local_date,
            });
        }
    }
    Ok(out)
}

/// Stores the ledger: `keep` replaces what is pending; rows that already fired stay for
/// [`LOOKBACK_HOURS`] so the same occurrence cannot be handed over twice.
pub(crate) fn write_ledger(c: &Connection, now: DateTime<Utc>, keep: &[(String, DateTime<Utc>, String)]) -> Result<()> {
    c.execute("DELETE FROM reminder_ledger WHERE fire_at > ?1", [to_ms(now)])?;
    c.execute(
        "DELETE FROM reminder_ledger WHERE fire_at < ?1",
        [to_ms(now - Duration::hours(LOOKBACK_HOURS))],
    )?;
    let mut ins = c.prepare_cached(
        "INSERT INTO reminder_ledger (id, fire_at, hash) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET fire_at = excluded.fire_at, hash = excluded.hash",
    )?;
    for (id, at, hash) in keep {
        ins.execute(params![id, to_ms(*at), hash])?;
    }
    Ok(())
}
