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
use crate::model::{Plan, Rewindowing, Status, Task};
use crate::render::day;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &SetArgs) -> Result<ExitCode> {
    let today = cx.today;
    edit::task(cx, files, &args.task, &args.edit, |target| {
        set(target, args.field, &args.value, today)
    })
}

/// Refuse a window the plan cannot read, naming the accepted forms; the
/// number of its milestones.
pub fn check_window(plan: &Plan, text: &str) -> Result<usize, EditFailure> {
    plan.read_window(text)
        .map(|w| w.milestones.len())
        .map_err(|problem| {
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
        SetField::Title => crate::t!("out-set-title"),
        SetField::Window => crate::t!("out-set-window"),
        SetField::Note => crate::t!("out-set-note"),
        SetField::Condition => crate::t!("out-set-condition"),
        SetField::Status => crate::t!("out-set-status"),
    };
    let id = task.id.as_str();
    let unchanged = || {
        Ok(Outcome::Unchanged {
            message: crate::t!("out-set-same", id = id, field = key.as_str()),
        })
    };
    let name = match field {
        SetField::Title => Some("title"),
        SetField::Window => Some("window"),
        SetField::Note => Some("note"),
        SetField::Condition => Some("condition"),
        SetField::Status => None,
    };
    if let Some(name) = name {
        super::printable(name, value)?;
    }
    // An empty note or condition removes it.
    let given = if value.is_empty() { None } else { Some(value) };
    let text = match field {
        SetField::Title if value.trim().is_empty() => return Err(Error::EmptyTitle.into()),
        SetField::Title if task.title == value => return unchanged(),
        SetField::Title => target.rewrite(|editor| editor.set_title(value))?,
        SetField::Window if task.window.text == value => return unchanged(),
        SetField::Window => {
            let milestones = check_window(&target.plan, value)?;
            let change = task.rewindowing(value, milestones)?;
            let text = target.rewrite(|editor| editor.change_window(value, &change))?;
            return Ok(target.changed(text, window_message(task, &change, milestones)));
        }
        SetField::Note if task.note.as_deref() == given => return unchanged(),
        SetField::Note => target.rewrite(|editor| editor.set_note(given))?,
        // A window kept unread for review gives way to the condition that
        // settles it: the task then waits on that condition.
        SetField::Condition if given.is_some() && task.window.unread => {
            let text = target.rewrite(|editor| {
                editor.set_condition(given);
                editor.remove_window();
            })?;
            let message = if task.window.text.is_empty() {
                crate::t!("out-set-done", id = id, field = key.as_str())
            } else {
                crate::t!(
                    "out-set-condition-replaces",
                    id = id,
                    window = crate::text::one_line(&task.window.text).to_string()
                )
            };
            return Ok(target.changed(text, message));
        }
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
        crate::t!("out-set-removed", id = id, field = key.as_str())
    } else {
        crate::t!("out-set-done", id = id, field = key.as_str())
    };
    Ok(target.changed(text, message))
}

/// "task 4: window set", and what became of the closed milestone days.
fn window_message(task: &Task, change: &Rewindowing, milestones: usize) -> String {
    let window = crate::t!("out-set-window");
    let mut message = crate::t!("out-set-done", id = task.id.as_str(), field = window);
    if change.dropped.is_empty() {
        return message;
    }
    let days: Vec<String> = change.dropped.iter().map(|d| day(*d)).collect();
    message.push_str(&crate::t!(
        "out-set-window-dropped",
        status = crate::render::words().status(task.status),
        last = if change.keep == 0 { "no" } else { "yes" },
        count = days.len(),
        days = days.join(", "),
        milestones = milestones
    ));
    message
}
