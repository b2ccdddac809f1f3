//! What the core's records need to cross to Kotlin and Swift as they are (feature `ffi`): how
//! chrono values cross, and the one public error every export throws, with the single place core
//! errors become it.
//!
//! Instants cross as `SystemTime` (Kotlin `java.time.Instant`, Swift `Date`), local dates as
//! "YYYY-MM-DD", weekdays as 0 = Sunday … 6 = Saturday. Local times of day stay minutes after
//! midnight (`u16`, 0–1439), as in the JSON: the shells format them with the OS's own 12/24-hour
//! formatter and their time pickers give hours and minutes, so a text form would only be parsed
//! again on the other side.

use std::time::SystemTime;

use chrono::{DateTime, NaiveDate, Utc, Weekday};

use crate::error::Error;
use crate::messages::{Message, MessageId};

type UtcInstant = DateTime<Utc>;

uniffi::custom_type!(UtcInstant, SystemTime, {
    remote,
    // Any instant a shell can hold within chrono's range (±262,000 years) lifts; beyond it is an
    // `InvalidInput` the caller sees, not a crash.
    try_lift: |at| {
        let ms = match at.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_millis()).ok(),
            Err(e) => i64::try_from(e.duration().as_millis()).ok().map(|ms| -ms),
        };
        ms.and_then(DateTime::from_timestamp_millis)
            .ok_or_else(|| lift_error("instant", MessageId::RefusalInstant.into()))
    },
    lower: |at| at.into(),
});

uniffi::custom_type!(NaiveDate, String, {
    remote,
    try_lift: |s| crate::time::parse_date("date", &s).map_err(|e| TendError::from(e).into()),
    lower: |d| d.format("%Y-%m-%d").to_string(),
});

uniffi::custom_type!(Weekday, u8, {
    remote,
    try_lift: |n| crate::time::weekday_from_num(n).ok_or_else(|| lift_error("weekday", MessageId::RefusalWeekdayNumber.into())),
    lower: |w| crate::time::weekday_num(w),
});

fn lift_error(field: &str, problem: Message) -> uniffi::deps::anyhow::Error {
    TendError::from(Error::invalid(field, problem)).into()
}

/// The error every exported Tend function may throw.
///
/// Few variants, each one a shell can act on. Messages never contain personal data (they may be
/// logged). Kotlin sees it as `TendException`, Swift as `TendError`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum TendError {
    /// An argument was rejected; `field` names it so the shell can highlight the right input,
    /// `problem` says why (a `refusal-*` message the shell words in the user's language, next to
    /// that input), `reason` is the same in English, for logs. (Not called `message`: Kotlin's
    /// exceptions already have one, and UniFFI's Kotlin would not compile.)
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        field: String,
        reason: String,
        problem: Message,
    },
    /// The thing asked for does not exist (or no longer exists); `what` names its kind.
    #[error("not found: {what}")]
    NotFound { what: String },
    /// The store could not be opened for a reason outside the file (a missing folder, no
    /// permission). The file is never deleted or changed; do not offer to move it aside.
    #[error("cannot open store: {reason}")]
    CannotOpen { reason: String },
    /// The key does not open the store (another key, or not a Tend database). The file is left
    /// exactly as it was; it may be moved aside (`quarantineStore`) to start afresh.
    #[error("cannot open store: {reason}")]
    WrongKey { reason: String },
    /// The store was written by a newer Tend: update the app. It is healthy and was left
    /// untouched; never move it aside.
    #[error("cannot open store: {reason}")]
    NewerSchema { reason: String },
    /// Part of the store cannot be read back (met on open or by any later read or write). Nothing
    /// was written to it: save what can be read (`salvageStore`), then move it aside.
    #[error("damaged store: {reason}")]
    Corrupt { reason: String },
    /// Reading or writing the store failed, or an internal error was caught at the boundary.
    #[error("storage error: {reason}")]
    Storage { reason: String },
    /// The partner channel's homeserver could not be reached or refused; nothing was lost, what
    /// waits is sent on the next sync.
    #[error("partner channel: {reason}")]
    Channel { reason: String },
}

impl TendError {
    /// What a caught panic (or a lost blocking task) becomes: no payload, it may hold personal
    /// data.
    pub fn internal() -> Self {
        TendError::Storage {
            reason: "internal error".to_owned(),
        }
    }
}

