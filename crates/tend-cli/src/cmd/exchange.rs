//! Your data in and out: `export`, `import`, `calendar export`,
//! `contacts import` and `wipe`.

use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use tend_core::Error;
use tend_core::exchange::CalendarOptions;
use tend_core::messages::MessageId;
use tend_core::model::Role;

use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

#[derive(Args)]
pub struct ExportArgs {
    /// Where to write the backup.
    #[arg(required_unless_present = "salvage")]
    pub file: Option<PathBuf>,
    /// The store is damaged: write every record that can still be read to this file (an
    /// ordinary backup) and report what could not be read. Only reads the store.
    #[arg(long, value_name = "FILE", conflicts_with = "file")]
    pub salvage: Option<PathBuf>,
    /// Encrypt with the passphrase in this file (its first line).
    #[arg(long)]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Args)]
pub struct ImportArgs {
    /// The backup to restore.
    pub file: PathBuf,
    /// Replace everything in this store with the backup.
    #[arg(long)]
    pub replace: bool,
    /// The passphrase of an encrypted backup, in this file (its first line).
    #[arg(long)]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum CalendarCmd {
    /// Write your meetings as an iCalendar file (weekly events in each meeting's zone).
    Export {
        /// The .ics file to write.
        file: PathBuf,
        /// Add the reminder plan for the next two weeks too.
        #[arg(long)]
        reminders: bool,
    },
}

#[derive(Subcommand)]
pub enum ContactsCmd {
    /// Import a vCard file (3.0 or 4.0) as people; importing again adds nobody twice.
    Import {
        /// The .vcf file.
        file: PathBuf,
        /// The network they join (name or id).
        #[arg(long)]
        network: String,
        /// Their role: friend, family, peer, sponsor, therapist, counselor, support_worker, doctor,
        /// group_facilitator, other.
        #[arg(long, default_value = "friend")]
        role: Role,
    },
}

#[derive(Args)]
pub struct WipeArgs {
    /// Do not ask; wipe at once.
    #[arg(long)]
    pub yes: bool,
}

/// What a backup holds, one count a line ("  2 networks").
#[allow(clippy::too_many_arguments)]
fn counts(
    w: &Words,
    networks: u32,
    people: u32,
    needs: u32,
    groups: u32,
    meetings: u32,
    checkins: u32,
    goals: u32,
    settings: u32,
) -> String {
    [
        ("count-networks", networks),
        ("count-people", people),
        ("count-needs", needs),
        ("count-groups", groups),
        ("count-meetings", meetings),
        ("count-checkins", checkins),
        ("count-goals", goals),
        ("count-settings", settings),
    ]
    .iter()
    .map(|(id, count)| format!("  {}", w.t(id, &[("count", n(*count))])))
    .collect::<Vec<_>>()
    .join("\n")
}

fn invalid(field: &str, problem: MessageId) -> Error {
    Error::invalid(field, problem)
}

fn read_passphrase(path: &Path) -> Result<String, Error> {
    let text = fs::read_to_string(path)?;
    let line = text.lines().next().unwrap_or("").to_string();
    if line.is_empty() {
        return Err(invalid("passphrase file", MessageId::RefusalFirstLineEmpty));
    }
    Ok(line)
}

/// Every file the CLI writes goes through the core's private writer: created exclusively, 0600,
/// under a random name beside the target, fsynced, renamed into place, removed on any failure.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    tend_core::store::files::write_private(path, bytes)
}

fn salvage(ctx: &Ctx, file: &Path, pass: Option<&str>) -> Result<(), Error> {
    let key = ctx.existing_key()?.ok_or_else(|| Error::CannotOpen {
        path: ctx.db.display().to_string(),
        reason: format!("its key file {} is missing (pass --key-file)", ctx.key_file.display()),
    })?;
    let report = tend_core::Store::salvage_to_file(&ctx.db, &key, file, pass)?;
    let out = serde_json::json!({
        "file": file.display().to_string(),
        "encrypted": pass.is_some(),
        "complete": report.complete(),
        "report": report,
    });
    ctx.print(&out, |_| {
        let w = &ctx.words;
        let r = &report;
        let mut lines = vec![
            w.t("salvage-saved", &[("file", s(file.display().to_string()))]),
            counts(
                w, r.networks, r.people, r.needs, r.groups, r.meetings, r.checkins, r.goals, r.settings,
            ),
        ];
        if r.complete() {
            lines.push(w.t("salvage-complete", &[]));
        } else {
            lines.push(w.t("salvage-unreadable", &[]));
            for u in &r.unreadable {
                lines.push(format!("  {u}"));
            }
        }
        if r.dropped_references > 0 {
            lines.push(w.t("salvage-dropped", &[("count", n(r.dropped_references))]));
        }
        lines.push(w.t("salvage-restore-hint", &[]));
        lines.join("\n")
    })
}

pub fn export(ctx: &Ctx, a: ExportArgs) -> Result<(), Error> {
    let pass = a.passphrase_file.as_deref().map(read_passphrase).transpose()?;
    if let Some(file) = &a.salvage {
        return salvage(ctx, file, pass.as_deref());
    }
    let file = a.file.ok_or_else(|| invalid("file", MessageId::RefusalEmpty))?;
    let store = ctx.open()?;
    let bytes = store.export_backup(pass.as_deref())?;
    write_private(&file, &bytes)?;
    let out = serde_json::json!({
        "file": file.display().to_string(),
        "bytes": bytes.len(),
        "encrypted": pass.is_some(),
    });
    ctx.print(&out, |_| {
        let id = if pass.is_some() {
            "export-written-encrypted"
        } else {
            "export-written"
        };
        ctx.words.t(id, &[("file", s(file.display().to_string()))])
    })
}

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<(), Error> {
    let bytes = fs::read(&a.file)?;
    let pass = a.passphrase_file.as_deref().map(read_passphrase).transpose()?;
    let store = ctx.open()?;
    let sum = store.import_backup(&bytes, pass.as_deref(), a.replace)?;
    ctx.print(&sum, |x| {
        let w = &ctx.words;
        format!(
            "{}\n{}",
            w.t("import-restored", &[]),
            counts(
                w, x.networks, x.people, x.needs, x.groups, x.meetings, x.checkins, x.goals, x.settings
            )
        )
    })
}

