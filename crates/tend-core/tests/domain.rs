//! The support-network rules as a user meets them: coverage and gaps, who is due a call, goals,
//! milestones, reciprocity, SOS, idempotent check-ins, and bad input refused whole.

mod common;

use chrono::Duration;
use common::*;
use tend_core::Error;
use tend_core::checkins::{CheckinData, CheckinQuery, NewCheckin};
use tend_core::goals::GoalInput;
use tend_core::groups::{GroupInput, MeetingInput};
use tend_core::model::{CheckinKind, Direction, GroupKind, Importance, Period, Role, SupportKind};
use tend_core::network::NetworkInput;
use tend_core::people::{PersonInput, parse_windows};
use tend_core::reciprocity::Lean;

fn field_of(e: Error) -> String {
    match e {
        Error::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn coverage_names_who_covers_and_gives_a_next_step_for_each_gap() {
    let f = fresh();
    let s = &f.store;
    let rec = network(s, "Recovery", None);
    let other = network(s, "Career", None);
    person_at(s, "Sam", Role::Sponsor, &[rec], None, "2026-01-01T00:00:00Z"); // accountability, inspiration, emotional
    person_at(s, "Dr Lee", Role::Therapist, &[other], None, "2026-01-01T00:00:00Z"); // other network only
    let mut risky = PersonInput::new("Rick", Role::Friend);
    risky.support = vec![SupportKind::Practical];
    risky.avoid = true;
    risky.networks = vec![rec];
    s.add_person(&risky, at("2026-01-01T00:00:00Z")).unwrap();
    for kind in SupportKind::ALL {
        s.set_need(rec, *kind, Importance::Essential, None).unwrap();
    }
    let cov = s.coverage(Some(rec)).unwrap();
    assert_eq!(cov.len(), SupportKind::ALL.len());
    let by_kind = |k: SupportKind| cov.iter().find(|c| c.need.kind == k).unwrap();
    assert_eq!(by_kind(SupportKind::Accountability).covered_by[0].name, "Sam");
    assert!(by_kind(SupportKind::Accountability).next_step.is_none());
    // An avoided person never covers a need, and a therapist in another network does not count.
    for gap in [
        SupportKind::Practical,
        SupportKind::ProfessionalGuidance,
        SupportKind::Financial,
    ] {
        let c = by_kind(gap);
        assert!(c.is_gap(), "{gap} should be a gap");
        assert!(
            !c.next_step
                .as_ref()
                .map(|m| m.render("en"))
                .unwrap_or_default()
                .is_empty()
        );
    }
    assert!(
        by_kind(SupportKind::ProfessionalGuidance)
            .next_step
            .as_ref()
            .map(|m| m.render("en"))
            .as_deref()
            .unwrap()
            .contains("therapist")
    );
    assert!(
        by_kind(SupportKind::Practical)
            .next_step
            .as_ref()
            .map(|m| m.render("en"))
            .as_deref()
            .unwrap()
            .contains("family")
    );
    assert!(by_kind(SupportKind::Accountability).next_step.is_none());
    // Setting a need again changes it instead of duplicating.
    s.set_need(rec, SupportKind::Financial, Importance::Helpful, Some("rent"))
        .unwrap();
    let cov = s.coverage(Some(rec)).unwrap();
    assert_eq!(cov.len(), SupportKind::ALL.len());
    assert_eq!(
        cov.iter()
            .find(|c| c.need.kind == SupportKind::Financial)
            .unwrap()
            .need
            .importance,
        Importance::Helpful
    );
    // Today lists exactly the gaps.
    let today = s.today(at("2026-03-01T12:00:00Z"), tz("UTC")).unwrap();
    let mut gaps: Vec<SupportKind> = today.gaps.iter().map(|g| g.need.kind).collect();
    gaps.sort();
    assert_eq!(
        gaps,
        vec![
            SupportKind::Practical,
            SupportKind::Financial,
            SupportKind::ProfessionalGuidance
        ]
    );
}

#[test]
fn due_and_overdue_follow_cadence_across_a_month_end() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let rec = network(s, "Recovery", None);
    let sam = person_at(s, "Sam", Role::Sponsor, &[rec], Some(7), "2026-01-01T00:00:00Z");
    let alex = person_at(s, "Alex", Role::Friend, &[rec], Some(3), "2026-01-01T00:00:00Z");
    let never = person_at(s, "Jo", Role::Friend, &[rec], Some(10), "2026-01-25T09:00:00Z");
    let _no_cadence = person_at(s, "Pat", Role::Peer, &[rec], None, "2026-01-01T00:00:00Z");
    contact(s, sam, "2026-01-29T18:00:00Z", utc, Direction::Both); // due 2026-02-05
    contact(s, alex, "2026-01-31T18:00:00Z", utc, Direction::Both); // due 2026-02-03

    let due = |when: &str| -> Vec<(String, i64)> {
        s.today(at(when), utc)
            .unwrap()
            .due
            .into_iter()
            .map(|d| (d.name, d.days_overdue))
            .collect()
    };
    assert_eq!(due("2026-02-02T12:00:00Z"), vec![]);
    assert_eq!(due("2026-02-03T12:00:00Z"), vec![("Alex".to_string(), 0)]);
    // Jo was added on 01-25 with a 10-day cadence: due 02-04. Most overdue first.
    assert_eq!(
        due("2026-02-05T12:00:00Z"),
        vec![("Alex".to_string(), 2), ("Jo".to_string(), 1), ("Sam".to_string(), 0)]
    );
    // A new contact resets the cadence.
    contact(s, alex, "2026-02-05T13:00:00Z", utc, Direction::Gave);
    assert!(!due("2026-02-05T14:00:00Z").iter().any(|(n, _)| n == "Alex"));
    // Someone never contacted is due a cadence after they were added.
    let today = s.today(at("2026-02-04T12:00:00Z"), utc).unwrap();
    let jo = today.due.iter().find(|d| d.person_id == never).unwrap();
    assert_eq!((jo.last_contact, jo.days_overdue), (None, 0));
}

#[test]
fn due_dates_are_local_days_even_across_a_dst_change() {
    let f = fresh();
    let s = &f.store;
    let ny = tz("America/New_York");
    let rec = network(s, "Recovery", None);
    let sam = person_at(s, "Sam", Role::Sponsor, &[rec], Some(1), "2025-01-01T00:00:00Z");
    // 23:30 local on Saturday 2025-03-08 (EST, UTC-5) is 04:30 UTC on the 9th.
    contact(s, sam, "2025-03-09T04:30:00Z", ny, Direction::Both);
    // Sunday 2025-03-09 is the 23-hour day: Sam is due that local day, not overdue.
    let t = s.today(at("2025-03-09T13:00:00Z"), ny).unwrap();
    assert_eq!(t.due.len(), 1);
    assert_eq!(t.due[0].last_contact.unwrap().to_string(), "2025-03-08");
    assert_eq!(t.due[0].days_overdue, 0);
    // Just after local midnight into Monday (EDT now) it is one day overdue.
    let t = s.today(at("2025-03-10T04:05:00Z"), ny).unwrap();
    assert_eq!(t.due[0].days_overdue, 1);
}

#[test]
fn avoided_people_are_never_due_nor_emergency_contacts() {
    let f = fresh();
    let s = &f.store;
    let mut p = PersonInput::new("Rick", Role::Other);
    p.avoid = true;
    p.cadence_days = Some(1);
    let rick = s.add_person(&p, at("2026-01-01T00:00:00Z")).unwrap();
    assert!(s.today(at("2026-03-01T12:00:00Z"), tz("UTC")).unwrap().due.is_empty());
    // Marking an avoided person as an emergency contact is refused.
    p.emergency = true;
    assert_eq!(field_of(s.update_person(rick.id, &p).unwrap_err()), "emergency");
    assert!(s.sos(Some("US")).unwrap().emergency_contacts.is_empty());
}

#[test]
fn weekly_goal_progress_streak_score_and_risk_use_the_week_start() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let rec = network(s, "Recovery", None);
    let mut g = GroupInput::new("Step group", GroupKind::TwelveStep);
    g.meetings = vec![MeetingInput {
        weekday: Some(2),
        start: Some(1140),
        duration_minutes: 60,
        timezone: "UTC".into(),
    }];
    let group = s.add_group(&g, at("2026-01-01T00:00:00Z")).unwrap().id;
    let sam = person_at(s, "Sam", Role::Sponsor, &[rec], None, "2026-01-01T00:00:00Z");
    let goal = s
        .add_goal(
            &GoalInput {
                network_id: rec,
                title: None,
                kind: CheckinKind::Meeting,
                person_id: None,
                group_id: None,
                target: 3,
                period: Period::Week,
                partner_id: Some(sam),
                start_date: Some("2026-10-05".parse().unwrap()), // a Monday
            },
            at("2026-10-05T08:00:00Z"),
            utc,
        )
        .unwrap();
    assert_eq!(goal.title, "3 meetings a week");
    let meet = |d: &str| {
        log(
            s,
            CheckinData::Meeting { group_id: group },
            &format!("{d}T20:00:00Z"),
            utc,
        )
    };
    // Weeks (Mon start): Oct 5 met (3), Oct 12 met (3), Oct 19 missed (1), Oct 26 met (4).
    for d in [
        "2026-10-05",
        "2026-10-07",
        "2026-10-09",
        "2026-10-12",
        "2026-10-14",
        "2026-10-18",
    ] {
        meet(d);
    }
    meet("2026-10-21");
    for d in ["2026-10-26", "2026-10-27", "2026-10-28", "2026-11-01"] {
        meet(d);
    }
    // Now: Friday 2026-11-06 morning, 1 of 3 this week → at risk, streak 1 (last week met).
    meet("2026-11-03");
    let p = &s.goal_progress(None, at("2026-11-06T09:00:00Z"), utc).unwrap()[0];
    assert_eq!(
        (p.period_start.to_string().as_str(), p.period_end.to_string().as_str()),
        ("2026-11-02", "2026-11-08")
    );
    assert_eq!((p.count, p.met, p.streak, p.at_risk), (1, false, 1, true));
    assert_eq!(p.partner.as_ref().unwrap().name, "Sam");
    // The forgiving score: a single miss leaves it well above zero and below a perfect run.
    assert!(p.score > 0.3 && p.score < 0.9, "score {}", p.score);
    // Tuesday of the same week is too early to call it at risk.
    let early = &s.goal_progress(None, at("2026-11-03T21:00:00Z"), utc).unwrap()[0];
    assert!(!early.at_risk);
    // With Sunday as week start, Sunday 2026-11-01 belongs to the next week.
    s.set_setting("week_start", "sunday").unwrap();
    let p = &s.goal_progress(None, at("2026-11-06T09:00:00Z"), utc).unwrap()[0];
    assert_eq!(p.period_start.to_string(), "2026-11-01");
    assert_eq!(p.count, 2);
    // Meeting it completes the period and extends the streak.
    s.set_setting("week_start", "monday").unwrap();
    meet("2026-11-06");
    meet("2026-11-06");
    let p = &s.goal_progress(None, at("2026-11-06T22:00:00Z"), utc).unwrap()[0];
    assert_eq!((p.count, p.met, p.streak, p.at_risk), (3, true, 2, false));
}

