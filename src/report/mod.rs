//! The progress report for the upper level: per unit, how many tasks are
//! done on time, done late, overdue, due soon, not yet due and waiting.
//! Pure computation over plans; `render::report` writes it out.

use chrono::NaiveDate;

use crate::model::{Plan, Task};
use crate::query::{Role, State};
use crate::window::Span;

mod order;
use order::sort_overdue;

/// How many days ahead "due soon" looks.
pub const SOON_DAYS: i64 = 30;

/// Counts of one unit's tasks (or of all tasks, for the totals).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub total: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub overdue: usize,
    /// The longest delay among the overdue tasks, in days.
    pub longest_delay: Option<i64>,
    pub due_soon: usize,
    pub not_yet_due: usize,
    pub waiting: usize,
    /// Tasks whose window is kept as written but not read (marked for
    /// review): in the total, in no other column.
    pub unscheduled: usize,
}

/// Where a task stands in the report's terms: the column it is counted in
/// (and the colour the timeline and the HTML chart give it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    DoneOnTime,
    DoneLate,
    Overdue,
    /// Open and due within [`SOON_DAYS`].
    DueSoon,
    NotYetDue,
    Waiting,
    Unscheduled,
    Cancelled,
}

impl Standing {
    pub fn of(state: State) -> Standing {
        match state {
            State::Done { late: false, .. } => Standing::DoneOnTime,
            State::Done { late: true, .. } => Standing::DoneLate,
            State::Overdue { .. } => Standing::Overdue,
            State::Open { days_left, .. } if days_left <= SOON_DAYS => Standing::DueSoon,
            State::Open { .. } => Standing::NotYetDue,
            State::Waiting => Standing::Waiting,
            State::Unscheduled => Standing::Unscheduled,
            State::Cancelled => Standing::Cancelled,
        }
    }
}

impl Counts {
    fn add(&mut self, state: State) {
        self.total += 1;
        match Standing::of(state) {
            Standing::DoneOnTime => self.done_on_time += 1,
            Standing::DoneLate => self.done_late += 1,
            Standing::Overdue => self.overdue += 1,
            Standing::DueSoon => self.due_soon += 1,
            Standing::NotYetDue => self.not_yet_due += 1,
            Standing::Waiting => self.waiting += 1,
            Standing::Unscheduled => self.unscheduled += 1,
            // Cancelled tasks are left out of the report.
            Standing::Cancelled => self.total -= 1,
        }
        if let Some(days) = state.days_overdue() {
            self.longest_delay = Some(self.longest_delay.map_or(days, |d| d.max(days)));
        }
    }

    /// Done on time as a share of all tasks, in percent.
    pub fn on_time_percent(&self) -> Option<f64> {
        (self.total > 0).then(|| 100.0 * self.done_on_time as f64 / self.total as f64)
    }
}

/// One row of the report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UnitRow<'p> {
    pub plan: &'p str,
    pub unit: &'p str,
    pub name: &'p str,
    /// The groups the unit belongs to.
    pub member_of: Vec<&'p str>,
    /// True for a group.
    pub group: bool,
    pub counts: Counts,
}

/// An overdue task, for the list below the table.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OverdueTask<'p> {
    pub plan: &'p str,
    pub id: &'p str,
    pub title: &'p str,
    pub lead: Vec<&'p str>,
    pub window: &'p str,
    pub due: NaiveDate,
    pub days: i64,
}

/// How far the members of a group task's groups have reported, for the
/// list below the overdue tasks.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TaskReporting<'p> {
    pub plan: &'p str,
    pub id: &'p str,
    pub title: &'p str,
    pub reported: usize,
    pub of: usize,
    /// The names of the members who have not reported.
    pub missing: Vec<&'p str>,
}

/// How the unit rows add up against the total: a task counts in the row of
/// every unit it concerns (several leads, a group and its members) but once
/// in the total, and a task of no unit in the table in the total only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RowSum {
    /// The sum of the unit rows' task counts.
    pub sum: usize,
    /// Tasks counted in more than one row.
    pub shared_tasks: usize,
    /// Tasks in the total that no row counts.
    pub tasks_in_no_row: usize,
}

impl RowSum {
    /// Whether the rows do not simply add up to the total, so the report
    /// says why.
    pub fn needs_note(&self) -> bool {
        self.shared_tasks > 0 || self.tasks_in_no_row > 0
    }
}

