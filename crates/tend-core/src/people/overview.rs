//! What the phone's People screens show, decided once for both shells: where each person stands
//! (days since the last contact, when they are next due), the order the list is read in, a
//! person's page (what they cover, the give/receive balance, the last things logged with them,
//! whether their contact window is open now), and what removing a network takes with it.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::{Person, due::cadence_people, window_open};
use crate::checkins::{Checkin, CheckinQuery};
use crate::error::Result;
use crate::model::SupportKind;
use crate::network::Network;
use crate::reciprocity::Balance;
use crate::store::Store;
use crate::time::{local_date, local_day_minute, parse_date, weekday_num};

/// "Soon" is someone due within this many days.
pub const SOON_DAYS: i64 = 2;
/// A person's page weighs give and receive over this many days.
pub const BALANCE_DAYS: u32 = 90;
/// A person's page lists at most this many check-ins with them.
pub const RECENT_WITH: u32 = 10;

/// Where the user stands with someone, for the words and the order of the People list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Standing {
    /// Their keep-in-touch day has passed.
    Overdue,
    DueToday,
    /// Due within [`SOON_DAYS`].
    Soon,
    /// Keep-in-touch rhythm set, not due for a while.
    Fine,
    /// No keep-in-touch rhythm: never due.
    NoRhythm,
    /// Someone the user keeps their distance from: never suggested, listed last.
    Avoided,
}

/// One row of the People list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PersonSummary {
    pub person: Person,
    /// The local day of the last contact logged with them.
    pub last_contact: Option<NaiveDate>,
    /// Whole local days since that contact (0 = today).
    pub days_since_contact: Option<i64>,
    /// With a rhythm: days until they are due (0 = today, negative = overdue by that many).
    pub due_in_days: Option<i64>,
    pub standing: Standing,
}

/// A person's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PersonPage {
    pub summary: PersonSummary,
    /// The needs of their networks that they meet (the rule `coverage` uses).
    pub covers: Vec<SupportKind>,
    /// Give and receive over the last [`BALANCE_DAYS`]; `None` with no contact logged then.
    pub balance: Option<Balance>,
    /// Up to [`RECENT_WITH`] check-ins with them, newest first.
    pub recent: Vec<Checkin>,
    /// Their contact windows allow a call now (always, with no windows set).
    pub window_open_now: bool,
}

/// What removing a network takes with it and what stays, said before the user confirms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NetworkRemoval {
    pub network: Network,
    /// Needs removed with it.
    pub needs: u32,
    /// Goals removed with it.
    pub goals: u32,
    /// People in it: they stay in the user's list (and their other networks).
    pub members: u32,
    /// Groups linked to it: they stay, no longer linked.
    pub groups: u32,
}

fn standing(p: &Person, due_in: Option<i64>) -> Standing {
    match due_in {
        _ if p.avoid => Standing::Avoided,
        None => Standing::NoRhythm,
        Some(d) if d < 0 => Standing::Overdue,
        Some(0) => Standing::DueToday,
        Some(d) if d <= SOON_DAYS => Standing::Soon,
        Some(_) => Standing::Fine,
    }
}

fn last_contacts(c: &Connection) -> Result<std::collections::HashMap<i64, NaiveDate>> {
    let mut st = c.prepare_cached("SELECT person_id, local_date FROM last_contact")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = std::collections::HashMap::new();
    for row in rows {
        let (id, day) = row?;
        // A damaged date reads as no contact rather than failing the whole list.
        if let Ok(day) = parse_date("local_date", &day) {
            out.insert(id, day);
        }
    }
    Ok(out)
}

