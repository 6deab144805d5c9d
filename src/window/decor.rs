//! Decoration around a window's dates, which carries no date meaning and
//! is dropped before the grammar reads the rest (a leading label is
//! `label`'s): hours ("8 giờ 30", "14h00", "lúc 7 giờ"), parts of the day
//! ("sáng", "chiều", "tối"), weekdays ("thứ Hai", "(chủ nhật)", "Thứ 7"),
//! lunar notes in parentheses ("(mùng 5/5 âm lịch)", "(tức 10 tháng
//! Giêng)"), the event some dates belong to ("Trong những ngày diễn ra Đại
//! hội,") and trailing punctuation. Only these exact shapes are
//! decoration; any other word stays for the grammar, which refuses what it
//! does not know. A weekday beside a single day is checked against it.

use std::ops::Range;

use chrono::{Datelike, Weekday};

use super::error::WindowError;
use super::lexer::{Kind, Tok};
use super::numbers::{num_value, shown};
use super::types::Window;
use crate::text::{fold_tones, visible};

/// A window's tokens without decoration, and the weekday it names, when
/// it names exactly one.
pub(super) struct Stripped {
    pub(super) toks: Vec<Tok>,
    pub(super) weekday: Option<(Weekday, Range<usize>)>,
}

/// The tokens without decoration.
pub(super) fn strip(toks: Vec<Tok>, text: &str) -> Result<Stripped, WindowError> {
    let mut marks = Marks {
        toks: &toks,
        text,
        weekdays: Vec::new(),
        gone: vec![false; toks.len()],
    };
    marks.event_lead();
    marks.parenthesised();
    let mut i = 0;
    while i < toks.len() {
        i = marks.at(i)?.unwrap_or(i + 1);
    }
    marks.parts_of_day();
    marks.loose_separators();
    let Marks { gone, weekdays, .. } = marks;
    let weekday = match &weekdays[..] {
        [one] => Some(one.clone()),
        _ => None,
    };
    let toks = toks
        .into_iter()
        .zip(gone)
        .filter_map(|(tok, gone)| (!gone).then_some(tok))
        .collect();
    Ok(Stripped { toks, weekday })
}

/// `window`, when the weekday written beside its one day is that day's.
pub(super) fn check_weekday(
    window: Window,
    weekday: Option<(Weekday, Range<usize>)>,
    text: &str,
) -> Result<Window, WindowError> {
    let (Window::Span(span), Some((written, at))) = (&window, weekday) else {
        return Ok(window);
    };
    if span.start != Some(span.end) || span.end.weekday() == written {
        return Ok(window);
    }
    let shown = visible(text.get(at.clone()).unwrap_or_default()).into_owned();
    Err(WindowError::new(
        crate::t!(
            "diag-window-weekday",
            date = span.end.format("%d/%m/%Y").to_string(),
            weekday = english(span.end.weekday()),
            shown = shown
        ),
        at,
    )
    .with_hint(crate::t!("diag-window-weekday-hint")))
}

fn english(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

struct Marks<'a> {
    toks: &'a [Tok],
    /// The text the tokens point into.
    text: &'a str,
    /// The weekdays dropped, and where each was written.
    weekdays: Vec<(Weekday, Range<usize>)>,
    /// Tokens found to be decoration.
    gone: Vec<bool>,
}

