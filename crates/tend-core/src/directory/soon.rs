//! Meetings starting soon, for SOS and Today: a craving at 21:00 deserves "an online meeting
//! starts in 20 minutes". Online ones anywhere, and in-person ones near the last place the user
//! searched from. Each meeting's start is worked out in its own zone, so a DST night moves it as
//! the meeting moves.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::geo::{GeoPoint, distance_km};
use crate::error::Result;
use crate::model::Attendance;
use crate::store::Store;
use crate::time::{Minutes, fmt_hhmm, local_day_minute, resolve_local, weekday_num};

/// How far ahead "soon" looks, in minutes.
pub const SOON_WINDOW_MINUTES: i64 = 120;
/// How near the remembered place an in-person meeting must be to count, in kilometres.
pub const SOON_WITHIN_KM: f64 = 25.0;

/// A directory meeting starting within [`SOON_WINDOW_MINUTES`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SoonMeeting {
    /// The directory record's id (join with it).
    pub id: i64,
    pub feed: String,
    pub name: String,
    pub starts_at: DateTime<Utc>,
    /// Whole minutes from now to the start.
    pub minutes_until: i64,
    /// "HH:MM" in the user's zone.
    pub local_start: String,
    pub duration_minutes: u32,
    /// The meeting's own zone.
    pub timezone: String,
    pub attendance: Attendance,
    pub online_url: Option<String>,
    pub online_phone: Option<String>,
    pub location: Option<String>,
    pub address: Option<String>,
    /// From the place it was found near, for an in-person meeting.
    pub distance_km: Option<f64>,
    pub joined_group_id: Option<i64>,
}

/// Meetings starting in `[now, now + window]`: online or hybrid ones anywhere, placed ones within
/// [`SOON_WITHIN_KM`] of `near`; soonest first, then nearest.
pub(crate) fn soon(
    c: &Connection,
    now: DateTime<Utc>,
    tz: Tz,
    near: Option<GeoPoint>,
    limit: usize,
) -> Result<Vec<SoonMeeting>> {
    let end = now + Duration::minutes(SOON_WINDOW_MINUTES);
    let mut st = c.prepare_cached(
        "SELECT m.id, f.name, m.name, s.start_min, s.duration_minutes, m.attendance, m.placed, m.latitude,
                m.longitude, m.online_url, m.online_phone, m.location, m.address,
                (SELECT gl.group_id FROM group_listing gl WHERE gl.feed_id = m.feed_id AND gl.slug = m.slug)
         FROM directory_slot s JOIN directory_meeting m ON m.id = s.meeting_id
         JOIN directory_feed f ON f.id = m.feed_id
         WHERE s.weekday = ?1 AND s.start_min BETWEEN ?2 AND ?3 AND m.timezone = ?4
           AND (m.attendance IN ('online', 'hybrid') OR (m.placed = 1 AND ?5))",
    )?;
    let mut out = Vec::new();
    for zone in super::zones(c)? {
        let (d0, m0) = local_day_minute(now, zone);
        let (d1, m1) = local_day_minute(end, zone);
        let mut day = d0;
        while day <= d1 {
            let from: Minutes = if day == d0 { m0 } else { 0 };
            let to: Minutes = if day == d1 { m1 } else { 1439 };
            let weekday = weekday_num(chrono::Datelike::weekday(&day));
            let mut rows = st.query(params![weekday, from, to, zone.name(), near.is_some()])?;
            while let Some(r) = rows.next()? {
                let start: Minutes = r.get(3)?;
                let at = resolve_local(day, start, zone);
                if at < now || at > end {
                    continue;
                }
                let attendance = Attendance::parse(&r.get::<_, String>(5)?).unwrap_or(Attendance::InPerson);
                let placed: bool = r.get(6)?;
                let distance = match (near, placed, r.get::<_, Option<f64>>(7)?, r.get::<_, Option<f64>>(8)?) {
                    (Some(p), true, Some(la), Some(lo)) => Some(distance_km(
                        p,
                        GeoPoint {
                            latitude: la,
                            longitude: lo,
                        },
                    )),
                    _ => None,
                };
                let online = attendance != Attendance::InPerson;
                if !online && distance.is_none_or(|d| d > SOON_WITHIN_KM) {
                    continue;
                }
                let local = at.with_timezone(&tz);
                out.push(SoonMeeting {
                    id: r.get(0)?,
                    feed: r.get(1)?,
                    name: r.get(2)?,
                    starts_at: at,
                    minutes_until: (at - now).num_minutes(),
                    local_start: fmt_hhmm(
                        (chrono::Timelike::hour(&local) * 60 + chrono::Timelike::minute(&local)) as Minutes,
                    ),
                    duration_minutes: r.get(4)?,
                    timezone: zone.name().to_string(),
                    attendance,
                    online_url: r.get(9)?,
                    online_phone: r.get(10)?,
                    location: r.get(11)?,
                    address: r.get(12)?,
                    distance_km: distance
                        .filter(|d| *d <= SOON_WITHIN_KM)
                        .map(|d| (d * 1000.0).round() / 1000.0),
                    joined_group_id: r.get(13)?,
                });
            }
            day += Duration::days(1);
        }
    }
    out.sort_by(|a, b| {
        a.starts_at
            .cmp(&b.starts_at)
            .then_with(|| {
                a.distance_km
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.distance_km.unwrap_or(f64::INFINITY))
            })
            .then_with(|| a.id.cmp(&b.id))
    });
    out.truncate(limit);
    Ok(out)
}

impl Store {
    /// Directory meetings starting within the next [`SOON_WINDOW_MINUTES`] at `now`: online ones,
    /// and in-person ones near `near` (or, when `None`, near the place remembered from the last
    /// search). Times are shown in the user's zone `tz`. At most `limit`.
    pub fn meetings_soon(
        &self,
        now: DateTime<Utc>,
        tz: Tz,
        near: Option<GeoPoint>,
        limit: u32,
    ) -> Result<Vec<SoonMeeting>> {
        if let Some(p) = near {
            GeoPoint::new(p.latitude, p.longitude)?;
        }
        self.read(|c| {
            let near = match near {
                Some(p) => Some(p),
                None => super::last_place(c)?,
            };
            soon(c, now, tz, near, limit as usize)
        })
    }
}
