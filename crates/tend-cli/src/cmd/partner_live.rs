//! The live channel's commands (built with the `share` feature): Matrix, end-to-end encrypted.

use std::path::Path;

use tend_core::share::matrix::{MatrixAccount, RevokeReport, SyncReport};
use tend_core::{Error, Store};
use zeroize::Zeroizing;

use crate::ctx::Ctx;

pub fn connect(ctx: &Ctx, store: &Store, homeserver: &str, user: &str, password_file: &Path) -> Result<(), Error> {
    let text = Zeroizing::new(std::fs::read_to_string(password_file).map_err(|e| Error::InvalidInput {
        field: "password file".into(),
        reason: format!("cannot be read ({})", e.kind()),
    })?);
    let password = text.lines().next().unwrap_or("");
    if password.is_empty() {
        return Err(Error::InvalidInput {
            field: "password file".into(),
            reason: "its first line is empty".into(),
        });
    }
    let a = store.matrix_connect(homeserver, user, password, ctx.now)?;
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
            "The session and its keys are gone from here, but the homeserver could not be reached to sign out: \
             remove the device \"Tend\" from another Matrix client's session list."
                .into()
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
    ctx.print(&r, report)
}

pub fn send(ctx: &Ctx, store: &Store, person: &str, text: Option<&str>) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_send(id, text, ctx.now, ctx.tz)?;
    ctx.print(&r, report)
}

pub fn revoke(ctx: &Ctx, store: &Store, person: &str) -> Result<(), Error> {
    let id = store.find_person(person)?.id;
    let r = store.matrix_revoke(id, ctx.now)?;
    ctx.print(&r, |r: &RevokeReport| {
        let name = &r.person.name;
        let room = if r.left_room {
            "Tend left your room with them."
        } else {
            "Tend could not reach the homeserver to leave your room; it leaves on the next sync."
        };
        format!(
            "Stopped sharing with {name}: every consent removed and nothing more will be sent. {room}\n\
             Messages already delivered cannot be recalled: they stay on {name}'s devices and homeserver."
        )
    })
}

fn report(r: &SyncReport) -> String {
    let mut out = Vec::new();
    for o in &r.sent {
        out.push(format!("Sent to {} (end-to-end encrypted): {}", o.person.name, o.kind));
    }
    for o in &r.waiting {
        out.push(format!(
            "Waiting for {} to accept your invitation: {} goes on the next sync after they do.",
            o.person.name, o.kind
        ));
    }
    for p in &r.accepted {
        out.push(format!("Accepted {}'s invitation.", p.name));
    }
    for id in &r.ignored_invites {
        out.push(format!(
            "Ignored an invitation from {id}: linked to nobody (tend partner link PERSON {id})."
        ));
    }
    for p in &r.devices_changed {
        out.push(format!(
            "{}'s devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.",
            p.name
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
    if out.is_empty() {
        out.push("Nothing new, nothing to send.".into());
    }
    out.join("\n")
}
