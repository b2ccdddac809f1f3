//! A damaged store: found before anything is written, never written to, accepted by quarantine,
//! and salvaged into a backup that restores.

mod common;

use std::path::Path;

use common::{KEY, at, fresh, tz};
use tend_core::checkins::{CheckinData, NewCheckin};
use tend_core::model::Role;
use tend_core::{Error, Store};

const PAGE: usize = 4096;

/// A store with a few people and enough check-ins (with long notes) to fill many pages.
fn filled(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("tend.db");
    let store = Store::open(&path, &KEY).unwrap();
    let net = common::network(&store, "Recovery", Some("2025-01-01"));
    for i in 0..5 {
        common::person_at(
            &store,
            &format!("Person {i}"),
            Role::Friend,
            &[net],
            Some(7),
            "2026-01-01T00:00:00Z",
        );
    }
    for i in 0..400 {
        store
            .log_checkin(&NewCheckin {
                data: CheckinData::Daily { mood: 3, craving: None },
                note: Some(format!("{i} {}", "a long day, and I made it through ".repeat(8))),
                at: at("2026-01-02T12:00:00Z") + chrono::Duration::minutes(i),
                zone: tz("UTC"),
                idempotency_key: None,
            })
            .unwrap();
    }
    drop(store);
    path
}

fn damage(path: &Path, page: usize, zero: bool) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    assert!(bytes.len() > (page + 1) * PAGE, "store too small: {}", bytes.len());
    if zero {
        bytes[page * PAGE..(page + 1) * PAGE].fill(0);
    } else {
        bytes[page * PAGE + 100] ^= 0x01;
    }
    std::fs::write(path, &bytes).unwrap();
    bytes
}

fn folder(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Opening reads only the first page and the schema (so it costs the same with years of history);
/// damage anywhere else is met by the first read that touches it, or by the background check, as
/// `Corrupt`, and from then on nothing is written: the file, and the folder, stay as they were.
#[test]
fn one_flipped_byte_is_corrupt_when_met_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let pages = std::fs::metadata(&path).unwrap().len() as usize / PAGE;
    let original = std::fs::read(&path).unwrap();
    let files = folder(dir.path());
    // A page of a table (the backup reads every table), not of an index, and not of the schema,
    // which opening does read: where the schema's pages fall depends on how large it has grown, so
    // dbstat says which pages hold check-ins (its page numbers count from 1).
    let map = page_map(&path);
    let checkin_pages = (pages / 2..pages - 1)
        .filter(|p| matches!(map.get(&(*p as i64 + 1)), Some((name, ty, _)) if name == "checkin" && ty == "leaf"));
    let mut found = None;
    for page in checkin_pages {
        std::fs::write(&path, &original).unwrap();
        let bytes = damage(&path, page, false);
        let store = Store::open(&path, &KEY).expect("opening does not read every page");
        match store.backup_json() {
            Err(Error::Corrupt { .. }) => {
                found = Some((bytes, store));
                break;
            }
            Err(e) => panic!("expected Corrupt, got {e:?}"),
            Ok(_) => {}
        }
    }
    let (bytes, store) = found.expect("a check-in page in the second half");
    assert!(store.is_damaged());
    let write = store.log_checkin(&NewCheckin {
        data: CheckinData::Daily { mood: 3, craving: None },
        note: None,
        at: at("2026-03-01T12:00:00Z"),
        zone: tz("UTC"),
        idempotency_key: None,
    });
    assert!(matches!(write, Err(Error::Corrupt { .. })), "{write:?}");
    drop(store);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "a damaged store is never written to"
    );
    assert_eq!(folder(dir.path()), files, "no WAL or SHM left beside it");

    // The background check finds it too, without any read of the user's having met it.
    for _ in 0..2 {
        let store = Store::open(&path, &KEY).unwrap();
        match store.check_integrity(at("2026-03-01T12:00:00Z"), false) {
            Err(Error::Corrupt { .. }) => {}
            other => panic!("expected Corrupt, got {other:?}"),
        }
        assert!(store.is_damaged());
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "a damaged store is never written to"
    );
    assert_eq!(folder(dir.path()), files, "no WAL or SHM left beside it");
}

/// The full check runs at most daily unless forced, and remembers when it last passed.
#[test]
fn the_full_check_runs_at_most_daily_and_remembers_its_pass() {
    let f = fresh();
    let t0 = at("2026-03-01T12:00:00Z");
    let first = f.store.check_integrity(t0, false).unwrap();
    assert_eq!((first.ran, first.last_passed), (true, Some(t0)));
    let soon = f
        .store
        .check_integrity(t0 + chrono::Duration::hours(23), false)
        .unwrap();
    assert_eq!((soon.ran, soon.last_passed), (false, Some(t0)));
    let forced = f.store.check_integrity(t0 + chrono::Duration::hours(1), true).unwrap();
    assert!(forced.ran);
    let path = f.path();
    drop(f.store);
    let again = Store::open(&path, &KEY).unwrap();
    let next_day = again.check_integrity(t0 + chrono::Duration::hours(26), false).unwrap();
    assert!(next_day.ran, "a day after the last pass it runs again");
    // A clock set back never postpones it.
    assert!(
        again
            .check_integrity(t0 - chrono::Duration::days(3), false)
            .unwrap()
            .ran
    );
}

