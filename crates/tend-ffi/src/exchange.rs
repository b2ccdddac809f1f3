//! The user's data in and out: backups (optionally passphrase-encrypted), Meeting Guide feeds,
//! an iCalendar export, vCard import, and wiping the store from the device.

use std::sync::Arc;

use chrono::Utc;
use tend_core::exchange as core;

use crate::convert::zone;
use crate::error::{blocking, run};
use crate::model::{Role, map};
use crate::{TendError, TendStore};

/// How much a restore brought in.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupSummary {
    pub networks: u32,
    pub people: u32,
    pub needs: u32,
    pub groups: u32,
    pub meetings: u32,
    pub checkins: u32,
    pub goals: u32,
    pub settings: u32,
}

impl From<core::BackupSummary> for BackupSummary {
    fn from(b: core::BackupSummary) -> Self {
        BackupSummary {
            networks: b.networks,
            people: b.people,
            needs: b.needs,
            groups: b.groups,
            meetings: b.meetings,
            checkins: b.checkins,
            goals: b.goals,
            settings: b.settings,
        }
    }
}

/// A feed record the import left out, and why. The reason never quotes the record's text.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SkippedRecord {
    /// Position in the feed, from 0.
    pub index: u32,
    /// The record's slug, when it had a readable one.
    pub slug: Option<String>,
    pub reason: String,
}

impl From<core::SkippedRecord> for SkippedRecord {
    fn from(s: core::SkippedRecord) -> Self {
        SkippedRecord {
            index: s.index,
            slug: s.slug,
            reason: s.reason,
        }
    }
}

/// What a Meeting Guide import did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportReport {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub skipped: Vec<SkippedRecord>,
}

impl From<core::ImportReport> for ImportReport {
    fn from(r: core::ImportReport) -> Self {
        ImportReport {
            created: r.created,
            updated: r.updated,
            unchanged: r.unchanged,
            skipped: map(r.skipped),
        }
    }
}

/// A card left out, or a value dropped from a card, and why. Never quotes the card's text.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SkippedCard {
    /// Position of the card in the file, from 0.
    pub index: u32,
    pub reason: String,
}

impl From<core::SkippedCard> for SkippedCard {
    fn from(s: core::SkippedCard) -> Self {
        SkippedCard {
            index: s.index,
            reason: s.reason,
        }
    }
}

/// What a contacts import did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactsReport {
    /// People added.
    pub created: u32,
    /// People already there who got a new number, address or network membership.
    pub updated: u32,
    /// People already there with everything the card says.
    pub unchanged: u32,
    /// Cards that could not be imported.
    pub skipped: Vec<SkippedCard>,
    /// Numbers or addresses left out of cards that were imported.
    pub dropped: Vec<SkippedCard>,
}

impl From<core::ContactsReport> for ContactsReport {
    fn from(r: core::ContactsReport) -> Self {
        ContactsReport {
            created: r.created,
            updated: r.updated,
            unchanged: r.unchanged,
            skipped: map(r.skipped),
            dropped: map(r.dropped),
        }
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl TendStore {
    /// The whole store as a backup file's bytes: JSON, or with a passphrase the same document
    /// encrypted with age (scrypt; that takes about a second on purpose, so prefer the async
    /// variant).
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
        self.call(|s| Ok(s.import_backup(&bytes, passphrase.as_deref(), replace)?.into()))
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

    /// Imports a Meeting Guide feed (a JSON array of meetings) as one transaction, keyed by
    /// slug: new slugs create groups, known ones are updated, identical ones left alone.
    /// Records without a `timezone` use `default_zone` (an IANA name); without either they are
    /// skipped.
    pub fn import_meeting_guide(&self, json: String, default_zone: Option<String>) -> Result<ImportReport, TendError> {
        let now = Utc::now();
        self.call(|s| {
            let tz = default_zone
                .as_deref()
                .map(|z| tend_core::time::parse_zone("default_zone", z))
                .transpose()?;
            Ok(s.import_meeting_guide(&json, tz, now)?.into())
        })
    }

    /// Every group's scheduled meetings as an iCalendar file (text); with `include_reminders`,
    /// the reminder plan for the device's `zone` too, as short one-off events.
    pub fn export_calendar(&self, include_reminders: bool, zone: String) -> Result<String, TendError> {
        let now = Utc::now();
        self.call(|s| {
            let tz = self::zone(&zone)?;
            let reminders = if include_reminders {
                s.calendar_reminders(now, tz)?
            } else {
                Vec::new()
            };
            s.export_calendar(&core::CalendarOptions { reminders }, now)
        })
    }

    /// Imports a vCard file (3.0 or 4.0, several cards) into a network with `role`, in one
    /// transaction. People already there are not added twice; unreadable cards are reported.
    pub fn import_vcards(&self, text: String, network_id: i64, role: Role) -> Result<ContactsReport, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.import_vcards(&text, network_id, role.into(), now)?.into()))
    }
}

/// Deletes the database at `path` with its `-wal`, `-shm` and `-journal` files; returns the
/// files deleted. **Destructive**: close every `TendStore` on it first (Kotlin `close()`, Swift:
/// drop every reference) and have the user confirm. The key in the keystore is the shell's to
/// delete.
#[uniffi::export]
pub fn wipe_store(path: String) -> Result<Vec<String>, TendError> {
    run(|| {
        let deleted = core::wipe(std::path::Path::new(&path), &[])?;
        Ok(deleted.iter().map(|p| p.display().to_string()).collect())
    })
}
