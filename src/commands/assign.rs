//! `plan assign` and `plan unassign`: who leads a task and who takes part.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target, unit_id};
use crate::cli::{AssignArgs, UnassignArgs};
use crate::context::Context;
use crate::edit::{EditFailure, Outcome};
use crate::model::Role;

pub fn assign(cx: &mut Context, files: &[PathBuf], args: &AssignArgs) -> Result<ExitCode> {
    edit::task(cx, files, &args.task, &args.edit, |target| {
        assign_units(target, &args.lead, &args.partner)
    })
}

fn assign_units(
    target: &Target,
    leads: &[String],
    partners: &[String],
) -> Result<Outcome, EditFailure> {
    // Resolve every unit before touching anything.
    let leads = resolve_all(target, leads)?;
    let partners = resolve_all(target, partners)?;
    let task = &target.task;
    let changes = task.assignments(&leads, &partners)?;
    if changes.is_empty() {
        return Ok(Outcome::Unchanged {
            message: crate::t!("out-assign-same", id = task.id.as_str()),
        });
    }
    let said: Vec<String> = changes
        .iter()
        .map(|change| match (change.role, change.was) {
            (Role::Lead, Some(Role::Partner)) => {
                crate::t!("out-assign-lead-was-partner", unit = change.unit)
            }
            (Role::Lead, _) => crate::t!("out-assign-lead", unit = change.unit),
            (Role::Partner, Some(Role::Lead)) => {
                crate::t!("out-assign-partner-was-lead", unit = change.unit)
            }
            (Role::Partner, _) => crate::t!("out-assign-partner", unit = change.unit),
        })
        .collect();
    let text = target.rewrite(|editor| {
        for change in &changes {
            editor.assign(change.unit, change.role);
        }
    })?;
    let message = crate::t!(
        "out-assign",
        id = task.id.as_str(),
        changes = said.join(", ")
    );
    Ok(target.changed(text, message))
}

pub fn unassign(cx: &mut Context, files: &[PathBuf], args: &UnassignArgs) -> Result<ExitCode> {
    edit::task(cx, files, &args.task, &args.edit, |target| {
        let ids = resolve_all(target, &args.units)?;
        let task = &target.task;
        let named: Vec<&str> = ids
            .iter()
            .map(String::as_str)
            .filter(|id| task.role_of(id).is_some())
            .collect();
        if named.is_empty() {
            return Ok(Outcome::Unchanged {
                message: crate::t!(
                    "out-unassign-none",
                    id = task.id.as_str(),
                    units = ids.join(", ")
                ),
            });
        }
        let text = target.rewrite(|editor| {
            for id in &named {
                editor.unassign(id);
            }
        })?;
        let unassigned =
            !task.lead.is_empty() && task.lead.iter().all(|l| named.contains(&l.as_str()));
        let mut message = crate::t!(
            "out-unassign",
            id = task.id.as_str(),
            units = named.join(", ")
        );
        if unassigned {
            message.push_str(&crate::t!("out-unassign-no-lead"));
        }
        Ok(target.changed(text, message))
    })
}

fn resolve_all(target: &Target, queries: &[String]) -> Result<Vec<String>, EditFailure> {
    let mut ids = Vec::new();
    for query in queries {
        let id = unit_id(&target.plan, query)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}
