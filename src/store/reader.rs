//! The typed walk over a parsed TOML document: reading strings, lists,
//! dates and tables with their spans, and turning every problem into a
//! [`Diagnostic`] at its line and column. `head` and `task` read the plan's
//! parts with it.

use std::ops::Range;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diagnostic::{Hidden, LineIndex};
use crate::error::Diagnostic;

/// The problems shown for one file at most.
pub(super) const MAX_DIAGNOSTICS: usize = 100;

pub(super) type Value<'i> = Spanned<DeValue<'i>>;

/// Walks a parsed document (a whole file, its head, or one task block),
/// building the plan and collecting diagnostics.
pub(super) struct Reader<'a> {
    pub(super) path: &'a Path,
    /// The text parsed: spans are offsets into it.
    pub(super) text: &'a str,
    /// Lines of the file before `text`.
    pub(super) base_line: usize,
    /// The problems found, the first ones by position only: past twice
    /// [`MAX_DIAGNOSTICS`] the later ones are dropped and counted in one
    /// line that stands for them, so a file with a problem on each of its
    /// lines is read in linear time and space.
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Every error reported, shown or not.
    pub(super) errors: usize,
    /// The lines of `text`, indexed when first needed.
    lines: Option<LineIndex>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(path: &'a Path, text: &'a str, base_line: usize) -> Self {
        Reader {
            path,
            text,
            base_line,
            diagnostics: Vec::new(),
            errors: 0,
            lines: None,
        }
    }

    /// Parse the text as TOML; syntax errors become diagnostics.
    pub(super) fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        let (root, errors) = DeTable::parse_recoverable(self.text);
        if errors.is_empty() {
            return Some(root);
        }
        for problem in super::syntax::describe(self.text, self.base_line, &errors) {
            let diagnostic = self.error(problem.span, problem.message);
            diagnostic.expected = problem.expected;
            diagnostic.hint = problem.hint;
        }
        None
    }

    pub(super) fn error(&mut self, span: Range<usize>, message: String) -> &mut Diagnostic {
        if self.diagnostics.len() >= 2 * MAX_DIAGNOSTICS {
            self.drop_later();
        }
        let text = self.text;
        let lines = self.lines.get_or_insert_with(|| LineIndex::of(text));
        let mut diagnostic = Diagnostic::at_indexed(self.path, text, lines, span, message);
        diagnostic.line += self.base_line;
        self.diagnostics.push(diagnostic);
        self.errors += 1;
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    /// A warning: shown by `plan check`, never a reason to refuse the file
    /// (unless `plan check --strict`).
    pub(super) fn warning(&mut self, span: Range<usize>, message: String) -> &mut Diagnostic {
        let errors = self.errors;
        let diagnostic = self.error(span, message);
        diagnostic.severity = crate::diagnostic::Severity::Warning;
        self.errors = errors;
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    /// Keep the first [`MAX_DIAGNOSTICS`] problems by position and count
    /// the rest in one line: only those can be shown in the end.
    fn drop_later(&mut self) {
        let mut hidden = Hidden::default();
        self.diagnostics.retain(|d| match d.hidden {
            Some(h) => {
                hidden.problems += h.problems;
                hidden.errors += h.errors;
                false
            }
            None => true,
        });
        // Errors first: a warning never takes the place of an error.
        self.diagnostics
            .sort_by_key(|d| (!d.is_error(), d.line, d.col));
        for dropped in self
            .diagnostics
            .drain(MAX_DIAGNOSTICS.min(self.diagnostics.len())..)
        {
            hidden.problems += 1;
            hidden.errors += dropped.errors();
        }
        self.diagnostics.push(Diagnostic::more(self.path, hidden));
    }

    /// The 1-based line of `offset`.
    pub(super) fn line_of(&mut self, offset: usize) -> usize {
        let text = self.text;
        let lines = self.lines.get_or_insert_with(|| LineIndex::of(text));
        lines.line_of(offset) + 1
    }

    /// Report every key of `table` not in `allowed`.
    pub(super) fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let name = key.get_ref().to_string();
                let hint = crate::text::closest(&name, allowed.iter().copied())
                    .map(|k| crate::t!("diag-did-you-mean-key", key = k));
                self.error(
                    key.span(),
                    crate::t!("diag-unknown-field", name = name.as_str(), what = what),
                )
                .expected(key_list(allowed.iter().copied()))
                .hint = hint;
            }
        }
    }

    pub(super) fn type_error(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        let found = value.get_ref().type_str();
        self.error(
            value.span(),
            crate::t!(
                "diag-wrong-type",
                key = key,
                expected = expected,
                found = found_type(found)
            ),
        );
    }

    pub(super) fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.type_error(value, key, &crate::t!("diag-type-string"));
                None
            }
        }
    }

    pub(super) fn required_string(
        &mut self,
        table: &DeTable<'_>,
        table_span: Range<usize>,
        key: &str,
        what: &str,
    ) -> Option<String> {
        if table.get(key).is_none() {
            self.missing(table_span, key, what);
            return None;
        }
        let value = self.string(table, key)?;
        if value.trim().is_empty() {
            let span = table.get(key).map(Spanned::span).unwrap_or_default();
            self.error(span, crate::t!("diag-empty-field", key = key, what = what));
            return None;
        }
        Some(value)
    }

    pub(super) fn missing(&mut self, table_span: Range<usize>, key: &str, what: &str) {
        let header = table_span.start..table_span.start;
        self.error(
            header,
            crate::t!("diag-missing-field", key = key, what = what),
        )
        .hint(crate::t!("diag-missing-field-hint", key = key, what = what));
    }

    /// A string or an array of strings, each with its span.
    pub(super) fn strings(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
    ) -> Option<Vec<(String, Range<usize>)>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(vec![(s.to_string(), value.span())]),
            DeValue::Array(items) => self.string_items(items, key),
            _ => {
                self.type_error(value, key, &crate::t!("diag-type-strings"));
                None
            }
        }
    }

    pub(super) fn string_items(
        &mut self,
        items: &DeArray<'_>,
        key: &str,
    ) -> Option<Vec<(String, Range<usize>)>> {
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push((s.to_string(), item.span())),
                _ => {
                    self.type_error(item, key, &crate::t!("diag-type-string-list"));
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    pub(super) fn date(&mut self, table: &DeTable<'_>, key: &str) -> Option<NaiveDate> {
        let value = table.get(key)?;
        self.date_value(value, key)
    }

    pub(super) fn date_value(&mut self, value: &Value<'_>, key: &str) -> Option<NaiveDate> {
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }
                _ => None,
            },
            DeValue::String(s) => crate::window::parse_any_date(s),
            _ => None,
        };
        if let Some(date) = parsed
            && !crate::window::year_in_range(date.year())
        {
            let (min, max) = (crate::window::MIN_YEAR, crate::window::MAX_YEAR);
            self.error(
                value.span(),
                crate::t!("diag-year-out-of-range", year = date.year(), key = key),
            )
            .hint(crate::t!("diag-years-run", min = min, max = max));
            return None;
        }
        if parsed.is_none() {
            self.error(value.span(), crate::t!("diag-not-a-date", key = key))
                .expected(crate::t!("diag-not-a-date-expected"));
        }
        parsed
    }

    pub(super) fn table<'v, 'i>(
        &mut self,
        value: &'v Value<'i>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                let found = other.type_str();
                self.error(
                    value.span(),
                    crate::t!("diag-not-a-table", what = what, found = found_type(found)),
                );
                None
            }
        }
    }

    pub(super) fn list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        self.strings(table, key)
            .unwrap_or_default()
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    }
}

