//! Commands that create, list and change records: networks, people, needs, groups, goals.

use clap::{Args, Subcommand};
use tend_core::goals::GoalInput;
use tend_core::groups::{GroupInput, MeetingInput};
use tend_core::messages::{Message, MessageId};
use tend_core::model::{CheckinKind, ContactKind, GroupKind, Importance, Period, Role, SupportKind};
use tend_core::network::NetworkInput;
use tend_core::people::{ContactMethod, Person, PersonInput, parse_windows};
use tend_core::time::{fmt_hhmm, parse_date, parse_hhmm, parse_weekday, parse_zone};
use tend_core::{Error, Store};

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

#[derive(Subcommand)]
pub enum NetworkCmd {
    /// Add a network.
    Add {
        name: String,
        /// What this network is for.
        #[arg(long)]
        focus: Option<String>,
        /// Sober/clean or start date (YYYY-MM-DD); milestones count from it.
        #[arg(long)]
        since: Option<String>,
    },
    /// List networks.
    List,
}

#[derive(Args)]
pub struct PersonFields {
    /// friend, family, peer, sponsor, therapist, counselor, support_worker, doctor,
    /// group_facilitator, other.
    #[arg(long)]
    role: Option<Role>,
    /// Kinds of support they give, comma-separated: emotional, practical, financial,
    /// accountability, inspiration, professional_guidance [default for add: typical for the role].
    #[arg(long, value_delimiter = ',')]
    support: Option<Vec<SupportKind>>,
    /// Phone number (repeatable).
    #[arg(long)]
    phone: Vec<String>,
    /// Email address (repeatable).
    #[arg(long)]
    email: Vec<String>,
    /// Keep in touch every N days (0 to stop reminders when editing).
    #[arg(long)]
    cadence: Option<u32>,
    /// When they are glad to be contacted, e.g. "mon-fri 09:00-17:00; sat 10:00-12:00"
    /// ("none" clears when editing).
    #[arg(long)]
    window: Option<String>,
    /// Show them in the SOS view (true/false).
    #[arg(long, num_args = 0..=1, default_missing_value = "true")]
    emergency: Option<bool>,
    /// Someone risky for you: never suggested, never reminded (true/false).
    #[arg(long, num_args = 0..=1, default_missing_value = "true")]
    avoid: Option<bool>,
    #[arg(long)]
    notes: Option<String>,
    /// Network name or id (repeatable).
    #[arg(long)]
    network: Vec<String>,
}

