//! Reading the command line, with usage lines that tell the truth. clap's
//! usage errors list every option that was present as if it were required,
//! an option it took from the environment (`PLAN_TODAY`) among them; here a
//! usage error shows the command's plain usage instead (what it requires,
//! and `[OPTIONS]`). The checks clap cannot word (`--role` needs `--unit`)
//! and `PLAN_FILE`'s list of paths are done here too.

use std::ffi::OsString;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{Cli, Command};
use crate::i18n::{self, Lang};

/// The command line `args` (the program's name first), or the usage error
/// found in it. Without `-f`, the plans are `PLAN_FILE`'s paths, separated
/// as `PATH`'s are (`:`, or `;` on Windows).
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The command as declared parses exactly as its localised form (which
    // changes only what help and errors say), at a fraction of the cost of
    // wording every command's help: it is localised only to tell of an
    // error, or to show help.
    let declared = <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let mut cli = match declared {
        Ok(cli) => cli,
        Err(_) => {
            let command = super::command();
            command
                .clone()
                .try_get_matches_from(&args)
                .and_then(|matches| Cli::from_arg_matches(&matches))
                .map_err(|error| plain_usage(error, &command, &args))?
        }
    };
    if needs_unit(&cli) {
        let mut command = super::command();
        let list = command.find_subcommand_mut("list").expect("list exists");
        let message = crate::t!("clap-role-needs-unit");
        if i18n::current() == Lang::En {
            return Err(list.error(ErrorKind::MissingRequiredArgument, message));
        }
        // Worded by cli::errors, which reads the message from `Custom`.
        let usage = list.render_usage();
        let mut error = clap::Error::new(ErrorKind::MissingRequiredArgument).with_cmd(list);
        error.insert(ContextKind::Custom, ContextValue::String(message));
        error.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
        return Err(error);
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

/// Whether `cli` lists by `--role` with no `--unit` to have it of.
fn needs_unit(cli: &Cli) -> bool {
    matches!(&cli.command, Command::List(list) if list.role.is_some() && list.unit.is_none())
}

/// `error` with the plain usage of the (sub)command it is about in place of
/// clap's, which shows the options given as if they were required. clap
/// gives no usage with a bad value; in Vietnamese the error shows the usage
/// of the command named in `args` (it points at that command's `--help`).
fn plain_usage(mut error: clap::Error, root: &clap::Command, args: &[OsString]) -> clap::Error {
    let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) else {
        if i18n::current() == Lang::Vi && error.use_stderr() {
            let plain = named(root, args).clone().render_usage();
            error.insert(ContextKind::Usage, ContextValue::StyledStr(plain));
        }
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

/// The (sub)command `args` name: their words that are subcommands, in
/// turn, skipping options and the values they take.
fn named<'a>(root: &'a clap::Command, args: &[OsString]) -> &'a clap::Command {
    let mut command = root;
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let option = if let Some(long) = word.strip_prefix("--") {
            (!long.contains('='))
                .then(|| command.get_arguments().find(|a| a.get_long() == Some(long)))
        } else if let Some(short) = word.strip_prefix('-').filter(|s| s.chars().count() == 1) {
            let short = short.chars().next();
            Some(command.get_arguments().find(|a| a.get_short() == short))
        } else if word.starts_with('-') {
            None
        } else if let Some(sub) = command.find_subcommand(word.as_ref()) {
            command = sub;
            continue;
        } else {
            // A positional argument: no subcommand follows it.
            break;
        };
        if let Some(Some(arg)) = option
            && arg.get_action().takes_values()
        {
            words.next();
        }
    }
    command
}
