//! Sharing with a partner: what the user lets each person see (consent, per partner and per
//! item, revocable, nothing by default) and the exact text that would be sent.
//!
//! Two ways out: the text the user hands to the phone's share sheet, and a live channel
//! (`channel` decides what is due and keeps the outbox and inbox; `matrix`, behind the `share`
//! feature, carries them end-to-end encrypted). Both send the words `summary` writes.

mod channel;
#[cfg(feature = "share")]
pub mod matrix;
mod summary;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

pub use channel::{
    InboxMessage, LinkState, MAX_RECEIVED_CHARS, Origin, Outgoing, PartnerLink, Received, SHORTENED, SOS_FRESH_HOURS,
    Verdict, bounded_body, others_in_room, partner_id_problem, verdict,
};
pub use summary::{WeeklySummary, decline_lines, milestone_lines, mood_band, sos_lines, text_of};

use crate::error::{Error, Result};
use crate::messages::MessageId;
use crate::model::{PersonRef, ShareItem};
use crate::store::Store;
use crate::time::{from_ms, to_ms};
use crate::validate;

/// Days without a check-in before the decline alert, when the user does not say.
pub const DEFAULT_DECLINE_DAYS: u32 = 3;
/// The longest wait the decline alert accepts, in days.
pub const MAX_DECLINE_DAYS: u32 = 60;

/// One item a partner may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Consent {
    pub item: ShareItem,
    /// For `decline` only: after this many days without a daily check-in.
    pub decline_days: Option<u32>,
    /// When the user said yes.
    pub granted_at: DateTime<Utc>,
}

/// A person the user shares something with, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Partner {
    pub person: PersonRef,
    /// In [`ShareItem::ALL`] order; never empty in [`Store::partners`].
    pub consents: Vec<Consent>,
    /// Nothing would be shared now although consent is stored: the person has since been marked
    /// avoided or left every network. The consent stays until the user revokes it.
    pub paused: bool,
}

/// One consented item as it would be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PreviewItem {
    pub item: ShareItem,
    /// What it says, one message per line, as sent beside the text.
    pub lines: Vec<crate::messages::Message>,
    /// The exact text (the lines in the user's language). For milestones and SOS, an example
    /// of what is sent when it happens.
    pub text: String,
}

/// What one partner would see, item by item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PartnerPreview {
    pub person: PersonRef,
    /// Empty when nothing is consented, or when the partner is paused.
    pub items: Vec<PreviewItem>,
    pub paused: bool,
}

/// One item's switch on a person's row of the Partner screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ShareToggle {
    pub item: ShareItem,
    pub on: bool,
    /// Whether the switch may be flipped now: turning off always; turning on only when
    /// [`Store::set_consent`] would accept it (not while paused, mood only with the summary).
    pub enabled: bool,
    /// For `decline` when on: its days.
    pub decline_days: Option<u32>,
}

/// One person the Partner screen lists: anyone who may be a partner (in a network, not marked
/// avoided) and anyone with stored consent (a paused one too, so it can be seen and revoked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PartnerRow {
    pub person: PersonRef,
    pub paused: bool,
    /// Every item, in [`ShareItem::ALL`] order.
    pub toggles: Vec<ShareToggle>,
}

struct PersonFacts {
    person: PersonRef,
    avoid: bool,
    networks: Vec<i64>,
}

impl PersonFacts {
    /// The network a partner's summary and milestones are about: their first.
    fn network(&self) -> Option<i64> {
        self.networks.iter().copied().min()
    }

    /// Only someone in one of the user's networks, not marked avoided, may be a partner.
    fn may_be_partner(&self) -> Result<()> {
        if self.avoid {
            return Err(Error::invalid("person", MessageId::RefusalAvoidedPartner));
        }
        if self.networks.is_empty() {
            return Err(Error::invalid("person", MessageId::RefusalPartnerNoNetwork));
        }
        Ok(())
    }
}

fn facts(c: &Connection, person_id: i64) -> Result<PersonFacts> {
    let p = crate::people::get(c, person_id)?;
    Ok(PersonFacts {
        person: PersonRef {
            id: p.id,
            name: p.name,
            role: p.role,
        },
        avoid: p.avoid,
        networks: p.networks,
    })
}

