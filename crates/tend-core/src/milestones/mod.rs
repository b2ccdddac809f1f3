//! Milestones counted from a network's "since" date: 1, 7, 14, 30, 60, 90, 180 and 365 days,
//! then every anniversary — the dates recovery communities celebrate.

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::messages::{Message, MessageId};
use crate::store::Store;
use crate::time::local_date;

/// Day counts celebrated in the first year.
pub const DAY_MILESTONES: [u32; 8] = [1, 7, 14, 30, 60, 90, 180, 365];

/// How a milestone is counted: in days in the first year, then in years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u32),
    Years(u32),
}

impl Span {
    /// The milestone's name ("30 days", "1 year") as a message.
    pub fn label(self) -> Message {
        match self {
            Span::Days(d) => Message::new(MessageId::MilestoneDays).num("days", d),
            Span::Years(y) => Message::new(MessageId::MilestoneYears).num("years", y),
        }
    }
}

/// One milestone on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Milestone {
    /// Its name: "30 days", "1 year", "2 years" (`milestone-days`, `milestone-years`).
    pub label: Message,
    /// Days from the since date to this milestone.
    pub days: i64,
    /// The local date to celebrate.
    pub date: NaiveDate,
}

impl Milestone {
    /// Days or years, as its label counts it.
    pub fn span(&self) -> Span {
        let n = |name| match self.label.get(name) {
            Some(crate::messages::ArgValue::Number { value }) => u32::try_from(*value).unwrap_or(0),
            _ => 0,
        };
        match self.label.id {
            MessageId::MilestoneYears => Span::Years(n("years")),
            _ => Span::Days(n("days")),
        }
    }
}

/// Where one network stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MilestoneReport {
    pub network_id: i64,
    pub network_name: String,
    pub since: NaiveDate,
    /// Whole days from the since date to today.
    pub days: i64,
    /// The latest milestone reached, if any.
    pub last: Option<Milestone>,
    /// The next one ahead (today counts as reached, not next).
    pub next: Milestone,
    /// Whether today is a milestone day.
    pub today_is_milestone: bool,
}

/// The `n`th milestone after `since` (0-based), in order; beyond the day milestones they are the
/// yearly anniversaries from year 2 on. A 29 February start celebrates on 28 February in
/// other years.
pub fn nth(since: NaiveDate, n: usize) -> Option<Milestone> {
    if let Some(&d) = DAY_MILESTONES.get(n) {
        let date = since + chrono::Duration::days(i64::from(d));
        let span = if d == 365 { Span::Years(1) } else { Span::Days(d) };
        return Some(Milestone {
            label: span.label(),
            days: i64::from(d),
            date,
        });
    }
    let years = u32::try_from(n - DAY_MILESTONES.len() + 2).ok()?;
    let date = since.checked_add_months(Months::new(years.checked_mul(12)?))?;
    Some(Milestone {
        label: Span::Years(years).label(),
        days: (date - since).num_days(),
        date,
    })
}

/// The milestone report for a since date, seen on local day `today`.
pub fn report(network_id: i64, network_name: &str, since: NaiveDate, today: NaiveDate) -> Option<MilestoneReport> {
    let days = (today - since).num_days();
    let mut last = None;
    let mut n = 0;
    loop {
        let m = nth(since, n)?;
        if m.date > today {
            let today_is_milestone = last.as_ref().is_some_and(|l: &Milestone| l.date == today);
            return Some(MilestoneReport {
                network_id,
                network_name: network_name.to_string(),
                since,
                days,
                last,
                next: m,
                today_is_milestone,
            });
        }
        last = Some(m);
        n += 1;
    }
}

impl Store {
    /// Milestones of every network with a since date, at `now` in zone `tz`.
    pub fn milestones(&self, now: DateTime<Utc>, tz: Tz) -> Result<Vec<MilestoneReport>> {
        let today = local_date(now, tz);
        Ok(self
            .networks()?
            .into_iter()
            .filter_map(|n| n.since.and_then(|s| report(n.id, &n.name, s, today)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::time::parse_date("d", s).unwrap()
    }

    #[test]
    fn first_year_then_anniversaries() {
        let since = d("2024-02-29");
        let labels: Vec<(String, NaiveDate)> = (0..11)
            .map(|n| nth(since, n).map(|m| (m.label.render("en"), m.date)).unwrap())
            .collect();
        assert_eq!(labels[0], ("1 day".into(), d("2024-03-01")));
        assert_eq!(labels[2], ("14 days".into(), d("2024-03-14")));
        assert_eq!(labels[7], ("1 year".into(), d("2025-02-28"))); // 365 days after a leap-day start
        assert_eq!(labels[8], ("2 years".into(), d("2026-02-28")));
        assert_eq!(labels[10], ("4 years".into(), d("2028-02-29")));
    }

    #[test]
    fn report_counts_days_and_finds_next() {
        let r = report(1, "Recovery", d("2026-10-26"), d("2026-11-25")).unwrap();
        assert_eq!(r.days, 30);
        assert!(r.today_is_milestone);
        assert_eq!(r.last.unwrap().label.render("en"), "30 days");
        assert_eq!(r.next.label.render("en"), "60 days");
        assert_eq!(r.next.date, d("2026-12-25"));
        let fresh = report(1, "Recovery", d("2026-11-25"), d("2026-11-25")).unwrap();
        assert_eq!(
            (fresh.days, fresh.last, fresh.next.label.render("en").as_str()),
            (0, None, "1 day")
        );
    }
}
