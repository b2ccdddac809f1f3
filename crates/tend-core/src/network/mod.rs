//! Networks: the parts of life a user builds support for ("Recovery", "Career change").

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::MessageId;
use crate::store::Store;
use crate::time::{from_ms, parse_date, to_ms};
use crate::validate;

/// A named part of the user's life with its own people, needs and goals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Network {
    pub id: i64,
    pub name: String,
    pub focus: Option<String>,
    /// Sober/clean date or start date; milestones count from it.
    pub since: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

/// What the user enters to create or edit a network.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NetworkInput {
    pub name: String,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub focus: Option<String>,
    #[cfg_attr(feature = "ffi", uniffi(default))]
    pub since: Option<NaiveDate>,
}

impl NetworkInput {
    pub(crate) fn validated(&self, today_limit: NaiveDate) -> Result<NetworkInput> {
        if let Some(since) = self.since {
            crate::time::check_date("since", since)?;
        }
        if let Some(since) = self.since
            && since > today_limit
        {
            return Err(Error::invalid("since", MessageId::RefusalFutureDate));
        }
        Ok(NetworkInput {
            name: validate::name("network name", &self.name)?,
            focus: validate::text("focus", self.focus.as_deref())?,
            since: self.since,
        })
    }
}

const COLS: &str = "id, name, focus, since, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Network> {
    let since: Option<String> = r.get(3)?;
    Ok(Network {
        id: r.get(0)?,
        name: r.get(1)?,
        focus: r.get(2)?,
        since: since.and_then(|s| parse_date("since", &s).ok()),
        created_at: from_ms(r.get(4)?),
    })
}

pub(crate) fn get(c: &Connection, id: i64) -> Result<Network> {
    c.query_row(&format!("SELECT {COLS} FROM network WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("network", id))
}

pub(crate) fn all(c: &Connection) -> Result<Vec<Network>> {
    let mut st = c.prepare_cached(&format!("SELECT {COLS} FROM network ORDER BY id"))?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn name_taken(c: &Connection, name: &str, except: i64) -> Result<bool> {
    Ok(c.query_row(
        "SELECT EXISTS(SELECT 1 FROM network WHERE name = ?1 COLLATE NOCASE AND id != ?2)",
        params![name, except],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Creates a network. Names are unique, ignoring case.
    pub fn add_network(&self, input: &NetworkInput, now: DateTime<Utc>) -> Result<Network> {
        let n = input.validated(now.date_naive() + chrono::Duration::days(1))?;
        self.write(|tx| {
            if name_taken(tx, &n.name, 0)? {
                return Err(Error::invalid("network name", MessageId::RefusalNetworkNameTaken));
            }
            tx.execute(
                "INSERT INTO network (name, focus, since, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![n.name, n.focus, n.since.map(|d| d.to_string()), to_ms(now)],
            )?;
            get(tx, tx.last_insert_rowid())
        })
    }

    /// Replaces a network's name, focus and since date.
    pub fn update_network(&self, id: i64, input: &NetworkInput, now: DateTime<Utc>) -> Result<Network> {
        let n = input.validated(now.date_naive() + chrono::Duration::days(1))?;
        self.write(|tx| {
            get(tx, id)?;
            if name_taken(tx, &n.name, id)? {
                return Err(Error::invalid("network name", MessageId::RefusalNetworkNameTaken));
            }
            tx.execute(
                "UPDATE network SET name = ?1, focus = ?2, since = ?3 WHERE id = ?4",
                params![n.name, n.focus, n.since.map(|d| d.to_string()), id],
            )?;
            get(tx, id)
        })
    }

    /// Deletes a network with its needs and goals; its people stay (they may be in others).
    pub fn remove_network(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM network WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// One network by id.
    pub fn network(&self, id: i64) -> Result<Network> {
        self.read(|c| get(c, id))
    }

    /// All networks, oldest first.
    pub fn networks(&self) -> Result<Vec<Network>> {
        self.read(all)
    }

    /// A network by id or by exact name (ignoring case), as typed at a command line.
    pub fn find_network(&self, id_or_name: &str) -> Result<Network> {
        self.read(|c| {
            if let Ok(id) = id_or_name.trim().parse::<i64>() {
                return get(c, id);
            }
            c.query_row(
                &format!("SELECT {COLS} FROM network WHERE name = ?1 COLLATE NOCASE"),
                [id_or_name.trim()],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("network", crate::error::BY_NAME))
        })
    }
}
