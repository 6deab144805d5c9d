//! Helpers the window tests share: dates and spans written short, and
//! reading a window that must give one span, or an error that points
//! inside the text.

use chrono::NaiveDate;

use super::{Span, Window, WindowError, parse_window};

/// A date that exists.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// The span from `a` to `b`, both `(year, month, day)`.
pub fn span(a: (i32, u32, u32), b: (i32, u32, u32)) -> Span {
    Span {
        start: Some(d(a.0, a.1, a.2)),
        end: d(b.0, b.1, b.2),
    }
}

/// Due by `(year, month, day)`, no start.
pub fn due(y: i32, m: u32, day: u32) -> Span {
    Span {
        start: None,
        end: d(y, m, day),
    }
}

/// The whole of 2020.
pub fn year_2020() -> Span {
    span((2020, 1, 1), (2020, 12, 31))
}

/// The one span `text` gives without a default year.
pub fn one(text: &str) -> Span {
    match parse_window(text, None) {
        Ok(Window::Span(s)) => s,
        other => panic!("{text:?} gave {other:?}"),
    }
}

/// The error `text` gives without a default year, checked to point inside
/// the text.
pub fn err(text: &str) -> WindowError {
    match parse_window(text, None) {
        Err(e) => {
            assert_points_inside(text, &e);
            e
        }
        Ok(w) => panic!("{text:?} should fail, gave {w:?}"),
    }
}

/// The error's range lies inside `text`, on char boundaries.
pub fn assert_points_inside(text: &str, e: &WindowError) {
    assert!(text.is_char_boundary(e.at.start), "{text:?}: {e:?}");
    assert!(text.is_char_boundary(e.at.end), "{text:?}: {e:?}");
    assert!(
        e.at.start <= e.at.end && e.at.end <= text.len(),
        "{text:?}: {e:?}"
    );
}
