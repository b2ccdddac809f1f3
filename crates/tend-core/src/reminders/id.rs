//! Occurrence ids: the stable names of reminder occurrences, as a typed value that renders to and
//! parses from the strings the OS and the ledger keep (`daily:2025-03-09T02:30`,
//! `kit:2025-03-10:12-15-40`, `meeting:7:2025-03-10T19:00`, `goal:3:2025-03-10`,
//! `milestone:1:2025-04-01`, `gratitude:2025-03-10:12`). An id names the occurrence, not its row
//! or its position in a plan, so it survives replans and identifies a tap on any later day.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::ReminderKind;
use crate::error::Error;
use crate::messages::MessageId;
use crate::time::{Minutes, fmt_hhmm};

/// One reminder occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OccurrenceId {
    /// The daily check-in at a local time on a local date.
    Daily { date: NaiveDate, time: Minutes },
    /// Keep in touch with one person, or a bundle of people whose slots coincide (ids ascending).
    KeepInTouch { date: NaiveDate, people: Vec<i64> },
    /// A meeting starting at a local date and time in the meeting's own zone.
    Meeting {
        meeting_id: i64,
        date: NaiveDate,
        time: Minutes,
    },
    /// A goal falling behind in the period starting on `period_start`.
    Goal { goal_id: i64, period_start: NaiveDate },
    /// A network's milestone day.
    Milestone { network_id: i64, date: NaiveDate },
    /// A thank-you nudge on `date` for support received from a person.
    Gratitude { date: NaiveDate, person_id: i64 },
}

impl OccurrenceId {
    /// What kind of reminder this occurrence is.
    pub fn kind(&self) -> ReminderKind {
        match self {
            OccurrenceId::Daily { .. } => ReminderKind::DailyCheckin,
            OccurrenceId::KeepInTouch { .. } => ReminderKind::KeepInTouch,
            OccurrenceId::Meeting { .. } => ReminderKind::Meeting,
            OccurrenceId::Goal { .. } => ReminderKind::Goal,
            OccurrenceId::Milestone { .. } => ReminderKind::Milestone,
            OccurrenceId::Gratitude { .. } => ReminderKind::Gratitude,
        }
    }
}

/// The screen a tapped notification opens: where its reminder can be acted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Opens {
    /// The daily check-in is Today's first card.
    Today,
    /// One person's page: keep in touch with them, or thank them.
    Person { id: i64 },
    /// Several people at once (a bundle's chooser asks who was reached): the People list.
    People,
    /// The user's groups and meetings.
    Meetings,
    /// Goals and milestones.
    Progress,
}

impl OccurrenceId {
    /// Where a tap on this occurrence's notification takes the user.
    pub fn opens(&self) -> Opens {
        match self {
            OccurrenceId::Daily { .. } => Opens::Today,
            OccurrenceId::KeepInTouch { people, .. } => match people.as_slice() {
                [one] => Opens::Person { id: *one },
                _ => Opens::People,
            },
            OccurrenceId::Gratitude { person_id, .. } => Opens::Person { id: *person_id },
            OccurrenceId::Meeting { .. } => Opens::Meetings,
            OccurrenceId::Goal { .. } | OccurrenceId::Milestone { .. } => Opens::Progress,
        }
    }
}

/// Where a tap on notification `id` takes the user; Today for an id that is not a Tend
/// reminder's (an old or foreign one): opening the app is never refused.
pub fn opens(id: &str) -> Opens {
    id.parse::<OccurrenceId>().map_or(Opens::Today, |o| o.opens())
}

impl fmt::Display for OccurrenceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OccurrenceId::Daily { date, time } => write!(f, "daily:{date}T{}", fmt_hhmm(*time)),
            OccurrenceId::KeepInTouch { date, people } => {
                write!(f, "kit:{date}:")?;
                for (i, p) in people.iter().enumerate() {
                    if i > 0 {
                        f.write_str("-")?;
                    }
                    write!(f, "{p}")?;
                }
                Ok(())
            }
            OccurrenceId::Meeting { meeting_id, date, time } => {
                write!(f, "meeting:{meeting_id}:{date}T{}", fmt_hhmm(*time))
            }
            OccurrenceId::Goal { goal_id, period_start } => write!(f, "goal:{goal_id}:{period_start}"),
            OccurrenceId::Milestone { network_id, date } => write!(f, "milestone:{network_id}:{date}"),
            OccurrenceId::Gratitude { date, person_id } => write!(f, "gratitude:{date}:{person_id}"),
        }
    }
}

fn bad() -> Error {
    Error::invalid("notification id", MessageId::RefusalReminderId)
}

fn date(s: &str) -> Result<NaiveDate, Error> {
    // Exactly the rendered form, so parse(render(x)) == x and nothing else passes (chrono also
    // reads "-026-11-15", year -26, which renders as "-0026-11-15").
    let d: NaiveDate = s.parse().map_err(|_| bad())?;
    if d.to_string() != s {
        return Err(bad());
    }
    Ok(d)
}

fn id(s: &str) -> Result<i64, Error> {
    // Digits as rendered: no sign, no leading zero ("007" would come back as "7").
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0')) {
        return Err(bad());
    }
    s.parse().map_err(|_| bad())
}

fn date_time(s: &str) -> Result<(NaiveDate, Minutes), Error> {
    let (d, t) = s.split_once('T').ok_or_else(bad)?;
    let time = crate::time::parse_hhmm("notification id", t).map_err(|_| bad())?;
    // Exactly "HH:MM" as rendered: the time parser is lenient ("2:00\n" is 02:00) for people.
    if fmt_hhmm(time) != t {
        return Err(bad());
    }
    Ok((date(d)?, time))
}

