//! `plan done` and `plan reopen`: a task's status, milestone by milestone.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target};
use crate::cli::{DoneArgs, ReopenArgs};
use crate::context::Context;
use crate::edit::{EditFailure, Outcome};
use crate::model::{Closing, Reopening, UnlikelyDay};
use crate::render::day;

/// `on` is `--on` set against the real today (see [`crate::run`]).
pub fn done(
    cx: &mut Context,
    files: &[PathBuf],
    args: &DoneArgs,
    on: Option<chrono::NaiveDate>,
) -> Result<ExitCode> {
    let on = on.unwrap_or(cx.today);
    let milestone = args
        .milestone
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    edit::task(cx, files, &args.task, &args.edit, |target| {
        mark_done(target, on, milestone, args.note.as_deref())
    })
}

fn mark_done(
    target: &Target,
    on: chrono::NaiveDate,
    milestone: Option<usize>,
    note: Option<&str>,
) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    let closing = task.closing(on, milestone)?;
    let unchanged = |message: String| Ok(Outcome::Unchanged { message });
    let (message, early) = match closing {
        Closing::AlreadyDone(when) => {
            let when = when.map(|d| format!(" on {}", day(d))).unwrap_or_default();
            return unchanged(format!(
                "task {} is already done{when}; nothing changed",
                task.id
            ));
        }
        Closing::Cancelled => {
            return unchanged(format!(
                "task {} is cancelled; nothing changed (`plan reopen {}` first to work on it again)",
                task.id, task.id
            ));
        }
        Closing::MilestoneClosed { milestone: m, on } => {
            return unchanged(format!(
                "task {}: milestone {} of {} is closed already (on {}); nothing changed",
                task.id,
                m.number,
                m.of,
                day(on)
            ));
        }
        Closing::SameDay { milestone: m, next } => {
            return unchanged(format!(
                "task {}: milestone {} of {} was closed on {} already; nothing changed \
                 (`--milestone {}` closes the next one on the same day)",
                task.id,
                m.number,
                m.of,
                day(on),
                next.number
            ));
        }
        Closing::Close {
            milestone: Some(milestone),
            task: last,
            early,
        } => {
            let tail = if last { "; the task is done" } else { "" };
            let message = format!(
                "task {}: milestone {} of {} (due {}) done on {}{tail}",
                task.id,
                milestone.number,
                milestone.of,
                day(milestone.due),
                day(on)
            );
            let early = early.map(|d| format!(" (note: before the milestone starts, {})", day(d)));
            (message, early)
        }
        Closing::Close {
            milestone: None, ..
        } => (format!("task {} done on {}", task.id, day(on)), None),
    };
    let text = target.rewrite(|editor| {
        editor.close(closing, on);
        if let Some(note) = note {
            editor.set_note(Some(note));
        }
    })?;
    let plan = &target.plan;
    let unlikely = match (plan.unlikely_day(on), plan.period_text.as_deref()) {
        (Some(UnlikelyDay::BeforePeriod), Some(text)) => {
            format!(" (note: before the plan's period, {text})")
        }
        (Some(UnlikelyDay::LongAfterPeriod), Some(text)) => {
            format!(" (note: more than a year after the plan's period, {text})")
        }
        _ => String::new(),
    };
    // `--note` replaces the task's note: say what it was, so nothing a
    // clerk wrote goes without a word.
    let replaced = match (note, task.note.as_deref()) {
        (Some(new), Some(old)) if new != old => format!(" (note replaced; it was \"{old}\")"),
        _ => String::new(),
    };
    let message = message + &early.unwrap_or_default() + &unlikely + &replaced;
    Ok(target.changed(text, message))
}

pub fn reopen(cx: &mut Context, files: &[PathBuf], args: &ReopenArgs) -> Result<ExitCode> {
    edit::task(cx, files, &args.task, &args.edit, reopen_task)
}

fn reopen_task(target: &Target) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    let reopening = task.reopening();
    let message = match reopening {
        Reopening::AlreadyOpen => {
            return Ok(Outcome::Unchanged {
                message: format!("task {} is open already; nothing changed", task.id),
            });
        }
        Reopening::Reopen {
            task: true,
            milestone: Some(m),
            ..
        } => format!(
            "task {} reopened: milestone {} of {} is open again",
            task.id, m.number, m.of
        ),
        Reopening::Reopen { task: true, .. } => format!("task {} reopened", task.id),
        Reopening::Reopen {
            milestone: Some(m), ..
        } => format!(
            "task {}: milestone {} of {} is open again",
            task.id, m.number, m.of
        ),
        Reopening::Reopen { .. } => format!("task {} reopened", task.id),
    };
    let text = target.rewrite(|editor| editor.reopen(reopening))?;
    Ok(target.changed(text, message))
}
