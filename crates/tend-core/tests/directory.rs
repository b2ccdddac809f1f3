//! The meeting directory as a user meets it: a real regional feed fills it without touching the
//! plan; searches agree with a plain filter over the feed and with an independent haversine;
//! joining, re-importing and leaving keep the user's things; what starts soon reaches SOS and Today.

mod common;

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use tend_core::Store;
use tend_core::directory::{DayFilter, DirectoryMeeting, GeoPoint, SearchQuery};
use tend_core::groups::{GroupInput, MeetingInput};
use tend_core::model::Role;
use tend_core::people::PersonInput;
use tend_core::reminders::ReminderKind;

use common::{at, fresh, network, tz};

const ONTARIO: &str = include_str!("fixtures/meeting-guide/ontario-quinte-feed.json");
/// Belleville, Ontario: the middle of the Quinte feed.
const BELLEVILLE: (f64, f64) = (44.1628, -77.3832);

/// Tuesday 18:00 in Toronto.
fn now() -> DateTime<Utc> {
    at("2026-11-24T23:00:00Z")
}

fn toronto() -> chrono_tz::Tz {
    tz("America/Toronto")
}

fn records() -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(ONTARIO).unwrap()
}

fn slug(v: &Value) -> String {
    match &v["slug"] {
        Value::String(s) => s.clone(),
        n => n.to_string(),
    }
}

fn minutes(hhmm: &str) -> u16 {
    let (h, m) = hhmm.split_once(':').unwrap();
    h.parse::<u16>().unwrap() * 60 + m.parse::<u16>().unwrap()
}

