//! Meeting sources fetched from a tiny HTTP server on loopback (the `fetch` feature): real-world
//! TSML quirks, BMLT, conditional GET, every failure a person may meet (private, gone, broken,
//! stalled, cut short, too big, downgraded to plain http), and a joined meeting a list drops. In
//! every failure the last good list stays. The server answers only on 127.0.0.1, handles one
//! connection at a time, and stops when its test ends (or after a minute, whatever happens).

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::{at, fresh};
use tend_core::Store;
use tend_core::directory::sources::fetch::FetchLimits;
use tend_core::directory::sources::{FetchFailure, NewSource, RefreshOutcome};
use tend_core::directory::{GeoPoint, SearchQuery};

/// What the server does with one request.
#[derive(Clone)]
enum Reply {
    /// Status, extra headers, body (Content-Length set).
    Full(u16, Vec<(String, String)>, Vec<u8>),
    /// Headers saying `declared` bytes, then `body`, then the connection closes.
    Short { declared: usize, body: Vec<u8> },
    /// Headers and a first piece of the body, then nothing until the client gives up.
    Stall(Vec<u8>),
}

fn json(body: &str) -> Reply {
    Reply::Full(
        200,
        vec![("Content-Type".into(), "application/json".into())],
        body.as_bytes().to_vec(),
    )
}

fn status(code: u16) -> Reply {
    Reply::Full(code, vec![], b"nope".to_vec())
}

