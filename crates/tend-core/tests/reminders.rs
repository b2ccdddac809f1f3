//! The reminder planner: DST gaps and overlaps in every IANA zone, travel, quiet hours, contact
//! windows, discreet mode, the ledger diff and idempotent actions.

mod common;

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};
use proptest::prelude::*;
use tend_core::Error;
use tend_core::checkins::{CheckinData, CheckinQuery};
use tend_core::goals::GoalInput;
use tend_core::groups::{GroupInput, MeetingInput};
use tend_core::model::{CheckinKind, Direction, GroupKind, Period, Role};
use tend_core::people::{ContactWindow, PersonInput, window_open};
use tend_core::reminders::testing::{DuePersonSpec, QuietHours, Settings, plan_people};
use tend_core::reminders::{Action, Notification, Plan, ReminderKind};
use tend_core::time::{fmt_hhmm, resolve_local, weekday_num};

use common::{at, fresh, network, person_at, tz};

fn local_minute(t: DateTime<Utc>, zone: Tz) -> u16 {
    let l = t.with_timezone(&zone);
    (l.hour() * 60 + l.minute()) as u16
}

fn daily_only(times: &[u16]) -> Settings {
    Settings {
        checkin_times: times.to_vec(),
        quiet_hours: None,
        ..Settings::default()
    }
}

fn dailies(p: &Plan) -> Vec<&Notification> {
    p.notifications
        .iter()
        .filter(|n| n.kind == ReminderKind::DailyCheckin)
        .collect()
}