/// The textbook haversine on a 6371 km sphere, written apart from the core's.
fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let (dp, dl) = ((b.0 - a.0).to_radians(), (b.1 - a.1).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn point(p: (f64, f64)) -> GeoPoint {
    GeoPoint::new(p.0, p.1).unwrap()
}

fn import_ontario(store: &Store) {
    let r = store
        .import_directory("ontario", ONTARIO.as_bytes(), Some(toronto()), now())
        .unwrap();
    assert_eq!((r.created, r.skipped_count), (45, 0), "{r:?}");
}

fn search(store: &Store, q: SearchQuery) -> Vec<DirectoryMeeting> {
    store
        .search_directory(
            &SearchQuery {
                limit: Some(q.limit.unwrap_or(1000)),
                ..q
            },
            now(),
        )
        .unwrap()
}

fn slugs(found: &[DirectoryMeeting]) -> Vec<String> {
    let mut v: Vec<String> = found.iter().map(|m| m.slug.clone()).collect();
    v.sort();
    v
}

fn id_of(store: &Store, slug: &str) -> i64 {
    search(store, SearchQuery::default())
        .into_iter()
        .find(|m| m.slug == slug)
        .unwrap_or_else(|| panic!("slug {slug} not in the directory"))
        .id
}

#[test]
fn a_regional_feed_fills_the_directory_and_nothing_else() {
    let f = fresh();
    let before = f.store.plan(now(), toronto(), 7, 60).unwrap();
    import_ontario(&f.store);
    assert!(f.store.groups().unwrap().is_empty(), "importing makes no groups");
    let after = f.store.plan(now(), toronto(), 7, 60).unwrap();
    assert_eq!(
        after.notifications, before.notifications,
        "importing adds nothing to the plan"
    );
    assert!(!after.notifications.iter().any(|n| n.kind == ReminderKind::Meeting));
    assert_eq!(f.store.directory_size().unwrap(), 45);

    // Every record is there, at its weekday, time and zone, with its place and types.
    let all = search(&f.store, SearchQuery::default());
    assert_eq!(all.len(), 45, "one slot per record and day");
    for r in records() {
        let m = all.iter().find(|m| m.slug == slug(&r)).unwrap();
        assert_eq!(m.name, r["name"].as_str().unwrap());
        assert_eq!(m.weekday, Some(r["day"].as_u64().unwrap() as u8));
        assert_eq!(m.time.as_deref(), r["time"].as_str());
        assert_eq!(m.timezone, "America/Toronto");
        assert_eq!(m.latitude, r["latitude"].as_f64());
        assert_eq!(m.longitude, r["longitude"].as_f64());
        let types: Vec<String> = serde_json::from_value(r["types"].clone()).unwrap();
        assert_eq!(m.types, types);
        assert_eq!(m.distance_km, None, "no distance without a point");
        assert_eq!(m.feed, "ontario");
    }
    // Integer slugs, empty postal codes: addresses still read well.
    let tweed = all.iter().find(|m| m.slug == "8").unwrap();
    assert_eq!(tweed.location.as_deref(), Some("St Andrews Church"));
    assert_eq!(tweed.address.as_deref(), Some("55 Victoria St N, Tweed, CA"));
    assert_eq!(tweed.end_time.as_deref(), Some("20:30"), "the spec's hour by default");

    // The same feed again changes nothing.
    let again = f
        .store
        .import_directory("ontario", ONTARIO.as_bytes(), Some(toronto()), now())
        .unwrap();
    assert_eq!(
        (again.created, again.updated, again.unchanged, again.removed),
        (0, 0, 45, 0)
    );
    assert_eq!(search(&f.store, SearchQuery::default()), all);
}

#[test]
fn near_a_point_is_nearest_first_at_the_haversine_distance() {
    let f = fresh();
    import_ontario(&f.store);
    for within in [3.0, 15.0, 40.0] {
        let expected: Vec<(String, f64)> = records()
            .iter()
            .map(|r| {
                let d = haversine(
                    BELLEVILLE,
                    (r["latitude"].as_f64().unwrap(), r["longitude"].as_f64().unwrap()),
                );
                (slug(r), d)
            })
            .collect();
        // No fixture meeting sits on the edge, where the two spheres' radii could disagree.
        assert!(
            expected.iter().all(|(_, d)| (d / within - 1.0).abs() > 0.005),
            "pick another radius than {within}"
        );
        let want: BTreeSet<String> = expected
            .iter()
            .filter(|(_, d)| *d <= within)
            .map(|(s, _)| s.clone())
            .collect();
        let found = search(
            &f.store,
            SearchQuery {
                near: Some(point(BELLEVILLE)),
                within_km: Some(within),
                ..Default::default()
            },
        );
        assert_eq!(
            found.iter().map(|m| m.slug.clone()).collect::<BTreeSet<_>>(),
            want,
            "within {within}"
        );
        assert!(!found.is_empty());
        let mut last = 0.0;
        for m in &found {
            let d = m.distance_km.unwrap();
            let truth = expected.iter().find(|(s, _)| *s == m.slug).unwrap().1;
            assert!(
                (d - truth).abs() <= truth * 0.005 + 0.001,
                "{}: {d} km vs haversine {truth} km",
                m.slug
            );
            assert!(d >= last, "nearest first");
            last = d;
        }
    }
    // A limit keeps the nearest.
    let three = search(
        &f.store,
        SearchQuery {
            near: Some(point(BELLEVILLE)),
            within_km: Some(40.0),
            limit: Some(3),
            ..Default::default()
        },
    );
    assert_eq!(three.len(), 3);
    assert!(three[2].distance_km <= Some(1.0));
}

#[test]
fn day_time_type_and_text_filters_agree_with_a_plain_filter_over_the_feed() {
    let f = fresh();
    import_ontario(&f.store);
    let feed = records();
    let has_type = |r: &Value, t: &str| r["types"].as_array().unwrap().iter().any(|x| x == t);
    let check = |q: SearchQuery, keep: &dyn Fn(&Value) -> bool, what: &str| {
        let want: Vec<String> = {
            let mut v: Vec<String> = feed.iter().filter(|r| keep(r)).map(slug).collect();
            v.sort();
            v
        };
        assert!(!want.is_empty(), "{what}: the fixture should have some");
        assert_eq!(slugs(&search(&f.store, q)), want, "{what}");
    };
    let day = |r: &Value| r["day"].as_u64().unwrap() as u8;
    let start = |r: &Value| minutes(r["time"].as_str().unwrap());
    check(
        SearchQuery {
            day: Some(DayFilter::Weekday { day: 2 }),
            ..Default::default()
        },
        &|r| day(r) == 2,
        "Tuesday",
    );
    check(
        SearchQuery {
            day: Some(DayFilter::Weekday { day: 0 }),
            from: Some(19 * 60),
            ..Default::default()
        },
        &|r| day(r) == 0 && start(r) >= 19 * 60,
        "Sunday evening",
    );
    check(
        SearchQuery {
            from: Some(9 * 60),
            to: Some(12 * 60),
            ..Default::default()
        },
        &|r| (9 * 60..=12 * 60).contains(&start(r)),
        "mornings",
    );
    check(
        SearchQuery {
            from: Some(20 * 60),
            to: Some(9 * 60),
            ..Default::default()
        },
        &|r| start(r) >= 20 * 60 || start(r) <= 9 * 60,
        "late or early (wraps past midnight)",
    );
    check(
        SearchQuery {
            types: vec!["C".into()],
            ..Default::default()
        },
        &|r| has_type(r, "C"),
        "closed",
    );
    check(
        SearchQuery {
            types: vec!["Open".into()],
            ..Default::default()
        },
        &|r| has_type(r, "O"),
        "open, by its English name",
    );
    check(
        SearchQuery {
            types: vec!["Cerrada".into(), "D".into()],
            ..Default::default()
        },
        &|r| has_type(r, "C") && has_type(r, "D"),
        "closed discussion, one by its Spanish name",
    );
    check(
        SearchQuery {
            text: Some("united".into()),
            ..Default::default()
        },
        &|r| {
            ["name", "location", "address", "city"]
                .iter()
                .any(|k| r[k].as_str().unwrap_or("").to_lowercase().contains("united"))
        },
        "words",
    );
    // "Today" at Tuesday 18:00 in Toronto is the meetings' Tuesday; "tonight after 18:00" too.
    check(
        SearchQuery {
            day: Some(DayFilter::Today),
            from: Some(18 * 60),
            ..Default::default()
        },
        &|r| day(r) == 2 && start(r) >= 18 * 60,
        "tonight",
    );
    check(
        SearchQuery {
            day: Some(DayFilter::Tomorrow),
            ..Default::default()
        },
        &|r| day(r) == 3,
        "tomorrow",
    );
    // Filters combine with a place.
    let near_closed = search(
        &f.store,
        SearchQuery {
            near: Some(point(BELLEVILLE)),
            within_km: Some(15.0),
            types: vec!["C".into()],
            day: Some(DayFilter::Weekday { day: 0 }),
            ..Default::default()
        },
    );
    let want: BTreeSet<String> = feed
        .iter()
        .filter(|r| {
            has_type(r, "C")
                && day(r) == 0
                && haversine(
                    BELLEVILLE,
                    (r["latitude"].as_f64().unwrap(), r["longitude"].as_f64().unwrap()),
                ) <= 15.0
        })
        .map(slug)
        .collect();
    assert_eq!(
        near_closed.iter().map(|m| m.slug.clone()).collect::<BTreeSet<_>>(),
        want
    );
}

#[test]
fn today_is_each_meetings_own_day() {
    let f = fresh();
    // At 23:00 UTC on Tuesday it is already Wednesday noon in Auckland, still Tuesday in LA.
    let feed = json!([
        {"name": "Auckland Wed", "slug": "nz3", "day": 3, "time": "19:00", "timezone": "Pacific/Auckland"},
        {"name": "Auckland Tue", "slug": "nz2", "day": 2, "time": "19:00", "timezone": "Pacific/Auckland"},
        {"name": "LA Tue", "slug": "la2", "day": 2, "time": "19:00", "timezone": "America/Los_Angeles"},
        {"name": "LA Wed", "slug": "la3", "day": 3, "time": "19:00", "timezone": "America/Los_Angeles"},
    ]);
    f.store
        .import_directory("zones", feed.to_string().as_bytes(), None, now())
        .unwrap();
    let today = search(
        &f.store,
        SearchQuery {
            day: Some(DayFilter::Today),
            ..Default::default()
        },
    );
    assert_eq!(slugs(&today), vec!["la2", "nz3"]);
    let tomorrow = search(
        &f.store,
        SearchQuery {
            day: Some(DayFilter::Tomorrow),
            ..Default::default()
        },
    );
    assert_eq!(slugs(&tomorrow), vec!["la3"]);
}

fn mixed_feed() -> Value {
    let (la, lo) = BELLEVILLE;
    json!([
        {"name": "In person", "slug": "a", "day": 1, "time": "19:00", "timezone": "America/Toronto",
         "latitude": la, "longitude": lo, "types": ["O"]},
        {"name": "Online only", "slug": "b", "day": 1, "time": "7:00 PM", "timezone": "America/Toronto",
         "attendance_option": "online", "conference_url": "https://zoom.us/j/1",
         "latitude": la + 0.001, "longitude": lo, "approximate": "yes", "formatted_address": "Hastings County, ON, Canada"},
        {"name": "Hybrid", "slug": "c", "day": "1", "time": "19:30", "timezone": "America/Toronto",
         "attendance_option": "hybrid", "conference_phone": "+1 555 0100",
         "latitude": la + 0.01, "longitude": lo + 0.01},
        {"name": "Closed for now", "slug": "d", "day": 1, "time": "19:00", "timezone": "America/Toronto",
         "attendance_option": "inactive", "latitude": la, "longitude": lo},
        {"name": "Nowhere on the map", "slug": "e", "day": 3, "time": "12:00", "timezone": "America/Toronto",
         "types": ["B"], "address": "1 Front St", "city": "Belleville"},
        {"name": "Online without a link", "slug": "f", "day": 1, "time": "19:00", "timezone": "America/Toronto",
         "attendance_option": "online"}
    ])
}

#[test]
fn online_hybrid_inactive_and_unplaced_meetings_are_found_the_right_ways() {
    let f = fresh();
    let r = f
        .store
        .import_directory("mixed", mixed_feed().to_string().as_bytes(), None, now())
        .unwrap();
    assert_eq!((r.created, r.inactive, r.skipped_count), (4, 2, 0), "{r:?}");
    let near = |online: bool| {
        slugs(&search(
            &f.store,
            SearchQuery {
                near: Some(point(BELLEVILLE)),
                within_km: Some(10.0),
                online,
                ..Default::default()
            },
        ))
    };
    assert_eq!(
        near(false),
        vec!["a", "c"],
        "in person and hybrid are placed; online only is not"
    );
    assert_eq!(near(true), vec!["c"], "every filter narrows: hybrid near here");
    let online = search(
        &f.store,
        SearchQuery {
            online: true,
            ..Default::default()
        },
    );
    assert_eq!(slugs(&online), vec!["b", "c"]);
    let b = online.iter().find(|m| m.slug == "b").unwrap();
    assert_eq!((b.latitude, b.longitude), (None, None), "an area centre is not a place");
    assert_eq!(b.time.as_deref(), Some("19:00"), "12-hour time read");
    // A record without coordinates is found by everything but distance.
    for q in [
        SearchQuery {
            day: Some(DayFilter::Weekday { day: 3 }),
            ..Default::default()
        },
        SearchQuery {
            types: vec!["B".into()],
            ..Default::default()
        },
        SearchQuery {
            text: Some("front st".into()),
            ..Default::default()
        },
        SearchQuery {
            from: Some(11 * 60),
            to: Some(13 * 60),
            ..Default::default()
        },
    ] {
        assert_eq!(slugs(&search(&f.store, q.clone())), vec!["e"], "{q:?}");
    }
    assert_eq!(
        slugs(&search(&f.store, SearchQuery::default())),
        vec!["a", "b", "c", "e"]
    );
}

#[test]
fn bad_records_are_skipped_alone_with_their_reasons() {
    let f = fresh();
    let feed = r#"[
        {"name": "Online Step", "slug": "s1", "day": [1, 3], "time": "07:00", "end_time": "08:15",
         "timezone": "Europe/Dublin", "conference_url": "https://zoom.us/j/1", "types": ["ONL", "ST"]},
        {"name": "By Appointment", "slug": "appt", "timezone": "Europe/Dublin"},
        {"name": "Broken day", "slug": "bad1", "day": 9, "time": "19:00"},
        {"name": "Broken time", "slug": 77, "day": 2, "time": "quarter past"},
        {"name": "No slug", "day": 2, "time": "19:00"},
        {"name": "Twice", "slug": "s1", "day": 2, "time": "19:00"},
        "not an object"
    ]"#;
    let r = f
        .store
        .import_directory("bad", feed.as_bytes(), Some(tz("UTC")), now())
        .unwrap();
    assert_eq!(r.created, 2, "{r:?}");
    let skipped: Vec<(u32, Option<&str>)> = r.skipped.iter().map(|s| (s.index, s.slug.as_deref())).collect();
    assert_eq!(
        skipped,
        vec![
            (2, Some("bad1")),
            (3, Some("77")),
            (4, None),
            (5, Some("s1")),
            (6, None)
        ]
    );
    assert_eq!(r.skipped_count, 5);
    for (s, says) in r.skipped.iter().zip(["day", "time", "slug", "repeats", "object"]) {
        assert!(s.reason.contains(says), "{s:?} should say {says}");
    }
    let all = search(&f.store, SearchQuery::default());
    let s1: Vec<&DirectoryMeeting> = all.iter().filter(|m| m.slug == "s1").collect();
    assert_eq!(s1.len(), 2, "a record held on two days gives two slots");
    assert!(
        s1.iter()
            .all(|m| m.end_time.as_deref() == Some("08:15") && m.timezone == "Europe/Dublin")
    );
    let appt = all.iter().find(|m| m.slug == "appt").unwrap();
    assert_eq!((appt.weekday, appt.time.as_deref()), (None, None));
}

