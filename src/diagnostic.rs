//! Problems found in plan files and imported documents, reported as
//! `file:line:col: error: message`, the source line, a caret under the
//! offending text, what was expected and a hint.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::text::{one_line, one_line_path};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a plan file, with its position (1-based line and column,
/// columns counted in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// The source line the problem is on, without its line ending.
    pub source_line: String,
    /// How many characters the caret underlines (at least one).
    pub width: usize,
    pub expected: Option<String>,
    pub hint: Option<String>,
    /// For a line that stands for problems not shown: how many.
    pub hidden: Option<Hidden>,
}

/// Problems of a file that are counted but not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hidden {
    /// Every problem not shown.
    pub problems: usize,
    /// The errors among them.
    pub errors: usize,
}

/// The offsets each line of a text starts at, built once so that the line
/// of an offset is found by binary search rather than by counting.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn of(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The 0-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The offset line `line` (0-based) starts at.
    pub fn start(&self, line: usize) -> usize {
        self.starts[line]
    }

    /// How many lines the text has.
    pub fn count(&self) -> usize {
        self.starts.len()
    }
}

impl Diagnostic {
    /// A diagnostic for the byte range `span` of `source`.
    pub fn at(file: &Path, source: &str, span: std::ops::Range<usize>, message: String) -> Self {
        Self::at_indexed(file, source, &LineIndex::of(source), span, message)
    }

    /// [`Diagnostic::at`] with the lines of `source` already indexed, for
    /// a text with many problems.
    pub fn at_indexed(
        file: &Path,
        source: &str,
        lines: &LineIndex,
        span: std::ops::Range<usize>,
        message: String,
    ) -> Self {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let index = lines.line_of(start);
        let line_start = lines.start(index).min(start);
        let line_end =
            memchr::memchr(b'\n', &source.as_bytes()[start..]).map_or(source.len(), |i| start + i);
        let line = index + 1;
        let col = source[line_start..start].chars().count() + 1;
        let source_line = source[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let width = source[start..end.min(line_end)].chars().count().max(1);
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            col,
            message,
            source_line,
            width,
            expected: None,
            hint: None,
            hidden: None,
        }
    }

    /// A diagnostic about a whole file, with no position inside it.
    pub fn file(file: &Path, message: String) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            col: 0,
            message,
            source_line: String::new(),
            width: 0,
            expected: None,
            hint: None,
            hidden: None,
        }
    }

    /// The line that stands for the problems of `file` not shown.
    pub fn more(file: &Path, hidden: Hidden) -> Self {
        let mut d = Self::file(file, crate::t!("diag-more", count = hidden.problems));
        if hidden.errors == 0 {
            d.severity = Severity::Warning;
        }
        d.hidden = Some(hidden);
        d
    }

    /// How many errors this line stands for: one for an error, none for a
    /// warning, and those not shown for the line that counts them.
    pub fn errors(&self) -> usize {
        match self.hidden {
            Some(hidden) => hidden.errors,
            None => usize::from(self.is_error()),
        }
    }

    /// Say what was expected instead.
    pub fn expected(&mut self, expected: impl Into<String>) -> &mut Self {
        self.expected = Some(expected.into());
        self
    }

    /// Add a hint on how to fix it.
    pub fn hint(&mut self, hint: impl Into<String>) -> &mut Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How many characters of a source line a diagnostic shows at most.
