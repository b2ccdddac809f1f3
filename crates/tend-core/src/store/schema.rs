//! The database schema as numbered steps, one `.sql` file each under `store/migrations/`.
//!
//! Step N (file `000N_*.sql`) takes a database from version N-1 to N. A fresh store runs every
//! step from 0 and an old one runs the steps it lacks, so both end with the same statements in
//! `sqlite_master`. Steps run inside one IMMEDIATE transaction tracked by `PRAGMA user_version`
//! (see `Store::open`); a database newer than this code is refused before anything is written.
//!
//! To change the schema, add the next file and list it in `steps!` below; never edit a released
//! step, and freeze a dump of the previous version under `tests/fixtures/schema/` (the upgrade
//! test migrates every dump there and compares it with a fresh store).

use rusqlite::Transaction;

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};

/// Lists the step files once; both [`MIGRATIONS`] and [`SQL`] are made from this one list.
macro_rules! steps {
    ($($file:literal),+ $(,)?) => {
        /// Every schema step in order: `MIGRATIONS[n]` upgrades version `n` to `n + 1`.
        pub const MIGRATIONS: &[&str] = &[$(include_str!(concat!("migrations/", $file))),+];

        /// The whole current schema, every step run in order: what a fresh store executes.
        pub const SQL: &str = concat!($(include_str!(concat!("migrations/", $file))),+);
    };
}

steps!(
    "0001_base.sql",
    "0002_reminders.sql",
    "0003_last_contact.sql",
    "0004_device_state.sql",
    "0005_directory.sql",
    "0006_partner_consent.sql",
    "0007_partner_channel.sql",
    "0008_meeting_sources.sql",
    "0009_integrity_check.sql",
    "0010_partner_trust.sql",
    "0011_messages.sql",
);

/// The schema version this code writes: the number of steps.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings a database at `version` (0 = empty) up to [`VERSION`] inside the caller's transaction,
/// running each missing step in order. A store skipped over several releases walks every step.
pub fn upgrade_from(tx: &Transaction<'_>, version: i64) -> Result<()> {
    let from = usize::try_from(version)
        .ok()
        .filter(|v| *v <= MIGRATIONS.len())
        .ok_or_else(|| {
            Error::invalid(
                "schema",
                Message::new(MessageId::RefusalSchemaPath).num("version", version),
            )
        })?;
    for step in &MIGRATIONS[from..] {
        tx.execute_batch(step)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::{Connection, TransactionBehavior};

    use super::*;

    #[test]
    fn sql_is_every_step_in_order() {
        assert_eq!(SQL, MIGRATIONS.concat());
        // Every step file on disk is listed, so none is silently left out of fresh stores.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/migrations");
        let files = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql"))
            .count();
        assert_eq!(usize::try_from(VERSION).unwrap(), files);
    }

    #[test]
    fn a_fresh_store_runs_every_step_from_zero() {
        let mut c = Connection::open_in_memory().unwrap();
        let tx = rusqlite::Transaction::new(&mut c, TransactionBehavior::Immediate).unwrap();
        upgrade_from(&tx, 0).unwrap();
        tx.commit().unwrap();
        let tables: i64 = c
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(tables >= 15, "{tables}");
    }

    #[test]
    fn unknown_version_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        let tx = rusqlite::Transaction::new(&mut c, TransactionBehavior::Immediate).unwrap();
        assert!(upgrade_from(&tx, -1).is_err());
        assert!(upgrade_from(&tx, VERSION + 1).is_err());
    }
}
