//! `tend partner`: what each partner may see, the exact text they would get, the weekly summary
//! as text to hand to any messenger, and (built with the `share` feature) the live channel:
//! end-to-end encrypted over Matrix.

use clap::{Subcommand, ValueEnum};
use tend_core::Error;
use tend_core::model::ShareItem;
use tend_core::share::{Consent, Partner, PartnerPreview};

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

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

fn item_label(w: &Words, c: &Consent) -> String {
    match c.decline_days {
        Some(d) => w.t("share-item-decline-days", &[("days", n(d))]),
        None => words::share_item(w, c.item),
    }
}

fn partner_line(w: &Words, p: &Partner) -> String {
    let items: Vec<String> = p.consents.iter().map(|c| item_label(w, c)).collect();
    let id = match (items.is_empty(), p.paused) {
        (true, false) => "partner-line-nothing",
        (true, true) => "partner-line-nothing-paused",
        (false, false) => "partner-line",
        (false, true) => "partner-line-paused",
    };
    w.t(
        id,
        &[
            ("name", s(p.person.name.clone())),
            ("role", s(words::role(w, p.person.role))),
            ("items", s(items.join(", "))),
        ],
    )
}

/// A partner's link, with what the last sync found of their room.
fn link_line(w: &Words, l: &tend_core::share::PartnerLink) -> String {
    use tend_core::share::LinkState;
    let mut args = vec![
        ("name", s(l.person.name.clone())),
        ("role", s(words::role(w, l.person.role))),
        ("matrix_id", s(l.matrix_id.clone())),
    ];
    let id = match &l.state {
        LinkState::NoRoom => "partner-link-no-room",
        LinkState::Unchecked | LinkState::Ready => "partner-link",
        LinkState::Waiting => "partner-link-waiting",
        LinkState::Left => "partner-link-left",
        LinkState::OthersPresent { others } => {
            args.push(("others", s(others.join(", "))));
            "partner-link-others"
        }
        LinkState::Unreachable => "partner-link-unreachable",
    };
    w.t(id, &args)
}

fn render_preview(w: &Words, p: &PartnerPreview) -> String {
    let name = &p.person.name;
    if p.paused {
        return w.t("partner-preview-paused", &[("name", s(name.clone()))]);
    }
    if p.items.is_empty() {
        return w.t(
            "partner-preview-nothing",
            &[("name", s(name.clone())), ("quoted", s(format!("{name:?}")))],
        );
    }
    let mut out = vec![w.t("partner-preview-heading", &[("name", s(name.clone()))])];
    for i in &p.items {
        let id = match i.item {
            ShareItem::Milestones | ShareItem::Sos | ShareItem::Decline => "partner-preview-item-when",
            _ => "partner-preview-item",
        };
        let item = w.t(id, &[("item", s(words::share_item(w, i.item)))]);
        out.push(format!("\n{item}\n{}", i.text));
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
            ctx.print(&p, |p| partner_line(&ctx.words, p))
        }
        PartnerCmd::Preview { person } => {
            let id = store.find_person(&person)?.id;
            ctx.print(&store.partner_preview(id, ctx.now, ctx.tz)?, |p| {
                render_preview(&ctx.words, p)
            })
        }
        PartnerCmd::Summary { network, mood } => {
            let network = network.map(|n| store.find_network(&n).map(|n| n.id)).transpose()?;
            ctx.print(&store.weekly_summary(network, mood, ctx.now, ctx.tz)?, |s| {
                s.text.clone()
            })
        }
        PartnerCmd::List => ctx.print(&store.partners()?, |list| {
            if list.is_empty() {
                return ctx.words.t("partner-none", &[]);
            }
            list.iter()
                .map(|p| partner_line(&ctx.words, p))
                .collect::<Vec<_>>()
                .join("\n")
        }),
        PartnerCmd::Inbox => ctx.print(&store.share_inbox()?, |list| {
            let w = &ctx.words;
            if list.is_empty() {
                return w.t("partner-inbox-none", &[]);
            }
            list.iter()
                .map(|m| {
                    // Sent by Tend as messages: in this language; otherwise the text as sent.
                    let text = if m.lines.is_empty() {
                        m.body.clone()
                    } else {
                        m.lines.iter().map(|l| ctx.words.msg(l)).collect::<Vec<_>>().join("\n")
                    };
                    let head = w.t(
                        "partner-inbox-entry",
                        &[
                            ("at", s(words::date_time(w, m.at, &ctx.tz))),
                            ("from", s(m.from.clone())),
                            ("kind", s(words::share_kind(w, m.kind))),
                        ],
                    );
                    format!("{head}\n  {}", text.replace('\n', "\n  "))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        PartnerCmd::Links => ctx.print(&store.partner_links()?, |list| {
            let w = &ctx.words;
            if list.is_empty() {
                return w.t("partner-links-none", &[]);
            }
            list.iter()
                .map(|l| {
                    let mut line = link_line(w, l);
                    if let Some(at) = l.devices_changed_at {
                        let devices = w.t("partner-link-devices", &[("at", s(words::date_time(w, at, &ctx.tz)))]);
                        line.push_str(&format!("\n  {devices}"));
                    }
                    line
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        live => channel(ctx, &store, live),
    }
}

#[cfg(not(feature = "share"))]
fn channel(_: &Ctx, _: &tend_core::Store, _: PartnerCmd) -> Result<(), Error> {
    Err(Error::invalid(
        "command",
        tend_core::messages::MessageId::RefusalNoLiveChannel,
    ))
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
