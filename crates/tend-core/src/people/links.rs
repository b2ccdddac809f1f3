//! Call and text links for a phone number as people type them ("+1 (555) 010-0100",
//! "116 123", "0800 123 4567 ext. 2"): the one clean-up both shells use, so a tap on an SOS
//! number dials the same digits on Android and iOS.

use serde::{Deserialize, Serialize};

/// What a link should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PhoneLinkKind {
    /// `tel:` — dial.
    Call,
    /// `sms:` — start a text.
    Text,
}

/// A `tel:` or `sms:` URI for `number`, or `None` when it holds no digits to dial.
///
/// Keeps a leading `+` and the digits; drops visual separators (spaces, dots, dashes,
/// parentheses) and an extension ("x2", "ext. 2": the person asks for it once connected). Call
/// links keep `*` and `#` (service codes, `#` written `%23` as RFC 3966 requires); text links
/// cannot carry them.
pub fn phone_link(number: &str, kind: PhoneLinkKind) -> Option<String> {
    let lower = number.to_ascii_lowercase();
    let main = ["ext", "x", ";"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()
        .map_or(number, |i| &number[..i]);
    let mut out = String::new();
    for (i, c) in main.trim().chars().enumerate() {
        match c {
            '+' if i == 0 => out.push('+'),
            '0'..='9' => out.push(c),
            '*' if kind == PhoneLinkKind::Call => out.push('*'),
            '#' if kind == PhoneLinkKind::Call => out.push_str("%23"),
            _ => {}
        }
    }
    if !out.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let scheme = match kind {
        PhoneLinkKind::Call => "tel",
        PhoneLinkKind::Text => "sms",
    };
    Some(format!("{scheme}:{out}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use PhoneLinkKind::*;

    #[test]
    fn numbers_as_people_write_them() {
        assert_eq!(
            phone_link("+1 (555) 010-0100", Call).as_deref(),
            Some("tel:+15550100100")
        );
        assert_eq!(phone_link("116 123", Text).as_deref(), Some("sms:116123"));
        assert_eq!(phone_link("1-800-662-4357", Call).as_deref(), Some("tel:18006624357"));
        assert_eq!(
            phone_link("0800 123 4567 ext. 2", Call).as_deref(),
            Some("tel:08001234567")
        );
        assert_eq!(phone_link("555.0100 x12", Text).as_deref(), Some("sms:5550100"));
        assert_eq!(phone_link("*99#", Call).as_deref(), Some("tel:*99%23"));
        assert_eq!(phone_link("*99#", Text).as_deref(), Some("sms:99"));
        // A plus in the middle is a typo, not an international prefix.
        assert_eq!(phone_link("555+0100", Call).as_deref(), Some("tel:5550100"));
        assert_eq!(phone_link("call me", Call), None);
        assert_eq!(phone_link("", Text), None);
    }
}