/// The whole report, its text borrowed from the plans.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report<'p> {
    pub as_of: NaiveDate,
    pub period: Option<String>,
    pub role: &'static str,
    pub units: Vec<UnitRow<'p>>,
    pub totals: Counts,
    pub rows: RowSum,
    pub overdue: Vec<OverdueTask<'p>>,
    /// The tasks whose groups' members report on them, in plan and task
    /// order; empty (and left out of the JSON) for plans that record no
    /// unit's report.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reporting: Vec<TaskReporting<'p>>,
}

/// What the report covers. By default: every task, counted for the units
/// that lead it.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Only tasks whose window meets this span (tasks without dates are left out).
    pub period: Option<(String, Span)>,
    pub role: Role,
    /// Only these units (ids per plan; None = every unit).
    pub units: Option<Vec<Option<String>>>,
}

impl Default for Scope {
    fn default() -> Self {
        Scope {
            period: None,
            role: Role::Lead,
            units: None,
        }
    }
}

/// The span a report's `--period` covers: a window of its own, read
/// without a plan (so it names its year).
pub fn period(text: &str) -> Result<Span, crate::error::Error> {
    let window =
        crate::window::parse_window(text, None).map_err(|e| crate::error::Error::BadPeriod {
            text: text.to_string(),
            message: e.message,
        })?;
    let milestones = window
        .milestones(None)
        .map_err(|e| crate::error::Error::UnusablePeriod {
            text: text.to_string(),
            message: e.message,
        })?;
    match (milestones.first(), milestones.last()) {
        (Some(first), Some(last)) => Ok(Span {
            start: first.start,
            end: last.end,
        }),
        _ => Err(crate::error::Error::PeriodWithoutDates(text.to_string())),
    }
}

fn meets(task: &Task, period: &Span) -> bool {
    task.window.milestones.iter().any(|m| {
        let start = m.start.unwrap_or(m.end);
        let period_start = period.start.unwrap_or(NaiveDate::MIN);
        start <= period.end && m.end >= period_start
    })
}

fn in_scope(task: &Task, scope: &Scope) -> bool {
    match &scope.period {
        Some((_, span)) => meets(task, span),
        None => true,
    }
}

/// What one plan adds to the report: its rows, its share of the totals
/// and its overdue and reporting tasks, in task order.
#[derive(Default)]
struct PlanPart<'p> {
    units: Vec<UnitRow<'p>>,
    totals: Counts,
    rows: RowSum,
    overdue: Vec<OverdueTask<'p>>,
    reporting: Vec<TaskReporting<'p>>,
}

impl Counts {
    /// Add `other`'s tasks to these.
    fn merge(&mut self, other: &Counts) {
        self.total += other.total;
        self.done_on_time += other.done_on_time;
        self.done_late += other.done_late;
        self.overdue += other.overdue;
        self.longest_delay = match (self.longest_delay, other.longest_delay) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.due_soon += other.due_soon;
        self.not_yet_due += other.not_yet_due;
        self.waiting += other.waiting;
        self.unscheduled += other.unscheduled;
    }
}

/// Build the report of `plans` on `today`. The plans are worked out each
/// on its own (in parallel) and put together in their order.
pub fn build<'p>(plans: &'p [Plan], scope: &Scope, today: NaiveDate) -> Report<'p> {
    use rayon::prelude::*;
    let parts: Vec<Option<PlanPart>> = plans
        .par_iter()
        .enumerate()
        .map(|(index, plan)| plan_part(index, plan, scope, today))
        .collect();
    let mut units = Vec::with_capacity(parts.iter().flatten().map(|p| p.units.len()).sum());
    let mut overdue = Vec::with_capacity(parts.iter().flatten().map(|p| p.overdue.len()).sum());
    let mut totals = Counts::default();
    let mut rows = RowSum::default();
    let mut reporting = Vec::new();
    for part in parts.into_iter().flatten() {
        units.extend(part.units);
        totals.merge(&part.totals);
        rows.sum += part.rows.sum;
        rows.shared_tasks += part.rows.shared_tasks;
        rows.tasks_in_no_row += part.rows.tasks_in_no_row;
        overdue.extend(part.overdue);
        reporting.extend(part.reporting);
    }
    sort_overdue(&mut overdue);
    Report {
        as_of: today,
        period: scope.period.as_ref().map(|(text, _)| text.clone()),
        role: match scope.role {
            Role::Lead => "lead",
            Role::Partner => "partner",
            Role::Any => "any",
        },
        units,
        totals,
        rows,
        overdue,
        reporting,
    }
}

