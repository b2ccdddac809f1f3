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
        // English unless a step asks for another language with --lang.
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
    assert!(said.starts_with("Logged sos check-in"), "{said}");
    assert!(said.contains("Sent to Bob (end-to-end encrypted): sos"), "{said}");
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

    // Alice writes German; Bob's Tend reads the same summary in Portuguese: its lines travel
    // beside the text, which other Matrix apps show as Alice wrote it.
    let r = json(&a, &["--lang", "de", "partner", "send", "Bob", "--summary"]);
    assert_eq!(sent(&r)[0].0, "summary", "{r}");
    assert!(sent(&r)[0].1.starts_with("Meine Woche"), "{r}");
    let r = json(&b, &["partner", "sync"]);
    assert_eq!(r["received"], 1, "{r}");
    let inbox = json(&b, &["partner", "inbox"]);
    assert!(inbox[0]["body"].as_str().unwrap().starts_with("Meine Woche"), "{inbox}");
    assert!(!inbox[0]["lines"].as_array().unwrap().is_empty(), "{inbox}");
    let pt = ok(&b, &["--lang", "pt-BR", "partner", "inbox"]);
    // The newest entry: its heading line, then its indented lines.
    let newest: Vec<&str> = pt.lines().skip(1).take_while(|l| l.starts_with("  ")).collect();
    assert!(newest[0].contains("Minha semana"), "{pt}");
    assert!(!newest.join("\n").contains("Woche"), "{pt}");

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
    // Only the channel's lock file stays (it holds a counter, nothing of the session's).
    let left: Vec<String> = std::fs::read_dir(format!("{}.matrix", b2.display()))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        left.iter().all(|f| f == "tend-channel.lock"),
        "the Matrix stores are deleted: {left:?}"
    );

    // Wiping signs out and takes the Matrix stores with the database.
    ok(&a, &["wipe", "--yes"]);
    assert!(!PathBuf::from(format!("{}.matrix", a.display())).exists());
}

// ---- Issue 21: a channel that holds up against an unlucky user and an attacker ----------------

/// The store's SQLCipher connection (its key from `tend.key` beside it), to read what the
/// homeserver knows this device as, or to point it at another server.
fn raw_store(db: &Path) -> rusqlite::Connection {
    let hex = std::fs::read_to_string(db.with_file_name("tend.key")).unwrap();
    let c = rusqlite::Connection::open(db).unwrap();
    c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", hex.trim()))
        .unwrap();
    c
}

/// The access token Tend keeps for `db`'s account (to act as that user without a new device).
fn token_of(db: &Path) -> String {
    raw_store(db)
        .query_row("SELECT access_token FROM matrix_account", [], |r| r.get(0))
        .unwrap()
}

