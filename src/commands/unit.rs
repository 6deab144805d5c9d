//! `plan unit add` and `plan unit alias`: the unit registry.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::edit;
use crate::cli::{UnitAddArgs, UnitAliasArgs, UnitCommand};
use crate::context::Context;
use crate::edit::doc;
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
    }
}

/// Refuse a name that another unit already answers to.
fn check_name_free(plan: &crate::model::Plan, id: &str, name: &str) -> Result<(), EditFailure> {
    let folded = crate::text::fold_tones(name);
    for unit in plan.units.units() {
        let taken = std::iter::once(&unit.name)
            .chain(&unit.aliases)
            .any(|n| crate::text::fold_tones(n) == folded);
        if taken && unit.id != id {
            return Err(Error::NameTaken {
                name: name.to_string(),
                id: unit.id.clone(),
                owner: unit.name.clone(),
            }
            .into());
        }
    }
    Ok(())
}

/// Rewrite the head of the file (everything before the first task).
fn rewrite_head(
    source: &Source,
    change: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<(), Error>,
) -> Result<String, EditFailure> {
    let head = source.layout.head.clone();
    let new_head = doc::edit_text(&source.text[head.clone()], change)?;
    let mut out = String::with_capacity(source.text.len() + 64);
    out.push_str(&new_head);
    out.push_str(&source.text[head.end..]);
    Ok(out)
}

fn units_table(doc: &mut toml_edit::DocumentMut) -> Result<&mut toml_edit::Table, Error> {
    if doc.get("units").is_none() {
        let mut table = toml_edit::Table::new();
        table.set_implicit(true);
        doc.insert("units", toml_edit::Item::Table(table));
    }
    doc.get_mut("units")
        .and_then(toml_edit::Item::as_table_mut)
        .ok_or(Error::UnitsNotATable)
}

fn add(source: &Source, args: &UnitAddArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let id = args.id.as_str();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(Error::BadUnitId(id.to_string()).into());
    }
    if let Some(unit) = plan.units.get(id) {
        return Err(Error::UnitExists {
            id: id.to_string(),
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
    let text = rewrite_head(source, |doc| {
        let units = units_table(doc)?;
        let mut table = toml_edit::Table::new();
        table.insert("name", toml_edit::value(args.name.as_str()));
        if !args.alias.is_empty() {
            let aliases: toml_edit::Array = args.alias.iter().map(String::as_str).collect();
            table.insert("aliases", toml_edit::value(aliases));
        }
        units.insert(id, toml_edit::Item::Table(table));
        Ok(())
    })?;
    Ok(Outcome::Changed {
        text,
        block: None,
        message: format!("unit {id} added"),
    })
}

fn alias(source: &Source, args: &UnitAliasArgs) -> Result<Outcome, EditFailure> {
    let plan = source.read_head().map_err(EditFailure::Invalid)?;
    let id = args.id.as_str();
    let Some(unit) = plan.units.get(id) else {
        return Err(EditFailure::Error(Error::NoUnitId {
            id: id.to_string(),
            closest: plan
                .units
                .resolve(id)
                .ok()
                .map(|unit| (unit.id.clone(), unit.name.clone())),
        }));
    };
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
            message: format!("unit {id} has these names already; nothing changed"),
        });
    }
    let text = rewrite_head(source, |doc| {
        let table = units_table(doc)?
            .get_mut(id)
            .and_then(toml_edit::Item::as_table_mut)
            .ok_or_else(|| Error::UnitNotInHead(id.to_string()))?;
        for alias in &new {
            doc::push(table, "aliases", alias, &["name"]);
        }
        Ok(())
    })?;
    Ok(Outcome::Changed {
        text,
        block: None,
        message: format!(
            "unit {id}: {} more {}",
            new.len(),
            if new.len() == 1 { "alias" } else { "aliases" }
        ),
    })
}
