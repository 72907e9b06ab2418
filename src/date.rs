//! Civil dates: `YYYY-MM-DD` for time-bound mode entries (today in UTC, adding days) and UTC
//! timestamps for token expiry.
//!
//! nhiscan needs only this much date arithmetic, so it is done here rather than with a
//! date-time library.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that fixes "today" (`YYYY-MM-DD`), for tests and reproducible CI.
pub const TODAY_VARIABLE: &str = "NHISCAN_TODAY";

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists (`2027-02-30` does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// Today: `NHISCAN_TODAY` when set, else the system clock's date in UTC.
    pub fn today() -> Result<Date, String> {
        match std::env::var(TODAY_VARIABLE) {
            Ok(text) => Date::parse(&text)
                .ok_or_else(|| format!("{TODAY_VARIABLE}=`{text}` is not a date like 2027-01-31")),
            Err(_) => {
                let seconds =
                    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
                Ok(Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0)))
            }
        }
    }

    /// The date `days` after this one (before, when negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days(self.days() + days)
    }

    /// Days from this date to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days() - self.days()
    }

    /// An RFC 3339 UTC timestamp (`2027-01-31T12:00:00Z`) for `seconds` since the Unix epoch.
    pub fn timestamp(seconds: i64) -> String {
        let (days, in_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
        let (hours, minutes, secs) = (in_day / 3600, in_day % 3600 / 60, in_day % 60);
        format!("{}T{hours:02}:{minutes:02}:{secs:02}Z", Date::from_days(days))
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    fn from_days(days: i64) -> Date {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_index + 2) / 5 + 1;
        let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parsing_and_validity() {
        assert_eq!(date("2027-01-31").to_string(), "2027-01-31");
        assert!(Date::parse("2027-02-29").is_none());
        assert!(Date::parse("2028-02-29").is_some());
        assert!(Date::parse("2100-02-29").is_none());
        assert!(Date::parse("2027-13-01").is_none());
        assert!(Date::parse("2027-1-31").is_none());
        assert!(Date::parse("tomorrow").is_none());
    }

    #[test]
    fn arithmetic_across_months_and_years() {
        assert_eq!(date("1970-01-01").days(), 0);
        assert_eq!(date("2026-12-25").plus_days(14), date("2027-01-08"));
        assert_eq!(date("2028-02-28").plus_days(1), date("2028-02-29"));
        assert_eq!(date("2027-01-31").days_until(date("2027-01-17")), -14);
    }

    #[test]
    fn timestamps() {
        assert_eq!(Date::timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(Date::timestamp(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(Date::timestamp(-1), "1969-12-31T23:59:59Z");
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -800_000i64..800_000) {
            let d = Date::from_days(days);
            prop_assert_eq!(d.days(), days);
            prop_assert_eq!(Date::parse(&d.to_string()).filter(|_| d.year >= 1000 && d.year <= 9999).unwrap_or(d), d);
            prop_assert!(d.plus_days(1) > d);
        }
    }
}
