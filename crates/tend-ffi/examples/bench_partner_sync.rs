//! Benchmark: a no-news `partner_sync` through the bridge with the store's Matrix client kept
//! for the store's life (now) against one built for every call (before: the runtime, the client,
//! its SQLite stores opened and the session restored each time), measured in the same run
//! against the same Synapse on loopback, as a ratio. `scripts/test-matrix.sh` runs it after the
//! end-to-end test (it needs `TEND_TEST_SYNAPSE_DIR`, whose `bench.pw` holds the `bench` user's
//! password).

use std::time::Instant;

use tend_ffi::TendStore;

const ZONE: &str = "Europe/Dublin";
const CALLS: usize = 15;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::var("TEND_TEST_SYNAPSE_DIR")?);
    let url = std::fs::read_to_string(dir.join("url"))?.trim().to_string();
    let password = std::fs::read_to_string(dir.join("bench.pw"))?.trim().to_string();
    let tmp = tempfile::tempdir()?;
    let store = TendStore::open(tmp.path().join("bench.db").display().to_string(), vec![5; 32])?;
    store.matrix_connect(url, "bench".into(), password)?;
    // The first sync after connecting catches up; what is measured is a sync with nothing new.
    store.partner_sync(ZONE.into())?;

    let mut before = Vec::new();
    let mut now = Vec::new();
    // Interleaved, so a busy moment on a shared machine falls on both alike.
    for _ in 0..CALLS {
        store.partner_release()?;
        let t = Instant::now();
        store.partner_sync(ZONE.into())?;
        before.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        store.partner_sync(ZONE.into())?;
        now.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (before, now) = (median(before), median(now));
    println!(
        "partner_sync, nothing new (median of {CALLS}): a client per call {before:.1} ms, one client per store {now:.1} ms, ratio {:.4}",
        now / before
    );
    store.matrix_disconnect()?;
    Ok(())
}
