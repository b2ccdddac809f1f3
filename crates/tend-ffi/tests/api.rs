//! The exported API called from Rust, as the generated bindings call it: values converted both
//! ways, errors mapped at the one conversion point, panics caught, async on tokio.

use std::sync::Arc;

use chrono::NaiveDate;
use tend_core::checkins::{CheckinData, CheckinInput, CheckinQuery};
use tend_core::messages::{Message, MessageId};
use tend_core::model::{CheckinKind, ContactKind, Role, ShareItem, SupportKind};
use tend_core::network::NetworkInput;
use tend_core::people::{ContactMethod, ContactWindow, PersonInput};
use tend_core::reminders::{Action as ReminderAction, DeviceState, ReminderKind, ResetReason};
use tend_ffi::testing::{bench_bare_insert_micros, debug_panic_for_tests, noop};
use tend_ffi::{TendError, TendStore};

const ZONE: &str = "Europe/Dublin";

fn open(dir: &tempfile::TempDir) -> Arc<TendStore> {
    TendStore::open(dir.path().join("tend.db").display().to_string(), vec![7; 32]).unwrap()
}

fn person(name: &str) -> PersonInput {
    PersonInput {
        name: name.to_owned(),
        role: Role::Sponsor,
        support: vec![SupportKind::Emotional],
        contacts: vec![ContactMethod {
            kind: ContactKind::Email,
            value: "sam@example.org".to_owned(),
        }],
        cadence_days: Some(7),
        windows: vec![ContactWindow {
            weekday: 5,
            start: 22 * 60,
            end: 60,
        }],
        emergency: false,
        avoid: false,
        notes: None,
        networks: vec![],
    }
}

fn device(zone: &str) -> DeviceState {
    DeviceState {
        zone: zone.to_owned(),
        exact_alarms: true,
        notifications_allowed: true,
        app_version: "1".to_owned(),
        os_lost_reminders: false,
        os_pending: None,
        language: "en".to_owned(),
    }
}

fn field(e: TendError) -> String {
    match e {
        TendError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

/// A network "Recovery" since 2 January 2026.
fn recovery(store: &TendStore) -> tend_core::network::Network {
    store
        .add_network(NetworkInput {
            name: "Recovery".to_owned(),
            focus: None,
            since: NaiveDate::from_ymd_opt(2026, 1, 2),
        })
        .unwrap()
}

#[test]
fn records_round_trip_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let net = recovery(&store);
    assert_eq!(net.since, NaiveDate::from_ymd_opt(2026, 1, 2));
    let mut input = person("Sam");
    input.networks = vec![net.id];
    let sam = store.add_person(input.clone()).unwrap();
    assert_eq!(sam.windows, input.windows);
    assert_eq!(sam.contacts, input.contacts);
    assert_eq!(sam.role, Role::Sponsor);
    assert_eq!(store.person(sam.id).unwrap(), sam);
}

#[test]
fn text_forms_are_validated_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let mut bad_window = person("Sam");
    bad_window.windows[0].start = 25 * 60;
    assert_eq!(field(store.add_person(bad_window).unwrap_err()), "contact window");
    assert_eq!(field(store.add_person(person(" ")).unwrap_err()), "name");
    assert_eq!(field(store.today("Mars/Olympus".to_owned()).unwrap_err()), "zone");
    assert_eq!(field(store.plan("".to_owned(), 14, 60).unwrap_err()), "zone");
}