/// A person's consents. Read leniently: a value no rule would store (only from a damaged or
/// hand-edited file) must not stop the user from seeing or revoking what they share.
fn consents(c: &Connection, person_id: i64) -> Result<Vec<Consent>> {
    let mut st = c.prepare_cached("SELECT item, decline_days, granted_at FROM partner_consent WHERE person_id = ?1")?;
    let rows = st.query_map([person_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, i64>(2)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (item, days, at) = row?;
        let Ok(item) = ShareItem::parse(&item) else { continue };
        let decline_days = (item == ShareItem::Decline).then(|| {
            days.and_then(|d| u32::try_from(d).ok())
                .map_or(DEFAULT_DECLINE_DAYS, |d| d.clamp(1, MAX_DECLINE_DAYS))
        });
        out.push(Consent {
            item,
            decline_days,
            granted_at: from_ms(at),
        });
    }
    out.sort_by_key(|x| x.item);
    Ok(out)
}

/// Checks a consent change before it is stored; returns the decline days to store.
fn rule(item: ShareItem, on: bool, days: Option<u32>) -> Result<Option<u32>> {
    match (item, days) {
        (ShareItem::Decline, d) if on => {
            let d = d.unwrap_or(DEFAULT_DECLINE_DAYS);
            validate::range("days", i64::from(d), 1, i64::from(MAX_DECLINE_DAYS))?;
            Ok(Some(d))
        }
        (ShareItem::Decline, _) => Ok(None),
        (_, Some(_)) => Err(Error::invalid("days", MessageId::RefusalDaysOnlyDecline)),
        (_, None) => Ok(None),
    }
}

/// A backup's consent row meets the rules a command would have applied.
pub(crate) fn check_row(x: &crate::exchange::backup::ConsentRow) -> Result<()> {
    let item = ShareItem::parse(&x.item)?;
    if item == ShareItem::Decline && x.decline_days.is_none() {
        return Err(Error::invalid("days", MessageId::RefusalDeclineDays));
    }
    rule(item, true, x.decline_days).map(drop)
}

impl Store {
    /// Turns one item on or off for one person and returns what they may now see.
    ///
    /// Turning on needs a partner: a person in one of the user's networks, not marked avoided
    /// (`InvalidInput { field: "person" }`); `mood` needs `summary` first (it is part of it), and
    /// `decline` takes `days` (1 to 60, default 3). Turning off always works, and turning
    /// `summary` off turns `mood` off with it. `days` with any other item is refused ("days").
    pub fn set_consent(
        &self,
        person_id: i64,
        item: ShareItem,
        on: bool,
        days: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<Partner> {
        let days = rule(item, on, days)?;
        self.write(|tx| {
            let f = facts(tx, person_id)?;
            if !on {
                let also_mood = if item == ShareItem::Summary {
                    ShareItem::Mood
                } else {
                    item
                };
                tx.execute(
                    "DELETE FROM partner_consent WHERE person_id = ?1 AND item IN (?2, ?3)",
                    params![person_id, item.as_str(), also_mood.as_str()],
                )?;
            } else {
                f.may_be_partner()?;
                if needs_summary_first(item, &consents(tx, person_id)?) {
                    return Err(Error::invalid("item", MessageId::RefusalMoodNeedsSummary));
                }
                tx.execute(
                    "INSERT INTO partner_consent (person_id, item, decline_days, granted_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (person_id, item) DO UPDATE SET decline_days = excluded.decline_days",
                    params![person_id, item.as_str(), days, to_ms(now)],
                )?;
            }
            partner(tx, f)
        })
    }

    /// Everyone the user shares anything with, by name, with what each may see.
    pub fn partners(&self) -> Result<Vec<Partner>> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT DISTINCT x.person_id FROM partner_consent x JOIN person p ON p.id = x.person_id
                 ORDER BY p.name COLLATE NOCASE, p.id",
            )?;
            let ids = st
                .query_map([], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            ids.into_iter().map(|id| partner(c, facts(c, id)?)).collect()
        })
    }

    /// The Partner screen's rows, by name: every possible partner and every stored one, each
    /// item's switch with whether it can be flipped now.
    pub fn partner_rows(&self) -> Result<Vec<PartnerRow>> {
        self.read(|c| {
            let mut st = c.prepare(
                "SELECT p.id FROM person p
                 WHERE (p.avoid = 0 AND EXISTS (SELECT 1 FROM network_member m WHERE m.person_id = p.id))
                    OR EXISTS (SELECT 1 FROM partner_consent x WHERE x.person_id = p.id)
                 ORDER BY p.name COLLATE NOCASE, p.id",
            )?;
            let ids = st
                .query_map([], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            ids.into_iter().map(|id| Ok(row(partner(c, facts(c, id)?)?))).collect()
        })
    }

    /// The exact text each consented item would send to this person at `now` in zone `tz`.
    /// Never another person's name, never notes or cravings; the mood band only with `mood`.
    pub fn partner_preview(&self, person_id: i64, now: DateTime<Utc>, tz: Tz) -> Result<PartnerPreview> {
        self.read(|c| {
            let f = facts(c, person_id)?;
            let network = f.network();
            let p = partner(c, f)?;
            if p.paused {
                return Ok(PartnerPreview {
                    person: p.person,
                    items: Vec::new(),
                    paused: true,
                });
            }
            let has = |i: ShareItem| p.consents.iter().any(|x| x.item == i);
            let words = crate::messages::Catalog::for_locale(&crate::messages::user_language(c)?);
            let mut items = Vec::new();
            for x in &p.consents {
                let lines = match x.item {
                    ShareItem::Summary => summary::weekly(c, network, has(ShareItem::Mood), now, tz)?.lines,
                    // Shown inside the summary, not on its own.
                    ShareItem::Mood => continue,
                    ShareItem::Milestones => summary::milestone_example(c, network, now, tz)?,
                    ShareItem::Sos => sos_lines(now, tz),
                    ShareItem::Decline => decline_lines(x.decline_days.unwrap_or(DEFAULT_DECLINE_DAYS)),
                };
                let text = text_of(&lines, words);
                items.push(PreviewItem {
                    item: x.item,
                    lines,
                    text,
                });
            }
            Ok(PartnerPreview {
                person: p.person,
                items,
                paused: false,
            })
        })
    }

    /// The user's own weekly summary for the share sheet, for one network (default: the first),
    /// with the mood band only when `include_mood`.
    pub fn weekly_summary(
        &self,
        network_id: Option<i64>,
        include_mood: bool,
        now: DateTime<Utc>,
        tz: Tz,
    ) -> Result<WeeklySummary> {
        self.read(|c| {
            let network = match network_id {
                Some(id) => Some(crate::network::get(c, id)?.id),
                None => c.query_row("SELECT min(id) FROM network", [], |r| r.get::<_, Option<i64>>(0))?,
            };
            summary::weekly(c, network, include_mood, now, tz)
        })
    }
}

