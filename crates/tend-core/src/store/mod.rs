//! The encrypted store: opening (key, pragmas, migrations) and the read/write helpers every
//! capability uses. One user action = one `write` = one transaction.

mod launch;
mod quarantine;
pub mod schema;

pub use launch::{KeyProblem, KeyState, LaunchDecision, launch_decision};
pub use quarantine::quarantine;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The length of the raw SQLCipher key the caller supplies (the platform keystore on phones, a
/// key file for the CLI).
pub const KEY_LEN: usize = 32;

/// One user's Tend data: an SQLCipher database file. `Send + Sync`; calls from many threads are
/// serialised on one connection, which is what SQLite's single writer needs anyway.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
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
/// caller initialises SQLite (and with it SQLCipher) on its own thread, the others block until it
/// is done.
fn sqlcipher_ready() -> std::result::Result<(), String> {
    static READY: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    READY
        .get_or_init(|| {
            Connection::open_in_memory()
                .map(drop)
                .map_err(|e| format!("the encryption library could not start: {e}"))
        })
        .clone()
}

impl Store {
    /// Opens (or creates) the store at `path` with `key`. A file that cannot be read with this
    /// key, is corrupt, is not a database, or was written by a newer Tend is refused with a
    /// typed error and left byte-for-byte untouched.
    pub fn open(path: impl AsRef<Path>, key: &[u8]) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if key.len() != KEY_LEN {
            return Err(Error::invalid(
                "key",
                format!("must be {KEY_LEN} bytes, got {}", key.len()),
            ));
        }
        sqlcipher_ready().map_err(|reason| Error::CannotOpen {
            path: path.display().to_string(),
            reason,
        })?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(&path, flags).map_err(|e| cannot_open(&path, &e))?;
        // The raw-key form skips SQLCipher's passphrase KDF: the key is already random.
        // SQLCipher's own log goes to stderr/logcat; our typed errors say what went wrong.
        // Our copies of the key text are wiped when dropped (SQLCipher wipes its own).
        let hex = key_hex(key);
        let pragma = Zeroizing::new(format!("PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'{}'\";", *hex));
        conn.execute_batch(&pragma).map_err(|e| cannot_open(&path, &e))?;

        // Read-only probes first: nothing below may write until we know the file is ours.
        let version: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .and_then(|_| conn.query_row("PRAGMA user_version", [], |r| r.get(0)))
            .map_err(|e| cannot_open(&path, &e))?;
        if version > schema::VERSION {
            return Err(Error::NewerSchema {
                found: version,
                supported: schema::VERSION,
            });
        }

        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -16384;
             PRAGMA secure_delete = ON;",
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // This SQLite is built with STAT4, which re-prepares a statement whenever a new value is
        // bound to a range parameter, in case a better plan exists. Tend never runs ANALYZE, so
        // there is nothing to gain; the stable plan keeps cached statements cached (a goal's
        // progress read was re-prepared on every plan).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        let mut store = Store {
            conn: Mutex::new(conn),
            path,
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
        if version == 0 {
            tx.execute_batch(schema::SQL)?;
        } else {
            schema::upgrade_from(&tx, version)?;
        }
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

    /// Runs `f` on a consistent snapshot (a deferred read transaction).
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = Transaction::new(&mut conn, TransactionBehavior::Deferred)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs one user action as one IMMEDIATE transaction: all of it is stored, or none of it.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = Transaction::new(&mut conn, TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Checks the file with `PRAGMA integrity_check`; `Ok(())` when SQLite says "ok".
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.read(|c| {
            let mut st = c.prepare("PRAGMA integrity_check")?;
            let rows = st.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }
}

fn cannot_open(path: &Path, e: &rusqlite::Error) -> Error {
    let reason = match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "wrong key, or not a Tend database".to_string(),
        Some(ErrorCode::DatabaseCorrupt) => "the file is corrupt".to_string(),
        Some(ErrorCode::CannotOpen) => "the file cannot be opened (missing folder or no permission)".to_string(),
        Some(ErrorCode::PermissionDenied) | Some(ErrorCode::ReadOnly) => "no permission to write the file".to_string(),
        _ => e.to_string(),
    };
    Error::CannotOpen {
        path: path.display().to_string(),
        reason,
    }
}