#[test]
fn a_broken_feed_is_refused_whole_and_the_directory_kept() {
    let f = fresh();
    import_ontario(&f.store);
    let before = search(&f.store, SearchQuery::default());
    let cut = &ONTARIO[..ONTARIO.len() / 2];
    let e = f
        .store
        .import_directory("ontario", cut.as_bytes(), Some(toronto()), now())
        .unwrap_err();
    assert!(
        matches!(e, tend_core::Error::InvalidInput { ref field, .. } if field == "feed"),
        "{e}"
    );
    let e = f
        .store
        .import_directory("ontario", &b"{\"name\": 1}"[..], None, now())
        .unwrap_err();
    assert!(e.to_string().contains("JSON array"), "{e}");
    assert_eq!(search(&f.store, SearchQuery::default()), before, "nothing half-written");
}

fn plan_ids(store: &Store) -> BTreeSet<String> {
    store
        .plan(now(), toronto(), 7, 60)
        .unwrap()
        .notifications
        .into_iter()
        .map(|n| n.id)
        .collect()
}

#[test]
fn joining_one_meeting_adds_exactly_its_reminders() {
    let f = fresh();
    import_ontario(&f.store);
    let net = network(&f.store, "Recovery", None);
    let before = f.store.plan(now(), toronto(), 7, 60).unwrap();
    let tweed = id_of(&f.store, "8");
    let g = f.store.join_directory_meeting(tweed, Some(net), false, now()).unwrap();
    assert_eq!(g.name, "Tweed Group");
    assert_eq!(g.network_id, Some(net));
    assert_eq!(g.listed, Some(true));
    assert_eq!(
        g.address.as_deref(),
        Some("St Andrews Church, 55 Victoria St N, Tweed, CA")
    );
    assert_eq!(g.meetings.len(), 1);
    assert_eq!(
        (g.meetings[0].weekday, g.meetings[0].start),
        (Some(2), Some(19 * 60 + 30))
    );

    let after = f.store.plan(now(), toronto(), 7, 60).unwrap();
    let old: BTreeSet<&str> = before.notifications.iter().map(|n| n.id.as_str()).collect();
    let added: Vec<_> = after
        .notifications
        .iter()
        .filter(|n| !old.contains(n.id.as_str()))
        .collect();
    let expected = g.meetings[0].occurrences(now(), now() + Duration::days(7)).len();
    assert!(expected >= 1);
    assert_eq!(added.len(), expected, "{added:?}");
    assert!(
        added
            .iter()
            .all(|n| n.kind == ReminderKind::Meeting && n.refers.group_id == Some(g.id))
    );
    assert_eq!(
        after.notifications.len(),
        before.notifications.len() + expected,
        "nothing else changed"
    );

    // The directory knows it is the user's now; joining twice is refused.
    let found = search(
        &f.store,
        SearchQuery {
            text: Some("Tweed".into()),
            ..Default::default()
        },
    );
    assert_eq!(found[0].joined_group_id, Some(g.id));
    let e = f.store.join_directory_meeting(tweed, None, false, now()).unwrap_err();
    assert!(e.to_string().contains("already one of your groups"), "{e}");
    assert_eq!(f.store.groups().unwrap().len(), 1);
}