#[test]
fn score_forgives_one_miss_but_falls_with_many() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let rec = network(s, "Recovery", None);
    s.add_goal(
        &GoalInput {
            network_id: rec,
            title: Some("Check in daily".into()),
            kind: CheckinKind::Daily,
            person_id: None,
            group_id: None,
            target: 1,
            period: Period::Day,
            partner_id: None,
            start_date: Some("2026-01-01".parse().unwrap()),
        },
        at("2026-01-01T08:00:00Z"),
        utc,
    )
    .unwrap();
    let start: chrono::NaiveDate = "2026-01-01".parse().unwrap();
    for d in 0..60 {
        if d != 50 {
            log(
                s,
                CheckinData::Daily { mood: 4, craving: None },
                &format!("{}T20:00:00Z", start + Duration::days(d)),
                utc,
            );
        }
    }
    let p = &s.goal_progress(None, at("2026-03-02T08:00:00Z"), utc).unwrap()[0]; // day 60, not yet checked in
    assert_eq!(p.streak, 9);
    assert!(p.score > 0.85, "one miss should barely dent a long run: {}", p.score);
    let later = &s.goal_progress(None, at("2026-03-20T08:00:00Z"), utc).unwrap()[0];
    assert_eq!(later.streak, 0);
    assert!(
        later.score < p.score * 0.5,
        "18 missed days should halve it: {} vs {}",
        later.score,
        p.score
    );
}

