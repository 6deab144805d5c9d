//! Finding and loading plan files: encoding checks, TOML parsing with spans,
//! and the conversion of the parsed document into a typed [`Plan`],
//! reporting every problem as a [`Diagnostic`] with its line and column.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::error::{Diagnostic, Error};
use crate::model::{Plan, Responsibility, Signer, Status, Task, TaskWindow};
use crate::units::{Registry, Unit};
use crate::window::{self, Span, Window, WindowError};

/// The plan-file format this version reads.
pub const FORMAT: i64 = 1;

/// Plans loaded from files, and every problem found in them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// The plan files named by `paths` (a folder means every `*.toml` below it),
/// or every `*.toml` below `default_dir` when `paths` is empty. Sorted, so
/// output does not depend on the order the file system lists them.
pub fn discover(paths: &[PathBuf], default_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    if paths.is_empty() {
        if !default_dir.is_dir() {
            return Err(Error::NoPlans(format!(
                "{} (no such folder; give plans with -f PATH or PLAN_FILE)",
                default_dir.display()
            )));
        }
        collect(default_dir, &mut files)?;
        if files.is_empty() {
            return Err(Error::NoPlans(default_dir.display().to_string()));
        }
        return Ok(files);
    }
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            collect(path, &mut files)?;
            if files.len() == before {
                return Err(Error::NoPlans(path.display().to_string()));
            }
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Error> {
    let list = |source| Error::List {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = std::fs::read_dir(dir)
        .map_err(list)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(list)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

/// Load every file, in parallel; plans come back in the order of `files`.
pub fn load_all(files: &[PathBuf]) -> Result<Loaded, Error> {
    let results: Vec<Result<Parsed, Error>> =
        files.par_iter().map(|path| load_file(path)).collect();
    let mut loaded = Loaded::default();
    for result in results {
        let (plan, diagnostics) = result?;
        loaded.plans.extend(plan);
        loaded.diagnostics.extend(diagnostics);
    }
    Ok(loaded)
}

/// Read and parse one plan file.
pub fn load_file(path: &Path) -> Result<(Option<Plan>, Vec<Diagnostic>), Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_bytes(path, &bytes))
}

/// Parse the bytes of a plan file. The plan is returned only when there is
/// no error.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> (Option<Plan>, Vec<Diagnostic>) {
    match decode(path, bytes) {
        Ok(text) => parse_str(path, text),
        Err(diagnostic) => (None, vec![*diagnostic]),
    }
}