const EXCERPT: usize = 120;

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => crate::t!("label-error"),
            Severity::Warning => crate::t!("label-warning"),
        };
        // Every part is shown on its own line: a line break or a control
        // character in a file name, a message or a value is shown escaped.
        let file = one_line_path(&self.file);
        let message = one_line(&self.message);
        if self.line == 0 {
            writeln!(f, "{file}: {level}: {message}")?;
        } else {
            writeln!(f, "{file}:{}:{}: {level}: {message}", self.line, self.col)?;
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            // A very long line (a minified file, old Mac line endings) is
            // shown around the problem only.
            let chars: Vec<char> = self.source_line.chars().collect();
            let at = (self.col - 1).min(chars.len());
            let from = if chars.len() > EXCERPT {
                at.saturating_sub(EXCERPT / 3)
            } else {
                0
            };
            let to = (from + EXCERPT).min(chars.len());
            let clean = |part: &[char]| -> String {
                one_line(&part.iter().collect::<String>()).replace('\t', " ")
            };
            let lead = if from > 0 { "…" } else { "" };
            let tail = if to < chars.len() { "…" } else { "" };
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {lead}{}{tail}", clean(&chars[from..to]))?;
            let indent = lead.len().min(1)
                + unicode_width::UnicodeWidthStr::width(clean(&chars[from..at]).as_str());
            let under_end = (at + self.width).min(to).max(at);
            let carets =
                unicode_width::UnicodeWidthStr::width(clean(&chars[at..under_end]).as_str()).max(1);
            writeln!(f, "{pad} | {}{}", " ".repeat(indent), "^".repeat(carets))?;
        }
        let pad = if self.line == 0 {
            String::new()
        } else {
            " ".repeat(self.line.to_string().len())
        };
        if let Some(expected) = &self.expected {
            let label = crate::t!("label-expected");
            writeln!(f, "{pad} = {label}: {}", one_line(expected))?;
        }
        if let Some(hint) = &self.hint {
            let label = crate::t!("label-hint");
            writeln!(f, "{pad} = {label}: {}", one_line(hint))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_characters_not_bytes() {
        let src = "a = 1\ntitle = \"Tháng\" x\n";
        let at = src.find('x').unwrap();
        let d = Diagnostic::at(Path::new("p.toml"), src, at..at + 1, "bad".into());
        assert_eq!((d.line, d.col), (2, 17));
        assert_eq!(d.source_line, "title = \"Tháng\" x");
    }

    #[test]
    fn display_shows_excerpt_caret_expected_and_hint() {
        let src = "status = \"dang lam\"\r\n";
        let mut d = Diagnostic::at(
            Path::new("p.toml"),
            src,
            9..19,
            "unknown status \"dang lam\"".into(),
        );
        d.expected("todo, doing, done, cancelled")
            .hint("did you mean \"doing\"?");
        assert_eq!(
            d.to_string(),
            "p.toml:1:10: error: unknown status \"dang lam\"\n  |\n1 | status = \"dang lam\"\n  |          ^^^^^^^^^^\n  = expected: todo, doing, done, cancelled\n  = hint: did you mean \"doing\"?\n"
        );
    }

    #[test]
    fn display_in_vietnamese_uses_the_shared_labels() {
        let src = "status = \"x\"\n";
        let mut d = Diagnostic::at(Path::new("p.toml"), src, 9..12, "sai".into());
        d.expected("a").hint("b");
        let shown = crate::i18n::in_lang(crate::i18n::Lang::Vi, || d.to_string());
        assert_eq!(
            shown,
            "p.toml:1:10: lỗi: sai\n  |\n1 | status = \"x\"\n  |          ^^^\n  = cần: a\n  = gợi ý: b\n"
        );
        d.severity = Severity::Warning;
        let shown = crate::i18n::in_lang(crate::i18n::Lang::Vi, || d.to_string());
        assert!(shown.starts_with("p.toml:1:10: cảnh báo: sai\n"), "{shown}");
    }

    #[test]
    fn a_long_line_is_shown_around_the_problem() {
        let src = format!("x = \"{}\" bad", "a".repeat(500));
        let at = src.find("bad").unwrap();
        let d = Diagnostic::at(Path::new("p.toml"), &src, at..at + 3, "here".into());
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert!(
            lines[2].starts_with("1 | …") && lines[2].ends_with("\" bad"),
            "{shown}"
        );
        assert!(lines[2].chars().count() < 140, "{shown}");
        let caret = lines[3].find('^').unwrap();
        let under: String = lines[2].chars().skip(caret).take(3).collect();
        assert_eq!(under, "bad", "{shown}");
    }

    #[test]
    fn span_past_the_end_does_not_panic() {
        let d = Diagnostic::at(Path::new("p.toml"), "ắ", 1..99, "x".into());
        assert_eq!((d.line, d.col), (1, 1));
    }
}
