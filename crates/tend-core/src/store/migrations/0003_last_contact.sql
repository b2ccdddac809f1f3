-- Step 3: each person's latest contact day, kept by triggers, so Today and the planner read it
-- with the people instead of seeking the check-in log once per person. Derived data: never
-- exported, rebuilt from the log here and by any write to it. Frozen: never edit a released step.
CREATE TABLE last_contact (
    person_id   INTEGER PRIMARY KEY,  -- no foreign key: rows of removed people are cleaned by trigger
    local_date  TEXT NOT NULL
);

CREATE TRIGGER last_contact_on_log AFTER INSERT ON checkin
WHEN NEW.kind = 'contact' AND NEW.person_id IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO last_contact (person_id, local_date)
    SELECT NEW.person_id, max(NEW.local_date, coalesce((SELECT local_date FROM last_contact WHERE person_id = NEW.person_id), ''));
END;

CREATE TRIGGER last_contact_on_unlog AFTER DELETE ON checkin
WHEN OLD.kind = 'contact' AND OLD.person_id IS NOT NULL
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.person_id;
    INSERT INTO last_contact (person_id, local_date)
    SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
    WHERE c.kind = 'contact' AND c.person_id = OLD.person_id GROUP BY c.person_id;
END;

CREATE TRIGGER last_contact_on_change AFTER UPDATE OF kind, person_id, local_date ON checkin
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.person_id OR person_id = NEW.person_id;
    INSERT INTO last_contact (person_id, local_date)
    SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
    WHERE c.kind = 'contact' AND c.person_id IN (OLD.person_id, NEW.person_id) GROUP BY c.person_id;
END;

CREATE TRIGGER last_contact_on_person_gone AFTER DELETE ON person
BEGIN
    DELETE FROM last_contact WHERE person_id = OLD.id;
END;

CREATE TRIGGER last_contact_on_person_new AFTER INSERT ON person
BEGIN
    DELETE FROM last_contact WHERE person_id = NEW.id;
END;

-- Fill it from the log an upgraded store already has (nothing to do on a fresh one).
INSERT INTO last_contact (person_id, local_date)
SELECT c.person_id, max(c.local_date) FROM checkin c JOIN person p ON p.id = c.person_id
WHERE c.kind = 'contact' GROUP BY c.person_id;
