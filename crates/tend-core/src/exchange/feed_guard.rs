//! A guard between a downloaded feed and the JSON parser, so a hostile feed costs no more memory
//! than an honest one: no string is held past what any field may hold, and no record past what
//! any honest record needs.
//!
//! `serde_json` reads a whole string (or a whole record, as a `Value`) before anyone can look at
//! it, so a 100 MB slug costs 100 MB and more. This reader follows the JSON's structure byte by
//! byte as it streams past: a string longer than [`MAX_STRING_BYTES`] is cut there (the rest is
//! skipped, the text stays valid JSON, and the field is still too long for its rule, so the record
//! is skipped for it), and a record (an object or array in the feed's top-level array) larger than
//! [`MAX_RECORD_BYTES`] is replaced by a marker the reader reports as too large.

use std::io::{self, Read};

/// The most of one JSON string passed on, in bytes as written. Every field Tend keeps is at most
/// 4,000 characters, which is at most 48,000 bytes of JSON even fully `\u`-escaped; a string cut
/// here is still over its field's limit.
pub const MAX_STRING_BYTES: usize = 64 * 1024;

/// The most of one record passed on, in bytes as written; a real meeting is a few hundred bytes.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// What replaces a record over [`MAX_RECORD_BYTES`]: an object whose only key is a NUL, which no
/// feed field can be (see [`is_oversized`]).
const OVERSIZED: &[u8] = br#"{"\u0000":"oversized"}"#;

/// Whether `record` is the marker left for a record over [`MAX_RECORD_BYTES`].
pub fn is_oversized(record: &serde_json::Map<String, serde_json::Value>) -> bool {
    record.len() == 1 && record.contains_key("\0")
}

/// Reads a JSON feed from `inner`, bounded as the module says.
pub struct FeedGuard<R> {
    inner: R,
    chunk: Vec<u8>,
    /// Bytes ready for the parser, and how far it has taken them.
    out: Vec<u8>,
    out_pos: usize,
    eof: bool,
    /// Nesting of arrays and objects outside strings (1 = inside the feed's array).
    depth: u32,
    in_string: bool,
    /// After a backslash inside a string.
    escape: bool,
    /// Hex digits of a `\u` escape still to come, and the code unit read so far.
    hex_left: u8,
    hex: u16,
    /// The last escape was a high surrogate: never cut before its low half.
    need_low: bool,
    string_len: usize,
    /// Past [`MAX_STRING_BYTES`]: skipping to the string's closing quote.
    cutting: bool,
    /// Inside a record (an object or array at depth 1), held until it closes.
    record: Option<Vec<u8>>,
    /// The record passed [`MAX_RECORD_BYTES`]: skipping to its end, to emit the marker.
    oversized: bool,
}

impl<R: Read> FeedGuard<R> {
    pub fn new(inner: R) -> Self {
        FeedGuard {
            inner,
            chunk: vec![0; 64 * 1024],
            out: Vec::new(),
            out_pos: 0,
            eof: false,
            depth: 0,
            in_string: false,
            escape: false,
            hex_left: 0,
            hex: 0,
            need_low: false,
            string_len: 0,
            cutting: false,
            record: None,
            oversized: false,
        }
    }

    fn emit(&mut self, b: u8) {
        match &mut self.record {
            None => self.out.push(b),
            Some(_) if self.oversized => {}
            Some(r) => {
                r.push(b);
                if r.len() > MAX_RECORD_BYTES {
                    // Give the memory back at once: a hostile record may be very long.
                    self.record = Some(Vec::new());
                    self.oversized = true;
                }
            }
        }
    }

