//! Diagnostic: the bridge benchmark's two measurements taken from Rust, without JNA, to split
//! the bridge's own cost from the core's. Run: `cargo run --release -p tend-ffi --example bench_rust_side`.

use std::time::Instant;

use tend_core::checkins::{CheckinData, CheckinInput};
use tend_ffi::TendStore;
use tend_ffi::testing::bench_bare_insert_micros;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "build/bench-rust".to_owned());
    std::fs::create_dir_all(&dir)?;
    let count = 300;
    for round in 0..3 {
        let bare = bench_bare_insert_micros(dir.clone(), count)?;
        let path = format!("{dir}/rust-side-{round}.db");
        let store = TendStore::open(path.clone(), vec![9; 32])?;
        let mut times = Vec::new();
        for i in 0..count {
            let input = CheckinInput {
                data: CheckinData::Daily {
                    mood: 4,
                    craving: Some(1),
                },
                zone: "Europe/Dublin".into(),
                note: None,
                idempotency_key: Some(format!("k-{i}")),
                at: None,
            };
            let t = Instant::now();
            store.log_checkin(input)?;
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        drop(store);
        tend_ffi::wipe_store(path)?;
        times.sort_by(f64::total_cmp);
        let ours = times[times.len() / 2];
        println!(
            "round {round}: log_checkin {ours:.1} us, bare {bare:.1} us, ratio {:.2}",
            ours / bare
        );
    }
    Ok(())
}
