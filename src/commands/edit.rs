//! What every edit command shares: finding the file, running the edit under
//! the plan's lock, and reporting what happened.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::EditFlags;
use crate::context::Context;
use crate::edit::task_editor::TaskEditor;
use crate::edit::{self, EditFailure, NewText, Outcome, Source};
use crate::error::Error;
use crate::model::{Plan, Task};

/// A task being edited: its plan's head, the task as read, and its block.
pub struct Target<'s, 'a> {
    pub source: &'s Source<'a>,
    pub index: usize,
    pub plan: Plan,
    pub task: Task,
}

impl Target<'_, '_> {
    /// The task's block rewritten by `change`, spliced into the file.
    pub fn rewrite(&self, change: impl FnOnce(&mut TaskEditor)) -> Result<NewText, EditFailure> {
        let range = self.source.layout.tasks[self.index].range.clone();
        let block = edit::doc::edit_text(&self.source.text[range], |doc| {
            change(&mut TaskEditor::new(edit::doc::task_table(doc)?));
            Ok(())
        })?;
        Ok(self.source.splice(self.index, block))
    }

    /// `Outcome::Changed` for this task's block.
    pub fn changed(&self, text: NewText, message: String) -> Outcome {
        Outcome::Changed {
            text,
            block: Some(self.index),
            message,
        }
    }
}

/// Run an edit of the task `reference` names.
pub fn task(
    cx: &mut Context,
    files: &[PathBuf],
    reference: &str,
    flags: &EditFlags,
    change: impl Fn(&Target) -> Result<Outcome, EditFailure>,
) -> Result<ExitCode> {
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    let found = match edit::locate(&paths, reference) {
        Err(error @ Error::TaskInUnreadable { .. }) => {
            if let Error::TaskInUnreadable { diagnostics, .. } = &error {
                for d in diagnostics {
                    write!(cx.err, "{d}")?;
                }
            }
            return Err(error.into());
        }
        found => found?,
    };
    let path = found.path.clone();
    let id = found.task.clone().unwrap_or_default();
    file(cx, found, flags, |source| {
        let Some(index) = source.find(&id) else {
            return Err(Error::NoTaskInFile {
                id: id.clone(),
                path: path.clone(),
                tasks: source.ids().into_iter().take(20).collect(),
            }
            .into());
        };
        let (plan, task) = source.read_task(index).map_err(EditFailure::Invalid)?;
        if task.id != id {
            return Err(Error::TaskNotFoundSafely {
                id: id.clone(),
                path: path.clone(),
            }
            .into());
        }
        change(&Target {
            source,
            index,
            plan,
            task,
        })
    })
}

/// The one plan file an edit that names no task works on: the only one
/// loaded, or the one whose id is `plan`.
pub fn plan_file(files: &[PathBuf], plan: Option<&str>) -> Result<edit::Found> {
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    Ok(edit::plan_file(&paths, plan)?)
}

/// Run an edit on one file and report it: the message on stderr, the diff
/// on stdout with `--dry-run`.
pub fn file(
    cx: &mut Context,
    found: edit::Found,
    flags: &EditFlags,
    change: impl Fn(&Source) -> Result<Outcome, EditFailure>,
) -> Result<ExitCode> {
    let json = flags.format == crate::cli::ShowFormat::Json;
    let options = edit::Options {
        dry_run: flags.dry_run,
        lock_timeout: cx.lock_timeout,
        follow_outside: flags.follow_outside,
        changes: json,
    };
    let path = found.path.as_path();
    let task = found.task.as_deref();
    // An edit to commit is refused before anything is written when the
    // plan holds changes of its own: the commit would take them too.
    let commit = !flags.dry_run && crate::git::commit::wanted(flags.commit, path)?;
    if commit {
        crate::git::commit::check_clean(path)?;
    }
    let err = &mut cx.err;
    // A notice is one message line like any other: the path it names (the
    // plan's, the lock's) may hold a line break or an escape sequence.
    let mut notify = |notice: &crate::error::Notice| {
        let line = format!("{}: {notice}", path.display());
        let _ = writeln!(err, "{}", crate::text::one_line(&line));
    };
    // A JSON document's message is in English whatever the language, like
    // every other value of a machine output.
    // The commit's message is in the interface's language even when the
    // JSON document's is in English.
    let said = std::cell::RefCell::new(None);
    let change = |source: &Source| -> Result<Outcome, EditFailure> {
        if !json {
            return change(source);
        }
        if commit && let Ok(Outcome::Changed { message, .. }) = change(source) {
            *said.borrow_mut() = Some(message);
        }
        // A refusal is for the person reading stderr: worded again in the
        // interface's language (the change is a pure function of the text).
        crate::i18n::scoped(crate::i18n::Lang::En, || change(source)).or_else(|_| change(source))
    };
    let applied = edit::apply(path, task, found.preread, options, &mut notify, change);
    let committed = match &applied {
        Ok(applied) if commit && applied.written => {
            let said = said.borrow().clone();
            let message = crate::git::commit::subject(said.as_deref().unwrap_or(&applied.message));
            Some(
                crate::git::commit::commit(path, &message).map_err(|e| Error::NotCommitted {
                    path: path.to_path_buf(),
                    reason: match e {
                        Error::Git { reason, .. } => reason,
                        other => other.to_string(),
                    },
                })?,
            )
        }
        _ => None,
    };
    let committed = committed.map(|hash| crate::t!("out-committed", hash = hash));
    match applied {
        Ok(applied) if json => {
            let doc = EditDoc {
                version: 1,
                file: path.display().to_string(),
                task,
                changed: applied.diff.is_some() || applied.written,
                written: applied.written,
                message: &applied.message,
                changes: applied.changes.unwrap_or_default(),
            };
            crate::render::json::write(&doc, cx.out)?;
            if let Some(line) = &committed {
                cx.say(format_args!("{}: {line}", path.display()))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Ok(applied) => {
            if flags.dry_run
                && let Some(diff) = &applied.diff
            {
                write!(cx.out, "{diff}")?;
            }
            let suffix = if flags.dry_run && applied.diff.is_some() {
                crate::t!("out-dry-run")
            } else {
                String::new()
            };
            cx.say(format_args!(
                "{}: {}{suffix}",
                path.display(),
                applied.message
            ))?;
            if let Some(line) = &committed {
                cx.say(format_args!("{}: {line}", path.display()))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(EditFailure::Error(error)) => Err(error.into()),
        Err(EditFailure::Invalid(diagnostics)) => {
            for d in &diagnostics {
                write!(cx.err, "{d}")?;
            }
            Err(Error::PlanHasProblems(path.to_path_buf()).into())
        }
        Err(EditFailure::WouldBreak(diagnostics)) => {
            for d in &diagnostics {
                write!(cx.err, "{d}")?;
            }
            Err(Error::EditWouldBreak.into())
        }
    }
}

/// An edit's result for scripts (`--format json`).
#[derive(serde::Serialize)]
struct EditDoc<'a> {
    version: u32,
    file: String,
    /// The task edited, when the edit names one.
    task: Option<&'a str>,
    /// Whether the plan changed (or, with `--dry-run`, would have).
    changed: bool,
    written: bool,
    message: &'a str,
    changes: Vec<edit::changes::FieldChange>,
}

/// Resolve what the user typed to a unit id of `plan`.
pub fn unit_id(plan: &Plan, query: &str) -> Result<String, EditFailure> {
    plan.units
        .resolve(query)
        .map(|unit| unit.id.clone())
        .map_err(|e| EditFailure::Error(e.into()))
}
