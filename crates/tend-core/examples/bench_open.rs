//! A cold open costs the same whatever the history: the heavy user's store (`demo::heavy_user`)
//! with 1 and with 10 years of history, each opened in a fresh process and read the way a cold
//! start or a notification action landing in a cold process reads it (open, then the settings),
//! alternating sides so the machine's weather hits both alike. The 1-year store is the baseline
//! measured in the same run; the ratio 10-year / 1-year is the result (goal <= 1.2x). The full
//! check of every page (`check_integrity`), which opening no longer runs, is timed beside it for
//! scale.
//!
//! `cargo run --release -p tend-core --features demo --example bench_open [PAIRS]` (default 15)

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Utc};
use tend_core::Store;

const KEY: [u8; 32] = [42u8; 32];
const PAIRS: usize = 15;
const GOAL: f64 = 1.2;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_764_000_000, 0).unwrap_or_default()
}

/// Child: one cold open and the first read, in microseconds; with `check`, the full check after.
fn child(db: &Path, check: bool) -> Res<()> {
    let t = Instant::now();
    let store = Store::open(db, &KEY)?;
    let settings = store.settings()?;
    let open = t.elapsed();
    std::hint::black_box(settings);
    let t = Instant::now();
    if check {
        store.check_integrity(now(), true)?;
    }
    println!("{} {}", open.as_micros(), t.elapsed().as_micros());
    Ok(())
}

fn run_child(db: &Path, check: bool) -> Res<(f64, f64)> {
    let mut cmd = Command::new(std::env::current_exe()?);
    cmd.arg("--child").arg(db);
    if check {
        cmd.arg("--check");
    }
    let out = cmd.output()?;
    if !out.status.success() {
        return Err(format!("child failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let v: Vec<f64> = String::from_utf8(out.stdout)?
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    match v.as_slice() {
        [open, check] => Ok((*open / 1e3, *check / 1e3)),
        _ => Err("unexpected child output".into()),
    }
}

fn build(dir: &Path, years: i64) -> Res<std::path::PathBuf> {
    let db = dir.join(format!("heavy-{years}y.db"));
    let store = Store::open(&db, &KEY)?;
    tend_core::demo::heavy_user(&store, now(), "Europe/Dublin".parse()?, years)?;
    drop(store);
    Ok(db)
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        let db = args.get(1).ok_or("no database")?;
        return child(Path::new(db), args.get(2).is_some_and(|a| a == "--check"));
    }
    let pairs: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(PAIRS).max(1);
    let dir = tempfile::tempdir()?;
    let one = build(dir.path(), 1)?;
    let ten = build(dir.path(), 10)?;
    let mb = |p: &Path| std::fs::metadata(p).map_or(0.0, |m| m.len() as f64 / 1e6);
    println!(
        "heavy user: 1 year {:.1} MB, 10 years {:.1} MB; {pairs} alternating pairs of fresh processes",
        mb(&one),
        mb(&ten)
    );
    let (mut base, mut ours) = (Vec::new(), Vec::new());
    for _ in 0..pairs {
        base.push(run_child(&one, false)?.0);
        ours.push(run_child(&ten, false)?.0);
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "cold open + first read: 1 year {:.2} ms best, {:.2} ms median; 10 years {:.2} ms best, {:.2} ms median",
        best(&base),
        median(&base),
        best(&ours),
        median(&ours)
    );
    let ratio = median(&ours) / median(&base);
    println!(
        "cold open ratio, 10 years / 1 year: {ratio:.2}x median ({:.2}x best) (goal <= {GOAL}x) {}",
        best(&ours) / best(&base),
        if ratio <= GOAL { "ok" } else { "OVER" }
    );
    let (_, c1) = run_child(&one, true)?;
    let (_, c10) = run_child(&ten, true)?;
    println!("the full check off the open path (background, at most daily): 1 year {c1:.0} ms, 10 years {c10:.0} ms");
    Ok(())
}