#[test]
fn re_imports_update_joined_groups_keep_the_users_things_and_mark_what_left() {
    let f = fresh();
    import_ontario(&f.store);
    let net = network(&f.store, "Recovery", None);
    let g = f
        .store
        .join_directory_meeting(id_of(&f.store, "8"), Some(net), false, now())
        .unwrap();
    // The user makes it theirs: a friend from the group, their own notes and name.
    let sam = f.store.add_person(&PersonInput::new("Sam", Role::Peer), now()).unwrap();
    let mut input = GroupInput::new("My home group", g.kind);
    input.network_id = g.network_id;
    input.members = vec![sam.id];
    input.notes = Some("Bring the big book".into());
    input.address = g.address.clone();
    input.types = g.types.clone();
    input.meetings = g
        .meetings
        .iter()
        .map(|m| MeetingInput {
            weekday: m.weekday,
            start: m.start,
            duration_minutes: m.duration_minutes,
            timezone: m.timezone.clone(),
        })
        .collect();
    f.store.update_group(g.id, &input).unwrap();

    // The feed moves Tweed to 20:15 and to another hall.
    let mut changed = records();
    for r in &mut changed {
        if slug(r) == "8" {
            r["time"] = "20:15".into();
            r["location"] = "Tweed Legion".into();
        }
    }
    let r = f
        .store
        .import_directory(
            "ontario",
            Value::from(changed.clone()).to_string().as_bytes(),
            Some(toronto()),
            now(),
        )
        .unwrap();
    assert_eq!(
        (r.updated, r.unchanged, r.joined_updated, r.joined_unlisted),
        (1, 44, 1, 0),
        "{r:?}"
    );
    let g2 = f.store.group(g.id).unwrap();
    assert_eq!(g2.meetings.len(), 1);
    assert_eq!(g2.meetings[0].start, Some(20 * 60 + 15), "the new time");
    assert_eq!(
        g2.address.as_deref(),
        Some("Tweed Legion, 55 Victoria St N, Tweed, CA"),
        "the new place"
    );
    assert_eq!(g2.name, "My home group");
    assert_eq!(g2.members, vec![sam.id]);
    assert_eq!(g2.notes.as_deref(), Some("Bring the big book"));
    assert_eq!(g2.network_id, Some(net));
    assert_eq!(g2.listed, Some(true));

    // The feed drops Tweed: it leaves the directory, the group stays the user's, marked.
    let without: Vec<Value> = changed.iter().filter(|r| slug(r) != "8").cloned().collect();
    let r = f
        .store
        .import_directory(
            "ontario",
            Value::from(without).to_string().as_bytes(),
            Some(toronto()),
            now(),
        )
        .unwrap();
    assert_eq!((r.removed, r.joined_unlisted), (1, 1), "{r:?}");
    let g3 = f.store.group(g.id).unwrap();
    assert_eq!(g3.listed, Some(false), "no longer listed");
    assert_eq!(g3.meetings, g2.meetings, "kept as the user knew it");
    assert_eq!(g3.members, vec![sam.id]);
    assert!(
        plan_ids(&f.store)
            .iter()
            .any(|id| id.contains(&format!("{}", g3.meetings[0].id))),
        "its reminders continue"
    );
    assert!(
        search(
            &f.store,
            SearchQuery {
                text: Some("Tweed".into()),
                ..Default::default()
            }
        )
        .is_empty()
    );
    assert_eq!(f.store.directory_size().unwrap(), 44);

    // Listed again later: linked again.
    f.store
        .import_directory(
            "ontario",
            Value::from(changed).to_string().as_bytes(),
            Some(toronto()),
            now(),
        )
        .unwrap();
    assert_eq!(f.store.group(g.id).unwrap().listed, Some(true));
}

