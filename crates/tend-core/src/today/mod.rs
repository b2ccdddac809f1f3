//! Today: the one read a home screen makes — the day's check-in, who is due a call, meetings,
//! goals at risk, the next milestone and the needs nobody covers yet. Every part reads through
//! an index or a bounded window, so it costs the same after ten years of history as after one.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::checkins::Checkin;
use crate::error::Result;
use crate::goals::GoalProgress;
use crate::milestones::MilestoneReport;
use crate::needs::Coverage;
pub use crate::people::DuePerson;
use crate::store::Store;
use crate::time::{fmt_hhmm, local_day_minute, resolve_local};

/// How many meetings starting soon Today shows.
const TODAY_SOON: usize = 3;

/// A meeting happening on the user's local today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeetingToday {
    pub group_id: i64,
    pub group_name: String,
    pub meeting_id: i64,
    pub starts_at: DateTime<Utc>,
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

/// The home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Today {
    pub date: NaiveDate,
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
    /// Reminders handed to the OS whose time passed without being handled (phone off,
    /// notifications blocked, ignored), oldest first: overdue, not lost.
    pub missed: Vec<crate::reminders::Notification>,
    /// Directory meetings starting in the next two hours: online ones, and in-person ones near
    /// the last place the user searched from.
    pub meetings_soon: Vec<crate::directory::SoonMeeting>,
}

fn meetings_today(c: &Connection, tz: Tz, today: NaiveDate) -> Result<Vec<MeetingToday>> {
    let from = resolve_local(today, 0, tz);
    let to = resolve_local(today + Duration::days(1), 0, tz);
    let mut attended = c.prepare_cached(
        "SELECT EXISTS(SELECT 1 FROM checkin WHERE group_id = ?1 AND kind = 'meeting' AND local_date = ?2)",
    )?;
    let mut out = Vec::new();
    for g in crate::groups::load(
        c,
        "EXISTS(SELECT 1 FROM meeting m WHERE m.group_id = g.id AND m.weekday IS NOT NULL)",
        &[],
    )? {
        for m in &g.meetings {
            for at in m.occurrences(from, to) {
                let local = at.with_timezone(&tz);
                out.push(MeetingToday {
                    group_id: g.id,
                    group_name: g.name.clone(),
                    meeting_id: m.id,
                    starts_at: at,
                    local_start: fmt_hhmm(
                        (chrono::Timelike::hour(&local) * 60 + chrono::Timelike::minute(&local)) as u16,
                    ),
                    duration_minutes: m.duration_minutes,
                    timezone: m.timezone.clone(),
                    address: g.address.clone(),
                    online_url: g.online_url.clone(),
                    attended: attended.query_row(params![g.id, today.to_string()], |r| r.get(0))?,
                });
            }
        }
    }
    out.sort_by_key(|m| m.starts_at);
    Ok(out)
}

fn latest_daily(c: &Connection, today: NaiveDate) -> Result<Option<Checkin>> {
    let id: Option<i64> = c
        .query_row(
            "SELECT id FROM checkin WHERE kind = 'daily' AND local_date = ?1 ORDER BY at DESC, id DESC LIMIT 1",
            [today.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| crate::checkins::get(c, id)).transpose()
}

impl Store {
    /// Everything the home screen shows, at `now` in the user's zone `tz`.
    pub fn today(&self, now: DateTime<Utc>, tz: Tz) -> Result<Today> {
        let (today, minute) = local_day_minute(now, tz);
        self.read(|c| {
            let settings = crate::settings::load(c)?;
            let latest = latest_daily(c, today)?;
            let goals_at_risk =
                crate::goals::progress_all(c, None, today, minute, settings.week_start, crate::goals::History::Full)?
                    .into_iter()
                    .filter(|g| g.at_risk)
                    .collect();
            let next_milestone = crate::network::all(c)?
                .into_iter()
                .filter_map(|n| n.since.and_then(|s| crate::milestones::report(n.id, &n.name, s, today)))
                .min_by_key(|r| r.next.date);
            Ok(Today {
                date: today,
                zone: tz.name().to_string(),
                checked_in: latest.is_some(),
                latest_daily: latest,
                due: crate::people::due_people(c, tz, today)?,
                meetings: meetings_today(c, tz, today)?,
                goals_at_risk,
                next_milestone,
                gaps: crate::needs::coverage(c, None)?
                    .into_iter()
                    .filter(Coverage::is_gap)
                    .collect(),
                missed: crate::reminders::missed(c, now, tz)?,
                meetings_soon: crate::directory::soon_near_last_place(c, now, tz, TODAY_SOON)?,
            })
        })
    }
}

impl Store {
    /// Nothing built yet — no network, no person, no group of the user's own: the shells offer
    /// the first-launch guide (skipping it leaves this true until something is added).
    pub fn needs_welcome(&self) -> Result<bool> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT NOT EXISTS(SELECT 1 FROM network) AND NOT EXISTS(SELECT 1 FROM person)
                        AND NOT EXISTS(SELECT 1 FROM support_group)",
                [],
                |r| r.get(0),
            )?)
        })
    }
}
