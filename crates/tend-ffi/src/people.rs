//! People in the user's support network: who they are, what support they give, how and when
//! they are glad to be contacted, and the boundaries the user keeps with them.

use std::time::SystemTime;

use chrono::Utc;
use tend_core::people as core;

use crate::convert::{hhmm, instant, parse_hhmm};
use crate::model::{ContactKind, Role, SupportKind, map, try_map};
use crate::{TendError, TendStore};

/// A way to reach a person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactMethod {
    pub kind: ContactKind,
    /// A phone number, an email address, or other text (a handle).
    pub value: String,
}

impl From<core::ContactMethod> for ContactMethod {
    fn from(c: core::ContactMethod) -> Self {
        ContactMethod {
            kind: c.kind.into(),
            value: c.value,
        }
    }
}

impl From<ContactMethod> for core::ContactMethod {
    fn from(c: ContactMethod) -> Self {
        core::ContactMethod {
            kind: c.kind.into(),
            value: c.value,
        }
    }
}

/// A weekly time range, in the user's local time, when a person is glad to be contacted. A window
/// whose end is at or before its start runs past midnight into the next day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactWindow {
    /// 0 = Sunday … 6 = Saturday: the day the window opens.
    pub weekday: u8,
    /// "HH:MM".
    pub start: String,
    /// "HH:MM".
    pub end: String,
}

impl From<core::ContactWindow> for ContactWindow {
    fn from(w: core::ContactWindow) -> Self {
        ContactWindow {
            weekday: w.weekday,
            start: hhmm(w.start),
            end: hhmm(w.end),
        }
    }
}

impl TryFrom<ContactWindow> for core::ContactWindow {
    type Error = tend_core::Error;
    fn try_from(w: ContactWindow) -> tend_core::Result<Self> {
        Ok(core::ContactWindow {
            weekday: w.weekday,
            start: parse_hhmm("contact window", &w.start)?,
            end: parse_hhmm("contact window", &w.end)?,
        })
    }
}

/// A person in the user's support network.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub support: Vec<SupportKind>,
    pub contacts: Vec<ContactMethod>,
    /// Keep in touch every this many days; `null`/`nil` = no keep-in-touch reminders.
    pub cadence_days: Option<u32>,
    pub windows: Vec<ContactWindow>,
    /// Shown in the SOS view.
    pub emergency: bool,
    /// Someone risky for the user: never suggested, never reminded.
    pub avoid: bool,
    pub notes: Option<String>,
    /// The ids of the networks this person belongs to.
    pub networks: Vec<i64>,
    pub created_at: SystemTime,
}

impl From<core::Person> for Person {
    fn from(p: core::Person) -> Self {
        Person {
            id: p.id,
            name: p.name,
            role: p.role.into(),
            support: map(p.support),
            contacts: map(p.contacts),
            cadence_days: p.cadence_days,
            windows: map(p.windows),
            emergency: p.emergency,
            avoid: p.avoid,
            notes: p.notes,
            networks: p.networks,
            created_at: instant(p.created_at),
        }
    }
}

/// What the user enters to create or edit a person. Only `name` and `role` are required.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PersonInput {
    /// Not blank, at most 100 characters.
    pub name: String,
    pub role: Role,
    #[uniffi(default)]
    pub support: Vec<SupportKind>,
    #[uniffi(default)]
    pub contacts: Vec<ContactMethod>,
    /// 1 to 365 days, or none.
    #[uniffi(default)]
    pub cadence_days: Option<u32>,
    #[uniffi(default)]
    pub windows: Vec<ContactWindow>,
    #[uniffi(default)]
    pub emergency: bool,
    /// Cannot be combined with `emergency`.
    #[uniffi(default)]
    pub avoid: bool,
    #[uniffi(default)]
    pub notes: Option<String>,
    /// Ids of existing networks.
    #[uniffi(default)]
    pub networks: Vec<i64>,
}

impl TryFrom<PersonInput> for core::PersonInput {
    type Error = tend_core::Error;
    fn try_from(p: PersonInput) -> tend_core::Result<Self> {
        Ok(core::PersonInput {
            name: p.name,
            role: p.role.into(),
            support: map(p.support),
            contacts: map(p.contacts),
            cadence_days: p.cadence_days,
            windows: try_map(p.windows)?,
            emergency: p.emergency,
            avoid: p.avoid,
            notes: p.notes,
            networks: p.networks,
        })
    }
}

#[uniffi::export]
impl TendStore {
    /// Adds a person; all of it is stored or none of it. A blank name throws `InvalidInput`
    /// with field "name".
    pub fn add_person(&self, input: PersonInput) -> Result<Person, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.add_person(&input.try_into()?, now)?.into()))
    }

    /// Replaces everything about a person with `input`.
    pub fn update_person(&self, id: i64, input: PersonInput) -> Result<Person, TendError> {
        self.call(|s| Ok(s.update_person(id, &input.try_into()?)?.into()))
    }

    /// Removes a person. Their past check-ins stay in the log, detached from them.
    pub fn remove_person(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_person(id))
    }

    /// One person by id.
    pub fn person(&self, id: i64) -> Result<Person, TendError> {
        self.call(|s| Ok(s.person(id)?.into()))
    }

    /// Everyone, by name; with `network_id`, only that network's people.
    pub fn people(&self, network_id: Option<i64>) -> Result<Vec<Person>, TendError> {
        self.call(|s| Ok(map(s.people(network_id)?)))
    }
}

/// Parses contact windows written as text ("mon-fri 09:00-17:00; sat 10:00-12:00",
/// "fri 22:00-01:00" runs past midnight), for a shell's free-text field.
#[uniffi::export]
pub fn parse_contact_windows(spec: String) -> Result<Vec<ContactWindow>, TendError> {
    crate::error::run(|| Ok(map(core::parse_windows(&spec)?)))
}
