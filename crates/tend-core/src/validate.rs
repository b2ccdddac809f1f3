//! Input rules shared by every capability: names, free text, counts.

use crate::error::{Error, Result};

/// Longest display name accepted, in characters.
pub const MAX_NAME: usize = 100;
/// Longest note or free text accepted, in characters.
pub const MAX_TEXT: usize = 4000;

/// A trimmed, non-empty name of at most [`MAX_NAME`] characters without control characters.
pub fn name(field: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::invalid(field, "must not be empty"));
    }
    if t.chars().count() > MAX_NAME {
        return Err(Error::invalid(field, format!("must be at most {MAX_NAME} characters")));
    }
    if t.chars().any(char::is_control) {
        return Err(Error::invalid(field, "must not contain control characters"));
    }
    Ok(t.to_string())
}

/// Optional free text: trimmed, empty becomes `None`, at most [`MAX_TEXT`] characters, no
/// control characters but line breaks and tabs (an escape sequence in a note or a feed field
/// would otherwise reach a terminal or a log as a command).
pub fn text(field: &str, s: Option<&str>) -> Result<Option<String>> {
    let Some(t) = s.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if t.chars().count() > MAX_TEXT {
        return Err(Error::invalid(field, format!("must be at most {MAX_TEXT} characters")));
    }
    if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::invalid(field, "must not contain control characters"));
    }
    Ok(Some(t.to_string()))
}

/// An integer within `lo..=hi`.
pub fn range(field: &str, v: i64, lo: i64, hi: i64) -> Result<i64> {
    if v < lo || v > hi {
        return Err(Error::invalid(field, format!("must be between {lo} and {hi}")));
    }
    Ok(v)
}
