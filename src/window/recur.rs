//! Windows that come back or run on with dates inside them: a deadline or
//! span with a recurrence ("Trước ngày 25 hằng tháng", "Hằng quý, trước
//! ngày 20 tháng cuối quý", "Từ ngày 1/4 đến 30/4 hằng năm"), reports named
//! with their deadlines ("Báo cáo định kỳ 6 tháng (trước 20/6) và cả năm
//! (trước 20/12)") and ongoing work with a deadline ("Thường xuyên, tổng
//! hợp kết quả gửi trước ngày 05/12/2024") or with deadlines that come
//! back ("Thường xuyên, tổng hợp báo cáo trước ngày 05 hằng tháng"). The
//! dates themselves are read by the grammar.

use super::elements::Parsed;
use super::error::WindowError;
use super::grammar;
use super::lexer::{Kind, Tok};
use super::numbers::num_value;
use super::resolve::{self, Months};
use super::types::{Every, Span, Window};

const EACH_MONTH: [u32; 12] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const QUARTER_LAST: [u32; 4] = [3, 6, 9, 12];
const QUARTER_FIRST: [u32; 4] = [1, 4, 7, 10];

/// Words that name what is reported between "Thường xuyên," and its
/// deadline ("tổng hợp kết quả gửi"); nothing else may stand there.
const REPORT_WORDS: &[&[&str]] = &[
    &["tong", "hop"],
    &["bao", "cao"],
    &["ket", "qua"],
    &["danh", "gia"],
    &["so", "ket"],
    &["tong", "ket"],
    &["tinh", "hinh"],
    &["thuc", "hien"],
    &["hoan", "thanh"],
    &["gui"],
    &["nop"],
    &["ve"],
    &["va"],
];

/// Words a report's name is made of, before its deadline in parentheses:
/// "Báo cáo định kỳ 6 tháng", "cả năm", "quý", "sơ kết 6 tháng đầu năm".
const REPORT_NAME_WORDS: &[&str] = &[
    "bao", "cao", "dinh", "ky", "thang", "quy", "nam", "ca", "hang", "moi", "so", "ket", "tong",
    "dau", "cuoi", "nua", "lan",
];

/// The window, when `toks` is one of these forms.
pub(super) fn window(
    toks: &[Tok],
    text: &str,
    default_year: Option<i32>,
) -> Result<Option<Window>, WindowError> {
    if let Some(w) = ongoing_with(toks, text, default_year)? {
        return Ok(Some(w));
    }
    if let Some(w) = recurring(toks, text)? {
        return Ok(Some(w));
    }
    reports(toks, text, default_year)
}

/// A recurrence in words before or after the dates inside it.
fn recurring(toks: &[Tok], text: &str) -> Result<Option<Window>, WindowError> {
    // "Hằng quý, trước ngày 20 tháng cuối quý", "Hằng tháng (trước ngày 25)".
    for n in [4, 3, 2] {
        if let Some(head) = toks.get(..n)
            && let Some(every) = every_words(head)
            && let Some(sep) = toks.get(n)
            && matches!(sep.kind, Kind::Comma | Kind::Open)
        {
            let mut rest = &toks[n + 1..];
            if sep.kind == Kind::Open {
                match rest.split_last() {
                    Some((close, inner))
                        if close.kind == Kind::Close
                            && !inner
                                .iter()
                                .any(|t| matches!(t.kind, Kind::Open | Kind::Close)) =>
                    {
                        rest = inner
                    }
                    _ => break,
                }
            }
            if rest.is_empty() {
                break;
            }
            return dated(rest, every, text).map(Some);
        }
    }
    // "Trước ngày 25 hằng tháng", "Từ ngày 1/4 đến 30/4 hằng năm".
    for n in [4, 2] {
        if let Some(cut) = toks.len().checked_sub(n).filter(|&c| c > 0)
            && let Some(every) = every_words(&toks[cut..])
        {
            let rest = &toks[..cut];
            let rest = match rest.split_last() {
                Some((last, before)) if last.kind == Kind::Comma => before,
                _ => rest,
            };
            return dated(rest, every, text).map(Some);
        }
    }
    Ok(None)
}

