//! The exported store: one object carrying the user's data. Every method is one line: read the
//! clock once, call the core inside the panic guard. The records, enums and the error are
//! tend-core's own.

use std::sync::Arc;

use chrono::Utc;
use tend_core::checkins::{Checkin, CheckinInput, CheckinQuery};
use tend_core::directory::{DirectoryDetail, DirectoryMeeting, GeoPoint, SearchQuery, SoonMeeting};
use tend_core::exchange::{BackupSummary, ContactsReport, ImportReport};
use tend_core::goals::{Goal, GoalInput, GoalProgress};
use tend_core::groups::{Group, GroupInput, MeetingTime};
use tend_core::milestones::MilestoneReport;
use tend_core::model::{Importance, Role, ShareItem, SupportKind};
use tend_core::needs::{Coverage, Need};
use tend_core::network::{Network, NetworkInput};
use tend_core::people::{NetworkRemoval, Person, PersonInput, PersonPage, PersonSummary};
use tend_core::reciprocity::Balance;
use tend_core::reminders::{Action as ReminderAction, ActionOutcome, DeviceState, Diff, Notification, Plan};
use tend_core::settings::Settings;
use tend_core::share::{InboxMessage, Partner, PartnerLink, PartnerPreview, PartnerRow, WeeklySummary};
use tend_core::sos::Sos;
use tend_core::store::IntegrityCheck;
use tend_core::today::Today;
use tend_core::{Store, TendError};

use crate::guard::{blocking, run, tz, zone_opt};

/// One user's Tend data: an encrypted database file, opened with the 32-byte key the shell keeps
/// in the Android Keystore or the iOS Keychain.
///
/// Safe to share between threads: calls from many threads at once are serialised on one
/// connection. Every method reads the clock once, so a whole call sees one "now"; the device's
/// time zone is passed in by the shell as an IANA name ("Europe/Dublin").
#[derive(uniffi::Object)]
pub struct TendStore {
    inner: Store,
}

impl std::fmt::Debug for TendStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TendStore").finish_non_exhaustive()
    }
}

impl TendStore {
    /// Runs one core call on this store inside the panic guard, converting its error.
    pub(crate) fn call<T>(&self, f: impl FnOnce(&Store) -> tend_core::Result<T>) -> Result<T, TendError> {
        run(|| f(&self.inner))
    }

    /// The core store, for the Rust-side tests and benchmarks.
    pub fn core(&self) -> &Store {
        &self.inner
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl TendStore {
    /// Opens (or creates) the store at `path` with a 32-byte `key`, running any migrations.
    ///
    /// A wrong key throws `WrongKey`, a damaged file `Corrupt`, one written by a newer Tend
    /// `NewerSchema`, a missing folder or permission `CannotOpen`; the file is left exactly as
    /// it was. A key of the wrong length throws `InvalidInput` ("key").
    /// Prefer `openAsync` off the main thread: a migration can take a moment.
    #[uniffi::constructor]
    pub fn open(path: String, key: Vec<u8>) -> Result<Arc<Self>, TendError> {
        // Wiped when this returns; the shell should clear its own copy too.
        let key = zeroize::Zeroizing::new(key);
        run(|| {
            Ok(Arc::new(TendStore {
                inner: Store::open(&path, &key)?,
            }))
        })
    }

    /// [`TendStore::open`] on a background thread: a Kotlin `suspend fun`, a Swift `async` func.
    #[uniffi::constructor]
    pub async fn open_async(path: String, key: Vec<u8>) -> Result<Arc<Self>, TendError> {
        blocking(move || Self::open(path, key)).await
    }

    /// Where the database file lives.
    pub fn path(&self) -> String {
        self.inner.path().display().to_string()
    }

    // --- Networks -----------------------------------------------------------------------------

    /// Creates a network. A blank or taken name throws `InvalidInput` ("network name").
    pub fn add_network(&self, input: NetworkInput) -> Result<Network, TendError> {
        self.call(|s| s.add_network(&input, Utc::now()))
    }

    /// Replaces a network's name, focus and since date.
    pub fn update_network(&self, id: i64, input: NetworkInput) -> Result<Network, TendError> {
        self.call(|s| s.update_network(id, &input, Utc::now()))
    }

    /// Deletes a network with its needs and goals; its people stay (they may be in others).
    pub fn remove_network(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_network(id))
    }

    /// One network by id.
    pub fn network(&self, id: i64) -> Result<Network, TendError> {
        self.call(|s| s.network(id))
    }

    /// All networks, oldest first.
    pub fn networks(&self) -> Result<Vec<Network>, TendError> {
        self.call(|s| s.networks())
    }

    /// What removing network `id` would remove (needs, goals) and what stays (its people, its
    /// groups): what the confirmation says. Nothing is changed.
    pub fn network_removal(&self, id: i64) -> Result<NetworkRemoval, TendError> {
        self.call(|s| s.network_removal(id))
    }

    // --- People -------------------------------------------------------------------------------

    /// Adds a person; all of it is stored or none of it. A blank name throws `InvalidInput`
    /// with field "name".
    pub fn add_person(&self, input: PersonInput) -> Result<Person, TendError> {
        self.call(|s| s.add_person(&input, Utc::now()))
    }

    /// Replaces everything about a person with `input`.
    pub fn update_person(&self, id: i64, input: PersonInput) -> Result<Person, TendError> {
        self.call(|s| s.update_person(id, &input))
    }

    /// Removes a person. Their past check-ins stay in the log, detached from them.
    pub fn remove_person(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_person(id))
    }

