//! The database schema: the current SQL, its version, and one upgrade step per older version.
//!
//! Migrations run inside one IMMEDIATE transaction tracked by `PRAGMA user_version`; a database
//! newer than this code is refused before anything is written (see `store::open`).

use rusqlite::Transaction;

use crate::error::{Error, Result};

/// The schema version this code writes.
pub const VERSION: i64 = 4;

/// Version 2: the reminder ledger. Shared by [`SQL`] and the `1 =>` upgrade so a fresh and an
/// upgraded database get byte-identical table definitions.
macro_rules! v2_reminders {
    () => {
        r#"
-- What the core handed to the OS to schedule, by notification id. Rows whose fire_at has passed
-- are what was delivered; they stay a few days so a zone change cannot fire one twice.
CREATE TABLE reminder_ledger (
    id       TEXT PRIMARY KEY,
    fire_at  INTEGER NOT NULL,   -- unix ms, UTC
    hash     TEXT NOT NULL       -- content hash of time, kind, title, body and actions
) WITHOUT ROWID;

-- Occurrences the user acted on from a notification, by notification id.
CREATE TABLE reminder_handled (
    id          TEXT PRIMARY KEY,
    state       TEXT NOT NULL,   -- done | skipped | snoozed
    until_ms    INTEGER,         -- snoozed until (unix ms, UTC)
    handled_at  INTEGER NOT NULL
) WITHOUT ROWID;
"#
    };
}

/// Version 3: each person's latest contact day, kept by triggers, so Today and the planner read
/// it with the people instead of seeking the check-in log once per person. Derived data: never
/// exported, rebuilt by the upgrade and by any write to the log.
macro_rules! v3_last_contact {
    () => {
        r#"
CREATE TABLE last_contact (
    person_id   INTEGER PRIMARY KEY,  -- no foreign key: rows of removed people are cleaned by trigger
    local_date  TEXT NOT NULL
);

CREATE TRIGGER last_contact_on_log AFTER INSERT ON checkin
WHEN NEW.kind = 'contact' AND NEW.person_id IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO last_contact (person_id, local_date)
    SELECT NEW.person_id, max(NEW.local_date, coalesce((SELECT local_date FROM last_contact WHERE person_id = NEW.person_id), ''));
END;

CREATE TRIGGER last_contact_on_unlog AFTER DELETE ON checkin
WHEN OLD.kind = 'contact' AND OLD.person_id IS NOT NULL
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.person_id;
    INSERT INTO last_contact (person_id, local_date)
    SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
    WHERE c.kind = 'contact' AND c.person_id = OLD.person_id GROUP BY c.person_id;
END;

CREATE TRIGGER last_contact_on_change AFTER UPDATE OF kind, person_id, local_date ON checkin
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.person_id OR person_id = NEW.person_id;
    INSERT INTO last_contact (person_id, local_date)
    SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
    WHERE c.kind = 'contact' AND c.person_id IN (OLD.person_id, NEW.person_id) GROUP BY c.person_id;
END;

CREATE TRIGGER last_contact_on_person_gone AFTER DELETE ON person
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.id;
END;

CREATE TRIGGER last_contact_on_person_new AFTER INSERT ON person
BEGIN
    DELETE FROM last_contact WHERE person_id = NEW.id;
END;
"#
    };
}

