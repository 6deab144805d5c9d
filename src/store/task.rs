//! Reading one `[[task]]`: its id (unique in the plan), title, units,
//! window or condition, status and completion days, each checked against
//! the plan's head.

use std::ops::Range;
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use super::context::{Context, window_cached};
use super::keys::TASK_KEYS;
use super::reader::{Reader, Value};
use super::task_ids::TaskIds;
use crate::error::Error;
use crate::model::review::Field;
use crate::model::{Status, Task, TaskWindow, WindowProblem, task_id};
use crate::units::Registry;
use crate::window::{self, Window, WindowError};

impl Reader<'_> {
    pub(super) fn tasks(&mut self, root: &DeTable<'_>, context: &Context) -> Vec<Task> {
        let Some(value) = root.get("task") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(value, "task", &crate::t!("diag-type-tasks"));
            return Vec::new();
        };
        let mut ids = TaskIds::default();
        let mut tasks = Vec::with_capacity(items.len());
        for item in items.iter() {
            let Some(table) = self.table(item, "[[task]]") else {
                continue;
            };
            let line = self.line_of(item.span().start);
            if let Some(value) = table.get("id")
                && let DeValue::String(id) = value.get_ref()
                && let Some(first) = ids.first_of(id, line)
            {
                self.duplicate_id(value.span(), id, first);
            }
            if let Some(task) = self.task(table, item.span(), line, context) {
                tasks.push(task);
            }
        }
        tasks
    }

    pub(super) fn task(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        line: usize,
        context: &Context,
    ) -> Option<Task> {
        let units = context.units;
        const WHAT: &str = "[[task]]";
        self.check_keys(table, TASK_KEYS, WHAT);
        let errors_before = self.errors;
        let marks = self.review(table, Field::TASK, WHAT);
        let id = self.required_string(table, span.clone(), "id", WHAT);
        if let (Some(id), Some(value)) = (&id, table.get("id")) {
            if let Err(problem) = task_id::check(id) {
                let id = id.to_string();
                self.error(value.span(), Error::BadTaskId { id, problem }.to_string())
                    .hint(crate::t!("diag-task-id-hint"));
            }
        } else if let Some(value) = table.get("id")
            && matches!(value.get_ref(), DeValue::Integer(_))
        {
            let last = self.diagnostics.len() - 1;
            let text = &self.text[value.span()];
            self.diagnostics[last].hint = Some(crate::t!("diag-quote-id", text = text));
        }
        let title = self.required_string(table, span.clone(), "title", WHAT);
        // A task may name no lead unit: real programmes often name none.
        let lead = match table.get("lead") {
            None => Some(Vec::new()),
            Some(_) => self.unit_list(table, "lead", units),
        };
        let partners = self.unit_list(table, "partners", units).unwrap_or_default();
        if let (Some(lead), Some(value)) = (&lead, table.get("partners"))
            && let Some(both) = partners.iter().find(|p| lead.contains(p))
        {
            self.error(
                value.span(),
                crate::t!("diag-lead-and-partner", unit = both.as_str()),
            )
            .hint(crate::t!("diag-lead-and-partner-hint"));
        }
        let condition = self.string(table, "condition");
        let marked = marks.review.has(Field::Window);
        let mut unread = None;
        let window = self.task_window(
            table,
            span.clone(),
            condition.as_deref(),
            context,
            marked.then_some(&mut unread),
        );

        let status = match table.get("status") {
            None => Some(Status::Todo),
            Some(value) => match value.get_ref() {
                DeValue::String(s) => match s.parse::<Status>() {
                    Ok(status) => Some(status),
                    Err(()) => {
                        let hint = status_hint(s);
                        self.error(
                            value.span(),
                            crate::t!("diag-unknown-status", status = s.as_ref()),
                        )
                        .expected(crate::t!("diag-unknown-status-expected"))
                        .hint = hint;
                        None
                    }
                },
                _ => {
                    self.type_error(value, "status", &crate::t!("diag-type-string"));
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
                crate::t!("diag-done-not-done", status = status_word(status)),
            )
            .hint(crate::t!("diag-done-not-done-hint"));
        }
        let milestones_done = self.milestones_done(table, status, window.as_deref());
        let note = self.string(table, "note");
        let reports = self.reports(table, units);
        if self.errors > errors_before {
            return None;
        }
        if !marks.review.is_empty() {
            let shown = id.as_deref().unwrap_or_default();
            self.task_review_warnings(table, &marks, shown, unread);
        }
        Some(Task {
            id: id?,
            title: title?,
            group: self.string(table, "group"),
            lead: lead?.into(),
            partners: partners.into(),
            window: window?,
            condition,
            status: status?,
            done,
            milestones_done,
            note,
            review: marks.review,
            reports,
            line,
        })
    }

    pub(super) fn unit_list(
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
                        self.type_error(item, key, &crate::t!("diag-type-string-list"));
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
                                crate::t!("diag-unit-twice", id = id.as_ref(), key = key),
                            )
                            .hint(crate::t!("diag-unit-twice-hint"));
                            ok = false;
                        }
                        ids.push(id.to_string());
                    }
                }
                ids
            }
            _ => {
                self.type_error(value, key, &crate::t!("diag-type-strings"));
                return None;
            }
        };
        ok.then_some(ids)
    }

    pub(super) fn task_window(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        condition: Option<&str>,
        context: &Context,
        // Given for a task whose window is marked for review: a window that
        // does not read is then kept unread, and why is said here.
        unread: Option<&mut Option<String>>,
    ) -> Option<Arc<TaskWindow>> {
        let default_year = context.default_year;
        let Some(value) = table.get("window") else {
            if let Some(condition) = condition {
                return Some(Arc::new(TaskWindow {
                    text: condition.to_string(),
                    window: Window::Conditional,
                    milestones: Vec::new(),
                    unread: false,
                }));
            }
            if unread.is_some() {
                return Some(Arc::new(TaskWindow::unread("")));
            }
            self.missing(span, "window", "[[task]]");
            return None;
        };
        let (text, parsed) = match value.get_ref() {
            DeValue::String(text) => match window_cached(text, context) {
                Ok(window) => return Some(window),
                Err(problem) if unread.is_some() => {
                    if let Some(reason) = unread {
                        *reason = Some(problem.error().to_string());
                    }
                    return Some(Arc::new(TaskWindow::unread(text)));
                }
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
                        _ => self.type_error(item, "window", &crate::t!("diag-type-string-list")),
                    }
                }
                if spans.len() != items.len() {
                    return None;
                }
                if spans.is_empty() {
                    self.error(value.span(), crate::t!("diag-empty-milestones"))
                        .expected(crate::t!("diag-empty-milestones-expected"));
                    return None;
                }
                spans.sort_by_key(|span| span.end);
                (texts.join(", "), Window::Milestones(spans))
            }
            _ => {
                self.type_error(value, "window", &crate::t!("diag-type-window"));
                return None;
            }
        };
        match parsed.milestones(context.period.as_ref()) {
            Ok(milestones) => Some(Arc::new(TaskWindow {
                unread: false,
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

    pub(super) fn period_needed(&mut self, value: &Value<'_>, error: &WindowError) {
        self.error(value.span(), error.message.clone())
            .hint(crate::t!("diag-period-needed-hint"));
    }
}

/// A suggestion for an unknown status, including Vietnamese words clerks use.
pub fn status_hint(text: &str) -> Option<String> {
    Status::suggest(text).map(|s| crate::t!("diag-did-you-mean-status", status = status_word(s)))
}

/// A status as the current language shows it in a message.
pub fn status_word(status: Status) -> String {
    crate::t!("diag-status-word", status = status.as_str())
}
