-- Step 1: the base schema (Tend's first release). Frozen: never edit a released step; add a new one.
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