/// The single conversion point from the core's detailed errors to the few a shell acts on. Paths
/// and ids are dropped (a path may hold the user's name); SQLite failures are named by their
/// code only.
impl From<Error> for TendError {
    fn from(e: Error) -> Self {
        match e {
            Error::InvalidInput { field, problem } => TendError::InvalidInput {
                field,
                reason: problem.render("en"),
                problem,
            },
            Error::NotFound { what, .. } => TendError::NotFound { what: what.to_owned() },
            Error::CannotOpen { reason, .. } => TendError::CannotOpen { reason },
            Error::WrongKey { .. } => TendError::WrongKey {
                reason: "wrong key, or not a Tend database; the file was left untouched".to_owned(),
            },
            Error::NewerSchema { found, supported } => TendError::NewerSchema {
                reason: format!(
                    "written by a newer version of Tend (schema {found}, this version knows up to \
                     {supported}); update the app, the file was left untouched"
                ),
            },
            Error::Corrupt { reason, .. } => TendError::Corrupt {
                reason: format!("the store is damaged ({reason}); nothing was written to it"),
            },
            Error::Conflict { what, problem } => TendError::InvalidInput {
                field: what.to_owned(),
                reason: problem.render("en"),
                problem,
            },
            Error::Storage(e) => TendError::Storage {
                reason: match e.sqlite_error_code() {
                    Some(code) => format!("database error ({code:?})"),
                    None => "database error".to_owned(),
                },
            },
            Error::Channel { reason } => TendError::Channel { reason },
            Error::Io(e) => TendError::Storage {
                reason: format!("file error ({})", e.kind()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_input_keeps_field_and_message_and_words_it_in_english() {
        assert_eq!(
            TendError::from(Error::invalid("name", MessageId::RefusalEmpty)),
            TendError::InvalidInput {
                field: "name".to_owned(),
                reason: "This must not be empty.".to_owned(),
                problem: Message::new(MessageId::RefusalEmpty),
            }
        );
    }

    #[test]
    fn a_conflict_is_invalid_input_with_its_message() {
        match TendError::from(Error::conflict("idempotency key", MessageId::RefusalKeyReused)) {
            TendError::InvalidInput { field, reason, problem } => {
                assert_eq!(field, "idempotency key");
                assert_eq!(problem.id, MessageId::RefusalKeyReused);
                assert_eq!(reason, problem.render("en"));
            }
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn a_value_that_cannot_cross_is_refused_with_a_message() {
        let e = lift_error("weekday", MessageId::RefusalWeekdayNumber.into());
        match e.downcast::<TendError>().unwrap() {
            TendError::InvalidInput { field, problem, .. } => {
                assert_eq!(field, "weekday");
                assert_eq!(problem.id, MessageId::RefusalWeekdayNumber);
            }
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn not_found_drops_the_id() {
        let e = TendError::from(Error::NotFound {
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
    fn open_failures_drop_the_path_and_stay_apart() {
        let path = "/home/alex/tend.db".to_owned();
        let e = TendError::from(Error::CannotOpen {
            path: path.clone(),
            reason: "no permission to write the file".to_owned(),
        });
        assert_eq!(
            e,
            TendError::CannotOpen {
                reason: "no permission to write the file".to_owned()
            }
        );
        let wrong = TendError::from(Error::WrongKey { path: path.clone() });
        assert!(matches!(wrong, TendError::WrongKey { .. }), "{wrong:?}");
        let damaged = TendError::from(Error::Corrupt {
            path,
            reason: "part of the file cannot be read".to_owned(),
        });
        assert!(matches!(damaged, TendError::Corrupt { .. }), "{damaged:?}");
        for e in [e, wrong, damaged] {
            assert!(!e.to_string().contains("alex"), "{e}");
        }
    }

    #[test]
    fn newer_schema_is_its_own_error_with_a_clear_reason() {
        match TendError::from(Error::NewerSchema { found: 9, supported: 2 }) {
            TendError::NewerSchema { reason } => {
                assert!(reason.contains("newer version"), "{reason}");
                assert!(reason.contains("untouched"), "{reason}");
            }
            other => panic!("expected NewerSchema, got {other:?}"),
        }
    }

    #[test]
    fn storage_and_io_are_storage_without_details() {
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            Some("INSERT INTO person VALUES ('Sam')".to_owned()),
        );
        match TendError::from(Error::Storage(sqlite)) {
            TendError::Storage { reason } => {
                assert!(reason.contains("DiskFull"), "{reason}");
                assert!(!reason.contains("Sam"), "{reason}");
            }
            other => panic!("expected Storage, got {other:?}"),
        }
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "/home/alex/backup.age");
        match TendError::from(Error::Io(io)) {
            TendError::Storage { reason } => assert!(!reason.contains("alex"), "{reason}"),
            other => panic!("expected Storage, got {other:?}"),
        }
    }
}
