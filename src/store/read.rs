//! Turning parsed TOML into a [`Plan`]: every field checked, every problem
//! reported with its position, the head of the file and each task block
//! read on their own so that large plans load on every core.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::parse_date;
use crate::error::Diagnostic;
use crate::model::{Plan, Responsibility, Signer, Status, Task, TaskWindow, WindowProblem};
use crate::units::{Registry, Unit};
use crate::window::{self, Span, Window, WindowError};

/// The plan-file format this version reads.
pub const FORMAT: i64 = 1;

/// Parse the text of a plan file (without its byte-order mark).
///
/// A large plan in which nothing but `[[task]]` blocks follows the first
/// task (the layout `plan` documents) has its head and every block parsed on
/// their own, in parallel; otherwise the file is parsed whole. Both give the
/// same plan and the same diagnostics.
pub fn parse_str(path: &Path, text: &str) -> Parsed {
    // Cutting into blocks pays off only when there are enough to share
    // between threads.
    let many = memchr::memmem::find_iter(text.as_bytes(), b"[[task]]")
        .nth(PARALLEL_BLOCKS)
        .is_some();
    let (plan, mut diagnostics) = match many.then(|| super::split(text)) {
        Some(layout) if layout.plain => {
            parse_blocks(path, text, &layout).unwrap_or_else(|| parse_whole(path, text))
        }
        _ => parse_whole(path, text),
    };
    diagnostics.sort_by_key(|d| (d.line, d.col));
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    if diagnostics.len() > MAX_DIAGNOSTICS {
        // A file that is not a plan at all would bury the first problems.
        let more = diagnostics.len() - MAX_DIAGNOSTICS;
        diagnostics.truncate(MAX_DIAGNOSTICS);
        diagnostics.push(Diagnostic::file(
            path,
            format!("{more} more problems in this file are not shown"),
        ));
    }
    (plan.filter(|_| ok), diagnostics)
}

fn parse_whole(path: &Path, text: &str) -> Parsed {
    let mut reader = Reader::new(path, text, 0);
    let Some(root) = reader.parse() else {
        return (None, reader.diagnostics);
    };
    let mut plan = reader.head(root.get_ref());
    let context = Context::of(&plan);
    plan.tasks = reader.tasks(root.get_ref(), &context);
    (Some(plan), reader.diagnostics)
}

/// The head and the blocks of a plain layout, each parsed on its own. None
/// when the head holds a `task` key of its own, which only a whole parse
/// can judge.
fn parse_blocks(path: &Path, text: &str, layout: &super::Layout) -> Option<Parsed> {
    let head_text = &text[layout.head.clone()];
    let mut reader = Reader::new(path, head_text, 0);
    let Some(root) = reader.parse() else {
        return Some((None, reader.diagnostics));
    };
    if root.get_ref().get("task").is_some() {
        return None;
    }
    let mut plan = reader.head(root.get_ref());
    let mut diagnostics = reader.diagnostics;
    let context = Context::of(&plan);
    let read = |block: &super::Block| read_block(path, text, block, &context);
    let blocks: Vec<BlockRead> = layout.tasks.par_iter().map(read).collect();
    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    plan.tasks.reserve(blocks.len());
    for (block, read) in layout.tasks.iter().zip(&blocks) {
        if let Some((id, span)) = &read.id {
            if let Some(&first) = seen.get(id.as_str()) {
                let block_text = &text[block.range.clone()];
                let mut d = Diagnostic::at(
                    path,
                    block_text,
                    span.clone(),
                    format!("duplicate task id \"{id}\""),
                );
                d.line += block.line - 1;
                d.hint(format!(
                    "task \"{id}\" is already defined at line {first}; give this one another id"
                ));
                diagnostics.push(d);
            } else {
                seen.insert(id, block.line);
            }
        }
    }
    for read in blocks {
        diagnostics.extend(read.diagnostics);
        plan.tasks.extend(read.task);
    }
    Some((Some(plan), diagnostics))
}

