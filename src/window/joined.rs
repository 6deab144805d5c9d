//! Windows of parts joined by ";" that read only apart: "Hằng tháng,
//! trước ngày 20; tổng kết trước ngày 10/12/2025" (monthly deadlines and a
//! final one), "Trước ngày 25/12/2025; báo cáo định kỳ hằng quý". Each part
//! is read on its own, after the words of what is reported ("tổng kết",
//! "báo cáo"); the window is their milestones together, and is read only
//! when every part is. A part that waits on a condition or runs on to the
//! period's end is refused: what it would mean beside the others is not
//! written.

use std::ops::Range;

use super::error::{WindowError, trimmed_range};
use super::lexer::tokenize;
use super::recur::report_words;
use super::types::Window;

/// The window `text` gives as parts joined by ";", tried when it does not
/// read whole (`whole` is why). Without such parts, or when no part reads,
/// the error is `whole`; when some part reads, the first part that does
/// not gives the error.
pub(super) fn window(
    text: &str,
    default_year: Option<i32>,
    whole: WindowError,
    read: fn(&str, Option<i32>) -> Result<Window, WindowError>,
) -> Result<Window, WindowError> {
    let parts = parts(text);
    // "; Tháng 6", "Tháng 6; ; hằng quý": a part left empty is no join.
    if parts.len() < 2 || parts.iter().any(|at| text[at.clone()].trim().is_empty()) {
        return Err(whole);
    }
    let mut windows = Vec::with_capacity(parts.len());
    let mut failed = None;
    for at in parts {
        match part(text, at.clone(), default_year, read) {
            Ok(window) => windows.push((window, at)),
            Err(e) => {
                failed.get_or_insert(e);
            }
        }
    }
    match failed {
        Some(e) if !windows.is_empty() => return Err(e),
        Some(_) => return Err(whole),
        None => {}
    }
    for (window, at) in &windows {
        let (message, hint) = match window {
            Window::Conditional => (
                crate::t!("diag-window-join-condition"),
                crate::t!("diag-window-join-condition-hint"),
            ),
            Window::Since(_) => (
                crate::t!("diag-window-join-open"),
                crate::t!("diag-window-join-open-hint"),
            ),
            _ => continue,
        };
        let trimmed = trimmed_range(&text[at.clone()]);
        return Err(
            WindowError::new(message, at.start + trimmed.start..at.start + trimmed.end)
                .with_hint(hint),
        );
    }
    let windows: Vec<Window> = windows.into_iter().map(|(w, _)| w).collect();
    Ok(merge(windows))
}

/// All dated parts are milestones; all yearly parts one yearly window;
/// ongoing work beside them reads as it does after a comma (with dated
/// deadlines, [`Window::OngoingWith`]; with a recurrence, the recurrence,
/// whose spans already cover the period); anything else stays joined.
fn merge(windows: Vec<Window>) -> Window {
    if windows.contains(&Window::Ongoing) {
        let mut rest: Vec<Window> = windows
            .into_iter()
            .filter(|w| *w != Window::Ongoing)
            .collect();
        return match rest.len() {
            0 => Window::Ongoing,
            1 => match rest.remove(0) {
                Window::Span(span) => Window::OngoingWith(vec![span]),
                Window::Milestones(spans) => Window::OngoingWith(spans),
                other => other,
            },
            _ => match merge(rest) {
                Window::Milestones(spans) => Window::OngoingWith(spans),
                other => other,
            },
        };
    }
    let mut spans = Vec::new();
    let mut annuals = Vec::new();
    for window in &windows {
        match window {
            Window::Span(span) => spans.push(*span),
            Window::Milestones(more) => spans.extend_from_slice(more),
            Window::Yearly(more) => annuals.extend_from_slice(more),
            _ => return Window::Joined(windows),
        }
    }
    if annuals.is_empty() {
        spans.sort_by_key(|s| (s.end, s.start));
        spans.dedup();
        return Window::Milestones(spans);
    }
    if spans.is_empty() {
        annuals.sort_by_key(|a| (a.end, a.start));
        annuals.dedup();
        return Window::Yearly(annuals);
    }
    Window::Joined(windows)
}

/// The byte ranges of the parts of `text` between the semicolons outside
/// parentheses; a last part of only spaces and a final period is left
/// out.
fn parts(text: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ';' if depth == 0 => {
                parts.push(from..i);
                from = i + 1;
            }
            _ => {}
        }
    }
    if !text[from..].trim().trim_end_matches('.').trim().is_empty() {
        parts.push(from..text.len());
    }
    parts
}

