//! What the store-backed fuzz targets share: one store per fuzzing process with a little of
//! everything in it, and the check that a refused import left it exactly as it was.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use tend_core::Store;

/// A fixed instant, so a crash file replays the same way.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_000_000, 0).expect("a valid instant")
}

/// The store's contents at the start of every run: a network, a person in it, a group with a
/// meeting, a check-in and a setting (a backup document, restored after each accepted import).
const BASELINE: &str = include_str!("baseline.json");

/// The process's store, created on first use in a fresh folder under `TEND_FUZZ_DIR` (or the
/// system's temp folder) and filled with [`BASELINE`].
pub fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let base = std::env::var_os("TEND_FUZZ_DIR").map_or_else(std::env::temp_dir, Into::into);
        let dir = base.join(format!("tend-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder for the fuzzing store");
        let _ = std::fs::remove_file(dir.join("fuzz.db"));
        let store = Store::open(dir.join("fuzz.db"), &[42u8; 32]).expect("a new store");
        store
            .import_backup(BASELINE.as_bytes(), None, true)
            .expect("the baseline restores");
        store
    })
}

/// Everything a user could lose: the backup document and the directory's size.
pub fn snapshot(store: &Store) -> (String, u64) {
    (
        store.backup_json().expect("the store reads"),
        store.directory_size().expect("the directory reads"),
    )
}

/// Runs one import: a refused one must leave the store exactly as it was; an accepted one is
/// undone by restoring the baseline, so every input starts from the same store.
pub fn import_changes_nothing_when_refused<T, E: std::fmt::Debug>(
    what: &str,
    import: impl FnOnce(&Store) -> Result<T, E>,
) {
    let store = store();
    let before = snapshot(store);
    match import(store) {
        Err(e) => assert!(snapshot(store) == before, "a refused {what} changed the store ({e:?})"),
        Ok(_) => {
            store
                .import_backup(BASELINE.as_bytes(), None, true)
                .expect("the baseline restores");
        }
    }
}