/// A recurrence in words: "hằng tháng", "hàng quý", "mỗi năm", "định kỳ
/// hằng quý", "định kỳ 6 tháng".
fn every_words(toks: &[Tok]) -> Option<Every> {
    fn word(t: &Tok) -> &str {
        match &t.kind {
            Kind::Num(_) => "#",
            Kind::Word(w) => w.as_str(),
            _ => "",
        }
    }
    let unit = |w: &str| match w {
        "thang" => Some(Every::Month),
        "quy" => Some(Every::Quarter),
        "nam" => Some(Every::Year),
        _ => None,
    };
    match toks {
        [a, b] if matches!(word(a), "hang" | "moi") => unit(word(b)),
        [a, b, c, d] if word(a) == "dinh" && word(b) == "ky" => match (word(c), word(d)) {
            ("hang", w) => unit(w),
            ("#", "thang") => num_value(c.digits()).and_then(Every::of_months),
            _ => None,
        },
        _ => None,
    }
}

/// The dated part of a recurring window, read for every month, quarter or
/// year.
fn dated(rest: &[Tok], every: Every, text: &str) -> Result<Window, WindowError> {
    // "… tháng cuối quý", "… của tháng đầu quý": which month of each quarter.
    let mut rest = rest;
    let mut which = None;
    if let [head @ .., t, edge, q] = rest
        && t.word() == Some("thang")
        && q.word() == Some("quy")
        && let Some(last) = match edge.word() {
            Some("cuoi") => Some(true),
            Some("dau") => Some(false),
            _ => None,
        }
    {
        which = Some((last, t.at.start..q.at.end));
        rest = match head {
            [before @ .., c] if c.word() == Some("cua") => before,
            _ => head,
        };
    }
    let parsed = grammar::parse(rest, text)?;
    let months = match (every, which) {
        (Every::Month, None) => Months::Each(&EACH_MONTH),
        (Every::Quarter, Some((true, _))) => Months::Each(&QUARTER_LAST),
        (Every::Quarter, Some((false, _))) => Months::Each(&QUARTER_FIRST),
        (Every::Year, None) => Months::Written,
        (_, Some((_, at))) => {
            return Err(WindowError::new(crate::t!("diag-window-quarter-month"), at));
        }
        (Every::Quarter | Every::Half, None) => {
            let at = rest.first().map_or(0, |t| t.at.start)..rest.last().map_or(0, |t| t.at.end);
            return Err(WindowError::new(crate::t!("diag-window-recurring-day"), at)
                .with_hint(crate::t!("diag-window-recurring-day-hint")));
        }
    };
    resolve::annual(parsed, months).map(Window::Yearly)
}

/// Where the words of what is reported ([`REPORT_WORDS`]) that start at
/// `i` end.
pub(super) fn report_words(toks: &[Tok], mut i: usize) -> usize {
    let is = |i: usize, w: &str| toks.get(i).and_then(Tok::word) == Some(w);
    'words: while i < toks.len() {
        for words in REPORT_WORDS {
            if words.iter().enumerate().all(|(k, w)| is(i + k, w)) {
                i += words.len();
                continue 'words;
            }
        }
        break;
    }
    i
}

