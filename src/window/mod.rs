//! Time windows of plan tasks: this module owns reading the "when" column of
//! a plan, as written in Vietnamese administrative documents ("Tháng 6/2020",
//! "Quý II - Quý III/2020", "Trước ngày 15/6/2020", "Hằng quý", "Thường
//! xuyên", "Sau khi có hướng dẫn của cấp trên") or in the canonical forms
//! ("2020-06", "2020-Q2", "2020-09..2020-10"), into a [`Window`]; the spans
//! of days those windows cover, both ends inclusive; and the errors, with
//! byte ranges into the text as written, for windows that cannot be read or
//! name a date that does not exist. It never guesses: text that matches no
//! accepted form is an error. The text as written is kept by the caller.
//!
//! The reading runs one way: [`lexer`] cuts the text into tokens,
//! [`phrases`] knows the windows written as whole phrases, [`grammar`]
//! reads dated windows into [`elements`], and [`resolve`] fills in their
//! years and makes them spans. [`numbers`], [`calendar`] and [`error`]
//! serve them all; [`milestones`] dates a window within a plan's period.

mod calendar;
mod elements;
mod error;
mod grammar;
mod lexer;
mod milestones;
mod numbers;
mod phrases;
mod resolve;
#[cfg(test)]
mod test_support;
mod types;

pub(crate) use calendar::days_in_month;
pub use error::WindowError;
pub use phrases::CONDITIONAL_PREFIXES;
pub use types::{Every, Span, Window};

use crate::text::fold_ascii;

/// Parse a window. `default_year` is the plan period's year, used when a
/// month or quarter has no year.
pub fn parse_window(text: &str, default_year: Option<i32>) -> Result<Window, WindowError> {
    if text.trim().is_empty() {
        return Err(WindowError::new("empty window", 0..text.len()));
    }
    if phrases::is_conditional(&fold_ascii(text)) {
        return Ok(Window::Conditional);
    }
    let tokens = lexer::tokenize(text).ok_or_else(|| error::cannot_read(text))?;
    if let Some(window) = phrases::word_window(&tokens)? {
        return Ok(window);
    }
    let parsed = grammar::parse(&tokens, text)?;
    resolve::window(parsed, default_year)
}

