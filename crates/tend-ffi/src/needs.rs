//! Needs and coverage: the kinds of support the user needs in each network, and who gives them.

use tend_core::needs as core;

use crate::model::{Importance, Role, SupportKind, map};
use crate::{TendError, TendStore};

/// A kind of support the user needs in one network.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Need {
    pub id: i64,
    pub network_id: i64,
    pub kind: SupportKind,
    pub importance: Importance,
    pub note: Option<String>,
}

impl From<core::Need> for Need {
    fn from(n: core::Need) -> Self {
        Need {
            id: n.id,
            network_id: n.network_id,
            kind: n.kind.into(),
            importance: n.importance.into(),
            note: n.note,
        }
    }
}

/// A person named in a list (coverage, a bundled reminder, a goal's partner).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
    pub role: Role,
}

impl From<core::PersonRef> for PersonRef {
    fn from(p: core::PersonRef) -> Self {
        PersonRef {
            id: p.id,
            name: p.name,
            role: p.role.into(),
        }
    }
}

/// One need with the people who cover it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Coverage {
    pub need: Need,
    pub network_name: String,
    pub covered_by: Vec<PersonRef>,
    /// Nobody covers this need yet.
    pub is_gap: bool,
    /// A concrete, kind next step for a gap; none when the need is covered.
    pub next_step: Option<String>,
}

impl From<core::Coverage> for Coverage {
    fn from(c: core::Coverage) -> Self {
        Coverage {
            is_gap: c.is_gap(),
            need: c.need.into(),
            network_name: c.network_name,
            covered_by: map(c.covered_by),
            next_step: c.next_step,
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// Adds or changes the need for `kind` in a network (one need per kind and network).
    pub fn set_need(
        &self,
        network_id: i64,
        kind: SupportKind,
        importance: Importance,
        note: Option<String>,
    ) -> Result<Need, TendError> {
        self.call(|s| {
            Ok(s.set_need(network_id, kind.into(), importance.into(), note.as_deref())?
                .into())
        })
    }

    /// Removes the need for `kind` from a network.
    pub fn remove_need(&self, network_id: i64, kind: SupportKind) -> Result<(), TendError> {
        self.call(|s| s.remove_need(network_id, kind.into()))
    }

    /// Every need (of one network, or of all) with who covers it. A need is covered by the
    /// network's members who give that kind of support; people the user avoids never count.
    pub fn coverage(&self, network_id: Option<i64>) -> Result<Vec<Coverage>, TendError> {
        self.call(|s| Ok(map(s.coverage(network_id)?)))
    }
}
