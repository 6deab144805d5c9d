//! `plan set ID FIELD VALUE`: change a task's title, window, note,
//! condition or status.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target};
use crate::cli::{SetArgs, SetField};
use crate::context::Context;
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
    let unchanged = || {
        Ok(Outcome::Unchanged {
            message: format!("task {}: {key} is so already; nothing changed", task.id),
        })
    };
    // An empty note or condition removes it.
    let given = if value.is_empty() { None } else { Some(value) };
    let text = match field {
        SetField::Title if value.trim().is_empty() => return Err(Error::EmptyTitle.into()),
        SetField::Title if task.title == value => return unchanged(),
        SetField::Title => target.rewrite(|editor| editor.set_title(value))?,
        SetField::Window if task.window.text == value => return unchanged(),
        SetField::Window => {
            check_window(&target.plan, value)?;
            target.rewrite(|editor| editor.set_window(value))?
        }
        SetField::Note if task.note.as_deref() == given => return unchanged(),
        SetField::Note => target.rewrite(|editor| editor.set_note(given))?,
        SetField::Condition if task.condition.as_deref() == given => return unchanged(),
        SetField::Condition => target.rewrite(|editor| editor.set_condition(given))?,
        SetField::Status => {
            let status = Status::from_word(value).ok_or_else(|| Error::UnknownStatus {
                value: value.to_string(),
                suggestion: Status::suggest(value).map(Status::as_str),
            })?;
            if task.status == status {
                return unchanged();
            }
            let change = task.status_change(status, today);
            target.rewrite(|editor| editor.change_status(change))?
        }
    };
    let removed = given.is_none() && matches!(field, SetField::Note | SetField::Condition);
    let message = if removed {
        format!("task {}: {key} removed", task.id)
    } else {
        format!("task {}: {key} set", task.id)
    };
    Ok(target.changed(text, message))
}
