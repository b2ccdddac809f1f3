//! How chrono values cross the bridge: instants as `SystemTime` (Kotlin `java.time.Instant`,
//! Swift `Date`), dates as "YYYY-MM-DD", local times as "HH:MM", zones as IANA names. Parsing
//! reuses the core's rules, so a bad value is the core's `InvalidInput` naming the field.

use std::time::SystemTime;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use tend_core::time::{self, Minutes};

/// An instant for the shell.
pub(crate) fn instant(at: DateTime<Utc>) -> SystemTime {
    at.into()
}

/// An instant from the shell. Times chrono cannot represent (beyond year 262143) are refused.
pub(crate) fn from_instant(field: &str, at: SystemTime) -> tend_core::Result<DateTime<Utc>> {
    let ms = match at.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).ok(),
        Err(e) => i64::try_from(e.duration().as_millis()).ok().map(|ms| -ms),
    };
    ms.and_then(DateTime::from_timestamp_millis)
        .ok_or_else(|| tend_core::Error::InvalidInput {
            field: field.to_owned(),
            reason: "is out of range".to_owned(),
        })
}

/// A date as "YYYY-MM-DD".
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// An optional date as "YYYY-MM-DD".
pub(crate) fn opt_date(d: Option<NaiveDate>) -> Option<String> {
    d.map(date)
}

/// Parses an optional "YYYY-MM-DD" from the shell.
pub(crate) fn parse_opt_date(field: &str, s: Option<&str>) -> tend_core::Result<Option<NaiveDate>> {
    s.map(|s| time::parse_date(field, s)).transpose()
}

/// A local time as "HH:MM".
pub(crate) fn hhmm(m: Minutes) -> String {
    time::fmt_hhmm(m)
}

/// Parses "HH:MM" from the shell.
pub(crate) fn parse_hhmm(field: &str, s: &str) -> tend_core::Result<Minutes> {
    time::parse_hhmm(field, s)
}

/// The device zone as the shell reports it (an IANA name); a bad one is `InvalidInput`
/// with field "zone".
pub(crate) fn zone(s: &str) -> tend_core::Result<Tz> {
    time::parse_zone("zone", s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn instants_round_trip_at_millisecond_precision() {
        let at = DateTime::from_timestamp_millis(1_764_105_600_123).unwrap();
        assert_eq!(from_instant("at", instant(at)).unwrap(), at);
        let before_epoch = SystemTime::UNIX_EPOCH - Duration::from_millis(1500);
        assert_eq!(from_instant("at", before_epoch).unwrap().timestamp_millis(), -1500);
    }

    #[test]
    fn dates_and_times_use_the_documented_text_forms() {
        let d = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(date(d), "2028-02-29");
        assert_eq!(parse_opt_date("since", Some("2028-02-29")).unwrap(), Some(d));
        assert_eq!(parse_opt_date("since", None).unwrap(), None);
        assert_eq!(hhmm(7 * 60 + 5), "07:05");
        assert_eq!(parse_hhmm("start", "19:30").unwrap(), 19 * 60 + 30);
        match parse_opt_date("since", Some("29/02/2028")) {
            Err(tend_core::Error::InvalidInput { field, .. }) => assert_eq!(field, "since"),
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn a_bad_zone_names_the_zone_field() {
        assert_eq!(zone("Europe/Dublin").unwrap().name(), "Europe/Dublin");
        match zone("Mars/Olympus") {
            Err(tend_core::Error::InvalidInput { field, .. }) => assert_eq!(field, "zone"),
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }
}
