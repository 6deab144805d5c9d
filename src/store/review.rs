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
                        .map(|k| crate::t!("diag-did-you-mean-value", value = k));
                    let expected = super::reader::key_list(names);
                    self.error(
                        span,
                        crate::t!("diag-review-names", what = what, name = name.as_str()),
                    )
                    .expected(crate::t!("diag-review-names-expected", fields = expected))
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
                        crate::t!(
                            "diag-review-window-unread",
                            id = id,
                            reason = reason.as_str()
                        ),
                        crate::t!("diag-review-window-unread-hint", id = id),
                    ),
                    (None, true) => (
                        crate::t!("diag-review-no-window", id = id),
                        crate::t!("diag-review-no-window-hint", id = id),
                    ),
                    (None, false) => (
                        crate::t!("diag-review-window", id = id),
                        crate::t!("diag-review-window-hint", id = id),
                    ),
                },
                Field::Lead if empty => (
                    crate::t!("diag-review-no-lead", id = id),
                    crate::t!("diag-review-no-lead-hint", id = id),
                ),
                Field::Lead => (
                    crate::t!("diag-review-lead", id = id),
                    crate::t!("diag-review-lead-hint", id = id),
                ),
                Field::Partners => (
                    crate::t!("diag-review-partners", id = id),
                    crate::t!("diag-review-partners-hint", id = id),
                ),
                Field::Title | Field::Period => (
                    crate::t!("diag-review-title", id = id),
                    crate::t!("diag-review-title-hint", id = id),
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
            let field = field.as_str();
            let (message, hint) = if missing {
                (
                    crate::t!("diag-review-head-missing", field = field),
                    crate::t!("diag-review-head-missing-hint", field = field),
                )
            } else {
                (
                    crate::t!("diag-review-head", field = field),
                    crate::t!("diag-review-head-hint", field = field),
                )
            };
            self.warning(at, message).hint(hint);
        }
    }
}
