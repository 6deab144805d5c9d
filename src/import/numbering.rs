//! The numbers and bullets a word processor draws in front of the items
//! of an automatic list, which are not in the document's text: a plan
//! whose tasks are an automatic list "1.", "2." would otherwise read as
//! paragraphs without their numbers, and its tasks would not be found.
//! [`Levels`] say how each level of a list is numbered; [`Counter`] counts
//! a list's items as they come and gives each its label, as Word and
//! LibreOffice show it ("2.", "1.3.", "b)", "-"). Read from a .docx's
//! word/numbering.xml here; the .odt reader fills [`Levels`] from its list
//! styles.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Levels of a list (Word and ODF both have up to ten).
pub const MAX_LEVELS: usize = 10;

/// Longer than any list label a document shows ("1.2.3.4.", "Điều 12.").
pub const MAX_LABEL_CHARS: usize = 32;

/// How a level's number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Decimal,
    /// 01, 02, …
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    /// A bullet: the level's text is the bullet.
    Bullet,
    /// No number: the level's text alone.
    None,
}

/// One level of a list.
#[derive(Debug, Clone, Default)]
pub struct Level {
    pub format: Format,
    /// The first number.
    pub start: u32,
    /// The label with `%1` … `%9` for the numbers of the levels (Word's
    /// `lvlText`: "%1.", "%1.%2.", "-"); a bullet's character.
    pub text: String,
}

/// The levels of one list, by level (0 is the outermost).
pub type Levels = Vec<Option<Level>>;

/// The items counted so far of one list, by level.
#[derive(Debug, Clone, Default)]
pub struct Counter {
    counts: [Option<u32>; MAX_LEVELS],
}

impl Counter {
    /// The label of the next item at `level`, counting it; deeper levels
    /// start again after it. None when the level draws nothing.
    pub fn next(&mut self, levels: &Levels, level: usize) -> Option<String> {
        let level = level.min(MAX_LEVELS - 1);
        let this = levels.get(level)?.as_ref()?;
        self.counts[level] = Some(self.counts[level].map_or(this.start, |n| n.saturating_add(1)));
        for deeper in &mut self.counts[level + 1..] {
            *deeper = None;
        }
        let label = match this.format {
            Format::Bullet => bullet(&this.text).to_string(),
            _ => self.fill(levels, &this.text),
        };
        // A label is a few characters; a longer one (a document built to
        // multiply its size) is cut.
        let label: String = label.trim().chars().take(MAX_LABEL_CHARS).collect();
        (!label.is_empty()).then_some(label)
    }

    /// `text` with each `%N` replaced by the number of level N.
    fn fill(&self, levels: &Levels, text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(d)) if (1..=MAX_LEVELS as u32).contains(&d) => {
                    chars.next();
                    let at = d as usize - 1;
                    let level = levels.get(at).and_then(Option::as_ref);
                    let start = level.map_or(1, |l| l.start);
                    let format = level.map_or(Format::Decimal, |l| l.format);
                    out.push_str(&number(self.counts[at].unwrap_or(start), format));
                }
                _ => out.push(c),
            }
        }
        out
    }
}

/// A bullet as the importer reads bullets: a dash, plus, star or dot kept,
/// anything else (a symbol font's private character, "o", "§") a dot.
fn bullet(text: &str) -> &str {
    match text.trim() {
        b @ ("-" | "–" | "+" | "*" | "•") => b,
        _ => "•",
    }
}

/// `n` written in `format`.
pub fn number(n: u32, format: Format) -> String {
    match format {
        Format::Decimal => n.to_string(),
        Format::DecimalZero => format!("{n:02}"),
        Format::LowerLetter => letters(n),
        Format::UpperLetter => letters(n).to_uppercase(),
        Format::LowerRoman => roman(n).to_lowercase(),
        Format::UpperRoman => roman(n),
        Format::Bullet | Format::None => String::new(),
    }
}

/// a … z, then aa … zz, as word processors letter a list.
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = char::from(b'a' + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(100) as usize;
    letter.to_string().repeat(times)
}

/// `n` in Roman numerals (up to 3999; larger numbers as digits).
fn roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, part) in PARTS {
        while n >= value {
            out.push_str(part);
            n -= value;
        }
    }
    out
}

/// A `w:num`: its id, its abstract list, its start overrides by level.
type Num = (String, String, Vec<(usize, u32)>);

