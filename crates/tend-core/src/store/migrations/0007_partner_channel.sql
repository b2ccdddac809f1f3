-- Version 7: the live channel to partners (Matrix, the `share` feature). The session token lives
-- here, inside the encrypted store; Matrix's own state and crypto stores live in a folder beside
-- the database (`<db>.matrix`), encrypted with a key derived from the store key.
CREATE TABLE matrix_account (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    homeserver    TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    access_token  TEXT NOT NULL,
    connected_at  INTEGER NOT NULL     -- unix ms, UTC
);

-- A person's Matrix ID, and the encrypted direct room once there is one.
CREATE TABLE partner_link (
    person_id           INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    matrix_id           TEXT NOT NULL,
    room_id             TEXT,
    linked_at           INTEGER NOT NULL,  -- unix ms, UTC
    devices             TEXT,              -- the partner's device ids last seen, sorted, space-separated
    devices_changed_at  INTEGER            -- when they last changed after the first sight
);

-- What Tend sends, written before it is sent: an SOS logged offline goes on the next sync, and a
-- milestone or a decline alert is sent once (`dedupe`). `cancelled_at`: consent was withdrawn
-- before it could go.
CREATE TABLE share_outbox (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('summary', 'milestone', 'sos', 'decline', 'text')),
    body          TEXT NOT NULL,
    dedupe        TEXT,
    created_at    INTEGER NOT NULL,
    sent_at       INTEGER,
    cancelled_at  INTEGER,
    event_id      TEXT,
    UNIQUE (person_id, dedupe)
);

-- What partners sent (their replies, or their own shares), decrypted.
CREATE TABLE share_inbox (
    event_id   TEXT PRIMARY KEY,
    from_id    TEXT NOT NULL,
    person_id  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('summary', 'milestone', 'sos', 'decline', 'text')),
    body       TEXT NOT NULL,
    at         INTEGER NOT NULL                 -- unix ms, UTC (the server's timestamp)
) WITHOUT ROWID;

-- Rooms to leave when the homeserver can next be reached: a partner revoked while offline.
CREATE TABLE matrix_leave (
    room_id  TEXT PRIMARY KEY
) WITHOUT ROWID;