/// "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2024": ongoing
/// over the plan's period, with the deadline as a milestone inside it.
fn ongoing_with(
    toks: &[Tok],
    text: &str,
    default_year: Option<i32>,
) -> Result<Option<Window>, WindowError> {
    let is = |i: usize, w: &str| toks.get(i).and_then(Tok::word) == Some(w);
    if !(is(0, "thuong") && is(1, "xuyen")) {
        return Ok(None);
    }
    let mut i = 2;
    let comma = |i: usize| toks.get(i).is_some_and(|t| t.kind == Kind::Comma);
    if comma(i) && is(i + 1, "lien") && is(i + 2, "tuc") {
        i += 1;
    }
    if is(i, "lien") && is(i + 1, "tuc") {
        i += 2;
    }
    let Some(sep) = toks
        .get(i)
        .filter(|t| matches!(t.kind, Kind::Comma | Kind::Open))
    else {
        return Ok(None);
    };
    let mut end = toks.len();
    if sep.kind == Kind::Open {
        match toks.last() {
            Some(close) if close.kind == Kind::Close => end -= 1,
            _ => return Ok(None),
        }
    }
    i = report_words(&toks[..end], i + 1);
    let rest = toks.get(i..end).unwrap_or_default();
    if rest.is_empty() {
        return Ok(None);
    }
    // "Thường xuyên, tổng hợp báo cáo trước ngày 05 hằng tháng": the
    // deadlines that come back are the window.
    if let Some(w) = recurring(rest, text)? {
        return Ok(Some(w));
    }
    let parsed = grammar::parse(rest, text)?;
    let deadlines: Vec<Span> = match resolve::window(parsed, default_year)? {
        Window::Span(span) => vec![span],
        Window::Milestones(spans) => spans,
        _ => return Ok(None),
    };
    Ok(Some(Window::OngoingWith(deadlines)))
}

/// "Báo cáo định kỳ 6 tháng (trước 20/6) và cả năm (trước 20/12)": reports
/// named in words ("báo cáo", "sơ kết", "tổng kết" or "định kỳ" among
/// them), each with its deadline in parentheses. Deadlines without a year
/// come back every year when the names say so ("định kỳ", "hằng", "mỗi");
/// otherwise, and with a year, they are milestones.
fn reports(
    toks: &[Tok],
    text: &str,
    default_year: Option<i32>,
) -> Result<Option<Window>, WindowError> {
    if !toks.iter().any(|t| t.kind == Kind::Open) {
        return Ok(None);
    }
    let mut inner: Vec<Tok> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let name_end = (i..toks.len())
            .find(|&j| !is_name_word(&toks[j]))
            .unwrap_or(toks.len());
        if name_end == i || toks.get(name_end).is_none_or(|t| t.kind != Kind::Open) {
            return Ok(None);
        }
        let Some(close) = (name_end + 1..toks.len()).find(|&j| toks[j].kind == Kind::Close) else {
            return Ok(None);
        };
        let group = &toks[name_end + 1..close];
        if group.is_empty() || group.iter().any(|t| t.kind == Kind::Open) {
            return Ok(None);
        }
        if !inner.is_empty() {
            inner.push(Tok {
                kind: Kind::Comma,
                at: group[0].at.start..group[0].at.start,
            });
        }
        inner.extend_from_slice(group);
        i = close + 1;
        match toks.get(i) {
            None => break,
            Some(t) if t.kind == Kind::Comma || t.word() == Some("va") => i += 1,
            Some(_) => return Ok(None),
        }
    }
    let said = |words: &[&str]| {
        toks.windows(words.len())
            .any(|w| w.iter().zip(words).all(|(t, word)| t.word() == Some(word)))
    };
    let report = [
        ["bao", "cao"],
        ["so", "ket"],
        ["tong", "ket"],
        ["dinh", "ky"],
    ]
    .iter()
    .any(|words| said(words));
    if !report {
        return Ok(None);
    }
    let recurring = said(&["dinh", "ky"]) || said(&["hang"]) || said(&["moi"]);
    let parsed = grammar::parse(&inner, text)?;
    if recurring && years_left_out(&parsed) {
        return resolve::annual(parsed, Months::Written).map(|a| Some(Window::Yearly(a)));
    }
    resolve::window(parsed, default_year).map(Some)
}

fn is_name_word(tok: &Tok) -> bool {
    matches!(tok.kind, Kind::Num(_)) || tok.word().is_some_and(|w| REPORT_NAME_WORDS.contains(&w))
}

