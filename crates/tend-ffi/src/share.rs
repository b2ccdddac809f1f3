//! The live channel to partners (the `share` feature): Matrix, end-to-end encrypted. The open
//! store keeps one Matrix client for its life (built on the first call); every call talks to the
//! homeserver and returns, blocking on the network (at most two minutes), so shells call them off
//! the main thread (a worker, a background task). Only one process at a time uses the channel:
//! a call made while another process syncs the same store waits for it briefly.
//! What is sent and when is the core's: a shell calls `partner_sync` after logging an SOS, on a
//! background schedule, and when the Partner screen opens.

use chrono::Utc;
use tend_core::TendError;
use tend_core::share::PartnerLink;
use tend_core::share::matrix::{MatrixAccount, RevokeReport, SyncReport};

use crate::guard::tz;
use crate::store::TendStore;

#[uniffi::export]
impl TendStore {
    /// The connected Matrix account, or none.
    pub fn matrix_account(&self) -> Result<Option<MatrixAccount>, TendError> {
        self.call(|s| s.matrix_account())
    }

    /// Signs in to `homeserver` as `user` (a new device with a neutral name). A bad URL is
    /// `InvalidInput` ("homeserver"); a wrong password or an unreachable server is `Channel`.
    pub fn matrix_connect(
        &self,
        homeserver: String,
        user: String,
        password: String,
    ) -> Result<MatrixAccount, TendError> {
        let password = zeroize::Zeroizing::new(password);
        self.call(|s| s.matrix_connect(&homeserver, &user, &password, Utc::now()))
    }

    /// Signs this device out (best effort) and forgets the session and its stores; links and the
    /// inbox stay. True when the homeserver confirmed; false offline (the screen should say to
    /// remove the device from another client).
    pub fn matrix_disconnect(&self) -> Result<bool, TendError> {
        self.call(|s| s.matrix_disconnect())
    }

    /// Links a person (a possible partner) to their Matrix ID (`@name:server`, "matrix id").
    pub fn partner_link(&self, person_id: i64, matrix_id: String) -> Result<PartnerLink, TendError> {
        self.call(|s| s.matrix_link(person_id, &matrix_id, Utc::now()))
    }

    /// One round with the homeserver: messages in, invitations from linked partners accepted,
    /// device changes noticed, everything due (and consented) sent.
    pub fn partner_sync(&self, zone: String) -> Result<SyncReport, TendError> {
        self.call(|s| s.matrix_channel()?.sync(s, Utc::now(), tz(&zone)?))
    }

    /// Sends the weekly summary (`text` none; needs it shared) or the user's own words now.
    pub fn partner_send(&self, person_id: i64, text: Option<String>, zone: String) -> Result<SyncReport, TendError> {
        self.call(|s| s.matrix_send(person_id, text.as_deref(), Utc::now(), tz(&zone)?))
    }

    /// Stops sharing with a person (consents, link, waiting messages) and leaves every room Tend
    /// used with them; the report says how many were left now and how many on the next sync.
    /// Delivered messages cannot be recalled; the screen must say so.
    pub fn partner_revoke(&self, person_id: i64) -> Result<RevokeReport, TendError> {
        self.call(|s| s.matrix_revoke(person_id, Utc::now()))
    }

    /// Lets go of the store's Matrix client (the next channel call builds it again): for a shell
    /// going to the background.
    pub fn partner_release(&self) -> Result<(), TendError> {
        self.call(|s| {
            s.matrix_release();
            Ok(())
        })
    }
}
