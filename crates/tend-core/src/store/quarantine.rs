//! Quarantine: moving a database that cannot be used out of the way, so the user can start
//! afresh without losing the only copy of their data. Nothing is ever deleted here, a missing
//! store is never created, and a store that opens with its key is never moved.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::Store;
use super::files::{QUARANTINE_MARK, database_files};
use crate::error::{Error, Result};
use crate::messages::MessageId;

/// Renames the database at `db` and its `-wal`, `-shm` and `-journal` files to
/// `<name>.unreadable-<UTC timestamp><suffix>` and returns the new database path. The caller
/// says so to the user. A target that already exists is never overwritten. This moves whatever
/// is there: prefer [`quarantine_unreadable`], which first makes sure the store really cannot
/// be used.
pub fn quarantine(db: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    if !db.exists() {
        return Err(Error::not_found("database file", db.display()));
    }
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let db_name = db
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let moves: Vec<(PathBuf, PathBuf)> = database_files(db)
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let suffix = name.strip_prefix(&db_name).unwrap_or("");
            let target = p.with_file_name(format!("{db_name}{QUARANTINE_MARK}{stamp}{suffix}"));
            (p, target)
        })
        .collect();
    if moves.iter().any(|(_, t)| t.exists()) {
        return Err(Error::invalid("quarantine", MessageId::RefusalQuarantineBusy));
    }
    for (from, to) in &moves {
        std::fs::rename(from, to)?;
    }
    Ok(moves.first().map(|(_, t)| t.clone()).unwrap_or_default())
}

/// Quarantines the store at `db` only if it cannot be used with `key`: the key does not open it
/// (wrong key, not a database) or it is damaged ([`Error::Corrupt`]). Refused, with nothing
/// moved or created, when the file is missing ([`Error::NotFound`]), cannot be read for lack of
/// permission (an [`Error::Io`]: fix the permission instead), was written by a newer Tend
/// ([`Error::NewerSchema`]: update instead), or opens fine ([`Error::InvalidInput`]).
pub fn quarantine_unreadable(db: &Path, key: &[u8], now: DateTime<Utc>) -> Result<PathBuf> {
    match std::fs::File::open(db) {
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => return Err(Error::not_found("database file", db.display())),
        Err(e) => return Err(e.into()),
    }
    // Opening no longer reads every page, so a store that opens is checked whole before it is
    // called healthy.
    let checked = Store::open_existing(db, key).and_then(|store| store.full_check());
    match checked {
        Ok(()) => Err(Error::invalid("quarantine", MessageId::RefusalNothingToQuarantine)),
        Err(Error::WrongKey { .. } | Error::Corrupt { .. }) => quarantine(db, now),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_every_file_aside_and_keeps_the_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tend.db");
        std::fs::write(&db, b"damaged").unwrap();
        std::fs::write(dir.path().join("tend.db-wal"), b"wal").unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-25T21:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let moved = quarantine(&db, now).unwrap();
        assert_eq!(moved, dir.path().join("tend.db.unreadable-20261125T210000Z"));
        assert_eq!(std::fs::read(&moved).unwrap(), b"damaged");
        assert_eq!(
            std::fs::read(dir.path().join("tend.db.unreadable-20261125T210000Z-wal")).unwrap(),
            b"wal"
        );
        assert!(!db.exists());
        // A second quarantine in the same second never overwrites the first.
        std::fs::write(&db, b"again").unwrap();
        assert!(matches!(quarantine(&db, now), Err(Error::InvalidInput { .. })));
        assert_eq!(std::fs::read(&db).unwrap(), b"again");
    }
}
