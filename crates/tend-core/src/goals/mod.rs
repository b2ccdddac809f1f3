//! Goals: a target count of one kind of check-in per day, week or month, with an accountability
//! partner, the current period's progress, a streak, and a forgiving score.
//!
//! The score is exponential smoothing in the style of Loop Habit Tracker: each finished period
//! moves it toward how much of the target was reached, so one miss dents it instead of erasing
//! it. Half-lives: 13 periods for daily goals, 4 for weekly, 3 for monthly.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Months, NaiveDate, Utc, Weekday};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::PersonRef;
use crate::model::{CheckinKind, Period};
use crate::store::Store;
use chrono_tz::Tz;

use crate::time::{from_ms, local_day_minute, month_start_of, parse_date, to_ms, week_start_of};
use crate::validate;

/// Highest target accepted per period.
pub const MAX_TARGET: u32 = 100;

/// A goal as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Goal {
    pub id: i64,
    pub network_id: i64,
    pub title: String,
    /// The check-in kind it counts.
    pub kind: CheckinKind,
    /// Only contacts with / gratitude to this person count.
    pub person_id: Option<i64>,
    /// Only meetings of this group count.
    pub group_id: Option<i64>,
    pub target: u32,
    pub period: Period,
    pub partner_id: Option<i64>,
    /// The first day counted.
    pub start_date: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// What the user enters to set a goal.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GoalInput {
    pub network_id: i64,
    /// Optional; a title is made from the target when empty ("3 meetings a week").
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub title: Option<String>,
    pub kind: CheckinKind,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub person_id: Option<i64>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub group_id: Option<i64>,
    pub target: u32,
    pub period: Period,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub partner_id: Option<i64>,
    /// Defaults to the day the goal is set.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub start_date: Option<NaiveDate>,
}

/// How a goal stands now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GoalProgress {
    pub goal: Goal,
    pub period_start: NaiveDate,
    /// Last day of the current period (inclusive).
    pub period_end: NaiveDate,
    pub count: u32,
    pub met: bool,
    /// Consecutive periods met, ending with the last finished one (plus this one once met).
    pub streak: u32,
    /// 0.0 – 1.0, forgiving (see module docs).
    pub score: f64,
    /// Behind pace with half the period or more gone.
    pub at_risk: bool,
    pub partner: Option<PersonRef>,
}

fn default_title(kind: CheckinKind, target: u32, period: Period) -> String {
    let what = match kind {
        CheckinKind::Daily => "daily check-in",
        CheckinKind::Contact => "contact",
        CheckinKind::Meeting => "meeting",
        CheckinKind::Gratitude => "thank-you",
        CheckinKind::Sos => "SOS",
    };
    let plural = if target == 1 { "" } else { "s" };
    let per = match period {
        Period::Day => "a day",
        Period::Week => "a week",
        Period::Month => "a month",
    };
    format!("{target} {what}{plural} {per}")
}

/// The first day of the period containing `d`.
pub fn period_start(d: NaiveDate, period: Period, week_start: Weekday) -> NaiveDate {
    match period {
        Period::Day => d,
        Period::Week => week_start_of(d, week_start),
        Period::Month => month_start_of(d),
    }
}

/// The first day of the period after the one starting at `start`.
pub fn next_period(start: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::Day => start + Duration::days(1),
        Period::Week => start + Duration::days(7),
        Period::Month => start
            .checked_add_months(Months::new(1))
            .unwrap_or(start + Duration::days(31)),
    }
}

fn prev_period(start: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::Day => start - Duration::days(1),
        Period::Week => start - Duration::days(7),
        Period::Month => start
            .checked_sub_months(Months::new(1))
            .unwrap_or(start - Duration::days(31)),
    }
}

/// How many past periods the score looks at — about a year, so reading progress costs the same
/// after ten years as after one. Older periods would weigh little anyway (under 1% for daily
/// and weekly goals, about 6% for monthly ones).
fn window(period: Period) -> u32 {
    match period {
        Period::Day => 120,
        Period::Week => 52,
        Period::Month => 12,
    }
}

fn half_life(period: Period) -> f64 {
    match period {
        Period::Day => 13.0,
        Period::Week => 4.0,
        Period::Month => 3.0,
    }
}

const COLS: &str =
    "id, network_id, title, kind, person_id, group_id, target, period, partner_id, start_date, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Goal> {
    let (kind, period, start): (String, String, String) = (r.get(3)?, r.get(7)?, r.get(9)?);
    Ok(Goal {
        id: r.get(0)?,
        network_id: r.get(1)?,
        title: r.get(2)?,
        kind: CheckinKind::parse(&kind).unwrap_or(CheckinKind::Daily),
        person_id: r.get(4)?,
        group_id: r.get(5)?,
        target: r.get(6)?,
        period: Period::parse(&period).unwrap_or(Period::Week),
        partner_id: r.get(8)?,
        start_date: parse_date("start_date", &start).unwrap_or_default(),
        created_at: from_ms(r.get(10)?),
    })
}