#[test]
fn a_zeroed_page_is_salvaged_into_a_backup_that_restores_and_quarantine_accepts_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let pages = std::fs::metadata(&path).unwrap().len() as usize / PAGE;
    let original = std::fs::read(&path).unwrap();
    // Which page holds check-ins depends on the schema's layout, so zero pages from the end (where
    // the check-ins written last live) until one of them is a check-in page: at least one must be.
    let mut found = None;
    for page in (pages / 2..pages - 1).rev() {
        std::fs::write(&path, &original).unwrap();
        let bytes = damage(&path, page, true);
        let salvage = Store::salvage(&path, &KEY).unwrap();
        if salvage
            .report
            .unreadable
            .iter()
            .any(|u| u.starts_with("check-ins with ids"))
        {
            found = Some((bytes, salvage));
            break;
        }
    }
    let (bytes, salvage) = found.expect("no page of the second half holds check-ins");
    let r = &salvage.report;
    assert!(!r.complete(), "{r:?}");
    assert_eq!(r.people, 5, "{r:?}");
    assert_eq!(r.networks, 1, "{r:?}");
    assert!(r.checkins > 300 && r.checkins < 400, "{r:?}");
    assert!(
        r.unreadable.iter().any(|u| u.starts_with("check-ins with ids")),
        "{r:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "salvage only reads");

    // The salvage restores into a new store as an ordinary backup.
    let f = fresh();
    let sum = f.store.import_backup(salvage.json.as_bytes(), None, false).unwrap();
    assert_eq!(sum.checkins, r.checkins);
    assert_eq!(sum.people, 5);

    // The file version goes through the private writer, and quarantine accepts the store.
    let out = dir.path().join("salvage.json");
    let report = Store::salvage_to_file(&path, &KEY, &out, None).unwrap();
    assert_eq!(&report, r);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), salvage.json);
    let moved = tend_core::store::quarantine_unreadable(&path, &KEY, at("2026-02-01T00:00:00Z")).unwrap();
    assert_eq!(std::fs::read(&moved).unwrap(), bytes);
    assert!(!path.exists());
}

#[test]
fn a_healthy_store_salvages_to_its_backup_and_is_never_quarantined() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    let store = Store::open(&path, &KEY).unwrap();
    let backup = store.backup_json().unwrap();
    drop(store);
    let s = Store::salvage(&path, &KEY).unwrap();
    assert!(s.report.complete(), "{:?}", s.report);
    assert_eq!(s.report.dropped_references, 0);
    assert_eq!(s.json, backup);

    let before = std::fs::read(&path).unwrap();
    let e = tend_core::store::quarantine_unreadable(&path, &KEY, at("2026-02-01T00:00:00Z")).unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A missing store is never created by quarantine.
    let missing = dir.path().join("nothing.db");
    let e = tend_core::store::quarantine_unreadable(&missing, &KEY, at("2026-02-01T00:00:00Z")).unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e:?}");
    assert!(!missing.exists());
}

#[cfg(unix)]
#[test]
fn a_store_unreadable_only_for_permissions_is_never_moved() {
    use std::os::unix::fs::PermissionsExt;
    if unsafe_is_root() {
        return; // root reads any file; the case cannot be set up
    }
    let dir = tempfile::tempdir().unwrap();
    let path = filled(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let e = tend_core::store::quarantine_unreadable(&path, &KEY, at("2026-02-01T00:00:00Z")).unwrap_err();
    assert!(matches!(e, Error::Io(_)), "{e:?}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(path.exists());
    Store::open(&path, &KEY).unwrap();
}

#[cfg(unix)]
fn unsafe_is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// What the healthy store at `path` holds on each page, as SQLite's `dbstat` tells it:
/// page → (table or index, page type, cells).
fn page_map(path: &Path) -> std::collections::BTreeMap<i64, (String, String, i64)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";")).unwrap();
    c.prepare("SELECT pageno, name, pagetype, ncell FROM dbstat")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?))))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The rows of each table a backup document carries, as text (one string per row), for the
