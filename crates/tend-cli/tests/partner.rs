//! `tend partner` end to end on the demo store (full of names): nothing shared until consented,
//! the exact text per item, JSON field names, and one-line errors naming what was wrong.

use std::path::Path;
use std::process::{Command, Output};

fn tend(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(db)
        .args(["--tz", "America/New_York", "--now", "2026-11-25T18:00:00Z"])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = tend(db, args);
    assert!(
        out.status.success(),
        "tend {args:?}: {}",
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
    assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");
}

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
