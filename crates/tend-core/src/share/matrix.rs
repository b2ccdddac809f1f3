//! The live channel to partners: Matrix, end-to-end encrypted (Olm/Megolm, by matrix-sdk).
//!
//! This module only carries: what goes out is exactly the outbox that
//! [`Store::queue_due_shares`] and [`Store::queue_share`] fill (consent re-checked there), and
//! what comes in is stored by [`Store::record_received`]. Every message is sent into an
//! encrypted room whose members are exactly the user and the partner, as a readable `m.notice`
//! (any Matrix client shows it) with a structured `org.tend.share` payload; nothing is sent into
//! a room that is not encrypted, that anyone else has joined or been invited to, or before the
//! partner has joined (their devices must exist to receive the room keys). Only messages
//! decrypted from the linked partner's own devices reach the inbox. Strangers' invitations are
//! declined.
//!
//! One partner's trouble (their server unreachable, a room gone wrong) never stops another's
//! messages: each partner and each outbox item succeeds or fails on its own, and the report says
//! which.
//!
//! Matrix's state and crypto stores live in `<db>.matrix/`, encrypted by matrix-sdk-sqlite with
//! a passphrase derived from the store key; the session token lives in the encrypted store.
//! One client per open [`Store`], kept for its life; a lock file in that folder lets only one
//! process at a time use the Matrix stores (a second waits briefly), and a client whose stores
//! another process used since is rebuilt from disk, so two clients never disagree about the
//! encryption sessions.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::Path;
use std::sync::MutexGuard;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::deserialized_responses::{TimelineEvent, VerificationLevel, VerificationState};
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::{OwnedUserId, RoomId, UInt, UserId};
use matrix_sdk::{Client, Room, RoomMemberships, RoomState, SessionMeta, SessionTokens};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::channel::{LinkState, Origin, Verdict, bounded_body, others_in_room, partner_id_problem, verdict};
use super::{Outgoing, PartnerLink, Received};
use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};
use crate::model::{PersonRef, ShareKind};
use crate::store::Store;
use crate::store::files::{create_private_dirs, files_under, matrix_dir, restrict_to_owner};
use crate::time::{from_ms, to_ms};

/// The key in each message's content that carries Tend's structured payload.
pub const PAYLOAD_KEY: &str = "org.tend.share";
/// The name this device shows in the user's session list, and to anyone on the homeserver who
/// looks: it must not say that the user uses a recovery app.
pub const DEVICE_NAME: &str = "Phone";
/// The longest any one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest a whole call (login, sync, send) may take.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a call waits for another process's sync on the same store to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);
/// Timeline events per room in one sync; a room with more since the last sync is back-filled.
const TIMELINE_LIMIT: u32 = 20;
/// Back-filling stops after this many pages of [`PAGE`] events (a store offline for months
/// does not page through a whole history in one call).
const MAX_PAGES: usize = 50;
const PAGE: u32 = 50;
/// The lock file's name inside the Matrix folder; it holds a counter each user bumps.
const LOCK_FILE: &str = "tend-channel.lock";

/// The user's Matrix account, as the user sees it (the token stays inside the store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MatrixAccount {
    pub homeserver: String,
    pub user_id: String,
    pub device_id: String,
    pub connected_at: DateTime<Utc>,
}

/// Outbox items that could not go to one partner because someone else is in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Blocked {
    pub item: Outgoing,
    /// The Matrix IDs of everyone in the room besides the two of you (joined or invited).
    pub others: Vec<String>,
}

/// What one sync did. Every outbox item it looked at is in exactly one of `sent`, `waiting`,
/// `partner_left`, `blocked` or `unreachable`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SyncReport {
    /// Delivered to the homeserver, encrypted, in this sync.
    pub sent: Vec<Outgoing>,
    /// Still waiting: the partner has not joined the shared room yet.
    pub waiting: Vec<Outgoing>,
    /// Not sent: the partner left the shared room (link them again to invite them anew).
    pub partner_left: Vec<Outgoing>,
    /// Not sent: someone besides the two of you is in the room.
    pub blocked: Vec<Blocked>,
    /// Not sent this time: the partner's homeserver (or the room) could not be reached. Tried
    /// again on the next sync.
    pub unreachable: Vec<Outgoing>,
    /// New messages from partners.
    pub received: u32,
    /// Messages that arrived encrypted but could not be decrypted (yet).
    pub undecryptable: u32,
    /// Messages with a partner's name on them that did not come from their own devices
    /// (unencrypted, or keys that are not theirs): not stored, never shown as their words.
    pub not_from_partner: u32,
    /// Partners whose invitation was accepted in this sync.
    pub accepted: Vec<PersonRef>,
    /// Partners whose invitation was refused: the room was not encrypted or had someone else
    /// in it. Their existing room is kept.
    pub refused_invites: Vec<PersonRef>,
    /// Invitations from Matrix IDs linked to nobody: declined (each is reported once).
    pub declined_invites: Vec<String>,
    /// Partners whose devices changed since Tend last looked: a new phone, or someone else.
    pub devices_changed: Vec<PersonRef>,
}

