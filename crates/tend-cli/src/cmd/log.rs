//! `tend checkin …`: logging to, and listing, the check-in log.

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use tend_core::Error;
use tend_core::checkins::{Checkin, CheckinData, CheckinQuery, NewCheckin};
use tend_core::messages::{Message, MessageId};
use tend_core::model::{Channel, CheckinKind, Direction, SupportKind};

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

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
            .map_err(|_| {
                Error::invalid(
                    "at",
                    Message::new(MessageId::RefusalRfc3339).text("example", "2026-11-25T19:30:00Z"),
                )
            }),
    }
}

/// One line per check-in, for humans, in `w`'s language.
pub fn line(
    w: &Words,
    c: &Checkin,
    name_of: &dyn Fn(Option<i64>) -> String,
    group_of: &dyn Fn(Option<i64>) -> String,
) -> String {
    let what = match c.kind {
        CheckinKind::Daily => {
            let mood = s(c.mood.map(|m| m.to_string()).unwrap_or("-".into()));
            match c.craving {
                Some(x) => w.t("checkin-daily-craving", &[("mood", mood), ("craving", n(x))]),
                None => w.t("checkin-daily", &[("mood", mood)]),
            }
        }
        CheckinKind::Contact => {
            let mut args = vec![
                (
                    "channel",
                    s(c.channel.map(|x| words::channel(w, x)).unwrap_or("-".into())),
                ),
                ("name", s(name_of(c.person_id))),
                (
                    "direction",
                    s(c.direction.map(|x| words::direction(w, x)).unwrap_or("-".into())),
                ),
            ];
            match c.support_kind {
                Some(k) => {
                    args.push(("support", s(words::support(w, k))));
                    w.t("checkin-contact-support", &args)
                }
                None => w.t("checkin-contact", &args),
            }
        }
        CheckinKind::Meeting => w.t("checkin-meeting", &[("group", s(group_of(c.group_id)))]),
        CheckinKind::Gratitude => w.t("checkin-gratitude", &[("name", s(name_of(c.person_id)))]),
        CheckinKind::Sos => w.t("checkin-sos", &[]),
    };
    // The note is the user's own words.
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
            let w = &ctx.words;
            let name_of = |id: Option<i64>| {
                id.and_then(|id| people.iter().find(|p| p.id == id))
                    .map_or_else(|| w.t("checkin-someone-removed", &[]), |p| p.name.clone())
            };
            let group_of = |id: Option<i64>| {
                id.and_then(|id| groups.iter().find(|g| g.id == id))
                    .map_or_else(|| w.t("checkin-group-removed", &[]), |g| g.name.clone())
            };
            return ctx.print(&list, |list| {
                if list.is_empty() {
                    return w.t("checkin-none", &[]);
                }
                list.iter()
                    .map(|c| line(w, c, &name_of, &group_of))
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
    // The check-in is stored: say so at once, before anything reaches for the network.
    ctx.print(&c, |c| {
        ctx.words.t(
            "checkin-logged",
            &[
                ("kind", s(c.kind.as_str())),
                ("id", n(c.id)),
                ("date", s(ctx.words.date(c.local_date))),
            ],
        )
    })?;
    if c.kind == CheckinKind::Sos
        && let Some(lines) = tell_partners(ctx, &store)
        && !ctx.json
    {
        ctx.print(&lines, |l| l.join("\n"))?;
    }
    Ok(())
}

/// How long telling partners about an SOS may take in all (the lock and the homeserver): the
/// person pressing it must not wait a minute for an answer.
#[cfg(feature = "share")]
const SOS_TELL_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// An SOS goes to every partner who may see it, at once when the homeserver can be reached,
/// else on the next sync: one honest line per partner (sent, waiting for them to join, could
/// not reach their server, …). `None` without a live channel.
#[cfg(feature = "share")]
fn tell_partners(ctx: &Ctx, store: &tend_core::Store) -> Option<Vec<String>> {
    use tend_core::model::ShareKind;
    store.matrix_account().ok()??;
    // The alert is worded in the language this command speaks.
    let _ = store.set_language(ctx.words.lang());
    let start = std::time::Instant::now();
    let report = store
        .matrix_channel_within(SOS_TELL_LIMIT / 6)
        .and_then(|ch| ch.sync_within(store, ctx.now, ctx.tz, SOS_TELL_LIMIT.saturating_sub(start.elapsed())));
    let r = match report {
        Ok(r) => r,
        Err(e) => {
            // Whoever is still waiting (the outbox says; some may have been told before time ran
            // out) hears on the next sync.
            let waiting = store.queue_due_shares(ctx.now, ctx.tz).unwrap_or_default();
            let mut names: Vec<&str> = waiting
                .iter()
                .filter(|o| o.kind == ShareKind::Sos)
                .map(|o| o.person.name.as_str())
                .collect();
            names.sort_unstable();
            names.dedup();
            return Some(vec![if names.is_empty() {
                ctx.words.t("checkin-sos-nobody", &[])
            } else {
                ctx.words.t(
                    "checkin-sos-later",
                    &[("names", s(names.join(", "))), ("error", s(e.to_string()))],
                )
            }]);
        }
    };
    let sos = sos_only(&r);
    let any = !(sos.sent.is_empty()
        && sos.waiting.is_empty()
        && sos.partner_left.is_empty()
        && sos.unreachable.is_empty()
        && sos.blocked.is_empty());
    Some(if any {
        crate::cmd::partner_live::report(&ctx.words, &sos)
    } else {
        vec![ctx.words.t("checkin-sos-nobody", &[])]
    })
}

/// A sync report with only its SOS items (each partner's line), and a device change, which
/// matters now too.
#[cfg(feature = "share")]
fn sos_only(r: &tend_core::share::matrix::SyncReport) -> tend_core::share::matrix::SyncReport {
    use tend_core::model::ShareKind;
    let sos = |v: &[tend_core::share::Outgoing]| v.iter().filter(|o| o.kind == ShareKind::Sos).cloned().collect();
    tend_core::share::matrix::SyncReport {
        sent: sos(&r.sent),
        waiting: sos(&r.waiting),
        partner_left: sos(&r.partner_left),
        unreachable: sos(&r.unreachable),
        blocked: r
            .blocked
            .iter()
            .filter(|b| b.item.kind == ShareKind::Sos)
            .cloned()
            .collect(),
        devices_changed: r.devices_changed.clone(),
        ..Default::default()
    }
}

#[cfg(not(feature = "share"))]
fn tell_partners(_: &Ctx, _: &tend_core::Store) -> Option<Vec<String>> {
    None
}