#[test]
fn a_whole_group_joins_as_one_and_leaving_returns_it_to_the_directory() {
    let f = fresh();
    let feed = json!([
        {"name": "Serenity Monday", "slug": "m", "group": "Serenity Group", "day": 1, "time": "19:00",
         "timezone": "America/Toronto", "types": ["O"], "location": "Hall", "notes": "Side door"},
        {"name": "Serenity Thursday", "slug": "t", "group": "Serenity Group", "day": 4, "time": "12:00",
         "timezone": "America/Toronto", "types": ["D"]},
        {"name": "Other", "slug": "o", "group": "Other Group", "day": 2, "time": "19:00", "timezone": "America/Toronto"}
    ]);
    f.store
        .import_directory("groups", feed.to_string().as_bytes(), None, now())
        .unwrap();
    let g = f
        .store
        .join_directory_meeting(id_of(&f.store, "t"), None, true, now())
        .unwrap();
    assert_eq!(g.name, "Serenity Group");
    let mut days: Vec<u8> = g.meetings.iter().filter_map(|m| m.weekday).collect();
    days.sort();
    assert_eq!(days, vec![1, 4]);
    assert_eq!(g.types, vec!["D", "O"]);
    let all = search(&f.store, SearchQuery::default());
    let joined: Vec<(&str, Option<i64>)> = all.iter().map(|m| (m.slug.as_str(), m.joined_group_id)).collect();
    assert!(joined.contains(&("m", Some(g.id))) && joined.contains(&("t", Some(g.id))));
    assert!(joined.contains(&("o", None)));

    // Leaving: the group and its reminders go, the meetings stay findable.
    let before = plan_ids(&f.store).len();
    f.store.leave_directory_group(g.id).unwrap();
    assert!(f.store.groups().unwrap().is_empty());
    assert!(plan_ids(&f.store).len() < before);
    assert!(
        search(&f.store, SearchQuery::default())
            .iter()
            .all(|m| m.joined_group_id.is_none())
    );
    assert_eq!(f.store.directory_size().unwrap(), 3);
    // A group the user made themselves is not the directory's to take back.
    let own = f
        .store
        .add_group(&GroupInput::new("Own", tend_core::model::GroupKind::Peer), now())
        .unwrap();
    let e = f.store.leave_directory_group(own.id).unwrap_err();
    assert!(matches!(e, tend_core::Error::InvalidInput { .. }), "{e}");
    assert!(matches!(
        f.store.join_directory_meeting(99_999, None, false, now()),
        Err(tend_core::Error::NotFound { .. })
    ));
}

