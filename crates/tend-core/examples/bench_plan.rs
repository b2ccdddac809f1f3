//! Reminder planner benchmark, printed as ratios against baselines measured in the same run:
//!
//! 1. `Store::plan` (14 days, 60 pending) for a heavy user (1,000 people with cadences and
//!    contact windows, 100 weekly meetings, 50 goals) with 10 years vs 1 year of history.
//!    Goal ≤ 1.2×: planning must not scan history.
//! 2. The same plan vs one plain SQL scan of the same people (with their windows) and meetings
//!    on a second connection with the same key. Goal ≤ 2×.
//!
//! Run: `cargo run --release -p tend-core --example bench_plan`

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tend_core::Store;

const KEY: [u8; 32] = [42u8; 32];
const RUNS: usize = 15;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The baseline: read every person row, every contact window and every meeting, the rows the
/// planner's own reads cover, with nothing computed.
fn scan(c: &rusqlite::Connection) -> rusqlite::Result<usize> {
    let mut n = 0usize;
    let mut st = c.prepare_cached("SELECT id, name, role, cadence_days, avoid, created_at FROM person")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let (_, name, role): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        n += name.len() + role.len() + r.get::<_, Option<i64>>(3)?.unwrap_or(0) as usize;
    }
    let mut st = c.prepare_cached("SELECT person_id, weekday, start_min, end_min FROM contact_window")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        n += r.get::<_, i64>(1)? as usize;
    }
    let mut st = c.prepare_cached(
        "SELECT m.id, m.group_id, m.weekday, m.start_min, m.duration_minutes, m.timezone, g.name
         FROM meeting m JOIN support_group g ON g.id = m.group_id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        n += r.get::<_, String>(5)?.len() + r.get::<_, String>(6)?.len();
    }
    Ok(n)
}

fn open_raw(path: &std::path::Path) -> rusqlite::Result<rusqlite::Connection> {
    let c = rusqlite::Connection::open(path)?;
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!("PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'{hex}'\";"))?;
    Ok(c)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let tz: Tz = "America/New_York".parse()?;
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-11-25T17:00:00Z")?.with_timezone(&Utc);

    let t = Instant::now();
    let one = Store::open(dir.path().join("one.db"), &KEY)?;
    tend_core::demo::heavy_user(&one, now, tz, 1)?;
    let ten = Store::open(dir.path().join("ten.db"), &KEY)?;
    tend_core::demo::heavy_user(&ten, now, tz, 10)?;
    eprintln!("built both stores in {:.1?}", t.elapsed());
    let raw_one = open_raw(&dir.path().join("one.db"))?;
    let raw_ten = open_raw(&dir.path().join("ten.db"))?;

    let (mut p1, mut p10, mut s1, mut s10) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut sizes = (0, 0);
    for _ in 0..RUNS {
        // Interleaved so machine noise hits all four alike.
        let t = Instant::now();
        let plan = std::hint::black_box(one.plan(now, tz, 14, 60)?);
        p1.push(t.elapsed());
        sizes.0 = plan.notifications.len();
        let t = Instant::now();
        let plan = std::hint::black_box(ten.plan(now, tz, 14, 60)?);
        p10.push(t.elapsed());
        sizes.1 = plan.notifications.len();
        let t = Instant::now();
        std::hint::black_box(scan(&raw_one)?);
        s1.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(scan(&raw_ten)?);
        s10.push(t.elapsed());
    }
    let (p1, p10, s1, s10) = (median(p1), median(p10), median(s1), median(s10));
    println!("plan (14 days, max 60): {} / {} notifications", sizes.0, sizes.1);
    println!(
        "plan, heavy user:      {:>9.1?} with 10 years   {:>9.1?} with 1 year   ratio {:.2}x (goal <= 1.2x)",
        p10,
        p1,
        p10.as_secs_f64() / p1.as_secs_f64()
    );
    println!(
        "plan vs SQL scan:      {:>9.1?} plan            {:>9.1?} scan (10y)    ratio {:.2}x (goal <= 2x)",
        p10,
        s10,
        p10.as_secs_f64() / s10.as_secs_f64()
    );
    println!(
        "plan vs SQL scan (1y): {:>9.1?} plan            {:>9.1?} scan          ratio {:.2}x",
        p1,
        s1,
        p1.as_secs_f64() / s1.as_secs_f64()
    );
    Ok(())
}
