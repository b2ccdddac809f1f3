//! The `tend` command as a user and a script meet it: the demo, a session from an empty store,
//! JSON field names, and one-line errors with meaningful exit codes.

use std::path::Path;
use std::process::{Command, Output};

const NOW: &str = "2026-11-25T18:00:00Z";

fn tend(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(db)
        .args(["--tz", "America/New_York", "--now", NOW])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        // English unless a test asks for another language with --lang, whatever this
        // machine's locale.
        .env("TEND_LANG", "en")
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = tend(db, args);
    assert!(
        out.status.success(),
        "tend {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    serde_json::from_str(&ok(db, &a)).unwrap()
}

fn fails(db: &Path, args: &[&str], code: i32, says: &str) {
    let out = tend(db, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    assert!(err.contains(says), "tend {args:?} should say {says:?}, said {err:?}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line, never a backtrace: {err:?}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn demo_writes_a_realistic_store_and_shows_today() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = ok(&db, &["demo"]);
    assert!(out.contains("Today, Wednesday 25 November 2026"), "{out}");
    assert!(out.contains("Reach out:"), "{out}");
    assert!(
        out.contains("Financial support in Career change"),
        "one uncovered need: {out}"
    );
    let key = dir.path().join("demo.key");
    assert!(key.exists(), "the key file is created beside the database");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let people = json(&db, &["person", "list"]);
    let names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for who in ["Sam", "Dr. Priya Shah", "Alex", "Jordan", "Maya"] {
        assert!(names.contains(&who), "{who} in {names:?}");
    }
    let groups = json(&db, &["group", "list"]);
    assert_eq!(groups[0]["meetings"].as_array().unwrap().len(), 2);
    let checkins = json(&db, &["checkin", "list", "--limit", "1000"]);
    assert!(checkins.as_array().unwrap().len() > 50, "several weeks of check-ins");
    // The demo refuses to mix itself into a store that has data.
    fails(&db, &["demo"], 2, "empty store");
}

#[test]
fn a_session_from_an_empty_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["network", "add", "Recovery", "--since", "2026-10-26"]);
    ok(
        &db,
        &[
            "person",
            "add",
            "Sam",
            "--role",
            "sponsor",
            "--phone",
            "+1 555 0100",
            "--cadence",
            "2",
            "--window",
            "daily 08:00-21:00",
            "--emergency",
            "--network",
            "Recovery",
        ],
    );
    ok(
        &db,
        &["person", "add", "Rick", "--role", "other", "--avoid", "--cadence", "1"],
    );
    ok(&db, &["need", "set", "Recovery", "accountability"]);
    ok(
        &db,
        &["need", "set", "Recovery", "financial", "--importance", "helpful"],
    );
    let cov = json(&db, &["need", "coverage"]);
    assert_eq!(cov[0]["need"]["kind"], "accountability");
    assert_eq!(cov[0]["covered_by"][0]["name"], "Sam");
    // A message: its id and arguments, worded by whoever shows it.
    assert_eq!(cov[1]["next_step"]["id"], "need-step-financial");

    ok(
        &db,
        &[
            "group",
            "add",
            "Step group",
            "--kind",
            "twelve_step",
            "--meeting",
            "wed 19:00 90",
            "--member",
            "Sam",
        ],
    );
    let c = json(
        &db,
        &[
            "checkin",
            "daily",
            "--mood",
            "4",
            "--craving",
            "2",
            "--note",
            "steady",
            "--key",
            "k1",
        ],
    );
    let again = json(
        &db,
        &[
            "checkin",
            "daily",
            "--mood",
            "4",
            "--craving",
            "2",
            "--note",
            "steady",
            "--key",
            "k1",
        ],
    );
    assert_eq!(c["id"], again["id"], "same key, same check-in");
    fails(
        &db,
        &["checkin", "daily", "--mood", "1", "--key", "k1"],
        2,
        "idempotency key conflicts",
    );
    ok(
        &db,
        &[
            "checkin",
            "contact",
            "Sam",
            "--channel",
            "call",
            "--direction",
            "received",
        ],
    );
    ok(&db, &["checkin", "gratitude", "Sam", "For picking up at midnight"]);
    ok(
        &db,
        &[
            "goal",
            "add",
            "--network",
            "Recovery",
            "--kind",
            "meeting",
            "--target",
            "2",
            "--per",
            "week",
            "--partner",
            "Sam",
        ],
    );

    let list = json(&db, &["checkin", "list"]);
    let arr = list.as_array().unwrap();
    assert_eq!(arr.len(), 3);
    for field in ["id", "kind", "at", "note", "zone", "local_date"] {
        assert!(arr[0].get(field).is_some(), "checkin list --json has {field}");
    }
    assert!(arr.iter().any(|c| c["kind"] == "daily" && c["note"] == "steady"));

    let today = json(&db, &["today"]);
    assert_eq!(today["checked_in"], true);
    assert_eq!(today["meetings"][0]["group_name"], "Step group");
    assert_eq!(today["meetings"][0]["local_start"], "19:00");
    assert_eq!(today["next_milestone"]["days"], 30);
    assert!(
        today["due"].as_array().unwrap().iter().all(|d| d["name"] != "Rick"),
        "avoided people are never due"
    );

    let sos = json(&db, &["sos", "--country", "US"]);
    assert_eq!(sos["emergency_contacts"][0]["name"], "Sam");
    assert!(
        sos["crisis_lines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["phone"] == "988")
    );
    let m = json(&db, &["milestones"]);
    assert_eq!(m[0]["last"]["label"]["id"], "milestone-days");
    assert_eq!(m[0]["last"]["label"]["args"][0]["value"]["value"], 30);
    assert!(ok(&db, &["milestones"]).contains("reached 30 days"));

    ok(&db, &["person", "edit", "Sam", "--cadence", "0"]);
    assert_eq!(
        json(&db, &["person", "show", "Sam"])["cadence_days"],
        serde_json::Value::Null
    );
    ok(&db, &["person", "remove", "Rick"]);
    fails(&db, &["person", "show", "Rick"], 3, "not found");
}

#[test]
fn bad_input_gets_one_line_naming_what_was_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["network", "add", "Recovery"]);
    fails(&db, &["network", "add", "  "], 2, "network name");
    fails(&db, &["person", "add", "Sam", "--cadence", "0"], 2, "cadence");
    fails(&db, &["person", "add", "Sam", "--network", "Nope"], 3, "network");
    fails(
        &db,
        &["person", "add", "Sam", "--window", "mon 25:00-26:00"],
        2,
        "contact window",
    );
    fails(
        &db,
        &["group", "add", "G", "--meeting", "tue 19:00 60 Mars/Base"],
        2,
        "time zone",
    );
    fails(&db, &["checkin", "daily", "--mood", "9"], 2, "mood");
    fails(
        &db,
        &["settings", "set", "quiet_hours", "25:00-07:00"],
        2,
        "quiet_hours",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_tend"))
        .args(["--db"])
        .arg(&db)
        .args(["--tz", "Nowhere/City", "today"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tz"));
    assert!(
        json(&db, &["person", "list"]).as_array().unwrap().is_empty(),
        "nothing half-written"
    );
}

#[test]
fn a_wrong_key_or_missing_key_file_is_refused_without_touching_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["network", "add", "Recovery"]);
    let before = std::fs::read(&db).unwrap();
    let wrong = dir.path().join("wrong.key");
    std::fs::write(&wrong, "ab".repeat(32)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(&db)
        .arg("--key-file")
        .arg(&wrong)
        .args(["network", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("wrong key") && err.lines().count() == 1, "{err}");
    std::fs::remove_file(dir.path().join("tend.key")).unwrap();
    fails(&db, &["network", "list"], 4, "key file");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the store is untouched");
    assert!(
        !dir.path().join("tend.key").exists(),
        "no new key is made for an existing store"
    );
}

#[test]
fn plan_json_settings_and_acting_on_a_notification() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["settings", "set", "checkin_times", "08:00,20:00"]);
    ok(&db, &["settings", "set", "quiet_hours", "22:00-07:00"]);
    let settings = json(&db, &["settings", "show"]);
    assert_eq!(settings["checkin_times"], "08:00,20:00");
    assert_eq!(settings["quiet_hours"], "22:00-07:00");
    assert_eq!(settings["discreet"], "off");

    ok(&db, &["network", "add", "Recovery"]);
    ok(
        &db,
        &[
            "person",
            "add",
            "Sam",
            "--role",
            "sponsor",
            "--cadence",
            "1",
            "--network",
            "Recovery",
        ],
    );
    // NOW is 13:00 in New York: the 20:00 check-in is the first daily reminder.
    let plan = json(&db, &["plan", "--days", "2", "--max", "10"]);
    let items = plan.as_array().unwrap();
    assert!(!items.is_empty() && items.len() <= 10);
    for field in ["id", "kind", "fire_at", "local_time", "title", "body", "actions"] {
        assert!(items[0].get(field).is_some(), "plan --json has {field}");
    }
    let daily = items.iter().find(|n| n["kind"] == "daily_checkin").unwrap();
    assert_eq!(daily["fire_at"], "2026-11-26T01:00:00Z");
    assert!(
        daily["local_time"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-25T20:00:00-05:00")
    );
    let fire: Vec<&str> = items.iter().map(|n| n["fire_at"].as_str().unwrap()).collect();
    assert!(fire.windows(2).all(|w| w[0] <= w[1]), "sorted by fire time: {fire:?}");

    // Discreet mode keeps names out of the text.
    ok(&db, &["settings", "set", "discreet", "on"]);
    let discreet = json(&db, &["plan", "--days", "2"]);
    assert!(!discreet.to_string().contains("Sam"), "{discreet}");

    // Tapping done twice logs one check-in; an unknown id is "not found", not a crash.
    let id = daily["id"].as_str().unwrap();
    ok(&db, &["act", id, "done"]);
    ok(&db, &["act", id, "done"]);
    let log = json(&db, &["checkin", "list", "--kind", "daily"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    fails(&db, &["act", "daily_checkin:nope", "done"], 3, "not found");
    fails(&db, &["act", id, "snooze"], 2, "snooze");
}

#[test]
fn an_unreadable_store_is_quarantined_never_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["network", "add", "Recovery"]);
    fails(&db, &["quarantine"], 2, "opens fine");
    // Damage the file: the store refuses it, and quarantine moves it aside intact.
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().take(4096).skip(100) {
        *b ^= 0x5a;
    }
    std::fs::write(&db, &bytes).unwrap();
    fails(&db, &["network", "list"], 4, "cannot open");
    let moved = json(&db, &["quarantine"]);
    let moved = std::path::PathBuf::from(moved["quarantined"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        bytes,
        "the damaged file is kept byte for byte"
    );
    // A fresh store starts where the old one was.
    assert!(json(&db, &["network", "list"]).as_array().unwrap().is_empty());
}

/// `tend partner` on the demo store (full of names): nothing shared until consented, the exact
/// text per item, JSON field names, one-line errors naming what was wrong.
#[test]
fn consent_preview_summary_and_list_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    ok(&db, &["demo"]);

    // Nothing by default; a preview says so and succeeds.
    assert_eq!(json(&db, &["partner", "list"]), serde_json::json!([]));
    let out = ok(&db, &["partner", "preview", "Sam"]);
    assert!(out.starts_with("Nothing is shared with Sam."), "{out}");
    assert_eq!(
        json(&db, &["partner", "preview", "Sam"])["items"],
        serde_json::json!([])
    );

    // Refusals name the field; nothing is stored by them.
    fails(&db, &["partner", "consent", "Sam", "mood", "on"], 2, "invalid item");
    fails(
        &db,
        &["partner", "consent", "Sam", "sos", "on", "--days", "2"],
        2,
        "invalid days",
    );
    fails(
        &db,
        &["partner", "consent", "Sam", "decline", "on", "--days", "0"],
        2,
        "invalid days",
    );
    fails(&db, &["partner", "consent", "Rick", "sos", "on"], 2, "invalid person"); // avoided
    fails(&db, &["partner", "consent", "Nobody", "sos", "on"], 3, "not found");
    fails(&db, &["partner", "preview", "Nobody"], 3, "not found");
    assert_eq!(json(&db, &["partner", "list"]), serde_json::json!([]));

    for item in ["summary", "mood", "sos"] {
        ok(&db, &["partner", "consent", "Sam", item, "on"]);
    }
    let line = ok(&db, &["partner", "consent", "Sam", "decline", "on", "--days", "5"]);
    assert_eq!(line.trim(), "Sam (sponsor): summary, mood, sos, decline (after 5 days)");

    let list = json(&db, &["partner", "list"]);
    assert_eq!(list[0]["person"]["name"], "Sam");
    assert_eq!(list[0]["paused"], false);
    let consents = list[0]["consents"].as_array().unwrap();
    assert_eq!(consents[3]["item"], "decline");
    assert_eq!(consents[3]["decline_days"], 5);
    assert_eq!(consents[3]["granted_at"], "2026-11-25T18:00:00Z");

    let preview = json(&db, &["partner", "preview", "Sam"]);
    let items = preview["items"].as_array().unwrap();
    let kinds: Vec<&str> = items.iter().map(|i| i["item"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["summary", "sos", "decline"]);
    let summary = json(&db, &["partner", "summary", "--mood"]);
    assert_eq!(
        items[0]["text"], summary["text"],
        "the preview sends the share-sheet text"
    );
    for field in [
        "from",
        "to",
        "days_since_start",
        "checkin_days",
        "meetings",
        "goals",
        "goals_met",
        "goals_at_risk",
    ] {
        assert!(!summary[field].is_null(), "{field}: {summary}");
    }
    assert!(
        ["low", "steady", "good"].contains(&summary["mood"].as_str().unwrap()),
        "{summary}"
    );
    assert_eq!(
        items[2]["text"],
        "I haven't checked in with Tend for 5 days. A message from you would help."
    );
    assert!(
        items[1]["text"].as_str().unwrap().contains("at 13:00."),
        "New York time"
    );

    // Not one name from the store in anything a partner would get.
    let people = json(&db, &["person", "list"]);
    let text = format!(
        "{}\n{}",
        ok(&db, &["partner", "preview", "Sam"]),
        ok(&db, &["partner", "summary", "--mood"])
    );
    let partner_part = text.split_once('\n').unwrap().1; // the heading names the partner, for the user
    for p in people.as_array().unwrap() {
        for word in p["name"].as_str().unwrap().split_whitespace().filter(|w| w.len() >= 3) {
            assert!(!partner_part.contains(word), "{word} in {partner_part}");
        }
    }

    // The human summary is exactly the text; without --mood there is no mood line.
    let plain = ok(&db, &["partner", "summary"]);
    assert!(!plain.contains("Mood"), "{plain}");
    assert_eq!(
        plain.trim_end(),
        json(&db, &["partner", "summary"])["text"].as_str().unwrap()
    );

    // Revoking the summary takes the mood with it.
    ok(&db, &["partner", "consent", "Sam", "summary", "off"]);
    let left = ok(&db, &["partner", "list"]);
    assert_eq!(left.trim(), "Sam (sponsor): sos, decline (after 5 days)");
}

/// `tend` at another zone and clock than [`tend`]'s.
fn tend_at(db: &Path, tz: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(db)
        .args(["--tz", tz, "--now", NOW])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        .output()
        .unwrap()
}

#[test]
fn dates_a_backup_could_not_restore_are_refused_when_entered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["checkin", "daily", "--mood", "3"]);
    for (tz, at) in [
        ("UTC", "1899-12-31T12:00:00Z"),
        // Still 9999 in UTC, already year 10000 on Kiritimati (UTC+14).
        ("Pacific/Kiritimati", "9999-12-31T20:00:00Z"),
    ] {
        let out = tend_at(&db, tz, &["checkin", "daily", "--mood", "3", "--at", at]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{tz} {at}: {err}");
        assert!(err.contains("invalid at"), "{err}");
    }
    // The edges that are accepted are listed with their own date and restore from the backup.
    let out = tend_at(
        &db,
        "UTC",
        &["checkin", "daily", "--mood", "3", "--at", "1900-01-01T00:00:00Z"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = tend_at(
        &db,
        "Pacific/Kiritimati",
        &["checkin", "daily", "--mood", "3", "--at", "9999-12-31T09:59:00Z"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = ok(&db, &["checkin", "list"]);
    assert!(list.contains("1900-01-01") && list.contains("9999-12-31"), "{list}");
    assert!(!list.contains("1970-01-01"), "{list}");
    let backup = dir.path().join("backup.json");
    ok(&db, &["export", backup.to_str().unwrap()]);
    let other = dir.path().join("other.db");
    ok(&other, &["import", backup.to_str().unwrap()]);
    assert_eq!(ok(&other, &["checkin", "list"]), list);
    // A clock no record could be dated by is refused before anything is opened.
    let out = Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(&db)
        .args(["--tz", "UTC", "--now", "1899-12-31T23:00:00Z", "today"])
        .env_remove("TEND_KEY_FILE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid now"));
}

/// The demo's last line is a command that works when pasted, from any folder: it names the
/// binary's real path (`tend` is usually not on the PATH) and the demo store.
#[test]
fn the_demos_last_line_works_when_pasted() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tend"))
        .args(["--tz", "Europe/Dublin", "--now", NOW, "demo"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = stdout.trim_end().lines().last().unwrap();
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words.first().copied(), Some(env!("CARGO_BIN_EXE_tend")), "{line}");
    let pasted = Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir("/")
        .output()
        .unwrap();
    assert!(
        pasted.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&pasted.stderr)
    );
    assert!(String::from_utf8_lossy(&pasted.stdout).contains("Alex"), "{line}");
    // The demo's folder is the demo's own: remove it.
    let db = words.iter().skip_while(|w| **w != "--db").nth(1).unwrap();
    std::fs::remove_dir_all(Path::new(db).parent().unwrap()).unwrap();
}
