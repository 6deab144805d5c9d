//! Calendar facts the window reader relies on: the years a window may name,
//! how many days a month has, and the first
//! and last day of a run of months. The arithmetic itself is chrono's.

use chrono::{Datelike, NaiveDate};

/// The earliest year a plan may name: in a window, a `done` date, `--on`
/// or `--as-of`.
pub const MIN_YEAR: u32 = 1900;
/// The latest year a plan may name.
pub const MAX_YEAR: u32 = 2200;

/// Whether `year` lies between [`MIN_YEAR`] and [`MAX_YEAR`].
pub fn year_in_range(year: i32) -> bool {
    u32::try_from(year).is_ok_and(|y| (MIN_YEAR..=MAX_YEAR).contains(&y))
}

/// The number of days in the month of `date`.
pub(crate) fn days_in_month(date: NaiveDate) -> u32 {
    u32::from(date.num_days_in_month())
}

/// First day of month `first` to last day of month `last`, both in `year`.
pub(super) fn month_bounds(year: i32, first: u32, last: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_ymd_opt(year, first, 1)?;
    let last_month = NaiveDate::from_ymd_opt(year, last, 1)?;
    let end = last_month.with_day(days_in_month(last_month))?;
    Some((start, end))
}

/// `2020-06-30` or `30/06/2020` (also `30/6/2020`).
/// Only years from [`MIN_YEAR`] to
/// [`MAX_YEAR`] are days of a plan.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    parse_any_date(text).filter(|date| year_in_range(date.year()))
}

/// A day in either form, whatever its year.
pub(crate) fn parse_any_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        let cases = [
            ((2020, 2), 29),
            ((2021, 2), 28),
            ((1900, 2), 28),
            ((2000, 2), 29),
            ((2020, 4), 30),
            ((2020, 12), 31),
        ];
        for ((y, m), days) in cases {
            assert_eq!(days_in_month(d(y, m, 1)), days, "{y}-{m}");
            assert_eq!(days_in_month(d(y, m, 15)), days, "{y}-{m}");
        }
    }

    #[test]
    fn bounds_of_a_run_of_months() {
        assert_eq!(
            month_bounds(2020, 1, 2),
            Some((d(2020, 1, 1), d(2020, 2, 29)))
        );
        assert_eq!(
            month_bounds(2021, 10, 12),
            Some((d(2021, 10, 1), d(2021, 12, 31)))
        );
        assert_eq!(month_bounds(2020, 13, 13), None);
    }
}
