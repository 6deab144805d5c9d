//! Which tasks a command is about: the filter built from `plan list`'s flags
//! and the state of a task on the reference day. Pure functions over plans.

use std::cmp::Ordering;

use chrono::{Datelike, Days, NaiveDate};
use rayon::prelude::*;

use crate::model::{Plan, Status, Task};
use crate::units::{Level, MatchError};
use crate::window::days::Span;

/// Which side of a task a unit filter looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    Lead,
    Partner,
    #[default]
    Any,
}

/// Where a task stands on the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Done; `late` when completed after the end of its window.
    Done {
        on: Option<NaiveDate>,
        late: bool,
    },
    Cancelled,
    /// The end of its earliest open milestone is before the reference day.
    Overdue {
        due: NaiveDate,
        days: i64,
    },
    /// Open, due on `due` (today or later).
    Open {
        due: NaiveDate,
        days_left: i64,
    },
    /// Conditional, with no dates.
    Waiting,
    /// Its window is kept as written but not read (marked for review):
    /// never overdue, never waiting.
    Unscheduled,
}

impl State {
    /// Where `task` stands on `today`, as it stood then: what was closed
    /// after `today` is open (see [`Task::status_on`]).
    pub fn of(task: &Task, today: NaiveDate) -> State {
        match task.status_on(today) {
            Status::Cancelled => return State::Cancelled,
            Status::Done => {
                let on = task.done_on(today);
                let late = match (on, task.window.end()) {
                    (Some(on), Some(end)) => on > end,
                    _ => false,
                };
                return State::Done { on, late };
            }
            Status::Todo | Status::Doing => {}
        }
        if task.window.unread {
            return State::Unscheduled;
        }
        match task.next_due(today) {
            None => State::Waiting,
            Some(span) if span.end < today => State::Overdue {
                due: span.end,
                days: today.signed_duration_since(span.end).num_days(),
            },
            Some(span) => State::Open {
                due: span.end,
                days_left: span.end.signed_duration_since(today).num_days(),
            },
        }
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, State::Overdue { .. })
    }

    pub fn days_overdue(self) -> Option<i64> {
        match self {
            State::Overdue { days, .. } => Some(days),
            _ => None,
        }
    }

    /// The deadline the task owes next, passed or not: none when it is
    /// closed or waits on a condition.
    pub fn due(self) -> Option<NaiveDate> {
        match self {
            State::Overdue { due, .. } | State::Open { due, .. } => Some(due),
            _ => None,
        }
    }
}

/// The conditions of `plan list`, combined with AND.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub overdue: bool,
    /// Open tasks whose next deadline falls within this span from today.
    pub due_within: Option<Span>,
    /// Tasks with a deadline in the reference day's week or month.
    pub due_in: Option<Calendar>,
    /// What the user typed to name a unit.
    pub unit: Option<String>,
    pub role: Role,
    /// Empty means any status; a task has the status it had on the
    /// reference day.
    pub statuses: Vec<Status>,
    /// Only tasks with a field marked for review.
    pub review: bool,
}

/// A stretch of the calendar around the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// Monday to Sunday.
    Week,
    /// The first to the last day of the month.
    Month,
}

impl Calendar {
    /// The first and last day of the week or month holding `day`.
    pub fn around(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            Calendar::Week => {
                let back = u64::from(day.weekday().num_days_from_monday());
                let monday = day.checked_sub_days(Days::new(back)).unwrap_or(day);
                (monday, monday.checked_add_days(Days::new(6)).unwrap_or(day))
            }
            Calendar::Month => {
                let first = day.with_day(1).unwrap_or(day);
                let last = first
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .unwrap_or(day);
                (first, last)
            }
        }
    }

    /// Whether `task` is due in the week or month of `day`: the end of its
    /// window, or of one of its milestones, falls in it. Its status does
    /// not matter (a task done before this week's deadline is still due
    /// this week); a task with no dates is never due.
    pub fn holds_deadline_of(self, task: &Task, day: NaiveDate) -> bool {
        let (first, last) = self.around(day);
        task.window
            .milestones
            .iter()
            .any(|span| (first..=last).contains(&span.end))
    }
}

/// One selected task and the plan it belongs to, read on the reference
/// day `on`.
#[derive(Debug, Clone, Copy)]
pub struct Row<'p> {
    pub plan: &'p Plan,
    pub task: &'p Task,
    pub state: State,
    /// The reference day: the task is shown as it stood on it.
    pub on: NaiveDate,
}

