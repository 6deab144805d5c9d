//! Numbers of days, weeks or months written as a window. A duration alone
//! ("105 ngày", "Trong 6 tháng") says how long, not when, and is an error
//! that says so, never a year; a duration before a range of days
//! ("Trong 03 ngày, từ ngày 05 đến ngày 07/8/2024") must be the length of
//! that range.

use std::ops::Range;

use super::error::WindowError;
use super::lexer::{Kind, Tok};
use super::numbers::{num_value, shown};
use super::types::Window;

/// What a window must hold when it opens with a duration.
pub(super) struct Length {
    days: u32,
    at: Range<usize>,
}

/// "Trong 03 ngày," before the dates: its length, and the tokens after it.
pub(super) fn leading(toks: &[Tok]) -> Option<(Length, &[Tok])> {
    match toks {
        [trong, n, unit, rest @ ..]
            if trong.word() == Some("trong")
                && unit.word() == Some("ngay")
                && matches!(n.kind, Kind::Num(_))
                && !rest.is_empty() =>
        {
            let rest = match rest {
                [comma, after @ ..] if matches!(comma.kind, Kind::Comma | Kind::Colon) => after,
                _ => rest,
            };
            let days = num_value(n.digits())?;
            Some((
                Length {
                    days,
                    at: trong.at.start..unit.at.end,
                },
                rest,
            ))
        }
        _ => None,
    }
}

impl Length {
    /// The window, when its days number as many as the duration says.
    pub(super) fn check(self, window: Window) -> Result<Window, WindowError> {
        let covered = match &window {
            Window::Span(span) => span.start.map(|start| (span.end - start).num_days() + 1),
            _ => None,
        };
        match covered {
            Some(days) if days == i64::from(self.days) => Ok(window),
            Some(days) => Err(WindowError::new(
                crate::t!("diag-window-days-differ", said = self.days, covered = days),
                self.at,
            )
            .with_hint(crate::t!("diag-window-days-differ-hint"))),
            None => Err(WindowError::new(
                crate::t!("diag-window-duration-alone", days = self.days),
                self.at,
            )
            .with_hint(crate::t!("diag-window-duration-alone-hint"))),
        }
    }
}

/// The error of a number of days or weeks anywhere in the window ("105
/// ngày", "trong 2 tuần"), or of a window that is only a number of months
/// ("Trong 6 tháng"); `None` when there is none.
pub(super) fn error(toks: &[Tok]) -> Option<WindowError> {
    let found = toks.windows(2).enumerate().find_map(|(i, pair)| {
        let [n, unit] = pair else { return None };
        let part_of_date = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|prev| {
                matches!(prev.kind, Kind::Slash | Kind::Dash)
                    || prev
                        .word()
                        .is_some_and(|w| ["thang", "nam", "ngay", "quy", "thu"].contains(&w))
            });
        let unit_word = unit.word()?;
        let duration = matches!(n.kind, Kind::Num(_))
            && !part_of_date
            && (["ngay", "tuan"].contains(&unit_word)
                || (unit_word == "thang" && toks.len() <= 3 && i + 2 == toks.len()));
        duration.then_some((n, unit, unit_word))
    });
    let (n, unit, word) = found?;
    let what = match word {
        "ngay" => "days",
        "tuan" => "weeks",
        _ => "months",
    };
    Some(
        WindowError::new(
            crate::t!(
                "diag-window-duration",
                count = shown(n.digits()),
                what = what
            ),
            n.at.start..unit.at.end,
        )
        .with_hint(crate::t!("diag-window-duration-hint")),
    )
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::{err, one, span};

    #[test]
    fn a_number_of_days_is_a_duration_not_a_year() {
        let text = "105 ngày";
        let e = err(text);
        assert_eq!(e.message, "105 days is a duration, not a date");
        assert_eq!(&text[e.at], "105 ngày");
        assert!(e.hint.as_deref().is_some_and(|h| h.contains("Trước ngày")));
        let text = "Trong 105 ngày kể từ ngày ký";
        let e = err(text);
        assert_eq!(e.message, "105 days is a duration, not a date");
        assert_eq!(&text[e.at], "105 ngày");
        assert_eq!(
            err("Trong 2 tuần").message,
            "2 weeks is a duration, not a date"
        );
        assert_eq!(
            err("Trong 6 tháng").message,
            "6 months is a duration, not a date"
        );
        assert_eq!(
            err("03 thang").message,
            "3 months is a duration, not a date"
        );
        // Numbers of a date or a weekday before "ngày" are not durations.
        let text = "thứ 8 ngày 15/6/2024";
        assert_eq!(&text[err(text).at], "thứ");
        assert_eq!(
            err("Tháng 6/2020 ngày").message,
            "cannot read window \"Tháng 6/2020 ngày\""
        );
    }

    #[test]
    fn a_duration_before_a_range_is_its_length() {
        assert_eq!(
            one("trong 03 ngày, từ ngày 12/9/2024 đến ngày 14/9/2024"),
            span((2024, 9, 12), (2024, 9, 14))
        );
        assert_eq!(
            one("Trong 2 ngày: ngày 14 - 15/9/2024"),
            span((2024, 9, 14), (2024, 9, 15))
        );
        let text = "trong 03 ngày, từ ngày 05 đến ngày 08/8/2024";
        let e = err(text);
        assert_eq!(e.message, "the window says 3 days, but its dates cover 4");
        assert_eq!(&text[e.at], "trong 03 ngày");
        let text = "Trong 3 ngày, trước ngày 08/8/2024";
        let e = err(text);
        assert_eq!(
            e.message,
            "a duration of 3 days needs its first and last day after it"
        );
        assert_eq!(&text[e.at], "Trong 3 ngày");
    }
}
