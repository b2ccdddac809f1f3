//! Filling the directory from a feed, as a stream: each record is parsed, checked and written
//! before the next is read, so memory stays flat whatever the feed's size. The whole import is one
//! transaction: a feed that turns out not to be JSON halfway through leaves the directory as it was.
//!
//! A feed is replaced by name: records are keyed by slug, an unchanged one is only stamped with
//! the import's generation, a changed one is rewritten, and whatever the import did not reach is
//! gone from the directory afterwards. Groups the user joined from the feed are then brought up
//! to date (see `join::sync_joined`).

use std::fs::File;
use std::io::Read;
use std::path::Path;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, ToSql, params, params_from_iter};

use crate::error::{Error, Result};
use crate::exchange::meeting_guide::{FeedRecord, ImportReport, Read1, for_each_record, read_record};
use crate::messages::MessageId;
use crate::store::Store;
use crate::time::to_ms;
use crate::validate;

/// How often (in records) the progress callback hears from an import.
const PROGRESS_EVERY: u32 = 1024;

/// FNV-1a, 64 bits: a stable content hash (std's hasher may change between Rust releases, which
/// would make every record look changed once).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for x in b {
            self.0 ^= u64::from(*x);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn text(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.bytes(&[1]);
                self.bytes(s.as_bytes());
                self.bytes(&[0]);
            }
            None => self.bytes(&[2]),
        }
    }
}

fn digest(r: &FeedRecord) -> i64 {
    let mut h = Fnv::new();
    for t in [
        Some(r.name.as_str()),
        r.group_name.as_deref(),
        Some(r.timezone.name()),
        r.location.as_deref(),
        r.address.as_deref(),
        r.region.as_deref(),
        Some(r.attendance.as_str()),
        r.online_url.as_deref(),
        r.online_phone.as_deref(),
        r.notes.as_deref(),
        r.updated.as_deref(),
    ] {
        h.text(t);
    }
    for t in &r.types {
        h.text(Some(t));
    }
    for s in &r.slots {
        h.bytes(&[s.weekday.unwrap_or(9)]);
        h.bytes(&s.start.unwrap_or(u16::MAX).to_le_bytes());
        h.bytes(&s.duration_minutes.to_le_bytes());
    }
    h.bytes(&[u8::from(r.placed)]);
    h.bytes(&r.latitude.unwrap_or(f64::NAN).to_bits().to_le_bytes());
    h.bytes(&r.longitude.unwrap_or(f64::NAN).to_bits().to_le_bytes());
    h.0 as i64
}

enum Upserted {
    Created,
    Updated,
    Unchanged,
    /// A second record with a slug this import already wrote.
    Repeated,
}

/// The statements one import runs per record, prepared once.
struct Writer<'c> {
    find: rusqlite::CachedStatement<'c>,
    insert: rusqlite::CachedStatement<'c>,
    update: rusqlite::CachedStatement<'c>,
    stamp: rusqlite::CachedStatement<'c>,
    slot: rusqlite::CachedStatement<'c>,
    drop_slots: rusqlite::CachedStatement<'c>,
    geo: rusqlite::CachedStatement<'c>,
    drop_geo: rusqlite::CachedStatement<'c>,
    feed_id: i64,
    generation: i64,
}

