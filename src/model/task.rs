//! One task of a plan and its time window.

use chrono::NaiveDate;

use super::{Status, TaskWindow};

/// A list of unit ids, as a task names its lead or partner units. Read
/// from the cache, the tasks of a plan that name the same units in the
/// same order share one list: a large plan repeats a few dozen lists over
/// thousands of tasks, and each task then costs no allocation for them.
pub type UnitIds = std::sync::Arc<[String]>;

/// A `[[task]]` of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: String,
    pub title: String,
    /// The heading the document groups the task under.
    pub group: Option<String>,
    /// Unit ids of the lead units (đơn vị chủ trì).
    pub lead: UnitIds,
    /// Unit ids of the partner units (đơn vị phối hợp).
    pub partners: UnitIds,
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
    /// The fields marked for review (`review = ["window"]`).
    pub review: super::Review,
    /// Each unit's own report (`reports.<unit> = { on = … }`), in file order.
    pub reports: Vec<super::UnitReport>,
    /// The 1-based line of the task's `[[task]]` header.
    pub line: usize,
}

impl Task {
    // A task is read as it stood on a day: what was closed after that day
    // was still open on it. These functions own that rule; every read
    // (list, show, report, timeline, the exports) goes through them, and
    // edits, which act on the file as it is, read the fields themselves.

    /// How many milestones were closed as of `day`: those closed on it or
    /// before. Milestones close in order, so these are the first ones.
    pub fn closed_milestones_on(&self, day: NaiveDate) -> usize {
        self.milestones_done
            .iter()
            .take_while(|on| **on <= day)
            .count()
    }

    /// Whether the task was done as of `day`: it is done, and its
    /// completion day, when recorded, is not after `day`.
    pub fn is_done_on(&self, day: NaiveDate) -> bool {
        self.status == Status::Done && self.done.is_none_or(|on| on <= day)
    }

    /// The day the task was completed, when it was done as of `day`.
    pub fn done_on(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.done.filter(|_| self.is_done_on(day))
    }

    /// The task's status as of `day`. A task done after `day` was open on
    /// it and reads `todo`, as `plan reopen` leaves it (the file keeps no
    /// earlier status). A cancelled task has no cancel day: it stays
    /// cancelled.
    pub fn status_on(&self, day: NaiveDate) -> Status {
        if self.status == Status::Done && !self.is_done_on(day) {
            Status::Todo
        } else {
            self.status
        }
    }

    /// The milestone the task owes next as of `day`: the earliest one not
    /// closed by then, or none when the task is closed or has no dates. A
    /// dated open task always owes one: were all its milestones recorded
    /// closed (which `plan check` refuses), the last.
    pub fn next_due(&self, day: NaiveDate) -> Option<&crate::window::Span> {
        if self.status_on(day).is_closed() {
            return None;
        }
        let milestones = &self.window.milestones;
        milestones
            .get(self.closed_milestones_on(day))
            .or(milestones.last())
    }

    /// True when the task's window is made of several milestones.
    pub fn has_milestones(&self) -> bool {
        self.window.milestones.len() > 1
    }

    /// True when the `i`-th milestone was closed as of `day`: the task was
    /// done, or the milestone was among those completed by then.
    pub fn milestone_closed(&self, i: usize, day: NaiveDate) -> bool {
        self.is_done_on(day) || i < self.closed_milestones_on(day)
    }

    /// The day the `i`-th milestone was closed, as of `day`, when known:
    /// its own completion day, or the task's when the whole task was done.
    pub fn milestone_done_on(&self, i: usize, day: NaiveDate) -> Option<NaiveDate> {
        self.own_milestone_day(i, day).or(self.done_on(day))
    }

    /// The completion day recorded for the `i`-th milestone itself, when it
    /// was closed as of `day`.
    pub fn own_milestone_day(&self, i: usize, day: NaiveDate) -> Option<NaiveDate> {
        (i < self.closed_milestones_on(day)).then(|| self.milestones_done[i])
    }

    /// `(closed, all)` milestones, while the task was open on `day` with
    /// some of its several milestones closed.
    pub fn milestone_progress(&self, day: NaiveDate) -> Option<(usize, usize)> {
        let partly = self.has_milestones() && !self.status_on(day).is_closed();
        let closed = self.closed_milestones_on(day);
        (partly && closed > 0).then(|| (closed, self.window.milestones.len()))
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

    /// A day after every day of the tests: the file as it is.
    fn later() -> NaiveDate {
        date(2200, 12, 31)
    }

    #[test]
    fn milestones_close_one_by_one_or_all_with_the_task() {
        let later = later();
        let open = task("status = \"doing\"\nmilestones_done = [2020-06-20]\n");
        assert!(open.milestone_closed(0, later) && !open.milestone_closed(1, later));
        assert_eq!(open.milestone_done_on(0, later), Some(date(2020, 6, 20)));
        assert_eq!(open.milestone_done_on(1, later), None);
        assert_eq!(open.milestone_progress(later), Some((1, 2)));
        let done = task("status = \"done\"\ndone = 2020-12-20\nmilestones_done = [2020-06-20]\n");
        assert!(done.milestone_closed(1, later));
        assert_eq!(done.milestone_done_on(1, later), Some(date(2020, 12, 20)));
        assert_eq!(done.milestone_progress(later), None);
        assert_eq!(task("").milestone_progress(later), None);
    }

    #[test]
    fn what_was_closed_after_a_day_is_open_on_it() {
        let done = task(
            "status = \"done\"\ndone = 2020-12-20\nmilestones_done = [2020-06-20, 2020-12-20]\n",
        );
        let before = date(2020, 6, 19);
        assert_eq!(done.closed_milestones_on(before), 0);
        assert_eq!(
            (done.is_done_on(before), done.done_on(before)),
            (false, None)
        );
        assert_eq!(done.status_on(before), super::Status::Todo);
        assert_eq!(
            done.next_due(before).map(|m| m.end),
            Some(date(2020, 6, 30))
        );
        assert!(!done.milestone_closed(0, before));
        let july = date(2020, 7, 1);
        assert_eq!(done.closed_milestones_on(july), 1);
        assert_eq!(done.status_on(july), super::Status::Todo);
        assert_eq!(done.milestone_done_on(0, july), Some(date(2020, 6, 20)));
        assert_eq!(done.milestone_done_on(1, july), None);
        assert_eq!(done.milestone_progress(july), Some((1, 2)));
        assert_eq!(done.next_due(july).map(|m| m.end), Some(date(2020, 12, 31)));
        let on = date(2020, 12, 20);
        assert_eq!(done.status_on(on), super::Status::Done);
        assert_eq!(done.done_on(on), Some(on));
        assert_eq!(done.next_due(on), None);
        // A done task with no recorded day is done on every day; a
        // cancelled one, with no cancel day, is cancelled on every day.
        let undated = task("status = \"done\"\n");
        assert!(undated.is_done_on(before));
        let cancelled = task("status = \"cancelled\"\n");
        assert_eq!(cancelled.status_on(before), super::Status::Cancelled);
    }

    #[test]
    fn a_dated_open_task_always_owes_a_milestone() {
        let mut open = task("");
        open.milestones_done = vec![date(2020, 6, 20), date(2020, 6, 28)];
        let day = date(2021, 1, 1);
        assert_eq!(open.next_due(day).map(|m| m.end), Some(date(2020, 12, 31)));
        let state = crate::query::State::of(&open, day);
        assert!(state.is_overdue(), "{state:?}");
    }
}
