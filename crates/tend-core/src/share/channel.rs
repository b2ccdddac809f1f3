//! The live channel's side of the store, with no network in it: whom the user has linked
//! (a person and their Matrix ID), what is waiting to be sent, and what partners sent back.
//!
//! What goes out is decided here, from stored facts and the consents alone, so it is the same
//! whether the phone was online when it happened or syncs a day later: [`Store::queue_due_shares`]
//! writes every consented item that is due (the weekly summary, a milestone reached, an SOS
//! pressed, a decline alert) into the outbox once, and the transport (`share::matrix`, behind
//! the `share` feature) sends exactly the outbox, re-checking consent just before it does.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{DEFAULT_DECLINE_DAYS, Partner, facts, partner, summary};
use crate::error::{Error, Result};
use crate::messages::{Catalog, Message, MessageId};
use crate::model::{PersonRef, ShareItem, ShareKind};
use crate::store::Store;
use crate::time::{from_ms, local_date, to_ms};
use crate::validate;

/// An SOS older than this is not sent when the phone comes back online: an alert about a
/// moment long past would alarm without helping.
pub const SOS_FRESH_HOURS: i64 = 24;

/// A person linked to a Matrix ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PartnerLink {
    pub person: PersonRef,
    /// `@name:server`.
    pub matrix_id: String,
    /// The encrypted direct room, once there is one.
    pub room_id: Option<String>,
    pub linked_at: DateTime<Utc>,
    /// The partner's set of devices changed after Tend first saw it (a new phone, or someone
    /// else signed in as them): shown to the user until they link the person again.
    pub devices_changed_at: Option<DateTime<Utc>>,
    /// What the last sync found of the shared room.
    pub state: LinkState,
}

/// What the last sync found of a partner's shared room: what the Partner screen says about the
/// link, and why something waits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LinkState {
    /// No room yet: Tend makes one when there is first something to send.
    NoRoom,
    /// There is a room, not looked at since this version of Tend (the next sync does).
    Unchecked,
    /// The partner is invited and has not joined yet: messages wait for them.
    Waiting,
    /// The partner is in the room, and nobody else: messages go.
    Ready,
    /// The partner left the shared room: nothing goes there. Linking them again invites them
    /// into a new encrypted room.
    Left,
    /// Someone besides the two of you is in the room (joined or invited): nothing goes there.
    /// Revoking and linking again, or linking again, makes a fresh room.
    OthersPresent {
        /// Their Matrix IDs.
        others: Vec<String>,
    },
    /// The partner's homeserver could not be reached to invite them: tried again on each sync.
    Unreachable,
}

impl LinkState {
    fn stored(&self) -> Option<&'static str> {
        match self {
            LinkState::NoRoom | LinkState::Unchecked => None,
            LinkState::Waiting => Some("waiting"),
            LinkState::Ready => Some("ready"),
            LinkState::Left => Some("left"),
            LinkState::OthersPresent { .. } => Some("others"),
            LinkState::Unreachable => Some("unreachable"),
        }
    }

    /// Read leniently: a value no rule would store reads as "not checked".
    fn read(room: Option<&str>, state: Option<&str>, others: Option<&str>) -> LinkState {
        match (room, state) {
            (None, _) => LinkState::NoRoom,
            (Some(_), Some("waiting")) => LinkState::Waiting,
            (Some(_), Some("ready")) => LinkState::Ready,
            (Some(_), Some("left")) => LinkState::Left,
            (Some(_), Some("others")) => LinkState::OthersPresent {
                others: others.unwrap_or("").split_whitespace().map(str::to_string).collect(),
            },
            (Some(_), Some("unreachable")) => LinkState::Unreachable,
            (Some(_), _) => LinkState::Unchecked,
        }
    }
}

/// How a timeline event reached this device, as the transport saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Sent without end-to-end encryption: anyone with the sender's access token, or their
    /// homeserver, could have written it.
    Plain,
    /// Encrypted, but not decrypted (yet): no key for it.
    Undecryptable,
    /// Decrypted. `sender` is who the Megolm session's device belongs to; `device_known` whether
    /// that device could be tied to a device of the sender's (a key from an unknown or deleted
    /// device, or one forwarded by someone else, is not).
    Decrypted { sender: String, device_known: bool },
}

/// What becomes of one incoming message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Stored in the inbox as the partner's words.
    Accept,
    /// Not stored; counted as undecryptable.
    Undecryptable,
    /// Not stored; counted as not sent by the partner's own devices.
    NotFromTheirDevices,
}

/// Only a message decrypted from one of the linked partner's own devices is theirs: a plain
/// event with their name on it (a leaked token, their homeserver) or one whose keys came from
/// another user or an unknown device is never shown as their words.
pub fn verdict(claimed_sender: &str, partner: &str, origin: &Origin) -> Verdict {
    match origin {
        Origin::Undecryptable => Verdict::Undecryptable,
        Origin::Decrypted {
            sender,
            device_known: true,
        } if sender == partner && claimed_sender == partner => Verdict::Accept,
        Origin::Plain | Origin::Decrypted { .. } => Verdict::NotFromTheirDevices,
    }
}

/// The members of a shared room besides the user and the partner (joined or invited): anyone
/// there would read what is sent next. Sorted, each once.
pub fn others_in_room(members: &[String], me: &str, partner: &str) -> Vec<String> {
    let mut out: Vec<String> = members
        .iter()
        .filter(|m| m.as_str() != me && m.as_str() != partner)
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Why `candidate` (already parsed as a Matrix user ID) cannot be a partner of the account `own`,
/// if it cannot: an empty name, or the user's own account written in another case (servers
/// treat user names without regard to case).
pub fn partner_id_problem(candidate: &str, own: &str) -> Option<Message> {
    if candidate.starts_with("@:") || !candidate.starts_with('@') {
        return Some(Message::new(MessageId::RefusalMatrixIdNoName).text("example", "@name:server"));
    }
    if candidate.eq_ignore_ascii_case(own) {
        return Some(MessageId::RefusalMatrixIdOwn.into());
    }
    None
}

/// The longest stored text of a received message, in characters.
pub const MAX_RECEIVED_CHARS: usize = 4000;

/// A received body as stored: at most [`MAX_RECEIVED_CHARS`] characters, and when it was longer,
/// it says so at its end rather than stopping mid-sentence without a word.
pub fn bounded_body(body: &str) -> String {
    if body.chars().count() <= MAX_RECEIVED_CHARS {
        return body.to_string();
    }
    let mut out: String = body.chars().take(MAX_RECEIVED_CHARS).collect();
    out.push_str(SHORTENED);
    out
}

/// Appended to a received message cut at [`MAX_RECEIVED_CHARS`].
pub const SHORTENED: &str = " […] (shortened: the message was longer than 4000 characters)";

/// One message waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Outgoing {
    pub id: i64,
    pub person: PersonRef,
    pub matrix_id: String,
    pub kind: ShareKind,
    /// The exact text the partner reads.
    pub body: String,
    /// The same as messages, one per line, sent beside the text so a partner using Tend reads it
    /// in their own language; empty for text the user typed.
    pub lines: Vec<Message>,
    pub created_at: DateTime<Utc>,
}