pub fn calendar(ctx: &Ctx, cmd: CalendarCmd) -> Result<(), Error> {
    let CalendarCmd::Export { file, reminders } = cmd;
    let store = ctx.open()?;
    let options = CalendarOptions {
        reminders: if reminders {
            store.calendar_reminders(ctx.now, ctx.tz)?
        } else {
            Vec::new()
        },
    };
    let ics = store.export_calendar(&options, ctx.now, ctx.words.lang())?;
    write_private(&file, ics.as_bytes())?;
    let events = ics.matches("BEGIN:VEVENT").count();
    let out = serde_json::json!({ "file": file.display().to_string(), "events": events });
    ctx.print(&out, |_| {
        ctx.words.t(
            "calendar-written",
            &[("count", n(events as i64)), ("file", s(file.display().to_string()))],
        )
    })
}

pub fn contacts(ctx: &Ctx, cmd: ContactsCmd) -> Result<(), Error> {
    let ContactsCmd::Import { file, network, role } = cmd;
    let bytes = fs::read(&file)?;
    // vCard 4.0 is UTF-8; an older file in another charset still imports, with odd letters.
    let text = String::from_utf8_lossy(&bytes);
    let store = ctx.open()?;
    let net = store.find_network(&network)?;
    let r = store.import_vcards(&text, net.id, role, ctx.now)?;
    ctx.print(&r, |r| {
        let w = &ctx.words;
        let mut lines = vec![w.t("contacts-heading", &[("network", s(net.name.clone()))])];
        for (id, count) in [
            ("contacts-created", r.created as i64),
            ("contacts-updated", r.updated as i64),
            ("contacts-unchanged", r.unchanged as i64),
            ("contacts-skipped", r.skipped.len() as i64),
        ] {
            lines.push(format!("  {}", w.t(id, &[("count", n(count))])));
        }
        for k in &r.skipped {
            let card = w.t(
                "contacts-card",
                &[("index", n(k.index as i64)), ("reason", s(w.msg(&k.reason)))],
            );
            lines.push(format!("  {card}"));
        }
        for k in &r.dropped {
            let card = w.t(
                "contacts-card-dropped",
                &[("index", n(k.index as i64)), ("reason", s(w.msg(&k.reason)))],
            );
            lines.push(format!("  {card}"));
        }
        lines.join("\n")
    })
}

pub fn wipe(ctx: &Ctx, a: WipeArgs) -> Result<(), Error> {
    let extra = std::slice::from_ref(&ctx.key_file);
    let plan = tend_core::exchange::wipe_plan(&ctx.db, extra)?;
    let w = &ctx.words;
    if !a.yes {
        if plan.is_empty() {
            eprintln!(
                "{}",
                w.t("wipe-nothing-at", &[("path", s(ctx.db.display().to_string()))])
            );
            return Ok(());
        }
        eprintln!("{}", w.t("wipe-list", &[]));
        for p in &plan {
            eprintln!("  {}", crate::ctx::printable(&p.display().to_string()));
        }
        eprint!("{} ", w.t("wipe-confirm", &[]));
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        if line.trim() != "wipe" {
            return Err(invalid("confirmation", MessageId::RefusalNotConfirmed));
        }
    }
    // Local data goes first and at once; the homeserver is told after, briefly (offline, or a
    // server that never answers, must not keep the data on the device).
    let sign_out = sign_out_later(ctx);
    let deleted = tend_core::exchange::wipe(&ctx.db, extra)?;
    sign_out_now(w, sign_out);
    let files: Vec<String> = deleted.iter().map(|p| p.display().to_string()).collect();
    ctx.print(&files, |f| {
        if f.is_empty() {
            w.t("wipe-nothing", &[])
        } else {
            w.t("wipe-deleted", &[("files", s(f.join(", ")))])
        }
    })
}

/// How long `wipe` tries to sign the partner channel's device out, after deleting.
#[cfg(feature = "share")]
const SIGN_OUT_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

/// What signing the partner channel's device out will need once the store is deleted (best
/// effort: a store that will not open is no reason not to wipe).
#[cfg(feature = "share")]
fn sign_out_later(ctx: &Ctx) -> Option<tend_core::share::matrix::SignOut> {
    let key = ctx.existing_key().ok()??;
    let store = tend_core::Store::open_existing(&ctx.db, &key).ok()?;
    store.matrix_sign_out_later().ok()?
}

/// Signs the deleted store's device out of its homeserver, within [`SIGN_OUT_LIMIT`].
#[cfg(feature = "share")]
fn sign_out_now(w: &Words, session: Option<tend_core::share::matrix::SignOut>) {
    if let Some(session) = session
        && !session.run(SIGN_OUT_LIMIT)
    {
        eprintln!(
            "{}",
            w.t(
                "wipe-sign-out-failed",
                &[("device", s(tend_core::share::matrix::DEVICE_NAME))]
            )
        );
    }
}

#[cfg(not(feature = "share"))]
fn sign_out_later(_: &Ctx) -> Option<()> {
    None
}

#[cfg(not(feature = "share"))]
fn sign_out_now(_: &Words, _: Option<()>) {}
