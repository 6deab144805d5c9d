//! `plan list`: the tasks that match every given condition.

use std::path::PathBuf;

use anyhow::Result;
use std::process::ExitCode;

use crate::cli::{Format, Headers, ListArgs, RoleArg};
use crate::context::Context;
use crate::query::{self, Calendar, Filter, Role};
use crate::render;

/// The filter `plan list`'s flags ask for.
pub fn filter(args: &ListArgs) -> Filter {
    Filter {
        overdue: args.overdue,
        due_within: args.due_within,
        due_in: match (args.this_week, args.this_month) {
            (true, _) => Some(Calendar::Week),
            (_, true) => Some(Calendar::Month),
            _ => None,
        },
        unit: args.unit.clone(),
        role: match args.role {
            Some(RoleArg::Lead) => Role::Lead,
            Some(RoleArg::Partner) => Role::Partner,
            None => Role::Any,
        },
        statuses: args.status.clone(),
        review: args.review,
    }
}

pub fn run(cx: &mut Context, files: &[PathBuf], args: &ListArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let rows = query::select(&plans, &filter(args), cx.today)?;
    let qualify = plans.len() > 1;
    match args.format {
        Format::Table => {
            if rows.is_empty() {
                writeln!(cx.err, "{}", crate::t!("out-no-match"))?;
            } else {
                render::table::list(&rows, qualify, cx.width, cx.out)?;
            }
        }
        Format::Json => render::json::list(&rows, cx.today, cx.out)?,
        Format::Csv => {
            let vi = args.headers == Headers::Vi;
            render::csv::list_with(&rows, args.delimiter, vi, cx.out)?;
        }
    }
    drop(rows);
    // The process ends right after; freeing a hundred thousand tasks one by
    // one would only delay the exit.
    std::mem::forget(plans);
    Ok(ExitCode::SUCCESS)
}
