//! `plan export`: deadlines for calendars (ICS), every task for Excel (an
//! .xlsx workbook, or CSV) or for programs (JSON).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{ExportArgs, ExportFormat, Headers};
use crate::context::Context;
use crate::query::{self, Filter};
use crate::render;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &ExportArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let rows = query::select(&plans, &Filter::default(), cx.today)?;
    let today = cx.today;
    if args.format == ExportFormat::Xlsx {
        super::binary(cx, args.output.as_deref(), "xlsx")?;
    }
    super::emit(cx, args.output.as_deref(), &plans, |out| {
        match args.format {
            ExportFormat::Ics => render::ics::write(&plans, today, out),
            ExportFormat::Csv => {
                let vi = args.headers == Headers::Vi;
                render::csv::list_with(&rows, args.delimiter, vi, out)
            }
            ExportFormat::Json => render::json::list(&rows, today, out),
            ExportFormat::Xlsx => render::xlsx::write(&plans, &rows, today, out),
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