/// The problems shown for one file at most.
const MAX_DIAGNOSTICS: usize = 100;

/// From this many tasks on, a plan is read block by block in parallel.
pub const PARALLEL_BLOCKS: usize = 256;

/// The head of a plan (everything but its tasks) read on its own, and the
/// problems in it. None when it is not valid TOML.
pub fn read_head(
    path: &Path,
    text: &str,
    layout: &super::Layout,
) -> (Option<Plan>, Vec<Diagnostic>) {
    let mut reader = Reader::new(path, &text[layout.head.clone()], 0);
    let plan = reader.parse().map(|root| reader.head(root.get_ref()));
    (plan, reader.diagnostics)
}

/// One task block read on its own against its plan's head.
pub fn read_task_block(
    path: &Path,
    text: &str,
    block: &super::Block,
    plan: &Plan,
) -> (Option<Task>, Vec<Diagnostic>) {
    let read = read_block(path, text, block, &Context::of(plan));
    (read.task, read.diagnostics)
}

/// What reading one `[[task]]` block gives.
struct BlockRead {
    task: Option<Task>,
    diagnostics: Vec<Diagnostic>,
    /// The task's id and its span inside the block, for the duplicate check.
    id: Option<(String, Range<usize>)>,
}

fn read_block(path: &Path, text: &str, block: &super::Block, context: &Context) -> BlockRead {
    let block_text = &text[block.range.clone()];
    let mut reader = Reader::new(path, block_text, block.line - 1);
    let mut read = BlockRead {
        task: None,
        diagnostics: Vec::new(),
        id: None,
    };
    if let Some(root) = reader.parse() {
        let item = root
            .get_ref()
            .get("task")
            .and_then(|value| match value.get_ref() {
                DeValue::Array(items) => items.iter().next(),
                _ => None,
            });
        if let Some(item) = item
            && let Some(table) = reader.table(item, "[[task]]")
        {
            if let Some(value) = table.get("id")
                && let DeValue::String(id) = value.get_ref()
            {
                read.id = Some((id.to_string(), value.span()));
            }
            read.task = reader.task(table, item.span(), block.line, context);
        }
    }
    read.diagnostics = reader.diagnostics;
    read
}

/// What reading a task needs from the rest of its plan.
struct Context<'p> {
    units: &'p Registry,
    period: Option<Span>,
    /// The year of a period that lies within one year.
    default_year: Option<i32>,
}

impl<'p> Context<'p> {
    fn of(plan: &'p Plan) -> Self {
        Context {
            units: &plan.units,
            period: plan.period,
            default_year: plan.default_year(),
        }
    }
}

thread_local! {
    /// Unit names folded to ASCII on this thread: a folder of plans repeats
    /// the same few dozen names.
    static FOLDED_NAMES: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

fn folded_name(name: &str) -> String {
    FOLDED_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(folded) = cache.get(name) {
            return folded.clone();
        }
        if cache.len() >= 4096 {
            cache.clear();
        }
        let folded = crate::text::fold_ascii(name);
        cache.insert(name.to_string(), folded.clone());
        folded
    })
}

type WindowKey = (String, Option<i32>, Option<Span>);

thread_local! {
    /// Windows already read on this thread, by text, default year and
    /// period: plans repeat the same forms, and tasks with the same window
    /// share one value.
    static WINDOWS: RefCell<FxHashMap<WindowKey, Result<Arc<TaskWindow>, WindowProblem>>> =
        RefCell::new(FxHashMap::default());
}

