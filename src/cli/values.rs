//! The values flags take, read into domain values: delimiters, months,
//! statuses, days and spans. Days and spans are read as clerks type them
//! (`hôm nay`, `1/7`, `2 tuần`, see [`crate::window::days`]); a day that
//! depends on today is set against it in `run`, not here. Refusals are
//! worded from the catalogs and list what is accepted.

use chrono::NaiveDate;

use crate::model::Status;
use crate::window::days::{Day, Span};

/// One ASCII character: `,`, `;` or a tab (`\t`).
pub fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "\\t" | "tab" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() && text != "\"" => Ok(text.as_bytes()[0]),
        _ => Err(crate::t!("word-delimiter-invalid", text = text)),
    }
}

/// A month: 06/2020, 2020-06, or any day (its month is meant).
pub fn parse_month(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if let Some(day) = crate::window::parse_date(text) {
        return Ok(day);
    }
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    let (month, year) = match parts.as_slice() {
        [m, y] if y.len() == 4 => (m.parse::<u32>().ok(), y.parse::<i32>().ok()),
        [y, m] if y.len() == 4 => (m.parse::<u32>().ok(), y.parse::<i32>().ok()),
        _ => (None, None),
    };
    month
        .zip(year)
        .and_then(|(m, y)| NaiveDate::from_ymd_opt(y, m, 1))
        .ok_or_else(|| crate::t!("word-month-invalid", text = text))
}

/// Reads a status the way `plan set … status` does ([`Status::from_word`]):
/// the file's names and the Vietnamese words clerks use. Help and usage
/// errors list the file's names.
#[derive(Debug, Clone, Copy)]
pub struct StatusParser;

impl clap::builder::TypedValueParser for StatusParser {
    type Value = Status;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Status, clap::Error> {
        if let Some(status) = value.to_str().and_then(Status::from_word) {
            return Ok(status);
        }
        // Not a status: clap words the refusal as for any closed set, with
        // the status a typo of any status word suggests (`xongg`).
        if let Some(suggested) = value.to_str().and_then(Status::suggest) {
            let mut error = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd);
            use clap::error::{ContextKind, ContextValue};
            if let Some(arg) = arg {
                error.insert(
                    ContextKind::InvalidArg,
                    ContextValue::String(arg.to_string()),
                );
            }
            error.insert(
                ContextKind::InvalidValue,
                ContextValue::String(value.to_string_lossy().into_owned()),
            );
            error.insert(
                ContextKind::ValidValue,
                ContextValue::Strings(Status::ALL.map(|s| s.as_str().to_owned()).to_vec()),
            );
            error.insert(
                ContextKind::SuggestedValue,
                ContextValue::String(suggested.as_str().to_owned()),
            );
            return Err(error);
        }
        let names = clap::builder::PossibleValuesParser::new(Status::ALL.map(Status::as_str));
        let name = names.parse_ref(cmd, arg, value)?;
        name.parse()
            .map_err(|()| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            Status::ALL
                .into_iter()
                .map(|s| clap::builder::PossibleValue::new(s.as_str())),
        ))
    }
}

/// A day: `30/06/2020`, `30/6/2020`, `2020-06-30`, `1/7` (this year),
/// `1/7/24` (2024), `hôm nay`, `hôm qua`, `ngày mai`. What it depends on
/// today is resolved by [`resolve_day`].
pub fn parse_day(text: &str) -> Result<Day, String> {
    Day::parse(text).ok_or_else(|| not_a_day(text, text))
}

/// The date `day` means, with `today` the real today: refused for a day
/// and month this year does not have (29/2).
pub fn resolve_day(day: Day, today: NaiveDate) -> Result<NaiveDate, String> {
    day.resolve(today).ok_or_else(|| {
        let written = day.written();
        let year = chrono::Datelike::year(&today);
        // The reader says why, with the year the day was given.
        let probe = match day {
            Day::ThisYear { .. } => format!("{written}/{year}"),
            _ => String::new(),
        };
        not_a_day(&written, &probe)
    })
}

/// "… is not a day", with the reason the window reader finds in `probe`
/// ("June 2020 has 30 days", a year out of range) and every accepted form.
fn not_a_day(text: &str, probe: &str) -> String {
    let why = match crate::window::parse_window(probe, None) {
        _ if probe.trim().is_empty() => String::new(),
        Err(e) if !e.is_unreadable() => format!(": {}", e.message),
        _ => String::new(),
    };
    crate::t!(
        "word-day-invalid",
        text = crate::text::one_line(text).into_owned(),
        why = why
    )
}

/// `14d`, `2w`, `1m`, `7 ngày`, `2 tuần`, `1 tháng` or a plain number of
/// days.
pub fn parse_span(text: &str) -> Result<Span, String> {
    Span::parse(text).ok_or_else(|| crate::t!("word-span-invalid", text = text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn spans_of_days_weeks_and_months() {
        assert_eq!(parse_span("14d"), Ok(Span::Days(14)));
        assert_eq!(parse_span("2w"), Ok(Span::Days(14)));
        assert_eq!(parse_span("14"), Ok(Span::Days(14)));
        assert_eq!(parse_span("1 tháng"), Ok(Span::Months(1)));
        assert!(parse_span("d").is_err());
        assert!(parse_span("14x").is_err());
        assert!(parse_span("99999999999999999999d").is_err());
    }

    #[test]
    fn a_bad_span_lists_the_accepted_forms() {
        let error = parse_span("2x").unwrap_err();
        assert!(error.contains("\"2x\""), "{error}");
        assert!(error.contains("2 tuần"), "{error}");
    }

    #[test]
    fn days_in_every_form() {
        let today = date(2020, 7, 1);
        let day = |text| resolve_day(parse_day(text)?, today);
        assert_eq!(day("30/06/2020"), Ok(date(2020, 6, 30)));
        assert_eq!(day("2020-06-30"), Ok(date(2020, 6, 30)));
        assert_eq!(day("hôm qua"), Ok(date(2020, 6, 30)));
        assert_eq!(day("1/7/24"), Ok(date(2024, 7, 1)));
        assert!(parse_day("31/02/2020").is_err());
        let error = parse_day("mai").unwrap_err();
        assert!(error.contains("hôm nay"), "{error}");
        let error = parse_day("31/06/2020").unwrap_err();
        assert!(error.contains("30 days"), "{error}");
    }

    #[test]
    fn a_day_this_year_lacks_is_refused_when_resolved() {
        let day = parse_day("29/2").unwrap();
        let error = resolve_day(day, date(2021, 5, 1)).unwrap_err();
        assert!(error.starts_with("\"29/2\" is not a day: "), "{error}");
        assert!(error.contains("28 days"), "{error}");
        assert_eq!(resolve_day(day, date(2024, 5, 1)), Ok(date(2024, 2, 29)));
    }
}