    /// Inside a string: passes `b` on unless the string is being cut.
    fn string_byte(&mut self, b: u8) {
        if self.escape {
            self.escape = false;
            if b == b'u' {
                self.hex_left = 4;
                self.hex = 0;
            } else {
                self.need_low = false;
            }
        } else if self.hex_left > 0 {
            self.hex_left -= 1;
            let digit = (b as char).to_digit(16).unwrap_or(0) as u16;
            self.hex = (self.hex << 4) | digit;
            if self.hex_left == 0 {
                self.need_low = (0xD800..0xDC00).contains(&self.hex);
            }
        } else if b == b'\\' {
            self.escape = true;
        } else if b == b'"' {
            self.in_string = false;
            self.cutting = false;
            self.need_low = false;
            self.emit(b);
            return;
        } else if self.string_len >= MAX_STRING_BYTES && !self.need_low && b & 0xC0 != 0x80 {
            // A character boundary outside any escape: cut here, keep only the closing quote.
            self.cutting = true;
        }
        if self.cutting {
            return;
        }
        self.string_len += 1;
        self.emit(b);
    }

    fn byte(&mut self, b: u8) {
        if self.in_string {
            return self.string_byte(b);
        }
        match b {
            b'"' => {
                self.in_string = true;
                self.string_len = 0;
            }
            b'{' | b'[' => {
                if self.depth == 1 {
                    self.record = Some(Vec::new());
                    self.oversized = false;
                }
                self.depth += 1;
            }
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 1 {
                    self.emit(b);
                    if let Some(r) = self.record.take() {
                        if self.oversized {
                            self.out.extend_from_slice(OVERSIZED);
                        } else {
                            self.out.extend_from_slice(&r);
                        }
                    }
                    return;
                }
            }
            _ => {}
        }
        self.emit(b);
    }
}

impl<R: Read> Read for FeedGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.out.len() {
            self.out.clear();
            self.out_pos = 0;
            if self.eof {
                // A record cut off by the end of the feed: pass on what it was, so the parser
                // says the JSON is incomplete.
                if let Some(r) = self.record.take() {
                    if !self.oversized {
                        self.out.extend_from_slice(&r);
                    }
                    continue;
                }
                return Ok(0);
            }
            let n = self.inner.read(&mut self.chunk)?;
            if n == 0 {
                self.eof = true;
                continue;
            }
            for i in 0..n {
                let b = self.chunk[i];
                self.byte(b);
            }
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(s: &str) -> String {
        let mut out = String::new();
        FeedGuard::new(s.as_bytes()).read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn honest_feeds_pass_unchanged() {
        for s in [
            r#"[{"name": "A \"quoted\" \\ name", "slug": 3, "day": [1, 2], "x": {"y": [[]]}}, 2, "x", null]"#,
            r#" [ ] "#,
            r#"{"not": "an array"}"#,
            r#"[{"emoji": "\ud83d\ude00 ü", "cut": [1, 2"#,
        ] {
            assert_eq!(through(s), s);
        }
    }

    #[test]
    fn a_long_string_is_cut_and_stays_valid_json() {
        let long = "é".repeat(MAX_STRING_BYTES) + "\\\"end";
        let out = through(&format!(r#"[{{"slug": "{long}", "name": "ok"}}]"#));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let slug = v[0]["slug"].as_str().unwrap();
        assert!(
            slug.len() <= MAX_STRING_BYTES + 1 && slug.chars().count() > 4000,
            "{}",
            slug.len()
        );
        assert_eq!(v[0]["name"], "ok", "what follows the cut string is read as written");
        // A cut never splits a surrogate pair: the JSON stays valid.
        let pairs = "\\ud83d\\ude00".repeat(MAX_STRING_BYTES / 12 + 5);
        let out = through(&format!(r#"["{pairs}"]"#));
        assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    }

    #[test]
    fn a_huge_record_becomes_the_marker() {
        let many = vec!["\"abc\""; MAX_RECORD_BYTES / 5].join(",");
        let out = through(&format!(r#"[{{"name": "x", "types": [{many}]}}, {{"name": "next"}}]"#));
        let v: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert!(is_oversized(v[0].as_object().unwrap()));
        assert_eq!(v[1]["name"], "next");
    }
}
