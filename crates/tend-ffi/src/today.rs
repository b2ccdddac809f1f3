//! Today: everything the home screen shows.

use std::sync::Arc;
use std::time::SystemTime;

use chrono::Utc;
use tend_core::today as core;

use crate::checkins::Checkin;
use crate::convert::{date, instant, opt_date, zone};
use crate::error::blocking;
use crate::goals::GoalProgress;
use crate::milestones::MilestoneReport;
use crate::model::{Role, map};
use crate::needs::Coverage;
use crate::reminders::ReminderNotification;
use crate::{TendError, TendStore};

/// Someone due (or overdue) for the user to reach out to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DuePerson {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub cadence_days: u32,
    /// The local day of the last contact check-in, "YYYY-MM-DD", if any.
    pub last_contact: Option<String>,
    /// "YYYY-MM-DD".
    pub due_date: String,
    /// 0 = due today.
    pub days_overdue: i64,
}

impl From<core::DuePerson> for DuePerson {
    fn from(d: core::DuePerson) -> Self {
        DuePerson {
            person_id: d.person_id,
            name: d.name,
            role: d.role.into(),
            cadence_days: d.cadence_days,
            last_contact: opt_date(d.last_contact),
            due_date: date(d.due_date),
            days_overdue: d.days_overdue,
        }
    }
}

/// A meeting happening on the user's local today.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeetingToday {
    pub group_id: i64,
    pub group_name: String,
    pub meeting_id: i64,
    pub starts_at: SystemTime,
    /// "HH:MM" in the user's zone.
    pub local_start: String,
    pub duration_minutes: u32,
    /// The meeting's own zone.
    pub timezone: String,
    pub address: Option<String>,
    pub online_url: Option<String>,
    /// A meeting check-in for this group was logged today.
    pub attended: bool,
}

impl From<core::MeetingToday> for MeetingToday {
    fn from(m: core::MeetingToday) -> Self {
        MeetingToday {
            group_id: m.group_id,
            group_name: m.group_name,
            meeting_id: m.meeting_id,
            starts_at: instant(m.starts_at),
            local_start: m.local_start,
            duration_minutes: m.duration_minutes,
            timezone: m.timezone,
            address: m.address,
            online_url: m.online_url,
            attended: m.attended,
        }
    }
}

/// The home screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Today {
    /// The user's local date, "YYYY-MM-DD".
    pub date: String,
    pub zone: String,
    /// A daily check-in was logged today.
    pub checked_in: bool,
    pub latest_daily: Option<Checkin>,
    pub due: Vec<DuePerson>,
    pub meetings: Vec<MeetingToday>,
    pub goals_at_risk: Vec<GoalProgress>,
    pub next_milestone: Option<MilestoneReport>,
    /// Needs nobody covers, with next steps.
    pub gaps: Vec<Coverage>,
    /// Scheduled reminders whose time passed without being handled, oldest first: overdue, not
    /// lost.
    pub missed: Vec<ReminderNotification>,
}

impl From<core::Today> for Today {
    fn from(t: core::Today) -> Self {
        Today {
            date: date(t.date),
            zone: t.zone,
            checked_in: t.checked_in,
            latest_daily: t.latest_daily.map(Into::into),
            due: map(t.due),
            meetings: map(t.meetings),
            goals_at_risk: map(t.goals_at_risk),
            next_milestone: t.next_milestone.map(Into::into),
            gaps: map(t.gaps),
            missed: map(t.missed),
        }
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl TendStore {
    /// Everything the home screen shows, now, in the device's `zone`.
    pub fn today(&self, zone: String) -> Result<Today, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.today(now, self::zone(&zone)?)?.into()))
    }

    /// [`TendStore::today`] on a background thread (suspend / async).
    pub async fn today_async(self: Arc<Self>, zone: String) -> Result<Today, TendError> {
        blocking(move || self.today(zone)).await
    }
}
