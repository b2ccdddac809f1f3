//! Reciprocity: the give/receive balance with each person the user is in contact with.

use chrono::Utc;
use tend_core::reciprocity as core;

use crate::model::{Lean, Role, map};
use crate::{TendError, TendStore};

/// Give/receive balance with one person over the period.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Balance {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub gave: u32,
    pub received: u32,
    /// Contacts where support went both ways (they count for both sides).
    pub both: u32,
    pub lean: Lean,
}

impl From<core::Balance> for Balance {
    fn from(b: core::Balance) -> Self {
        Balance {
            person_id: b.person_id,
            name: b.name,
            role: b.role.into(),
            gave: b.gave,
            received: b.received,
            both: b.both,
            lean: b.lean.into(),
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// Balances over the last `days` days for everyone the user has contact check-ins with;
    /// people the user avoids are left out. One-sided ones first.
    pub fn reciprocity(&self, days: u32) -> Result<Vec<Balance>, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(map(s.reciprocity(now, days)?)))
    }
}
