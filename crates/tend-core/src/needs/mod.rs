//! Needs and coverage: which kinds of support the user needs in each network, who gives them,
//! and — for every gap — a concrete next step.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{Importance, Role, SupportKind};
use crate::store::Store;
use crate::validate;

/// A kind of support the user needs in one network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Need {
    pub id: i64,
    pub network_id: i64,
    pub kind: SupportKind,
    pub importance: Importance,
    pub note: Option<String>,
}

pub use crate::model::PersonRef;

/// One need with the people who cover it; `next_step` is set when nobody does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Coverage {
    pub need: Need,
    pub network_name: String,
    pub covered_by: Vec<PersonRef>,
    /// What to do about a gap; `None` when the need is covered.
    pub next_step: Option<Message>,
}

impl Coverage {
    /// Nobody covers this need yet.
    pub fn is_gap(&self) -> bool {
        self.covered_by.is_empty()
    }
}

/// A concrete, kind next step for a need nobody covers yet.
pub fn next_step(kind: SupportKind) -> Message {
    Message::new(match kind {
        SupportKind::Emotional => MessageId::NeedStepEmotional,
        SupportKind::Practical => MessageId::NeedStepPractical,
        SupportKind::Financial => MessageId::NeedStepFinancial,
        SupportKind::Accountability => MessageId::NeedStepAccountability,
        SupportKind::Inspiration => MessageId::NeedStepInspiration,
        SupportKind::ProfessionalGuidance => MessageId::NeedStepProfessionalGuidance,
    })
}

impl Store {
    /// Adds or changes the need for `kind` in a network (one need per kind and network).
    pub fn set_need(
        &self,
        network_id: i64,
        kind: SupportKind,
        importance: Importance,
        note: Option<&str>,
    ) -> Result<Need> {
        let note = validate::text("note", note)?;
        self.write(|tx| {
            crate::network::get(tx, network_id)
                .map_err(|_| Error::invalid("network", MessageId::RefusalNetworkGone))?;
            tx.execute(
                "INSERT INTO need (network_id, kind, importance, note) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (network_id, kind) DO UPDATE SET importance = excluded.importance, note = excluded.note",
                params![network_id, kind.as_str(), importance.as_str(), note],
            )?;
            let id: i64 = tx.query_row(
                "SELECT id FROM need WHERE network_id = ?1 AND kind = ?2",
                params![network_id, kind.as_str()],
                |r| r.get(0),
            )?;
            Ok(Need {
                id,
                network_id,
                kind,
                importance,
                note,
            })
        })
    }

    /// Removes the need for `kind` from a network.
    pub fn remove_need(&self, network_id: i64, kind: SupportKind) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM need WHERE network_id = ?1 AND kind = ?2",
                params![network_id, kind.as_str()],
            )?;
            if n == 0 {
                return Err(Error::not_found("need", kind));
            }
            Ok(())
        })
    }

    /// Every need (of one network, or of all) with who covers it. A need is covered by the
    /// network's members who give that kind of support; people the user avoids never count.
    pub fn coverage(&self, network: Option<i64>) -> Result<Vec<Coverage>> {
        self.read(|c| coverage(c, network))
    }
}

pub(crate) fn coverage(c: &Connection, network: Option<i64>) -> Result<Vec<Coverage>> {
    if let Some(n) = network {
        crate::network::get(c, n)?;
    }
    let mut st = c.prepare_cached(
        "SELECT need.id, need.network_id, need.kind, need.importance, need.note, network.name
         FROM need JOIN network ON network.id = need.network_id
         WHERE ?1 IS NULL OR need.network_id = ?1
         ORDER BY need.network_id, need.importance = 'helpful', need.kind",
    )?;
    let needs = st
        .query_map([network], |r| {
            let kind: String = r.get(2)?;
            let imp: String = r.get(3)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                kind,
                imp,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut by = c.prepare_cached(
        "SELECT p.id, p.name, p.role FROM person p
         JOIN network_member m ON m.person_id = p.id AND m.network_id = ?1
         JOIN person_support s ON s.person_id = p.id AND s.kind = ?2
         WHERE p.avoid = 0 ORDER BY p.name COLLATE NOCASE",
    )?;
    let mut out = Vec::with_capacity(needs.len());
    for (id, network_id, kind, imp, note, network_name) in needs {
        let (Ok(kind), Ok(importance)) = (SupportKind::parse(&kind), Importance::parse(&imp)) else {
            continue;
        };
        let covered_by = by
            .query_map(params![network_id, kind.as_str()], |r| {
                let role: String = r.get(2)?;
                Ok(PersonRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: Role::parse(&role).unwrap_or(Role::Other),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let next_step = covered_by.is_empty().then(|| next_step(kind));
        out.push(Coverage {
            need: Need {
                id,
                network_id,
                kind,
                importance,
                note,
            },
            network_name,
            covered_by,
            next_step,
        });
    }
    Ok(out)
}