#[derive(Subcommand)]
pub enum PersonCmd {
    /// Add a person.
    Add {
        name: String,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// List people.
    List {
        /// Only this network's people.
        #[arg(long)]
        network: Option<String>,
    },
    /// Show one person.
    Show { person: String },
    /// Change a person; options not given stay as they are.
    Edit {
        person: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// Remove a person (their past check-ins stay in the log).
    Remove { person: String },
}

#[derive(Subcommand)]
pub enum NeedCmd {
    /// Say you need a kind of support in a network.
    Set {
        network: String,
        kind: SupportKind,
        /// essential or helpful.
        #[arg(long, default_value = "essential")]
        importance: Importance,
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove a need.
    Remove { network: String, kind: SupportKind },
    /// Who covers each need; gaps with a next step.
    Coverage { network: Option<String> },
}

#[derive(Subcommand)]
pub enum GroupCmd {
    /// Add a support group.
    Add {
        name: String,
        /// twelve_step, smart, peer, therapy_group, other.
        #[arg(long, default_value = "peer")]
        kind: GroupKind,
        /// A weekly meeting "DAY HH:MM [MINUTES] [ZONE]", e.g. "tue 19:00 90 America/New_York"
        /// (repeatable; zone defaults to yours, length to 60).
        #[arg(long)]
        meeting: Vec<String>,
        #[arg(long)]
        network: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        url: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// A person in the group (repeatable).
        #[arg(long)]
        member: Vec<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// List groups with their meetings.
    List,
}

#[derive(Subcommand)]
pub enum GoalCmd {
    /// Set a goal: a number of check-ins per day, week or month.
    Add {
        /// Network name or id.
        #[arg(long)]
        network: String,
        /// The check-in kind to count: daily, contact, meeting, gratitude.
        #[arg(long)]
        kind: CheckinKind,
        #[arg(long, default_value_t = 1)]
        target: u32,
        /// day, week or month.
        #[arg(long, default_value = "week")]
        per: Period,
        /// Only count contacts with (or gratitude to) this person.
        #[arg(long)]
        person: Option<String>,
        /// Only count this group's meetings.
        #[arg(long)]
        group: Option<String>,
        /// Accountability partner.
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
    /// Goals with this period's progress, streak and score.
    List,
}

pub fn network(ctx: &Ctx, cmd: NetworkCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    match cmd {
        NetworkCmd::Add { name, focus, since } => {
            let since = since.map(|s| parse_date("since", &s)).transpose()?;
            let added = store.add_network(&NetworkInput { name, focus, since }, ctx.now)?;
            ctx.print(&added, |x| {
                ctx.words
                    .t("network-added", &[("name", s(x.name.clone())), ("id", n(x.id))])
            })
        }
        NetworkCmd::List => ctx.print(&store.networks()?, |list| {
            let w = &ctx.words;
            if list.is_empty() {
                return w.t("network-none", &[]);
            }
            list.iter()
                .map(|x| {
                    let name = match x.since {
                        Some(d) => w.t(
                            "network-line-since",
                            &[("name", s(x.name.clone())), ("since", s(w.date(d)))],
                        ),
                        None => x.name.clone(),
                    };
                    // The focus is the user's own words.
                    let focus = x.focus.as_deref().map(|f| format!(" — {f}")).unwrap_or_default();
                    format!("{:>4}  {name}{focus}", x.id)
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
    }
}

fn network_ids(store: &Store, names: &[String]) -> Result<Vec<i64>, Error> {
    names.iter().map(|n| store.find_network(n).map(|n| n.id)).collect()
}

/// Applies the given options on top of `base`.
fn apply(store: &Store, base: &mut PersonInput, f: PersonFields, adding: bool) -> Result<(), Error> {
    if let Some(role) = f.role {
        base.role = role;
    }
    match f.support {
        Some(s) => base.support = s,
        None if adding => base.support = base.role.typical_support().to_vec(),
        None => {}
    }
    if !f.phone.is_empty() || !f.email.is_empty() {
        base.contacts = f
            .phone
            .into_iter()
            .map(|value| ContactMethod {
                kind: ContactKind::Phone,
                value,
            })
            .chain(f.email.into_iter().map(|value| ContactMethod {
                kind: ContactKind::Email,
                value,
            }))
            .collect();
    }
    match f.cadence {
        Some(0) if !adding => base.cadence_days = None,
        Some(d) => base.cadence_days = Some(d),
        None => {}
    }
    match f.window.as_deref().map(str::trim) {
        Some("none") | Some("") => base.windows.clear(),
        Some(spec) => base.windows = parse_windows(spec)?,
        None => {}
    }
    if let Some(e) = f.emergency {
        base.emergency = e;
    }
    if let Some(a) = f.avoid {
        base.avoid = a;
    }
    if f.notes.is_some() {
        base.notes = f.notes;
    }
    if !f.network.is_empty() {
        base.networks = network_ids(store, &f.network)?;
    }
    Ok(())
}

/// A person, for humans: `heading` (person-heading, person-added, person-updated) then a line
/// for each thing known about them.
fn describe(w: &Words, p: &Person, store: &Store, heading: &str) -> String {
    let mut lines = vec![w.t(
        heading,
        &[
            ("name", s(p.name.clone())),
            ("id", n(p.id)),
            ("role", s(words::role(w, p.role))),
        ],
    )];
    if p.avoid {
        lines.push(format!("  {}", w.t("person-avoid", &[])));
    }
    if p.emergency {
        lines.push(format!("  {}", w.t("person-emergency", &[])));
    }
    if !p.support.is_empty() {
        lines.push(format!(
            "  {}",
            w.t("person-gives", &[("kinds", s(words::supports(w, &p.support)))])
        ));
    }
    for c in &p.contacts {
        lines.push(format!("  {}", words::contact(w, c.kind, &c.value)));
    }
    if let Some(d) = p.cadence_days {
        lines.push(format!("  {}", w.t("person-cadence", &[("days", n(d))])));
    }
    if !p.windows.is_empty() {
        lines.push(format!(
            "  {}",
            w.t("person-windows", &[("windows", s(words::windows(w, &p.windows)))])
        ));
    }
    let networks: Vec<String> = p
        .networks
        .iter()
        .map(|id| store.network(*id).map(|n| n.name).unwrap_or_else(|_| id.to_string()))
        .collect();
    if !networks.is_empty() {
        lines.push(format!(
            "  {}",
            w.t("person-networks", &[("names", s(networks.join(", ")))])
        ));
    }
    if let Some(notes) = &p.notes {
        lines.push(format!("  {}", w.t("person-notes", &[("notes", s(notes.clone()))])));
    }
    lines.join("\n")
}

pub fn person(ctx: &Ctx, cmd: PersonCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    match cmd {
        PersonCmd::Add { name, fields } => {
            let mut input = PersonInput::new(name, fields.role.unwrap_or(Role::Friend));
            apply(&store, &mut input, fields, true)?;
            let p = store.add_person(&input, ctx.now)?;
            ctx.print(&p, |p| describe(&ctx.words, p, &store, "person-added"))
        }
        PersonCmd::List { network } => {
            let network = network.map(|n| store.find_network(&n)).transpose()?;
            let people = store.people(network.map(|n| n.id))?;
            ctx.print(&people, |list| {
                let w = &ctx.words;
                if list.is_empty() {
                    return w.t("person-none", &[]);
                }
                list.iter()
                    .map(|p| {
                        let flags = [(p.emergency, "person-flag-emergency"), (p.avoid, "person-flag-avoid")]
                            .iter()
                            .filter(|(on, _)| *on)
                            .map(|(_, id)| format!(" {}", w.t(id, &[])))
                            .collect::<String>();
                        let mut args = vec![("name", s(p.name.clone())), ("role", s(words::role(w, p.role)))];
                        let line = match p.cadence_days {
                            Some(d) => {
                                args.push(("days", n(d)));
                                w.t("person-line-cadence", &args)
                            }
                            None => w.t("person-line", &args),
                        };
                        format!("{:>4}  {line}{flags}", p.id)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        PersonCmd::Show { person } => {
            let p = store.find_person(&person)?;
            ctx.print(&p, |p| describe(&ctx.words, p, &store, "person-heading"))
        }
        PersonCmd::Edit { person, name, fields } => {
            let p = store.find_person(&person)?;
            let mut input = PersonInput {
                name: name.unwrap_or(p.name),
                role: p.role,
                support: p.support,
                contacts: p.contacts,
                cadence_days: p.cadence_days,
                windows: p.windows,
                emergency: p.emergency,
                avoid: p.avoid,
                notes: p.notes,
                networks: p.networks,
            };
            apply(&store, &mut input, fields, false)?;
            let p = store.update_person(p.id, &input)?;
            ctx.print(&p, |p| describe(&ctx.words, p, &store, "person-updated"))
        }
        PersonCmd::Remove { person } => {
            let p = store.find_person(&person)?;
            store.remove_person(p.id)?;
            ctx.print(&serde_json::json!({ "removed": p.id }), |_| {
                ctx.words
                    .t("person-removed", &[("name", s(p.name.clone())), ("id", n(p.id))])
            })
        }
    }
}

pub fn need(ctx: &Ctx, cmd: NeedCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    match cmd {
        NeedCmd::Set {
            network,
            kind,
            importance,
            note,
        } => {
            let net = store.find_network(&network)?;
            let need = store.set_need(net.id, kind, importance, note.as_deref())?;
            ctx.print(&need, |need| {
                let w = &ctx.words;
                w.t(
                    "need-set",
                    &[
                        ("network", s(net.name.clone())),
                        ("kind", s(words::support(w, need.kind))),
                        ("importance", s(words::importance(w, need.importance))),
                    ],
                )
            })
        }
        NeedCmd::Remove { network, kind } => {
            let net = store.find_network(&network)?;
            store.remove_need(net.id, kind)?;
            ctx.print(&serde_json::json!({ "removed": kind }), |_| {
                let w = &ctx.words;
                w.t(
                    "need-removed",
                    &[("network", s(net.name.clone())), ("kind", s(words::support(w, kind)))],
                )
            })
        }
        NeedCmd::Coverage { network } => {
            let network = network.map(|n| store.find_network(&n)).transpose()?;
            let cov = store.coverage(network.map(|n| n.id))?;
            ctx.print(&cov, |cov| {
                let w = &ctx.words;
                if cov.is_empty() {
                    return w.t("need-none", &[]);
                }
                cov.iter()
                    .map(|c| {
                        let mut args = vec![
                            ("network", s(c.network_name.clone())),
                            ("kind", s(words::support(w, c.need.kind))),
                            ("importance", s(words::importance(w, c.need.importance))),
                        ];
                        match &c.next_step {
                            Some(step) => format!(
                                "{}\n    {}",
                                w.t("need-gap", &args),
                                w.t("need-next-step", &[("step", s(w.msg(step)))])
                            ),
                            None => {
                                let names: Vec<&str> = c.covered_by.iter().map(|p| p.name.as_str()).collect();
                                args.push(("names", s(names.join(", "))));
                                w.t("need-covered", &args)
                            }
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

/// Parses "DAY HH:MM [MINUTES] [ZONE]".
fn parse_meeting(spec: &str, default_tz: &str) -> Result<MeetingInput, Error> {
    let parts: Vec<&str> = spec.split_whitespace().collect();
    let (Some(day), Some(time)) = (parts.first(), parts.get(1)) else {
        return Err(Error::invalid(
            "meeting",
            Message::new(MessageId::RefusalMeetingSpec).text("example", "tue 19:00 90 Europe/London"),
        ));
    };
    let mut duration = 60;
    let mut zone = default_tz.to_string();
    for p in &parts[2..] {
        match p.parse::<u32>() {
            Ok(n) => duration = n,
            Err(_) => zone = parse_zone("meeting time zone", p)?.name().to_string(),
        }
    }
    Ok(MeetingInput {
        weekday: Some(parse_weekday("meeting weekday", day)?),
        start: Some(parse_hhmm("meeting start", time)?),
        duration_minutes: duration,
        timezone: zone,
    })
}

pub fn group(ctx: &Ctx, cmd: GroupCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    match cmd {
        GroupCmd::Add {
            name,
            kind,
            meeting,
            network,
            address,
            url,
            phone,
            member,
            notes,
        } => {
            let mut input = GroupInput::new(name, kind);
            input.meetings = meeting
                .iter()
                .map(|m| parse_meeting(m, ctx.tz.name()))
                .collect::<Result<Vec<_>, _>>()?;
            input.network_id = network.map(|n| store.find_network(&n).map(|n| n.id)).transpose()?;
            input.address = address;
            input.online_url = url;
            input.online_phone = phone;
            input.notes = notes;
            input.members = member
                .iter()
                .map(|m| store.find_person(m).map(|p| p.id))
                .collect::<Result<_, _>>()?;
            let g = store.add_group(&input, ctx.now)?;
            ctx.print(&g, |g| {
                ctx.words.t(
                    "group-added",
                    &[
                        ("name", s(g.name.clone())),
                        ("id", n(g.id)),
                        ("count", n(g.meetings.len() as i64)),
                    ],
                )
            })
        }
        GroupCmd::List => {
            let groups = store.groups()?;
            let json: Vec<serde_json::Value> = groups
                .iter()
                .map(|g| {
                    serde_json::json!({
                        "id": g.id,
                        "name": g.name,
                        "kind": g.kind,
                        "network_id": g.network_id,
                        "address": g.address,
                        "online_url": g.online_url,
                        "online_phone": g.online_phone,
                        "notes": g.notes,
                        "types": g.types,
                        "feed_slug": g.feed_slug,
                        "listed": g.listed,
                        "members": g.members,
                        "meetings": g.meetings.iter().map(|m| serde_json::json!({
                            "id": m.id,
                            "weekday": m.weekday,
                            "time": m.start.map(fmt_hhmm),
                            "timezone": m.timezone,
                            "duration_minutes": m.duration_minutes,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            ctx.print(&json, |_| {
                let w = &ctx.words;
                if groups.is_empty() {
                    return w.t("group-none", &[]);
                }
                let lang = w.lang();
                groups
                    .iter()
                    .map(|g| {
                        let head = if g.listed == Some(false) {
                            "group-line-unlisted"
                        } else {
                            "group-line"
                        };
                        let head = w.t(
                            head,
                            &[("name", s(g.name.clone())), ("kind", s(words::group_kind(w, g.kind)))],
                        );
                        let mut out = format!("{:>4}  {head}", g.id);
                        for m in &g.meetings {
                            let line = match (m.weekday, m.start) {
                                (Some(d), Some(t)) => w.t(
                                    "group-meeting",
                                    &[
                                        ("day", s(words::weekday(w, d))),
                                        ("time", s(fmt_hhmm(t))),
                                        ("minutes", n(m.duration_minutes)),
                                        ("zone", s(m.timezone.clone())),
                                    ],
                                ),
                                _ => w.t("group-by-appointment", &[]),
                            };
                            out.push_str(&format!("\n      {line}"));
                        }
                        if !g.types.is_empty() {
                            let names = tend_core::directory::type_names(&g.types, lang);
                            out.push_str(&format!("\n      {}", names.join(", ")));
                        }
                        if let Some(a) = &g.address {
                            out.push_str(&format!("\n      {}", w.t("group-at", &[("address", s(a.clone()))])));
                        }
                        if let Some(u) = &g.online_url {
                            out.push_str(&format!("\n      {}", w.t("group-online", &[("url", s(u.clone()))])));
                        }
                        out
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

pub fn goal(ctx: &Ctx, cmd: GoalCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    match cmd {
        GoalCmd::Add {
            network,
            kind,
            target,
            per,
            person,
            group,
            partner,
            title,
        } => {
            let input = GoalInput {
                network_id: store.find_network(&network)?.id,
                title,
                kind,
                person_id: person.map(|p| store.find_person(&p).map(|p| p.id)).transpose()?,
                group_id: group.map(|g| store.find_group(&g).map(|g| g.id)).transpose()?,
                target,
                period: per,
                partner_id: partner.map(|p| store.find_person(&p).map(|p| p.id)).transpose()?,
                start_date: None,
            };
            let g = store.add_goal(&input, ctx.now, ctx.tz)?;
            ctx.print(&g, |g| {
                ctx.words
                    .t("goal-added", &[("title", s(g.title.clone())), ("id", n(g.id))])
            })
        }
        GoalCmd::List => {
            let progress = store.goal_progress(None, ctx.now, ctx.tz)?;
            ctx.print(&progress, |list| {
                let w = &ctx.words;
                if list.is_empty() {
                    return w.t("goal-none", &[]);
                }
                list.iter()
                    .map(|p| {
                        let state = if p.met {
                            "goal-state-met"
                        } else if p.at_risk {
                            "goal-state-at-risk"
                        } else {
                            "goal-state-on-track"
                        };
                        let mut args = vec![
                            ("title", s(p.goal.title.clone())),
                            ("count", n(p.count)),
                            ("target", n(p.goal.target)),
                            // Selects the wording: day, week or month.
                            ("period", s(p.goal.period.as_str())),
                            ("state", s(w.t(state, &[]))),
                            ("streak", n(p.streak)),
                            ("score", n((p.score * 100.0).round() as i64)),
                        ];
                        let line = match &p.partner {
                            Some(x) => {
                                args.push(("partner", s(x.name.clone())));
                                w.t("goal-line-partner", &args)
                            }
                            None => w.t("goal-line", &args),
                        };
                        format!("{:>4}  {line}", p.goal.id)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}