/// tables the sweep follows. Kinds of support are kept only for people the document has: a lost
/// person takes theirs along, as deleting them would.
fn rows_of(doc: &serde_json::Value) -> std::collections::BTreeMap<&'static str, std::collections::BTreeSet<String>> {
    let mut out: std::collections::BTreeMap<&'static str, std::collections::BTreeSet<String>> = Default::default();
    for c in doc["checkins"].as_array().unwrap() {
        out.entry("checkin").or_default().insert(c.to_string());
    }
    for n in doc["networks"].as_array().unwrap() {
        out.entry("network").or_default().insert(n.to_string());
    }
    for p in doc["people"].as_array().unwrap() {
        let mut own = p.clone();
        let o = own.as_object_mut().unwrap();
        for part in ["support", "contacts", "windows", "networks"] {
            o.remove(part);
        }
        out.entry("person").or_default().insert(own.to_string());
        for k in p["support"].as_array().unwrap() {
            out.entry("person_support")
                .or_default()
                .insert(format!("{} {k}", p["id"]));
        }
    }
    for (k, v) in doc["settings"].as_object().unwrap() {
        out.entry("setting").or_default().insert(format!("{k}={v}"));
    }
    out
}

/// Every page of a store with 300 check-ins (and people, a network, settings) damaged in turn by
/// one flipped bit: salvage never says "wrong key" with the right key unless the damaged page is
/// the first (the one every read starts from), and each damaged page loses at most the rows SQLite
/// stored on it (a leaf's rows, a WITHOUT ROWID tree's cells, or the one row whose overflow page
/// it is): a broken branch or a damaged schema page costs nothing by itself. Nothing is invented.
#[test]
fn every_damaged_page_loses_at_most_its_own_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    {
        let store = Store::open(&path, &KEY).unwrap();
        let net = common::network(&store, "Recovery", Some("2025-01-01"));
        for i in 0..3 {
            common::person_at(
                &store,
                &format!("Person {i}"),
                Role::Friend,
                &[net],
                Some(7),
                "2026-01-01T00:00:00Z",
            );
        }
        store.set_setting("quiet_hours", "23:00-06:00").unwrap();
        for i in 0..300 {
            // A few notes long enough to spill onto overflow pages.
            let note = if i % 100 == 7 {
                "a very long day ".repeat(250)
            } else {
                format!("{i} {}", "one day at a time ".repeat(4))
            };
            store
                .log_checkin(&NewCheckin {
                    data: CheckinData::Daily {
                        mood: 1 + (i % 5) as u8,
                        craving: None,
                    },
                    note: Some(note),
                    at: at("2026-01-02T12:00:00Z") + chrono::Duration::minutes(i),
                    zone: tz("UTC"),
                    idempotency_key: None,
                })
                .unwrap();
        }
    }
    let healthy_doc: serde_json::Value = serde_json::from_str(&Store::salvage(&path, &KEY).unwrap().json).unwrap();
    let healthy = rows_of(&healthy_doc);
    assert_eq!(healthy["checkin"].len(), 300);
    let map = page_map(&path);
    let original = std::fs::read(&path).unwrap();
    let pages = original.len() / PAGE;
    assert!(pages > 40, "{pages} pages");
    let mut lost_somewhere = 0;
    for page in 1..=pages {
        let mut bytes = original.clone();
        bytes[(page - 1) * PAGE + 100] ^= 0x01;
        std::fs::write(&path, &bytes).unwrap();
        let here = map.get(&(page as i64));
        let salvage = match Store::salvage(&path, &KEY) {
            Ok(s) => s,
            Err(Error::WrongKey { .. }) if page == 1 => continue,
            Err(e) => panic!("page {page} ({here:?}): {e}"),
        };
        let doc: serde_json::Value = serde_json::from_str(&salvage.json).unwrap();
        let got = rows_of(&doc);
        let people: Vec<String> = doc["people"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| format!("{} ", p["id"]))
            .collect();
        for (table, want) in &healthy {
            let empty = Default::default();
            let saved = got.get(table).unwrap_or(&empty);
            let invented: Vec<&String> = saved.difference(want).collect();
            assert!(
                invented.is_empty(),
                "page {page}: {table} rows not in the store: {invented:?}"
            );
            let lost = want
                .difference(saved)
                .filter(|r| *table != "person_support" || people.iter().any(|p| r.starts_with(p.as_str())))
                .count();
            let on_page = match here {
                Some((name, ty, cells))
                    if name == table
                        && (ty == "leaf" || (ty == "internal" && matches!(*table, "person_support" | "setting"))) =>
                {
                    *cells as usize
                }
                Some((name, ty, _)) if name == table && ty == "overflow" => 1,
                _ => 0,
            };
            assert!(
                lost <= on_page,
                "page {page} ({here:?}) lost {lost} {table} rows, it held {on_page}: {:?}",
                salvage.report.unreadable
            );
            lost_somewhere += lost;
            if lost > 0 {
                assert!(!salvage.report.complete(), "page {page}: a loss is reported");
            }
        }
        // The file is only read.
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
    assert!(lost_somewhere > 0, "some pages held rows: the sweep damaged real data");
}
