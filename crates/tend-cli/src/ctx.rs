//! What every command needs: where the store and its key live, the user's zone, `now`, and how
//! to print (human text or `--json`).

use std::cell::RefCell;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use tend_core::messages::{Message, MessageId};
use tend_core::{Error, KEY_LEN, Store};
use zeroize::Zeroizing;

/// Global options, resolved.
pub struct Ctx {
    pub db: PathBuf,
    pub key_file: PathBuf,
    pub json: bool,
    pub tz: Tz,
    pub now: DateTime<Utc>,
    /// Everything printed for a person, in their language.
    pub words: crate::l10n::Words,
    /// What this run created on disk (folders, key file, database), in creation order, so a
    /// command that fails leaves nothing behind: bad input on a new path creates nothing.
    created: RefCell<Vec<PathBuf>>,
}

impl Ctx {
    /// Resolves the global options. `db` defaults to the platform data directory; the key file
    /// defaults to `tend.key` beside the database.
    pub fn new(
        db: Option<PathBuf>,
        key_file: Option<PathBuf>,
        json: bool,
        tz: Option<&str>,
        now: Option<&str>,
        lang: Option<&str>,
    ) -> Result<Ctx, Error> {
        let db = match db {
            Some(p) => p,
            None => dirs::data_dir()
                .ok_or_else(|| Error::invalid("db", MessageId::RefusalNoDataFolder))?
                .join("tend")
                .join("tend.db"),
        };
        let key_file = key_file.unwrap_or_else(|| default_key_file(&db));
        let tz = match tz {
            Some(z) => tend_core::time::parse_zone("tz", z)?,
            None => device_zone(),
        };
        let now = match now {
            Some(s) => DateTime::parse_from_rfc3339(s.trim())
                .map_err(|_| {
                    Error::invalid(
                        "now",
                        Message::new(MessageId::RefusalRfc3339).text("example", "2026-11-25T20:00:00Z"),
                    )
                })?
                .with_timezone(&Utc),
            None => Utc::now(),
        };
        // Every record made "now" takes its local date from it: one Tend could not read back
        // (or restore from a backup) is refused here.
        let now = tend_core::time::check_clock("now", now)?;
        Ok(Ctx {
            db,
            key_file,
            json,
            tz,
            now,
            words: crate::l10n::Words::new(&crate::l10n::locale_from_env(lang)),
            created: RefCell::new(Vec::new()),
        })
    }

    /// Opens the store, creating it (its folder 0700, its key file and database 0600) when
    /// neither exists yet.
    pub fn open(&self) -> Result<Store, Error> {
        let (key, new) = self.load_or_create_key()?;
        if new {
            // This run made the key, so the database is ours to create (a concurrent first run
            // that lost the key race never claims it, and never removes it).
            self.created.borrow_mut().push(self.db.clone());
        }
        Store::open(&self.db, &key)
    }

    /// The store's key without creating anything: `None` when the key file is missing.
    pub fn existing_key(&self) -> Result<Option<Zeroizing<Vec<u8>>>, Error> {
        match fs::read_to_string(&self.key_file).map(Zeroizing::new) {
            Ok(text) => parse_key(text.trim()).map(Some).ok_or_else(bad_key_file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes what this run created (see `created`), newest first. Called when a command
    /// failed, after its store was closed; a store that existed before is never touched.
    pub fn undo_creation(&self) {
        let created = std::mem::take(&mut *self.created.borrow_mut());
        for p in created.iter().rev() {
            if p == &self.db {
                for f in tend_core::store::files::database_files(p) {
                    let _ = fs::remove_file(f);
                }
            } else if p.is_dir() {
                let _ = fs::remove_dir(p);
            } else {
                let _ = fs::remove_file(p);
            }
        }
    }

    /// Reads the 32-byte key (64 hex digits) or, for a brand-new store, creates it with mode
    /// 0600. An existing database never gets a new key: that would lock the user out of their
    /// data. Several first runs at once agree on one key: it appears whole, atomically, and the
    /// runs that lose the race read the winner's.
    fn load_or_create_key(&self) -> Result<(Zeroizing<Vec<u8>>, bool), Error> {
        let (db, key_file) = (&self.db, &self.key_file);
        if let Some(key) = self.existing_key()? {
            return Ok((key, false));
        }
        if db.exists() {
            // A concurrent first run creates the key before the database: look once more.
            if let Some(key) = self.existing_key()? {
                return Ok((key, false));
            }
            return Err(Error::CannotOpen {
                path: db.display().to_string(),
                reason: format!("its key file {} is missing (pass --key-file)", key_file.display()),
            });
        }
        for dir in [db.parent(), key_file.parent()].into_iter().flatten() {
            let made = tend_core::store::files::create_private_dirs(dir)?;
            self.created.borrow_mut().extend(made);
        }
        let mut key = Zeroizing::new(vec![0u8; KEY_LEN]);
        getrandom::fill(&mut key).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        if tend_core::store::files::create_private(key_file, tend_core::store::key_hex(&key).as_bytes())? {
            self.created.borrow_mut().push(key_file.clone());
            Ok((key, true))
        } else {
            Ok((self.existing_key()?.ok_or_else(bad_key_file)?, false))
        }
    }

    /// Prints `value` as JSON with `--json`, else runs `human`.
    pub fn print<T: Serialize>(&self, value: &T, human: impl FnOnce(&T) -> String) -> Result<(), Error> {
        let text = if self.json {
            serde_json::to_string_pretty(value).map_err(|e| Error::Io(std::io::Error::other(e)))?
        } else {
            printable(&human(value))
        };
        let mut out = std::io::stdout().lock();
        // A closed pipe (`tend … | head`) is not an error worth a message.
        let _ = writeln!(out, "{}", text.trim_end());
        Ok(())
    }
}

/// `tend.key` beside the database file.
pub fn default_key_file(db: &Path) -> PathBuf {
    db.with_file_name(match db.file_stem() {
        Some(stem) => format!("{}.key", stem.to_string_lossy()),
        None => "tend.key".to_string(),
    })
}

/// The device's IANA zone, or UTC when it cannot be read (said on stderr, never silently).
fn device_zone() -> Tz {
    if let Ok(z) = std::env::var("TZ")
        && let Ok(tz) = z.trim_start_matches(':').parse::<Tz>()
    {
        return tz;
    }
    match iana_time_zone::get_timezone().ok().and_then(|z| z.parse::<Tz>().ok()) {
        Some(tz) => tz,
        None => {
            eprintln!("tend: could not read this device's time zone; using UTC (pass --tz ZONE)");
            Tz::UTC
        }
    }
}

/// A key file that is not the key: how many hex digits it must hold (never its path, which can
/// hold the user's name).
fn bad_key_file() -> Error {
    Error::invalid(
        "key file",
        Message::new(MessageId::RefusalKeyFileHex).num("digits", (KEY_LEN * 2) as i64),
    )
}

fn parse_key(hex: &str) -> Option<Zeroizing<Vec<u8>>> {
    if hex.len() != KEY_LEN * 2 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..KEY_LEN)
        .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()
        .map(Zeroizing::new)
}

/// `text` safe for a terminal: every control character but the line break (escape sequences,
/// carriage returns, C1 controls) and every bidirectional embedding, override and isolate
/// (U+202A–U+202E, U+2066–U+2069: they can make a partner's message read backwards, or a name
/// look like another) is shown as `\u{…}` rather than sent raw. Stored values never hold the
/// controls (the rules refuse them), but a partner's message or another program's store might.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n') || bidi {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}
