//! Errors of windows that cannot be read or name a date that does not
//! exist: [`WindowError`], with the byte range it points at, and the
//! messages and hints every part of the reader builds it with.

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;

use super::calendar::days_in_month;
use super::lexer::{Kind, Tok};
use crate::text::visible;

/// The hint of a month that does not exist.
pub(super) fn month_hint() -> String {
    crate::t!("diag-window-month-hint")
}

/// The hint of a quarter that does not exist.
pub(super) fn quarter_hint() -> String {
    crate::t!("diag-window-quarter-hint")
}

/// A window that cannot be read, or that names a date that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowError {
    /// Lowercase, no final period, names the offending value.
    pub message: String,
    /// Byte range inside the input text that is wrong; lies on char
    /// boundaries.
    pub at: Range<usize>,
    /// A suggestion, when one is cheap and certain.
    pub hint: Option<String>,
    /// Whether the text matches no accepted form at all (rather than
    /// naming a date that does not exist).
    unreadable: bool,
}

impl WindowError {
    pub(super) fn new(message: impl Into<String>, at: Range<usize>) -> Self {
        WindowError {
            message: message.into(),
            at,
            hint: None,
            unreadable: false,
        }
    }

    /// Whether the text matches no accepted form at all: the reader did
    /// not understand it, rather than found a date that does not exist.
    pub fn is_unreadable(&self) -> bool {
        self.unreadable
    }

    pub(super) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for WindowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WindowError {}

/// Byte range of the text without surrounding whitespace.
pub(super) fn trimmed_range(text: &str) -> Range<usize> {
    let start = text.len() - text.trim_start().len();
    start..start + text.trim().len()
}

/// The text matches no accepted form.
pub(super) fn cannot_read(text: &str) -> WindowError {
    const MAX_CHARS: usize = 60;
    let shown = visible(text.trim());
    let quoted = if shown.chars().count() > MAX_CHARS {
        format!("{}…", shown.chars().take(MAX_CHARS).collect::<String>())
    } else {
        shown.into_owned()
    };
    let mut error = WindowError::new(
        crate::t!("diag-window-cannot-read", text = quoted),
        trimmed_range(text),
    );
    error.unreadable = true;
    error
}

/// A range ("Từ tháng 3", "2020-06..") without its second end.
pub(super) fn no_end(at: Range<usize>) -> WindowError {
    WindowError::new(crate::t!("diag-window-no-end"), at)
        .with_hint(crate::t!("diag-window-no-end-hint"))
}

/// `what` ("month 6", "quarter 2") has no year and none is known.
pub(super) fn no_year(what: &str, at: Range<usize>) -> WindowError {
    WindowError::new(crate::t!("diag-window-no-year", what = what), at)
        .with_hint(crate::t!("diag-window-no-year-hint"))
}

/// `what` ("month", "day", "quarter", "hour", "minute") numbered `shown`
/// does not exist.
pub(super) fn does_not_exist(what: &str, shown: &str, at: Range<usize>) -> WindowError {
    WindowError::new(
        crate::t!("diag-window-does-not-exist", what = what, shown = shown),
        at,
    )
}

/// Day `day` of `month` in `year` is not a date; written back as the text
/// wrote it, canonical (`iso`) or Vietnamese.
pub(super) fn bad_day(at: Range<usize>, iso: bool, year: i32, month: u32, day: u32) -> WindowError {
    let written = if iso {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{day}/{month}/{year}")
    };
    let message = match NaiveDate::from_ymd_opt(year, month, 1) {
        Some(first) => crate::t!(
            "diag-window-bad-day",
            written = written,
            name = month_name(month),
            year = year.to_string(),
            days = days_in_month(first)
        ),
        None => crate::t!("diag-window-not-a-date", written = written),
    };
    WindowError::new(message, at)
}

/// The name of month `month` (1 to 12) in a message: "February",
/// "tháng 2".
pub(super) fn month_name(month: u32) -> String {
    crate::t!("diag-window-month-name", month = month)
}

/// A cheap "did you mean" for a missing slash: "Tháng 6 2020", "2020/06".
pub(super) fn suggestion(toks: &[Tok], text: &str) -> Option<String> {
    match toks {
        [word, a, b]
            if b.digits().len() == 4 && a.digits().len() <= 2 && !a.digits().is_empty() =>
        {
            let written = text.get(word.at.clone())?;
            match word.word()? {
                "thang" | "quy" => Some(crate::t!(
                    "diag-did-you-mean-value",
                    value = format!("{written} {}/{}", a.digits(), b.digits())
                )),
                _ => None,
            }
        }
        [a, slash, b]
            if a.digits().len() == 4
                && slash.kind == Kind::Slash
                && matches!(b.kind, Kind::Num(_))
                && b.digits().len() <= 2 =>
        {
            Some(crate::t!(
                "diag-did-you-mean-value",
                value = format!("{}-{}", a.digits(), b.digits())
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::test_support::err;

    #[test]
    fn long_gibberish_is_cut_in_the_message() {
        let text = "x".repeat(100);
        let expected = format!("cannot read window \"{}…\"", "x".repeat(60));
        assert_eq!(cannot_read(&text).message, expected);
    }

    #[test]
    fn bad_day_names_the_month_and_its_days() {
        assert_eq!(
            bad_day(0..9, false, 2020, 2, 30).message,
            "30/2/2020 is not a date: February 2020 has 29 days"
        );
        assert_eq!(
            bad_day(0..10, true, 2021, 4, 31).message,
            "2021-04-31 is not a date: April 2021 has 30 days"
        );
    }

    #[test]
    fn display_is_the_message() {
        let e = err("abc");
        assert_eq!(e.to_string(), e.message);
    }

    #[test]
    fn gibberish() {
        assert_eq!(err("abc").message, "cannot read window \"abc\"");
        assert_eq!(err("  abc ").at, 2..5);
        assert_eq!(err("Tháng sáu").message, "cannot read window \"Tháng sáu\"");
    }

    #[test]
    fn cheap_suggestions() {
        assert_eq!(
            err("Tháng 12 2020").hint.as_deref(),
            Some("did you mean \"Tháng 12/2020\"?")
        );
        assert_eq!(
            err("2020/06").hint.as_deref(),
            Some("did you mean \"2020-06\"?")
        );
    }
}
