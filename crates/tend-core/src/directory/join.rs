//! Joining and leaving: a directory meeting (or every meeting its group holds) becomes one of the
//! user's groups, with reminders, in the network the user picks; the link back to the directory
//! lets later imports keep its times, places and links current while the network, members, name
//! and notes stay the user's. A joined meeting its feed stops listing stays the user's, marked no
//! longer listed.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::groups::{self, Group, GroupInput, MeetingInput};
use crate::messages::MessageId;
use crate::model::GroupKind;
use crate::store::Store;

/// The feed-owned part of a directory record.
struct Record {
    id: i64,
    feed_id: i64,
    slug: String,
    name: String,
    group_name: Option<String>,
    timezone: String,
    types: Vec<String>,
    place: Option<String>,
    online_url: Option<String>,
    online_phone: Option<String>,
    notes: Option<String>,
    slots: Vec<(Option<u8>, Option<u16>, u32)>,
}

/// The one address line a joined group shows for a directory record: the building, then where,
/// as people say it. The feed reader checks it against the group's rule for an address, so every
/// record in the directory can be joined (`meeting_guide::read_record`).
pub(crate) fn place(location: Option<String>, address: Option<String>) -> Option<String> {
    match (location, address) {
        (Some(l), Some(a)) if a.starts_with(&l) => Some(a),
        (Some(l), Some(a)) => Some(format!("{l}, {a}")),
        (l, a) => l.or(a),
    }
}

