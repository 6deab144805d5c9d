//! JSON output. The schema is documented in the README and versioned by the
//! `version` field; fields are only ever added.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::iso;
use crate::model::Plan;
use crate::query::{Row, State};

/// Schema version of every JSON document `plan` writes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct ListDoc<'a> {
    version: u32,
    as_of: String,
    tasks: Vec<TaskDoc<'a>>,
}

#[derive(Serialize)]
pub struct UnitRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Serialize)]
struct MilestoneDoc {
    start: Option<String>,
    end: String,
    done: Option<String>,
}

#[derive(Serialize)]
struct WindowDoc<'a> {
    text: &'a str,
    start: Option<String>,
    end: Option<String>,
    milestones: Vec<MilestoneDoc>,
}

#[derive(Serialize)]
struct TaskDoc<'a> {
    plan: &'a str,
    id: &'a str,
    title: &'a str,
    group: Option<&'a str>,
    lead: Vec<UnitRef<'a>>,
    partners: Vec<UnitRef<'a>>,
    window: WindowDoc<'a>,
    condition: Option<&'a str>,
    status: &'static str,
    done: Option<String>,
    note: Option<&'a str>,
    state: &'static str,
    overdue: bool,
    days_overdue: Option<i64>,
    due: Option<String>,
    file: String,
    line: usize,
}

fn units<'a>(plan: &'a Plan, ids: &'a [String]) -> Vec<UnitRef<'a>> {
    ids.iter()
        .map(|id| UnitRef {
            id,
            name: plan.unit_name(id),
        })
        .collect()
}

fn task_doc<'a>(row: &Row<'a>) -> TaskDoc<'a> {
    let (plan, task) = (row.plan, row.task);
    let all_done = task.status == crate::model::Status::Done;
    let milestones = task
        .window
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneDoc {
            start: m.start.map(iso),
            end: iso(m.end),
            done: task
                .milestones_done
                .get(i)
                .copied()
                .or(if all_done { task.done } else { None })
                .map(iso),
        })
        .collect();
    let (state, due) = match row.state {
        State::Done { late: true, .. } => ("done_late", None),
        State::Done { .. } => ("done", None),
        State::Cancelled => ("cancelled", None),
        State::Overdue { due, .. } => ("overdue", Some(due)),
        State::Open { due, .. } => ("open", Some(due)),
        State::Waiting => ("waiting", None),
    };
    TaskDoc {
        plan: &plan.id,
        id: &task.id,
        title: &task.title,
        group: task.group.as_deref(),
        lead: units(plan, &task.lead),
        partners: units(plan, &task.partners),
        window: WindowDoc {
            text: &task.window.text,
            start: task.window.start().map(iso),
            end: task.window.end().map(iso),
            milestones,
        },
        condition: task.condition.as_deref(),
        status: task.status.as_str(),
        done: task.done.map(iso),
        note: task.note.as_deref(),
        state,
        overdue: row.state.is_overdue(),
        days_overdue: row.state.days_overdue(),
        due: due.map(iso),
        file: plan.path.display().to_string(),
        line: task.line,
    }
}

/// `plan list --format json`.
pub fn list(rows: &[Row], as_of: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    let doc = ListDoc {
        version: VERSION,
        as_of: iso(as_of),
        tasks: rows.iter().map(task_doc).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[derive(Serialize)]
struct ShowDoc<'a> {
    version: u32,
    as_of: String,
    task: TaskDoc<'a>,
}

/// `plan show --format json`.
pub fn task(row: &Row, as_of: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    let doc = ShowDoc {
        version: VERSION,
        as_of: iso(as_of),
        task: task_doc(row),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