/// The text of a plan file: UTF-8 with its byte-order mark removed. Anything
/// else is refused with a guess at the encoding it is in, rather than shown
/// as mojibake.
pub fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Box<Diagnostic>> {
    let refuse = |what: String| {
        let mut d = Diagnostic::file(path, what);
        d.expected("a UTF-8 text file").hint(
            "save the file as UTF-8 (Notepad: Save As, Encoding UTF-8), or convert it, \
             e.g. `iconv -f CP1258 -t UTF-8`",
        );
        Box::new(d)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(refuse(
            "file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8".into(),
        ));
    }
    let head = &bytes[..bytes.len().min(4096)];
    let zeros = head.iter().filter(|&&b| b == 0).count();
    if zeros > 0 && zeros * 4 >= head.len() {
        return Err(refuse(
            "file looks like UTF-16 (it is full of zero bytes), not UTF-8".into(),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) => {
            let valid = error.valid_up_to();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = bytes[valid];
            let guess = if byte >= 0x80 {
                "Windows-1258 or another legacy Vietnamese encoding (TCVN3, VNI)"
            } else {
                "a legacy encoding"
            };
            let mut d = refuse(format!(
                "file is not UTF-8: byte 0x{byte:02X} on line {line} is not valid UTF-8; it looks like {guess}"
            ));
            // Show the line with the bad bytes written as \xNN, never as mojibake.
            let line_start = bytes[..valid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let line_end = bytes[valid..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| valid + i);
            let mut shown = String::new();
            for chunk in bytes[line_start..line_end].utf8_chunks() {
                shown.push_str(chunk.valid());
                for b in chunk.invalid() {
                    shown.push_str(&format!("\\x{b:02X}"));
                }
            }
            d.line = line;
            d.col = String::from_utf8_lossy(&bytes[line_start..valid])
                .chars()
                .count()
                + 1;
            d.source_line = shown.trim_end_matches('\r').to_string();
            d.width = 1;
            Err(d)
        }
    }
}

/// Parse the text of a plan file.
pub fn parse_str(path: &Path, text: &str) -> (Option<Plan>, Vec<Diagnostic>) {
    let (root, errors) = DeTable::parse_recoverable(text);
    let mut reader = Reader::new(path, text);
    if !errors.is_empty() {
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim_end_matches('.').to_string();
            reader
                .error(span, format!("invalid TOML: {message}"))
                .hint("see the plan format in the README; strings need double quotes");
        }
        return (None, reader.diagnostics);
    }
    let plan = reader.plan(root.get_ref());
    let ok = !reader.diagnostics.iter().any(Diagnostic::is_error);
    let mut diagnostics = reader.diagnostics;
    diagnostics.sort_by_key(|d| (d.line, d.col));
    (plan.filter(|_| ok), diagnostics)
}

type Value<'i> = Spanned<DeValue<'i>>;

/// A plan, when it has no error, and the problems found in its file.
pub type Parsed = (Option<Plan>, Vec<Diagnostic>);

const TOP_KEYS: &[&str] = &["format", "plan", "units", "responsibility", "task"];
const PLAN_KEYS: &[&str] = &[
    "id",
    "title",
    "issuer",
    "number",
    "date",
    "place",
    "period",
    "basis",
    "purpose",
    "requirements",
    "closing",
    "recipients",
    "signer",
];
const SIGNER_KEYS: &[&str] = &["name", "position", "on_behalf_of"];
const UNIT_KEYS: &[&str] = &["name", "aliases", "members"];
const RESPONSIBILITY_KEYS: &[&str] = &["unit", "heading", "text"];
const TASK_KEYS: &[&str] = &[
    "id",
    "title",
    "lead",
    "partners",
    "window",
    "condition",
    "status",
    "done",
    "milestones_done",
    "note",
];

/// Walks the parsed document, building the plan and collecting diagnostics.
struct Reader<'a> {
    path: &'a Path,
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
    /// Byte offsets of line starts, for task line numbers.
    line_starts: Vec<usize>,
}

impl<'a> Reader<'a> {
    fn new(path: &'a Path, text: &'a str) -> Self {
        Reader {
            path,
            text,
            diagnostics: Vec::new(),
            line_starts: Vec::new(),
        }
    }

