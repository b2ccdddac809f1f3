//! Reminders: the notification plan the phone shells hand to AlarmManager or
//! UNUserNotificationCenter, the ledger of what they were given, and what happens when the user
//! taps a notification's action. The core decides every reminder; the shell only executes the
//! plan (effects as data), and `now` and the zone always come from the caller.
//!
//! ## Sources and default local times
//! - **Daily check-in** at each `checkin_times` setting, in the phone's current zone.
//! - **Keep in touch** from [`KEEP_IN_TOUCH_TIME`] (10:00) on the day a person is due, at the
//!   first minute inside their contact window and outside quiet hours; people whose slots
//!   coincide are bundled; at most `daily_cap` people a day, most overdue first, the rest roll
//!   on to the next day. Reminded each day while still due. Avoided people never.
//! - **Meetings**: `meeting_lead_minutes` before each start, the start in the meeting's zone.
//! - **Goals**: [`GOAL_TIME`] (18:00) on the first day the goal falls behind pace with half its
//!   period gone, once per period.
//! - **Milestones**: [`MILESTONE_TIME`] (09:00) on the day.
//! - **Gratitude** (setting `gratitude`): [`GRATITUDE_TIME`] (12:00) the day after a contact in
//!   which the user received support, unless they already said thank you.
//!
//! Every time is wall-clock: a DST gap moves it forward by the gap, an overlap fires once (the
//! first). Anything falling in quiet hours moves to the end of them; what cannot be placed at
//! all is reported in [`Plan::held`], never dropped silently.
//!
//! ## Ids
//! An id names the occurrence, not its row or position, so it survives replans:
//! `daily:2025-03-09T02:30`, `kit:2025-03-10:12` (one person) or `kit:2025-03-10:12-15-40`
//! (bundle), `meeting:7:2025-03-10T19:00` (local date and time in the meeting's zone),
//! `goal:3:2025-03-10` (period start), `milestone:1:2025-04-01`, `gratitude:2025-03-10:12`.

mod device;
mod id;
mod load;
mod plan;
pub(crate) mod text;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use device::{DeviceState, ResetReason};
pub use id::{OccurrenceId, Opens, opens};

use crate::checkins::{Checkin, CheckinData, NewCheckin};
use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::PersonRef;
use crate::model::{Channel, Direction, Role};
use crate::store::Store;
use crate::time::{Minutes, to_ms};

/// How far ahead a plan looks by default, in days.
pub const DEFAULT_HORIZON_DAYS: u32 = 14;
/// The longest horizon accepted; longer requests are clamped.
pub const MAX_HORIZON_DAYS: u32 = 62;
/// Pending notifications handed to the OS at most, by default (iOS keeps 64; leave headroom).
pub const DEFAULT_MAX_PENDING: u32 = 60;
/// Local time keep-in-touch reminders aim for, before windows and quiet hours apply.
pub const KEEP_IN_TOUCH_TIME: Minutes = 10 * 60;
/// Local time of goal nudges.
pub const GOAL_TIME: Minutes = 18 * 60;
/// Local time of milestone celebrations.
pub const MILESTONE_TIME: Minutes = 9 * 60;
/// Local time of gratitude nudges.
pub const GRATITUDE_TIME: Minutes = 12 * 60;
/// How far back occurrences are looked for (snoozes, missed, actions on old notifications).
pub const LOOKBACK_HOURS: i64 = 48;
/// How long a passed, unhandled reminder shows as missed.
pub const MISSED_HOURS: i64 = 24;
/// Longest snooze accepted, in minutes.
pub const MAX_SNOOZE_MINUTES: u32 = 24 * 60;
/// The snoozes a shell offers, shortest first; a notification's own Snooze button uses the
/// first.
pub const SNOOZE_CHOICES: &[u32] = &[15, 60, 180];
/// Handled-state rows older than this are forgotten; actions on such old ids are not found.
const HANDLED_KEEP_DAYS: i64 = 7;

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    DailyCheckin,
    KeepInTouch,
    Meeting,
    Goal,
    Milestone,
    Gratitude,
}

