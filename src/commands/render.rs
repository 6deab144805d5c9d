//! `plan render`: a plan written back as its document.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{DocumentFormat, RenderArgs};
use crate::context::Context;
use crate::render::document::{self, Style};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &RenderArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let plan = super::one_plan(&plans, args.plan.as_deref())?;
    let style = match args.format {
        DocumentFormat::Txt => Style::Text,
        DocumentFormat::Md => Style::Markdown,
    };
    // The plan's own document is Vietnamese whatever the interface: it is
    // what an office issues, and what `plan import` reads back.
    super::emit(cx, args.output.as_deref(), &plans, |out| {
        crate::i18n::scoped(crate::i18n::Lang::Vi, || document::write(plan, style, out))
    })?;
    Ok(ExitCode::SUCCESS)
}
