//! `tend` in the user's language: `--lang`, else the locale; every line of `today` and `plan`
//! in it, with no English left and no catalog identifier showing through.

use std::path::Path;
use std::process::Command;

use tend_core::messages::{Message, MessageId, SHIPPED_LANGUAGES};

const NOW: &str = "2026-11-25T18:00:00Z";

fn tend(db: &Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tend"));
    c.arg("--db")
        .arg(db)
        .args(["--tz", "America/New_York", "--now", NOW])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        .env_remove("TEND_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "tend {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    tend(&db, &[], &["demo"]);
    (dir, db)
}

/// English the CLI printed before it had languages; none may survive in another language.
const ENGLISH: &[&str] = &[
    "Today,",
    "Reach out",
    "Meetings today",
    "Needs nobody covers",
    "Not checked in",
    "overdue",
    "last contact",
    "support in",
    "days since you were last in touch",
    "Replan by",
    "Daily check-in",
];

fn no_english_or_ids(lang: &str, out: &str) {
    for e in ENGLISH {
        assert!(!out.contains(e), "{lang}: English {e:?} left in:\n{out}");
    }
    for id in ["today-", "plan-", "support-", "reminder-", "need-step-", "milestone-"] {
        assert!(!out.contains(id), "{lang}: identifier {id}… shows in:\n{out}");
    }
}

#[test]
fn today_in_spanish() {
    let (_dir, db) = demo();
    let out = tend(&db, &[], &["--lang", "es", "today"]);
    assert!(out.starts_with("Hoy, miércoles, 25 de noviembre de 2026"), "{out}");
    // The gap's next step is the core's message in Spanish.
    let step = Message::new(MessageId::NeedStepFinancial).render("es");
    assert!(out.contains(&step), "{out}");
    no_english_or_ids("es", &out);
}

#[test]
fn plan_in_german() {
    let (_dir, db) = demo();
    let out = tend(&db, &[], &["--lang", "de", "plan", "--days", "3"]);
    assert!(out.contains("Melde dich bei"), "{out}");
    assert!(out.contains("Tages-Check-in"), "{out}");
    no_english_or_ids("de", &out);
}

#[test]
fn a_discreet_notification_in_french_names_no_one() {
    let (_dir, db) = demo();
    tend(&db, &[], &["settings", "set", "discreet", "true"]);
    let out = tend(&db, &[], &["--lang", "fr", "plan", "--days", "2"]);
    let discreet = Message::new(MessageId::ReminderDiscreetTitle).render("fr");
    assert!(out.contains(&discreet), "{out}");
    assert!(
        out.contains(&Message::new(MessageId::ReminderDailyDiscreetTitle).render("fr")),
        "{out}"
    );
    for name in ["Sam", "Maya", "Jordan", "Alex"] {
        assert!(!out.contains(name), "a name in discreet mode: {out}");
    }
    no_english_or_ids("fr", &out);
}

#[test]
fn the_locale_is_used_without_the_option_and_an_unknown_one_speaks_english() {
    let (_dir, db) = demo();
    let pt = tend(&db, &[("LANG", "pt_BR.UTF-8")], &["today"]);
    assert!(pt.starts_with("Hoje, quarta, 25 de novembro de 2026"), "{pt}");
    no_english_or_ids("pt-BR", &pt);
    // TEND_LANG wins over the locale; --lang over both.
    let de = tend(&db, &[("LANG", "pt_BR.UTF-8"), ("TEND_LANG", "de")], &["today"]);
    assert!(de.starts_with("Heute, Mittwoch, 25. November 2026"), "{de}");
    let fr = tend(&db, &[("TEND_LANG", "de")], &["--lang", "fr", "today"]);
    assert!(fr.starts_with("Aujourd"), "{fr}");
    let ja = tend(&db, &[("LANG", "ja_JP.UTF-8")], &["today"]);
    assert!(ja.starts_with("Today, Wednesday 25 November 2026"), "{ja}");
}

#[test]
fn every_language_words_today_and_plan_completely() {
    let (_dir, db) = demo();
    for lang in SHIPPED_LANGUAGES {
        let out = format!(
            "{}{}",
            tend(&db, &[], &["--lang", lang, "today"]),
            tend(&db, &[], &["--lang", lang, "plan"])
        );
        if lang != "en" {
            no_english_or_ids(lang, &out);
        }
        assert!(!out.contains('{') && !out.contains('$'), "{lang}: {out}");
    }
}

#[test]
fn the_calendar_file_is_worded_in_the_language() {
    let (dir, db) = demo();
    let path = dir.path().join("t.ics");
    tend(&db, &[], &["settings", "set", "discreet", "true"]);
    tend(
        &db,
        &[],
        &["--lang", "de", "calendar", "export", path.to_str().unwrap()],
    );
    let ics = std::fs::read_to_string(&path).unwrap();
    let title = Message::new(MessageId::ReminderMeetingDiscreetTitle).render("de");
    assert!(ics.contains(&format!("SUMMARY:{title}")), "{ics}");
    assert!(!ics.contains("Upcoming event"), "{ics}");
}

/// Where a sentence may stand in the core's output: words the user typed (names, titles,
/// notes), places and addresses, and a partner text beside the `lines` it was worded from.
const USER_WORDS: &[&str] = &["name", "title", "notes", "note", "focus", "address", "location", "group_name", "network_name"];

/// Every string in `v` that reads like a sentence (four words or more, ending like one) and is
/// not the user's own words, a message's argument or text worded from lines beside it.
fn sentences(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => {
            let words = s.split_whitespace().count();
            let ends = s.trim_end().ends_with(['.', '?', '!', ':']);
            if words >= 4 && ends && !USER_WORDS.contains(&key) {
                out.push(format!("{key}: {s}"));
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| sentences(x, key, out)),
        serde_json::Value::Object(o) => {
            // A message: its arguments are names and numbers, its words are in the catalogs.
            if o.contains_key("id") && o.contains_key("args") {
                return;
            }
            let worded = o.contains_key("lines");
            for (k, x) in o {
                if worded && (k == "text" || k == "body") {
                    continue;
                }
                sentences(x, k, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_cores_output_holds_no_sentence_outside_a_message() {
    let (_dir, db) = demo();
    let mut found = Vec::new();
    for args in [
        &["today"][..],
        &["plan"],
        &["sos"],
        &["milestones"],
        &["need", "coverage"],
        &["settings", "show"],
        &["partner", "list"],
        &["partner", "preview", "Sam"],
    ] {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&tend(&db, &[], &a)).unwrap();
        sentences(&v, "", &mut found);
    }
    assert!(found.is_empty(), "English prose in the core's output: {found:#?}");

    // The scan finds what it looks for: the next step as it was before it became a message.
    let mut planted = Vec::new();
    let old = serde_json::json!({"gaps": [{"next_step": "Find a sponsor or mentor, or join a group that meets weekly."}]});
    sentences(&old, "", &mut planted);
    assert_eq!(planted.len(), 1, "{planted:?}");
}
