//! `plan list`: the tasks that match every given condition.

use std::path::{Path, PathBuf};

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
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    let filter = filter(args);
    let (width, today) = (cx.width, cx.today);
    let format = |plans: usize| match args.format {
        Format::Table => render::list::Format::Table {
            qualify: plans > 1,
            width,
        },
        Format::Json => render::list::Format::Json { as_of: today },
        Format::Csv => render::list::Format::Csv {
            delimiter: args.delimiter,
            vietnamese_headers: args.headers == Headers::Vi,
        },
    };
    // Plans the cache holds as they are are read a chunk of tasks at a
    // time, and their rows written as they are read: memory stays bounded
    // however many tasks there are. Any other plan is read whole.
    let chunked = crate::store::load_chunked(&paths);
    let scan = match &chunked {
        Some(plans) => crate::store::Listing::new(plans, &filter, cx.today).transpose()?,
        None => None,
    };
    let count = if let (Some(scan), Some(plans)) = (scan, &chunked) {
        super::small_pages();
        render::list::write(&format(plans.len()), &scan, cx.out)?
    } else {
        let plans = super::load_paths(cx, &paths)?;
        let rows = query::select(&plans, &filter, cx.today)?;
        let format = format(plans.len());
        let count = render::list::write(&format, &query::Selected(&rows), cx.out)?;
        drop(rows);
        // The process ends right after; freeing a hundred thousand tasks
        // one by one would only delay the exit.
        std::mem::forget(plans);
        count
    };
    if count == 0 && args.format == Format::Table {
        writeln!(cx.err, "{}", crate::t!("out-no-match"))?;
    }
    Ok(ExitCode::SUCCESS)
}
