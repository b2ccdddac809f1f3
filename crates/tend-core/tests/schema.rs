//! Every earlier schema version, frozen as an SQL dump under `tests/fixtures/schema/`, opened
//! with today's code: it must end with exactly a fresh store's schema and keep every record.

mod common;

use std::path::{Path, PathBuf};

use common::{KEY, at, tz};
use rusqlite::Connection;
use tend_core::Store;
use tend_core::store::schema;

fn dumps() -> Vec<(i64, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema");
    let mut out: Vec<(i64, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .map(|p| {
            let v = p
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .trim_start_matches('v')
                .parse()
                .unwrap();
            (v, p)
        })
        .collect();
    out.sort();
    out
}

fn keyed(path: &Path) -> Connection {
    let c = Connection::open(path).unwrap();
    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
    c.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";")).unwrap();
    c
}

fn schema_of(c: &Connection) -> Vec<(String, String, Option<String>)> {
    let mut st = c
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn every_earlier_version_upgrades_to_exactly_the_fresh_schema() {
    let dumps = dumps();
    // One frozen dump per released version before this one: adding a step means freezing the
    // version it replaces.
    assert_eq!(
        dumps.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
        (1..schema::VERSION).collect::<Vec<_>>(),
        "tests/fixtures/schema must hold v1.sql … v{}.sql",
        schema::VERSION - 1
    );

    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("fresh.db");
    drop(Store::open(&fresh_path, &KEY).unwrap());
    let fresh = schema_of(&keyed(&fresh_path));

    for (v, dump) in dumps {
        let path = dir.path().join(format!("v{v}.db"));
        {
            let c = keyed(&path);
            c.execute_batch(&std::fs::read_to_string(&dump).unwrap()).unwrap();
            let found: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            assert_eq!(found, v, "{}", dump.display());
        }
        let store = Store::open(&path, &KEY).unwrap();
        // The records survive, and derived data (each person's last contact) is rebuilt.
        let people = store.people(None).unwrap();
        assert_eq!(people.len(), 2, "v{v}");
        assert_eq!(people.iter().filter(|p| p.cadence_days == Some(7)).count(), 1, "v{v}");
        assert_eq!(store.groups().unwrap()[0].meetings.len(), 1, "v{v}");
        // Sam (every 7 days, last contact 2026-01-08) is not due the day after, and is a week on.
        let due = |when: &str| {
            let t = store.today(at(when), tz("Europe/Dublin")).unwrap();
            serde_json::to_value(&t).unwrap()["due"].as_array().unwrap().len()
        };
        assert_eq!(due("2026-01-09T12:00:00Z"), 0, "v{v}");
        assert_eq!(due("2026-01-16T12:00:00Z"), 1, "v{v}");
        let backup = store.backup_json().unwrap();
        assert!(backup.contains("\"idempotency_key\": \"k1\""), "v{v}");
        // Sharing came with version 6: an older store shares nothing, and v6's one consent (the
        // summary, to Sam) survives.
        assert_eq!(store.partners().unwrap().len(), usize::from(v >= 6), "v{v}");
        // The live channel came with version 7: nothing is linked before the first dump with a
        // link (v9's, to Sam), which keeps its room and, from version 10, is not checked again
        // until the next sync.
        let links = store.partner_links().unwrap();
        assert_eq!(links.len(), usize::from(v >= 9), "v{v}");
        if let Some(l) = links.first() {
            assert_eq!(l.room_id.as_deref(), Some("!room:example.org"), "v{v}");
            assert_eq!(l.state, tend_core::share::LinkState::Unchecked, "v{v}");
        }
        // Languages came with version 11: an older store speaks English until the phone says.
        assert_eq!(store.language().unwrap(), "en", "v{v}");
        // Public meeting lists came with version 8: v8's list, added by its address, is still in
        // use with what its last fetch found.
        let own: Vec<_> = store
            .meeting_sources(None, None)
            .unwrap()
            .into_iter()
            .filter(|s| !s.from_catalog)
            .collect();
        assert_eq!(own.len(), usize::from(v >= 8), "v{v}");
        if let Some(s) = own.first() {
            assert_eq!(s.id, "added-meetings.example.org", "v{v}");
            assert!(s.status.as_ref().unwrap().fetched_at.is_some(), "v{v}");
        }
        drop(store);

        let c = keyed(&path);
        assert_eq!(schema_of(&c), fresh, "v{v} upgraded differs from a fresh store");
        let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, schema::VERSION);
        let last: String = c
            .query_row("SELECT local_date FROM last_contact WHERE person_id = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(last, "2026-01-08", "v{v}");
        // Version 10 remembers every room Tend used with a partner, so revoking leaves them all:
        // a room linked before it is among them.
        let rooms: Vec<String> = c
            .prepare("SELECT room_id FROM partner_room WHERE person_id = 1")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(rooms.len(), usize::from(v >= 9), "v{v}");
        assert!(rooms.iter().all(|r| r == "!room:example.org"), "v{v}: {rooms:?}");
    }
}
