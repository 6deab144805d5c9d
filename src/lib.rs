//! `plan`: follow up the tasks of coordination plans kept as TOML files.
//!
//! `run` is the whole program behind `main`: it takes the parsed command
//! line, the reference day and the output writers, so that nothing below it
//! reads the clock, the environment or the terminal.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod commands;
pub mod error;
pub mod model;
pub mod query;
pub mod render;
pub mod store;
pub mod text;
pub mod units;
pub mod window;

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;

use cli::{Cli, Command};

/// What every command gets: the reference day, the terminal width, and where
/// data (`out`) and messages (`err`) go.
pub struct Context<'a> {
    pub today: NaiveDate,
    pub width: Option<u16>,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// Run one command. `today` is the local calendar day unless `--as-of` or
/// `PLAN_TODAY` says otherwise; `width` is the terminal's, if known.
pub fn run(
    cli: Cli,
    today: NaiveDate,
    width: Option<u16>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut cx = Context {
        today: cli.as_of.unwrap_or(today),
        width,
        out,
        err,
    };
    let files = &cli.files;
    match cli.command {
        Command::List(args) => commands::list::run(&mut cx, files, &args),
        Command::Show(args) => commands::show::run(&mut cx, files, &args),
        Command::Units(args) => commands::units::run(&mut cx, files, &args),
        Command::Check => commands::check::run(&mut cx, files),
    }
}

/// True when writing failed because the reader went away (`plan list | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// An error and its causes on one line, with control characters made visible.
pub fn describe(error: &anyhow::Error) -> String {
    let text = error
        .chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ");
    text::visible(&text).into_owned()
}
