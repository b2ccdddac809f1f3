//! Public meeting lists (the `fetch` feature, on with `share` in the phone library): which lists
//! to offer, and fetching them. The fetching calls block on the network (bounded: at most about
//! a minute and a half each), so shells call them off the main thread — a worker, a background
//! task — as they do the partner channel.

use chrono::Utc;
use tend_core::TendError;
use tend_core::directory::GeoPoint;
use tend_core::directory::sources::fetch::FetchLimits;
use tend_core::directory::sources::{MeetingSource, NewSource, RefreshReport};
use tend_core::exchange::ImportReport;

use crate::store::TendStore;

/// What the phone's "Find a meeting" offers after an add: the source and its first read.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AddedSource {
    pub source: MeetingSource,
    pub refresh: RefreshReport,
}

#[uniffi::export]
impl TendStore {
    /// The lists to offer: those in use first (with "updated …" and the last failure), then the
    /// catalog's whose area holds `near` (used on the phone, never sent), of `fellowship` if given.
    pub fn meeting_sources(
        &self,
        near: Option<GeoPoint>,
        fellowship: Option<String>,
    ) -> Result<Vec<MeetingSource>, TendError> {
        self.call(|s| s.meeting_sources(near, fellowship.as_deref()))
    }

    /// Fetches one list (a catalog id takes it into use; an NA list is asked by area, for which
    /// `near` gives the place: only its ~50 km grid cell is sent). A failure is in the report and
    /// the last good list stays; bad input is `InvalidInput`.
    pub fn refresh_meeting_source(&self, id: String, near: Option<GeoPoint>) -> Result<RefreshReport, TendError> {
        self.call(|s| s.refresh_meeting_source(&id, near, Utc::now(), &FetchLimits::default()))
    }

    /// Fetches every list in use, one after another: the background job's and pull-to-refresh's call.
    pub fn refresh_meeting_sources(&self) -> Result<Vec<RefreshReport>, TendError> {
        self.call(|s| s.refresh_meeting_sources(Utc::now(), &FetchLimits::default()))
    }

    /// Adds a list by address (a feed, a TSML site's home page, or a BMLT root with
    /// `bmlt_service`) and reads it. When it cannot be had, `InvalidInput` ("url") says why in
    /// plain words and nothing is kept.
    pub fn add_meeting_source(&self, input: NewSource) -> Result<AddedSource, TendError> {
        self.call(|s| s.add_meeting_source(&input, Utc::now(), &FetchLimits::default()))
            .map(|(source, refresh)| AddedSource { source, refresh })
    }

    /// Stops using a list: its meetings leave the directory; joined groups stay, no longer listed.
    pub fn remove_meeting_source(&self, id: String) -> Result<ImportReport, TendError> {
        self.call(|s| s.remove_meeting_source(&id, Utc::now()))
    }
}
