//! What every command needs: where the store and its key live, the user's zone, `now`, and how
//! to print (human text or `--json`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use tend_core::{Error, KEY_LEN, Store};
use zeroize::Zeroizing;

/// Global options, resolved.
pub struct Ctx {
    pub db: PathBuf,
    pub key_file: PathBuf,
    pub json: bool,
    pub tz: Tz,
    pub now: DateTime<Utc>,
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
    ) -> Result<Ctx, Error> {
        let db = match db {
            Some(p) => p,
            None => dirs::data_dir()
                .ok_or_else(|| Error::InvalidInput {
                    field: "db".into(),
                    reason: "no data directory on this system; pass --db PATH".into(),
                })?
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
                .map_err(|_| Error::InvalidInput {
                    field: "now".into(),
                    reason: "expected an RFC 3339 time like 2026-11-25T20:00:00Z".into(),
                })?
                .with_timezone(&Utc),
            None => Utc::now(),
        };
        Ok(Ctx {
            db,
            key_file,
            json,
            tz,
            now,
        })
    }

    /// Opens the store, creating it (and its key file, mode 0600) when neither exists yet.
    pub fn open(&self) -> Result<Store, Error> {
        let key = load_or_create_key(&self.db, &self.key_file)?;
        Store::open(&self.db, &key)
    }

    /// Prints `value` as JSON with `--json`, else runs `human`.
    pub fn print<T: Serialize>(&self, value: &T, human: impl FnOnce(&T) -> String) -> Result<(), Error> {
        let text = if self.json {
            serde_json::to_string_pretty(value).map_err(|e| Error::Io(std::io::Error::other(e)))?
        } else {
            human(value)
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

/// Reads the 32-byte key (64 hex digits) or, for a brand-new store, creates it with mode 0600.
/// An existing database never gets a new key: that would lock the user out of their data.
fn load_or_create_key(db: &Path, key_file: &Path) -> Result<Zeroizing<Vec<u8>>, Error> {
    match fs::read_to_string(key_file).map(Zeroizing::new) {
        Ok(text) => parse_key(text.trim()).ok_or_else(|| Error::InvalidInput {
            field: "key file".into(),
            reason: format!("{} must hold {} hex digits", key_file.display(), KEY_LEN * 2),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if db.exists() {
                return Err(Error::CannotOpen {
                    path: db.display().to_string(),
                    reason: format!("its key file {} is missing (pass --key-file)", key_file.display()),
                });
            }
            if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir)?;
            }
            if let Some(dir) = key_file.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir)?;
            }
            let mut key = Zeroizing::new(vec![0u8; KEY_LEN]);
            getrandom::fill(&mut key).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
            write_private(key_file, &tend_core::store::key_hex(&key))?;
            Ok(key)
        }
        Err(e) => Err(e.into()),
    }
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

fn write_private(path: &Path, text: &str) -> Result<(), Error> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(())
}
