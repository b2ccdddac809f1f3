//! The files a store keeps on disk, and how Tend writes any file: privately and whole.
//!
//! Every file Tend writes (a backup, a calendar, a salvage export, the CLI's key file) is first
//! created exclusively, mode 0600, under a random name in the target's own folder (so the final
//! rename stays on one file system), never through a link, written, fsynced, and only then
//! renamed over the target. Any failure removes the temporary file, so a killed export leaves no
//! half-written plaintext under the real name, and a pre-existing file or link under the
//! temporary name can never be written through.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::messages::MessageId;

/// The prefix of every temporary file Tend creates; `wipe` removes leftovers with it from the
/// store's folder (a power cut mid-export can leave one behind).
pub const TEMP_PREFIX: &str = ".tend-";
/// The suffix of every temporary file Tend creates.
pub const TEMP_SUFFIX: &str = ".tmp";
/// What `quarantine` puts between a database's name and the time it was moved aside.
pub const QUARANTINE_MARK: &str = ".unreadable-";

/// The files SQLite may keep for a database at `db`: itself, its WAL, shared-memory index and
/// rollback journal.
pub fn database_files(db: &Path) -> Vec<PathBuf> {
    let mut out = vec![db.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut p: OsString = db.as_os_str().to_owned();
        p.push(suffix);
        out.push(PathBuf::from(p));
    }
    out
}

/// The folder beside the database that holds the partner channel's Matrix state and crypto
/// stores (`<db>.matrix`), encrypted with a key derived from the store key.
pub fn matrix_dir(db: &Path) -> PathBuf {
    let mut p: OsString = db.as_os_str().to_owned();
    p.push(".matrix");
    PathBuf::from(p)
}

/// Makes each of `paths` that is a regular file 0600 if group or others may read it. Best effort:
/// a file we may read but not chmod is still usable, and one that vanished meanwhile is fine.
#[cfg(unix)]
pub fn restrict_to_owner(paths: impl IntoIterator<Item = PathBuf>) {
    use std::os::unix::fs::PermissionsExt;
    for p in paths {
        if let Ok(m) = fs::symlink_metadata(&p)
            && m.is_file()
            && m.permissions().mode() & 0o077 != 0
        {
            let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o600));
        }
    }
}

#[cfg(not(unix))]
pub fn restrict_to_owner(_: impl IntoIterator<Item = PathBuf>) {}

/// Every file under `dir`, deepest first, not following links; empty when there is no `dir`.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.into()),
    };
    let mut names: Vec<PathBuf> = entries.map(|e| e.map(|e| e.path())).collect::<std::io::Result<_>>()?;
    names.sort();
    for p in names {
        if fs::symlink_metadata(&p)?.is_dir() {
            out.extend(files_under(&p)?);
        } else {
            out.push(p);
        }
    }
    Ok(out)
}

/// Files in the store's folder that belong to it besides [`database_files`]: quarantined copies
/// of it (`<name>.unreadable-…`) and temporary files Tend left behind (`.tend-….tmp`). Sorted.
pub fn leftovers(db: &Path) -> Result<Vec<PathBuf>> {
    let dir = match db.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Some(name) = db.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(Vec::new());
    };
    let quarantined = format!("{name}{QUARANTINE_MARK}");
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let file = entry.file_name().to_string_lossy().into_owned();
        let ours = file.starts_with(&quarantined) || (file.starts_with(TEMP_PREFIX) && file.ends_with(TEMP_SUFFIX));
        if ours && entry.file_type()?.is_file() {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}

/// A temporary file being written; removed when dropped unless it was renamed into place.
struct Temp {
    path: PathBuf,
    file: Option<File>,
}

