//! `plan export`: deadlines for calendars (ICS), every task for Excel (CSV)
//! or for programs (JSON).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};

use crate::Context;
use crate::cli::{ExportArgs, ExportFormat};
use crate::query::{self, Filter};
use crate::render;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &ExportArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let rows = query::select(&plans, &Filter::default(), cx.today)?;
    let mut buffer = Vec::new();
    let out: &mut dyn std::io::Write = if args.output.is_some() {
        &mut buffer
    } else {
        &mut *cx.out
    };
    match args.format {
        ExportFormat::Ics => render::ics::write(&plans, cx.today, out)?,
        ExportFormat::Csv => render::csv::list(&rows, args.delimiter, out)?,
        ExportFormat::Json => render::json::list(&rows, cx.today, out)?,
    }
    if let Some(path) = &args.output {
        std::fs::write(path, &buffer)
            .with_context(|| format!("failed to write {}", path.display()))?;
        writeln!(cx.err, "wrote {}", path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}
