//! The keep-in-touch rule: who is due for the user to reach out to, and when. Today shows the
//! people due now; the reminder planner looks ahead with the same dates.

use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::Role;
use crate::time::{local_date, parse_date};

/// Someone due (or overdue) for the user to reach out to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DuePerson {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub cadence_days: u32,
    /// The local day of the last contact check-in, if any.
    pub last_contact: Option<NaiveDate>,
    pub due_date: NaiveDate,
    /// 0 = due today.
    pub days_overdue: i64,
}

/// People with a cadence who are due on or before `today`; avoided people never.
pub(crate) fn due_people(c: &Connection, tz: Tz, today: NaiveDate) -> Result<Vec<DuePerson>> {
    let mut out = cadence_people(c, tz, today)?;
    out.retain(|p| p.due_date <= today);
    Ok(out)
}

/// Everyone with a cadence and their next due date, due or not (`days_overdue` < 0 = not yet);
/// avoided people never. The reminder planner looks ahead with this.
pub(crate) fn cadence_people(c: &Connection, tz: Tz, today: NaiveDate) -> Result<Vec<DuePerson>> {
    let mut st = c.prepare_cached(
        "SELECT p.id, p.name, p.role, p.cadence_days, p.created_at,
                lc.local_date
         FROM person p LEFT JOIN last_contact lc ON lc.person_id = p.id
         WHERE p.cadence_days IS NOT NULL AND p.avoid = 0",
    )?;
    let mut out: Vec<DuePerson> = st
        .query_map([], |r| {
            let role: String = r.get(2)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                role,
                r.get::<_, u32>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?
        .filter_map(|row| row.ok())
        .map(|(id, name, role, cadence, created, last)| {
            let last_contact = last.and_then(|d| parse_date("local_date", &d).ok());
            let base = last_contact.unwrap_or_else(|| local_date(crate::time::from_ms(created), tz));
            // A cadence beyond the rules (a hand-edited file) counts as the longest allowed one,
            // and the date arithmetic saturates: no stored value can make this panic.
            let cadence = cadence.clamp(1, super::MAX_CADENCE_DAYS);
            let due_date = base
                .checked_add_days(chrono::Days::new(u64::from(cadence)))
                .unwrap_or(NaiveDate::MAX);
            DuePerson {
                person_id: id,
                name,
                role: Role::parse(&role).unwrap_or(Role::Other),
                cadence_days: cadence,
                last_contact,
                due_date,
                days_overdue: today.signed_duration_since(due_date).num_days(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then_with(|| a.name.cmp(&b.name)));
    Ok(out)
}
