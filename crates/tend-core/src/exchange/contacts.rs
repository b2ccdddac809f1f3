//! vCard import (3.0 and 4.0, RFC 2426 / RFC 6350, what phones export): names, phone numbers
//! and email addresses become people in a chosen network and role.
//!
//! The file is split into cards and unfolded here (so one bad card cannot take the others down,
//! and a fold after a space keeps its space); each card's properties are parsed by the `ical`
//! crate. Re-importing matches people by normalised name plus a shared phone number or email
//! (name alone when the card has neither), so nobody is added twice.

use std::io::BufReader;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{ContactKind, Role};
use crate::people::{self, ContactMethod, PersonInput};
use crate::store::Store;

/// A card left out, or a value dropped from a card, and why. Never quotes the card's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SkippedCard {
    /// Position of the card in the file, from 0.
    pub index: u32,
    pub reason: Message,
}

/// What a contacts import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactsReport {
    /// People added.
    pub created: u32,
    /// People already there who got a new number, address or network membership.
    pub updated: u32,
    /// People already there with everything the card says.
    pub unchanged: u32,
    /// Cards that could not be imported.
    pub skipped: Vec<SkippedCard>,
    /// Numbers or addresses left out of cards that were imported.
    pub dropped: Vec<SkippedCard>,
}

/// One card as read: a name and its usable contact methods.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Card {
    name: String,
    contacts: Vec<ContactMethod>,
}

/// Whether a vCard 2.1 quoted-printable value goes on: its line ends in a soft line break (`=`).
fn qp_continues(line: &str) -> bool {
    line.ends_with('=')
        && line
            .split_once(':')
            .is_some_and(|(params, _)| params.to_ascii_uppercase().contains("QUOTED-PRINTABLE"))
}

/// Unfolds content lines (RFC 6350 §3.2: a line break followed by one space or tab continues
/// the line; in vCard 2.1 quoted-printable, a line ending in `=` continues on the next) and
/// splits them into cards, each from BEGIN:VCARD to END:VCARD.
fn split_cards(text: &str) -> Vec<std::result::Result<Vec<String>, Message>> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(last) = lines.last_mut().filter(|l| qp_continues(l)) {
            last.pop(); // the soft break's '='
            last.push_str(raw);
            continue;
        }
        match (
            raw.strip_prefix(' ').or_else(|| raw.strip_prefix('\t')),
            lines.last_mut(),
        ) {
            (Some(cont), Some(last)) => last.push_str(cont),
            _ => lines.push(raw.to_string()),
        }
    }
    let mut cards = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.eq_ignore_ascii_case("BEGIN:VCARD") {
            if current.take().is_some() {
                cards.push(Err(MessageId::SkipCardUnended.into()));
            }
            current = Some(vec![t.to_string()]);
        } else if t.eq_ignore_ascii_case("END:VCARD") {
            match current.take() {
                Some(mut c) => {
                    c.push(t.to_string());
                    cards.push(Ok(c));
                }
                None => cards.push(Err(MessageId::SkipCardUnbegun.into())),
            }
        } else if let Some(c) = current.as_mut() {
            c.push(line);
        }
        // Text outside any card is ignored, like every address book does.
    }
    if current.is_some() {
        cards.push(Err(MessageId::SkipCardCut.into()));
    }
    cards
}

