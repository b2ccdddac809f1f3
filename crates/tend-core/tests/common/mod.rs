//! Helpers shared by the integration tests: throwaway stores, fixed instants, quick records.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tempfile::TempDir;
use tend_core::Store;
use tend_core::checkins::{Checkin, CheckinData, NewCheckin};
use tend_core::model::{Channel, Direction, Role};
use tend_core::network::NetworkInput;
use tend_core::people::PersonInput;

pub const KEY: [u8; 32] = [7u8; 32];

pub struct Fixture {
    pub dir: TempDir,
    pub store: Store,
}

impl Fixture {
    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("tend.db")
    }
}

pub fn fresh() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("tend.db"), &KEY).unwrap();
    Fixture { dir, store }
}

pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

pub fn tz(s: &str) -> Tz {
    s.parse().unwrap()
}

pub fn network(store: &Store, name: &str, since: Option<&str>) -> i64 {
    let since = since.map(|s| s.parse().unwrap());
    // Created "later" than any since date the tests use.
    store
        .add_network(
            &NetworkInput {
                name: name.into(),
                focus: None,
                since,
            },
            at("2040-01-01T00:00:00Z"),
        )
        .unwrap()
        .id
}

pub fn person_at(store: &Store, name: &str, role: Role, networks: &[i64], cadence: Option<u32>, added: &str) -> i64 {
    let mut p = PersonInput::new(name, role);
    p.support = role.typical_support().to_vec();
    p.networks = networks.to_vec();
    p.cadence_days = cadence;
    store.add_person(&p, at(added)).unwrap().id
}

pub fn contact(store: &Store, person: i64, when: &str, zone: Tz, direction: Direction) -> Checkin {
    store
        .log_checkin(&NewCheckin {
            data: CheckinData::Contact {
                person_id: person,
                channel: Channel::Call,
                direction,
                support: None,
            },
            note: None,
            at: at(when),
            zone,
            idempotency_key: None,
        })
        .unwrap()
}

pub fn log(store: &Store, data: CheckinData, when: &str, zone: Tz) -> Checkin {
    store
        .log_checkin(&NewCheckin {
            data,
            note: None,
            at: at(when),
            zone,
            idempotency_key: None,
        })
        .unwrap()
}
