//! Reading `review = [...]`, the fields of a task or of `[plan]` marked for
//! a person to check, and the warning each mark gives `plan check`: at the
//! field it names, saying what to look at and which edit clears it.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::reader::Reader;
use crate::model::Review;
use crate::model::review::Field;

/// The marks read, and where each is written.
pub(super) struct Marks {
    pub review: Review,
    spans: Vec<(Field, Range<usize>)>,
}

impl Marks {
    /// Where the mark for `field` is written.
    fn span(&self, field: Field) -> Range<usize> {
        self.spans
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, span)| span.clone())
            .unwrap_or_default()
    }
}

impl Reader<'_> {
    /// The `review` list of `table`: each item the name of one of
    /// `allowed`.
    pub(super) fn review(&mut self, table: &DeTable<'_>, allowed: &[Field], what: &str) -> Marks {
        let mut marks = Marks {
            review: Review::default(),
            spans: Vec::new(),
        };
        let Some(items) = self.strings(table, "review") else {
            return marks;
        };
        for (name, span) in items {
            match Field::from_name(&name).filter(|f| allowed.contains(f)) {
                Some(field) => {
                    marks.review.insert(field);
                    marks.spans.push((field, span));
                }
                None => {
                    let names = allowed.iter().map(|f| f.as_str());
                    let hint = crate::text::closest(&name, names.clone())
                        .map(|k| format!("did you mean \"{k}\"?"));
                    let expected = names.collect::<Vec<_>>().join(", ");
                    self.error(span, format!("`review` of {what} names \"{name}\""))
                        .expected(format!("the name of a field: {expected}"))
                        .hint = hint;
                }
            }
        }
        marks
    }

    /// A warning for each mark of a task, at the field it names.
    pub(super) fn task_review_warnings(
        &mut self,
        table: &DeTable<'_>,
        marks: &Marks,
        id: &str,
        unread_window: Option<String>,
    ) {
        for field in marks.review.fields() {
            let value = table.get(field.as_str());
            let at = value.map_or_else(|| marks.span(field), Spanned::span);
            let empty = value.is_none_or(|v| match v.get_ref() {
                DeValue::Array(items) => items.is_empty(),
                DeValue::String(s) => s.trim().is_empty(),
                _ => false,
            });
            let (message, hint) = match field {
                Field::Window => match (&unread_window, empty) {
                    (Some(reason), _) => (
                        format!("task {id} needs review: {reason}"),
                        format!(
                            "write it in a form `plan` reads (docs/windows.md lists them) with `plan set {id} window \"…\"`, or as what it waits on with `plan set {id} condition \"…\"`; either clears the mark"
                        ),
                    ),
                    (None, true) => (
                        format!("task {id} needs review: it has no time window"),
                        format!(
                            "`plan set {id} window \"…\"` or `plan set {id} condition \"…\"` gives it one and clears the mark"
                        ),
                    ),
                    (None, false) => (
                        format!("task {id} needs review: its window"),
                        format!(
                            "check it against the document; `plan set {id} window \"…\"` clears the mark, or remove \"window\" from `review`"
                        ),
                    ),
                },
                Field::Lead if empty => (
                    format!("task {id} needs review: it has no lead unit"),
                    format!("`plan assign {id} --lead UNIT` names one and clears the mark"),
                ),
                Field::Lead | Field::Partners => (
                    format!("task {id} needs review: its {}", field.as_str()),
                    format!(
                        "check them against the document; `plan assign {id} --{} UNIT` clears the mark, or remove \"{field}\" from `review`",
                        if field == Field::Lead {
                            "lead"
                        } else {
                            "partner"
                        }
                    ),
                ),
                Field::Title | Field::Period => (
                    format!("task {id} needs review: its title"),
                    format!(
                        "check it against the document; `plan set {id} title \"…\"` clears the mark, or remove \"title\" from `review`"
                    ),
                ),
            };
            self.warning(at, message).hint(hint);
        }
    }

    /// A warning for each mark of `[plan]`.
    pub(super) fn head_review_warnings(&mut self, header: &DeTable<'_>, marks: &Marks) {
        for field in marks.review.fields() {
            let at = header
                .get(field.as_str())
                .map_or_else(|| marks.span(field), Spanned::span);
            let missing = header.get(field.as_str()).is_none();
            let (message, hint) = if missing {
                (
                    format!("the plan needs review: it has no {field}"),
                    format!(
                        "add `{field} = \"…\"` to [plan] (e.g. `period = \"Năm 2024\"`), then remove \"{field}\" from `review`"
                    ),
                )
            } else {
                (
                    format!("the plan needs review: its {field}"),
                    format!(
                        "check `{field}` in [plan] against the document, then remove \"{field}\" from `review`"
                    ),
                )
            };
            self.warning(at, message).hint(hint);
        }
    }
}