fn window_cached(text: &str, context: &Context) -> Result<Arc<TaskWindow>, WindowProblem> {
    WINDOWS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let key = (text.to_string(), context.default_year, context.period);
        if let Some(found) = cache.get(&key) {
            return found.clone();
        }
        let made =
            TaskWindow::read(text, context.default_year, context.period.as_ref()).map(Arc::new);
        if cache.len() >= 4096 {
            cache.clear();
        }
        cache.insert(key, made.clone());
        made
    })
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
/// The keys of a `[[task]]`, in the order a person writes them; edits put
/// a new key after the ones before it here.
pub const TASK_KEYS: &[&str] = &[
    "id",
    "group",
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

/// Walks a parsed document (a whole file, its head, or one task block),
/// building the plan and collecting diagnostics.
struct Reader<'a> {
    path: &'a Path,
    /// The text parsed: spans are offsets into it.
    text: &'a str,
    /// Lines of the file before `text`.
    base_line: usize,
    diagnostics: Vec<Diagnostic>,
    /// Byte offsets of line starts, for task line numbers.
    line_starts: Vec<usize>,
}

impl<'a> Reader<'a> {
    fn new(path: &'a Path, text: &'a str, base_line: usize) -> Self {
        Reader {
            path,
            text,
            base_line,
            diagnostics: Vec::new(),
            line_starts: Vec::new(),
        }
    }

