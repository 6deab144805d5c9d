//! `plan report`: progress per unit for the upper level.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{ReportArgs, ReportFormat, ReportRole};
use crate::context::Context;
use crate::query::Role;
use crate::render;
use crate::report::{self, Scope};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &ReportArgs) -> Result<ExitCode> {
    // The process ends right after; freeing a hundred thousand tasks one by
    // one would only delay the exit.
    let plans = std::mem::ManuallyDrop::new(super::load(cx, files)?);
    let period = match &args.period {
        Some(text) => Some((text.clone(), report::period(text)?)),
        None => None,
    };
    let units = match &args.unit {
        Some(query) => Some(crate::query::resolve_in_plans(&plans, query)?),
        None => None,
    };
    let scope = Scope {
        period,
        role: match args.role {
            ReportRole::Lead => Role::Lead,
            ReportRole::Partner => Role::Partner,
            ReportRole::Any => Role::Any,
        },
        units,
    };
    let report = std::mem::ManuallyDrop::new(report::build(&plans, &scope, cx.today));
    let width = cx.width;
    match args.format {
        ReportFormat::Xlsx => super::binary(cx, args.output.as_deref(), "xlsx")?,
        ReportFormat::Docx => super::binary(cx, args.output.as_deref(), "docx")?,
        _ => {}
    }
    // The signer named on the command line stands for the plan's.
    let paper = render::docx::Paper {
        // "Số: 45/BC-UBND" typed whole is the number 45/BC-UBND; an empty
        // flag is no flag.
        number: args
            .number
            .as_deref()
            .map(|n| {
                let n = n.trim();
                ["Số:", "số:", "SỐ:"]
                    .iter()
                    .find_map(|so| n.strip_prefix(so))
                    .unwrap_or(n)
                    .trim()
            })
            .filter(|n| !n.is_empty()),
        place: args
            .place
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty()),
        signer: render::paper::signer_from_flags(args.signer.as_ref(), args.position.as_ref()),
    };
    super::emit(cx, args.output.as_deref(), &plans, |out| {
        match args.format {
            ReportFormat::Table => render::report::table(&report, width, out),
            ReportFormat::Md => render::report::markdown(&report, out),
            ReportFormat::Csv => render::report::csv(&report, args.delimiter, out),
            ReportFormat::Json => render::report::json(&report, out),
            ReportFormat::Html => render::html::page(&report, &plans, out),
            ReportFormat::Xlsx => render::xlsx::report(&report, out),
            ReportFormat::Docx => render::docx::write(&report, &plans, &paper, out),
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