fn years_left_out(parsed: &Parsed) -> bool {
    parsed.elems.iter().all(|e| e.year.is_none())
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::err;
    use crate::window::{Annual, MonthDay, Window, parse_window};

    fn md(day: u32, month: u32) -> MonthDay {
        MonthDay { month, day }
    }

    fn by(day: u32, month: u32) -> Annual {
        Annual {
            start: None,
            end: md(day, month),
        }
    }

    fn yearly(text: &str) -> Vec<Annual> {
        match parse_window(text, None) {
            Ok(Window::Yearly(annuals)) => annuals,
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    #[test]
    fn a_deadline_every_month() {
        let expected: Vec<Annual> = (1..=12).map(|m| by(25, m)).collect();
        for text in [
            "Trước ngày 25 hằng tháng",
            "truoc ngay 25 hang thang",
            "Chậm nhất ngày 25 hàng tháng",
            "Hằng tháng, trước ngày 25",
            "Định kỳ hằng tháng (trước ngày 25)",
            "Trước ngày 25, hằng tháng.",
        ] {
            assert_eq!(yearly(text), expected, "{text}");
        }
        let on: Vec<Annual> = (1..=12)
            .map(|m| Annual {
                start: Some(md(5, m)),
                end: md(5, m),
            })
            .collect();
        assert_eq!(yearly("Ngày 05 hằng tháng"), on);
    }

    #[test]
    fn a_deadline_in_a_month_of_every_quarter() {
        assert_eq!(
            yearly("Hằng quý, trước ngày 20 tháng cuối quý"),
            vec![by(20, 3), by(20, 6), by(20, 9), by(20, 12)]
        );
        assert_eq!(
            yearly("Hàng quý, chậm nhất ngày 10 của tháng đầu quý"),
            vec![by(10, 1), by(10, 4), by(10, 7), by(10, 10)]
        );
        let text = "Hằng quý, trước ngày 20";
        let e = err(text);
        assert_eq!(
            e.message,
            "a day that comes back every quarter or half-year needs its month"
        );
        assert_eq!(&text[e.at], "trước ngày 20");
        let text = "Hằng tháng, trước ngày 20 tháng cuối quý";
        let e = err(text);
        assert_eq!(e.message, "a month of the quarter needs \"hằng quý\"");
        assert_eq!(&text[e.at], "tháng cuối quý");
    }

    #[test]
    fn spans_and_deadlines_every_year() {
        assert_eq!(
            yearly("Từ ngày 1/4 đến 30/4 hằng năm"),
            vec![Annual {
                start: Some(md(1, 4)),
                end: md(30, 4)
            }]
        );
        assert_eq!(
            yearly("Từ ngày 1 đến ngày 15/12 hằng năm"),
            vec![Annual {
                start: Some(md(1, 12)),
                end: md(15, 12)
            }]
        );
        assert_eq!(yearly("Hằng năm, trước ngày 15/12"), vec![by(15, 12)]);
        assert_eq!(
            yearly("Tháng 6 và tháng 12 hằng năm"),
            vec![
                Annual {
                    start: Some(md(1, 6)),
                    end: md(30, 6)
                },
                Annual {
                    start: Some(md(1, 12)),
                    end: md(31, 12)
                },
            ]
        );
    }

    #[test]
    fn quarters_and_halves_every_year() {
        let q1 = Annual {
            start: Some(md(1, 1)),
            end: md(31, 3),
        };
        assert_eq!(yearly("Quý I hằng năm"), vec![q1]);
        assert_eq!(
            yearly("6 tháng cuối năm hằng năm"),
            vec![Annual {
                start: Some(md(1, 7)),
                end: md(31, 12)
            }]
        );
        assert_eq!(
            yearly("Trước quý II hằng năm"),
            vec![Annual {
                start: None,
                end: md(30, 6)
            }]
        );
        let text = "Năm 2024 hằng năm";
        assert_eq!(err(text).message, "year 2024 cannot come back every year");
        let text = "Quý I hằng tháng";
        let e = err(text);
        assert_eq!(e.message, "quarter 1 is not a day of the month");
        assert_eq!(&text[e.at], "Quý I");
    }

    #[test]
    fn dates_every_year_that_cannot_be() {
        let text = "Trước ngày 20/12/2024 hằng năm";
        let e = err(text);
        assert_eq!(
            e.message,
            "day 20/12 names a year, but the window comes back every year"
        );
        assert_eq!(&text[e.at], "ngày 20/12/2024");
        let text = "Trước ngày 30/2 hằng năm";
        let e = err(text);
        assert_eq!(
            e.message,
            "30/2 is not a date: February has at most 29 days"
        );
        assert_eq!(&text[e.at], "ngày 30/2");
        let text = "Từ ngày 1/12 đến 31/1 hằng năm";
        let e = err(text);
        assert_eq!(e.message, "range ends before it starts: 1/12..31/1");
        assert_eq!(&text[e.at], "ngày 1/12 đến 31/1");
        let text = "Trước ngày 25/6 hằng tháng";
        let e = err(text);
        assert_eq!(
            e.message,
            "day 25/6 names its month, but the window comes back every month"
        );
        assert_eq!(&text[e.at], "ngày 25/6");
        assert_eq!(err("Trước ngày 25 hằng năm").message, "day 25 has no month");
    }

    #[test]
    fn reports_named_with_their_deadlines() {
        assert_eq!(
            yearly("Báo cáo định kỳ 6 tháng (trước 20/6) và cả năm (trước 20/12)"),
            vec![by(20, 6), by(20, 12)]
        );
        assert_eq!(
            yearly("Định kỳ sơ kết 6 tháng (trước ngày 15/6), tổng kết năm (trước ngày 15/12)"),
            vec![by(15, 6), by(15, 12)]
        );
        // Without a word of recurrence, days without a year take the plan's.
        let text = "Sơ kết 6 tháng (trước ngày 15/6), tổng kết năm (trước ngày 15/12).";
        assert_eq!(
            parse_window(text, Some(2024)),
            Ok(Window::Milestones(vec![
                crate::window::test_support::due(2024, 6, 15),
                crate::window::test_support::due(2024, 12, 15)
            ]))
        );
        assert_eq!(err(text).message, "day 15/6 has no year");
        // A month in words is not the name of a report.
        let text = "Tháng 7 (trước 20/6/2024)";
        assert_eq!(&text[err(text).at], "(");
        // With a year, the deadlines are that year's milestones.
        assert_eq!(
            parse_window(
                "Báo cáo 6 tháng (trước 20/6) và cả năm (trước 20/12/2024)",
                None
            ),
            Ok(Window::Milestones(vec![
                crate::window::test_support::due(2024, 6, 20),
                crate::window::test_support::due(2024, 12, 20)
            ]))
        );
        // A name of words other than a report's is not read.
        let text = "Hội nghị (trước 20/6)";
        assert_eq!(&text[err(text).at], "Hội");
    }

    #[test]
    fn ongoing_work_with_a_deadline() {
        let deadline = crate::window::test_support::due(2024, 12, 5);
        for text in [
            "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2024",
            "Thường xuyên; báo cáo kết quả trước ngày 05/12/2024.",
            "Thường xuyên, liên tục (báo cáo trước ngày 5/12/2024)",
            "Thuong xuyen, nop bao cao truoc ngay 05/12/2024",
        ] {
            assert_eq!(
                parse_window(text, None),
                Ok(Window::OngoingWith(vec![deadline])),
                "{text}"
            );
        }
        let monthly: Vec<Annual> = (1..=12).map(|m| by(5, m)).collect();
        assert_eq!(
            yearly("Thường xuyên, tổng hợp báo cáo trước ngày 05 hằng tháng"),
            monthly
        );
        let text = "Thường xuyên, gửi Sở Nội vụ trước ngày 05/12/2024";
        assert_eq!(&text[err(text).at], "Sở");
    }
}
