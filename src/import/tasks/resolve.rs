//! A task as found made a task of the draft: its units as ids, its window
//! checked against the plan's period, and a review mark with a notice for
//! what it lacks or what could not be read.

use chrono::NaiveDate;

use super::found::RawTask;
use crate::import::draft::DraftTask;
use crate::import::scan::truncate;
use crate::import::units::Registry;
use crate::model::review::Field;
use crate::model::{Review, TaskWindow};
use crate::window::Span;

/// The draft's tasks, in the order found. A window that does not read is
/// kept as written and marked for review, as is a task with no lead unit
/// or no time at all; each gets a notice at its line in the document.
pub fn resolve(
    raw_tasks: Vec<RawTask>,
    registry: &Registry,
    years: Option<(i32, i32)>,
    notes: &mut Vec<(usize, String)>,
) -> Vec<DraftTask> {
    // The period the plan file will have ("Năm 2025", "2025 - 2026"), and
    // its year when it lies within one.
    let period = years.and_then(|(first, last)| {
        Some(Span {
            start: Some(NaiveDate::from_ymd_opt(first, 1, 1)?),
            end: NaiveDate::from_ymd_opt(last, 12, 31)?,
        })
    });
    let year = years.and_then(|(first, last)| (first == last).then_some(first));
    let mut out = Vec::with_capacity(raw_tasks.len());
    for t in raw_tasks {
        let mut review = Review::default();
        if let Some(w) = &t.window
            && let Err(e) = TaskWindow::read(w, year, period.as_ref())
        {
            notes.push((
                t.window_line,
                crate::t!(
                    "imp-window-unread",
                    id = t.id.as_str(),
                    window = truncate(w, 60),
                    reason = e.error().to_string()
                ),
            ));
            review.insert(Field::Window);
        }
        if t.lead.is_empty() {
            notes.push((t.line, crate::t!("imp-no-lead", id = t.id.as_str())));
            review.insert(Field::Lead);
        }
        if t.window.is_none() && t.condition.is_none() {
            notes.push((t.line, crate::t!("imp-no-window", id = t.id.as_str())));
            review.insert(Field::Window);
        }
        out.push(DraftTask {
            id: t.id,
            title: t.title,
            lead: registry.ids_of(&t.lead),
            partners: registry.ids_of(&t.partners),
            window: t.window,
            condition: t.condition,
            group: t.group,
            review,
            note: t.note,
            line: t.line,
            window_line: t.window_line,
        });
    }
    out
}
