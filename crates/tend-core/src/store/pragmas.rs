//! One home for every pragma and connection setting the store uses: how a connection is keyed,
//! and how a proven connection is set up for Tend's durability and concurrency rules.

use std::time::Duration;

use rusqlite::Connection;
use rusqlite::config::DbConfig;
use zeroize::Zeroizing;

/// How long a writer waits for another writer (a long feed import in another process, a
/// reminder receiver) before giving up with "database is locked". Well beyond any import's
/// transaction: a feed import is one transaction (all or nothing), and a 250k-record feed
/// finishes in well under this even on a slow phone, so a check-in during an import waits
/// instead of failing (tests/import_and_writers.rs).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(120);

/// Keys `conn` with the raw 32-byte key. The raw-key form skips SQLCipher's passphrase KDF: the
/// key is already random. SQLCipher's own log was turned off once for the process when it was
/// set up (`store::sqlcipher_ready`). Our copy of the key text is wiped when dropped (SQLCipher
/// wipes its own).
pub fn key(conn: &Connection, key: &[u8]) -> rusqlite::Result<()> {
    // Whoever keys first in this process (a salvage, a test) sets SQLCipher up the same way.
    let _ = super::sqlcipher_ready();
    let hex = super::key_hex(key);
    let pragma = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", *hex));
    conn.execute_batch(&pragma)
}

/// Set before anything is read, so no connection that fails to open can write on its way out:
/// closing a connection normally checkpoints the WAL into the database and deletes `-wal` and
/// `-shm`, which must not happen to a file whose key was not proven.
pub(crate) fn no_checkpoint_on_close(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map(drop)
}

/// Switches a new store to WAL. Two processes opening the same new store at once both read it
/// and then both want it exclusively for the switch; SQLite answers one of them "database is
/// locked" at once, without waiting (waiting would deadlock). That one tries again, briefly,
/// until the other has switched or [`BUSY_TIMEOUT`] has passed.
fn wal_mode(conn: &Connection) -> rusqlite::Result<()> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)) {
            Err(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            other => return other.map(drop),
        }
    }
}

/// The settings of every connection once its key is proven (public so the bridge benchmark's
/// bare-SQLCipher baseline runs under exactly the same ones): WAL with synchronous=FULL (a
/// committed action survives power loss), foreign keys, secure delete (a deleted note does not
/// linger in free pages), and a writer that waits [`BUSY_TIMEOUT`] for another.
pub fn connection(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    wal_mode(conn)?;
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -16384;
         PRAGMA secure_delete = ON;",
    )?;
    // Checkpoint on close again, now that the key is proven: a clean close leaves one file.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
    // This SQLite is built with STAT4, which re-prepares a statement whenever a new value is
    // bound to a range parameter, in case a better plan exists. Tend never runs ANALYZE, so
    // there is nothing to gain; the stable plan keeps cached statements cached (a goal's
    // progress read was re-prepared on every plan).
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(())
}
