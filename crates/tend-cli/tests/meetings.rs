//! `tend meetings` as a user meets it: a real feed fills the directory and not the plan, searches
//! answer with the JSON shape scripts rely on, join / re-import / leave keep the user's group
//! right, and SOS, Today and `meetings soon` show what starts soon.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// Wednesday 13:00 in Toronto (the Quinte feed's zone).
const NOW: &str = "2026-11-25T18:00:00Z";

fn ontario() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tend-core/tests/fixtures/meeting-guide/ontario-quinte-feed.json")
}

fn tend_at(db: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(db)
        .args(["--tz", "America/Toronto", "--now", now])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        // English unless a test asks for another language with --lang, whatever this
        // machine's locale.
        .env("TEND_LANG", "en")
        .output()
        .unwrap()
}

fn ok_at(db: &Path, now: &str, args: &[&str]) -> String {
    let out = tend_at(db, now, args);
    assert!(
        out.status.success(),
        "tend {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    ok_at(db, NOW, args)
}

fn json(db: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    serde_json::from_str(&ok(db, &a)).unwrap()
}

fn fails(db: &Path, args: &[&str], code: i32, says: &str) {
    let out = tend_at(db, NOW, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    assert!(err.contains(says), "tend {args:?} should say {says:?}, said {err:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
}

fn feed_records() -> Vec<Value> {
    serde_json::from_str(&std::fs::read_to_string(ontario()).unwrap()).unwrap()
}

fn meeting_reminders(db: &Path) -> Vec<Value> {
    json(db, &["plan", "--days", "7"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "meeting")
        .cloned()
        .collect()
}

const SEARCH_KEYS: [&str; 17] = [
    "id",
    "feed",
    "slug",
    "name",
    "weekday",
    "time",
    "end_time",
    "timezone",
    "types",
    "location",
    "address",
    "latitude",
    "longitude",
    "distance_km",
    "online_url",
    "online_phone",
    "joined_group_id",
];

#[test]
fn import_search_join_reimport_and_leave() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    let feed = ontario();
    let feed = feed.to_str().unwrap();

    let report = json(&db, &["meetings", "import", feed]);
    assert_eq!(report["created"], 45);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0);
    assert_eq!(json(&db, &["group", "list"]), Value::Array(vec![]), "no groups");
    assert!(meeting_reminders(&db).is_empty(), "no meeting reminders");

    // Near Belleville: the exact JSON shape, nearest first, distances present.
    let near = json(
        &db,
        &["meetings", "search", "--near", "44.1628,-77.3832", "--within", "15"],
    );
    let near = near.as_array().unwrap();
    assert!(near.len() > 5);
    let mut last = 0.0;
    for m in near {
        let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
        let mut want = SEARCH_KEYS.to_vec();
        want.sort();
        let mut got = keys.clone();
        got.sort();
        assert_eq!(got, want);
        let d = m["distance_km"].as_f64().unwrap();
        assert!(d >= last && d <= 15.0);
        last = d;
        assert_eq!(m["feed"], "ontario-quinte-feed", "the file's name is the feed's");
    }

    // Day, time and type agree with the feed.
    let evening = json(
        &db,
        &["meetings", "search", "--day", "2", "--from", "19:00", "--type", "C"],
    );
    let want = feed_records()
        .iter()
        .filter(|r| {
            r["day"] == 2
                && r["time"].as_str().unwrap() >= "19:00"
                && r["types"].as_array().unwrap().iter().any(|t| t == "C")
        })
        .count();
    assert_eq!(evening.as_array().unwrap().len(), want);
    assert!(evening.as_array().unwrap().iter().all(|m| m["distance_km"].is_null()));
    let human = ok(
        &db,
        &["meetings", "search", "--near", "44.1628,-77.3832", "--limit", "2"],
    );
    assert!(human.contains(" km)") && human.contains("Closed"), "{human}");
    // In German the same meetings name their types in German (written for Tend: the feeds'
    // type table has no German), whether the language comes from --lang or a locale tag.
    for lang in ["de", "de_AT.UTF-8"] {
        let german = ok(
            &db,
            &[
                "--lang",
                lang,
                "meetings",
                "search",
                "--near",
                "44.1628,-77.3832",
                "--limit",
                "2",
            ],
        );
        assert!(german.contains("Geschlossen") && !german.contains("Closed"), "{german}");
    }

    // Join Tweed: exactly its reminders appear.
    let tweed = json(&db, &["meetings", "search", "--text", "Tweed"]);
    assert_eq!(tweed.as_array().unwrap().len(), 1);
    let id = tweed[0]["id"].as_i64().unwrap().to_string();
    ok(&db, &["network", "add", "Recovery"]);
    let g = json(&db, &["meetings", "join", &id, "--network", "Recovery"]);
    let gid = g["id"].as_i64().unwrap();
    assert_eq!(g["name"], "Tweed Group");
    let reminders = meeting_reminders(&db);
    assert_eq!(reminders.len(), 1, "one Tuesday in the next week: {reminders:?}");
    assert_eq!(
        json(&db, &["meetings", "search", "--text", "Tweed"])[0]["joined_group_id"],
        gid
    );
    fails(&db, &["meetings", "join", &id], 2, "already one of your groups");

    // The feed moves Tweed to 20:15: the group follows, still listed.
    let moved: Vec<Value> = feed_records()
        .into_iter()
        .map(|mut r| {
            if r["slug"] == 8 {
                r["time"] = "20:15".into();
            }
            r
        })
        .collect();
    let moved_file = dir.path().join("quinte.json");
    std::fs::write(&moved_file, Value::from(moved.clone()).to_string()).unwrap();
    let r = json(
        &db,
        &[
            "meetings",
            "import",
            moved_file.to_str().unwrap(),
            "--feed",
            "ontario-quinte-feed",
        ],
    );
    assert_eq!(
        (r["updated"].as_i64(), r["joined_updated"].as_i64()),
        (Some(1), Some(1)),
        "{r}"
    );
    let groups = json(&db, &["group", "list"]);
    assert_eq!(groups[0]["meetings"][0]["time"], "20:15");
    assert_eq!(groups[0]["listed"], true);

    // Tweed leaves the feed: the group stays, no longer listed.
    let without: Vec<Value> = moved.into_iter().filter(|r| r["slug"] != 8).collect();
    std::fs::write(&moved_file, Value::from(without).to_string()).unwrap();
    let r = json(
        &db,
        &[
            "meetings",
            "import",
            moved_file.to_str().unwrap(),
            "--feed",
            "ontario-quinte-feed",
        ],
    );
    assert_eq!(
        (r["removed"].as_i64(), r["joined_unlisted"].as_i64()),
        (Some(1), Some(1))
    );
    let groups = json(&db, &["group", "list"]);
    assert_eq!(groups[0]["listed"], false);
    assert!(ok(&db, &["group", "list"]).contains("no longer listed"));
    assert_eq!(meeting_reminders(&db).len(), 1, "its reminders continue");

    // Leaving takes the group and its reminders away.
    let left = json(&db, &["meetings", "leave", &gid.to_string()]);
    assert_eq!(left["group_id"], gid);
    assert_eq!(json(&db, &["group", "list"]), Value::Array(vec![]));
    assert!(meeting_reminders(&db).is_empty());
}

#[test]
fn bad_feeds_and_bad_searches_say_what_was_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    let file = dir.path().join("mixed.json");
    std::fs::write(
        &file,
        r#"[{"name": "Good", "slug": "g", "day": 1, "time": "7:00 PM", "timezone": "UTC"},
            {"name": "Bad day", "slug": "b", "day": 8, "time": "19:00", "timezone": "UTC"},
            {"name": "No zone", "slug": "z", "day": 1, "time": "19:00"}]"#,
    )
    .unwrap();
    // No --tz: a record without a zone is skipped, never guessed.
    let out = Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(&db)
        .args(["--now", NOW, "meetings", "import"])
        .arg(&file)
        .env_remove("TEND_KEY_FILE")
        .env_remove("TEND_TZ")
        .env("TEND_LANG", "en")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("1 new") && out.contains("2 skipped"), "{out}");
    assert!(out.contains("record 1 (slug b): `day`"), "{out}");
    assert!(out.contains("record 2 (slug z)") && out.contains("--tz"), "{out}");
    std::fs::write(&file, "[{\"name\": ").unwrap();
    fails(
        &db,
        &["meetings", "import", file.to_str().unwrap()],
        2,
        "not valid JSON",
    );
    fails(&db, &["meetings", "search", "--within", "5"], 2, "within");
    fails(&db, &["meetings", "search", "--near", "91,0"], 2, "latitude");
    fails(&db, &["meetings", "search", "--near", "here"], 2, "near");
    fails(&db, &["meetings", "search", "--day", "9"], 2, "day");
    fails(&db, &["meetings", "search", "--from", "7pm"], 2, "from");
    fails(&db, &["meetings", "join", "99999"], 3, "not found");
    ok(&db, &["group", "add", "Mine", "--kind", "peer"]);
    fails(
        &db,
        &["meetings", "leave", "Mine"],
        2,
        "not joined from the meeting directory",
    );
    // A negative latitude is a value, not an option.
    let south = json(&db, &["meetings", "search", "--near", "-33.87,151.21"]);
    assert_eq!(south, Value::Array(vec![]));
}