#[test]
fn milestones_from_the_since_date() {
    let f = fresh();
    let s = &f.store;
    network(s, "Recovery", Some("2025-11-25"));
    network(s, "Career", None);
    let m = s.milestones(at("2026-11-25T10:00:00Z"), tz("Europe/London")).unwrap();
    assert_eq!(m.len(), 1, "only networks with a since date");
    assert_eq!(m[0].days, 365);
    assert!(m[0].today_is_milestone);
    assert_eq!(m[0].last.as_ref().unwrap().label.render("en"), "1 year");
    assert_eq!(
        (
            m[0].next.label.render("en").as_str(),
            m[0].next.date.to_string().as_str()
        ),
        ("2 years", "2027-11-25")
    );
    let t = s.today(at("2026-11-25T10:00:00Z"), tz("Europe/London")).unwrap();
    assert_eq!(t.next_milestone.unwrap().next.label.render("en"), "2 years");
    // A since date in the future is refused.
    let e = s
        .add_network(
            &NetworkInput {
                name: "Later".into(),
                focus: None,
                since: Some("2027-01-01".parse().unwrap()),
            },
            at("2026-11-25T10:00:00Z"),
        )
        .unwrap_err();
    assert_eq!(field_of(e), "since");
}

#[test]
fn reciprocity_surfaces_one_sided_balances() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let giver = person_at(s, "Maya", Role::Family, &[], None, "2026-01-01T00:00:00Z");
    let even = person_at(s, "Alex", Role::Friend, &[], None, "2026-01-01T00:00:00Z");
    for d in 1..=6 {
        contact(s, giver, &format!("2026-03-0{d}T12:00:00Z"), utc, Direction::Received);
        contact(
            s,
            even,
            &format!("2026-03-0{d}T12:00:00Z"),
            utc,
            if d % 2 == 0 {
                Direction::Gave
            } else {
                Direction::Received
            },
        );
    }
    let r = s.reciprocity(at("2026-03-10T00:00:00Z"), 90).unwrap();
    assert_eq!(r[0].name, "Maya");
    assert_eq!((r[0].received, r[0].gave, r[0].lean), (6, 0, Lean::MostlyReceiving));
    assert_eq!(r.iter().find(|b| b.name == "Alex").unwrap().lean, Lean::Balanced);
    // Outside the window nothing counts.
    assert!(s.reciprocity(at("2026-09-10T00:00:00Z"), 90).unwrap().is_empty());
}

