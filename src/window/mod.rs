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
//! The reading runs one way: `label` sets a leading label aside, `lexer`
//! cuts the text into tokens, `decor` drops what carries no date (hours,
//! weekdays, lunar notes), `phrases` knows the windows written as whole
//! phrases, `recur` those that come back or run on with dates inside,
//! `duration` refuses numbers of days, `grammar` reads dated windows into
//! `elements`, and `resolve` fills in their years and makes them spans.
//! A text that does not read whole may be parts joined by ";", which
//! `joined` reads apart. `numbers`, `calendar` and `error` serve them all;
//! `milestones` dates a window within a plan's period. docs/windows.md lists every form read.

mod calendar;
pub mod days;
mod decor;
mod duration;
mod elements;
mod error;
mod grammar;
mod joined;
mod label;
mod lexer;
mod milestones;
mod numbers;
mod phrases;
mod recur;
mod resolve;
#[cfg(test)]
mod test_support;
mod types;
#[cfg(test)]
pub(crate) mod vietnamese_tests;

pub(crate) use calendar::days_in_month;
pub(crate) use calendar::parse_any_date;
pub use calendar::{MAX_YEAR, MIN_YEAR, parse_date, year_in_range};
pub use error::WindowError;
pub use phrases::CONDITIONAL_PREFIXES;
pub use types::{Annual, Every, MonthDay, Span, Window};

use crate::text::fold_ascii;

/// Parse a window. `default_year` is the plan period's year, used when a
/// month or quarter has no year.
pub fn parse_window(text: &str, default_year: Option<i32>) -> Result<Window, WindowError> {
    read(text, default_year).or_else(|whole| joined::window(text, default_year, whole, read))
}

/// Read a window whole, not as parts joined by ";".
fn read(text: &str, default_year: Option<i32>) -> Result<Window, WindowError> {
    if text.trim().is_empty() {
        return Err(WindowError::new(
            crate::t!("diag-window-empty"),
            0..text.len(),
        ));
    }
    // "Thời gian:", "Khai mạc:": a leading label says nothing of dates.
    let label = label::end(text);
    let body = &text[label..];
    if body.trim().is_empty() {
        return Err(WindowError::new(
            crate::t!("diag-window-empty"),
            error::trimmed_range(text),
        ));
    }
    if phrases::is_conditional(&fold_ascii(body)) {
        return Ok(Window::Conditional);
    }
    let mut tokens = lexer::tokenize(body).map_err(|at| {
        let mut e = error::cannot_read(text);
        e.at = at.start + label..at.end + label;
        e
    })?;
    for tok in &mut tokens {
        tok.at = tok.at.start + label..tok.at.end + label;
    }
    let decor::Stripped {
        toks: tokens,
        weekday,
    } = decor::strip(tokens, text)?;
    if tokens.is_empty() {
        return Err(error::cannot_read(text));
    }
    if let Some(window) = phrases::word_window(&tokens)? {
        return Ok(window);
    }
    if let Some(window) = recur::window(&tokens, text, default_year)? {
        return Ok(window);
    }
    if let Some((length, rest)) = duration::leading(&tokens) {
        // "Trong 105 ngày kể từ ngày ký": no dates after the duration.
        let parsed = grammar::parse(rest, text).map_err(|e| match duration::error(&tokens) {
            Some(duration) if e.is_unreadable() => duration,
            _ => e,
        })?;
        return length.check(resolve::window(parsed, default_year)?);
    }
    if let Some(e) = duration::error(&tokens) {
        return Err(e);
    }
    let parsed = grammar::parse(&tokens, text)?;
    decor::check_weekday(resolve::window(parsed, default_year)?, weekday, text)
}

