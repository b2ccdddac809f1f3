//! Meeting sources: the public meeting lists Tend knows (a catalog shipped as a data file,
//! `catalog.json`, each entry saying where it was found) and the ones the user added by URL, with
//! what Tend last heard from each. A source in use fills the directory under the feed named by its
//! id; refreshing it (the `fetch` feature) keeps that list current.
//!
//! The rules a person would notice: on any failure the last good list stays and the source says
//! when it was last updated and why the refresh failed; an unchanged list (the server says so, or
//! its bytes hash the same) rewrites nothing; a BMLT server asked by area hears a grid cell, never
//! the user's position; a joined meeting a list drops stays the user's, marked no longer listed.

pub mod bmlt;
#[cfg(feature = "fetch")]
pub mod fetch;
#[cfg(feature = "fetch")]
mod refresh;

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::GeoPoint;
use crate::error::{Error, Result};
use crate::exchange::ImportReport;
use crate::messages::{Message, MessageId};
use crate::store::Store;
use crate::time::from_ms;

#[cfg(feature = "fetch")]
pub use refresh::{NewSource, RefreshOutcome, RefreshReport};

/// The catalog as shipped: a versioned data file, not code.
const CATALOG_JSON: &str = include_str!("catalog.json");

/// How a source publishes its meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A Meeting Guide JSON feed (the 12 Step Meeting List plugin, Code for Recovery sheets, a
    /// plain file).
    Tsml,
    /// A BMLT root server (NA), asked for one service body or one grid cell.
    Bmlt,
}

impl SourceKind {
    // Written only by a refresh (the `fetch` feature); the fuzz build reads without it.
    #[cfg_attr(not(feature = "fetch"), allow(dead_code))]
    fn as_str(self) -> &'static str {
        match self {
            SourceKind::Tsml => "tsml",
            SourceKind::Bmlt => "bmlt",
        }
    }
    fn parse(s: &str) -> SourceKind {
        if s == "bmlt" {
            SourceKind::Bmlt
        } else {
            SourceKind::Tsml
        }
    }
}

/// The area a source covers, as a box in degrees (west > east crosses the antimeridian).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SourceArea {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

impl SourceArea {
    /// Whether `p` lies inside.
    pub fn contains(&self, p: GeoPoint) -> bool {
        let lat = p.latitude >= self.south && p.latitude <= self.north;
        let lng = if self.west <= self.east {
            p.longitude >= self.west && p.longitude <= self.east
        } else {
            p.longitude >= self.west || p.longitude <= self.east
        };
        lat && lng
    }
}

/// Why the last refresh of a source failed. The shells word each for people (string keys
/// `meeting_source_failure_*`); the CLI uses [`FetchFailure::words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum FetchFailure {
    /// 401 or 403: the group keeps its list private (it needs a key Tend does not have).
    Private,
    /// 404 or 410: nothing at that address any more.
    NotFound,
    /// 5xx or 429: the server had a problem or is busy; trying later may work.
    ServerError,
    /// Another refusal (an unexpected status).
    Refused,
    /// The server stopped answering, or took longer than Tend waits.
    TimedOut,
    /// Larger than Tend reads (64 MB after gzip).
    TooBig,
    /// The connection ended before the whole list arrived.
    Truncated,
    /// Not offered over HTTPS, or redirected to a plain HTTP address.
    Insecure,
    /// No connection, or the address does not resolve.
    Unreachable,
    /// What came back is not a meeting list (a web page, not JSON, the wrong shape).
    NotAList,
}