pub(crate) fn all(c: &Connection, network: Option<i64>) -> Result<Vec<Goal>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLS} FROM goal WHERE ?1 IS NULL OR network_id = ?1 ORDER BY id"
    ))?;
    let rows = st.query_map([network], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How much history a progress read looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum History {
    /// The score's window: streak and score are right.
    Full,
    /// Only the running period: count, met and at-risk are right; streak and score only reflect
    /// this period. For the reminder planner, which needs nothing more.
    CurrentOnly,
}

/// Progress of every goal (of one network, or all) on local day `today` at local `minute`.
pub(crate) fn progress_all(
    c: &Connection,
    network: Option<i64>,
    today: NaiveDate,
    minute: u16,
    week_start: Weekday,
    history: History,
) -> Result<Vec<GoalProgress>> {
    let mut out = Vec::new();
    for g in all(c, network)? {
        out.push(progress(c, g, today, minute, week_start, history)?);
    }
    Ok(out)
}

fn progress(
    c: &Connection,
    goal: Goal,
    today: NaiveDate,
    minute: u16,
    week_start: Weekday,
    history: History,
) -> Result<GoalProgress> {
    let cur = period_start(today, goal.period, week_start);
    let cur_end = next_period(cur, goal.period);
    let first = period_start(goal.start_date, goal.period, week_start);
    let mut from = cur;
    let periods = if history == History::Full {
        window(goal.period)
    } else {
        0
    };
    for _ in 0..periods {
        if from <= first {
            break;
        }
        from = prev_period(from, goal.period);
    }
    let from = from.max(first);

    // One indexed range read over the window, bucketed by local day. Each filter shape gets its
    // own statement so SQLite can use the matching index (person, group, or kind + day).
    let sql = match (goal.person_id, goal.group_id) {
        (Some(_), _) => {
            "SELECT local_date, count(*) FROM checkin INDEXED BY checkin_person
             WHERE person_id = ?4 AND kind = ?1 AND local_date >= ?2 AND local_date < ?3 GROUP BY local_date"
        }
        (None, Some(_)) => {
            "SELECT local_date, count(*) FROM checkin INDEXED BY checkin_group
             WHERE group_id = ?4 AND local_date >= ?2 AND local_date < ?3 AND kind = ?1 GROUP BY local_date"
        }
        (None, None) => {
            "SELECT local_date, count(*) FROM checkin INDEXED BY checkin_kind_day
             WHERE kind = ?1 AND local_date >= ?2 AND local_date < ?3 AND ?4 IS NULL GROUP BY local_date"
        }
    };
    let counted_from = from.max(goal.start_date);
    let mut st = c.prepare_cached(sql)?;
    let per_day: HashMap<NaiveDate, u32> = st
        .query_map(
            params![
                goal.kind.as_str(),
                counted_from.to_string(),
                cur_end.to_string(),
                goal.person_id.or(goal.group_id)
            ],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)),
        )?
        .filter_map(|row| {
            row.ok()
                .and_then(|(d, n)| parse_date("local_date", &d).ok().map(|d| (d, n)))
        })
        .collect();
    let count_in = |a: NaiveDate, b: NaiveDate| -> u32 {
        per_day
            .iter()
            .filter(|(d, _)| **d >= a && **d < b)
            .map(|(_, n)| *n)
            .sum()
    };

    let m = 0.5f64.powf(1.0 / half_life(goal.period));
    let target = goal.target.max(1);
    let (mut score, mut streak) = (0.0f64, 0u32);
    let mut p = from;
    while p < cur {
        let next = next_period(p, goal.period);
        let n = count_in(p, next);
        score = score * m + (f64::from(n.min(target)) / f64::from(target)) * (1.0 - m);
        streak = if n >= target { streak + 1 } else { 0 };
        p = next;
    }
    let count = count_in(cur, cur_end);
    let met = count >= target;
    if met {
        // The running period counts once it is met; until then it is not yet a miss.
        score = score * m + (1.0 - m);
        streak += 1;
    }
    let len_days = (cur_end - cur).num_days().max(1) as f64;
    let elapsed = ((today - cur).num_days() as f64 + f64::from(minute) / 1440.0) / len_days;
    let at_risk = !met && elapsed >= 0.5 && f64::from(count) / f64::from(target) < elapsed;
    let partner = match goal.partner_id {
        Some(id) => c
            .query_row("SELECT id, name, role FROM person WHERE id = ?1", [id], |r| {
                let role: String = r.get(2)?;
                Ok(PersonRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: crate::model::Role::parse(&role).unwrap_or(crate::model::Role::Other),
                })
            })
            .optional()?,
        None => None,
    };
    Ok(GoalProgress {
        goal,
        period_start: cur,
        period_end: cur_end - Duration::days(1),
        count,
        met,
        streak,
        score,
        at_risk,
        partner,
    })
}