fn partner(c: &Connection, f: PersonFacts) -> Result<Partner> {
    Ok(Partner {
        consents: consents(c, f.person.id)?,
        paused: f.avoid || f.networks.is_empty(),
        person: f.person,
    })
}

/// Mood is part of the weekly summary: it can be turned on only once the summary is.
fn needs_summary_first(item: ShareItem, consents: &[Consent]) -> bool {
    item == ShareItem::Mood && !consents.iter().any(|x| x.item == ShareItem::Summary)
}

/// Each item's switch for one partner, by the rules [`Store::set_consent`] applies: turning on
/// needs an unpaused partner (paused = avoided or in no network, which it refuses), and mood
/// needs the summary.
fn row(p: Partner) -> PartnerRow {
    let toggles = ShareItem::ALL
        .iter()
        .map(|&item| {
            let consent = p.consents.iter().find(|x| x.item == item);
            let on = consent.is_some();
            let enabled = on || (!p.paused && !needs_summary_first(item, &p.consents));
            ShareToggle {
                item,
                on,
                enabled,
                decline_days: consent.and_then(|x| x.decline_days),
            }
        })
        .collect();
    PartnerRow {
        person: p.person,
        paused: p.paused,
        toggles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_belong_to_decline_only() {
        assert_eq!(rule(ShareItem::Decline, true, None).unwrap(), Some(3));
        assert_eq!(rule(ShareItem::Decline, true, Some(10)).unwrap(), Some(10));
        for bad in [0, 61] {
            let e = rule(ShareItem::Decline, true, Some(bad)).unwrap_err();
            assert!(e.to_string().starts_with("invalid days"), "{e}");
        }
        let e = rule(ShareItem::Sos, true, Some(3)).unwrap_err();
        assert!(e.to_string().starts_with("invalid days"), "{e}");
        assert_eq!(rule(ShareItem::Decline, false, Some(99)).unwrap(), None);
    }
}
