//! `plan log [ID] [--format json]`: the history of a task from git — each
//! commit that changed it, newest first, with its day, author and what it
//! changed in words — or, without ID, of the plan's head and units.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::cli::{LogArgs, ShowFormat};
use crate::context::Context;
use crate::error::Error;
use crate::git::changes::{self, Change};
use crate::git::history::{self, Commit};
use crate::store;
use crate::text::visible;

/// One commit of the history and what it changed.
#[derive(Serialize)]
struct Entry {
    commit: String,
    date: String,
    author: String,
    email: String,
    subject: String,
    changes: Vec<Change>,
}

#[derive(Serialize)]
struct LogDoc<'a> {
    version: u32,
    plan: &'a str,
    task: Option<&'a str>,
    file: String,
    commits: Vec<Entry>,
}

/// The path of `file` inside the repository at `top`.
fn in_repository(top: &Path, file: &Path) -> Result<String, Error> {
    let real = std::fs::canonicalize(file).map_err(|source| Error::Read {
        path: file.to_path_buf(),
        source,
    })?;
    let top_real = std::fs::canonicalize(top).unwrap_or_else(|_| top.to_path_buf());
    real.strip_prefix(&top_real)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|_| Error::NotARepository(file.to_path_buf()))
}

/// The text of task `id`'s block in one version of the file.
fn block<'t>(text: Option<&'t str>, id: &str) -> Option<&'t str> {
    let text = text?;
    let layout = store::split(text);
    let index = store::find_block(text, &layout, id)?;
    Some(&text[layout.tasks[index].range.clone()])
}

/// The head of one version of the file.
fn head(text: Option<&str>) -> Option<&str> {
    let text = text?;
    Some(&text[store::split(text).head])
}

pub fn run(cx: &mut Context, files: &[PathBuf], args: &LogArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let (plan, task) = match &args.task {
        Some(reference) => {
            let (plan, task) = super::find_task(&plans, reference)?;
            (plan, Some(task.id.as_str()))
        }
        None => (super::one_plan(&plans, None)?, None),
    };
    let folder = match plan.path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let top = crate::git::top(&folder)?;
    let path = in_repository(&top, &plan.path)?;
    let commits = history::commits(&top, &path)?;
    let mut entries = Vec::new();
    history::versions(&top, &path, &commits, |commit: &Commit, before, after| {
        let found = match task {
            Some(id) => {
                let (b, a) = (block(before, id), block(after, id));
                if b == a {
                    return;
                }
                changes::task(plan, b, a)
            }
            None => {
                let (b, a) = (head(before), head(after));
                if b == a {
                    return;
                }
                changes::head(plan, b, a)
            }
        };
        if !found.is_empty() {
            entries.push(Entry {
                commit: commit.hash.clone(),
                date: crate::render::iso(commit.date),
                author: commit.author.clone(),
                email: commit.email.clone(),
                subject: commit.subject.clone(),
                changes: found,
            });
        }
    })?;
    if args.format == ShowFormat::Json {
        let doc = LogDoc {
            version: crate::render::json::VERSION,
            plan: &plan.id,
            task,
            file: plan.path.display().to_string(),
            commits: entries,
        };
        crate::render::json::write(&doc, cx.out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        let message = match task {
            Some(id) => crate::t!("out-log-none-task", id = id),
            None => crate::t!("out-log-none-head", plan = plan.id.as_str()),
        };
        cx.say(format_args!("{message}"))?;
        return Ok(ExitCode::SUCCESS);
    }
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            writeln!(cx.out)?;
        }
        let day = chrono::NaiveDate::parse_from_str(&entry.date, "%Y-%m-%d")
            .map(crate::render::day)
            .unwrap_or_else(|_| entry.date.clone());
        let line = format!(
            "{day}  {}  {}  {}",
            &entry.commit[..entry.commit.len().min(7)],
            entry.author,
            entry.subject
        );
        writeln!(cx.out, "{}", visible(&crate::text::one_line(&line)))?;
        for change in &entry.changes {
            writeln!(
                cx.out,
                "  {}",
                visible(&crate::text::one_line(&change.text))
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
