//! `plan timeline`: the tasks across the months, in the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{ColorChoice, TimelineArgs};
use crate::context::Context;
use crate::render::timeline::{self, Frame};

pub fn run(cx: &mut Context, files: &[PathBuf], args: &TimelineArgs) -> Result<ExitCode> {
    let plans = super::load(cx, files)?;
    let (start, end) = crate::render::html::timeline_span(&plans, cx.today);
    let frame = Frame {
        from: args.from.unwrap_or(start),
        to: args.to.unwrap_or(end),
        width: usize::from(
            cx.width
                .filter(|w| *w > 0)
                .unwrap_or(crate::render::table::DEFAULT_WIDTH),
        ),
        color: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => cx.color,
        },
    };
    if frame.to < frame.from {
        // A usage error, like clap's own.
        let label = crate::t!("label-error");
        writeln!(cx.err, "{label}: {}", crate::error::Error::ToBeforeFrom)?;
        return Ok(ExitCode::from(2));
    }
    timeline::write(&plans, cx.today, &frame, cx.out)?;
    Ok(ExitCode::SUCCESS)
}
