//! The rules every record meets, applied to a backup before it is restored: each record is
//! turned into the input a command would have given and checked by the same code, so a backup
//! can hold nothing a user could not have typed (a 4294967295-day cadence, mood 99, a
//! zero-minute meeting). A record that breaks a rule is named by kind and id, with the field.

use chrono::NaiveDate;

use super::backup::{CheckinRow, Doc, GoalRow, GroupRow, NetworkRow, PersonRow};
use crate::error::{Error, Result};
use crate::goals::GoalInput;
use crate::groups::{GroupInput, MeetingInput};
use crate::model::{CheckinKind, ContactKind, GroupKind, Period, Role, SupportKind};
use crate::network::NetworkInput;
use crate::people::{ContactMethod, ContactWindow, PersonInput};
use crate::settings::Settings;
use crate::time::{parse_date, parse_hhmm};
use crate::validate;

/// The latest date a backup may carry as a network's "since": the end of four-digit years (the
/// command refuses a future date; a backup is restored later than it was made).
const LATEST: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// "person 3: invalid cadence: must be 1 to 3650 days". Ids and field names only: the rules'
/// reasons never quote what the user wrote.
fn named(kind: &str, id: i64) -> impl Fn(Error) -> Error + '_ {
    move |e| Error::invalid("backup", format!("{kind} {id}: {e}"))
}

/// Checks every record of `doc` (spellings were checked already) against the rules.
pub(super) fn check(doc: &Doc) -> Result<()> {
    doc.networks.iter().try_for_each(network)?;
    doc.people.iter().try_for_each(person)?;
    doc.groups.iter().try_for_each(group)?;
    doc.checkins.iter().try_for_each(checkin)?;
    doc.goals.iter().try_for_each(goal)?;
    for n in &doc.needs {
        validate::text("note", n.note.as_deref()).map_err(named("need", n.id))?;
    }
    for x in &doc.consent {
        crate::share::check_row(x).map_err(named("consent of person", x.person_id))?;
        // The mood band is a line of the summary: never consented without it.
        if x.item == "mood"
            && !doc
                .consent
                .iter()
                .any(|y| y.person_id == x.person_id && y.item == "summary")
        {
            return Err(Error::invalid(
                "backup",
                format!("consent of person {}: invalid item: mood needs summary", x.person_id),
            ));
        }
    }
    let mut settings = Settings::default();
    for (key, value) in &doc.settings {
        settings
            .set(key, value)
            .map_err(|e| Error::invalid("backup", format!("setting: {e}")))?;
    }
    Ok(())
}

fn network(n: &NetworkRow) -> Result<()> {
    let since = n.since.as_deref().map(|s| parse_date("since", s)).transpose();
    let input = NetworkInput {
        name: n.name.clone(),
        focus: n.focus.clone(),
        since: since.map_err(named("network", n.id))?,
    };
    input.validated(LATEST).map(drop).map_err(named("network", n.id))
}

fn person(p: &PersonRow) -> Result<()> {
    let err = named("person", p.id);
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
    let err = named("group", g.id);
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
    let err = named("check-in", c.id);
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
    let err = named("goal", g.id);
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
