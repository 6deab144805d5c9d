//! `plan set ID FIELD VALUE`: change a task's title, window, note,
//! condition or status.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target};
use crate::cli::{SetArgs, SetField};
use crate::context::Context;
use crate::edit::doc;
use crate::edit::{EditFailure, Outcome};
use crate::error::Error;
use crate::model::{Plan, Status};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &SetArgs) -> Result<ExitCode> {
    let today = cx.today;
    edit::task(cx, files, &args.task, &args.edit, |target| {
        set(target, args.field, &args.value, today)
    })
}

/// Refuse a window the plan cannot read, naming the accepted forms.
pub fn check_window(plan: &Plan, text: &str) -> Result<(), EditFailure> {
    plan.read_window(text).map(drop).map_err(|problem| {
        let e = problem.error();
        Error::BadWindow {
            text: text.to_string(),
            message: e.message.clone(),
            hint: e.hint.clone(),
        }
        .into()
    })
}

fn set(
    target: &Target,
    field: SetField,
    value: &str,
    today: chrono::NaiveDate,
) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    let key = match field {
        SetField::Title => "title",
        SetField::Window => "window",
        SetField::Note => "note",
        SetField::Condition => "condition",
        SetField::Status => "status",
    };
    let (current, removing) = match field {
        SetField::Title => (Some(task.title.as_str()), false),
        SetField::Window => (Some(task.window.text.as_str()), false),
        SetField::Note => (task.note.as_deref(), value.is_empty()),
        SetField::Condition => (task.condition.as_deref(), value.is_empty()),
        SetField::Status => (Some(task.status.as_str()), false),
    };
    match field {
        SetField::Title if value.trim().is_empty() => {
            return Err(Error::EmptyTitle.into());
        }
        SetField::Window => check_window(&target.plan, value)?,
        _ => {}
    }
    let status = match field {
        SetField::Status => Some(
            Status::from_word(value).ok_or_else(|| Error::UnknownStatus {
                value: value.to_string(),
                suggestion: Status::suggest(value),
            })?,
        ),
        _ => None,
    };
    // A status is written by its file name whatever word was typed.
    let value: &str = match status {
        Some(status) => status.as_str(),
        None => value,
    };
    if current == Some(value) || (removing && current.is_none()) {
        return Ok(Outcome::Unchanged {
            message: format!("task {}: {key} is so already; nothing changed", task.id),
        });
    }
    let had_done = task.done.is_some();
    let was_done = task.status == Status::Done;
    let milestones = task.window.milestones.len();
    let closed = task.milestones_done.len();
    let text = target.rewrite(|table| {
        if removing {
            doc::remove(table, key);
        } else {
            doc::set_str(table, key, value, doc::before(key));
        }
        match status {
            Some(Status::Done) if !had_done => {
                doc::set_date(table, "done", today, doc::before("done"))
            }
            Some(Status::Done) | None => {}
            Some(_) => {
                doc::remove(table, "done");
                // A done task with milestones reopens its last one, as
                // `plan reopen` does, so that one milestone is open again.
                if was_done && milestones > 1 && closed >= milestones {
                    doc::pop(table, "milestones_done");
                }
            }
        }
        Ok(())
    })?;
    let message = if removing {
        format!("task {}: {key} removed", task.id)
    } else {
        format!("task {}: {key} set", task.id)
    };
    Ok(target.changed(text, message))
}
