//! The encrypted store: opening (key, pragmas, migrations) and the read/write helpers every
//! capability uses. One user action = one `write` = one transaction.
//!
//! Opening never writes until the key is proven, and a store found damaged is never written to:
//! every later write is refused with [`Error::Corrupt`] and the connection closes without
//! checkpointing, so the file stays as it was for salvage (see `exchange::salvage`).
//!
//! Opening reads only what it needs (the first page, the schema, the version), so a cold start
//! costs the same with ten years of history as with one. Damage elsewhere is found where it is
//! met: SQLCipher checks each page's HMAC as it is read, so any read or write that touches a
//! damaged page fails as [`Error::Corrupt`] (a write rolls back whole), and the full check of
//! every page runs off the open path, at most daily (`integrity.rs`).

pub mod files;
mod integrity;
mod launch;
pub mod pragmas;
mod quarantine;
pub mod schema;

pub use integrity::{INTEGRITY_EVERY_HOURS, IntegrityCheck};
pub use launch::{KeyProblem, KeyState, LaunchDecision, launch_decision};
pub use pragmas::BUSY_TIMEOUT;
pub use quarantine::{quarantine, quarantine_unreadable};

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};

/// The length of the raw SQLCipher key the caller supplies (the platform keystore on phones, a
/// key file for the CLI).
pub const KEY_LEN: usize = 32;

/// "The key must be 32 bytes, not `got`."
pub(crate) fn key_length_problem(got: usize) -> Message {
    Message::new(MessageId::RefusalKeyLength)
        .num("bytes", KEY_LEN as i64)
        .num("got", i64::try_from(got).unwrap_or(i64::MAX))
}

/// One user's Tend data: an SQLCipher database file. `Send + Sync`; calls from many threads are
/// serialised on one connection, which is what SQLite's single writer needs anyway.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// Set the first time SQLite reports the file damaged; from then on nothing is written.
    damaged: AtomicBool,
    /// Whether a WAL was beside the file when it was opened: if not, and the store turns out
    /// damaged, the empty WAL and index this connection made are taken back on close.
    wal_existed: bool,
    /// The passphrase of the Matrix stores beside the database, derived from the store key (so
    /// one key unlocks everything and wiping the key locks everything).
    #[cfg(feature = "share")]
    pub(crate) share_passphrase: zeroize::Zeroizing<String>,
    /// The store's one Matrix client, kept while the store is open; the mutex lets one call at a
    /// time use it (a background sync and the Partner screen would otherwise race on the crypto
    /// store). Other processes are kept out by a lock file (`share::matrix`).
    #[cfg(feature = "share")]
    pub(crate) share: Mutex<Option<crate::share::matrix::Live>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// A raw store key as the 64 hex digits SQLCipher's `x'…'` key form (and the CLI's key file)
/// use; wiped when dropped.
pub fn key_hex(key: &[u8]) -> Zeroizing<String> {
    Zeroizing::new(key.iter().map(|b| format!("{b:02x}")).collect())
}

/// SQLCipher finishes its process-wide set-up (crypto provider, private heap) only *after* SQLite
/// reports itself initialised, so a second thread keying a database in that moment is told "An
/// error occurred with PRAGMA key" and a healthy store looks unreadable. That happens when the app
/// and a reminder receiver open their stores at launch. Every open waits here first: the first
/// caller initialises SQLite and SQLCipher on its own thread, the others block until it is done.
///
/// SQLCipher 4.6 activates (and sets its default log: warnings to stderr or the device log) only
/// when a first key is set, so the set-up keys a throwaway in-memory database, then turns the log
/// off once for the process: our typed errors say what went wrong, and the log's globals are not
/// written again by every open racing with another.
fn sqlcipher_ready() -> std::result::Result<(), String> {
    static READY: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    READY
        .get_or_init(|| {
            let start = || -> rusqlite::Result<()> {
                let c = Connection::open_in_memory()?;
                c.execute_batch("PRAGMA key = 'tend-start'; PRAGMA cipher_log = off; PRAGMA cipher_log_level = NONE;")?;
                c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            };
            start().map_err(|e| format!("the encryption library could not start: {e}"))
        })
        .clone()
}

