//! Writers during a long import: a check-in from a second connection (a reminder receiver while
//! the app imports a regional feed) waits for the import's transaction and then succeeds.

mod common;

use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use common::{KEY, at, fresh, tz};
use tend_core::Store;
use tend_core::checkins::{CheckinData, CheckinQuery, NewCheckin};

/// A feed of `n` weekly meetings, generated so the test needs no large fixture.
fn feed(n: usize) -> String {
    let records: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"name":"Meeting {i}","slug":"m{i}","day":{},"time":"{:02}:{:02}","timezone":"America/Toronto","latitude":44.{i},"longitude":-77.38,"types":["O"]}}"#,
                i % 7,
                8 + i % 12,
                i % 60
            )
        })
        .collect();
    format!("[{}]", records.join(","))
}

#[test]
fn a_check_in_during_a_long_feed_import_waits_and_succeeds() {
    let f = fresh();
    let path = f.path();
    let feed = feed(20_000);
    let (started, import_holds_the_lock) = mpsc::channel();
    // When the import's transaction stopped dawdling: it commits only after this instant, so a
    // check-in that waited for it cannot have finished earlier.
    let dawdled_until = Arc::new(Mutex::new(None));
    let dawdled = Arc::clone(&dawdled_until);
    let importer = std::thread::spawn(move || {
        let store = Store::open(&path, &KEY).unwrap();
        let mut first = true;
        store.import_directory_with_progress("region", feed.as_bytes(), None, at("2026-11-25T18:00:00Z"), &mut |_| {
            if std::mem::take(&mut first) {
                started.send(()).unwrap();
                // A slow phone on a large feed: the import's one transaction stays open well
                // past the 5 s writers used to wait.
                std::thread::sleep(Duration::from_secs(7));
                *dawdled.lock().unwrap() = Some(Instant::now());
            }
        })
    });
    import_holds_the_lock
        .recv_timeout(Duration::from_secs(120))
        .expect("the import reports progress");
    let checkin = NewCheckin {
        data: CheckinData::Daily { mood: 3, craving: None },
        note: None,
        at: at("2026-11-25T18:01:00Z"),
        zone: tz("America/Toronto"),
        idempotency_key: None,
    };
    let logged = f.store.log_checkin(&checkin);
    let logged_at = Instant::now();
    let report = importer.join().unwrap().unwrap();
    let dawdled_until = dawdled_until.lock().unwrap().expect("the import reported progress");
    assert_eq!(report.created, 20_000, "{report:?}");
    let logged = logged.expect("the check-in waits for the import instead of failing");
    assert!(logged_at >= dawdled_until, "it waited for the import's commit");
    assert_eq!(f.store.checkins(&CheckinQuery::default()).unwrap(), vec![logged]);
}
