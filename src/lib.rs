//! `plan`: follow up the tasks of coordination plans kept as TOML files.
//!
//! `run` is the whole program behind `main`: it takes the parsed command
//! line, the reference day and the output writers, so that nothing below it
//! reads the clock, the environment or the terminal.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod commands;
pub mod context;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod i18n;
pub mod import;
pub mod model;
pub mod query;
pub mod render;
pub mod report;
pub mod store;
pub mod text;
pub mod units;
pub mod window;

use std::io::Write;
use std::process::ExitCode;

use cli::{Cli, Command};
use context::{Context, Settings};

/// Run one command. The reference day is `settings.today` unless `--as-of`
/// or `PLAN_TODAY` says otherwise.
pub fn run(
    cli: Cli,
    settings: Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut cx = Context {
        today: cli.as_of.unwrap_or(settings.today),
        width: settings.width,
        lock_timeout: settings.lock_timeout,
        color: settings.color,
        out,
        err,
    };
    let files = &cli.files;
    match cli.command {
        Command::List(args) => commands::list::run(&mut cx, files, &args),
        Command::Show(args) => commands::show::run(&mut cx, files, &args),
        Command::Units(args) => commands::units::run(&mut cx, files, &args),
        Command::Check(args) => commands::check::run(&mut cx, files, &args),
        Command::Done(args) => commands::done::done(&mut cx, files, &args),
        Command::Reopen(args) => commands::done::reopen(&mut cx, files, &args),
        Command::Assign(args) => commands::assign::assign(&mut cx, files, &args),
        Command::Unassign(args) => commands::assign::unassign(&mut cx, files, &args),
        Command::Add(args) => commands::add::run(&mut cx, files, &args),
        Command::Set(args) => commands::set::run(&mut cx, files, &args),
        Command::Unit(command) => commands::unit::run(&mut cx, files, &command),
        Command::Import(args) => commands::import::run(&mut cx, &args),
        Command::Render(args) => commands::render::run(&mut cx, files, &args),
        Command::Report(args) => commands::report::run(&mut cx, files, &args),
        Command::Timeline(args) => commands::timeline::run(&mut cx, files, &args),
        Command::Export(args) => commands::export::run(&mut cx, files, &args),
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

/// An error and its causes on one line: every value, name and path it
/// echoes goes through [`text::one_line`], so a line break or a control
/// character in one is shown escaped, never raw. A cause from the system
/// (an `io::Error`) is said in the interface's language
/// ([`error::io_reason`]).
pub fn describe(error: &anyhow::Error) -> String {
    let text = error
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => error::io_reason(io),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ");
    text::one_line(&text).into_owned()
}
