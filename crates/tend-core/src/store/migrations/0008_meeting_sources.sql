-- Version 8: public meeting lists the user fetches (issue 19). A row is a source in use: one from
-- the catalog the user picked (its definition copied here, so a later catalog cannot change what
-- a refresh asks), or one the user added by URL. Its meetings live in the directory under the feed
-- named by the source's id. The fetch state keeps the last good copy's validators and hash, so an
-- unchanged list rewrites nothing, and the last failure in a form the shells word for people.
CREATE TABLE meeting_source (
    id              TEXT PRIMARY KEY,            -- the catalog's id, or "added-…" for the user's own
    from_catalog    INTEGER NOT NULL,            -- 1 = picked from the catalog, 0 = added by URL
    name            TEXT NOT NULL,
    fellowship      TEXT NOT NULL,
    kind            TEXT NOT NULL,               -- tsml | bmlt
    url             TEXT NOT NULL,               -- the feed (tsml) or the root server (bmlt)
    service         INTEGER,                     -- bmlt: the service body asked for
    cell_lat        REAL,                        -- bmlt by area: the coarse cell's centre, never
    cell_lng        REAL,                        --   the user's position
    timezone        TEXT,                        -- for records that name none
    added_at        INTEGER NOT NULL,            -- unix ms, UTC
    checked_at      INTEGER,                     -- the last attempt, unix ms
    fetched_at      INTEGER,                     -- the last time the list was read or found unchanged
    etag            TEXT,
    last_modified   TEXT,
    body_sha256     TEXT,                        -- of the last list read, for servers without validators
    failure         TEXT,                        -- the last attempt's failure kind; NULL after a success
    failure_status  INTEGER                      -- its HTTP status, when it had one
);
