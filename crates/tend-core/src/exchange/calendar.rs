//! iCalendar (RFC 5545) export: every scheduled meeting as a weekly recurring event in its own
//! time zone, and optionally reminder-plan entries, for any calendar app to import or subscribe.
//!
//! Times carry `TZID` with the IANA zone name (`DTSTART;TZID=America/New_York:…`) and no
//! `VTIMEZONE` block: the writing crate does not generate them, and Google, Apple and Outlook
//! calendars resolve IANA names themselves. The expansion is checked with an independent parser
//! in the tests, across a DST change.

use chrono::{DateTime, Datelike, Duration, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::groups::{Group, Meeting};
use crate::messages::{Catalog, Message, MessageId};
use crate::store::Store;
use crate::time::{local_date, weekday_num};

/// One reminder to put in the calendar: a short event at `at`. The reminder planner's
/// notifications map onto this one to one (`id` → `id`, `fire_at` → `at`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarReminder {
    /// Stable id; the event's UID is made from it, so re-importing updates instead of duplicating.
    pub id: String,
    pub at: DateTime<Utc>,
    pub title: Message,
    pub body: Message,
}

impl From<&crate::reminders::Notification> for CalendarReminder {
    fn from(n: &crate::reminders::Notification) -> Self {
        CalendarReminder {
            id: n.id.clone(),
            at: n.fire_at,
            title: n.title.clone(),
            body: n.body.clone(),
        }
    }
}

/// What to put in the calendar besides the meetings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarOptions {
    /// Reminder-plan entries to add as short one-off events.
    pub reminders: Vec<CalendarReminder>,
}

const BYDAY: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
/// How long a reminder event lasts in the calendar.
const REMINDER_MINUTES: i64 = 5;

/// The weekly event for one meeting, or `None` for one by appointment. The series starts on
/// the meeting's most recent day on or before `now` in its own zone, so this week shows too.
/// `discreet` names it as its discreet notification does and leaves out the notes, so a
/// calendar widget on the lock screen names no group; where and how to join stay.
fn meeting_event(g: &Group, m: &Meeting, now: DateTime<Utc>, discreet: bool, words: &Catalog) -> Option<Event> {
    let (weekday, start) = (m.weekday?, m.start?);
    let tz: chrono_tz::Tz = m.timezone.parse().ok()?;
    let today = local_date(now, tz);
    let back = (7 + i64::from(weekday_num(today.weekday())) - i64::from(weekday)) % 7;
    let first = today - Duration::days(back);
    let local = first.and_hms_opt(u32::from(start / 60), u32::from(start % 60), 0)?;
    let mut e = Event::new();
    e.uid(&format!("tend-meeting-{}-{}@tend.local", g.id, m.id))
        .timestamp(now)
        .summary(&if discreet {
            words.render(&Message::new(MessageId::ReminderMeetingDiscreetTitle))
        } else {
            g.name.clone()
        })
        .starts(CalendarDateTime::WithTimezone {
            date_time: local,
            tzid: tz.name().to_string(),
        })
        .add_property("DURATION", format!("PT{}M", m.duration_minutes))
        .add_property(
            "RRULE",
            format!("FREQ=WEEKLY;BYDAY={}", BYDAY[usize::from(weekday % 7)]),
        );
    if let Some(a) = &g.address {
        e.location(a);
    }
    if let Some(u) = &g.online_url {
        e.url(u);
    }
    let mut desc: Vec<String> = Vec::new();
    if let Some(u) = &g.online_url {
        desc.push(words.render(&Message::new(MessageId::CalendarOnline).text("url", u.as_str())));
    }
    if let Some(p) = &g.online_phone {
        desc.push(words.render(&Message::new(MessageId::CalendarPhone).text("phone", p.as_str())));
    }
    if let Some(n) = g.notes.as_ref().filter(|_| !discreet) {
        desc.push(n.clone());
    }
    if !desc.is_empty() {
        e.description(&desc.join("\n"));
    }
    Some(e.done())
}

fn reminder_event(r: &CalendarReminder, now: DateTime<Utc>, words: &Catalog) -> Event {
    Event::new()
        .uid(&format!("tend-reminder-{}@tend.local", r.id))
        .timestamp(now)
        .summary(&words.render(&r.title))
        .description(&words.render(&r.body))
        .starts(CalendarDateTime::Utc(r.at))
        .ends(CalendarDateTime::Utc(r.at + Duration::minutes(REMINDER_MINUTES)))
        .done()
}

/// The calendar text for `groups` (CRLF line ends, lines folded at 75 octets), worded in
/// `words`' language. `discreet` titles every meeting "Upcoming event" and leaves out group
/// notes (reminder entries are already worded by the planner's discreet mode).
pub fn to_ics(
    groups: &[Group],
    options: &CalendarOptions,
    now: DateTime<Utc>,
    discreet: bool,
    words: &Catalog,
) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Tend//Tend meetings//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("Tend");
    for g in groups {
        for m in &g.meetings {
            if let Some(e) = meeting_event(g, m, now, discreet, words) {
                cal.push(e);
            }
        }
    }
    for r in &options.reminders {
        cal.push(reminder_event(r, now, words));
    }
    cal.done().to_string()
}

impl Store {
    /// The reminder plan at `now` in `zone` (see [`Store::plan`]) as calendar entries, for
    /// `CalendarOptions::reminders`. Reads only.
    pub fn calendar_reminders(&self, now: DateTime<Utc>, zone: chrono_tz::Tz) -> Result<Vec<CalendarReminder>> {
        use crate::reminders::{DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING};
        let plan = self.plan(now, zone, DEFAULT_HORIZON_DAYS, DEFAULT_MAX_PENDING)?;
        Ok(plan.notifications.iter().map(CalendarReminder::from).collect())
    }

    /// Every group's scheduled meetings as an iCalendar file, worded in the shipped language
    /// for `locale`; with `include_reminders`, the reminder plan at `now` in `zone` too, as
    /// short one-off events.
    pub fn calendar(
        &self,
        include_reminders: bool,
        now: DateTime<Utc>,
        zone: chrono_tz::Tz,
        locale: &str,
    ) -> Result<String> {
        let reminders = if include_reminders {
            self.calendar_reminders(now, zone)?
        } else {
            Vec::new()
        };
        self.export_calendar(&CalendarOptions { reminders }, now, locale)
    }

    /// Every group's scheduled meetings (and `options.reminders`) as an iCalendar file.
    /// Meetings by appointment have no time and are left out. `now` stamps the events and
    /// picks the first week shown. In discreet mode (a setting) no group name or note is
    /// written: calendars show up on lock screens and in shared views too.
    pub fn export_calendar(&self, options: &CalendarOptions, now: DateTime<Utc>, locale: &str) -> Result<String> {
        let discreet = self.settings()?.discreet;
        Ok(to_ics(
            &self.groups()?,
            options,
            now,
            discreet,
            Catalog::for_locale(locale),
        ))
    }
}
