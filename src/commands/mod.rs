//! One module per subcommand. Each turns its arguments into a request on the
//! domain, runs it and writes the result.

pub mod add;
pub mod assign;
pub mod check;
pub mod complete;
pub mod done;
pub mod edit;
pub mod export;
pub mod git;
pub mod import;
pub mod list;
pub mod log;
pub mod merge;
mod output;
pub mod remind;
pub mod render;
pub mod report;
pub mod set;
pub mod show;
pub mod timeline;
pub mod unit;
pub mod unit_report;
pub mod units;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::context::Context;
use crate::error::Error;
use crate::model::{Plan, Task, TaskRef};

/// Where plans are looked for when no `-f` or `PLAN_FILE` is given.
pub const DEFAULT_DIR: &str = "plans";

/// Load the plans a command works on. Problems in them are written to
/// stderr and make the command fail: nothing is reported from a plan that
/// cannot be read exactly.
pub fn load(cx: &mut Context, files: &[PathBuf]) -> Result<Vec<Plan>> {
    let paths = crate::store::discover(files, Path::new(DEFAULT_DIR))?;
    load_paths(cx, &paths)
}

/// [`load`] the plan files `paths`, found already.
pub fn load_paths(cx: &mut Context, paths: &[PathBuf]) -> Result<Vec<Plan>> {
    let loaded = crate::store::load_all(paths)?;
    // Warnings (review marks) are for `plan check`; the other commands
    // work on a draft as it is.
    for diagnostic in loaded.diagnostics.iter().filter(|d| d.errors() > 0) {
        write!(cx.err, "{diagnostic}")?;
    }
    let errors = loaded.error_count();
    if errors > 0 {
        return Err(Error::Invalid { count: errors }.into());
    }
    Ok(loaded.plans)
}

/// Memory in small pages from here on, for a command that holds little at
/// a time: a streamed list reuses a few chunks' worth of memory over and
/// over, an edit holds the file's bytes and the one task it changes. The
/// allocator's huge pages gain them nothing, yet each is faulted in whole:
/// with them, the list of 100,000 tasks peaks at twice the memory, and
/// `done` in it at 53 MB instead of 42 MB, in the same time. `main` starts
/// in small pages, so that an edit never touches a huge one.
pub fn small_pages() {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

/// Memory in huge pages from here on, for a command that builds a whole
/// model: there they save faults (`check` and `report` take a tenth longer
/// without them).
pub fn large_pages() {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let _ = rustix::thread::disable_transparent_huge_pages(false);
}

/// Write a command's output to stdout, or to `output` when given (and say
/// so on stderr): replaced whole or not at all, and never one of `plans`,
/// the plans it was made from.
pub fn emit(
    cx: &mut Context,
    output: Option<&Path>,
    plans: &[Plan],
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        // `-o -` is standard output, as for most tools.
        None => Ok(write(cx.out)?),
        Some(path) if path == Path::new("-") => Ok(write(cx.out)?),
        Some(path) => {
            let mut buffer = Vec::new();
            write(&mut buffer)?;
            output::write(path, &buffer, true, plans)?;
            cx.say(format_args!(
                "{}",
                crate::t!("out-wrote", path = path.display().to_string())
            ))?;
            Ok(())
        }
    }
}

/// The task a reference names: `ID`, or `PLAN:ID` when several plans are
/// loaded.
pub fn find_task<'p>(plans: &'p [Plan], reference: &str) -> Result<(&'p Plan, &'p Task), Error> {
    let reference = TaskRef::parse(reference);
    let task_id = reference.task;
    if let Some(plan_id) = reference.plan {
        let plan = find_plan(plans, plan_id)?;
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
        many => Err(Error::TaskInSeveralPlans {
            id: task_id.to_string(),
            candidates: many
                .iter()
                .map(|(plan, task)| format!("{}:{}", plan.id, task.id))
                .collect(),
        }),
    }
}

/// The loaded plan with this id.
pub fn find_plan<'p>(plans: &'p [Plan], id: &str) -> Result<&'p Plan, Error> {
    plans
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| Error::NoPlan {
            id: id.to_string(),
            loaded: plans.iter().map(|p| p.id.clone()).collect(),
        })
}

/// The plan a command that works on one plan means: the one loaded, or the
/// one `--plan ID` names.
pub fn one_plan<'p>(plans: &'p [Plan], id: Option<&str>) -> Result<&'p Plan, Error> {
    match (id, plans) {
        (Some(id), _) => find_plan(plans, id),
        (None, [one]) => Ok(one),
        (None, many) => Err(Error::SeveralPlans {
            loaded: many.iter().map(|p| p.id.clone()).collect(),
            files: false,
        }),
    }
}

fn no_task(id: &str, plan: Option<&Plan>) -> Error {
    match plan {
        Some(plan) => Error::NoTaskInPlan {
            id: id.to_string(),
            plan: plan.id.clone(),
            tasks: plan.tasks.iter().map(|t| t.id.clone()).take(20).collect(),
        },
        None => Error::NoTask(id.to_string()),
    }
}

/// Refuse a task's text from the command line that is not printed text:
/// a control or invisible character (a line break only in a note, which
/// may run over several lines).
pub fn printable(field: &'static str, text: &str) -> Result<(), Error> {
    let allowed = |c: char| field == "note" && c == '\n';
    if text
        .chars()
        .any(|c| !allowed(c) && (c.is_control() || crate::text::is_hazard(c)))
    {
        return Err(Error::FieldNotText {
            field,
            text: text.to_owned(),
        });
    }
    Ok(())
}

/// Refuse a binary output (a workbook, a Word file) meant for stdout when
/// stdout is a terminal: its bytes would drive the terminal.
pub fn binary(cx: &Context, output: Option<&Path>, format: &'static str) -> Result<(), Error> {
    let to_stdout = output.is_none_or(|path| path == Path::new("-"));
    if to_stdout && cx.terminal {
        return Err(Error::BinaryToTerminal(format));
    }
    Ok(())
}