/// What revoking did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct RevokeReport {
    pub person: PersonRef,
    /// True only when there was a room with them and every one was left now.
    pub left_room: bool,
    /// How many rooms with them were left now.
    pub rooms_left: u32,
    /// How many are still to be left (offline): on the next sync. Sending stopped either way.
    pub rooms_pending: u32,
}

/// The passphrase of the Matrix stores for a store key: SHA-256 over a fixed label and the key,
/// as hex. One key unlocks both; a different store key gives a different passphrase.
pub(crate) fn passphrase(key: &[u8]) -> Zeroizing<String> {
    let mut h = Sha256::new();
    h.update(b"tend: matrix stores v1\0");
    h.update(key);
    let digest = h.finalize();
    Zeroizing::new(digest.iter().map(|b| format!("{b:02x}")).collect())
}

fn channel_err(e: impl std::fmt::Display) -> Error {
    Error::Channel { reason: e.to_string() }
}

/// Checks a Matrix user ID (`@name:server`) with ruma's parser, and that it has a name.
pub fn parse_user_id(s: &str) -> Result<OwnedUserId> {
    let id = UserId::parse(s.trim()).map_err(|_| {
        Error::invalid(
            "matrix id",
            Message::new(MessageId::RefusalMatrixId).text("example", "@name:server"),
        )
    })?;
    if id.localpart().is_empty() {
        return Err(Error::invalid(
            "matrix id",
            Message::new(MessageId::RefusalMatrixIdNoName).text("example", "@name:server"),
        ));
    }
    Ok(id)
}

/// The client kept for an open store, with its own runtime: matrix-sdk's tasks live as long as
/// the client.
pub(crate) struct Live {
    rt: tokio::runtime::Runtime,
    /// Always `Some` until dropped: the client's stores must be closed inside the runtime.
    client: Option<Client>,
    user_id: String,
    /// The lock file's counter this client last wrote: another value means another process
    /// (or another open store) used the Matrix stores since, and this client's view is stale.
    generation: u64,
}

impl Drop for Live {
    fn drop(&mut self) {
        let _in_runtime = self.rt.enter();
        drop(self.client.take());
    }
}

/// The cross-process guard: the lock file, locked (released when dropped, or when the process
/// dies, so a crash never leaves the channel locked).
struct ChannelLock {
    file: File,
    generation: u64,
}

impl ChannelLock {
    /// Waits up to `wait` for the lock.
    fn take(db: &Path, wait: Duration) -> Result<ChannelLock> {
        let dir = matrix_dir(db);
        create_private_dirs(&dir)?;
        let path = dir.join(LOCK_FILE);
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(channel_err(
                        "another sync is running on this device; nothing was lost, try again in a moment",
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::Io(e)),
            }
        }
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        Ok(ChannelLock {
            generation: text.trim().parse().unwrap_or(0),
            file,
        })
    }

    /// Marks the Matrix stores as used by this holder; returns the new counter.
    fn bump(&mut self) -> Result<u64> {
        let next = self.generation.wrapping_add(1);
        self.file.set_len(0)?;
        self.file.rewind()?;
        self.file.write_all(next.to_string().as_bytes())?;
        self.generation = next;
        Ok(next)
    }
}

/// A connected channel: the store's client, held for one call. While it lives, no other
/// channel on the same store, in this process or another, can be opened (callers wait).
pub struct Channel<'a> {
    live: MutexGuard<'a, Option<Live>>,
    _lock: ChannelLock,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(Error::Io)
}

async fn client_for(store: &Store, homeserver: &str) -> Result<Client> {
    let dir = matrix_dir(store.path());
    create_private_dirs(&dir)?;
    Client::builder()
        .homeserver_url(homeserver)
        .sqlite_store(&dir, Some(store.share_passphrase.as_str()))
        .request_config(RequestConfig::new().timeout(REQUEST_TIMEOUT).retry_limit(2))
        .build()
        .await
        .map_err(channel_err)
}

/// matrix-sdk creates its files with the process's umask; its folder is already 0700, and the
/// files are made 0600 as Tend's own are.
fn make_private(dir: &Path) {
    restrict_to_owner(files_under(dir).unwrap_or_default());
}

