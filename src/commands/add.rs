//! `plan add`: a new task at the end of a plan.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit;
use crate::cli::AddArgs;
use crate::context::Context;
use crate::edit::{EditFailure, Outcome, Source};
use crate::error::Error;
use crate::model::{Role, task_id};
use crate::query::natural_cmp;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &AddArgs) -> Result<ExitCode> {
    let path = edit::plan_file(files, args.plan.as_deref())?;
    edit::file(cx, path, &args.edit, |source| add(source, args))
}

fn add(source: &Source, args: &AddArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let ids = source.ids();
    let id = match &args.id {
        Some(id) if ids.contains(id) => {
            return Err(Error::TaskIdTaken(id.clone()).into());
        }
        Some(id) => {
            check_new_id(source, id)?;
            id.clone()
        }
        None => next_id(&ids),
    };
    if args.title.trim().is_empty() {
        return Err(Error::EmptyTitle.into());
    }
    super::printable("title", &args.title)?;
    for (field, text) in [
        ("window", &args.window),
        ("condition", &args.condition),
        ("note", &args.note),
    ] {
        if let Some(text) = text {
            super::printable(field, text)?;
        }
    }
    let mut lead = Vec::new();
    for query in &args.lead {
        lead.push(edit::unit_id(&plan, query)?);
    }
    let mut partners = Vec::new();
    for query in &args.partner {
        partners.push(edit::unit_id(&plan, query)?);
    }
    if let Some(window) = &args.window {
        super::set::check_window(&plan, window)?;
    }

    let text = source.append_task(&id, |editor| {
        editor.set_title(&args.title);
        editor.set_units(Role::Lead, &lead);
        if !partners.is_empty() {
            editor.set_units(Role::Partner, &partners);
        }
        if let Some(window) = &args.window {
            editor.set_window(window);
        }
        editor.set_condition(args.condition.as_deref());
        editor.set_note(args.note.as_deref());
    });
    let index = source.layout.tasks.len();
    Ok(Outcome::Changed {
        text,
        block: Some(index),
        message: crate::t!("out-add", id = id.as_str()),
    })
}

/// A new task's id must be in the set and not look like the id of a task
/// of the plan: the rule `plan check` applies, said before anything is
/// written, with the place of the task it looks like.
fn check_new_id(source: &Source, id: &str) -> Result<(), Error> {
    task_id::check(id).map_err(|problem| Error::BadTaskId {
        id: id.to_string(),
        problem,
    })?;
    for block in &source.layout.tasks {
        let Some(other) = crate::store::block_id(&source.text[block.range.clone()]) else {
            continue;
        };
        if task_id::look_alike(id, &other) {
            return Err(Error::TaskIdLookAlike {
                id: id.to_string(),
                other,
                at: format!("{}:{}", source.path.display(), block.line),
            });
        }
    }
    Ok(())
}

/// One more than the largest numeric id, or the count of tasks plus one if
/// ids are not numbers; never an id in use.
fn next_id(ids: &[String]) -> String {
    let numeric = ids
        .iter()
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
        .max_by(|a, b| natural_cmp(a, b))
        .and_then(|id| id.parse::<u64>().ok());
    let fallback = ids.len() as u64 + 1;
    let mut next = numeric.and_then(|n| n.checked_add(1)).unwrap_or(fallback);
    while ids.contains(&next.to_string()) {
        next = next.checked_add(1).unwrap_or(fallback);
    }
    next.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn next_id_follows_the_largest_number() {
        assert_eq!(next_id(&ids(&["1", "2", "10", "3"])), "11");
        assert_eq!(next_id(&ids(&["1", "2.1", "a"])), "2");
        assert_eq!(next_id(&ids(&["a", "b"])), "3");
        assert_eq!(next_id(&[]), "1");
        assert_eq!(next_id(&ids(&["18446744073709551615"])), "2");
    }
}
