-- Version 9: when this device last read the whole file and found it sound. Opening no longer
-- reads every page (it would grow with the years of history); the shells run the full check in
-- the background, at most once a day, and this row remembers when it last passed. Device-local:
-- never in a backup.
CREATE TABLE integrity_check (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at  INTEGER NOT NULL    -- unix ms, UTC
);