impl ReminderKind {
    /// The stable spelling in JSON and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::DailyCheckin => "daily_checkin",
            ReminderKind::KeepInTouch => "keep_in_touch",
            ReminderKind::Meeting => "meeting",
            ReminderKind::Goal => "goal",
            ReminderKind::Milestone => "milestone",
            ReminderKind::Gratitude => "gratitude",
        }
    }

    /// Time-bound reminders that should sound and show at once (a check-in slot, a meeting about
    /// to start); the others can wait quietly in the shade. Android maps this to the channel's
    /// importance, iOS to the interruption level.
    pub fn is_urgent(self) -> bool {
        matches!(self, ReminderKind::DailyCheckin | ReminderKind::Meeting)
    }

    /// How many minutes early to hand a reminder to an OS that can only deliver it late (Android
    /// without exact alarms: up to an hour in Doze). A meeting's lead would otherwise turn into
    /// "it has started"; its text names the meeting's time, so an early one stays true. Others
    /// are not moved: a check-in a little late is better than one too early.
    pub fn early_if_inexact_minutes(self) -> u32 {
        match self {
            ReminderKind::Meeting => 30,
            _ => 0,
        }
    }

    /// The kind of the occurrence a notification id names, if it is one.
    pub fn of_id(id: &str) -> Option<ReminderKind> {
        id.parse::<OccurrenceId>().ok().map(|o| o.kind())
    }
}

/// A button a notification offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Done,
    Snooze,
    Skip,
}

impl ActionKind {
    /// The stable spelling in JSON and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Done => "done",
            ActionKind::Snooze => "snooze",
            ActionKind::Skip => "skip",
        }
    }
}

/// What the user did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum), uniffi(name = "ReminderAction"))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Log the matching check-in (see [`Store::handle_action`]).
    Done,
    /// Fire again this many minutes from now (1 to [`MAX_SNOOZE_MINUTES`]).
    Snooze { minutes: u32 },
    /// Handled; nothing logged.
    Skip,
}

impl Action {
    /// Parses `done`, `skip` or `snooze` (which needs `minutes`).
    pub fn parse(word: &str, minutes: Option<u32>) -> Result<Action> {
        match (word.trim().to_ascii_lowercase().as_str(), minutes) {
            ("done", None) => Ok(Action::Done),
            ("skip", None) => Ok(Action::Skip),
            ("snooze", Some(m)) => Ok(Action::Snooze { minutes: m }),
            ("snooze", None) => Err(Error::invalid("snooze", MessageId::RefusalSnoozeMinutes)),
            ("done" | "skip", Some(_)) => Err(Error::invalid("action", MessageId::RefusalMinutesOnlySnooze)),
            _ => Err(Error::invalid(
                "action",
                Message::new(MessageId::RefusalOneOf).text("choices", "done, skip, snooze MINUTES"),
            )),
        }
    }

    fn kind(self) -> ActionKind {
        match self {
            Action::Done => ActionKind::Done,
            Action::Snooze { .. } => ActionKind::Snooze,
            Action::Skip => ActionKind::Skip,
        }
    }
}

/// What a notification refers to, for the shell to open the right screen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Refers {
    /// Keep in touch (one or a bundle), gratitude, a goal about one person.
    pub person_ids: Vec<i64>,
    pub group_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub goal_id: Option<i64>,
    pub network_id: Option<i64>,
}

/// One notification for the OS to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record), uniffi(name = "ReminderNotification"))]
pub struct Notification {
    /// Stable across replans: the same occurrence always has the same id.
    pub id: String,
    pub kind: ReminderKind,
    /// When to fire (UTC).
    pub fire_at: DateTime<Utc>,
    /// The same instant in the user's zone, RFC 3339 with offset, for display.
    pub local_time: String,
    /// What it says, as messages the shell words in the phone's language when it hands the
    /// notification to the OS.
    pub title: Message,
    pub body: Message,
    /// Buttons to offer, in order.
    pub actions: Vec<ActionKind>,
    pub refers: Refers,
    /// Time-bound (a check-in slot, a meeting): the shell gives it a sounding channel (Android)
    /// or the time-sensitive interruption level (iOS); the rest arrive quietly.
    pub urgent: bool,
    /// Its Done button asks for the phone's unlock when pressed on the lock screen (the
    /// `done_needs_unlock` setting; never for Snooze or Skip): iOS `.authenticationRequired`,
    /// Android `setAuthenticationRequired(true)`.
    pub done_needs_unlock: bool,
    /// Where delivery can only be inexact, hand it to the OS this many minutes before `fire_at`
    /// (never before now); 0 = at its time. See [`ReminderKind::early_if_inexact_minutes`].
    pub early_if_inexact_minutes: u32,
    /// Changes exactly when what the OS shows changes (kind, time, title, body, buttons, and the
    /// language they are worded in, [`DeviceState::language`]): the shell keeps it with the pending notification to tell a changed one from an unchanged one.
    pub fingerprint: String,
}

