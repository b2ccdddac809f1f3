//! Input rules shared by every capability: names, free text, counts.

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};

/// Longest display name accepted, in characters.
pub const MAX_NAME: usize = 100;
/// Longest note or free text accepted, in characters.
pub const MAX_TEXT: usize = 4000;

/// A trimmed, non-empty name of at most [`MAX_NAME`] characters without control characters.
pub fn name(field: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::invalid(field, MessageId::RefusalEmpty));
    }
    if t.chars().count() > MAX_NAME {
        return Err(Error::invalid(field, too_long(MAX_NAME)));
    }
    if t.chars().any(char::is_control) {
        return Err(Error::invalid(field, MessageId::RefusalControlCharacters));
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
        return Err(Error::invalid(field, too_long(MAX_TEXT)));
    }
    if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::invalid(field, MessageId::RefusalControlCharacters));
    }
    Ok(Some(t.to_string()))
}

/// An integer within `lo..=hi`.
pub fn range(field: &str, v: i64, lo: i64, hi: i64) -> Result<i64> {
    if v < lo || v > hi {
        return Err(Error::invalid(field, range_problem(lo, hi)));
    }
    Ok(v)
}

/// "This must be at most `max` characters."
pub(crate) fn too_long(max: usize) -> Message {
    Message::new(MessageId::RefusalTooLong).num("max", i64::try_from(max).unwrap_or(i64::MAX))
}

/// Why a number outside `lo..=hi` is refused ("at least `lo`" when there is no real upper bound).
pub(crate) fn range_problem(lo: i64, hi: i64) -> Message {
    if hi == i64::MAX {
        Message::new(MessageId::RefusalAtLeast).num("min", lo)
    } else {
        Message::new(MessageId::RefusalRange).num("lo", lo).num("hi", hi)
    }
}
