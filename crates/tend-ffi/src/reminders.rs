//! The notification plan (effects as data): the core decides every reminder, the shell hands
//! them to AlarmManager or UNUserNotificationCenter, and reports the user's taps back.

use std::sync::Arc;
use std::time::SystemTime;

use chrono::Utc;
use tend_core::reminders as core;

use crate::checkins::Checkin;
use crate::convert::{instant, zone};
use crate::error::blocking;
use crate::model::{ActionKind, ReminderKind, map};
use crate::needs::PersonRef;
use crate::{TendError, TendStore};

/// What a notification refers to, for the shell to open the right screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Refers {
    /// Keep in touch (one or a bundle), gratitude, a goal about one person.
    pub person_ids: Vec<i64>,
    pub group_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub goal_id: Option<i64>,
    pub network_id: Option<i64>,
}

impl From<core::Refers> for Refers {
    fn from(r: core::Refers) -> Self {
        Refers {
            person_ids: r.person_ids,
            group_id: r.group_id,
            meeting_id: r.meeting_id,
            goal_id: r.goal_id,
            network_id: r.network_id,
        }
    }
}

/// One notification for the OS to show. (Named so it does not clash with Foundation's or
/// Android's `Notification`.)
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderNotification {
    /// Stable across replans: the same occurrence always has the same id. Use it as the OS
    /// notification's identifier and pass it back to `handleAction`.
    pub id: String,
    pub kind: ReminderKind,
    /// When to fire.
    pub fire_at: SystemTime,
    /// The same instant in the user's zone, RFC 3339 with offset, for display.
    pub local_time: String,
    pub title: String,
    pub body: String,
    /// Buttons to offer, in order.
    pub actions: Vec<ActionKind>,
    pub refers: Refers,
}

impl From<core::Notification> for ReminderNotification {
    fn from(n: core::Notification) -> Self {
        ReminderNotification {
            id: n.id,
            kind: n.kind.into(),
            fire_at: instant(n.fire_at),
            local_time: n.local_time,
            title: n.title,
            body: n.body,
            actions: map(n.actions),
            refers: n.refers.into(),
        }
    }
}

/// An occurrence that could not be placed at any allowed time, so the app can say why.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Held {
    pub id: String,
    pub kind: ReminderKind,
    pub reason: String,
    pub refers: Refers,
}

impl From<core::Held> for Held {
    fn from(h: core::Held) -> Self {
        Held {
            id: h.id,
            kind: h.kind.into(),
            reason: h.reason,
            refers: h.refers.into(),
        }
    }
}

/// The notification plan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Plan {
    pub generated_at: SystemTime,
    /// The zone it was planned for.
    pub zone: String,
    /// Sorted by fire time, nearest first; at most `max_pending`.
    pub notifications: Vec<ReminderNotification>,
    /// Replan by then at the latest (and on any data change, zone change, clock change, boot).
    pub replan_by: SystemTime,
    /// Notifications within the horizon left out by `max_pending`.
    pub left_out: u32,
    /// Occurrences that fit no allowed time (e.g. a person's windows all inside quiet hours).
    pub held: Vec<Held>,
}

impl From<core::Plan> for Plan {
    fn from(p: core::Plan) -> Self {
        Plan {
            generated_at: instant(p.generated_at),
            zone: p.zone,
            notifications: map(p.notifications),
            replan_by: instant(p.replan_by),
            left_out: p.left_out,
            held: map(p.held),
        }
    }
}

/// The minimal change to what the OS has pending. Apply `cancel` first, then `schedule`: an id
/// in both is a changed notification to replace.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Diff {
    pub schedule: Vec<ReminderNotification>,
    pub cancel: Vec<String>,
    pub replan_by: Option<SystemTime>,
}

impl From<core::Diff> for Diff {
    fn from(d: core::Diff) -> Self {
        Diff {
            schedule: map(d.schedule),
            cancel: d.cancel,
            replan_by: d.replan_by.map(instant),
        }
    }
}

/// What the user did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReminderAction {
    /// Log the matching check-in (once, however often it is repeated).
    Done,
    /// Fire again this many minutes from now (1 to 1440).
    Snooze { minutes: u32 },
    /// Handled; nothing logged.
    Skip,
}

