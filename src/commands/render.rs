//! `plan render`: a plan written back as its document.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};

use crate::Context;
use crate::cli::{DocumentFormat, RenderArgs};
use crate::error::Error;
use crate::render::document::{self, Style};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &RenderArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let plan = match (&args.plan, plans.as_slice()) {
        (None, [one]) => one,
        (Some(id), _) => plans
            .iter()
            .find(|p| &p.id == id)
            .ok_or_else(|| Error::Task(format!("no plan with id \"{id}\"")))?,
        (None, many) => {
            let ids: Vec<&str> = many.iter().map(|p| p.id.as_str()).collect();
            return Err(Error::Edit(format!(
                "{} plans are loaded; name one with --plan ID ({})",
                many.len(),
                ids.join(", ")
            ))
            .into());
        }
    };
    let style = match args.format {
        DocumentFormat::Txt => Style::Text,
        DocumentFormat::Md => Style::Markdown,
    };
    match &args.output {
        None => document::write(plan, style, cx.out)?,
        Some(path) => {
            let mut text = Vec::new();
            document::write(plan, style, &mut text)?;
            std::fs::write(path, text)
                .with_context(|| format!("failed to write {}", path.display()))?;
            writeln!(cx.err, "wrote {}", path.display())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