/// The report's share of one plan, or none when `--unit` leaves the plan
/// out.
fn plan_part<'p>(
    index: usize,
    plan: &'p Plan,
    scope: &Scope,
    today: NaiveDate,
) -> Option<PlanPart<'p>> {
    let (lead, partner) = match scope.role {
        Role::Lead => (true, false),
        Role::Partner => (false, true),
        Role::Any => (true, true),
    };
    let mut part = PlanPart::default();
    let PlanPart {
        units,
        totals,
        rows,
        overdue,
        reporting,
    } = &mut part;
    // With --unit, only the unit (and its members) and its tasks.
    let wanted: Option<&str> = match &scope.units {
        Some(per_plan) => match per_plan.get(index).and_then(|u| u.as_deref()) {
            Some(id) => Some(id),
            None => return None,
        },
        None => None,
    };
    // With a group, its members' own tasks count too.
    let wanted_ids: Option<Vec<&str>> = wanted.map(|id| {
        let mut ids: Vec<&str> = Vec::new();
        for unit in plan.units.units() {
            if unit.id == id || plan.units.groups_of(&unit.id).contains(&id) {
                for concerned in plan.units.concerning(&unit.id) {
                    if !ids.contains(&concerned) {
                        ids.push(concerned);
                    }
                }
            }
        }
        ids
    });
    let tasks: Vec<(&Task, State)> = plan
        .tasks
        .iter()
        .filter(|t| in_scope(t, scope))
        .filter(|t| {
            wanted_ids
                .as_ref()
                .is_none_or(|ids| t.names(ids, lead, partner))
        })
        .map(|t| (t, State::of(t, today)))
        .collect();
    for (task, state) in &tasks {
        if *state != State::Cancelled
            && let Some(r) = plan.shown_reporting(task, today)
        {
            reporting.push(TaskReporting {
                plan: &plan.id,
                id: &task.id,
                title: &task.title,
                reported: r.reported.len(),
                of: r.expected.len(),
                missing: r.missing().map(|id| plan.unit_name(id)).collect(),
            });
        }
        totals.add(*state);
        if let State::Overdue { due, days } = state {
            overdue.push(OverdueTask {
                plan: &plan.id,
                id: &task.id,
                title: &task.title,
                lead: task.lead.iter().map(|id| plan.unit_name(id)).collect(),
                window: &task.window.text,
                due: *due,
                days: *days,
            });
        }
    }
    // How many rows count each task.
    let mut in_rows = vec![0usize; tasks.len()];
    let rows_of = rows_naming(plan, &tasks, lead, partner);
    for (u, unit) in plan.units.units().iter().enumerate() {
        let groups = plan.units.groups_of(&unit.id);
        if wanted.is_some_and(|id| id != unit.id && !groups.contains(&id)) {
            continue;
        }
        let ids = plan.units.concerning(&unit.id);
        let mut counts = Counts::default();
        let mut counted = Vec::new();
        for (i, (task, state)) in tasks.iter().enumerate() {
            let named = match &rows_of {
                Some(masks) => masks[i] >> u & 1 == 1,
                None => task.names(&ids, lead, partner),
            };
            if named {
                let state = own_state(plan, task, unit, *state, today);
                counts.add(state);
                if state != State::Cancelled {
                    counted.push(i);
                }
            }
        }
        // A unit with nothing to report is left out, unless asked for.
        if counts.total == 0 && wanted.is_none() {
            continue;
        }
        rows.sum += counts.total;
        for i in counted {
            in_rows[i] += 1;
        }
        units.push(UnitRow {
            plan: &plan.id,
            unit: &unit.id,
            name: &unit.name,
            member_of: groups,
            group: unit.members.is_some(),
            counts,
        });
    }
    for ((_, state), count) in tasks.iter().zip(in_rows) {
        match count {
            _ if *state == State::Cancelled => {}
            0 => rows.tasks_in_no_row += 1,
            1 => {}
            _ => rows.shared_tasks += 1,
        }
    }
    Some(part)
}

/// For each of `tasks`, the rows that count it: bit `u` stands for the
/// `u`-th unit of the plan, set when the task names (as lead or partner,
/// as asked) one of the units that unit's row concerns. Worked out once
/// per plan from each unit's ids rather than per unit and task; none for
/// a plan of more than 64 units, whose rows look at each task instead.
fn rows_naming(
    plan: &Plan,
    tasks: &[(&Task, State)],
    lead: bool,
    partner: bool,
) -> Option<Vec<u64>> {
    let units = plan.units.units();
    if units.len() > 64 {
        return None;
    }
    let mut rows_of: rustc_hash::FxHashMap<&str, u64> = Default::default();
    for (u, unit) in units.iter().enumerate() {
        for id in plan.units.concerning(&unit.id) {
            *rows_of.entry(id).or_default() |= 1 << u;
        }
    }
    let of = |ids: &[String]| {
        ids.iter().fold(0, |mask, id| {
            mask | rows_of.get(id.as_str()).copied().unwrap_or(0)
        })
    };
    Some(
        tasks
            .iter()
            .map(|(task, _)| {
                (if lead { of(&task.lead) } else { 0 })
                    | (if partner { of(&task.partners) } else { 0 })
            })
            .collect(),
    )
}