/// An occurrence that could not be placed at any allowed time, so the app can say why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Held {
    pub id: String,
    pub kind: ReminderKind,
    /// Why, for the person: `held-contact-windows-quiet`, `held-meeting-quiet`.
    pub reason: Message,
    pub refers: Refers,
}

/// The notification plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Plan {
    pub generated_at: DateTime<Utc>,
    /// The zone it was planned for (the phone's zone at `generated_at`).
    pub zone: String,
    /// Sorted by fire time, nearest first; at most `max_pending`.
    pub notifications: Vec<Notification>,
    /// Replan by then at the latest (and on any data change, zone change, clock change, boot).
    pub replan_by: DateTime<Utc>,
    /// Notifications within the horizon left out by `max_pending`.
    pub left_out: u32,
    /// Occurrences that fit no allowed time (e.g. a person's windows all inside quiet hours).
    pub held: Vec<Held>,
}

/// The minimal change to what the OS has pending. Apply `cancel` first, then `schedule`: an id
/// in both is a changed notification (new time or text) to replace. With `reset` set, the OS's
/// pending reminders could not be trusted: remove every pending Tend reminder first, then
/// schedule all of `schedule` (the whole plan).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Diff {
    pub schedule: Vec<Notification>,
    pub cancel: Vec<String>,
    pub replan_by: Option<DateTime<Utc>>,
    /// Why this is a full reset rather than a minimal change; `None` for a minimal change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<ResetReason>,
}

impl Diff {
    /// Nothing to do.
    pub fn is_empty(&self) -> bool {
        self.schedule.is_empty() && self.cancel.is_empty()
    }
}

/// What handling an action did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ActionOutcome {
    pub id: String,
    pub kind: ReminderKind,
    /// `done`, `skipped` or `snoozed`.
    pub state: String,
    /// The check-in logged by `done` (the same one however often it is repeated).
    pub checkin: Option<Checkin>,
    /// A bundle's `done`: the people to ask about, since it is not known whom the user reached.
    pub ask_about: Vec<PersonRef>,
    pub snoozed_until: Option<DateTime<Utc>>,
}

/// A content hash (FNV-1a 64) of everything the OS shows, so a changed text or time is noticed;
/// `language` is the one the shell words it in, so a new phone language replaces what is pending.
pub(crate) fn fingerprint(n: &Notification, language: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let actions: Vec<&str> = n.actions.iter().map(|a| a.as_str()).collect();
    let words = |m: &Message| serde_json::to_string(m).unwrap_or_default();
    let s = format!(
        "{}|{}|{}|{}|{}{}{}",
        n.kind.as_str(),
        to_ms(n.fire_at),
        words(&n.title),
        words(&n.body),
        actions.join(","),
        if n.done_needs_unlock { "|unlock" } else { "" },
        if language.is_empty() {
            String::new()
        } else {
            format!("|{language}")
        }
    );
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The plan's notifications fingerprinted for the phone's `language` (none: as planned).
fn worded_in(mut notifications: Vec<Notification>, language: &str) -> Vec<Notification> {
    if !language.is_empty() {
        for n in &mut notifications {
            n.fingerprint = fingerprint(n, language);
        }
    }
    notifications
}

/// Missed reminders, for Today (inside its read).
pub(crate) fn missed(c: &Connection, now: DateTime<Utc>, zone: Tz) -> Result<Vec<Notification>> {
    let s = load::snapshot(c, now, zone, None)?;
    Ok(plan::missed(&s, now, zone))
}

fn people_refs(c: &Connection, ids: &[i64]) -> Result<Vec<PersonRef>> {
    let mut st = c.prepare_cached("SELECT id, name, role FROM person WHERE id = ?1")?;
    let mut out = Vec::new();
    for id in ids {
        let p = st
            .query_row([id], |r| {
                let role: String = r.get(2)?;
                Ok(PersonRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: Role::parse(&role).unwrap_or(Role::Other),
                })
            })
            .optional()?;
        out.extend(p);
    }
    Ok(out)
}