fn records(c: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<Record>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT m.id, m.feed_id, m.slug, m.name, m.group_name, m.timezone, m.types, m.location, m.address,
                m.online_url, m.online_phone, m.notes
         FROM directory_meeting m WHERE {filter} ORDER BY m.id"
    ))?;
    let mut out: Vec<Record> = st
        .query_map(args, |r| {
            let location: Option<String> = r.get(7)?;
            let address: Option<String> = r.get(8)?;
            let types: String = r.get(6)?;
            Ok(Record {
                id: r.get(0)?,
                feed_id: r.get(1)?,
                slug: r.get(2)?,
                name: r.get(3)?,
                group_name: r.get(4)?,
                timezone: r.get(5)?,
                types: serde_json::from_str(&types).unwrap_or_default(),
                place: place(location, address),
                online_url: r.get(9)?,
                online_phone: r.get(10)?,
                notes: r.get(11)?,
                slots: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut st = c.prepare_cached(
        "SELECT weekday, start_min, duration_minutes FROM directory_slot WHERE meeting_id = ?1
         ORDER BY weekday IS NULL, weekday, start_min",
    )?;
    for r in &mut out {
        r.slots = st
            .query_map([r.id], |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(out)
}

/// Writes the feed-owned fields of `recs` (first = the one whose place and links the group
/// shows) into `input`; the meetings are every slot of every record.
fn apply_feed(input: &mut GroupInput, recs: &[Record]) {
    let Some(first) = recs.first() else { return };
    input.address = first.place.clone();
    input.online_url = recs.iter().find_map(|r| r.online_url.clone());
    input.online_phone = recs.iter().find_map(|r| r.online_phone.clone());
    let mut types: Vec<String> = Vec::new();
    let mut meetings: Vec<MeetingInput> = Vec::new();
    for r in recs {
        for t in &r.types {
            if !types.contains(t) {
                types.push(t.clone());
            }
        }
        for (weekday, start, duration_minutes) in &r.slots {
            let m = MeetingInput {
                weekday: *weekday,
                start: *start,
                duration_minutes: *duration_minutes,
                timezone: r.timezone.clone(),
            };
            if !meetings.contains(&m) {
                meetings.push(m);
            }
        }
    }
    input.types = types;
    input.meetings = meetings;
}

fn meeting_keys(
    ms: impl Iterator<Item = (Option<u8>, Option<u16>, u32, String)>,
) -> Vec<(Option<u8>, Option<u16>, u32, String)> {
    let mut v: Vec<_> = ms.collect();
    v.sort();
    v
}

/// Whether the stored group already shows what the feed says.
fn feed_fields_match(g: &Group, want: &GroupInput) -> bool {
    g.address == want.address
        && g.online_url == want.online_url
        && g.online_phone == want.online_phone
        && g.types == want.types
        && meeting_keys(
            g.meetings
                .iter()
                .map(|m| (m.weekday, m.start, m.duration_minutes, m.timezone.clone())),
        ) == meeting_keys(
            want.meetings
                .iter()
                .map(|m| (m.weekday, m.start, m.duration_minutes, m.timezone.clone())),
        )
}

/// Brings every group joined from `feed_id` up to date after an import: the feed's times, places,
/// links and types; the user's name, network, members and notes kept. Returns (groups changed,
/// groups that just stopped being listed). The feed reader offers only records a group can hold
/// (`meeting_guide::read_record`); should the rules ever drift apart, a group the rules refuse
/// keeps what it had rather than failing the import of the whole feed.
pub(crate) fn sync_joined(c: &Connection, feed_id: i64) -> Result<(u32, u32)> {
    let group_ids: Vec<i64> = c
        .prepare_cached("SELECT DISTINCT group_id FROM group_listing WHERE feed_id = ?1")?
        .query_map([feed_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let (mut updated, mut unlisted) = (0u32, 0u32);
    for gid in group_ids {
        let listings: Vec<(i64, String, bool)> = c
            .prepare_cached("SELECT feed_id, slug, listed FROM group_listing WHERE group_id = ?1")?
            .query_map([gid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let was_listed = listings.iter().any(|l| l.2);
        let mut present = Vec::new();
        for (f, slug, listed) in &listings {
            let found = records(c, "m.feed_id = ?1 AND m.slug = ?2", &[f, slug])?;
            let now_listed = !found.is_empty();
            if now_listed != *listed {
                c.execute(
                    "UPDATE group_listing SET listed = ?3 WHERE feed_id = ?1 AND slug = ?2",
                    params![f, slug, now_listed],
                )?;
            }
            present.extend(found);
        }
        if present.is_empty() {
            // Gone from the feed: the group and its reminders stay as the user knew them.
            if was_listed {
                unlisted += 1;
            }
            continue;
        }
        present.sort_by_key(|r| r.id);
        let g = groups::get(c, gid)?;
        let mut input = GroupInput::new(g.name.clone(), g.kind);
        input.network_id = g.network_id;
        input.notes = g.notes.clone();
        input.members = g.members.clone();
        input.feed_slug = g.feed_slug.clone();
        apply_feed(&mut input, &present);
        if !feed_fields_match(&g, &input) {
            match input.validated() {
                Ok(input) => {
                    groups::put(c, Some(gid), &input, g.created_at)?;
                    updated += 1;
                }
                Err(Error::InvalidInput { .. }) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok((updated, unlisted))
}

impl Store {
    /// Makes directory meeting `id` one of the user's groups, in network `network_id` if given,
    /// with its weekly meetings (and so their reminders) and the feed's notes to start with. With
    /// `whole_group`, every meeting the feed lists for the same group becomes that one group.
    /// A meeting already joined is refused, naming the group it is in.
    pub fn join_directory_meeting(
        &self,
        id: i64,
        network_id: Option<i64>,
        whole_group: bool,
        now: DateTime<Utc>,
    ) -> Result<Group> {
        self.write(|tx| {
            let mut recs = records(tx, "m.id = ?1", &[&id])?;
            let first = recs.pop().ok_or_else(|| Error::not_found("directory meeting", id))?;
            let name = match (&first.group_name, whole_group) {
                (Some(g), true) => g.clone(),
                _ => first.name.clone(),
            };
            let mut recs = match (&first.group_name, whole_group) {
                (Some(g), true) => records(tx, "m.feed_id = ?1 AND m.group_name = ?2", &[&first.feed_id, g])?,
                _ => Vec::new(),
            };
            recs.retain(|r| r.id != first.id);
            recs.insert(0, first);
            for r in &recs {
                let joined: Option<i64> = tx
                    .query_row(
                        "SELECT group_id FROM group_listing WHERE feed_id = ?1 AND slug = ?2",
                        params![r.feed_id, r.slug],
                        |x| x.get(0),
                    )
                    .optional()?;
                if joined.is_some() {
                    return Err(Error::invalid("meeting", MessageId::RefusalAlreadyJoined));
                }
            }
            let mut input = GroupInput::new(name, GroupKind::TwelveStep);
            input.network_id = network_id;
            input.notes = recs[0].notes.clone();
            apply_feed(&mut input, &recs);
            let input = input.validated()?;
            let gid = groups::put(tx, None, &input, now)?;
            let mut link = tx
                .prepare_cached("INSERT INTO group_listing (feed_id, slug, group_id, listed) VALUES (?1, ?2, ?3, 1)")?;
            for r in &recs {
                link.execute(params![r.feed_id, r.slug, gid])?;
            }
            groups::get(tx, gid)
        })
    }

    /// Leaves a group joined from the directory: it stops being one of the user's groups (its
    /// reminders go with it; attendance stays in the log) and its meeting stays in the directory.
    /// A group the user made themselves is refused: it has no directory to go back to.
    pub fn leave_directory_group(&self, group_id: i64) -> Result<()> {
        self.write(|tx| {
            groups::get(tx, group_id)?;
            let joined: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM group_listing WHERE group_id = ?1)",
                [group_id],
                |r| r.get(0),
            )?;
            if !joined {
                return Err(Error::invalid("group", MessageId::RefusalNotFromDirectory));
            }
            tx.execute("DELETE FROM support_group WHERE id = ?1", [group_id])?;
            Ok(())
        })
    }
}