/// Version 4: the meeting directory, apart from the user's own groups. Feeds fill it; nothing in
/// it is planned or reminded until the user joins a meeting, which makes it a group linked back
/// by `group_listing`. Placed meetings sit in an R*Tree so a search near a point reads only the
/// box around it. All of the step is this one SQL text (on a fresh store its data part finds
/// nothing to move).
macro_rules! v4_directory {
    () => {
        r#"
CREATE TABLE directory_feed (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,         -- the file's name, or the feed's URL
    generation   INTEGER NOT NULL DEFAULT 0,   -- bumped by each import; records it did not reach are gone
    imported_at  INTEGER                       -- unix ms, UTC; NULL = groups moved here from an older Tend
);

CREATE TABLE directory_meeting (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES directory_feed(id) ON DELETE CASCADE,
    slug          TEXT NOT NULL,
    generation    INTEGER NOT NULL,   -- the import that last read it
    digest        INTEGER NOT NULL,   -- hash of what the feed said, so an unchanged record is not rewritten
    name          TEXT NOT NULL,
    group_name    TEXT,               -- the feed's `group`: the meetings one group holds
    timezone      TEXT NOT NULL,      -- IANA zone; weekday and start are in it
    types         TEXT NOT NULL DEFAULT '[]',  -- JSON array of meeting-type codes
    location      TEXT,
    address       TEXT,
    region        TEXT,
    latitude      REAL,
    longitude     REAL,
    placed        INTEGER NOT NULL,   -- 1 = at a real place, found by distance (in person or hybrid)
    attendance    TEXT NOT NULL,      -- in_person | online | hybrid
    online_url    TEXT,
    online_phone  TEXT,
    notes         TEXT,
    updated       TEXT,               -- the feed's `updated`, as it gave it
    UNIQUE (feed_id, slug)
);
CREATE INDEX directory_meeting_group ON directory_meeting(feed_id, group_name);
CREATE INDEX directory_meeting_zone ON directory_meeting(timezone);

-- One row per weekly slot: a record held on three days has three. NULL weekday = by appointment.
CREATE TABLE directory_slot (
    meeting_id        INTEGER NOT NULL REFERENCES directory_meeting(id) ON DELETE CASCADE,
    weekday           INTEGER,
    start_min         INTEGER,
    duration_minutes  INTEGER NOT NULL
);
CREATE INDEX directory_slot_meeting ON directory_slot(meeting_id);
CREATE INDEX directory_slot_time ON directory_slot(weekday, start_min);

-- Placed meetings as points (min = max), by directory_meeting id.
CREATE VIRTUAL TABLE directory_geo USING rtree(id, min_lat, max_lat, min_lng, max_lng);

CREATE TRIGGER directory_geo_gone AFTER DELETE ON directory_meeting
BEGIN
    DELETE FROM directory_geo WHERE id = OLD.id;
END;

-- The directory records a user's group was joined from. listed = 0 once its feed stopped listing it:
-- the group stays the user's.
CREATE TABLE group_listing (
    feed_id   INTEGER NOT NULL REFERENCES directory_feed(id),
    slug      TEXT NOT NULL,
    group_id  INTEGER NOT NULL REFERENCES support_group(id) ON DELETE CASCADE,
    listed    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (feed_id, slug)
) WITHOUT ROWID;
CREATE INDEX group_listing_group ON group_listing(group_id);

-- The last place the user searched from, rounded to about a kilometre: in-person meetings
-- "starting soon" are looked for near it.
CREATE TABLE directory_place (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    latitude   REAL NOT NULL,
    longitude  REAL NOT NULL
);

-- The version 3 → 4 data step: groups an older Tend created from a feed that the user never
-- touched (no network, no members, no attendance, no goal) move to the directory under a feed
-- called "earlier import"; the rest stay the user's groups, linked to their record. The next
-- import of any feed that lists the same slugs takes both over.
CREATE TEMP TABLE v4_untouched AS
SELECT g.id FROM support_group g
WHERE g.feed_slug IS NOT NULL AND g.network_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM group_member x WHERE x.group_id = g.id)
  AND NOT EXISTS (SELECT 1 FROM checkin x WHERE x.group_id = g.id)
  AND NOT EXISTS (SELECT 1 FROM goal x WHERE x.group_id = g.id);

INSERT INTO directory_feed (id, name, generation, imported_at)
SELECT 1, 'earlier import', 0, NULL WHERE EXISTS (SELECT 1 FROM support_group WHERE feed_slug IS NOT NULL);

INSERT INTO directory_meeting (feed_id, slug, generation, digest, name, timezone, types, address, placed,
                               attendance, online_url, online_phone, notes)
SELECT 1, g.feed_slug, 0, 0, g.name,
       coalesce((SELECT m.timezone FROM meeting m WHERE m.group_id = g.id ORDER BY m.id LIMIT 1), 'UTC'),
       g.types, g.address, 0,
       CASE WHEN g.online_url IS NULL AND g.online_phone IS NULL THEN 'in_person'
            WHEN g.address IS NULL THEN 'online' ELSE 'hybrid' END,
       g.online_url, g.online_phone, g.notes
FROM support_group g WHERE g.id IN (SELECT id FROM v4_untouched);

INSERT INTO directory_slot (meeting_id, weekday, start_min, duration_minutes)
SELECT d.id, m.weekday, m.start_min, m.duration_minutes
FROM directory_meeting d JOIN support_group g ON g.feed_slug = d.slug JOIN meeting m ON m.group_id = g.id
WHERE d.feed_id = 1 AND g.id IN (SELECT id FROM v4_untouched);

INSERT INTO group_listing (feed_id, slug, group_id, listed)
SELECT 1, g.feed_slug, g.id, 1 FROM support_group g
WHERE g.feed_slug IS NOT NULL AND g.id NOT IN (SELECT id FROM v4_untouched);

DELETE FROM support_group WHERE id IN (SELECT id FROM v4_untouched);
DROP TABLE temp.v4_untouched;
"#
    };
}

