//! Time windows of plan tasks: this module owns reading the "when" column of
//! a plan, as written in Vietnamese administrative documents ("Tháng 6/2020",
//! "Quý II - Quý III/2020", "Trước ngày 15/6/2020", "Hằng quý", "Thường
//! xuyên", "Sau khi có hướng dẫn của cấp trên") or in the canonical forms
//! ("2020-06", "2020-Q2", "2020-09..2020-10"), into a [`Window`]; the spans
//! of days those windows cover, both ends inclusive; and the errors, with
//! byte ranges into the text as written, for windows that cannot be read or
//! name a date that does not exist. It never guesses: text that matches no
//! accepted form is an error. The text as written is kept by the caller.

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::text::{fold_ascii, fold_ascii_char, visible};

/// A span of days, both ends inclusive. `start == None` means "no start"
/// (due by `end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Option<NaiveDate>,
    pub end: NaiveDate,
}

/// How often a recurring window comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Month,
    Quarter,
    Half,
    Year,
}

/// A time window as understood; the text as written is kept by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Window {
    /// One span.
    Span(Span),
    /// Several spans, each due at its end, sorted by end.
    Milestones(Vec<Span>),
    /// "Thường xuyên", "ongoing": the plan's period.
    Ongoing,
    /// "Hằng năm", "Trong tháng 6 hằng năm" (`month: Some(6)`), "Hằng quý",
    /// "Định kỳ 6 tháng" ([`Every::Half`]), "Hằng tháng".
    Recurring { every: Every, month: Option<u32> },
    /// "Sau khi có hướng dẫn của cấp trên", "Theo kế hoạch của …", "Khi có
    /// vụ việc": no dates.
    Conditional,
}

/// A window that cannot be read, or that names a date that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowError {
    /// Lowercase, no final period, names the offending value.
    pub message: String,
    /// Byte range inside the input text that is wrong; lies on char
    /// boundaries.
    pub at: Range<usize>,
    /// A suggestion, when one is cheap and certain.
    pub hint: Option<String>,
}

impl WindowError {
    fn new(message: impl Into<String>, at: Range<usize>) -> Self {
        WindowError {
            message: message.into(),
            at,
            hint: None,
        }
    }

    fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for WindowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WindowError {}

const MIN_YEAR: u32 = 1900;
const MAX_YEAR: u32 = 2200;
const NO_YEAR_HINT: &str = "a month or quarter without a year needs the plan's period";
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Folded beginnings of windows that wait for something instead of a date.
pub const CONDITIONAL_PREFIXES: &[&str] = &[
    "sau khi",
    "theo huong dan",
    "theo ke hoach",
    "theo chi dao",
    "theo yeu cau",
    "khi co",
    "khi duoc",
];

/// Parse a window. `default_year` is the plan period's year, used when a
/// month or quarter has no year.
pub fn parse_window(text: &str, default_year: Option<i32>) -> Result<Window, WindowError> {
    if text.trim().is_empty() {
        return Err(WindowError::new("empty window", 0..text.len()));
    }
    if is_conditional(&fold_ascii(text)) {
        return Ok(Window::Conditional);
    }
    let tokens = tokenize(text).ok_or_else(|| cannot_read(text))?;
    if let Some(window) = word_window(&tokens)? {
        return Ok(window);
    }
    Parser {
        toks: &tokens,
        pos: 0,
        text,
    }
    .window(default_year)
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
        trimmed_range(text),
    )
    .with_hint("write one date, month, quarter, year or range per element, e.g. [\"2020-06\", \"2020-12\"]"))
}

impl Window {
    /// The dated milestones of this window given the plan's period.
    ///
    /// A span gives itself; milestones give themselves; ongoing gives the
    /// period; recurring gives one span per year, half, quarter or month of
    /// the period (for `month: Some(m)`, month `m` of each year), clipped to
    /// the period; conditional gives nothing (waiting).
    pub fn milestones(&self, period: Option<&Span>) -> Result<Vec<Span>, WindowError> {
        match self {
            Window::Span(span) => Ok(vec![*span]),
            Window::Milestones(spans) => Ok(spans.clone()),
            Window::Conditional => Ok(Vec::new()),
            Window::Ongoing => period
                .map(|p| vec![*p])
                .ok_or_else(|| WindowError::new("\"thường xuyên\" needs the plan's period", 0..0)),
            Window::Recurring { every, month } => {
                let period = period.ok_or_else(|| {
                    WindowError::new("a recurring window needs the plan's period", 0..0)
                })?;
                let start = period.start.ok_or_else(|| {
                    WindowError::new("a recurring window needs a period with a start", 0..0)
                })?;
                Ok(recurring_spans(*every, *month, start, period.end))
            }
        }
    }
}

