//! Reminders from the terminal: `tend plan` prints the notification plan, `tend act` handles a
//! notification action, and `tend remind` is a small daemon that shows each reminder when due.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::Args;
use tend_core::Error;
use tend_core::reminders::{Action, DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING, Notification};

use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

#[derive(Args)]
pub struct PlanArgs {
    /// How many days ahead to plan (1 to 62).
    #[arg(long, default_value_t = DEFAULT_HORIZON_DAYS)]
    pub days: u32,
    /// At most this many notifications, nearest first.
    #[arg(long, default_value_t = DEFAULT_MAX_PENDING)]
    pub max: u32,
}

#[derive(Args)]
pub struct ActArgs {
    /// The notification id, as `tend plan` prints it.
    pub id: String,
    /// done, skip or snooze.
    pub action: String,
    /// Minutes, for snooze.
    pub minutes: Option<u32>,
}

#[derive(Args)]
pub struct RemindArgs {
    /// Print the reminders only, without a desktop notification.
    #[arg(long)]
    pub quiet_desktop: bool,
}

fn line(w: &Words, n: &Notification) -> String {
    let actions: Vec<&str> = n.actions.iter().map(|a| a.as_str()).collect();
    format!(
        "{}  {:<13} {} — {}\n    id {}  [{}]",
        n.local_time,
        n.kind.as_str(),
        w.msg(&n.title),
        w.msg(&n.body),
        n.id,
        actions.join(", ")
    )
}

/// `tend plan`: the plan as an array of notifications (`--json`) or as lines.
pub fn plan(ctx: &Ctx, a: PlanArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    let p = store.plan(ctx.now, ctx.tz, a.days, a.max)?;
    ctx.print(&p.notifications, |ns| {
        let w = &ctx.words;
        let mut out: Vec<String> = ns.iter().map(|x| line(w, x)).collect();
        if ns.is_empty() {
            out.push(w.t("plan-nothing", &[]));
        }
        if p.left_out > 0 {
            out.push(w.t(
                "plan-left-out",
                &[("count", n(p.left_out)), ("days", n(a.days)), ("max", n(a.max))],
            ));
        }
        for h in &p.held {
            out.push(w.t("plan-held", &[("id", s(h.id.clone())), ("reason", s(w.msg(&h.reason)))]));
        }
        out.push(w.t(
            "plan-replan-by",
            &[("at", s(p.replan_by.with_timezone(&ctx.tz).to_rfc3339()))],
        ));
        out.join("\n")
    })
}

/// `tend act ID done|skip|snooze MINUTES`.
pub fn act(ctx: &Ctx, a: ActArgs) -> Result<(), Error> {
    let action = Action::parse(&a.action, a.minutes)?;
    let store = ctx.open()?;
    let out = store.handle_action(&a.id, action, ctx.now, ctx.tz)?;
    ctx.print(&out, |o| {
        let w = &ctx.words;
        let id = || ("id", s(o.id.clone()));
        let mut out = match (o.state.as_str(), &o.checkin, o.snoozed_until) {
            ("done", Some(c), _) => w.t(
                "plan-act-done-logged",
                &[id(), ("kind", s(c.kind.as_str())), ("checkin", n(c.id))],
            ),
            ("done", None, _) => w.t("plan-act-done", &[id()]),
            ("snoozed", _, Some(u)) => w.t(
                "plan-act-snoozed",
                &[id(), ("until", s(u.with_timezone(&ctx.tz).to_rfc3339()))],
            ),
            ("skipped", _, _) => w.t("plan-act-skipped", &[id()]),
            // A state this CLI does not know yet: as the core names it.
            (state, _, _) => format!("{}: {state}", o.id),
        };
        if !o.ask_about.is_empty() {
            let names: Vec<&str> = o.ask_about.iter().map(|p| p.name.as_str()).collect();
            out.push('\n');
            out.push_str(&w.t("plan-act-ask", &[("names", s(names.join(", ")))]));
        }
        out
    })
}

/// The zone to plan in right now: `--tz` when given, else the device's (re-read each time so a
/// zone change is noticed).
fn zone_now(fixed: Option<Tz>) -> Tz {
    if let Some(z) = fixed {
        return z;
    }
    if let Ok(z) = std::env::var("TZ")
        && let Ok(tz) = z.trim_start_matches(':').parse::<Tz>()
    {
        return tz;
    }
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|z| z.parse::<Tz>().ok())
        .unwrap_or(Tz::UTC)
}

fn show(w: &Words, n: &Notification, desktop: bool) {
    println!("{}", crate::ctx::printable(&line(w, n)));
    if desktop {
        // Best effort: a desktop notification where `notify-send` exists; stdout always.
        let _ = std::process::Command::new("notify-send")
            .arg("--app-name=Tend")
            .arg(w.msg(&n.title))
            .arg(w.msg(&n.body))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// `tend remind`: sleeps until the next planned notification and shows it; replans when the
/// plan says so, at least every minute (so a clock or zone change is noticed within one), and
/// on a zone change resets the ledger. Ctrl-C exits cleanly.
pub fn remind(ctx: &Ctx, a: RemindArgs, tz_given: bool) -> Result<(), Error> {
    let store = ctx.open()?;
    let fixed = tz_given.then_some(ctx.tz);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::Io)?;
    rt.block_on(async move {
        let mut zone = zone_now(fixed);
        let mut shown: HashSet<String> = HashSet::new();
        store.reset(Utc::now(), zone)?;
        let w = &ctx.words;
        eprintln!("{}", w.t("plan-remind-start", &[("zone", s(zone.name()))]));
        loop {
            let now = Utc::now();
            let z = zone_now(fixed);
            if z != zone {
                eprintln!("{}", w.t("plan-remind-zone-changed", &[("zone", s(z.name()))]));
                zone = z;
                store.reset(now, zone)?;
            }
            // Record what is handed over, then read the plan (the same rules as a phone).
            store.sync(now, zone)?;
            let plan = store.plan(now, zone, DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING)?;
            let next = plan.notifications.iter().find(|n| !shown.contains(&n.id));
            let mut wake: DateTime<Utc> = plan.replan_by.min(now + chrono::Duration::minutes(1));
            if let Some(n) = next {
                wake = wake.min(n.fire_at);
            }
            let wait = (wake - now).to_std().unwrap_or_default();
            let mono = std::time::Instant::now();
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = tokio::signal::ctrl_c() => {
                    eprintln!("{}", w.t("plan-remind-stopped", &[]));
                    return Ok(());
                }
            }
            let after = Utc::now();
            let drift = (after - now).num_seconds() - mono.elapsed().as_secs() as i64;
            if drift.abs() > 5 {
                eprintln!("{}", w.t("plan-remind-clock-moved", &[("seconds", n(drift))]));
                store.reset(after, zone)?;
            }
            for n in plan
                .notifications
                .iter()
                .filter(|n| n.fire_at <= after && n.fire_at > now - chrono::Duration::minutes(2))
            {
                if shown.insert(n.id.clone()) {
                    show(w, n, !a.quiet_desktop);
                }
            }
        }
    })
}
