//! The full check of every page, off the open path: the shells run it in the background (and
//! `tend check` on demand), at most once a day, and the store remembers when it last passed.
//! Opening stays as quick with ten years of history as with one, and damage a check finds is
//! reported as [`Error::Corrupt`], after which nothing is written to the file.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Store, is_corruption};
use crate::error::{Error, Result};
use crate::time::{from_ms, to_ms};

/// How often the full check runs at most, unless forced.
pub const INTEGRITY_EVERY_HOURS: i64 = 24;

/// What [`Store::check_integrity`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct IntegrityCheck {
    /// Whether every page was read now (false: the last pass is recent enough).
    pub ran: bool,
    /// When the whole file last read back sound (now, when it just ran).
    pub last_passed: Option<DateTime<Utc>>,
}

impl Store {
    /// Reads every page of the store and checks every b-tree (SQLite's `quick_check`, with
    /// SQLCipher checking each page's HMAC on the way), unless the last pass was less than
    /// [`INTEGRITY_EVERY_HOURS`] before `now` and `force` is false. Damage is
    /// [`Error::Corrupt`]: from then on this store writes nothing (save what can be read with
    /// [`Store::salvage`], then quarantine it). Takes time on a large store: run it off the main
    /// thread, in the background.
    pub fn check_integrity(&self, now: DateTime<Utc>, force: bool) -> Result<IntegrityCheck> {
        let last = self.read(|c| {
            Ok(
                c.query_row("SELECT checked_at FROM integrity_check WHERE id = 1", [], |r| {
                    r.get::<_, i64>(0)
                })
                .optional()?
                .map(from_ms),
            )
        })?;
        // A clock set back since the last pass (last in the future) does not postpone a check.
        if !force && last.is_some_and(|t| t <= now && now - t < Duration::hours(INTEGRITY_EVERY_HOURS)) {
            return Ok(IntegrityCheck {
                ran: false,
                last_passed: last,
            });
        }
        self.full_check()?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO integrity_check (id, checked_at) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
                params![to_ms(now)],
            )?;
            Ok(())
        })?;
        Ok(IntegrityCheck {
            ran: true,
            last_passed: Some(from_ms(to_ms(now))),
        })
    }

    /// Every page read and every b-tree checked, remembering nothing (a store being judged for
    /// quarantine is only read). Damage is [`Error::Corrupt`] and marks the store damaged.
    pub(crate) fn full_check(&self) -> Result<()> {
        let found = {
            let conn = self.lock();
            let found: rusqlite::Result<Vec<String>> = (|| {
                let mut st = conn.prepare("PRAGMA quick_check(5)")?;
                let rows = st.query_map([], |r| r.get::<_, String>(0))?;
                rows.collect()
            })();
            let reason = match found {
                Ok(v) if v.len() == 1 && v[0] == "ok" => None,
                // SQLite's words name pages and trees, never content.
                Ok(v) => Some(v.join("; ")),
                Err(e) if is_corruption(&e) => Some("part of the file cannot be read".to_string()),
                Err(e) => return Err(Error::Storage(e)),
            };
            if reason.is_some() {
                self.mark_damaged(&conn);
            }
            reason
        };
        if let Some(reason) = found {
            return Err(Error::Corrupt {
                path: self.path.display().to_string(),
                reason,
            });
        }
        Ok(())
    }
}
