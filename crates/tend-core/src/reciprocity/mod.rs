//! Reciprocity: per person, how much support the user gave and received in contacts, and who
//! the balance leans strongly one way with — worth a thank-you or a call to offer help back.

use chrono::{DateTime, Duration, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::Role;
use crate::store::Store;
use crate::time::to_ms;

/// Below this many contacts the balance is not judged.
pub const MIN_CONTACTS: u32 = 4;
/// A side holding at least this share of the support makes the balance one-sided.
pub const ONE_SIDED_SHARE: f64 = 0.75;

/// Which way a balance leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Lean {
    Balanced,
    /// The user mostly gives: check they are being looked after too.
    MostlyGiving,
    /// The user mostly receives: a thank-you or an offer to help back may be welcome.
    MostlyReceiving,
    /// Too few contacts to say.
    TooFew,
}

/// Give/receive balance with one person over the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Balance {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub gave: u32,
    pub received: u32,
    /// Contacts where support went both ways (count for both sides).
    pub both: u32,
    pub lean: Lean,
}

fn lean(gave: u32, received: u32, both: u32) -> Lean {
    let (g, r) = (gave + both, received + both);
    if gave + received + both < MIN_CONTACTS || g + r == 0 {
        return Lean::TooFew;
    }
    let share = f64::from(g) / f64::from(g + r);
    if share >= ONE_SIDED_SHARE {
        Lean::MostlyGiving
    } else if share <= 1.0 - ONE_SIDED_SHARE {
        Lean::MostlyReceiving
    } else {
        Lean::Balanced
    }
}

/// The longest look-back [`Store::reciprocity`] accepts: a hundred years.
pub const MAX_DAYS: u32 = 36_500;

impl Store {
    /// Balances over the last `days` days before `now` for everyone the user has contact
    /// check-ins with; people the user avoids are left out. One-sided ones first.
    /// `days` is 1 to [`MAX_DAYS`].
    pub fn reciprocity(&self, now: DateTime<Utc>, days: u32) -> Result<Vec<Balance>> {
        crate::validate::range("days", i64::from(days), 1, i64::from(MAX_DAYS))?;
        let from = to_ms(now - Duration::days(i64::from(days)));
        self.read(|c| {
            let mut st = c.prepare_cached(
                "SELECT p.id, p.name, p.role,
                        sum(c.direction = 'gave'), sum(c.direction = 'received'), sum(c.direction = 'both')
                 FROM checkin c JOIN person p ON p.id = c.person_id
                 WHERE c.kind = 'contact' AND c.at >= ?1 AND p.avoid = 0
                 GROUP BY p.id ORDER BY p.name COLLATE NOCASE",
            )?;
            let mut out: Vec<Balance> = st
                .query_map(params![from], |r| {
                    let role: String = r.get(2)?;
                    let (gave, received, both): (u32, u32, u32) = (r.get(3)?, r.get(4)?, r.get(5)?);
                    Ok(Balance {
                        person_id: r.get(0)?,
                        name: r.get(1)?,
                        role: Role::parse(&role).unwrap_or(Role::Other),
                        gave,
                        received,
                        both,
                        lean: lean(gave, received, both),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            out.sort_by_key(|b| matches!(b.lean, Lean::Balanced | Lean::TooFew));
            Ok(out)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaning() {
        assert_eq!(lean(1, 1, 0), Lean::TooFew);
        assert_eq!(lean(6, 1, 0), Lean::MostlyGiving);
        assert_eq!(lean(0, 5, 0), Lean::MostlyReceiving);
        assert_eq!(lean(2, 2, 1), Lean::Balanced);
        assert_eq!(lean(3, 0, 1), Lean::MostlyGiving);
    }
}
