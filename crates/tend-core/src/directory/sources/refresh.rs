//! Refreshing a source (the `fetch` feature): ask its server for the list, and read it into the
//! directory only when it changed. The list and what Tend records about it (validators, hash,
//! when) are written in one transaction; a failure writes only when and why, and the last good
//! list stays as it was.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use url::Url;

use super::bmlt::{self, Query};
use super::fetch::{self, Body, Failed, FetchLimits, Fetched, Validators};
use super::{FetchFailure, MeetingSource, Row, SourceKind, find_row, put_row, rows};
use crate::directory::GeoPoint;
use crate::error::{Error, Result};
use crate::exchange::ImportReport;
use crate::messages::{Message, MessageId};
use crate::store::Store;
use crate::time::to_ms;
use crate::validate;

/// What came of one refresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RefreshOutcome {
    /// The list changed and the directory now holds the new one.
    Updated,
    /// The server said the list is as it was, or it hashed the same: nothing was rewritten.
    Unchanged,
    /// The refresh failed; the last good list stays.
    Failed,
}

/// One source's refresh, for the screen and the CLI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct RefreshReport {
    pub source_id: String,
    pub outcome: RefreshOutcome,
    /// What the import did, when the list changed.
    pub import: Option<ImportReport>,
    /// Why it failed.
    pub failure: Option<FetchFailure>,
    pub failure_status: Option<u16>,
    /// When the list was last read or found unchanged (this refresh, unless it failed).
    pub fetched_at: Option<DateTime<Utc>>,
}

/// A source the user adds: a TSML site's home page or feed address, or a BMLT root server with a
/// service body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NewSource {
    /// The feed or the site's home page (its feed is found from the page's `link` tag); for BMLT,
    /// the root server.
    pub url: String,
    /// With a BMLT root: the service body to ask for.
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub bmlt_service: Option<i64>,
    /// The name to show [default: the site's host name].
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub name: Option<String>,
    /// [default: "AA" for a feed, "NA" for BMLT].
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub fellowship: Option<String>,
    /// The zone for records that name none (IANA).
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub timezone: Option<String>,
}

fn parse_url(field: &str, s: &str) -> Result<Url> {
    let u = Url::parse(s.trim()).map_err(|_| Error::invalid(field, MessageId::RefusalUrl))?;
    if !fetch::allowed(&u) {
        return Err(Error::invalid(field, MessageId::RefusalUrlHttps));
    }
    Ok(u)
}

/// A BMLT list asked by area needs a place: only its grid cell (about 50 km across) is sent.
fn needs_place() -> Message {
    Message::new(MessageId::RefusalListNeedsPlace).num("km", 50)
}

fn zone(row: &Row) -> Option<Tz> {
    row.timezone.as_deref().and_then(|z| z.parse().ok())
}

/// What one refresh of `row` asks for.
fn target(row: &Row) -> Result<Url> {
    let s = match (row.kind, row.service, row.cell) {
        (SourceKind::Tsml, _, _) => row.url.clone(),
        (SourceKind::Bmlt, Some(id), _) => bmlt::search_url(&row.url, Query::Service(id)),
        (SourceKind::Bmlt, None, Some(cell)) => bmlt::search_url(&row.url, Query::Cell(cell)),
        (SourceKind::Bmlt, None, None) => {
            return Err(Error::invalid("near", needs_place()));
        }
    };
    parse_url("url", &s)
}

/// The list `body` holds as Meeting Guide JSON: a TSML feed as it came, a BMLT answer rewritten.
fn as_meeting_guide(kind: SourceKind, body: Box<Body>) -> std::result::Result<Vec<u8>, FetchFailure> {
    if fetch::is_html(&body) {
        return Err(FetchFailure::NotAList);
    }
    match kind {
        SourceKind::Tsml => Ok(body.bytes),
        SourceKind::Bmlt => {
            let v: serde_json::Value = serde_json::from_slice(&body.bytes).map_err(|_| FetchFailure::NotAList)?;
            let recs = bmlt::records(&v).ok_or(FetchFailure::NotAList)?;
            let out: Vec<serde_json::Value> = recs.iter().map(bmlt::to_meeting_guide).collect();
            serde_json::to_vec(&out).map_err(|_| FetchFailure::NotAList)
        }
    }
}

/// A failed import of what came back: the feed was not a list. Anything else is the store's.
fn not_a_list(e: &Error) -> bool {
    matches!(e, Error::InvalidInput { field, .. } if field == "feed")
}

