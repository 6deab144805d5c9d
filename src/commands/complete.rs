//! Shell completions and manual pages, both made from the command line's
//! description in the interface language (`cli::command()`).
//!
//! Completions are dynamic: the script `plan completions SHELL` prints asks
//! `plan` itself, through clap_complete's `COMPLETE` protocol, for the words
//! that fit where the cursor is, so task ids, unit ids and plan ids come
//! from the plans as they are now (those of `PLAN_FILE`, or else below
//! `./plans/`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::cli::{ManualArgs, Shell};
use crate::context::Context;
use crate::model::Plan;

/// The environment variable the completion scripts set to ask for words.
pub const VARIABLE: &str = "COMPLETE";

/// `plan completions SHELL`: the script that hooks `plan` into the shell.
pub fn completions(cx: &mut Context, shell: Shell) -> Result<std::process::ExitCode> {
    let shell: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    shell.write_registration(VARIABLE, "plan", "plan", "plan", cx.out)?;
    Ok(std::process::ExitCode::SUCCESS)
}

/// The command line's description with the words completion offers for
/// task, unit and plan ids attached.
pub fn completing_command() -> clap::Command {
    attach(crate::cli::command())
}

fn attach(mut command: clap::Command) -> clap::Command {
    let ids: Vec<(String, Option<String>)> = command
        .get_arguments()
        .map(|arg| {
            let value = arg
                .get_value_names()
                .and_then(|names| names.first())
                .map(|name| name.to_string());
            (arg.get_id().to_string(), value)
        })
        .collect();
    let in_unit = command.get_name() == "alias";
    // Placeholders are in the interface language: `<SỐ>` is `<ID>`.
    let english = |name: String| {
        ["ID", "UNIT", "PLAN"]
            .into_iter()
            .find(|en| {
                name == *en
                    || name == crate::i18n::message(&format!("value-{}", en.to_lowercase()), None)
            })
            .map_or(name, str::to_owned)
    };
    for (id, value) in ids {
        // The id of `unit alias` is a unit's, whatever its placeholder.
        let candidates = match value.map(english).as_deref() {
            _ if in_unit && id == "id" => ArgValueCandidates::new(unit_ids),
            Some("ID") => ArgValueCandidates::new(task_ids),
            Some("UNIT") => ArgValueCandidates::new(unit_ids),
            Some("PLAN") => ArgValueCandidates::new(plan_ids),
            _ => continue,
        };
        command = command.mut_arg(id, |arg| arg.add(candidates));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, attach);
    }
    command
}

/// The plans completion reads: `PLAN_FILE`'s paths, or else `./plans/`.
/// A plan that cannot be read offers nothing; completion never fails.
fn plans() -> Vec<Plan> {
    let paths: Vec<PathBuf> = std::env::var_os("PLAN_FILE")
        .map(|value| std::env::split_paths(&value).collect())
        .unwrap_or_default();
    let Ok(files) = crate::store::discover(&paths, Path::new(super::DEFAULT_DIR)) else {
        return Vec::new();
    };
    crate::store::load_all(&files)
        .map(|loaded| loaded.plans)
        .unwrap_or_default()
}

fn candidate(value: &str, help: &str) -> CompletionCandidate {
    CompletionCandidate::new(value).help(Some(crate::text::one_line(help).into_owned().into()))
}

fn task_ids() -> Vec<CompletionCandidate> {
    let plans = plans();
    let several = plans.len() > 1;
    plans
        .iter()
        .flat_map(|plan| {
            plan.tasks.iter().map(move |task| {
                let id = if several {
                    format!("{}:{}", plan.id, task.id)
                } else {
                    task.id.clone()
                };
                candidate(&id, &task.title)
            })
        })
        .collect()
}

fn unit_ids() -> Vec<CompletionCandidate> {
    let mut seen = std::collections::BTreeMap::new();
    for plan in plans() {
        for unit in plan.units.units() {
            seen.entry(unit.id.clone())
                .or_insert_with(|| unit.name.clone());
        }
    }
    seen.iter().map(|(id, name)| candidate(id, name)).collect()
}

fn plan_ids() -> Vec<CompletionCandidate> {
    plans()
        .iter()
        .map(|plan| candidate(&plan.id, &plan.title))
        .collect()
}

/// `plan manual`: the manual page of `plan` on stdout, or with `-o DIR` a
/// page for `plan` and one for each command (`plan.1`, `plan-list.1`, …)
/// written into DIR, in the interface language.
pub fn manual(cx: &mut Context, args: &ManualArgs) -> Result<std::process::ExitCode> {
    let mut command = crate::cli::command();
    command.build();
    let Some(dir) = &args.output else {
        let page = page(&command, "plan")?;
        cx.out.write_all(page.as_bytes())?;
        return Ok(std::process::ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(dir).map_err(|source| crate::error::Error::Write {
        path: dir.clone(),
        source,
    })?;
    let mut written = Vec::new();
    pages(&command, "plan", dir, &mut written)?;
    writeln!(
        cx.err,
        "{}",
        crate::t!(
            "tools-manual-written",
            count = written.len(),
            dir = dir.display().to_string()
        )
    )?;
    Ok(std::process::ExitCode::SUCCESS)
}

fn pages(
    command: &clap::Command,
    name: &str,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<()> {
    let path = dir.join(format!("{name}.1"));
    let page = page(command, name)?;
    super::output::write(&path, page.as_bytes(), true, &[])?;
    written.push(path);
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        pages(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

/// One manual page in roff, its header and section headings in the
/// interface language. The commands it lists are those with a page: not
/// `help`.
fn page(command: &clap::Command, name: &str) -> Result<String> {
    let mut command = command.clone().name(name.to_owned());
    if command.has_subcommands() {
        command = command
            .subcommand_help_heading(crate::t!("tools-man-commands").to_uppercase())
            .subcommand_value_name(crate::t!("tools-man-command"));
        if command.find_subcommand("help").is_some() {
            command = command.mut_subcommand("help", |help| help.hide(true));
        }
    }
    let mut roff = Vec::new();
    clap_mangen::Man::new(command)
        .manual(crate::t!("tools-man-manual"))
        .render(&mut roff)?;
    let roff = String::from_utf8_lossy(&roff);
    Ok(roff.lines().map(|line| localise(line) + "\n").collect())
}

/// clap_mangen writes its headings and a few words in English.
fn localise(line: &str) -> String {
    if let Some(heading) = line.strip_prefix(".SH ") {
        let key = match heading.trim_matches('"') {
            "NAME" => "tools-man-name",
            "SYNOPSIS" => "tools-man-synopsis",
            "DESCRIPTION" => "tools-man-description",
            "OPTIONS" => "tools-man-options",
            "VERSION" => "tools-man-version",
            "AUTHORS" => "tools-man-authors",
            "EXTRA" => "tools-man-extra",
            _ => return line.to_owned(),
        };
        return format!(".SH {}", crate::i18n::message(key, None).to_uppercase());
    }
    line.replace(
        "[default: ",
        &format!("[{}: ", crate::t!("tools-man-default")),
    )
    .replace(
        "Possible values:",
        &format!("{}:", crate::t!("tools-man-possible")),
    )
}