fn plan_in(c: &Connection, now: DateTime<Utc>, zone: Tz, horizon_days: u32, max_pending: u32) -> Result<Plan> {
    let s = load::snapshot(c, now, zone, None)?;
    Ok(plan::plan(&s, now, zone, horizon_days, max_pending))
}

fn sync_in(tx: &Connection, now: DateTime<Utc>, zone: Tz, limits: (u32, u32), language: &str) -> Result<Diff> {
    let (horizon_days, max_pending) = limits;
    prune_handled(tx, now)?;
    let s = load::snapshot(tx, now, zone, None)?;
    let mut p = plan::plan(&s, now, zone, horizon_days, max_pending);
    p.notifications = worded_in(p.notifications, language);
    let mut diff = Diff {
        replan_by: Some(p.replan_by),
        ..Diff::default()
    };
    let mut keep = Vec::with_capacity(p.notifications.len());
    let mut wanted = std::collections::HashSet::new();
    for n in &p.notifications {
        let hash = n.fingerprint.clone();
        wanted.insert(n.id.as_str());
        match s.ledger.get(&n.id) {
            Some((at, h)) if *at == n.fire_at && *h == hash => {}
            Some((at, _)) if *at > now => {
                diff.cancel.push(n.id.clone());
                diff.schedule.push(n.clone());
            }
            _ => diff.schedule.push(n.clone()),
        }
        keep.push((n.id.clone(), n.fire_at, hash));
    }
    // Pending but no longer wanted: cancel. Already fired: leave the user's
    // notification shade alone.
    let mut gone: Vec<String> = s
        .ledger
        .iter()
        .filter(|(id, (at, _))| *at > now && !wanted.contains(id.as_str()))
        .map(|(id, _)| id.clone())
        .collect();
    gone.sort();
    diff.cancel.extend(gone);
    load::write_ledger(tx, now, &keep)?;
    Ok(diff)
}

fn reset_in(tx: &Connection, now: DateTime<Utc>, zone: Tz, limits: (u32, u32), language: &str) -> Result<Plan> {
    let (horizon_days, max_pending) = limits;
    prune_handled(tx, now)?;
    tx.execute("DELETE FROM reminder_ledger WHERE fire_at > ?1", [to_ms(now)])?;
    let mut p = plan_in(tx, now, zone, horizon_days, max_pending)?;
    p.notifications = worded_in(p.notifications, language);
    let keep: Vec<_> = p
        .notifications
        .iter()
        .map(|n| (n.id.clone(), n.fire_at, n.fingerprint.clone()))
        .collect();
    load::write_ledger(tx, now, &keep)?;
    Ok(p)
}

impl Store {
    /// The notification plan at `now` in the phone's `zone`: up to `max_pending` notifications
    /// within `horizon_days` (1 to [`MAX_HORIZON_DAYS`]), nearest first. Reads only; the
    /// ledger is not touched (use [`Store::sync`] or [`Store::reset`] to hand it to the OS).
    pub fn plan(&self, now: DateTime<Utc>, zone: Tz, horizon_days: u32, max_pending: u32) -> Result<Plan> {
        self.read(|c| plan_in(c, now, zone, horizon_days, max_pending))
    }

    /// Replans with the default horizon and limit and returns the minimal change against what
    /// the OS was last given; records the new state. An unchanged state gives an empty diff.
    pub fn sync(&self, now: DateTime<Utc>, zone: Tz) -> Result<Diff> {
        self.sync_with(now, zone, DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING)
    }