/// Undoes vCard text escaping (`\,` `\;` `\\` `\n`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push(' '),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a structured value on `;` that is not escaped.
fn components(s: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut esc = false;
    for c in s.chars() {
        match (esc, c) {
            (false, '\\') => {
                esc = true;
                if let Some(last) = out.last_mut() {
                    last.push(c);
                }
            }
            (false, ';') => out.push(String::new()),
            _ => {
                esc = false;
                if let Some(last) = out.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    out.iter().map(|p| unescape(p)).collect()
}

/// Decodes vCard 2.1-style quoted-printable text (`=4A=6F`), leaving anything malformed as is.
fn quoted_printable(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |x: u8| (x as char).to_digit(16);
        match (
            b.get(i),
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (Some(b'='), Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (Some(&c), _, _) => {
                out.push(c);
                i += 1;
            }
            (None, _, _) => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Rewrites vCard 2.1's bare parameters (`TEL;CELL;PREF:…`, `N;QUOTED-PRINTABLE:…`) into the
/// `KEY=VALUE` form the parser reads (`TEL;TYPE=CELL;TYPE=PREF:…`); without this a whole card
/// from an older phone is unreadable. Other lines are returned as they are.
fn v21_params(line: &str) -> std::borrow::Cow<'_, str> {
    let mut quoted = false;
    let Some(colon) = line.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    }) else {
        return line.into();
    };
    let (head, value) = line.split_at(colon);
    let mut parts = head.split(';');
    let name = parts.next().unwrap_or_default();
    let params: Vec<&str> = parts.collect();
    if params.iter().all(|p| p.contains('=')) {
        return line.into();
    }
    let mut out = String::with_capacity(line.len() + 8 * params.len());
    out.push_str(name);
    for p in params {
        out.push(';');
        if p.contains('=') {
            out.push_str(p);
        } else if ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"]
            .iter()
            .any(|e| p.eq_ignore_ascii_case(e))
        {
            out.push_str("ENCODING=");
            out.push_str(p);
        } else {
            out.push_str("TYPE=");
            out.push_str(p);
        }
    }
    out.push_str(value);
    out.into()
}

/// Reads one card; Err is the reason it is skipped. Values that cannot be used are reported
/// in `dropped` and the rest of the card is kept.
fn read_card(lines: &[String], dropped: &mut Vec<Message>) -> std::result::Result<Card, Message> {
    let text = lines.iter().map(|l| v21_params(l)).collect::<Vec<_>>().join("\r\n");
    let mut parser = ical::VcardParser::new(BufReader::new(text.as_bytes()));
    let contact = match parser.next() {
        Some(Ok(c)) => c,
        Some(Err(_)) | None => return Err(MessageId::SkipCardUnreadable.into()),
    };
    let (mut fn_name, mut n_name) = (None, None);
    let mut contacts: Vec<ContactMethod> = Vec::new();
    for p in &contact.properties {
        let Some(raw) = p.value.as_deref() else { continue };
        let qp = p.params.iter().flatten().any(|(k, v)| {
            k.eq_ignore_ascii_case("ENCODING") && v.iter().any(|v| v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        });
        let value = if qp { quoted_printable(raw) } else { raw.to_string() };
        match p.name.to_ascii_uppercase().as_str() {
            "FN" => fn_name = Some(collapse(&unescape(&value))).filter(|s| !s.is_empty()),
            "N" => {
                // Family; Given; Additional; Prefixes; Suffixes → "Prefix Given Additional Family Suffix".
                let c = components(&value);
                let part = |i: usize| c.get(i).map(|s| s.replace(',', " ")).unwrap_or_default();
                let name = collapse(&[part(3), part(1), part(2), part(0), part(4)].join(" "));
                n_name = Some(name).filter(|s| !s.is_empty());
            }
            "TEL" => {
                let v = unescape(&value);
                let v = v.trim();
                let v = v.strip_prefix("tel:").unwrap_or(v);
                // "tel:+1-555-0100;ext=2": the extension cannot be dialled from a list.
                let v = v.split(';').next().unwrap_or(v);
                let kept: String = v
                    .chars()
                    .filter(|c| c.is_ascii_digit() || " +-().".contains(*c))
                    .collect();
                match people::contact_value(ContactKind::Phone, &collapse(&kept)) {
                    Ok(v) => push_new(&mut contacts, ContactKind::Phone, v),
                    Err(_) => dropped.push(MessageId::SkipCardPhone.into()),
                }
            }
            "EMAIL" => {
                let v = unescape(&value);
                let v = v.trim();
                let v = v.strip_prefix("mailto:").unwrap_or(v);
                match people::contact_value(ContactKind::Email, v) {
                    Ok(v) => push_new(&mut contacts, ContactKind::Email, v),
                    Err(_) => dropped.push(MessageId::SkipCardEmail.into()),
                }
            }
            _ => {}
        }
    }
    let name = fn_name.or(n_name).ok_or(Message::from(MessageId::SkipCardNoName))?;
    crate::validate::name("name", &name).map_err(|e| match e {
        Error::InvalidInput { problem, .. } => problem,
        _ => MessageId::SkipCardUnreadable.into(),
    })?;
    Ok(Card { name, contacts })
}

fn same_contact(a: &ContactMethod, b: &ContactMethod) -> bool {
    a.kind == b.kind
        && match a.kind {
            ContactKind::Phone => digits(&a.value) == digits(&b.value),
            _ => a.value.eq_ignore_ascii_case(&b.value),
        }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn push_new(list: &mut Vec<ContactMethod>, kind: ContactKind, value: String) {
    let c = ContactMethod { kind, value };
    if !list.iter().any(|o| same_contact(o, &c)) {
        list.push(c);
    }
}

fn norm_name(s: &str) -> String {
    collapse(s).to_lowercase()
}

/// A person already in the store, as matching needs them.
struct Known {
    id: i64,
    name: String,
    contacts: Vec<ContactMethod>,
    networks: Vec<i64>,
}

fn known(c: &Connection) -> Result<Vec<Known>> {
    Ok(people::load(c, "1", &[])?
        .into_iter()
        .map(|p| Known {
            id: p.id,
            name: norm_name(&p.name),
            contacts: p.contacts,
            networks: p.networks,
        })
        .collect())
}

impl Store {
    /// Imports a vCard file (3.0 or 4.0; several cards) into `network_id` with `role`, in one
    /// transaction. A card that cannot be read is reported in `skipped`; the rest are imported.
    /// Someone already in the store (same name, ignoring case and spacing, and a shared phone
    /// number or email, or the same name when the card has neither) is not added again: new
    /// numbers and addresses are added to them, and they join the network.
    pub fn import_vcards(&self, text: &str, network_id: i64, role: Role, now: DateTime<Utc>) -> Result<ContactsReport> {
        let mut report = ContactsReport::default();
        let mut cards = Vec::new();
        for (i, chunk) in split_cards(text).into_iter().enumerate() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            let mut dropped = Vec::new();
            match chunk.and_then(|lines| read_card(&lines, &mut dropped)) {
                Ok(card) => cards.push(card),
                Err(reason) => report.skipped.push(SkippedCard { index, reason }),
            }
            report
                .dropped
                .extend(dropped.into_iter().map(|reason| SkippedCard { index, reason }));
        }
        if cards.is_empty() && report.skipped.is_empty() {
            return Err(Error::invalid("contacts", MessageId::RefusalNoVcard));
        }
        self.write(|tx| {
            crate::network::get(tx, network_id)
                .map_err(|_| Error::invalid("network", MessageId::RefusalNetworkGone))?;
            let mut people = known(tx)?;
            for card in cards {
                let name = norm_name(&card.name);
                let found = people.iter_mut().find(|k| {
                    k.name == name
                        && (card.contacts.is_empty()
                            || card
                                .contacts
                                .iter()
                                .any(|c| k.contacts.iter().any(|o| same_contact(c, o))))
                });
                match found {
                    Some(k) => {
                        let mut changed = false;
                        for c in &card.contacts {
                            if !k.contacts.iter().any(|o| same_contact(c, o)) {
                                tx.execute(
                                    "INSERT INTO contact_method (person_id, kind, value) VALUES (?1, ?2, ?3)",
                                    params![k.id, c.kind.as_str(), c.value],
                                )?;
                                k.contacts.push(c.clone());
                                changed = true;
                            }
                        }
                        if !k.networks.contains(&network_id) {
                            tx.execute(
                                "INSERT INTO network_member (network_id, person_id) VALUES (?1, ?2)",
                                params![network_id, k.id],
                            )?;
                            k.networks.push(network_id);
                            changed = true;
                        }
                        if changed {
                            report.updated += 1;
                        } else {
                            report.unchanged += 1;
                        }
                    }
                    None => {
                        let mut input = PersonInput::new(card.name.clone(), role);
                        input.support = role.typical_support().to_vec();
                        input.contacts = card.contacts.clone();
                        input.networks = vec![network_id];
                        let id = people::insert(tx, &input.validated()?, now)?;
                        people.push(Known {
                            id,
                            name,
                            contacts: card.contacts,
                            networks: vec![network_id],
                        });
                        report.created += 1;
                    }
                }
            }
            Ok(report)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_and_splits() {
        let text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann \r\n Lee\r\nEND:VCARD\r\ngarbage\r\nBEGIN:VCARD\nFN:B\n";
        let cards = split_cards(text);
        assert_eq!(cards.len(), 2);
        let first = cards[0].as_ref().unwrap();
        assert!(first.contains(&"FN:Ann Lee".to_string()), "{first:?}");
        assert!(cards[1].is_err());
    }

    #[test]
    fn quoted_printable_soft_line_breaks_join() {
        // What older phones export: a long quoted-printable name wrapped with a trailing '='.
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller-=\r\nWesterhagen;J=C3=B6rg\r\nTEL;CELL;PREF:+49 30 1234567\r\nEMAIL;INTERNET:j@example.de\r\nEND:VCARD\r\n";
        let cards = split_cards(text);
        let lines = cards[0].as_ref().unwrap();
        assert_eq!(lines.len(), 6, "{lines:?}");
        let mut d = Vec::new();
        let card = read_card(lines, &mut d).unwrap();
        assert_eq!(card.name, "Jörg Müller-Westerhagen");
        // vCard 2.1's bare parameters (CELL, PREF, INTERNET) do not make the card unreadable.
        assert_eq!(card.contacts.len(), 2, "{:?}", card.contacts);
        assert_eq!(
            v21_params("N;QUOTED-PRINTABLE:J=C3=B6rg"),
            "N;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg"
        );
        assert_eq!(v21_params("TEL;TYPE=CELL:+1 555"), "TEL;TYPE=CELL:+1 555");
        // A plain value that happens to end in '=' is not joined.
        let plain = split_cards("BEGIN:VCARD\nNOTE:a=\nFN:B\nEND:VCARD\n");
        assert_eq!(plain[0].as_ref().unwrap().len(), 4);
    }

    #[test]
    fn names_and_escapes() {
        let mut d = Vec::new();
        let card = read_card(
            &[
                "BEGIN:VCARD".into(),
                "VERSION:3.0".into(),
                "N:Lee;Ann;Marie;Dr.;".into(),
                "TEL;TYPE=CELL:+1 (555) 010-0199".into(),
                "TEL:call me maybe".into(),
                "EMAIL:ann@example.org".into(),
                "END:VCARD".into(),
            ],
            &mut d,
        )
        .unwrap();
        assert_eq!(card.name, "Dr. Ann Marie Lee");
        assert_eq!(card.contacts.len(), 2);
        assert_eq!(d.len(), 1);
        assert_eq!(components(r"a\;b;c"), vec!["a;b".to_string(), "c".to_string()]);
        assert_eq!(quoted_printable("J=C3=B6rg"), "Jörg");
        assert_eq!(quoted_printable("bad=Z"), "bad=Z");
    }
}