/// Checks that on each local day in `days` the daily at `tm` fires exactly once, at the
/// resolved wall time (shifted forward through a gap, first of an overlap).
fn check_daily_days(zone: Tz, tm: u16, days: impl Iterator<Item = NaiveDate>, p: &Plan) -> Result<(), String> {
    for d in days {
        let id = format!("daily:{d}T{}", fmt_hhmm(tm));
        let hits: Vec<_> = p.notifications.iter().filter(|n| n.id == id).collect();
        if hits.len() != 1 {
            return Err(format!("{zone} {id}: {} notifications", hits.len()));
        }
        let fire = hits[0].fire_at;
        let naive = d.and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(i64::from(tm));
        match zone.from_local_datetime(&naive) {
            LocalResult::Single(t) if t.with_timezone(&Utc) != fire => {
                return Err(format!("{zone} {id}: fired {fire}, expected {t}"));
            }
            LocalResult::Ambiguous(first, _) if first.with_timezone(&Utc) != fire => {
                return Err(format!("{zone} {id}: fired {fire}, expected the first {first}"));
            }
            LocalResult::None => {
                let wall = fire.with_timezone(&zone).naive_local();
                if wall <= naive || wall - naive > Duration::hours(3) {
                    return Err(format!("{zone} {id}: gap time fired at wall {wall}"));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Days in 2020–2035 on which `zone` changes its UTC offset, found month by month.
fn offset_changes(zone: Tz) -> Vec<NaiveDate> {
    let offset = |d: NaiveDate| {
        let t = Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap());
        chrono::Offset::fix(&zone.offset_from_utc_datetime(&t.naive_utc())).local_minus_utc()
    };
    let mut out = Vec::new();
    let mut a = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2035, 12, 31).unwrap();
    while a < end {
        let b = (a + Duration::days(31)).min(end);
        if offset(a) != offset(b) {
            let (mut lo, mut hi) = (a, b);
            while (hi - lo).num_days() > 1 {
                let mid = lo + Duration::days((hi - lo).num_days() / 2);
                if offset(mid) == offset(lo) { lo = mid } else { hi = mid }
            }
            // The change happens on `lo` (after noon) or `hi` (before noon): test both days.
            out.push(lo);
            out.push(hi);
        }
        a = b;
    }
    out
}

#[test]
fn every_zone_every_clock_change_2020_2035_daily_fires_once() {
    let mut checked = 0;
    for zone in TZ_VARIANTS {
        for day in offset_changes(zone) {
            // The local times around the change: every half hour of the small hours and the evening.
            for tm in [0u16, 30, 60, 90, 120, 150, 180, 210, 1380, 1410] {
                let s = daily_only(&[tm]);
                let now = resolve_local(day - Duration::days(2), 0, zone);
                let p = plan_people(&s, &[], now, zone, 5, 60);
                check_daily_days(zone, tm, (day - Duration::days(1)).iter_days().take(3), &p).unwrap();
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "only {checked} zone/day/time cases");
}

fn windows_strategy() -> impl Strategy<Value = Vec<ContactWindow>> {
    prop::collection::vec(
        (0u8..7, 0u16..1440, 1u16..600).prop_map(|(weekday, start, len)| ContactWindow {
            weekday,
            start,
            end: (start + len) % 1440,
        }),
        0..3,
    )
    .prop_map(|ws| ws.into_iter().filter(|w| w.start != w.end).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// Any zone, any date 2020–2035, any time, quiet hours off: once per local day.
    #[test]
    fn daily_once_per_local_day(zi in 0..TZ_VARIANTS.len(), day in 0i64..5844, tm in 0u16..1440) {
        let zone = TZ_VARIANTS[zi];
        let d0 = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days(day);
        let now = resolve_local(d0, 0, zone) - Duration::minutes(1);
        let p = plan_people(&daily_only(&[tm]), &[], now, zone, 6, 60);
        check_daily_days(zone, tm, d0.iter_days().take(5), &p).map_err(TestCaseError::fail)?;
    }

    /// Any zone and date, quiet hours, several check-in times and people with contact windows:
    /// nothing inside quiet hours, keep-in-touch only inside windows, ids unique, plan ≤ max.
    #[test]
    fn plan_respects_quiet_windows_ids_and_max(
        zi in 0..TZ_VARIANTS.len(),
        day in 0i64..5844,
        hour in 0i64..24,
        times in prop::collection::btree_set(0u16..1440, 1..4),
        quiet in prop::option::of((0u16..1440, 1u16..720)),
        people in prop::collection::vec((0i64..20, windows_strategy()), 0..12),
        cap in 1u32..6,
        max in 1u32..80,
    ) {
        let zone = TZ_VARIANTS[zi];
        let d0 = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days(day);
        let now = resolve_local(d0, 0, zone) + Duration::hours(hour);
        let quiet = quiet.map(|(start, len)| QuietHours { start, end: (start + len) % 1440 });
        let s = Settings {
            checkin_times: times.into_iter().collect(),
            quiet_hours: quiet.filter(|q| q.start != q.end),
            daily_cap: cap,
            ..Settings::default()
        };
        let specs: Vec<DuePersonSpec> = people
            .into_iter()
            .enumerate()
            .map(|(i, (due, windows))| DuePersonSpec {
                id: i as i64 + 1,
                name: format!("P{i}"),
                due_date: d0 + Duration::days(due - 5),
                windows,
            })
            .collect();
        let p = plan_people(&s, &specs, now, zone, 10, max);
        prop_assert!(p.notifications.len() <= max as usize);
        let ids: HashSet<&str> = p.notifications.iter().map(|n| n.id.as_str()).collect();
        prop_assert_eq!(ids.len(), p.notifications.len(), "ids unique");
        prop_assert!(p.notifications.windows(2).all(|w| w[0].fire_at <= w[1].fire_at), "sorted");
        for n in &p.notifications {
            prop_assert!(n.fire_at > now);
            let m = local_minute(n.fire_at, zone);
            if let Some(q) = s.quiet_hours {
                prop_assert!(!q.contains(m), "{} at {} is inside quiet hours {:?}", n.id, n.local_time, q);
            }
            if n.kind == ReminderKind::KeepInTouch {
                let wd = weekday_num(n.fire_at.with_timezone(&zone).weekday());
                for pid in &n.refers.person_ids {
                    let spec = specs.iter().find(|x| x.id == *pid).unwrap();
                    prop_assert!(window_open(&spec.windows, wd, m), "{} at {} outside the window", n.id, n.local_time);
                }
            }
        }
    }
}

#[test]
fn new_york_spring_gap_0230_fires_once_at_0330_edt() {
    let zone = tz("America/New_York");
    let p = plan_people(&daily_only(&[150]), &[], at("2025-03-08T12:00:00Z"), zone, 3, 60);
    let hits: Vec<_> = dailies(&p)
        .into_iter()
        .filter(|n| n.id == "daily:2025-03-09T02:30")
        .collect();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].fire_at, at("2025-03-09T07:30:00Z"));
    assert_eq!(hits[0].local_time, "2025-03-09T03:30:00-04:00");
    // And exactly one daily on that local day.
    let that_day = dailies(&p)
        .iter()
        .filter(|n| n.local_time.starts_with("2025-03-09"))
        .count();
    assert_eq!(that_day, 1);
}

#[test]
fn new_york_fall_overlap_0130_fires_once_at_edt() {
    let zone = tz("America/New_York");
    let p = plan_people(&daily_only(&[90]), &[], at("2025-11-01T12:00:00Z"), zone, 3, 60);
    let day: Vec<_> = dailies(&p)
        .into_iter()
        .filter(|n| n.local_time.starts_with("2025-11-02"))
        .collect();
    assert_eq!(day.len(), 1, "{day:?}");
    assert_eq!(day[0].id, "daily:2025-11-02T01:30");
    assert_eq!(day[0].fire_at, at("2025-11-02T05:30:00Z"));
    assert_eq!(day[0].local_time, "2025-11-02T01:30:00-04:00");
}

#[test]
fn lord_howe_half_hour_shifts() {
    let zone = tz("Australia/Lord_Howe");
    // Spring forward 02:00 → 02:30 on 2025-10-05: 02:15 fires at 02:45 (+11:00), once.
    let p = plan_people(&daily_only(&[135]), &[], at("2025-10-03T12:00:00Z"), zone, 4, 60);
    let n: Vec<_> = dailies(&p)
        .into_iter()
        .filter(|n| n.id == "daily:2025-10-05T02:15")
        .collect();
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].local_time, "2025-10-05T02:45:00+11:00");
    // Fall back 02:00 → 01:30 on 2026-04-05: 01:45 happens twice; it fires once, the first (+11:00).
    let p = plan_people(&daily_only(&[105]), &[], at("2026-04-03T12:00:00Z"), zone, 4, 60);
    let n: Vec<_> = dailies(&p)
        .into_iter()
        .filter(|n| n.local_time.starts_with("2026-04-05"))
        .collect();
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].local_time, "2026-04-05T01:45:00+11:00");
}