impl From<ReminderAction> for core::Action {
    fn from(a: ReminderAction) -> Self {
        match a {
            ReminderAction::Done => core::Action::Done,
            ReminderAction::Snooze { minutes } => core::Action::Snooze { minutes },
            ReminderAction::Skip => core::Action::Skip,
        }
    }
}

/// What handling an action did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ActionOutcome {
    pub id: String,
    pub kind: ReminderKind,
    /// "done", "skipped" or "snoozed".
    pub state: String,
    /// The check-in logged by `Done` (the same one however often it is repeated).
    pub checkin: Option<Checkin>,
    /// A bundle's `Done`: the people to ask about, since it is not known whom the user reached.
    pub ask_about: Vec<PersonRef>,
    pub snoozed_until: Option<SystemTime>,
}

impl From<core::ActionOutcome> for ActionOutcome {
    fn from(o: core::ActionOutcome) -> Self {
        ActionOutcome {
            id: o.id,
            kind: o.kind.into(),
            state: o.state,
            checkin: o.checkin.map(Into::into),
            ask_about: map(o.ask_about),
            snoozed_until: o.snoozed_until.map(instant),
        }
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl TendStore {
    /// The plan now in the device's `zone`: up to `max_pending` notifications within
    /// `horizon_days` (1 to 62), nearest first. Reads only; use `sync` or `reset` to record
    /// what the OS is given.
    pub fn plan(&self, zone: String, horizon_days: u32, max_pending: u32) -> Result<Plan, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.plan(now, self::zone(&zone)?, horizon_days, max_pending)?.into()))
    }

    /// [`TendStore::plan`] on a background thread (suspend / async).
    pub async fn plan_async(
        self: Arc<Self>,
        zone: String,
        horizon_days: u32,
        max_pending: u32,
    ) -> Result<Plan, TendError> {
        blocking(move || self.plan(zone, horizon_days, max_pending)).await
    }

    /// Replans (14 days, at most 60 pending) and returns the minimal change against what the OS
    /// was last given, recording the new state. Call on launch, after any data change, and by
    /// `replan_by`. An unchanged state gives an empty diff.
    pub fn sync(&self, zone: String) -> Result<Diff, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.sync(now, self::zone(&zone)?)?.into()))
    }

    /// [`TendStore::sync`] on a background thread (suspend / async).
    pub async fn sync_async(self: Arc<Self>, zone: String) -> Result<Diff, TendError> {
        blocking(move || self.sync(zone)).await
    }

    /// Forgets what the OS was given and returns the full plan, all of which the shell schedules
    /// after removing everything pending: after boot, a zone or clock change, an app update, a
    /// permission change. What already fired stays known, so nothing fires twice.
    pub fn reset(&self, zone: String) -> Result<Plan, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.reset(now, self::zone(&zone)?)?.into()))
    }

    /// [`TendStore::reset`] on a background thread (suspend / async).
    pub async fn reset_async(self: Arc<Self>, zone: String) -> Result<Plan, TendError> {
        blocking(move || self.reset(zone)).await
    }

    /// Handles a tap on a notification's action, in one transaction. `Done` logs the matching
    /// check-in keyed by the notification id, so a double tap or a redelivered broadcast logs
    /// exactly once. An unknown or expired id throws `NotFound`; an action the notification
    /// does not offer throws `InvalidInput` ("action").
    pub fn handle_action(
        &self,
        notification_id: String,
        action: ReminderAction,
        zone: String,
    ) -> Result<ActionOutcome, TendError> {
        let now = Utc::now();
        self.call(|s| {
            Ok(
                s.handle_action(&notification_id, action.into(), now, self::zone(&zone)?)?
                    .into(),
            )
        })
    }

    /// Reminders handed to the OS (`sync`/`reset`) whose time passed unhandled in the last 24
    /// hours, oldest first. What was never scheduled is never missed.
    pub fn missed_reminders(&self, zone: String) -> Result<Vec<ReminderNotification>, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(map(s.missed_reminders(now, self::zone(&zone)?)?)))
    }
}
