-- Version 11: Tend in the user's language (issue 20).

-- The language the person last used Tend in (BCP 47, "es-MX"), as the phone reports it with
-- every replan or the CLI with --lang: what the core words the texts it writes down in (messages
-- to a partner, which leave the device as text too). None yet: English.
CREATE TABLE user_language (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    tag  TEXT NOT NULL
);

-- What a message to a partner says as messages (JSON: [{id, args}], one per line), sent beside
-- its text so a partner using Tend reads it in their own language. NULL: text the user typed.
ALTER TABLE share_outbox ADD COLUMN lines TEXT;
ALTER TABLE share_inbox ADD COLUMN lines TEXT;
