//! Hooks for the host tests and the bridge benchmark (feature `test-hooks`, never in a phone
//! build): an empty call, a deliberate panic, a bare-SQLCipher baseline, and the demo data.

use std::path::Path;
use std::time::{Instant, SystemTime};

use chrono::Utc;
use rusqlite::{Connection, params};
use tend_core::TendError;

use crate::TendStore;
use crate::guard::{guard, run, tz};

/// Does nothing: the benchmark measures what one call across the bridge costs.
#[uniffi::export]
pub fn noop() {}

/// Panics inside the guard every export uses, proving a Rust panic reaches the shell as
/// `Storage { reason: "internal error" }` rather than a crash.
#[uniffi::export]
pub fn debug_panic_for_tests() -> Result<(), TendError> {
    guard(|| panic!("debug_panic_for_tests: deliberate panic"))
}

/// The same-run baseline for the bridge benchmark: opens a fresh SQLCipher database in `dir`
/// with the store's key handling, pragmas and schema, times `count` autocommit INSERTs of one
/// check-in row (with an idempotency key, like the benchmarked `logCheckin`), deletes the
/// database, and returns the median microseconds per INSERT.
#[uniffi::export]
pub fn bench_bare_insert_micros(dir: String, count: u32) -> Result<f64, TendError> {
    run(|| bare_insert_micros(Path::new(&dir), count))
}

#[uniffi::export]
impl TendStore {
    /// Fills the store with the demo: someone 45 days into recovery, their people, groups,
    /// goals and six weeks of check-ins, as of now in `zone`.
    pub fn seed_demo(&self, zone: String) -> Result<(), TendError> {
        run(|| tend_core::demo::seed(self.core(), Utc::now(), tz(&zone)?).map(drop))
    }
}

fn bare_insert_micros(dir: &Path, count: u32) -> tend_core::Result<f64> {
    if count == 0 {
        return Err(tend_core::Error::invalid(
            "count",
            tend_core::messages::Message::new(tend_core::messages::MessageId::RefusalAtLeast).num("min", 1),
        ));
    }
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let path = dir.join(format!("bare-insert-{stamp}.db"));
    let mut micros = Vec::with_capacity(count as usize);
    {
        let conn = Connection::open(&path)?;
        // As tend_core::Store::open does: a raw 32-byte key, then the same connection settings.
        tend_core::store::pragmas::key(&conn, &[7; tend_core::KEY_LEN])?;
        tend_core::store::pragmas::connection(&conn)?;
        conn.execute_batch(tend_core::store::schema::SQL)?;
        let mut insert = conn.prepare(
            "INSERT INTO checkin (kind, at, zone, local_date, mood, craving, idem_key)
             VALUES ('daily', ?1, 'Europe/Dublin', '2026-11-25', 4, 1, ?2)",
        )?;
        let at = 1_764_072_000_000_i64;
        for i in 0..count {
            let key = format!("bare-{i}");
            let started = Instant::now();
            insert.execute(params![at + i64::from(i), key])?;
            micros.push(started.elapsed().as_secs_f64() * 1e6);
        }
    }
    tend_core::exchange::wipe(&path, &[])?;
    micros.sort_by(f64::total_cmp);
    Ok(micros[micros.len() / 2])
}
