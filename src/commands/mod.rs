//! One module per subcommand. Each turns its arguments into a request on the
//! domain, runs it and writes the result.

pub mod add;
pub mod assign;
pub mod check;
pub mod done;
pub mod edit;
pub mod export;
pub mod import;
pub mod list;
pub mod render;
pub mod report;
pub mod set;
pub mod show;
pub mod timeline;
pub mod unit;
pub mod units;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::context::Context;
use crate::error::Error;
use crate::model::{Plan, Task};

/// Where plans are looked for when no `-f` or `PLAN_FILE` is given.
pub const DEFAULT_DIR: &str = "plans";

/// Load the plans a command works on. Problems in them are written to
/// stderr and make the command fail: nothing is reported from a plan that
/// cannot be read exactly.
pub fn load(cx: &mut Context, files: &[PathBuf]) -> Result<Vec<Plan>> {
    let paths = crate::store::discover(files, Path::new(DEFAULT_DIR))?;
    let loaded = crate::store::load_all(&paths)?;
    for diagnostic in &loaded.diagnostics {
        write!(cx.err, "{diagnostic}")?;
    }
    let errors = loaded.error_count();
    if errors > 0 {
        return Err(Error::Invalid { count: errors }.into());
    }
    Ok(loaded.plans)
}

/// Write a command's output to stdout, or to `output` when given (and say
/// so on stderr).
pub fn emit(
    cx: &mut Context,
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        None => Ok(write(cx.out)?),
        Some(path) => {
            let mut buffer = Vec::new();
            write(&mut buffer)?;
            std::fs::write(path, &buffer).map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })?;
            writeln!(cx.err, "wrote {}", path.display())?;
            Ok(())
        }
    }
}

/// The task a reference names: `ID`, or `PLAN:ID` when several plans are
/// loaded.
pub fn find_task<'p>(plans: &'p [Plan], reference: &str) -> Result<(&'p Plan, &'p Task), Error> {
    let (plan_id, task_id) = match reference.rsplit_once(':') {
        Some((plan, task)) => (Some(plan), task),
        None => (None, reference),
    };
    if let Some(plan_id) = plan_id {
        let Some(plan) = plans.iter().find(|p| p.id == plan_id) else {
            let ids: Vec<&str> = plans.iter().map(|p| p.id.as_str()).collect();
            return Err(Error::Task(format!(
                "no plan with id \"{plan_id}\"; loaded plans: {}",
                ids.join(", ")
            )));
        };
        return plan
            .task(task_id)
            .map(|task| (plan, task))
            .ok_or_else(|| no_task(task_id, Some(plan)));
    }
    let found: Vec<(&Plan, &Task)> = plans
        .iter()
        .filter_map(|plan| plan.task(task_id).map(|task| (plan, task)))
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(no_task(task_id, (plans.len() == 1).then(|| &plans[0]))),
        many => Err(Error::Task(format!(
            "task \"{task_id}\" is in several plans; name one: {}",
            many.iter()
                .map(|(plan, task)| format!("{}:{}", plan.id, task.id))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn no_task(id: &str, plan: Option<&Plan>) -> Error {
    match plan {
        Some(plan) => {
            let ids: Vec<&str> = plan.tasks.iter().map(|t| t.id.as_str()).take(20).collect();
            Error::Task(format!(
                "no task \"{id}\" in plan {}; its tasks are {}",
                plan.id,
                ids.join(", ")
            ))
        }
        None => Error::Task(format!("no task \"{id}\" in the loaded plans")),
    }
}
