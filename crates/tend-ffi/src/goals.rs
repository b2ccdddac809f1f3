//! Goals: "3 meetings a week", "call my sponsor daily", with progress, streaks and a forgiving
//! score.

use std::time::SystemTime;

use chrono::Utc;
use tend_core::goals as core;

use crate::convert::{date, instant, parse_opt_date, zone};
use crate::model::{CheckinKind, Period, map};
use crate::needs::PersonRef;
use crate::{TendError, TendStore};

/// A goal as stored.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    /// An accountability partner.
    pub partner_id: Option<i64>,
    /// The first day counted, "YYYY-MM-DD".
    pub start_date: String,
    pub created_at: SystemTime,
}

impl From<core::Goal> for Goal {
    fn from(g: core::Goal) -> Self {
        Goal {
            id: g.id,
            network_id: g.network_id,
            title: g.title,
            kind: g.kind.into(),
            person_id: g.person_id,
            group_id: g.group_id,
            target: g.target,
            period: g.period.into(),
            partner_id: g.partner_id,
            start_date: date(g.start_date),
            created_at: instant(g.created_at),
        }
    }
}

/// What the user enters to set a goal.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GoalInput {
    pub network_id: i64,
    pub kind: CheckinKind,
    /// 1 to 100 per period.
    pub target: u32,
    pub period: Period,
    /// A title is made from the target when empty ("3 meetings a week").
    #[uniffi(default)]
    pub title: Option<String>,
    #[uniffi(default)]
    pub person_id: Option<i64>,
    #[uniffi(default)]
    pub group_id: Option<i64>,
    #[uniffi(default)]
    pub partner_id: Option<i64>,
    /// "YYYY-MM-DD"; defaults to the day the goal is set.
    #[uniffi(default)]
    pub start_date: Option<String>,
}

impl TryFrom<GoalInput> for core::GoalInput {
    type Error = tend_core::Error;
    fn try_from(g: GoalInput) -> tend_core::Result<Self> {
        Ok(core::GoalInput {
            network_id: g.network_id,
            title: g.title,
            kind: g.kind.into(),
            person_id: g.person_id,
            group_id: g.group_id,
            target: g.target,
            period: g.period.into(),
            partner_id: g.partner_id,
            start_date: parse_opt_date("start date", g.start_date.as_deref())?,
        })
    }
}

/// How a goal stands now.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GoalProgress {
    pub goal: Goal,
    /// First day of the current period, "YYYY-MM-DD".
    pub period_start: String,
    /// Last day of the current period (inclusive), "YYYY-MM-DD".
    pub period_end: String,
    pub count: u32,
    pub met: bool,
    /// Consecutive periods met, ending with the last finished one (plus this one once met).
    pub streak: u32,
    /// 0.0 – 1.0, forgiving: one missed period does not wipe out months of effort.
    pub score: f64,
    /// Behind pace with half the period or more gone.
    pub at_risk: bool,
    pub partner: Option<PersonRef>,
}

impl From<core::GoalProgress> for GoalProgress {
    fn from(p: core::GoalProgress) -> Self {
        GoalProgress {
            goal: p.goal.into(),
            period_start: date(p.period_start),
            period_end: date(p.period_end),
            count: p.count,
            met: p.met,
            streak: p.streak,
            score: p.score,
            at_risk: p.at_risk,
            partner: p.partner.map(Into::into),
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// Sets a goal in a network; `zone` (the device's) fixes which day "today" is.
    pub fn add_goal(&self, input: GoalInput, zone: String) -> Result<Goal, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.add_goal(&input.try_into()?, now, self::zone(&zone)?)?.into()))
    }

    /// Removes a goal.
    pub fn remove_goal(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_goal(id))
    }

    /// Goals (of one network, or all).
    pub fn goals(&self, network_id: Option<i64>) -> Result<Vec<Goal>, TendError> {
        self.call(|s| Ok(map(s.goals(network_id)?)))
    }

    /// Progress of every goal (of one network, or all) now, in the device's `zone`.
    pub fn goal_progress(&self, network_id: Option<i64>, zone: String) -> Result<Vec<GoalProgress>, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(map(s.goal_progress(network_id, now, self::zone(&zone)?)?)))
    }
}
