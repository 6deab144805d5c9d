//! `plan remind`: for each lead unit with overdue tasks or tasks due within
//! a span, a reminder ready to paste in an email or a chat (text or
//! Markdown), on stdout or one file per unit in a folder.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{RemindArgs, RemindFormat};
use crate::context::Context;
use crate::query::{self, Filter, State};
use crate::render::remind::{Owed, Reminder};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &RemindArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let only = match &args.unit {
        Some(query) => Some(query::resolve_in_plans(&plans, query)?),
        None => None,
    };
    let rows = query::select(&plans, &Filter::default(), cx.today)?;
    let last = args.within.last_day(cx.today);
    // Each plan's lead units in the order of its registry, with what they owe.
    let mut owed: BTreeMap<(usize, usize), Vec<Owed>> = BTreeMap::new();
    for row in &rows {
        let (due, days, overdue) = match row.state {
            State::Overdue { due, days } => (due, days, true),
            State::Open { due, days_left } if due <= last => (due, days_left, false),
            _ => continue,
        };
        let owes = Owed {
            task: row.task,
            due,
            days,
            overdue,
        };
        let p = plans
            .iter()
            .position(|p| std::ptr::eq(p, row.plan))
            .unwrap_or(0);
        for lead in row.task.lead.iter() {
            if let Some(only) = &only
                && only[p].as_deref() != Some(lead.as_str())
            {
                continue;
            }
            let u = row.plan.units.units().iter().position(|u| &u.id == lead);
            owed.entry((p, u.unwrap_or(usize::MAX)))
                .or_default()
                .push(owes.clone());
        }
    }
    if owed.is_empty() {
        cx.say(format_args!("{}", crate::t!("remind-nothing")))?;
        return Ok(ExitCode::SUCCESS);
    }
    let several = plans.len() > 1;
    let reminders: Vec<(String, Reminder)> = owed
        .into_iter()
        .filter_map(|((p, u), tasks)| {
            let plan = &plans[p];
            let unit = plan.units.units().get(u)?;
            let name = match several {
                true => format!("{}-{}", plan.id, unit.id),
                false => unit.id.clone(),
            };
            let reminder = Reminder {
                plan,
                unit,
                tasks,
                today: cx.today,
                within: args.within,
            };
            Some((name, reminder))
        })
        .collect();
    // The signer named on the command line stands for the plan's.
    let signer =
        crate::render::paper::signer_from_flags(args.signer.as_ref(), args.position.as_ref());
    let letters = args.format == RemindFormat::Docx;
    let Some(dir) = &args.output else {
        if letters {
            // Several letters cannot share one output, nor one be shown on
            // a terminal.
            if reminders.len() > 1 || cx.terminal {
                return Err(crate::error::Error::LettersNeedFolder(reminders.len()).into());
            }
            for (_, reminder) in &reminders {
                reminder.letter(signer.as_ref(), &mut cx.out)?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        let separator = format!("\n{}\n\n", "-".repeat(40));
        let text: Vec<String> = reminders
            .iter()
            .map(|(_, reminder)| reminder.render(args.format))
            .collect();
        cx.out.write_all(text.join(&separator).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    };
    // A file where the folder should be: say so, not "it exists".
    let made = match dir.exists() && !dir.is_dir() {
        true => Err(std::io::Error::from(std::io::ErrorKind::NotADirectory)),
        false => std::fs::create_dir_all(dir),
    };
    made.map_err(|source| crate::error::Error::Write {
        path: dir.clone(),
        source,
    })?;
    let extension = match args.format {
        RemindFormat::Txt => "txt",
        RemindFormat::Md => "md",
        RemindFormat::Docx => "docx",
    };
    for (name, reminder) in &reminders {
        let path = dir.join(format!("{name}.{extension}"));
        let bytes = match letters {
            true => {
                let mut bytes = Vec::new();
                reminder.letter(signer.as_ref(), &mut bytes)?;
                bytes
            }
            false => reminder.render(args.format).into_bytes(),
        };
        super::output::write(&path, &bytes, true, &plans)?;
    }
    cx.say(format_args!(
        "{}",
        crate::t!(
            "remind-written",
            count = reminders.len(),
            dir = dir.display().to_string()
        )
    ))?;
    Ok(ExitCode::SUCCESS)
}
