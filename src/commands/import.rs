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
    // An existing FILE is refused before the document is read, so that no
    // note is shown for a draft that will not be written (the write below
    // refuses it again, should one appear meanwhile).
    if let Some(path) = args
        .output
        .as_ref()
        .filter(|p| p.as_path() != std::path::Path::new("-"))
        && path.exists()
        && !args.force
    {
        return Err(Error::from(ImportError::Exists(path.clone())).into());
    }
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
    let note = crate::t!("label-note");
    for notice in &notices {
        cx.say(format_args!(
            "{doc}:{}: {note}: {}",
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
        let label = crate::t!("label-error");
        for d in errors {
            let (line, task) = document_line(&toml, d.line, &draft);
            let message = match task {
                Some(id) => crate::t!("imp-in-task", id = id, message = d.message.as_str()),
                None => d.message.clone(),
            };
            cx.say(format_args!("{doc}:{line}: {label}: {message}"))?;
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
    cx.say(format_args!(
        "{}",
        summary(
            &draft,
            &doc.to_string(),
            args.output.as_deref(),
            notices.len(),
            marked
        )
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The last line of an import: what was written where, then how many
/// lines need a look and how many marks to review, when there are any.
fn summary(
    draft: &import::draft::Draft,
    doc: &str,
    output: Option<&Path>,
    notices: usize,
    marked: usize,
) -> String {
    let (tasks, units) = (draft.tasks.len(), draft.units.len());
    let mut line = match output {
        None => crate::t!("imp-imported", tasks = tasks, units = units, doc = doc),
        Some(path) => crate::t!(
            "imp-imported-into",
            tasks = tasks,
            units = units,
            doc = doc,
            output = path.display().to_string()
        ),
    };
    if notices > 0 {
        line.push_str("; ");
        line.push_str(&crate::t!("imp-lines-to-look", count = notices));
    }
    if marked > 0 {
        line.push_str("; ");
        line.push_str(&crate::t!("imp-marks-to-review", count = marked));
    }
    line
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