    /// One person by id.
    pub fn person(&self, id: i64) -> Result<Person, TendError> {
        self.call(|s| s.person(id))
    }

    /// Everyone, by name; with `network_id`, only that network's people.
    pub fn people(&self, network_id: Option<i64>) -> Result<Vec<Person>, TendError> {
        self.call(|s| s.people(network_id))
    }

    /// The People list now, in the device's `zone`: each person with the days since the last
    /// contact and when they are due, the most overdue first, then due today, due soon, everyone
    /// else by name, people the user avoids last. With `network_id`, that network's people.
    pub fn people_overview(&self, network_id: Option<i64>, zone: String) -> Result<Vec<PersonSummary>, TendError> {
        self.call(|s| s.people_overview(network_id, Utc::now(), tz(&zone)?))
    }

    /// One person's page now, in the device's `zone`: where things stand, the needs they cover,
    /// the give/receive balance of the last 90 days, the last check-ins with them and whether
    /// their contact windows allow a call now.
    pub fn person_page(&self, id: i64, zone: String) -> Result<PersonPage, TendError> {
        self.call(|s| s.person_page(id, Utc::now(), tz(&zone)?))
    }

    // --- Needs --------------------------------------------------------------------------------

    /// Adds or changes the need for `kind` in a network (one need per kind and network).
    pub fn set_need(
        &self,
        network_id: i64,
        kind: SupportKind,
        importance: Importance,
        note: Option<String>,
    ) -> Result<Need, TendError> {
        self.call(|s| s.set_need(network_id, kind, importance, note.as_deref()))
    }

    /// Removes the need for `kind` from a network.
    pub fn remove_need(&self, network_id: i64, kind: SupportKind) -> Result<(), TendError> {
        self.call(|s| s.remove_need(network_id, kind))
    }

    /// Every need (of one network, or of all) with who covers it. A need is covered by the
    /// network's members who give that kind of support; people the user avoids never count.
    pub fn coverage(&self, network_id: Option<i64>) -> Result<Vec<Coverage>, TendError> {
        self.call(|s| s.coverage(network_id))
    }

    // --- Groups -------------------------------------------------------------------------------

    /// Adds a group with its meetings and members.
    pub fn add_group(&self, input: GroupInput) -> Result<Group, TendError> {
        self.call(|s| s.add_group(&input, Utc::now()))
    }

    /// Replaces a group's details, meetings and members.
    pub fn update_group(&self, id: i64, input: GroupInput) -> Result<Group, TendError> {
        self.call(|s| s.update_group(id, &input))
    }

