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
    if let Some(unit) = &args.unit {
        return edit::task(cx, files, &args.task, &args.edit, |target| {
            super::unit_report::report(target, unit, on, args.note.as_deref())
        });
    }
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
    let id = task.id.as_str();
    let closing = task.closing(on, milestone)?;
    let unchanged = |message: String| Ok(Outcome::Unchanged { message });
    let (message, early) = match closing {
        Closing::AlreadyDone(when) => {
            return unchanged(match when {
                Some(d) => crate::t!("out-done-already-on", id = id, day = day(d)),
                None => crate::t!("out-done-already", id = id),
            });
        }
        Closing::Cancelled => {
            return unchanged(crate::t!("out-done-cancelled", id = id));
        }
        Closing::MilestoneClosed { milestone: m, on } => {
            return unchanged(crate::t!(
                "out-done-milestone-closed",
                id = id,
                number = m.number,
                of = m.of,
                day = day(on)
            ));
        }
        Closing::SameDay { milestone: m, next } => {
            return unchanged(crate::t!(
                "out-done-same-day",
                id = id,
                number = m.number,
                of = m.of,
                day = day(on),
                next = next.number
            ));
        }
        Closing::Close {
            milestone: Some(milestone),
            task: last,
            early,
        } => {
            let mut message = crate::t!(
                "out-done-milestone",
                id = id,
                number = milestone.number,
                of = milestone.of,
                due = day(milestone.due),
                day = day(on)
            );
            if last {
                message.push_str(&crate::t!("out-done-task-done"));
            }
            let early = early.map(|d| crate::t!("out-done-early", day = day(d)));
            (message, early)
        }
        Closing::Close {
            milestone: None, ..
        } => (crate::t!("out-done", id = id, day = day(on)), None),
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
            crate::t!("out-done-before-period", period = text)
        }
        (Some(UnlikelyDay::LongAfterPeriod), Some(text)) => {
            crate::t!("out-done-after-period", period = text)
        }
        _ => String::new(),
    };
    // `--note` replaces the task's note: say what it was, so nothing a
    // clerk wrote goes without a word.
    let replaced = match (note, task.note.as_deref()) {
        (Some(new), Some(old)) if new != old => crate::t!("out-done-note-replaced", old = old),
        _ => String::new(),
    };
    let message = message + &early.unwrap_or_default() + &unlikely + &replaced;
    Ok(target.changed(text, message))
}

pub fn reopen(cx: &mut Context, files: &[PathBuf], args: &ReopenArgs) -> Result<ExitCode> {
    if let Some(unit) = &args.unit {
        return edit::task(cx, files, &args.task, &args.edit, |target| {
            super::unit_report::take_back(target, unit)
        });
    }
    edit::task(cx, files, &args.task, &args.edit, reopen_task)
}

fn reopen_task(target: &Target) -> Result<Outcome, EditFailure> {
    let task = &target.task;
    let reopening = task.reopening();
    let message = match reopening {
        Reopening::AlreadyOpen => {
            return Ok(Outcome::Unchanged {
                message: crate::t!("out-reopen-already", id = task.id.as_str()),
            });
        }
        Reopening::Reopen {
            task: true,
            milestone: Some(m),
            ..
        } => crate::t!(
            "out-reopen-task-milestone",
            id = task.id.as_str(),
            number = m.number,
            of = m.of
        ),
        Reopening::Reopen { task: true, .. } => crate::t!("out-reopen", id = task.id.as_str()),
        Reopening::Reopen {
            milestone: Some(m), ..
        } => crate::t!(
            "out-reopen-milestone",
            id = task.id.as_str(),
            number = m.number,
            of = m.of
        ),
        Reopening::Reopen { .. } => crate::t!("out-reopen", id = task.id.as_str()),
    };
    let text = target.rewrite(|editor| editor.reopen(reopening))?;
    Ok(target.changed(text, message))
}
