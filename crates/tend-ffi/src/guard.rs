//! The panic guard every export runs inside, and the blocking pool the async variants use.

use std::panic::{self, UnwindSafe};

use chrono_tz::Tz;
use tend_core::TendError;

/// Runs `f`, turning a panic into `TendError::Storage` so it never crosses the FFI boundary:
/// the shell gets an ordinary, catchable error instead of a crash.
///
/// The panic payload is deliberately dropped: it may contain personal data, and the shell cannot
/// act on it anyway.
pub fn guard<T>(f: impl FnOnce() -> Result<T, TendError> + UnwindSafe) -> Result<T, TendError> {
    panic::catch_unwind(f).unwrap_or_else(|_| Err(TendError::internal()))
}

/// [`guard`] around a core call, converting its error at the one conversion point.
///
/// `AssertUnwindSafe` is sound here: the only shared state a core call touches is the store,
/// whose transaction rolls back when a panic unwinds through it, and whose lock recovers from
/// poisoning (see `tend_core::store`).
pub(crate) fn run<T>(f: impl FnOnce() -> tend_core::Result<T>) -> Result<T, TendError> {
    guard(panic::AssertUnwindSafe(|| f().map_err(TendError::from)))
}

/// Runs a blocking export on tokio's blocking pool, for the async variants: the shell's
/// coroutine or task is suspended, never a UI thread blocked.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, TendError> + Send + 'static,
) -> Result<T, TendError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| Err(TendError::internal()))
}

/// The device zone as the shell reports it (an IANA name); a bad one is `InvalidInput` "zone".
pub(crate) fn tz(zone: &str) -> tend_core::Result<Tz> {
    tend_core::time::parse_zone("zone", zone)
}

/// An optional zone from the shell.
pub(crate) fn zone_opt(zone: Option<String>) -> tend_core::Result<Option<Tz>> {
    zone.as_deref().map(tz).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_turns_a_panic_into_storage_and_passes_results_through() {
        assert_eq!(
            guard(|| -> Result<(), TendError> { panic!("boom") }),
            Err(TendError::internal())
        );
        assert_eq!(guard(|| Ok(7)), Ok(7));
        assert_eq!(
            run(|| tz("Mars/Olympus")).unwrap_err().to_string(),
            "invalid zone: Unknown time zone; use an IANA name such as Europe/London."
        );
    }

    #[tokio::test]
    async fn blocking_runs_off_the_runtime_and_catches_panics() {
        assert_eq!(blocking(|| Ok(3)).await, Ok(3));
        assert_eq!(
            blocking(|| -> Result<(), TendError> { panic!("boom") }).await,
            Err(TendError::internal())
        );
    }
}