    /// [`Store::sync`] with an explicit horizon and limit.
    pub fn sync_with(&self, now: DateTime<Utc>, zone: Tz, horizon_days: u32, max_pending: u32) -> Result<Diff> {
        self.write(|tx| sync_in(tx, now, zone, (horizon_days, max_pending), ""))
    }

    /// Replans for the device as the shell sees it now and returns what to hand the OS: a
    /// minimal change, or a full reset when the OS's pending reminders cannot be trusted (the
    /// zone, exact-alarm permission, notification permission or app version changed since the
    /// last plan, the OS said it lost reminders, or a reminder believed pending is missing from
    /// `device.os_pending`). Records the device facts with the plan, in one transaction.
    pub fn sync_device(&self, now: DateTime<Utc>, device: &DeviceState) -> Result<Diff> {
        let zone = crate::time::parse_zone("zone", &device.zone)?;
        self.write(|tx| {
            let last = device::recorded(tx)?;
            let pending = device::believed_pending(tx, now)?;
            let diff = match device::reset_needed(last.as_ref(), device, &pending) {
                Some(reason) => {
                    let plan = reset_in(
                        tx,
                        now,
                        zone,
                        (DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING),
                        &device.language,
                    )?;
                    Diff {
                        schedule: plan.notifications,
                        cancel: Vec::new(),
                        replan_by: Some(plan.replan_by),
                        reset: Some(reason),
                    }
                }
                None => sync_in(
                    tx,
                    now,
                    zone,
                    (DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING),
                    &device.language,
                )?,
            };
            device::record(tx, device, now)?;
            crate::messages::record_language(tx, &device.language)?;
            Ok(diff)
        })
    }

    /// The ids of reminders handed to the OS that have not fired yet: what the OS should still
    /// hold. Android probes each for its alarm on a cold start and reports what it found in
    /// [`DeviceState::os_pending`].
    pub fn believed_pending(&self, now: DateTime<Utc>) -> Result<Vec<String>> {
        self.read(|c| device::believed_pending(c, now))
    }

    /// Forgets what the OS was given (after boot, a zone or clock change, an app update, a
    /// permission change) and returns the full plan, all of which the shell schedules after
    /// removing everything pending. What already fired stays known, so nothing fires twice.
    pub fn reset(&self, now: DateTime<Utc>, zone: Tz) -> Result<Plan> {
        self.reset_with(now, zone, DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING)
    }

    /// [`Store::reset`] with an explicit horizon and limit.
    pub fn reset_with(&self, now: DateTime<Utc>, zone: Tz, horizon_days: u32, max_pending: u32) -> Result<Plan> {
        self.write(|tx| reset_in(tx, now, zone, (horizon_days, max_pending), ""))
    }

    /// Reminders the OS was given (by [`Store::sync`] or [`Store::reset`]) whose time passed
    /// unhandled in the last [`MISSED_HOURS`], oldest first.
    pub fn missed_reminders(&self, now: DateTime<Utc>, zone: Tz) -> Result<Vec<Notification>> {
        self.read(|c| missed(c, now, zone))
    }

