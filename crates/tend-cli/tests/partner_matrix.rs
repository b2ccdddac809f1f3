//! Two people, each with their own Tend, pair over a real Matrix homeserver (Synapse on
//! loopback, started by `scripts/test-matrix.sh`, which names its folder in
//! `TEND_TEST_SYNAPSE_DIR` and registered `alice` and `bob` with the passwords in `alice.pw` and
//! `bob.pw` there). Alice shares her weekly summary and SOS with Bob, not her milestones; Bob
//! replies. What arrives is decrypted and exact, what was not consented never leaves, revoking
//! stops sending, and neither Synapse's database nor the Matrix stores on disk hold a word of
//! it in plain text.
//!
//! Built only with the `share` feature; without the server's folder it fails (it never passes
//! silently).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Duration, Utc};
use serde_json::Value;

const TZ: &str = "Europe/Dublin";

struct Server {
    dir: PathBuf,
    url: String,
}

fn server() -> Server {
    let dir = PathBuf::from(std::env::var("TEND_TEST_SYNAPSE_DIR").expect(
        "TEND_TEST_SYNAPSE_DIR is not set: run this test through scripts/test-matrix.sh, which starts Synapse",
    ));
    let url = std::fs::read_to_string(dir.join("url")).unwrap().trim().to_string();
    Server { dir, url }
}

fn tend(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(db)
        .args(["--tz", TZ])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        .env_remove("TEND_NOW")
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
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "tend {args:?} panicked somewhere: {err}");
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    serde_json::from_str(&ok(db, &a)).unwrap()
}

