//! The meeting directory at intergroup scale, each side measured in the same run on the same data:
//!
//! - **import**: a generated 100,000-record Meeting Guide feed through `import_directory` (read as
//!   a stream) against the floor — `serde_json` parsing the whole file and bare rusqlite INSERTs of
//!   the same rows into the same tables, key and pragmas, in one transaction;
//! - **memory**: the peak resident memory (VmHWM) of each import, every phase in a child process
//!   of its own, and of a 250,000-record import, against the goal of 64 MB whatever the size;
//! - **search**: `search_directory` near a point against a bare SQL bounding-box query on the
//!   R*Tree of the same database, returning the same columns.
//!
//! `cargo run --release -p tend-core --example bench_directory [PAIRS]` (default 5)

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tend_core::Store;
use tend_core::directory::{GeoPoint, SearchQuery};

const MEETINGS: usize = 100_000;
const BIG: usize = 250_000;
const PAIRS: usize = 5;
const KEY: [u8; 32] = [42u8; 32];
/// The goal for an import's peak memory, whatever the feed's size.
const MEMORY_GOAL_MB: f64 = 64.0;
/// Cities the generated meetings cluster around, as real intergroup feeds do.
const CITIES: [(f64, f64); 12] = [
    (40.71, -74.01),
    (34.05, -118.24),
    (41.88, -87.63),
    (29.76, -95.37),
    (33.45, -112.07),
    (39.95, -75.17),
    (29.42, -98.49),
    (32.72, -117.16),
    (32.78, -96.80),
    (37.34, -121.89),
    (47.61, -122.33),
    (44.16, -77.38),
];
const WITHIN_KM: f64 = 10.0;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_764_000_000, 0).unwrap_or_default()
}

/// A small deterministic generator, so every run and both sides see the same feed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn record(i: usize, rng: &mut Lcg) -> Value {
    let (cla, clo) = CITIES[i % CITIES.len()];
    let la = cla + (rng.next() - 0.5) * 0.6;
    let lo = clo + (rng.next() - 0.5) * 0.8;
    let online = i.is_multiple_of(10);
    let hybrid = i % 10 == 1;
    let days = if i.is_multiple_of(5) {
        json!([i % 7, (i + 3) % 7])
    } else {
        json!(i % 7)
    };
    json!({
        "name": format!("Group {i}"),
        "slug": format!("group-{i}"),
        "group": format!("Home Group {}", i / 3),
        "day": days,
        "time": format!("{:02}:{:02}", 6 + i % 16, (i % 4) * 15),
        "end_time": format!("{:02}:{:02}", 7 + i % 16, (i % 4) * 15),
        "timezone": "America/New_York",
        "types": ["O", "D"],
        "location": "Community Hall",
        "address": format!("{i} Main St"),
        "city": "Anytown",
        "state": "NY",
        "postal_code": null,
        "country": "US",
        "latitude": la,
        "longitude": lo,
        "approximate": if online { "yes" } else { "no" },
        "attendance_option": if online { "online" } else if hybrid { "hybrid" } else { "in_person" },
        "conference_url": if online || hybrid { Value::from(format!("https://zoom.us/j/{i}")) } else { Value::Null },
        "notes": "Side door.",
        "updated": "2024-01-01 00:00:00",
    })
}

/// Writes an `n`-record feed to `path` one record at a time.
fn write_feed(path: &Path, n: usize) -> Res<u64> {
    let mut w = BufWriter::new(File::create(path)?);
    let mut rng = Lcg(7);
    w.write_all(b"[")?;
    for i in 0..n {
        if i > 0 {
            w.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut w, &record(i, &mut rng))?;
    }
    w.write_all(b"]")?;
    w.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// This process's peak resident memory so far, in MB (Linux's VmHWM).
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

fn bare_connection(path: &Path) -> Res<Connection> {
    let c = Connection::open(path)?;
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!(
        "PRAGMA key = \"x'{hex}'\"; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;
         PRAGMA secure_delete = ON;"
    ))?;
    Ok(c)
}

/// Child: Tend's streaming import of `feed` into a fresh store at `db`.
fn child_import_tend(feed: &Path, db: &Path) -> Res<(Duration, usize)> {
    let store = Store::open(db, &KEY)?;
    let t = Instant::now();
    let r = store.import_directory_file("bench", feed, None, now())?;
    Ok((t.elapsed(), r.created as usize))
}

