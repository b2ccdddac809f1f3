//! The free functions: rules a shell needs before (or without) a store — the launch decision,
//! call and text links, snooze choices, crisis lines — and the file operations on a store that
//! cannot be opened.

use std::path::Path;

use chrono::Utc;
use tend_core::TendError;
use tend_core::exchange::SalvageReport;
use tend_core::exchange::meeting_types::MeetingTypeName;
use tend_core::goals::GoalKindChoice;
use tend_core::model::{Role, SupportKind};
use tend_core::people::{ContactWindow, PhoneLinkKind};
use tend_core::reminders::Opens;
use tend_core::settings::Settings;
use tend_core::sos::CrisisLine;
use tend_core::store::{KeyState, LaunchDecision};

use crate::guard::run;

/// The version of the Rust library the bindings are talking to.
#[uniffi::export]
pub fn tend_ffi_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// What to do at launch, from whether the database file exists and what the keystore holds:
/// open, make a key, wait for the first unlock, or ask the user to restore (never a new key over
/// a database that exists).
#[uniffi::export]
pub fn launch_decision(database_exists: bool, key: KeyState) -> LaunchDecision {
    tend_core::store::launch_decision(database_exists, key)
}

/// Moves a store that cannot be used (and its `-wal`/`-shm` files) aside to
/// `<name>.unreadable-<time>` and returns the new path, so the user can start afresh without
/// losing the only copy of their data. Nothing is deleted.
///
/// With the store's 32-byte `key` it is moved only when that key does not open it (`WrongKey`)
/// or it is damaged (`Corrupt`); a store that opens fine is refused with `InvalidInput`
/// ("quarantine"), one written by a newer Tend with `NewerSchema`, a missing one with
/// `NotFound`: nothing is moved. Pass no key only when the keystore holds none for this store
/// (the launch decision asked to restore): then nothing can open it.
#[uniffi::export]
pub fn quarantine_store(path: String, key: Option<Vec<u8>>) -> Result<String, TendError> {
    let key = key.map(zeroize::Zeroizing::new);
    run(|| {
        let path = Path::new(&path);
        let moved = match &key {
            Some(key) => tend_core::store::quarantine_unreadable(path, key, Utc::now())?,
            None => tend_core::store::quarantine(path, Utc::now())?,
        };
        Ok(moved.display().to_string())
    })
}

/// Saves every record that can still be read from the store at `path` (opened with its
/// 32-byte `key`; a damaged one is never written) as a backup file at `dest`, encrypted when a
/// `passphrase` is given, and says what could not be read. Run it on a store that throws
/// `Corrupt` before quarantining it; the file restores with `importBackup` into a new store.
/// Takes a moment on a large store: call it off the main thread.
#[uniffi::export]
pub fn salvage_store(
    path: String,
    key: Vec<u8>,
    dest: String,
    passphrase: Option<String>,
) -> Result<SalvageReport, TendError> {
    let key = zeroize::Zeroizing::new(key);
    run(|| tend_core::Store::salvage_to_file(Path::new(&path), &key, Path::new(&dest), passphrase.as_deref()))
}

/// Deletes the database at `path` with its `-wal`, `-shm` and `-journal` files; returns the
/// files deleted. **Destructive**: close every `TendStore` on it first and have the user
/// confirm. The key in the keystore is the shell's to delete.
#[uniffi::export]
pub fn wipe_store(path: String) -> Result<Vec<String>, TendError> {
    run(|| {
        Ok(tend_core::exchange::wipe(Path::new(&path), &[])?
            .iter()
            .map(|p| p.display().to_string())
            .collect())
    })
}

/// A `tel:` (call) or `sms:` (text) link for a phone number as the user typed it, or none when
/// it has no digits: separators and extensions dropped, a leading `+` kept.
#[uniffi::export]
pub fn phone_link(number: String, kind: PhoneLinkKind) -> Option<String> {
    tend_core::people::phone_link(&number, kind)
}

/// The snooze lengths in minutes a shell offers, shortest first; a notification's own Snooze
/// button uses the first.
#[uniffi::export]
pub fn snooze_choices() -> Vec<u32> {
    tend_core::reminders::SNOOZE_CHOICES.to_vec()
}

