-- Version 6: what the user lets each partner see. One row per person and item; no row = not
-- shared, so a fresh store and an upgraded one share nothing. Revoking deletes the row. The
-- decline alert alone carries a number: after how many days without a check-in it is sent.
CREATE TABLE partner_consent (
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    item          TEXT NOT NULL CHECK (item IN ('summary', 'mood', 'milestones', 'sos', 'decline')),
    decline_days  INTEGER CHECK ((item = 'decline') = (decline_days IS NOT NULL)),
    granted_at    INTEGER NOT NULL,   -- unix ms, UTC: when the user said yes
    PRIMARY KEY (person_id, item)
) WITHOUT ROWID;
