//! The words for the core's closed sets (roles, kinds of support, channels, …) and the small
//! pieces every view formats the same way (weekdays, "3 days ago", distances), in the user's
//! language. Each code `foo_bar` of a set has the id `<set>-foo-bar` in `cli.ftl`.

use chrono::{DateTime, TimeZone, Utc};
use tend_core::model::{
    Attendance, Channel, ContactKind, Direction, GroupKind, Importance, Role, ShareItem, ShareKind, SupportKind,
};
use tend_core::people::ContactWindow;
use tend_core::time::fmt_hhmm;

use crate::l10n::{Words, n, s};

/// The word for `code` of the set `set`.
fn word(w: &Words, set: &str, code: &str) -> String {
    w.t(&format!("{set}-{}", code.replace('_', "-")), &[])
}

pub fn role(w: &Words, r: Role) -> String {
    word(w, "role", r.as_str())
}

pub fn support(w: &Words, k: SupportKind) -> String {
    word(w, "support", k.as_str())
}

/// Kinds of support as a list ("Emotional · Practical": some kinds have a comma in their words).
pub fn supports(w: &Words, ks: &[SupportKind]) -> String {
    ks.iter().map(|k| support(w, *k)).collect::<Vec<_>>().join(" · ")
}

pub fn importance(w: &Words, i: Importance) -> String {
    word(w, "importance", i.as_str())
}

pub fn group_kind(w: &Words, k: GroupKind) -> String {
    word(w, "group-kind", k.as_str())
}

pub fn channel(w: &Words, c: Channel) -> String {
    word(w, "channel", c.as_str())
}

pub fn direction(w: &Words, d: Direction) -> String {
    word(w, "direction", d.as_str())
}

pub fn share_item(w: &Words, i: ShareItem) -> String {
    word(w, "share-item", i.as_str())
}

pub fn share_kind(w: &Words, k: ShareKind) -> String {
    word(w, "share-kind", k.as_str())
}

pub fn attendance(w: &Words, a: Attendance) -> String {
    word(w, "attendance", a.as_str())
}

/// "phone: +1 555 0100".
pub fn contact(w: &Words, kind: ContactKind, value: &str) -> String {
    w.t(&format!("contact-kind-{}", kind.as_str()), &[("value", s(value))])
}

/// A weekday, 0 = Sunday, as a short name.
pub fn weekday(w: &Words, d: u8) -> String {
    const DAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    match DAYS.get(usize::from(d)) {
        Some(day) => w.t(&format!("weekday-{day}"), &[]),
        None => "?".into(),
    }
}

/// Contact windows, "Sun,Mon 08:00-21:30; Sat 10:00-12:00", with this language's weekdays.
pub fn windows(w: &Words, windows: &[ContactWindow]) -> String {
    let mut groups: Vec<((u16, u16), Vec<u8>)> = Vec::new();
    for x in windows {
        match groups.iter_mut().find(|(r, _)| *r == (x.start, x.end)) {
            Some((_, days)) => days.push(x.weekday),
            None => groups.push(((x.start, x.end), vec![x.weekday])),
        }
    }
    groups
        .iter()
        .map(|((start, end), days)| {
            let names: Vec<String> = days.iter().map(|d| weekday(w, *d)).collect();
            format!("{} {}-{}", names.join(","), fmt_hhmm(*start), fmt_hhmm(*end))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A moment in `tz` as a date and a time of day ("25 November 2026 20:10").
pub fn date_time<Z: TimeZone>(w: &Words, at: DateTime<Utc>, tz: &Z) -> String
where
    Z::Offset: std::fmt::Display,
{
    let local = at.with_timezone(tz);
    w.t(
        "date-time",
        &[
            ("date", s(w.date(local.date_naive()))),
            ("time", s(local.format("%H:%M").to_string())),
        ],
    )
}

/// "3 days ago", "2 hours ago", "just now".
pub fn ago(w: &Words, now: DateTime<Utc>, then: DateTime<Utc>) -> String {
    let mins = (now - then).num_minutes().max(0);
    match mins {
        0 => w.t("ago-just-now", &[]),
        1..=59 => w.t("ago-minutes", &[("count", n(mins))]),
        60..=1439 => w.t("ago-hours", &[("count", n(mins / 60))]),
        _ => w.t("ago-days", &[("count", n(mins / 1440))]),
    }
}

/// A distance in km with one decimal, written with this language's decimal mark.
pub fn km(w: &Words, d: f64) -> String {
    let text = format!("{d:.1}");
    if w.lang() == "en" { text } else { text.replace('.', ",") }
}