/// Map a byte range inside a string value's text to a range of the file,
/// when the value is a plain one-line string whose text is written as is.
pub(super) fn inner_span(text: &str, value: Range<usize>, at: &Range<usize>) -> Range<usize> {
    let Some(raw) = text.get(value.clone()) else {
        return value;
    };
    let quoted = (raw.starts_with('"') && !raw.starts_with("\"\"\"") && !raw.contains('\\'))
        || (raw.starts_with('\'') && !raw.starts_with("'''"));
    let inner_len = raw.len().saturating_sub(2);
    if quoted && at.end <= inner_len && at.start <= at.end {
        let start = value.start + 1 + at.start;
        let end = value.start + 1 + at.end.max(at.start);
        if text.is_char_boundary(start) && text.is_char_boundary(end) {
            return start..end;
        }
    }
    value
}

/// Keys or ids of a plan file listed in a message: "id, title" in English,
/// each marked as a key ("`id`, `title`") where the words around are not
/// English.
pub(super) fn key_list<'k>(keys: impl IntoIterator<Item = &'k str>) -> String {
    keys.into_iter()
        .map(|key| crate::t!("diag-key-in-list", key = key))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A TOML type as found ("a string", "an array"), in the current language.
pub(super) fn found_type(type_name: &str) -> String {
    crate::t!("diag-type-found", kind = type_name)
}
