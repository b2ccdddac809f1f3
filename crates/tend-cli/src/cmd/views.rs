//! Read-only views: Today, SOS, milestones, reciprocity; and settings.

use clap::{Args, Subcommand};
use tend_core::Error;
use tend_core::reciprocity::Lean;
use tend_core::settings::KEYS;
use tend_core::today::Today;

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

#[derive(Args)]
pub struct SosArgs {
    /// Only crisis lines for this country (ISO code: US, CA, GB, IE, AU).
    #[arg(long)]
    country: Option<String>,
}

#[derive(Args)]
pub struct ReciprocityArgs {
    /// Look back this many days.
    #[arg(long, default_value_t = 90)]
    days: u32,
}

#[derive(Subcommand)]
pub enum SettingsCmd {
    /// Show every setting.
    Show,
    /// Change one: checkin_times, quiet_hours, daily_cap, discreet, meeting_lead_minutes, week_start.
    Set { key: String, value: String },
}

/// Today, for humans, in `w`'s language.
pub fn render_today(w: &Words, t: &Today) -> String {
    let mut out = vec![w.t(
        "today-heading",
        &[("date", s(w.day(t.date))), ("zone", s(t.zone.clone()))],
    )];
    match &t.latest_daily {
        Some(c) => {
            let mood = s(c.mood.map(|m| m.to_string()).unwrap_or("-".into()));
            out.push(format!(
                "  {}",
                match c.craving {
                    Some(x) => w.t("today-checked-in-craving", &[("mood", mood), ("craving", n(x))]),
                    None => w.t("today-checked-in", &[("mood", mood)]),
                }
            ));
        }
        None => out.push(format!("  {}", w.t("today-not-checked-in", &[]))),
    }
    if let Some(m) = &t.next_milestone {
        let days_to = (m.next.date - t.date).num_days();
        let mut args = vec![
            ("network", s(m.network_name.clone())),
            ("days", n(m.days)),
            ("next", s(w.msg(&m.next.label))),
            ("days_to", n(days_to)),
        ];
        let line = match m.last.as_ref().filter(|_| m.today_is_milestone) {
            Some(l) => {
                args.push(("reached", s(w.msg(&l.label))));
                w.t("today-milestone-reached", &args)
            }
            None => w.t("today-milestone-next", &args),
        };
        out.push(format!("  {line}"));
    }
    if !t.due.is_empty() {
        out.push(w.t("today-reach-out", &[]));
        for d in &t.due {
            let when = match d.days_overdue {
                0 => w.t("today-due-today", &[]),
                k => w.t("today-overdue", &[("days", n(k))]),
            };
            let last = match d.last_contact {
                Some(l) => w.t("today-last-contact", &[("date", s(w.date(l)))]),
                None => w.t("today-no-contact", &[]),
            };
            out.push(format!("  • {} — {when}, {last}", d.name));
        }
    }
    if !t.meetings.is_empty() {
        out.push(w.t("today-meetings", &[]));
        for m in &t.meetings {
            let place = m
                .address
                .as_deref()
                .or(m.online_url.as_deref())
                .map(|p| format!(" — {p}"))
                .unwrap_or_default();
            let done = if m.attended {
                format!(" {}", w.t("today-attended", &[]))
            } else {
                String::new()
            };
            let minutes = w.t("today-meeting-minutes", &[("minutes", n(m.duration_minutes))]);
            out.push(format!(
                "  • {} {} ({minutes}){place}{done}",
                m.local_start, m.group_name
            ));
        }
    }
    if !t.meetings_soon.is_empty() {
        out.push(w.t("today-starting-soon", &[]));
        out.extend(crate::cmd::meetings::render_soon(w, &t.meetings_soon));
    }
    if !t.goals_at_risk.is_empty() {
        out.push(w.t("today-goals-at-risk", &[]));
        for g in &t.goals_at_risk {
            let mut line = w.t(
                "today-goal-line",
                &[
                    ("title", s(g.goal.title.clone())),
                    ("count", n(g.count)),
                    ("target", n(g.goal.target)),
                    ("date", s(w.date(g.period_end))),
                ],
            );
            if let Some(p) = &g.partner {
                line.push_str(&format!(
                    " — {}",
                    w.t("today-goal-tell", &[("name", s(p.name.clone()))])
                ));
            }
            out.push(format!("  • {line}"));
        }
    }
    if !t.gaps.is_empty() {
        out.push(w.t("today-gaps", &[]));
        for g in &t.gaps {
            let step = g.next_step.as_ref().map(|m| w.msg(m)).unwrap_or_default();
            out.push(format!(
                "  • {}",
                w.t(
                    "today-gap-line",
                    &[
                        ("kind", s(words::support(w, g.need.kind))),
                        ("network", s(g.network_name.clone())),
                        ("step", s(step)),
                    ],
                )
            ));
        }
    }
    out.join("\n")
}

