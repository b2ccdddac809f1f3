//! A realistic example store: someone six weeks into recovery with a sponsor, a therapist, two
//! friends and a sibling, a weekly group, a career-change network with a gap, goals and several
//! weeks of check-ins. Used by `tend demo` and the host binding tests. Also the heavy user the
//! benchmarks measure.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::checkins::{CheckinData, NewCheckin};
use crate::error::Result;
use crate::goals::GoalInput;
use crate::groups::{GroupInput, MeetingInput};
use crate::model::{Channel, CheckinKind, ContactKind, Direction, GroupKind, Importance, Period, Role, SupportKind};
use crate::network::NetworkInput;
use crate::people::{ContactMethod, PersonInput, parse_windows};
use crate::store::Store;
use crate::time::{local_date, resolve_local};

/// How many days of history the demo writes.
pub const HISTORY_DAYS: i64 = 42;

/// What the demo created, for callers that want to point at it.
#[derive(Debug, Clone)]
pub struct Demo {
    pub recovery: i64,
    pub career: i64,
    pub sponsor: i64,
    pub therapist: i64,
    pub group: i64,
}

/// Fills an empty store with the example, as seen at `now` in `tz`.
pub fn seed(store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<Demo> {
    let today = local_date(now, tz);
    let since = today - Duration::days(45);
    let recovery = store
        .add_network(
            &NetworkInput {
                name: "Recovery".into(),
                focus: Some("Staying sober, one day at a time".into()),
                since: Some(since),
            },
            now,
        )?
        .id;
    let career = store
        .add_network(
            &NetworkInput {
                name: "Career change".into(),
                focus: Some("Retraining as a nurse".into()),
                since: None,
            },
            now,
        )?
        .id;

    let added = now - Duration::days(HISTORY_DAYS + 7);
    let person =
        |name: &str, role: Role, support: &[SupportKind], cadence: Option<u32>, windows: &str, nets: &[i64]| {
            let mut p = PersonInput::new(name, role);
            p.support = support.to_vec();
            p.cadence_days = cadence;
            p.windows = parse_windows(windows)?;
            p.networks = nets.to_vec();
            Ok::<_, crate::Error>(p)
        };
    use SupportKind::*;
    let mut sam = person(
        "Sam",
        Role::Sponsor,
        &[Accountability, Inspiration, Emotional],
        Some(2),
        "daily 08:00-21:30",
        &[recovery],
    )?;
    sam.emergency = true;
    sam.contacts = vec![ContactMethod {
        kind: ContactKind::Phone,
        value: "+1 555 0100".into(),
    }];
    let sam = store.add_person(&sam, added)?.id;
    let mut priya = person(
        "Dr. Priya Shah",
        Role::Therapist,
        &[ProfessionalGuidance, Emotional],
        Some(14),
        "mon-fri 09:00-17:00",
        &[recovery],
    )?;
    priya.notes = Some("Sessions every other Thursday".into());
    let priya = store.add_person(&priya, added)?.id;
    let alex = store
        .add_person(
            &person("Alex", Role::Friend, &[Emotional, Practical], Some(7), "", &[recovery])?,
            added,
        )?
        .id;
    let jordan = store
        .add_person(
            &person(
                "Jordan",
                Role::Friend,
                &[Emotional, Inspiration],
                Some(10),
                "sat,sun 10:00-20:00",
                &[recovery],
            )?,
            added,
        )?
        .id;
    let mut maya = person(
        "Maya",
        Role::Family,
        &[Emotional, Practical, Financial],
        Some(7),
        "daily 17:00-22:00",
        &[recovery, career],
    )?;
    maya.emergency = true;
    maya.notes = Some("My sister".into());
    maya.contacts = vec![ContactMethod {
        kind: ContactKind::Phone,
        value: "+1 555 0142".into(),
    }];
    let maya = store.add_person(&maya, added)?.id;
    let lee = store
        .add_person(
            &person(
                "Lee",
                Role::Sponsor,
                &[ProfessionalGuidance, Inspiration],
                Some(21),
                "",
                &[career],
            )?,
            added,
        )?
        .id;
    let mut rick = PersonInput::new("Rick", Role::Other);
    rick.avoid = true;
    rick.notes = Some("Old drinking buddy — not now".into());
    store.add_person(&rick, added)?;

    for (kind, imp) in [
        (Emotional, Importance::Essential),
        (Accountability, Importance::Essential),
        (ProfessionalGuidance, Importance::Essential),
        (Practical, Importance::Helpful),
        (Inspiration, Importance::Helpful),
    ] {
        store.set_need(recovery, kind, imp, None)?;
    }
    store.set_need(career, ProfessionalGuidance, Importance::Essential, None)?;
    store.set_need(career, Financial, Importance::Essential, Some("Paying for the course"))?;
    // Maya covers financial only in Recovery; the career network's financial need stays a gap
    // until she is asked there too — the demo shows one uncovered need.
    let mut maya_edit = store.person(maya)?;
    maya_edit.support.retain(|s| *s != Financial);
    store.update_person(
        maya,
        &PersonInput {
            name: maya_edit.name,
            role: maya_edit.role,
            support: maya_edit.support,
            contacts: maya_edit.contacts,
            cadence_days: maya_edit.cadence_days,
            windows: maya_edit.windows,
            emergency: maya_edit.emergency,
            avoid: maya_edit.avoid,
            notes: maya_edit.notes,
            networks: maya_edit.networks,
        },
    )?;

    let mut group = GroupInput::new("Tuesday Night Step Group", GroupKind::TwelveStep);
    group.network_id = Some(recovery);
    group.address = Some("St. Mark's Hall, 12 Elm Street".into());
    group.meetings = vec![
        MeetingInput {
            weekday: Some(2),
            start: Some(19 * 60),
            duration_minutes: 90,
            timezone: tz.name().into(),
        },
        MeetingInput {
            weekday: Some(6),
            start: Some(10 * 60),
            duration_minutes: 60,
            timezone: tz.name().into(),
        },
    ];
    group.members = vec![sam, jordan];
    let group = store.add_group(&group, added)?.id;

    let goal = |network_id, kind, target, period, person_id, partner_id, title: &str| GoalInput {
        network_id,
        title: Some(title.into()),
        kind,
        person_id,
        group_id: None,
        target,
        period,
        partner_id,
        start_date: Some(today - Duration::days(HISTORY_DAYS)),
    };
    store.add_goal(
        &goal(
            recovery,
            CheckinKind::Meeting,
            2,
            Period::Week,
            None,
            Some(sam),
            "Two meetings a week",
        ),
        now,
        tz,
    )?;
    store.add_goal(
        &goal(
            recovery,
            CheckinKind::Daily,
            1,
            Period::Day,
            None,
            None,
            "Check in every evening",
        ),
        now,
        tz,
    )?;
    store.add_goal(
        &goal(
            recovery,
            CheckinKind::Contact,
            3,
            Period::Week,
            Some(sam),
            None,
            "Call Sam three times a week",
        ),
        now,
        tz,
    )?;
    store.add_goal(
        &goal(
            career,
            CheckinKind::Contact,
            1,
            Period::Month,
            Some(lee),
            None,
            "Monthly chat with Lee",
        ),
        now,
        tz,
    )?;

    // Several weeks of history, deterministic: a noisy but improving mood, most meetings, the
    // sponsor every couple of days, friends now and then, one friend and the sister overdue.
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut roll = |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    let log = |data: CheckinData, day: NaiveDate, minute: u16, note: Option<&str>| {
        store.log_checkin(&NewCheckin {
            data,
            note: note.map(str::to_string),
            at: resolve_local(day, minute, tz),
            zone: tz,
            idempotency_key: None,
        })
    };
    for back in (1..=HISTORY_DAYS).rev() {
        let day = today - Duration::days(back);
        let weekday = crate::time::weekday_num(chrono::Datelike::weekday(&day));
        if roll(8) != 0 {
            let mood = (2 + (HISTORY_DAYS - back) * 2 / HISTORY_DAYS + roll(2) as i64).clamp(1, 5) as u8;
            let craving = (7 - (HISTORY_DAYS - back) * 5 / HISTORY_DAYS - roll(2) as i64).clamp(0, 10) as u8;
            let note = (back % 9 == 0).then_some("Hard evening, but I made it through");
            log(
                CheckinData::Daily {
                    mood,
                    craving: Some(craving),
                },
                day,
                20 * 60 + 30,
                note,
            )?;
        }
        if (weekday == 2 || weekday == 6) && roll(5) != 0 {
            log(
                CheckinData::Meeting { group_id: group },
                day,
                if weekday == 2 { 20 * 60 + 30 } else { 11 * 60 },
                None,
            )?;
        }
        if back % 2 == 0 {
            let direction = if roll(4) == 0 {
                Direction::Both
            } else {
                Direction::Received
            };
            let contact = CheckinData::Contact {
                person_id: sam,
                channel: Channel::Call,
                direction,
                support: Some(Accountability),
            };
            log(contact, day, 18 * 60, None)?;
        }
        if back % 14 == 3 {
            let contact = CheckinData::Contact {
                person_id: priya,
                channel: Channel::Meet,
                direction: Direction::Received,
                support: Some(ProfessionalGuidance),
            };
            log(contact, day, 10 * 60, None)?;
        }
        if back % 6 == 1 {
            let contact = CheckinData::Contact {
                person_id: alex,
                channel: Channel::Text,
                direction: Direction::Both,
                support: None,
            };
            log(contact, day, 13 * 60, None)?;
        }
        if back == 12 || back == 26 {
            let contact = CheckinData::Contact {
                person_id: jordan,
                channel: Channel::Meet,
                direction: Direction::Gave,
                support: Some(Emotional),
            };
            log(contact, day, 15 * 60, None)?;
        }
        if back == 8 || back == 20 || back == 33 {
            let contact = CheckinData::Contact {
                person_id: maya,
                channel: Channel::Call,
                direction: Direction::Received,
                support: Some(Practical),
            };
            log(contact, day, 19 * 60, Some("She dropped off groceries"))?;
        }
        if back == 19 {
            let contact = CheckinData::Contact {
                person_id: lee,
                channel: Channel::Meet,
                direction: Direction::Received,
                support: Some(ProfessionalGuidance),
            };
            log(contact, day, 12 * 60, None)?;
        }
    }
    log(
        CheckinData::Gratitude { person_id: maya },
        today - Duration::days(7),
        21 * 60,
        Some("For the groceries and the lift"),
    )?;
    Ok(Demo {
        recovery,
        career,
        sponsor: sam,
        therapist: priya,
        group,
    })
}

/// A benchmark fixture: 1,000 people (with cadences and windows), 100 weekly meetings in 50 groups, 50 goals, and
/// `years` of history: a daily check-in, ~25 contacts and a meeting most days.
pub fn heavy_user(store: &Store, now: DateTime<Utc>, tz: Tz, years: i64) -> Result<()> {
    let start = now - Duration::days(365 * years);
    let net = store
        .add_network(
            &NetworkInput {
                name: "Recovery".into(),
                focus: None,
                since: Some(start.date_naive()),
            },
            start,
        )?
        .id;
    let mut people = Vec::new();
    for i in 0..1000 {
        let mut p = PersonInput::new(format!("Person {i}"), Role::ALL[i % Role::ALL.len()]);
        p.cadence_days = Some(3 + (i % 28) as u32);
        p.networks = vec![net];
        p.windows = parse_windows("mon-fri 09:00-21:00; sat,sun 10:00-18:00")?;
        people.push(store.add_person(&p, start)?.id);
    }
    let mut groups = Vec::new();
    for g in 0..50 {
        let mut input = GroupInput::new(format!("Group {g}"), GroupKind::TwelveStep);
        input.meetings = (0..2)
            .map(|m| MeetingInput {
                weekday: Some(((g + m * 3) % 7) as u8),
                start: Some(18 * 60 + (g % 4) as u16 * 30),
                duration_minutes: 60,
                timezone: tz.name().into(),
            })
            .collect();
        groups.push(store.add_group(&input, start)?.id);
    }
    for i in 0..50 {
        let kind = [CheckinKind::Meeting, CheckinKind::Contact, CheckinKind::Daily][i % 3];
        store.add_goal(
            &GoalInput {
                network_id: net,
                title: None,
                kind,
                person_id: (kind == CheckinKind::Contact).then(|| people[i]),
                group_id: (kind == CheckinKind::Meeting).then(|| groups[i % groups.len()]),
                target: 1 + (i % 3) as u32,
                period: [Period::Day, Period::Week, Period::Month][i % 3],
                partner_id: Some(people[(i * 7) % people.len()]),
                start_date: Some(start.date_naive()),
            },
            start,
            tz,
        )?;
    }
    let mut batch = Vec::new();
    let days = 365 * years;
    for d in 0..days {
        let day = start + Duration::days(d);
        batch.push(NewCheckin {
            data: CheckinData::Daily {
                mood: 3,
                craving: Some(2),
            },
            note: None,
            at: day + Duration::hours(3),
            zone: tz,
            idempotency_key: None,
        });
        for c in 0..25 {
            let person_id = people[((d * 25 + c) % 1000) as usize];
            batch.push(NewCheckin {
                data: CheckinData::Contact {
                    person_id,
                    channel: Channel::Call,
                    direction: Direction::Both,
                    support: None,
                },
                note: None,
                at: day + Duration::minutes(c * 7),
                zone: tz,
                idempotency_key: None,
            });
        }
        batch.push(NewCheckin {
            data: CheckinData::Meeting {
                group_id: groups[(d % 50) as usize],
            },
            note: None,
            at: day + Duration::hours(1),
            zone: tz,
            idempotency_key: None,
        });
        if batch.len() > 20_000 {
            store.log_checkins(&batch)?;
            batch.clear();
        }
    }
    store.log_checkins(&batch)?;
    Ok(())
}