/// The Matrix stores' files, without the lock file (which outlives a session).
fn matrix_files(db: &Path) -> Result<Vec<std::path::PathBuf>> {
    Ok(files_under(&matrix_dir(db))?
        .into_iter()
        .filter(|p| p.file_name().is_none_or(|n| n != LOCK_FILE))
        .collect())
}

/// Runs `f` to completion on `rt`, bounded by `limit`.
fn bounded_by<T>(rt: &tokio::runtime::Runtime, limit: Duration, f: impl Future<Output = Result<T>>) -> Result<T> {
    rt.block_on(async {
        tokio::time::timeout(limit, f)
            .await
            .map_err(|_| channel_err("the homeserver did not answer in time"))?
    })
}

fn bounded<T>(rt: &tokio::runtime::Runtime, f: impl Future<Output = Result<T>>) -> Result<T> {
    bounded_by(rt, CALL_TIMEOUT, f)
}

/// Signs a session out of its homeserver with nothing but its address and token (the stores
/// may already be gone), within `limit`. True when the homeserver confirmed.
pub fn sign_out(homeserver: &str, token: &str, limit: Duration) -> bool {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return false;
    };
    let url = format!("{}/_matrix/client/v3/logout", homeserver.trim_end_matches('/'));
    rt.block_on(async {
        let Ok(http) = matrix_sdk::reqwest::Client::builder().timeout(limit).build() else {
            return false;
        };
        let request = http
            .post(url)
            .bearer_auth(token)
            .header("Content-Type", "application/json")
            .body("{}")
            .send();
        matches!(tokio::time::timeout(limit, request).await, Ok(Ok(r)) if r.status().is_success())
    })
}

/// A session's homeserver and access token, kept only long enough to sign it out.
pub struct SignOut {
    pub homeserver: String,
    pub token: Zeroizing<String>,
}

impl SignOut {
    /// Signs the session out, within `limit`; true when the homeserver confirmed.
    pub fn run(&self, limit: Duration) -> bool {
        sign_out(&self.homeserver, &self.token, limit)
    }
}

