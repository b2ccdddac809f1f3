//! No stored value can make a read panic: values no rule would accept, written straight into the
//! tables (as a hand-edited file, an old bug or a damaged restore could leave them), and every
//! read path called. Each must return a typed error or sane output.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::{KEY, at, fresh, tz};
use rusqlite::Connection;
use tend_core::Store;
use tend_core::checkins::{CheckinData, CheckinQuery};
use tend_core::exchange::CalendarOptions;
use tend_core::goals::GoalInput;
use tend_core::groups::{GroupInput, MeetingInput};
use tend_core::model::{CheckinKind, GroupKind, Period, Role};

fn raw(path: &std::path::Path) -> Connection {
    let c = Connection::open(path).unwrap();
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!("PRAGMA key = \"x'{hex}'\"; PRAGMA foreign_keys = OFF;"))
        .unwrap();
    c
}

/// One named read, rendered to text so its outcome (not its panic) is what the test sees.
type Read<'a> = (&'static str, Box<dyn Fn() -> String + 'a>);

/// Every read a user can reach, each run on its own so one panic does not hide the next.
fn every_read(store: &Store) -> Vec<String> {
    let now = at("2026-03-01T12:00:00Z");
    let zone = tz("Europe/Dublin");
    let reads: Vec<Read<'_>> = vec![
        (
            "today",
            Box::new(|| format!("{:?}", store.today(now, zone).map(|_| ()))),
        ),
        (
            "plan",
            Box::new(|| format!("{:?}", store.plan(now, zone, 14, 60).map(|_| ()))),
        ),
        ("sync", Box::new(|| format!("{:?}", store.sync(now, zone).map(|_| ())))),
        (
            "missed",
            Box::new(|| format!("{:?}", store.missed_reminders(now, zone).map(|_| ()))),
        ),
        (
            "milestones",
            Box::new(|| format!("{:?}", store.milestones(now, zone).map(|_| ()))),
        ),
        ("goals", Box::new(|| format!("{:?}", store.goals(None).map(|_| ())))),
        (
            "goal progress",
            Box::new(|| format!("{:?}", store.goal_progress(None, now, zone).map(|_| ()))),
        ),
        (
            "reciprocity",
            Box::new(|| format!("{:?}", store.reciprocity(now, 90).map(|_| ()))),
        ),
        (
            "reciprocity far",
            Box::new(|| format!("{:?}", store.reciprocity(now, u32::MAX).map(|_| ()))),
        ),
        ("people", Box::new(|| format!("{:?}", store.people(None).map(|_| ())))),
        ("groups", Box::new(|| format!("{:?}", store.groups().map(|_| ())))),
        ("networks", Box::new(|| format!("{:?}", store.networks().map(|_| ())))),
        (
            "coverage",
            Box::new(|| format!("{:?}", store.coverage(None).map(|_| ()))),
        ),
        ("sos", Box::new(|| format!("{:?}", store.sos(None).map(|_| ())))),
        ("settings", Box::new(|| format!("{:?}", store.settings().map(|_| ())))),
        (
            "checkins",
            Box::new(|| format!("{:?}", store.checkins(&CheckinQuery::default()).map(|_| ()))),
        ),
        (
            "calendar reminders",
            Box::new(|| format!("{:?}", store.calendar_reminders(now, zone).map(|_| ()))),
        ),
        (
            "calendar",
            Box::new(|| {
                let reminders = store.calendar_reminders(now, zone).unwrap_or_default();
                format!(
                    "{:?}",
                    store
                        .export_calendar(&CalendarOptions { reminders }, now, "en")
                        .map(|_| ())
                )
            }),
        ),
        ("backup", Box::new(|| format!("{:?}", store.backup_json().map(|_| ())))),
        ("partners", Box::new(|| format!("{:?}", store.partners().map(|_| ())))),
        (
            "partner preview",
            Box::new(|| format!("{:?}", store.partner_preview(1, now, zone).map(|_| ()))),
        ),
        (
            "weekly summary",
            Box::new(|| format!("{:?}", store.weekly_summary(None, true, now, zone).map(|_| ()))),
        ),
    ];
    let mut panicked = Vec::new();
    for (name, read) in reads {
        if catch_unwind(AssertUnwindSafe(&*read)).is_err() {
            panicked.push(name.to_string());
        }
    }
    panicked
}