impl Store {
    fn refresh_row(
        &self,
        mut row: Row,
        fresh: bool,
        now: DateTime<Utc>,
        limits: &FetchLimits,
    ) -> Result<RefreshReport> {
        let url = target(&row)?;
        let validators = Validators {
            etag: row.etag.clone(),
            last_modified: row.last_modified.clone(),
        };
        row.checked_at = Some(to_ms(now));
        let report = |row: &Row, outcome, import, failed: Option<Failed>| RefreshReport {
            source_id: row.id.clone(),
            outcome,
            import,
            failure: failed.map(|f| f.failure),
            failure_status: failed.and_then(|f| f.status),
            fetched_at: row.fetched_at.map(crate::time::from_ms),
        };
        let failed = |store: &Store, mut row: Row, f: Failed| -> Result<RefreshReport> {
            row.failure = Some(f.failure.as_str().to_string());
            row.failure_status = f.status.map(i64::from);
            store.write(|tx| put_row(tx, &row))?;
            Ok(report(&row, RefreshOutcome::Failed, None, Some(f)))
        };
        let unchanged = |store: &Store, mut row: Row| -> Result<RefreshReport> {
            row.fetched_at = Some(to_ms(now));
            row.failure = None;
            row.failure_status = None;
            store.write(|tx| put_row(tx, &row))?;
            Ok(report(&row, RefreshOutcome::Unchanged, None, None))
        };
        let body = match fetch::get(&url, &validators, limits) {
            Err(f) => return failed(self, row, f),
            Ok(Fetched::NotModified) if !fresh => return unchanged(self, row),
            // A 304 for a list Tend does not hold (validators without a copy) is not an answer.
            Ok(Fetched::NotModified) => {
                return failed(
                    self,
                    row,
                    Failed {
                        failure: FetchFailure::Refused,
                        status: Some(304),
                    },
                );
            }
            Ok(Fetched::Body(b)) => b,
        };
        if !fresh && row.sha256.as_deref() == Some(body.sha256.as_str()) {
            row.etag = body.validators.etag.clone();
            row.last_modified = body.validators.last_modified.clone();
            return unchanged(self, row);
        }
        let (sha, validators) = (body.sha256.clone(), body.validators.clone());
        let list = match as_meeting_guide(row.kind, body) {
            Ok(l) => l,
            Err(f) => {
                return failed(
                    self,
                    row,
                    Failed {
                        failure: f,
                        status: None,
                    },
                );
            }
        };
        row.fetched_at = Some(to_ms(now));
        row.etag = validators.etag;
        row.last_modified = validators.last_modified;
        row.sha256 = Some(sha);
        row.failure = None;
        row.failure_status = None;
        let imported = self.import_directory_then(&row.id, &list[..], zone(&row), now, &mut |_| {}, &mut |tx, _| {
            put_row(tx, &row)
        });
        match imported {
            Ok(r) => Ok(report(&row, RefreshOutcome::Updated, Some(r), None)),
            Err(e) if not_a_list(&e) => {
                // The import rolled back: the stored row (and list) are the last good ones.
                let mut old = self.read(|c| find_row(c, &row.id))?.unwrap_or(row);
                old.checked_at = Some(to_ms(now));
                failed(
                    self,
                    old,
                    Failed {
                        failure: FetchFailure::NotAList,
                        status: None,
                    },
                )
            }
            Err(e) => Err(e),
        }
    }

    /// Refreshes source `id`: one in use, or a catalog entry, which this takes into use. A BMLT
    /// catalog entry is asked by area: `near` picks the grid cell (only the cell's centre is kept
    /// and sent). A failure is a report, not an error: the last good list stays.
    pub fn refresh_meeting_source(
        &self,
        id: &str,
        near: Option<GeoPoint>,
        now: DateTime<Utc>,
        limits: &FetchLimits,
    ) -> Result<RefreshReport> {
        let near = near.map(|p| GeoPoint::new(p.latitude, p.longitude)).transpose()?;
        let (row, fresh) = match self.read(|c| find_row(c, id))? {
            Some(mut r) => {
                if let (SourceKind::Bmlt, None, Some(p)) = (r.kind, r.service, near) {
                    r.cell = Some(bmlt::cell_of(p));
                }
                (r, false)
            }
            None => {
                let s: MeetingSource = super::catalog()
                    .into_iter()
                    .find(|s| s.id == id)
                    .ok_or_else(|| Error::not_found("meeting source", id))?;
                let cell = match (s.kind, s.service, near) {
                    (SourceKind::Bmlt, None, None) => {
                        return Err(Error::invalid("near", needs_place()));
                    }
                    (SourceKind::Bmlt, None, Some(p)) => Some(bmlt::cell_of(p)),
                    _ => None,
                };
                let row = Row {
                    id: s.id,
                    from_catalog: true,
                    name: s.name,
                    fellowship: s.fellowship,
                    kind: s.kind,
                    url: s.url,
                    service: s.service,
                    cell,
                    timezone: s.timezone,
                    added_at: to_ms(now),
                    checked_at: None,
                    fetched_at: None,
                    etag: None,
                    last_modified: None,
                    sha256: None,
                    failure: None,
                    failure_status: None,
                };
                self.write(|tx| put_row(tx, &row))?;
                (row, true)
            }
        };
        self.refresh_row(row, fresh, now, limits)
    }