/// A Client-Server API call with `curl` (any HTTP client would do); the JSON answer.
fn api(s: &Server, token: &str, method: &str, path: &str, body: &Value) -> Value {
    let out = Command::new("curl")
        .args(["-s", "--max-time", "20", "-X", method])
        .args(["-H", &format!("Authorization: Bearer {token}")])
        .args(["-H", "Content-Type: application/json"])
        .args(["--data-binary", &body.to_string()])
        .arg(format!("{}{path}", s.url))
        .output()
        .unwrap();
    assert!(out.status.success(), "curl {method} {path}");
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn get(s: &Server, token: &str, path: &str) -> Value {
    let out = Command::new("curl")
        .args(["-s", "--max-time", "20"])
        .args(["-H", &format!("Authorization: Bearer {token}")])
        .arg(format!("{}{path}", s.url))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Logs a user in over the API (a throwaway device of someone who is not using Tend).
fn login(s: &Server, user: &str) -> String {
    let pw = std::fs::read_to_string(s.dir.join(format!("{user}.pw"))).unwrap();
    let body = serde_json::json!({
        "type": "m.login.password",
        "identifier": { "type": "m.id.user", "user": user },
        "password": pw.trim(),
    });
    api(s, "none", "POST", "/_matrix/client/v3/login", &body)["access_token"]
        .as_str()
        .unwrap()
        .to_string()
}

fn joined_rooms(s: &Server, token: &str) -> Vec<String> {
    get(s, token, "/_matrix/client/v3/joined_rooms")["joined_rooms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect()
}

fn enc(x: &str) -> String {
    x.replace('!', "%21").replace(':', "%3A").replace('@', "%40")
}

/// A person's link as `partner links --json` shows it.
fn link_of(db: &Path, name: &str) -> Value {
    json(db, &["partner", "links"])
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["person"]["name"] == name)
        .cloned()
        .unwrap_or(Value::Null)
}

fn inbox_bodies(db: &Path) -> Vec<String> {
    json(db, &["partner", "inbox"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap().to_string())
        .collect()
}

/// A fresh store for `user`, connected, with a network holding each of `partners` (name, Matrix
/// ID), each linked.
fn person_with(tmp: &Path, s: &Server, user: &str, partners: &[(&str, &str)]) -> PathBuf {
    let db = tmp.join(format!("{user}/tend.db"));
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    ok(&db, &["network", "add", "Recovery", "--since", "2026-01-01"]);
    connect(&db, s, user);
    for (name, id) in partners {
        ok(&db, &["person", "add", name, "--role", "peer", "--network", "Recovery"]);
        ok(&db, &["partner", "link", name, id]);
    }
    db
}

/// Every outbox item in a report, by list.
fn listed(r: &Value, list: &str) -> Vec<(String, String)> {
    r[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let o = if o.get("item").is_some() { &o["item"] } else { o };
            (
                o["person"]["name"].as_str().unwrap().to_string(),
                o["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn two_syncs_at_once_send_once_and_the_channel_stays_readable() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let carol = person_with(tmp.path(), &s, "carol", &[("Dave", "@dave:localhost")]);
    let dave = person_with(tmp.path(), &s, "dave", &[("Carol", "@carol:localhost")]);
    json(&carol, &["partner", "send", "Dave", "--text", "hello"]);
    json(&dave, &["partner", "accept"]);
    assert_eq!(sent(&json(&carol, &["partner", "sync"])).len(), 1);

    // The summary is due at once: two syncs started together both find it.
    ok(&carol, &["partner", "consent", "Dave", "summary", "on"]);
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let db = carol.clone();
            std::thread::spawn(move || tend(&db, &["--json", "partner", "sync"]))
        })
        .collect();
    let mut summaries = 0;
    for r in runs {
        let out = r.join().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        summaries += sent(&r).iter().filter(|x| x.0 == "summary").count();
    }
    assert_eq!(summaries, 1, "one summary, sent once");
    let r = json(&dave, &["partner", "sync"]);
    assert_eq!(
        (r["received"].clone(), r["undecryptable"].clone()),
        (2.into(), 0.into()),
        "{r}"
    );
    // And what follows is readable too.
    json(&carol, &["partner", "send", "Dave", "--text", "still there"]);
    let r = json(&dave, &["partner", "sync"]);
    assert_eq!(
        (r["received"].clone(), r["undecryptable"].clone()),
        (1.into(), 0.into()),
        "{r}"
    );
    assert_eq!(inbox_bodies(&dave)[0], "still there");

    // More than a sync's page between two syncs: every one stored, once, in order.
    for i in 1..=25 {
        json(&dave, &["partner", "send", "Carol", "--text", &format!("message {i}")]);
    }
    let r = json(&carol, &["partner", "sync"]);
    assert_eq!(r["received"], 25, "{r}");
    let got = inbox_bodies(&carol);
    let want: Vec<String> = (1..=25).rev().map(|i| format!("message {i}")).collect();
    assert_eq!(got, want, "newest first, each once");
    assert_eq!(json(&carol, &["partner", "sync"])["received"], 0);

    // Dave's token without his keys (his homeserver, or a leaked token) writes a plain "SOS".
    let room = link_of(&carol, "Dave")["room_id"].as_str().unwrap().to_string();
    let forged = serde_json::json!({
        "msgtype": "m.notice",
        "body": "forged: I pressed SOS",
        "org.tend.share": { "v": 1, "kind": "sos" },
    });
    let dave_token = token_of(&dave);
    api(
        &s,
        &dave_token,
        "PUT",
        &format!("/_matrix/client/v3/rooms/{}/send/m.room.message/forged1", enc(&room)),
        &forged,
    );
    let r = json(&carol, &["partner", "sync"]);
    assert_eq!(
        (r["received"].clone(), r["not_from_partner"].clone()),
        (0.into(), 1.into()),
        "{r}"
    );
    assert!(!inbox_bodies(&carol).iter().any(|b| b.contains("forged")));

    // A right-to-left override in a partner's words is shown escaped, not obeyed. (Tend never
    // sends more than 4000 characters; a longer message from another client is cut with a word
    // saying so: the core's `a_long_message_says_it_was_shortened`.)
    json(&dave, &["partner", "send", "Carol", "--text", "\u{202E}gnorts yats"]);
    json(&carol, &["partner", "sync"]);
    let shown = ok(&carol, &["partner", "inbox"]);
    assert!(
        !shown.contains('\u{202E}') && shown.contains("\\u{202e}"),
        "the override is shown escaped"
    );

    // Dave invites someone else into the room, and they join: Carol's next words are not sent.
    let heidi = login(&s, "heidi");
    api(
        &s,
        &dave_token,
        "POST",
        &format!("/_matrix/client/v3/rooms/{}/invite", enc(&room)),
        &serde_json::json!({ "user_id": "@heidi:localhost" }),
    );
    api(
        &s,
        &heidi,
        "POST",
        &format!("/_matrix/client/v3/join/{}", enc(&room)),
        &serde_json::json!({}),
    );
    let r = json(&carol, &["partner", "send", "Dave", "--text", "I relapsed last night"]);
    assert!(sent(&r).is_empty(), "{r}");
    assert_eq!(
        r["blocked"][0]["others"],
        serde_json::json!(["@heidi:localhost"]),
        "{r}"
    );
    let said = ok(&carol, &["partner", "sync"]);
    assert!(
        said.contains("@heidi:localhost") && said.contains("Revoke and link"),
        "{said}"
    );
    assert_eq!(link_of(&carol, "Dave")["state"]["state"], "others_present");
    assert!(!on_server(&s, "I relapsed last night"));

    // Linking again starts a fresh room with only the two of them; the waiting words go there.
    ok(&carol, &["partner", "link", "Dave", "@dave:localhost"]);
    json(&carol, &["partner", "sync"]);
    json(&dave, &["partner", "accept"]);
    let r = json(&carol, &["partner", "sync"]);
    assert_eq!(listed(&r, "sent"), [("Dave".to_string(), "text".to_string())], "{r}");
    let fresh = link_of(&carol, "Dave")["room_id"].as_str().unwrap().to_string();
    assert_ne!(fresh, room);
    assert!(!joined_rooms(&s, &heidi).contains(&fresh));
    json(&dave, &["partner", "sync"]);
    assert_eq!(inbox_bodies(&dave)[0], "I relapsed last night");

    // Dave leaves: Carol's link says so, and nothing is sent into the empty room.
    api(
        &s,
        &dave_token,
        "POST",
        &format!("/_matrix/client/v3/rooms/{}/leave", enc(&fresh)),
        &serde_json::json!({}),
    );
    let r = json(&carol, &["partner", "send", "Dave", "--text", "are you there?"]);
    assert_eq!(
        listed(&r, "partner_left"),
        [("Dave".to_string(), "text".to_string())],
        "{r}"
    );
    assert_eq!(link_of(&carol, "Dave")["state"]["state"], "left");
    let said = ok(&carol, &["partner", "links"]);
    assert!(said.contains("Dave left your shared conversation"), "{said}");

    // Revoking leaves every room Tend used with Dave (the first was left when linking again),
    // and says what it did.
    let r = json(&carol, &["partner", "revoke", "Dave"]);
    assert_eq!(
        (r["rooms_left"].clone(), r["rooms_pending"].clone()),
        (1.into(), 0.into()),
        "{r}"
    );
    let carol_token = token_of(&carol);
    let shared: Vec<String> = joined_rooms(&s, &carol_token)
        .into_iter()
        .filter(|r| joined_rooms(&s, &dave_token).contains(r) || *r == fresh || *r == room)
        .collect();
    assert!(shared.is_empty(), "still in {shared:?}");
    // Someone never linked: no room to leave, and it says so.
    ok(
        &carol,
        &["person", "add", "Nia", "--role", "friend", "--network", "Recovery"],
    );
    let r = json(&carol, &["partner", "revoke", "Nia"]);
    assert_eq!(
        (r["left_room"].clone(), r["rooms_left"].clone()),
        (false.into(), 0.into()),
        "{r}"
    );
    assert!(ok(&carol, &["partner", "revoke", "Nia"]).contains("no shared room"));
}

#[test]
fn one_partners_trouble_never_stops_another_partners_sos() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let erin = person_with(
        tmp.path(),
        &s,
        "erin",
        &[
            ("Frank", "@frank:localhost"),
            ("Grace", "@grace:localhost"),
            // A server this homeserver cannot reach (federation is off).
            ("Zed", "@zed:unreachable.example"),
        ],
    );
    for p in ["Frank", "Grace", "Zed"] {
        ok(&erin, &["partner", "consent", p, "sos", "on"]);
    }
    let frank = person_with(tmp.path(), &s, "frank", &[("Erin", "@erin:localhost")]);
    let grace = person_with(tmp.path(), &s, "grace", &[("Erin", "@erin:localhost")]);

    // Nobody has joined yet: the SOS is logged at once, and each partner gets an honest line.
    let said = ok(&erin, &["checkin", "sos"]);
    assert!(said.starts_with("Logged sos check-in"), "{said}");
    assert!(said.contains("Waiting for Frank to join"), "{said}");
    assert!(said.contains("Could not reach Zed's server"), "{said}");
    assert!(!said.contains("No partner is set"), "{said}");
    json(&frank, &["partner", "accept"]);
    json(&grace, &["partner", "accept"]);
    let grace_room = link_of(&erin, "Grace")["room_id"].clone();

    // Grace (her token, no keys needed) invites Erin into a room that is not encrypted.
    let plain = api(
        &s,
        &token_of(&grace),
        "POST",
        "/_matrix/client/v3/createRoom",
        &serde_json::json!({ "invite": ["@erin:localhost"], "is_direct": true, "preset": "private_chat" }),
    );
    assert!(plain["room_id"].is_string(), "{plain}");
    // A stranger invites Erin too.
    let heidi = login(&s, "heidi");
    api(
        &s,
        &heidi,
        "POST",
        "/_matrix/client/v3/createRoom",
        &serde_json::json!({ "invite": ["@erin:localhost"] }),
    );

    let rooms_before = joined_rooms(&s, &token_of(&erin)).len();
    let r = json(&erin, &["partner", "sync"]);
    let mut went = listed(&r, "sent");
    went.sort();
    assert_eq!(
        went,
        [
            ("Frank".to_string(), "sos".to_string()),
            ("Grace".to_string(), "sos".to_string())
        ],
        "{r}"
    );
    assert_eq!(
        listed(&r, "unreachable"),
        [("Zed".to_string(), "sos".to_string())],
        "{r}"
    );
    assert_eq!(r["refused_invites"][0]["name"], "Grace", "{r}");
    assert_eq!(r["declined_invites"], serde_json::json!(["@heidi:localhost"]), "{r}");
    assert_eq!(
        link_of(&erin, "Grace")["room_id"],
        grace_room,
        "the room with Grace is kept"
    );
    assert_eq!(link_of(&erin, "Zed")["state"]["state"], "unreachable");
    // Again: no new room for Zed each time, no stranger's invitation said twice.
    let r = json(&erin, &["partner", "sync"]);
    assert_eq!(r["declined_invites"], serde_json::json!([]), "{r}");
    assert_eq!(
        joined_rooms(&s, &token_of(&erin)).len(),
        rooms_before,
        "no room left behind"
    );
    for db in [&frank, &grace] {
        let r = json(db, &["partner", "sync"]);
        assert_eq!(r["received"], 1, "{r}");
        assert_eq!(kinds(&json(db, &["partner", "inbox"])), ["sos"]);
    }

    // The homeserver sees a neutral device name, not the app's.
    let devices = get(&s, &token_of(&erin), "/_matrix/client/v3/devices");
    for d in devices["devices"].as_array().unwrap() {
        let name = d["display_name"].as_str().unwrap_or("");
        assert!(!name.to_lowercase().contains("tend"), "{name}");
    }
    // Matrix IDs that cannot be a partner.
    fails(
        &erin,
        &["partner", "link", "Zed", "@ERIN:localhost"],
        2,
        "your own account",
    );
    fails(&erin, &["partner", "link", "Zed", "@:localhost"], 2, "no user name");
    // A password file that is not a password is not read whole, nor sent.
    let huge = tmp.path().join("huge.pw");
    std::fs::File::create(&huge).unwrap().set_len(300 << 20).unwrap();
    let fresh = tmp.path().join("fresh/tend.db");
    std::fs::create_dir_all(fresh.parent().unwrap()).unwrap();
    ok(&fresh, &["network", "add", "Recovery"]);
    fails(
        &fresh,
        &[
            "partner",
            "connect",
            "--homeserver",
            &s.url,
            "--user",
            "erin",
            "--password-file",
            huge.to_str().unwrap(),
        ],
        2,
        "longer than",
    );

    // A homeserver that takes the connection and never answers: the SOS is logged at once and
    // the partners' line comes in bounded time; wiping deletes first and does not wait long.
    let hole = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", hole.local_addr().unwrap());
    raw_store(&erin)
        .execute("UPDATE matrix_account SET homeserver = ?1", [&url])
        .unwrap();
    let start = std::time::Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(&erin)
        .args(["--tz", TZ, "checkin", "sos"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut out, &mut first).unwrap();
    assert!(first.starts_with("Logged sos check-in"), "{first}");
    assert!(
        start.elapsed().as_secs() < 5,
        "the SOS was confirmed after {:?}",
        start.elapsed()
    );
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(start.elapsed().as_secs() < 50, "telling took {:?}", start.elapsed());
    assert!(rest.contains("Could not tell Frank, Grace, Zed yet"), "{rest}");
    assert!(!rest.contains("No partner is set"), "{rest}");
    let start = std::time::Instant::now();
    let out = tend(&erin, &["wipe", "--yes"]);
    assert!(out.status.success());
    assert!(!erin.exists());
    assert!(start.elapsed().as_secs() < 20, "wipe took {:?}", start.elapsed());
    drop(hole);
}
