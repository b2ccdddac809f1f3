//! Meeting Guide import speed: a generated 20,000-meeting feed through `import_meeting_guide`
//! against the floor — parsing the same JSON with serde_json and inserting the same rows bare
//! with rusqlite in one transaction, on an SQLCipher database with the same key and pragmas.
//!
//! `cargo run --release -p tend-core --example bench_import [PAIRS]` (default 7)

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde_json::{Value, json};
use tend_core::Store;

const MEETINGS: usize = 20_000;
const RUNS: usize = 7;
const KEY: [u8; 32] = [42u8; 32];

fn feed() -> String {
    let records: Vec<Value> = (0..MEETINGS)
        .map(|i| {
            json!({
                "name": format!("Group {i}"),
                "slug": format!("group-{i}"),
                "day": i % 7,
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
                "notes": "Side door.",
                "updated": "2024-01-01 00:00:00",
            })
        })
        .collect();
    serde_json::to_string(&records).unwrap_or_default()
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_760_000_000, 0).unwrap_or_default()
}

#[inline(never)]
fn tend(json: &str) -> Result<Duration, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path().join("tend.db"), &KEY)?;
    let t = Instant::now();
    let r = store.import_meeting_guide(json, None, now())?;
    let took = t.elapsed();
    if r.created as usize != MEETINGS {
        return Err(format!("imported {} of {MEETINGS}", r.created).into());
    }
    Ok(took)
}

#[inline(never)]
fn bare(json: &str) -> Result<Duration, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("tend.db");
    // The same schema, key and pragmas as the real store.
    drop(Store::open(&path, &KEY)?);
    let mut c = Connection::open(&path)?;
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!(
        "PRAGMA key = \"x'{hex}'\"; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;"
    ))?;
    let t = Instant::now();
    let feed: Value = serde_json::from_str(json)?;
    let tx = c.transaction()?;
    {
        let mut g = tx.prepare(
            "INSERT INTO support_group (name, kind, address, notes, types, feed_slug, created_at)
             VALUES (?1, 'twelve_step', ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut m = tx.prepare(
            "INSERT INTO meeting (group_id, weekday, start_min, duration_minutes, timezone) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for r in feed.as_array().into_iter().flatten() {
            let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("");
            let address = format!(
                "{}, {}, {}, {}, {}",
                s("location"),
                s("address"),
                s("city"),
                s("state"),
                s("country")
            );
            let types = serde_json::to_string(&r["types"])?;
            let hm = |t: &str| -> i64 {
                let (h, m) = t.split_once(':').unwrap_or(("0", "0"));
                h.parse::<i64>().unwrap_or(0) * 60 + m.parse::<i64>().unwrap_or(0)
            };
            g.execute(params![
                s("name"),
                address,
                s("notes"),
                types,
                s("slug"),
                now().timestamp_millis()
            ])?;
            let id = tx.last_insert_rowid();
            let start = hm(s("time"));
            m.execute(params![
                id,
                r["day"].as_i64(),
                start,
                hm(s("end_time")) - start,
                s("timezone")
            ])?;
        }
    }
    tx.commit()?;
    Ok(t.elapsed())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(RUNS)
        .max(1);
    let json = feed();
    println!(
        "feed: {MEETINGS} meetings, {} bytes; {runs} alternating pairs of runs",
        json.len()
    );
    // Alternating pairs, each on a fresh database, so the disk's weather (other processes'
    // writes, the VM's I/O) hits both sides alike; the median pair ratio is reported.
    let (mut base, mut ours, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let b = bare(&json)?.as_secs_f64();
        let t = tend(&json)?.as_secs_f64();
        base.push(b);
        ours.push(t);
        ratios.push(t / b);
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let ratio = best(&ours) / best(&base);
    println!(
        "bare serde_json + rusqlite: {:>8.1} ms best, {:>8.1} ms median",
        best(&base) * 1e3,
        median(base.clone()) * 1e3
    );
    println!(
        "import_meeting_guide:       {:>8.1} ms best, {:>8.1} ms median",
        best(&ours) * 1e3,
        median(ours.clone()) * 1e3
    );
    // The import is CPU-bound (one transaction, one fsync), so the best run of each side is
    // the least noisy estimate; the median of the pair ratios shows how much the disk moved.
    println!(
        "ratio: {ratio:.2}x best vs best (goal <= 1.5x) {}; median pair ratio {:.2}x",
        if ratio <= 1.5 { "ok" } else { "OVER" },
        median(ratios)
    );
    Ok(())
}
