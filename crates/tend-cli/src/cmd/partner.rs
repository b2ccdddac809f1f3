//! `tend partner`: what each partner may see, the exact text they would get, the weekly summary
//! as text to hand to any messenger, and (built with the `share` feature) the live channel:
//! end-to-end encrypted over Matrix.

use clap::{Subcommand, ValueEnum};
use tend_core::Error;
use tend_core::model::ShareItem;
use tend_core::share::{Consent, Partner, PartnerPreview};

use crate::ctx::Ctx;

#[derive(Clone, Copy, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Subcommand)]
pub enum PartnerCmd {
    /// Let a person see one item, or stop: summary, mood, milestones, sos, decline.
    Consent {
        /// Person name or id.
        person: String,
        /// summary, mood (inside the summary), milestones, sos or decline.
        item: ShareItem,
        switch: Switch,
        /// For decline: after this many days without a daily check-in (1 to 60) [default: 3].
        #[arg(long)]
        days: Option<u32>,
    },
    /// The exact text each item you share would send this person.
    Preview {
        /// Person name or id.
        person: String,
    },
    /// Your weekly summary as text for the share sheet (no partner needed).
    Summary {
        /// Network name or id [default: the first].
        #[arg(long)]
        network: Option<String>,
        /// Add the week's mood band (low, steady, good).
        #[arg(long)]
        mood: bool,
    },
    /// Everyone you share with, and what each may see.
    List,
    /// Sign in to a Matrix homeserver (a new device with a neutral name) for the live channel.
    Connect {
        /// The homeserver's URL, e.g. https://matrix.example.org.
        #[arg(long)]
        homeserver: String,
        /// Your user name (or full @name:server).
        #[arg(long)]
        user: String,
        /// A file holding the password (its first line); never given on the command line.
        #[arg(long)]
        password_file: std::path::PathBuf,
    },
    /// Sign this device out of the homeserver and forget the session (links and inbox stay).
    Disconnect,
    /// Link a person to their Matrix ID (@name:server).
    Link {
        /// Person name or id.
        person: String,
        matrix_id: String,
    },
    /// Accept invitations from people you linked (others are ignored), and fetch messages.
    Accept,
    /// Send now: the weekly summary (needs it shared) or your own words.
    Send {
        /// Person name or id.
        person: String,
        /// The weekly summary, as `preview` shows it.
        #[arg(long, conflicts_with = "text", required_unless_present = "text")]
        summary: bool,
        /// Your own words (encouragement, a reply).
        #[arg(long)]
        text: Option<String>,
    },
    /// Fetch messages and send everything due (SOS, milestones, decline alert, the weekly
    /// summary, each only when shared).
    Sync,
    /// What your partners sent you, newest first.
    Inbox,
    /// Who is linked to which Matrix ID, and whose devices changed.
    Links,
    /// Stop sharing with a person: consents removed, nothing more sent, their room left.
    Revoke {
        /// Person name or id.
        person: String,
    },
}

fn item_label(c: &Consent) -> String {
    match c.decline_days {
        Some(d) => format!("{} (after {d} day{})", c.item, if d == 1 { "" } else { "s" }),
        None => c.item.to_string(),
    }
}

fn partner_line(p: &Partner) -> String {
    let items: Vec<String> = p.consents.iter().map(item_label).collect();
    let seen = if items.is_empty() {
        "nothing".to_string()
    } else {
        items.join(", ")
    };
    let paused = if p.paused {
        " — paused: marked to avoid or in none of your networks, so nothing is shared"
    } else {
        ""
    };
    format!("{} ({}): {seen}{paused}", p.person.name, p.person.role)
}

/// What the last sync found of a partner's room, as a few words after their link.
fn link_state(name: &str, state: &tend_core::share::LinkState) -> String {
    use tend_core::share::LinkState;
    match state {
        LinkState::NoRoom => " (no room yet)".into(),
        LinkState::Unchecked => String::new(),
        LinkState::Waiting => format!(" — waiting for {name} to join"),
        LinkState::Ready => String::new(),
        LinkState::Left => {
            format!(" — {name} left your shared conversation; link them again to invite them into a new one")
        }
        LinkState::OthersPresent { others } => format!(
            " — someone else is in your room ({}): nothing is sent; revoke and link again for a fresh room",
            others.join(", ")
        ),
        LinkState::Unreachable => format!(" — {name}'s server could not be reached; Tend tries again on each sync"),
    }
}

