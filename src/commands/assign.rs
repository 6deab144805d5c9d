//! `plan assign` and `plan unassign`: who leads a task and who takes part.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit::{self, Target, unit_id};
use crate::cli::{AssignArgs, UnassignArgs};
use crate::context::Context;
use crate::edit::doc;
use crate::edit::{EditFailure, Outcome};

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
    if let Some(both) = leads.iter().find(|id| partners.contains(id)) {
        return Err(crate::error::Error::BothRoles(both.clone()).into());
    }
    let task = &target.task;
    let mut said = Vec::new();
    for id in &leads {
        if !task.lead.contains(id) {
            let moved = task.partners.contains(id);
            said.push(format!(
                "{id} leads{}",
                if moved { " (was partner)" } else { "" }
            ));
        }
    }
    for id in &partners {
        if !task.partners.contains(id) {
            let moved = task.lead.contains(id);
            said.push(format!(
                "{id} is a partner{}",
                if moved { " (was lead)" } else { "" }
            ));
        }
    }
    if said.is_empty() {
        return Ok(Outcome::Unchanged {
            message: format!(
                "task {}: every unit is assigned so already; nothing changed",
                task.id
            ),
        });
    }
    let text = target.rewrite(|table| {
        for id in &leads {
            doc::pull(table, "partners", id);
            if !doc::strings(table, "lead").contains(id) {
                doc::push(table, "lead", id, doc::before("lead"));
            }
        }
        for id in &partners {
            doc::pull(table, "lead", id);
            if !doc::strings(table, "partners").contains(id) {
                doc::push(table, "partners", id, doc::before("partners"));
            }
        }
        drop_empty_partners(table);
        Ok(())
    })?;
    Ok(target.changed(text, format!("task {}: {}", task.id, said.join(", "))))
}

pub fn unassign(cx: &mut Context, files: &[PathBuf], args: &UnassignArgs) -> Result<ExitCode> {
    edit::task(cx, files, &args.task, &args.edit, |target| {
        let ids = resolve_all(target, &args.units)?;
        let task = &target.task;
        let named: Vec<&String> = ids
            .iter()
            .filter(|id| task.lead.contains(id) || task.partners.contains(id))
            .collect();
        if named.is_empty() {
            return Ok(Outcome::Unchanged {
                message: format!(
                    "task {}: {} not assigned to it; nothing changed",
                    task.id,
                    ids.join(", ")
                ),
            });
        }
        let text = target.rewrite(|table| {
            for id in &named {
                doc::pull(table, "lead", id);
                doc::pull(table, "partners", id);
            }
            drop_empty_partners(table);
            Ok(())
        })?;
        let names: Vec<&str> = named.iter().map(|s| s.as_str()).collect();
        Ok(target.changed(
            text,
            format!("task {}: {} taken off", task.id, names.join(", ")),
        ))
    })
}

/// A task left with no partner loses the key rather than keep `partners = []`.
fn drop_empty_partners(table: &mut toml_edit::Table) {
    if table.contains_key("partners") && doc::strings(table, "partners").is_empty() {
        doc::remove(table, "partners");
    }
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