#[test]
fn travel_new_york_to_tokyo() {
    let f = fresh();
    let ny = tz("America/New_York");
    let tokyo = tz("Asia/Tokyo");
    f.store.set_setting("checkin_times", "09:00").unwrap();
    let mut g = GroupInput::new("Thursday Home Group", GroupKind::TwelveStep);
    g.meetings.push(MeetingInput {
        weekday: Some(3), // Wednesday
        start: Some(19 * 60),
        duration_minutes: 60,
        timezone: "America/New_York".into(),
    });
    f.store.add_group(&g, at("2025-01-01T00:00:00Z")).unwrap();
    let now = at("2025-01-13T00:00:00Z");

    let home = f.store.plan(now, ny, 7, 60).unwrap();
    let away = f.store.plan(now, tokyo, 7, 60).unwrap();
    // Floating 09:00 follows the phone.
    let d_ny = home
        .notifications
        .iter()
        .find(|n| n.id == "daily:2025-01-14T09:00")
        .unwrap();
    assert_eq!(d_ny.local_time, "2025-01-14T09:00:00-05:00");
    let d_tokyo = away
        .notifications
        .iter()
        .find(|n| n.id == "daily:2025-01-14T09:00")
        .unwrap();
    assert_eq!(d_tokyo.local_time, "2025-01-14T09:00:00+09:00");
    assert_eq!(d_tokyo.fire_at, at("2025-01-14T00:00:00Z"));
    // The New York meeting stays in New York: 19:00 EST Wed 15 Jan, reminder 18:00 EST = 08:00 Thu in Tokyo.
    let m_ny = home
        .notifications
        .iter()
        .find(|n| n.kind == ReminderKind::Meeting)
        .unwrap();
    let m_tokyo = away
        .notifications
        .iter()
        .find(|n| n.kind == ReminderKind::Meeting)
        .unwrap();
    assert_eq!(m_ny.id, "meeting:1:2025-01-15T19:00");
    assert_eq!(m_tokyo.id, m_ny.id, "same occurrence, same id");
    assert_eq!(m_tokyo.fire_at, at("2025-01-15T23:00:00Z"));
    assert_eq!(m_tokyo.fire_at, m_ny.fire_at);
    assert_eq!(m_tokyo.local_time, "2025-01-16T08:00:00+09:00");
    assert!(
        m_tokyo.body.render("en").contains("09:00"),
        "start shown in Tokyo time: {:?}",
        m_tokyo.body
    );
}

#[test]
fn quiet_hours_across_midnight_move_to_their_end() {
    let zone = tz("Europe/London");
    let s = Settings {
        checkin_times: vec![6 * 60, 23 * 60 + 30],
        quiet_hours: Some(QuietHours {
            start: 22 * 60,
            end: 7 * 60,
        }),
        ..Settings::default()
    };
    let p = plan_people(&s, &[], at("2025-06-01T12:00:00Z"), zone, 2, 60);
    let late = p
        .notifications
        .iter()
        .find(|n| n.id == "daily:2025-06-01T23:30")
        .unwrap();
    assert_eq!(late.local_time, "2025-06-02T07:00:00+01:00");
    let early = p
        .notifications
        .iter()
        .find(|n| n.id == "daily:2025-06-02T06:00")
        .unwrap();
    assert_eq!(early.local_time, "2025-06-02T07:00:00+01:00");
    for n in &p.notifications {
        let m = local_minute(n.fire_at, zone);
        assert!(
            (7 * 60..22 * 60).contains(&m),
            "{} fired in quiet hours at {}",
            n.id,
            n.local_time
        );
    }
}