/// Where a list's rows come from: chunks of them, in the list's order
/// (those [`select`] gives, or rows read from plans a chunk of tasks at a
/// time).
pub trait Chunks: Sync {
    /// How many chunks there are.
    fn chunks(&self) -> usize;

    /// Give the rows of chunk `k` (maybe none) to `each`, once.
    fn rows(
        &self,
        k: usize,
        each: &mut dyn FnMut(&[Row<'_>]) -> std::io::Result<()>,
    ) -> std::io::Result<()>;
}

/// Rows already selected, a chunk of them at a time.
pub struct Selected<'r, 'p>(pub &'r [Row<'p>]);

/// Rows of [`Selected`] per chunk.
pub const SELECTED_CHUNK: usize = 1024;

impl Chunks for Selected<'_, '_> {
    fn chunks(&self) -> usize {
        self.0.len().div_ceil(SELECTED_CHUNK)
    }

    fn rows(
        &self,
        k: usize,
        each: &mut dyn FnMut(&[Row<'_>]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let start = (k * SELECTED_CHUNK).min(self.0.len());
        let end = (start + SELECTED_CHUNK).min(self.0.len());
        each(&self.0[start..end])
    }
}

/// The tasks of `plans` matching `filter` on `today`, ordered by plan, then
/// by task id in natural order ("2" before "10").
pub fn select<'p>(
    plans: &'p [Plan],
    filter: &Filter,
    today: NaiveDate,
) -> Result<Vec<Row<'p>>, MatchError> {
    let units = match &filter.unit {
        Some(query) => Some(resolve_in_plans(plans, query)?),
        None => None,
    };
    // Plans are selected on every core, and so are the tasks of a large
    // plan; the rows keep the order of a plain loop.
    let per_plan: Vec<Vec<Row<'p>>> = plans
        .par_iter()
        .enumerate()
        .map(|(index, plan)| {
            let concerning: Option<Vec<&str>> = match &units {
                None => None,
                Some(per_plan) => match &per_plan[index] {
                    Some(id) => Some(plan.units.concerning(id)),
                    None => return Vec::new(),
                },
            };
            let keep =
                |task: &'p Task| select_task(plan, task, filter, concerning.as_deref(), today);
            let mut rows: Vec<Row<'p>> = if plan.tasks.len() >= PARALLEL_TASKS {
                plan.tasks
                    .par_iter()
                    .with_min_len(PARALLEL_TASKS / 4)
                    .filter_map(keep)
                    .collect()
            } else {
                plan.tasks.iter().filter_map(keep).collect()
            };
            rows.sort_by(|a, b| natural_cmp(&a.task.id, &b.task.id));
            rows
        })
        .collect();
    let mut rows = Vec::with_capacity(per_plan.iter().map(Vec::len).sum());
    for plan_rows in per_plan {
        rows.extend(plan_rows);
    }
    Ok(rows)
}

/// Tasks of one plan from which they are selected on every core.
const PARALLEL_TASKS: usize = 8192;

/// The row for `task` when it matches the filter.
pub(crate) fn select_task<'p>(
    plan: &'p Plan,
    task: &'p Task,
    filter: &Filter,
    concerning: Option<&[&str]>,
    today: NaiveDate,
) -> Option<Row<'p>> {
    if !filter.statuses.is_empty() && !filter.statuses.contains(&task.status_on(today)) {
        return None;
    }
    if filter.review && task.review.is_empty() {
        return None;
    }
    if let Some(ids) = concerning {
        let (lead, partner) = match filter.role {
            Role::Lead => (true, false),
            Role::Partner => (false, true),
            Role::Any => (true, true),
        };
        if !task.names(ids, lead, partner) {
            return None;
        }
    }
    let state = State::of(task, today);
    if filter.overdue && !state.is_overdue() {
        return None;
    }
    if let Some(span) = filter.due_within {
        match state {
            State::Open { due, .. } if due <= span.last_day(today) => {}
            _ => return None,
        }
    }
    if let Some(calendar) = filter.due_in
        && !calendar.holds_deadline_of(task, today)
    {
        return None;
    }
    Some(Row {
        plan,
        task,
        state,
        on: today,
    })
}

/// The tasks of a plan that concern one unit, each task once, each list in
/// natural id order.
#[derive(Debug, Default)]
pub struct UnitTasks<'p> {
    /// Tasks naming the unit as lead.
    pub lead: Vec<&'p str>,
    /// Tasks naming the unit as partner (and not as lead).
    pub partner: Vec<&'p str>,
    /// Tasks naming one of the unit's groups, as lead or partner, and not
    /// the unit itself.
    pub via_groups: Vec<&'p str>,
}

