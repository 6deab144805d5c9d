//! A lean scanner for the `[[task]]` blocks of a plan written the way
//! `plan` and people write them: `key = value` lines whose values are
//! one-line strings, booleans, days and arrays of them. It builds the same
//! table, with the same spans, as the toml crate would, without its token
//! stream and tree building, so the typed reading (`Reader::task`) and
//! every diagnostic stay the toml path's own.
//!
//! Anything else — multi-line strings, inline tables, numbers, dotted or
//! quoted keys, another table header, a syntax error — makes it answer
//! `None`, and the file is read by the toml crate as before: the scanner
//! only ever accepts text the crate reads to the very same table.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};
use toml::value::{Date, Datetime};

/// The header every block scanned here starts with, alone on its line.
pub(super) const HEADER: &[u8] = b"[[task]]";

/// How deep arrays may nest before the scanner leaves the text to toml.
const MAX_DEPTH: usize = 4;

/// The table of a `[[task]]` block (header first), spans relative to the
/// block, or `None` when the block holds anything this scanner leaves to
/// the toml crate.
pub(super) fn task_table(block: &str) -> Option<DeTable<'_>> {
    let bytes = block.as_bytes();
    let mut at = line_end(bytes, bytes.strip_prefix(HEADER).map(|_| HEADER.len())?)?;
    let mut table = DeTable::with_capacity(8);
    while at < bytes.len() {
        at = skip_blank(bytes, at);
        match bytes.get(at) {
            None => break,
            Some(b'\n' | b'\r') => at = line_end(bytes, at)?,
            Some(b'#') => at = comment(bytes, at)?,
            Some(&c) if is_bare(c) => {
                let key_start = at;
                while at < bytes.len() && is_bare(bytes[at]) {
                    at += 1;
                }
                let key = key_start..at;
                at = skip_blank(bytes, at);
                if bytes.get(at) != Some(&b'=') {
                    return None;
                }
                at = skip_blank(bytes, at + 1);
                let (value, end) = value(block, at, 0)?;
                at = skip_blank(bytes, end);
                at = match bytes.get(at) {
                    Some(b'#') => comment(bytes, at)?,
                    _ => line_end(bytes, at)?,
                };
                let key = Spanned::new(key.clone(), Cow::Borrowed(&block[key]));
                if table.insert(key, value).is_some() {
                    // A key given twice: toml's error to report.
                    return None;
                }
            }
            Some(_) => return None,
        }
    }
    Some(table)
}

/// The span of a block's header, as toml gives it to the block's table.
pub(super) fn header_span() -> Range<usize> {
    0..HEADER.len()
}

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

fn skip_blank(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// Past the end of the line at `at`, which must end there.
fn line_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at) {
        None => Some(at),
        Some(b'\n') => Some(at + 1),
        Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => Some(at + 2),
        _ => None,
    }
}

/// Past a comment at `at` and its line end. A control character in it is
/// toml's error to report.
fn comment(bytes: &[u8], at: usize) -> Option<usize> {
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
    let text = &bytes[at..end];
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    if text.iter().any(|&c| is_control(c)) {
        return None;
    }
    line_end(bytes, at + text.len())
}

/// A character TOML allows in no string or comment as it is.
fn is_control(c: u8) -> bool {
    (c < 0x20 && c != b'\t') || c == 0x7F
}

/// The value at `at` and the offset just past it.
fn value(text: &str, at: usize, depth: usize) -> Option<(Spanned<DeValue<'_>>, usize)> {
    let bytes = text.as_bytes();
    match *bytes.get(at)? {
        b'"' => basic_string(text, at),
        b'\'' => literal_string(text, at),
        b'[' if depth < MAX_DEPTH => array(text, at, depth),
        b't' if bytes[at..].starts_with(b"true") => {
            Some((Spanned::new(at..at + 4, DeValue::Boolean(true)), at + 4))
        }
        b'f' if bytes[at..].starts_with(b"false") => {
            Some((Spanned::new(at..at + 5, DeValue::Boolean(false)), at + 5))
        }
        b'0'..=b'9' => date(bytes, at),
        _ => None,
    }
}