    /// Refreshes every source in use, one after another (each bounded by `limits`).
    pub fn refresh_meeting_sources(&self, now: DateTime<Utc>, limits: &FetchLimits) -> Result<Vec<RefreshReport>> {
        let all = self.read(rows)?;
        let mut out = Vec::with_capacity(all.len());
        for r in all {
            out.push(self.refresh_row(r, false, now, limits)?);
        }
        Ok(out)
    }

    /// Adds a source by address and reads its list. A TSML site's home page is enough: its feed
    /// is found from the page's `<link rel="alternate" type="application/json">`. Nothing is kept
    /// when the list cannot be had: the error says why in plain words (field "url").
    pub fn add_meeting_source(
        &self,
        input: &NewSource,
        now: DateTime<Utc>,
        limits: &FetchLimits,
    ) -> Result<(MeetingSource, RefreshReport)> {
        let url = parse_url("url", &input.url)?;
        let timezone = input
            .timezone
            .as_deref()
            .map(|z| crate::time::parse_zone("timezone", z).map(|t| t.name().to_string()))
            .transpose()?;
        let name = validate::text("name", input.name.as_deref())?;
        let fellowship = validate::text("fellowship", input.fellowship.as_deref())?;
        let host = url.host_str().unwrap_or("source").to_ascii_lowercase();
        let why = |f: Failed| Error::invalid("url", f.failure.message());
        let (kind, feed_url, body) = match input.bmlt_service {
            Some(service) => {
                validate::range("service", service, 1, i64::MAX)?;
                let q = parse_url("url", &bmlt::search_url(url.as_str(), Query::Service(service)))?;
                match fetch::get(&q, &Validators::default(), limits).map_err(why)? {
                    Fetched::Body(b) => (SourceKind::Bmlt, url.clone(), b),
                    Fetched::NotModified => return Err(Error::invalid("url", FetchFailure::Refused.message())),
                }
            }
            None => {
                let first = match fetch::get(&url, &Validators::default(), limits).map_err(why)? {
                    Fetched::Body(b) => b,
                    Fetched::NotModified => return Err(Error::invalid("url", FetchFailure::Refused.message())),
                };
                if fetch::is_html(&first) {
                    let feed = fetch::discover_feed(&first.bytes, &first.url)
                        .ok_or_else(|| Error::invalid("url", MessageId::RefusalListNoFeed))?;
                    if !fetch::allowed(&feed) {
                        return Err(Error::invalid("url", FetchFailure::Insecure.message()));
                    }
                    match fetch::get(&feed, &Validators::default(), limits).map_err(why)? {
                        Fetched::Body(b) => (SourceKind::Tsml, feed, b),
                        Fetched::NotModified => return Err(Error::invalid("url", FetchFailure::Refused.message())),
                    }
                } else {
                    (SourceKind::Tsml, url.clone(), first)
                }
            }
        };
        let base = match input.bmlt_service {
            Some(s) => format!("added-{host}-{s}"),
            None => format!("added-{host}"),
        };
        let existing = self.read(rows)?;
        if existing
            .iter()
            .any(|r| r.url == feed_url.as_str() && r.service == input.bmlt_service)
        {
            return Err(Error::conflict("meeting source", MessageId::RefusalListInUse));
        }
        let id = (1..1000)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !existing.iter().any(|r| &r.id == id))
            .ok_or_else(|| Error::invalid("url", MessageId::RefusalListTooMany))?;
        let (sha, validators) = (body.sha256.clone(), body.validators.clone());
        let list = as_meeting_guide(kind, body).map_err(|f| Error::invalid("url", f.message()))?;
        let row = Row {
            id: id.clone(),
            from_catalog: false,
            name: name.unwrap_or_else(|| host.clone()),
            fellowship: fellowship.unwrap_or_else(|| if kind == SourceKind::Bmlt { "NA" } else { "AA" }.into()),
            kind,
            url: feed_url.to_string(),
            service: input.bmlt_service,
            cell: None,
            timezone,
            added_at: to_ms(now),
            checked_at: Some(to_ms(now)),
            fetched_at: Some(to_ms(now)),
            etag: validators.etag,
            last_modified: validators.last_modified,
            sha256: Some(sha),
            failure: None,
            failure_status: None,
        };
        let import = self
            .import_directory_then(&id, &list[..], zone(&row), now, &mut |_| {}, &mut |tx, _| {
                put_row(tx, &row)
            })
            .map_err(|e| {
                if not_a_list(&e) {
                    Error::invalid("url", FetchFailure::NotAList.message())
                } else {
                    e
                }
            })?;
        let source = self.meeting_source(&id)?;
        let report = RefreshReport {
            source_id: id,
            outcome: RefreshOutcome::Updated,
            import: Some(import),
            failure: None,
            failure_status: None,
            fetched_at: Some(now),
        };
        Ok((source, report))
    }
}
