//! The one public error type and the one place core errors become it, plus the panic guard every
//! export runs inside.

use std::panic::{self, UnwindSafe};

/// The error every exported Tend function may throw.
///
/// Few variants, each one a shell can act on. Messages never contain personal data (they may be
/// logged). Kotlin sees it as `TendException`, Swift as `TendError`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum TendError {
    /// An argument was rejected; `field` names it so the shell can highlight the right input.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// The thing asked for does not exist (or no longer exists); `what` names its kind.
    #[error("not found: {what}")]
    NotFound { what: String },
    /// The store could not be opened (wrong key, corrupt, newer schema, unreadable file). The
    /// file is never deleted or changed.
    #[error("cannot open store: {reason}")]
    CannotOpen { reason: String },
    /// Reading or writing the store failed, or an internal error was caught at the boundary.
    #[error("storage error: {reason}")]
    Storage { reason: String },
}

impl TendError {
    /// What a caught panic (or a lost blocking task) becomes: no payload, it may hold personal data.
    pub(crate) fn internal() -> Self {
        TendError::Storage {
            reason: "internal error".to_owned(),
        }
    }
}

/// The single conversion point from the core's detailed errors to the few a shell acts on. Paths
/// and ids are dropped (a path may hold the user's name); SQLite failures are named by their
/// code only.
impl From<tend_core::Error> for TendError {
    fn from(e: tend_core::Error) -> Self {
        use tend_core::Error as E;
        match e {
            E::InvalidInput { field, reason } => TendError::InvalidInput { field, reason },
            E::NotFound { what, .. } => TendError::NotFound { what: what.to_owned() },
            E::CannotOpen { reason, .. } => TendError::CannotOpen { reason },
            E::NewerSchema { found, supported } => TendError::CannotOpen {
                reason: format!(
                    "written by a newer version of Tend (schema {found}, this version knows up to \
                     {supported}); update the app, the file was left untouched"
                ),
            },
            E::Corrupt { reason, .. } => TendError::CannotOpen {
                reason: format!("the store is damaged ({reason}); nothing was written to it"),
            },
            E::Conflict { what, reason } => TendError::InvalidInput {
                field: what.to_owned(),
                reason,
            },
            E::Storage(e) => TendError::Storage {
                reason: match e.sqlite_error_code() {
                    Some(code) => format!("database error ({code:?})"),
                    None => "database error".to_owned(),
                },
            },
            E::Io(e) => TendError::Storage {
                reason: format!("file error ({})", e.kind()),
            },
        }
    }
}

/// Runs `f`, turning a panic into [`TendError::Storage`] so it never crosses the FFI boundary as
/// an unexpected internal error: the shell gets an ordinary, catchable error instead.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid(field: &str) -> tend_core::Error {
        tend_core::Error::InvalidInput {
            field: field.to_owned(),
            reason: "must not be empty".to_owned(),
        }
    }

    #[test]
    fn invalid_input_keeps_field_and_reason() {
        assert_eq!(
            TendError::from(invalid("name")),
            TendError::InvalidInput {
                field: "name".to_owned(),
                reason: "must not be empty".to_owned()
            }
        );
    }

    #[test]
    fn not_found_drops_the_id() {
        let e = TendError::from(tend_core::Error::NotFound {
            what: "person",
            id: "42".to_owned(),
        });
        assert_eq!(
            e,
            TendError::NotFound {
                what: "person".to_owned()
            }
        );
    }

    #[test]
    fn cannot_open_drops_the_path() {
        let e = TendError::from(tend_core::Error::CannotOpen {
            path: "/home/alex/tend.db".to_owned(),
            reason: "wrong key, or not a Tend database".to_owned(),
        });
        assert_eq!(
            e,
            TendError::CannotOpen {
                reason: "wrong key, or not a Tend database".to_owned()
            }
        );
        assert!(!e.to_string().contains("alex"));
    }

    #[test]
    fn newer_schema_is_cannot_open_with_a_clear_reason() {
        match TendError::from(tend_core::Error::NewerSchema { found: 9, supported: 2 }) {
            TendError::CannotOpen { reason } => {
                assert!(reason.contains("newer version"), "{reason}");
                assert!(reason.contains("untouched"), "{reason}");
            }
            other => panic!("expected CannotOpen, got {other:?}"),
        }
    }

    #[test]
    fn storage_and_io_are_storage_without_details() {
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            Some("INSERT INTO person VALUES ('Sam')".to_owned()),
        );
        match TendError::from(tend_core::Error::Storage(sqlite)) {
            TendError::Storage { reason } => {
                assert!(reason.contains("DiskFull"), "{reason}");
                assert!(!reason.contains("Sam"), "{reason}");
            }
            other => panic!("expected Storage, got {other:?}"),
        }
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "/home/alex/backup.age");
        match TendError::from(tend_core::Error::Io(io)) {
            TendError::Storage { reason } => assert!(!reason.contains("alex"), "{reason}"),
            other => panic!("expected Storage, got {other:?}"),
        }
    }

    #[test]
    fn guard_turns_a_panic_into_storage_and_passes_results_through() {
        assert_eq!(
            guard(|| -> Result<(), TendError> { panic!("boom") }),
            Err(TendError::internal())
        );
        assert_eq!(guard(|| Ok(7)), Ok(7));
        assert_eq!(
            run(|| Err::<(), _>(invalid("zone"))).unwrap_err().to_string(),
            "invalid zone: must not be empty"
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