fn basic_string(text: &str, at: usize) -> Option<(Spanned<DeValue<'_>>, usize)> {
    let bytes = text.as_bytes();
    let start = at + 1;
    if bytes[start..].starts_with(b"\"\"") {
        // `"""`, or an empty string just before a quote: toml's to judge.
        if bytes.get(start + 2) == Some(&b'"') {
            return None;
        }
    }
    let mut i = start;
    let mut escaped = false;
    loop {
        match *bytes.get(i)? {
            b'"' => break,
            b'\\' => {
                escaped = true;
                i += 2;
            }
            c if is_control(c) => return None,
            _ => i += 1,
        }
    }
    let raw = text.get(start..i)?;
    let value = if escaped {
        Cow::Owned(unescape(raw)?)
    } else {
        Cow::Borrowed(raw)
    };
    Some((Spanned::new(at..i + 1, DeValue::String(value)), i + 1))
}

/// The text of a basic string with its escapes read: those of TOML 1.0;
/// any other is left to toml.
fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let c = match chars.next()? {
            'b' => '\u{8}',
            't' => '\t',
            'n' => '\n',
            'f' => '\u{c}',
            'r' => '\r',
            '"' => '"',
            '\\' => '\\',
            'u' => hex(&mut chars, 4)?,
            'U' => hex(&mut chars, 8)?,
            _ => return None,
        };
        out.push(c);
    }
    Some(out)
}

fn hex(chars: &mut std::str::Chars<'_>, digits: usize) -> Option<char> {
    let mut code = 0u32;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.to_digit(16)?;
    }
    char::from_u32(code)
}

fn literal_string(text: &str, at: usize) -> Option<(Spanned<DeValue<'_>>, usize)> {
    let bytes = text.as_bytes();
    let start = at + 1;
    if bytes[start..].starts_with(b"''") {
        return None;
    }
    let mut i = start;
    loop {
        match *bytes.get(i)? {
            b'\'' => break,
            c if is_control(c) => return None,
            _ => i += 1,
        }
    }
    let value = DeValue::String(Cow::Borrowed(text.get(start..i)?));
    Some((Spanned::new(at..i + 1, value), i + 1))
}

/// Skip blanks and line ends inside an array; a comment there is left to
/// toml.
fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at) {
            Some(b' ' | b'\t' | b'\n') => at += 1,
            Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => at += 2,
            _ => return at,
        }
    }
}

fn array(text: &str, at: usize, depth: usize) -> Option<(Spanned<DeValue<'_>>, usize)> {
    let bytes = text.as_bytes();
    let mut items = DeArray::new();
    let mut i = skip_space(bytes, at + 1);
    loop {
        if bytes.get(i) == Some(&b']') {
            break;
        }
        let (item, end) = value(text, i, depth + 1)?;
        items.push(item);
        i = skip_space(bytes, end);
        match bytes.get(i)? {
            b',' => i = skip_space(bytes, i + 1),
            b']' => break,
            _ => return None,
        }
    }
    Some((Spanned::new(at..i + 1, DeValue::Array(items)), i + 1))
}