#[test]
fn person_due_in_closed_window_gets_next_open_slot() {
    let f = fresh();
    let zone = tz("Europe/London");
    // Added Wednesday 2025-01-01 with a 7-day cadence: due Wednesday 2025-01-08; glad to be
    // called Mondays 18:00–20:00 only.
    let mut p = PersonInput::new("Ada", Role::Sponsor);
    p.cadence_days = Some(7);
    p.windows = vec![ContactWindow {
        weekday: 1,
        start: 18 * 60,
        end: 20 * 60,
    }];
    let id = f.store.add_person(&p, at("2025-01-01T12:00:00Z")).unwrap().id;
    let plan = f.store.plan(at("2025-01-07T00:00:00Z"), zone, 14, 60).unwrap();
    let kit: Vec<_> = plan
        .notifications
        .iter()
        .filter(|n| n.kind == ReminderKind::KeepInTouch)
        .collect();
    assert_eq!(kit[0].id, format!("kit:2025-01-13:{id}"));
    assert_eq!(kit[0].local_time, "2025-01-13T18:00:00+00:00");
    assert_eq!(kit[0].title.render("en"), "Reach out to Ada");
    assert!(kit.iter().all(|n| n.local_time.contains("T18:00")));
}

#[test]
fn bundles_same_day_under_the_cap_and_never_the_avoided() {
    let f = fresh();
    let zone = tz("Europe/London");
    f.store.set_setting("daily_cap", "2").unwrap();
    let added = "2025-01-01T12:00:00Z";
    let a = person_at(&f.store, "Ann", Role::Friend, &[], Some(3), added);
    let b = person_at(&f.store, "Bob", Role::Friend, &[], Some(3), added);
    let c = person_at(&f.store, "Cy", Role::Friend, &[], Some(3), added);
    let mut avoided = PersonInput::new("Risky", Role::Other);
    avoided.cadence_days = Some(1);
    avoided.avoid = true;
    let r = f.store.add_person(&avoided, at(added)).unwrap().id;
    let plan = f.store.plan(at("2025-01-04T00:00:00Z"), zone, 2, 60).unwrap();
    let kit: Vec<_> = plan
        .notifications
        .iter()
        .filter(|n| n.kind == ReminderKind::KeepInTouch)
        .collect();
    // At most two people a day; over the cap the share rotates, so all three within two days.
    let day1: Vec<_> = kit.iter().filter(|n| n.id.starts_with("kit:2025-01-04:")).collect();
    assert_eq!(day1.len(), 1, "one bundle: {kit:?}");
    assert_eq!(day1[0].refers.person_ids.len(), 2);
    assert_eq!(day1[0].title.render("en"), "2 people to reach out to");
    assert_eq!(day1[0].local_time, "2025-01-04T10:00:00+00:00");
    let reminded: HashSet<i64> = kit.iter().flat_map(|n| n.refers.person_ids.clone()).collect();
    assert_eq!(reminded, HashSet::from([a, b, c]));
    assert!(kit.iter().all(|n| n.refers.person_ids.len() <= 2));
    assert!(plan.notifications.iter().all(|n| !n.refers.person_ids.contains(&r)));

    // A bundle's done logs nothing and names the people to ask about.
    let out = f
        .store
        .handle_action(&day1[0].id, Action::Done, at("2025-01-04T10:05:00Z"), zone)
        .unwrap();
    assert!(out.checkin.is_none());
    let asked: Vec<i64> = out.ask_about.iter().map(|p| p.id).collect();
    assert_eq!(asked, day1[0].refers.person_ids);
    let again = f
        .store
        .handle_action(&day1[0].id, Action::Done, at("2025-01-04T10:06:00Z"), zone)
        .unwrap();
    assert_eq!(again.ask_about, out.ask_about);

    // The follow-up logs a contact with each person picked, once however often it is sent.
    let picked = vec![day1[0].refers.person_ids[1]];
    let before = f
        .store
        .log_bundle_contacts(&day1[0].id, &[], at("2025-01-04T10:07:00Z"), zone);
    assert!(before.unwrap().is_empty());
    let logged = f
        .store
        .log_bundle_contacts(&day1[0].id, &picked, at("2025-01-04T10:07:00Z"), zone)
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].person_id, Some(picked[0]));
    let repeat = f
        .store
        .log_bundle_contacts(&day1[0].id, &picked, at("2025-01-04T10:09:00Z"), zone)
        .unwrap();
    assert_eq!(repeat[0].id, logged[0].id, "logged once");
    let contacts = f
        .store
        .checkins(&tend_core::checkins::CheckinQuery {
            kind: Some(tend_core::model::CheckinKind::Contact),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(contacts.len(), 1);
    // Someone the bundle did not name is refused, and nothing is logged for anyone.
    let stranger = f
        .store
        .log_bundle_contacts(&day1[0].id, &[picked[0], r], at("2025-01-04T10:10:00Z"), zone);
    assert!(
        matches!(stranger, Err(tend_core::Error::InvalidInput { .. })),
        "{stranger:?}"
    );
}

#[test]
fn discreet_mode_leaks_no_name() {
    let f = fresh();
    let zone = tz("Europe/London");
    f.store.set_setting("discreet", "on").unwrap();
    f.store.set_setting("quiet_hours", "off").unwrap();
    let net = network(&f.store, "Recovery Sober Life", Some("2024-12-31"));
    let zelda = person_at(
        &f.store,
        "Zelda Quartermain",
        Role::Sponsor,
        &[net],
        Some(1),
        "2025-01-01T12:00:00Z",
    );
    person_at(
        &f.store,
        "Yusuf Blackwood",
        Role::Peer,
        &[net],
        Some(1),
        "2025-01-01T12:00:00Z",
    );
    let mut g = GroupInput::new("Narcotics Anonymous Craving Circle", GroupKind::TwelveStep);
    g.meetings.push(MeetingInput {
        weekday: Some(0),
        start: Some(19 * 60),
        duration_minutes: 60,
        timezone: "Europe/London".into(),
    });
    let group = f.store.add_group(&g, at("2025-01-01T00:00:00Z")).unwrap().id;
    f.store
        .add_goal(
            &GoalInput {
                network_id: net,
                title: Some("Stay sober with meetings".into()),
                kind: CheckinKind::Meeting,
                person_id: None,
                group_id: Some(group),
                target: 3,
                period: Period::Week,
                partner_id: Some(zelda),
                start_date: None,
            },
            at("2025-01-01T12:00:00Z"),
            zone,
        )
        .unwrap();
    common::contact(&f.store, zelda, "2025-01-05T15:00:00Z", zone, Direction::Received);
    let plan = f.store.plan(at("2025-01-05T16:00:00Z"), zone, 14, 200).unwrap();
    let kinds: HashSet<ReminderKind> = plan.notifications.iter().map(|n| n.kind).collect();
    for k in [
        ReminderKind::DailyCheckin,
        ReminderKind::KeepInTouch,
        ReminderKind::Meeting,
        ReminderKind::Goal,
        ReminderKind::Milestone,
        ReminderKind::Gratitude,
    ] {
        assert!(kinds.contains(&k), "no {k:?} in the plan");
    }
    let forbidden = [
        "zelda",
        "quartermain",
        "yusuf",
        "blackwood",
        "narcotics",
        "anonymous",
        "circle",
        "craving",
        "sober",
        "recovery",
        "meeting",
        "sponsor",
        "relapse",
        "clean",
        "drink",
        "drug",
        "alcohol",
        "people",
    ];
    for n in &plan.notifications {
        let text = format!("{} {}", n.title.render("en"), n.body.render("en")).to_lowercase();
        for w in forbidden {
            assert!(!text.contains(w), "{:?} says {w:?}: {text}", n.kind);
        }
    }
}

#[test]
fn same_action_twice_logs_one_checkin() {
    let f = fresh();
    let zone = tz("Europe/Dublin");
    f.store.set_setting("checkin_times", "20:00").unwrap();
    let ann = person_at(&f.store, "Ann", Role::Friend, &[], Some(2), "2025-01-01T09:00:00Z");
    let now = at("2025-01-03T09:00:00Z");
    let plan = f.store.plan(now, zone, 2, 60).unwrap();
    let daily = plan
        .notifications
        .iter()
        .find(|n| n.kind == ReminderKind::DailyCheckin)
        .unwrap();
    let kit = plan
        .notifications
        .iter()
        .find(|n| n.kind == ReminderKind::KeepInTouch)
        .unwrap();
    assert_eq!(kit.refers.person_ids, vec![ann]);

    let tap = at("2025-01-03T20:01:00Z");
    let first = f.store.handle_action(&daily.id, Action::Done, tap, zone).unwrap();
    let again = f
        .store
        .handle_action(&daily.id, Action::Done, tap + Duration::seconds(3), zone)
        .unwrap();
    let c1 = first.checkin.unwrap();
    assert_eq!(c1.id, again.checkin.unwrap().id);
    assert_eq!((c1.kind, c1.mood), (CheckinKind::Daily, None));
    let dailies = f
        .store
        .checkins(&CheckinQuery {
            kind: Some(CheckinKind::Daily),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(dailies.len(), 1);

    let k1 = f.store.handle_action(&kit.id, Action::Done, tap, zone).unwrap();
    let k2 = f.store.handle_action(&kit.id, Action::Done, tap, zone).unwrap();
    assert_eq!(k1.checkin.as_ref().map(|c| c.id), k2.checkin.as_ref().map(|c| c.id));
    let contacts = f
        .store
        .checkins(&CheckinQuery {
            kind: Some(CheckinKind::Contact),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].person_id, Some(ann));

    // Handled occurrences leave the plan; the person is no longer due.
    let after = f.store.plan(tap, zone, 2, 60).unwrap();
    assert!(after.notifications.iter().all(|n| n.id != daily.id && n.id != kit.id));
}

#[test]
fn snooze_skip_and_unknown_ids() {
    let f = fresh();
    let zone = tz("Europe/Dublin");
    f.store.set_setting("checkin_times", "18:00").unwrap();
    let now = at("2025-01-03T09:00:00Z");
    let id = "daily:2025-01-03T18:00";
    assert!(
        f.store
            .plan(now, zone, 1, 60)
            .unwrap()
            .notifications
            .iter()
            .any(|n| n.id == id)
    );
    let tap = at("2025-01-03T18:01:00Z");
    let s = f
        .store
        .handle_action(id, Action::Snooze { minutes: 30 }, tap, zone)
        .unwrap();
    assert_eq!(s.snoozed_until, Some(at("2025-01-03T18:31:00Z")));
    let p = f.store.plan(tap, zone, 1, 60).unwrap();
    let moved = p.notifications.iter().find(|n| n.id == id).unwrap();
    assert_eq!(moved.fire_at, at("2025-01-03T18:31:00Z"));
    f.store.handle_action(id, Action::Skip, tap, zone).unwrap();
    assert!(
        f.store
            .plan(tap, zone, 1, 60)
            .unwrap()
            .notifications
            .iter()
            .all(|n| n.id != id)
    );

    for bad in ["daily:1999-01-01T18:00", "nonsense", "kit:2025-01-03:999", ""] {
        let e = f.store.handle_action(bad, Action::Done, tap, zone).unwrap_err();
        assert!(matches!(e, Error::NotFound { .. }), "{bad}: {e}");
    }
    assert!(matches!(
        f.store.handle_action(id, Action::Snooze { minutes: 0 }, tap, zone),
        Err(Error::InvalidInput { .. })
    ));
}

#[test]
fn unchanged_replan_gives_an_empty_diff() {
    let f = fresh();
    let zone = tz("Europe/Berlin");
    let ann = person_at(&f.store, "Ann", Role::Friend, &[], Some(2), "2025-01-01T09:00:00Z");
    let now = at("2025-01-02T06:00:00Z");
    let first = f.store.sync(now, zone).unwrap();
    assert!(!first.schedule.is_empty() && first.cancel.is_empty());
    assert!(f.store.sync(now, zone).unwrap().is_empty());
    assert!(f.store.sync(now + Duration::minutes(5), zone).unwrap().is_empty());

    // A changed time: cancel and schedule the same id.
    f.store.set_setting("checkin_times", "21:00").unwrap();
    let d = f.store.sync(now, zone).unwrap();
    assert!(d.cancel.iter().any(|id| id == "daily:2025-01-02T20:00"));
    assert!(d.schedule.iter().any(|n| n.id == "daily:2025-01-02T21:00"));
    assert!(f.store.sync(now, zone).unwrap().is_empty());

    // A changed text (a renamed person): the id is cancelled and scheduled again.
    let mut p = f.store.person(ann).unwrap();
    p.name = "Annie".into();
    let mut input = PersonInput::new("Annie", Role::Friend);
    input.cadence_days = p.cadence_days;
    f.store.update_person(ann, &input).unwrap();
    let d = f.store.sync(now, zone).unwrap();
    let changed = d.schedule.iter().find(|n| n.kind == ReminderKind::KeepInTouch).unwrap();
    assert!(d.cancel.contains(&changed.id));
    assert_eq!(changed.title.render("en"), "Reach out to Annie");

    // Reset returns the full plan; the next sync is empty again.
    let full = f.store.reset(now, zone).unwrap();
    assert!(!full.notifications.is_empty());
    assert!(f.store.sync(now, zone).unwrap().is_empty());
}

#[test]
fn a_zone_change_never_fires_an_occurrence_twice() {
    let f = fresh();
    f.store.set_setting("checkin_times", "09:00").unwrap();
    let tokyo = tz("Asia/Tokyo");
    let ny = tz("America/New_York");
    // In Tokyo the 09:00 of 10 March is handed over and fires (00:00Z).
    let d = f.store.sync(at("2025-03-09T12:00:00Z"), tokyo).unwrap();
    assert!(d.schedule.iter().any(|n| n.id == "daily:2025-03-10T09:00"));
    // Flying east to New York, still 10 March there: it does not fire again.
    let later = at("2025-03-10T11:00:00Z");
    let reset = f.store.reset(later, ny).unwrap();
    assert!(
        reset.notifications.iter().all(|n| n.id != "daily:2025-03-10T09:00"),
        "{reset:?}"
    );
    assert!(reset.notifications.iter().any(|n| n.id == "daily:2025-03-11T09:00"));
}

#[test]
fn missed_reminders_show_in_today() {
    let f = fresh();
    let zone = tz("Europe/London");
    f.store.set_setting("checkin_times", "08:00,20:00").unwrap();
    // Set up at 07:00 and the plan handed to the OS; then the phone was off until 10:00.
    f.store.sync(at("2025-01-03T07:00:00Z"), zone).unwrap();
    let today = f.store.today(at("2025-01-03T10:00:00Z"), zone).unwrap();
    let ids: Vec<&str> = today.missed.iter().map(|n| n.id.as_str()).collect();
    assert!(ids.contains(&"daily:2025-01-03T08:00"), "{ids:?}");
    assert!(!ids.contains(&"daily:2025-01-03T20:00"));
    // Checking in answers it.
    common::log(
        &f.store,
        CheckinData::Daily { mood: 4, craving: None },
        "2025-01-03T10:30:00Z",
        zone,
    );
    let today = f.store.today(at("2025-01-03T11:00:00Z"), zone).unwrap();
    assert!(today.missed.iter().all(|n| n.id != "daily:2025-01-03T08:00"));
    // The next morning the phone is off from before 08:00 until 10:00; at boot the shell
    // resets the pending alarms. What was due meanwhile is still missed, not lost.
    f.store.sync(at("2025-01-04T07:00:00Z"), zone).unwrap();
    f.store.reset(at("2025-01-04T10:00:00Z"), zone).unwrap();
    let missed = f.store.missed_reminders(at("2025-01-04T10:00:00Z"), zone).unwrap();
    let ids: Vec<&str> = missed.iter().map(|n| n.id.as_str()).collect();
    // Last evening's went unanswered too.
    assert_eq!(ids, ["daily:2025-01-03T20:00", "daily:2025-01-04T08:00"]);
}

#[test]
fn nothing_is_missed_before_reminders_were_scheduled() {
    // Someone installs Tend at 10:00 on a Tuesday: the 08:00 check-in and the 09:00 meeting
    // reminder of that morning were never scheduled, so they are not "missed".
    let f = fresh();
    let zone = tz("Europe/London");
    f.store.set_setting("checkin_times", "08:00,20:00").unwrap();
    let mut g = GroupInput::new("Tuesday group", GroupKind::TwelveStep);
    g.meetings.push(MeetingInput {
        weekday: Some(2),
        start: Some(10 * 60),
        duration_minutes: 60,
        timezone: "Europe/London".into(),
    });
    f.store.add_group(&g, at("2025-01-07T09:55:00Z")).unwrap();
    let now = at("2025-01-07T10:00:00Z");
    assert!(f.store.today(now, zone).unwrap().missed.is_empty());
    assert!(f.store.missed_reminders(now, zone).unwrap().is_empty());
    // Once scheduled, the same kind of occurrence is missed when it passes unanswered.
    f.store.sync(now, zone).unwrap();
    let later = at("2025-01-07T20:30:00Z");
    let ids: Vec<String> = f
        .store
        .missed_reminders(later, zone)
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(ids, vec!["daily:2025-01-07T20:00".to_string()]);
}

#[test]
fn nearest_win_under_max_pending() {
    let zone = tz("Europe/London");
    let s = daily_only(&[8 * 60, 12 * 60, 20 * 60]);
    let now = at("2025-01-01T00:00:00Z");
    let all = plan_people(&s, &[], now, zone, 14, 200);
    let cut = plan_people(&s, &[], now, zone, 14, 10);
    assert_eq!(cut.notifications.len(), 10);
    assert_eq!(cut.notifications[..], all.notifications[..10]);
    assert_eq!(cut.left_out as usize, all.notifications.len() - 10);
    assert!(cut.replan_by < cut.notifications[9].fire_at);
}

#[test]
fn a_daily_check_in_goal_is_left_to_the_daily_reminder() {
    let f = fresh();
    let zone = tz("Europe/London");
    let net = network(&f.store, "Recovery", None);
    let goal = |kind, period| GoalInput {
        network_id: net,
        title: None,
        kind,
        person_id: None,
        group_id: None,
        target: 1,
        period,
        partner_id: None,
        start_date: None,
    };
    let added = at("2025-01-01T12:00:00Z");
    f.store
        .add_goal(&goal(CheckinKind::Daily, Period::Day), added, zone)
        .unwrap();
    f.store
        .add_goal(&goal(CheckinKind::Daily, Period::Week), added, zone)
        .unwrap();
    let now = at("2025-01-06T09:00:00Z");
    let evening = |plan: &Plan, kind| {
        plan.notifications
            .iter()
            .filter(|n| n.kind == kind && n.local_time.starts_with("2025-01-06"))
            .count()
    };
    // One evening, one reminder about checking in: the daily one at 20:00.
    let plan = f.store.plan(now, zone, 1, 60).unwrap();
    assert_eq!(evening(&plan, ReminderKind::DailyCheckin), 1);
    let goal_ids: Vec<&str> = plan
        .notifications
        .iter()
        .filter(|n| n.kind == ReminderKind::Goal)
        .map(|n| n.id.as_str())
        .collect();
    assert!(goal_ids.iter().all(|id| !id.starts_with("goal:1:")), "{goal_ids:?}");
    // A weekly target still gets its nudge later in the week.
    let week = f.store.plan(now, zone, 7, 60).unwrap();
    assert!(week.notifications.iter().any(|n| n.id.starts_with("goal:2:")));
}

#[test]
fn done_asks_for_unlock_until_turned_off_and_the_change_replaces_exactly_those_reminders() {
    let f = fresh();
    let zone = tz("Europe/Berlin");
    person_at(&f.store, "Ann", Role::Friend, &[], Some(2), "2025-01-01T09:00:00Z");
    network(&f.store, "Recovery", Some("2024-12-01"));
    let now = at("2025-01-02T06:00:00Z");
    let first = f.store.sync(now, zone).unwrap();
    let with_done = |n: &Notification| n.actions.contains(&tend_core::reminders::ActionKind::Done);
    assert!(first.schedule.iter().any(with_done));
    for n in &first.schedule {
        assert_eq!(n.done_needs_unlock, with_done(n), "{}", n.id);
    }

    f.store.set_setting("done_needs_unlock", "off").unwrap();
    let d = f.store.sync(now, zone).unwrap();
    assert!(d.reset.is_none(), "a changed button is a replacement, not a reset");
    let replaced: HashSet<&str> = d.schedule.iter().map(|n| n.id.as_str()).collect();
    let expected: HashSet<&str> = first
        .schedule
        .iter()
        .filter(|n| with_done(n))
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(replaced, expected);
    assert!(d.schedule.iter().all(|n| !n.done_needs_unlock));
    assert!(f.store.sync(now, zone).unwrap().is_empty());
}

#[test]
fn only_meeting_reminders_ask_to_be_handed_over_early_when_delivery_is_inexact() {
    let f = fresh();
    let zone = tz("Europe/London");
    f.store.set_setting("quiet_hours", "off").unwrap();
    person_at(&f.store, "Ann", Role::Friend, &[], Some(1), "2025-01-01T09:00:00Z");
    let mut g = GroupInput::new("Thursday group", GroupKind::TwelveStep);
    g.meetings.push(MeetingInput {
        weekday: Some(4),
        start: Some(19 * 60),
        duration_minutes: 60,
        timezone: "Europe/London".into(),
    });
    f.store.add_group(&g, at("2025-01-01T00:00:00Z")).unwrap();
    let plan = f.store.plan(at("2025-01-06T08:00:00Z"), zone, 7, 200).unwrap();
    let kinds: HashSet<ReminderKind> = plan.notifications.iter().map(|n| n.kind).collect();
    assert!(kinds.contains(&ReminderKind::Meeting) && kinds.len() > 1, "{kinds:?}");
    for n in &plan.notifications {
        let early = if n.kind == ReminderKind::Meeting { 30 } else { 0 };
        assert_eq!(n.early_if_inexact_minutes, early, "{}", n.id);
    }
}
