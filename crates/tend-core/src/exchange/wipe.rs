//! Wiping: deleting the store and everything Tend keeps beside it, so nothing of the user's
//! data is left on the device.
//!
//! DESTRUCTIVE AND FINAL. Nothing here asks for confirmation: the shell must have asked the
//! user (the CLI lists the files and makes them type "wipe"). The database is encrypted, so once
//! its key is gone too (the CLI's key file, the platform keystore entry on phones) nothing left
//! on flash storage can be read.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::store::Store;
pub use crate::store::files::database_files;
use crate::store::files::{files_under, leftovers, matrix_dir};

/// Removes `dir` and the folders under it once their files are gone.
fn remove_empty_dirs(dir: &Path) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    for e in entries {
        let p = e?.path();
        if std::fs::symlink_metadata(&p)?.is_dir() {
            remove_empty_dirs(&p)?;
        }
    }
    match std::fs::remove_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The files [`wipe`] would delete right now, in the order it deletes them: the database with
/// its `-wal`, `-shm` and `-journal`, quarantined copies of it (`<name>.unreadable-…`, with
/// theirs), temporary files Tend left in its folder (`.tend-….tmp`, from an export cut off by
/// a power loss), every file of the partner channel's Matrix stores (`<db>.matrix/…`), then every
/// path in `extra`. Only files that exist are listed.
pub fn wipe_plan(db: &Path, extra: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = database_files(db).into_iter().filter(|p| p.is_file()).collect();
    out.extend(leftovers(db)?);
    out.extend(files_under(&matrix_dir(db))?);
    out.extend(extra.iter().filter(|p| p.is_file()).cloned());
    out.dedup();
    Ok(out)
}

/// Deletes everything [`wipe_plan`] lists. Files that vanished meanwhile are fine; returns the
/// files actually deleted. Close every [`Store`] on `db` first (or use [`Store::wipe`]).
///
/// **Destructive**: the caller must have had the user confirm.
pub fn wipe(db: &Path, extra: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut deleted = Vec::new();
    for p in wipe_plan(db, extra)? {
        match std::fs::remove_file(&p) {
            Ok(()) => deleted.push(p),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    remove_empty_dirs(&matrix_dir(db))?;
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