/// One span per unit of `every` between `start` and `end`, clipped to them.
fn recurring_spans(
    every: Every,
    month: Option<u32>,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Span> {
    let step = match every {
        Every::Month => 1,
        Every::Quarter => 3,
        Every::Half => 6,
        Every::Year => 12,
    };
    let mut spans = Vec::new();
    let mut year = start.year();
    let mut month0 = start.month0() / step * step;
    if end < start {
        return spans;
    }
    loop {
        let (first, last) = match (every, month) {
            (Every::Year, Some(m)) => (m, m),
            _ => (month0 + 1, month0 + step),
        };
        let Some((unit_start, unit_end)) = month_bounds(year, first, last) else {
            break;
        };
        if unit_start > end {
            break;
        }
        let (s, e) = (unit_start.max(start), unit_end.min(end));
        if s <= e {
            spans.push(Span {
                start: Some(s),
                end: e,
            });
        }
        month0 += step;
        if month0 >= 12 {
            month0 = 0;
            match year.checked_add(1) {
                Some(next) => year = next,
                None => break,
            }
        }
    }
    spans
}

fn is_conditional(folded: &str) -> bool {
    CONDITIONAL_PREFIXES.iter().any(|prefix| {
        folded
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Ongoing and recurring windows: whole phrases without dates.
fn word_window(tokens: &[Tok]) -> Result<Option<Window>, WindowError> {
    let shape: Vec<&str> = tokens
        .iter()
        .map(|t| match &t.kind {
            Kind::Num(_) => "#",
            Kind::Word(w) => w.as_str(),
            Kind::Slash => "/",
            Kind::Dash => "-",
            Kind::DotDot => "..",
            Kind::Comma => ",",
        })
        .collect();
    let number = tokens.iter().find(|t| matches!(t.kind, Kind::Num(_)));
    let recurring = |every| Ok(Some(Window::Recurring { every, month: None }));
    match shape.join(" ").as_str() {
        "thuong xuyen"
        | "ongoing"
        | "lien tuc"
        | "thuong xuyen lien tuc"
        | "thuong xuyen , lien tuc" => Ok(Some(Window::Ongoing)),
        "hang nam" | "moi nam" | "dinh ky hang nam" => recurring(Every::Year),
        "hang quy" | "moi quy" | "dinh ky hang quy" => recurring(Every::Quarter),
        "hang thang" | "moi thang" | "dinh ky hang thang" => recurring(Every::Month),
        "dinh ky # thang" | "dinh ky # thang / lan" | "# thang / lan" | "# thang mot lan" => {
            let Some(tok) = number else {
                return Ok(None);
            };
            match num_value(tok.digits()) {
                Some(1) => recurring(Every::Month),
                Some(3) => recurring(Every::Quarter),
                Some(6) => recurring(Every::Half),
                Some(12) => recurring(Every::Year),
                _ => Err(WindowError::new(
                    format!("cannot repeat every {} months", shown(tok.digits())),
                    tok.at.clone(),
                )
                .with_hint("a recurring window repeats every 1, 3, 6 or 12 months")),
            }
        }
        "trong thang # hang nam" | "thang # hang nam" | "vao thang # hang nam" => {
            let Some(tok) = number else {
                return Ok(None);
            };
            let month = month_value(tok)?;
            Ok(Some(Window::Recurring {
                every: Every::Year,
                month: Some(month),
            }))
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Num(String),
    Word(String),
    Slash,
    Dash,
    DotDot,
    Comma,
}

#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    /// Byte range in the original text.
    at: Range<usize>,
}

impl Tok {
    fn digits(&self) -> &str {
        match &self.kind {
            Kind::Num(d) => d,
            _ => "",
        }
    }

    fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// The text folded to lowercase ASCII-ish characters, each with the byte
/// range of the original character it came from. Whitespace becomes `' '`;
/// combining marks fold to nothing and widen the previous character.
fn folded_chars(text: &str) -> Vec<(char, Range<usize>)> {
    let mut out: Vec<(char, Range<usize>)> = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            out.push((' ', i..end));
            continue;
        }
        if c.is_ascii() {
            out.push((c.to_ascii_lowercase(), i..end));
            continue;
        }
        // What `fold_ascii` gives for this one character, without building
        // a string: its folded characters with spaces collapsed and trimmed.
        let mut any = false;
        let mut pending_space = false;
        fold_ascii_char(c, |f| {
            if f.is_whitespace() {
                pending_space = any;
            } else {
                if pending_space {
                    out.push((' ', i..end));
                    pending_space = false;
                }
                out.push((f, i..end));
                any = true;
            }
        });
        if !any && let Some(last) = out.last_mut() {
            last.1.end = end;
        }
    }
    out
}

/// Split into numbers, words and separators; `None` on any other character.
/// A single trailing period is dropped.
fn tokenize(text: &str) -> Option<Vec<Tok>> {
    let chars = folded_chars(text);
    let mut toks = Vec::new();
    let mut i = 0;
    let mut trailing_period = false;
    while let Some((c, r)) = chars.get(i) {
        let c = *c;
        if c == ' ' {
            i += 1;
            continue;
        }
        if trailing_period {
            return None;
        }
        let run_end = |pred: &dyn Fn(char) -> bool| {
            let mut j = i;
            while chars.get(j).is_some_and(|(c, _)| pred(*c)) {
                j += 1;
            }
            j
        };
        let (kind, j) = if c.is_ascii_digit() {
            let j = run_end(&|c| c.is_ascii_digit());
            (Kind::Num(chars[i..j].iter().map(|p| p.0).collect()), j)
        } else if c.is_alphabetic() {
            let j = run_end(&|c| c.is_alphabetic());
            (Kind::Word(chars[i..j].iter().map(|p| p.0).collect()), j)
        } else if c == '.' {
            let j = run_end(&|c| c == '.');
            match j - i {
                1 => {
                    trailing_period = true;
                    i = j;
                    continue;
                }
                2 => (Kind::DotDot, j),
                _ => return None,
            }
        } else {
            let kind = match c {
                '/' => Kind::Slash,
                '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' => Kind::Dash,
                ',' | ';' => Kind::Comma,
                _ => return None,
            };
            (kind, i + 1)
        };
        let end = chars.get(j - 1).map_or(r.end, |p| p.1.end);
        toks.push(Tok {
            kind,
            at: r.start..end,
        });
        i = j;
    }
    Some(toks)
}

// ---------------------------------------------------------------------------
// Grammar

/// What a single element is, before its year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Year,
    /// "6 tháng đầu năm" (`first`) or "6 tháng cuối năm".
    Part {
        first: bool,
        months: u32,
    },
    Quarter(u32),
    Month(u32),
    Day {
        day: u32,
        month: Option<u32>,
    },
}

/// The kind a bare number after a separator takes ("Tháng 3, 6, 9/2020").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Like {
    Month,
    Quarter,
    Day,
}

#[derive(Debug, Clone)]
struct Elem {
    unit: Unit,
    year: Option<i32>,
    /// Written in the canonical `2020-06-15` form.
    iso: bool,
    at: Range<usize>,
}

impl Elem {
    fn like(&self) -> Option<Like> {
        match self.unit {
            Unit::Month(_) => Some(Like::Month),
            Unit::Quarter(_) => Some(Like::Quarter),
            Unit::Day { .. } => Some(Like::Day),
            Unit::Year | Unit::Part { .. } => None,
        }
    }
}

/// One comma-separated part of a window; indices into the element list.
enum Item {
    Single(usize),
    Before(usize),
    Range(usize, usize),
}

struct Parser<'a> {
    toks: &'a [Tok],
    pos: usize,
    text: &'a str,
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

    fn fail(&self) -> WindowError {
        let err = cannot_read(self.text);
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
    fn window(mut self, default_year: Option<i32>) -> Result<Window, WindowError> {
        let mut elems = Vec::new();
        let mut items = Vec::new();
        let mut like = None;
        loop {
            items.push(self.item(like, &mut elems)?);
            like = elems.last().and_then(Elem::like);
            let comma = self.eat(&Kind::Comma);
            if !(self.eat_word(&["va"]) || comma) {
                break;
            }
        }
        if self.pos != self.toks.len() {
            return Err(self.fail());
        }
        resolve(&mut elems, default_year)?;
        let mut spans = Vec::with_capacity(items.len());
        for item in &items {
            spans.push(item_span(item, &elems)?);
        }
        if spans.len() == 1 {
            return Ok(Window::Span(spans[0]));
        }
        spans.sort_by_key(|s| (s.end, s.start));
        Ok(Window::Milestones(spans))
    }

    fn item(&mut self, like: Option<Like>, elems: &mut Vec<Elem>) -> Result<Item, WindowError> {
        let start = self.peek(0).map_or(0, |t| t.at.start);
        let before = if self.is_word(0, &["cham"]) && self.is_word(1, &["nhat"]) {
            self.pos += 2;
            true
        } else {
            self.eat_word(&["truoc"]) || self.eat(&Kind::DotDot)
        };
        if before {
            elems.push(self.elem(like)?);
            return Ok(Item::Before(elems.len() - 1));
        }
        let from = self.eat_word(&["tu"]);
        if !from {
            self.eat_word(&["trong"]);
        }
        let a = self.elem(like)?;
        let a_like = a.like().or(like);
        elems.push(a);
        let a = elems.len() - 1;
        let dash = self.eat(&Kind::Dash) || self.eat(&Kind::DotDot);
        if dash || self.eat_word(&["den"]) {
            if !dash {
                self.eat_word(&["het"]);
            }
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
            return Err(no_end(start..self.prev_end(start)));
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
            Some("quy" | "qui" | "q") => {
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
            if self.is_kind(0, &Kind::Dash) && self.is_word(1, &["q", "quy", "qui"]) {
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
        match &tok.kind {
            Kind::Num(_) => {
                self.pos += 1;
                quarter_value(tok)
            }
            Kind::Word(w) => {
                let Some(q) = roman(w) else {
                    return Err(self.fail());
                };
                self.pos += 1;
                if (1..=4).contains(&q) {
                    Ok(q)
                } else {
                    Err(WindowError::new(
                        format!("quarter {} does not exist", w.to_uppercase()),
                        tok.at.clone(),
                    )
                    .with_hint("quarters run from I to IV"))
                }
            }
            _ => Err(self.fail()),
        }
    }
}

/// Fill in missing years (and days' months) from the next element that has
/// one, then from `default_year`.
fn resolve(elems: &mut [Elem], default_year: Option<i32>) -> Result<(), WindowError> {
    let mut year = None;
    let mut month = None;
    for elem in elems.iter_mut().rev() {
        match elem.year {
            Some(y) => year = Some(y),
            None => elem.year = year,
        }
        if let Unit::Day { month: m, .. } = &mut elem.unit {
            match m {
                Some(v) => month = Some(*v),
                None => *m = month,
            }
        }
    }
    for elem in elems.iter_mut() {
        if elem.year.is_none() {
            elem.year = default_year;
        }
        if elem.year.is_none() {
            return Err(WindowError::new(
                format!("{} has no year", describe(elem)),
                elem.at.clone(),
            )
            .with_hint(NO_YEAR_HINT));
        }
    }
    Ok(())
}

fn describe(elem: &Elem) -> String {
    match elem.unit {
        Unit::Year => "the year".to_string(),
        Unit::Part {
            first: true,
            months,
        } => format!("the first {months} months"),
        Unit::Part {
            first: false,
            months,
        } => format!("the last {months} months"),
        Unit::Quarter(q) => format!("quarter {q}"),
        Unit::Month(m) => format!("month {m}"),
        Unit::Day {
            day,
            month: Some(m),
        } => format!("day {day}/{m}"),
        Unit::Day { day, month: None } => format!("day {day}"),
    }
}

/// First and last day of a resolved element.
fn bounds(elem: &Elem) -> Result<(NaiveDate, NaiveDate), WindowError> {
    let Some(year) = elem.year else {
        return Err(
            WindowError::new(format!("{} has no year", describe(elem)), elem.at.clone())
                .with_hint(NO_YEAR_HINT),
        );
    };
    let (first, last) = match elem.unit {
        Unit::Year => (1, 12),
        Unit::Part {
            first: true,
            months,
        } => (1, months),
        Unit::Part {
            first: false,
            months,
        } => (13u32.saturating_sub(months), 12),
        Unit::Quarter(q) => (q * 3 - 2, q * 3),
        Unit::Month(m) => (m, m),
        Unit::Day {
            day,
            month: Some(m),
        } => {
            return match NaiveDate::from_ymd_opt(year, m, day) {
                Some(date) => Ok((date, date)),
                None => Err(bad_day(elem, year, m, day)),
            };
        }
        Unit::Day { day, month: None } => {
            return Err(
                WindowError::new(format!("day {day} has no month"), elem.at.clone())
                    .with_hint("write the month, e.g. \"15/6/2020\""),
            );
        }
    };
    month_bounds(year, first, last)
        .ok_or_else(|| WindowError::new(format!("year {year} is out of range"), elem.at.clone()))
}

fn bad_day(elem: &Elem, year: i32, month: u32, day: u32) -> WindowError {
    let written = if elem.iso {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{day}/{month}/{year}")
    };
    let name = MONTH_NAMES
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("that month");
    let message = match days_in_month(year, month) {
        Some(n) => format!("{written} is not a date: {name} {year} has {n} days"),
        None => format!("{written} is not a date"),
    };
    WindowError::new(message, elem.at.clone())
}

fn item_span(item: &Item, elems: &[Elem]) -> Result<Span, WindowError> {
    let get = |i: usize| {
        elems
            .get(i)
            .ok_or_else(|| WindowError::new("empty window", 0..0))
    };
    match *item {
        Item::Single(i) => {
            let (start, end) = bounds(get(i)?)?;
            Ok(Span {
                start: Some(start),
                end,
            })
        }
        Item::Before(i) => {
            let (_, end) = bounds(get(i)?)?;
            Ok(Span { start: None, end })
        }
        Item::Range(a, b) => {
            let (a, b) = (get(a)?, get(b)?);
            let (start, _) = bounds(a)?;
            let (_, end) = bounds(b)?;
            if end < start {
                return Err(WindowError::new(
                    format!(
                        "range ends before it starts: {}..{}",
                        canonical(a),
                        canonical(b)
                    ),
                    a.at.start..b.at.end,
                )
                .with_hint(
                    "the start comes first; write the year on both ends when a range crosses a new year",
                ));
            }
            Ok(Span {
                start: Some(start),
                end,
            })
        }
    }
}

/// The canonical spelling of a resolved element.
fn canonical(elem: &Elem) -> String {
    let y = elem.year.unwrap_or_default();
    match elem.unit {
        Unit::Year => format!("{y}"),
        Unit::Part {
            first: true,
            months,
        } => format!("{y}-01..{y}-{months:02}"),
        Unit::Part {
            first: false,
            months,
        } => format!("{y}-{:02}..{y}-12", 13u32.saturating_sub(months)),
        Unit::Quarter(q) => format!("{y}-Q{q}"),
        Unit::Month(m) => format!("{y}-{m:02}"),
        Unit::Day {
            day,
            month: Some(m),
        } => format!("{y}-{m:02}-{day:02}"),
        Unit::Day { day, month: None } => format!("{y}-??-{day:02}"),
    }
}

// ---------------------------------------------------------------------------
// Numbers and dates

/// The value of a digit string, `None` if it does not fit.
fn num_value(digits: &str) -> Option<u32> {
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
fn shown(digits: &str) -> &str {
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
        _ => Err(WindowError::new(
            format!("{what} {} does not exist", shown(tok.digits())),
            tok.at.clone(),
        )),
    }
}

fn month_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..13, "month").map_err(|e| e.with_hint("months run from 1 to 12"))
}

fn day_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..32, "day")
}

fn quarter_value(tok: &Tok) -> Result<u32, WindowError> {
    ranged(tok, 1..5, "quarter").map_err(|e| e.with_hint("quarters run from I to IV"))
}

fn year_value(tok: &Tok) -> Result<i32, WindowError> {
    match num_value(tok.digits()) {
        Some(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) => {
            i32::try_from(y).map_err(|_| WindowError::new("year is out of range", tok.at.clone()))
        }
        _ => Err(WindowError::new(
            format!("year {} is out of range", shown(tok.digits())),
            tok.at.clone(),
        )
        .with_hint(format!("years run from {MIN_YEAR} to {MAX_YEAR}"))),
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

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// First day of month `first` to last day of month `last`, both in `year`.
fn month_bounds(year: i32, first: u32, last: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_ymd_opt(year, first, 1)?;
    let end = NaiveDate::from_ymd_opt(year, last, days_in_month(year, last)?)?;
    Some((start, end))
}

// ---------------------------------------------------------------------------
// Errors

/// Byte range of the text without surrounding whitespace.
fn trimmed_range(text: &str) -> Range<usize> {
    let start = text.len() - text.trim_start().len();
    start..start + text.trim().len()
}

fn cannot_read(text: &str) -> WindowError {
    const MAX_CHARS: usize = 60;
    let shown = visible(text.trim());
    let quoted = if shown.chars().count() > MAX_CHARS {
        format!("{}…", shown.chars().take(MAX_CHARS).collect::<String>())
    } else {
        shown.into_owned()
    };
    WindowError::new(
        format!("cannot read window \"{quoted}\""),
        trimmed_range(text),
    )
}

fn no_end(at: Range<usize>) -> WindowError {
    WindowError::new("range has no end", at)
        .with_hint("write both ends, e.g. \"Từ tháng 3 đến tháng 5/2021\"")
}

/// A cheap "did you mean" for a missing slash: "Tháng 6 2020", "2020/06".
fn suggestion(toks: &[Tok], text: &str) -> Option<String> {
    let digits = |t: &Tok| match &t.kind {
        Kind::Num(d) => Some(d.clone()),
        _ => None,
    };
    match toks {
        [word, a, b] if b.digits().len() == 4 && a.digits().len() <= 2 => {
            let a = digits(a)?;
            let b = digits(b)?;
            let written = text.get(word.at.clone())?;
            match word.word()? {
                "thang" | "quy" => Some(format!("did you mean \"{written} {a}/{b}\"?")),
                _ => None,
            }
        }
        [a, slash, b]
            if a.digits().len() == 4 && slash.kind == Kind::Slash && b.digits().len() <= 2 =>
        {
            Some(format!("did you mean \"{}-{}\"?", digits(a)?, digits(b)?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    /// `folded_chars` as first written: `fold_ascii` of each character.
    fn folded_chars_by_string(text: &str) -> Vec<(char, Range<usize>)> {
        let mut out: Vec<(char, Range<usize>)> = Vec::new();
        let mut buf = [0u8; 4];
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            if c.is_whitespace() {
                out.push((' ', i..end));
                continue;
            }
            let folded = fold_ascii(c.encode_utf8(&mut buf));
            if folded.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.1.end = end;
                }
                continue;
            }
            out.extend(folded.chars().map(|f| (f, i..end)));
        }
        out
    }

    #[test]
    fn folded_chars_match_folding_each_character_as_a_string() {
        use unicode_normalization::UnicodeNormalization;
        let texts = [
            "Tháng 6/2020",
            "Quý II/2020",
            "  Trước ngày 15/6/2020 ",
            "ĐỊNH KỲ 3 THÁNG/LẦN",
            "Thường xuyên, liên tục",
            "\u{301}a\u{300}\u{323}b",
            "Từ tháng 9 – 10/2020; ½ ǅ ﬁ İ ẞ",
        ];
        for text in texts {
            assert_eq!(folded_chars(text), folded_chars_by_string(text), "{text}");
            let nfd: String = text.nfd().collect();
            assert_eq!(folded_chars(&nfd), folded_chars_by_string(&nfd), "{nfd}");
        }
        let mut every = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            every.push(c);
            every.push('x');
        }
        assert_eq!(folded_chars(&every), folded_chars_by_string(&every));
    }

    fn span(a: (i32, u32, u32), b: (i32, u32, u32)) -> Span {
        Span {
            start: Some(d(a.0, a.1, a.2)),
            end: d(b.0, b.1, b.2),
        }
    }

    fn one(text: &str) -> Span {
        match parse_window(text, None) {
            Ok(Window::Span(s)) => s,
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    fn err(text: &str) -> WindowError {
        match parse_window(text, None) {
            Err(e) => {
                assert!(text.is_char_boundary(e.at.start) && text.is_char_boundary(e.at.end));
                assert!(e.at.start <= e.at.end && e.at.end <= text.len());
                e
            }
            Ok(w) => panic!("{text:?} should fail, gave {w:?}"),
        }
    }

    fn year_2020() -> Span {
        span((2020, 1, 1), (2020, 12, 31))
    }

    // --- Years

    #[test]
    fn year_canonical() {
        assert_eq!(one("2020"), year_2020());
    }

    #[test]
    fn year_vietnamese() {
        assert_eq!(one("Năm 2020"), year_2020());
        assert_eq!(one("  nam   2020. "), year_2020());
    }

    // --- Months

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

    // --- Quarters

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

    // --- Days

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

    // --- Ranges

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

    // --- Deadlines

    #[test]
    fn deadline_canonical() {
        let due = Span {
            start: None,
            end: d(2020, 6, 15),
        };
        assert_eq!(one("..2020-06-15"), due);
    }

    #[test]
    fn deadline_vietnamese() {
        let due = Span {
            start: None,
            end: d(2020, 6, 15),
        };
        assert_eq!(one("Trước ngày 15/6/2020"), due);
        assert_eq!(
            one("Trước 30/6/2020"),
            Span {
                start: None,
                end: d(2020, 6, 30)
            }
        );
        assert_eq!(
            one("Trước tháng 6/2020"),
            Span {
                start: None,
                end: d(2020, 6, 30)
            }
        );
    }

    // --- Milestones

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
    fn milestones_are_sorted_by_end() {
        assert_eq!(
            parse_window("Tháng 12, tháng 6/2020", None),
            Ok(Window::Milestones(vec![
                span((2020, 6, 1), (2020, 6, 30)),
                span((2020, 12, 1), (2020, 12, 31)),
            ]))
        );
    }

    // --- Parts of a year

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

    // --- Words

    #[test]
    fn ongoing() {
        assert_eq!(parse_window("Thường xuyên", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("thuong xuyen.", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("ongoing", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("Ongoing", None), Ok(Window::Ongoing));
    }

    #[test]
    fn recurring() {
        let r = |every, month| Ok(Window::Recurring { every, month });
        assert_eq!(parse_window("Hằng năm", None), r(Every::Year, None));
        assert_eq!(parse_window("Hàng năm", None), r(Every::Year, None));
        assert_eq!(
            parse_window("Trong tháng 6 hằng năm", None),
            r(Every::Year, Some(6))
        );
        assert_eq!(parse_window("Hằng quý", None), r(Every::Quarter, None));
        assert_eq!(parse_window("Hàng quý", None), r(Every::Quarter, None));
        assert_eq!(parse_window("Định kỳ 6 tháng", None), r(Every::Half, None));
        assert_eq!(parse_window("Hằng tháng", None), r(Every::Month, None));
    }

    #[test]
    fn conditional() {
        for text in [
            "Sau khi có hướng dẫn của cấp trên",
            "Theo hướng dẫn của Sở Nội vụ",
            "Theo kế hoạch của UBND tỉnh …",
            "Khi có vụ việc",
            "Khi có yêu cầu.",
        ] {
            assert_eq!(parse_window(text, None), Ok(Window::Conditional), "{text}");
        }
    }

    // --- The seed plan

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

    // --- Missing years

    #[test]
    fn missing_year_takes_default() {
        assert_eq!(
            parse_window("Tháng 6", Some(2020)),
            Ok(Window::Span(span((2020, 6, 1), (2020, 6, 30))))
        );
        assert_eq!(
            parse_window("Quý II", Some(2020)),
            Ok(Window::Span(span((2020, 4, 1), (2020, 6, 30))))
        );
        assert_eq!(
            parse_window("Tháng 9 - 10", Some(2020)),
            Ok(Window::Span(span((2020, 9, 1), (2020, 10, 31))))
        );
    }

    #[test]
    fn missing_year_without_default_is_an_error_with_hint() {
        for text in ["Tháng 6", "Quý II", "Tháng 9 - 10"] {
            let e = err(text);
            assert!(e.message.contains("has no year"), "{}", e.message);
            assert_eq!(e.hint.as_deref(), Some(NO_YEAR_HINT));
        }
        let e = err("Tháng 6");
        assert_eq!(e.message, "month 6 has no year");
        assert_eq!(e.at, 0.."Tháng 6".len());
    }

    // --- Leap years

    #[test]
    fn leap_years() {
        assert_eq!(one("29/2/2020"), span((2020, 2, 29), (2020, 2, 29)));
        assert_eq!(one("29/2/2000"), span((2000, 2, 29), (2000, 2, 29)));
        assert_eq!(
            err("29/2/2021").message,
            "29/2/2021 is not a date: February 2021 has 28 days"
        );
        assert_eq!(
            err("29/2/1900").message,
            "29/2/1900 is not a date: February 1900 has 28 days"
        );
        assert_eq!(one("Tháng 2/2020").end, d(2020, 2, 29));
    }

    // --- Errors

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
    fn february_30_is_not_a_date() {
        let e = err("30/2/2020");
        assert_eq!(
            e.message,
            "30/2/2020 is not a date: February 2020 has 29 days"
        );
        assert_eq!(e.at, 0..9);
        assert_eq!(
            err("2020-02-30").message,
            "2020-02-30 is not a date: February 2020 has 29 days"
        );
    }

    #[test]
    fn reversed_range() {
        assert_eq!(
            err("2020-10..2020-09").message,
            "range ends before it starts: 2020-10..2020-09"
        );
        assert_eq!(
            err("Tháng 10 - 9/2020").message,
            "range ends before it starts: 2020-10..2020-09"
        );
    }

    #[test]
    fn empty_text() {
        assert_eq!(err("").message, "empty window");
        assert_eq!(err("   \t ").message, "empty window");
    }

    #[test]
    fn gibberish() {
        assert_eq!(err("abc").message, "cannot read window \"abc\"");
        assert_eq!(err("  abc ").at, 2..5);
        assert_eq!(err("Tháng sáu").message, "cannot read window \"Tháng sáu\"");
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

    #[test]
    fn month_dash_year_is_not_guessed() {
        let e = err("Tháng 6-2020");
        assert_eq!(e.message, "cannot read window \"Tháng 6-2020\"");
        assert_eq!(e.hint.as_deref(), Some("did you mean \"Tháng 6/2020\"?"));
        assert_eq!(one("Năm 2019 - 2020"), span((2019, 1, 1), (2020, 12, 31)));
    }

    #[test]
    fn bare_month_and_year() {
        assert_eq!(one("6/2020"), span((2020, 6, 1), (2020, 6, 30)));
        assert_eq!(one("Trong năm 2020"), year_2020());
        assert_eq!(
            one("Chậm nhất ngày 30/6/2020"),
            Span {
                start: None,
                end: d(2020, 6, 30)
            }
        );
        assert_eq!(
            one("Từ ngày 1 đến hết ngày 15/6/2020"),
            span((2020, 6, 1), (2020, 6, 15))
        );
    }

    #[test]
    fn range_without_end() {
        assert_eq!(err("Từ tháng 3/2021").message, "range has no end");
        assert_eq!(err("2020-06..").message, "range has no end");
        assert_eq!(err("Tháng 9 -").message, "range has no end");
    }

    #[test]
    fn cheap_suggestions() {
        assert_eq!(
            err("Tháng 12 2020").hint.as_deref(),
            Some("did you mean \"Tháng 12/2020\"?")
        );
        assert_eq!(
            err("2020/06").hint.as_deref(),
            Some("did you mean \"2020-06\"?")
        );
    }

    #[test]
    fn display_is_the_message() {
        let e = err("abc");
        assert_eq!(e.to_string(), e.message);
    }

    // --- Milestones of a window

    fn period(a: i32, b: i32) -> Span {
        span((a, 1, 1), (b, 12, 31))
    }

    #[test]
    fn milestones_of_ongoing() {
        let p = period(2020, 2020);
        assert_eq!(Window::Ongoing.milestones(Some(&p)), Ok(vec![p]));
    }

    #[test]
    fn milestones_of_quarterly() {
        let w = parse_window("Hằng quý", None).expect("recurring");
        let spans = w.milestones(Some(&period(2020, 2020))).expect("spans");
        assert_eq!(
            spans,
            vec![
                span((2020, 1, 1), (2020, 3, 31)),
                span((2020, 4, 1), (2020, 6, 30)),
                span((2020, 7, 1), (2020, 9, 30)),
                span((2020, 10, 1), (2020, 12, 31)),
            ]
        );
    }

    #[test]
    fn milestones_of_june_every_year() {
        let w = parse_window("Trong tháng 6 hằng năm", None).expect("recurring");
        let spans = w.milestones(Some(&period(2019, 2021))).expect("spans");
        assert_eq!(
            spans,
            vec![
                span((2019, 6, 1), (2019, 6, 30)),
                span((2020, 6, 1), (2020, 6, 30)),
                span((2021, 6, 1), (2021, 6, 30)),
            ]
        );
    }

    #[test]
    fn milestones_of_half_yearly() {
        let w = parse_window("Định kỳ 6 tháng", None).expect("recurring");
        let spans = w.milestones(Some(&period(2020, 2021))).expect("spans");
        assert_eq!(spans.len(), 4);
        assert_eq!(spans[0], span((2020, 1, 1), (2020, 6, 30)));
        assert_eq!(spans[1], span((2020, 7, 1), (2020, 12, 31)));
    }

    #[test]
    fn milestones_are_clipped_to_the_period() {
        let p = span((2020, 5, 15), (2020, 8, 10));
        let w = Window::Recurring {
            every: Every::Month,
            month: None,
        };
        let spans = w.milestones(Some(&p)).expect("spans");
        assert_eq!(spans.len(), 4);
        assert_eq!(spans[0], span((2020, 5, 15), (2020, 5, 31)));
        assert_eq!(spans[3], span((2020, 8, 1), (2020, 8, 10)));
    }

    #[test]
    fn milestones_of_dated_and_conditional() {
        let s = span((2020, 6, 1), (2020, 6, 30));
        assert_eq!(Window::Span(s).milestones(None), Ok(vec![s]));
        assert_eq!(Window::Conditional.milestones(None), Ok(vec![]));
    }

    #[test]
    fn milestones_without_period_is_an_error() {
        let e = Window::Ongoing.milestones(None).expect_err("needs period");
        assert_eq!(e.message, "\"thường xuyên\" needs the plan's period");
        assert_eq!(e.at, 0..0);
        let w = Window::Recurring {
            every: Every::Quarter,
            month: None,
        };
        assert!(w.milestones(None).is_err());
    }

    // --- Robustness

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
