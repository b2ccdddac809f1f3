//! Networks: the parts of life a user builds support for.

use std::time::SystemTime;

use chrono::Utc;
use tend_core::network as core;

use crate::convert::{instant, opt_date, parse_opt_date};
use crate::model::map;
use crate::{TendError, TendStore};

/// A named part of the user's life ("Recovery", "Career change") with its own people, needs and
/// goals.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Network {
    pub id: i64,
    pub name: String,
    pub focus: Option<String>,
    /// Sober/clean date or start date ("YYYY-MM-DD"); milestones count from it.
    pub since: Option<String>,
    pub created_at: SystemTime,
}

impl From<core::Network> for Network {
    fn from(n: core::Network) -> Self {
        Network {
            id: n.id,
            name: n.name,
            focus: n.focus,
            since: opt_date(n.since),
            created_at: instant(n.created_at),
        }
    }
}

/// What the user enters to create or edit a network.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NetworkInput {
    /// Unique, ignoring case.
    pub name: String,
    #[uniffi(default)]
    pub focus: Option<String>,
    /// "YYYY-MM-DD", not in the future.
    #[uniffi(default)]
    pub since: Option<String>,
}

impl TryFrom<NetworkInput> for core::NetworkInput {
    type Error = tend_core::Error;
    fn try_from(n: NetworkInput) -> tend_core::Result<Self> {
        Ok(core::NetworkInput {
            since: parse_opt_date("since", n.since.as_deref())?,
            name: n.name,
            focus: n.focus,
        })
    }
}

#[uniffi::export]
impl TendStore {
    /// Creates a network. A blank or taken name throws `InvalidInput` ("network name").
    pub fn add_network(&self, input: NetworkInput) -> Result<Network, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.add_network(&input.try_into()?, now)?.into()))
    }

    /// Replaces a network's name, focus and since date.
    pub fn update_network(&self, id: i64, input: NetworkInput) -> Result<Network, TendError> {
        let now = Utc::now();
        self.call(|s| Ok(s.update_network(id, &input.try_into()?, now)?.into()))
    }

    /// Deletes a network with its needs and goals; its people stay (they may be in others).
    pub fn remove_network(&self, id: i64) -> Result<(), TendError> {
        self.call(|s| s.remove_network(id))
    }

    /// One network by id.
    pub fn network(&self, id: i64) -> Result<Network, TendError> {
        self.call(|s| Ok(s.network(id)?.into()))
    }

    /// All networks, oldest first.
    pub fn networks(&self) -> Result<Vec<Network>, TendError> {
        self.call(|s| Ok(map(s.networks()?)))
    }
}
