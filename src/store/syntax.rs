//! TOML syntax errors worded for what they are. The parser says "duplicate
//! key" at the second place only and "recursion limit" at no place at all;
//! here a duplicate key or a table defined twice names the line of the
//! first, a key of thousands of parts is placed on its line, and each kind
//! of error gets a hint of its own (or none) instead of one for all.

use std::collections::HashMap;
use std::ops::Range;

/// One syntax problem to report.
pub(super) struct Problem {
    pub(super) span: Range<usize>,
    pub(super) message: String,
    pub(super) expected: Option<String>,
    pub(super) hint: Option<String>,
}

/// The parts a key may have: the parser's own limit.
const MAX_KEY_PARTS: usize = 80;

/// The problems `errors` stand for in `text`, whose first line is line
/// `base_line + 1` of its file.
pub(super) fn describe(text: &str, base_line: usize, errors: &[toml::de::Error]) -> Vec<Problem> {
    let lines = Lines::of(text);
    let mut problems = Vec::new();
    // The sections of tables defined twice: their keys clash with the
    // first definition's too, which says nothing new.
    // Kept sorted by start; sections do not overlap.
    let mut redefined: Vec<Range<usize>> = Vec::new();
    // Built when first needed, so that many errors cost one pass each.
    let mut first_headers: Option<HashMap<String, usize>> = None;
    let mut section_keys: HashMap<usize, HashMap<&str, usize>> = HashMap::new();
    for error in errors {
        let message = error.message().trim_end_matches('.');
        let span = error.span();
        if message == "duplicate key"
            && let Some(span) = span
        {
            let at = redefined.partition_point(|section| section.start <= span.start);
            if at > 0 && redefined[at - 1].contains(&span.start) {
                continue;
            }
            let line = lines.index_of(span.start);
            let name = text.get(span.clone()).unwrap_or("").to_string();
            let problem = if let Some(header) = header_name(lines.text(line)) {
                let section = lines.section_after(line);
                let at = redefined.partition_point(|s| s.start <= section.start);
                redefined.insert(at, section);
                let first_line = first_headers
                    .get_or_insert_with(|| lines.first_headers())
                    .get(&header)
                    .copied()
                    .filter(|&n| n < line);
                let message = match first_line {
                    Some(n) => crate::t!(
                        "diag-table-twice-first",
                        header = header,
                        line = base_line + n + 1
                    ),
                    None => crate::t!("diag-table-twice", header = header),
                };
                Problem {
                    span,
                    message,
                    expected: None,
                    hint: Some(crate::t!("diag-table-twice-hint")),
                }
            } else {
                let key = text
                    .get(lines.start(line)..span.end)
                    .unwrap_or("")
                    .trim_start();
                let from = lines.section_start(line);
                let first_line = section_keys
                    .entry(from)
                    .or_insert_with(|| lines.keys_set(from))
                    .get(key)
                    .copied()
                    .filter(|&n| n < line)
                    .or_else(|| (from..line).find(|&n| sets_key(lines.text(n), key)));
                let message = match first_line {
                    Some(n) => crate::t!(
                        "diag-key-twice-first",
                        name = name,
                        line = base_line + n + 1
                    ),
                    None => crate::t!("diag-key-twice", name = name),
                };
                Problem {
                    span,
                    message,
                    expected: None,
                    hint: Some(crate::t!("diag-key-twice-hint")),
                }
            };
            problems.push(problem);
            continue;
        }
        if message == "recursion limit"
            && let Some((span, parts)) = longest_key(text, &lines)
        {
            problems.push(Problem {
                span,
                message: crate::t!("diag-key-parts", parts = parts, max = MAX_KEY_PARTS),
                expected: Some(crate::t!("diag-key-parts-expected")),
                hint: None,
            });
            continue;
        }
        problems.push(Problem {
            span: span.unwrap_or(0..0),
            message: crate::t!(
                "diag-toml-invalid",
                message = super::toml_words::message(message)
            ),
            expected: None,
            hint: hint(message).map(|key| crate::i18n::message(key, None)),
        });
    }
    problems
}

