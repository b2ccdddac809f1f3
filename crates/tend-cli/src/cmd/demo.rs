//! `tend demo`: a realistic example store, then its Today. And `tend quarantine`, for the other
//! end of a store's life: one that can no longer be opened.

use std::path::PathBuf;

use clap::Args;
use tend_core::Error;
use tend_core::messages::MessageId;

use crate::ctx::Ctx;
use crate::l10n::s;

#[derive(Args)]
pub struct DemoArgs {}

/// A new folder under the system temp directory for a throwaway demo store.
pub fn fresh_path() -> Result<PathBuf, Error> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("tend-demo-{}-{stamp}", std::process::id()));
    tend_core::store::files::create_private_dirs(&dir)?;
    Ok(dir.join("tend.db"))
}

pub fn run(ctx: &Ctx, _: DemoArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    if !store.networks()?.is_empty() || !store.people(None)?.is_empty() {
        return Err(Error::invalid("db", MessageId::RefusalDemoNeedsEmpty));
    }
    tend_core::demo::seed(&store, ctx.now, ctx.tz)?;
    super::views::today_with(ctx, &store)?;
    if !ctx.json {
        // The binary's own path: `tend` is usually not on the PATH of someone trying the demo, and
        // the suggestion must work when pasted.
        let me = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("tend"));
        let store_line = ctx.words.t(
            "demo-store",
            &[
                ("db", s(ctx.db.display().to_string())),
                ("key", s(ctx.key_file.display().to_string())),
            ],
        );
        println!(
            "\n{store_line}\n{} --db {} person list",
            shell_quoted(&me.display().to_string()),
            shell_quoted(&ctx.db.display().to_string())
        );
    }
    Ok(())
}

/// `s` as one word for a POSIX shell: as it is when it holds only safe characters, else in single
/// quotes.
fn shell_quoted(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+:@%,".contains(&b))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// `tend check`: reads every page of the store and checks it (the apps run it in the background
/// at most daily; here it runs when asked, or with `--if-due` only when the last pass is a day old).
pub fn check(ctx: &Ctx, a: CheckArgs) -> Result<(), Error> {
    let store = ctx.open()?;
    let c = store.check_integrity(ctx.now, !a.if_due)?;
    let w = &ctx.words;
    ctx.print(&c, |c| match (c.ran, c.last_passed) {
        (true, _) => w.t("check-done", &[]),
        (false, Some(t)) => w.t("check-recent", &[("at", s(super::words::date_time(w, t, &ctx.tz)))]),
        (false, None) => w.t("check-not-run", &[]),
    })
}

#[derive(Args)]
pub struct CheckArgs {
    /// Only when the last pass is more than a day old (as the apps run it).
    #[arg(long)]
    pub if_due: bool,
}

/// `tend quarantine`: only for a store that cannot be used with its key (wrong key, damaged);
/// it is renamed, never deleted. A missing store is not created, and one that opens with its key,
/// is only unreadable for a permission, or was written by a newer Tend is left where it is.
pub fn quarantine(ctx: &Ctx) -> Result<(), Error> {
    let moved = match ctx.existing_key()? {
        Some(key) => tend_core::store::quarantine_unreadable(&ctx.db, &key, ctx.now)?,
        // Without its key nothing can open it: the key-loss case.
        None if ctx.db.is_file() => tend_core::store::quarantine(&ctx.db, ctx.now)?,
        None => {
            return Err(Error::NotFound {
                what: "database file",
                id: ctx.db.display().to_string(),
            });
        }
    };
    ctx.print(&serde_json::json!({ "quarantined": moved }), |_| {
        ctx.words
            .t("quarantine-moved", &[("path", s(moved.display().to_string()))])
    })
}
