//! Reading part of a plan: its head, or its head and one task. Edits use
//! these to check what they change in a large plan without reading every
//! task.

use std::path::Path;

use super::Layout;
use crate::error::Diagnostic;
use crate::model::{Plan, Task};

/// The plan's head, or every problem in it. A layout that is not plain
/// (tables after the tasks) is read whole.
pub fn read_head(path: &Path, text: &str, layout: &Layout) -> Result<Plan, Vec<Diagnostic>> {
    if !layout.plain {
        return whole(path, text).map(|mut plan| {
            plan.tasks.clear();
            plan
        });
    }
    let (plan, diagnostics) = super::parse::read_head(path, text, layout);
    match plan {
        Some(plan) if !diagnostics.iter().any(Diagnostic::is_error) => Ok(plan),
        _ => Err(diagnostics),
    }
}

/// The plan's head and its task in block `index`, or every problem in them.
pub fn read_one(
    path: &Path,
    text: &str,
    layout: &Layout,
    index: usize,
) -> Result<(Plan, Task), Vec<Diagnostic>> {
    let Some(block) = layout.tasks.get(index) else {
        return Err(Vec::new());
    };
    if !layout.plain {
        let mut plan = whole(path, text)?;
        let line = block.line;
        let position = plan.tasks.iter().position(|t| t.line == line);
        return match position {
            Some(i) => {
                let task = plan.tasks.remove(i);
                plan.tasks.clear();
                Ok((plan, task))
            }
            None => Err(Vec::new()),
        };
    }
    let plan = read_head(path, text, layout)?;
    let (task, diagnostics) = super::parse::read_task_block(path, text, block, &plan);
    match task {
        Some(task) if !diagnostics.iter().any(Diagnostic::is_error) => Ok((plan, task)),
        _ => Err(diagnostics),
    }
}

fn whole(path: &Path, text: &str) -> Result<Plan, Vec<Diagnostic>> {
    match super::parse_str(path, text) {
        (Some(plan), _) => Ok(plan),
        (None, diagnostics) => Err(diagnostics),
    }
}

/// The plan's id as the head says it, without checking anything else.
pub fn plan_id(text: &str, layout: &Layout) -> Option<String> {
    let head = if layout.plain {
        &text[layout.head.clone()]
    } else {
        text
    };
    let (root, _) = toml::de::DeTable::parse_recoverable(head);
    let plan = root.get_ref().get("plan")?;
    let id = plan.get_ref().as_table()?.get("id")?;
    id.get_ref().as_str().map(String::from)
}