#[test]
fn same_idempotency_key_logs_once_and_a_different_check_in_under_it_is_a_conflict() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let n = NewCheckin {
        data: CheckinData::Daily {
            mood: 4,
            craving: Some(1),
        },
        note: Some("good day".into()),
        at: at("2026-11-25T20:00:00Z"),
        zone: utc,
        idempotency_key: Some("notif:daily:2026-11-25T20:00".into()),
    };
    let first = s.log_checkin(&n).unwrap();
    // A retry re-reads the clock: the same check-in a minute later is still the same one.
    let retry = s
        .log_checkin(&NewCheckin {
            at: at("2026-11-25T20:01:00Z"),
            ..n.clone()
        })
        .unwrap();
    assert_eq!(first, retry);
    for (what, other) in [
        ("another mood", CheckinData::Daily { mood: 1, craving: None }),
        ("an SOS", CheckinData::Sos),
    ] {
        let err = s
            .log_checkin(&NewCheckin {
                data: other,
                ..n.clone()
            })
            .unwrap_err();
        assert!(
            matches!(
                err,
                Error::Conflict {
                    what: "idempotency key",
                    ..
                }
            ),
            "{what}: {err:?}"
        );
    }
    let err = s
        .log_checkin(&NewCheckin {
            note: Some("a different note".into()),
            ..n.clone()
        })
        .unwrap_err();
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    let all = s.checkins(&CheckinQuery::default()).unwrap();
    assert_eq!(all, vec![first], "only the first is stored, unchanged");
}

#[test]
fn check_ins_keep_their_instant_zone_and_local_day() {
    let f = fresh();
    let s = &f.store;
    let tokyo = tz("Asia/Tokyo");
    // 20:00 UTC on the 25th is already the 26th in Tokyo.
    let c = log(
        s,
        CheckinData::Daily { mood: 3, craving: None },
        "2026-11-25T20:00:00Z",
        tokyo,
    );
    assert_eq!(c.zone, "Asia/Tokyo");
    assert_eq!(c.local_date.to_string(), "2026-11-26");
    assert!(s.today(at("2026-11-25T21:00:00Z"), tokyo).unwrap().checked_in);
    assert!(
        !s.today(at("2026-11-25T21:00:00Z"), tz("America/New_York"))
            .unwrap()
            .checked_in
    );
}

