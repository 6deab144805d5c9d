//! `plan git …`: the repository's side of sharing plans through git.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::GitCommand;
use crate::context::Context;
use crate::git::setup::{self, Done};

pub fn run(cx: &mut Context, command: &GitCommand) -> Result<ExitCode> {
    match command {
        GitCommand::Setup(args) => {
            let cwd = std::env::current_dir()?;
            let done = setup::run(&cwd, args.hook)?;
            if done.is_empty() {
                cx.say(format_args!("{}", crate::t!("out-git-setup-nothing")))?;
            }
            for step in done {
                let line = match step {
                    Done::Attribute { path, line } => crate::t!(
                        "out-git-setup-attribute",
                        line = line,
                        path = path.display().to_string()
                    ),
                    Done::Config { key, value } => {
                        crate::t!("out-git-setup-config", key = key, value = value)
                    }
                    Done::Hook(path) => {
                        crate::t!("out-git-setup-hook", path = path.display().to_string())
                    }
                };
                cx.say(format_args!("{line}"))?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