/// The longest snooze `handleAction` accepts, in minutes.
#[uniffi::export]
pub fn max_snooze_minutes() -> u32 {
    tend_core::reminders::MAX_SNOOZE_MINUTES
}

/// How many reminders `sync` keeps pending with the OS at most (iOS holds 64; headroom kept).
#[uniffi::export]
pub fn max_pending_reminders() -> u32 {
    tend_core::reminders::DEFAULT_MAX_PENDING
}

/// Crisis lines for a country code (case-insensitive), or all of them for none. An unknown
/// country gets every line rather than none: in a crisis something is better than nothing.
/// Needs no store, so the SOS screen works even before the store is unlocked.
#[uniffi::export]
pub fn crisis_lines(country: Option<String>) -> Vec<CrisisLine> {
    tend_core::sos::crisis_lines(country.as_deref())
}

/// The keys `setSetting` accepts, in display order.
#[uniffi::export]
pub fn setting_keys() -> Vec<String> {
    tend_core::settings::KEYS.iter().map(|k| (*k).to_owned()).collect()
}

/// The values a settings screen offers for `key` ("on"/"off", "mon"/"sun"/"sat", "auto" and the
/// crisis-line countries), as `setSetting` takes them; empty for a time or a number typed freely.
/// An unknown key is `InvalidInput` ("setting").
#[uniffi::export]
pub fn setting_choices(key: String) -> Result<Vec<String>, TendError> {
    run(|| tend_core::settings::choices(&key))
}

/// Every setting's default (what a switched-off setting returns to when turned back on, e.g.
/// quiet hours).
#[uniffi::export]
pub fn default_settings() -> Settings {
    Settings::default()
}

/// The check-in kinds a goal may count, in the order a form offers them, each with whether such
/// a goal may name a person or a group; `addGoal` refuses anything else.
#[uniffi::export]
pub fn goal_kinds() -> Vec<GoalKindChoice> {
    tend_core::goals::GOAL_KINDS.to_vec()
}

/// The meeting-type filters a search screen offers, named in `language` (ISO 639-1, "es"), English
/// where the Meeting Guide table has no translation.
#[uniffi::export]
pub fn meeting_type_filters(language: String) -> Vec<MeetingTypeName> {
    tend_core::exchange::meeting_types::filter_types(&language)
}

/// The names of meeting-type codes in `language`, for a result row; an unknown code stays as it is.
#[uniffi::export]
pub fn meeting_type_names(codes: Vec<String>, language: String) -> Vec<String> {
    tend_core::directory::type_names(&codes, &language)
}

/// Parses contact windows written as text ("mon-fri 09:00-17:00; sat 10:00-12:00",
/// "fri 22:00-01:00" runs past midnight), for a shell's free-text field.
#[uniffi::export]
pub fn parse_contact_windows(spec: String) -> Result<Vec<ContactWindow>, TendError> {
    run(|| tend_core::people::parse_windows(&spec))
}

/// The kinds of support people in `role` usually give: what a new person's editor starts with
/// (the CLI and the vCard import use the same default).
#[uniffi::export]
pub fn typical_support(role: Role) -> Vec<SupportKind> {
    role.typical_support().to_vec()
}

/// The keep-in-touch cadences (days) a person's editor offers, shortest first; "no reminders"
/// (none) is offered besides, and a person's own cadence outside these is kept.
#[uniffi::export]
pub fn cadence_choices() -> Vec<u32> {
    tend_core::people::CADENCE_CHOICES.to_vec()
}

/// Where a tap on the notification with this id takes the user (a person's page, the People
/// list for a bundle, Meetings, Progress, Today); Today for an id that is not Tend's.
#[uniffi::export]
pub fn notification_opens(id: String) -> Opens {
    tend_core::reminders::opens(&id)
}

/// The identifier a message has in the catalogs ("reminder-daily-title"; Android resource names
/// write `-` as `_`).
#[uniffi::export]
pub fn message_key(id: tend_core::messages::MessageId) -> String {
    id.key().to_owned()
}

/// The number argument a message's wording varies by (its CLDR plural forms), if any.
#[uniffi::export]
pub fn message_plural_arg(id: tend_core::messages::MessageId) -> Option<String> {
    id.plural_on().map(str::to_owned)
}