impl Store {
    /// The connected Matrix account, if any.
    pub fn matrix_account(&self) -> Result<Option<MatrixAccount>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT homeserver, user_id, device_id, connected_at FROM matrix_account WHERE id = 1",
                [],
                |r| {
                    Ok(MatrixAccount {
                        homeserver: r.get(0)?,
                        user_id: r.get(1)?,
                        device_id: r.get(2)?,
                        connected_at: from_ms(r.get(3)?),
                    })
                },
            )
            .optional()?)
        })
    }

    /// What signing this device out needs once the store is gone (for `wipe`: delete first,
    /// sign out after). None when no account is connected.
    pub fn matrix_sign_out_later(&self) -> Result<Option<SignOut>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT homeserver, access_token FROM matrix_account WHERE id = 1",
                [],
                |r| {
                    Ok(SignOut {
                        homeserver: r.get(0)?,
                        token: Zeroizing::new(r.get(1)?),
                    })
                },
            )
            .optional()?)
        })
    }

    /// Signs in to `homeserver` as `user` (a new device with a neutral name, [`DEVICE_NAME`]),
    /// uploads this device's encryption keys and keeps the session. Refused when an account is
    /// already connected.
    pub fn matrix_connect(
        &self,
        homeserver: &str,
        user: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<MatrixAccount> {
        if self.matrix_account()?.is_some() {
            return Err(Error::conflict("Matrix account", MessageId::RefusalMatrixConnected));
        }
        let url = url_of(homeserver)?;
        let mut live = self.share.lock().unwrap_or_else(|p| p.into_inner());
        *live = None;
        let mut lock = ChannelLock::take(self.path(), LOCK_WAIT)?;
        lock.bump()?;
        // Stores left by a sign-in that never completed belong to no session: start clean.
        for f in matrix_files(self.path())? {
            std::fs::remove_file(f)?;
        }
        let rt = runtime()?;
        let session = bounded(&rt, async {
            let client = client_for(self, &url).await?;
            client
                .matrix_auth()
                .login_username(user.trim(), password)
                .initial_device_display_name(DEVICE_NAME)
                .await
                .map_err(channel_err)?;
            let session = client
                .matrix_auth()
                .session()
                .ok_or_else(|| channel_err("the homeserver returned no session"))?;
            // Uploads the device and one-time keys, so partners can encrypt to this device.
            client
                .sync_once(SyncSettings::default().timeout(Duration::ZERO))
                .await
                .map_err(channel_err)?;
            Ok(session)
        })?;
        drop(rt);
        make_private(&matrix_dir(self.path()));
        self.write(|tx| {
            tx.execute(
                "INSERT INTO matrix_account (id, homeserver, user_id, device_id, access_token, connected_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![
                    url,
                    session.meta.user_id.as_str(),
                    session.meta.device_id.as_str(),
                    session.tokens.access_token,
                    to_ms(now)
                ],
            )?;
            Ok(())
        })?;
        self.matrix_account()?
            .ok_or_else(|| Error::not_found("Matrix account", 1))
    }

    /// The store's channel, waiting up to [`LOCK_WAIT`] for another process's. `NotFound`
    /// ("Matrix account") when none is connected.
    pub fn matrix_channel(&self) -> Result<Channel<'_>> {
        self.matrix_channel_within(LOCK_WAIT)
    }

    /// The store's channel, waiting up to `wait` for another process's: its one client, built
    /// (the session restored) the first time, or again when another process used the Matrix
    /// stores since.
    pub fn matrix_channel_within(&self, wait: Duration) -> Result<Channel<'_>> {
        let mut live = self.share.lock().unwrap_or_else(|p| p.into_inner());
        // The account is read once the lock is held: a process that waited while another
        // disconnected finds no account rather than a session that is gone.
        self.connected()?;
        let mut lock = ChannelLock::take(self.path(), wait)?;
        let (homeserver, user_id, device_id, token) = self
            .read(|c| {
                Ok(c.query_row(
                    "SELECT homeserver, user_id, device_id, access_token FROM matrix_account WHERE id = 1",
                    [],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            Zeroizing::new(r.get::<_, String>(3)?),
                        ))
                    },
                )
                .optional()?)
            })?
            .ok_or_else(|| Error::not_found("Matrix account", "(connect first: tend partner connect)"))?;
        let fresh = live
            .as_ref()
            .is_some_and(|l| l.generation == lock.generation && l.user_id == user_id);
        if !fresh {
            *live = None;
            let uid = parse_user_id(&user_id)?;
            let rt = runtime()?;
            let client = bounded(&rt, async {
                let client = client_for(self, &homeserver).await?;
                let session = MatrixSession {
                    meta: SessionMeta {
                        user_id: uid,
                        device_id: device_id.into(),
                    },
                    tokens: SessionTokens {
                        access_token: token.to_string(),
                        refresh_token: None,
                    },
                };
                client.restore_session(session).await.map_err(channel_err)?;
                Ok(client)
            })?;
            *live = Some(Live {
                rt,
                client: Some(client),
                user_id,
                generation: 0,
            });
        }
        let generation = lock.bump()?;
        if let Some(l) = live.as_mut() {
            l.generation = generation;
        }
        Ok(Channel { live, _lock: lock })
    }

    /// Drops the store's Matrix client (the next channel call builds it again). For a shell
    /// going to the background, and for measuring what keeping it saves.
    pub fn matrix_release(&self) {
        *self.share.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

impl Store {
    /// Signs this device out of the homeserver (best effort, bounded: offline, the server keeps
    /// listing the device until the user removes it elsewhere), then forgets the session and
    /// deletes the Matrix stores. Links, consents and the inbox stay. Returns whether the
    /// homeserver confirmed the sign-out; `NotFound` ("Matrix account") when none is connected.
    pub fn matrix_disconnect(&self) -> Result<bool> {
        let signed_out = match self.matrix_channel() {
            Ok(ch) => {
                let client = ch.client()?.clone();
                bounded(ch.runtime()?, async move { client.logout().await.map_err(channel_err) }).is_ok()
            }
            Err(e @ Error::NotFound { .. }) => return Err(e),
            Err(_) => false,
        };
        let mut live = self.share.lock().unwrap_or_else(|p| p.into_inner());
        *live = None;
        let mut lock = ChannelLock::take(self.path(), LOCK_WAIT)?;
        lock.bump()?;
        self.write(|tx| Ok(tx.execute("DELETE FROM matrix_account", [])?))?;
        for f in matrix_files(self.path())? {
            std::fs::remove_file(f)?;
        }
        Ok(signed_out)
    }
}

/// The calls that check and store first, and reach the homeserver only when that succeeded (a
/// refused request never builds a client).
impl Store {
    /// The connected account, or `NotFound` ("Matrix account"): every channel call needs one.
    fn connected(&self) -> Result<MatrixAccount> {
        self.matrix_account()?
            .ok_or_else(|| Error::not_found("Matrix account", "(connect first: tend partner connect)"))
    }

    /// Links `person_id` to `matrix_id` (checked by ruma's parser; a user name, not the user's
    /// own account in any case). No network: the encrypted room is made when there is first
    /// something to send, or when the partner's invitation is accepted.
    pub fn matrix_link(&self, person_id: i64, matrix_id: &str, now: DateTime<Utc>) -> Result<PartnerLink> {
        let uid = parse_user_id(matrix_id)?;
        if let Some(problem) = partner_id_problem(uid.as_str(), &self.connected()?.user_id) {
            return Err(Error::invalid("matrix id", problem));
        }
        self.save_link(person_id, uid.as_str(), now)
    }

    /// Queues the weekly summary (`text` = None; needs it shared) or the user's own words to a
    /// linked partner, then syncs, which sends it once the partner has joined. Offline, the
    /// message stays queued (the `Channel` error says so) and goes on the next sync.
    pub fn matrix_send(&self, person_id: i64, text: Option<&str>, now: DateTime<Utc>, tz: Tz) -> Result<SyncReport> {
        self.connected()?;
        self.queue_share(person_id, text, now, tz)?;
        self.matrix_channel()?.sync(self, now, tz)
    }

    /// Stops sharing with a person: consents and link removed and waiting messages cancelled at
    /// once (offline too), then every room Tend used with them is left, now or on the next
    /// sync. Messages already delivered stay with the partner: Matrix cannot recall them.
    pub fn matrix_revoke(&self, person_id: i64, now: DateTime<Utc>) -> Result<RevokeReport> {
        self.connected()?;
        let person = self.person(person_id).map(|p| PersonRef {
            id: p.id,
            name: p.name,
            role: p.role,
        })?;
        let rooms = self.unlink(person_id, now)?;
        let total = u32::try_from(rooms.len()).unwrap_or(u32::MAX);
        let (left, pending) = if rooms.is_empty() {
            (0, 0)
        } else {
            self.matrix_channel()
                .and_then(|ch| bounded(ch.runtime()?, ch.leave_revoked(self)))
                .unwrap_or((0, total))
        };
        Ok(RevokeReport {
            person,
            left_room: left > 0 && pending == 0,
            rooms_left: left,
            rooms_pending: pending,
        })
    }
}

/// The homeserver's URL, parsed by the `url` crate (through reqwest): http or https only.
fn url_of(homeserver: &str) -> Result<String> {
    let bad = || Error::invalid("homeserver", MessageId::RefusalUrlHttp);
    let url = matrix_sdk::reqwest::Url::parse(homeserver.trim()).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// The fields Tend reads of a timeline event.
#[derive(Deserialize)]
struct Event {
    #[serde(rename = "type")]
    kind: String,
    sender: String,
    event_id: String,
    origin_server_ts: i64,
    #[serde(default)]
    content: serde_json::Value,
}

/// How an event reached this device: plain, undecryptable, or decrypted (from whose device).
fn origin(ev: &TimelineEvent) -> Origin {
    if ev.kind.is_utd() {
        return Origin::Undecryptable;
    }
    match ev.encryption_info() {
        None => Origin::Plain,
        Some(info) => Origin::Decrypted {
            sender: info.sender.to_string(),
            device_known: info.sender_device.is_some()
                && !matches!(
                    info.verification_state,
                    VerificationState::Unverified(VerificationLevel::None(_) | VerificationLevel::MismatchedSender)
                ),
        },
    }
}

/// A received message as Tend stores it: its kind from the payload (text when there is none,
/// as from Element), its body bounded (saying so when it was cut).
fn received(ev: Event) -> Option<Received> {
    if ev.kind != "m.room.message" {
        return None;
    }
    let body = ev.content.get("body")?.as_str()?;
    let payload = ev.content.get(PAYLOAD_KEY);
    let lines = super::channel::received_lines(payload.and_then(|p| p.get("lines")));
    let kind = payload
        .and_then(|p| p.get("kind"))
        .and_then(|k| k.as_str())
        .and_then(|k| ShareKind::parse(k).ok())
        .unwrap_or(ShareKind::Text);
    Some(Received {
        event_id: ev.event_id,
        from: ev.sender,
        kind,
        body: bounded_body(body),
        lines,
        at: from_ms(ev.origin_server_ts),
    })
}

/// What a partner's room allows now.
enum RoomCheck {
    Ready(Room),
    Waiting,
    Left,
    Others(Vec<String>),
    Unreachable,
}

impl RoomCheck {
    fn state(&self) -> LinkState {
        match self {
            RoomCheck::Ready(_) => LinkState::Ready,
            RoomCheck::Waiting => LinkState::Waiting,
            RoomCheck::Left => LinkState::Left,
            RoomCheck::Others(o) => LinkState::OthersPresent { others: o.clone() },
            RoomCheck::Unreachable => LinkState::Unreachable,
        }
    }
}

/// The sync filter: a bounded timeline per room (a room with more is back-filled).
fn filter() -> Filter {
    let mut def = FilterDefinition::default();
    def.room.timeline.limit = Some(UInt::from(TIMELINE_LIMIT));
    Filter::FilterDefinition(def)
}

/// Every joined and invited member's ID, fetched from the homeserver if the list is not whole.
async fn member_ids(room: &Room) -> Result<Vec<String>> {
    let members = room
        .members(RoomMemberships::JOIN | RoomMemberships::INVITE)
        .await
        .map_err(channel_err)?;
    Ok(members.iter().map(|m| m.user_id().to_string()).collect())
}

impl Channel<'_> {
    fn live(&self) -> Result<&Live> {
        self.live.as_ref().ok_or_else(|| channel_err("the channel is closed"))
    }

    fn runtime(&self) -> Result<&tokio::runtime::Runtime> {
        Ok(&self.live()?.rt)
    }

    fn client(&self) -> Result<&Client> {
        self.live()?
            .client
            .as_ref()
            .ok_or_else(|| channel_err("the channel is closed"))
    }

    /// One round with the homeserver: fetch everything that arrived since the last sync
    /// (accepting invitations from linked partners into safe rooms, declining strangers',
    /// storing what partners' own devices sent), send everything due, each partner and each
    /// item on its own, then look at partners' devices and leave rooms of revoked partners.
    pub fn sync(&self, store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<SyncReport> {
        self.sync_within(store, now, tz, CALL_TIMEOUT)
    }

    /// [`Channel::sync`] within `limit` (an SOS is told in less than a minute, or not yet).
    pub fn sync_within(&self, store: &Store, now: DateTime<Utc>, tz: Tz, limit: Duration) -> Result<SyncReport> {
        bounded_by(self.runtime()?, limit, self.sync_async(store, now, tz))
    }

    /// Leaves every room marked to leave; returns how many were left now and how many are left
    /// over (offline). A room this device is not in is only crossed off the list.
    async fn leave_revoked(&self, store: &Store) -> Result<(u32, u32)> {
        let rooms: Vec<String> = store.read(|c| {
            let mut st = c.prepare("SELECT room_id FROM matrix_leave")?;
            let r = st
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(r)
        })?;
        let client = self.client()?;
        let (mut left, mut left_over) = (0, 0);
        for r in rooms {
            let room = RoomId::parse(&r).ok().and_then(|id| client.get_room(&id));
            let gone = match room {
                Some(room) if matches!(room.state(), RoomState::Joined | RoomState::Invited) => {
                    let ok = room.leave().await.is_ok();
                    left += u32::from(ok);
                    ok
                }
                _ => true,
            };
            if gone {
                store.write(|tx| Ok(tx.execute("DELETE FROM matrix_leave WHERE room_id = ?1", [&r])?))?;
            } else {
                left_over += 1;
            }
        }
        Ok((left, left_over))
    }

    async fn sync_async(&self, store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        let client = self.client()?;
        let me = client
            .user_id()
            .ok_or_else(|| channel_err("the session has no user"))?
            .to_string();
        let since = store.sync_token()?;
        let mut settings = SyncSettings::default().timeout(Duration::ZERO).filter(filter());
        if let Some(t) = &since {
            settings = settings.token(t.clone());
        }
        // Failing here means the user's own homeserver cannot be reached: the whole sync fails
        // (nothing is lost; the outbox waits).
        let response = client.sync_once(settings).await.map_err(channel_err)?;

        let links = store.partner_links()?;
        let linked = |id: &str| links.iter().find(|l| l.matrix_id == id);

        // Messages: read only in rooms Tend made or joined with a partner, and kept only when
        // decrypted from that partner's own devices.
        let mut complete = true;
        let mut got = Vec::new();
        for l in &links {
            for r in store.partner_rooms(l.person.id)? {
                let Some(update) = RoomId::parse(&r).ok().and_then(|id| response.rooms.joined.get(&id)) else {
                    continue;
                };
                let mut events = Vec::new();
                if update.timeline.limited {
                    match self
                        .back_fill(&r, update.timeline.prev_batch.as_deref(), since.as_deref())
                        .await
                    {
                        Ok(older) => events = older,
                        Err(_) => complete = false,
                    }
                }
                events.extend(update.timeline.events.iter().cloned());
                for ev in &events {
                    let Ok(parsed) = serde_json::from_str::<Event>(ev.raw().json().get()) else {
                        continue;
                    };
                    if parsed.sender == me || !matches!(parsed.kind.as_str(), "m.room.message" | "m.room.encrypted") {
                        continue;
                    }
                    match verdict(&parsed.sender, &l.matrix_id, &origin(ev)) {
                        Verdict::Accept => got.extend(received(parsed)),
                        Verdict::Undecryptable => report.undecryptable += 1,
                        Verdict::NotFromTheirDevices => report.not_from_partner += 1,
                    }
                }
            }
        }
        report.received = u32::try_from(store.record_received(&got)?).unwrap_or(u32::MAX);
        if complete {
            store.save_sync_token(&response.next_batch)?;
        }

        // Invitations: from a linked partner, joined only into an encrypted room with the two of
        // you in it; strangers' declined.
        for room in client.invited_rooms() {
            let Ok(invite) = room.invite_details().await else {
                continue;
            };
            let inviter = invite.inviter_id.to_string();
            match linked(&inviter) {
                Some(l) => {
                    let stripped_encrypted = response.rooms.invited.get(room.room_id()).map(|u| {
                        u.invite_state.events.iter().any(|e| {
                            e.get_field::<String>("type").ok().flatten().as_deref() == Some("m.room.encryption")
                        })
                    });
                    if stripped_encrypted == Some(false) {
                        let _ = room.leave().await;
                        report.refused_invites.push(l.person.clone());
                        continue;
                    }
                    match self.accept(&room, &me, &l.matrix_id).await {
                        Ok(true) => {
                            store.save_room(l.person.id, room.room_id().as_str(), &LinkState::Ready)?;
                            report.accepted.push(l.person.clone());
                        }
                        Ok(false) => {
                            let _ = room.leave().await;
                            report.refused_invites.push(l.person.clone());
                        }
                        Err(_) => {}
                    }
                }
                None => {
                    if room.leave().await.is_ok() {
                        report.declined_invites.push(inviter);
                    }
                }
            }
        }

        // Sending, before anything that can wait (an SOS is bounded in time): each partner's
        // room checked once, each item sent on its own.
        let mut checked: Vec<(i64, RoomCheck)> = Vec::new();
        for o in store.queue_due_shares(now, tz)? {
            if !checked.iter().any(|(id, _)| *id == o.person.id) {
                let check = self.room_check(store, &me, &o).await;
                let state = check.state();
                store.save_link_state(o.person.id, &state)?;
                checked.push((o.person.id, check));
            }
            let Some((_, check)) = checked.iter().find(|(id, _)| *id == o.person.id) else {
                continue;
            };
            match check {
                RoomCheck::Ready(room) => match self.send(room, &o).await {
                    Ok(event_id) => {
                        store.mark_share_sent(o.id, &event_id, now)?;
                        report.sent.push(o);
                    }
                    Err(_) => report.unreachable.push(o),
                },
                RoomCheck::Waiting => report.waiting.push(o),
                RoomCheck::Left => report.partner_left.push(o),
                RoomCheck::Others(others) => report.blocked.push(Blocked {
                    item: o,
                    others: others.clone(),
                }),
                RoomCheck::Unreachable => report.unreachable.push(o),
            }
        }
        // Devices: a change is worth telling the user (a new phone, or someone else).
        let encryption = client.encryption();
        for l in &links {
            let Ok(uid) = parse_user_id(&l.matrix_id) else { continue };
            // Asks the homeserver for their keys now, rather than trusting a list that is only
            // kept fresh while Tend shares a room with them. Their server unreachable: next time.
            if encryption.request_user_identity(&uid).await.is_err() {
                continue;
            }
            let Ok(devices) = encryption.get_user_devices(&uid).await else {
                continue;
            };
            let ids: Vec<String> = devices.devices().map(|d| d.device_id().to_string()).collect();
            // Nothing known yet is not a change: the keys have not been fetched.
            if !ids.is_empty() && store.save_devices(l.person.id, &ids, now)? {
                report.devices_changed.push(l.person.clone());
            }
        }

        // Offline or refused: left on a later sync.
        let _ = self.leave_revoked(store).await;

        make_private(&matrix_dir(store.path()));
        Ok(report)
    }

    /// The events of room `room_id` older than a cut-short sync timeline (starting at
    /// `prev_batch`) back to where the last sync stopped (`since`), oldest first; bounded.
    async fn back_fill(
        &self,
        room_id: &str,
        prev_batch: Option<&str>,
        since: Option<&str>,
    ) -> Result<Vec<TimelineEvent>> {
        let (Some(mut from), Some(since)) = (prev_batch.map(str::to_string), since) else {
            // The first sync: nothing before it was meant for this device.
            return Ok(Vec::new());
        };
        let room = RoomId::parse(room_id)
            .ok()
            .and_then(|id| self.client().ok()?.get_room(&id))
            .ok_or_else(|| channel_err("the room is not known"))?;
        let mut newest_first = Vec::new();
        for _ in 0..MAX_PAGES {
            let mut options = MessagesOptions::backward().from(from.as_str());
            options.to = Some(since.to_string());
            options.limit = UInt::from(PAGE);
            let page = room.messages(options).await.map_err(channel_err)?;
            let done = page.chunk.is_empty() || page.end.is_none();
            newest_first.extend(page.chunk);
            match page.end {
                Some(end) if !done => from = end,
                _ => break,
            }
        }
        newest_first.reverse();
        Ok(newest_first)
    }

    /// Joins a linked partner's invitation if it is safe: encrypted, the partner joined, and
    /// nobody else joined or invited. False (the caller leaves it) when it is not.
    async fn accept(&self, room: &Room, me: &str, partner: &str) -> Result<bool> {
        room.join().await.map_err(channel_err)?;
        let encrypted = room
            .latest_encryption_state()
            .await
            .map_err(channel_err)?
            .is_encrypted();
        let members = member_ids(room).await?;
        Ok(encrypted && others_in_room(&members, me, partner).is_empty() && members.iter().any(|m| m == partner))
    }

    /// Sends one outbox item; its event id.
    async fn send(&self, room: &Room, o: &Outgoing) -> Result<String> {
        let content = serde_json::json!({
            "msgtype": "m.notice",
            "body": o.body,
            PAYLOAD_KEY: { "v": 1, "kind": o.kind.as_str(), "lines": o.lines },
        });
        let sent = room.send_raw("m.room.message", content).await.map_err(channel_err)?;
        if sent.encryption_info.is_none() {
            return Err(channel_err("a message went out unencrypted"));
        }
        Ok(sent.response.event_id.to_string())
    }

    /// What the partner's room allows now. The first time, makes an encrypted room (without
    /// them, so an unreachable server leaves no new room behind each time) and invites them;
    /// an invitation that failed is tried again. Anyone else joined or invited blocks it.
    async fn room_check(&self, store: &Store, me: &str, o: &Outgoing) -> RoomCheck {
        match self.room_check_inner(store, me, o).await {
            Ok(check) => check,
            Err(_) => RoomCheck::Unreachable,
        }
    }

    async fn room_check_inner(&self, store: &Store, me: &str, o: &Outgoing) -> Result<RoomCheck> {
        let client = self.client()?;
        let uid = parse_user_id(&o.matrix_id)?;
        let link = store.partner_link(o.person.id)?;
        let known = link
            .room_id
            .as_deref()
            .and_then(|r| RoomId::parse(r).ok())
            .and_then(|r| client.get_room(&r))
            .filter(|r| r.state() == RoomState::Joined);
        let room = match known {
            Some(r) => r,
            None => {
                let mut request = create_room::v3::Request::new();
                request.is_direct = true;
                request.preset = Some(create_room::v3::RoomPreset::TrustedPrivateChat);
                request.initial_state = vec![
                    InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults())
                        .to_raw_any(),
                ];
                let r = client.create_room(request).await.map_err(channel_err)?;
                store.save_room(o.person.id, r.room_id().as_str(), &LinkState::Waiting)?;
                r
            }
        };
        let others = others_in_room(&member_ids(&room).await?, me, uid.as_str());
        if !others.is_empty() {
            return Ok(RoomCheck::Others(others));
        }
        let membership = room
            .get_member_no_sync(&uid)
            .await
            .map_err(channel_err)?
            .map(|m| m.membership().clone());
        match membership {
            Some(MembershipState::Join) => {}
            Some(MembershipState::Invite) => return Ok(RoomCheck::Waiting),
            Some(MembershipState::Leave | MembershipState::Ban) => return Ok(RoomCheck::Left),
            _ => {
                // Never invited (a new room, or the invitation failed before): invite now.
                return Ok(match room.invite_user_by_id(&uid).await {
                    Ok(()) => RoomCheck::Waiting,
                    Err(_) => RoomCheck::Unreachable,
                });
            }
        }
        if !room
            .latest_encryption_state()
            .await
            .map_err(channel_err)?
            .is_encrypted()
        {
            return Err(channel_err("the partner's room is not encrypted; nothing was sent"));
        }
        Ok(RoomCheck::Ready(room))
    }
}
