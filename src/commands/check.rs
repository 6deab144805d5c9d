//! `plan check`: validate every loaded plan and report every problem:
//! errors, and the warnings review marks give (errors too with `--strict`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{CheckArgs, ShowFormat};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Severity};

/// `plan check --format json`: every problem, and the counts the summary
/// line gives.
#[derive(serde::Serialize)]
struct CheckDoc<'a> {
    version: u32,
    ok: bool,
    plans: usize,
    tasks: usize,
    errors: usize,
    warnings: usize,
    problems: Vec<ProblemDoc<'a>>,
    /// Problems counted but not shown (past the first 100 of a file).
    not_shown: usize,
}

#[derive(serde::Serialize)]
struct ProblemDoc<'a> {
    file: String,
    /// 1-based; 0 for a problem of the whole file.
    line: usize,
    /// 1-based, in characters; 0 for a problem of the whole file.
    column: usize,
    severity: &'static str,
    message: &'a str,
    expected: Option<&'a str>,
    hint: Option<&'a str>,
}

fn problem(d: &Diagnostic) -> ProblemDoc<'_> {
    ProblemDoc {
        file: d.file.display().to_string(),
        line: d.line,
        column: d.col,
        severity: match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        message: &d.message,
        expected: d.expected.as_deref(),
        hint: d.hint.as_deref(),
    }
}

pub fn run(cx: &mut Context, files: &[PathBuf], args: &CheckArgs) -> Result<ExitCode> {
    let paths = crate::store::discover(files, Path::new(super::DEFAULT_DIR))?;
    // A JSON document's messages are English whatever the language, like
    // every other value of a machine output: they are worded as files are
    // read.
    let loaded = match args.format {
        ShowFormat::Json => {
            crate::i18n::scoped(crate::i18n::Lang::En, || crate::store::load_all(&paths))?
        }
        ShowFormat::Text => crate::store::load_all(&paths)?,
    };
    // The process ends right after; freeing a hundred thousand tasks one by
    // one would only delay the exit.
    let loaded = std::mem::ManuallyDrop::new(loaded);
    // The exit code is the answer a script wants: a closed stderr
    // (`plan check 2>&1 | head`) must not turn errors into success.
    if args.format == ShowFormat::Text {
        for diagnostic in &loaded.diagnostics {
            let _ = write!(cx.err, "{diagnostic}");
        }
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
    let fails = errors > 0 || (args.strict && warnings > 0);
    if args.format == ShowFormat::Json {
        let doc = CheckDoc {
            version: 1,
            ok: !fails,
            plans: paths.len(),
            tasks,
            errors,
            warnings,
            problems: loaded
                .diagnostics
                .iter()
                .filter(|d| d.hidden.is_none())
                .map(problem)
                .collect(),
            not_shown: loaded
                .diagnostics
                .iter()
                .filter_map(|d| d.hidden.map(|h| h.problems))
                .sum(),
        };
        crate::render::json::write(&doc, cx.out)?;
        return Ok(if fails {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    if fails {
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
            "{}: {}{}",
            crate::t!("label-error"),
            crate::t!(
                "out-check-failed",
                problems = problems,
                bad = bad_files,
                files = paths.len()
            ),
            if args.strict && warnings > 0 {
                crate::t!("out-check-strict")
            } else {
                String::new()
            },
        );
        return Ok(ExitCode::from(1));
    }
    writeln!(
        cx.err,
        "{}{}",
        crate::t!("out-check-ok", plans = paths.len(), tasks = tasks),
        match warnings {
            0 => String::new(),
            n => crate::t!("out-check-marks", marks = n),
        }
    )?;
    Ok(ExitCode::SUCCESS)
}