impl<'c> Writer<'c> {
    fn new(c: &'c Connection, feed_id: i64, generation: i64) -> Result<Self> {
        Ok(Writer {
            find: c.prepare_cached(
                "SELECT id, generation, digest FROM directory_meeting WHERE feed_id = ?1 AND slug = ?2",
            )?,
            insert: c.prepare_cached(
                "INSERT INTO directory_meeting (feed_id, slug, generation, digest, name, group_name, timezone, types,
                     location, address, region, latitude, longitude, placed, attendance, online_url, online_phone,
                     notes, updated)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            )?,
            update: c.prepare_cached(
                "UPDATE directory_meeting SET generation = ?2, digest = ?3, name = ?4, group_name = ?5, timezone = ?6,
                     types = ?7, location = ?8, address = ?9, region = ?10, latitude = ?11, longitude = ?12,
                     placed = ?13, attendance = ?14, online_url = ?15, online_phone = ?16, notes = ?17, updated = ?18
                 WHERE id = ?1",
            )?,
            stamp: c.prepare_cached("UPDATE directory_meeting SET generation = ?2 WHERE id = ?1")?,
            slot: c.prepare_cached(
                "INSERT INTO directory_slot (meeting_id, weekday, start_min, duration_minutes) VALUES (?1, ?2, ?3, ?4)",
            )?,
            drop_slots: c.prepare_cached("DELETE FROM directory_slot WHERE meeting_id = ?1")?,
            geo: c.prepare_cached(
                "INSERT INTO directory_geo (id, min_lat, max_lat, min_lng, max_lng) VALUES (?1, ?2, ?2, ?3, ?3)",
            )?,
            drop_geo: c.prepare_cached("DELETE FROM directory_geo WHERE id = ?1")?,
            feed_id,
            generation,
        })
    }

    fn put(&mut self, c: &Connection, r: &FeedRecord) -> Result<Upserted> {
        let d = digest(r);
        let found: Option<(i64, i64, i64)> = self
            .find
            .query_row(params![self.feed_id, r.slug], |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?)))
            .optional()?;
        let types = serde_json::to_string(&r.types)
            .map_err(|_| Error::invalid("meeting type", crate::groups::type_code_problem()))?;
        let (timezone, attendance) = (r.timezone.name(), r.attendance.as_str());
        // The columns an insert and an update both write, in the statements' order after their keys.
        let fields: [&dyn ToSql; 16] = [
            &d,
            &r.name,
            &r.group_name,
            &timezone,
            &types,
            &r.location,
            &r.address,
            &r.region,
            &r.latitude,
            &r.longitude,
            &r.placed,
            &attendance,
            &r.online_url,
            &r.online_phone,
            &r.notes,
            &r.updated,
        ];
        let (id, outcome) = match found {
            Some((_, g, _)) if g == self.generation => return Ok(Upserted::Repeated),
            Some((id, _, old)) if old == d => {
                self.stamp.execute(params![id, self.generation])?;
                return Ok(Upserted::Unchanged);
            }
            Some((id, _, _)) => {
                let keys: [&dyn ToSql; 2] = [&id, &self.generation];
                self.update.execute(params_from_iter(keys.into_iter().chain(fields)))?;
                self.drop_slots.execute([id])?;
                self.drop_geo.execute([id])?;
                (id, Upserted::Updated)
            }
            None => {
                let keys: [&dyn ToSql; 3] = [&self.feed_id, &r.slug, &self.generation];
                self.insert.execute(params_from_iter(keys.into_iter().chain(fields)))?;
                (c.last_insert_rowid(), Upserted::Created)
            }
        };
        for s in &r.slots {
            self.slot.execute(params![id, s.weekday, s.start, s.duration_minutes])?;
        }
        if let (true, Some(la), Some(lo)) = (r.placed, r.latitude, r.longitude) {
            self.geo.execute(params![id, la, lo])?;
        }
        Ok(outcome)
    }
}