#[test]
fn bad_input_is_refused_with_the_field_named_and_nothing_written() {
    let f = fresh();
    let s = &f.store;
    let now = at("2026-11-25T12:00:00Z");
    let rec = network(s, "Recovery", None);
    let person = |f: &dyn Fn(&mut PersonInput)| {
        let mut p = PersonInput::new("Sam", Role::Sponsor);
        f(&mut p);
        s.add_person(&p, now).map(|_| ()).map_err(field_of)
    };
    assert_eq!(person(&|p| p.name = "   ".into()), Err("name".into()));
    assert_eq!(person(&|p| p.name = "x".repeat(101)), Err("name".into()));
    assert_eq!(person(&|p| p.cadence_days = Some(0)), Err("cadence".into()));
    assert_eq!(person(&|p| p.networks = vec![rec, 999]), Err("network".into()));
    assert_eq!(
        person(&|p| p.contacts = vec![tend_core::people::ContactMethod {
            kind: tend_core::model::ContactKind::Email,
            value: "not-an-email".into()
        }]),
        Err("email".into())
    );
    assert!(parse_windows("mon 25:00-26:00").is_err());
    assert!(s.people(None).unwrap().is_empty(), "no half-written person");

    let group = |m: MeetingInput| {
        let mut g = GroupInput::new("Group", GroupKind::Peer);
        g.meetings = vec![m];
        s.add_group(&g, now).map(|_| ()).map_err(field_of)
    };
    let ok = MeetingInput {
        weekday: Some(1),
        start: Some(600),
        duration_minutes: 60,
        timezone: "Europe/Dublin".into(),
    };
    assert_eq!(
        group(MeetingInput {
            timezone: "Europe/Atlantis".into(),
            ..ok.clone()
        }),
        Err("meeting time zone".into())
    );
    assert_eq!(
        group(MeetingInput {
            weekday: Some(7),
            ..ok.clone()
        }),
        Err("meeting weekday".into())
    );
    assert_eq!(
        group(MeetingInput {
            duration_minutes: 0,
            ..ok.clone()
        }),
        Err("meeting duration".into())
    );
    assert!(s.groups().unwrap().is_empty(), "no half-written group");

    let daily = |mood, craving| {
        s.log_checkin(&NewCheckin {
            data: CheckinData::Daily { mood, craving },
            note: None,
            at: now,
            zone: tz("UTC"),
            idempotency_key: None,
        })
        .map(|_| ())
        .map_err(field_of)
    };
    assert_eq!(daily(9, None), Err("mood".into()));
    assert_eq!(daily(0, None), Err("mood".into()));
    assert_eq!(daily(3, Some(11)), Err("craving".into()));
    let contact_nobody = s.log_checkin(&NewCheckin {
        data: CheckinData::Contact {
            person_id: 42,
            channel: tend_core::model::Channel::Call,
            direction: Direction::Both,
            support: None,
        },
        note: None,
        at: now,
        zone: tz("UTC"),
        idempotency_key: None,
    });
    assert_eq!(contact_nobody.map(|_| ()).map_err(field_of), Err("person".into()));
    assert!(s.checkins(&CheckinQuery::default()).unwrap().is_empty());

    assert_eq!(
        field_of(s.set_setting("quiet_hours", "25:00-07:00").unwrap_err()),
        "quiet_hours"
    );
    assert_eq!(
        field_of(s.set_setting("checkin_times", "8pm").unwrap_err()),
        "checkin_times"
    );
    assert_eq!(field_of(s.set_setting("volume", "11").unwrap_err()), "setting");
    assert_eq!(s.settings().unwrap(), tend_core::settings::Settings::default());

    assert_eq!(
        field_of(
            s.add_network(
                &NetworkInput {
                    name: "recovery".into(),
                    ..Default::default()
                },
                now
            )
            .unwrap_err()
        ),
        "network name"
    );
    assert!(matches!(s.person(12345), Err(Error::NotFound { .. })));
}

#[test]
fn error_messages_never_carry_the_users_words() {
    let f = fresh();
    let s = &f.store;
    let secret = "Rehab at St Jude's";
    let mut p = PersonInput::new(secret.repeat(10), Role::Friend);
    p.notes = Some(secret.into());
    let msg = s.add_person(&p, at("2026-01-01T00:00:00Z")).unwrap_err().to_string();
    assert!(!msg.contains("Jude"), "{msg}");
    let msg = s.find_person(secret).unwrap_err().to_string();
    assert!(!msg.contains("Jude"), "{msg}");
}

