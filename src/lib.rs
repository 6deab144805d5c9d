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
pub mod git;
pub mod i18n;
pub mod import;
pub mod merge;
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
/// or `PLAN_TODAY` says otherwise. Days given as `hôm nay`, `ngày mai` or
/// `1/7` (in `--as-of`, `--on` and a window of `add` or `set`) count from
/// `settings.today`, the real today.
pub fn run(
    mut cli: Cli,
    settings: Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let real_today = settings.today;
    // A day this year lacks (`--as-of 29/2`) is a usage error, as any bad
    // day is, though it shows only against today.
    let mut refused = None;
    let mut day = |day: Option<window::days::Day>| {
        let resolved = day.map(|d| cli::resolve_day(d, real_today)).transpose();
        resolved.unwrap_or_else(|e| {
            refused.get_or_insert(e);
            None
        })
    };
    let today = day(cli.as_of).unwrap_or(real_today);
    let on = match &cli.command {
        Command::Done(args) => day(args.on),
        _ => None,
    };
    if let Some(message) = refused {
        writeln!(err, "{}: {}", t!("label-error"), text::one_line(&message))?;
        return Ok(ExitCode::from(2));
    }
    resolve_windows(&mut cli.command, real_today);
    let mut cx = Context {
        today,
        width: settings.width,
        lock_timeout: settings.lock_timeout,
        color: settings.color,
        terminal: settings.terminal,
        out,
        err,
    };
    let files = &cli.files;
    // An edit stays in the small pages `main` starts in; a streamed list
    // goes back to them once it knows it streams.
    if !matches!(
        cli.command,
        Command::Done(_)
            | Command::Reopen(_)
            | Command::Assign(_)
            | Command::Unassign(_)
            | Command::Add(_)
            | Command::Set(_)
    ) {
        commands::large_pages();
    }
    match cli.command {
        Command::List(args) => commands::list::run(&mut cx, files, &args),
        Command::Show(args) => commands::show::run(&mut cx, files, &args),
        Command::Units(args) => commands::units::run(&mut cx, files, &args),
        Command::Check(args) => commands::check::run(&mut cx, files, &args),
        Command::Done(args) => commands::done::done(&mut cx, files, &args, on),
        Command::Reopen(args) => commands::done::reopen(&mut cx, files, &args),
        Command::Assign(args) => commands::assign::assign(&mut cx, files, &args),
        Command::Unassign(args) => commands::assign::unassign(&mut cx, files, &args),
        Command::Add(args) => commands::add::run(&mut cx, files, &args),
        Command::Set(args) => commands::set::run(&mut cx, files, &args),
        Command::Unit(command) => commands::unit::run(&mut cx, files, &command),
        Command::Import(args) => commands::import::run(&mut cx, &args),
        Command::Completions(args) => commands::complete::completions(&mut cx, args.shell),
        Command::Manual(args) => commands::complete::manual(&mut cx, &args),
        Command::Remind(args) => commands::remind::run(&mut cx, files, &args),
        Command::Render(args) => commands::render::run(&mut cx, files, &args),
        Command::Report(args) => commands::report::run(&mut cx, files, &args),
        Command::Timeline(args) => commands::timeline::run(&mut cx, files, &args),
        Command::Export(args) => commands::export::run(&mut cx, files, &args),
        Command::Merge(args) => commands::merge::run(&mut cx, &args),
        Command::Git(command) => commands::git::run(&mut cx, &command),
        Command::Log(args) => commands::log::run(&mut cx, files, &args),
    }
}

/// A window given to `plan add` or `plan set … window` as a day that
/// counts from today (`hôm nay`, `ngày mai`, `1/7`) is written as the day
/// it names (`01/07/2020`), which the window grammar reads.
fn resolve_windows(command: &mut Command, today: chrono::NaiveDate) {
    let window = match command {
        Command::Add(args) => args.window.as_mut(),
        Command::Set(args) if args.field == cli::SetField::Window => Some(&mut args.value),
        _ => None,
    };
    if let Some(window) = window
        && let Some(day) = window::days::window_day(window, today)
    {
        *window = day;
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