#[test]
fn sos_today_and_soon_show_meetings_starting_soon() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    let file = dir.path().join("soon.json");
    // Tuesday 21:00 in Toronto: an online meeting at 21:20, a hall nearby at 22:00.
    std::fs::write(
        &file,
        r#"[{"name": "Online in 20", "slug": "o", "day": 2, "time": "21:20", "timezone": "America/Toronto",
              "attendance_option": "online", "conference_url": "https://zoom.us/j/20"},
            {"name": "Hall nearby", "slug": "h", "day": 2, "time": "22:00", "timezone": "America/Toronto",
              "latitude": 44.17, "longitude": -77.38}]"#,
    )
    .unwrap();
    let craving = "2026-11-25T02:00:00Z";
    ok_at(&db, craving, &["meetings", "import", file.to_str().unwrap()]);
    let sos = ok_at(&db, craving, &["sos"]);
    assert!(sos.contains("A meeting starts soon"), "{sos}");
    assert!(
        sos.contains("in 20 min (21:20) Online in 20 — online https://zoom.us/j/20"),
        "{sos}"
    );
    assert!(!sos.contains("Hall nearby"), "no place searched from yet");

    let soon: Value = serde_json::from_str(&ok_at(
        &db,
        craving,
        &["--json", "meetings", "soon", "--near", "44.16,-77.38"],
    ))
    .unwrap();
    let names: Vec<&str> = soon
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Online in 20", "Hall nearby"]);
    assert_eq!(soon[0]["minutes_until"], 20);
    // Remembered: Today shows both now.
    let today: Value = serde_json::from_str(&ok_at(&db, craving, &["--json", "today"])).unwrap();
    assert_eq!(today["meetings_soon"].as_array().unwrap().len(), 2);
    let today = ok_at(&db, craving, &["today"]);
    assert!(
        today.contains("Starting soon") && today.contains("Hall nearby"),
        "{today}"
    );
}