/// One request as the server saw it: the path and query, and the headers (names lower-case).
#[derive(Debug, Clone)]
struct Seen {
    target: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

type Route = Box<dyn FnMut(&Seen) -> Reply + Send>;

struct Server {
    port: u16,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
    route: Arc<Mutex<Route>>,
    thread: Option<JoinHandle<()>>,
}

fn read_request(s: &mut TcpStream) -> Option<Seen> {
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 64 * 1024 {
        let n = s.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let text = String::from_utf8_lossy(&buf);
    let mut lines = text.split("\r\n");
    let target = lines.next()?.split(' ').nth(1)?.to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Seen { target, headers })
}

fn head(code: u16, len: usize, extra: &[(String, String)]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {code} X\r\nContent-Length: {len}\r\nConnection: close\r\n");
    for (n, v) in extra {
        h.push_str(&format!("{n}: {v}\r\n"));
    }
    h.push_str("\r\n");
    h.into_bytes()
}

impl Server {
    fn start(route: impl FnMut(&Seen) -> Reply + Send + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let route: Arc<Mutex<Route>> = Arc::new(Mutex::new(Box::new(route)));
        let (stop2, seen2, route2) = (stop.clone(), seen.clone(), route.clone());
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !stop2.load(Ordering::SeqCst) && Instant::now() < deadline {
                let Ok((mut s, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                };
                let _ = s.set_nonblocking(false);
                let Some(req) = read_request(&mut s) else { continue };
                seen2.lock().unwrap().push(req.clone());
                let reply = (route2.lock().unwrap())(&req);
                match reply {
                    Reply::Full(code, extra, body) => {
                        let _ = s.write_all(&head(code, body.len(), &extra));
                        let _ = s.write_all(&body);
                    }
                    Reply::Short { declared, body } => {
                        let _ = s.write_all(&head(200, declared, &[]));
                        let _ = s.write_all(&body);
                    }
                    Reply::Stall(first) => {
                        let _ = s.write_all(&head(200, first.len() * 100, &[]));
                        let _ = s.write_all(&first);
                        let _ = s.flush();
                        // Silent until the client hangs up or the test ends (bounded).
                        let until = Instant::now() + Duration::from_secs(20);
                        while !stop2.load(Ordering::SeqCst) && Instant::now() < until {
                            std::thread::sleep(Duration::from_millis(20));
                        }
                    }
                }
                let _ = s.flush();
            }
        });
        Server {
            port,
            stop,
            seen,
            route,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn set(&self, route: impl FnMut(&Seen) -> Reply + Send + 'static) {
        *self.route.lock().unwrap() = Box::new(route);
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    at("2026-03-02T15:00:00Z")
}

fn quick() -> FetchLimits {
    FetchLimits {
        total: Duration::from_secs(4),
        stall: Duration::from_secs(1),
        max_bytes: 1024 * 1024,
    }
}

/// A TSML feed as real sites send it: days as strings and lists, coordinates as strings, a
/// record without a slug, records without a zone, a temporarily closed location.
const QUIRKY: &str = r#"[
 {"slug": "morning", "name": "Morning Light", "day": "1", "time": "07:00",
  "latitude": "40.7130", "longitude": "-74.0070", "address": "1 Main St", "city": "New York",
  "types": ["O", "D"]},
 {"slug": 17, "name": "Two Days", "day": ["1", "Wednesday"], "time": "7:00 PM",
  "latitude": 40.72, "longitude": -74.0, "timezone": "America/New_York"},
 {"name": "No Slug Here", "day": 2, "time": "12:00", "latitude": 40.7, "longitude": -74.0},
 {"slug": "closed-for-now", "name": "Church Basement", "day": 4, "time": "18:00",
  "latitude": 40.71, "longitude": -74.01, "types": ["C", "TC"]}
]"#;

fn near_nyc() -> SearchQuery {
    SearchQuery {
        near: Some(GeoPoint {
            latitude: 40.71,
            longitude: -74.01,
        }),
        within_km: Some(10.0),
        ..Default::default()
    }
}

fn names(store: &Store) -> Vec<String> {
    let mut v: Vec<String> = store
        .search_directory(&near_nyc(), now())
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Adds the loopback feed at /feed as a source (zone New York) and returns its id.
fn add_feed(store: &Store, server: &Server) -> String {
    let (s, r) = store
        .add_meeting_source(
            &NewSource {
                url: server.url("/feed"),
                name: Some("Test intergroup".into()),
                timezone: Some("America/New_York".into()),
                ..Default::default()
            },
            now(),
            &quick(),
        )
        .unwrap();
    assert_eq!(r.outcome, RefreshOutcome::Updated);
    s.id
}

#[test]
fn a_home_page_leads_to_its_feed_and_real_world_quirks_are_read() {
    let server = Server::start(|req| match req.target.as_str() {
        "/" => Reply::Full(
            200,
            vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
            br#"<html><head><title>Intergroup</title>
                <link rel="alternate" type="application/json" title="Meetings Feed" href="/feed?x=1">
                </head><body>Meetings</body></html>"#
                .to_vec(),
        ),
        "/feed?x=1" => json(QUIRKY),
        _ => status(404),
    });
    let f = fresh();
    let (source, report) = f
        .store
        .add_meeting_source(
            &NewSource {
                url: server.url("/"),
                timezone: Some("America/New_York".into()),
                ..Default::default()
            },
            now(),
            &quick(),
        )
        .unwrap();
    assert_eq!(source.url, server.url("/feed?x=1"), "the feed the page announced");
    assert_eq!(source.fellowship, "AA");
    let import = report.import.unwrap();
    assert_eq!(import.created, 3, "{import:?}");
    assert_eq!(import.skipped_count, 1);
    assert!(import.skipped[0].reason.contains("slug"), "{:?}", import.skipped);
    assert_eq!(names(&f.store), vec!["Church Basement", "Morning Light", "Two Days"]);
    let found = f.store.search_directory(&near_nyc(), now()).unwrap();
    let two: Vec<_> = found.iter().filter(|m| m.name == "Two Days").collect();
    assert_eq!(two.len(), 2, "a day list is two slots");
    assert!(two.iter().all(|m| m.time.as_deref() == Some("19:00")));
    let morning = found.iter().find(|m| m.name == "Morning Light").unwrap();
    assert_eq!(
        morning.timezone, "America/New_York",
        "the source's zone for a record without one"
    );
    assert_eq!(morning.weekday, Some(1));
    let closed = found.iter().find(|m| m.name == "Church Basement").unwrap();
    assert!(
        closed.types.contains(&"TC".to_string()),
        "temporarily closed is shown as such"
    );
    assert_eq!(closed.feed, source.id, "the directory files it under the source");

    // What the server learned: the address, Tend's name and version, gzip accepted. No cookie,
    // no identifier, no position.
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    for s in &seen {
        assert_eq!(
            s.header("user-agent"),
            Some(format!("Tend/{}", env!("CARGO_PKG_VERSION")).as_str())
        );
        assert!(s.header("accept-encoding").is_some_and(|e| e.contains("gzip")));
        assert!(s.header("cookie").is_none());
        let names: Vec<&str> = s.headers.iter().map(|(n, _)| n.as_str()).collect();
        for n in &names {
            assert!(
                ["host", "user-agent", "accept", "accept-encoding"].contains(n),
                "unexpected header {n}"
            );
        }
    }
}

#[test]
fn an_unchanged_list_rewrites_nothing_and_validators_are_sent_back() {
    let server = Server::start(|_| json(QUIRKY));
    let f = fresh();
    let id = add_feed(&f.store, &server);
    let before = f.store.search_directory(&near_nyc(), now()).unwrap();

    // No validators: the same bytes hash the same.
    let later = at("2026-03-05T15:00:00Z");
    let r = f.store.refresh_meeting_source(&id, None, later, &quick()).unwrap();
    assert_eq!(r.outcome, RefreshOutcome::Unchanged);
    assert!(r.import.is_none(), "nothing was read into the directory");
    assert_eq!(r.fetched_at, Some(later), "checked now: 'updated' moves on");
    assert_eq!(f.store.search_directory(&near_nyc(), now()).unwrap(), before);

    // With an ETag and Last-Modified, the next request asks conditionally and a 304 is enough.
    server.set(|req| {
        if req.header("if-none-match") == Some("\"v1\"") {
            return Reply::Full(304, vec![], Vec::new());
        }
        Reply::Full(
            200,
            vec![
                ("ETag".into(), "\"v1\"".into()),
                ("Last-Modified".into(), "Mon, 02 Mar 2026 10:00:00 GMT".into()),
            ],
            QUIRKY.replace("Morning Light", "Morning Light Group").into_bytes(),
        )
    });
    let r = f.store.refresh_meeting_source(&id, None, later, &quick()).unwrap();
    assert_eq!(r.outcome, RefreshOutcome::Updated);
    assert_eq!(r.import.as_ref().map(|i| (i.updated, i.unchanged)), Some((1, 2)));
    let r = f.store.refresh_meeting_source(&id, None, later, &quick()).unwrap();
    assert_eq!(r.outcome, RefreshOutcome::Unchanged);
    let last = server.seen().pop().unwrap();
    assert_eq!(last.header("if-none-match"), Some("\"v1\""));
    assert_eq!(last.header("if-modified-since"), Some("Mon, 02 Mar 2026 10:00:00 GMT"));
    assert!(names(&f.store).contains(&"Morning Light Group".to_string()));
}

#[test]
fn every_failure_keeps_the_last_good_list_and_says_why() {
    let server = Server::start(|_| json(QUIRKY));
    let f = fresh();
    let id = add_feed(&f.store, &server);
    let good = names(&f.store);
    assert_eq!(good.len(), 3);
    let port = server.port;
    let cases: Vec<(Reply, FetchFailure, Option<u16>)> = vec![
        (status(401), FetchFailure::Private, Some(401)),
        (status(403), FetchFailure::Private, Some(403)),
        (status(404), FetchFailure::NotFound, Some(404)),
        (status(500), FetchFailure::ServerError, Some(500)),
        (
            Reply::Short {
                declared: 5000,
                body: QUIRKY.as_bytes()[..200].to_vec(),
            },
            FetchFailure::Truncated,
            None,
        ),
        (
            Reply::Full(200, vec![], vec![b' '; 2 * 1024 * 1024]),
            FetchFailure::TooBig,
            None,
        ),
        (
            Reply::Full(
                302,
                vec![("Location".into(), format!("http://127.0.0.1:{port}/plain"))],
                Vec::new(),
            ),
            FetchFailure::Insecure,
            None,
        ),
        (
            Reply::Full(
                200,
                vec![("Content-Type".into(), "text/html".into())],
                b"<html><body>Please log in</body></html>".to_vec(),
            ),
            FetchFailure::NotAList,
            None,
        ),
        (json("[{\"slug\": 1, \"name\": "), FetchFailure::NotAList, None),
    ];
    for (i, (reply, want, code)) in cases.into_iter().enumerate() {
        server.set(move |_| reply.clone());
        let when = now() + chrono::Duration::hours(i as i64 + 1);
        let r = f.store.refresh_meeting_source(&id, None, when, &quick()).unwrap();
        assert_eq!(
            (r.outcome, r.failure, r.failure_status),
            (RefreshOutcome::Failed, Some(want), code),
            "case {i}"
        );
        assert_eq!(
            r.fetched_at,
            Some(now()),
            "case {i}: last updated when the good list came"
        );
        assert_eq!(names(&f.store), good, "case {i}: the last good list stays");
        let status = f.store.meeting_source(&id).unwrap().status.unwrap();
        assert_eq!(
            (status.failure, status.checked_at),
            (Some(want), Some(when)),
            "case {i}"
        );
        assert_eq!(status.meetings, 3, "case {i}");
    }
    // The plain-http address the redirect named was never asked.
    assert!(server.seen().iter().all(|s| s.target != "/plain"));
    assert!(FetchFailure::Private.words().contains("private"));

    // A good answer clears the failure.
    server.set(|_| json(QUIRKY));
    let r = f.store.refresh_meeting_source(&id, None, now(), &quick()).unwrap();
    assert_eq!(r.outcome, RefreshOutcome::Unchanged);
    assert_eq!(f.store.meeting_source(&id).unwrap().status.unwrap().failure, None);
}

#[test]
fn a_stalling_server_is_given_up_on_in_bounded_time() {
    let server = Server::start(|_| json(QUIRKY));
    let f = fresh();
    let id = add_feed(&f.store, &server);
    server.set(|_| Reply::Stall(b"[{\"slug\": \"a\",".to_vec()));
    let started = Instant::now();
    let r = f.store.refresh_meeting_source(&id, None, now(), &quick()).unwrap();
    let took = started.elapsed();
    assert_eq!(r.failure, Some(FetchFailure::TimedOut));
    assert!(took < Duration::from_secs(6), "gave up after {took:?}");
    assert_eq!(names(&f.store).len(), 3, "the old list stays");
}

#[test]
fn gzip_is_accepted_and_the_cap_counts_what_it_unpacks_to() {
    use std::io::Write as _;
    let gz = |b: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    };
    let small = gz(QUIRKY.as_bytes());
    let server =
        Server::start(move |_| Reply::Full(200, vec![("Content-Encoding".into(), "gzip".into())], small.clone()));
    let f = fresh();
    let id = add_feed(&f.store, &server);
    assert_eq!(names(&f.store).len(), 3);
    // 2 MB of spaces packs to a few kB: over the 1 MB cap once unpacked.
    let bomb = gz(&vec![b' '; 2 * 1024 * 1024]);
    assert!(bomb.len() < 10_000);
    server.set(move |_| Reply::Full(200, vec![("Content-Encoding".into(), "gzip".into())], bomb.clone()));
    let r = f.store.refresh_meeting_source(&id, None, now(), &quick()).unwrap();
    assert_eq!(r.failure, Some(FetchFailure::TooBig));
    assert_eq!(names(&f.store).len(), 3);
}

#[test]
fn a_joined_meeting_the_list_drops_stays_the_users_marked_no_longer_listed() {
    let server = Server::start(|_| json(QUIRKY));
    let f = fresh();
    let id = add_feed(&f.store, &server);
    let morning = f
        .store
        .search_directory(&near_nyc(), now())
        .unwrap()
        .into_iter()
        .find(|m| m.name == "Morning Light")
        .unwrap();
    let g = f.store.join_directory_meeting(morning.id, None, false, now()).unwrap();
    assert_eq!(g.listed, Some(true));

    let without: Vec<serde_json::Value> = serde_json::from_str::<Vec<serde_json::Value>>(QUIRKY)
        .unwrap()
        .into_iter()
        .filter(|v| v["slug"] != "morning")
        .collect();
    let body = serde_json::to_string(&without).unwrap();
    server.set(move |_| json(&body));
    let r = f.store.refresh_meeting_source(&id, None, now(), &quick()).unwrap();
    let import = r.import.unwrap();
    assert_eq!((import.removed, import.joined_unlisted), (1, 1), "{import:?}");
    let g = f.store.group(g.id).unwrap();
    assert_eq!(g.listed, Some(false), "kept, no longer listed");
    assert_eq!(g.meetings.len(), 1, "its meeting and reminders stay");
    assert!(!names(&f.store).contains(&"Morning Light".to_string()));

    // Removing the source does the same for the rest, and forgets the source.
    let other = f
        .store
        .search_directory(&near_nyc(), now())
        .unwrap()
        .into_iter()
        .find(|m| m.name == "Church Basement")
        .unwrap();
    let g2 = f.store.join_directory_meeting(other.id, None, false, now()).unwrap();
    let r = f.store.remove_meeting_source(&id, now()).unwrap();
    assert_eq!(r.joined_unlisted, 1);
    assert_eq!(f.store.group(g2.id).unwrap().listed, Some(false));
    assert!(names(&f.store).is_empty());
    assert!(f.store.meeting_source(&id).is_err());
}

const BMLT: &str = r#"[
 {"id_bigint": "101", "meeting_name": "Just for Today", "weekday_tinyint": "2", "start_time": "19:30:00",
  "duration_time": "01:30:00", "venue_type": "1", "formats": "O,BT,WC", "latitude": "40.7135",
  "longitude": "-74.0080", "location_text": "Community Hall", "location_street": "5 Elm St",
  "location_municipality": "New York", "location_province": "NY", "time_zone": "America/New_York"},
 {"id_bigint": "102", "meeting_name": "Online Hope", "weekday_tinyint": "7", "start_time": "21:00:00",
  "duration_time": "01:00:00", "venue_type": "2", "formats": "VM,C", "latitude": "40.7", "longitude": "-74.0",
  "virtual_meeting_link": "https://zoom.us/j/123", "time_zone": ""},
 {"id_bigint": "103", "meeting_name": "Bad Day", "weekday_tinyint": "9", "start_time": "10:00:00"}
]"#;

#[test]
fn bmlt_by_service_body_reads_into_the_same_directory() {
    let server = Server::start(|req| {
        if req.target.contains("switcher=GetSearchResults") {
            json(BMLT)
        } else {
            status(404)
        }
    });
    let f = fresh();
    let (s, r) = f
        .store
        .add_meeting_source(
            &NewSource {
                url: server.url("/main_server/"),
                bmlt_service: Some(42),
                timezone: Some("America/New_York".into()),
                ..Default::default()
            },
            now(),
            &quick(),
        )
        .unwrap();
    assert_eq!(s.fellowship, "NA");
    let asked = &server.seen()[0].target;
    assert!(
        asked.starts_with("/main_server/client_interface/json/?switcher=GetSearchResults&services=42"),
        "{asked}"
    );
    assert!(!asked.contains("lat_val"), "a service body needs no place");
    let import = r.import.unwrap();
    assert_eq!((import.created, import.skipped_count), (2, 1), "{import:?}");
    assert!(import.skipped[0].reason.contains("day"), "{:?}", import.skipped);
    let jft = f
        .store
        .search_directory(&near_nyc(), now())
        .unwrap()
        .into_iter()
        .find(|m| m.name == "Just for Today")
        .unwrap();
    assert_eq!(
        (jft.weekday, jft.time.as_deref(), jft.end_time.as_deref()),
        (Some(1), Some("19:30"), Some("21:00"))
    );
    assert_eq!(jft.types, vec!["O", "BT", "X"]);
    let online = f
        .store
        .search_directory(
            &SearchQuery {
                online: true,
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(online.len(), 1);
    assert_eq!(
        online[0].timezone, "America/New_York",
        "a virtual meeting without a zone takes the source's"
    );
    assert_eq!((online[0].weekday, online[0].latitude), (Some(6), None));

    // `{}` is BMLT's "nothing matched": the list is now empty.
    server.set(|_| json("{}"));
    let r = f.store.refresh_meeting_source(&s.id, None, now(), &quick()).unwrap();
    assert_eq!(r.import.map(|i| i.removed), Some(2));
    assert_eq!(f.store.directory_size().unwrap(), 0);
    // Any other object is not a BMLT answer, and changes nothing.
    server.set(|_| json("{\"error\": \"bad\"}"));
    let r = f.store.refresh_meeting_source(&s.id, None, now(), &quick()).unwrap();
    assert_eq!(r.failure, Some(FetchFailure::NotAList));
}

#[test]
fn sources_near_a_place_come_from_the_catalog_and_a_bmlt_one_needs_an_area() {
    let f = fresh();
    let nyc = GeoPoint {
        latitude: 40.71,
        longitude: -74.01,
    };
    let near = f.store.meeting_sources(Some(nyc), None).unwrap();
    let ids: Vec<&str> = near.iter().map(|s| s.id.as_str()).collect();
    assert!(
        ids.contains(&"aa-new-york") && ids.contains(&"na-greater-new-york"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"aa-toronto"), "{ids:?}");
    assert!(near.iter().all(|s| s.provenance.is_some() && s.status.is_none()));
    let na = f.store.meeting_sources(Some(nyc), Some("Narcotics Anonymous")).unwrap();
    assert!(!na.is_empty() && na.iter().all(|s| s.fellowship == "NA"));
    let e = f
        .store
        .refresh_meeting_source("na-greater-new-york", None, now(), &quick())
        .unwrap_err();
    assert!(e.to_string().contains("near"), "{e}");
    assert!(
        f.store
            .refresh_meeting_source("no-such", None, now(), &quick())
            .is_err()
    );
    // Adding plain http anywhere but this device is refused before anything is sent.
    let e = f
        .store
        .add_meeting_source(
            &NewSource {
                url: "http://aa.example.org/feed".into(),
                ..Default::default()
            },
            now(),
            &quick(),
        )
        .unwrap_err();
    assert!(e.to_string().contains("https"), "{e}");
}