/// What `unit` of `plan` owes: the tasks it leads, those it is a partner
/// in, and those that reach it through its groups.
pub fn unit_tasks<'p>(plan: &'p Plan, unit: &str) -> UnitTasks<'p> {
    let groups: Vec<&str> = plan
        .units
        .concerning(unit)
        .into_iter()
        .filter(|id| *id != unit)
        .collect();
    let mut tasks = UnitTasks::default();
    for task in &plan.tasks {
        if task.lead.iter().any(|id| id == unit) {
            tasks.lead.push(&task.id);
        } else if task.partners.iter().any(|id| id == unit) {
            tasks.partner.push(&task.id);
        } else if task.names(&groups, true, true) {
            tasks.via_groups.push(&task.id);
        }
    }
    for list in [&mut tasks.lead, &mut tasks.partner, &mut tasks.via_groups] {
        list.sort_by(|a, b| natural_cmp(a, b));
    }
    tasks
}

/// Resolve a unit query in every plan: the unit id it names in each plan
/// (None where it names nothing). The closest step of matching found in any
/// plan decides for all of them, as it does within one plan: an id or a
/// whole name in one plan is not made ambiguous by fragments of several
/// units in another, and those fragments do not count. An error when the
/// query is ambiguous in a plan at that step, or names nothing in any plan.
pub fn resolve_in_plans(plans: &[Plan], query: &str) -> Result<Vec<Option<String>>, MatchError> {
    // An exact id is the closest step there is: where one plan has it, it
    // decides, and no registry's names need folding.
    let exact: Vec<Option<&str>> = plans
        .iter()
        .map(|p| p.units.get(query).map(|unit| unit.id.as_str()))
        .collect();
    if exact.iter().any(Option::is_some) {
        return Ok(exact.into_iter().map(|id| id.map(str::to_string)).collect());
    }
    // Each plan's registry folds its names on its own: in parallel, the
    // answers kept in the order of the plans.
    let answers: Vec<_> = plans
        .par_iter()
        .map(|p| p.units.resolve_at(query))
        .collect();
    let level = |answer: &Result<(Level, _), (Level, _)>| match answer {
        Ok((level, _)) | Err((level, _)) => *level,
    };
    let best = answers.iter().map(level).min().unwrap_or(Level::MAX);
    if best == Level::MAX {
        // Only now is every unit scored against the query, to suggest the
        // closest.
        let closest: Vec<_> = plans
            .par_iter()
            .map(|p| p.units.closest_to(query))
            .collect();
        return Err(not_found(query, closest));
    }
    answers
        .into_iter()
        .map(|answer| match answer {
            Ok((level, unit)) if level == best => Ok(Some(unit.id.clone())),
            Err((level, error)) if level == best => Err(error),
            _ => Ok(None),
        })
        .collect()
}

/// Nothing matches in any plan: the closest units of all of them (each
/// plan's, in the order of the plans), at most 3.
fn not_found(query: &str, closest: Vec<Vec<(String, String)>>) -> MatchError {
    let mut all: Vec<(String, String)> = Vec::new();
    for candidate in closest.into_iter().flatten() {
        if !all.contains(&candidate) && all.len() < 3 {
            all.push(candidate);
        }
    }
    MatchError::NotFound {
        query: query.to_string(),
        closest: all,
    }
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|&&c| c == b'0').count();
    &digits[zeros..]
}

/// Compare task ids so that numbers sort by value: 2 < 10, 2.1 < 2.10.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    // Byte by byte: digits are ASCII, and while the bytes before agree both
    // sides stand at the same kind of position in their characters, so
    // comparing bytes orders characters as comparing them whole would.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i).copied(), b.get(j).copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let run = |s: &[u8], from: usize| {
                    from + s[from..].iter().take_while(|c| c.is_ascii_digit()).count()
                };
                let (end_a, end_b) = (run(a, i), run(b, j));
                let (x, y) = (&a[i..end_a], &b[j..end_b]);
                let (xs, ys) = (trim_zeros(x), trim_zeros(y));
                let order = xs
                    .len()
                    .cmp(&ys.len())
                    .then_with(|| xs.cmp(ys))
                    .then_with(|| x.len().cmp(&y.len()));
                if order != Ordering::Equal {
                    return order;
                }
                (i, j) = (end_a, end_b);
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                i += 1;
                j += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
