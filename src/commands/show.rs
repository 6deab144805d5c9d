//! `plan show ID`: one task in full, with its window's dates.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{ShowArgs, ShowFormat};
use crate::context::Context;
use crate::query::{Row, State};
use crate::render;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &ShowArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let (plan, task) = super::find_task(&plans, &args.task)?;
    let row = Row {
        plan,
        task,
        state: State::of(task, cx.today),
        on: cx.today,
    };
    match args.format {
        ShowFormat::Text => render::show::task(&row, cx.out)?,
        ShowFormat::Json => render::json::task(&row, cx.today, cx.out)?,
    }
    Ok(ExitCode::SUCCESS)
}
