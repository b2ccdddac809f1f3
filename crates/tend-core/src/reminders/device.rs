//! The device facts a plan was handed to the OS under, and the one rule that decides when the
//! OS's pending reminders can no longer be trusted and a full reset is due.
//!
//! Phones drop or mis-time reminders without telling anyone: Android deletes every exact alarm
//! when the user revokes the permission and clears all alarms on a force-stop (Android 8–14), a
//! zone change while the app is not running moves every wall-clock time, an update may change the
//! plan's rules. The shells report what they can see ([`DeviceState`]); the core compares it with
//! what it recorded at the last plan and with what it believes is pending, and resets when in
//! doubt. Both shells therefore behave the same, and the rule is tested once, here.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::time::to_ms;

/// What the shell can see of the device when it asks for a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DeviceState {
    /// The device's IANA zone now ("Europe/Dublin").
    pub zone: String,
    /// Whether the OS fires at the exact minute (Android: `canScheduleExactAlarms()`; iOS: always).
    pub exact_alarms: bool,
    /// Whether the user allows Tend's notifications.
    pub notifications_allowed: bool,
    /// The app's version (Android's version code, iOS's build number).
    pub app_version: String,
    /// The OS said it dropped or mis-timed alarms: boot, the clock set, the app replaced.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub os_lost_reminders: bool,
    /// The ids of Tend's reminders the OS still holds, when the shell can tell (iOS lists its
    /// pending requests; Android probes each id of [`crate::Store::believed_pending`] for its
    /// alarm). `None` when it cannot tell.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub os_pending: Option<Vec<String>>,
    /// The language the shell words notifications in (BCP 47, "es-MX"): part of each
    /// notification's fingerprint, so when the phone's language changes every pending one is
    /// replaced by one worded in the new language.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    #[serde(default)]
    pub language: String,
}

/// Why a sync became a full reset: the shell cancels everything of Tend's it has pending and
/// schedules the whole plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ResetReason {
    /// Nothing was planned on this device before (first run, data restored).
    FirstPlan,
    /// The device's zone changed since the last plan: every pending wall-clock time is wrong.
    ZoneChanged,
    /// Exact alarms were granted or revoked (revoking deletes every exact alarm silently).
    ExactAlarmsChanged,
    /// Notifications were turned off or on.
    NotificationsChanged,
    /// The app was updated; the rules may differ.
    AppUpdated,
    /// The OS said it lost reminders (boot, clock set).
    OsLostReminders,
    /// A reminder the core handed over and that has not fired yet is missing from the OS
    /// (force-stop, revoked permission).
    PendingMissing,
}

impl ResetReason {
    /// The stable spelling in JSON and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            ResetReason::FirstPlan => "first_plan",
            ResetReason::ZoneChanged => "zone_changed",
            ResetReason::ExactAlarmsChanged => "exact_alarms_changed",
            ResetReason::NotificationsChanged => "notifications_changed",
            ResetReason::AppUpdated => "app_updated",
            ResetReason::OsLostReminders => "os_lost_reminders",
            ResetReason::PendingMissing => "pending_missing",
        }
    }
}

/// The facts recorded at the last plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Recorded {
    zone: String,
    exact_alarms: bool,
    notifications_allowed: bool,
    app_version: String,
}

pub(crate) fn recorded(c: &Connection) -> Result<Option<Recorded>> {
    Ok(c.query_row(
        "SELECT zone, exact_alarms, notifications, app_version FROM device_state WHERE id = 1",
        [],
        |r| {
            Ok(Recorded {
                zone: r.get(0)?,
                exact_alarms: r.get(1)?,
                notifications_allowed: r.get(2)?,
                app_version: r.get(3)?,
            })
        },
    )
    .optional()?)
}

