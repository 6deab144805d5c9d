//! Days and spans as clerks type them on the command line: `hôm nay`,
//! `hôm qua`, `ngày mai`, `1/7` (this year), `1/7/24` (20xx) besides
//! `30/06/2020` and `2020-06-30`; spans such as `7d`, `2 tuần`, `1 tháng`.
//! A day is read without the clock: [`Day`] says what was written, and
//! [`Day::resolve`] makes it a date against the real today, which only
//! `main` knows.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::text::fold_ascii;

/// A day as written, before it is set against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// A whole date: `30/06/2020`, `2020-06-30`, `1/7/24`.
    On(NaiveDate),
    /// Days from today: `hôm nay` (0), `hôm qua` (-1), `ngày mai` (1).
    FromToday(i64),
    /// A day and month of this year: `1/7`.
    ThisYear { day: u32, month: u32 },
}

/// The words for days relative to today, folded, and their offsets.
const RELATIVE: [(&str, i64); 3] = [("hom nay", 0), ("hom qua", -1), ("ngay mai", 1)];

/// The same words as they are written.
const RELATIVE_WRITTEN: [&str; 3] = ["hôm nay", "hôm qua", "ngày mai"];

impl Day {
    /// Read `text` as a day; `None` when it is none of the accepted forms
    /// or names a day that does not exist (`31/2`, `30/2/24`).
    pub fn parse(text: &str) -> Option<Day> {
        let text = text.trim();
        let folded = fold_ascii(text);
        if let Some((_, offset)) = RELATIVE.iter().find(|(word, _)| *word == folded) {
            return Some(Day::FromToday(*offset));
        }
        if let Some(date) = super::parse_date(text) {
            return Some(Day::On(date));
        }
        let parts: Vec<&str> = text.split('/').collect();
        let number = |s: &str| {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        match parts.as_slice() {
            [d, m] => {
                let (day, month) = (number(d)?, number(m)?);
                // Some year holds it (29/2 in a leap year).
                NaiveDate::from_ymd_opt(2000, month, day)?;
                Some(Day::ThisYear { day, month })
            }
            [d, m, y] if y.len() == 2 => {
                let year = 2000 + i32::try_from(number(y)?).ok()?;
                NaiveDate::from_ymd_opt(year, number(m)?, number(d)?).map(Day::On)
            }
            _ => None,
        }
    }

    /// The date meant, with `today` the real today; `None` for a day and
    /// month that this year does not have (29/2) or a day out of range.
    pub fn resolve(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Day::On(date) => Some(date),
            Day::FromToday(offset) if offset < 0 => {
                today.checked_sub_days(Days::new(offset.unsigned_abs()))
            }
            Day::FromToday(offset) => today.checked_add_days(Days::new(offset.unsigned_abs())),
            Day::ThisYear { day, month } => NaiveDate::from_ymd_opt(today.year(), month, day),
        }
        .filter(|date| super::year_in_range(date.year()))
    }

    /// The day as a clerk writes it: `30/06/2020`, `hôm qua`, `1/7`.
    pub fn written(self) -> String {
        match self {
            Day::On(date) => date.format("%d/%m/%Y").to_string(),
            Day::FromToday(offset) => RELATIVE
                .iter()
                .position(|(_, o)| *o == offset)
                .map_or_else(|| format!("{offset:+}"), |i| RELATIVE_WRITTEN[i].to_owned()),
            Day::ThisYear { day, month } => format!("{day}/{month}"),
        }
    }
}

/// A window given on the command line that is a relative day (`hôm nay`,
/// `ngày mai`) or a day of a two-digit year (`1/7/24`): the day written as
/// the window grammar reads it (`01/07/2020`). Any other text is kept as
/// it is (`None`) — `1/7` too, which the grammar reads in the year of the
/// plan's period, as in a document.
pub fn window_day(text: &str, today: NaiveDate) -> Option<String> {
    let day = Day::parse(text)?;
    // `1/7` in a window is the grammar's: the year of the plan's period.
    if matches!(day, Day::ThisYear { .. }) {
        return None;
    }
    let written_whole = super::parse_date(text).is_some();
    if written_whole {
        return None;
    }
    let date = day.resolve(today)?;
    Some(date.format("%d/%m/%Y").to_string())
}

/// A span of time ahead of a day: a number of days (weeks are seven) or
/// of calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u32),
    Months(u32),
}

/// The longest span read: a hundred years.
const MAX_DAYS: u32 = 36_600;
const MAX_MONTHS: u32 = 1_200;

impl Span {
    /// `7d`, `2w`, `1m`, `7 ngày`, `2 tuần`, `1 tháng`, the English words
    /// (`3 days`, `2 weeks`, `1 month`) or a plain number of days.
    pub fn parse(text: &str) -> Option<Span> {
        let text = text.trim();
        let split = text
            .char_indices()
            .find(|(_, c)| !c.is_ascii_digit())
            .map_or(text.len(), |(i, _)| i);
        let (number, unit) = text.split_at(split);
        let number: u32 = number.parse().ok()?;
        let span = match fold_ascii(unit).as_str() {
            "" | "d" | "day" | "days" | "ngay" => Span::Days(number),
            "w" | "week" | "weeks" | "tuan" => Span::Days(number.checked_mul(7)?),
            "m" | "month" | "months" | "thang" => Span::Months(number),
            _ => return None,
        };
        match span {
            Span::Days(n) if n > MAX_DAYS => None,
            Span::Months(n) if n > MAX_MONTHS => None,
            _ => Some(span),
        }
    }