/// Whether SQLite's error says the file's pages do not read back as written: a damaged page
/// (SQLCipher's per-page HMAC failed) or a damaged b-tree.
pub(crate) fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// A `file:` URI for `path` with `query`. Everything but plain ASCII is percent-escaped, so
/// `?`, `#`, `%` and non-ASCII names round-trip.
pub(crate) fn uri(path: &Path, query: &str) -> String {
    let mut out = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii() && !b.is_ascii_control() && !matches!(b, b'?' | b'#' | b'%') {
            out.push(char::from(*b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push('?');
    out.push_str(query);
    out
}

/// Keys a connection with the raw store key (for readers outside this module, such as salvage).
pub(crate) fn key_connection(conn: &Connection, key: &[u8]) -> rusqlite::Result<()> {
    pragmas::key(conn, key)
}

/// Opens `path` read-only as an immutable file (no locks, no WAL, no `-shm`, nothing written
/// whatever happens), keyed with `key`, and reads its first page. Proves the key (SQLCipher
/// checks each page's HMAC) without any chance of changing the file, its WAL or its SHM.
fn prove_key(path: &Path, key: &[u8]) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(uri(path, "immutable=1"), flags).map_err(|e| cannot_open(path, &e))?;
    pragmas::no_checkpoint_on_close(&conn).map_err(|e| cannot_open(path, &e))?;
    pragmas::key(&conn, key).map_err(|e| cannot_open(path, &e))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .map_err(|e| cannot_open(path, &e))?;
    Ok(())
}

/// [`prove_key`], allowing for a store another process is creating this very moment: its first
/// pages may be half-written, which reads exactly like a wrong key. While the file is that young
/// (changed within the last two seconds) a failed proof is tried again, briefly and boundedly;
/// an established file with a wrong key fails at once.
fn prove_key_settled(path: &Path, key: &[u8]) -> Result<()> {
    const YOUNG: std::time::Duration = std::time::Duration::from_secs(2);
    let mut tries = 0;
    loop {
        match prove_key(path, key) {
            Ok(()) => return Ok(()),
            Err(e) => {
                let young = std::fs::metadata(path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age < YOUNG);
                tries += 1;
                if !young || tries >= 20 {
                    return Err(e);
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
    }
}

/// Creates the database file empty and private (0600 whatever the umask) before SQLite does,
/// so its `-wal` and `-shm`, which SQLite creates with the database's own mode, are private too.
/// `Ok(false)` when it already exists (another process may have just created it).
fn create_private(path: &Path) -> Result<bool> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    match opts.open(path) {
        Ok(f) => {
            f.sync_all()?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::CannotOpen {
            path: path.display().to_string(),
            reason: match e.kind() {
                std::io::ErrorKind::NotFound => "its folder does not exist".to_string(),
                std::io::ErrorKind::PermissionDenied => "no permission to create the file".to_string(),
                _ => format!("the file cannot be created ({})", e.kind()),
            },
        }),
    }
}

/// Takes away group and other access from the database and the files SQLite keeps beside it, for
/// stores created before Tend made them private (or copied in with a loose mode).
fn make_private(db: &Path) {
    files::restrict_to_owner(files::database_files(db));
}

impl Store {
    /// Opens (or creates) the store at `path` with `key`.
    ///
    /// Nothing is written before the key is proven: a file that cannot be read with this key,
    /// is not a database, or was written by a newer Tend is refused with a typed error and left
    /// byte-for-byte untouched, with its `-wal` and `-shm`. A file that opens but is damaged is
    /// refused with [`Error::Corrupt`], also untouched: quarantine it, and salvage what can be
    /// read with [`Store::salvage`]. A new database file is created with mode 0600.
    pub fn open(path: impl AsRef<Path>, key: &[u8]) -> Result<Store> {
        Self::open_with(path.as_ref(), key, true)
    }

    /// [`Store::open`] for a store that must already exist: a missing file is
    /// [`Error::NotFound`], and nothing is created.
    pub fn open_existing(path: impl AsRef<Path>, key: &[u8]) -> Result<Store> {
        Self::open_with(path.as_ref(), key, false)
    }

    fn open_with(path: &Path, key: &[u8], create: bool) -> Result<Store> {
        let path = path.to_path_buf();
        if key.len() != KEY_LEN {
            return Err(Error::invalid("key", key_length_problem(key.len())));
        }
        sqlcipher_ready().map_err(|reason| Error::CannotOpen {
            path: path.display().to_string(),
            reason,
        })?;
        match std::fs::metadata(&path) {
            Ok(m) if m.len() > 0 => prove_key_settled(&path, key)?,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if !create {
                    return Err(Error::not_found("database file", path.display()));
                }
                create_private(&path)?;
            }
            Err(e) => {
                return Err(Error::CannotOpen {
                    path: path.display().to_string(),
                    reason: format!("the file cannot be read ({})", e.kind()),
                });
            }
        }

        // The file exists now (we never let SQLite create it: see `create_private`).
        let wal_existed = files::database_files(&path)[1].exists();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(uri(&path, ""), flags).map_err(|e| cannot_open(&path, &e))?;
        // Until every check below passes, closing this connection must not checkpoint or delete
        // the WAL: that would write into a file that may be damaged.
        pragmas::no_checkpoint_on_close(&conn).map_err(|e| cannot_open(&path, &e))?;
        pragmas::key(&conn, key).map_err(|e| cannot_open(&path, &e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;

        // Read-only probes first: nothing below may write until we know the file is ours.
        let version: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .and_then(|_| conn.query_row("PRAGMA user_version", [], |r| r.get(0)))
            .map_err(|e| cannot_open(&path, &e))?;
        if version > schema::VERSION {
            // The key is proven and the file healthy: close it as SQLite normally does, which
            // leaves it exactly as a newer Tend left it.
            let _ = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false);
            return Err(Error::NewerSchema {
                found: version,
                supported: schema::VERSION,
            });
        }
        // No read of every page here (see the module's note): that cost grew with the history
        // and was paid at every cold start. Damage is found where it is met, and by
        // `check_integrity` in the background.
        pragmas::connection(&conn).map_err(|e| cannot_open(&path, &e))?;
        make_private(&path);
        let mut store = Store {
            conn: Mutex::new(conn),
            path,
            damaged: AtomicBool::new(false),
            wal_existed,
            #[cfg(feature = "share")]
            share_passphrase: crate::share::matrix::passphrase(key),
            #[cfg(feature = "share")]
            share: Mutex::new(None),
        };
        store.migrate(version)?;
        Ok(store)
    }

    fn migrate(&mut self, found: i64) -> Result<()> {
        if found == schema::VERSION {
            return Ok(());
        }
        let conn = self.conn.get_mut().unwrap_or_else(|p| p.into_inner());
        let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
        // Re-read inside the lock: another process may have migrated meanwhile.
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::VERSION {
            return Err(Error::NewerSchema {
                found: version,
                supported: schema::VERSION,
            });
        }
        schema::upgrade_from(&tx, version)?;
        tx.pragma_update(None, "user_version", schema::VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// Where the database file lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A panic mid-call drops its transaction, which rolls back, so the connection behind a
    /// poisoned lock is still consistent and safe to reuse.
    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Turns SQLite's "malformed" into [`Error::Corrupt`] and remembers it: from then on this
    /// store writes nothing, not even the WAL checkpoint on close.
    fn classify(&self, conn: &Connection, e: Error) -> Error {
        let Error::Storage(s) = &e else { return e };
        if !is_corruption(s) {
            return e;
        }
        self.mark_damaged(conn);
        self.corrupt()
    }

    fn corrupt(&self) -> Error {
        Error::Corrupt {
            path: self.path.display().to_string(),
            reason: "part of the file cannot be read".to_string(),
        }
    }

    /// Remembers that the file is damaged: from now on nothing is written, not even the WAL
    /// checkpoint on close.
    fn mark_damaged(&self, conn: &Connection) {
        self.damaged.store(true, Ordering::SeqCst);
        let _ = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
    }

    /// Whether this store has been found damaged since it was opened (see [`Error::Corrupt`]).
    pub fn is_damaged(&self) -> bool {
        self.damaged.load(Ordering::SeqCst)
    }

    /// Runs `f` on a consistent snapshot (a deferred read transaction).
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let out = (|| {
            let tx = Transaction::new(&mut conn, TransactionBehavior::Deferred)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })();
        out.map_err(|e| self.classify(&conn, e))
    }

    /// Runs one user action as one IMMEDIATE transaction: all of it is stored, or none of it.
    /// Refused with [`Error::Corrupt`] once the store has been found damaged.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        if self.is_damaged() {
            return Err(self.corrupt());
        }
        let mut conn = self.lock();
        let out = (|| {
            let tx = Transaction::new(&mut conn, TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })();
        out.map_err(|e| self.classify(&conn, e))
    }

    /// Stores `items` in transactions of at most `batch` items each, calling `f` once per item:
    /// each batch is all or nothing, and a writer waiting for the store (a check-in during a long
    /// import) gets its turn between batches. Returns how many items were stored; on an error,
    /// the batches before the failing one stay stored and the error says nothing more, so
    /// callers report `Ok(n)` progress through `done` (called after each committed batch with
    /// the running count) to make the import resumable.
    pub fn write_batches<I, F>(&self, items: &[I], batch: usize, mut f: F, done: &mut dyn FnMut(usize)) -> Result<usize>
    where
        F: FnMut(&Transaction<'_>, &I) -> Result<()>,
    {
        let mut stored = 0;
        for chunk in items.chunks(batch.max(1)) {
            self.write(|tx| {
                for item in chunk {
                    f(tx, item)?;
                }
                Ok(())
            })?;
            stored += chunk.len();
            done(stored);
        }
        Ok(stored)
    }

    /// Checks the file with `PRAGMA integrity_check`: `["ok"]` when SQLite finds nothing wrong,
    /// else what it found.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.read(|c| {
            let mut st = c.prepare("PRAGMA integrity_check")?;
            let rows = st.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }
}

impl Drop for Store {
    /// A store found damaged closes without a checkpoint, which leaves the WAL and its index
    /// beside the file. When they were not there before and the WAL holds nothing (nothing can
    /// have been written), they are taken back, so the folder is as it was.
    fn drop(&mut self) {
        if !self.is_damaged() || self.wal_existed {
            return;
        }
        let Ok(stand_in) = Connection::open_in_memory() else {
            return;
        };
        drop(std::mem::replace(
            self.conn.get_mut().unwrap_or_else(|p| p.into_inner()),
            stand_in,
        ));
        let wal = files::database_files(&self.path).swap_remove(1);
        remove_if_empty(&wal);
        remove_if_wal_gone(&self.path);
    }
}

fn remove_if_empty(p: &Path) {
    if std::fs::metadata(p).is_ok_and(|m| m.len() == 0) {
        let _ = std::fs::remove_file(p);
    }
}

/// The `-shm` index is only meaningful beside a WAL; once the WAL we created is gone, so is it.
fn remove_if_wal_gone(db: &Path) {
    let f = files::database_files(db);
    if !f[1].exists() {
        let _ = std::fs::remove_file(&f[2]);
    }
}

fn cannot_open(path: &Path, e: &rusqlite::Error) -> Error {
    let reason = match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => {
            return Error::WrongKey {
                path: path.display().to_string(),
            };
        }
        Some(ErrorCode::DatabaseCorrupt) => {
            return Error::Corrupt {
                path: path.display().to_string(),
                reason: "the file is damaged".to_string(),
            };
        }
        Some(ErrorCode::CannotOpen) => "the file cannot be opened (missing folder or no permission)".to_string(),
        Some(ErrorCode::PermissionDenied) | Some(ErrorCode::ReadOnly) => "no permission to write the file".to_string(),
        _ => e.to_string(),
    };
    Error::CannotOpen {
        path: path.display().to_string(),
        reason,
    }
}
