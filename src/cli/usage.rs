//! Reading the command line, with usage lines that tell the truth. clap's
//! usage errors list every option that was present as if it were required,
//! an option it took from the environment (`PLAN_TODAY`) among them; here a
//! usage error shows the command's plain usage instead (what it requires,
//! and `[OPTIONS]`). The checks clap cannot word (`--role` needs `--unit`)
//! and `PLAN_FILE`'s list of paths are done here too.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches};

use super::{Cli, Command};

/// The command line `args` (the program's name first), or the usage error
/// found in it. Without `-f`, the plans are `PLAN_FILE`'s paths, separated
/// as `PATH`'s are (`:`, or `;` on Windows).
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut command = Cli::command();
    command.build();
    let mut cli = command
        .clone()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|error| plain_usage(error, &command))?;
    if let Command::List(list) = &cli.command
        && list.role.is_some()
        && list.unit.is_none()
    {
        let list = command.find_subcommand_mut("list").expect("list exists");
        return Err(list.error(
            ErrorKind::MissingRequiredArgument,
            "--role needs --unit <UNIT>: the unit whose role it is",
        ));
    }
    if cli.files.is_empty()
        && let Some(paths) = std::env::var_os("PLAN_FILE")
    {
        cli.files = std::env::split_paths(&paths)
            .filter(|path| !path.as_os_str().is_empty())
            .collect();
    }
    Ok(cli)
}

/// `error` with the plain usage of the (sub)command it is about in place of
/// clap's, which shows the options given as if they were required.
fn plain_usage(mut error: clap::Error, root: &clap::Command) -> clap::Error {
    let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) else {
        return error;
    };
    // "Usage: plan unit add --as-of <DATE> <ID> <NAME>": the words after the
    // program's name up to the first option or argument name the command.
    let usage = usage.to_string();
    let mut command = root;
    for word in usage.split_whitespace().skip(2) {
        match command.find_subcommand(word) {
            Some(sub) => command = sub,
            None => break,
        }
    }
    let plain = command.clone().render_usage();
    error.insert(ContextKind::Usage, ContextValue::StyledStr(plain));
    error
}