#[test]
fn sos_and_today_show_what_starts_soon() {
    let f = fresh();
    let (la, lo) = BELLEVILLE;
    let feed = json!([
        {"name": "Online in 20", "slug": "on1", "day": 2, "time": "21:20", "timezone": "America/Toronto",
         "conference_url": "https://zoom.us/j/20", "attendance_option": "online"},
        {"name": "Online too late", "slug": "on2", "day": 2, "time": "23:30", "timezone": "America/Toronto",
         "conference_url": "https://zoom.us/j/99", "attendance_option": "online"},
        {"name": "Hall nearby", "slug": "ip", "day": 2, "time": "22:00", "timezone": "America/Toronto",
         "latitude": la + 0.01, "longitude": lo},
        {"name": "Hall far away", "slug": "far", "day": 2, "time": "21:30", "timezone": "America/Toronto",
         "latitude": la + 1.0, "longitude": lo},
        {"name": "Hybrid far away", "slug": "hy", "day": 2, "time": "21:45", "timezone": "America/Toronto",
         "conference_url": "https://zoom.us/j/45", "latitude": la + 1.0, "longitude": lo},
        {"name": "Vancouver online", "slug": "van", "day": 2, "time": "18:50", "timezone": "America/Vancouver",
         "conference_url": "https://zoom.us/j/50", "attendance_option": "online"}
    ]);
    f.store
        .import_directory("soon", feed.to_string().as_bytes(), None, now())
        .unwrap();
    // A craving at 21:00 on Tuesday, Toronto time.
    let craving = at("2026-11-25T02:00:00Z");
    let tz = toronto();
    let names = |v: &[tend_core::directory::SoonMeeting]| v.iter().map(|m| m.name.clone()).collect::<Vec<_>>();

    let soon = f.store.meetings_soon(craving, tz, None, 10).unwrap();
    assert_eq!(
        names(&soon),
        vec!["Online in 20", "Hybrid far away", "Vancouver online"],
        "no place searched yet: online ones only"
    );
    assert_eq!(soon[0].minutes_until, 20);
    assert_eq!(soon[0].local_start, "21:20");
    assert_eq!(soon[2].local_start, "21:50", "a Vancouver 18:50 is 21:50 here");
    let sos = f.store.sos_at(None, craving, tz).unwrap();
    assert_eq!(names(&sos.meetings_soon), names(&soon));

    // After a search from Belleville, the hall nearby counts too.
    f.store
        .search_directory(
            &SearchQuery {
                near: Some(point(BELLEVILLE)),
                ..Default::default()
            },
            craving,
        )
        .unwrap();
    assert_eq!(f.store.last_search_place().unwrap(), Some(point((44.16, -77.38))));
    let soon = f.store.meetings_soon(craving, tz, None, 10).unwrap();
    assert_eq!(
        names(&soon),
        vec!["Online in 20", "Hybrid far away", "Vancouver online", "Hall nearby"]
    );
    let hall = soon.iter().find(|m| m.name == "Hall nearby").unwrap();
    // Measured from the remembered place, which is only as precise as about a kilometre.
    let from_remembered = haversine((44.16, -77.38), (la + 0.01, lo));
    assert!((hall.distance_km.unwrap() - from_remembered).abs() < 0.01, "{hall:?}");
    let today = f.store.today(craving, tz).unwrap();
    assert_eq!(names(&today.meetings_soon), names(&soon[..3]));
    let sos = f.store.sos_at(Some("CA"), craving, tz).unwrap();
    assert_eq!(sos.meetings_soon.len(), 3);
    assert_eq!(sos.meetings_soon[0].online_url.as_deref(), Some("https://zoom.us/j/20"));
}

