//! SOS: the user's emergency contacts and a built-in table of crisis lines, each with the source
//! it was taken from. Nothing here needs a network connection.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::messages::{Message, MessageId};
use crate::model::{ContactKind, Role};
use crate::store::Store;

/// A crisis line from the built-in table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CrisisLine {
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Its own name as a message: a service's proper name verbatim, "Emergency services"
    /// translated.
    pub name: Message,
    /// What to dial.
    pub phone: String,
    /// Text/SMS number, if any.
    pub text: Option<String>,
    pub hours: Message,
    /// What it is for.
    pub description: Message,
    /// Where the number was taken from.
    pub source: String,
}

/// One row of the built-in table, kept as constants so the table costs nothing until asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub country: &'static str,
    /// A proper name, or `None` for the country's emergency number.
    pub name: Option<&'static str>,
    pub phone: &'static str,
    pub text: Option<&'static str>,
    pub description: MessageId,
    pub source: &'static str,
}

impl From<&Line> for CrisisLine {
    fn from(l: &Line) -> Self {
        CrisisLine {
            country: l.country.to_owned(),
            name: match l.name {
                Some(n) => Message::verbatim(n),
                None => Message::new(MessageId::CrisisEmergencyServices),
            },
            phone: l.phone.to_owned(),
            text: l.text.map(str::to_owned),
            hours: Message::new(MessageId::CrisisHoursAlways),
            description: Message::new(l.description),
            source: l.source.to_owned(),
        }
    }
}

/// Crisis lines Tend ships with. Check sources before each release.
pub const CRISIS_LINES: &[Line] = &[
    Line {
        country: "US",
        name: Some("988 Suicide & Crisis Lifeline"),
        phone: "988",
        text: Some("988"),
        description: MessageId::CrisisUs988,
        source: "https://988lifeline.org",
    },
    Line {
        country: "US",
        name: Some("SAMHSA National Helpline"),
        phone: "1-800-662-4357",
        text: None,
        description: MessageId::CrisisUsSamhsa,
        source: "https://www.samhsa.gov/find-help/helplines/national-helpline",
    },
    Line {
        country: "US",
        name: None,
        phone: "911",
        text: None,
        description: MessageId::CrisisEmergencyDanger,
        source: "https://www.911.gov",
    },
    Line {
        country: "CA",
        name: Some("9-8-8 Suicide Crisis Helpline"),
        phone: "988",
        text: Some("988"),
        description: MessageId::CrisisCa988,
        source: "https://988.ca",
    },
    Line {
        country: "CA",
        name: None,
        phone: "911",
        text: None,
        description: MessageId::CrisisEmergencyDanger,
        source: "https://www.canada.ca/en/public-health/services/mental-health-services/mental-health-get-help.html",
    },
    Line {
        country: "GB",
        name: Some("Samaritans"),
        phone: "116 123",
        text: None,
        description: MessageId::CrisisSamaritans,
        source: "https://www.samaritans.org",
    },
    Line {
        country: "GB",
        name: None,
        phone: "999",
        text: None,
        description: MessageId::CrisisEmergencyDanger,
        source: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
    },
    Line {
        country: "IE",
        name: Some("Samaritans"),
        phone: "116 123",
        text: None,
        description: MessageId::CrisisSamaritans,
        source: "https://www.samaritans.org/ireland/",
    },
    Line {
        country: "IE",
        name: None,
        phone: "112",
        text: None,
        description: MessageId::CrisisEmergencyDangerIe,
        source: "https://www2.hse.ie/mental-health/services-support/supports-services/",
    },
    Line {
        country: "AU",
        name: Some("Lifeline"),
        phone: "13 11 14",
        text: Some("0477 13 11 14"),
        description: MessageId::CrisisAuLifeline,
        source: "https://www.lifeline.org.au",
    },
    Line {
        country: "AU",
        name: None,
        phone: "000",
        text: None,
        description: MessageId::CrisisEmergencyDanger,
        source: "https://www.triplezero.gov.au",
    },
];