/// Child: the floor — the whole file parsed by serde_json, bare INSERTs of the same rows.
fn child_import_bare(feed: &Path, db: &Path) -> Res<(Duration, usize)> {
    drop(Store::open(db, &KEY)?);
    let mut c = bare_connection(db)?;
    let t = Instant::now();
    let json = std::fs::read_to_string(feed)?;
    let records: Value = serde_json::from_str(&json)?;
    let tx = c.transaction()?;
    tx.execute(
        "INSERT INTO directory_feed (id, name, generation, imported_at) VALUES (1, 'bench', 1, 0)",
        [],
    )?;
    let mut n = 0;
    {
        let mut m = tx.prepare(
            "INSERT INTO directory_meeting (feed_id, slug, generation, digest, name, group_name, timezone, types,
                 location, address, region, latitude, longitude, placed, attendance, online_url, online_phone, notes, updated)
             VALUES (1, ?1, 1, 0, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9, ?10, ?11, ?12, NULL, ?13, ?14)",
        )?;
        let mut s = tx.prepare(
            "INSERT INTO directory_slot (meeting_id, weekday, start_min, duration_minutes) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut g = tx.prepare(
            "INSERT INTO directory_geo (id, min_lat, max_lat, min_lng, max_lng) VALUES (?1, ?2, ?2, ?3, ?3)",
        )?;
        for r in records.as_array().into_iter().flatten() {
            let t = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("");
            let hm = |v: &str| -> i64 {
                let (h, m) = v.split_once(':').unwrap_or(("0", "0"));
                h.parse::<i64>().unwrap_or(0) * 60 + m.parse::<i64>().unwrap_or(0)
            };
            let address = format!("{}, {}, {}, {}", t("address"), t("city"), t("state"), t("country"));
            let attendance = t("attendance_option");
            let placed = attendance != "online";
            let (la, lo) = (r["latitude"].as_f64(), r["longitude"].as_f64());
            m.execute(params![
                t("slug"),
                t("name"),
                t("group"),
                t("timezone"),
                serde_json::to_string(&r["types"])?,
                t("location"),
                address,
                la,
                lo,
                placed,
                attendance,
                r["conference_url"].as_str(),
                t("notes"),
                t("updated"),
            ])?;
            let id = tx.last_insert_rowid();
            let start = hm(t("time"));
            let duration = hm(t("end_time")) - start;
            let days: Vec<i64> = match &r["day"] {
                Value::Array(a) => a.iter().filter_map(Value::as_i64).collect(),
                d => d.as_i64().into_iter().collect(),
            };
            for d in days {
                s.execute(params![id, d, start, duration])?;
            }
            if placed {
                g.execute(params![id, la, lo])?;
            }
            n += 1;
        }
    }
    tx.commit()?;
    Ok((t.elapsed(), n))
}

/// Child: `reps` searches near each city, Tend's against the bare bounding-box query, alternating
/// per city. The first search from a new place also stores it (for "starting soon"); that one-off
/// write is done before timing, since it happens once per move, not per search.
fn child_search(db: &Path, reps: usize) -> Res<(Duration, Duration, usize, usize)> {
    let store = Store::open(db, &KEY)?;
    let bare = bare_connection(db)?;
    let (mut ours, mut base) = (Duration::ZERO, Duration::ZERO);
    let (mut n_ours, mut n_base) = (0, 0);
    for (la, lo) in CITIES {
        let p = GeoPoint::new(la, lo)?;
        let q = SearchQuery {
            near: Some(p),
            within_km: Some(WITHIN_KM),
            limit: Some(1000),
            ..Default::default()
        };
        store.search_directory(&q, now())?;
        // The same box the search reads (its own slack included).
        let dlat = WITHIN_KM / 6371.0088_f64;
        let dlat = dlat.to_degrees() + 1e-4;
        let dlng = ((WITHIN_KM / 6371.0088_f64).sin() / la.to_radians().cos())
            .asin()
            .to_degrees()
            + 1e-4;
        let mut st = bare.prepare_cached(
            "SELECT m.id, f.name, m.slug, m.name, s.weekday, s.start_min, s.duration_minutes, m.timezone, m.types,
                    m.location, m.address, m.placed, m.latitude, m.longitude, m.online_url, m.online_phone
             FROM directory_geo g JOIN directory_meeting m ON m.id = g.id
             JOIN directory_slot s ON s.meeting_id = m.id JOIN directory_feed f ON f.id = m.feed_id
             WHERE g.min_lat <= ?1 AND g.max_lat >= ?2 AND g.min_lng <= ?3 AND g.max_lng >= ?4",
        )?;
        for _ in 0..reps {
            let t = Instant::now();
            type Row = (
                i64,
                String,
                String,
                String,
                Option<i64>,
                Option<i64>,
                i64,
                String,
                String,
                Option<String>,
                Option<String>,
                bool,
                Option<f64>,
                Option<f64>,
                Option<String>,
                Option<String>,
            );
            let rows: Vec<Row> = st
                .query_map(params![la + dlat, la - dlat, lo + dlng, lo - dlng], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                        r.get(10)?,
                        r.get(11)?,
                        r.get(12)?,
                        r.get(13)?,
                        r.get(14)?,
                        r.get(15)?,
                    ))
                })?
                .collect::<Result<_, _>>()?;
            base += t.elapsed();
            n_base += rows.len();
            drop(rows);

            let t = Instant::now();
            let found = store.search_directory(&q, now())?;
            ours += t.elapsed();
            n_ours += found.len();
        }
    }
    Ok((ours, base, n_ours, n_base))
}