/// A refusal says why as a message with typed arguments, which each language words: never a
/// sentence in code, never the words the user typed, never a record's id.
#[test]
fn a_refusal_carries_its_message_and_is_worded_in_the_users_language() {
    use tend_core::messages::{Message, MessageId};
    let f = fresh();
    let s = &f.store;
    let now = at("2026-01-01T00:00:00Z");
    let secret = "Rehab at St Jude's";
    let refusal = |e: Error| match e {
        Error::InvalidInput { field, problem } => (field, problem),
        other => panic!("expected a refusal, got {other}"),
    };

    // An empty name.
    let (field, problem) = refusal(s.add_person(&PersonInput::new("   ", Role::Friend), now).unwrap_err());
    assert_eq!(field, "name");
    assert_eq!(problem, Message::new(MessageId::RefusalEmpty));
    assert_eq!(problem.render("de"), "Das darf nicht leer sein.");

    // A note longer than the longest text: the limit is an argument, the note is not.
    let mut p = PersonInput::new("Sam", Role::Friend);
    p.notes = Some(secret.repeat(300));
    let e = s.add_person(&p, now).unwrap_err();
    let english = e.to_string();
    let (field, problem) = refusal(e);
    assert_eq!(field, "notes");
    assert_eq!(problem, Message::new(MessageId::RefusalTooLong).num("max", 4000));
    assert!(problem.is_well_formed());
    assert_eq!(problem.render("de"), "Das darf höchstens 4000 Zeichen lang sein.");
    assert_eq!(problem.render("es"), "Esto puede tener como máximo 4000 caracteres.");
    assert_eq!(english, "invalid notes: This must be at most 4000 characters.");

    // A number out of range: the bound is an argument, and the plural follows it.
    let mut p = PersonInput::new(secret, Role::Friend);
    p.cadence_days = Some(400);
    let (field, problem) = refusal(s.add_person(&p, now).unwrap_err());
    assert_eq!(field, "cadence");
    assert_eq!(problem, Message::new(MessageId::RefusalDaysRange).num("max", 365));
    assert_eq!(problem.render("de"), "Der Wert muss 1 bis 365 Tage betragen.");
    assert_eq!(problem.render("fr"), "La valeur doit être de 1 à 365 jours.");

    // A record that is gone is named by kind, not by id.
    let mut g = GroupInput::new(secret, GroupKind::Peer);
    g.members = vec![424_242];
    let e = s.add_group(&g, now).unwrap_err();
    assert!(!e.to_string().contains("424242"), "{e}");
    let (field, problem) = refusal(e);
    assert_eq!((field.as_str(), problem.id), ("member", MessageId::RefusalPersonGone));
    assert!(problem.args.is_empty());

    // Nothing the user typed, in any language or in the message itself.
    let mut p = PersonInput::new(secret.repeat(10), Role::Friend);
    p.notes = Some(secret.into());
    let (_, problem) = refusal(s.add_person(&p, now).unwrap_err());
    assert_eq!(problem.id, MessageId::RefusalTooLong);
    for lang in tend_core::messages::SHIPPED_LANGUAGES {
        assert!(!problem.render(lang).contains("Jude"), "{lang}");
    }
    assert!(!serde_json::to_string(&problem).unwrap().contains("Jude"));
}

#[test]
fn meetings_today_are_found_in_their_own_zone() {
    let f = fresh();
    let s = &f.store;
    let mut g = GroupInput::new("London online group", GroupKind::Smart);
    g.online_url = Some("https://example.org/meet".into());
    // Monday 18:00 in London = 13:00 in New York.
    g.meetings = vec![MeetingInput {
        weekday: Some(1),
        start: Some(1080),
        duration_minutes: 60,
        timezone: "Europe/London".into(),
    }];
    s.add_group(&g, at("2026-01-01T00:00:00Z")).unwrap();
    let t = s.today(at("2026-11-23T12:00:00Z"), tz("America/New_York")).unwrap(); // Monday
    assert_eq!(t.meetings.len(), 1);
    assert_eq!(t.meetings[0].local_start, "13:00");
    assert_eq!(t.meetings[0].timezone, "Europe/London");
    assert!(
        s.today(at("2026-11-24T12:00:00Z"), tz("America/New_York"))
            .unwrap()
            .meetings
            .is_empty()
    );
}

#[test]
fn removing_a_person_keeps_the_log() {
    let f = fresh();
    let s = &f.store;
    let rec = network(s, "Recovery", None);
    let sam = person_at(s, "Sam", Role::Sponsor, &[rec], Some(3), "2026-01-01T00:00:00Z");
    contact(s, sam, "2026-02-01T12:00:00Z", tz("UTC"), Direction::Both);
    s.remove_person(sam).unwrap();
    let log = s.checkins(&CheckinQuery::default()).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].person_id, None);
    assert!(matches!(s.remove_person(sam), Err(Error::NotFound { .. })));
}

