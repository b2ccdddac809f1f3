//! The live channel to partners: Matrix, end-to-end encrypted (Olm/Megolm, by matrix-sdk).
//!
//! This module only carries: what goes out is exactly the outbox that
//! [`Store::queue_due_shares`] and [`Store::queue_share`] fill (consent re-checked there), and
//! what comes in is stored by [`Store::record_received`]. Every message is sent into an
//! encrypted direct room with the partner, as a readable `m.notice` (any Matrix client shows it)
//! with a structured `org.tend.share` payload; nothing is sent into a room that is not
//! encrypted, and nothing before the partner has joined (their devices must exist to receive
//! the room keys). Messages from anyone the user has not linked are ignored, and so are their
//! invitations.
//!
//! Matrix's state and crypto stores live in `<db>.matrix/`, encrypted by matrix-sdk-sqlite with
//! a passphrase derived from the store key; the session token lives in the encrypted store.
//! Every call blocks on its own runtime and every request is bounded.

use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::{OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room, SessionMeta, SessionTokens};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{Outgoing, PartnerLink, Received};
use crate::error::{Error, Result};
use crate::model::{PersonRef, ShareKind};
use crate::store::Store;
use crate::store::files::{create_private_dirs, files_under, matrix_dir, restrict_to_owner};
use crate::time::{from_ms, to_ms};

/// The key in each message's content that carries Tend's structured payload.
pub const PAYLOAD_KEY: &str = "org.tend.share";
/// The longest any one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest a whole call (login, sync, send) may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(120);
/// The longest stored text of a received message, in characters.
const MAX_RECEIVED_CHARS: usize = 4000;

/// The user's Matrix account, as the user sees it (the token stays inside the store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MatrixAccount {
    pub homeserver: String,
    pub user_id: String,
    pub device_id: String,
    pub connected_at: DateTime<Utc>,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SyncReport {
    /// Delivered to the homeserver, encrypted, in this sync.
    pub sent: Vec<Outgoing>,
    /// Still waiting: the partner has not accepted the invitation yet.
    pub waiting: Vec<Outgoing>,
    /// New messages from partners.
    pub received: u32,
    /// Messages that arrived but could not be decrypted (yet).
    pub undecryptable: u32,
    /// Partners whose invitation was accepted in this sync.
    pub accepted: Vec<PersonRef>,
    /// Invitations from Matrix IDs linked to nobody: ignored, not joined.
    pub ignored_invites: Vec<String>,
    /// Partners whose devices changed since Tend last looked: a new phone, or someone else.
    pub devices_changed: Vec<PersonRef>,
}

/// What revoking did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct RevokeReport {
    pub person: PersonRef,
    /// Whether the room was left now; if not (offline), it is left on the next sync. Sending
    /// stopped either way.
    pub left_room: bool,
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

/// Checks a Matrix user ID (`@name:server`) with ruma's parser.
pub fn parse_user_id(s: &str) -> Result<OwnedUserId> {
    UserId::parse(s.trim())
        .map_err(|e| Error::invalid("matrix id", format!("is not a Matrix user ID like @name:server ({e})")))
}

/// A connected channel: the restored session and its runtime. While it lives, no other channel
/// on the same store can be opened (callers wait).
pub struct Channel<'a> {
    rt: tokio::runtime::Runtime,
    /// Always `Some` until dropped: the client's stores must be closed inside the runtime.
    client: Option<Client>,
    _one_at_a_time: std::sync::MutexGuard<'a, ()>,
}

impl Drop for Channel<'_> {
    fn drop(&mut self) {
        let _in_runtime = self.rt.enter();
        drop(self.client.take());
    }
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
fn make_private(dir: &std::path::Path) {
    restrict_to_owner(files_under(dir).unwrap_or_default());
}