/// The full, current schema. A fresh database gets exactly this; an old one is upgraded to it.
pub const SQL: &str = concat!(
    r#"
CREATE TABLE network (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    focus       TEXT,
    since       TEXT,                -- YYYY-MM-DD, the sober/clean or start date
    created_at  INTEGER NOT NULL     -- unix ms, UTC
);

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    cadence_days  INTEGER,           -- keep-in-touch cadence; NULL = no reminders
    emergency     INTEGER NOT NULL DEFAULT 0,
    avoid         INTEGER NOT NULL DEFAULT 0,
    notes         TEXT,
    created_at    INTEGER NOT NULL
);

CREATE TABLE person_support (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
) WITHOUT ROWID;

CREATE TABLE contact_method (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,        -- phone | email | other
    value      TEXT NOT NULL
);
CREATE INDEX contact_method_person ON contact_method(person_id);

-- When a person is glad to be contacted, in the user's local time. end <= start crosses midnight.
CREATE TABLE contact_window (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL,     -- 0 = Sunday … 6 = Saturday
    start_min  INTEGER NOT NULL,     -- minutes after local midnight
    end_min    INTEGER NOT NULL
);
CREATE INDEX contact_window_person ON contact_window(person_id);

CREATE TABLE network_member (
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, person_id)
) WITHOUT ROWID;
CREATE INDEX network_member_person ON network_member(person_id);

CREATE TABLE need (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    importance  TEXT NOT NULL,       -- essential | helpful
    note        TEXT,
    UNIQUE (network_id, kind)
);

CREATE TABLE support_group (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    network_id    INTEGER REFERENCES network(id) ON DELETE SET NULL,
    address       TEXT,
    online_url    TEXT,
    online_phone  TEXT,
    notes         TEXT,
    types         TEXT NOT NULL DEFAULT '[]',  -- JSON array of meeting-type codes ("O", "D", "ONL")
    feed_slug     TEXT UNIQUE,       -- the Meeting Guide slug it was imported from
    created_at    INTEGER NOT NULL
);

CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    group_id          INTEGER NOT NULL REFERENCES support_group(id) ON DELETE CASCADE,
    weekday           INTEGER,       -- 0 = Sunday … 6 = Saturday; NULL = by appointment
    start_min         INTEGER,       -- minutes after local midnight, in `timezone`
    duration_minutes  INTEGER NOT NULL,
    timezone          TEXT NOT NULL  -- IANA zone the meeting keeps, wherever the user is
);
CREATE INDEX meeting_group ON meeting(group_id);