/// Parse one element of the TOML array form `["2020-06", "2020-12"]`: it
/// must be a single span, not milestones, ongoing, recurring or conditional.
pub fn parse_span(text: &str, default_year: Option<i32>) -> Result<Span, WindowError> {
    let what = match parse_window(text, default_year)? {
        Window::Span(span) => return Ok(span),
        Window::Milestones(_) => "milestones",
        Window::Ongoing | Window::OngoingWith(_) => "ongoing",
        Window::Recurring { .. } | Window::Yearly(_) => "recurring",
        Window::Conditional => "conditional",
        Window::Since(_) => "open",
        Window::Joined(_) => "joined",
    };
    Err(WindowError::new(
        crate::t!("diag-window-list-element", what = what),
        error::trimmed_range(text),
    )
    .with_hint(crate::t!("diag-window-list-element-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use test_support::{assert_points_inside, d, due, err, span};

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
        for (text, what) in [
            ("Từ tháng 7/2024", "an open range"),
            ("Trước ngày 25 hằng tháng", "a recurring window"),
            (
                "Thường xuyên, báo cáo trước ngày 5/12/2024",
                "an ongoing window",
            ),
        ] {
            let e = parse_span(text, None).expect_err(text);
            assert_eq!(
                e.message,
                format!("a list element must be one span, not {what}")
            );
        }
    }

    #[test]
    fn characters_no_window_has_are_pointed_at() {
        let text = "Tháng 6/2020 🙂";
        let e = parse_window(text, None).expect_err(text);
        assert_eq!(&text[e.at], "🙂");
        let text = "Thời gian: Tháng 6/2020 &";
        let e = parse_window(text, None).expect_err(text);
        assert_eq!(&text[e.at], "&");
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

    /// Every accepted form, and exactly what it gives.
    #[test]
    fn accepted_forms_parse() {
        let june = span((2020, 6, 1), (2020, 6, 30));
        let q2 = span((2020, 4, 1), (2020, 6, 30));
        let day = span((2020, 6, 15), (2020, 6, 15));
        let year = span((2020, 1, 1), (2020, 12, 31));
        let recurring = |every, month| Window::Recurring { every, month };
        let cases = [
            ("2020", Window::Span(year)),
            ("Năm 2020", Window::Span(year)),
            ("2020-06", Window::Span(june)),
            ("Tháng 6/2020", Window::Span(june)),
            ("2020-Q2", Window::Span(q2)),
            ("Quý II/2020", Window::Span(q2)),
            ("2020-06-15", Window::Span(day)),
            ("15/6/2020", Window::Span(day)),
            (
                "Tháng 9 - 10/2020",
                Window::Span(span((2020, 9, 1), (2020, 10, 31))),
            ),
            (
                "Từ tháng 3 đến tháng 5/2021",
                Window::Span(span((2021, 3, 1), (2021, 5, 31))),
            ),
            ("..2020-06-15", Window::Span(due(2020, 6, 15))),
            ("Trước ngày 15/6/2020", Window::Span(due(2020, 6, 15))),
            (
                "Tháng 6, tháng 12/2020",
                Window::Milestones(vec![june, span((2020, 12, 1), (2020, 12, 31))]),
            ),
            (
                "6 tháng đầu năm 2020",
                Window::Span(span((2020, 1, 1), (2020, 6, 30))),
            ),
            (
                "6 tháng cuối năm 2020",
                Window::Span(span((2020, 7, 1), (2020, 12, 31))),
            ),
            ("Thường xuyên", Window::Ongoing),
            ("ongoing", Window::Ongoing),
            ("Hằng năm", recurring(Every::Year, None)),
            ("Trong tháng 6 hằng năm", recurring(Every::Year, Some(6))),
            ("Hằng quý", recurring(Every::Quarter, None)),
            ("Định kỳ 6 tháng", recurring(Every::Half, None)),
            ("Sau khi có hướng dẫn của cấp trên", Window::Conditional),
            ("Theo kế hoạch của …", Window::Conditional),
            (
                "Hoàn thành trước ngày 20 tháng 4 năm 2020",
                Window::Span(due(2020, 4, 20)),
            ),
            ("Hạn cuối: 15/6/2020", Window::Span(due(2020, 6, 15))),
            (
                "Trước ngày 15/6 và 15/12/2020",
                Window::Milestones(vec![due(2020, 6, 15), due(2020, 12, 15)]),
            ),
            (
                "Từ ngày 05 - 09/8/2020",
                Window::Span(span((2020, 8, 5), (2020, 8, 9))),
            ),
            (
                "Từ ngày 1/6/2020 và kéo dài đến hết ngày 15/6/2020",
                Window::Span(span((2020, 6, 1), (2020, 6, 15))),
            ),
            (
                "trong 03 ngày, từ ngày 12/9/2020 đến ngày 14/9/2020",
                Window::Span(span((2020, 9, 12), (2020, 9, 14))),
            ),
            ("Từ ngày 01/7/2020 trở đi", Window::Since(d(2020, 7, 1))),
            (
                "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2020",
                Window::OngoingWith(vec![due(2020, 12, 5)]),
            ),
            ("19h30 ngày 15/6/2020 (thứ Hai)", Window::Span(day)),
            ("Khai mạc: 8 giờ 30, sáng 15/6/2020.", Window::Span(day)),
            ("Ngày 15/6/2020 (mùng 5/5 âm lịch)", Window::Span(day)),
            ("Theo lộ trình chung của Bộ", Window::Conditional),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_window(text, None), Ok(expected), "{text}");
        }
    }

    /// The new forms read alike without diacritics, in any case, in NFD
    /// and with tone marks placed either way.
    #[test]
    fn forms_read_alike_however_their_letters_are_written() {
        use unicode_normalization::UnicodeNormalization;
        let forms = [
            "Hằng quý, trước ngày 20 tháng cuối quý",
            "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2024",
            "Khai mạc: 8 giờ 30, sáng thứ Bảy, ngày 15/6/2024 (mùng 10/5 âm lịch)",
            "Từ ngày 5/8/2024 và kéo dài đến hết ngày 9/8/2024",
            "Báo cáo định kỳ 6 tháng (trước 20/6) và cả năm (trước 20/12)",
            "Hoàn thành trước ngày 20 tháng 4 năm 2024",
        ];
        for text in forms {
            let expected = parse_window(text, None).expect(text);
            let ascii = crate::text::fold_ascii(text);
            let nfd: String = text.nfd().collect();
            for variant in [
                ascii.clone(),
                ascii.to_uppercase(),
                nfd,
                text.to_uppercase(),
            ] {
                assert_eq!(
                    parse_window(&variant, None),
                    Ok(expected.clone()),
                    "{variant}"
                );
            }
        }
        // "quý" and "qúy": where the tone mark sits does not matter.
        assert_eq!(
            parse_window("Hằng qúy, trước ngày 20 tháng cuối qúy", None),
            parse_window(forms[0], None)
        );
    }

    /// Every example docs/windows.md gives of a form read is read, within a
    /// plan of 2024, and every example it gives of a form refused is
    /// refused.
    #[test]
    fn the_forms_documented_are_the_forms_read() {
        check_documented_forms(
            include_str!("../../docs/windows.md"),
            &["Dated", "Windows of", "Waiting"],
            "Refused",
        );
    }

    /// The same for docs/thoi-gian.md, the reference in Vietnamese, which
    /// gives the same examples as docs/windows.md, in the same order.
    #[test]
    fn the_forms_documented_in_vietnamese_are_the_forms_read() {
        let vietnamese = check_documented_forms(
            include_str!("../../docs/thoi-gian.md"),
            &[
                "Thời gian có ngày tháng",
                "Thời gian tính theo thời kỳ",
                "Chờ theo điều kiện",
            ],
            "Những cách ghi không được nhận",
        );
        let english = check_documented_forms(
            include_str!("../../docs/windows.md"),
            &["Dated", "Windows of", "Waiting"],
            "Refused",
        );
        assert_eq!(vietnamese, english);
    }

    /// Checks the examples of `doc` in the sections whose titles start with
    /// one of `read` (forms read) or with `refused` (forms refused), and
    /// returns them, each with whether it is refused.
    fn check_documented_forms<'a>(
        doc: &'a str,
        read: &[&str],
        refused: &str,
    ) -> Vec<(&'a str, bool)> {
        let period = span((2024, 1, 1), (2024, 12, 31));
        let mut section = "";
        let mut examples = Vec::new();
        for line in doc.lines() {
            if let Some(title) = line.strip_prefix("## ") {
                section = title;
                continue;
            }
            let is_refused = section.starts_with(refused);
            // The column of what is written: the first of the table of
            // forms refused, the second of the others.
            let Some(written) = line.split('|').nth(if is_refused { 1 } else { 2 }) else {
                continue;
            };
            if !(is_refused || read.iter().any(|title| section.starts_with(title))) {
                continue;
            }
            for example in written.split('`').skip(1).step_by(2) {
                examples.push((example, is_refused));
                // The list form is TOML, not one window.
                if example.starts_with('[') {
                    continue;
                }
                let read =
                    parse_window(example, Some(2024)).and_then(|w| w.milestones(Some(&period)));
                assert_eq!(read.is_err(), is_refused, "{example}: {read:?}");
            }
        }
        let found = examples.len();
        assert!(found > 100, "only {found} examples found");
        examples
    }

    /// Long hostile texts, thousands of the pieces windows are made of,
    /// are read or refused with an error inside the text, without running
    /// out of stack.
    #[test]
    fn long_hostile_texts_are_read_or_refused_within_the_text() {
        for piece in [
            ",",
            "(",
            ")",
            "sáng ",
            "thứ Hai ",
            "8 giờ ",
            "và ",
            ":",
            "Từ ",
            "Trước ngày 1/6 và ",
            "(âm lịch) ",
            "hằng tháng ",
            "Thường xuyên, ",
            "báo cáo ",
            "5 ngày ",
            "14h00 ",
        ] {
            read_or_refused_within(&piece.repeat(5_000));
        }
    }

    /// `text` is read, or refused with an error that points inside it.
    fn read_or_refused_within(text: &str) {
        if let Err(error) = parse_window(text, Some(2020)) {
            assert!(error.at.end <= text.len(), "{:?}", error.message);
        }
    }

    /// The same for the forms read apart or refused as not precise.
    #[test]
    fn long_joined_and_vague_texts_are_read_or_refused_within_the_text() {
        for piece in [
            "Cuối năm ",
            "Thường xuyên hằng năm ",
            "abc; ",
            "Hằng quý; ",
            "tổng kết; ",
        ] {
            read_or_refused_within(&piece.repeat(5_000));
        }
    }

    /// Pieces windows are made of, and some that no window has.
    const PIECES: &[&str] = &[
        "0",
        "1",
        "2",
        "6",
        "9",
        "12",
        "13",
        "15",
        "29",
        "30",
        "31",
        "2020",
        "2021",
        "1899",
        "99999999999",
        "/",
        "-",
        "–",
        "—",
        ".",
        "..",
        ",",
        ";",
        " ",
        "  ",
        "Q",
        "q",
        "I",
        "V",
        "X",
        "II",
        "IV",
        "Tháng",
        "tháng",
        "Ngày",
        "Quý",
        "Quí",
        "Năm",
        "năm",
        "Từ",
        "đến",
        "hết",
        "Trước",
        "Chậm nhất",
        "Trong",
        "và",
        "đầu",
        "cuối",
        "Hằng",
        "Định kỳ",
        "lần",
        "Thường xuyên",
        "Sau khi",
        "giờ",
        "h",
        "30",
        ":",
        "(",
        ")",
        "thứ",
        "Hai",
        "chủ nhật",
        "sáng",
        "tối",
        "tới",
        "lúc",
        "âm lịch",
        "tức",
        "hằng tháng",
        "hằng năm",
        "tháng cuối quý",
        "trở đi",
        "kéo dài",
        "kết thúc",
        "vào",
        "Hoàn thành",
        "Hạn cuối",
        "Báo cáo",
        "Khai mạc:",
        "ngày",
        "\u{301}",
        "\u{202e}",
        "🙂",
        "\u{0}",
        "ﬀ",
        "İ",
        "６",
    ];

    proptest! {
        // Parsing is cheap: enough cases that most pairs of pieces meet.
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Whatever window-ish text is written, reading it never panics and
        /// any error points inside the text, on char boundaries.
        #[test]
        fn window_pieces_never_panic(
            picks in proptest::collection::vec(proptest::sample::select(PIECES), 0..12),
            default_year in proptest::option::of(1900i32..=2200),
        ) {
            let text: String = picks.concat();
            for result in [
                parse_window(&text, default_year).map(|_| ()),
                parse_span(&text, default_year).map(|_| ()),
            ] {
                if let Err(e) = result {
                    assert_points_inside(&text, &e);
                    prop_assert!(!e.message.is_empty());
                    prop_assert!(!e.message.ends_with('.'));
                }
            }
        }

        /// The same for any text at all.
        #[test]
        fn any_text_never_panics(text in any::<String>()) {
            if let Err(e) = parse_window(&text, Some(2020)) {
                assert_points_inside(&text, &e);
            }
        }
    }
}
