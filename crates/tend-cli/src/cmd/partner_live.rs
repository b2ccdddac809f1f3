//! The live channel's commands (built with the `share` feature): Matrix, end-to-end encrypted.

use std::path::Path;

use tend_core::messages::{Message, MessageId};
use tend_core::share::matrix::{DEVICE_NAME, MatrixAccount, RevokeReport, SyncReport};
use tend_core::{Error, Store};
use zeroize::Zeroizing;

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

/// The longest password file line Tend reads: a password is never this long, and a huge file
/// (a wrong path) is neither read whole into memory nor sent to the homeserver.
const MAX_PASSWORD_BYTES: u64 = 1024;

/// The first line of the password file, read without taking more than [`MAX_PASSWORD_BYTES`]
/// (and its line break) from the file.
fn read_password(password_file: &Path) -> Result<Zeroizing<String>, Error> {
    let bad = |problem: Message| Error::invalid("password file", problem);
    let file = std::fs::File::open(password_file).map_err(|_| bad(MessageId::RefusalFileUnreadable.into()))?;
    let mut raw = Zeroizing::new(Vec::new());
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_PASSWORD_BYTES + 2), &mut raw)
        .map_err(|_| bad(MessageId::RefusalFileUnreadable.into()))?;
    let line = raw.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() as u64 > MAX_PASSWORD_BYTES {
        return Err(bad(
            Message::new(MessageId::RefusalFirstLineTooLong).num("max", MAX_PASSWORD_BYTES as i64)
        ));
    }
    let text = std::str::from_utf8(line).map_err(|_| bad(MessageId::RefusalFirstLineNotText.into()))?;
    if text.is_empty() {
        return Err(bad(MessageId::RefusalFirstLineEmpty.into()));
    }
    Ok(Zeroizing::new(text.to_string()))
}

pub fn connect(ctx: &Ctx, store: &Store, homeserver: &str, user: &str, password_file: &Path) -> Result<(), Error> {
    let password = read_password(password_file)?;
    let a = store.matrix_connect(homeserver, user, &password, ctx.now)?;
    ctx.print(&a, |a: &MatrixAccount| {
        let w = &ctx.words;
        let connected = w.t(
            "live-connected",
            &[
                ("user", s(a.user_id.clone())),
                ("device", s(a.device_id.clone())),
                ("homeserver", s(a.homeserver.clone())),
            ],
        );
        format!("{connected}\n{}", w.t("live-link-hint", &[]))
    })
}

pub fn disconnect(ctx: &Ctx, store: &Store) -> Result<(), Error> {
    let signed_out = store.matrix_disconnect()?;
    ctx.print(&signed_out, |&ok| {
        if ok {
            ctx.words.t("live-signed-out", &[])
        } else {
            ctx.words.t("live-signed-out-offline", &[("device", s(DEVICE_NAME))])
        }
    })
}

pub fn link(ctx: &Ctx, store: &Store, person: &str, matrix_id: &str) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let l = store.matrix_link(id, matrix_id, ctx.now)?;
    ctx.print(&l, |l| {
        ctx.words.t(
            "live-linked",
            &[
                ("name", s(l.person.name.clone())),
                ("matrix_id", s(l.matrix_id.clone())),
            ],
        )
    })
}

pub fn sync(ctx: &Ctx, store: &Store) -> Result<(), Error> {
    let r = store.matrix_channel()?.sync(store, ctx.now, ctx.tz)?;
    ctx.print(&r, |r| report(&ctx.words, r).join("\n"))
}

pub fn send(ctx: &Ctx, store: &Store, person: &str, text: Option<&str>) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_send(id, text, ctx.now, ctx.tz)?;
    ctx.print(&r, |r| report(&ctx.words, r).join("\n"))
}

pub fn revoke(ctx: &Ctx, store: &Store, person: &str) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_revoke(id, ctx.now)?;
    ctx.print(&r, |r: &RevokeReport| {
        let w = &ctx.words;
        let name = || ("name", s(r.person.name.clone()));
        let room = match (r.rooms_left, r.rooms_pending) {
            (0, 0) => w.t("live-revoke-no-room", &[]),
            (left, 0) => w.t("live-revoke-left", &[("count", n(left))]),
            (_, pending) => w.t("live-revoke-pending", &[("count", n(pending))]),
        };
        format!(
            "{} {room}\n{}",
            w.t("live-revoked", &[name()]),
            w.t("live-revoke-recall", &[name()])
        )
    })
}

/// A sync report as lines, most urgent first: what could not go and why, then what went.
pub fn report(w: &Words, r: &SyncReport) -> Vec<String> {
    let item = |id: &str, o: &tend_core::share::Outgoing| {
        w.t(
            id,
            &[
                ("name", s(o.person.name.clone())),
                ("kind", s(words::share_kind(w, o.kind))),
            ],
        )
    };
    let mut out = Vec::new();
    for p in &r.devices_changed {
        out.push(w.t("live-devices-changed", &[("name", s(p.name.clone()))]));
    }
    for b in &r.blocked {
        out.push(w.t(
            "live-blocked",
            &[
                ("name", s(b.item.person.name.clone())),
                ("others", s(b.others.join(", "))),
            ],
        ));
    }
    for o in &r.partner_left {
        out.push(item("live-partner-left", o));
    }
    for o in &r.unreachable {
        out.push(item("live-unreachable", o));
    }
    for o in &r.sent {
        out.push(item("live-sent", o));
    }
    for o in &r.waiting {
        out.push(item("live-waiting", o));
    }
    for p in &r.accepted {
        out.push(w.t("live-accepted", &[("name", s(p.name.clone()))]));
    }
    for p in &r.refused_invites {
        out.push(w.t("live-refused", &[("name", s(p.name.clone()))]));
    }
    for id in &r.declined_invites {
        out.push(w.t("live-declined", &[("matrix_id", s(id.clone()))]));
    }
    if r.received > 0 {
        out.push(w.t("live-received", &[("count", n(r.received))]));
    }
    if r.undecryptable > 0 {
        out.push(w.t("live-undecryptable", &[("count", n(r.undecryptable))]));
    }
    if r.not_from_partner > 0 {
        out.push(w.t("live-not-from-partner", &[("count", n(r.not_from_partner))]));
    }
    if out.is_empty() {
        out.push(w.t("live-nothing", &[]));
    }
    out
}
