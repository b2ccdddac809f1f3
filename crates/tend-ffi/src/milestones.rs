//! Milestones counted from each network's since date (1 day, 30 days, 1 year, …).

use chrono::Utc;
use tend_core::milestones as core;

use crate::convert::{date, zone};
use crate::model::map;
use crate::{TendError, TendStore};

/// One milestone on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Milestone {
    /// "30 days", "1 year", "2 years".
    pub label: String,
    /// Days from the since date to this milestone.
    pub days: i64,
    /// The local date to celebrate, "YYYY-MM-DD".
    pub date: String,
}

impl From<core::Milestone> for Milestone {
    fn from(m: core::Milestone) -> Self {
        Milestone {
            label: m.label,
            days: m.days,
            date: date(m.date),
        }
    }
}

/// Where one network stands.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MilestoneReport {
    pub network_id: i64,
    pub network_name: String,
    /// "YYYY-MM-DD".
    pub since: String,
    /// Whole days from the since date to today.
    pub days: i64,
    /// The latest milestone reached, if any.
    pub last: Option<Milestone>,
    /// The next one ahead (today counts as reached, not next).
    pub next: Milestone,
    /// Whether today is a milestone day.
    pub today_is_milestone: bool,
}

impl From<core::MilestoneReport> for MilestoneReport {
    fn from(r: core::MilestoneReport) -> Self {
        MilestoneReport {
            network_id: r.network_id,
            network_name: r.network_name,
            since: date(r.since),
            days: r.days,
            last: r.last.map(Into::into),
            next: r.next.into(),
            today_is_milestone: r.today_is_milestone,
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// Milestones of every network with a since date, today in the device's `zone`.
    pub fn milestones(&self, zone: String) -> Result<Vec<MilestoneReport>, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(map(s.milestones(now, self::zone(&zone)?)?)))
    }
}