CREATE TABLE group_member (
    group_id   INTEGER NOT NULL REFERENCES support_group(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;

-- The one event log. `at` is the UTC instant; `zone` and `local_date` say where and on which
-- local day it was logged, so "did I check in today" never depends on today's zone.
CREATE TABLE checkin (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,     -- daily | contact | meeting | gratitude | sos
    at            INTEGER NOT NULL,  -- unix ms, UTC
    zone          TEXT NOT NULL,
    local_date    TEXT NOT NULL,     -- YYYY-MM-DD in `zone`
    mood          INTEGER,
    craving       INTEGER,
    person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    group_id      INTEGER REFERENCES support_group(id) ON DELETE SET NULL,
    channel       TEXT,
    direction     TEXT,
    support_kind  TEXT,
    note          TEXT,
    idem_key      TEXT UNIQUE
);
CREATE INDEX checkin_kind_day ON checkin(kind, local_date);
CREATE INDEX checkin_person ON checkin(person_id, kind, local_date);
CREATE INDEX checkin_group ON checkin(group_id, local_date);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,       -- the check-in kind it counts
    person_id   INTEGER REFERENCES person(id) ON DELETE CASCADE,        -- only contacts with them
    group_id    INTEGER REFERENCES support_group(id) ON DELETE CASCADE, -- only this group
    target      INTEGER NOT NULL,
    period      TEXT NOT NULL,       -- day | week | month
    partner_id  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    start_date  TEXT NOT NULL,       -- YYYY-MM-DD, first period counted
    created_at  INTEGER NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"#,
    v2_reminders!(),
    v3_last_contact!(),
    v4_directory!()
);

/// Brings a database at `version` up to [`VERSION`]. Each arm upgrades one step, so a store
/// skipped over several releases walks through every step in order, inside the caller's
/// transaction.
pub fn upgrade_from(tx: &Transaction<'_>, version: i64) -> Result<()> {
    for step in version..VERSION {
        match step {
            1 => tx.execute_batch(v2_reminders!())?,
            2 => {
                tx.execute_batch(v3_last_contact!())?;
                tx.execute_batch(
                    "INSERT INTO last_contact (person_id, local_date)
                     SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
                     WHERE c.kind = 'contact' GROUP BY c.person_id",
                )?;
            }
            3 => tx.execute_batch(v4_directory!())?,
            _ => {
                return Err(Error::invalid("schema", format!("no upgrade path from version {step}")));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use rusqlite::{Connection, TransactionBehavior};

    use super::*;

    /// Version 1's schema exactly as released; frozen, never edited.
    pub(crate) const V1_SQL: &str = r#"
CREATE TABLE network (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    focus       TEXT,
    since       TEXT,                -- YYYY-MM-DD, the sober/clean or start date
    created_at  INTEGER NOT NULL     -- unix ms, UTC
);

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    cadence_days  INTEGER,           -- keep-in-touch cadence; NULL = no reminders
    emergency     INTEGER NOT NULL DEFAULT 0,
    avoid         INTEGER NOT NULL DEFAULT 0,
    notes         TEXT,
    created_at    INTEGER NOT NULL
);

CREATE TABLE person_support (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
) WITHOUT ROWID;

CREATE TABLE contact_method (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,        -- phone | email | other
    value      TEXT NOT NULL
);
CREATE INDEX contact_method_person ON contact_method(person_id);

-- When a person is glad to be contacted, in the user's local time. end <= start crosses midnight.
CREATE TABLE contact_window (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL,     -- 0 = Sunday … 6 = Saturday
    start_min  INTEGER NOT NULL,     -- minutes after local midnight
    end_min    INTEGER NOT NULL
);
CREATE INDEX contact_window_person ON contact_window(person_id);

CREATE TABLE network_member (
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, person_id)
) WITHOUT ROWID;
CREATE INDEX network_member_person ON network_member(person_id);

CREATE TABLE need (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    importance  TEXT NOT NULL,       -- essential | helpful
    note        TEXT,
    UNIQUE (network_id, kind)
);

CREATE TABLE support_group (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    network_id    INTEGER REFERENCES network(id) ON DELETE SET NULL,
    address       TEXT,
    online_url    TEXT,
    online_phone  TEXT,
    notes         TEXT,
    types         TEXT NOT NULL DEFAULT '[]',  -- JSON array of meeting-type codes ("O", "D", "ONL")
    feed_slug     TEXT UNIQUE,       -- the Meeting Guide slug it was imported from
    created_at    INTEGER NOT NULL
);

CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    group_id          INTEGER NOT NULL REFERENCES support_group(id) ON DELETE CASCADE,
    weekday           INTEGER,       -- 0 = Sunday … 6 = Saturday; NULL = by appointment
    start_min         INTEGER,       -- minutes after local midnight, in `timezone`
    duration_minutes  INTEGER NOT NULL,
    timezone          TEXT NOT NULL  -- IANA zone the meeting keeps, wherever the user is
);
CREATE INDEX meeting_group ON meeting(group_id);

CREATE TABLE group_member (
    group_id   INTEGER NOT NULL REFERENCES support_group(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;

-- The one event log. `at` is the UTC instant; `zone` and `local_date` say where and on which
-- local day it was logged, so "did I check in today" never depends on today's zone.
CREATE TABLE checkin (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,     -- daily | contact | meeting | gratitude | sos
    at            INTEGER NOT NULL,  -- unix ms, UTC
    zone          TEXT NOT NULL,
    local_date    TEXT NOT NULL,     -- YYYY-MM-DD in `zone`
    mood          INTEGER,
    craving       INTEGER,
    person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    group_id      INTEGER REFERENCES support_group(id) ON DELETE SET NULL,
    channel       TEXT,
    direction     TEXT,
    support_kind  TEXT,
    note          TEXT,
    idem_key      TEXT UNIQUE
);
CREATE INDEX checkin_kind_day ON checkin(kind, local_date);
CREATE INDEX checkin_person ON checkin(person_id, kind, local_date);
CREATE INDEX checkin_group ON checkin(group_id, local_date);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,       -- the check-in kind it counts
    person_id   INTEGER REFERENCES person(id) ON DELETE CASCADE,        -- only contacts with them
    group_id    INTEGER REFERENCES support_group(id) ON DELETE CASCADE, -- only this group
    target      INTEGER NOT NULL,
    period      TEXT NOT NULL,       -- day | week | month
    partner_id  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    start_date  TEXT NOT NULL,       -- YYYY-MM-DD, first period counted
    created_at  INTEGER NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"#;

    fn schema_of(c: &Connection) -> Vec<(String, String, Option<String>)> {
        let mut st = c
            .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn upgraded_v1_equals_fresh() {
        let fresh = Connection::open_in_memory().unwrap();
        fresh.execute_batch(SQL).unwrap();

        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(V1_SQL).unwrap();
        old.pragma_update(None, "user_version", 1).unwrap();
        old.execute_batch(
            "INSERT INTO setting (key, value) VALUES ('daily_cap', '4');
             INSERT INTO person (id, name, role, created_at) VALUES (1, 'Sam', 'sponsor', 0), (2, 'Alex', 'friend', 0);
             INSERT INTO checkin (kind, at, zone, local_date, person_id) VALUES
               ('contact', 0, 'UTC', '2026-01-05', 1), ('contact', 0, 'UTC', '2026-02-01', 1),
               ('daily', 0, 'UTC', '2026-03-01', NULL), ('gratitude', 0, 'UTC', '2026-03-01', 2);",
        )
        .unwrap();
        let tx = rusqlite::Transaction::new(&mut old, TransactionBehavior::Immediate).unwrap();
        upgrade_from(&tx, 1).unwrap();
        tx.commit().unwrap();

        assert_eq!(schema_of(&old), schema_of(&fresh));
        let kept: String = old
            .query_row("SELECT value FROM setting WHERE key = 'daily_cap'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, "4");
        // Version 3 fills each person's last contact from the log they already had.
        let last: Vec<(i64, String)> = old
            .prepare("SELECT person_id, local_date FROM last_contact ORDER BY person_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(last, vec![(1, "2026-02-01".to_string())]);
    }

    #[test]
    fn v4_moves_untouched_feed_groups_into_the_directory() {
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(V1_SQL).unwrap();
        old.execute_batch(
            "INSERT INTO network (id, name, created_at) VALUES (1, 'Recovery', 0);
             INSERT INTO person (id, name, role, created_at) VALUES (1, 'Sam', 'peer', 0);
             INSERT INTO support_group (id, name, kind, network_id, address, online_url, types, feed_slug, created_at) VALUES
               (1, 'Untouched', 'twelve_step', NULL, 'Hall, 1 Main St', NULL, '[\"O\"]', 'u', 0),
               (2, 'In a network', 'twelve_step', 1, NULL, NULL, '[]', 'n', 0),
               (3, 'With a member', 'twelve_step', NULL, NULL, NULL, '[]', 'm', 0),
               (4, 'Attended', 'twelve_step', NULL, NULL, NULL, '[]', 'a', 0),
               (5, 'Online untouched', 'twelve_step', NULL, NULL, 'https://zoom.us/j/1', '[]', 'o', 0),
               (6, 'Made by hand', 'peer', NULL, NULL, NULL, '[]', NULL, 0);
             INSERT INTO meeting (group_id, weekday, start_min, duration_minutes, timezone) VALUES
               (1, 2, 1170, 60, 'America/Toronto'), (1, 4, 1170, 60, 'America/Toronto'),
               (2, 1, 600, 60, 'UTC'), (5, 3, 1200, 90, 'Europe/Dublin'), (6, 5, 600, 60, 'UTC');
             INSERT INTO group_member (group_id, person_id) VALUES (3, 1);
             INSERT INTO checkin (kind, at, zone, local_date, group_id) VALUES ('meeting', 0, 'UTC', '2026-01-01', 4);",
        )
        .unwrap();
        let tx = rusqlite::Transaction::new(&mut old, TransactionBehavior::Immediate).unwrap();
        upgrade_from(&tx, 1).unwrap();
        tx.commit().unwrap();

        let ids: Vec<i64> = old
            .prepare("SELECT id FROM support_group ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids, vec![2, 3, 4, 6], "untouched feed groups left the user's groups");
        let moved: Vec<(String, String, String, String, i64)> = old
            .prepare(
                "SELECT d.slug, d.name, d.attendance, d.timezone, (SELECT count(*) FROM directory_slot s WHERE s.meeting_id = d.id)
                 FROM directory_meeting d JOIN directory_feed f ON f.id = d.feed_id
                 WHERE f.name = 'earlier import' AND f.imported_at IS NULL ORDER BY d.slug",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            moved,
            vec![
                (
                    "o".into(),
                    "Online untouched".into(),
                    "online".into(),
                    "Europe/Dublin".into(),
                    1
                ),
                (
                    "u".into(),
                    "Untouched".into(),
                    "in_person".into(),
                    "America/Toronto".into(),
                    2
                ),
            ]
        );
        let linked: Vec<(String, i64)> = old
            .prepare("SELECT slug, group_id FROM group_listing ORDER BY group_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(linked, vec![("n".into(), 2), ("m".into(), 3), ("a".into(), 4)]);
        let meetings: i64 = old.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0)).unwrap();
        assert_eq!(
            meetings, 2,
            "the moved groups' meetings (and so their reminders) are gone"
        );
    }

    #[test]
    fn unknown_version_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        let tx = rusqlite::Transaction::new(&mut c, TransactionBehavior::Immediate).unwrap();
        assert!(upgrade_from(&tx, 0).is_err());
    }
}