/// An emergency contact with the ways to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct EmergencyContact {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

/// Everything the SOS view shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record), uniffi(name = "SosView"))]
pub struct Sos {
    pub emergency_contacts: Vec<EmergencyContact>,
    pub crisis_lines: Vec<CrisisLine>,
    /// Directory meetings starting in the next two hours (online ones, and in-person ones near
    /// the last place the user searched from); empty from [`Store::sos`], which has no clock.
    pub meetings_soon: Vec<crate::directory::SoonMeeting>,
}

/// How many meetings starting soon the SOS view shows.
pub const SOS_SOON: usize = 3;

/// The countries the built-in table has crisis lines for (ISO 3166-1 alpha-2), in its order.
pub fn crisis_countries() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in CRISIS_LINES {
        if !out.iter().any(|c| c == l.country) {
            out.push(l.country.to_owned());
        }
    }
    out
}

/// Crisis lines for a country code (case-insensitive), or all of them for `None`. An unknown
/// country gets every line rather than none: in a crisis something is better than nothing.
pub fn crisis_lines(country: Option<&str>) -> Vec<CrisisLine> {
    let wanted = country
        .map(|c| c.trim().to_ascii_uppercase())
        .map(|c| if c == "UK" { "GB".to_string() } else { c });
    let matching: Vec<CrisisLine> = CRISIS_LINES
        .iter()
        .filter(|l| wanted.as_deref().is_none_or(|c| l.country == c))
        .map(CrisisLine::from)
        .collect();
    if matching.is_empty() {
        CRISIS_LINES.iter().map(CrisisLine::from).collect()
    } else {
        matching
    }
}

impl Store {
    /// The SOS view at `now` in the user's zone `tz`: emergency contacts, crisis lines for
    /// `country`, and the meetings starting soon.
    pub fn sos_at(&self, country: Option<&str>, now: DateTime<Utc>, tz: Tz) -> Result<Sos> {
        let mut sos = self.sos(country)?;
        sos.meetings_soon = self.read(|c| crate::directory::soon_near_last_place(c, now, tz, SOS_SOON))?;
        Ok(sos)
    }

    /// The SOS view without the clock: emergency contacts first (people the user avoids can
    /// never be one), then crisis lines for `country`; no meetings (see [`Store::sos_at`]).
    pub fn sos(&self, country: Option<&str>) -> Result<Sos> {
        let emergency_contacts = self
            .read(|c| crate::people::load(c, "p.emergency = 1 AND p.avoid = 0", &[]))?
            .into_iter()
            .map(|p| EmergencyContact {
                person_id: p.id,
                phones: p
                    .contacts
                    .iter()
                    .filter(|m| m.kind == ContactKind::Phone)
                    .map(|m| m.value.clone())
                    .collect(),
                emails: p
                    .contacts
                    .iter()
                    .filter(|m| m.kind == ContactKind::Email)
                    .map(|m| m.value.clone())
                    .collect(),
                name: p.name,
                role: p.role,
            })
            .collect();
        Ok(Sos {
            emergency_contacts,
            crisis_lines: crisis_lines(country),
            meetings_soon: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_lines_are_present_with_sources() {
        let has = |c: &str, phone: &str| {
            CRISIS_LINES
                .iter()
                .any(|l| l.country == c && l.phone == phone && l.source.starts_with("https://"))
        };
        assert!(has("US", "988"));
        assert!(has("US", "1-800-662-4357"));
        assert!(has("CA", "988"));
        assert!(has("GB", "116 123"));
        assert!(has("IE", "116 123"));
        assert!(has("AU", "13 11 14"));
        assert!(crisis_lines(Some("uk")).iter().all(|l| l.country == "GB"));
        assert_eq!(crisis_lines(Some("ZZ")).len(), CRISIS_LINES.len());
    }
}