fn fails(db: &Path, args: &[&str], code: i32, says: &str) {
    let out = tend(db, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    assert!(err.contains(says), "tend {args:?} should say {says:?}, said {err:?}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The kinds (and bodies) in a sync report's `sent` list.
fn sent(report: &Value) -> Vec<(String, String)> {
    report["sent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["kind"].as_str().unwrap().to_string(),
                o["body"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn kinds(inbox: &Value) -> Vec<String> {
    inbox
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap().to_string())
        .collect()
}

/// Whether Synapse's database holds `text` (scripts/synapse.sh db-contains: 0 yes, 1 no).
fn on_server(s: &Server, text: &str) -> bool {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/synapse.sh");
    let status = Command::new(script)
        .arg("db-contains")
        .arg(&s.dir)
        .arg(text)
        .status()
        .unwrap();
    match status.code() {
        Some(0) => true,
        Some(1) => false,
        other => panic!("db-contains failed ({other:?}) for {text:?}"),
    }
}

/// Whether any file under `dir` holds `text` as bytes.
fn in_files(dir: &Path, text: &str) -> bool {
    std::fs::read_dir(dir).unwrap().any(|e| {
        let p = e.unwrap().path();
        p.is_file()
            && std::fs::read(&p)
                .unwrap()
                .windows(text.len())
                .any(|w| w == text.as_bytes())
    })
}

fn connect(db: &Path, s: &Server, user: &str) -> Value {
    let pw = s.dir.join(format!("{user}.pw"));
    json(
        db,
        &[
            "partner",
            "connect",
            "--homeserver",
            &s.url,
            "--user",
            user,
            "--password-file",
            pw.to_str().unwrap(),
        ],
    )
}

#[test]
fn partners_share_what_was_consented_end_to_end_encrypted_and_nothing_else() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("alice/tend.db"), tmp.path().join("bob/tend.db"));
    for db in [&a, &b] {
        std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    }
    let nonce = format!("{:x}", Utc::now().timestamp_nanos_opt().unwrap());

    // Alice: 30 days into her recovery, Bob her sponsor; she shares the summary and SOS with him,
    // not her milestones, and writes a note that must never leave.
    let since = (Utc::now()
        .with_timezone(&TZ.parse::<chrono_tz::Tz>().unwrap())
        .date_naive()
        - Duration::days(30))
    .to_string();
    ok(&a, &["network", "add", "Recovery", "--since", &since]);
    ok(
        &a,
        &["person", "add", "Bob", "--role", "sponsor", "--network", "Recovery"],
    );
    ok(
        &a,
        &["person", "add", "Carol", "--role", "friend", "--network", "Recovery"],
    );
    let secret = format!("NOTE-{nonce}");
    ok(
        &a,
        &["checkin", "daily", "--mood", "2", "--craving", "4", "--note", &secret],
    );
    ok(&a, &["partner", "consent", "Bob", "summary", "on"]);
    ok(&a, &["partner", "consent", "Bob", "sos", "on"]);
    // Bob: Alice is in his network.
    ok(&b, &["network", "add", "Sponsees"]);
    ok(
        &b,
        &["person", "add", "Alice", "--role", "peer", "--network", "Sponsees"],
    );

    // A wrong password is the channel's error (exit 5) and connects nothing.
    let wrong = tmp.path().join("wrong.pw");
    std::fs::write(&wrong, "not-the-password\n").unwrap();
    fails(
        &a,
        &[
            "partner",
            "connect",
            "--homeserver",
            &s.url,
            "--user",
            "alice",
            "--password-file",
            wrong.to_str().unwrap(),
        ],
        5,
        "partner channel",
    );
    fails(&a, &["partner", "sync"], 3, "Matrix account");
    let me = connect(&a, &s, "alice");
    assert_eq!(me["user_id"], "@alice:localhost");
    assert_eq!(connect(&b, &s, "bob")["user_id"], "@bob:localhost");

    fails(&a, &["partner", "link", "Bob", "bob-at-localhost"], 2, "matrix id");
    let link = json(&a, &["partner", "link", "Bob", "@bob:localhost"]);
    assert_eq!(link["matrix_id"], "@bob:localhost");
    ok(&b, &["partner", "link", "Alice", "@alice:localhost"]);

    // Nothing goes before Bob has accepted: the summary waits.
    let r = json(&a, &["partner", "sync"]);
    assert!(sent(&r).is_empty(), "{r}");
    assert_eq!(r["waiting"][0]["kind"], "summary", "{r}");
    let r = json(&b, &["partner", "accept"]);
    assert_eq!(r["accepted"][0]["name"], "Alice", "{r}");

    // Now it goes, and so does an SOS pressed afterwards; her milestone (day 30) does not.
    let r = json(&a, &["partner", "sync"]);
    let out = sent(&r);
    assert_eq!(out.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["summary"], "{r}");
    let summary = out[0].1.clone();
    let preview = json(&a, &["partner", "preview", "Bob"]);
    assert_eq!(
        preview["items"][0]["text"].as_str().unwrap(),
        summary,
        "what was sent is what the preview showed"
    );
    assert!(summary.contains("Day 30 since my start."), "{summary}");
    assert!(!summary.contains("Mood"), "mood was not shared: {summary}");
    // Pressing SOS tells Bob by itself, once.
    let said = ok(&a, &["checkin", "sos"]);
    assert!(said.contains("Told Bob (end-to-end encrypted)."), "{said}");
    let r = json(&a, &["partner", "sync"]);
    assert!(sent(&r).is_empty(), "the SOS went once: {r}");

    // Bob's Tend decrypts both, from Alice, exactly as sent.
    let r = json(&b, &["partner", "sync"]);
    assert_eq!(r["received"], 2, "{r}");
    assert_eq!(r["undecryptable"], 0, "{r}");
    let inbox = json(&b, &["partner", "inbox"]);
    let alice_id = json(&b, &["person", "list"])[0]["id"].clone();
    for m in inbox.as_array().unwrap() {
        assert_eq!(m["from"], "@alice:localhost");
        assert_eq!(m["person_id"], alice_id);
        assert!(
            !m["body"].as_str().unwrap().contains(&secret),
            "a note left the device: {m}"
        );
    }
    let mut got = kinds(&inbox);
    got.sort();
    assert_eq!(got, ["sos", "summary"], "{inbox}");
    assert!(inbox.as_array().unwrap().iter().any(|m| m["body"] == summary.as_str()));
    let sos = inbox[0]["body"].as_str().unwrap().to_string();
    assert_eq!(inbox[0]["kind"], "sos", "newest first: {inbox}");
    assert!(sos.starts_with("I pressed SOS in Tend at "), "{sos}");

    // Bob replies; Alice reads it as encouragement from Bob.
    let reply = format!("Proud of you. Call me tonight? {nonce}");
    let r = json(&b, &["partner", "send", "Alice", "--text", &reply]);
    assert_eq!(sent(&r)[0].0, "text", "{r}");
    let r = json(&a, &["partner", "sync"]);
    assert_eq!(r["received"], 1, "{r}");
    let inbox = json(&a, &["partner", "inbox"]);
    assert_eq!(inbox[0]["from"], "@bob:localhost");
    assert_eq!(inbox[0]["kind"], "text");
    assert_eq!(inbox[0]["body"], reply.as_str());
    assert_eq!(inbox[0]["person_id"], json(&a, &["person", "show", "Bob"])["id"]);

    // Someone signs in as Bob on a new device: Alice is told.
    let b2 = tmp.path().join("bob2/tend.db");
    std::fs::create_dir_all(b2.parent().unwrap()).unwrap();
    connect(&b2, &s, "bob");
    let r = json(&a, &["partner", "sync"]);
    assert_eq!(r["devices_changed"][0]["name"], "Bob", "{r}");
    let links = json(&a, &["partner", "links"]);
    assert!(links[0]["devices_changed_at"].is_string(), "{links}");

    // Turning milestones on is what lets them out: the gate above was the consent.
    ok(&a, &["partner", "consent", "Bob", "milestones", "on"]);
    let r = json(&a, &["partner", "sync"]);
    let out = sent(&r);
    assert_eq!(
        out.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        ["milestone"],
        "{r}"
    );
    let milestone = out[0].1.clone();
    assert!(milestone.contains("30 days"), "{milestone}");
    json(&b, &["partner", "sync"]);
    assert!(kinds(&json(&b, &["partner", "inbox"])).contains(&"milestone".to_string()));

    // Revoking stops everything at once, leaves the room, and says what cannot be undone.
    let text = ok(&a, &["partner", "revoke", "Bob"]);
    assert!(text.contains("cannot be recalled"), "{text}");
    assert!(text.contains("left your room"), "{text}");
    fails(&a, &["partner", "send", "Bob", "--summary"], 2, "not linked");
    let said = ok(&a, &["checkin", "sos"]);
    assert!(said.contains("No partner is set to hear about SOS"), "{said}");
    let r = json(&a, &["partner", "sync"]);
    assert!(sent(&r).is_empty(), "nothing goes after revoke: {r}");
    assert!(json(&a, &["partner", "list"]).as_array().unwrap().is_empty());
    let before = json(&b, &["partner", "inbox"]).as_array().unwrap().len();
    json(&b, &["partner", "sync"]);
    assert_eq!(json(&b, &["partner", "inbox"]).as_array().unwrap().len(), before);

    // The homeserver saw who talked to whom, never what was said.
    assert!(
        on_server(&s, "@alice:localhost"),
        "the control: the server does hold the user IDs"
    );
    for plain in [
        summary.lines().nth(2).unwrap(),
        sos.as_str(),
        &reply,
        &milestone,
        &secret,
    ] {
        assert!(!on_server(&s, plain), "Synapse's database holds plain text: {plain:?}");
    }
    // Nor do the Matrix stores on either device (encrypted with a key from the store key).
    for db in [&a, &b] {
        let dir = PathBuf::from(format!("{}.matrix", db.display()));
        assert!(dir.join("matrix-sdk-crypto.sqlite3").is_file(), "{}", dir.display());
        for plain in [reply.as_str(), sos.as_str(), &nonce] {
            assert!(!in_files(&dir, plain), "{} holds {plain:?}", dir.display());
        }
    }

    // Bob signs his second device out: the session and its stores are gone, his links stay.
    let said = ok(&b2, &["partner", "disconnect"]);
    assert!(said.starts_with("Signed out"), "{said}");
    fails(&b2, &["partner", "sync"], 3, "Matrix account");
    let left = std::fs::read_dir(format!("{}.matrix", b2.display())).map_or(0, |d| d.count());
    assert_eq!(left, 0, "the Matrix stores are deleted");

    // Wiping signs out and takes the Matrix stores with the database.
    ok(&a, &["wipe", "--yes"]);
    assert!(!PathBuf::from(format!("{}.matrix", a.display())).exists());
}