impl FetchFailure {
    /// The storage name (also the JSON name).
    pub fn as_str(self) -> &'static str {
        match self {
            FetchFailure::Private => "private",
            FetchFailure::NotFound => "not_found",
            FetchFailure::ServerError => "server_error",
            FetchFailure::Refused => "refused",
            FetchFailure::TimedOut => "timed_out",
            FetchFailure::TooBig => "too_big",
            FetchFailure::Truncated => "truncated",
            FetchFailure::Insecure => "insecure",
            FetchFailure::Unreachable => "unreachable",
            FetchFailure::NotAList => "not_a_list",
        }
    }

    fn parse(s: &str) -> Option<FetchFailure> {
        [
            FetchFailure::Private,
            FetchFailure::NotFound,
            FetchFailure::ServerError,
            FetchFailure::Refused,
            FetchFailure::TimedOut,
            FetchFailure::TooBig,
            FetchFailure::Truncated,
            FetchFailure::Insecure,
            FetchFailure::Unreachable,
            FetchFailure::NotAList,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }

    /// The failure as a message, for the refusal of a list that cannot be added and for the
    /// reason a refresh failed (the phones also have their own words for the latter).
    pub fn message(self) -> Message {
        match self {
            FetchFailure::Private => MessageId::RefusalListPrivate.into(),
            FetchFailure::NotFound => MessageId::RefusalListNotFound.into(),
            FetchFailure::ServerError => MessageId::RefusalListServerError.into(),
            FetchFailure::Refused => MessageId::RefusalListRefused.into(),
            FetchFailure::TimedOut => MessageId::RefusalListTimedOut.into(),
            FetchFailure::TooBig => Message::new(MessageId::RefusalListTooBig).num("mb", 64),
            FetchFailure::Truncated => MessageId::RefusalListTruncated.into(),
            FetchFailure::Insecure => MessageId::RefusalListInsecure.into(),
            FetchFailure::Unreachable => MessageId::RefusalListUnreachable.into(),
            FetchFailure::NotAList => MessageId::RefusalListNotMeetings.into(),
        }
    }

    /// The failure in English, for logs and the CLI.
    pub fn words(self) -> String {
        self.message().render("en")
    }
}

/// What Tend last heard from a source in use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SourceStatus {
    pub added_at: DateTime<Utc>,
    /// The last attempt, whatever came of it.
    pub checked_at: Option<DateTime<Utc>>,
    /// The last time the list was read, or found unchanged: "updated 3 days ago".
    pub fetched_at: Option<DateTime<Utc>>,
    /// Why the last attempt failed; none after a success.
    pub failure: Option<FetchFailure>,
    /// The HTTP status of that failure, when the server gave one.
    pub failure_status: Option<u16>,
    /// How many meetings the directory holds from it (records, not slots).
    pub meetings: u64,
    /// For a BMLT source asked by area: the grid cell's centre it asks about.
    pub cell: Option<GeoPoint>,
}

/// A public meeting list: from the catalog, or added by the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeetingSource {
    /// Stable: the catalog's id, or "added-…"; also the directory feed its meetings are under.
    pub id: String,
    pub name: String,
    /// "AA", "NA", …
    pub fellowship: String,
    /// ISO 3166 country code, for catalog entries.
    pub country: Option<String>,
    /// The region in words ("New York City").
    pub region: Option<String>,
    pub area: Option<SourceArea>,
    pub kind: SourceKind,
    /// The feed (TSML) or the root server (BMLT).
    pub url: String,
    /// The group's own web page, when known.
    pub home: Option<String>,
    /// BMLT: the service body asked for.
    pub service: Option<i64>,
    /// The zone for records that name none.
    pub timezone: Option<String>,
    pub from_catalog: bool,
    /// Where the catalog found it, in one line.
    pub provenance: Option<String>,
    /// Present when the source is in use.
    pub status: Option<SourceStatus>,
}

#[derive(Debug, Deserialize)]
struct CatalogFile {
    version: u32,
    sources: Vec<CatalogEntry>,
}

#[derive(Debug, Deserialize)]
struct Provenance {
    listed_in: String,
    listed_as: String,
}

#[derive(Debug, Deserialize)]
struct CatalogEntry {
    id: String,
    name: String,
    fellowship: String,
    country: String,
    region: String,
    area: SourceArea,
    kind: SourceKind,
    url: String,
    home: Option<String>,
    service: Option<i64>,
    timezone: Option<String>,
    provenance: Provenance,
}