/// The catalog key of the hint for a parser message, by its kind.
fn hint(message: &str) -> Option<&'static str> {
    let kind = message.split(", expected").next().unwrap_or(message);
    Some(match kind {
        "invalid boolean"
        | "invalid float"
        | "invalid integer"
        | "string values must be quoted"
        | "invalid value"
        | "missing value" => "diag-toml-hint-quotes",
        "invalid basic string" => "diag-toml-hint-basic-string",
        "invalid literal string" => "diag-toml-hint-literal-string",
        "invalid multi-line basic string" => "diag-toml-hint-multi-line-basic",
        "invalid multi-line literal string" => "diag-toml-hint-multi-line-literal",
        "missing escaped value" | "too few unicode value digits" => "diag-toml-hint-escape",
        "invalid date" | "invalid time" | "invalid date-time" | "invalid offset" => {
            "diag-toml-hint-date"
        }
        "missing comma between array elements" | "unclosed array" | "extra comma in array" => {
            "diag-toml-hint-array"
        }
        "unclosed table" | "unclosed array table" => "diag-toml-hint-table",
        "invalid unquoted key"
        | "key with no value"
        | "missing assignment between key-value pairs"
        | "unquoted keys cannot be empty" => "diag-toml-hint-key",
        "unexpected key or value" | "unexpected content" => "diag-toml-hint-line",
        _ => return None,
    })
}

/// The name of a table header line (`[a.b]`, `[[task]]`), its parts
/// joined by dots without spaces, or None for any other line.
fn header_name(line: &str) -> Option<String> {
    let line = line.trim();
    let inner = line.strip_prefix('[')?;
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    let end = inner.find(']')?;
    let name = &inner[..end];
    if line.starts_with("[[") || name.contains(['"', '\'']) {
        // An array of tables is never defined twice; quoted parts keep
        // their spaces.
        return (!line.starts_with("[[")).then(|| name.trim().to_string());
    }
    Some(name.split('.').map(str::trim).collect::<Vec<_>>().join("."))
}

/// Whether `line` sets `key` (the text of a key as written, maybe dotted)
/// or a key below it.
fn sets_key(line: &str, key: &str) -> bool {
    !key.is_empty()
        && line
            .trim_start()
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(['=', '.']))
}

/// The line and the number of parts of the key or table header with the
/// most parts.
fn longest_key(text: &str, lines: &Lines) -> Option<(Range<usize>, usize)> {
    (0..lines.count())
        .map(|n| {
            let line = lines.text(n);
            let key = line.split('=').next().unwrap_or(line);
            let parts = key.matches('.').count() + 1;
            let indent = line.len() - line.trim_start().len();
            let start = lines.start(n) + indent;
            (
                start..start + key.trim().len().min(text.len() - start),
                parts,
            )
        })
        .filter(|(_, parts)| *parts > MAX_KEY_PARTS)
        .max_by_key(|(span, parts)| (*parts, std::cmp::Reverse(span.start)))
}