fn render_preview(p: &PartnerPreview) -> String {
    let name = &p.person.name;
    if p.paused {
        return format!("Nothing is shared with {name}: marked to avoid or in none of your networks.");
    }
    if p.items.is_empty() {
        return format!("Nothing is shared with {name}. Turn an item on: tend partner consent {name:?} summary on");
    }
    let mut out = vec![format!("What {name} would get:")];
    for i in &p.items {
        let example = match i.item {
            ShareItem::Milestones | ShareItem::Sos | ShareItem::Decline => ", when it happens",
            _ => "",
        };
        out.push(format!("\n[{}{example}]\n{}", i.item, i.text));
    }
    out.join("\n")
}

pub fn partner(ctx: &Ctx, cmd: PartnerCmd) -> Result<(), Error> {
    let store = ctx.open()?;
    // What partners read is worded in the language this command speaks.
    store.set_language(ctx.words.lang())?;
    match cmd {
        PartnerCmd::Consent {
            person,
            item,
            switch,
            days,
        } => {
            let id = store.find_person(&person)?.id;
            let p = store.set_consent(id, item, matches!(switch, Switch::On), days, ctx.now)?;
            ctx.print(&p, partner_line)
        }
        PartnerCmd::Preview { person } => {
            let id = store.find_person(&person)?.id;
            ctx.print(&store.partner_preview(id, ctx.now, ctx.tz)?, render_preview)
        }
        PartnerCmd::Summary { network, mood } => {
            let network = network.map(|n| store.find_network(&n).map(|n| n.id)).transpose()?;
            ctx.print(&store.weekly_summary(network, mood, ctx.now, ctx.tz)?, |s| {
                s.text.clone()
            })
        }
        PartnerCmd::List => ctx.print(&store.partners()?, |list| {
            if list.is_empty() {
                return "You share nothing with anyone. Start with: tend partner consent PERSON summary on".into();
            }
            list.iter().map(partner_line).collect::<Vec<_>>().join("\n")
        }),
        PartnerCmd::Inbox => ctx.print(&store.share_inbox()?, |list| {
            if list.is_empty() {
                return "Nothing from your partners yet.".into();
            }
            list.iter()
                .map(|m| {
                    let at = m.at.with_timezone(&ctx.tz).format("%-d %b %H:%M");
                    // Sent by Tend as messages: in this language; otherwise the text as sent.
                    let text = if m.lines.is_empty() {
                        m.body.clone()
                    } else {
                        m.lines.iter().map(|l| ctx.words.msg(l)).collect::<Vec<_>>().join("\n")
                    };
                    format!("{at}  {} [{}]\n  {}", m.from, m.kind, text.replace('\n', "\n  "))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        PartnerCmd::Links => ctx.print(&store.partner_links()?, |list| {
            if list.is_empty() {
                return "Nobody is linked. Link a partner: tend partner link PERSON @name:server".into();
            }
            list.iter()
                .map(|l| {
                    let room = link_state(&l.person.name, &l.state);
                    let devices = match l.devices_changed_at {
                        Some(at) => format!(
                            " — their devices changed on {}: a new phone, or someone else",
                            at.with_timezone(&ctx.tz).format("%-d %b %H:%M")
                        ),
                        None => String::new(),
                    };
                    format!("{} ({}): {}{room}{devices}", l.person.name, l.person.role, l.matrix_id)
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        live => channel(ctx, &store, live),
    }
}

#[cfg(not(feature = "share"))]
fn channel(_: &Ctx, _: &tend_core::Store, _: PartnerCmd) -> Result<(), Error> {
    Err(Error::InvalidInput {
        field: "command".into(),
        reason: "this tend was built without the live channel (cargo build --features share)".into(),
    })
}

#[cfg(feature = "share")]
fn channel(ctx: &Ctx, store: &tend_core::Store, cmd: PartnerCmd) -> Result<(), Error> {
    use crate::cmd::partner_live as live;
    match cmd {
        PartnerCmd::Connect {
            homeserver,
            user,
            password_file,
        } => live::connect(ctx, store, &homeserver, &user, &password_file),
        PartnerCmd::Link { person, matrix_id } => live::link(ctx, store, &person, &matrix_id),
        PartnerCmd::Disconnect => live::disconnect(ctx, store),
        PartnerCmd::Accept | PartnerCmd::Sync => live::sync(ctx, store),
        PartnerCmd::Send { person, text, .. } => live::send(ctx, store, &person, text.as_deref()),
        PartnerCmd::Revoke { person } => live::revoke(ctx, store, &person),
        other => partner(ctx, other),
    }
}