#[test]
fn searches_refuse_what_they_cannot_mean() {
    let f = fresh();
    for (q, field) in [
        (
            SearchQuery {
                within_km: Some(5.0),
                ..Default::default()
            },
            "within",
        ),
        (
            SearchQuery {
                near: Some(GeoPoint {
                    latitude: 95.0,
                    longitude: 0.0,
                }),
                ..Default::default()
            },
            "latitude",
        ),
        (
            SearchQuery {
                near: Some(point(BELLEVILLE)),
                within_km: Some(0.0),
                ..Default::default()
            },
            "within",
        ),
        (
            SearchQuery {
                from: Some(1440),
                ..Default::default()
            },
            "from",
        ),
        (
            SearchQuery {
                types: vec!["Open meeting!".into()],
                ..Default::default()
            },
            "meeting type",
        ),
        (
            SearchQuery {
                limit: Some(0),
                ..Default::default()
            },
            "limit",
        ),
    ] {
        let e = f.store.search_directory(&q, now()).unwrap_err();
        assert!(
            matches!(e, tend_core::Error::InvalidInput { field: ref got, .. } if got == field),
            "{q:?}: {e}"
        );
    }
}

/// A directory meeting and a group meet one rule: what the directory offers can be joined, and a
/// joined meeting whose feed later changes never blocks the rest of that feed.
#[test]
fn every_directory_meeting_joins_and_one_record_never_blocks_an_import() {
    let f = fresh();
    let mut feed = records();
    // A 24-hour online room, as feeds list them.
    feed.push(serde_json::json!({
        "name": "Always Open Room", "slug": "room", "day": [0, 1, 2, 3, 4, 5, 6],
        "time": "00:00", "end_time": "23:59", "conference_url": "https://zoom.us/j/247",
        "attendance_option": "online"
    }));
    let r = f
        .store
        .import_directory(
            "ontario",
            Value::from(feed.clone()).to_string().as_bytes(),
            Some(toronto()),
            now(),
        )
        .unwrap();
    assert_eq!((r.created, r.skipped_count), (46, 0), "{r:?}");
    let room = f
        .store
        .join_directory_meeting(id_of(&f.store, "room"), None, false, now())
        .unwrap();
    assert_eq!(room.meetings.len(), 7);
    assert!(room.meetings.iter().all(|m| m.duration_minutes == 23 * 60 + 59));
    let tweed = f
        .store
        .join_directory_meeting(id_of(&f.store, "8"), None, false, now())
        .unwrap();

    // The feed then gives Tweed a place no group can hold (location and address together past
    // 4,000 characters) and brings a new meeting.
    let long = "L".repeat(2500);
    for r in &mut feed {
        if slug(r) == "8" {
            r["location"] = long.clone().into();
            r["address"] = "A".repeat(2500).into();
        }
    }
    feed.push(serde_json::json!({"name": "New Meeting", "slug": "new", "day": 3, "time": "19:00"}));
    let r = f
        .store
        .import_directory(
            "ontario",
            Value::from(feed).to_string().as_bytes(),
            Some(toronto()),
            now(),
        )
        .unwrap();
    assert_eq!(r.created, 1, "the new meeting arrives: {r:?}");
    assert_eq!(r.skipped_count, 1, "{r:?}");
    assert!(r.skipped[0].reason.contains("location and address"), "{r:?}");
    assert!(search(&f.store, SearchQuery::default()).iter().any(|m| m.slug == "new"));
    let kept = f.store.group(tweed.id).unwrap();
    assert_eq!(kept.address, tweed.address, "the group keeps what it had");
    assert_eq!(kept.meetings, tweed.meetings);
    assert_eq!(kept.listed, Some(false));
    assert_eq!(f.store.group(room.id).unwrap().listed, Some(true));
}