impl Marks<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).and_then(Tok::word)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    fn kind(&self, i: usize) -> Option<&Kind> {
        self.toks.get(i).map(|t| &t.kind)
    }

    fn is_num(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Num(_)))
    }

    fn drop(&mut self, range: Range<usize>) {
        for g in self.gone.iter_mut().take(range.end).skip(range.start) {
            *g = true;
        }
    }

    /// "Trong những ngày diễn ra Đại hội, …", "Trong thời gian diễn ra …,":
    /// the event the dates after the comma belong to; a leading "Dự kiến".
    fn event_lead(&mut self) {
        // "Dự kiến tháng 6/2024", "Dự kiến: …": planned, which every window is.
        if self.is(0, &["du"]) && self.is(1, &["kien"]) && self.toks.len() > 2 {
            let end = if self.kind(2) == Some(&Kind::Colon) {
                3
            } else {
                2
            };
            self.drop(0..end);
            return;
        }
        let during = self.is(0, &["trong"])
            && ((self.is(1, &["nhung", "cac"]) && self.is(2, &["ngay"]))
                || (self.is(1, &["thoi"]) && self.is(2, &["gian"])))
            && self.is(3, &["dien"])
            && self.is(4, &["ra"]);
        if !during {
            return;
        }
        let comma = (5..self.toks.len()).find(|&j| self.kind(j) == Some(&Kind::Comma));
        if let Some(comma) = comma.filter(|&c| c + 1 < self.toks.len()) {
            self.drop(0..comma + 1);
        }
    }

    /// Parenthesised groups that are wholly a weekday, an hour or a lunar
    /// note; other groups stay (a deadline in parentheses means something).
    fn parenthesised(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            if self.kind(i) != Some(&Kind::Open) {
                i += 1;
                continue;
            }
            let Some(close) = (i + 1..self.toks.len())
                .find(|&j| matches!(self.kind(j), Some(Kind::Open | Kind::Close)))
            else {
                return;
            };
            if self.kind(close) != Some(&Kind::Close) {
                i = close;
                continue;
            }
            let inner = i + 1..close;
            let lunar = self.is(i + 1, &["tuc", "mung", "mong"])
                || inner
                    .clone()
                    .any(|j| self.is(j, &["am"]) && self.is(j + 1, &["lich"]));
            // "(dự kiến)": planned, which every window is.
            let planned = self.is(i + 1, &["du"]) && self.is(i + 2, &["kien"]) && close == i + 3;
            let weekday = self.weekday(i + 1) == Some(close);
            let whole =
                lunar || planned || weekday || self.hour(i + 1).ok().flatten() == Some(close);
            if weekday && !lunar {
                self.note_weekday(i + 1);
            }
            if whole && !inner.is_empty() {
                self.drop(i..close + 1);
            }
            i = close + 1;
        }
    }

    /// Decoration starting at token `i`: the index after it, if any.
    fn at(&mut self, i: usize) -> Result<Option<usize>, WindowError> {
        if self.gone.get(i).copied().unwrap_or(true) {
            return Ok(None);
        }
        if let Some(end) = self.weekday(i) {
            self.note_weekday(i);
            self.drop(i..end);
            return Ok(Some(end));
        }
        // "lúc 7 giờ", "vào lúc 8 giờ 30", "vào hồi 14h00", "từ 8 giờ đến 11 giờ".
        let mut start = i;
        if self.is(start, &["vao"]) && self.is(start + 1, &["luc", "hoi"]) {
            start += 1;
        }
        let lead = self.is(start, &["luc", "hoi", "tu"]);
        let first = if lead { start + 1 } else { start };
        let Some(end) = self.hour(first)? else {
            // "vào ngày 15/6", "kết thúc vào tháng 6": "vào" says nothing.
            if self.is(i, &["vao"])
                && (self.is(i + 1, &["ngay", "thang", "quy", "nam"]) || self.is_num(i + 1))
            {
                self.drop(i..i + 1);
                return Ok(Some(i + 1));
            }
            return Ok(None);
        };
        if self.is(start, &["tu"]) && self.ranged_hour(end)?.is_none() {
            // "Từ 8 giờ ngày 15/6 đến …": the "từ" opens a range of days.
            self.drop(first..end);
            return Ok(Some(end));
        }
        let end = self.ranged_hour(end)?.unwrap_or(end);
        self.drop(i..end);
        Ok(Some(end))
    }

    /// After an hour ending at `end`: "- 11 giờ", "đến 11h30"; the index
    /// after the second hour.
    fn ranged_hour(&self, end: usize) -> Result<Option<usize>, WindowError> {
        let joined = self.kind(end) == Some(&Kind::Dash) || self.is(end, &["den", "toi"]);
        if !joined {
            return Ok(None);
        }
        self.hour(end + 1)
    }

    /// An hour starting at token `i` ("8 giờ", "8 giờ 30 phút", "14h00",
    /// "14h", "8:30"): the index after it. An hour or minute that does not
    /// exist is an error.
    fn hour(&self, i: usize) -> Result<Option<usize>, WindowError> {
        // An hour has at most two digits: "2020" before a colon is a year.
        let short =
            |k: usize| self.is_num(k) && self.toks.get(k).is_some_and(|t| t.digits().len() <= 2);
        let Some(h) = self.toks.get(i).filter(|_| short(i)) else {
            return Ok(None);
        };
        let colon = self.kind(i + 1) == Some(&Kind::Colon) && short(i + 2);
        if !(colon || self.is(i + 1, &["gio", "h", "g"])) {
            return Ok(None);
        }
        check(h, 24, "hour")?;
        let mut end = i + 2;
        if let Some(m) = self.toks.get(end).filter(|_| short(end)) {
            check(m, 59, "minute")?;
            end += 1;
            if self.is(end, &["phut", "p"]) {
                end += 1;
            }
        } else if colon {
            return Ok(None);
        }
        if self.is_part_of_day(end) {
            end += 1;
        }
        Ok(Some(end))
    }

    /// A weekday starting at token `i` ("thứ Hai", "Thứ 7", "chủ nhật",
    /// "CN"): the index after it.
    fn weekday(&self, i: usize) -> Option<usize> {
        self.weekday_named(i).map(|(end, _)| end)
    }

    /// A weekday starting at token `i`: the index after it, and the day.
    fn weekday_named(&self, i: usize) -> Option<(usize, Weekday)> {
        const NAMES: [&str; 6] = ["hai", "ba", "tu", "nam", "sau", "bay"];
        const DAYS: [Weekday; 6] = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
        ];
        if self.is(i, &["thu"]) {
            if let Some(k) = self
                .word(i + 1)
                .and_then(|w| NAMES.iter().position(|n| *n == w))
            {
                return Some((i + 2, DAYS[k]));
            }
            let n = self.toks.get(i + 1)?;
            let k = num_value(n.digits()).filter(|n| (2..=7).contains(n))?;
            return DAYS.get(usize::try_from(k - 2).ok()?).map(|d| (i + 2, *d));
        }
        if self.is(i, &["chu"]) && self.is(i + 1, &["nhat"]) {
            return Some((i + 2, Weekday::Sun));
        }
        self.is(i, &["cn"]).then_some((i + 1, Weekday::Sun))
    }

    /// Note the weekday at `i`, dropped as decoration, for the check
    /// against the day it stands beside.
    fn note_weekday(&mut self, i: usize) {
        if let Some((end, day)) = self.weekday_named(i)
            && let (Some(first), Some(last)) = (self.toks.get(i), self.toks.get(end - 1))
        {
            self.weekdays.push((day, first.at.start..last.at.end));
        }
    }

    /// Whether token `i` is "sáng", "chiều", "trưa", "đêm" or "tối"; "tối"
    /// only with its circumflex, since "toi" may as well be "tới" (to).
    fn is_part_of_day(&self, i: usize) -> bool {
        if self.is(i, &["toi"]) {
            let written = self.toks.get(i).and_then(|t| self.text.get(t.at.clone()));
            return written.is_some_and(|w| fold_tones(w) == "tôi");
        }
        self.is(i, &["sang", "chieu", "trua", "dem"])
    }

    /// "sáng", "chiều", "tối", "buổi sáng" next to an hour, a day or a
    /// weekday: before "ngày 15/6", "15/6", after "8 giờ" (done with the
    /// hour).
    fn parts_of_day(&mut self) {
        for i in 0..self.toks.len() {
            if self.gone[i] || !self.is_part_of_day(i) {
                continue;
            }
            let next = (i + 1..self.toks.len()).find(|&j| !self.gone[j]);
            let before_day = next.is_some_and(|j| self.is(j, &["ngay"]) || self.is_num(j))
                || self.gone.get(i + 1) == Some(&true);
            let after_gone = i > 0 && self.gone[i - 1];
            if before_day || after_gone {
                let start = if i > 0 && self.is(i - 1, &["buoi"]) {
                    i - 1
                } else {
                    i
                };
                self.drop(start..i + 1);
            }
        }
    }

    /// Separators left dangling by dropped decoration ("thứ Hai, ngày
    /// 15/6", "ngày 15/6/2020, lúc 8 giờ") and trailing punctuation.
    fn loose_separators(&mut self) {
        for i in (0..self.toks.len()).rev() {
            if self.gone[i] {
                continue;
            }
            if !matches!(self.kind(i), Some(Kind::Comma | Kind::Colon)) {
                break;
            }
            self.gone[i] = true;
        }
        let (mut kept_before, mut dropped_before) = (false, false);
        for i in 0..self.toks.len() {
            if self.gone[i] {
                dropped_before = true;
                continue;
            }
            let loose = self.kind(i) == Some(&Kind::Comma) || self.is(i, &["va"]);
            if loose && !kept_before && dropped_before {
                self.gone[i] = true;
                continue;
            }
            kept_before = true;
        }
    }
}

