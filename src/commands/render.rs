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
        DocumentFormat::Txt => Some(Style::Text),
        DocumentFormat::Md => Some(Style::Markdown),
        DocumentFormat::Docx => None,
    };
    if style.is_none() {
        super::binary(cx, args.output.as_deref(), "docx")?;
    }
    // The plan's own document is Vietnamese whatever the interface: it is
    // what an office issues, and what `plan import` reads back.
    super::emit(cx, args.output.as_deref(), &plans, |out| {
        crate::i18n::scoped(crate::i18n::Lang::Vi, || match style {
            Some(style) => document::write(plan, style, out),
            None => document::write_docx(plan, out),
        })
    })?;
    Ok(ExitCode::SUCCESS)
}
