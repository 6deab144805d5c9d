//! One task of a plan and its time window.

use chrono::NaiveDate;

use super::{Status, TaskWindow};

/// A `[[task]]` of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: String,
    pub title: String,
    /// The heading the document groups the task under.
    pub group: Option<String>,
    /// Unit ids of the lead units (đơn vị chủ trì).
    pub lead: Vec<String>,
    /// Unit ids of the partner units (đơn vị phối hợp).
    pub partners: Vec<String>,
    /// Shared between tasks with the same window text.
    pub window: std::sync::Arc<TaskWindow>,
    /// A condition the task waits on ("Sau khi có hướng dẫn của cấp trên").
    pub condition: Option<String>,
    pub status: Status,
    /// The day the task was completed.
    pub done: Option<NaiveDate>,
    /// Completion days of the milestones closed so far, in order.
    pub milestones_done: Vec<NaiveDate>,
    pub note: Option<String>,
    /// The 1-based line of the task's `[[task]]` header.
    pub line: usize,
}

impl Task {
    /// The milestone the task owes next: the earliest one not yet closed, or
    /// none when the task is closed or has no dates.
    pub fn next_due(&self) -> Option<&crate::window::Span> {
        if self.status.is_closed() {
            return None;
        }
        self.window.milestones.get(self.milestones_done.len())
    }

    /// True when the task's window is made of several milestones.
    pub fn has_milestones(&self) -> bool {
        self.window.milestones.len() > 1
    }

    /// True when `unit` leads the task, or is a partner when `partners` is
    /// set.
    pub fn names(&self, ids: &[&str], lead: bool, partners: bool) -> bool {
        (lead && self.lead.iter().any(|u| ids.contains(&u.as_str())))
            || (partners && self.partners.iter().any(|u| ids.contains(&u.as_str())))
    }
}