    fn error(&mut self, span: Range<usize>, message: String) -> &mut Diagnostic {
        let diagnostic = Diagnostic::at(self.path, self.text, span, message);
        self.diagnostics.push(diagnostic);
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    fn line_of(&mut self, offset: usize) -> usize {
        if self.line_starts.is_empty() {
            self.line_starts.push(0);
            self.line_starts
                .extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
        }
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// Report every key of `table` not in `allowed`.
    fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let name = key.get_ref().to_string();
                let hint = closest(&name, allowed).map(|k| format!("did you mean `{k}`?"));
                self.error(key.span(), format!("unknown field `{name}` in {what}"))
                    .expected(allowed.join(", "))
                    .hint = hint;
            }
        }
    }

    fn type_error(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        let found = value.get_ref().type_str();
        self.error(
            value.span(),
            format!("`{key}` must be {expected}, not {}", article(found)),
        );
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.type_error(value, key, "a string");
                None
            }
        }
    }

    fn required_string(
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
            self.error(span, format!("`{key}` of {what} is empty"));
            return None;
        }
        Some(value)
    }

    fn missing(&mut self, table_span: Range<usize>, key: &str, what: &str) {
        let header = table_span.start..table_span.start;
        self.error(header, format!("missing field `{key}` in {what}"))
            .hint(format!("add `{key} = …` to {what}"));
    }

    /// A string or an array of strings, each with its span.
    fn strings(&mut self, table: &DeTable<'_>, key: &str) -> Option<Vec<(String, Range<usize>)>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(vec![(s.to_string(), value.span())]),
            DeValue::Array(items) => self.string_items(items, key),
            _ => {
                self.type_error(value, key, "an array of strings");
                None
            }
        }
    }

    fn string_items(
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
                    self.type_error(item, key, "a list of strings");
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn date(&mut self, table: &DeTable<'_>, key: &str) -> Option<NaiveDate> {
        let value = table.get(key)?;
        self.date_value(value, key)
    }

    fn date_value(&mut self, value: &Value<'_>, key: &str) -> Option<NaiveDate> {
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }
                _ => None,
            },
            DeValue::String(s) => parse_date(s),
            _ => None,
        };
        if parsed.is_none() {
            self.error(value.span(), format!("`{key}` is not a date"))
                .expected("a date such as 2020-06-30 or \"30/06/2020\"");
        }
        parsed
    }

    fn table<'v, 'i>(&mut self, value: &'v Value<'i>, what: &str) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                let found = other.type_str();
                self.error(
                    value.span(),
                    format!("{what} must be a table, not {}", article(found)),
                );
                None
            }
        }
    }

    fn plan(&mut self, root: &DeTable<'_>) -> Option<Plan> {
        self.check_keys(root, TOP_KEYS, "the plan file");
        match root.get("format") {
            None => {
                self.error(
                    0..0,
                    "missing `format = 1` at the top of the plan file".into(),
                )
                .hint("add `format = 1` as the first line");
            }
            Some(value) => {
                let version = match value.get_ref() {
                    DeValue::Integer(i) => i.as_str().parse::<i64>().ok(),
                    _ => None,
                };
                if version != Some(FORMAT) {
                    self.error(value.span(), "unsupported plan format".into())
                        .expected("format = 1")
                        .hint("this version of plan reads format 1");
                }
            }
        }

        let units = self.units(root);
        let Some(header_value) = root.get("plan") else {
            self.error(0..0, "missing `[plan]` table".into())
                .hint("add a `[plan]` table with at least `id` and `title`");
            return None;
        };
        let header = self.table(header_value, "`plan`")?;
        let span = header_value.span();
        self.check_keys(header, PLAN_KEYS, "[plan]");
        let id = self.required_string(header, span.clone(), "id", "[plan]");
        if let (Some(id), Some(value)) = (&id, header.get("id"))
            && (id.contains(':') || id.chars().any(char::is_whitespace))
        {
            self.error(
                value.span(),
                format!("plan id \"{id}\" contains a space or `:`"),
            )
            .hint("use letters, digits and dashes, e.g. \"trieu-son-2020\"");
        }
        let title = self.required_string(header, span.clone(), "title", "[plan]");
        let period_text = self.string(header, "period");
        let period = match (&period_text, header.get("period")) {
            (Some(text), Some(value)) => self.period(text, value),
            _ => None,
        };
        let signer = header.get("signer").and_then(|value| self.signer(value));
        let responsibilities = self.responsibilities(root, &units);
        let tasks = self.tasks(root, &units, period.as_ref());

        Some(Plan {
            path: self.path.to_path_buf(),
            id: id?,
            title: title?,
            issuer: self.string(header, "issuer"),
            number: self.string(header, "number"),
            date: self.date(header, "date"),
            place: self.string(header, "place"),
            period_text,
            period,
            basis: self.list(header, "basis"),
            purpose: self.string(header, "purpose"),
            requirements: self.string(header, "requirements"),
            closing: self.string(header, "closing"),
            recipients: self.list(header, "recipients"),
            signer,
            units,
            responsibilities,
            tasks,
        })
    }

    fn list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        self.strings(table, key)
            .unwrap_or_default()
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    }

    fn period(&mut self, text: &str, value: &Value<'_>) -> Option<Span> {
        match window::parse_window(text, None) {
            Ok(Window::Span(span)) if span.start.is_some() => Some(span),
            Ok(Window::Milestones(spans)) if spans.first().is_some_and(|s| s.start.is_some()) => {
                let start = spans.first().and_then(|s| s.start);
                spans.last().map(|last| Span {
                    start,
                    end: last.end,
                })
            }
            Ok(_) => {
                self.error(value.span(), format!("period \"{text}\" has no dates"))
                    .expected("a dated span such as \"Năm 2020\", \"2020..2025\" or \"6 tháng đầu năm 2021\"");
                None
            }
            Err(error) => {
                self.window_error(value, &error);
                None
            }
        }
    }

    fn window_error(&mut self, value: &Value<'_>, error: &WindowError) {
        let span = inner_span(self.text, value.span(), &error.at);
        let expected = "a window such as \"Năm 2020\", \"Tháng 6/2020\", \"Quý II/2020\", \"15/6/2020\", \
             \"Tháng 9 - 10/2020\", \"Trước ngày 15/6/2020\", \"Tháng 6, tháng 12/2020\", \"Thường xuyên\" \
             (all forms: README, Time windows)";
        let hint = error.hint.clone();
        self.error(span, error.message.clone())
            .expected(expected)
            .hint = hint;
    }

    fn signer(&mut self, value: &Value<'_>) -> Option<Signer> {
        let table = self.table(value, "`signer`")?;
        self.check_keys(table, SIGNER_KEYS, "`signer`");
        let name = self.required_string(table, value.span(), "name", "`signer`")?;
        Some(Signer {
            name,
            position: self.string(table, "position"),
            on_behalf_of: self.string(table, "on_behalf_of"),
        })
    }

    fn units(&mut self, root: &DeTable<'_>) -> Registry {
        let Some(value) = root.get("units") else {
            return Registry::default();
        };
        let Some(table) = self.table(value, "`units`") else {
            return Registry::default();
        };
        let mut units = Vec::with_capacity(table.len());
        let mut member_refs = Vec::new();
        for (key, value) in table.iter() {
            let id = key.get_ref().to_string();
            let what = format!("[units.{id}]");
            let Some(fields) = self.table(value, &what) else {
                continue;
            };
            self.check_keys(fields, UNIT_KEYS, &what);
            let name = self
                .required_string(fields, key.span(), "name", &what)
                .unwrap_or_else(|| id.clone());
            let aliases = self.list(fields, "aliases");
            let members = match fields.get("members") {
                None => None,
                Some(value) => match value.get_ref() {
                    DeValue::Array(items) => {
                        let items = self.string_items(items, "members").unwrap_or_default();
                        member_refs.extend(
                            items
                                .iter()
                                .map(|(m, span)| (id.clone(), m.clone(), span.clone())),
                        );
                        Some(items.into_iter().map(|(m, _)| m).collect())
                    }
                    _ => {
                        self.type_error(value, "members", "an array of unit ids");
                        None
                    }
                },
            };
            units.push(Unit {
                id,
                name,
                aliases,
                members,
            });
        }
        let registry = Registry::new(units);
        for (group, member, span) in member_refs {
            if member == group {
                self.error(span, format!("group `{group}` lists itself as a member"));
            } else {
                self.unknown_unit(&registry, &member, span, "members");
            }
        }
        registry
    }

    /// Report `id` when the registry has no such unit.
    fn unknown_unit(
        &mut self,
        registry: &Registry,
        id: &str,
        span: Range<usize>,
        key: &str,
    ) -> bool {
        if registry.get(id).is_some() {
            return false;
        }
        let hint = match registry.resolve(id) {
            Ok(unit) => Some(format!("did you mean `{}` ({})?", unit.id, unit.name)),
            Err(crate::units::MatchError::Ambiguous { candidates, .. })
            | Err(crate::units::MatchError::NotFound {
                closest: candidates,
                ..
            }) if !candidates.is_empty() => Some(format!(
                "did you mean {}?",
                candidates
                    .iter()
                    .map(|(id, name)| format!("`{id}` ({name})"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
            _ => Some("declare it in a `[units.<id>]` table".to_string()),
        };
        let ids: Vec<&str> = registry.units().iter().map(|u| u.id.as_str()).collect();
        self.error(span, format!("unknown unit `{id}` in `{key}`"))
            .expected(format!("a unit id: {}", ids.join(", ")))
            .hint = hint;
        true
    }

    fn responsibilities(&mut self, root: &DeTable<'_>, units: &Registry) -> Vec<Responsibility> {
        let Some(value) = root.get("responsibility") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(
                value,
                "responsibility",
                "an array of tables ([[responsibility]])",
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            let Some(table) = self.table(item, "[[responsibility]]") else {
                continue;
            };
            self.check_keys(table, RESPONSIBILITY_KEYS, "[[responsibility]]");
            let unit = self.required_string(table, item.span(), "unit", "[[responsibility]]");
            if let (Some(unit), Some(value)) = (&unit, table.get("unit")) {
                self.unknown_unit(units, unit, value.span(), "unit");
            }
            let text = self.required_string(table, item.span(), "text", "[[responsibility]]");
            if let (Some(unit), Some(text)) = (unit, text) {
                out.push(Responsibility {
                    unit,
                    heading: self.string(table, "heading"),
                    text,
                });
            }
        }
        out
    }

    fn tasks(&mut self, root: &DeTable<'_>, units: &Registry, period: Option<&Span>) -> Vec<Task> {
        let Some(value) = root.get("task") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(value, "task", "an array of tables ([[task]])");
            return Vec::new();
        };
        let default_year = period
            .and_then(|p| p.start)
            .filter(|start| {
                period.is_some_and(|p| {
                    chrono::Datelike::year(&p.end) == chrono::Datelike::year(start)
                })
            })
            .map(|start| chrono::Datelike::year(&start));
        let mut cache: HashMap<String, Result<Window, WindowError>> = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::with_capacity(items.len());
        let mut tasks = Vec::with_capacity(items.len());
        for item in items.iter() {
            let Some(table) = self.table(item, "[[task]]") else {
                continue;
            };
            let line = self.line_of(item.span().start);
            if let Some(value) = table.get("id")
                && let DeValue::String(id) = value.get_ref()
            {
                if let Some(&first) = seen.get(id.as_ref()) {
                    self.error(value.span(), format!("duplicate task id \"{id}\""))
                        .hint(format!("task \"{id}\" is already defined at line {first}; give this one another id"));
                } else {
                    seen.insert(id.to_string(), line);
                }
            }
            if let Some(task) = self.task(
                table,
                item.span(),
                line,
                units,
                period,
                default_year,
                &mut cache,
            ) {
                tasks.push(task);
            }
        }
        tasks
    }

    #[allow(clippy::too_many_arguments)]
    fn task(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        line: usize,
        units: &Registry,
        period: Option<&Span>,
        default_year: Option<i32>,
        cache: &mut HashMap<String, Result<Window, WindowError>>,
    ) -> Option<Task> {
        const WHAT: &str = "[[task]]";
        self.check_keys(table, TASK_KEYS, WHAT);
        let errors_before = self.diagnostics.len();
        let id = self.required_string(table, span.clone(), "id", WHAT);
        if let (Some(id), Some(value)) = (&id, table.get("id")) {
            if id.contains(':') || id.chars().any(char::is_whitespace) {
                self.error(
                    value.span(),
                    format!("task id \"{id}\" contains a space or `:`"),
                )
                .hint("task ids are short: \"4\", \"2.1\", \"a\"");
            }
        } else if let Some(value) = table.get("id")
            && matches!(value.get_ref(), DeValue::Integer(_))
        {
            let last = self.diagnostics.len() - 1;
            let text = &self.text[value.span()];
            self.diagnostics[last].hint = Some(format!("quote it: id = \"{text}\""));
        }
        let title = self.required_string(table, span.clone(), "title", WHAT);
        let lead = self.unit_list(table, "lead", units);
        if lead.as_ref().is_some_and(Vec::is_empty) || table.get("lead").is_none() {
            let at = table
                .get("lead")
                .map_or(span.start..span.start, Spanned::span);
            self.error(at, "task has no lead unit".into())
                .hint("name at least one unit in `lead = [\"…\"]`");
        }
        let partners = self.unit_list(table, "partners", units).unwrap_or_default();
        let condition = self.string(table, "condition");
        let window = self.task_window(
            table,
            span.clone(),
            condition.as_deref(),
            period,
            default_year,
            cache,
        );

        let status = match table.get("status") {
            None => Some(Status::Todo),
            Some(value) => match value.get_ref() {
                DeValue::String(s) => match s.parse::<Status>() {
                    Ok(status) => Some(status),
                    Err(()) => {
                        let hint = status_hint(s);
                        self.error(value.span(), format!("unknown status \"{s}\""))
                            .expected("todo, doing, done, cancelled")
                            .hint = hint;
                        None
                    }
                },
                _ => {
                    self.type_error(value, "status", "a string");
                    None
                }
            },
        };
        let done = self.date(table, "done");
        if let (Some(status), Some(value)) = (status, table.get("done"))
            && status != Status::Done
        {
            self.error(
                value.span(),
                format!("`done` date on a task whose status is \"{status}\""),
            )
            .hint("set `status = \"done\"`, or remove the `done` date");
        }
        let mut milestones_done = Vec::new();
        if let Some(value) = table.get("milestones_done") {
            match value.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        if let Some(date) = self.date_value(item, "milestones_done") {
                            milestones_done.push(date);
                        }
                    }
                    if let Some(window) = &window
                        && milestones_done.len() > window.milestones.len()
                    {
                        self.error(
                            value.span(),
                            format!(
                                "{} milestones closed but the window has {}",
                                milestones_done.len(),
                                window.milestones.len()
                            ),
                        );
                    }
                }
                _ => self.type_error(value, "milestones_done", "an array of dates"),
            }
        }
        let note = self.string(table, "note");
        if self.diagnostics[errors_before..]
            .iter()
            .any(Diagnostic::is_error)
        {
            return None;
        }
        Some(Task {
            id: id?,
            title: title?,
            lead: lead?,
            partners,
            window: window?,
            condition,
            status: status?,
            done,
            milestones_done,
            note,
            line,
        })
    }

    fn unit_list(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        units: &Registry,
    ) -> Option<Vec<String>> {
        let items = self.strings(table, key)?;
        let mut ok = true;
        for (id, span) in &items {
            if self.unknown_unit(units, id, span.clone(), key) {
                ok = false;
            }
        }
        ok.then(|| items.into_iter().map(|(id, _)| id).collect())
    }

    fn task_window(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        condition: Option<&str>,
        period: Option<&Span>,
        default_year: Option<i32>,
        cache: &mut HashMap<String, Result<Window, WindowError>>,
    ) -> Option<TaskWindow> {
        let Some(value) = table.get("window") else {
            if let Some(condition) = condition {
                return Some(TaskWindow {
                    text: condition.to_string(),
                    window: Window::Conditional,
                    milestones: Vec::new(),
                });
            }
            self.missing(span, "window", "[[task]]");
            return None;
        };
        let (text, parsed) = match value.get_ref() {
            DeValue::String(text) => {
                let parsed = match cache.get(text.as_ref()) {
                    Some(parsed) => parsed.clone(),
                    None => {
                        let parsed = window::parse_window(text, default_year);
                        cache.insert(text.to_string(), parsed.clone());
                        parsed
                    }
                };
                match parsed {
                    Ok(window) => (text.to_string(), window),
                    Err(error) => {
                        self.window_error(value, &error);
                        return None;
                    }
                }
            }
            DeValue::Array(items) => {
                let mut spans = Vec::new();
                let mut texts = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(text) => match window::parse_span(text, default_year) {
                            Ok(span) => {
                                spans.push(span);
                                texts.push(text.to_string());
                            }
                            Err(error) => self.window_error(item, &error),
                        },
                        _ => self.type_error(item, "window", "a list of strings"),
                    }
                }
                if spans.len() != items.len() {
                    return None;
                }
                if spans.is_empty() {
                    self.error(value.span(), "empty window".into())
                        .expected("at least one milestone, e.g. [\"2020-06\", \"2020-12\"]");
                    return None;
                }
                spans.sort_by_key(|span| span.end);
                (texts.join(", "), Window::Milestones(spans))
            }
            _ => {
                self.type_error(value, "window", "a string or a list of strings");
                return None;
            }
        };
        match parsed.milestones(period) {
            Ok(milestones) => Some(TaskWindow {
                text,
                window: parsed,
                milestones,
            }),
            Err(error) => {
                self.error(value.span(), error.message.clone())
                    .hint("give the plan a period, e.g. `period = \"Năm 2020\"` under [plan]");
                None
            }
        }
    }
}

