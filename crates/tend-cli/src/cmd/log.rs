//! `tend checkin …`: logging to, and listing, the check-in log.

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use tend_core::Error;
use tend_core::checkins::{Checkin, CheckinData, CheckinQuery, NewCheckin};
use tend_core::model::{Channel, CheckinKind, Direction, SupportKind};

use crate::ctx::Ctx;

#[derive(Args)]
pub struct When {
    /// When it happened (RFC 3339) [default: now].
    #[arg(long)]
    at: Option<String>,
    /// Idempotency key: logging again with the same key stores nothing new.
    #[arg(long)]
    key: Option<String>,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Subcommand)]
pub enum CheckinCmd {
    /// How today is going.
    Daily {
        /// 1 (very low) to 5 (very good).
        #[arg(long)]
        mood: u8,
        /// 0 (none) to 10 (overwhelming).
        #[arg(long)]
        craving: Option<u8>,
        #[command(flatten)]
        when: When,
    },
    /// A call, text or meet-up with someone.
    Contact {
        person: String,
        /// call, text, meet, other.
        #[arg(long, default_value = "call")]
        channel: Channel,
        /// gave, received, both.
        #[arg(long, default_value = "both")]
        direction: Direction,
        /// The kind of support that flowed.
        #[arg(long)]
        support: Option<SupportKind>,
        #[command(flatten)]
        when: When,
    },
    /// A meeting you went to.
    Meeting {
        group: String,
        #[command(flatten)]
        when: When,
    },
    /// Gratitude to someone.
    Gratitude {
        person: String,
        /// What you are grateful for.
        text: String,
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        key: Option<String>,
    },
    /// You used SOS.
    Sos {
        #[command(flatten)]
        when: When,
    },
    /// The log, newest first.
    List {
        #[arg(long)]
        kind: Option<CheckinKind>,
        #[arg(long)]
        person: Option<String>,
        #[arg(long, default_value_t = 30)]
        limit: u32,
    },
}

fn at(ctx: &Ctx, s: Option<&str>) -> Result<DateTime<Utc>, Error> {
    match s {
        None => Ok(ctx.now),
        Some(s) => DateTime::parse_from_rfc3339(s.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| Error::InvalidInput {
                field: "at".into(),
                reason: "expected an RFC 3339 time like 2026-11-25T19:30:00Z".into(),
            }),
    }
}

/// One line per check-in, for humans.
pub fn line(c: &Checkin, name_of: &dyn Fn(Option<i64>) -> String, group_of: &dyn Fn(Option<i64>) -> String) -> String {
    let what = match c.kind {
        CheckinKind::Daily => format!(
            "daily: mood {}/5{}",
            c.mood.map(|m| m.to_string()).unwrap_or("-".into()),
            c.craving.map(|x| format!(", craving {x}/10")).unwrap_or_default()
        ),
        CheckinKind::Contact => format!(
            "contact: {} with {}, {}{}",
            c.channel.map(|x| x.as_str()).unwrap_or("-"),
            name_of(c.person_id),
            c.direction.map(|x| x.as_str()).unwrap_or("-"),
            c.support_kind.map(|s| format!(" {s}")).unwrap_or_default()
        ),
        CheckinKind::Meeting => format!("meeting: {}", group_of(c.group_id)),
        CheckinKind::Gratitude => format!("gratitude: to {}", name_of(c.person_id)),
        CheckinKind::Sos => "SOS".to_string(),
    };
    let note = c.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
    format!("{:>5}  {} {}{note}", c.id, c.local_date, what)
}

pub fn checkin(ctx: &Ctx, cmd: CheckinCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    let (data, when_at, key, note) = match cmd {
        CheckinCmd::List { kind, person, limit } => {
            let person_id = person.map(|p| store.find_person(&p).map(|p| p.id)).transpose()?;
            let list = store.checkins(&CheckinQuery {
                kind,
                person_id,
                limit: Some(limit),
                ..Default::default()
            })?;
            let people = store.people(None)?;
            let groups = store.groups()?;
            let name_of = |id: Option<i64>| {
                id.and_then(|id| people.iter().find(|p| p.id == id))
                    .map_or("someone removed".into(), |p| p.name.clone())
            };
            let group_of = |id: Option<i64>| {
                id.and_then(|id| groups.iter().find(|g| g.id == id))
                    .map_or("a removed group".into(), |g| g.name.clone())
            };
            return ctx.print(&list, |list| {
                if list.is_empty() {
                    return "Nothing logged yet. Try: tend checkin daily --mood 3".into();
                }
                list.iter()
                    .map(|c| line(c, &name_of, &group_of))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        CheckinCmd::Daily { mood, craving, when } => {
            (CheckinData::Daily { mood, craving }, when.at, when.key, when.note)
        }
        CheckinCmd::Contact {
            person,
            channel,
            direction,
            support,
            when,
        } => {
            let person_id = store.find_person(&person)?.id;
            (
                CheckinData::Contact {
                    person_id,
                    channel,
                    direction,
                    support,
                },
                when.at,
                when.key,
                when.note,
            )
        }
        CheckinCmd::Meeting { group, when } => (
            CheckinData::Meeting {
                group_id: store.find_group(&group)?.id,
            },
            when.at,
            when.key,
            when.note,
        ),
        CheckinCmd::Gratitude { person, text, at, key } => (
            CheckinData::Gratitude {
                person_id: store.find_person(&person)?.id,
            },
            at,
            key,
            Some(text),
        ),
        CheckinCmd::Sos { when } => (CheckinData::Sos, when.at, when.key, when.note),
    };
    let c = store.log_checkin(&NewCheckin {
        data,
        note,
        at: at(ctx, when_at.as_deref())?,
        zone: ctx.tz,
        idempotency_key: key,
    })?;
    let told = if c.kind == CheckinKind::Sos {
        tell_partners(ctx, &store)
    } else {
        None
    };
    ctx.print(&c, |c| {
        let logged = format!("Logged {} check-in {} for {}", c.kind, c.id, c.local_date);
        match told {
            Some(t) => format!("{logged}\n{t}"),
            None => logged,
        }
    })
}

/// An SOS goes to every partner who may see it, at once when the homeserver can be reached,
/// else on the next sync: what was sent, or why not yet. `None` without a live channel.
#[cfg(feature = "share")]
fn tell_partners(ctx: &Ctx, store: &tend_core::Store) -> Option<String> {
    store.matrix_account().ok()??;
    let report = store.matrix_channel().and_then(|ch| ch.sync(store, ctx.now, ctx.tz));
    Some(match report {
        Ok(r) => {
            let told: Vec<&str> = r
                .sent
                .iter()
                .filter(|o| o.kind == tend_core::model::ShareKind::Sos)
                .map(|o| o.person.name.as_str())
                .collect();
            if told.is_empty() {
                "No partner is set to hear about SOS (tend partner consent PERSON sos on).".to_string()
            } else {
                format!("Told {} (end-to-end encrypted).", told.join(", "))
            }
        }
        Err(e) => format!("Your partners could not be told yet ({e}); Tend tells them on the next sync."),
    })
}

#[cfg(not(feature = "share"))]
fn tell_partners(_: &Ctx, _: &tend_core::Store) -> Option<String> {
    None
}