#[test]
fn a_refusal_crosses_with_its_message_and_its_english_reason() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let long = "Jude ".repeat(30);
    match store.add_person(person(&long)).unwrap_err() {
        TendError::InvalidInput { field, reason, problem } => {
            assert_eq!(field, "name");
            assert_eq!(problem, Message::new(MessageId::RefusalTooLong).num("max", 100));
            assert_eq!(reason, "This must be at most 100 characters.");
            assert_eq!(problem.render("pt-BR"), "Isto pode ter no máximo 100 caracteres.");
            assert!(!reason.contains("Jude"));
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    // A name already taken crosses the same way.
    recovery(&store);
    let again = store.add_network(NetworkInput {
        name: "Recovery".to_owned(),
        focus: None,
        since: None,
    });
    match again.unwrap_err() {
        TendError::InvalidInput { field, problem, .. } => {
            assert_eq!(
                (field.as_str(), problem.id),
                ("network name", MessageId::RefusalNetworkNameTaken)
            );
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn wrong_key_is_its_own_error_and_the_file_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    drop(open(&dir));
    let before = std::fs::read(&path).unwrap();
    match TendStore::open(path.display().to_string(), vec![8; 32]) {
        Err(TendError::WrongKey { reason }) => assert!(!reason.contains(dir.path().to_str().unwrap())),
        other => panic!("expected WrongKey, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        field(TendStore::open(path.display().to_string(), vec![7; 16]).unwrap_err()),
        "key"
    );
}

#[test]
fn salvage_is_one_call_and_its_file_restores() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db").display().to_string();
    let store = open(&dir);
    store.add_person(person("Sam")).unwrap();
    drop(store);
    let dest = dir.path().join("saved.json");
    let report = tend_ffi::salvage_store(path.clone(), vec![7; 32], dest.display().to_string(), None).unwrap();
    assert_eq!((report.people, report.unreadable.len()), (1, 0), "{report:?}");
    let fresh = tempfile::tempdir().unwrap();
    let restored = open(&fresh);
    restored
        .import_backup(std::fs::read(&dest).unwrap(), None, false)
        .unwrap();
    assert_eq!(restored.people(None).unwrap()[0].name, "Sam");
    let err = tend_ffi::salvage_store(path, vec![8; 32], dest.display().to_string(), None).unwrap_err();
    assert!(matches!(err, TendError::WrongKey { .. }), "{err:?}");
}

#[test]
fn a_reminder_done_twice_logs_one_checkin() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let plan = store.plan(ZONE.to_owned(), 14, 60).unwrap();
    let Some(daily) = plan.notifications.iter().find(|n| n.kind == ReminderKind::DailyCheckin) else {
        panic!("a fresh store plans its daily check-in: {plan:?}");
    };
    let once = store
        .handle_action(daily.id.clone(), ReminderAction::Done, ZONE.to_owned())
        .unwrap();
    let twice = store
        .handle_action(daily.id.clone(), ReminderAction::Done, ZONE.to_owned())
        .unwrap();
    assert_eq!(
        once.checkin.as_ref().map(|c| c.id),
        twice.checkin.as_ref().map(|c| c.id)
    );
    let query = CheckinQuery {
        kind: Some(CheckinKind::Daily),
        ..CheckinQuery::default()
    };
    assert_eq!(store.checkins(query).unwrap().len(), 1);
}

#[test]
fn panics_are_caught_and_diagnostics_work() {
    assert_eq!(
        debug_panic_for_tests(),
        Err(TendError::Storage {
            reason: "internal error".to_owned()
        })
    );
    noop();
    let dir = tempfile::tempdir().unwrap();
    let micros = bench_bare_insert_micros(dir.path().display().to_string(), 5).unwrap();
    assert!(micros > 0.0);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "the baseline database is deleted"
    );
    assert_eq!(
        field(bench_bare_insert_micros(dir.path().display().to_string(), 0).unwrap_err()),
        "count"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn async_variants_run_on_tokio() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("async.db").display().to_string();
    let store = TendStore::open_async(path, vec![3; 32]).await.unwrap();
    let input = CheckinInput {
        data: CheckinData::Daily { mood: 4, craving: None },
        zone: ZONE.to_owned(),
        note: None,
        idempotency_key: Some("once".to_owned()),
        at: None,
    };
    store.log_checkin(input.clone()).unwrap();
    store.log_checkin(input).unwrap();
    let today = store.clone().today_async(ZONE.to_owned()).await.unwrap();
    assert!(today.checked_in);
    let plan = store.clone().plan_async(ZONE.to_owned(), 7, 10).await.unwrap();
    assert!(plan.notifications.len() <= 10);
    let diff = store.clone().sync_async(device(ZONE)).await.unwrap();
    assert!(!diff.schedule.is_empty());
    assert_eq!(diff.reset, Some(ResetReason::FirstPlan));
    assert_eq!(
        field(store.today_async("Atlantis/Capital".to_owned()).await.unwrap_err()),
        "zone"
    );
}

#[test]
fn sync_resets_by_itself_when_the_device_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let first = store.sync(device(ZONE)).unwrap();
    assert_eq!(first.reset, Some(ResetReason::FirstPlan));
    let again = store.sync(device(ZONE)).unwrap();
    assert_eq!(again.reset, None);
    assert!(again.schedule.is_empty() && again.cancel.is_empty(), "{again:?}");
    let travelled = store.sync(device("America/New_York")).unwrap();
    assert_eq!(travelled.reset, Some(ResetReason::ZoneChanged));
    assert!(!travelled.schedule.is_empty());
    // Force-stopped: the OS holds none of what the core handed over.
    let mut cold = device("America/New_York");
    cold.os_pending = Some(Vec::new());
    assert!(!store.believed_pending().unwrap().is_empty());
    assert_eq!(store.sync(cold).unwrap().reset, Some(ResetReason::PendingMissing));
    let mut healthy = device("America/New_York");
    healthy.os_pending = Some(store.believed_pending().unwrap());
    assert_eq!(store.sync(healthy).unwrap().reset, None);
}

#[test]
fn a_new_phone_language_replaces_every_pending_notification() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let first = store.sync(device(ZONE)).unwrap();
    assert!(!first.schedule.is_empty());
    assert!(store.sync(device(ZONE)).unwrap().schedule.is_empty(), "nothing changed");
    let mut spanish = device(ZONE);
    spanish.language = "es-MX".to_owned();
    let diff = store.sync(spanish.clone()).unwrap();
    // Not a reset (the OS's reminders are fine), but every one is replaced: the shell words
    // the new ones in Spanish.
    assert_eq!(diff.reset, None);
    let ids = |v: &[tend_core::reminders::Notification]| v.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&diff.schedule), ids(&first.schedule));
    assert_eq!(diff.cancel, ids(&first.schedule));
    for (new, old) in diff.schedule.iter().zip(&first.schedule) {
        assert_ne!(new.fingerprint, old.fingerprint);
        assert_eq!((&new.title, &new.body), (&old.title, &old.body), "the same messages");
    }
    assert!(
        store.sync(spanish).unwrap().schedule.is_empty(),
        "and then it is settled"
    );
}

