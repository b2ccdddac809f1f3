//! What a partner would read: the weekly summary and the alert texts, worded here once so the
//! preview, the share sheet and a later live channel send the same words. Only counts, dates
//! and fixed phrases: nothing the user typed (names, titles, notes) can reach this text.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::goals::History;
use crate::messages::{Catalog, Message, MessageId};
use crate::milestones::Span;
use crate::model::MoodBand;
use crate::time::{local_date, local_day_minute};

/// The week ending today, as a partner would see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct WeeklySummary {
    /// The first day of the window (six days before `to`).
    pub from: NaiveDate,
    /// Today, in the user's zone.
    pub to: NaiveDate,
    /// Days since the network's start date; `None` without one.
    pub days_since_start: Option<i64>,
    /// Days in the window with a daily check-in (0 to 7).
    pub checkin_days: u32,
    /// Meetings logged in the window.
    pub meetings: u32,
    /// The network's goals, and how many are met or at risk in their current period.
    pub goals: u32,
    pub goals_met: u32,
    pub goals_at_risk: u32,
    /// Only when mood is shared, and only when the week has a daily mood.
    pub mood: Option<MoodBand>,
    /// What it says, one message per line: sent beside the text, so a partner using Tend reads
    /// it in their own language.
    pub lines: Vec<Message>,
    /// The exact text that is sent: the lines worded in the user's language.
    pub text: String,
}

/// The coarse band of a week's daily moods (1 to 5); `None` for no moods.
pub fn mood_band(moods: &[u8]) -> Option<MoodBand> {
    if moods.is_empty() {
        return None;
    }
    let avg = moods.iter().map(|&m| f64::from(m)).sum::<f64>() / moods.len() as f64;
    Some(if avg < 2.5 {
        MoodBand::Low
    } else if avg < 3.5 {
        MoodBand::Steady
    } else {
        MoodBand::Good
    })
}

/// What a milestone sends, for the milestone reached.
pub fn milestone_lines(span: Span) -> Vec<Message> {
    vec![match span {
        Span::Days(d) => Message::new(MessageId::ShareMilestoneDays).num("days", d),
        Span::Years(y) => Message::new(MessageId::ShareMilestoneYears).num("years", y),
    }]
}

/// What pressing SOS sends, at `now` in the user's zone.
pub fn sos_lines(now: DateTime<Utc>, tz: Tz) -> Vec<Message> {
    let (_, minute) = local_day_minute(now, tz);
    vec![Message::new(MessageId::ShareSos).time("time", u32::from(minute))]
}

/// What the decline alert sends after `days` days without a daily check-in.
pub fn decline_lines(days: u32) -> Vec<Message> {
    vec![Message::new(MessageId::ShareDecline).num("days", days)]
}

/// The text of `lines` as a partner without Tend reads it: worded in `words`' language, one
/// line each.
pub fn text_of(lines: &[Message], words: &Catalog) -> String {
    lines.iter().map(|m| words.render(m)).collect::<Vec<_>>().join("\n")
}

fn since(c: &Connection, network: Option<i64>) -> Result<Option<NaiveDate>> {
    let Some(id) = network else { return Ok(None) };
    Ok(crate::network::get(c, id)?.since)
}

