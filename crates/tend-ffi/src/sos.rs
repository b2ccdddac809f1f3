//! SOS: the user's emergency contacts and the built-in crisis lines.

use tend_core::sos as core;

use crate::model::{Role, map};
use crate::{TendError, TendStore};

/// A crisis line from the built-in table.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CrisisLine {
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    pub name: String,
    /// What to dial.
    pub phone: String,
    /// Text/SMS number, if any.
    pub text: Option<String>,
    pub hours: String,
    pub description: String,
    /// Where the number was taken from.
    pub source: String,
}

impl From<core::CrisisLine> for CrisisLine {
    fn from(l: core::CrisisLine) -> Self {
        CrisisLine {
            country: l.country.to_owned(),
            name: l.name.to_owned(),
            phone: l.phone.to_owned(),
            text: l.text.map(str::to_owned),
            hours: l.hours.to_owned(),
            description: l.description.to_owned(),
            source: l.source.to_owned(),
        }
    }
}

/// An emergency contact with the ways to reach them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EmergencyContact {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

impl From<core::EmergencyContact> for EmergencyContact {
    fn from(c: core::EmergencyContact) -> Self {
        EmergencyContact {
            person_id: c.person_id,
            name: c.name,
            role: c.role.into(),
            phones: c.phones,
            emails: c.emails,
        }
    }
}

/// Everything the SOS view shows.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SosView {
    pub emergency_contacts: Vec<EmergencyContact>,
    pub crisis_lines: Vec<CrisisLine>,
}

impl From<core::Sos> for SosView {
    fn from(s: core::Sos) -> Self {
        SosView {
            emergency_contacts: map(s.emergency_contacts),
            crisis_lines: map(s.crisis_lines),
        }
    }
}

#[uniffi::export]
impl TendStore {
    /// The SOS view: emergency contacts first (people the user avoids can never be one), then
    /// crisis lines for `country` (ISO code; none or unknown = every line).
    pub fn sos(&self, country: Option<String>) -> Result<SosView, TendError> {
        self.call(|s| Ok(s.sos(country.as_deref())?.into()))
    }
}

/// Crisis lines for a country code (case-insensitive), or all of them for none. An unknown
/// country gets every line rather than none: in a crisis something is better than nothing.
/// Needs no store, so the SOS screen works even before the store is unlocked.
#[uniffi::export]
pub fn crisis_lines(country: Option<String>) -> Vec<CrisisLine> {
    crate::error::run(|| Ok(map(core::crisis_lines(country.as_deref())))).unwrap_or_default()
}
