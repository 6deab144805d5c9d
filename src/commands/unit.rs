//! `plan unit add` and `plan unit alias`: the unit registry.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit;
use crate::cli::{UnitAddArgs, UnitAliasArgs, UnitCommand, UnitMembersArgs};
use crate::context::Context;
use crate::edit::units_editor::UnitsEditor;
use crate::edit::{EditFailure, Outcome, Source};
use crate::error::Error;

pub fn run(cx: &mut Context, files: &[PathBuf], command: &UnitCommand) -> Result<ExitCode> {
    match command {
        UnitCommand::Add(args) => {
            let path = edit::plan_file(files, args.plan.as_deref())?;
            edit::file(cx, path, &args.edit, |source| add(source, args))
        }
        UnitCommand::Alias(args) => {
            let path = edit::plan_file(files, args.plan.as_deref())?;
            edit::file(cx, path, &args.edit, |source| alias(source, args))
        }
        UnitCommand::Members(args) => {
            let path = edit::plan_file(files, args.plan.as_deref())?;
            edit::file(cx, path, &args.edit, |source| members(source, args))
        }
    }
}

fn members(source: &Source, args: &UnitMembersArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let id = args.id.as_str();
    let unit = declared(&plan, id)?;
    let mut members: Vec<String> = Vec::new();
    for query in &args.members {
        let member = edit::unit_id(&plan, query)?;
        if member == id {
            return Err(Error::MemberIsGroup(member).into());
        }
        if !members.contains(&member) {
            members.push(member);
        }
    }
    let old = unit.members.clone().unwrap_or_default();
    let same = unit.members.is_some()
        && old.len() == members.len()
        && old.iter().all(|m| members.contains(m));
    if same {
        return Ok(Outcome::Unchanged {
            message: crate::t!("out-unit-members-same", id = id),
        });
    }
    let text = source.rewrite_head(|head| UnitsEditor::of(head)?.set_members(id, &members))?;
    Ok(Outcome::Changed {
        text,
        block: None,
        message: crate::t!("out-unit-members", id = id, count = members.len()),
    })
}

fn add(source: &Source, args: &UnitAddArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let id = args.id.as_str();
    if !crate::units::is_valid_id(id) {
        return Err(Error::BadUnitId(id.to_string()).into());
    }
    // Ids that differ in case only would make each a query for both.
    let taken = plan
        .units
        .units()
        .iter()
        .find(|u| u.id.eq_ignore_ascii_case(id));
    if let Some(unit) = taken {
        return Err(Error::UnitExists {
            id: unit.id.clone(),
            name: unit.name.clone(),
        }
        .into());
    }
    if args.name.trim().is_empty() {
        return Err(Error::EmptyUnitName.into());
    }
    for name in std::iter::once(&args.name).chain(&args.alias) {
        check_name_free(&plan, id, name)?;
    }
    let text = source.rewrite_head(|head| {
        UnitsEditor::of(head)?.add(id, &args.name, &args.alias);
        Ok(())
    })?;
    Ok(Outcome::Changed {
        text,
        block: None,
        message: crate::t!("out-unit-added", id = id),
    })
}

fn alias(source: &Source, args: &UnitAliasArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let id = args.id.as_str();
    let unit = declared(&plan, id)?;
    let new: Vec<&String> = args
        .aliases
        .iter()
        .filter(|a| !a.trim().is_empty() && **a != unit.name && !unit.aliases.contains(a))
        .collect();
    for name in &new {
        check_name_free(&plan, id, name)?;
    }
    if new.is_empty() {
        return Ok(Outcome::Unchanged {
            message: crate::t!("out-unit-same", id = id),
        });
    }
    let text = source.rewrite_head(|head| {
        let mut units = UnitsEditor::of(head)?;
        for alias in &new {
            units.add_alias(id, alias)?;
        }
        Ok(())
    })?;
    Ok(Outcome::Changed {
        text,
        block: None,
        message: crate::t!("out-unit-aliases", id = id, count = new.len()),
    })
}

/// Refuse a name that another unit already answers to, or that is not
/// printed text on one line.
fn check_name_free(plan: &crate::model::Plan, id: &str, name: &str) -> Result<(), Error> {
    if name
        .chars()
        .any(|c| c.is_control() || crate::text::is_hazard(c))
    {
        return Err(Error::UnitNameNotText(name.to_string()));
    }
    match plan.units.name_owner(id, name) {
        Some(unit) => Err(Error::NameTaken {
            name: name.to_string(),
            id: unit.id.clone(),
            owner: unit.name.clone(),
        }),
        None => Ok(()),
    }
}

/// The unit declared with `id`, or an error naming the closest one.
fn declared<'p>(
    plan: &'p crate::model::Plan,
    id: &str,
) -> Result<&'p crate::units::Unit, EditFailure> {
    plan.units.get(id).ok_or_else(|| {
        EditFailure::Error(Error::NoUnitId {
            id: id.to_string(),
            closest: plan
                .units
                .resolve(id)
                .ok()
                .map(|unit| (unit.id.clone(), unit.name.clone())),
        })
    })
}
