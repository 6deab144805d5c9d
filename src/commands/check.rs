//! `plan check`: validate every loaded plan and report every problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::context::Context;

pub fn run(cx: &mut Context, files: &[PathBuf]) -> Result<ExitCode> {
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    let loaded = crate::store::load_all(&paths)?;
    // The exit code is the answer a script wants: a closed stderr
    // (`plan check 2>&1 | head`) must not turn errors into success.
    for diagnostic in &loaded.diagnostics {
        let _ = write!(cx.err, "{diagnostic}");
    }
    let errors = loaded.error_count();
    let tasks: usize = loaded.plans.iter().map(|p| p.tasks.len()).sum();
    if errors > 0 {
        let bad_files = {
            let mut files: Vec<_> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| &d.file)
                .collect();
            files.dedup();
            files.len()
        };
        let _ = writeln!(
            cx.err,
            "error: {errors} {} in {bad_files} of {} plan {}",
            plural(errors, "problem", "problems"),
            paths.len(),
            plural(paths.len(), "file", "files"),
        );
        return Ok(ExitCode::from(1));
    }
    writeln!(
        cx.err,
        "ok: {} {}, {tasks} {}",
        paths.len(),
        plural(paths.len(), "plan", "plans"),
        plural(tasks, "task", "tasks"),
    )?;
    Ok(ExitCode::SUCCESS)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
