//! Sharing with a partner: consent per person and item (nothing by default, revocable, checked),
//! and the exact text a partner would get — counts only, the mood band only with consent, and
//! never a name, note or craving.

mod common;

use common::{at, fresh, log, tz};
use tend_core::checkins::{CheckinData, NewCheckin};
use tend_core::goals::GoalInput;
use tend_core::groups::GroupInput;
use tend_core::model::{CheckinKind, GroupKind, MoodBand, Period, Role, ShareItem};
use tend_core::people::PersonInput;
use tend_core::{Error, Store};

const NOW: &str = "2026-03-04T18:00:00Z"; // a Wednesday evening in Dublin

fn field(e: Error) -> String {
    match e {
        Error::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn on(s: &Store, person: i64, item: ShareItem) {
    s.set_consent(person, item, true, None, at(NOW)).unwrap();
}

fn daily(s: &Store, mood: u8, when: &str) {
    log(
        s,
        CheckinData::Daily { mood, craving: Some(9) },
        when,
        tz("Europe/Dublin"),
    );
}

/// A network since 1 March (day 3 today), a partner, and a week of activity.
fn week() -> (common::Fixture, i64, i64) {
    let f = fresh();
    let s = &f.store;
    let net = common::network(s, "Recovery", Some("2026-03-01"));
    let sam = common::person_at(s, "Sam", Role::Sponsor, &[net], None, "2026-01-01T00:00:00Z");
    for (mood, day) in [(4, "02-26"), (5, "03-01"), (4, "03-02"), (4, "03-03"), (3, "03-04")] {
        daily(s, mood, &format!("2026-{day}T09:00:00Z"));
    }
    daily(s, 1, "2026-02-25T09:00:00Z"); // eight days ago: outside the week
    let g = s
        .add_group(
            &GroupInput::new("Tuesday group", GroupKind::TwelveStep),
            at("2026-01-01T00:00:00Z"),
        )
        .unwrap();
    for when in ["2026-03-03T19:00:00Z", "2026-03-04T12:00:00Z"] {
        log(s, CheckinData::Meeting { group_id: g.id }, when, tz("Europe/Dublin"));
    }
    let goal = |target, kind, period| GoalInput {
        network_id: net,
        title: None,
        kind,
        person_id: None,
        group_id: None,
        target,
        period,
        partner_id: Some(sam),
        start_date: None,
    };
    s.add_goal(
        &goal(2, CheckinKind::Meeting, Period::Week),
        at("2026-02-01T00:00:00Z"),
        tz("UTC"),
    )
    .unwrap();
    s.add_goal(
        &goal(1, CheckinKind::Gratitude, Period::Day),
        at("2026-02-01T00:00:00Z"),
        tz("UTC"),
    )
    .unwrap();
    (f, net, sam)
}

#[test]
fn nothing_is_shared_until_the_user_says_so() {
    let (f, _, sam) = week();
    assert!(f.store.partners().unwrap().is_empty());
    let p = f.store.partner_preview(sam, at(NOW), tz("Europe/Dublin")).unwrap();
    assert!(p.items.is_empty() && !p.paused, "{p:?}");
}

#[test]
fn consent_turns_on_changes_and_revokes_per_item() {
    let (f, _, sam) = week();
    let s = &f.store;
    on(s, sam, ShareItem::Sos);
    on(s, sam, ShareItem::Decline);
    let first = s.partners().unwrap();
    assert_eq!(first.len(), 1);
    let items: Vec<_> = first[0].consents.iter().map(|c| (c.item, c.decline_days)).collect();
    assert_eq!(items, [(ShareItem::Sos, None), (ShareItem::Decline, Some(3))]);

    // A new number of days keeps the original consent time.
    let later = at("2026-03-05T08:00:00Z");
    let p = s.set_consent(sam, ShareItem::Decline, true, Some(7), later).unwrap();
    let decline = p.consents.iter().find(|c| c.item == ShareItem::Decline).unwrap();
    assert_eq!((decline.decline_days, decline.granted_at), (Some(7), at(NOW)));

    // Revoking the summary takes the mood (part of it) with it; the alerts stay.
    on(s, sam, ShareItem::Summary);
    on(s, sam, ShareItem::Mood);
    let p = s.set_consent(sam, ShareItem::Summary, false, None, later).unwrap();
    let left: Vec<_> = p.consents.iter().map(|c| c.item).collect();
    assert_eq!(left, [ShareItem::Sos, ShareItem::Decline]);
    for item in left {
        s.set_consent(sam, item, false, None, later).unwrap();
    }
    assert!(s.partners().unwrap().is_empty());
    // Revoking what was never given is fine too.
    s.set_consent(sam, ShareItem::Milestones, false, None, later).unwrap();
}

#[test]
fn bad_consent_is_refused_naming_what_was_wrong() {
    let (f, net, sam) = week();
    let s = &f.store;
    let now = at(NOW);
    assert!(matches!(
        s.set_consent(999, ShareItem::Sos, true, None, now),
        Err(Error::NotFound { .. })
    ));
    let loner = common::person_at(s, "Loner", Role::Friend, &[], None, "2026-01-01T00:00:00Z");
    assert_eq!(
        field(s.set_consent(loner, ShareItem::Sos, true, None, now).unwrap_err()),
        "person"
    );
    let mut risky = PersonInput::new("Risky", Role::Other);
    risky.networks = vec![net];
    risky.avoid = true;
    let risky = s.add_person(&risky, now).unwrap().id;
    assert_eq!(
        field(s.set_consent(risky, ShareItem::Sos, true, None, now).unwrap_err()),
        "person"
    );
    assert_eq!(
        field(s.set_consent(sam, ShareItem::Mood, true, None, now).unwrap_err()),
        "item"
    );
    assert_eq!(
        field(s.set_consent(sam, ShareItem::Sos, true, Some(3), now).unwrap_err()),
        "days"
    );
    assert_eq!(
        field(s.set_consent(sam, ShareItem::Decline, true, Some(0), now).unwrap_err()),
        "days"
    );
    assert_eq!(
        field(s.set_consent(sam, ShareItem::Decline, true, Some(61), now).unwrap_err()),
        "days"
    );
    assert_eq!(field(ShareItem::parse("photos").unwrap_err()), "item");
    // Nothing of it was stored.
    assert!(s.partners().unwrap().is_empty());
}

#[test]
fn a_partner_marked_avoided_later_is_paused_and_can_still_be_revoked() {
    let (f, _, sam) = week();
    let s = &f.store;
    on(s, sam, ShareItem::Summary);
    let mut p = PersonInput::new("Sam", Role::Sponsor);
    p.networks = s.person(sam).unwrap().networks;
    p.avoid = true;
    s.update_person(sam, &p).unwrap();
    let preview = s.partner_preview(sam, at(NOW), tz("Europe/Dublin")).unwrap();
    assert!(preview.paused && preview.items.is_empty(), "{preview:?}");
    assert!(s.partners().unwrap()[0].paused);
    s.set_consent(sam, ShareItem::Summary, false, None, at(NOW)).unwrap();
    assert!(s.partners().unwrap().is_empty());
    // Removing a person removes what they could see.
    let other = common::person_at(s, "Other", Role::Peer, &p.networks, None, "2026-01-01T00:00:00Z");
    on(s, other, ShareItem::Sos);
    s.remove_person(other).unwrap();
    assert!(s.partners().unwrap().is_empty());
}

#[test]
fn the_summary_counts_the_week_ending_today() {
    let (f, _, sam) = week();
    let s = &f.store;
    on(s, sam, ShareItem::Summary);
    let zone = tz("Europe/Dublin");
    let w = s.weekly_summary(None, false, at(NOW), zone).unwrap();
    assert_eq!(
        (w.from.to_string(), w.to.to_string()),
        ("2026-02-26".into(), "2026-03-04".into())
    );
    assert_eq!(w.days_since_start, Some(3));
    assert_eq!((w.checkin_days, w.meetings), (5, 2));
    assert_eq!((w.goals, w.goals_met, w.goals_at_risk), (2, 1, 1));
    assert_eq!(w.mood, None);
    let text = "My week, 26 February 2026 to 4 March 2026:\nDay 3 since my start.\nDaily check-ins: 5 of 7 days.\n\
                Meetings attended: 2.\nGoals: 1 of 2 met, 1 at risk.";
    assert_eq!(w.text, text);
    // The preview sends exactly that text for the summary item.
    let p = s.partner_preview(sam, at(NOW), zone).unwrap();
    assert_eq!(p.items.len(), 1);
    assert_eq!((p.items[0].item, p.items[0].text.as_str()), (ShareItem::Summary, text));
}

#[test]
fn the_mood_band_is_shown_only_with_consent_to_it() {
    let (f, _, sam) = week();
    let s = &f.store;
    let zone = tz("Europe/Dublin");
    on(s, sam, ShareItem::Summary);
    let text = |s: &Store| s.partner_preview(sam, at(NOW), zone).unwrap().items[0].text.clone();
    assert!(!text(s).contains("Mood"), "{}", text(s));
    on(s, sam, ShareItem::Mood);
    // 4, 5, 4, 4, 3 → 4.0: good. The craving (9 every day) is never mentioned.
    assert!(text(s).ends_with("\nMood: good."), "{}", text(s));
    assert!(!text(s).to_lowercase().contains("craving") && !text(s).contains('9'));
    assert_eq!(
        s.weekly_summary(None, true, at(NOW), zone).unwrap().mood,
        Some(MoodBand::Good)
    );
    // A week without a mood says so rather than guessing.
    let quiet = s.weekly_summary(None, true, at("2026-06-01T12:00:00Z"), zone).unwrap();
    assert_eq!(quiet.mood, None);
    assert!(quiet.text.ends_with("Mood: not logged this week."));
}

#[test]
fn no_text_a_partner_gets_names_anyone_or_quotes_the_user() {
    let f = fresh();
    let s = &f.store;
    let net = common::network(s, "Jordan's circle", Some("2025-12-01"));
    let names = ["Jordan", "Priya", "Mateo", "Aoife", "Sam"];
    let ids: Vec<i64> = names
        .iter()
        .map(|n| common::person_at(s, n, Role::Friend, &[net], Some(7), "2026-01-01T00:00:00Z"))
        .collect();
    let mut g = GroupInput::new("Priya's Tuesday group", GroupKind::TwelveStep);
    g.notes = Some("Mateo runs it".into());
    let g = s.add_group(&g, at("2026-01-01T00:00:00Z")).unwrap();
    let zone = tz("Europe/Dublin");
    for (i, id) in ids.iter().enumerate() {
        let data = if i % 2 == 0 {
            CheckinData::Gratitude { person_id: *id }
        } else {
            CheckinData::Meeting { group_id: g.id }
        };
        s.log_checkin(&NewCheckin {
            data,
            note: Some(format!("with {} — secret note", names[i])),
            at: at("2026-03-03T12:00:00Z"),
            zone,
            idempotency_key: None,
        })
        .unwrap();
        s.add_goal(
            &GoalInput {
                network_id: net,
                title: Some(format!("Call {} every week", names[i])),
                kind: CheckinKind::Gratitude,
                person_id: Some(*id),
                group_id: None,
                target: 1,
                // Daily, so at 18:00 every one of them is at risk and could be named.
                period: Period::Day,
                partner_id: Some(*id),
                start_date: None,
            },
            at("2026-02-01T00:00:00Z"),
            zone,
        )
        .unwrap();
    }
    daily(s, 2, "2026-03-04T09:00:00Z");
    let partner = ids[0];
    for item in ShareItem::ALL {
        on(s, partner, *item);
    }
    let preview = s.partner_preview(partner, at(NOW), zone).unwrap();
    assert_eq!(preview.items.len(), 4, "{preview:?}"); // mood travels inside the summary
    let mut texts: Vec<String> = preview.items.into_iter().map(|i| i.text).collect();
    texts.push(s.weekly_summary(None, true, at(NOW), zone).unwrap().text);
    for t in &texts {
        for word in names.iter().chain(&["circle", "Tuesday", "secret", "Call"]) {
            assert!(!t.contains(word), "{word:?} in {t:?}");
        }
    }
    assert!(texts[0].contains("Mood: low."), "{}", texts[0]);
    assert!(
        texts[1].starts_with("I reached a milestone today: 180 days."),
        "{}",
        texts[1]
    );
    assert!(texts[2].contains("at 18:00."), "{}", texts[2]);
}

#[test]
fn consent_travels_in_backups_and_older_backups_still_restore() {
    let (f, _, sam) = week();
    let s = &f.store;
    on(s, sam, ShareItem::Summary);
    s.set_consent(sam, ShareItem::Decline, true, Some(5), at(NOW)).unwrap();
    let json = s.backup_json().unwrap();
    assert!(json.contains("\"consent\""), "{json}");
    let restored = fresh();
    restored.store.import_backup(json.as_bytes(), None, false).unwrap();
    assert_eq!(restored.store.partners().unwrap(), s.partners().unwrap());
    assert_eq!(restored.store.backup_json().unwrap(), json);
    // A healthy store's salvage is its backup, consent included.
    assert_eq!(Store::salvage(&f.path(), &common::KEY).unwrap().json, json);

    // A backup made before sharing existed has no such field: it restores, sharing nothing.
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    doc.as_object_mut().unwrap().remove("consent");
    let old = fresh();
    old.store
        .import_backup(doc.to_string().as_bytes(), None, false)
        .unwrap();
    assert!(old.store.partners().unwrap().is_empty());

    // A consent row that breaks the rules is refused, and nothing is restored.
    for bad in [
        r#"{"person_id": 1, "item": "photos", "granted_at": "2026-03-04T18:00:00.000Z"}"#,
        r#"{"person_id": 1, "item": "decline", "granted_at": "2026-03-04T18:00:00.000Z"}"#,
        r#"{"person_id": 1, "item": "sos", "decline_days": 3, "granted_at": "2026-03-04T18:00:00.000Z"}"#,
        r#"{"person_id": 1, "item": "mood", "granted_at": "2026-03-04T18:00:00.000Z"}"#,
        r#"{"person_id": 99, "item": "sos", "granted_at": "2026-03-04T18:00:00.000Z"}"#,
    ] {
        doc["consent"] = serde_json::from_str(&format!("[{bad}]")).unwrap();
        let target = fresh();
        let e = target
            .store
            .import_backup(doc.to_string().as_bytes(), None, false)
            .unwrap_err();
        assert_eq!(field(e), "backup", "{bad}");
        assert!(target.store.people(None).unwrap().is_empty());
    }
}

#[test]
fn the_partner_screen_lists_who_may_be_a_partner_and_enables_exactly_what_consent_accepts() {
    let (f, net, sam) = week();
    let s = &f.store;
    let jo = common::person_at(s, "Jo", Role::Friend, &[net], None, "2026-01-01T00:00:00Z");
    let loner = common::person_at(s, "Loner", Role::Peer, &[], None, "2026-01-01T00:00:00Z");
    let kim = common::person_at(s, "Kim", Role::Peer, &[net], None, "2026-01-01T00:00:00Z");
    let names = |s: &Store| {
        s.partner_rows()
            .unwrap()
            .into_iter()
            .map(|r| r.person.name)
            .collect::<Vec<_>>()
    };
    // In no network: not listed, and consent for them is refused.
    assert_eq!(names(s), ["Jo", "Kim", "Sam"]);
    assert_eq!(
        field(s.set_consent(loner, ShareItem::Sos, true, None, at(NOW)).unwrap_err()),
        "person"
    );

    // Jo shares SOS, then is marked avoided: still listed (paused) so it can be revoked.
    on(s, jo, ShareItem::Sos);
    let mut p = PersonInput::new("Jo", Role::Friend);
    p.networks = vec![net];
    p.avoid = true;
    s.update_person(jo, &p).unwrap();
    on(s, sam, ShareItem::Summary);

    // Every switch the screen enables is one consent accepts, and every one it greys out is
    // refused: tried on each, then put back.
    for row in s.partner_rows().unwrap() {
        for t in &row.toggles {
            if t.on && row.paused {
                // Turning off always works; trying it here could not be put back.
                assert!(t.enabled);
                continue;
            }
            let tried = s.set_consent(row.person.id, t.item, !t.on, None, at(NOW));
            assert_eq!(tried.is_ok(), t.enabled, "{} {:?}", row.person.name, t.item);
            if tried.is_ok() {
                s.set_consent(row.person.id, t.item, t.on, None, at(NOW)).unwrap();
            }
        }
    }
    let rows = s.partner_rows().unwrap();
    assert_eq!(names(s), ["Jo", "Kim", "Sam"]);
    let jo_row = &rows[0];
    assert!(jo_row.paused);
    assert_eq!(
        jo_row
            .toggles
            .iter()
            .filter(|t| t.enabled)
            .map(|t| t.item)
            .collect::<Vec<_>>(),
        [ShareItem::Sos]
    );
    let kim_row = &rows[1];
    assert_eq!(kim_row.person.id, kim);
    let mood = |r: &tend_core::share::PartnerRow| r.toggles.iter().find(|t| t.item == ShareItem::Mood).unwrap().enabled;
    assert!(!mood(kim_row), "mood waits for the summary");
    let sam_row = &rows[2];
    assert!(
        sam_row.toggles.iter().all(|t| t.enabled),
        "mood is open once the summary is on"
    );
}
