//! `tend demo`: a realistic example store, then its Today. And `tend quarantine`, for the other
//! end of a store's life: one that can no longer be opened.

use std::path::PathBuf;

use clap::Args;
use tend_core::Error;

use crate::ctx::Ctx;

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
        return Err(Error::InvalidInput {
            field: "db".into(),
            reason: "the demo writes into an empty store only; pass --db with a new path".into(),
        });
    }
    tend_core::demo::seed(&store, ctx.now, ctx.tz)?;
    super::views::today_with(ctx, &store)?;
    if !ctx.json {
        println!(
            "\nDemo store: {} (key {}). Explore it with: tend --db {} person list",
            ctx.db.display(),
            ctx.key_file.display(),
            ctx.db.display()
        );
    }
    Ok(())
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
        format!(
            "Moved the unreadable store to {}. Nothing was deleted; the next command starts a new store \
             (tend export --salvage FILE --db {} saves what can still be read).",
            moved.display(),
            moved.display()
        )
    })
}
