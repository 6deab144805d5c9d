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
    let (draft, notices) = import::import_text(&text, &stem);
    if draft.tasks.is_empty() {
        return Err(Error::from(ImportError::NoTasks(args.document.clone())).into());
    }
    let name = args
        .document
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let toml = import::write::to_toml(&draft, &name);
    for notice in &notices {
        cx.say(format_args!(
            "{}:{}: note: {}",
            args.document.display(),
            notice.line,
            notice.message
        ))?;
    }
    // Problems are shown at their place in the plan that would be written.
    let shown: PathBuf = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("(imported plan)"));
    let (_, diagnostics) = crate::store::parse_str(&shown, &toml);
    if diagnostics.iter().any(Diagnostic::is_error) {
        for d in &diagnostics {
            write!(cx.err, "{d}")?;
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
        "imported {} {}, {units} {} from {}{}{}",
        draft.tasks.len(),
        if draft.tasks.len() == 1 {
            "task"
        } else {
            "tasks"
        },
        if units == 1 { "unit" } else { "units" },
        args.document.display(),
        args.output
            .as_ref()
            .map(|p| format!(" into {}", p.display()))
            .unwrap_or_default(),
        match notices.len() {
            0 => String::new(),
            1 => "; 1 line needs a look (above)".to_string(),
            n => format!("; {n} lines need a look (above)"),
        }
    ))?;
    Ok(ExitCode::SUCCESS)
}