#[test]
fn last_contact_follows_the_log_through_edits_removals_and_restores() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let sam = person_at(s, "Sam", Role::Sponsor, &[], Some(30), "2026-01-01T00:00:00Z");
    let last = |when: &str| {
        s.today(at(when), utc)
            .unwrap()
            .due
            .into_iter()
            .find(|d| d.person_id == sam)
            .map(|d| d.last_contact)
    };
    let early = contact(s, sam, "2026-01-10T12:00:00Z", utc, Direction::Both);
    let late = contact(s, sam, "2026-01-20T12:00:00Z", utc, Direction::Both);
    // Logging an older contact afterwards does not move the last contact back.
    contact(s, sam, "2026-01-15T12:00:00Z", utc, Direction::Both);
    assert_eq!(last("2026-03-01T12:00:00Z"), Some(Some("2026-01-20".parse().unwrap())));
    // Deleting the latest falls back to the one before it; deleting all leaves none.
    s.remove_checkin(late.id).unwrap();
    assert_eq!(last("2026-03-01T12:00:00Z"), Some(Some("2026-01-15".parse().unwrap())));
    s.remove_checkin(early.id).unwrap();
    let only = s.checkins(&CheckinQuery::default()).unwrap();
    s.remove_checkin(only[0].id).unwrap();
    assert_eq!(last("2026-03-01T12:00:00Z"), Some(None));
    // A backup restored over the store rebuilds it from the restored log.
    contact(s, sam, "2026-02-02T12:00:00Z", utc, Direction::Both);
    let backup = s.export_backup(None).unwrap();
    contact(s, sam, "2026-02-20T12:00:00Z", utc, Direction::Both);
    s.import_backup(&backup, None, true).unwrap();
    assert_eq!(last("2026-03-10T12:00:00Z"), Some(Some("2026-02-02".parse().unwrap())));
}

#[test]
fn done_from_the_lock_screen_asks_for_unlock_until_the_user_turns_it_off() {
    let f = fresh();
    let s = &f.store;
    assert!(s.settings().unwrap().done_needs_unlock);
    assert!(!s.set_setting("done_needs_unlock", "off").unwrap().done_needs_unlock);
    assert!(!s.settings().unwrap().done_needs_unlock);
    assert_eq!(
        field_of(s.set_setting("done_needs_unlock", "maybe").unwrap_err()),
        "done_needs_unlock"
    );
    assert_eq!(s.settings().unwrap().get("done_needs_unlock").unwrap(), "off");
}

#[test]
fn a_goal_form_offers_exactly_the_kinds_and_narrowings_the_rules_accept() {
    let f = fresh();
    let s = &f.store;
    let utc = tz("UTC");
    let rec = network(s, "Recovery", None);
    let sam = person_at(s, "Sam", Role::Sponsor, &[rec], None, "2026-01-01T00:00:00Z");
    let group = s
        .add_group(
            &GroupInput::new("Step group", GroupKind::TwelveStep),
            at("2026-01-01T00:00:00Z"),
        )
        .unwrap()
        .id;
    let offered = tend_core::goals::GOAL_KINDS;
    assert!(
        offered.iter().all(|c| c.kind != CheckinKind::Sos),
        "SOS is never a goal"
    );
    let goal = |kind, person_id, group_id| GoalInput {
        network_id: rec,
        title: None,
        kind,
        person_id,
        group_id,
        target: 2,
        period: Period::Week,
        partner_id: None,
        start_date: None,
    };
    let now = at("2026-02-01T00:00:00Z");
    for kind in CheckinKind::ALL {
        let choice = offered.iter().find(|c| c.kind == *kind);
        assert_eq!(
            s.add_goal(&goal(*kind, None, None), now, utc).is_ok(),
            choice.is_some(),
            "{kind}"
        );
        let Some(choice) = choice else { continue };
        assert_eq!(
            s.add_goal(&goal(*kind, Some(sam), None), now, utc).is_ok(),
            choice.names_person,
            "{kind} person"
        );
        assert_eq!(
            s.add_goal(&goal(*kind, None, Some(group)), now, utc).is_ok(),
            choice.names_group,
            "{kind} group"
        );
    }
}