    /// Removes a group and its meetings; attendance stays in the log.
    pub fn remove_group(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_group(id))
    }

    /// One group by id.
    pub fn group(&self, id: i64) -> Result<Group, TendError> {
        self.call(|s| s.group(id))
    }

    /// All groups, by name.
    pub fn groups(&self) -> Result<Vec<Group>, TendError> {
        self.call(|s| s.groups())
    }

    /// Every group's weekly meetings at their next start, seen in the device's `zone` (weekday
    /// and time there, and whether that differs from the meeting's own), soonest first.
    pub fn meeting_times(&self, zone: String) -> Result<Vec<MeetingTime>, TendError> {
        self.call(|s| s.meeting_times(Utc::now(), tz(&zone)?))
    }

    // --- Check-ins and goals ------------------------------------------------------------------

    /// Logs a check-in as one durable transaction: when this returns, it survives a crash.
    pub fn log_checkin(&self, input: CheckinInput) -> Result<Checkin, TendError> {
        self.call(|s| s.log_checkin_input(input, Utc::now()))
    }

    /// Check-ins matching `query`, newest first.
    pub fn checkins(&self, query: CheckinQuery) -> Result<Vec<Checkin>, TendError> {
        self.call(|s| s.checkins(&query))
    }

    /// One check-in by id.
    pub fn checkin(&self, id: i64) -> Result<Checkin, TendError> {
        self.call(|s| s.checkin(id))
    }

    /// Deletes one check-in (a mistaken entry).
    pub fn remove_checkin(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_checkin(id))
    }

    /// Sets a goal in a network; `zone` (the device's) fixes which day "today" is.
    pub fn add_goal(&self, input: GoalInput, zone: String) -> Result<Goal, TendError> {
        self.call(|s| s.add_goal(&input, Utc::now(), tz(&zone)?))
    }

    /// Removes a goal.
    pub fn remove_goal(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_goal(id))
    }

    /// Goals (of one network, or all).
    pub fn goals(&self, network_id: Option<i64>) -> Result<Vec<Goal>, TendError> {
        self.call(|s| s.goals(network_id))
    }

    /// Progress of every goal (of one network, or all) now, in the device's `zone`.
    pub fn goal_progress(&self, network_id: Option<i64>, zone: String) -> Result<Vec<GoalProgress>, TendError> {
        self.call(|s| s.goal_progress(network_id, Utc::now(), tz(&zone)?))
    }

    // --- Sharing with a partner (nothing is sent: the shell hands the text to the share sheet) --

    /// Lets a person see `item` (`on`), or stops it. Turning on refuses a person marked avoided
    /// or in no network ("person"), `mood` before `summary` ("item"), and `decline_days` outside
    /// 1 to 60 or with another item ("days"); `decline` defaults to 3 days.
    pub fn set_consent(
        &self,
        person_id: i64,
        item: ShareItem,
        on: bool,
        decline_days: Option<u32>,
    ) -> Result<Partner, TendError> {
        self.call(|s| s.set_consent(person_id, item, on, decline_days, Utc::now()))
    }

    /// Everyone linked to a Matrix ID (the live channel), by name, with any device change.
    pub fn partner_links(&self) -> Result<Vec<PartnerLink>, TendError> {
        self.call(|s| s.partner_links())
    }

    /// What partners sent over the live channel, newest first.
    pub fn partner_inbox(&self) -> Result<Vec<InboxMessage>, TendError> {
        self.call(|s| s.share_inbox())
    }

    /// Everyone the user shares anything with, by name, with what each may see.
    pub fn partners(&self) -> Result<Vec<Partner>, TendError> {
        self.call(|s| s.partners())
    }

    /// The Partner screen's rows: every possible and stored partner, each switch and whether it
    /// can be flipped now.
    pub fn partner_rows(&self) -> Result<Vec<PartnerRow>, TendError> {
        self.call(|s| s.partner_rows())
    }

    /// The exact text each consented item would send this person, now in the device's `zone`.
    pub fn partner_preview(&self, person_id: i64, zone: String) -> Result<PartnerPreview, TendError> {
        self.call(|s| s.partner_preview(person_id, Utc::now(), tz(&zone)?))
    }

    /// The user's own weekly summary for the share sheet (one network, default the first), with
    /// the mood band only when `include_mood`.
    pub fn weekly_summary(
        &self,
        network_id: Option<i64>,
        include_mood: bool,
        zone: String,
    ) -> Result<WeeklySummary, TendError> {
        self.call(|s| s.weekly_summary(network_id, include_mood, Utc::now(), tz(&zone)?))
    }

    // --- Views --------------------------------------------------------------------------------

    /// Everything the home screen shows, now, in the device's `zone`.
    pub fn today(&self, zone: String) -> Result<Today, TendError> {
        self.call(|s| s.today(Utc::now(), tz(&zone)?))
    }

    /// Nothing built yet (no network, person or group): offer the first-launch guide. Skipping
    /// it stores nothing, so the guide is offered again until something is added.
    pub fn needs_welcome(&self) -> Result<bool, TendError> {
        self.call(|s| s.needs_welcome())
    }

    /// [`TendStore::today`] on a background thread (suspend / async).
    pub async fn today_async(self: Arc<Self>, zone: String) -> Result<Today, TendError> {
        blocking(move || self.today(zone)).await
    }

    /// The SOS view now, in the device's `zone`: emergency contacts first (people the user avoids
    /// can never be one), crisis lines for `country` (ISO code; none or unknown = every line),
    /// and directory meetings starting in the next two hours (online ones, and in-person ones
    /// near the last place the user searched from).
    pub fn sos(&self, country: Option<String>, zone: String) -> Result<Sos, TendError> {
        self.call(|s| s.sos_at(country.as_deref(), Utc::now(), tz(&zone)?))
    }

    /// Milestones of every network with a since date, today in the device's `zone`.
    pub fn milestones(&self, zone: String) -> Result<Vec<MilestoneReport>, TendError> {
        self.call(|s| s.milestones(Utc::now(), tz(&zone)?))
    }

    /// Balances over the last `days` days for everyone the user has contact check-ins with;
    /// people the user avoids are left out. One-sided ones first.
    pub fn reciprocity(&self, days: u32) -> Result<Vec<Balance>, TendError> {
        self.call(|s| s.reciprocity(Utc::now(), days))
    }

    /// The current settings, defaults filled in.
    pub fn settings(&self) -> Result<Settings, TendError> {
        self.call(|s| s.settings())
    }

    /// Validates and stores one setting from its text form; returns all settings after the
    /// change. An unknown key or bad value throws `InvalidInput` naming it.
    pub fn set_setting(&self, key: String, value: String) -> Result<Settings, TendError> {
        self.call(|s| s.set_setting(&key, &value))
    }

    // --- Reminders (effects as data) ----------------------------------------------------------

    /// The plan now in the device's `zone`: up to `max_pending` notifications within
    /// `horizon_days` (1 to 62), nearest first. Reads only; `sync` hands a plan to the OS.
    pub fn plan(&self, zone: String, horizon_days: u32, max_pending: u32) -> Result<Plan, TendError> {
        self.call(|s| s.plan(Utc::now(), tz(&zone)?, horizon_days, max_pending))
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

    /// What to hand the OS now, for the device as the shell sees it: a minimal change against
    /// what the OS was last given, or — when the zone, a permission or the app version changed,
    /// the OS said it lost reminders, or a reminder believed pending is missing from
    /// `device.osPending` — a full reset (`reset` says why: remove every pending Tend reminder,
    /// then schedule all of `schedule`). Call on launch, on every system event, after any data
    /// change, and by `replanBy`.
    pub fn sync(&self, device: DeviceState) -> Result<Diff, TendError> {
        self.call(|s| s.sync_device(Utc::now(), &device))
    }

    /// [`TendStore::sync`] on a background thread (suspend / async).
    pub async fn sync_async(self: Arc<Self>, device: DeviceState) -> Result<Diff, TendError> {
        blocking(move || self.sync(device)).await
    }

    /// The ids of reminders handed to the OS that have not fired yet: what the OS should still
    /// hold. Android probes each for its alarm and reports the ones found in `osPending`.
    pub fn believed_pending(&self) -> Result<Vec<String>, TendError> {
        self.call(|s| s.believed_pending(Utc::now()))
    }

    /// Forgets what the OS was given and returns the full plan for `zone`, all of which the
    /// shell schedules after removing everything pending. What already fired stays known.
    pub fn reset(&self, zone: String) -> Result<Plan, TendError> {
        self.call(|s| s.reset(Utc::now(), tz(&zone)?))
    }

    /// [`TendStore::reset`] on a background thread (suspend / async).
    pub async fn reset_async(self: Arc<Self>, zone: String) -> Result<Plan, TendError> {
        blocking(move || self.reset(zone)).await
    }

    /// Handles a tap on a notification's action, in one transaction. `Done` logs the matching
    /// check-in keyed by the notification id, so a double tap or a redelivered broadcast logs
    /// exactly once; a bundle's `Done` returns the people to ask about in `askAbout` (log the
    /// ones reached with `logBundleContacts`). An unknown or expired id throws `NotFound`; an
    /// action the notification does not offer, or a snooze outside `snoozeChoices`' range,
    /// throws `InvalidInput`.
    pub fn handle_action(
        &self,
        notification_id: String,
        action: ReminderAction,
        zone: String,
    ) -> Result<ActionOutcome, TendError> {
        self.call(|s| s.handle_action(&notification_id, action, Utc::now(), tz(&zone)?))
    }

    /// After a bundle's `Done`: logs a contact with each person the user picked, once (a repeat
    /// returns the same check-ins). Only people the bundle named are accepted.
    pub fn log_bundle_contacts(
        &self,
        notification_id: String,
        person_ids: Vec<i64>,
        zone: String,
    ) -> Result<Vec<Checkin>, TendError> {
        self.call(|s| s.log_bundle_contacts(&notification_id, &person_ids, Utc::now(), tz(&zone)?))
    }

    /// Reminders handed to the OS whose time passed unhandled in the last 24 hours, oldest
    /// first. What was never scheduled is never missed.
    pub fn missed_reminders(&self, zone: String) -> Result<Vec<Notification>, TendError> {
        self.call(|s| s.missed_reminders(Utc::now(), tz(&zone)?))
    }

    // --- Data in and out ----------------------------------------------------------------------

    /// Reads every page of the store and checks it, unless it last passed less than a day ago
    /// (`ran` says whether it ran). Opening does not read everything (a cold start stays quick
    /// however long the history): call this in the background, e.g. from the daily job or after
    /// launch. Damage throws `Corrupt`, and from then on nothing is written to the store: offer
    /// `salvageStore`, then `quarantineStore`.
    pub fn check_integrity(&self) -> Result<IntegrityCheck, TendError> {
        self.call(|s| s.check_integrity(Utc::now(), false))
    }

    /// [`TendStore::check_integrity`] on a background thread (suspend / async).
    pub async fn check_integrity_async(self: Arc<Self>) -> Result<IntegrityCheck, TendError> {
        blocking(move || self.check_integrity()).await
    }

    /// The whole store as a backup file's bytes: JSON, or with a passphrase the same document
    /// encrypted with age (scrypt: about a second on purpose, so prefer the async variant).
    pub fn export_backup(&self, passphrase: Option<String>) -> Result<Vec<u8>, TendError> {
        self.call(|s| s.export_backup(passphrase.as_deref()))
    }

    /// [`TendStore::export_backup`] on a background thread (suspend / async).
    pub async fn export_backup_async(self: Arc<Self>, passphrase: Option<String>) -> Result<Vec<u8>, TendError> {
        blocking(move || self.export_backup(passphrase)).await
    }

    /// Restores a backup in one transaction: into a store without records, or with `replace`
    /// after deleting everything. A malformed, wrongly decrypted, inconsistent or newer backup
    /// throws `InvalidInput` ("backup" or "passphrase") and the store is left as it was.
    pub fn import_backup(
        &self,
        bytes: Vec<u8>,
        passphrase: Option<String>,
        replace: bool,
    ) -> Result<BackupSummary, TendError> {
        self.call(|s| s.import_backup(&bytes, passphrase.as_deref(), replace))
    }

    /// [`TendStore::import_backup`] on a background thread (suspend / async).
    pub async fn import_backup_async(
        self: Arc<Self>,
        bytes: Vec<u8>,
        passphrase: Option<String>,
        replace: bool,
    ) -> Result<BackupSummary, TendError> {
        blocking(move || self.import_backup(bytes, passphrase, replace)).await
    }

    // --- The meeting directory ----------------------------------------------------------------

    /// Imports Meeting Guide feed `feed` (pass its URL) from a downloaded file, read as a stream,
    /// into the directory in one transaction, replacing what that feed held. Nothing is planned:
    /// only joined meetings are the user's. Records without a `timezone` use `default_zone`;
    /// bad records are reported, not imported.
    pub fn import_directory_file(
        &self,
        feed: String,
        path: String,
        default_zone: Option<String>,
    ) -> Result<ImportReport, TendError> {
        self.call(|s| s.import_directory_file(&feed, std::path::Path::new(&path), zone_opt(default_zone)?, Utc::now()))
    }

    /// [`TendStore::import_directory_file`] from the feed's text.
    pub fn import_directory(
        &self,
        feed: String,
        json: String,
        default_zone: Option<String>,
    ) -> Result<ImportReport, TendError> {
        self.call(|s| s.import_directory(&feed, json.as_bytes(), zone_opt(default_zone)?, Utc::now()))
    }

    /// Directory meetings matching `query`, one per weekly slot; near a point, nearest first
    /// (and that point is remembered, rounded, for "starting soon").
    pub fn search_directory(&self, query: SearchQuery) -> Result<Vec<DirectoryMeeting>, TendError> {
        self.call(|s| s.search_directory(&query, Utc::now()))
    }

    /// One directory meeting with everything the feed said.
    pub fn directory_meeting(&self, id: i64) -> Result<DirectoryDetail, TendError> {
        self.call(|s| s.directory_meeting(id))
    }

    /// Makes directory meeting `id` one of the user's groups (all of its group's meetings with
    /// `whole_group`), in network `network_id` if given, with reminders.
    pub fn join_directory_meeting(
        &self,
        id: i64,
        network_id: Option<i64>,
        whole_group: bool,
    ) -> Result<Group, TendError> {
        self.call(|s| s.join_directory_meeting(id, network_id, whole_group, Utc::now()))
    }

    /// Leaves a group joined from the directory: it stops being the user's (its past attendance
    /// stays in the log) and is found in the directory again.
    pub fn leave_directory_group(&self, group_id: i64) -> Result<(), TendError> {
        self.call(|s| s.leave_directory_group(group_id))
    }

    /// Directory meetings starting in the next two hours: online ones, and in-person ones near
    /// `near` (or the last place searched from); times shown in the device's `zone`.
    pub fn meetings_soon(
        &self,
        zone: String,
        near: Option<GeoPoint>,
        limit: u32,
    ) -> Result<Vec<SoonMeeting>, TendError> {
        self.call(|s| s.meetings_soon(Utc::now(), tz(&zone)?, near, limit))
    }

    /// The place the last search near a point was made from (rounded to about a kilometre).
    pub fn last_search_place(&self) -> Result<Option<GeoPoint>, TendError> {
        self.call(|s| s.last_search_place())
    }

    /// Every group's scheduled meetings as an iCalendar file (text); with `include_reminders`,
    /// the reminder plan for the device's `zone` too, as short one-off events.
    pub fn export_calendar(
        &self,
        include_reminders: bool,
        zone: String,
        language: String,
    ) -> Result<String, TendError> {
        self.call(|s| s.calendar(include_reminders, Utc::now(), tz(&zone)?, &language))
    }

    /// Imports a vCard file (2.1, 3.0 or 4.0, several cards) into a network with `role`, in one
    /// transaction. People already there are not added twice; unreadable cards are reported.
    pub fn import_vcards(&self, text: String, network_id: i64, role: Role) -> Result<ContactsReport, TendError> {
        self.call(|s| s.import_vcards(&text, network_id, role, Utc::now()))
    }
}