/// Runs `f` to completion on `rt`, bounded by [`CALL_TIMEOUT`].
fn bounded<T>(rt: &tokio::runtime::Runtime, f: impl Future<Output = Result<T>>) -> Result<T> {
    rt.block_on(async {
        tokio::time::timeout(CALL_TIMEOUT, f)
            .await
            .map_err(|_| channel_err("the homeserver did not answer in time"))?
    })
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

    /// Signs in to `homeserver` as `user` (a new device named "Tend"), uploads this device's
    /// encryption keys and keeps the session. Refused when an account is already connected.
    pub fn matrix_connect(
        &self,
        homeserver: &str,
        user: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<MatrixAccount> {
        if let Some(a) = self.matrix_account()? {
            return Err(Error::Conflict {
                what: "Matrix account",
                reason: format!("already connected as {}", a.user_id),
            });
        }
        let url = url_of(homeserver)?;
        let _one_at_a_time = self.share_lock.lock().unwrap_or_else(|p| p.into_inner());
        // Stores left by a sign-in that never completed belong to no session: start clean.
        let dir = matrix_dir(self.path());
        for f in files_under(&dir)? {
            std::fs::remove_file(f)?;
        }
        let rt = runtime()?;
        let session = bounded(&rt, async {
            let client = client_for(self, &url).await?;
            client
                .matrix_auth()
                .login_username(user.trim(), password)
                .initial_device_display_name("Tend")
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
        make_private(&dir);
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

    /// Restores the connected session. `NotFound` ("Matrix account") when none is connected.
    pub fn matrix_channel(&self) -> Result<Channel<'_>> {
        let one_at_a_time = self.share_lock.lock().unwrap_or_else(|p| p.into_inner());
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
                            r.get::<_, String>(3)?,
                        ))
                    },
                )
                .optional()?)
            })?
            .ok_or_else(|| Error::not_found("Matrix account", "(connect first: tend partner connect)"))?;
        let user_id = parse_user_id(&user_id)?;
        let rt = runtime()?;
        let client = bounded(&rt, async {
            let client = client_for(self, &homeserver).await?;
            let session = MatrixSession {
                meta: SessionMeta {
                    user_id,
                    device_id: device_id.into(),
                },
                tokens: SessionTokens {
                    access_token: token,
                    refresh_token: None,
                },
            };
            client.restore_session(session).await.map_err(channel_err)?;
            Ok(client)
        })?;
        Ok(Channel {
            rt,
            client: Some(client),
            _one_at_a_time: one_at_a_time,
        })
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
                bounded(&ch.rt, async move { client.logout().await.map_err(channel_err) }).is_ok()
            }
            Err(e @ Error::NotFound { .. }) => return Err(e),
            Err(_) => false,
        };
        let _one_at_a_time = self.share_lock.lock().unwrap_or_else(|p| p.into_inner());
        self.write(|tx| Ok(tx.execute("DELETE FROM matrix_account", [])?))?;
        for f in files_under(&matrix_dir(self.path()))? {
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

    /// Links `person_id` to `matrix_id` (checked by ruma's parser; not the user's own account).
    /// No network: the encrypted room is made when there is first something to send, or when the
    /// partner's invitation is accepted.
    pub fn matrix_link(&self, person_id: i64, matrix_id: &str, now: DateTime<Utc>) -> Result<PartnerLink> {
        let uid = parse_user_id(matrix_id)?;
        if uid.as_str() == self.connected()?.user_id {
            return Err(Error::invalid("matrix id", "is your own account"));
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
    /// once (offline too), then the room is left, now or on the next sync. Messages already
    /// delivered stay with the partner: Matrix cannot recall them.
    pub fn matrix_revoke(&self, person_id: i64, now: DateTime<Utc>) -> Result<RevokeReport> {
        self.connected()?;
        let person = self.person(person_id).map(|p| PersonRef {
            id: p.id,
            name: p.name,
            role: p.role,
        })?;
        let left_room = match self.unlink(person_id, now)? {
            None => true,
            Some(_) => self
                .matrix_channel()
                .and_then(|ch| bounded(ch.runtime(), ch.leave_revoked(self)))
                .is_ok_and(|left| left),
        };
        Ok(RevokeReport { person, left_room })
    }
}

/// The homeserver's URL, parsed by the `url` crate (through reqwest): http or https only.
fn url_of(homeserver: &str) -> Result<String> {
    let bad = || Error::invalid("homeserver", "must be a URL like https://matrix.example.org");
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

/// A received message as Tend stores it: its kind from the payload (text when there is none,
/// as from Element), its body bounded.
fn received(ev: Event) -> Option<Received> {
    if ev.kind != "m.room.message" {
        return None;
    }
    let body = ev.content.get("body")?.as_str()?;
    let kind = ev
        .content
        .get(PAYLOAD_KEY)
        .and_then(|p| p.get("kind"))
        .and_then(|k| k.as_str())
        .and_then(|k| ShareKind::parse(k).ok())
        .unwrap_or(ShareKind::Text);
    Some(Received {
        event_id: ev.event_id,
        from: ev.sender,
        kind,
        body: body.chars().take(MAX_RECEIVED_CHARS).collect(),
        at: from_ms(ev.origin_server_ts),
    })
}

impl Channel<'_> {
    fn runtime(&self) -> &tokio::runtime::Runtime {
        &self.rt
    }

    fn client(&self) -> Result<&Client> {
        self.client.as_ref().ok_or_else(|| channel_err("the channel is closed"))
    }

    /// One round with the homeserver: fetch what arrived (accepting invitations from linked
    /// partners, storing their messages), look at partners' devices, leave rooms of revoked
    /// partners, then send everything due.
    pub fn sync(&self, store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<SyncReport> {
        bounded(&self.rt, self.sync_async(store, now, tz))
    }

    /// Leaves every room marked to leave; true when none is left over.
    async fn leave_revoked(&self, store: &Store) -> Result<bool> {
        let rooms: Vec<String> = store.read(|c| {
            let mut st = c.prepare("SELECT room_id FROM matrix_leave")?;
            let r = st
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(r)
        })?;
        let client = self.client()?;
        let mut all = true;
        for r in rooms {
            let room = RoomId::parse(&r).ok().and_then(|id| client.get_room(&id));
            let gone = match room {
                Some(room) => room.leave().await.is_ok(),
                None => true,
            };
            if gone {
                store.write(|tx| Ok(tx.execute("DELETE FROM matrix_leave WHERE room_id = ?1", [&r])?))?;
            }
            all &= gone;
        }
        Ok(all)
    }

    async fn sync_async(&self, store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        let response = self
            .client()?
            .sync_once(SyncSettings::default().timeout(Duration::ZERO))
            .await
            .map_err(channel_err)?;

        let links = store.partner_links()?;
        let linked = |id: &str| links.iter().find(|l| l.matrix_id == id);

        // Messages: from linked partners only.
        let mut got = Vec::new();
        for update in response.rooms.joined.values() {
            for ev in &update.timeline.events {
                let Ok(ev) = serde_json::from_str::<Event>(ev.raw().json().get()) else {
                    continue;
                };
                if ev.kind == "m.room.encrypted" && linked(&ev.sender).is_some() {
                    report.undecryptable += 1;
                    continue;
                }
                if linked(&ev.sender).is_some()
                    && let Some(m) = received(ev)
                {
                    got.push(m);
                }
            }
        }
        report.received = u32::try_from(store.record_received(&got)?).unwrap_or(u32::MAX);

        // Invitations: joined only from someone the user linked.
        for room in self.client()?.invited_rooms() {
            let inviter = room.invite_details().await.map_err(channel_err)?.inviter_id;
            match linked(inviter.as_str()) {
                Some(l) => {
                    room.join().await.map_err(channel_err)?;
                    store.save_room(l.person.id, room.room_id().as_str())?;
                    report.accepted.push(l.person.clone());
                }
                None => report.ignored_invites.push(inviter.to_string()),
            }
        }

        // Devices: a change is worth telling the user (a new phone, or someone else).
        let encryption = self.client()?.encryption();
        for l in &links {
            let Ok(uid) = parse_user_id(&l.matrix_id) else { continue };
            // Asks the homeserver for their keys now, rather than trusting a list that is only
            // kept fresh while Tend shares a room with them.
            encryption.request_user_identity(&uid).await.map_err(channel_err)?;
            let devices = encryption.get_user_devices(&uid).await.map_err(channel_err)?;
            let ids: Vec<String> = devices.devices().map(|d| d.device_id().to_string()).collect();
            // Nothing known yet is not a change: the keys have not been fetched.
            if !ids.is_empty() && store.save_devices(l.person.id, &ids, now)? {
                report.devices_changed.push(l.person.clone());
            }
        }

        self.leave_revoked(store).await?;

        for o in store.queue_due_shares(now, tz)? {
            match self.room_ready(store, &o).await? {
                Some(room) => {
                    let content = serde_json::json!({
                        "msgtype": "m.notice",
                        "body": o.body,
                        PAYLOAD_KEY: { "v": 1, "kind": o.kind.as_str() },
                    });
                    let sent = room.send_raw("m.room.message", content).await.map_err(channel_err)?;
                    if sent.encryption_info.is_none() {
                        return Err(channel_err("a message went out unencrypted"));
                    }
                    store.mark_share_sent(o.id, sent.response.event_id.as_str(), now)?;
                    report.sent.push(o);
                }
                None => report.waiting.push(o),
            }
        }
        make_private(&matrix_dir(store.path()));
        Ok(report)
    }

    /// The partner's encrypted room once they have joined it; makes it (and invites them) the
    /// first time. `None` while the invitation is open.
    async fn room_ready(&self, store: &Store, o: &Outgoing) -> Result<Option<Room>> {
        let client = self.client()?;
        let uid = parse_user_id(&o.matrix_id)?;
        let link = store.partner_link(o.person.id)?;
        let known = link
            .room_id
            .as_deref()
            .and_then(|r| RoomId::parse(r).ok())
            .and_then(|r| client.get_room(&r));
        let room = match known {
            Some(r) => r,
            None => {
                let r = client.create_dm(&uid).await.map_err(channel_err)?;
                store.save_room(o.person.id, r.room_id().as_str())?;
                r
            }
        };
        let joined = room
            .get_member(&uid)
            .await
            .map_err(channel_err)?
            .is_some_and(|m| *m.membership() == MembershipState::Join);
        if !joined {
            return Ok(None);
        }
        if !room
            .latest_encryption_state()
            .await
            .map_err(channel_err)?
            .is_encrypted()
        {
            return Err(channel_err("the partner's room is not encrypted; nothing was sent"));
        }
        Ok(Some(room))
    }
}