/// Parse one element of the TOML array form `["2020-06", "2020-12"]`: it
/// must be a single span, not milestones, ongoing, recurring or conditional.
pub fn parse_span(text: &str, default_year: Option<i32>) -> Result<Span, WindowError> {
    let what = match parse_window(text, default_year)? {
        Window::Span(span) => return Ok(span),
        Window::Milestones(_) => "several milestones",
        Window::Ongoing => "an ongoing window",
        Window::Recurring { .. } => "a recurring window",
        Window::Conditional => "a conditional window",
    };
    Err(WindowError::new(
        format!("a list element must be one span, not {what}"),
        error::trimmed_range(text),
    )
    .with_hint("write one date, month, quarter, year or range per element, e.g. [\"2020-06\", \"2020-12\"]"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_support::{err, span};

    #[test]
    fn milestones_list_elements_via_parse_span() {
        let parts: Vec<Span> = ["2020-06", "2020-12"]
            .iter()
            .map(|t| parse_span(t, None).expect("span"))
            .collect();
        assert_eq!(
            parts,
            vec![
                span((2020, 6, 1), (2020, 6, 30)),
                span((2020, 12, 1), (2020, 12, 31))
            ]
        );
    }

    #[test]
    fn parse_span_rejects_milestones_and_words() {
        assert!(parse_span("Tháng 6, tháng 12/2020", None).is_err());
        assert!(parse_span("Thường xuyên", None).is_err());
        assert!(parse_span("Hằng quý", None).is_err());
        assert!(parse_span("Khi có vụ việc", None).is_err());
    }

    #[test]
    fn empty_text() {
        assert_eq!(err("").message, "empty window");
        assert_eq!(err("   \t ").message, "empty window");
    }

    #[test]
    fn odd_inputs_are_errors_and_never_panic() {
        let long_digits = "9".repeat(500);
        let long_words = "Tháng ".repeat(300);
        let odd = [
            "Tháng 99999999999999999999/2020",
            "99999999999999999999",
            "/",
            "..",
            "...",
            ".",
            "Từ",
            "-",
            "–",
            ",",
            "và",
            "Tháng",
            "Quý",
            "Ngày",
            "Năm",
            "Trước",
            "Từ tháng",
            "Từ tháng 3 đến",
            "Tháng 6,",
            ", Tháng 6/2020",
            "Tháng 6/2020 ..",
            "2020..",
            "2020-",
            "2020-Q",
            "2020-Q9",
            "2020-06-",
            "2020-06-00",
            "2020-06-99999999999",
            "Quý XIIIIIIIIIIIIIIIIIIIII/2020",
            "Quý IIV/2020",
            "32/1/2020",
            "15/6",
            "Ngày 15",
            "Tháng 6/2020.extra",
            "Tháng 6/2020..",
            "Tháng 6./2020",
            "0 tháng đầu năm 2020",
            "13 tháng cuối năm 2020",
            "6 tháng giữa năm 2020",
            "Định kỳ 5 tháng",
            "Trong tháng 13 hằng năm",
            "Tháng ６/２０２０",
            "🙂",
            "Tháng 6/2020 🙂",
            "\u{0301}\u{0301}",
            "\u{0301}Tháng 6/2020\u{202e}",
            "İ",
            "ǅ",
            "\u{1b}[31m",
            "ﬀ 2020",
            long_digits.as_str(),
            long_words.as_str(),
        ];
        for text in odd {
            let result = std::panic::catch_unwind(|| parse_window(text, None));
            let result = result.unwrap_or_else(|_| panic!("panicked on {text:?}"));
            match result {
                Err(e) => {
                    assert!(text.is_char_boundary(e.at.start), "{text:?}");
                    assert!(text.is_char_boundary(e.at.end), "{text:?}");
                    assert!(e.at.start <= e.at.end && e.at.end <= text.len());
                    assert!(!e.message.is_empty());
                    assert!(!e.message.ends_with('.'));
                }
                Ok(w) => panic!("{text:?} should be an error, gave {w:?}"),
            }
            let _ = parse_span(text, Some(2020));
        }
    }

    #[test]
    fn pseudo_random_inputs_never_panic() {
        let alphabet: Vec<char> =
            "0123456789/-–—., QqIiVvXtháng ngàyquýnămtừđếntrước\u{301}🙂\u{0}"
                .chars()
                .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let result = std::panic::catch_unwind(|| parse_window(&text, Some(2020)));
            let result = result.unwrap_or_else(|_| panic!("panicked on {text:?}"));
            if let Err(e) = result {
                assert!(text.is_char_boundary(e.at.start), "{text:?}");
                assert!(text.is_char_boundary(e.at.end), "{text:?}");
                assert!(e.at.start <= e.at.end && e.at.end <= text.len());
            }
        }
    }

    #[test]
    fn accepted_forms_parse() {
        for text in [
            "2020",
            "Năm 2020",
            "2020-06",
            "Tháng 6/2020",
            "2020-Q2",
            "Quý II/2020",
            "2020-06-15",
            "15/6/2020",
            "Tháng 9 - 10/2020",
            "Từ tháng 3 đến tháng 5/2021",
            "..2020-06-15",
            "Trước ngày 15/6/2020",
            "Tháng 6, tháng 12/2020",
            "6 tháng đầu năm 2020",
            "6 tháng cuối năm 2020",
            "Thường xuyên",
            "ongoing",
            "Hằng năm",
            "Trong tháng 6 hằng năm",
            "Hằng quý",
            "Định kỳ 6 tháng",
            "Sau khi có hướng dẫn của cấp trên",
            "Theo kế hoạch của …",
        ] {
            assert!(parse_window(text, None).is_ok(), "{text}");
        }
    }
}