/// Map a byte range inside a string value's text to a range of the file,
/// when the value is a plain one-line string whose text is written as is.
fn inner_span(text: &str, value: Range<usize>, at: &Range<usize>) -> Range<usize> {
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

/// `2020-06-30` or `30/06/2020` (also `30/6/2020`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
        .filter(|date| (1900..=2200).contains(&chrono::Datelike::year(date)))
}

fn article(type_name: &str) -> String {
    let vowel = type_name.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {type_name}", if vowel { "an" } else { "a" })
}

/// The allowed key closest to a misspelt one.
fn closest<'k>(key: &str, allowed: &[&'k str]) -> Option<&'k str> {
    allowed
        .iter()
        .map(|k| (strsim::jaro_winkler(key, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// A suggestion for an unknown status, including Vietnamese words clerks use.
fn status_hint(text: &str) -> Option<String> {
    let folded = crate::text::fold_ascii(text);
    let by_word = match folded.as_str() {
        "dang lam" | "dang thuc hien" | "in progress" | "started" => Some(Status::Doing),
        "xong" | "hoan thanh" | "da hoan thanh" | "da xong" | "completed" | "finished" => {
            Some(Status::Done)
        }
        "huy" | "da huy" | "bo" | "canceled" => Some(Status::Cancelled),
        "chua lam" | "chua thuc hien" | "open" | "new" => Some(Status::Todo),
        _ => None,
    };
    let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    by_word
        .map(Status::as_str)
        .or_else(|| closest(&folded, &names))
        .map(|s| format!("did you mean \"{s}\"?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Plan>, Vec<Diagnostic>) {
        parse_str(Path::new("p.toml"), text)
    }

    const MINIMAL: &str = "format = 1\n[plan]\nid = \"p\"\ntitle = \"T\"\nperiod = \"Năm 2020\"\n[units.a]\nname = \"Phòng A\"\n";

    fn with_task(task: &str) -> String {
        format!("{MINIMAL}[[task]]\n{task}")
    }

    fn messages(text: &str) -> Vec<String> {
        parse(text)
            .1
            .into_iter()
            .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
            .collect()
    }

    #[test]
    fn minimal_plan_loads() {
        let (plan, diagnostics) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 6/2020\"\n",
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let plan = plan.unwrap();
        assert_eq!(
            plan.tasks[0].window.end(),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(plan.tasks[0].line, 8);
        assert_eq!(plan.tasks[0].status, Status::Todo);
    }

    #[test]
    fn unknown_field_is_reported_with_position_and_suggestion() {
        let (_, diagnostics) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\nstaus = \"done\"\n",
        ));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].line, diagnostics[0].col), (13, 1));
        assert_eq!(
            diagnostics[0].hint.as_deref(),
            Some("did you mean `status`?")
        );
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"b\"]\nwindow = \"Tháng 13/2020\"\nstatus = \"dang lam\"\n",
        ));
        assert_eq!(
            found,
            [
                "11:9: unknown unit `b` in `lead`",
                "12:17: month 13 does not exist",
                "13:10: unknown status \"dang lam\""
            ]
        );
    }

    #[test]
    fn done_date_on_open_task_is_an_error() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\ndone = 2020-05-01\n",
        ));
        assert_eq!(
            found,
            ["13:8: `done` date on a task whose status is \"todo\""]
        );
    }

    #[test]
    fn duplicate_task_ids_are_reported_at_the_second() {
        let task = "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n";
        let found = messages(&format!("{}[[task]]\n{task}", with_task(task)));
        assert_eq!(found, ["14:6: duplicate task id \"1\""]);
    }

    #[test]
    fn wrong_type_names_both_types() {
        let found = messages(&with_task(
            "id = 1\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(found, ["9:6: `id` must be a string, not an integer"]);
    }

    #[test]
    fn syntax_error_has_position() {
        let found = messages("format = 1\n[plan]\nid = \"p\ntitle = \"T\"\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("3:"), "{found:?}");
    }

    #[test]
    fn utf16_and_legacy_encodings_are_refused() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("format = 1".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (_, d) = parse_bytes(Path::new("p.toml"), &utf16);
        assert!(d[0].message.contains("UTF-16"), "{}", d[0].message);
        // "Tháng" in Windows-1258: 0xE1 is á.
        let cp1258 = b"format = 1\ntitle = \"Th\xE1ng\"\n";
        let (_, d) = parse_bytes(Path::new("p.toml"), cp1258);
        assert!(d[0].message.contains("Windows-1258"), "{}", d[0].message);
        assert_eq!(d[0].line, 2);
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = format!(
            "\u{feff}{}",
            with_task("id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n")
                .replace('\n', "\r\n")
        );
        let (plan, d) = parse_bytes(Path::new("p.toml"), text.as_bytes());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(plan.unwrap().tasks.len(), 1);
    }

    #[test]
    fn month_without_year_takes_period_year() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 9 - 10\"\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            plan.unwrap().tasks[0].window.end(),
            NaiveDate::from_ymd_opt(2020, 10, 31)
        );
    }

    #[test]
    fn array_window_is_milestones() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = \"a\"\nwindow = [\"2020-12\", \"2020-06\"]\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        let task = &plan.unwrap().tasks[0];
        assert_eq!(task.window.milestones.len(), 2);
        assert_eq!(
            task.window.milestones[0].end,
            NaiveDate::from_ymd_opt(2020, 6, 30).unwrap()
        );
    }

    #[test]
    fn condition_alone_makes_a_waiting_task() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\ncondition = \"Khi có vụ việc\"\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        assert!(plan.unwrap().tasks[0].window.milestones.is_empty());
    }

    #[test]
    fn dates_in_both_forms() {
        assert_eq!(
            parse_date("30/06/2020"),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(
            parse_date("2020-06-30"),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(parse_date("31/06/2020"), None);
    }

    #[test]
    fn status_hint_knows_vietnamese_words() {
        assert_eq!(
            status_hint("đang làm").as_deref(),
            Some("did you mean \"doing\"?")
        );
        assert_eq!(
            status_hint("hoàn thành").as_deref(),
            Some("did you mean \"done\"?")
        );
        assert_eq!(
            status_hint("dne").as_deref(),
            Some("did you mean \"done\"?")
        );
    }
}