/// The lines of a text, by the offsets they start at.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The lines that start with `[`: headers, or lines of an array.
    brackets: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn of(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut lines = Lines {
            text,
            starts,
            brackets: Vec::new(),
        };
        lines.brackets = (0..lines.count())
            .filter(|&n| lines.text(n).trim_start().starts_with('['))
            .collect();
        lines
    }

    /// The first line of each table header name.
    fn first_headers(&self) -> HashMap<String, usize> {
        let mut first = HashMap::new();
        for &n in &self.brackets {
            if let Some(name) = header_name(self.text(n)) {
                first.entry(name).or_insert(n);
            }
        }
        first
    }

    /// The keys (as written, maybe dotted, and each of their leading
    /// parts) that the lines of the section from line `from` set, with
    /// the first line that sets each: what [`sets_key`] would find.
    fn keys_set(&self, from: usize) -> HashMap<&'a str, usize> {
        let end = self.brackets[self.brackets.partition_point(|&n| n < from)..]
            .first()
            .copied()
            .unwrap_or(self.count());
        let mut keys = HashMap::new();
        for n in from..end {
            let line = self.text(n).trim_start();
            let key_end = line.find('=').map_or(line.len(), |i| i + 1);
            for (p, _) in line[..key_end].char_indices().skip(1) {
                if line[p..].trim_start().starts_with(['=', '.']) {
                    keys.entry(&line[..p]).or_insert(n);
                }
            }
        }
        keys
    }

    fn count(&self) -> usize {
        self.starts.len()
    }

    fn start(&self, line: usize) -> usize {
        self.starts[line]
    }

    /// The 0-based line holding `offset`.
    fn index_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Line `line` without its line ending.
    fn text(&self, line: usize) -> &'a str {
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |&s| s - 1);
        self.text[self.starts[line]..end].trim_end_matches('\r')
    }

    /// The first line of the table section holding `line`: the line after
    /// the header above it, or the first line.
    fn section_start(&self, line: usize) -> usize {
        let before = self.brackets.partition_point(|&n| n < line);
        before.checked_sub(1).map_or(0, |i| self.brackets[i] + 1)
    }

    /// The offsets of the section that header line `line` opens.
    fn section_after(&self, line: usize) -> Range<usize> {
        let after = self.brackets.partition_point(|&n| n <= line);
        let end = self
            .brackets
            .get(after)
            .map_or(self.text.len(), |&n| self.starts[n]);
        self.starts[line]..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        let (_, errors) = toml::de::DeTable::parse_recoverable(text);
        let lines = Lines::of(text);
        describe(text, 0, &errors)
            .into_iter()
            .map(|p| format!("{}: {}", lines.index_of(p.span.start) + 1, p.message))
            .collect()
    }

    /// Each kind of TOML error has its own hint: a key set twice is not
    /// told that strings need double quotes.
    #[test]
    fn each_kind_of_error_has_its_own_hint() {
        let hint = |text: &str| {
            let (_, errors) = toml::de::DeTable::parse_recoverable(text);
            describe(text, 0, &errors)
                .into_iter()
                .next()
                .and_then(|p| p.hint)
        };
        assert_eq!(
            hint("[plan]\nid = \"a\"\nid = \"b\"\n").as_deref(),
            Some("a key is set once in a table: remove one of the two")
        );
        assert_eq!(
            hint("[plan]\nid = a b\n").as_deref(),
            Some("text values need double quotes, e.g. status = \"todo\"")
        );
        assert_eq!(
            hint("[plan]\n[plan]\n").as_deref(),
            Some("merge the two tables into one, or rename one of them")
        );
    }

    #[test]
    fn a_duplicate_names_the_first_place() {
        assert_eq!(
            problems("[plan]\nid = \"a\"\ntitle = \"t\"\nid = \"b\"\n"),
            ["4: duplicate key `id`, first set on line 2"]
        );
        assert_eq!(
            problems("[a . b]\nx = 1\n[c]\n[a.b]\nx = 2\n"),
            ["4: table `a.b` is defined twice, first on line 1"]
        );
    }

    #[test]
    fn a_duplicate_in_another_table_is_not_the_first_place() {
        // `x` of [a] is not the first `x` of [b].
        assert_eq!(
            problems("[a]\nx = 1\n[b]\ny = 1\nx = 1\nx = 2\n"),
            ["6: duplicate key `x`, first set on line 5"]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_described_without_a_panic(text in "[\\[\\]a.=\"' \n{},1é]{0,120}") {
            let (_, errors) = toml::de::DeTable::parse_recoverable(&text);
            for problem in describe(&text, 0, &errors) {
                proptest::prop_assert!(problem.span.start <= text.len());
            }
        }
    }

    #[test]
    fn hints_follow_the_kind_of_error() {
        let english = |key| crate::i18n::message_in(crate::i18n::Lang::En, key, None);
        assert_eq!(
            hint("invalid boolean, expected `true`")
                .map(english)
                .as_deref(),
            Some("text values need double quotes, e.g. status = \"todo\"")
        );
        assert_eq!(hint("something new"), None);
    }
}