/// One message a partner sent, decrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct InboxMessage {
    /// The sender's Matrix ID.
    pub from: String,
    /// The person linked to that ID, if any.
    pub person_id: Option<i64>,
    pub kind: ShareKind,
    /// The text as the sender's Tend worded it (what other Matrix apps show).
    pub body: String,
    /// When the sender's Tend sent it as messages too: the lines to word in this phone's
    /// language instead of `body`. Empty for typed text and for messages from other apps.
    pub lines: Vec<Message>,
    pub at: DateTime<Utc>,
}

/// A message as the transport received it, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub event_id: String,
    pub from: String,
    pub kind: ShareKind,
    pub body: String,
    /// Its lines as messages, when they came with it and passed [`received_lines`].
    pub lines: Vec<Message>,
    pub at: DateTime<Utc>,
}

/// The most lines a received message may carry as messages.
pub const MAX_RECEIVED_LINES: usize = 16;

/// The lines a partner's message carried beside its text, when every one is a message this
/// version knows, of those a partner's Tend sends (`share-…`), with exactly its arguments, their words within [`MAX_RECEIVED_CHARS`] in all;
/// anything else is dropped whole (the text is shown instead), so a hostile sender cannot make a
/// message render as something its text does not say, or grow without bound.
pub fn received_lines(value: Option<&serde_json::Value>) -> Vec<Message> {
    let Some(v) = value else { return Vec::new() };
    if v.to_string().chars().count() > MAX_RECEIVED_CHARS {
        return Vec::new();
    }
    match serde_json::from_value::<Vec<Message>>(v.clone()) {
        Ok(lines)
            if lines.len() <= MAX_RECEIVED_LINES
                && lines
                    .iter()
                    .all(|m| m.is_well_formed() && m.id.key().starts_with("share-")) =>
        {
            lines
        }
        _ => Vec::new(),
    }
}

fn lines_json(lines: &[Message]) -> Option<String> {
    (!lines.is_empty()).then(|| serde_json::to_string(lines).unwrap_or_default())
}

fn lines_from(json: Option<String>) -> Vec<Message> {
    received_lines(json.and_then(|j| serde_json::from_str(&j).ok()).as_ref())
}

/// The consent an outgoing kind needs; `None` for text the user typed and sent themselves.
fn needs(kind: ShareKind) -> Option<ShareItem> {
    match kind {
        ShareKind::Summary => Some(ShareItem::Summary),
        ShareKind::Milestone => Some(ShareItem::Milestones),
        ShareKind::Sos => Some(ShareItem::Sos),
        ShareKind::Decline => Some(ShareItem::Decline),
        ShareKind::Text => None,
    }
}

/// One `partner_link` row as stored.
struct LinkRow {
    matrix_id: String,
    room_id: Option<String>,
    linked_at: i64,
    devices_changed_at: Option<i64>,
    room_state: Option<String>,
    room_others: Option<String>,
}

/// Whether a message of `kind` may go to this partner now: what Tend sends needs its consent and
/// an unpaused partner; words the user typed and sent themselves need neither.
fn may_send(p: &Partner, kind: ShareKind) -> bool {
    match needs(kind) {
        Some(item) => !p.paused && p.consents.iter().any(|x| x.item == item),
        None => true,
    }
}

fn link_row(c: &Connection, person_id: i64) -> Result<Option<LinkRow>> {
    Ok(c.query_row(
        "SELECT matrix_id, room_id, linked_at, devices_changed_at, room_state, room_others
         FROM partner_link WHERE person_id = ?1",
        [person_id],
        |r| {
            Ok(LinkRow {
                matrix_id: r.get(0)?,
                room_id: r.get(1)?,
                linked_at: r.get(2)?,
                devices_changed_at: r.get(3)?,
                room_state: r.get(4)?,
                room_others: r.get(5)?,
            })
        },
    )
    .optional()?)
}