impl FromStr for OccurrenceId {
    type Err = Error;

    /// Parses the rendered form exactly; anything else is `InvalidInput` ("notification id").
    fn from_str(s: &str) -> Result<Self, Error> {
        let (prefix, rest) = s.split_once(':').ok_or_else(bad)?;
        Ok(match prefix {
            "daily" => {
                let (date, time) = date_time(rest)?;
                OccurrenceId::Daily { date, time }
            }
            "kit" => {
                let (d, ids) = rest.split_once(':').ok_or_else(bad)?;
                let people = ids.split('-').map(id).collect::<Result<Vec<_>, _>>()?;
                if people.windows(2).any(|w| w[0] >= w[1]) {
                    return Err(bad());
                }
                OccurrenceId::KeepInTouch { date: date(d)?, people }
            }
            "meeting" => {
                let (m, dt) = rest.split_once(':').ok_or_else(bad)?;
                let (date, time) = date_time(dt)?;
                OccurrenceId::Meeting {
                    meeting_id: id(m)?,
                    date,
                    time,
                }
            }
            "goal" => {
                let (g, d) = rest.split_once(':').ok_or_else(bad)?;
                OccurrenceId::Goal {
                    goal_id: id(g)?,
                    period_start: date(d)?,
                }
            }
            "milestone" => {
                let (n, d) = rest.split_once(':').ok_or_else(bad)?;
                OccurrenceId::Milestone {
                    network_id: id(n)?,
                    date: date(d)?,
                }
            }
            "gratitude" => {
                let (d, p) = rest.split_once(':').ok_or_else(bad)?;
                OccurrenceId::Gratitude {
                    date: date(d)?,
                    person_id: id(p)?,
                }
            }
            _ => return Err(bad()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tap_opens_where_the_reminder_can_be_acted_on() {
        assert_eq!(opens("daily:2025-03-09T20:00"), Opens::Today);
        assert_eq!(opens("kit:2025-03-10:12"), Opens::Person { id: 12 });
        assert_eq!(opens("kit:2025-03-10:12-15-40"), Opens::People);
        assert_eq!(opens("gratitude:2025-03-10:15"), Opens::Person { id: 15 });
        assert_eq!(opens("meeting:7:2025-03-10T19:00"), Opens::Meetings);
        assert_eq!(opens("goal:3:2025-03-10"), Opens::Progress);
        assert_eq!(opens("milestone:1:2025-04-01"), Opens::Progress);
        // Anything else still opens the app, on Today.
        assert_eq!(opens("kit:2025-03-10:"), Opens::Today);
        assert_eq!(opens("../../etc"), Opens::Today);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_kind_renders_the_stable_string_and_parses_back() {
        let cases = [
            (
                OccurrenceId::Daily {
                    date: d("2025-03-09"),
                    time: 2 * 60 + 30,
                },
                "daily:2025-03-09T02:30",
            ),
            (
                OccurrenceId::KeepInTouch {
                    date: d("2025-03-10"),
                    people: vec![12],
                },
                "kit:2025-03-10:12",
            ),
            (
                OccurrenceId::KeepInTouch {
                    date: d("2025-03-10"),
                    people: vec![12, 15, 40],
                },
                "kit:2025-03-10:12-15-40",
            ),
            (
                OccurrenceId::Meeting {
                    meeting_id: 7,
                    date: d("2025-03-10"),
                    time: 19 * 60,
                },
                "meeting:7:2025-03-10T19:00",
            ),
            (
                OccurrenceId::Goal {
                    goal_id: 3,
                    period_start: d("2025-03-10"),
                },
                "goal:3:2025-03-10",
            ),
            (
                OccurrenceId::Milestone {
                    network_id: 1,
                    date: d("2025-04-01"),
                },
                "milestone:1:2025-04-01",
            ),
            (
                OccurrenceId::Gratitude {
                    date: d("2025-03-10"),
                    person_id: 12,
                },
                "gratitude:2025-03-10:12",
            ),
        ];
        for (id, text) in cases {
            assert_eq!(id.to_string(), text);
            assert_eq!(text.parse::<OccurrenceId>().unwrap(), id, "{text}");
        }
    }

    #[test]
    fn near_misses_are_refused() {
        for s in [
            "",
            "daily",
            "daily:",
            "daily:2025-03-09T2:30",
            "daily:2025-03-09T24:00",
            "daily:2025-3-9T02:30",
            "kit:2025-03-10:",
            "kit:2025-03-10:15-12",
            "kit:2025-03-10:12-12",
            "kit:2025-03-10:+12",
            "meeting:x:2025-03-10T19:00",
            "meeting:7:2025-03-10",
            "goal:3",
            "milestone:1:2025-02-30",
            "gratitude:2025-03-10:-1",
            "nudge:2025-03-10",
            "kit:2025-03-10:99999999999999999999",
            // Found by the occurrence_ids fuzz target: accepted, but rendered differently.
            "kit:-026-11-15:1",
            "goal:007:2025-03-10",
            "kit:2025-03-10:012-15",
            "daily:2026-11-26T2:00\n",
        ] {
            match s.parse::<OccurrenceId>() {
                Err(Error::InvalidInput { field, .. }) => assert_eq!(field, "notification id", "{s}"),
                other => panic!("{s:?} parsed as {other:?}"),
            }
        }
    }
}
