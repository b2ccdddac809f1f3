-- Version 5: the meeting directory, apart from the user's own groups. Feeds fill it; nothing in
-- it is planned or reminded until the user joins a meeting, which makes it a group linked back
-- by `group_listing`. Placed meetings sit in an R*Tree so a search near a point reads only the
-- box around it. On a fresh store the data part (moving groups of earlier feed imports the user
-- never touched into the directory) finds nothing to move.
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
