//! Read-only views: Today, SOS, milestones, reciprocity; and settings.

use clap::{Args, Subcommand};
use tend_core::Error;
use tend_core::reciprocity::Lean;
use tend_core::settings::KEYS;
use tend_core::today::Today;

use crate::ctx::Ctx;

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

/// Today, for humans.
pub fn render_today(t: &Today) -> String {
    let mut out = vec![format!("Today, {} ({})", t.date.format("%A %-d %B %Y"), t.zone)];
    match &t.latest_daily {
        Some(c) => out.push(format!(
            "  ✓ Checked in: mood {}/5{}",
            c.mood.map(|m| m.to_string()).unwrap_or("-".into()),
            c.craving.map(|x| format!(", craving {x}/10")).unwrap_or_default()
        )),
        None => out.push("  ○ Not checked in yet: tend checkin daily --mood 1-5".into()),
    }
    if let Some(m) = &t.next_milestone {
        let days_to = (m.next.date - t.date).num_days();
        out.push(format!(
            "  {}: day {}{}; next: {} in {} day{}",
            m.network_name,
            m.days,
            if m.today_is_milestone {
                m.last
                    .as_ref()
                    .map(|l| format!(" — {} today! 🎉", l.label))
                    .unwrap_or_default()
            } else {
                String::new()
            },
            m.next.label,
            days_to,
            if days_to == 1 { "" } else { "s" }
        ));
    }
    if !t.due.is_empty() {
        out.push("Reach out:".into());
        for d in &t.due {
            let when = match d.days_overdue {
                0 => "due today".to_string(),
                1 => "1 day overdue".to_string(),
                n => format!("{n} days overdue"),
            };
            let last = d
                .last_contact
                .map(|l| format!(", last contact {l}"))
                .unwrap_or_else(|| ", no contact yet".into());
            out.push(format!("  • {} ({}) — {when}{last}", d.name, d.role));
        }
    }
    if !t.meetings.is_empty() {
        out.push("Meetings today:".into());
        for m in &t.meetings {
            let place = m
                .address
                .as_deref()
                .or(m.online_url.as_deref())
                .map(|p| format!(" — {p}"))
                .unwrap_or_default();
            let done = if m.attended { " ✓ attended" } else { "" };
            out.push(format!(
                "  • {} {} ({} min){place}{done}",
                m.local_start, m.group_name, m.duration_minutes
            ));
        }
    }
    if !t.meetings_soon.is_empty() {
        out.push("Starting soon in the directory:".into());
        out.extend(crate::cmd::meetings::render_soon(&t.meetings_soon));
    }
    if !t.goals_at_risk.is_empty() {
        out.push("Goals at risk:".into());
        for g in &t.goals_at_risk {
            let partner = g
                .partner
                .as_ref()
                .map(|p| format!(" — maybe tell {}", p.name))
                .unwrap_or_default();
            out.push(format!(
                "  • {}: {}/{} by {}{partner}",
                g.goal.title,
                g.count,
                g.goal.target,
                g.period_end.format("%a %-d %b")
            ));
        }
    }
    if !t.gaps.is_empty() {
        out.push("Needs nobody covers yet:".into());
        for g in &t.gaps {
            out.push(format!(
                "  • {} support in {} — {}",
                g.need.kind,
                g.network_name,
                g.next_step.as_deref().unwrap_or("")
            ));
        }
    }
    out.join("\n")
}

pub fn today(ctx: &Ctx) -> Result<(), Error> {
    today_with(ctx, &ctx.open()?)
}

pub fn today_with(ctx: &Ctx, store: &tend_core::Store) -> Result<(), Error> {
    ctx.print(&store.today(ctx.now, ctx.tz)?, render_today)
}

pub fn sos(ctx: &Ctx, a: SosArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    let sos = store.sos_at(a.country.as_deref(), ctx.now, ctx.tz)?;
    ctx.print(&sos, |s| {
        let mut out = vec!["You are not alone. If you are in danger now, call emergency services.".to_string()];
        if !s.emergency_contacts.is_empty() {
            out.push("Your people:".into());
            for c in &s.emergency_contacts {
                out.push(format!("  • {} ({}) {}", c.name, c.role, c.phones.join(", ")));
            }
        }
        if !s.meetings_soon.is_empty() {
            out.push("A meeting starts soon:".into());
            out.extend(crate::cmd::meetings::render_soon(&s.meetings_soon));
        }
        out.push("Crisis lines:".into());
        for l in &s.crisis_lines {
            let text = l.text.as_ref().map(|t| format!(", text {t}")).unwrap_or_default();
            out.push(format!(
                "  • [{}] {}: call {}{text} ({}) — {}",
                l.country, l.name, l.phone, l.hours, l.source
            ));
        }
        out.join("\n")
    })
}

pub fn milestones(ctx: &Ctx) -> Result<(), Error> {
    let store = ctx.open()?;
    ctx.print(&store.milestones(ctx.now, ctx.tz)?, |list| {
        if list.is_empty() {
            return "No network has a since date. Set one: tend network add NAME --since YYYY-MM-DD".into();
        }
        list.iter()
            .map(|m| {
                let last = m
                    .last
                    .as_ref()
                    .map(|l| format!(", reached {}", l.label))
                    .unwrap_or_default();
                format!(
                    "{}: day {} since {}{last}; next {} on {}",
                    m.network_name, m.days, m.since, m.next.label, m.next.date
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn reciprocity(ctx: &Ctx, a: ReciprocityArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    ctx.print(&store.reciprocity(ctx.now, a.days)?, |list| {
        if list.is_empty() {
            return "No contacts logged in that time.".into();
        }
        list.iter()
            .map(|b| {
                let lean = match b.lean {
                    Lean::MostlyGiving => " — you mostly give; are you being looked after too?",
                    Lean::MostlyReceiving => " — you mostly receive; a thank-you or an offer to help back?",
                    Lean::Balanced | Lean::TooFew => "",
                };
                format!(
                    "{}: gave {}, received {}, both {}{lean}",
                    b.name, b.gave, b.received, b.both
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn settings(ctx: &Ctx, cmd: SettingsCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    let s = match cmd {
        SettingsCmd::Show => store.settings()?,
        SettingsCmd::Set { key, value } => store.set_setting(&key, &value)?,
    };
    let pairs: serde_json::Map<String, serde_json::Value> = KEYS
        .iter()
        .filter_map(|k| s.get(k).ok().map(|v| ((*k).to_string(), serde_json::Value::String(v))))
        .collect();
    ctx.print(&pairs, |p| {
        p.iter()
            .map(|(k, v)| format!("{k} = {}", v.as_str().unwrap_or("")))
            .collect::<Vec<_>>()
            .join("\n")
    })
}