impl Drop for Temp {
    fn drop(&mut self) {
        drop(self.file.take());
        if !self.path.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn random_suffix() -> Result<String> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Creates a new private temporary file in `dir`: exclusively (an existing file or link under
/// the name is an error, never reused), mode 0600, not following links.
fn create_temp(dir: &Path) -> Result<Temp> {
    for _ in 0..8 {
        let path = dir.join(format!("{TEMP_PREFIX}{}{TEMP_SUFFIX}", random_suffix()?));
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        // O_CREAT | O_EXCL: fails on any existing name, a symlink included (POSIX says it is
        // never followed then), so nothing planted under the name can be written through.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        match opts.open(&path) {
            Ok(file) => {
                return Ok(Temp { path, file: Some(file) });
            }
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::Io(std::io::Error::new(
        ErrorKind::AlreadyExists,
        "could not find a free temporary name",
    )))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` privately and whole (see the module comment): readable by the owner
/// only, and either the complete new content is at `path` or nothing changed there. A symlink at
/// `path` is replaced, never followed.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut temp = write_temp(path, bytes)?;
    fs::rename(&temp.path, path)?;
    temp.path = PathBuf::new();
    sync_folder(path);
    Ok(())
}

/// Like [`write_private`], but never replaces an existing `path` (the CLI's key file: two first
/// runs at once must agree on one key). `Ok(false)` when `path` already existed; the temporary
/// file is removed either way.
pub fn create_private(path: &Path, bytes: &[u8]) -> Result<bool> {
    let temp = write_temp(path, bytes)?;
    // A hard link fails if the target exists, atomically: the loser of a race sees the
    // winner's complete file, never a half-written one.
    match fs::hard_link(&temp.path, path) {
        Ok(()) => {
            sync_folder(path);
            Ok(true)
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn write_temp(path: &Path, bytes: &[u8]) -> Result<Temp> {
    if path.file_name().is_none() {
        return Err(Error::invalid("file", MessageId::RefusalFileName));
    }
    let mut temp = create_temp(&folder_of(path))?;
    let file = temp
        .file
        .as_mut()
        .ok_or_else(|| Error::Io(std::io::Error::other("temporary file closed")))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(temp.file.take());
    Ok(temp)
}

/// Makes the rename itself durable. Best effort: some file systems refuse to open a folder.
fn sync_folder(path: &Path) {
    if let Ok(d) = File::open(folder_of(path)) {
        let _ = d.sync_all();
    }
}

/// Creates `dir` and any missing parents with mode 0700 (whatever the umask); returns the
/// folders it created, outermost first, so a caller can remove exactly those again.
pub fn create_private_dirs(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut missing = Vec::new();
    let mut d = Some(dir);
    while let Some(p) = d.filter(|p| !p.as_os_str().is_empty()) {
        if p.exists() {
            break;
        }
        missing.push(p.to_path_buf());
        d = p.parent();
    }
    missing.reverse();
    for p in &missing {
        let mut b = fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        match b.create(p) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e.into()),
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // The mode given to mkdir is masked by the umask, which never adds bits; set it
            // exactly anyway in case the umask was unusual.
            let _ = fs::set_permissions(p, fs::Permissions::from_mode(0o700));
        }
    }
    Ok(missing)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(p: &Path) -> u32 {
        fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_whole_private_files_and_replaces_links_without_following_them() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"someone else's").unwrap();
        let target = dir.path().join("backup.json");
        std::os::unix::fs::symlink(&victim, &target).unwrap();
        write_private(&target, b"{}").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"someone else's");
        assert_eq!(fs::read(&target).unwrap(), b"{}");
        assert_eq!(mode(&target), 0o600);
        assert!(!fs::symlink_metadata(&target).unwrap().file_type().is_symlink());
        assert_eq!(names(dir.path()), ["backup.json", "victim"]);
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        // A folder under the target name: the rename fails after the data was written.
        let target = dir.path().join("out.ics");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("keep"), b"x").unwrap();
        assert!(write_private(&target, b"secret").is_err());
        assert_eq!(names(dir.path()), ["out.ics"]);
    }

    #[test]
    fn create_private_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("tend.key");
        assert!(create_private(&key, b"first").unwrap());
        assert!(!create_private(&key, b"second").unwrap());
        assert_eq!(fs::read(&key).unwrap(), b"first");
        assert_eq!(mode(&key), 0o600);
        assert_eq!(names(dir.path()), ["tend.key"]);
    }

    #[test]
    fn private_dirs_are_0700_whatever_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a").join("b");
        let made = create_private_dirs(&deep).unwrap();
        assert_eq!(made, vec![dir.path().join("a"), deep.clone()]);
        assert_eq!(mode(&deep), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
    }

    #[test]
    fn leftovers_are_quarantined_copies_and_temp_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("tend.db");
        for n in [
            "tend.db",
            "tend.db.unreadable-20260101T000000Z",
            ".tend-ab12.tmp",
            "other.db",
            "notes.txt",
        ] {
            fs::write(dir.path().join(n), b"x").unwrap();
        }
        assert_eq!(
            leftovers(&db).unwrap(),
            vec![
                dir.path().join(".tend-ab12.tmp"),
                dir.path().join("tend.db.unreadable-20260101T000000Z")
            ]
        );
    }
}
