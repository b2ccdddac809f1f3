//! The exported store object: opening it (synchronously or on tokio) and the helper every
//! capability's methods use to reach the core. The methods themselves live with their
//! capability (`network.rs`, `people.rs`, …), each an `#[uniffi::export] impl TendStore`.

use std::sync::Arc;

use tend_core::Store;

use crate::error::{TendError, blocking, run};

/// One user's Tend data: an encrypted database file, opened with the 32-byte key the shell keeps
/// in the Android Keystore or the iOS Keychain.
///
/// Safe to share between threads: calls from many threads at once are serialised on one
/// connection. Every method reads the clock once, so a whole call sees one "now"; the device's
/// time zone is passed in by the shell as an IANA name ("Europe/Dublin").
#[derive(uniffi::Object)]
pub struct TendStore {
    inner: Store,
}

impl std::fmt::Debug for TendStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TendStore").finish_non_exhaustive()
    }
}

impl TendStore {
    /// Runs one core call on this store inside the panic guard, converting its error.
    pub(crate) fn call<T>(&self, f: impl FnOnce(&Store) -> tend_core::Result<T>) -> Result<T, TendError> {
        run(|| f(&self.inner))
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl TendStore {
    /// Opens (or creates) the store at `path` with a 32-byte `key`, running any migrations.
    ///
    /// A wrong key, a corrupt file or one written by a newer Tend throws `CannotOpen` and the
    /// file is left exactly as it was; a key of the wrong length throws `InvalidInput` ("key").
    /// Prefer `openAsync` off the main thread: a migration can take a moment.
    #[uniffi::constructor]
    pub fn open(path: String, key: Vec<u8>) -> Result<Arc<Self>, TendError> {
        // Wiped when this returns; the shell should clear its own copy too.
        let key = zeroize::Zeroizing::new(key);
        run(|| {
            Ok(Arc::new(TendStore {
                inner: Store::open(&path, &key)?,
            }))
        })
    }

    /// [`TendStore::open`] on a background thread: a Kotlin `suspend fun`, a Swift `async` func.
    #[uniffi::constructor]
    pub async fn open_async(path: String, key: Vec<u8>) -> Result<Arc<Self>, TendError> {
        blocking(move || Self::open(path, key)).await
    }

    /// Where the database file lives.
    pub fn path(&self) -> String {
        self.inner.path().display().to_string()
    }
}