/// A kind of check-in a goal may count, and what such a goal may narrow it to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GoalKindChoice {
    pub kind: CheckinKind,
    /// The goal may count only contacts with / thank-yous to one person.
    pub names_person: bool,
    /// The goal may count only one group's meetings.
    pub names_group: bool,
}

/// The kinds a goal may count, in the order a form offers them (SOS never: it is there when
/// needed, not something to aim for). [`rules`] checks every goal against this same table.
pub const GOAL_KINDS: [GoalKindChoice; 4] = [
    GoalKindChoice {
        kind: CheckinKind::Meeting,
        names_person: false,
        names_group: true,
    },
    GoalKindChoice {
        kind: CheckinKind::Contact,
        names_person: true,
        names_group: false,
    },
    GoalKindChoice {
        kind: CheckinKind::Daily,
        names_person: false,
        names_group: false,
    },
    GoalKindChoice {
        kind: CheckinKind::Gratitude,
        names_person: true,
        names_group: false,
    },
];

/// The rules a goal must meet whoever enters it (a command, a backup); returns its title.
pub(crate) fn rules(input: &GoalInput) -> Result<String> {
    let Some(choice) = GOAL_KINDS.iter().find(|c| c.kind == input.kind) else {
        return Err(Error::invalid("goal kind", MessageId::RefusalSosGoal));
    };
    if input.target == 0 || input.target > MAX_TARGET {
        return Err(Error::invalid(
            "target",
            Message::new(MessageId::RefusalRange).num("lo", 1).num("hi", MAX_TARGET),
        ));
    }
    if input.person_id.is_some() && !choice.names_person {
        return Err(Error::invalid("person", MessageId::RefusalGoalPerson));
    }
    if input.group_id.is_some() && !choice.names_group {
        return Err(Error::invalid("group", MessageId::RefusalGoalGroup));
    }
    Ok(match validate::text("title", input.title.as_deref())? {
        Some(t) => validate::name("title", &t)?,
        None => default_title(input.kind, input.target, input.period),
    })
}

impl Store {
    /// Sets a goal in a network.
    pub fn add_goal(&self, input: &GoalInput, now: DateTime<Utc>, tz: Tz) -> Result<Goal> {
        let title = rules(input)?;
        let start = match input.start_date {
            Some(d) => crate::time::check_date("start date", d)?,
            None => crate::time::check_instant("now", now, tz)?,
        };
        self.write(|tx| {
            crate::network::get(tx, input.network_id)
                .map_err(|_| Error::invalid("network", MessageId::RefusalNetworkGone))?;
            for (field, id) in [("person", input.person_id), ("partner", input.partner_id)] {
                if let Some(id) = id
                    && !crate::people::exists(tx, id)?
                {
                    return Err(Error::invalid(field, MessageId::RefusalPersonGone));
                }
            }
            if let Some(g) = input.group_id {
                crate::groups::get(tx, g).map_err(|_| Error::invalid("group", MessageId::RefusalGroupGone))?;
            }
            tx.execute(
                "INSERT INTO goal (network_id, title, kind, person_id, group_id, target, period, partner_id, start_date, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    input.network_id,
                    title,
                    input.kind.as_str(),
                    input.person_id,
                    input.group_id,
                    input.target,
                    input.period.as_str(),
                    input.partner_id,
                    start.to_string(),
                    to_ms(now)
                ],
            )?;
            let id = tx.last_insert_rowid();
            Ok(tx.query_row(&format!("SELECT {COLS} FROM goal WHERE id = ?1"), [id], from_row)?)
        })
    }

    /// Removes a goal.
    pub fn remove_goal(&self, id: i64) -> Result<()> {
        self.write(|tx| match tx.execute("DELETE FROM goal WHERE id = ?1", [id])? {
            0 => Err(Error::not_found("goal", id)),
            _ => Ok(()),
        })
    }

    /// Goals (of one network, or all).
    pub fn goals(&self, network: Option<i64>) -> Result<Vec<Goal>> {
        self.read(|c| all(c, network))
    }

    /// Progress of every goal at `now` in the user's zone `tz`, with the stored week start.
    pub fn goal_progress(&self, network: Option<i64>, now: DateTime<Utc>, tz: Tz) -> Result<Vec<GoalProgress>> {
        let (today, minute) = local_day_minute(now, tz);
        self.read(|c| {
            let week_start = crate::settings::load(c)?.week_start;
            progress_all(c, network, today, minute, week_start, History::Full)
        })
    }
}
