-- Step 2: the reminder ledger. Frozen: never edit a released step; add a new one.
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
