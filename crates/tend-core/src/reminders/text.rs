//! What each reminder says, in full and in discreet mode. Discreet text carries no names, no
//! group or network names, no goal titles and no recovery words: a lock screen may be seen.

use chrono::NaiveDate;

use crate::model::Period;
use crate::time::{Minutes, fmt_hhmm};

/// Title and body of one notification.
pub(crate) struct Text {
    pub title: String,
    pub body: String,
}

fn t(title: impl Into<String>, body: impl Into<String>) -> Text {
    Text {
        title: title.into(),
        body: body.into(),
    }
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
        label: String,
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
            Say::Milestone { network, label, since } => milestone(discreet, network, label, *since),
            Say::Gratitude { name } => gratitude(discreet, name),
        }
    }
}

/// How a meeting is named wherever discreet mode applies: its notification and its calendar event.
pub(crate) const DISCREET_MEETING: &str = "Upcoming event";

const DISCREET_TITLE: &str = "You have a reminder";
const DISCREET_BODY: &str = "Tap to open.";

fn daily(discreet: bool) -> Text {
    if discreet {
        t("Time for your check-in", DISCREET_BODY)
    } else {
        t("Daily check-in", "How is today going? Take a moment to check in.")
    }
}

/// One person to reach out to; `days_since` = days since the last contact, if any.
fn keep_in_touch_one(discreet: bool, name: &str, days_since: Option<i64>) -> Text {
    if discreet {
        return t(DISCREET_TITLE, DISCREET_BODY);
    }
    let body = match days_since {
        Some(0) => "You were last in touch today.".to_string(),
        Some(1) => "You were last in touch yesterday.".to_string(),
        Some(n) => format!("It has been {n} days since you were last in touch."),
        None => "You have not logged a contact yet.".to_string(),
    };
    t(format!("Reach out to {name}"), body)
}

/// Several people due the same day, bundled.
fn keep_in_touch_many(discreet: bool, names: &[&str]) -> Text {
    if discreet {
        return t(DISCREET_TITLE, DISCREET_BODY);
    }
    let body = match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    t(format!("{} people to reach out to", names.len()), body)
}

/// A meeting starting at local `start` (the user's zone), `lead` minutes after the reminder.
fn meeting(discreet: bool, group: &str, lead: u32, start: Minutes) -> Text {
    let body = format!("Starts at {} your time.", fmt_hhmm(start));
    if discreet {
        return t(DISCREET_MEETING, body);
    }
    let title = match lead {
        0 => format!("{group} starts now"),
        m if m < 120 => format!("{group} in {m} minutes"),
        m if m % 60 == 0 => format!("{group} in {} hours", m / 60),
        m => format!("{group} in {}h {:02}m", m / 60, m % 60),
    };
    t(title, body)
}

fn goal(discreet: bool, title: &str, count: u32, target: u32, period: Period, last_day: NaiveDate) -> Text {
    if discreet {
        return t(DISCREET_TITLE, "Tap to see your progress.");
    }
    let span = match period {
        Period::Day => "today",
        Period::Week => "this week",
        Period::Month => "this month",
    };
    let ends = match period {
        Period::Day => "There is still time today.".to_string(),
        _ => format!("The period ends {}; there is still time.", last_day.format("%A %-d %B")),
    };
    t(title, format!("{count} of {target} {span}. {ends}"))
}

fn milestone(discreet: bool, network: &str, label: &str, since: NaiveDate) -> Text {
    if discreet {
        return t("Today is a special day", DISCREET_BODY);
    }
    t(
        format!("{label} today"),
        format!(
            "{network}: {label} since {}. Worth celebrating.",
            since.format("%-d %B %Y")
        ),
    )
}

fn gratitude(discreet: bool, name: &str) -> Text {
    if discreet {
        return t(DISCREET_TITLE, DISCREET_BODY);
    }
    t(
        format!("Say thank you to {name}?"),
        "They were there for you yesterday. A short message goes a long way.",
    )
}
