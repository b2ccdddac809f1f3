//! The rules every record meets, applied to a backup before it is restored: each record is
//! turned into the input a command would have given and checked by the same code, so a backup
//! can hold nothing a user could not have typed (a 4294967295-day cadence, mood 99, a
//! zero-minute meeting). A record that breaks a rule refuses the whole backup
//! (`refusal-backup-rules`); which record it was is not said, as a refusal never names a
//! record's id.

use chrono::NaiveDate;

use super::backup::{CheckinRow, Doc, GoalRow, GroupRow, NetworkRow, PersonRow};
use crate::error::{Error, Result};
use crate::goals::GoalInput;
use crate::groups::{GroupInput, MeetingInput};
use crate::messages::MessageId;
use crate::model::{CheckinKind, ContactKind, GroupKind, Period, Role, SupportKind};
use crate::network::NetworkInput;
use crate::people::{ContactMethod, ContactWindow, PersonInput};
use crate::settings::Settings;
use crate::time::{parse_date, parse_hhmm};
use crate::validate;

/// The latest date a backup may carry as a network's "since": the end of four-digit years (the
/// command refuses a future date; a backup is restored later than it was made).
const LATEST: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// A record that breaks a rule: the backup is refused as a whole.
fn broken(e: Error) -> Error {
    match e {
        Error::InvalidInput { .. } | Error::Conflict { .. } => Error::invalid("backup", MessageId::RefusalBackupRules),
        other => other,
    }
}

/// Checks every record of `doc` (spellings were checked already) against the rules.
pub(super) fn check(doc: &Doc) -> Result<()> {
    doc.networks.iter().try_for_each(network)?;
    doc.people.iter().try_for_each(person)?;
    doc.groups.iter().try_for_each(group)?;
    doc.checkins.iter().try_for_each(checkin)?;
    doc.goals.iter().try_for_each(goal)?;
    for n in &doc.needs {
        validate::text("note", n.note.as_deref()).map_err(broken)?;
    }
    for x in &doc.consent {
        crate::share::check_row(x).map_err(broken)?;
        // The mood band is a line of the summary: never consented without it.
        if x.item == "mood"
            && !doc
                .consent
                .iter()
                .any(|y| y.person_id == x.person_id && y.item == "summary")
        {
            return Err(Error::invalid("backup", MessageId::RefusalBackupRules));
        }
    }
    let mut settings = Settings::default();
    for (key, value) in &doc.settings {
        settings.set(key, value).map_err(broken)?;
    }
    Ok(())
}

fn network(n: &NetworkRow) -> Result<()> {
    let since = n.since.as_deref().map(|s| parse_date("since", s)).transpose();
    let input = NetworkInput {
        name: n.name.clone(),
        focus: n.focus.clone(),
        since: since.map_err(broken)?,
    };
    input.validated(LATEST).map(drop).map_err(broken)
}

fn person(p: &PersonRow) -> Result<()> {
    let err = broken;
    let minutes = |s: &str| parse_hhmm("contact window", s);
    let input = PersonInput {
        name: p.name.clone(),
        role: Role::parse(&p.role).map_err(&err)?,
        support: p
            .support
            .iter()
            .map(|k| SupportKind::parse(k))
            .collect::<Result<_>>()
            .map_err(&err)?,
        contacts: p
            .contacts
            .iter()
            .map(|c| {
                Ok(ContactMethod {
                    kind: ContactKind::parse(&c.kind)?,
                    value: c.value.clone(),
                })
            })
            .collect::<Result<_>>()
            .map_err(&err)?,
        cadence_days: p.cadence_days,
        windows: p
            .windows
            .iter()
            .map(|w| {
                Ok(ContactWindow {
                    weekday: w.weekday,
                    start: minutes(&w.start)?,
                    end: minutes(&w.end)?,
                })
            })
            .collect::<Result<_>>()
            .map_err(&err)?,
        emergency: p.emergency,
        avoid: p.avoid,
        notes: p.notes.clone(),
        networks: p.networks.clone(),
    };
    input.validated().map(drop).map_err(err)
}

fn group(g: &GroupRow) -> Result<()> {
    let err = broken;
    let meetings = g
        .meetings
        .iter()
        .map(|m| {
            Ok(MeetingInput {
                weekday: m.weekday,
                start: m.time.as_deref().map(|t| parse_hhmm("meeting start", t)).transpose()?,
                duration_minutes: m.duration_minutes,
                timezone: m.timezone.clone(),
            })
        })
        .collect::<Result<_>>()
        .map_err(&err)?;
    let input = GroupInput {
        network_id: g.network_id,
        address: g.address.clone(),
        online_url: g.online_url.clone(),
        online_phone: g.online_phone.clone(),
        notes: g.notes.clone(),
        types: g.types.clone(),
        feed_slug: g.feed_slug.clone(),
        meetings,
        members: g.members.clone(),
        ..GroupInput::new(g.name.clone(), GroupKind::parse(&g.kind).map_err(&err)?)
    };
    input.validated().map(drop).map_err(err)
}

fn checkin(c: &CheckinRow) -> Result<()> {
    let err = broken;
    // A daily check-in confirmed from a reminder has no mood (see `checkins`); any mood given
    // is 1 to 5, like every typed one.
    if let Some(m) = c.mood {
        validate::range("mood", i64::from(m), 1, 5).map_err(&err)?;
    }
    if let Some(cr) = c.craving {
        validate::range("craving", i64::from(cr), 0, 10).map_err(&err)?;
    }
    validate::text("note", c.note.as_deref()).map(drop).map_err(err)
}

fn goal(g: &GoalRow) -> Result<()> {
    let err = broken;
    let input = GoalInput {
        network_id: g.network_id,
        title: Some(g.title.clone()),
        kind: CheckinKind::parse(&g.kind).map_err(&err)?,
        person_id: g.person_id,
        group_id: g.group_id,
        target: g.target,
        period: Period::parse(&g.period).map_err(&err)?,
        partner_id: g.partner_id,
        start_date: None,
    };
    crate::goals::rules(&input).map(drop).map_err(err)
}
