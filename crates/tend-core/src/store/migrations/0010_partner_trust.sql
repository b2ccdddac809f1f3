-- Version 10: a partner channel that can be trusted with a relapse (issue 21).

-- Where the last complete sync stopped: the next one asks for everything after it, and a room
-- whose timeline was cut short is back-filled down to it, so no message is skipped.
ALTER TABLE matrix_account ADD COLUMN sync_token TEXT;

-- The order messages were received in (timeline order), so two in the same millisecond keep it.
ALTER TABLE share_inbox ADD COLUMN seq INTEGER;

-- What the last sync found of the shared room: NULL none yet, 'waiting' (invited, not joined),
-- 'ready', 'left' (the partner left it), 'others' (someone else is in it: `room_others`, their
-- Matrix IDs space-separated), 'unreachable' (their homeserver could not be reached).
ALTER TABLE partner_link ADD COLUMN room_state TEXT
    CHECK (room_state IN ('waiting', 'ready', 'left', 'others', 'unreachable'));
ALTER TABLE partner_link ADD COLUMN room_others TEXT;

-- Every room Tend made or joined for a partner, so revoking leaves them all, and messages are read
-- only from them.
CREATE TABLE partner_room (
    room_id    TEXT PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE
) WITHOUT ROWID;
-- The rooms already linked before this version.
INSERT INTO partner_room (room_id, person_id)
    SELECT room_id, person_id FROM partner_link WHERE room_id IS NOT NULL;