impl CatalogEntry {
    fn source(&self) -> MeetingSource {
        MeetingSource {
            id: self.id.clone(),
            name: self.name.clone(),
            fellowship: self.fellowship.clone(),
            country: Some(self.country.clone()),
            region: Some(self.region.clone()),
            area: Some(self.area),
            kind: self.kind,
            url: self.url.clone(),
            home: self.home.clone(),
            service: self.service,
            timezone: self.timezone.clone(),
            from_catalog: true,
            provenance: Some(format!(
                "{} (listed in {})",
                self.provenance.listed_as, self.provenance.listed_in
            )),
            status: None,
        }
    }
}

fn catalog_file() -> &'static CatalogFile {
    static CATALOG: OnceLock<CatalogFile> = OnceLock::new();
    // The file ships inside the binary and a test reads every entry, so the fallback (an empty
    // catalog) is never what a user sees; it only keeps a read from ever panicking.
    CATALOG.get_or_init(|| {
        serde_json::from_str(CATALOG_JSON).unwrap_or(CatalogFile {
            version: 0,
            sources: Vec::new(),
        })
    })
}

/// The catalog's version (bumped with each change to `catalog.json`).
pub fn catalog_version() -> u32 {
    catalog_file().version
}

/// Every catalog entry, as sources not in use.
pub fn catalog() -> Vec<MeetingSource> {
    catalog_file().sources.iter().map(CatalogEntry::source).collect()
}

/// Other names people type for a fellowship's short name.
const FELLOWSHIP_NAMES: &[(&str, &str)] = &[
    ("AA", "alcoholics anonymous"),
    ("NA", "narcotics anonymous"),
    ("CA", "cocaine anonymous"),
    ("OA", "overeaters anonymous"),
    ("Al-Anon", "al-anon family groups"),
    ("CoDA", "co-dependents anonymous"),
    ("SAA", "sex addicts anonymous"),
    ("ACA", "adult children of alcoholics"),
];

fn fellowship_matches(source: &str, wanted: &str) -> bool {
    let w = wanted.trim().to_lowercase();
    source.to_lowercase() == w
        || FELLOWSHIP_NAMES
            .iter()
            .any(|(code, name)| code.eq_ignore_ascii_case(source) && *name == w)
}

/// A source in use, as stored. Written only by a refresh (the `fetch` feature).
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "fetch"), allow(dead_code))]
pub(crate) struct Row {
    pub id: String,
    pub from_catalog: bool,
    pub name: String,
    pub fellowship: String,
    pub kind: SourceKind,
    pub url: String,
    pub service: Option<i64>,
    pub cell: Option<GeoPoint>,
    pub timezone: Option<String>,
    pub added_at: i64,
    pub checked_at: Option<i64>,
    pub fetched_at: Option<i64>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub sha256: Option<String>,
    pub failure: Option<String>,
    pub failure_status: Option<i64>,
}

const ROW_COLUMNS: &str = "id, from_catalog, name, fellowship, kind, url, service, cell_lat, cell_lng, timezone,
     added_at, checked_at, fetched_at, etag, last_modified, body_sha256, failure, failure_status";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let kind: String = r.get(4)?;
    let (la, lo): (Option<f64>, Option<f64>) = (r.get(7)?, r.get(8)?);
    Ok(Row {
        id: r.get(0)?,
        from_catalog: r.get(1)?,
        name: r.get(2)?,
        fellowship: r.get(3)?,
        kind: SourceKind::parse(&kind),
        url: r.get(5)?,
        service: r.get(6)?,
        cell: la.zip(lo).map(|(latitude, longitude)| GeoPoint { latitude, longitude }),
        timezone: r.get(9)?,
        added_at: r.get(10)?,
        checked_at: r.get(11)?,
        fetched_at: r.get(12)?,
        etag: r.get(13)?,
        last_modified: r.get(14)?,
        sha256: r.get(15)?,
        failure: r.get(16)?,
        failure_status: r.get(17)?,
    })
}