/// The milestone lines with the network's milestone of today, or its next one, as the example.
pub(super) fn milestone_example(
    c: &Connection,
    network: Option<i64>,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<Vec<Message>> {
    let today = local_date(now, tz);
    let span = since(c, network)?
        .and_then(|s| crate::milestones::report(0, "", s, today))
        // Today's milestone if today is one, else the next one: what would be sent next.
        .map(|r| match r.last {
            Some(l) if r.today_is_milestone => l.span(),
            _ => r.next.span(),
        })
        .unwrap_or(Span::Days(30));
    Ok(milestone_lines(span))
}

/// The weekly summary of `network` (its start date and goals; check-ins and meetings are the
/// user's own, whatever the network) at `now` in `tz`.
pub(super) fn weekly(
    c: &Connection,
    network: Option<i64>,
    include_mood: bool,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<WeeklySummary> {
    let (to, minute) = local_day_minute(now, tz);
    let from = to - Duration::days(6);
    let days_since_start = since(c, network)?.map(|s| (to - s).num_days()).filter(|d| *d >= 0);

    let mut st = c.prepare_cached(
        "SELECT kind, local_date, mood FROM checkin
         WHERE local_date BETWEEN ?1 AND ?2 AND kind IN ('daily', 'meeting')",
    )?;
    let rows = st.query_map([from.to_string(), to.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })?;
    let (mut days, mut meetings, mut moods) = (std::collections::BTreeSet::new(), 0u32, Vec::new());
    for row in rows {
        let (kind, date, mood) = row?;
        if kind == "meeting" {
            meetings = meetings.saturating_add(1);
        } else {
            days.insert(date);
            // A mood outside 1 to 5 was not written by Tend: left out rather than trusted.
            moods.extend(mood.and_then(|m| u8::try_from(m).ok()).filter(|m| (1..=5).contains(m)));
        }
    }
    let checkin_days = u32::try_from(days.len()).unwrap_or(u32::MAX);

    let progress = match network {
        Some(n) => {
            let week_start = crate::settings::load(c)?.week_start;
            crate::goals::progress_all(c, Some(n), to, minute, week_start, History::CurrentOnly)?
        }
        None => Vec::new(),
    };
    let count = |f: fn(&crate::goals::GoalProgress) -> bool| {
        u32::try_from(progress.iter().filter(|p| f(p)).count()).unwrap_or(u32::MAX)
    };
    let (goals, goals_met, goals_at_risk) = (count(|_| true), count(|p| p.met), count(|p| p.at_risk && !p.met));
    let mood = if include_mood { mood_band(&moods) } else { None };

    let mut lines = vec![
        Message::new(MessageId::ShareWeekHeading)
            .date("from", from)
            .date("to", to),
    ];
    if let Some(d) = days_since_start {
        lines.push(Message::new(MessageId::ShareWeekDay).num("day", d));
    }
    lines.push(Message::new(MessageId::ShareWeekCheckins).num("days", checkin_days));
    lines.push(Message::new(MessageId::ShareWeekMeetings).num("count", meetings));
    if goals > 0 {
        lines.push(
            Message::new(MessageId::ShareWeekGoals)
                .num("met", goals_met)
                .num("total", goals)
                .num("at_risk", goals_at_risk),
        );
    }
    if include_mood {
        lines.push(Message::new(match mood {
            Some(MoodBand::Low) => MessageId::ShareWeekMoodLow,
            Some(MoodBand::Steady) => MessageId::ShareWeekMoodSteady,
            Some(MoodBand::Good) => MessageId::ShareWeekMoodGood,
            None => MessageId::ShareWeekMoodNone,
        }));
    }
    let text = text_of(&lines, Catalog::for_locale(&crate::messages::user_language(c)?));
    Ok(WeeklySummary {
        from,
        to,
        days_since_start,
        checkin_days,
        meetings,
        goals,
        goals_met,
        goals_at_risk,
        mood,
        lines,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mood_bands_split_the_average() {
        assert_eq!(mood_band(&[]), None);
        assert_eq!(mood_band(&[1, 2, 3, 2]), Some(MoodBand::Low)); // 2.0
        assert_eq!(mood_band(&[2, 3]), Some(MoodBand::Steady)); // 2.5
        assert_eq!(mood_band(&[3, 4]), Some(MoodBand::Good)); // 3.5
    }

    #[test]
    fn alert_texts() {
        let en = Catalog::for_locale("en");
        assert_eq!(
            text_of(&decline_lines(1), en),
            "I haven't checked in with Tend for 1 day. A message from you would help."
        );
        let at = DateTime::parse_from_rfc3339("2026-07-01T13:05:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert!(text_of(&sos_lines(at, chrono_tz::Europe::Dublin), en).contains("at 14:05."));
    }
}
