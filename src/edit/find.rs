//! Which plan file an edit works on: the one holding the task a reference
//! names, or the one plan an edit of the head means. Files are scanned, not
//! parsed, and the bytes of the file found go on to the edit, so that it is
//! not read twice.

use std::path::{Path, PathBuf};

use super::file::Preread;
use crate::error::Error;
use crate::model::TaskRef;
use crate::store;

/// The file an edit works on, the task id it names there, and the bytes
/// read to find it (none when nothing had to be read).
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    /// The task's id, for an edit of one task.
    pub task: Option<String>,
    pub preread: Option<Preread>,
}

fn read(path: &Path) -> Result<Preread, Error> {
    Preread::read(path)
}

/// The file holding the task a reference names, among `files`: `ID`, or
/// `PLAN:ID`.
pub fn locate(files: &[PathBuf], reference: &str) -> Result<Found, Error> {
    let TaskRef {
        plan: plan_id,
        task: task_id,
    } = TaskRef::parse(reference);
    if files.len() == 1 && plan_id.is_none() {
        return Ok(Found {
            path: files[0].clone(),
            task: Some(task_id.to_string()),
            preread: None,
        });
    }
    let mut found: Vec<(PathBuf, String, Preread)> = Vec::new();
    let mut unreadable = Vec::new();
    for path in files {
        let preread = read(path)?;
        let text = match store::decode(path, preread.bytes()) {
            Ok(text) => text,
            Err(diagnostic) => {
                unreadable.push(*diagnostic);
                continue;
            }
        };
        let layout = store::split(text);
        let id = store::plan_id(text, &layout);
        if plan_id.is_some_and(|wanted| id.as_deref() != Some(wanted)) {
            continue;
        }
        if store::find_block(text, &layout, task_id).is_some() {
            found.push((path.clone(), id.unwrap_or_default(), preread));
        }
    }
    // A plan that cannot be read may hold the task too (a merge left
    // half-done, a torn write): editing the one found could be the wrong
    // plan, so nothing is edited until every plan reads.
    if !unreadable.is_empty() {
        return Err(Error::TaskInUnreadable {
            id: task_id.to_string(),
            diagnostics: unreadable,
            found_elsewhere: !found.is_empty(),
        });
    }
    // Two files with one plan id cannot be told apart by PLAN:ID.
    for (i, (path, plan, _)) in found.iter().enumerate() {
        if let Some((other, _, _)) = found[..i].iter().find(|(_, p, _)| p == plan) {
            return Err(Error::SamePlanId {
                id: plan.clone(),
                first: other.clone(),
                second: path.clone(),
            });
        }
    }
    if found.len() > 1 {
        return Err(Error::TaskInSeveralPlans {
            id: task_id.to_string(),
            candidates: found
                .iter()
                .map(|(_, plan, _)| format!("{plan}:{task_id}"))
                .collect(),
        });
    }
    match found.pop() {
        Some((path, _, preread)) => Ok(Found {
            path,
            task: Some(task_id.to_string()),
            preread: Some(preread),
        }),
        None => Err(match plan_id {
            Some(plan) => Error::NoTaskInPlanId {
                id: task_id.to_string(),
                plan: plan.to_string(),
            },
            None => Error::NoTask(task_id.to_string()),
        }),
    }
}

/// The one plan file an edit that names no task works on: the only one
/// loaded, or the one whose id is `plan`.
pub fn plan_file(files: &[PathBuf], plan: Option<&str>) -> Result<Found, Error> {
    let mut ids = Vec::new();
    for path in files {
        let preread = read(path)?;
        let id = store::decode(path, preread.bytes())
            .ok()
            .and_then(|text| store::plan_id(text, &store::split(text)));
        let found = || Found {
            path: path.clone(),
            task: None,
            preread: None,
        };
        match (plan, id) {
            (Some(wanted), Some(id)) if wanted == id => {
                return Ok(Found {
                    preread: Some(preread),
                    ..found()
                });
            }
            (None, _) if files.len() == 1 => {
                return Ok(Found {
                    preread: Some(preread),
                    ..found()
                });
            }
            (_, id) => ids.push(id.unwrap_or_else(|| path.display().to_string())),
        }
    }
    Err(match plan {
        Some(wanted) => Error::NoPlan {
            id: wanted.to_string(),
            loaded: ids,
        },
        None => Error::SeveralPlans {
            loaded: ids,
            files: true,
        },
    })
}