    /// The last day of the span that starts on `day`: `day` and 7 days
    /// later for `7d`, the same day of the next month for `1m` (or that
    /// month's last day, when it is shorter).
    pub fn last_day(self, day: NaiveDate) -> NaiveDate {
        match self {
            Span::Days(n) => day.checked_add_days(Days::new(u64::from(n))),
            Span::Months(n) => day.checked_add_months(Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
        Day::parse(text)?.resolve(today)
    }

    #[test]
    fn relative_words_count_from_today() {
        let today = date(2020, 7, 1);
        for (text, expected) in [
            ("hôm nay", date(2020, 7, 1)),
            ("Hôm qua", date(2020, 6, 30)),
            ("ngày mai", date(2020, 7, 2)),
            ("hom nay", date(2020, 7, 1)),
            ("HOM QUA", date(2020, 6, 30)),
            ("ngay  mai", date(2020, 7, 2)),
        ] {
            assert_eq!(day(text, today), Some(expected), "{text}");
        }
        let nfd: String = "ngày mai".nfd().collect();
        assert_eq!(day(&nfd, today), Some(date(2020, 7, 2)));
    }

    #[test]
    fn a_day_is_written_back_as_a_clerk_writes_it() {
        for text in ["hôm qua", "ngày mai", "1/7", "30/06/2020"] {
            assert_eq!(Day::parse(text).unwrap().written(), text);
        }
        assert_eq!(Day::parse("hom nay").unwrap().written(), "hôm nay");
    }

    #[test]
    fn a_day_without_a_year_is_of_this_year_and_two_digits_are_20xx() {
        let today = date(2020, 7, 1);
        assert_eq!(day("1/7", today), Some(date(2020, 7, 1)));
        assert_eq!(day("01/07", today), Some(date(2020, 7, 1)));
        assert_eq!(day("1/7/24", today), Some(date(2024, 7, 1)));
        assert_eq!(day("30/06/2020", today), Some(date(2020, 6, 30)));
        assert_eq!(day("2020-06-30", today), Some(date(2020, 6, 30)));
        assert_eq!(Day::parse("1/7/24"), Some(Day::On(date(2024, 7, 1))));
    }

    #[test]
    fn days_that_do_not_exist_are_refused() {
        let today = date(2021, 1, 1);
        for text in [
            "31/2", "0/7", "1/13", "30/2/24", "1/7/2", "1/7/024", "mai", "", "1//7",
        ] {
            assert_eq!(day(text, today), None, "{text}");
        }
        // 29/2 reads, but 2021 has none.
        assert!(Day::parse("29/2").is_some());
        assert_eq!(day("29/2", today), None);
        assert_eq!(day("29/2", date(2024, 1, 1)), Some(date(2024, 2, 29)));
    }

    #[test]
    fn only_relative_and_short_days_are_rewritten_as_windows() {
        let today = date(2020, 7, 1);
        assert_eq!(window_day("hôm nay", today).as_deref(), Some("01/07/2020"));
        assert_eq!(window_day("ngày mai", today).as_deref(), Some("02/07/2020"));
        assert_eq!(
            window_day("1/7", today),
            None,
            "the plan's year, not today's"
        );
        assert_eq!(window_day("15/8/24", today).as_deref(), Some("15/08/2024"));
        assert_eq!(window_day("15/8/2024", today), None);
        assert_eq!(window_day("Tháng 9/2020", today), None);
        assert_eq!(window_day("Thường xuyên", today), None);
        for text in ["01/07/2020", "02/07/2020", "15/08/2024"] {
            assert!(crate::window::parse_window(text, None).is_ok(), "{text}");
        }
    }

    #[test]
    fn spans_in_both_languages() {
        for (text, span) in [
            ("7d", Span::Days(7)),
            ("2w", Span::Days(14)),
            ("1m", Span::Months(1)),
            ("14", Span::Days(14)),
            ("7 ngày", Span::Days(7)),
            ("7 ngay", Span::Days(7)),
            ("2 tuần", Span::Days(14)),
            ("2 Tuan", Span::Days(14)),
            ("1 tháng", Span::Months(1)),
            ("3 days", Span::Days(3)),
            ("1 month", Span::Months(1)),
        ] {
            assert_eq!(Span::parse(text), Some(span), "{text}");
        }
        for text in [
            "d",
            "14x",
            "-1d",
            "1.5w",
            "99999999999999999999d",
            "36601d",
            "1201m",
            "",
        ] {
            assert_eq!(Span::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_month_ends_on_the_same_day_of_the_next_month_or_its_last() {
        assert_eq!(
            Span::Months(1).last_day(date(2020, 6, 15)),
            date(2020, 7, 15)
        );
        assert_eq!(
            Span::Months(1).last_day(date(2020, 1, 31)),
            date(2020, 2, 29)
        );
        assert_eq!(Span::Days(7).last_day(date(2020, 6, 28)), date(2020, 7, 5));
    }
}