pub fn today(ctx: &Ctx) -> Result<(), Error> {
    today_with(ctx, &ctx.open()?)
}

pub fn today_with(ctx: &Ctx, store: &tend_core::Store) -> Result<(), Error> {
    ctx.print(&store.today(ctx.now, ctx.tz)?, |t| render_today(&ctx.words, t))
}

pub fn sos(ctx: &Ctx, a: SosArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    let sos = store.sos_at(a.country.as_deref(), ctx.now, ctx.tz)?;
    ctx.print(&sos, |x| {
        let w = &ctx.words;
        let mut out = vec![w.t("sos-intro", &[])];
        if !x.emergency_contacts.is_empty() {
            out.push(w.t("sos-your-people", &[]));
            for c in &x.emergency_contacts {
                let line = w.t(
                    "sos-person",
                    &[
                        ("name", s(c.name.clone())),
                        ("role", s(words::role(w, c.role))),
                        ("phones", s(c.phones.join(", "))),
                    ],
                );
                out.push(format!("  • {line}"));
            }
        }
        if !x.meetings_soon.is_empty() {
            out.push(w.t("sos-meeting-soon", &[]));
            out.extend(crate::cmd::meetings::render_soon(w, &x.meetings_soon));
        }
        out.push(w.t("sos-crisis-lines", &[]));
        for l in &x.crisis_lines {
            let mut args = vec![
                ("country", s(l.country.clone())),
                ("name", s(w.msg(&l.name))),
                ("phone", s(l.phone.clone())),
                ("hours", s(w.msg(&l.hours))),
                ("source", s(l.source.clone())),
            ];
            let line = match &l.text {
                Some(text) => {
                    args.push(("text", s(text.clone())));
                    w.t("sos-line-text", &args)
                }
                None => w.t("sos-line", &args),
            };
            out.push(format!("  • {line}"));
        }
        out.join("\n")
    })
}

pub fn milestones(ctx: &Ctx) -> Result<(), Error> {
    let store = ctx.open()?;
    ctx.print(&store.milestones(ctx.now, ctx.tz)?, |list| {
        let w = &ctx.words;
        if list.is_empty() {
            return w.t("milestones-none", &[]);
        }
        list.iter()
            .map(|m| {
                let mut args = vec![
                    ("network", s(m.network_name.clone())),
                    ("days", n(m.days)),
                    ("since", s(w.date(m.since))),
                    ("next", s(w.msg(&m.next.label))),
                    ("date", s(w.date(m.next.date))),
                ];
                match &m.last {
                    Some(l) => {
                        args.push(("reached", s(w.msg(&l.label))));
                        w.t("milestones-line-reached", &args)
                    }
                    None => w.t("milestones-line", &args),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn reciprocity(ctx: &Ctx, a: ReciprocityArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    ctx.print(&store.reciprocity(ctx.now, a.days)?, |list| {
        let w = &ctx.words;
        if list.is_empty() {
            return w.t("reciprocity-none", &[]);
        }
        list.iter()
            .map(|b| {
                let id = match b.lean {
                    Lean::MostlyGiving => "reciprocity-line-giving",
                    Lean::MostlyReceiving => "reciprocity-line-receiving",
                    Lean::Balanced | Lean::TooFew => "reciprocity-line",
                };
                w.t(
                    id,
                    &[
                        ("name", s(b.name.clone())),
                        ("gave", n(b.gave)),
                        ("received", n(b.received)),
                        ("both", n(b.both)),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn settings(ctx: &Ctx, cmd: SettingsCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    let values = match cmd {
        SettingsCmd::Show => store.settings()?,
        SettingsCmd::Set { key, value } => store.set_setting(&key, &value)?,
    };
    let pairs: serde_json::Map<String, serde_json::Value> = KEYS
        .iter()
        .filter_map(|k| {
            values
                .get(k)
                .ok()
                .map(|v| ((*k).to_string(), serde_json::Value::String(v)))
        })
        .collect();
    ctx.print(&pairs, |p| {
        let w = &ctx.words;
        // The key and value as `tend settings set` takes them, and what the setting is for.
        p.iter()
            .map(|(k, v)| {
                w.t(
                    "settings-line",
                    &[
                        ("key", s(k.clone())),
                        ("value", s(v.as_str().unwrap_or(""))),
                        ("label", s(w.t(&format!("setting-{}", k.replace('_', "-")), &[]))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}