/// A local date, `2020-06-30`, that exists; a time after it is left to toml.
fn date(bytes: &[u8], at: usize) -> Option<(Spanned<DeValue<'static>>, usize)> {
    let text = bytes.get(at..at + 10)?;
    let digits = |range: Range<usize>| -> Option<u32> {
        text[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days {
        return None;
    }
    let date = Date {
        year: u16::try_from(year).ok()?,
        month: u8::try_from(month).ok()?,
        day: u8::try_from(day).ok()?,
    };
    let value = DeValue::Datetime(Datetime {
        date: Some(date),
        time: None,
        offset: None,
    });
    Some((Spanned::new(at..at + 10, value), at + 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table toml reads from a block, or None when it finds an error.
    fn toml_table(block: &str) -> Option<String> {
        let (root, errors) = DeTable::parse_recoverable(block);
        if !errors.is_empty() {
            return None;
        }
        let root = root.into_inner();
        let task = root.get("task")?;
        let DeValue::Array(items) = task.get_ref() else {
            return None;
        };
        let item = items.iter().next()?;
        assert_eq!(item.span(), header_span(), "{block:?}");
        match item.get_ref() {
            DeValue::Table(table) => Some(format!("{table:?}")),
            _ => None,
        }
    }

    /// Whenever the scanner reads a block, toml reads it to the same table
    /// with the same spans.
    fn agrees(block: &str) -> bool {
        match task_table(block) {
            Some(table) => {
                let ours = format!("{table:?}");
                assert_eq!(Some(ours), toml_table(block), "{block:?}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn a_block_as_plan_writes_it_reads_as_toml_reads_it() {
        let block = "[[task]]\nid = \"1.2\"\ntitle = \"Tổ chức \\\"Ngày hội\\\" \\u00e1\"  # note\nlead = [\"a\", 'b',]\npartners = [\n  \"c\",\n  \"d\"\n]\nwindow = [\"Tháng 6/2020\", \"2020-Q3\"]\nstatus = \"done\"\ndone = 2020-06-30\nmilestones_done = [2020-02-29, 2020-06-30]\nreview = []\nflag = true\n\n# after\n\r\n";
        assert!(agrees(block));
        assert!(agrees("[[task]]"));
        assert!(agrees("[[task]]\r\nid = ''\r\ntitle=\"\"\r\n"));
    }

    #[test]
    fn what_the_scanner_does_not_read_is_left_to_toml() {
        for block in [
            "[[task]] # c\nid = \"1\"\n",
            "[[task]]\nid = 1\n",
            "[[task]]\nid = \"1\"\nid = \"2\"\n",
            "[[task]]\nid = \"\"\"x\"\"\"\n",
            "[[task]]\nid = '''x'''\n",
            "[[task]]\nid = \"x\n",
            "[[task]]\nid = \"x\" y\n",
            "[[task]]\nreports.a = { on = 2020-06-28 }\n",
            "[[task]]\n\"id\" = \"1\"\n",
            "[[task]]\ndone = 2020-02-30\n",
            "[[task]]\ndone = 2021-02-29\n",
            "[[task]]\ndone = 2020-13-01\n",
            "[[task]]\ndone = 2020-06-01T10:00:00\n",
            "[[task]]\ndone = 2020-06-01 10:00:00\n",
            "[[task]]\nlead = [\"a\" # c\n]\n",
            "[[task]]\nlead = [\"a\"\n",
            "[[task]]\nnote = \"\\e\"\n",
            "[[task]]\nnote = \"\\ud800\"\n",
            "[[task]]\nnote = \"a\u{7f}\"\n",
            "[[task]]\n# a\u{1}b\n",
            "[[task]]\n[task.x]\n",
            "[[task]]\n  [[task]]\n",
            "[[task]]\nx = truex\n",
            "[[task]]\nx = [[[[[1]]]]]\n",
        ] {
            assert!(!agrees(block), "{block:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scanner_never_reads_a_block_otherwise_than_toml(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "id", "title", "lead", "x-1", "_", " ", "\t", "=", " = ", "\"", "'", "\\", "\\\"",
                "\\n", "\\u00e1", "\\x41", "#", "\n", "\r\n", "\r", "[", "]", ",", "{", "}", ".",
                "2020-06-30", "2020-02-30", "T10:00", "true", "false", "1", "-", "ầ", "\u{7f}",
                "\u{0}", "\"\"\"", "[[task]]", "\"a\"", "[\"a\", \"b\"]", "lead = [\"a\"]\n",
                "id = \"1\"\n", "done = 2020-06-30\n",
            ]), 0..24)
        ) {
            let block = format!("[[task]]\n{}", parts.concat());
            agrees(&block);
        }
    }
}