    /// Handles a tap on a notification's action, in one transaction.
    ///
    /// - `done` logs the matching check-in with the notification id as its idempotency key, so
    ///   a double tap or a redelivered broadcast logs exactly once: a daily reminder logs an
    ///   unrated daily check-in (no mood is invented; see `checkins::insert_unrated_daily`), a
    ///   one-person keep-in-touch logs a contact (channel `other`, direction `both`: the tap
    ///   says they talked, not how), a meeting logs attendance. A bundle logs nothing and
    ///   returns the people in `ask_about`.
    /// - `snooze` moves this occurrence to `now + minutes` (out of quiet hours); `skip` marks it
    ///   handled.
    ///
    /// An id that never existed, or is older than the lookback, is [`Error::NotFound`]; an
    /// action the notification does not offer is [`Error::InvalidInput`].
    pub fn handle_action(
        &self,
        notification_id: &str,
        action: Action,
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Result<ActionOutcome> {
        let id = notification_id.trim();
        if let Action::Snooze { minutes } = action
            && !(1..=MAX_SNOOZE_MINUTES).contains(&minutes)
        {
            return Err(Error::invalid(
                "snooze",
                Message::new(MessageId::RefusalMinutesRange).num("max", MAX_SNOOZE_MINUTES),
            ));
        }
        let occurrence: OccurrenceId = id
            .parse()
            .map_err(|_| Error::not_found("notification", "with that id"))?;
        let kind = occurrence.kind();
        self.write(|tx| {
            let state: Option<String> = tx
                .query_row("SELECT state FROM reminder_handled WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            let mut outcome = ActionOutcome {
                id: id.to_string(),
                kind,
                state: String::new(),
                checkin: None,
                ask_about: Vec::new(),
                snoozed_until: None,
            };
            if state.as_deref() == Some("done") {
                // Done is final: a repeat returns what the first one did.
                outcome.state = "done".into();
                outcome.checkin = checkin_by_key(tx, id)?;
                if kind == ReminderKind::KeepInTouch && outcome.checkin.is_none() {
                    outcome.ask_about = people_refs(tx, kit_people(&occurrence))?;
                }
                return Ok(outcome);
            }
            let s = load::snapshot(tx, now, zone, Some(kind))?;
            let from = now - Duration::hours(LOOKBACK_HOURS);
            let to = now + Duration::days(i64::from(MAX_HORIZON_DAYS));
            let (occs, _) = plan::generate(&s, now, zone, from, to, Some(kind));
            let Some(occ) = occs.into_iter().find(|o| o.n.id == id) else {
                // Snoozed or skipped earlier and since answered (e.g. the person was called):
                // still known, nothing more to do.
                return match state {
                    Some(st) if action != Action::Done => {
                        outcome.state = st;
                        Ok(outcome)
                    }
                    _ => Err(Error::not_found("notification", "with that id")),
                };
            };
            let n = occ.n;
            if !n.actions.contains(&action.kind()) {
                return Err(Error::invalid(
                    "action",
                    Message::new(MessageId::RefusalActionNotOffered).text(
                        "actions",
                        n.actions.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", "),
                    ),
                ));
            }
            let (state, until) = match action {
                Action::Done => {
                    let data = match (kind, n.refers.person_ids.as_slice()) {
                        (ReminderKind::DailyCheckin, _) => Some(CheckinData::Daily { mood: 0, craving: None }),
                        (ReminderKind::KeepInTouch, [one]) => Some(CheckinData::Contact {
                            person_id: *one,
                            channel: Channel::Other,
                            direction: Direction::Both,
                            support: None,
                        }),
                        (ReminderKind::Meeting, _) => {
                            n.refers.group_id.map(|group_id| CheckinData::Meeting { group_id })
                        }
                        _ => None,
                    };
                    if let Some(data) = data {
                        let new = NewCheckin {
                            data,
                            note: None,
                            at: now,
                            zone,
                            idempotency_key: Some(id.to_string()),
                        };
                        outcome.checkin = Some(if kind == ReminderKind::DailyCheckin {
                            crate::checkins::insert_unrated_daily(tx, &new)?
                        } else {
                            crate::checkins::insert(tx, &new)?
                        });
                    } else if kind == ReminderKind::KeepInTouch {
                        outcome.ask_about = people_refs(tx, &n.refers.person_ids)?;
                    }
                    ("done", None)
                }
                Action::Snooze { minutes } => ("snoozed", Some(now + Duration::minutes(i64::from(minutes)))),
                Action::Skip => ("skipped", None),
            };
            tx.execute(
                "INSERT INTO reminder_handled (id, state, until_ms, handled_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET state = excluded.state, until_ms = excluded.until_ms,
                 handled_at = excluded.handled_at",
                params![id, state, until.map(to_ms), to_ms(now)],
            )?;
            outcome.state = state.into();
            outcome.snoozed_until = until;
            Ok(outcome)
        })
    }
}

