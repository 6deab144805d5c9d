//! `plan check`: validate every loaded plan and report every problem:
//! errors, and the warnings review marks give (errors too with `--strict`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::CheckArgs;
use crate::context::Context;

pub fn run(cx: &mut Context, files: &[PathBuf], args: &CheckArgs) -> Result<ExitCode> {
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    let loaded = crate::store::load_all(&paths)?;
    // The exit code is the answer a script wants: a closed stderr
    // (`plan check 2>&1 | head`) must not turn errors into success.
    for diagnostic in &loaded.diagnostics {
        let _ = write!(cx.err, "{diagnostic}");
    }
    let errors = loaded.error_count();
    // Shown, and counted in the lines that stand for those not shown.
    let warnings: usize = loaded
        .diagnostics
        .iter()
        .map(|d| match d.hidden {
            Some(hidden) => hidden.problems - hidden.errors,
            None => usize::from(!d.is_error()),
        })
        .sum();
    let tasks: usize = loaded.plans.iter().map(|p| p.tasks.len()).sum();
    let failing = |d: &&crate::error::Diagnostic| d.is_error() || args.strict;
    if errors > 0 || (args.strict && warnings > 0) {
        let bad_files = {
            let mut files: Vec<_> = loaded
                .diagnostics
                .iter()
                .filter(failing)
                .map(|d| &d.file)
                .collect();
            files.dedup();
            files.len()
        };
        let problems = if args.strict {
            errors + warnings
        } else {
            errors
        };
        let _ = writeln!(
            cx.err,
            "error: {problems} {} in {bad_files} of {} plan {}{}",
            plural(problems, "problem", "problems"),
            paths.len(),
            plural(paths.len(), "file", "files"),
            if args.strict && warnings > 0 {
                " (warnings count with --strict)"
            } else {
                ""
            },
        );
        return Ok(ExitCode::from(1));
    }
    writeln!(
        cx.err,
        "ok: {} {}, {tasks} {}{}",
        paths.len(),
        plural(paths.len(), "plan", "plans"),
        plural(tasks, "task", "tasks"),
        match warnings {
            0 => String::new(),
            n => format!(
                "; {n} {} to review (`plan list --review`)",
                plural(n, "mark", "marks")
            ),
        }
    )?;
    Ok(ExitCode::SUCCESS)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