pub(crate) fn record(c: &Connection, d: &DeviceState, now: DateTime<Utc>) -> Result<()> {
    c.execute(
        "INSERT INTO device_state (id, zone, exact_alarms, notifications, app_version, planned_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, exact_alarms = excluded.exact_alarms,
         notifications = excluded.notifications, app_version = excluded.app_version,
         planned_at = excluded.planned_at",
        params![
            d.zone,
            d.exact_alarms,
            d.notifications_allowed,
            d.app_version,
            to_ms(now)
        ],
    )?;
    Ok(())
}

/// The ids the core handed to the OS that have not fired yet at `now`.
pub(crate) fn believed_pending(c: &Connection, now: DateTime<Utc>) -> Result<Vec<String>> {
    let mut st = c.prepare_cached("SELECT id FROM reminder_ledger WHERE fire_at > ?1 ORDER BY fire_at, id")?;
    let ids = st
        .query_map([to_ms(now)], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// The one rule: is a full reset due, and why? `pending` is what the core believes the OS holds.
pub(crate) fn reset_needed(last: Option<&Recorded>, now: &DeviceState, pending: &[String]) -> Option<ResetReason> {
    let Some(last) = last else {
        return Some(ResetReason::FirstPlan);
    };
    if now.os_lost_reminders {
        return Some(ResetReason::OsLostReminders);
    }
    if last.zone != now.zone {
        return Some(ResetReason::ZoneChanged);
    }
    if last.exact_alarms != now.exact_alarms {
        return Some(ResetReason::ExactAlarmsChanged);
    }
    if last.notifications_allowed != now.notifications_allowed {
        return Some(ResetReason::NotificationsChanged);
    }
    if last.app_version != now.app_version {
        return Some(ResetReason::AppUpdated);
    }
    if let Some(held) = &now.os_pending {
        let held: std::collections::HashSet<&str> = held.iter().map(String::as_str).collect();
        if pending.iter().any(|id| !held.contains(id.as_str())) {
            return Some(ResetReason::PendingMissing);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device() -> DeviceState {
        DeviceState {
            zone: "Europe/Dublin".into(),
            exact_alarms: true,
            notifications_allowed: true,
            app_version: "12".into(),
            os_lost_reminders: false,
            os_pending: None,
            language: String::new(),
        }
    }

    fn recorded_from(d: &DeviceState) -> Recorded {
        Recorded {
            zone: d.zone.clone(),
            exact_alarms: d.exact_alarms,
            notifications_allowed: d.notifications_allowed,
            app_version: d.app_version.clone(),
        }
    }

    #[test]
    fn each_changed_fact_names_its_reason() {
        let last = recorded_from(&device());
        let pending = vec!["daily:2026-11-26T20:00".to_string()];
        assert_eq!(reset_needed(None, &device(), &pending), Some(ResetReason::FirstPlan));
        assert_eq!(reset_needed(Some(&last), &device(), &pending), None);
        type Change = fn(&mut DeviceState);
        let cases: [(Change, ResetReason); 6] = [
            (|d| d.zone = "America/New_York".into(), ResetReason::ZoneChanged),
            (|d| d.exact_alarms = false, ResetReason::ExactAlarmsChanged),
            (|d| d.notifications_allowed = false, ResetReason::NotificationsChanged),
            (|d| d.app_version = "13".into(), ResetReason::AppUpdated),
            (|d| d.os_lost_reminders = true, ResetReason::OsLostReminders),
            (|d| d.os_pending = Some(Vec::new()), ResetReason::PendingMissing),
        ];
        for (change, reason) in cases {
            let mut d = device();
            change(&mut d);
            assert_eq!(reset_needed(Some(&last), &d, &pending), Some(reason));
        }
    }

    #[test]
    fn an_os_holding_everything_believed_pending_needs_no_reset() {
        let last = recorded_from(&device());
        let mut d = device();
        d.os_pending = Some(vec!["a".into(), "b".into(), "extra".into()]);
        assert_eq!(reset_needed(Some(&last), &d, &["a".into(), "b".into()]), None);
        d.os_pending = Some(vec!["a".into()]);
        assert_eq!(
            reset_needed(Some(&last), &d, &["a".into(), "b".into()]),
            Some(ResetReason::PendingMissing)
        );
    }
}