impl Store {
    /// A bundle's follow-up ("reach out to Sam, Priya or Jo" was marked done): logs a contact
    /// with each person the user says they reached, in one transaction. Each contact is keyed
    /// by the notification and the person, so a repeated call logs nothing new and returns the
    /// same check-ins. Only people the bundle named are accepted; the bundle must have been
    /// marked done first (`handle_action` with `Done`).
    pub fn log_bundle_contacts(
        &self,
        notification_id: &str,
        person_ids: &[i64],
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Result<Vec<Checkin>> {
        let id = notification_id.trim();
        let occurrence: OccurrenceId = id.parse()?;
        if occurrence.kind() != ReminderKind::KeepInTouch {
            return Err(Error::invalid("notification id", MessageId::RefusalNotKeepInTouch));
        }
        let named = kit_people(&occurrence);
        if person_ids.iter().any(|p| !named.contains(p)) {
            return Err(Error::invalid("person", MessageId::RefusalNotInReminder));
        }
        let mut chosen = person_ids.to_vec();
        chosen.sort_unstable();
        chosen.dedup();
        self.write(|tx| {
            let state: Option<String> = tx
                .query_row("SELECT state FROM reminder_handled WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if state.as_deref() != Some("done") {
                return Err(Error::invalid("notification", MessageId::RefusalDoneFirst));
            }
            let mut out = Vec::with_capacity(chosen.len());
            for person_id in chosen {
                let new = NewCheckin {
                    data: CheckinData::Contact {
                        person_id,
                        channel: Channel::Other,
                        direction: Direction::Both,
                        support: None,
                    },
                    note: None,
                    at: now,
                    zone,
                    idempotency_key: Some(format!("{id}#{person_id}")),
                };
                out.push(crate::checkins::insert(tx, &new)?);
            }
            Ok(out)
        })
    }
}

fn checkin_by_key(c: &Connection, key: &str) -> Result<Option<Checkin>> {
    let id: Option<i64> = c
        .query_row("SELECT id FROM checkin WHERE idem_key = ?1", [key], |r| r.get(0))
        .optional()?;
    id.map(|id| crate::checkins::get(c, id)).transpose()
}

/// The people a keep-in-touch occurrence names.
fn kit_people(o: &OccurrenceId) -> &[i64] {
    match o {
        OccurrenceId::KeepInTouch { people, .. } => people,
        _ => &[],
    }
}

fn prune_handled(c: &Connection, now: DateTime<Utc>) -> Result<()> {
    let cutoff = to_ms(now - Duration::days(HANDLED_KEEP_DAYS));
    c.execute(
        "DELETE FROM reminder_handled WHERE handled_at < ?1 AND (until_ms IS NULL OR until_ms < ?1)",
        [cutoff],
    )?;
    Ok(())
}

/// Pure planning over explicit data, for property tests and the benchmark: the same rules as
/// [`Store::plan`] without a database.
#[doc(hidden)]
pub mod testing {
    use super::*;

    pub use crate::people::ContactWindow;
    pub use crate::settings::{QuietHours, Settings};

    /// A person for [`plan_people`]: id, name, due date, contact windows.
    #[derive(Debug, Clone)]
    pub struct DuePersonSpec {
        pub id: i64,
        pub name: String,
        pub due_date: chrono::NaiveDate,
        pub windows: Vec<ContactWindow>,
    }

    /// Plans daily check-ins and keep-in-touch for these settings and people, with no history.
    pub fn plan_people(
        settings: &Settings,
        people: &[DuePersonSpec],
        now: DateTime<Utc>,
        zone: Tz,
        horizon_days: u32,
        max_pending: u32,
    ) -> Plan {
        let s = load::Snapshot {
            settings: settings.clone(),
            people: people
                .iter()
                .map(|p| load::KitPerson {
                    id: p.id,
                    name: p.name.clone(),
                    last_contact: None,
                    due_date: p.due_date,
                    windows: p.windows.clone(),
                })
                .collect(),
            groups: Vec::new(),
            goals: Vec::new(),
            networks: Vec::new(),
            received: Vec::new(),
            daily: Vec::new(),
            attended: Default::default(),
            handled: Default::default(),
            ledger: Default::default(),
        };
        plan::plan(&s, now, zone, horizon_days, max_pending)
    }

    /// [`plan::out_of_quiet`], exposed for tests.
    pub fn out_of_quiet(at: DateTime<Utc>, zone: Tz, quiet: Option<QuietHours>) -> DateTime<Utc> {
        plan::out_of_quiet(at, zone, quiet)
    }
}