/// Serves `body` as JSON on loopback to at most `requests` requests (a minute at most), then stops.
fn serve(body: &'static str, requests: usize) -> (String, std::thread::JoinHandle<()>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed", listener.local_addr().unwrap());
    listener.set_nonblocking(true).unwrap();
    let t = std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        let mut served = 0;
        while served < requests && std::time::Instant::now() < deadline {
            let Ok((mut s, _)) = listener.accept() else {
                std::thread::sleep(std::time::Duration::from_millis(5));
                continue;
            };
            let _ = s.set_nonblocking(false);
            let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(5)));
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(body.as_bytes());
            served += 1;
        }
    });
    (url, t)
}

#[test]
fn a_list_added_by_address_is_fetched_refreshed_and_searched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    let near = json(&db, &["meetings", "sources", "--near", "40.71,-74.01"]);
    let ids: Vec<&str> = near
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"aa-new-york"), "{ids:?}");
    assert!(!ids.contains(&"aa-toronto"), "{ids:?}");

    const FEED: &str = r#"[{"slug": "m1", "name": "Harbour Light", "day": 3, "time": "18:30",
        "latitude": 40.7101, "longitude": -74.0102, "timezone": "America/New_York"}]"#;
    let (url, server) = serve(FEED, 2);
    let added = json(
        &db,
        &["meetings", "source", "add", &url, "--name", "Harbour intergroup"],
    );
    let id = added["source"]["id"].as_str().unwrap().to_string();
    assert_eq!(added["refresh"]["import"]["created"], 1);
    let out = ok(&db, &["meetings", "refresh"]);
    assert!(out.contains(&format!("{id}: unchanged")), "{out}");
    server.join().unwrap();
    let found = json(&db, &["meetings", "search", "--near", "40.71,-74.01"]);
    assert_eq!(found[0]["name"], "Harbour Light");
    assert_eq!(found[0]["feed"], id.as_str());
    let listed = ok(&db, &["meetings", "sources"]);
    assert!(listed.contains("in use, 1 meeting, updated just now"), "{listed}");

    // The server is gone: the refresh says so in words, and the list stays.
    let out = ok(&db, &["meetings", "refresh", &id]);
    assert!(
        out.contains("could not be reached") && out.contains("last good list stays"),
        "{out}"
    );
    assert_eq!(
        json(&db, &["meetings", "search", "--near", "40.71,-74.01"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let removed = ok(&db, &["meetings", "source", "remove", &id]);
    assert!(removed.contains("1 meeting left"), "{removed}");
    fails(
        &db,
        &["meetings", "source", "add", "http://aa.example.org/feed"],
        2,
        "https",
    );
}
