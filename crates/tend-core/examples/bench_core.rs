//! Core benchmark, printed as ratios against baselines measured in the same run:
//!
//! 1. one durable check-in (`Store::log_checkin`: validation, idempotency lookup, one IMMEDIATE
//!    transaction, fsync) vs a bare rusqlite INSERT of the same row with the same SQLCipher key and
//!    pragmas (WAL, synchronous=FULL). Goal ≤ 1.2×.
//! 2. `Store::today` for a heavy user (1,000 people, 100 meetings, 50 goals) with 10 years vs 1 year
//!    of history. Goal ≤ 1.2×: Today must not scan all history.
//!
//! Run: `cargo run --release -p tend-core --example bench_core`

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tend_core::Store;
use tend_core::checkins::{CheckinData, NewCheckin};

const KEY: [u8; 32] = [42u8; 32];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let tz: Tz = "America/New_York".parse()?;
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-11-25T17:00:00Z")?.with_timezone(&Utc);

    // --- 1. durable check-in vs bare INSERT -------------------------------------------------
    let store = Store::open(dir.path().join("checkin.db"), &KEY)?;
    let bare = rusqlite::Connection::open(dir.path().join("bare.db"))?;
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    // The baseline writes the same row into the same table and indexes, with the same key and
    // pragmas, as plain autocommit INSERTs: what is left is the cost of Tend's own layer.
    bare.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'{hex}'\"; PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;"
    ))?;
    bare.execute_batch(tend_core::store::schema::SQL)?;
    let rounds = 31;
    let per_round = 20;
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for r in 0..rounds {
        // Interleave so disk weather hits both alike.
        let t = Instant::now();
        for i in 0..per_round {
            store.log_checkin(&NewCheckin {
                data: CheckinData::Daily {
                    mood: 3,
                    craving: Some(2),
                },
                note: Some("benchmark".into()),
                at: now,
                zone: tz,
                idempotency_key: Some(format!("bench-{r}-{i}")),
            })?;
        }
        ours.push(t.elapsed() / per_round);
        let t = Instant::now();
        for i in 0..per_round {
            bare.execute(
                "INSERT INTO checkin (kind, at, zone, local_date, mood, craving, note, idem_key)
                 VALUES ('daily', ?1, ?2, ?3, 3, 2, 'benchmark', ?4)",
                rusqlite::params![now.timestamp_millis(), tz.name(), "2026-11-25", format!("bare-{r}-{i}")],
            )?;
        }
        base.push(t.elapsed() / per_round);
    }
    let (o, b) = (median(ours), median(base));
    println!(
        "durable check-in:      {:>9.1?} per call   bare INSERT: {:>9.1?}   ratio {:.2}x (goal <= 1.2x)",
        o,
        b,
        o.as_secs_f64() / b.as_secs_f64()
    );

    if std::env::var_os("BENCH_CHECKIN_ONLY").is_some() {
        return Ok(());
    }

    // --- 2. Today, 10 years vs 1 year ---------------------------------------------------------
    let one = Store::open(dir.path().join("one.db"), &KEY)?;
    tend_core::demo::heavy_user(&one, now, tz, 1)?;
    let ten = Store::open(dir.path().join("ten.db"), &KEY)?;
    tend_core::demo::heavy_user(&ten, now, tz, 10)?;
    let (mut t1, mut t10) = (Vec::new(), Vec::new());
    for _ in 0..15 {
        let t = Instant::now();
        std::hint::black_box(one.today(now, tz)?);
        t1.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(ten.today(now, tz)?);
        t10.push(t.elapsed());
    }
    if std::env::var("BENCH_PARTS").is_ok() {
        for (name, st) in [("1y", &one), ("10y", &ten)] {
            let t = Instant::now();
            for _ in 0..5 {
                std::hint::black_box(st.goal_progress(None, now, tz)?);
            }
            println!("{name} goals {:?}", t.elapsed() / 5);
            let t = Instant::now();
            for _ in 0..5 {
                std::hint::black_box(st.coverage(None)?);
            }
            println!("{name} coverage {:?}", t.elapsed() / 5);
            let t = Instant::now();
            for _ in 0..5 {
                std::hint::black_box(st.milestones(now, tz)?);
            }
            println!("{name} milestones {:?}", t.elapsed() / 5);
        }
    }
    let (a, b) = (median(t1), median(t10));
    println!(
        "Today, heavy user:     {:>9.1?} with 10 years   {:>9.1?} with 1 year   ratio {:.2}x (goal <= 1.2x)",
        b,
        a,
        b.as_secs_f64() / a.as_secs_f64()
    );
    Ok(())
}
