//! The grammar of dated windows: items separated by commas or "và", each a
//! single element, a deadline ("Trước …", "..") or a range ("Từ … đến …",
//! "… - …", "…..…"), and the elements themselves in their Vietnamese and
//! canonical spellings. Years left out are filled in later, by resolution.

use super::elements::{Elem, Item, Like, Parsed, Unit};
use super::error::{WindowError, cannot_read, no_end, suggestion};
use super::lexer::{Kind, Tok};
use super::numbers::{
    day_value, month_value, num_value, quarter_value, roman_quarter, shown, year_value,
};

mod joints;
mod vague;

/// The folded words that open a quarter: "Quý", "Quí", "Q".
const QUARTER_WORDS: &[&str] = &["quy", "qui", "q"];

/// Read the tokens of `text` as a dated window.
pub(super) fn parse(toks: &[Tok], text: &str) -> Result<Parsed, WindowError> {
    Parser {
        toks,
        pos: 0,
        text,
        nested: false,
    }
    .window()
}

struct Parser<'a> {
    toks: &'a [Tok],
    pos: usize,
    text: &'a str,
    /// Reading the span a vague part names, for its error: its own
    /// failures are plain.
    nested: bool,
}

impl<'a> Parser<'a> {
    fn peek(&self, k: usize) -> Option<&'a Tok> {
        self.toks.get(self.pos + k)
    }

    fn is_word(&self, k: usize, words: &[&str]) -> bool {
        self.peek(k)
            .and_then(Tok::word)
            .is_some_and(|w| words.contains(&w))
    }

    fn is_kind(&self, k: usize, kind: &Kind) -> bool {
        self.peek(k).is_some_and(|t| t.kind == *kind)
    }

    fn num(&self, k: usize) -> Option<&'a Tok> {
        self.peek(k).filter(|t| matches!(t.kind, Kind::Num(_)))
    }

    fn eat_word(&mut self, words: &[&str]) -> bool {
        let hit = self.is_word(0, words);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn eat(&mut self, kind: &Kind) -> bool {
        let hit = self.is_kind(0, kind);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// The text cannot be read; the error points at the first token not
    /// understood, or at the whole text when the tokens ran out.
    fn fail(&self) -> WindowError {
        if !self.nested
            && let Some(vague) = self.vague()
        {
            return vague;
        }
        let mut err = cannot_read(self.text);
        if let Some(tok) = self.peek(0) {
            err.at = tok.at.clone();
        }
        match suggestion(self.toks, self.text) {
            Some(hint) => err.with_hint(hint),
            None => err,
        }
    }

    fn expect_num(&mut self) -> Result<&'a Tok, WindowError> {
        match self.num(0) {
            Some(tok) => {
                self.pos += 1;
                Ok(tok)
            }
            None => Err(self.fail()),
        }
    }

    fn prev_end(&self, start: usize) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map_or(start, |t| t.at.end)
    }

    /// The whole window: items separated by commas or "và".
    fn window(mut self) -> Result<Parsed, WindowError> {
        let mut elems = Vec::new();
        let mut items = Vec::new();
        let mut like = None;
        let mut before = false;
        loop {
            let item = self.item(like, before, &mut elems)?;
            before = matches!(item, Item::Before(_));
            items.push(item);
            like = elems.last().and_then(Elem::like);
            let comma = self.eat(&Kind::Comma);
            if !(self.eat_word(&["va"]) || comma) {
                break;
            }
        }
        if self.pos != self.toks.len() {
            return Err(self.fail());
        }
        Ok(Parsed { elems, items })
    }

    fn item(
        &mut self,
        like: Option<Like>,
        after_before: bool,
        elems: &mut Vec<Elem>,
    ) -> Result<Item, WindowError> {
        let start = self.peek(0).map_or(0, |t| t.at.start);
        // "Hoàn thành trước …", "Xong trước …": the verb says nothing more.
        let _ = self.eat_seq(&["hoan", "thanh"]) || self.eat_word(&["xong"]);
        let before = self.deadline_opener() || (after_before && !self.opens_item());
        if before {
            elems.push(self.elem(like)?);
            return Ok(Item::Before(elems.len() - 1));
        }
        let from = self.eat_word(&["tu"])
            || self.eat_seq(&["ke", "tu"])
            || self.eat_seq(&["bat", "dau", "tu"])
            || self.eat_seq(&["bat", "dau"]);
        if !from {
            // "Trong năm 2024", "Giai đoạn 2021 - 2025", "Cả năm 2024".
            let _ = self.eat_word(&["trong"]) || self.eat_seq(&["giai", "doan"]);
            if self.is_seq(0, &["ca", "nam"]) {
                self.pos += 1;
            }
        }
        let a = self.elem(like)?;
        let a_like = a.like().or(like);
        elems.push(a);
        let a = elems.len() - 1;
        let unit = elems[a].unit;
        if self.eat_seq(&["tro", "di"])
            || self.eat_following(unit)
            || (from && self.peek(0).is_none())
        {
            return Ok(Item::Since(a));
        }
        if self.range_joint() {
            if self.peek(0).is_none() {
                return Err(no_end(start..self.prev_end(start)));
            }
            let b = self.elem(a_like)?;
            if let Some(first) = elems.get(a)
                && first.year.is_none()
                && first.unit != Unit::Year
                && b.unit == Unit::Year
            {
                // "Tháng 6-2020" is June 2020 in some styles, June to
                // December 2020 in others: refuse to guess.
                let written = self.text.get(first.at.clone()).unwrap_or_default();
                let year = self.text.get(b.at.clone()).unwrap_or_default();
                return Err(
                    cannot_read(self.text).with_hint(format!("did you mean \"{written}/{year}\"?"))
                );
            }
            elems.push(b);
            return Ok(Item::Range(a, elems.len() - 1));
        }
        if from {
            if self.is_kind(0, &Kind::Comma) || self.is_word(0, &["va"]) {
                return Err(no_end(start..self.prev_end(start)));
            }
            return Err(self.fail());
        }
        Ok(Item::Single(a))
    }

    /// One date, month, quarter, year or part of a year.
    fn elem(&mut self, like: Option<Like>) -> Result<Elem, WindowError> {
        let first = self.peek(0).ok_or_else(|| self.fail())?;
        let start = first.at.start;
        let mut iso = false;
        let (unit, year) = match first.word() {
            Some("nam") => {
                self.pos += 1;
                let year = year_value(self.expect_num()?)?;
                (Unit::Year, Some(year))
            }
            Some("thang") => {
                self.pos += 1;
                let month = month_value(self.expect_num()?)?;
                (Unit::Month(month), self.year_suffix()?)
            }
            Some(w) if QUARTER_WORDS.contains(&w) => {
                self.pos += 1;
                let quarter = self.quarter()?;
                (Unit::Quarter(quarter), self.year_suffix()?)
            }
            Some("ngay") => {
                self.pos += 1;
                let day = day_value(self.expect_num()?)?;
                self.day_rest(day)?
            }
            Some(_) if like == Some(Like::Quarter) => {
                let quarter = self.quarter()?;
                (Unit::Quarter(quarter), self.year_suffix()?)
            }
            Some(_) => return Err(self.fail()),
            None => self.bare(like, &mut iso)?,
        };
        Ok(Elem {
            unit,
            year,
            iso,
            at: start..self.prev_end(start),
        })
    }

    /// An element starting with a number.
    fn bare(
        &mut self,
        like: Option<Like>,
        iso: &mut bool,
    ) -> Result<(Unit, Option<i32>), WindowError> {
        let n1 = self.expect_num()?;
        if n1.digits().len() >= 3 {
            let year = year_value(n1)?;
            if let Some(month_tok) = self.iso_part() {
                *iso = true;
                let month = month_value(month_tok)?;
                if let Some(day_tok) = self.iso_part() {
                    let day = day_value(day_tok)?;
                    let unit = Unit::Day {
                        day,
                        month: Some(month),
                    };
                    return Ok((unit, Some(year)));
                }
                return Ok((Unit::Month(month), Some(year)));
            }
            if self.is_kind(0, &Kind::Dash) && self.is_word(1, QUARTER_WORDS) {
                self.pos += 2;
                *iso = true;
                return Ok((Unit::Quarter(self.quarter()?), Some(year)));
            }
            return Ok((Unit::Year, Some(year)));
        }
        if self.is_word(0, &["thang"]) && self.is_word(1, &["dau", "cuoi"]) {
            let first = self.is_word(1, &["dau"]);
            self.pos += 2;
            if !self.eat_word(&["nam"]) {
                return Err(self.fail());
            }
            let months = match num_value(n1.digits()) {
                Some(m @ 1..=12) => m,
                _ => {
                    return Err(WindowError::new(
                        format!("a year has no {} months", shown(n1.digits())),
                        n1.at.clone(),
                    ));
                }
            };
            let year = match self.num(0) {
                Some(tok) => {
                    self.pos += 1;
                    Some(year_value(tok)?)
                }
                None => None,
            };
            return Ok((Unit::Part { first, months }, year));
        }
        if self.is_kind(0, &Kind::Slash)
            && let Some(n2) = self.num(1)
        {
            if n2.digits().len() >= 3 || matches!(like, Some(Like::Month | Like::Quarter)) {
                self.pos += 2;
                let year = year_value(n2)?;
                let unit = if like == Some(Like::Quarter) {
                    Unit::Quarter(quarter_value(n1)?)
                } else {
                    Unit::Month(month_value(n1)?)
                };
                return Ok((unit, Some(year)));
            }
            self.pos += 2;
            let day = day_value(n1)?;
            let month = month_value(n2)?;
            let unit = Unit::Day {
                day,
                month: Some(month),
            };
            return Ok((unit, self.year_suffix()?));
        }
        match like {
            Some(Like::Month) => Ok((Unit::Month(month_value(n1)?), self.year_suffix()?)),
            Some(Like::Quarter) => Ok((Unit::Quarter(quarter_value(n1)?), self.year_suffix()?)),
            Some(Like::Day) => {
                let day = day_value(n1)?;
                self.day_rest(day)
            }
            None => Err(self.fail()),
        }
    }

    /// "-06" in "2020-06-15": a dash and a number of at most two digits.
    fn iso_part(&mut self) -> Option<&'a Tok> {
        if !self.is_kind(0, &Kind::Dash) {
            return None;
        }
        let tok = self.num(1).filter(|t| t.digits().len() <= 2)?;
        self.pos += 2;
        Some(tok)
    }

    /// After the day number: "/6/2020", "/6", "tháng 6 năm 2020" or nothing.
    fn day_rest(&mut self, day: u32) -> Result<(Unit, Option<i32>), WindowError> {
        let month_tok = if self.is_kind(0, &Kind::Slash) || self.is_word(0, &["thang"]) {
            match self.num(1) {
                Some(tok) => {
                    self.pos += 2;
                    Some(tok)
                }
                None => return Err(self.fail()),
            }
        } else {
            None
        };
        let Some(month_tok) = month_tok else {
            return Ok((Unit::Day { day, month: None }, None));
        };
        let month = month_value(month_tok)?;
        let unit = Unit::Day {
            day,
            month: Some(month),
        };
        Ok((unit, self.year_suffix()?))
    }

    /// "/2020" or "năm 2020" after a month, quarter or day.
    fn year_suffix(&mut self) -> Result<Option<i32>, WindowError> {
        if (self.is_kind(0, &Kind::Slash) || self.is_word(0, &["nam"]))
            && let Some(tok) = self.num(1)
        {
            self.pos += 2;
            return year_value(tok).map(Some);
        }
        Ok(None)
    }

    /// A quarter number, Arabic or Roman.
    fn quarter(&mut self) -> Result<u32, WindowError> {
        let tok = self.peek(0).ok_or_else(|| self.fail())?;
        let value = match &tok.kind {
            Kind::Num(_) => quarter_value(tok),
            Kind::Word(_) => roman_quarter(tok).ok_or_else(|| self.fail())?,
            _ => return Err(self.fail()),
        };
        self.pos += 1;
        value
    }
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::{d, due, err, one, span, year_2020};
    use crate::window::{Window, parse_window};
    use chrono::NaiveDate;

    #[test]
    fn year_canonical() {
        assert_eq!(one("2020"), year_2020());
    }

    #[test]
    fn year_vietnamese() {
        assert_eq!(one("Năm 2020"), year_2020());
        assert_eq!(one("  nam   2020. "), year_2020());
    }

    #[test]
    fn month_canonical() {
        assert_eq!(one("2020-06"), span((2020, 6, 1), (2020, 6, 30)));
    }

    #[test]
    fn month_vietnamese() {
        let june = span((2020, 6, 1), (2020, 6, 30));
        assert_eq!(one("Tháng 6/2020"), june);
        assert_eq!(one("tháng 06 năm 2020"), june);
        assert_eq!(one("Tháng 6 năm 2020"), june);
        assert_eq!(one("Thang 6/2020"), june);
        assert_eq!(one("THÁNG 6 / 2020."), june);
    }

    #[test]
    fn nfd_input_reads_like_nfc() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Tháng 6/2020".nfd().collect();
        assert_eq!(one(&nfd), span((2020, 6, 1), (2020, 6, 30)));
        let nfd: String = "Quý II/2020".nfd().collect();
        assert_eq!(one(&nfd), span((2020, 4, 1), (2020, 6, 30)));
    }

    #[test]
    fn quarter_canonical() {
        assert_eq!(one("2020-Q2"), span((2020, 4, 1), (2020, 6, 30)));
        assert_eq!(one("2020-q4"), span((2020, 10, 1), (2020, 12, 31)));
    }

    #[test]
    fn quarter_vietnamese() {
        let q2 = span((2020, 4, 1), (2020, 6, 30));
        assert_eq!(one("Quý II/2020"), q2);
        assert_eq!(one("Quý 2 năm 2020"), q2);
        assert_eq!(one("Quý II năm 2020"), q2);
        assert_eq!(one("quy ii/2020"), q2);
        // "Quí" is a spelling official documents still use.
        assert_eq!(one("Quí II/2020"), q2);
        assert_eq!(one("Quý IV/2020"), span((2020, 10, 1), (2020, 12, 31)));
    }

    #[test]
    fn day_canonical() {
        assert_eq!(one("2020-06-15"), span((2020, 6, 15), (2020, 6, 15)));
    }

    #[test]
    fn day_vietnamese() {
        let day = span((2020, 6, 15), (2020, 6, 15));
        assert_eq!(one("Ngày 15/6/2020"), day);
        assert_eq!(one("15/6/2020"), day);
        assert_eq!(one("15/06/2020"), day);
        assert_eq!(one("ngày 15 tháng 6 năm 2020"), day);
    }

    #[test]
    fn range_canonical() {
        assert_eq!(one("2020-09..2020-10"), span((2020, 9, 1), (2020, 10, 31)));
        assert_eq!(one("2019..2027"), span((2019, 1, 1), (2027, 12, 31)));
        assert_eq!(
            one("2020-Q2..2020-06-15"),
            span((2020, 4, 1), (2020, 6, 15))
        );
    }

    #[test]
    fn range_months_sharing_a_year() {
        let sep_oct = span((2020, 9, 1), (2020, 10, 31));
        assert_eq!(one("Tháng 9 - 10/2020"), sep_oct);
        assert_eq!(one("Tháng 9 – 10/2020"), sep_oct);
        assert_eq!(one("Tháng 9—10/2020"), sep_oct);
        assert_eq!(one("Tháng 9/2020 - tháng 10/2020"), sep_oct);
    }

    #[test]
    fn range_tu_den() {
        assert_eq!(
            one("Từ tháng 3 đến tháng 5/2021"),
            span((2021, 3, 1), (2021, 5, 31))
        );
        assert_eq!(
            one("Từ tháng 11/2020 đến tháng 2/2021"),
            span((2020, 11, 1), (2021, 2, 28))
        );
        assert_eq!(
            one("Từ ngày 1/6 đến ngày 30/6/2020"),
            span((2020, 6, 1), (2020, 6, 30))
        );
    }

    #[test]
    fn range_quarters() {
        let q2_q3 = span((2020, 4, 1), (2020, 9, 30));
        assert_eq!(one("Quý II - Quý III/2020"), q2_q3);
        assert_eq!(one("Quý II - III/2020"), q2_q3);
    }

    #[test]
    fn deadline_canonical() {
        assert_eq!(one("..2020-06-15"), due(2020, 6, 15));
    }

    #[test]
    fn deadline_vietnamese() {
        assert_eq!(one("Trước ngày 15/6/2020"), due(2020, 6, 15));
        assert_eq!(one("Trước 30/6/2020"), due(2020, 6, 30));
        assert_eq!(one("Trước tháng 6/2020"), due(2020, 6, 30));
    }

    #[test]
    fn milestones_vietnamese() {
        let june_dec = Window::Milestones(vec![
            span((2020, 6, 1), (2020, 6, 30)),
            span((2020, 12, 1), (2020, 12, 31)),
        ]);
        assert_eq!(
            parse_window("Tháng 6, tháng 12/2020", None),
            Ok(june_dec.clone())
        );
        assert_eq!(parse_window("Tháng 6 và tháng 12/2020", None), Ok(june_dec));
        let quarterly = parse_window("Tháng 3, 6, 9, 12/2020", None).expect("milestones");
        let Window::Milestones(spans) = quarterly else {
            panic!("not milestones");
        };
        let ends: Vec<NaiveDate> = spans.iter().map(|s| s.end).collect();
        assert_eq!(
            ends,
            vec![
                d(2020, 3, 31),
                d(2020, 6, 30),
                d(2020, 9, 30),
                d(2020, 12, 31)
            ]
        );
        assert_eq!(
            parse_window("Quý I, Quý III/2020", None),
            Ok(Window::Milestones(vec![
                span((2020, 1, 1), (2020, 3, 31)),
                span((2020, 7, 1), (2020, 9, 30)),
            ]))
        );
    }

    #[test]
    fn halves_of_a_year() {
        assert_eq!(
            one("6 tháng đầu năm 2020"),
            span((2020, 1, 1), (2020, 6, 30))
        );
        assert_eq!(
            one("6 tháng cuối năm 2020"),
            span((2020, 7, 1), (2020, 12, 31))
        );
        assert_eq!(
            parse_window("6 tháng đầu năm", Some(2021)),
            Ok(Window::Span(span((2021, 1, 1), (2021, 6, 30))))
        );
    }

    #[test]
    fn seed_forms() {
        assert_eq!(one("Năm 2020"), year_2020());
        assert_eq!(one("Tháng 6/2020"), span((2020, 6, 1), (2020, 6, 30)));
        assert_eq!(
            parse_window("Tháng 6, tháng 12/2020", None),
            Ok(Window::Milestones(vec![
                span((2020, 6, 1), (2020, 6, 30)),
                span((2020, 12, 1), (2020, 12, 31)),
            ]))
        );
        assert_eq!(one("Tháng 8/2020"), span((2020, 8, 1), (2020, 8, 31)));
        assert_eq!(one("Tháng 9/2020"), span((2020, 9, 1), (2020, 9, 30)));
        assert_eq!(one("Tháng 9 - 10/2020"), span((2020, 9, 1), (2020, 10, 31)));
    }

    #[test]
    fn bare_month_and_year() {
        assert_eq!(one("6/2020"), span((2020, 6, 1), (2020, 6, 30)));
        assert_eq!(one("Trong năm 2020"), year_2020());
        assert_eq!(one("Chậm nhất ngày 30/6/2020"), due(2020, 6, 30));
        assert_eq!(
            one("Từ ngày 1 đến hết ngày 15/6/2020"),
            span((2020, 6, 1), (2020, 6, 15))
        );
    }

    #[test]
    fn range_without_end() {
        assert_eq!(err("Từ tháng 3 đến").message, "range has no end");
        assert_eq!(err("2020-06..").message, "range has no end");
        assert_eq!(err("Tháng 9 -").message, "range has no end");
        let text = "Từ tháng 3/2021, tháng 6/2021";
        let e = err(text);
        assert_eq!(e.message, "range has no end");
        assert_eq!(&text[e.at], "Từ tháng 3/2021");
    }

    #[test]
    fn deadlines_in_words() {
        let cases = [
            (
                "Hoàn thành trước ngày 20 tháng 4 năm 2024",
                due(2024, 4, 20),
            ),
            (
                "HOAN THANH TRUOC NGAY 20 THANG 4 NAM 2024",
                due(2024, 4, 20),
            ),
            ("chậm nhất ngày 15/8/2024", due(2024, 8, 15)),
            ("Chậm nhất ngày 15 tháng 02 năm 2026", due(2026, 2, 15)),
            ("trước 30/9/2024", due(2024, 9, 30)),
            ("xong trước ngày 31/5/2024", due(2024, 5, 31)),
            ("Hạn cuối: 15/6/2024", due(2024, 6, 15)),
            ("hạn cuối 10/6/2024", due(2024, 6, 10)),
            ("Hạn chót là ngày 10/6/2024", due(2024, 6, 10)),
            (
                "Hoàn thành trong tháng 6/2024",
                span((2024, 6, 1), (2024, 6, 30)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(one(text), expected, "{text}");
        }
        // Without a year, a deadline takes the plan's.
        assert_eq!(
            parse_window("chậm nhất ngày 15/8", Some(2024)),
            Ok(Window::Span(due(2024, 8, 15)))
        );
        assert_eq!(
            parse_window("trước 30/9", Some(2024)),
            Ok(Window::Span(due(2024, 9, 30)))
        );
        let e = err("trước 30/9");
        assert_eq!(e.message, "day 30/9 has no year");
        assert_eq!(e.at, "trước ".len().."trước 30/9".len());
    }

    #[test]
    fn until_a_day_is_a_deadline() {
        assert_eq!(one("Đến hết năm 2024"), due(2024, 12, 31));
        assert_eq!(one("Đến tháng 12/2024"), due(2024, 12, 31));
        assert_eq!(one("Từ nay đến hết ngày 30/6/2024"), due(2024, 6, 30));
        assert_eq!(one("Cho đến hết ngày 30/6/2024"), due(2024, 6, 30));
        let text = "Từ nay";
        assert_eq!(&text[err(text).at], "nay");
    }

    #[test]
    fn periods_and_whole_years_in_words() {
        assert_eq!(
            one("Giai đoạn 2021 - 2025"),
            span((2021, 1, 1), (2025, 12, 31))
        );
        assert_eq!(one("Cả năm 2024"), span((2024, 1, 1), (2024, 12, 31)));
        assert_eq!(one("Trong cả năm 2024"), span((2024, 1, 1), (2024, 12, 31)));
        let text = "Cả tháng 6/2024";
        assert_eq!(&text[err(text).at], "Cả");
    }

    #[test]
    fn days_listed_after_a_deadline_are_deadlines() {
        assert_eq!(
            parse_window("Trước ngày 15/6 và 15/12", Some(2024)),
            Ok(Window::Milestones(vec![
                due(2024, 6, 15),
                due(2024, 12, 15)
            ]))
        );
        // An item with a word of its own is its own kind.
        assert_eq!(
            parse_window("Trước ngày 15/6, từ ngày 1/9 đến ngày 30/9", Some(2024)),
            Ok(Window::Milestones(vec![
                due(2024, 6, 15),
                span((2024, 9, 1), (2024, 9, 30))
            ]))
        );
    }

    #[test]
    fn ranges_of_days_in_every_spelling() {
        let five_to_nine = span((2024, 8, 5), (2024, 8, 9));
        for text in [
            "Từ ngày 05 - 09/8/2024",
            "từ ngày 5 đến ngày 9/8/2024",
            "Tu ngay 5 den ngay 9/8/2024",
            "Từ ngày 5 tới ngày 9/8/2024",
            "Từ ngày 5/8/2024 và kéo dài đến hết ngày 9/8/2024",
            "Từ ngày 5/8/2024, kéo dài tới ngày 9/8/2024",
            "Bắt đầu từ ngày 5/8/2024 và kết thúc vào ngày 9/8/2024",
            "Ngày 5/8/2024 và kết thúc ngày 9/8/2024",
        ] {
            assert_eq!(one(text), five_to_nine, "{text}");
        }
        // "và" joins milestones, even of days that follow each other.
        assert_eq!(
            parse_window("Ngày 7 và 8 tháng 10 năm 2024", None),
            Ok(Window::Milestones(vec![
                span((2024, 10, 7), (2024, 10, 7)),
                span((2024, 10, 8), (2024, 10, 8))
            ]))
        );
        let text = "Từ ngày 5/8/2024 và kéo dài";
        let e = err(text);
        assert_eq!(e.message, "range has no end");
        assert_eq!(&text[e.at], "Từ ngày 5/8/2024");
        let text = "Ngày 5/8/2024 và kéo dài";
        assert_eq!(&text[err(text).at], "kéo");
    }

    #[test]
    fn open_ranges_start_on_their_day() {
        assert_eq!(
            parse_window("Từ tháng 7/2024", None),
            Ok(Window::Since(d(2024, 7, 1)))
        );
        assert_eq!(
            parse_window("Từ ngày 01/7/2024 trở đi", None),
            Ok(Window::Since(d(2024, 7, 1)))
        );
        assert_eq!(
            parse_window("Kể từ ngày 15/3", Some(2024)),
            Ok(Window::Since(d(2024, 3, 15)))
        );
        assert_eq!(
            parse_window("Tháng 9/2024 trở đi", None),
            Ok(Window::Since(d(2024, 9, 1)))
        );
        assert_eq!(err("Từ tháng 7").message, "month 7 has no year");
        let text = "Từ ngày 01/7/2024 trở về";
        assert_eq!(&text[err(text).at], "trở");
    }

    #[test]
    fn a_year_and_the_years_after_it_is_an_open_range() {
        for text in [
            "Năm 2025 và các năm tiếp theo",
            "Từ năm 2025 trở đi",
            "2025 và những năm tiếp theo",
            "Từ năm 2025 và các năm tiếp theo.",
        ] {
            assert_eq!(
                parse_window(text, None),
                Ok(Window::Since(d(2025, 1, 1))),
                "{text}"
            );
        }
        assert_eq!(
            parse_window("Tháng 7/2025 và các tháng tiếp theo", None),
            Ok(Window::Since(d(2025, 7, 1)))
        );
        assert_eq!(
            parse_window("Quý III/2025 và các quý tiếp theo", None),
            Ok(Window::Since(d(2025, 7, 1)))
        );
        // The unit named after must be the unit written before.
        let text = "Năm 2025 và các tháng tiếp theo";
        assert_eq!(&text[err(text).at], "các");
    }

    #[test]
    fn within_a_span_is_the_span_itself() {
        assert_eq!(one("Trong năm 2025"), span((2025, 1, 1), (2025, 12, 31)));
        assert_eq!(one("Trong quý I/2025"), span((2025, 1, 1), (2025, 3, 31)));
        assert_eq!(one("Trong tháng 3/2025"), span((2025, 3, 1), (2025, 3, 31)));
        assert_eq!(
            one("Trong 6 tháng đầu năm 2025"),
            span((2025, 1, 1), (2025, 6, 30))
        );
    }

    #[test]
    fn the_start_or_end_of_a_span_is_refused_as_not_precise() {
        let cases = [
            (
                "Đầu quý III/2025",
                "Đầu",
                "\"Đầu quý III/2025\" is not precise: which days are the start of the quarter is not written",
                Some("Quý III/2025"),
            ),
            (
                "Tuần đầu tháng 4/2025",
                "Tuần đầu",
                "\"Tuần đầu tháng 4/2025\" is not precise: which days are the first week of the month is not written",
                Some("Tháng 4/2025"),
            ),
            (
                "Cuối năm",
                "Cuối",
                "\"Cuối năm\" is not precise: which days are the end of the year is not written",
                None,
            ),
            (
                "Trước giữa năm 2024",
                "giữa",
                "\"giữa năm 2024\" is not precise: which days are the middle of the year is not written",
                Some("Năm 2024"),
            ),
        ];
        for (text, at, message, whole) in cases {
            let e = err(text);
            assert_eq!(&text[e.at.clone()], at, "{text}");
            assert_eq!(e.message, message, "{text}");
            let hint = e.hint.expect(text);
            assert!(hint.starts_with("write the days it means"), "{hint}");
            if let Some(whole) = whole {
                assert!(hint.contains(&format!("\"{whole}\"")), "{hint}");
            }
        }
        assert!(parse_window("Cuối năm", Some(2024)).is_err());
        // A school year is not a year.
        let text = "Đầu năm học mới";
        assert_eq!(err(text).message, "cannot read window \"Đầu năm học mới\"");
    }

    #[test]
    fn unread_words_are_pointed_at() {
        let text = "Tháng 6/2020 hoặc tháng 7/2020";
        let e = err(text);
        assert_eq!(&text[e.at], "hoặc");
    }

    #[test]
    fn month_dash_year_is_not_guessed() {
        let e = err("Tháng 6-2020");
        assert_eq!(e.message, "cannot read window \"Tháng 6-2020\"");
        assert_eq!(e.hint.as_deref(), Some("did you mean \"Tháng 6/2020\"?"));
        assert_eq!(one("Năm 2019 - 2020"), span((2019, 1, 1), (2020, 12, 31)));
    }
}
