//! `plan done` and `plan reopen`: a task's status, milestone by milestone.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target};
use crate::cli::{DoneArgs, ReopenArgs};
use crate::context::Context;
use crate::edit::doc;
use crate::edit::{EditFailure, Outcome};
use crate::model::Status;
use crate::render::day;

pub fn done(cx: &mut Context, files: &[PathBuf], args: &DoneArgs) -> Result<ExitCode> {
    let on = args.on.unwrap_or(cx.today);
    edit::task(cx, files, &args.task, &args.edit, |target| {
        mark_done(target, on, args.note.as_deref())
    })
}

fn mark_done(
    target: &Target,
    on: chrono::NaiveDate,
    note: Option<&str>,
) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    match task.status {
        Status::Done => {
            let when = task
                .done
                .map(|d| format!(" on {}", day(d)))
                .unwrap_or_default();
            return Ok(Outcome::Unchanged {
                message: format!("task {} is already done{when}; nothing changed", task.id),
            });
        }
        Status::Cancelled => {
            return Ok(Outcome::Unchanged {
                message: format!(
                    "task {} is cancelled; nothing changed (`plan reopen {}` first to work on it again)",
                    task.id, task.id
                ),
            });
        }
        Status::Todo | Status::Doing => {}
    }
    let milestones = task.window.milestones.len();
    let closed = task.milestones_done.len();
    // The milestone this `done` closes, if one is still open.
    let open = task
        .window
        .milestones
        .get(closed)
        .filter(|_| milestones > 1);
    let last = milestones <= 1 || closed + 1 >= milestones;
    let text = target.rewrite(|table| {
        if open.is_some() {
            doc::push_date(table, "milestones_done", on, doc::before("milestones_done"));
        }
        if last {
            doc::set_str(table, "status", "done", doc::before("status"));
            doc::set_date(table, "done", on, doc::before("done"));
        }
        if let Some(note) = note {
            doc::set_str(table, "note", note, doc::before("note"));
        }
        Ok(())
    })?;
    let message = if let Some(milestone) = open {
        let due = milestone.end;
        let tail = if last { "; the task is done" } else { "" };
        format!(
            "task {}: milestone {} of {milestones} (due {}) done on {}{tail}",
            task.id,
            closed + 1,
            day(due),
            day(on)
        )
    } else {
        format!("task {} done on {}", task.id, day(on))
    };
    Ok(target.changed(text, message + &unlikely(target, on)))
}

/// A word about a completion day outside the plan's period, which is
/// recorded all the same: a typo in `--on` is easy to make.
fn unlikely(target: &Target, on: chrono::NaiveDate) -> String {
    match (target.plan.period, target.plan.period_text.as_deref()) {
        (Some(period), Some(text)) if period.start.is_some_and(|s| on < s) => {
            format!(" (note: before the plan's period, {text})")
        }
        (Some(period), Some(text)) if on > period.end + chrono::Duration::days(366) => {
            format!(" (note: more than a year after the plan's period, {text})")
        }
        _ => String::new(),
    }
}

pub fn reopen(cx: &mut Context, files: &[PathBuf], args: &ReopenArgs) -> Result<ExitCode> {
    edit::task(cx, files, &args.task, &args.edit, reopen_task)
}

fn reopen_task(target: &Target) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    let milestones = task.window.milestones.len();
    let message = match task.status {
        Status::Done if milestones > 1 => format!(
            "task {} reopened: milestone {milestones} of {milestones} is open again",
            task.id
        ),
        Status::Done | Status::Cancelled => format!("task {} reopened", task.id),
        Status::Todo | Status::Doing if !task.milestones_done.is_empty() => format!(
            "task {}: milestone {} of {milestones} is open again",
            task.id,
            task.milestones_done.len()
        ),
        Status::Todo | Status::Doing => {
            return Ok(Outcome::Unchanged {
                message: format!("task {} is open already; nothing changed", task.id),
            });
        }
    };
    let status = task.status;
    let text = target.rewrite(|table| {
        if status.is_closed() {
            doc::set_str(table, "status", "todo", doc::before("status"));
            doc::remove(table, "done");
        }
        if status != Status::Cancelled {
            doc::pop(table, "milestones_done");
        }
        Ok(())
    })?;
    Ok(target.changed(text, message))
}
