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
                return Err(cannot_read(self.text).with_hint(crate::t!(
                    "diag-did-you-mean-value",
                    value = format!("{written}/{year}")
                )));
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
                        crate::t!("diag-window-no-such-part", months = shown(n1.digits())),
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
mod tests;
