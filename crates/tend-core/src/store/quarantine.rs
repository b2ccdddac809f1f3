//! Quarantine: moving a database that cannot be opened out of the way, so the user can start
//! afresh without losing the only copy of their data. Nothing is ever deleted here.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};
use crate::exchange::wipe::database_files;

/// Renames the database at `db` and its `-wal`, `-shm` and `-journal` files to
/// `<name>.unreadable-<UTC timestamp><suffix>` and returns the new database path. The caller
/// says so to the user. A target that already exists is never overwritten.
pub fn quarantine(db: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    if !db.exists() {
        return Err(Error::not_found("database file", db.display()));
    }
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let moves: Vec<(PathBuf, PathBuf)> = database_files(db)
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let db_name = db
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let suffix = name.strip_prefix(&db_name).unwrap_or("");
            let target = p.with_file_name(format!("{db_name}.unreadable-{stamp}{suffix}"));
            (p, target)
        })
        .collect();
    if let Some((_, taken)) = moves.iter().find(|(_, t)| t.exists()) {
        return Err(Error::invalid(
            "quarantine",
            format!("{} already exists; try again in a second", taken.display()),
        ));
    }
    for (from, to) in &moves {
        std::fs::rename(from, to)?;
    }
    Ok(moves.first().map(|(_, t)| t.clone()).unwrap_or_default())
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
