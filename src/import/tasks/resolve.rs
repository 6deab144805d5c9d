//! A task as found made a task of the draft: its units as ids, its window
//! checked against the plan's period, and a notice for what it lacks.

use super::found::RawTask;
use crate::import::draft::DraftTask;
use crate::import::scan::truncate;
use crate::import::units::Registry;
use crate::window::parse_window;

/// The draft's tasks, in the order found. A window that does not read is
/// noted, and dropped when the task has a condition to stand on.
pub fn resolve(
    raw_tasks: Vec<RawTask>,
    registry: &Registry,
    year: Option<i32>,
    notes: &mut Vec<(usize, String)>,
) -> Vec<DraftTask> {
    let mut out = Vec::with_capacity(raw_tasks.len());
    for mut t in raw_tasks {
        if let Some(w) = &t.window
            && let Err(e) = parse_window(w, year)
        {
            notes.push((
                t.window_line,
                format!("task {}: window \"{}\": {}", t.id, truncate(w, 60), e),
            ));
            // With a condition the task stands without the window; the
            // notice keeps its text.
            if t.condition.is_some() {
                t.window = None;
            }
        }
        if t.lead.is_empty() {
            notes.push((t.line, format!("task {}: no lead unit", t.id)));
        }
        if t.window.is_none() && t.condition.is_none() {
            notes.push((t.line, format!("task {}: no time window", t.id)));
        }
        out.push(DraftTask {
            id: t.id,
            title: t.title,
            lead: registry.ids_of(&t.lead),
            partners: registry.ids_of(&t.partners),
            window: t.window,
            condition: t.condition,
            group: t.group,
            note: t.note,
            line: t.line,
        });
    }
    out
}