fn summarize(c: &Connection, people: Vec<Person>, tz: Tz, today: NaiveDate) -> Result<Vec<PersonSummary>> {
    let due: std::collections::HashMap<i64, i64> = cadence_people(c, tz, today)?
        .into_iter()
        .map(|d| (d.person_id, -d.days_overdue))
        .collect();
    let last = last_contacts(c)?;
    let mut out: Vec<PersonSummary> = people
        .into_iter()
        .map(|person| {
            let last_contact = last.get(&person.id).copied();
            let due_in_days = if person.avoid {
                None
            } else {
                due.get(&person.id).copied()
            };
            PersonSummary {
                standing: standing(&person, due_in_days),
                days_since_contact: last_contact.map(|d| today.signed_duration_since(d).num_days().max(0)),
                last_contact,
                due_in_days,
                person,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let urgent = |s: &PersonSummary| matches!(s.standing, Standing::Overdue | Standing::DueToday | Standing::Soon);
        let rank = |s: &PersonSummary| match s.standing {
            Standing::Overdue | Standing::DueToday | Standing::Soon => 0,
            Standing::Fine | Standing::NoRhythm => 1,
            Standing::Avoided => 2,
        };
        rank(a).cmp(&rank(b)).then_with(|| {
            if urgent(a) && urgent(b) {
                a.due_in_days.cmp(&b.due_in_days)
            } else {
                std::cmp::Ordering::Equal
            }
            .then_with(|| a.person.name.to_lowercase().cmp(&b.person.name.to_lowercase()))
            .then_with(|| a.person.id.cmp(&b.person.id))
        })
    });
    Ok(out)
}

impl Store {
    /// The People list of one network (or everyone): the most overdue first, then due today,
    /// then due soon, then everyone else by name; people the user avoids last.
    pub fn people_overview(&self, network: Option<i64>, now: DateTime<Utc>, tz: Tz) -> Result<Vec<PersonSummary>> {
        let people = self.people(network)?;
        let today = local_date(now, tz);
        self.read(|c| summarize(c, people, tz, today))
    }

    /// One person's page.
    pub fn person_page(&self, id: i64, now: DateTime<Utc>, tz: Tz) -> Result<PersonPage> {
        let person = self.person(id)?;
        let (today, minute) = local_day_minute(now, tz);
        let window_open_now = window_open(&person.windows, weekday_num(chrono::Datelike::weekday(&today)), minute);
        let covers = {
            let mut kinds: Vec<SupportKind> = self
                .read(|c| crate::needs::coverage(c, None))?
                .into_iter()
                .filter(|cov| {
                    person.networks.contains(&cov.need.network_id) && cov.covered_by.iter().any(|p| p.id == id)
                })
                .map(|cov| cov.need.kind)
                .collect();
            kinds.sort();
            kinds.dedup();
            kinds
        };
        let balance = self
            .reciprocity(now, BALANCE_DAYS)?
            .into_iter()
            .find(|b| b.person_id == id);
        let recent = self.checkins(&CheckinQuery {
            person_id: Some(id),
            limit: Some(RECENT_WITH),
            ..CheckinQuery::default()
        })?;
        let summary = self
            .read(|c| summarize(c, vec![person], tz, today))?
            .pop()
            .expect("one person in, one summary out");
        Ok(PersonPage {
            summary,
            covers,
            balance,
            recent,
            window_open_now,
        })
    }

    /// What removing network `id` would remove and what would stay; nothing is changed.
    pub fn network_removal(&self, id: i64) -> Result<NetworkRemoval> {
        self.read(|c| {
            let network = crate::network::get(c, id)?;
            let count = |sql: &str| -> Result<u32> { Ok(c.query_row(sql, params![id], |r| r.get(0))?) };
            Ok(NetworkRemoval {
                network,
                needs: count("SELECT count(*) FROM need WHERE network_id = ?1")?,
                goals: count("SELECT count(*) FROM goal WHERE network_id = ?1")?,
                members: count("SELECT count(*) FROM network_member WHERE network_id = ?1")?,
                groups: count("SELECT count(*) FROM support_group WHERE network_id = ?1")?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::{CheckinData, CheckinInput};
    use crate::model::{Channel, Direction, Importance, Role};
    use crate::network::NetworkInput;
    use crate::people::{ContactWindow, PersonInput};
    use chrono::TimeZone;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path().join("t.db"), &[7u8; 32]).unwrap();
        (dir, s)
    }

    fn tz() -> Tz {
        "Europe/Berlin".parse().unwrap()
    }

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).unwrap()
    }

    fn person(s: &Store, name: &str, cadence: Option<u32>, network: i64, now: DateTime<Utc>) -> Person {
        let mut p = PersonInput::new(name, Role::Friend);
        p.cadence_days = cadence;
        p.networks = vec![network];
        s.add_person(&p, now).unwrap()
    }

    fn contact(s: &Store, id: i64, when: DateTime<Utc>, direction: Direction) {
        let input = CheckinInput {
            data: CheckinData::Contact {
                person_id: id,
                channel: Channel::Call,
                direction,
                support: None,
            },
            zone: "Europe/Berlin".into(),
            at: Some(when),
            idempotency_key: None,
            note: None,
        };
        s.log_checkin_input(input, when).unwrap();
    }

    #[test]
    fn the_list_reads_most_overdue_first_then_due_then_soon_then_by_name_avoided_last() {
        let (_dir, s) = store();
        let n = s
            .add_network(
                &NetworkInput {
                    name: "Recovery".into(),
                    ..Default::default()
                },
                at(1, 9),
            )
            .unwrap()
            .id;
        person(&s, "zed", None, n, at(1, 9));
        person(&s, "Amy", Some(30), n, at(1, 9));
        person(&s, "Sam", Some(7), n, at(1, 9)); // due the 8th: 12 days overdue on the 20th
        let kim = person(&s, "Kim", Some(3), n, at(1, 9));
        contact(&s, kim.id, at(17, 12), Direction::Both); // due the 20th
        let lou = person(&s, "Lou", Some(5), n, at(1, 9));
        contact(&s, lou.id, at(16, 12), Direction::Gave); // due the 21st: soon
        let bo = person(&s, "Bo", Some(2), n, at(1, 9));
        contact(&s, bo.id, at(15, 12), Direction::Gave); // due the 17th: 3 days overdue
        let mut avoid = PersonInput::new("Al", Role::Family);
        avoid.cadence_days = Some(1);
        avoid.avoid = true;
        avoid.networks = vec![n];
        s.add_person(&avoid, at(1, 9)).unwrap();

        let list = s.people_overview(Some(n), at(20, 10), tz()).unwrap();
        let names: Vec<&str> = list.iter().map(|p| p.person.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Bo", "Kim", "Lou", "Amy", "zed", "Al"]);
        let by = |name: &str| list.iter().find(|p| p.person.name == name).unwrap();
        assert_eq!(
            (by("Sam").standing, by("Sam").due_in_days, by("Sam").days_since_contact),
            (Standing::Overdue, Some(-12), None)
        );
        assert_eq!(
            (by("Kim").standing, by("Kim").days_since_contact),
            (Standing::DueToday, Some(3))
        );
        assert_eq!((by("Lou").standing, by("Lou").due_in_days), (Standing::Soon, Some(1)));
        assert_eq!(by("Amy").standing, Standing::Fine);
        assert_eq!((by("zed").standing, by("zed").due_in_days), (Standing::NoRhythm, None));
        assert_eq!((by("Al").standing, by("Al").due_in_days), (Standing::Avoided, None));
        // The same list when every network is asked for; another network's people are not in it.
        let other = s
            .add_network(
                &NetworkInput {
                    name: "Work".into(),
                    ..Default::default()
                },
                at(1, 9),
            )
            .unwrap()
            .id;
        person(&s, "Ola", None, other, at(1, 9));
        assert_eq!(s.people_overview(Some(n), at(20, 10), tz()).unwrap().len(), 7);
        assert_eq!(s.people_overview(None, at(20, 10), tz()).unwrap().len(), 8);
    }

    #[test]
    fn days_since_contact_count_local_days() {
        let (_dir, s) = store();
        let n = s
            .add_network(
                &NetworkInput {
                    name: "Recovery".into(),
                    ..Default::default()
                },
                at(1, 9),
            )
            .unwrap()
            .id;
        let sam = person(&s, "Sam", Some(14), n, at(1, 9));
        // 23:30 UTC on the 10th is already the 11th in Berlin.
        contact(
            &s,
            sam.id,
            Utc.with_ymd_and_hms(2026, 3, 10, 23, 30, 0).unwrap(),
            Direction::Both,
        );
        let row = s.people_overview(Some(n), at(20, 10), tz()).unwrap().pop().unwrap();
        assert_eq!(row.last_contact, NaiveDate::from_ymd_opt(2026, 3, 11));
        assert_eq!(row.days_since_contact, Some(9));
        assert_eq!(row.due_in_days, Some(5));
    }

    #[test]
    fn a_persons_page_says_what_they_cover_the_balance_and_whether_now_is_a_good_time() {
        let (_dir, s) = store();
        let n = s
            .add_network(
                &NetworkInput {
                    name: "Recovery".into(),
                    ..Default::default()
                },
                at(1, 9),
            )
            .unwrap()
            .id;
        s.set_need(n, SupportKind::Emotional, Importance::Essential, None)
            .unwrap();
        s.set_need(n, SupportKind::Practical, Importance::Helpful, None)
            .unwrap();
        let mut p = PersonInput::new("Sam", Role::Sponsor);
        p.support = vec![SupportKind::Emotional, SupportKind::Financial];
        p.networks = vec![n];
        // Evenings 18:00-21:00 on Fridays (5).
        p.windows = vec![ContactWindow {
            weekday: 5,
            start: 18 * 60,
            end: 21 * 60,
        }];
        let sam = s.add_person(&p, at(1, 9)).unwrap();
        for day in 2..8 {
            contact(&s, sam.id, at(day, 10), Direction::Gave);
        }
        // 2026-03-20 is a Friday: 10:00 UTC = 11:00 in Berlin (closed), 18:00 UTC = 19:00 (open).
        let page = s.person_page(sam.id, at(20, 10), tz()).unwrap();
        assert_eq!(page.covers, [SupportKind::Emotional]);
        let balance = page.balance.unwrap();
        assert_eq!((balance.gave, balance.received), (6, 0));
        assert_eq!(page.recent.len(), 6);
        assert!(page.recent[0].at > page.recent[5].at, "newest first");
        assert!(!page.window_open_now);
        assert!(s.person_page(sam.id, at(20, 18), tz()).unwrap().window_open_now);
        assert!(matches!(
            s.person_page(999, at(20, 18), tz()),
            Err(crate::Error::NotFound { .. })
        ));
    }

    #[test]
    fn removing_a_network_is_described_before_it_happens_and_nothing_changes() {
        let (_dir, s) = store();
        let n = s
            .add_network(
                &NetworkInput {
                    name: "Recovery".into(),
                    ..Default::default()
                },
                at(1, 9),
            )
            .unwrap()
            .id;
        s.set_need(n, SupportKind::Emotional, Importance::Essential, None)
            .unwrap();
        s.set_need(n, SupportKind::Practical, Importance::Helpful, None)
            .unwrap();
        person(&s, "Sam", None, n, at(1, 9));
        let before = s.network_removal(n).unwrap();
        assert_eq!(
            (
                before.network.name.as_str(),
                before.needs,
                before.goals,
                before.members,
                before.groups
            ),
            ("Recovery", 2, 0, 1, 0)
        );
        assert_eq!(s.coverage(Some(n)).unwrap().len(), 2, "asking removes nothing");
        s.remove_network(n).unwrap();
        assert_eq!(s.people(None).unwrap().len(), 1, "the people stay, as it said");
        assert!(matches!(s.network_removal(n), Err(crate::Error::NotFound { .. })));
    }
}
