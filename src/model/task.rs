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
    /// none when the task is closed or has no dates. A dated open task
    /// always owes one: were all its milestones recorded closed (which
    /// `plan check` refuses), the last.
    pub fn next_due(&self) -> Option<&crate::window::Span> {
        if self.status.is_closed() {
            return None;
        }
        let milestones = &self.window.milestones;
        milestones
            .get(self.milestones_done.len())
            .or(milestones.last())
    }

    /// True when the task's window is made of several milestones.
    pub fn has_milestones(&self) -> bool {
        self.window.milestones.len() > 1
    }

    /// True when the `i`-th milestone is closed: the task is done, or the
    /// milestone is among those completed so far.
    pub fn milestone_closed(&self, i: usize) -> bool {
        self.status == Status::Done || i < self.milestones_done.len()
    }

    /// The day the `i`-th milestone was closed, when known: its own
    /// completion day, or the task's when the whole task is done.
    pub fn milestone_done_on(&self, i: usize) -> Option<NaiveDate> {
        let whole = (self.status == Status::Done).then_some(self.done).flatten();
        self.milestones_done.get(i).copied().or(whole)
    }

    /// `(closed, all)` milestones, while the task is open with some of its
    /// several milestones closed.
    pub fn milestone_progress(&self) -> Option<(usize, usize)> {
        let partly = self.has_milestones() && !self.status.is_closed();
        (partly && !self.milestones_done.is_empty())
            .then(|| (self.milestones_done.len(), self.window.milestones.len()))
    }

    /// True when `unit` leads the task, or is a partner when `partners` is
    /// set.
    pub fn names(&self, ids: &[&str], lead: bool, partners: bool) -> bool {
        (lead && self.lead.iter().any(|u| ids.contains(&u.as_str())))
            || (partners && self.partners.iter().any(|u| ids.contains(&u.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;

    fn task(fields: &str) -> super::Task {
        let text = format!(
            "format = 1\n[plan]\nid = \"p\"\ntitle = \"T\"\n[units.a]\nname = \"A\"\n\
             [[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\n\
             window = \"Tháng 6, tháng 12/2020\"\n{fields}"
        );
        let (plan, d) = crate::store::parse_str(Path::new("p.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        plan.unwrap().tasks.remove(0)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn milestones_close_one_by_one_or_all_with_the_task() {
        let open = task("status = \"doing\"\nmilestones_done = [2020-06-20]\n");
        assert!(open.milestone_closed(0) && !open.milestone_closed(1));
        assert_eq!(open.milestone_done_on(0), Some(date(2020, 6, 20)));
        assert_eq!(open.milestone_done_on(1), None);
        assert_eq!(open.milestone_progress(), Some((1, 2)));
        let done = task("status = \"done\"\ndone = 2020-12-20\nmilestones_done = [2020-06-20]\n");
        assert!(done.milestone_closed(1));
        assert_eq!(done.milestone_done_on(1), Some(date(2020, 12, 20)));
        assert_eq!(done.milestone_progress(), None);
        assert_eq!(task("").milestone_progress(), None);
    }

    #[test]
    fn a_dated_open_task_always_owes_a_milestone() {
        let mut open = task("");
        open.milestones_done = vec![date(2020, 6, 20), date(2020, 6, 28)];
        assert_eq!(open.next_due().map(|m| m.end), Some(date(2020, 12, 31)));
        let state = crate::query::State::of(&open, date(2021, 1, 1));
        assert!(state.is_overdue(), "{state:?}");
    }
}