fn linked_ids(c: &Connection) -> Result<Vec<i64>> {
    let mut st = c.prepare_cached(
        "SELECT l.person_id FROM partner_link l JOIN person p ON p.id = l.person_id
         ORDER BY p.name COLLATE NOCASE, p.id",
    )?;
    let ids = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// Writes one outbox row unless its `dedupe` key was used for this person before; returns
/// whether it was new.
fn enqueue(
    c: &Connection,
    person_id: i64,
    kind: ShareKind,
    lines: &[Message],
    body: &str,
    dedupe: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = c.execute(
        "INSERT INTO share_outbox (person_id, kind, body, lines, dedupe, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (person_id, dedupe) DO NOTHING",
        params![person_id, kind.as_str(), body, lines_json(lines), dedupe, to_ms(now)],
    )?;
    Ok(n == 1)
}

/// Queues `lines`, worded in the user's language as the text.
fn enqueue_lines(
    c: &Connection,
    person_id: i64,
    kind: ShareKind,
    lines: &[Message],
    dedupe: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let words = Catalog::for_locale(&crate::messages::user_language(c)?);
    enqueue(c, person_id, kind, lines, &summary::text_of(lines, words), dedupe, now)
}

/// The local date of the user's last daily check-in, if any.
fn last_daily(c: &Connection) -> Result<Option<NaiveDate>> {
    let d: Option<String> = c.query_row("SELECT max(local_date) FROM checkin WHERE kind = 'daily'", [], |r| {
        r.get(0)
    })?;
    Ok(d.and_then(|d| d.parse().ok()))
}

/// Everything due for one linked partner at `now`, written into the outbox once.
fn queue_for(c: &Connection, person_id: i64, linked_at: i64, now: DateTime<Utc>, tz: Tz) -> Result<()> {
    let f = facts(c, person_id)?;
    let network = f.network();
    let p = partner(c, f)?;
    if p.paused {
        return Ok(());
    }
    let today = local_date(now, tz);
    let has = |i: ShareItem| p.consents.iter().find(|x| x.item == i);
    // Nothing from before the user both linked the person and said yes to the item.
    let since = |granted: DateTime<Utc>| to_ms(granted).max(linked_at);

    if let Some(x) = has(ShareItem::Summary) {
        let recent: bool = c.query_row(
            "SELECT EXISTS (SELECT 1 FROM share_outbox WHERE person_id = ?1 AND kind = 'summary'
                             AND cancelled_at IS NULL AND created_at > ?2)",
            params![person_id, to_ms(now - Duration::days(7))],
            |r| r.get(0),
        )?;
        if !recent && to_ms(now) >= since(x.granted_at) {
            let s = summary::weekly(c, network, has(ShareItem::Mood).is_some(), now, tz)?;
            enqueue(
                c,
                person_id,
                ShareKind::Summary,
                &s.lines,
                &s.text,
                Some(&format!("summary:{}", s.to)),
                now,
            )?;
        }
    }
    if let Some(x) = has(ShareItem::Milestones)
        && let Some(start) = network
            .map(|n| crate::network::get(c, n))
            .transpose()?
            .and_then(|n| n.since)
        && let Some(last) = crate::milestones::report(0, "", start, today).and_then(|r| r.last)
        && last.date >= local_date(from_ms(since(x.granted_at)), tz)
    {
        let key = format!("milestone:{}", last.date);
        enqueue_lines(
            c,
            person_id,
            ShareKind::Milestone,
            &summary::milestone_lines(last.span()),
            Some(&key),
            now,
        )?;
    }
    if let Some(x) = has(ShareItem::Sos) {
        let from = since(x.granted_at).max(to_ms(now - Duration::hours(SOS_FRESH_HOURS)));
        let mut st =
            c.prepare_cached("SELECT id, at FROM checkin WHERE kind = 'sos' AND at >= ?1 AND at <= ?2 ORDER BY at")?;
        let sos = st
            .query_map([from, to_ms(now)], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (id, at) in sos {
            enqueue_lines(
                c,
                person_id,
                ShareKind::Sos,
                &summary::sos_lines(from_ms(at), tz),
                Some(&format!("sos:{id}")),
                now,
            )?;
        }
    }
    if let Some(x) = has(ShareItem::Decline) {
        let days = x.decline_days.unwrap_or(DEFAULT_DECLINE_DAYS);
        // Counted from the last daily check-in, or from the day the user said yes if that is
        // later: consenting while already quiet does not set off an alert at once.
        let granted = local_date(from_ms(since(x.granted_at)), tz);
        let quiet_since = last_daily(c)?.map_or(granted, |d| d.max(granted));
        let gap = (today - quiet_since).num_days();
        if gap >= i64::from(days) {
            let lines = summary::decline_lines(u32::try_from(gap).unwrap_or(u32::MAX));
            enqueue_lines(
                c,
                person_id,
                ShareKind::Decline,
                &lines,
                Some(&format!("decline:{quiet_since}")),
                now,
            )?;
        }
    }
    Ok(())
}

/// What is waiting, oldest first. Rows whose consent has since been withdrawn (or whose partner
/// is paused or unlinked) are cancelled here, in the same transaction, and never returned.
fn pending(c: &Connection, now: DateTime<Utc>) -> Result<Vec<Outgoing>> {
    let mut st = c.prepare_cached(
        "SELECT o.id, o.person_id, o.kind, o.body, o.created_at, l.matrix_id, o.lines FROM share_outbox o
         LEFT JOIN partner_link l ON l.person_id = o.person_id
         WHERE o.sent_at IS NULL AND o.cancelled_at IS NULL ORDER BY o.id",
    )?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for (id, person_id, kind, body, created, matrix_id, lines) in rows {
        let p = partner(c, facts(c, person_id)?)?;
        let kind = ShareKind::parse(&kind).ok().filter(|&k| may_send(&p, k));
        match (kind, matrix_id) {
            (Some(kind), Some(matrix_id)) => out.push(Outgoing {
                id,
                person: p.person,
                matrix_id,
                kind,
                body,
                lines: lines_from(lines),
                created_at: from_ms(created),
            }),
            _ => {
                c.execute(
                    "UPDATE share_outbox SET cancelled_at = ?2 WHERE id = ?1",
                    params![id, to_ms(now)],
                )?;
            }
        }
    }
    Ok(out)
}

impl Store {
    /// Everyone linked to a Matrix ID, by name.
    pub fn partner_links(&self) -> Result<Vec<PartnerLink>> {
        self.read(|c| linked_ids(c)?.into_iter().map(|id| link(c, id)).collect())
    }

    /// One person's link, or `NotFound` ("partner link").
    pub fn partner_link(&self, person_id: i64) -> Result<PartnerLink> {
        self.read(|c| link(c, person_id))
    }

    /// Writes into the outbox every consented item that is due at `now` for every linked
    /// partner, each once, and returns everything waiting to be sent, oldest first:
    /// - the weekly summary (with the mood band only when mood is shared), when none went in
    ///   the last seven days;
    /// - the latest milestone of the partner's network, when reached since the user said yes;
    /// - each SOS check-in logged since the user said yes, within the last
    ///   [`SOS_FRESH_HOURS`] hours;
    /// - the decline alert, once per quiet spell, after the consented number of days without a
    ///   daily check-in.
    ///
    /// Withdrawn consent cancels what was waiting for it: it is never sent.
    pub fn queue_due_shares(&self, now: DateTime<Utc>, tz: Tz) -> Result<Vec<Outgoing>> {
        self.write(|tx| {
            for id in linked_ids(tx)? {
                let linked_at = link_row(tx, id)?.map_or(i64::MAX, |l| l.linked_at);
                queue_for(tx, id, linked_at, now, tz)?;
            }
            pending(tx, now)
        })
    }

    /// Queues one message to a linked partner now: the weekly summary (which needs the summary
    /// shared with them) or `text` the user typed. Returns it as it will be sent.
    pub fn queue_share(&self, person_id: i64, text: Option<&str>, now: DateTime<Utc>, tz: Tz) -> Result<Outgoing> {
        let text = match text {
            Some(t) => {
                Some(validate::text("text", Some(t))?.ok_or_else(|| Error::invalid("text", MessageId::RefusalEmpty))?)
            }
            None => None,
        };
        self.write(|tx| {
            let link = link_row(tx, person_id)?.ok_or_else(|| Error::invalid("person", MessageId::RefusalNotLinked))?;
            let f = facts(tx, person_id)?;
            let network = f.network();
            let p = partner(tx, f)?;
            let (kind, body, lines) = match text {
                Some(t) => (ShareKind::Text, t, Vec::new()),
                None if may_send(&p, ShareKind::Summary) => {
                    let mood = p.consents.iter().any(|x| x.item == ShareItem::Mood);
                    let s = summary::weekly(tx, network, mood, now, tz)?;
                    (ShareKind::Summary, s.text, s.lines)
                }
                None => {
                    return Err(Error::invalid("consent", MessageId::RefusalSummaryNotShared));
                }
            };
            enqueue(tx, person_id, kind, &lines, &body, None, now)?;
            Ok(Outgoing {
                id: tx.last_insert_rowid(),
                person: p.person,
                matrix_id: link.matrix_id,
                kind,
                body,
                lines,
                created_at: from_ms(to_ms(now)),
            })
        })
    }

    /// Marks an outbox row as delivered to the homeserver (`event_id` is its Matrix event).
    pub fn mark_share_sent(&self, outbox_id: i64, event_id: &str, now: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE share_outbox SET sent_at = ?2, event_id = ?3 WHERE id = ?1 AND sent_at IS NULL",
                params![outbox_id, to_ms(now), event_id],
            )?;
            Ok(())
        })
    }

    /// Stores messages partners sent, once each (by event id), in the order given (the
    /// timeline's); each is matched to the person linked to its sender. Returns how many were new.
    pub fn record_received(&self, messages: &[Received]) -> Result<usize> {
        self.write(|tx| {
            let mut new = 0;
            let mut seq: i64 = tx.query_row("SELECT coalesce(max(seq), 0) FROM share_inbox", [], |r| r.get(0))?;
            for m in messages {
                let person: Option<i64> = tx
                    .query_row(
                        "SELECT person_id FROM partner_link WHERE matrix_id = ?1",
                        [&m.from],
                        |r| r.get(0),
                    )
                    .optional()?;
                let added = tx.execute(
                    "INSERT INTO share_inbox (event_id, from_id, person_id, kind, body, at, seq, lines)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (event_id) DO NOTHING",
                    params![
                        m.event_id,
                        m.from,
                        person,
                        m.kind.as_str(),
                        m.body,
                        to_ms(m.at),
                        seq + 1,
                        lines_json(&m.lines)
                    ],
                )?;
                seq += i64::try_from(added).unwrap_or(0);
                new += added;
            }
            Ok(new)
        })
    }

    /// What partners sent, newest first (in the order received). Read leniently: a row no rule would store is skipped.
    pub fn share_inbox(&self) -> Result<Vec<InboxMessage>> {
        self.read(|c| {
            let mut st =
                c.prepare("SELECT from_id, person_id, kind, body, at, lines FROM share_inbox ORDER BY seq DESC NULLS LAST, at DESC, event_id")?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (from, person_id, kind, body, at, lines) = row?;
                let Ok(kind) = ShareKind::parse(&kind) else { continue };
                out.push(InboxMessage {
                    from,
                    person_id,
                    kind,
                    body,
                    // Read as strictly as when received: a stored value never renders as
                    // something its text does not say.
                    lines: lines_from(lines),
                    at: from_ms(at),
                });
            }
            Ok(out)
        })
    }
}

