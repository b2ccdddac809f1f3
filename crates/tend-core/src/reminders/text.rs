//! What each reminder says, in full and in discreet mode. Discreet text carries no names, no
//! group or network names, no goal titles and no recovery words: a lock screen may be seen.

use chrono::NaiveDate;

use crate::messages::{Message, MessageId};
use crate::milestones::Span;
use crate::model::Period;
use crate::time::Minutes;

/// Title and body of one notification, as messages the shell words in the user's language.
pub(crate) struct Text {
    pub title: Message,
    pub body: Message,
}

fn t(title: Message, body: Message) -> Text {
    Text { title, body }
}

fn m(id: MessageId) -> Message {
    Message::new(id)
}
/// What a reminder will say, kept as its parts until the plan knows which notifications it
/// keeps: a heavy user's fortnight has hundreds of occurrences and only the nearest 60 are
/// handed to the OS, so only those are worded.
#[derive(Debug, Clone)]
pub(crate) enum Say<'a> {
    Daily,
    KeepInTouchOne {
        name: &'a str,
        days_since: Option<i64>,
    },
    KeepInTouchMany(Vec<&'a str>),
    Meeting {
        group: &'a str,
        lead: u32,
        start: Minutes,
    },
    Goal {
        title: &'a str,
        count: u32,
        target: u32,
        period: Period,
        last_day: NaiveDate,
    },
    Milestone {
        network: &'a str,
        span: Span,
        since: NaiveDate,
    },
    Gratitude {
        name: &'a str,
    },
}

impl Say<'_> {
    pub(crate) fn render(&self, discreet: bool) -> Text {
        match self {
            Say::Daily => daily(discreet),
            Say::KeepInTouchOne { name, days_since } => keep_in_touch_one(discreet, name, *days_since),
            Say::KeepInTouchMany(names) => keep_in_touch_many(discreet, names),
            Say::Meeting { group, lead, start } => meeting(discreet, group, *lead, *start),
            Say::Goal {
                title,
                count,
                target,
                period,
                last_day,
            } => goal(discreet, title, *count, *target, *period, *last_day),
            Say::Milestone { network, span, since } => milestone(discreet, network, *span, *since),
            Say::Gratitude { name } => gratitude(discreet, name),
        }
    }
}

fn discreet() -> Text {
    t(m(MessageId::ReminderDiscreetTitle), m(MessageId::ReminderDiscreetBody))
}

fn daily(discreet: bool) -> Text {
    if discreet {
        t(
            m(MessageId::ReminderDailyDiscreetTitle),
            m(MessageId::ReminderDiscreetBody),
        )
    } else {
        t(m(MessageId::ReminderDailyTitle), m(MessageId::ReminderDailyBody))
    }
}

/// One person to reach out to; `days_since` = days since the last contact, if any.
fn keep_in_touch_one(is_discreet: bool, name: &str, days_since: Option<i64>) -> Text {
    if is_discreet {
        return discreet();
    }
    let body = match days_since {
        Some(0) => m(MessageId::ReminderKeepInTouchToday),
        Some(1) => m(MessageId::ReminderKeepInTouchYesterday),
        Some(n) => m(MessageId::ReminderKeepInTouchDays).num("days", n),
        None => m(MessageId::ReminderKeepInTouchNever),
    };
    t(m(MessageId::ReminderKeepInTouchTitle).text("name", name), body)
}

/// Several people due the same day, bundled.
fn keep_in_touch_many(is_discreet: bool, names: &[&str]) -> Text {
    if is_discreet {
        return discreet();
    }
    let count = i64::try_from(names.len()).unwrap_or(i64::MAX);
    t(
        m(MessageId::ReminderKeepInTouchManyTitle).num("count", count),
        m(MessageId::ReminderKeepInTouchManyBody).names("names", names.iter().map(|n| (*n).to_owned()).collect()),
    )
}

/// A meeting starting at local `start` (the user's zone), `lead` minutes after the reminder.
fn meeting(is_discreet: bool, group: &str, lead: u32, start: Minutes) -> Text {
    let body = m(MessageId::ReminderMeetingBody).time("time", u32::from(start));
    if is_discreet {
        return t(m(MessageId::ReminderMeetingDiscreetTitle), body);
    }
    let title = match lead {
        0 => m(MessageId::ReminderMeetingNow).text("group", group),
        n if n < 120 => m(MessageId::ReminderMeetingMinutes)
            .text("group", group)
            .num("minutes", n),
        n if n % 60 == 0 => m(MessageId::ReminderMeetingHours)
            .text("group", group)
            .num("hours", n / 60),
        n => m(MessageId::ReminderMeetingHoursMinutes)
            .text("group", group)
            .num("hours", n / 60)
            .num("minutes", n % 60),
    };
    t(title, body)
}

fn goal(is_discreet: bool, title: &str, count: u32, target: u32, period: Period, last_day: NaiveDate) -> Text {
    if is_discreet {
        return t(
            m(MessageId::ReminderDiscreetTitle),
            m(MessageId::ReminderGoalDiscreetBody),
        );
    }
    let body = match period {
        Period::Day => m(MessageId::ReminderGoalDay).num("count", count).num("target", target),
        Period::Week => m(MessageId::ReminderGoalWeek)
            .num("count", count)
            .num("target", target)
            .date("ends", last_day),
        Period::Month => m(MessageId::ReminderGoalMonth)
            .num("count", count)
            .num("target", target)
            .date("ends", last_day),
    };
    t(Message::verbatim(title), body)
}

fn milestone(is_discreet: bool, network: &str, span: Span, since: NaiveDate) -> Text {
    if is_discreet {
        return t(
            m(MessageId::ReminderMilestoneDiscreetTitle),
            m(MessageId::ReminderDiscreetBody),
        );
    }
    match span {
        Span::Days(d) => t(
            m(MessageId::ReminderMilestoneDaysTitle).num("days", d),
            m(MessageId::ReminderMilestoneDaysBody)
                .text("network", network)
                .num("days", d)
                .date("since", since),
        ),
        Span::Years(y) => t(
            m(MessageId::ReminderMilestoneYearsTitle).num("years", y),
            m(MessageId::ReminderMilestoneYearsBody)
                .text("network", network)
                .num("years", y)
                .date("since", since),
        ),
    }
}

fn gratitude(is_discreet: bool, name: &str) -> Text {
    if is_discreet {
        return discreet();
    }
    t(
        m(MessageId::ReminderGratitudeTitle).text("name", name),
        m(MessageId::ReminderGratitudeBody),
    )
}
