//! Bridge probe: a tiny exported surface that proves the whole UniFFI pipeline end to end.
//!
//! It exists so that the build, the binding generator and the Kotlin and Swift host tests
//! (`tests/kotlin`, `tests/swift`) can be exercised before the real `tend-core` API is exported:
//! a plain call, a typed error with fields, a panic turned into a catchable error, and an async
//! call on the tokio runtime. The probe functions are exercised by those tests; keep them cheap
//! and free of personal data. [`TendError`] and [`guard`] are not probe-only: the real exported API
//! reuses them.

use std::panic::{self, UnwindSafe};
use std::time::Duration;

/// The error every exported Tend function may throw.
///
/// Few variants, each one a shell can act on. Messages never contain personal data (they may be
/// logged). Kotlin sees it as `TendException`, Swift as `TendError`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum TendError {
    /// An argument was rejected; `field` names it so the shell can highlight the right input.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// The thing asked for does not exist (or no longer exists).
    #[error("not found: {what}")]
    NotFound { what: String },
    /// The store could not be opened (wrong key, newer schema, unreadable file). Never deleted.
    #[error("cannot open store: {reason}")]
    CannotOpen { reason: String },
    /// Reading or writing the store failed, or an internal error was caught at the boundary.
    #[error("storage error: {reason}")]
    Storage { reason: String },
}

/// Runs `f`, turning a panic into [`TendError::Storage`] so it never crosses the FFI boundary as
/// an unexpected internal error: the shell gets an ordinary, catchable error instead.
///
/// The panic payload is deliberately dropped: it may contain personal data, and the shell cannot
/// act on it anyway.
pub fn guard<T>(f: impl FnOnce() -> Result<T, TendError> + UnwindSafe) -> Result<T, TendError> {
    panic::catch_unwind(f).unwrap_or_else(|_| {
        Err(TendError::Storage {
            reason: "internal error".to_owned(),
        })
    })
}

/// The version of the Rust library the bindings are talking to.
#[uniffi::export]
pub fn tend_ffi_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Probe: returns `name` trimmed, or `TendError::InvalidInput` with field `"name"` when it is empty
/// or only whitespace.
#[uniffi::export]
pub fn probe_validate_name(name: String) -> Result<String, TendError> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(TendError::InvalidInput {
            field: "name".to_owned(),
            reason: "must not be empty".to_owned(),
        });
    }
    Ok(trimmed.to_owned())
}

/// Probe: panics inside [`guard`], proving a Rust panic reaches the shell as
/// `TendError::Storage { reason: "internal error" }`.
#[uniffi::export]
pub fn probe_panic() -> Result<(), TendError> {
    guard(|| panic!("bridge probe: deliberate panic"))
}

/// Probe: echoes `s` after yielding to a tokio timer, proving async exports run on the tokio
/// runtime (a Kotlin `suspend fun`, a Swift `async func`).
#[uniffi::export(async_runtime = "tokio")]
pub async fn probe_async_echo(s: String) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_the_crate_version() {
        assert_eq!(tend_ffi_version(), env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn blank_names_are_rejected_with_the_field_named() {
        for name in ["", "   ", "\t\n"] {
            match probe_validate_name(name.to_owned()) {
                Err(TendError::InvalidInput { field, .. }) => assert_eq!(field, "name"),
                other => panic!("expected InvalidInput, got {other:?}"),
            }
        }
        assert_eq!(probe_validate_name(" Sam ".to_owned()), Ok("Sam".to_owned()));
    }

    #[test]
    fn a_panic_becomes_a_storage_error() {
        assert_eq!(
            probe_panic(),
            Err(TendError::Storage {
                reason: "internal error".to_owned()
            })
        );
    }

    #[test]
    fn guard_passes_results_through() {
        assert_eq!(guard(|| Ok(7)), Ok(7));
        let not_found = TendError::NotFound {
            what: "group".to_owned(),
        };
        assert_eq!(guard(|| Err::<(), _>(not_found.clone())), Err(not_found));
    }

    #[tokio::test]
    async fn async_echo_returns_its_input() {
        assert_eq!(probe_async_echo("hi".to_owned()).await, "hi");
    }
}