fn seeded() -> common::Fixture {
    let f = fresh();
    let s = &f.store;
    let net = common::network(s, "Recovery", Some("2025-01-01"));
    let sam = common::person_at(s, "Sam", Role::Sponsor, &[net], Some(7), "2026-01-01T00:00:00Z");
    common::contact(
        s,
        sam,
        "2026-02-01T12:00:00Z",
        tz("UTC"),
        tend_core::model::Direction::Gave,
    );
    common::log(
        s,
        CheckinData::Daily {
            mood: 3,
            craving: Some(2),
        },
        "2026-02-02T12:00:00Z",
        tz("UTC"),
    );
    let mut g = GroupInput::new("Tuesday group", GroupKind::TwelveStep);
    g.meetings.push(MeetingInput {
        weekday: Some(2),
        start: Some(19 * 60),
        duration_minutes: 60,
        timezone: "Europe/Dublin".into(),
    });
    let g = s.add_group(&g, at("2026-01-01T00:00:00Z")).unwrap();
    s.add_goal(
        &GoalInput {
            network_id: net,
            title: None,
            kind: CheckinKind::Meeting,
            person_id: None,
            group_id: Some(g.id),
            target: 2,
            period: Period::Week,
            partner_id: Some(sam),
            start_date: None,
        },
        at("2026-01-05T00:00:00Z"),
        tz("UTC"),
    )
    .unwrap();
    for item in tend_core::model::ShareItem::ALL {
        s.set_consent(sam, *item, true, None, at("2026-01-05T00:00:00Z"))
            .unwrap();
    }
    f
}

const CASES: &[&str] = &[
    "UPDATE person SET cadence_days = 4294967295",
    "UPDATE person SET cadence_days = -5",
    "UPDATE person SET name = ''",
    "UPDATE person SET name = printf('%.*c', 100000, 'x')",
    "UPDATE network SET since = '+262142-12-31'",
    "UPDATE network SET since = '-262143-01-01'",
    "UPDATE network SET since = 'not a date'",
    "UPDATE checkin SET mood = 99",
    "UPDATE checkin SET local_date = '+262142-12-31'",
    "UPDATE checkin SET at = 9223372036854775807",
    "UPDATE checkin SET at = -9223372036854775808",
    "UPDATE checkin SET zone = 'Mars/Olympus'",
    "UPDATE last_contact SET local_date = '+262142-12-31'",
    "UPDATE last_contact SET local_date = '-262143-01-01'",
    "UPDATE meeting SET duration_minutes = 0",
    "UPDATE meeting SET duration_minutes = 4294967295",
    "UPDATE meeting SET start_min = 65535",
    "UPDATE meeting SET weekday = 200",
    "UPDATE meeting SET timezone = 'Nowhere/Else'",
    "UPDATE goal SET target = 0",
    "UPDATE goal SET target = 4294967295",
    "UPDATE goal SET start_date = '+262142-12-31'",
    "UPDATE goal SET start_date = '-262143-01-01'",
    "UPDATE goal SET period = 'fortnight'",
    "INSERT INTO contact_window (person_id, weekday, start_min, end_min) SELECT id, 1, 540, 540 FROM person",
    "INSERT INTO contact_window (person_id, weekday, start_min, end_min) SELECT id, 250, 60000, 1 FROM person",
    "INSERT INTO setting (key, value) VALUES ('daily_cap', '99999999999999999999') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    "INSERT INTO setting (key, value) VALUES ('checkin_times', '99:99,-1') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    "INSERT INTO setting (key, value) VALUES ('quiet_hours', '23:00-23:00') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    "INSERT INTO reminder_handled (id, state, until_ms, handled_at) VALUES ('x', 'snoozed', 9223372036854775807, -1)",
    "INSERT INTO reminder_ledger (id, fire_at, hash) VALUES ('y', -9223372036854775808, '')",
    "UPDATE partner_consent SET decline_days = -1 WHERE item = 'decline'",
    "UPDATE partner_consent SET granted_at = -9223372036854775808",
];

fn check(cases: &[&str]) {
    let mut failures = Vec::new();
    for sql in cases {
        let f = seeded();
        let path = f.path();
        raw(&path).execute_batch(sql).unwrap();
        let panicked = every_read(&f.store);
        // A second opening reads it all afresh, as the next launch would.
        drop(f.store);
        let again = Store::open(&path, &KEY).unwrap();
        let mut more = every_read(&again);
        more.retain(|m| !panicked.contains(m));
        if !panicked.is_empty() || !more.is_empty() {
            failures.push(format!("{sql}: {panicked:?} {more:?}"));
        }
    }
    assert!(failures.is_empty(), "reads panicked:\n{}", failures.join("\n"));
}

// Three tests so the cases run in parallel.
#[test]
fn out_of_range_people_and_dates_never_make_a_read_panic() {
    check(&CASES[..10]);
}

#[test]
fn out_of_range_check_ins_and_meetings_never_make_a_read_panic() {
    check(&CASES[10..20]);
}

#[test]
fn out_of_range_goals_windows_and_settings_never_make_a_read_panic() {
    check(&CASES[20..]);
}
