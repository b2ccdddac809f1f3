//! Wall-clock rules: local times, zones and weekdays, and how a local time becomes an instant
//! when the clocks change (a gap shifts forward by its length, an overlap fires once, first).

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc, Weekday,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};

/// Minutes after local midnight, 0..1440. Stored as an integer; shown as "HH:MM".
pub type Minutes = u16;

/// Parses an IANA zone name ("Europe/Dublin"); `field` names the input on error.
pub fn parse_zone(field: &str, s: &str) -> Result<Tz> {
    s.trim().parse::<Tz>().map_err(|_| {
        Error::invalid(
            field,
            Message::new(MessageId::RefusalTimeZone).text("example", "Europe/London"),
        )
    })
}

/// Parses "HH:MM" (24-hour) into minutes after midnight; "25:00" and "7pm" are rejected.
pub fn parse_hhmm(field: &str, s: &str) -> Result<Minutes> {
    let t = s.trim();
    let bad = || Error::invalid(field, MessageId::RefusalTimeOfDay);
    let (h, m) = t.split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// Formats minutes after midnight as "HH:MM".
pub fn fmt_hhmm(m: Minutes) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// The earliest date Tend accepts or reads back (no one's sober date, goal or check-in is older).
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// The latest date Tend accepts or reads back. Far enough from chrono's limit that adding a
/// cadence, a period or a century of milestones to any accepted date cannot overflow.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Parses "YYYY-MM-DD", from 1900-01-01 to 9999-12-31 ([`MIN_DATE`], [`MAX_DATE`]). Used for
/// input and for every date read from the store alike, so a date outside the range (a
/// hand-edited file, "+262142-12-31") reads as unreadable instead of overflowing arithmetic.
pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate> {
    // chrono's ISO 8601 reader: the same YYYY-MM-DD, without re-reading a format string on
    // every call (dates are parsed for every row the planner and Today read).
    let d = s
        .trim()
        .parse::<NaiveDate>()
        .map_err(|_| Error::invalid(field, MessageId::RefusalDateFormat))?;
    if !(MIN_DATE..=MAX_DATE).contains(&d) {
        return Err(Error::invalid(field, date_range(MIN_DATE, MAX_DATE)));
    }
    Ok(d)
}

/// "The date must be between `from` and `to`."
fn date_range(from: NaiveDate, to: NaiveDate) -> Message {
    Message::new(MessageId::RefusalDateRange)
        .date("from", from)
        .date("to", to)
}

/// Refuses a date outside [`MIN_DATE`]..=[`MAX_DATE`] (for dates given as values rather than
/// text, which [`parse_date`] already bounds): a stored date outside the range would read back
/// as unreadable and make the backup that carries it refuse to restore.
pub fn check_date(field: &str, d: NaiveDate) -> Result<NaiveDate> {
    if !(MIN_DATE..=MAX_DATE).contains(&d) {
        return Err(Error::invalid(field, date_range(MIN_DATE, MAX_DATE)));
    }
    Ok(d)
}

/// The local date of `at` in `tz`, refused when it or the UTC date falls outside
/// [`MIN_DATE`]..=[`MAX_DATE`] (1899-12-31 in UTC; 9999-12-31T20:00Z, already year 10000 in
/// Kiritimati; 10000-01-01T03:00Z, still 9999 in Pago Pago but a year RFC 3339 cannot write). A
/// record logged at such an instant could be stored, but not listed with its date nor restored
/// from the backup it went into.
pub fn check_instant(field: &str, at: DateTime<Utc>, tz: Tz) -> Result<NaiveDate> {
    let d = local_date(at, tz);
    if ![d, at.date_naive()].iter().all(|d| (MIN_DATE..=MAX_DATE).contains(d)) {
        return Err(Error::invalid(field, date_range(MIN_DATE, MAX_DATE)));
    }
    Ok(d)
}

/// Refuses a clock reading (the CLI's `--now`) whose date is outside the range in any zone:
/// every record made "now" takes its local date from it.
pub fn check_clock(field: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let d = now.date_naive();
    if d <= MIN_DATE || d >= MAX_DATE {
        return Err(Error::invalid(
            field,
            date_range(MIN_DATE + Duration::days(1), MAX_DATE - Duration::days(1)),
        ));
    }
    Ok(now)
}

/// Weekday number with 0 = Sunday … 6 = Saturday (the Meeting Guide convention, used
/// everywhere in Tend).
pub fn weekday_num(w: Weekday) -> u8 {
    w.num_days_from_sunday() as u8
}

/// The weekday numbered `n` (0 = Sunday … 6 = Saturday), if there is one.
pub fn weekday_from_num(n: u8) -> Option<Weekday> {
    use Weekday::*;
    [Sun, Mon, Tue, Wed, Thu, Fri, Sat].get(usize::from(n)).copied()
}

/// Parses a weekday: 0–6 (0 = Sunday) or an English name or three-letter abbreviation.
pub fn parse_weekday(field: &str, s: &str) -> Result<u8> {
    let t = s.trim().to_ascii_lowercase();
    if let Ok(n) = t.parse::<u8>() {
        return if n <= 6 {
            Ok(n)
        } else {
            Err(Error::invalid(field, MessageId::RefusalWeekdayNumber))
        };
    }
    const NAMES: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    NAMES
        .iter()
        .position(|n| t.len() >= 3 && n.starts_with(&t))
        .map(|i| i as u8)
        .ok_or_else(|| Error::invalid(field, MessageId::RefusalWeekday))
}

/// Short English weekday name for 0 = Sunday … 6 = Saturday.
pub fn weekday_name(n: u8) -> &'static str {
    ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        .get(n as usize)
        .copied()
        .unwrap_or("?")
}

