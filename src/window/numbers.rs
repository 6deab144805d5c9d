//! The values of number tokens: months, days, quarters and years checked
//! against their ranges, digit strings as shown in messages, and the Roman
//! numerals of quarters ("Quý III").

use std::ops::Range;

use super::calendar::{MAX_YEAR, MIN_YEAR};
use super::error::{WindowError, does_not_exist, month_hint, quarter_hint};
use super::lexer::Tok;

/// The value of a digit string, `None` if it does not fit.
pub(super) fn num_value(digits: &str) -> Option<u32> {
    let trimmed = digits.trim_start_matches('0');
    if digits.is_empty() {
        None
    } else if trimmed.is_empty() {
        Some(0)
    } else if trimmed.len() > 9 {
        None
    } else {
        trimmed.parse().ok()
    }
}

/// A digit string as shown in messages: without leading zeros.
pub(super) fn shown(digits: &str) -> &str {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() && !digits.is_empty() {
        "0"
    } else {
        trimmed
    }
}

fn ranged(tok: &Tok, range: Range<u32>, what: &str) -> Result<u32, WindowError> {
    match num_value(tok.digits()) {
        Some(v) if range.contains(&v) => Ok(v),
        _ => Err(does_not_exist(what, shown(tok.digits()), tok.at.clone())),
    }
}

/// A month number, 1 to 12.
pub(super) fn month_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..13, "month").map_err(|e| e.with_hint(month_hint()))
}

/// A day number, 1 to 31; whether the month has it is checked later.
pub(super) fn day_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..32, "day")
}

/// A quarter in Arabic numerals, 1 to 4.
pub(super) fn quarter_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..5, "quarter").map_err(|e| e.with_hint(quarter_hint()))
}

/// A quarter in Roman numerals, I to IV; `None` if `tok` is no numeral.
pub(super) fn roman_quarter(tok: &Tok) -> Option<Result<u32, WindowError>> {
    let word = tok.word()?;
    let q = roman(word)?;
    Some(if (1..=4).contains(&q) {
        Ok(q)
    } else {
        Err(
            does_not_exist("quarter", &word.to_uppercase(), tok.at.clone())
                .with_hint(quarter_hint()),
        )
    })
}

/// A year between [`MIN_YEAR`] and [`MAX_YEAR`].
pub(super) fn year_value(tok: &Tok) -> Result<i32, WindowError> {
    match num_value(tok.digits()) {
        Some(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) => i32::try_from(y).map_err(|_| {
            WindowError::new(crate::t!("diag-window-year-out-of-range"), tok.at.clone())
        }),
        _ => Err(WindowError::new(
            crate::t!("diag-window-year-out", year = shown(tok.digits())),
            tok.at.clone(),
        )
        .with_hint(crate::t!("diag-years-run", min = MIN_YEAR, max = MAX_YEAR))),
    }
}

/// A Roman numeral made of I, V and X, as in "Quý III".
fn roman(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let values: Option<Vec<u32>> = word
        .chars()
        .map(|c| match c {
            'i' => Some(1),
            'v' => Some(5),
            'x' => Some(10),
            _ => None,
        })
        .collect();
    let values = values?;
    // At most 8 numerals of at most 10 each: no overflow.
    let mut total: i64 = 0;
    for (i, v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|next| next > v) {
            total -= i64::from(*v);
        } else {
            total += i64::from(*v);
        }
    }
    u32::try_from(total).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::test_support::{err, one, span};

    #[test]
    fn digit_strings() {
        let cases = [
            ("0", Some(0), "0"),
            ("000", Some(0), "0"),
            ("06", Some(6), "6"),
            ("2020", Some(2020), "2020"),
            ("999999999", Some(999_999_999), "999999999"),
            ("99999999999999999999", None, "99999999999999999999"),
            ("", None, ""),
        ];
        for (digits, value, as_shown) in cases {
            assert_eq!(num_value(digits), value, "{digits:?}");
            assert_eq!(shown(digits), as_shown, "{digits:?}");
        }
    }

    #[test]
    fn roman_numerals() {
        let cases = [
            ("i", Some(1)),
            ("ii", Some(2)),
            ("iii", Some(3)),
            ("iv", Some(4)),
            ("v", Some(5)),
            ("ix", Some(9)),
            ("xii", Some(12)),
            ("iiv", Some(5)),
            ("quy", None),
            ("", None),
            ("iiiiiiiii", None),
        ];
        for (word, value) in cases {
            assert_eq!(roman(word), value, "{word:?}");
        }
    }

    #[test]
    fn month_13_points_at_the_number() {
        let text = "Tháng 13/2020";
        let e = err(text);
        assert_eq!(e.message, "month 13 does not exist");
        assert_eq!(&text[e.at.clone()], "13");
        assert_eq!(err("Tháng 0/2020").message, "month 0 does not exist");
        assert_eq!(err("2020-13").message, "month 13 does not exist");
    }

    #[test]
    fn day_zero_points_at_the_number() {
        let text = "Ngày 0/6/2020";
        let e = err(text);
        assert_eq!(e.message, "day 0 does not exist");
        assert_eq!(&text[e.at], "0");
    }

    #[test]
    fn quarter_five() {
        let text = "Quý V/2020";
        let e = err(text);
        assert_eq!(e.message, "quarter V does not exist");
        assert_eq!(&text[e.at], "V");
        assert_eq!(err("Quý 5/2020").message, "quarter 5 does not exist");
    }

    #[test]
    fn years_out_of_range() {
        assert_eq!(err("Năm 1899").message, "year 1899 is out of range");
        assert_eq!(err("2201").message, "year 2201 is out of range");
        assert_eq!(err("Tháng 6/20").message, "year 20 is out of range");
        assert_eq!(one("1900"), span((1900, 1, 1), (1900, 12, 31)));
        assert_eq!(one("2200"), span((2200, 1, 1), (2200, 12, 31)));
    }
}