    /// Parse the text as TOML; syntax errors become diagnostics.
    fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        let (root, errors) = DeTable::parse_recoverable(self.text);
        if errors.is_empty() {
            return Some(root);
        }
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim_end_matches('.').to_string();
            self.error(span, format!("invalid TOML: {message}"))
                .hint("see the plan format in the README; strings need double quotes");
        }
        None
    }

    fn error(&mut self, span: Range<usize>, message: String) -> &mut Diagnostic {
        let mut diagnostic = Diagnostic::at(self.path, self.text, span, message);
        diagnostic.line += self.base_line;
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
                let hint = crate::text::closest(&name, allowed.iter().copied())
                    .map(|k| format!("did you mean `{k}`?"));
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

    /// Everything but the tasks. Missing required fields are reported and
    /// left empty.
    fn head(&mut self, root: &DeTable<'_>) -> Plan {
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
        let empty = DeTable::new();
        let (header, span) = match root.get("plan") {
            None => {
                self.error(0..0, "missing `[plan]` table".into())
                    .hint("add a `[plan]` table with at least `id` and `title`");
                (&empty, 0..0)
            }
            Some(value) => (self.table(value, "`plan`").unwrap_or(&empty), value.span()),
        };
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

        Plan {
            path: self.path.to_path_buf(),
            id: id.unwrap_or_default(),
            title: title.unwrap_or_default(),
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
            tasks: Vec::new(),
        }
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
        // Each name or alias with the unit that has it, by its cheap ASCII
        // fold: two units answering to one name could not be told apart on
        // the command line. Only spellings that meet there are compared
        // with tone marks kept.
        let mut names: FxHashMap<String, Vec<(String, String)>> = FxHashMap::default();
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
            for spelling in std::iter::once(&name).chain(&aliases) {
                let seen = names.entry(folded_name(spelling)).or_default();
                let clash = seen.iter().find(|(other, known)| {
                    *other != id
                        && crate::text::fold_tones(known) == crate::text::fold_tones(spelling)
                });
                if let Some((other, _)) = clash {
                    let message = format!(
                        "unit `{id}` is also called \"{spelling}\", a name of unit `{other}`"
                    );
                    self.error(key.span(), message)
                        .hint("give each name or alias to one unit only");
                } else {
                    seen.push((id.clone(), spelling.clone()));
                }
            }
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
            } else if !self.unknown_unit(&registry, &member, span.clone(), "members")
                && registry.concerning(&group).contains(&member.as_str())
            {
                // The member is (through other groups) a group holding this one.
                self.error(
                    span,
                    format!("groups `{group}` and `{member}` contain each other"),
                )
                .hint("a group cannot be a member of its own members");
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

    fn tasks(&mut self, root: &DeTable<'_>, context: &Context) -> Vec<Task> {
        let Some(value) = root.get("task") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(value, "task", "an array of tables ([[task]])");
            return Vec::new();
        };
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
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
                    seen.insert(id, line);
                }
            }
            if let Some(task) = self.task(table, item.span(), line, context) {
                tasks.push(task);
            }
        }
        tasks
    }

    fn task(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        line: usize,
        context: &Context,
    ) -> Option<Task> {
        let units = context.units;
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
        if let (Some(lead), Some(value)) = (&lead, table.get("partners"))
            && let Some(both) = partners.iter().find(|p| lead.contains(p))
        {
            self.error(
                value.span(),
                format!("unit `{both}` is both lead and partner"),
            )
            .hint("a unit leads a task or takes part in it, not both; remove it from `partners`");
        }
        let condition = self.string(table, "condition");
        let window = self.task_window(table, span.clone(), condition.as_deref(), context);

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
                    let open = status.is_some_and(|s| !s.is_closed());
                    if let Some(window) = &window
                        && window.milestones.len() > 1
                        && milestones_done.len() == window.milestones.len()
                        && open
                    {
                        let status = status.map(|s| s.as_str()).unwrap_or_default();
                        self.error(
                            value.span(),
                            format!("all {} milestones are closed but the status is \"{status}\"", milestones_done.len()),
                        )
                        .hint("set `status = \"done\"` with its `done` date, or remove the last date to reopen a milestone");
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
            group: self.string(table, "group"),
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
        // As `strings` then a check of each id, without the list of spans.
        let value = table.get(key)?;
        let mut ok = true;
        let ids = match value.get_ref() {
            DeValue::String(s) => {
                ok &= !self.unknown_unit(units, s, value.span(), key);
                vec![s.to_string()]
            }
            DeValue::Array(items) => {
                let mut strings = true;
                for item in items.iter() {
                    if !matches!(item.get_ref(), DeValue::String(_)) {
                        self.type_error(item, key, "a list of strings");
                        strings = false;
                    }
                }
                if !strings {
                    return None;
                }
                let mut ids = Vec::with_capacity(items.len());
                for item in items.iter() {
                    if let DeValue::String(id) = item.get_ref() {
                        ok &= !self.unknown_unit(units, id, item.span(), key);
                        if ids.iter().any(|known: &String| known == id.as_ref()) {
                            self.error(
                                item.span(),
                                format!("unit `{id}` is named twice in `{key}`"),
                            )
                            .hint("remove one of them");
                            ok = false;
                        }
                        ids.push(id.to_string());
                    }
                }
                ids
            }
            _ => {
                self.type_error(value, key, "an array of strings");
                return None;
            }
        };
        ok.then_some(ids)
    }

    fn task_window(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        condition: Option<&str>,
        context: &Context,
    ) -> Option<Arc<TaskWindow>> {
        let default_year = context.default_year;
        let Some(value) = table.get("window") else {
            if let Some(condition) = condition {
                return Some(Arc::new(TaskWindow {
                    text: condition.to_string(),
                    window: Window::Conditional,
                    milestones: Vec::new(),
                }));
            }
            self.missing(span, "window", "[[task]]");
            return None;
        };
        let (text, parsed) = match value.get_ref() {
            DeValue::String(text) => match window_cached(text, context) {
                Ok(window) => return Some(window),
                Err(WindowProblem::Text(error)) => {
                    self.window_error(value, &error);
                    return None;
                }
                Err(WindowProblem::Period(error)) => {
                    self.period_needed(value, &error);
                    return None;
                }
            },
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
        match parsed.milestones(context.period.as_ref()) {
            Ok(milestones) => Some(Arc::new(TaskWindow {
                text,
                window: parsed,
                milestones,
            })),
            Err(error) => {
                self.period_needed(value, &error);
                None
            }
        }
    }

    fn period_needed(&mut self, value: &Value<'_>, error: &WindowError) {
        self.error(value.span(), error.message.clone())
            .hint("give the plan a period, e.g. `period = \"Năm 2020\"` under [plan]");
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

fn article(type_name: &str) -> String {
    let vowel = type_name.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {type_name}", if vowel { "an" } else { "a" })
}

/// A suggestion for an unknown status, including Vietnamese words clerks use.
pub fn status_hint(text: &str) -> Option<String> {
    Status::suggest(text).map(|s| format!("did you mean \"{s}\"?"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::parse_bytes;

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
    fn unit_list_reports_types_before_unknown_units() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\", 1, \"zz\"]\npartners = [\"zz\", \"a\", \"yy\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(
            found,
            [
                "11:14: `lead` must be a list of strings, not an integer",
                "12:13: unknown unit `zz` in `partners`",
                "12:24: unknown unit `yy` in `partners`"
            ]
        );
    }

    #[test]
    fn a_unit_twice_or_in_both_roles_is_an_error() {
        let twice = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\", \"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(twice, ["11:14: unit `a` is named twice in `lead`"]);
        let both = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\npartners = [\"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(both, ["12:12: unit `a` is both lead and partner"]);
    }

    #[test]
    fn groups_that_contain_each_other_are_an_error() {
        let text = format!(
            "{MINIMAL}[units.g]\nname = \"G\"\nmembers = [\"h\"]\n[units.h]\nname = \"H\"\nmembers = [\"g\"]\n"
        );
        let found = messages(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].ends_with("groups `g` and `h` contain each other"),
            "{found:?}"
        );
    }

    #[test]
    fn every_milestone_closed_on_an_open_task_is_an_error() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 6, tháng 12/2020\"\nmilestones_done = [2020-06-01, 2020-12-01]\n",
        ));
        assert_eq!(
            found,
            ["13:19: all 2 milestones are closed but the status is \"todo\""]
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

#[cfg(test)]
mod layout_tests {
    use super::*;

    /// The seed plan with `tasks` copies of its tasks (ids made unique), so
    /// that it is read block by block.
    fn large(edit: impl Fn(String) -> String) -> String {
        let seed = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let first = seed.find("[[task]]").unwrap();
        let (head, tasks) = seed.split_at(first);
        let mut text = head.to_string();
        for copy in 0..40 {
            text.push_str(&tasks.replace("id = \"", &format!("id = \"{copy}.")));
        }
        edit(text)
    }

    fn both(text: &str) -> (Parsed, Parsed) {
        let path = Path::new("p.toml");
        let layout = crate::store::split(text);
        assert!(layout.plain && layout.tasks.len() >= PARALLEL_BLOCKS);
        let mut blocks = parse_blocks(path, text, &layout).unwrap();
        let mut whole = parse_whole(path, text);
        blocks.1.sort_by_key(|d| (d.line, d.col));
        whole.1.sort_by_key(|d| (d.line, d.col));
        (blocks, whole)
    }

    #[test]
    fn block_and_whole_reading_give_the_same_plan() {
        let text = large(|t| t);
        let ((blocks, d1), (whole, d2)) = both(&text);
        assert!(d1.is_empty() && d2.is_empty());
        let (blocks, whole) = (blocks.unwrap(), whole.unwrap());
        assert_eq!(blocks.tasks.len(), 320);
        assert_eq!(blocks.tasks, whole.tasks);
    }

    #[test]
    fn block_and_whole_reading_give_the_same_diagnostics() {
        let text = large(|t| {
            t.replacen("status = \"todo\"", "status = \"xong\"", 3)
                .replacen("id = \"7.8\"", "id = \"7.7\"", 1)
                .replacen("window = \"Tháng 9/2020\"", "window = \"Tháng 13/2020\"", 2)
                .replacen("lead = [\"ttvh\"]", "lead = [\"ttvhh\"]\nfoo = 1", 1)
        });
        let ((_, blocks), (_, whole)) = both(&text);
        assert_eq!(blocks.len(), 8, "{blocks:#?}");
        assert_eq!(blocks, whole);
    }

    #[test]
    fn syntax_error_in_one_block_is_reported_at_its_line() {
        let text = large(|t| t.replacen("id = \"3.3\"", "id = \"3.3", 1));
        let ((_, blocks), _) = both(&text);
        let line = text[..text.find("id = \"3.3\n").unwrap()]
            .matches('\n')
            .count()
            + 1;
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].line, line);
    }
}