/// The lists of a .docx (word/numbering.xml): each `w:num` by its id, with
/// the levels of its abstract list and the start overrides it makes, and
/// the count of each.
#[derive(Debug, Default)]
pub struct DocxNumbering {
    lists: HashMap<String, Levels>,
    counters: HashMap<String, Counter>,
    /// The level a paragraph style is linked to in a list (`w:pStyle`
    /// inside a `w:lvl`).
    linked: HashMap<String, usize>,
    /// Paragraph styles (word/styles.xml) by id: the list and level they
    /// number their paragraphs with, and the style they are based on.
    styles: HashMap<String, StyleList>,
}

/// What a paragraph style says of lists.
#[derive(Debug, Default, Clone)]
struct StyleList {
    num_id: Option<String>,
    level: Option<usize>,
    based_on: Option<String>,
}

impl DocxNumbering {
    /// Read from word/numbering.xml; what cannot be read numbers nothing.
    pub fn parse(xml: &str) -> Self {
        let mut abstracts: HashMap<String, Levels> = HashMap::new();
        let mut nums: Vec<Num> = Vec::new();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut override_level = 0usize;
        let mut linked = HashMap::new();
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let val = || attr(&e, "val").unwrap_or_default();
                    match e.local_name().as_ref() {
                        "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                        "lvl" if abstract_id.is_some() => {
                            let at = attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                            let start = Level {
                                start: 1,
                                ..Level::default()
                            };
                            level = Some((at, start));
                        }
                        "start" => {
                            if let Some((_, l)) = &mut level {
                                l.start = val().parse().unwrap_or(1);
                            }
                        }
                        "numFmt" => {
                            if let Some((_, l)) = &mut level {
                                l.format = docx_format(&val());
                            }
                        }
                        "lvlText" => {
                            if let Some((_, l)) = &mut level {
                                l.text = val();
                            }
                        }
                        "pStyle" => {
                            if let Some((at, _)) = &level {
                                linked.insert(val(), *at);
                            }
                        }
                        "num" => {
                            if let Some(id) = attr(&e, "numId") {
                                nums.push((id, String::new(), Vec::new()));
                            }
                        }
                        "abstractNumId" => {
                            if let Some(num) = nums.last_mut() {
                                num.1 = val();
                            }
                        }
                        "lvlOverride" => {
                            override_level =
                                attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                        "startOverride" => {
                            if let (Some(num), Ok(start)) = (nums.last_mut(), val().parse()) {
                                num.2.push((override_level, start));
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(id), Some((at, l))) = (&abstract_id, level.take())
                            && at < MAX_LEVELS
                        {
                            let levels = abstracts.entry(id.clone()).or_default();
                            if levels.len() <= at {
                                levels.resize(at + 1, None);
                            }
                            levels[at] = Some(l);
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        let mut lists = HashMap::new();
        for (id, abstract_id, overrides) in nums {
            let Some(mut levels) = abstracts.get(&abstract_id).cloned() else {
                continue;
            };
            for (at, start) in overrides {
                if let Some(Some(l)) = levels.get_mut(at) {
                    l.start = start;
                }
            }
            lists.insert(id, levels);
        }
        DocxNumbering {
            lists,
            linked,
            ..DocxNumbering::default()
        }
    }

    /// Paragraph styles that number their paragraphs, from
    /// word/styles.xml (a heading style linked to a list, say).
    pub fn read_styles(&mut self, xml: &str) {
        let mut reader = Reader::from_str(xml);
        let mut current: Option<(String, StyleList)> = None;
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let val = || attr(&e, "val");
                    match (e.local_name().as_ref(), &mut current) {
                        ("style", _) => {
                            current = attr(&e, "styleId").map(|id| (id, StyleList::default()));
                        }
                        ("basedOn", Some((_, s))) => s.based_on = val(),
                        ("numId", Some((_, s))) => s.num_id = val(),
                        ("ilvl", Some((_, s))) => s.level = val().and_then(|v| v.parse().ok()),
                        _ => {}
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    if let Some((id, style)) = current.take() {
                        self.styles.insert(id, style);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }

    /// The list and level paragraph style `style` numbers with, through
    /// the styles it is based on.
    pub fn of_style(&self, style: &str) -> Option<(String, usize)> {
        let mut id = style;
        let mut level = None;
        // A chain of styles is short; a loop in one is cut.
        for _ in 0..10 {
            let s = self.styles.get(id)?;
            level = level.or(s.level);
            if let Some(num) = &s.num_id {
                let linked = |s: &str| self.linked.get(s).copied();
                let level = level.or_else(|| linked(style)).or_else(|| linked(id));
                return (num != "0").then(|| (num.clone(), level.unwrap_or(0)));
            }
            id = s.based_on.as_deref()?;
        }
        None
    }

    /// The label of the next item of list `num_id` at `level`.
    pub fn next(&mut self, num_id: &str, level: usize) -> Option<String> {
        let levels = self.lists.get(num_id)?;
        self.counters
            .entry(num_id.to_string())
            .or_default()
            .next(levels, level)
    }
}

/// The value of attribute `name` (any prefix).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Word's `w:numFmt` values.
fn docx_format(value: &str) -> Format {
    match value {
        "decimalZero" => Format::DecimalZero,
        "lowerLetter" => Format::LowerLetter,
        "upperLetter" => Format::UpperLetter,
        "lowerRoman" => Format::LowerRoman,
        "upperRoman" => Format::UpperRoman,
        "bullet" => Format::Bullet,
        "none" => Format::None,
        _ => Format::Decimal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(format: Format, text: &str) -> Option<Level> {
        Some(Level {
            format,
            start: 1,
            text: text.into(),
        })
    }

    #[test]
    fn items_are_counted_and_deeper_levels_start_again() {
        let levels = vec![
            level(Format::UpperRoman, "%1."),
            level(Format::Decimal, "%2."),
            level(Format::Decimal, "%2.%3."),
            level(Format::LowerLetter, "%4)"),
        ];
        let mut c = Counter::default();
        let got: Vec<_> = [0, 1, 1, 2, 2, 1, 3, 3, 0, 1]
            .iter()
            .map(|&l| c.next(&levels, l).unwrap())
            .collect();
        assert_eq!(
            got,
            [
                "I.", "1.", "2.", "2.1.", "2.2.", "3.", "a)", "b)", "II.", "1."
            ]
        );
    }

    #[test]
    fn bullets_a_symbol_font_draws_are_dots() {
        let levels = vec![
            level(Format::Bullet, "-"),
            level(Format::Bullet, "\u{f0b7}"),
        ];
        let mut c = Counter::default();
        assert_eq!(c.next(&levels, 0).as_deref(), Some("-"));
        assert_eq!(c.next(&levels, 1).as_deref(), Some("•"));
    }

    #[test]
    fn a_label_is_a_few_characters_at_most() {
        let levels = vec![level(Format::Decimal, &"%1.".repeat(10_000))];
        let label = Counter::default().next(&levels, 0).unwrap();
        assert_eq!(label.chars().count(), MAX_LABEL_CHARS);
    }

    #[test]
    fn numbers_in_every_format() {
        assert_eq!(number(28, Format::LowerLetter), "bb");
        assert_eq!(number(14, Format::UpperRoman), "XIV");
        assert_eq!(number(4, Format::LowerRoman), "iv");
        assert_eq!(number(7, Format::DecimalZero), "07");
    }

    #[test]
    fn a_heading_style_linked_to_a_list_numbers_its_paragraphs() {
        let xml = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let styles = r#"<w:styles xmlns:w="w"><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="Heading2"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="Task"><w:basedOn w:val="Heading2"/></w:style><w:style w:styleId="Plain"><w:basedOn w:val="Loop"/></w:style><w:style w:styleId="Loop"><w:basedOn w:val="Plain"/></w:style></w:styles>"#;
        let mut n = DocxNumbering::parse(xml);
        n.read_styles(styles);
        assert_eq!(n.of_style("Heading1"), Some(("7".into(), 0)));
        assert_eq!(n.of_style("Heading2"), Some(("7".into(), 1)));
        assert_eq!(n.of_style("Task"), Some(("7".into(), 1)));
        assert_eq!(n.of_style("Plain"), None);
        assert_eq!(n.of_style("Normal"), None);
    }

    #[test]
    fn word_numbering_with_a_start_override() {
        let xml = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num></w:numbering>"#;
        let mut n = DocxNumbering::parse(xml);
        assert_eq!(n.next("1", 0).as_deref(), Some("1."));
        assert_eq!(n.next("1", 1).as_deref(), Some("-"));
        assert_eq!(n.next("1", 0).as_deref(), Some("2."));
        assert_eq!(n.next("2", 0).as_deref(), Some("5."));
        assert_eq!(n.next("9", 0), None);
    }
}
