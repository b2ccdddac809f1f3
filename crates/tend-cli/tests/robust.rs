//! What a careless or hostile environment cannot do to a store through the `tend` command:
//! control characters neither stored nor printed raw, private files whatever the umask, first
//! runs racing on one path, and bad input that leaves nothing behind on disk.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-25T18:00:00Z";

fn cmd(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tend"));
    c.arg("--db")
        .arg(db)
        .args(["--tz", "America/New_York", "--now", NOW])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        // English unless a test asks for another language with --lang.
        .env("TEND_LANG", "en");
    c
}

fn run(db: &Path, args: &[&str]) -> Output {
    cmd(db, args).output().unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "tend {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(db: &Path, args: &[&str], code: i32, says: &str) {
    let out = run(db, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    assert!(err.contains(says), "tend {args:?} should say {says:?}: {err}");
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Everything under `dir`, for "nothing was created" checks.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(tree(&p));
        }
        out.push(p);
    }
    out.sort();
    out
}

#[test]
fn control_characters_are_refused_and_never_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    fails(&db, &["network", "add", "Rec\u{1b}[2Jovery"], 2, "control characters");
    fails(&db, &["person", "add", "Sam\u{7}"], 2, "control characters");
    fails(
        &db,
        &["person", "add", "Sam", "--notes", "call \u{1b}]0;owned\u{7} later"],
        2,
        "control characters",
    );
    // Line breaks and tabs in a note are ordinary text.
    ok(&db, &["person", "add", "Sam", "--notes", "line one\n\tline two"]);

    // A store written by something else (an old version, a hand edit) may still hold them:
    // every human-readable output shows them escaped.
    let hex = std::fs::read_to_string(dir.path().join("tend.key")).unwrap();
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", hex.trim()))
        .unwrap();
    c.execute(
        "UPDATE person SET name = 'Sam' || char(27) || '[2J' || char(13) || 'X'",
        [],
    )
    .unwrap();
    drop(c);
    let out = ok(&db, &["person", "list"]);
    assert!(!out.contains('\u{1b}') && !out.contains('\r'), "{out:?}");
    assert!(out.contains("Sam\\u{1b}[2J\\u{d}X"), "{out:?}");
    let json = ok(&db, &["--json", "person", "list"]);
    assert!(!json.contains('\u{1b}') && json.contains("\\u001b[2J"), "{json:?}");
}

/// A first run under the common umask 022 would make 0755 folders and 0644 files; Tend's are
/// private whatever the umask: the folder 0700, the key, database, WAL and SHM 0600.
#[test]
fn a_new_store_is_private_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    let db = folder.join("tend.db");
    // `tend remind` keeps the store open, so its WAL and SHM can be looked at.
    let mut remind: Child = Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$@\"")
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_tend"))
        .arg("--db")
        .arg(&db)
        .args(["--tz", "UTC", "remind"])
        .env_remove("TEND_KEY_FILE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let wal = folder.join("tend.db-wal");
    let shm = folder.join("tend.db-shm");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !(wal.exists() && shm.exists()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let modes: Vec<(String, u32)> = [&folder, &folder.join("tend.key"), &db, &wal, &shm]
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), mode(p)))
        .collect();
    remind.kill().unwrap();
    remind.wait().unwrap();
    assert_eq!(
        modes,
        vec![
            ("data".into(), 0o700),
            ("tend.key".into(), 0o600),
            ("tend.db".into(), 0o600),
            ("tend.db-wal".into(), 0o600),
            ("tend.db-shm".into(), 0o600),
        ]
    );
}

/// Four first runs on one new path at the same moment (a script, a shell alias and a cron
/// job): all succeed, on one key and one store.
#[test]
fn parallel_first_runs_agree_on_one_store() {
    for round in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("new").join("tend.db");
        // Each run waits on a FIFO until all four are ready, so they start within microseconds.
        let gate = dir.path().join("gate");
        assert!(Command::new("mkfifo").arg(&gate).status().unwrap().success());
        let runs: Vec<Child> = (0..4)
            .map(|i| {
                let tend = cmd(&db, &["network", "add", &format!("Net {i}")]);
                Command::new("sh")
                    .arg("-c")
                    .arg("read _ < \"$0\"; exec \"$@\"")
                    .arg(&gate)
                    .arg(tend.get_program())
                    .args(tend.get_args())
                    .env_remove("TEND_KEY_FILE")
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        // Opening the FIFO for writing blocks until a reader has it open; give the others a
        // moment, then let them all go at once (closing it is their end-of-file).
        std::thread::sleep(Duration::from_millis(100));
        drop(std::fs::OpenOptions::new().write(true).open(&gate).unwrap());
        for r in runs {
            let out = r.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let out = ok(&db, &["--json", "network", "list"]);
        let list: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(list.as_array().unwrap().len(), 4, "round {round}: {out}");
    }
}

#[test]
fn bad_input_on_a_new_path_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new").join("deeper").join("tend.db");
    fails(&db, &["person", "add", "Sam", "--cadence", "0"], 2, "cadence");
    fails(&db, &["checkin", "daily", "--mood", "9"], 2, "mood");
    fails(&db, &["network", "add", "\u{1b}"], 2, "network name");
    fails(&db, &["quarantine"], 3, "database file");
    assert_eq!(tree(dir.path()), Vec::<PathBuf>::new(), "no folder, key or database");
    // The same input on a good day creates the store.
    ok(&db, &["person", "add", "Sam", "--cadence", "3"]);
    assert!(db.exists());
}

/// A store that is only unreadable for a permission (another user's, a wrong owner after a
/// copy) is healthy: quarantine must leave it where it is. The core's own test of this cannot
/// run as root, who reads every file, and CI runs as root; here the command runs as `nobody`
/// in a folder it may rename in, so a wrong decision would really move the store.
#[test]
fn quarantine_never_moves_a_store_that_is_only_unreadable_for_permissions() {
    let root = std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
    });
    if !root || Command::new("setpriv").arg("--version").output().is_err() {
        return; // as an ordinary user the core's test covers it
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tend.db");
    ok(&db, &["network", "add", "Recovery"]);
    let before = tree(dir.path());
    // The folder may be renamed in by anyone, the key read by anyone; the database is root's.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(dir.path().join("tend.key"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let tend = cmd(&db, &["quarantine"]);
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(tend.get_program())
        .args(tend.get_args())
        .env_remove("TEND_KEY_FILE")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "quarantine refused: {err}");
    assert_eq!(tree(dir.path()), before, "nothing moved: {err}");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    ok(&db, &["network", "list"]);
}