/// A number of hours or minutes up to `max`.
fn check(tok: &Tok, max: u32, what: &str) -> Result<(), WindowError> {
    match num_value(tok.digits()) {
        Some(v) if v <= max => Ok(()),
        _ => Err(
            super::error::does_not_exist(what, shown(tok.digits()), tok.at.clone())
                .with_hint(crate::t!("diag-window-clock-hint", what = what, max = max)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::{err, one, span};

    fn day(y: i32, m: u32, d: u32) -> crate::window::Span {
        span((y, m, d), (y, m, d))
    }

    #[test]
    fn hours_around_a_day_are_decoration() {
        for text in [
            "8 giờ 30, ngày 15/6/2024",
            "8 giờ 30 phút ngày 15/6/2024",
            "14h00 ngày 15/6/2024",
            "14h ngày 15/6/2024",
            "19h30, ngày 15/6/2024",
            "lúc 7 giờ ngày 15/6/2024",
            "Ngày 15/6/2024, lúc 7 giờ",
            "Ngày 15/6/2024 vào lúc 8:30",
            "vào hồi 14 giờ 00 ngày 15/6/2024",
            "từ 8 giờ đến 11 giờ, ngày 15/6/2024",
            "8h00 - 11h30 ngày 15/6/2024",
            "20 GIO 00 NGAY 15/6/2024",
        ] {
            assert_eq!(one(text), day(2024, 6, 15), "{text}");
        }
        // An hour at the start of a range of days leaves the range.
        assert_eq!(
            one("Từ 8 giờ ngày 15/6/2024 đến 17 giờ ngày 16/6/2024"),
            span((2024, 6, 15), (2024, 6, 16))
        );
    }

    #[test]
    fn hours_and_minutes_that_do_not_exist_are_errors() {
        let text = "25 giờ ngày 15/6/2024";
        let e = err(text);
        assert_eq!(e.message, "hour 25 does not exist");
        assert_eq!(&text[e.at], "25");
        let text = "8 giờ 75 ngày 15/6/2024";
        let e = err(text);
        assert_eq!(e.message, "minute 75 does not exist");
        assert_eq!(&text[e.at], "75");
        // "lúc" with no hour after it is not decoration.
        let text = "Ngày 15/6/2024 lúc";
        assert_eq!(&text[err(text).at], "lúc");
    }

    #[test]
    fn parts_of_the_day_are_decoration() {
        for text in [
            "Sáng ngày 15/6/2024",
            "chiều 15/6/2024",
            "tối ngày 15/6/2024",
            "buổi sáng ngày 15/6/2024",
            "7 giờ 30 phút, sáng ngày 15/6/2024",
            "8 giờ sáng ngày 15/6/2024",
            "Sáng thứ Bảy, ngày 15/6/2024",
            "chiều Thứ 7 15/6/2024",
        ] {
            assert_eq!(one(text), day(2024, 6, 15), "{text}");
        }
        // "tới" is "to", never the evening.
        assert_eq!(
            one("Từ ngày 5 tới ngày 9/8/2024"),
            span((2024, 8, 5), (2024, 8, 9))
        );
        let text = "Ngày 15/6/2024 sáng sớm";
        assert_eq!(&text[err(text).at], "sáng");
    }

    #[test]
    fn weekdays_are_decoration() {
        for (text, expected) in [
            ("thứ Hai, ngày 17/6/2024", day(2024, 6, 17)),
            ("Ngày 16/6/2024 (chủ nhật)", day(2024, 6, 16)),
            ("Ngày 15/6/2024 (Thứ 7)", day(2024, 6, 15)),
            ("Thứ 7, 15/6/2024", day(2024, 6, 15)),
            ("8 giờ 30, chủ nhật, ngày 16/6/2024", day(2024, 6, 16)),
            ("Ngày 20/6/2024, thứ Năm", day(2024, 6, 20)),
            ("CN 16/6/2024", day(2024, 6, 16)),
            ("thu sau 21/6/2024", day(2024, 6, 21)),
        ] {
            assert_eq!(one(text), expected, "{text}");
        }
        // A weekday that is not the day's is an error at the weekday.
        let text = "Ngày 15/6/2024 (thứ Hai)";
        let e = err(text);
        assert_eq!(e.message, "15/06/2024 is a Saturday, not thứ Hai");
        assert_eq!(&text[e.at], "thứ Hai");
        // Beside several days, a weekday is not checked.
        assert!(crate::window::parse_window("Thứ 7, 15/6 và 22/6/2024", None).is_ok());
        let text = "Ngày 15/6/2024 (thứ Mười)";
        assert_eq!(&text[err(text).at], "(");
    }

    #[test]
    fn planned_is_decoration() {
        assert_eq!(one("Ngày 10/6/2024 (dự kiến)"), day(2024, 6, 10));
        assert_eq!(one("Dự kiến ngày 10/6/2024"), day(2024, 6, 10));
        assert_eq!(
            one("Dự kiến: tháng 6/2024"),
            span((2024, 6, 1), (2024, 6, 30))
        );
        let text = "Dự kiến";
        assert_eq!(&text[err(text).at], "Dự");
    }

    #[test]
    fn lunar_notes_in_parentheses_are_decoration() {
        assert_eq!(one("Ngày 10/6/2024 (mùng 5/5 âm lịch)"), day(2024, 6, 10));
        assert_eq!(one("Ngày 19/2/2024 (tức 10 tháng Giêng)"), day(2024, 2, 19));
        assert_eq!(
            one("6 giờ 30 ngày 10/6/2024 (mồng 5 tháng 5 năm Giáp Thìn)"),
            day(2024, 6, 10)
        );
        // Out of parentheses, a lunar date is not decoration.
        let text = "Ngày 10/6/2024 tức 5/5 âm lịch";
        assert_eq!(&text[err(text).at], "tức");
    }
}