/// Records of older Tend's "earlier import" (and any feed never imported by name) that this feed
/// also lists become this feed's: the joined groups' links move over, the duplicates leave.
fn adopt_earlier(c: &Connection, feed_id: i64) -> Result<()> {
    let earlier: Vec<i64> = c
        .prepare_cached("SELECT id FROM directory_feed WHERE imported_at IS NULL AND id != ?1")?
        .query_map([feed_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for old in earlier {
        c.execute(
            "UPDATE OR IGNORE group_listing SET feed_id = ?1
             WHERE feed_id = ?2 AND slug IN (SELECT slug FROM directory_meeting WHERE feed_id = ?1)",
            params![feed_id, old],
        )?;
        c.execute(
            "DELETE FROM directory_meeting
             WHERE feed_id = ?2 AND slug IN (SELECT slug FROM directory_meeting WHERE feed_id = ?1)",
            params![feed_id, old],
        )?;
        c.execute(
            "DELETE FROM directory_feed WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM directory_meeting WHERE feed_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM group_listing WHERE feed_id = ?1)",
            [old],
        )?;
    }
    Ok(())
}

impl Store {
    /// Imports the Meeting Guide feed `feed` (a file's name, or the feed's URL) from `reader` into
    /// the directory, as one transaction, replacing what that feed held before: records are keyed
    /// by slug, changed ones are updated, ones gone from the feed leave the directory. Records
    /// without a `timezone` use `default_tz`, and are skipped without one. Nothing is planned or
    /// reminded; groups the user joined from this feed get the feed's new times, places and links
    /// and keep everything of the user's, and are marked no longer listed when their meeting left.
    pub fn import_directory(
        &self,
        feed: &str,
        reader: impl Read,
        default_tz: Option<Tz>,
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        self.import_directory_with_progress(feed, reader, default_tz, now, &mut |_| {})
    }

    /// [`Store::import_directory`] from a file, read as a stream (a downloaded feed never has to
    /// fit in memory).
    pub fn import_directory_file(
        &self,
        feed: &str,
        path: &Path,
        default_tz: Option<Tz>,
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        self.import_directory(feed, File::open(path)?, default_tz, now)
    }

    /// [`Store::import_directory`], calling `progress(records_read)` every thousand records or so
    /// (it runs inside the import's transaction, so keep it quick).
    pub fn import_directory_with_progress(
        &self,
        feed: &str,
        reader: impl Read,
        default_tz: Option<Tz>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ImportReport> {
        self.import_directory_then(feed, reader, default_tz, now, progress, &mut |_, _| Ok(()))
    }

    /// [`Store::import_directory_with_progress`], then `then(tx, report)` inside the same
    /// transaction: what a refresh records about the list it read (its hash, when) commits with
    /// the list or not at all.
    pub(crate) fn import_directory_then(
        &self,
        feed: &str,
        reader: impl Read,
        default_tz: Option<Tz>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(u64),
        then: &mut dyn FnMut(&Connection, &ImportReport) -> Result<()>,
    ) -> Result<ImportReport> {
        let feed =
            validate::text("feed", Some(feed))?.ok_or_else(|| Error::invalid("feed", MessageId::RefusalEmpty))?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO directory_feed (name, generation, imported_at) VALUES (?1, 0, ?2)
                 ON CONFLICT (name) DO NOTHING",
                params![feed, to_ms(now)],
            )?;
            let (feed_id, generation): (i64, i64) = tx.query_row(
                "UPDATE directory_feed SET generation = generation + 1, imported_at = ?2 WHERE name = ?1
                 RETURNING id, generation",
                params![feed, to_ms(now)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let mut report = ImportReport::default();
            let mut w = Writer::new(tx, feed_id, generation)?;
            for_each_record(reader, &mut |i, v| {
                match read_record(&v, default_tz) {
                    Err(reason) => {
                        let slug = v.as_object().and_then(|m| match m.get("slug")? {
                            serde_json::Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
                            serde_json::Value::Number(n) => Some(n.to_string()),
                            _ => None,
                        });
                        report.skip(i, slug.as_deref(), reason);
                    }
                    Ok(Read1::Inactive) => report.inactive += 1,
                    Ok(Read1::Active(r)) => match w.put(tx, &r)? {
                        Upserted::Created => report.created += 1,
                        Upserted::Updated => report.updated += 1,
                        Upserted::Unchanged => report.unchanged += 1,
                        Upserted::Repeated => {
                            report.skip(i, Some(&r.slug), "its slug repeats an earlier record's".into())
                        }
                    },
                }
                if (i + 1) % PROGRESS_EVERY == 0 {
                    progress(u64::from(i) + 1);
                }
                Ok(())
            })?;
            drop(w);
            adopt_earlier(tx, feed_id)?;
            let removed = tx.execute(
                "DELETE FROM directory_meeting WHERE feed_id = ?1 AND generation < ?2",
                params![feed_id, generation],
            )?;
            report.removed = u32::try_from(removed).unwrap_or(u32::MAX);
            let (updated, unlisted) = super::join::sync_joined(tx, feed_id)?;
            report.joined_updated = updated;
            report.joined_unlisted = unlisted;
            then(tx, &report)?;
            Ok(report)
        })
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::directory::SearchQuery;
    use crate::store::{Store, key_hex};

    const KEY: [u8; 32] = [3u8; 32];
    const ONTARIO: &str = include_str!("../../tests/fixtures/meeting-guide/ontario-quinte-feed.json");

    fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::from_timestamp(1_764_025_200, 0).unwrap_or_default()
    }

    #[test]
    fn an_older_tends_feed_groups_move_and_the_next_import_takes_them_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tend.db");
        {
            // A store as an older Tend left it after importing part of the Quinte feed.
            let c = Connection::open(&path).unwrap();
            c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", *key_hex(&KEY)))
                .unwrap();
            c.execute_batch(crate::store::schema::MIGRATIONS[0]).unwrap();
            c.execute_batch(
                "PRAGMA user_version = 1;
                 INSERT INTO network (id, name, created_at) VALUES (1, 'Recovery', 0);
                 INSERT INTO support_group (id, name, kind, network_id, address, types, feed_slug, created_at) VALUES
                   (1, 'Tweed Group', 'twelve_step', NULL, 'St Andrews Church, 55 Victoria St N, Tweed, CA', '[\"C\"]', '8', 0),
                   (2, 'Consecon Discussion Group', 'twelve_step', 1, 'Old address', '[]', '1', 0);
                 INSERT INTO meeting (group_id, weekday, start_min, duration_minutes, timezone) VALUES
                   (1, 2, 1170, 60, 'America/Toronto'), (2, 2, 1170, 60, 'America/Toronto');",
            )
            .unwrap();
        }
        let store = Store::open(&path, &KEY).unwrap();
        let groups = store.groups().unwrap();
        assert_eq!(groups.len(), 1, "only the group the user touched stays theirs");
        assert_eq!((groups[0].id, groups[0].listed), (2, Some(true)));
        let tz: chrono_tz::Tz = "America/Toronto".parse().unwrap();
        assert!(
            store
                .plan(now(), tz, 7, 60)
                .unwrap()
                .notifications
                .iter()
                .all(|n| n.refers.group_id != Some(1)),
            "the untouched group's reminders are gone"
        );
        let found = store.search_directory(&SearchQuery::default(), now()).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].slug.as_str(), found[0].feed.as_str()),
            ("8", "earlier import")
        );

        // Importing the feed itself takes both over: no duplicate, the group linked to it.
        let r = store
            .import_directory("ontario", ONTARIO.as_bytes(), Some(tz), now())
            .unwrap();
        assert_eq!((r.created, r.joined_updated), (45, 1), "{r:?}");
        let found = store
            .search_directory(
                &SearchQuery {
                    limit: Some(1000),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
        assert_eq!(found.len(), 45);
        assert!(found.iter().all(|m| m.feed == "ontario"));
        let consecon = found.iter().find(|m| m.slug == "1").unwrap();
        assert_eq!(consecon.joined_group_id, Some(2));
        let g = store.group(2).unwrap();
        assert_eq!(
            g.address.as_deref(),
            Some("Consecon United Church, 224 Mill St, Consecon, CA")
        );
        assert_eq!(g.network_id, Some(1));
    }
}
