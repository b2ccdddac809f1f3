//! The core's one error type: typed, specific, and free of personal data so it can be logged.

use thiserror::Error;

use crate::messages::Message;

/// Everything that can go wrong in the core. Messages name the field or thing that was wrong,
/// never the user's own words (names, notes), because shells may log them.
///
/// A refusal carries why as a [`Message`] (a `refusal-*` id with typed arguments), which the
/// shells word in the user's language; `Display` words it in English, for logs and the CLI.
#[derive(Debug, Error)]
pub enum Error {
    /// The caller gave a value the rules reject; `field` says which one, `problem` why.
    #[error("invalid {field}: {}", .problem.render("en"))]
    InvalidInput { field: String, problem: Message },

    /// A referenced record does not exist (or no longer exists).
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },

    /// The database file cannot be opened for a reason outside it (its folder is missing, no
    /// permission, the encryption library did not start). The file is left exactly as it was.
    #[error("cannot open the store at {path}: {reason}; the file was left untouched")]
    CannotOpen { path: String, reason: String },

    /// The key does not open the file: a different key, or a file that is not a Tend database
    /// (its first page does not decrypt). Left exactly as it was; with the right key it opens.
    #[error("cannot open the store at {path}: wrong key, or not a Tend database; the file was left untouched")]
    WrongKey { path: String },

    /// The database was written by a newer version of Tend; it is refused and left untouched.
    #[error(
        "the store was written by a newer version of Tend (schema {found}, this version knows up to {supported}); it was left untouched"
    )]
    NewerSchema { found: i64, supported: i64 },

    /// The store opens with its key but part of it cannot be read back (a damaged page or
    /// b-tree). Nothing is written to it from then on; quarantine it and salvage what can be
    /// read (`Store::salvage`).
    #[error("the store at {path} is damaged: {reason}; nothing was written to it")]
    Corrupt { path: String, reason: String },

    /// The request clashes with what is stored: the same idempotency key was used before for
    /// different content. Nothing was stored.
    #[error("{what} conflicts with what is stored: {}", .problem.render("en"))]
    Conflict { what: &'static str, problem: Message },

    /// The partner channel (the homeserver) could not be reached or refused the request.
    /// Nothing stored was lost: what was waiting to be sent stays in the outbox.
    #[error("partner channel: {reason}")]
    Channel { reason: String },

    /// SQLite failed for another reason (disk full, I/O error, …).
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),

    /// File-system error outside SQLite (key files, exports).
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A refusal of `field`, for the reason `problem` (a `refusal-*` message, or its id alone).
    pub fn invalid(field: impl Into<String>, problem: impl Into<Message>) -> Self {
        Error::InvalidInput {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// A clash with what is stored, for the reason `problem`.
    pub fn conflict(what: &'static str, problem: impl Into<Message>) -> Self {
        Error::Conflict {
            what,
            problem: problem.into(),
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl ToString) -> Self {
        Error::NotFound {
            what,
            id: id.to_string(),
        }
    }
}

/// The `id` of a [`Error::NotFound`] for a lookup by name: the name is the user's words, which
/// an error never carries (it may end up in a log), so a shell words this case on its own.
pub const BY_NAME: &str = "with that name";

pub type Result<T, E = Error> = std::result::Result<T, E>;
