//! `plan units`: the unit registry with each unit's tasks as lead and as
//! partner.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{UnitsArgs, UnitsFormat};
use crate::context::Context;
use crate::render;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &UnitsArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let registry = render::units::UnitRow::collect(&plans);
    match args.format {
        UnitsFormat::Table => render::units::table(&registry, plans.len() > 1, cx.width, cx.out)?,
        UnitsFormat::Json => render::units::json(&registry, cx.out)?,
    }
    Ok(ExitCode::SUCCESS)
}
