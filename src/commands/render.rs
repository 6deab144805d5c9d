//! `plan render`: a plan written back as its document.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{DocumentFormat, RenderArgs};
use crate::context::Context;
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
    super::emit(cx, args.output.as_deref(), |out| {
        document::write(plan, style, out)
    })?;
    Ok(ExitCode::SUCCESS)
}