/// The transport's writes: links, rooms, devices. Kept here, beside the reads, so the tables'
/// rules live in one file.
#[cfg_attr(not(feature = "share"), allow(dead_code))]
impl Store {
    /// Links a person (who may be a partner: in a network, not avoided) to `matrix_id`, already
    /// checked by the caller. Linking to another ID forgets the old room and devices; linking
    /// again to the same ID keeps the room unless it cannot be used any more (the partner left
    /// it, or someone else is in it): that room is marked to be left, and the next message
    /// invites them into a new one.
    pub(crate) fn save_link(&self, person_id: i64, matrix_id: &str, now: DateTime<Utc>) -> Result<PartnerLink> {
        self.write(|tx| {
            if let Some(old) = link_row(tx, person_id)?
                && let Some(room) = &old.room_id
                && (old.matrix_id != matrix_id || matches!(old.room_state.as_deref(), Some("left" | "others")))
            {
                tx.execute("INSERT INTO matrix_leave (room_id) VALUES (?1) ON CONFLICT DO NOTHING", [room])?;
                tx.execute("UPDATE partner_link SET room_id = NULL, room_state = NULL, room_others = NULL WHERE person_id = ?1", [person_id])?;
            }
            facts(tx, person_id)?.may_be_partner()?;
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT person_id FROM partner_link WHERE matrix_id = ?1 AND person_id <> ?2",
                    params![matrix_id, person_id],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                return Err(Error::conflict("Matrix ID", MessageId::RefusalMatrixIdTaken));
            }
            tx.execute(
                "INSERT INTO partner_link (person_id, matrix_id, linked_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (person_id) DO UPDATE SET
                   devices = CASE WHEN matrix_id = excluded.matrix_id THEN devices END,
                   devices_changed_at = NULL,
                   linked_at = CASE WHEN matrix_id = excluded.matrix_id THEN linked_at ELSE excluded.linked_at END,
                   matrix_id = excluded.matrix_id",
                params![person_id, matrix_id, to_ms(now)],
            )?;
            link(tx, person_id)
        })
    }

    /// Points a partner's link at `room_id` (a room Tend made or joined for them, remembered so
    /// revoking leaves it) with what was found of it.
    pub(crate) fn save_room(&self, person_id: i64, room_id: &str, state: &LinkState) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO partner_room (room_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![room_id, person_id],
            )?;
            tx.execute(
                "UPDATE partner_link SET room_id = ?2 WHERE person_id = ?1",
                params![person_id, room_id],
            )?;
            set_state(tx, person_id, state)
        })
    }

    /// Remembers what a sync found of a partner's room.
    pub(crate) fn save_link_state(&self, person_id: i64, state: &LinkState) -> Result<()> {
        self.write(|tx| set_state(tx, person_id, state))
    }

    /// The rooms Tend made or joined for a partner, newest link first.
    pub(crate) fn partner_rooms(&self, person_id: i64) -> Result<Vec<String>> {
        self.read(|c| {
            let mut st = c.prepare_cached("SELECT room_id FROM partner_room WHERE person_id = ?1")?;
            let rooms = st
                .query_map([person_id], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(rooms)
        })
    }

    /// Where the last complete sync stopped, if any.
    pub(crate) fn sync_token(&self) -> Result<Option<String>> {
        self.read(|c| {
            Ok(
                c.query_row("SELECT sync_token FROM matrix_account WHERE id = 1", [], |r| r.get(0))
                    .optional()?
                    .flatten(),
            )
        })
    }

    /// Remembers where a complete sync stopped (every message up to there is stored).
    pub(crate) fn save_sync_token(&self, token: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("UPDATE matrix_account SET sync_token = ?1 WHERE id = 1", [token])?;
            Ok(())
        })
    }

    /// Remembers a partner's devices; returns true when they changed since last seen (the
    /// first sight is not a change).
    pub(crate) fn save_devices(&self, person_id: i64, devices: &[String], now: DateTime<Utc>) -> Result<bool> {
        let mut sorted = devices.to_vec();
        sorted.sort();
        let now_seen = sorted.join(" ");
        self.write(|tx| {
            let before: Option<Option<String>> = tx
                .query_row(
                    "SELECT devices FROM partner_link WHERE person_id = ?1",
                    [person_id],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(before) = before else { return Ok(false) };
            let changed = before.as_deref().is_some_and(|b| b != now_seen);
            tx.execute(
                "UPDATE partner_link SET devices = ?2,
                   devices_changed_at = CASE WHEN ?3 THEN ?4 ELSE devices_changed_at END
                 WHERE person_id = ?1",
                params![person_id, now_seen, changed, to_ms(now)],
            )?;
            Ok(changed)
        })
    }

    /// Ends sharing with a person in one transaction: every consent, the link, and whatever was
    /// still waiting for them (cancelled, never sent); every room Tend made or joined for them is
    /// marked to be left. Returns those rooms (none when they were never linked or had no room).
    pub(crate) fn unlink(&self, person_id: i64, now: DateTime<Utc>) -> Result<Vec<String>> {
        self.write(|tx| {
            facts(tx, person_id)?;
            let mut rooms: Vec<String> = {
                let mut st = tx.prepare_cached("SELECT room_id FROM partner_room WHERE person_id = ?1")?;
                st.query_map([person_id], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()?
            };
            rooms.extend(link_row(tx, person_id)?.and_then(|l| l.room_id));
            rooms.sort();
            rooms.dedup();
            tx.execute("DELETE FROM partner_consent WHERE person_id = ?1", [person_id])?;
            tx.execute("DELETE FROM partner_link WHERE person_id = ?1", [person_id])?;
            tx.execute("DELETE FROM partner_room WHERE person_id = ?1", [person_id])?;
            for r in &rooms {
                tx.execute("INSERT INTO matrix_leave (room_id) VALUES (?1) ON CONFLICT DO NOTHING", [r])?;
            }
            tx.execute(
                "UPDATE share_outbox SET cancelled_at = ?2 WHERE person_id = ?1 AND sent_at IS NULL AND cancelled_at IS NULL",
                params![person_id, to_ms(now)],
            )?;
            Ok(rooms)
        })
    }
}

fn set_state(c: &Connection, person_id: i64, state: &LinkState) -> Result<()> {
    let others = match state {
        LinkState::OthersPresent { others } => Some(others.join(" ")),
        _ => None,
    };
    c.execute(
        "UPDATE partner_link SET room_state = ?2, room_others = ?3 WHERE person_id = ?1",
        params![person_id, state.stored(), others],
    )?;
    Ok(())
}

fn link(c: &Connection, person_id: i64) -> Result<PartnerLink> {
    let row = link_row(c, person_id)?.ok_or_else(|| Error::not_found("partner link", person_id))?;
    let f = facts(c, person_id)?;
    let state = LinkState::read(
        row.room_id.as_deref(),
        row.room_state.as_deref(),
        row.room_others.as_deref(),
    );
    Ok(PartnerLink {
        person: f.person,
        matrix_id: row.matrix_id,
        room_id: row.room_id,
        linked_at: from_ms(row.linked_at),
        devices_changed_at: row.devices_changed_at.map(from_ms),
        state,
    })
}

#[cfg(test)]
mod tests {
    //! The outbox rules, with no network: what the transport would send on its next sync.

    use chrono_tz::Europe::Dublin;

    use super::*;
    use crate::checkins::{CheckinData, NewCheckin};
    use crate::model::Role;
    use crate::network::NetworkInput;
    use crate::people::PersonInput;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// A store with a network since 1 March 2026, Sam (linked on 2 March) and Kim (not linked).
    fn setup() -> (tempfile::TempDir, Store, i64, i64) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path().join("t.db"), &[7u8; 32]).unwrap();
        let input = NetworkInput {
            name: "Recovery".into(),
            focus: None,
            since: Some("2026-03-01".parse().unwrap()),
        };
        let net = s.add_network(&input, at("2026-03-01T08:00:00Z")).unwrap().id;
        let person = |name: &str| {
            let mut p = PersonInput::new(name, Role::Sponsor);
            p.networks = vec![net];
            s.add_person(&p, at("2026-03-01T08:00:00Z")).unwrap().id
        };
        let (sam, kim) = (person("Sam"), person("Kim"));
        s.save_link(sam, "@sam:example.org", at("2026-03-02T08:00:00Z"))
            .unwrap();
        (dir, s, sam, kim)
    }

    fn log(s: &Store, data: CheckinData, when: &str) {
        s.log_checkin(&NewCheckin {
            data,
            note: Some("a note that never leaves".into()),
            at: at(when),
            zone: Dublin,
            idempotency_key: None,
        })
        .unwrap();
    }

    fn kinds(out: &[Outgoing]) -> Vec<ShareKind> {
        out.iter().map(|o| o.kind).collect()
    }

    fn consent(s: &Store, p: i64, item: ShareItem, when: &str) {
        s.set_consent(p, item, true, None, at(when)).unwrap();
    }

    #[test]
    fn nothing_is_due_without_consent_whatever_happens() {
        let (_d, s, _sam, _kim) = setup();
        log(&s, CheckinData::Sos, "2026-03-05T10:00:00Z");
        // Day 7 is a milestone; ten quiet days would be a decline.
        assert!(
            s.queue_due_shares(at("2026-03-08T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
        assert!(
            s.queue_due_shares(at("2026-03-20T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn an_sos_goes_once_to_linked_partners_who_may_see_it_and_only_while_fresh() {
        let (_d, s, sam, kim) = setup();
        consent(&s, sam, ShareItem::Sos, "2026-03-03T08:00:00Z");
        consent(&s, kim, ShareItem::Sos, "2026-03-03T08:00:00Z"); // consented, but not linked
        log(&s, CheckinData::Sos, "2026-03-02T20:00:00Z"); // before consent: never sent
        log(&s, CheckinData::Sos, "2026-03-05T10:00:00Z");
        let out = s.queue_due_shares(at("2026-03-05T10:01:00Z"), Dublin).unwrap();
        assert_eq!(kinds(&out), [ShareKind::Sos]);
        assert_eq!(out[0].person.id, sam);
        assert_eq!(
            out[0].body,
            "I pressed SOS in Tend at 10:00. If you can, please reach out to me now."
        );
        // Still waiting (offline): the same one row, not a second.
        assert_eq!(s.queue_due_shares(at("2026-03-05T11:00:00Z"), Dublin).unwrap().len(), 1);
        s.mark_share_sent(out[0].id, "$e1", at("2026-03-05T11:00:00Z")).unwrap();
        assert!(
            s.queue_due_shares(at("2026-03-05T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
        // An SOS first seen a day and more later is not sent: it would alarm without helping.
        log(&s, CheckinData::Sos, "2026-03-06T10:00:00Z");
        assert!(
            s.queue_due_shares(at("2026-03-07T10:30:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_milestone_goes_once_when_reached_after_consent() {
        let (_d, s, sam, _kim) = setup();
        consent(&s, sam, ShareItem::Milestones, "2026-03-02T08:00:00Z");
        // Day 1 (2 March) was reached the day consent was given; day 7 is 8 March.
        let out = s.queue_due_shares(at("2026-03-08T12:00:00Z"), Dublin).unwrap();
        assert_eq!(kinds(&out), [ShareKind::Milestone]);
        assert_eq!(
            out[0].body,
            "I reached a milestone today: 7 days. Thank you for being part of it."
        );
        s.mark_share_sent(out[0].id, "$e1", at("2026-03-08T12:00:00Z")).unwrap();
        assert!(
            s.queue_due_shares(at("2026-03-09T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn the_decline_alert_goes_once_per_quiet_spell() {
        let (_d, s, sam, _kim) = setup();
        s.set_consent(sam, ShareItem::Decline, true, Some(3), at("2026-03-02T08:00:00Z"))
            .unwrap();
        log(
            &s,
            CheckinData::Daily { mood: 3, craving: None },
            "2026-03-04T09:00:00Z",
        );
        assert!(
            s.queue_due_shares(at("2026-03-06T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty(),
            "two days"
        );
        let out = s.queue_due_shares(at("2026-03-07T12:00:00Z"), Dublin).unwrap();
        assert_eq!(kinds(&out), [ShareKind::Decline]);
        assert!(out[0].body.contains("for 3 days"), "{}", out[0].body);
        s.mark_share_sent(out[0].id, "$e1", at("2026-03-07T12:00:00Z")).unwrap();
        assert!(
            s.queue_due_shares(at("2026-03-10T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty(),
            "same spell"
        );
        // A check-in ends the spell; the next one alerts again.
        log(
            &s,
            CheckinData::Daily { mood: 3, craving: None },
            "2026-03-11T09:00:00Z",
        );
        let out = s.queue_due_shares(at("2026-03-14T12:00:00Z"), Dublin).unwrap();
        assert_eq!(kinds(&out), [ShareKind::Decline]);
    }

    #[test]
    fn the_weekly_summary_goes_once_a_week_with_mood_only_when_shared() {
        let (_d, s, sam, _kim) = setup();
        log(
            &s,
            CheckinData::Daily {
                mood: 5,
                craving: Some(9),
            },
            "2026-03-03T09:00:00Z",
        );
        consent(&s, sam, ShareItem::Summary, "2026-03-02T08:00:00Z");
        let out = s.queue_due_shares(at("2026-03-04T12:00:00Z"), Dublin).unwrap();
        assert_eq!(kinds(&out), [ShareKind::Summary]);
        assert!(!out[0].body.contains("Mood"), "{}", out[0].body);
        assert!(!out[0].body.contains("note"), "{}", out[0].body);
        s.mark_share_sent(out[0].id, "$e1", at("2026-03-04T12:00:00Z")).unwrap();
        consent(&s, sam, ShareItem::Mood, "2026-03-04T13:00:00Z");
        assert!(
            s.queue_due_shares(at("2026-03-10T12:00:00Z"), Dublin)
                .unwrap()
                .is_empty(),
            "six days on"
        );
        let out = s.queue_due_shares(at("2026-03-11T12:01:00Z"), Dublin).unwrap();
        assert!(out[0].body.contains("Mood: "), "{}", out[0].body);
    }

    #[test]
    fn withdrawn_consent_or_revoking_cancels_what_was_waiting() {
        let (_d, s, sam, _kim) = setup();
        consent(&s, sam, ShareItem::Sos, "2026-03-03T08:00:00Z");
        log(&s, CheckinData::Sos, "2026-03-05T10:00:00Z");
        assert_eq!(s.queue_due_shares(at("2026-03-05T10:01:00Z"), Dublin).unwrap().len(), 1);
        s.set_consent(sam, ShareItem::Sos, false, None, at("2026-03-05T10:02:00Z"))
            .unwrap();
        assert!(
            s.queue_due_shares(at("2026-03-05T10:03:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
        // Turning it back on does not resurrect the cancelled alert.
        consent(&s, sam, ShareItem::Sos, "2026-03-05T10:04:00Z");
        assert!(
            s.queue_due_shares(at("2026-03-05T10:05:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );

        let text = s
            .queue_share(sam, Some("thinking of you"), at("2026-03-05T11:00:00Z"), Dublin)
            .unwrap();
        assert_eq!(text.kind, ShareKind::Text);
        assert!(s.unlink(sam, at("2026-03-05T11:01:00Z")).unwrap().is_empty());
        assert!(
            s.queue_due_shares(at("2026-03-05T11:02:00Z"), Dublin)
                .unwrap()
                .is_empty()
        );
        assert!(s.partners().unwrap().is_empty(), "revoking removes every consent");
        let e = s
            .queue_share(sam, Some("still there?"), at("2026-03-05T11:03:00Z"), Dublin)
            .unwrap_err();
        assert!(
            matches!(&e, Error::InvalidInput { field, problem } if field == "person" && problem.id == MessageId::RefusalNotLinked),
            "{e}"
        );
    }

    #[test]
    fn sending_checks_its_input_and_the_summary_consent() {
        let (_d, s, sam, kim) = setup();
        let now = at("2026-03-05T11:00:00Z");
        let field = |e: Error| match e {
            Error::InvalidInput { field, .. } => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(s.queue_share(sam, None, now, Dublin).unwrap_err()), "consent");
        assert_eq!(field(s.queue_share(sam, Some("  "), now, Dublin).unwrap_err()), "text");
        assert_eq!(
            field(s.queue_share(sam, Some("a\u{1b}[2J"), now, Dublin).unwrap_err()),
            "text"
        );
        assert_eq!(
            field(s.queue_share(kim, Some("hi"), now, Dublin).unwrap_err()),
            "person"
        );
        // One Matrix ID, one person.
        assert!(matches!(
            s.save_link(kim, "@sam:example.org", now),
            Err(Error::Conflict { .. })
        ));
        assert!(
            s.queue_due_shares(now, Dublin).unwrap().is_empty(),
            "nothing half-written"
        );
    }

    #[test]
    fn a_summary_goes_as_text_in_the_senders_language_and_as_lines_a_partner_reads_in_theirs() {
        let (_d, s, sam, _kim) = setup();
        s.set_language("de-AT").unwrap();
        consent(&s, sam, ShareItem::Summary, "2026-03-01T09:00:00Z");
        let out = s.queue_due_shares(at("2026-03-05T12:00:00Z"), Dublin).unwrap();
        let summary = out.iter().find(|o| o.kind == ShareKind::Summary).unwrap();
        // Other Matrix apps show the sender's German; the lines travel beside it.
        assert!(summary.body.starts_with("Meine Woche"), "{}", summary.body);
        assert_eq!(
            summary.body,
            crate::share::text_of(&summary.lines, Catalog::for_locale("de"))
        );

        // The partner's Tend keeps the lines and words them in its own language.
        let wire = serde_json::to_value(&summary.lines).unwrap();
        let lines = received_lines(Some(&wire));
        assert_eq!(lines, summary.lines);
        s.record_received(&[Received {
            event_id: "$w".into(),
            from: "@sam:example.org".into(),
            kind: ShareKind::Summary,
            body: summary.body.clone(),
            lines,
            at: at("2026-03-05T12:01:00Z"),
        }])
        .unwrap();
        let got = &s.share_inbox().unwrap()[0];
        let pt = crate::share::text_of(&got.lines, Catalog::for_locale("pt-BR"));
        assert!(pt.starts_with("Minha semana"), "{pt}");
        assert!(!pt.contains("Woche"), "{pt}");
    }

    #[test]
    fn received_lines_are_dropped_whole_unless_every_one_is_a_partner_message_as_sent() {
        let ok = serde_json::json!([{"id": "share-decline", "args": [{"name": "days", "value": {"kind": "number", "value": 3}}]}]);
        assert_eq!(received_lines(Some(&ok)).len(), 1);
        // Not a partner message: a verbatim line could say anything.
        let verbatim = serde_json::json!([{"id": "verbatim", "args": [{"name": "text", "value": {"kind": "text", "value": "x"}}]}]);
        assert!(received_lines(Some(&verbatim)).is_empty());
        // Wrong argument, unknown id, too many lines, not a list: the text is shown instead.
        let wrong = serde_json::json!([{"id": "share-decline", "args": [{"name": "dayz", "value": {"kind": "number", "value": 3}}]}]);
        assert!(received_lines(Some(&wrong)).is_empty());
        assert!(received_lines(Some(&serde_json::json!([{"id": "share-nope", "args": []}]))).is_empty());
        let many = serde_json::Value::Array(vec![ok[0].clone(); MAX_RECEIVED_LINES + 1]);
        assert!(received_lines(Some(&many)).is_empty());
        assert!(received_lines(Some(&serde_json::json!("share-decline"))).is_empty());
        assert!(received_lines(None).is_empty());
    }

    #[test]
    fn received_messages_are_stored_once_and_matched_to_the_linked_person() {
        let (_d, s, sam, _kim) = setup();
        let m = |id: &str, from: &str| Received {
            event_id: id.into(),
            from: from.into(),
            kind: ShareKind::Text,
            body: "You've got this".into(),
            lines: Vec::new(),
            at: at("2026-03-05T11:00:00Z"),
        };
        assert_eq!(
            s.record_received(&[m("$1", "@sam:example.org"), m("$2", "@x:example.org")])
                .unwrap(),
            2
        );
        assert_eq!(
            s.record_received(&[m("$1", "@sam:example.org")]).unwrap(),
            0,
            "the same event twice"
        );
        let inbox = s.share_inbox().unwrap();
        assert_eq!(inbox.len(), 2);
        assert_eq!(
            inbox.iter().find(|x| x.from == "@sam:example.org").unwrap().person_id,
            Some(sam)
        );
        assert_eq!(
            inbox.iter().find(|x| x.from == "@x:example.org").unwrap().person_id,
            None
        );
    }

    #[test]
    fn a_change_in_a_partners_devices_is_remembered_but_the_first_sight_is_not_one() {
        let (_d, s, sam, _kim) = setup();
        let now = at("2026-03-05T11:00:00Z");
        assert!(!s.save_devices(sam, &["B".into(), "A".into()], now).unwrap());
        assert!(
            !s.save_devices(sam, &["A".into(), "B".into()], now).unwrap(),
            "order is not a change"
        );
        assert!(s.save_devices(sam, &["A".into(), "B".into(), "C".into()], now).unwrap());
        assert_eq!(s.partner_link(sam).unwrap().devices_changed_at, Some(now));
        // Linking again (after talking to them) clears the warning.
        s.save_link(sam, "@sam:example.org", now).unwrap();
        assert_eq!(s.partner_link(sam).unwrap().devices_changed_at, None);
    }
    #[test]
    fn only_a_message_decrypted_from_the_partners_own_devices_is_theirs() {
        let sam = "@sam:example.org";
        let decrypted = |sender: &str, device_known| Origin::Decrypted {
            sender: sender.into(),
            device_known,
        };
        assert_eq!(verdict(sam, sam, &decrypted(sam, true)), Verdict::Accept);
        // Their name on a plain event: their homeserver or a leaked token wrote it.
        assert_eq!(verdict(sam, sam, &Origin::Plain), Verdict::NotFromTheirDevices);
        assert_eq!(verdict(sam, sam, &Origin::Undecryptable), Verdict::Undecryptable);
        // Keys from a device that cannot be tied to Sam, or from someone else's session.
        assert_eq!(verdict(sam, sam, &decrypted(sam, false)), Verdict::NotFromTheirDevices);
        assert_eq!(
            verdict(sam, sam, &decrypted("@eve:example.org", true)),
            Verdict::NotFromTheirDevices
        );
        assert_eq!(
            verdict("@eve:example.org", sam, &decrypted("@eve:example.org", true)),
            Verdict::NotFromTheirDevices
        );
    }

    #[test]
    fn anyone_but_the_two_of_you_in_the_room_is_named() {
        let me = "@me:example.org";
        let sam = "@sam:example.org";
        let m = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(others_in_room(&m(&[me, sam]), me, sam).is_empty());
        assert!(others_in_room(&m(&[me]), me, sam).is_empty(), "not joined yet");
        assert_eq!(
            others_in_room(&m(&[sam, "@zed:x.org", me, "@amy:x.org", "@zed:x.org"]), me, sam),
            ["@amy:x.org", "@zed:x.org"]
        );
        // Matrix IDs are exact: someone else whose name differs only in case is someone else.
        assert_eq!(
            others_in_room(&m(&[me, "@Sam:example.org"]), me, sam),
            ["@Sam:example.org"]
        );
    }

    #[test]
    fn a_partner_is_someone_else_with_a_name() {
        let me = "@alice:example.org";
        assert_eq!(partner_id_problem("@bob:example.org", me), None);
        assert_eq!(
            partner_id_problem("@ALICE:Example.org", me).map(|m| m.id),
            Some(MessageId::RefusalMatrixIdOwn)
        );
        assert_eq!(
            partner_id_problem("@:example.org", me).map(|m| m.id),
            Some(MessageId::RefusalMatrixIdNoName)
        );
    }

    #[test]
    fn a_long_message_says_it_was_shortened() {
        let short = "x".repeat(MAX_RECEIVED_CHARS);
        assert_eq!(bounded_body(&short), short);
        let long = "é".repeat(MAX_RECEIVED_CHARS + 1);
        let got = bounded_body(&long);
        assert!(got.ends_with(SHORTENED), "{got}");
        assert_eq!(got.chars().count(), MAX_RECEIVED_CHARS + SHORTENED.chars().count());
    }

    #[test]
    fn messages_keep_the_order_they_arrived_in_even_within_one_millisecond() {
        let (_d, s, _sam, _kim) = setup();
        let when = at("2026-03-05T11:00:00Z");
        let m = |id: &str, body: &str| Received {
            event_id: id.into(),
            from: "@sam:example.org".into(),
            kind: ShareKind::Text,
            body: body.into(),
            lines: Vec::new(),
            at: when,
        };
        // Event ids sort the other way round from the order they were sent in.
        s.record_received(&[m("$c", "first"), m("$b", "second")]).unwrap();
        s.record_received(&[m("$b", "second"), m("$a", "third")]).unwrap();
        let bodies: Vec<String> = s.share_inbox().unwrap().into_iter().map(|x| x.body).collect();
        assert_eq!(bodies, ["third", "second", "first"], "newest first, each once");
    }

    #[test]
    fn the_room_state_is_remembered_and_linking_again_leaves_a_room_that_cannot_be_used() {
        let (_d, s, sam, kim) = setup();
        let now = at("2026-03-05T11:00:00Z");
        assert_eq!(s.partner_link(sam).unwrap().state, LinkState::NoRoom);
        s.save_room(sam, "!a:example.org", &LinkState::Waiting).unwrap();
        assert_eq!(s.partner_link(sam).unwrap().state, LinkState::Waiting);
        let others = LinkState::OthersPresent {
            others: vec!["@amy:x.org".into(), "@zed:x.org".into()],
        };
        s.save_link_state(sam, &others).unwrap();
        assert_eq!(s.partner_link(sam).unwrap().state, others);
        // Linking again while someone else is there: the room is to be left, a new one comes.
        let l = s.save_link(sam, "@sam:example.org", now).unwrap();
        assert_eq!((l.room_id, l.state), (None, LinkState::NoRoom));
        s.save_room(sam, "!b:example.org", &LinkState::Ready).unwrap();
        // Linking again to clear a device warning keeps a room that works.
        let l = s.save_link(sam, "@sam:example.org", now).unwrap();
        assert_eq!(l.state, LinkState::Ready);
        // Revoking leaves both rooms Tend used with Sam; someone never linked has none.
        let mut left = s.unlink(sam, now).unwrap();
        left.sort();
        assert_eq!(left, ["!a:example.org", "!b:example.org"]);
        assert!(s.unlink(kim, now).unwrap().is_empty());
    }
}
