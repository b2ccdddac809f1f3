//! Hostile Meeting Guide feeds cost no more memory than honest ones: 100 MB of unreadable records
//! with 100 KB slugs, and one 100 MB record, each imported in a child process of its own whose
//! peak resident memory (Linux's VmHWM) must stay within the README's 64 MB, while every honest
//! record beside them is imported and the report stays small.

mod common;

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;

use common::{KEY, at, tz};
use tend_core::Store;

/// The README's promise for an import's peak memory, whatever the feed.
const GOAL_MB: f64 = 64.0;
const MB: usize = 1024 * 1024;

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// An honest record the import must still bring in.
fn honest(w: &mut impl Write, slug: &str) {
    write!(
        w,
        r#"{{"name": "Honest {slug}", "slug": "{slug}", "day": 2, "time": "19:30", "timezone": "America/Toronto"}}"#
    )
    .unwrap();
}

/// 1,000 records with 100 KB slugs and no name (unreadable), between two honest ones.
fn long_slugs(path: &Path) {
    let mut w = BufWriter::new(std::fs::File::create(path).unwrap());
    w.write_all(b"[").unwrap();
    honest(&mut w, "first");
    let slug = "s".repeat(100 * 1024);
    for i in 0..1000 {
        write!(w, r#", {{"slug": "{i}{slug}", "day": 1, "time": "19:00"}}"#).unwrap();
    }
    w.write_all(b", ").unwrap();
    honest(&mut w, "last");
    w.write_all(b"]").unwrap();
}

/// One record of 100 MB (its notes), between two honest ones.
fn one_huge_record(path: &Path) {
    let mut w = BufWriter::new(std::fs::File::create(path).unwrap());
    w.write_all(b"[").unwrap();
    honest(&mut w, "first");
    w.write_all(br#", {"name": "Huge", "slug": "huge", "notes": ""#)
        .unwrap();
    let block = "n".repeat(MB);
    for _ in 0..100 {
        w.write_all(block.as_bytes()).unwrap();
    }
    w.write_all(br#""}, "#).unwrap();
    honest(&mut w, "last");
    w.write_all(b"]").unwrap();
}

/// One record of 100 MB made of many short strings (no single field is long).
fn one_record_of_many_fields(path: &Path) {
    let mut w = BufWriter::new(std::fs::File::create(path).unwrap());
    w.write_all(b"[").unwrap();
    honest(&mut w, "first");
    w.write_all(br#", {"name": "Many", "slug": "many", "types": ["#)
        .unwrap();
    let block = vec![r#""abcdefghij""#; MB / 13].join(",");
    for i in 0..100 {
        if i > 0 {
            w.write_all(b",").unwrap();
        }
        w.write_all(block.as_bytes()).unwrap();
    }
    w.write_all(b"]}, ").unwrap();
    honest(&mut w, "last");
    w.write_all(b"]").unwrap();
}

/// Runs in a child process (see `hostile_feeds_stay_within_64_mb`): imports the feed at
/// `TEND_HOSTILE_FEED` and prints its peak memory and the report as JSON.
#[test]
#[ignore = "child process of the hostile feed test"]
fn hostile_feed_child() {
    let Ok(feed) = std::env::var("TEND_HOSTILE_FEED") else {
        return;
    };
    let db = std::env::var("TEND_HOSTILE_DB").unwrap();
    let store = Store::open(&db, &KEY).unwrap();
    let r = store
        .import_directory_file(
            "hostile",
            Path::new(&feed),
            Some(tz("America/Toronto")),
            at("2026-11-24T23:00:00Z"),
        )
        .unwrap();
    let report = serde_json::to_string(&r).unwrap();
    println!("PEAK {}", peak_mb());
    println!("REPORT {report}");
}

/// A hostile feed: its name, how to write it, and how many records it must skip.
type Case = (&'static str, fn(&Path), u32);

#[test]
fn hostile_feeds_stay_within_64_mb() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let cases: [Case; 3] = [
        ("long-slugs", long_slugs, 1000),
        ("huge-record", one_huge_record, 1),
        ("many-fields", one_record_of_many_fields, 1),
    ];
    for (name, write, skipped) in cases {
        let feed = dir.path().join(format!("{name}.json"));
        write(&feed);
        assert!(std::fs::metadata(&feed).unwrap().len() > 100_000_000, "{name}");
        let out = Command::new(&exe)
            .args([
                "--exact",
                "hostile_feed_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("TEND_HOSTILE_FEED", &feed)
            .env("TEND_HOSTILE_DB", dir.path().join(format!("{name}.db")))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        std::fs::remove_file(&feed).unwrap();
        let line = |tag: &str| {
            stdout
                .lines()
                // The harness may print the test's name on the same line first.
                .find_map(|l| l.find(tag).map(|i| &l[i + tag.len()..]))
                .unwrap_or_else(|| panic!("{name}: no {tag} in {stdout}"))
                .to_string()
        };
        let peak: f64 = line("PEAK ").trim().parse().unwrap();
        let report = line("REPORT ");
        let r: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(r["created"], 2, "{name}: both honest records arrive: {report:.300}");
        assert_eq!(r["skipped_count"], skipped, "{name}");
        assert!(report.len() < 400_000, "{name}: the report is {} bytes", report.len());
        assert!(peak <= GOAL_MB, "{name}: peak {peak:.1} MB, goal {GOAL_MB} MB");
        println!("{name}: peak {peak:.1} MB, report {} bytes", report.len());
    }
}
