//! `plan import DOC`: an official document (.txt or .docx) into a plan file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ImportArgs;
use crate::context::Context;
use crate::error::{Diagnostic, Error};
use crate::import;
use crate::import::ImportError;

/// The text of a document: a .docx or .odt body, a PDF's text layer, or
/// a UTF-8 text file; other formats are refused with how to convert them.
fn document_text(path: &Path) -> Result<String> {
    Ok(import::document::text(path)?)
}

/// `plan import DOC`: the plan read from the document, on stdout or in
/// `--output`, with a note on stderr for every line that needs a look.
/// What cannot be read for sure is kept as written and marked for review
/// in the plan file, unless `--strict` refuses the document instead.
pub fn run(cx: &mut Context, args: &ImportArgs) -> Result<ExitCode> {
    let text = match document_text(&args.document) {
        Ok(text) => text,
        Err(error) => {
            if let Some(Error::Import(ImportError::Refused(diagnostic))) =
                error.downcast_ref::<Error>()
            {
                write!(cx.err, "{diagnostic}")?;
            }
            return Err(error);
        }
    };
    let stem = args
        .document
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    if text.trim().is_empty() {
        return Err(Error::from(ImportError::Empty(args.document.clone())).into());
    }
    let (draft, notices) = import::import_text(&text, &stem);
    if draft.tasks.is_empty() {
        return Err(Error::from(ImportError::NoTasks(args.document.clone())).into());
    }
    let doc = args.document.display();
    for notice in &notices {
        cx.say(format_args!(
            "{doc}:{}: note: {}",
            notice.line, notice.message
        ))?;
    }
    // Counted as `plan check` counts them: one a field.
    let marked: usize = draft
        .tasks
        .iter()
        .map(|t| t.review.fields().count())
        .sum::<usize>()
        + draft.review.fields().count();
    if args.strict && marked > 0 {
        return Err(Error::from(ImportError::Doubtful {
            path: args.document.clone(),
            count: marked,
        })
        .into());
    }
    let name = args
        .document
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let toml = import::write::to_toml(&draft, &name);
    // The draft always loads; should a part of it not, the problem is
    // shown at its line in the document, the file that exists.
    let shown: PathBuf = args.output.clone().unwrap_or_else(|| PathBuf::from("-"));
    let (_, diagnostics) = crate::store::parse_str(&shown, &toml);
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        for d in errors {
            let (line, task) = document_line(&toml, d.line, &draft);
            let what = task.map(|id| format!("task {id}: ")).unwrap_or_default();
            cx.say(format_args!("{doc}:{line}: error: {what}{}", d.message))?;
        }
        return Err(Error::from(ImportError::DoesNotCheck(args.document.clone())).into());
    }
    match &args.output {
        None => write!(cx.out, "{toml}")?,
        Some(path) => {
            if path.exists() && !args.force {
                return Err(Error::from(ImportError::Exists(path.clone())).into());
            }
            super::output::write(path, toml.as_bytes(), args.force, &[]).map_err(|e| match e {
                Error::Write { source, .. }
                    if source.kind() == std::io::ErrorKind::AlreadyExists =>
                {
                    Error::from(ImportError::Exists(path.clone()))
                }
                other => other,
            })?;
        }
    }
    let units = draft.units.len();
    cx.say(format_args!(
        "imported {} {}, {units} {} from {doc}{}{}{}",
        draft.tasks.len(),
        plural(draft.tasks.len(), "task", "tasks"),
        plural(units, "unit", "units"),
        args.output
            .as_ref()
            .map(|p| format!(" into {}", p.display()))
            .unwrap_or_default(),
        match notices.len() {
            0 => String::new(),
            1 => "; 1 line needs a look (above)".to_string(),
            n => format!("; {n} lines need a look (above)"),
        },
        match marked {
            0 => String::new(),
            n => format!(
                "; {n} {} to review (`plan list --review`, `plan check`)",
                plural(n, "mark", "marks")
            ),
        }
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// The document line a line of the written plan comes from: the line of
/// the task whose block holds it, or the document's first line for the
/// head.
fn document_line<'d>(
    toml: &str,
    line: usize,
    draft: &'d import::draft::Draft,
) -> (usize, Option<&'d str>) {
    let blocks = toml
        .lines()
        .take(line)
        .filter(|l| l.trim_end() == "[[task]]")
        .count();
    match blocks.checked_sub(1).and_then(|i| draft.tasks.get(i)) {
        Some(task) => (task.line, Some(task.id.as_str())),
        None => (1, None),
    }
}
