//! What a refresh costs next to reading the same list from a file, measured in the same run: a
//! 3,000-meeting Meeting Guide feed served on loopback. An unchanged list (no validators, so the
//! body hash decides) against re-importing the unchanged file; a changed list (a tenth of the
//! meetings renamed) against importing the changed file into a store in the same state. Prints
//! the medians and their ratios (the goal: a changed refresh within 1.5× the import).
//!
//! cargo run --release -p tend-core --features fetch --example bench_sources

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use tend_core::Store;
use tend_core::directory::sources::fetch::FetchLimits;
use tend_core::directory::sources::{NewSource, RefreshOutcome};

const MEETINGS: usize = 3000;
const ROUNDS: usize = 7;

fn feed(rename_every: Option<usize>, round: usize) -> String {
    let mut out = Vec::with_capacity(MEETINGS);
    for i in 0..MEETINGS {
        let renamed = rename_every.is_some_and(|n| i % n == 0);
        let name = if renamed {
            format!("Meeting {i} (round {round})")
        } else {
            format!("Meeting {i}")
        };
        out.push(serde_json::json!({
            "slug": format!("m{i}"), "name": name, "day": i % 7, "time": format!("{:02}:{:02}", 6 + i % 15, (i * 7) % 60),
            "end_time": format!("{:02}:{:02}", 7 + i % 15, (i * 7) % 60),
            "location": format!("Hall {}", i % 400), "address": format!("{} Main St", i), "city": "Springfield",
            "latitude": 40.0 + (i % 100) as f64 * 0.01, "longitude": -74.0 - (i / 100) as f64 * 0.01,
            "types": ["O", "D"], "timezone": "America/New_York"
        }));
    }
    serde_json::to_string(&out).unwrap_or_default()
}

/// Serves whatever `body` holds to each request on loopback until `stop` (at most ten minutes).
fn serve(body: Arc<Mutex<String>>, stop: Arc<AtomicBool>) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let url = format!("http://{}/feed", listener.local_addr().expect("address"));
    listener.set_nonblocking(true).expect("nonblocking");
    let t = std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(600);
        while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
            let Ok((mut s, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(1));
                continue;
            };
            let _ = s.set_nonblocking(false);
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            let b = body.lock().map(|b| b.clone()).unwrap_or_default();
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                b.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(b.as_bytes());
        }
    });
    (url, t)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = [9u8; 32];
    let via_http = Store::open(dir.path().join("http.db"), &key).expect("store");
    let via_file = Store::open(dir.path().join("file.db"), &key).expect("store");
    let limits = FetchLimits::default();
    let tz: chrono_tz::Tz = "America/New_York".parse().expect("zone");

    let body = Arc::new(Mutex::new(feed(None, 0)));
    let stop = Arc::new(AtomicBool::new(false));
    let (url, server) = serve(body.clone(), stop.clone());
    let file = dir.path().join("feed.json");
    std::fs::write(&file, feed(None, 0)).expect("write feed");

    let (source, _) = via_http
        .add_meeting_source(
            &NewSource {
                url: url.clone(),
                ..Default::default()
            },
            Utc::now(),
            &limits,
        )
        .expect("add");
    via_file
        .import_directory_file(&source.id, &file, Some(tz), Utc::now())
        .expect("import");
    println!(
        "{MEETINGS} meetings, {:.1} MB of JSON, {ROUNDS} rounds each (medians)",
        std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
    );

    let (mut refresh, mut import) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let r = via_http
            .refresh_meeting_source(&source.id, None, Utc::now(), &limits)
            .expect("refresh");
        refresh.push(t.elapsed());
        assert_eq!(r.outcome, RefreshOutcome::Unchanged);
        let t = Instant::now();
        via_file
            .import_directory_file(&source.id, &file, Some(tz), Utc::now())
            .expect("import");
        import.push(t.elapsed());
    }
    let (r, i) = (median(refresh), median(import));
    println!(
        "unchanged list: refresh {:>8.1} ms   file re-import {:>8.1} ms   ratio {:.2}",
        r.as_secs_f64() * 1e3,
        i.as_secs_f64() * 1e3,
        r.as_secs_f64() / i.as_secs_f64()
    );

    let (mut refresh, mut import) = (Vec::new(), Vec::new());
    for round in 1..=ROUNDS {
        let changed = feed(Some(10), round);
        if let Ok(mut b) = body.lock() {
            *b = changed.clone();
        }
        std::fs::write(&file, &changed).expect("write feed");
        let t = Instant::now();
        let r = via_http
            .refresh_meeting_source(&source.id, None, Utc::now(), &limits)
            .expect("refresh");
        refresh.push(t.elapsed());
        assert_eq!(r.outcome, RefreshOutcome::Updated);
        let t = Instant::now();
        via_file
            .import_directory_file(&source.id, &file, Some(tz), Utc::now())
            .expect("import");
        import.push(t.elapsed());
    }
    let (r, i) = (median(refresh), median(import));
    println!(
        "changed list:   refresh {:>8.1} ms   file import    {:>8.1} ms   ratio {:.2} (goal ≤ 1.5)",
        r.as_secs_f64() * 1e3,
        i.as_secs_f64() * 1e3,
        r.as_secs_f64() / i.as_secs_f64()
    );
    stop.store(true, Ordering::SeqCst);
    let _ = server.join();
}
