//! Wiping: deleting the store and everything SQLite keeps beside it, so nothing of the user's
//! data is left on the device.
//!
//! DESTRUCTIVE AND FINAL. Nothing here asks for confirmation: the shell must have asked the
//! user (the CLI makes them type "wipe"). The database is encrypted, so once its key is gone too
//! (the CLI's key file, the platform keystore entry on phones) nothing left on flash storage
//! can be read.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::store::Store;

/// The files SQLite may keep for a database at `db`: itself, its WAL, shared-memory index and
/// rollback journal.
pub fn database_files(db: &Path) -> Vec<PathBuf> {
    let mut out = vec![db.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        out.push(PathBuf::from(p));
    }
    out
}

/// Deletes the database at `db` with its `-wal`, `-shm` and `-journal` files, then every path
/// in `extra` (the CLI passes its key file). Files that do not exist are fine; returns the
/// files actually deleted. Close every [`Store`] on `db` first (or use [`Store::wipe`]).
///
/// **Destructive**: the caller must have had the user confirm.
pub fn wipe(db: &Path, extra: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut deleted = Vec::new();
    for p in database_files(db).into_iter().chain(extra.iter().cloned()) {
        match std::fs::remove_file(&p) {
            Ok(()) => deleted.push(p),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(deleted)
}

impl Store {
    /// Closes this store and deletes its files (see [`wipe`]) and every path in `extra`.
    ///
    /// **Destructive**: the caller must have had the user confirm.
    pub fn wipe(self, extra: &[PathBuf]) -> Result<Vec<PathBuf>> {
        let path = self.path().to_path_buf();
        // Closing checkpoints the WAL; the files go right after either way.
        drop(self);
        wipe(&path, extra)
    }
}
