-- Version 4: the device facts the last plan was handed to the OS under, so `sync` can tell by
-- itself when the OS's pending reminders can no longer be trusted (a new zone, exact alarms
-- revoked, notifications turned off and on, an app update) and a full reset is due.
CREATE TABLE device_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    zone           TEXT NOT NULL,      -- IANA zone the plan was made in
    exact_alarms   INTEGER NOT NULL,   -- 0/1: could the OS fire at the exact minute
    notifications  INTEGER NOT NULL,   -- 0/1: were notifications allowed
    app_version    TEXT NOT NULL,
    planned_at     INTEGER NOT NULL    -- unix ms, UTC
);