pub(crate) fn rows(c: &Connection) -> Result<Vec<Row>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM meeting_source ORDER BY added_at, id"
    ))?;
    Ok(st.query_map([], row)?.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn find_row(c: &Connection, id: &str) -> Result<Option<Row>> {
    Ok(c.query_row(
        &format!("SELECT {ROW_COLUMNS} FROM meeting_source WHERE id = ?1"),
        [id],
        row,
    )
    .optional()?)
}

/// Writes a source in use (its definition and state) as `r` says.
#[cfg_attr(not(feature = "fetch"), allow(dead_code))]
pub(crate) fn put_row(c: &Connection, r: &Row) -> Result<()> {
    c.execute(
        &format!(
            "INSERT OR REPLACE INTO meeting_source ({ROW_COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"
        ),
        params![
            r.id,
            r.from_catalog,
            r.name,
            r.fellowship,
            r.kind.as_str(),
            r.url,
            r.service,
            r.cell.map(|p| p.latitude),
            r.cell.map(|p| p.longitude),
            r.timezone,
            r.added_at,
            r.checked_at,
            r.fetched_at,
            r.etag,
            r.last_modified,
            r.sha256,
            r.failure,
            r.failure_status,
        ],
    )?;
    Ok(())
}

fn meetings_in(c: &Connection, feed: &str) -> Result<u64> {
    let n: i64 = c.query_row(
        "SELECT count(*) FROM directory_meeting m JOIN directory_feed f ON f.id = m.feed_id WHERE f.name = ?1",
        [feed],
        |r| r.get(0),
    )?;
    Ok(n.max(0) as u64)
}

fn status_of(c: &Connection, r: &Row) -> Result<SourceStatus> {
    Ok(SourceStatus {
        added_at: from_ms(r.added_at),
        checked_at: r.checked_at.map(from_ms),
        fetched_at: r.fetched_at.map(from_ms),
        failure: r.failure.as_deref().and_then(FetchFailure::parse),
        failure_status: r.failure_status.and_then(|s| u16::try_from(s).ok()),
        meetings: meetings_in(c, &r.id)?,
        cell: r.cell,
    })
}

fn source_of(c: &Connection, r: &Row) -> Result<MeetingSource> {
    let mut s = match catalog_file().sources.iter().find(|e| e.id == r.id && r.from_catalog) {
        Some(e) => e.source(),
        None => MeetingSource {
            id: r.id.clone(),
            name: r.name.clone(),
            fellowship: r.fellowship.clone(),
            country: None,
            region: None,
            area: None,
            kind: r.kind,
            url: r.url.clone(),
            home: None,
            service: r.service,
            timezone: r.timezone.clone(),
            from_catalog: r.from_catalog,
            provenance: None,
            status: None,
        },
    };
    // What a refresh asks is what was stored when the source was taken into use.
    s.url = r.url.clone();
    s.service = r.service;
    s.status = Some(status_of(c, r)?);
    Ok(s)
}

impl Store {
    /// The sources to offer: those in use first (with what Tend last heard from each), then the
    /// catalog's, by name. `near` keeps catalog entries whose area holds that point (the point is
    /// used here, on the device, and sent nowhere); `fellowship` keeps one fellowship ("AA",
    /// "Narcotics Anonymous").
    pub fn meeting_sources(&self, near: Option<GeoPoint>, fellowship: Option<&str>) -> Result<Vec<MeetingSource>> {
        let near = near.map(|p| GeoPoint::new(p.latitude, p.longitude)).transpose()?;
        let fellowship = crate::validate::text("fellowship", fellowship)?;
        self.read(|c| {
            let mut in_use: Vec<MeetingSource> = Vec::new();
            for r in rows(c)? {
                in_use.push(source_of(c, &r)?);
            }
            let mut offered: Vec<MeetingSource> = catalog()
                .into_iter()
                .filter(|s| !in_use.iter().any(|u| u.id == s.id))
                .filter(|s| match (near, s.area) {
                    (Some(p), Some(a)) => a.contains(p),
                    (Some(_), None) => false,
                    (None, _) => true,
                })
                .collect();
            offered.sort_by_key(|s| s.name.to_lowercase());
            in_use.retain(|s| match (near, s.area) {
                // The user's own sources have no area: they are always theirs to see.
                (Some(p), Some(a)) => a.contains(p),
                _ => true,
            });
            in_use.extend(offered);
            if let Some(f) = &fellowship {
                in_use.retain(|s| fellowship_matches(&s.fellowship, f));
            }
            Ok(in_use)
        })
    }

    /// One source, in use or from the catalog.
    pub fn meeting_source(&self, id: &str) -> Result<MeetingSource> {
        self.read(|c| match find_row(c, id)? {
            Some(r) => source_of(c, &r),
            None => catalog()
                .into_iter()
                .find(|s| s.id == id)
                .ok_or_else(|| Error::not_found("meeting source", id)),
        })
    }

    /// Stops using a source: its meetings leave the directory, and the groups the user joined
    /// from it stay theirs, marked no longer listed. One transaction.
    pub fn remove_meeting_source(&self, id: &str, now: DateTime<Utc>) -> Result<ImportReport> {
        if self.read(|c| find_row(c, id))?.is_none() {
            return Err(Error::not_found("meeting source", id));
        }
        // An empty list read as the source's feed does exactly what a list that dropped every
        // meeting does, joined groups included.
        self.import_directory_then(id, &b"[]"[..], None, now, &mut |_| {}, &mut |tx, _| {
            tx.execute("DELETE FROM meeting_source WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_entry_is_usable_and_says_where_it_came_from() {
        let file = catalog_file();
        assert!(file.version >= 1);
        assert!(file.sources.len() >= 10, "{}", file.sources.len());
        let mut ids: Vec<&str> = file.sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), file.sources.len(), "ids are unique");
        for s in &file.sources {
            assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
            assert!(!s.id.starts_with("added-"), "{}", s.id);
            assert!(s.area.south < s.area.north, "{}", s.id);
            assert!(s.area.south >= -90.0 && s.area.north <= 90.0, "{}", s.id);
            if let Some(z) = &s.timezone {
                assert!(z.parse::<chrono_tz::Tz>().is_ok(), "{}: {z}", s.id);
            }
            assert!(
                !s.provenance.listed_in.is_empty() && !s.provenance.listed_as.is_empty(),
                "{}",
                s.id
            );
            assert_eq!(
                s.kind == SourceKind::Bmlt,
                s.fellowship == "NA" && s.home.is_none(),
                "{}",
                s.id
            );
        }
    }

    #[test]
    fn areas_hold_their_places() {
        let nyc = GeoPoint {
            latitude: 40.71,
            longitude: -74.01,
        };
        let near: Vec<String> = catalog()
            .into_iter()
            .filter(|s| s.area.is_some_and(|a| a.contains(nyc)))
            .map(|s| s.id)
            .collect();
        assert!(near.contains(&"aa-new-york".to_string()), "{near:?}");
        assert!(near.contains(&"na-greater-new-york".to_string()), "{near:?}");
        assert!(!near.contains(&"aa-toronto".to_string()), "{near:?}");
        let across = SourceArea {
            south: -50.0,
            west: 170.0,
            north: -30.0,
            east: -170.0,
        };
        assert!(across.contains(GeoPoint {
            latitude: -40.0,
            longitude: 179.0
        }));
        assert!(!across.contains(GeoPoint {
            latitude: -40.0,
            longitude: 0.0
        }));
        assert!(fellowship_matches("NA", "narcotics anonymous"));
        assert!(fellowship_matches("AA", "aa"));
        assert!(!fellowship_matches("AA", "NA"));
        assert_eq!(FetchFailure::parse("private"), Some(FetchFailure::Private));
    }
}