/// One part read on its own, and failing that after the words of what is
/// reported ("tổng kết", "báo cáo định kỳ …"); errors point into `text`.
fn part(
    text: &str,
    at: Range<usize>,
    default_year: Option<i32>,
    read: fn(&str, Option<i32>) -> Result<Window, WindowError>,
) -> Result<Window, WindowError> {
    let shift = |mut e: WindowError, by: usize| {
        e.at = e.at.start + by..e.at.end + by;
        e
    };
    let written = &text[at.clone()];
    let first = match read(written, default_year) {
        Ok(window) => return Ok(window),
        Err(e) => shift(e, at.start),
    };
    let Ok(toks) = tokenize(written) else {
        return Err(first);
    };
    let skipped = report_words(&toks, 0);
    match toks.get(skipped) {
        Some(tok) if skipped > 0 => {
            let from = at.start + tok.at.start;
            read(&text[from..at.end], default_year).map_err(|e| shift(e, from))
        }
        _ => Err(first),
    }
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::{due, err, span};
    use crate::window::{Annual, Every, MonthDay, Span, Window, parse_window};

    fn period() -> Span {
        span((2025, 1, 1), (2025, 12, 31))
    }

    fn ends(text: &str) -> Vec<(Option<chrono::NaiveDate>, chrono::NaiveDate)> {
        let window = parse_window(text, Some(2025)).expect(text);
        let spans = window.milestones(Some(&period())).expect(text);
        spans.iter().map(|s| (s.start, s.end)).collect()
    }

    #[test]
    fn monthly_deadlines_and_a_final_one() {
        let text = "Hằng tháng, trước ngày 20; tổng kết trước ngày 10/12/2025";
        let monthly: Vec<Annual> = (1..=12)
            .map(|month| Annual {
                start: None,
                end: MonthDay { month, day: 20 },
            })
            .collect();
        assert_eq!(
            parse_window(text, None),
            Ok(Window::Joined(vec![
                Window::Yearly(monthly),
                Window::Span(due(2025, 12, 10))
            ]))
        );
        let mut expected: Vec<_> = (1..=12)
            .map(|m| (None, crate::window::test_support::d(2025, m, 20)))
            .collect();
        expected.insert(11, (None, crate::window::test_support::d(2025, 12, 10)));
        assert_eq!(ends(text), expected);
    }

    #[test]
    fn a_deadline_and_quarterly_reports() {
        let text = "Trước ngày 25/12/2025; báo cáo định kỳ hằng quý";
        assert_eq!(
            parse_window(text, None),
            Ok(Window::Joined(vec![
                Window::Span(due(2025, 12, 25)),
                Window::Recurring {
                    every: Every::Quarter,
                    month: None
                }
            ]))
        );
        let d = crate::window::test_support::d;
        assert_eq!(
            ends(text),
            vec![
                (Some(d(2025, 1, 1)), d(2025, 3, 31)),
                (Some(d(2025, 4, 1)), d(2025, 6, 30)),
                (Some(d(2025, 7, 1)), d(2025, 9, 30)),
                (None, d(2025, 12, 25)),
                (Some(d(2025, 10, 1)), d(2025, 12, 31)),
            ]
        );
    }

    #[test]
    fn ongoing_work_beside_other_parts_reads_as_after_a_comma() {
        assert_eq!(
            parse_window("Thường xuyên; báo cáo định kỳ hằng quý", None),
            Ok(Window::Recurring {
                every: Every::Quarter,
                month: None
            })
        );
        assert_eq!(
            parse_window("Thường xuyên; Tổng kết: trước ngày 10/12/2025", None),
            Ok(Window::OngoingWith(vec![due(2025, 12, 10)]))
        );
    }

    #[test]
    fn dated_parts_are_milestones() {
        assert_eq!(
            parse_window(
                "Trước ngày 25/12/2025; tổng kết trước ngày 10/12/2025",
                None
            ),
            Ok(Window::Milestones(vec![
                due(2025, 12, 10),
                due(2025, 12, 25)
            ]))
        );
    }

    #[test]
    fn a_part_that_does_not_read_is_pointed_at() {
        let text = "Hằng tháng, trước ngày 20; tổng kết gửi Sở trước ngày 10/12/2025";
        assert_eq!(&text[err(text).at], "Sở");
        let text = "Hằng tháng, trước ngày 20; Đầu quý III/2025";
        let e = err(text);
        assert_eq!(&text[e.at], "Đầu");
        assert!(e.message.contains("not precise"), "{}", e.message);
        // A part left empty, or no part that reads: the error of the whole.
        for text in ["; Tháng 6/2025", "Tháng 6/2025 ; ; hằng quý"] {
            assert_ne!(err(text).message, "empty window", "{text}");
        }
        let text = "abc; def";
        assert_eq!(err(text).message, "cannot read window \"abc; def\"");
    }

    #[test]
    fn conditions_and_open_ranges_are_not_joined() {
        let text = "Trước ngày 25/12/2025; khi có yêu cầu";
        let e = err(text);
        assert_eq!(
            e.message,
            "a window waiting on a condition cannot be joined to others with \";\""
        );
        assert_eq!(&text[e.at], "khi có yêu cầu");
        let text = "Từ tháng 3/2025; tháng 6/2025";
        let e = err(text);
        assert_eq!(
            e.message,
            "an open range cannot be joined to others with \";\""
        );
        assert_eq!(&text[e.at], "Từ tháng 3/2025");
    }

    #[test]
    fn semicolons_inside_parentheses_do_not_part_a_window() {
        let text = "Trước ngày 25/12/2025 (hằng quý; hằng tháng)";
        assert!(err(text).message.starts_with("cannot read"));
    }
}