#[test]
fn sharing_is_consented_previewed_and_revoked_through_the_facade() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let net = recovery(&store);
    let mut input = person("Sam");
    input.networks = vec![net.id];
    let sam = store.add_person(input).unwrap().id;
    assert!(store.partners().unwrap().is_empty());
    assert!(store.partner_preview(sam, ZONE.to_owned()).unwrap().items.is_empty());

    assert_eq!(
        field(store.set_consent(sam, ShareItem::Mood, true, None).unwrap_err()),
        "item"
    );
    assert_eq!(
        field(store.set_consent(sam, ShareItem::Decline, true, Some(0)).unwrap_err()),
        "days"
    );
    assert_eq!(
        field(store.partner_preview(sam, "Mars/Olympus".to_owned()).unwrap_err()),
        "zone"
    );
    assert!(matches!(
        store.set_consent(99, ShareItem::Sos, true, None),
        Err(TendError::NotFound { .. })
    ));

    store.set_consent(sam, ShareItem::Summary, true, None).unwrap();
    let p = store.set_consent(sam, ShareItem::Decline, true, None).unwrap();
    assert_eq!(p.consents[1].decline_days, Some(3));
    let preview = store.partner_preview(sam, ZONE.to_owned()).unwrap();
    let own = store.weekly_summary(None, false, ZONE.to_owned()).unwrap();
    assert_eq!(preview.items[0].text, own.text);
    assert!(!own.text.contains("Sam"), "{}", own.text);

    store.set_consent(sam, ShareItem::Summary, false, None).unwrap();
    store.set_consent(sam, ShareItem::Decline, false, None).unwrap();
    assert!(store.partners().unwrap().is_empty());
}

#[test]
fn an_editor_gets_the_roles_typical_support_and_the_cadences_to_offer() {
    // What a new sponsor's editor ticks is what the CLI and a vCard import give a sponsor.
    assert_eq!(
        tend_ffi::typical_support(Role::Sponsor),
        vec![
            SupportKind::Accountability,
            SupportKind::Inspiration,
            SupportKind::Emotional
        ]
    );
    assert!(tend_ffi::typical_support(Role::Other).is_empty());
    let choices = tend_ffi::cadence_choices();
    assert_eq!(choices.first(), Some(&1));
    assert!(choices.contains(&7));
    // Every choice is one the store takes.
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    for days in choices {
        let mut p = person("Sam");
        p.cadence_days = Some(days);
        store.add_person(p).unwrap();
    }
}

/// The bridge's quarantine moves only a store its key cannot use: a healthy one (the user would
/// reopen into an empty store) and one from a newer Tend (after a downgrade) stay where they are.
#[test]
fn quarantine_refuses_a_store_that_opens_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tend.db");
    let store = open(&dir);
    store.add_person(person("Sam")).unwrap();
    drop(store);
    let p = path.display().to_string();
    let before = std::fs::read(&path).unwrap();
    let err = tend_ffi::quarantine_store(p.clone(), Some(vec![7; 32])).unwrap_err();
    assert_eq!(field(err), "quarantine");
    assert_eq!(std::fs::read(&path).unwrap(), before, "a healthy store stays");

    // Written by a newer Tend: refused as such, never moved.
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(&format!(
            "PRAGMA key = \"x'{}'\"; PRAGMA user_version = 999;",
            "07".repeat(32)
        ))
        .unwrap();
    }
    let newer = TendStore::open(p.clone(), vec![7; 32]).unwrap_err();
    assert!(matches!(newer, TendError::NewerSchema { .. }), "{newer:?}");
    let err = tend_ffi::quarantine_store(p.clone(), Some(vec![7; 32])).unwrap_err();
    assert!(matches!(err, TendError::NewerSchema { .. }), "{err:?}");
    assert!(path.exists());

    // A key that does not open it: moved aside whole, nothing deleted.
    let moved = tend_ffi::quarantine_store(p, Some(vec![8; 32])).unwrap();
    assert!(!path.exists());
    assert!(moved.contains(".unreadable-"), "{moved}");
    let moved_store = TendStore::open(moved, vec![7; 32]).map(|_| ()).unwrap_err();
    assert!(
        matches!(moved_store, TendError::NewerSchema { .. }),
        "the bytes moved as they were"
    );
}