/// Where a task stands for one member of its groups: done, on the day of
/// its report, once the member has reported on an open task, in a plan
/// that follows its units' reports; else as the task stands.
fn own_state(
    plan: &Plan,
    task: &Task,
    unit: &crate::units::Unit,
    state: State,
    today: NaiveDate,
) -> State {
    if unit.members.is_some()
        || matches!(state, State::Done { .. } | State::Cancelled)
        || !plan.follows_reports()
    {
        return state;
    }
    let Some(report) = task.report_of(&unit.id).filter(|r| r.on <= today) else {
        return state;
    };
    if !plan.expected_reporters(task).contains(&unit.id.as_str()) {
        return state;
    }
    let late = task.window.end().is_some_and(|end| report.on > end);
    State::Done {
        on: Some(report.on),
        late,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn seed() -> Vec<Plan> {
        let text = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let (plan, d) = crate::store::parse_str(Path::new("seed.toml"), text);
        assert!(d.is_empty());
        vec![plan.unwrap()]
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn row<'r>(report: &'r Report, unit: &str) -> &'r Counts {
        &report.units.iter().find(|r| r.unit == unit).unwrap().counts
    }

    #[test]
    fn the_rows_worked_out_once_per_plan_are_the_rows_that_name_each_task() {
        let plans = seed();
        let plan = &plans[0];
        let on = day(2020, 11, 1);
        let tasks: Vec<_> = plan.tasks.iter().map(|t| (t, State::of(t, on))).collect();
        assert!(plan.units.units().iter().any(|u| u.members.is_some()));
        for (lead, partner) in [(true, false), (false, true), (true, true)] {
            let masks = rows_naming(plan, &tasks, lead, partner).unwrap();
            for (u, unit) in plan.units.units().iter().enumerate() {
                let ids = plan.units.concerning(&unit.id);
                for (i, (task, _)) in tasks.iter().enumerate() {
                    assert_eq!(
                        masks[i] >> u & 1 == 1,
                        task.names(&ids, lead, partner),
                        "{} {}",
                        unit.id,
                        task.id
                    );
                }
            }
        }
    }

    /// Counted by hand from the seed document on 30/06/2020 (nothing done):
    /// tasks 1, 2, 5 (Năm 2020) are not yet due; 3 (Tháng 6) and 4 (first
    /// milestone June) are due today, within 30 days; 6 (Tháng 8), 7
    /// (Tháng 9), 8 (Tháng 9–10) are not yet due.
    #[test]
    fn seed_counts_on_30_june_2020() {
        let plans = seed();
        let report = build(&plans, &Scope::default(), day(2020, 6, 30));
        assert_eq!(
            report.totals,
            Counts {
                total: 8,
                due_soon: 2,
                not_yet_due: 6,
                ..Counts::default()
            }
        );
        // vhtt leads 1, 2, 3, 4, 6, 7, 8.
        assert_eq!(
            row(&report, "vhtt"),
            &Counts {
                total: 7,
                due_soon: 2,
                not_yet_due: 5,
                ..Counts::default()
            }
        );
        // Công an leads 2 only; as a member of the partner groups it is not a lead elsewhere.
        assert_eq!(row(&report, "cahuyen").total, 1);
        assert!(report.overdue.is_empty());
    }

    /// On 01/11/2020: 3, 4 (June milestone), 6 (August), 7 (September) and
    /// 8 (October) are overdue; 1, 2, 5 end 31/12, within 30 days? No: 60
    /// days ahead, so not yet due.
    #[test]
    fn seed_counts_on_1_november_2020() {
        let plans = seed();
        let report = build(&plans, &Scope::default(), day(2020, 11, 1));
        assert_eq!(report.totals.overdue, 5);
        assert_eq!(report.totals.not_yet_due, 3);
        assert_eq!(report.totals.longest_delay, Some(124));
        let ids: Vec<&str> = report.overdue.iter().map(|t| t.id).collect();
        assert_eq!(ids, ["3", "4", "6", "7", "8"]);
        assert_eq!(
            row(&report, "ttvh"),
            &Counts {
                total: 1,
                not_yet_due: 1,
                ..Counts::default()
            }
        );
    }

    #[test]
    fn partner_role_counts_group_tasks_for_members() {
        let plans = seed();
        let scope = Scope {
            role: Role::Partner,
            ..Scope::default()
        };
        let report = build(&plans, &scope, day(2020, 11, 1));
        // Công an is a partner through "các ngành" (1–7) and the BCĐ (8).
        assert_eq!(row(&report, "cahuyen").total, 8);
        assert_eq!(row(&report, "xa").total, 7);
    }

    #[test]
    fn period_limits_to_tasks_whose_window_meets_it() {
        let plans = seed();
        let q3 = crate::window::parse_window("Quý III/2020", None).unwrap();
        let crate::window::Window::Span(span) = q3 else {
            panic!()
        };
        let scope = Scope {
            period: Some(("Quý III/2020".into(), span)),
            ..Scope::default()
        };
        let report = build(&plans, &scope, day(2020, 11, 1));
        // 1, 2, 5 (the year), 6, 7, 8 meet Q3; 3 (June) does not; 4's
        // milestones are June and December.
        assert_eq!(report.totals.total, 6);
    }

    #[test]
    fn a_group_counts_its_members_tasks() {
        let plans = seed();
        let units = crate::query::resolve_in_plans(&plans, "nganh").unwrap();
        let scope = Scope {
            units: Some(units),
            ..Scope::default()
        };
        let report = build(&plans, &scope, day(2020, 11, 1));
        // Công an and LĐTBXH lead task 2, the centre task 5.
        assert_eq!(row(&report, "cahuyen").total, 1);
        assert_eq!(row(&report, "ttvh").total, 1);
        assert_eq!(report.totals.total, 2);
    }

    #[test]
    fn a_task_of_several_lead_units_counts_in_each_row_and_once_in_the_total() {
        let plans = seed();
        let report = build(&plans, &Scope::default(), day(2020, 7, 1));
        // Task 2 has three lead units: vhtt 7 + ldtbxh 1 + cahuyen 1 + ttvh 1.
        assert_eq!(report.totals.total, 8);
        let rows = RowSum {
            sum: 10,
            shared_tasks: 1,
            tasks_in_no_row: 0,
        };
        assert_eq!(report.rows, rows);
        // As partners, task 8 names only the BCĐ, and tasks without
        // partners count in the total only.
        let scope = Scope {
            role: Role::Partner,
            ..Scope::default()
        };
        let report = build(&plans, &scope, day(2020, 7, 1));
        let sum: usize = report.units.iter().map(|u| u.counts.total).sum();
        assert_eq!(report.rows.sum, sum);
        assert!(report.rows.needs_note());
    }

    #[test]
    fn standing_sorts_open_tasks_by_the_soon_limit() {
        let open = |days_left| State::Open {
            due: day(2020, 7, 1),
            days_left,
        };
        assert_eq!(Standing::of(open(0)), Standing::DueSoon);
        assert_eq!(Standing::of(open(SOON_DAYS)), Standing::DueSoon);
        assert_eq!(Standing::of(open(SOON_DAYS + 1)), Standing::NotYetDue);
        let late = State::Done {
            on: None,
            late: true,
        };
        assert_eq!(Standing::of(late), Standing::DoneLate);
    }

    #[test]
    fn done_late_and_on_time() {
        let text = include_str!("../../plans/trieu-son-2020-pcbldg.toml")
            .replacen("window = \"Tháng 6/2020\"\nstatus = \"todo\"", "window = \"Tháng 6/2020\"\nstatus = \"done\"\ndone = 2020-06-25", 1)
            .replacen("window = \"Tháng 8/2020\"\ncondition = \"Sau khi có hướng dẫn của cấp trên\"\nstatus = \"todo\"", "window = \"Tháng 8/2020\"\ncondition = \"Sau khi có hướng dẫn của cấp trên\"\nstatus = \"done\"\ndone = 2020-09-10", 1);
        let (plan, d) = crate::store::parse_str(Path::new("seed.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        let plans = [plan.unwrap()];
        let report = build(&plans, &Scope::default(), day(2020, 11, 1));
        assert_eq!(report.totals.done_on_time, 1);
        assert_eq!(report.totals.done_late, 1);
        assert_eq!(report.totals.overdue, 3);
        assert!((report.totals.on_time_percent().unwrap() - 12.5).abs() < 1e-9);
    }
}