#[test]
fn weekly_meetings_are_shown_at_their_next_start_in_the_users_zone() {
    let f = fresh();
    let s = &f.store;
    let mut g = GroupInput::new("Home group", GroupKind::TwelveStep);
    g.meetings = vec![
        // Tuesdays 19:00 in Toronto; Saturdays 10:00 in London; one by appointment.
        MeetingInput {
            weekday: Some(2),
            start: Some(19 * 60),
            duration_minutes: 60,
            timezone: "America/Toronto".into(),
        },
        MeetingInput {
            weekday: Some(6),
            start: Some(10 * 60),
            duration_minutes: 90,
            timezone: "Europe/London".into(),
        },
        MeetingInput {
            weekday: None,
            start: None,
            duration_minutes: 60,
            timezone: "UTC".into(),
        },
    ];
    let group = s.add_group(&g, at("2026-01-01T00:00:00Z")).unwrap();
    // Monday 2026-11-02 12:00 UTC, seen from Toronto (EST, UTC-5).
    let times = s
        .meeting_times(at("2026-11-02T12:00:00Z"), tz("America/Toronto"))
        .unwrap();
    assert_eq!(times.len(), 2, "a meeting by appointment has no next start");
    let (tue, sat) = (&times[0], &times[1]);
    assert_eq!((tue.group_id, tue.meeting_id), (group.id, group.meetings[0].id));
    assert_eq!((tue.weekday, tue.start, tue.differs), (2, 19 * 60, false));
    assert_eq!(tue.next_start, at("2026-11-04T00:00:00Z"));
    // London 10:00 (GMT) is 05:00 in Toronto, the same Saturday.
    assert_eq!((sat.weekday, sat.start, sat.differs), (6, 5 * 60, true));
    assert_eq!(sat.next_start, at("2026-11-07T10:00:00Z"));
    // From Tokyo the Toronto meeting is Wednesday morning.
    let tokyo = s.meeting_times(at("2026-11-02T12:00:00Z"), tz("Asia/Tokyo")).unwrap();
    let tue = tokyo.iter().find(|t| t.meeting_id == group.meetings[0].id).unwrap();
    assert_eq!((tue.weekday, tue.start, tue.differs), (3, 9 * 60, true));
}

#[test]
fn the_crisis_country_is_a_setting_with_the_choices_the_table_has() {
    let f = fresh();
    let s = &f.store;
    assert_eq!(s.settings().unwrap().crisis_country, None);
    let choices = tend_core::settings::choices("crisis_country").unwrap();
    assert_eq!(choices[0], "auto");
    assert_eq!(&choices[1..], tend_core::sos::crisis_countries().as_slice());
    assert!(choices.contains(&"GB".to_string()) && choices.contains(&"US".to_string()));
    assert_eq!(
        s.set_setting("crisis_country", "uk").unwrap().crisis_country.as_deref(),
        Some("GB")
    );
    assert_eq!(s.settings().unwrap().get("crisis_country").unwrap(), "GB");
    assert_eq!(
        field_of(s.set_setting("crisis_country", "ZZ").unwrap_err()),
        "crisis_country"
    );
    assert_eq!(s.set_setting("crisis_country", "auto").unwrap().crisis_country, None);
    // Every key either has choices that it accepts back, or is typed freely.
    for key in tend_core::settings::KEYS {
        for value in tend_core::settings::choices(key).unwrap() {
            let mut set = tend_core::settings::Settings::default();
            set.set(key, &value).unwrap();
            assert_eq!(set.get(key).unwrap(), value, "{key}");
        }
    }
    assert_eq!(field_of(tend_core::settings::choices("volume").unwrap_err()), "setting");
}

#[test]
fn the_welcome_is_offered_until_the_first_network_person_or_group_exists() {
    for first in ["network", "person", "group"] {
        let f = fresh();
        let s = &f.store;
        assert!(s.needs_welcome().unwrap(), "an empty store is welcomed");
        // Settings and a daily check-in alone do not end it: nothing of a network exists yet.
        s.set_setting("discreet", "on").unwrap();
        match first {
            "network" => drop(network(s, "Recovery", None)),
            "person" => drop(
                s.add_person(&PersonInput::new("Sam", Role::Friend), at("2026-03-01T12:00:00Z"))
                    .unwrap(),
            ),
            _ => {
                let g = GroupInput {
                    name: "Tuesday group".into(),
                    kind: GroupKind::Peer,
                    network_id: None,
                    address: None,
                    online_url: None,
                    online_phone: None,
                    notes: None,
                    types: Vec::new(),
                    feed_slug: None,
                    meetings: Vec::new(),
                    members: Vec::new(),
                };
                drop(s.add_group(&g, at("2026-03-01T12:00:00Z")).unwrap())
            }
        }
        assert!(!s.needs_welcome().unwrap(), "after the first {first}");
    }
}