fn run_child(args: &[&str]) -> Res<String> {
    let out = Command::new(std::env::current_exe()?)
        .arg("--child")
        .args(args)
        .output()?;
    if !out.status.success() {
        return Err(format!("child {args:?} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// (seconds, records, peak MB) from an import child.
fn import_child(kind: &str, feed: &Path, dir: &Path, run: usize) -> Res<(f64, usize, f64)> {
    let db = dir.join(format!("{kind}-{run}.db"));
    let out = run_child(&[kind, &feed.display().to_string(), &db.display().to_string()])?;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let v: Vec<f64> = out.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    match v.as_slice() {
        [s, n, mb] => Ok((*s, *n as usize, *mb)),
        _ => Err(format!("unexpected child output {out:?}").into()),
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn child(args: &[String]) -> Res<()> {
    match args {
        [kind, feed, db] if kind == "import-tend" || kind == "import-bare" => {
            let (took, n) = if kind == "import-tend" {
                child_import_tend(Path::new(feed), Path::new(db))?
            } else {
                child_import_bare(Path::new(feed), Path::new(db))?
            };
            println!("{} {n} {}", took.as_secs_f64(), peak_mb());
            Ok(())
        }
        [kind, db, reps] if kind == "search" => {
            let (ours, base, n_ours, n_base) = child_search(Path::new(db), reps.parse()?)?;
            println!("{} {} {n_ours} {n_base}", ours.as_secs_f64(), base.as_secs_f64());
            Ok(())
        }
        _ => Err(format!("unknown child {args:?}").into()),
    }
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        return child(&args[1..]);
    }
    let pairs: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(PAIRS).max(1);
    let dir = tempfile::tempdir()?;
    let feed: PathBuf = dir.path().join("feed.json");
    let bytes = write_feed(&feed, MEETINGS)?;
    println!(
        "feed: {MEETINGS} meetings, {:.1} MB; {pairs} alternating pairs of child processes",
        bytes as f64 / 1e6
    );

    // Import, alternating sides so the disk's weather hits both alike.
    let (mut base, mut ours, mut ratios, mut base_mb, mut ours_mb) = (vec![], vec![], vec![], 0.0f64, 0.0f64);
    for run in 0..pairs {
        let (b, nb, mb_b) = import_child("import-bare", &feed, dir.path(), run)?;
        let (t, nt, mb_t) = import_child("import-tend", &feed, dir.path(), run)?;
        if nt != MEETINGS || nb != MEETINGS {
            return Err(format!("imported {nt} and {nb} of {MEETINGS}").into());
        }
        base.push(b);
        ours.push(t);
        ratios.push(t / b);
        base_mb = base_mb.max(mb_b);
        ours_mb = ours_mb.max(mb_t);
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let ratio = best(&ours) / best(&base);
    println!(
        "import, serde_json + bare INSERTs: {:>8.0} ms best, {:>8.0} ms median, peak {base_mb:.0} MB",
        best(&base) * 1e3,
        median(base.clone()) * 1e3
    );
    println!(
        "import, import_directory (stream): {:>8.0} ms best, {:>8.0} ms median, peak {ours_mb:.0} MB",
        best(&ours) * 1e3,
        median(ours.clone()) * 1e3
    );
    println!(
        "import ratio: {ratio:.2}x best vs best (goal <= 1.5x) {}; median pair ratio {:.2}x",
        if ratio <= 1.5 { "ok" } else { "OVER" },
        median(ratios)
    );

    // Memory whatever the size: the same import of a feed two and a half times as big.
    let big = dir.path().join("big.json");
    let big_bytes = write_feed(&big, BIG)?;
    let (_, n_big, big_mb) = import_child("import-tend", &big, dir.path(), 99)?;
    let _ = std::fs::remove_file(&big);
    println!(
        "peak memory: {ours_mb:.0} MB for {MEETINGS} records, {big_mb:.0} MB for {n_big} ({:.0} MB file); \
         the whole-file floor {base_mb:.0} MB; goal <= {MEMORY_GOAL_MB:.0} MB {}; whole-file / stream {:.1}x",
        big_bytes as f64 / 1e6,
        if ours_mb.max(big_mb) <= MEMORY_GOAL_MB {
            "ok"
        } else {
            "OVER"
        },
        base_mb / ours_mb
    );

    // Search on one imported directory.
    let db = dir.path().join("search.db");
    {
        let store = Store::open(&db, &KEY)?;
        store.import_directory_file("bench", &feed, None, now())?;
    }
    let reps = 20 * pairs;
    let out = run_child(&["search", &db.display().to_string(), &reps.to_string()])?;
    let v: Vec<f64> = out.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    let [ours_s, base_s, n_ours, n_base] = v.as_slice() else {
        return Err(format!("unexpected child output {out:?}").into());
    };
    let queries = (reps * CITIES.len()) as f64;
    let ratio = ours_s / base_s;
    println!(
        "search within {WITHIN_KM} km, {queries} queries: bare bounding-box SQL {:.3} ms/query ({:.0} rows), \
         search_directory {:.3} ms/query ({:.0} results in the circle)",
        base_s / queries * 1e3,
        n_base / queries,
        ours_s / queries * 1e3,
        n_ours / queries
    );
    println!(
        "search ratio: {ratio:.2}x (goal <= 1.5x) {}",
        if ratio <= 1.5 { "ok" } else { "OVER" }
    );
    Ok(())
}
