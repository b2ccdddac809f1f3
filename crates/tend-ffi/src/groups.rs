//! Support groups and their weekly meetings.

use std::time::SystemTime;

use chrono::Utc;
use tend_core::groups as core;

use crate::convert::{hhmm, instant, parse_hhmm};
use crate::model::{GroupKind, map, try_map};
use crate::{TendError, TendStore};

/// A weekly meeting. Without `weekday` and `start` it is "by appointment": kept, never reminded.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Meeting {
    pub id: i64,
    /// 0 = Sunday … 6 = Saturday.
    pub weekday: Option<u8>,
    /// Local start "HH:MM" in `timezone`.
    pub start: Option<String>,
    pub duration_minutes: u32,
    /// The IANA zone the meeting keeps, wherever the user travels.
    pub timezone: String,
}

impl From<core::Meeting> for Meeting {
    fn from(m: core::Meeting) -> Self {
        Meeting {
            id: m.id,
            weekday: m.weekday,
            start: m.start.map(hhmm),
            duration_minutes: m.duration_minutes,
            timezone: m.timezone,
        }
    }
}

/// A meeting as entered. Give both `weekday` and `start`, or neither (by appointment).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeetingInput {
    /// 0 = Sunday … 6 = Saturday.
    pub weekday: Option<u8>,
    /// Local start "HH:MM" in `timezone`.
    pub start: Option<String>,
    /// 1 to 720 minutes.
    pub duration_minutes: u32,
    /// An IANA zone name.
    pub timezone: String,
}

impl TryFrom<MeetingInput> for core::MeetingInput {
    type Error = tend_core::Error;
    fn try_from(m: MeetingInput) -> tend_core::Result<Self> {
        Ok(core::MeetingInput {
            weekday: m.weekday,
            start: m.start.map(|s| parse_hhmm("meeting start", &s)).transpose()?,
            duration_minutes: m.duration_minutes,
            timezone: m.timezone,
        })
    }
}

/// A support group with its meetings and the people in it. (Named `SupportGroup` so it does not
/// clash with SwiftUI's `Group`.)
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SupportGroup {
    pub id: i64,
    pub name: String,
    pub kind: GroupKind,
    pub network_id: Option<i64>,
    pub address: Option<String>,
    pub online_url: Option<String>,
    pub online_phone: Option<String>,
    pub notes: Option<String>,
    /// Meeting-type codes, as in Meeting Guide ("O" open, "C" closed, "ONL" online, …).
    pub types: Vec<String>,
    /// The Meeting Guide slug this group was imported from, if any.
    pub feed_slug: Option<String>,
    pub meetings: Vec<Meeting>,
    /// Ids of the people in the group.
    pub members: Vec<i64>,
    pub created_at: SystemTime,
}

impl From<core::Group> for SupportGroup {
    fn from(g: core::Group) -> Self {
        SupportGroup {
            id: g.id,
            name: g.name,
            kind: g.kind.into(),
            network_id: g.network_id,
            address: g.address,
            online_url: g.online_url,
            online_phone: g.online_phone,
            notes: g.notes,
            types: g.types,
            feed_slug: g.feed_slug,
            meetings: map(g.meetings),
            members: g.members,
            created_at: instant(g.created_at),
        }
    }
}

/// What the user enters to create or replace a group. Only `name` and `kind` are required.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GroupInput {
    pub name: String,
    pub kind: GroupKind,
    #[uniffi(default)]
    pub network_id: Option<i64>,
    #[uniffi(default)]
    pub address: Option<String>,
    #[uniffi(default)]
    pub online_url: Option<String>,
    #[uniffi(default)]
    pub online_phone: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
    /// Meeting Guide type codes.
    #[uniffi(default)]
    pub types: Vec<String>,
    #[uniffi(default)]
    pub feed_slug: Option<String>,
    #[uniffi(default)]
    pub meetings: Vec<MeetingInput>,
    /// Ids of existing people.
    #[uniffi(default)]
    pub members: Vec<i64>,
}

impl TryFrom<GroupInput> for core::GroupInput {
    type Error = tend_core::Error;
    fn try_from(g: GroupInput) -> tend_core::Result<Self> {
        Ok(core::GroupInput {
            name: g.name,
            kind: g.kind.into(),
            network_id: g.network_id,
            address: g.address,
            online_url: g.online_url,
            online_phone: g.online_phone,
            notes: g.notes,
            types: g.types,
            feed_slug: g.feed_slug,
            meetings: try_map(g.meetings)?,
            members: g.members,
        })
    }
}

#[uniffi::export]
impl TendStore {
    /// Adds a group with its meetings and members.
    pub fn add_group(&self, input: GroupInput) -> Result<SupportGroup, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.add_group(&input.try_into()?, now)?.into()))
    }

    /// Replaces a group's details, meetings and members.
    pub fn update_group(&self, id: i64, input: GroupInput) -> Result<SupportGroup, TendError> {
        self.call(|s| Ok(s.update_group(id, &input.try_into()?)?.into()))
    }

    /// Removes a group and its meetings; attendance stays in the log.
    pub fn remove_group(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_group(id))
    }

    /// One group by id.
    pub fn group(&self, id: i64) -> Result<SupportGroup, TendError> {
        self.call(|s| Ok(s.group(id)?.into()))
    }

    /// All groups, by name.
    pub fn groups(&self) -> Result<Vec<SupportGroup>, TendError> {
        self.call(|s| Ok(map(s.groups()?)))
    }
}
