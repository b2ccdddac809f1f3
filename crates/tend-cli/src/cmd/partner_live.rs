//! The live channel's commands (built with the `share` feature): Matrix, end-to-end encrypted.

use std::path::Path;

use tend_core::share::matrix::{DEVICE_NAME, MatrixAccount, RevokeReport, SyncReport};
use tend_core::{Error, Store};
use zeroize::Zeroizing;

use crate::ctx::Ctx;

/// The longest password file line Tend reads: a password is never this long, and a huge file
/// (a wrong path) is neither read whole into memory nor sent to the homeserver.
const MAX_PASSWORD_BYTES: u64 = 1024;

/// The first line of the password file, read without taking more than [`MAX_PASSWORD_BYTES`]
/// (and its line break) from the file.
fn read_password(password_file: &Path) -> Result<Zeroizing<String>, Error> {
    let bad = |reason: String| Error::InvalidInput {
        field: "password file".into(),
        reason,
    };
    let file = std::fs::File::open(password_file).map_err(|e| bad(format!("cannot be read ({})", e.kind())))?;
    let mut raw = Zeroizing::new(Vec::new());
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_PASSWORD_BYTES + 2), &mut raw)
        .map_err(|e| bad(format!("cannot be read ({})", e.kind())))?;
    let line = raw.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() as u64 > MAX_PASSWORD_BYTES {
        return Err(bad(format!("its first line is longer than {MAX_PASSWORD_BYTES} bytes")));
    }
    let text = std::str::from_utf8(line).map_err(|_| bad("its first line is not UTF-8 text".into()))?;
    if text.is_empty() {
        return Err(bad("its first line is empty".into()));
    }
    Ok(Zeroizing::new(text.to_string()))
}

pub fn connect(ctx: &Ctx, store: &Store, homeserver: &str, user: &str, password_file: &Path) -> Result<(), Error> {
    let password = read_password(password_file)?;
    let a = store.matrix_connect(homeserver, user, &password, ctx.now)?;
    ctx.print(&a, |a: &MatrixAccount| {
        format!(
            "Connected as {} (device {}) on {}.\nLink a partner: tend partner link PERSON @name:server",
            a.user_id, a.device_id, a.homeserver
        )
    })
}

pub fn disconnect(ctx: &Ctx, store: &Store) -> Result<(), Error> {
    let signed_out = store.matrix_disconnect()?;
    ctx.print(&signed_out, |&ok| {
        if ok {
            "Signed out: the homeserver no longer lists this device, and the session and its keys are gone from here."
                .into()
        } else {
            format!(
                "The session and its keys are gone from here, but the homeserver could not be reached to sign out: \
                 remove the device \"{DEVICE_NAME}\" from another Matrix client's session list."
            )
        }
    })
}

pub fn link(ctx: &Ctx, store: &Store, person: &str, matrix_id: &str) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let l = store.matrix_link(id, matrix_id, ctx.now)?;
    ctx.print(&l, |l| {
        format!(
            "Linked {} to {}. Tend makes an encrypted room with them when there is something to send; \
             they accept it in Tend (tend partner accept) or in any Matrix client.",
            l.person.name, l.matrix_id
        )
    })
}

pub fn sync(ctx: &Ctx, store: &Store) -> Result<(), Error> {
    let r = store.matrix_channel()?.sync(store, ctx.now, ctx.tz)?;
    ctx.print(&r, |r| report(r).join("\n"))
}

pub fn send(ctx: &Ctx, store: &Store, person: &str, text: Option<&str>) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_send(id, text, ctx.now, ctx.tz)?;
    ctx.print(&r, |r| report(r).join("\n"))
}

pub fn revoke(ctx: &Ctx, store: &Store, person: &str) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_revoke(id, ctx.now)?;
    ctx.print(&r, |r: &RevokeReport| {
        let name = &r.person.name;
        let room = match (r.rooms_left, r.rooms_pending) {
            (0, 0) => "There was no shared room with them to leave.".to_string(),
            (1, 0) => "Tend left your room with them.".to_string(),
            (n, 0) => format!("Tend left your {n} rooms with them."),
            (_, n) => format!(
                "Tend could not reach the homeserver to leave {} with them; it does on the next sync.",
                if n == 1 {
                    "your room".to_string()
                } else {
                    format!("{n} rooms")
                }
            ),
        };
        format!(
            "Stopped sharing with {name}: every consent removed and nothing more will be sent. {room}\n\
             Messages already delivered cannot be recalled: they stay on {name}'s devices and homeserver."
        )
    })
}

/// A sync report as lines, most urgent first: what could not go and why, then what went.
pub fn report(r: &SyncReport) -> Vec<String> {
    let mut out = Vec::new();
    for p in &r.devices_changed {
        out.push(format!(
            "{}'s devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.",
            p.name
        ));
    }
    for b in &r.blocked {
        out.push(format!(
            "Not sent to {}: someone else is in your shared room ({}), and would read it. \
             Revoke and link {} again to start a fresh room with only the two of you.",
            b.item.person.name,
            b.others.join(", "),
            b.item.person.name
        ));
    }
    for o in &r.partner_left {
        out.push(format!(
            "Not sent to {}: {} left your shared conversation. Link them again to invite them into a new one ({}).",
            o.person.name, o.person.name, o.kind
        ));
    }
    for o in &r.unreachable {
        out.push(format!(
            "Could not reach {}'s server: {} goes on a later sync.",
            o.person.name, o.kind
        ));
    }
    for o in &r.sent {
        out.push(format!("Sent to {} (end-to-end encrypted): {}", o.person.name, o.kind));
    }
    for o in &r.waiting {
        out.push(format!(
            "Waiting for {} to join your shared room: {} goes on the next sync after they do.",
            o.person.name, o.kind
        ));
    }
    for p in &r.accepted {
        out.push(format!("Accepted {}'s invitation.", p.name));
    }
    for p in &r.refused_invites {
        out.push(format!(
            "Did not join a room {} invited you to: it was not encrypted, or someone else was in it. Your room with them stays as it was.",
            p.name
        ));
    }
    for id in &r.declined_invites {
        out.push(format!(
            "Declined an invitation from {id}: linked to nobody (tend partner link PERSON {id} first to accept theirs)."
        ));
    }
    if r.received > 0 {
        out.push(format!(
            "{} new message(s) from your partners: tend partner inbox",
            r.received
        ));
    }
    if r.undecryptable > 0 {
        out.push(format!(
            "{} message(s) could not be decrypted yet; they may on a later sync.",
            r.undecryptable
        ));
    }
    if r.not_from_partner > 0 {
        out.push(format!(
            "{} message(s) carried a partner's name but did not come from their own devices: not shown.",
            r.not_from_partner
        ));
    }
    if out.is_empty() {
        out.push("Nothing new, nothing to send.".into());
    }
    out
}