/// The instant at which local wall-clock `date` + `minutes` happens in `tz`.
///
/// - In a DST gap (the time does not exist) it moves forward by the length of the gap
///   (02:30 on a spring-forward night → 03:30), so nothing is silently dropped.
/// - In an overlap (the time happens twice) it is the first occurrence, so nothing fires twice.
pub fn resolve_local(date: NaiveDate, minutes: Minutes, tz: Tz) -> DateTime<Utc> {
    let naive = date.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(minutes));
    resolve_naive(naive, tz)
}

/// [`resolve_local`] for a full local date-time.
pub fn resolve_naive(naive: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Find the gap's length from the offsets either side of it; zones with 30-minute
            // shifts (Lord Howe) and 2-hour shifts (Antarctica/Troll) are handled alike.
            let before = tz.offset_from_utc_datetime(&(naive - Duration::days(1)));
            let after = tz.offset_from_utc_datetime(&(naive + Duration::days(1)));
            let gap = chrono::Offset::fix(&after).local_minus_utc() - chrono::Offset::fix(&before).local_minus_utc();
            let gap = if gap > 0 { i64::from(gap) } else { 3600 };
            let shifted = naive + Duration::seconds(gap);
            match tz.from_local_datetime(&shifted) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
                // Cannot happen for real zones; fall back to reading the wall time as the
                // offset before the gap, which is also "forward by the gap".
                LocalResult::None => {
                    (naive - Duration::seconds(i64::from(chrono::Offset::fix(&before).local_minus_utc()))).and_utc()
                }
            }
        }
    }
}

/// The local calendar date of `at` in `tz`.
pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// The local day and minute after midnight of `at` in `tz`.
pub fn local_day_minute(at: DateTime<Utc>, tz: Tz) -> (NaiveDate, Minutes) {
    let local = at.with_timezone(&tz);
    (local.date_naive(), (local.hour() * 60 + local.minute()) as Minutes)
}

/// Unix milliseconds, the storage form of instants.
pub fn to_ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// The inverse of [`to_ms`]; out-of-range values (only from a damaged file) clamp to the epoch.
pub fn from_ms(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// The first day of the week containing `d`, for a week that starts on `week_start`.
pub fn week_start_of(d: NaiveDate, week_start: Weekday) -> NaiveDate {
    let back = (7 + d.weekday().num_days_from_monday() - week_start.num_days_from_monday()) % 7;
    d - Duration::days(i64::from(back))
}

/// The first day of `d`'s month.
pub fn month_start_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::New_York;

    fn d(s: &str) -> NaiveDate {
        parse_date("d", s).unwrap()
    }

    #[test]
    fn gap_moves_forward_by_its_length() {
        // 2025-03-09 02:30 does not exist in New York; it becomes 03:30 EDT = 07:30 UTC.
        let at = resolve_local(d("2025-03-09"), 150, New_York);
        assert_eq!(at.to_rfc3339(), "2025-03-09T07:30:00+00:00");
    }

    #[test]
    fn overlap_takes_the_first_occurrence() {
        // 01:30 on 2025-11-02 happens twice; the first is EDT (UTC-4) = 05:30 UTC.
        let at = resolve_local(d("2025-11-02"), 90, New_York);
        assert_eq!(at.to_rfc3339(), "2025-11-02T05:30:00+00:00");
    }

    #[test]
    fn lord_howe_half_hour_gap() {
        // Lord Howe springs forward 02:00 → 02:30 on 2025-10-05: 02:15 becomes 02:45 (+11).
        let tz: Tz = "Australia/Lord_Howe".parse().unwrap();
        let at = resolve_local(d("2025-10-05"), 135, tz);
        assert_eq!(at.with_timezone(&tz).format("%H:%M %z").to_string(), "02:45 +1100");
    }

    #[test]
    fn times_and_zones_are_validated() {
        assert!(parse_hhmm("t", "25:00").is_err());
        assert!(parse_hhmm("t", "7pm").is_err());
        assert!(parse_hhmm("t", "12:60").is_err());
        assert_eq!(parse_hhmm("t", "7:05").unwrap(), 425);
        assert_eq!(parse_hhmm("t", "23:59").unwrap(), 1439);
        let e = parse_zone("zone", "Mars/Olympus").unwrap_err();
        assert!(e.to_string().contains("zone"), "{e}");
        assert_eq!(parse_weekday("w", "Tue").unwrap(), 2);
        assert_eq!(parse_weekday("w", "0").unwrap(), 0);
        assert!(parse_weekday("w", "7").is_err());
    }

    #[test]
    fn week_start_follows_setting() {
        // 2026-11-25 is a Wednesday.
        assert_eq!(week_start_of(d("2026-11-25"), Weekday::Mon), d("2026-11-23"));
        assert_eq!(week_start_of(d("2026-11-25"), Weekday::Sun), d("2026-11-22"));
        assert_eq!(week_start_of(d("2026-11-22"), Weekday::Sun), d("2026-11-22"));
    }
}
