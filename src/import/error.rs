//! The ways `plan import` fails, each with its wording: a document that
//! cannot be read, one with no task, a draft that does not pass `plan
//! check`, and an output file that would be replaced.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

use super::docx::DocxError;

/// Why a document was not imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A .docx file whose body cannot be read. The cause is part of the
    /// message rather than a source, so it is said once.
    #[error("{}: {error}", path.display())]
    Docx { path: PathBuf, error: DocxError },
    /// A text file refused before reading (a legacy encoding, a bare CR);
    /// the diagnostic says why and is shown before the error.
    #[error("{} was not imported", .0.file.display())]
    Refused(Box<Diagnostic>),
    /// The document has no task the importer recognises.
    #[error(
        "no task found in {}; is it a plan (Kế hoạch) with numbered tasks and their units?",
        .0.display()
    )]
    NoTasks(PathBuf),
    /// The draft read from the document has errors of its own.
    #[error(
        "the plan read from {} does not pass `plan check` (see above); nothing was written",
        .0.display()
    )]
    DoesNotCheck(PathBuf),
    /// `--strict`, and parts of the document are in doubt.
    #[error(
        "{count} {} of {} in doubt (notes above); with --strict nothing was written",
        if *.count == 1 { "task or field" } else { "tasks or fields" },
        path.display()
    )]
    Doubtful { path: PathBuf, count: usize },
    /// The output file exists and `--force` was not given.
    #[error("{} exists; use --force to replace it", .0.display())]
    Exists(PathBuf),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_names_the_document() {
        let doc = PathBuf::from("kh.docx");
        assert_eq!(
            ImportError::Docx {
                path: doc.clone(),
                error: DocxError::NoBody
            }
            .to_string(),
            "kh.docx: the Word document has no word/document.xml"
        );
        assert_eq!(
            ImportError::NoTasks(doc.clone()).to_string(),
            "no task found in kh.docx; is it a plan (Kế hoạch) with numbered tasks and their units?"
        );
        assert_eq!(
            ImportError::DoesNotCheck(doc).to_string(),
            "the plan read from kh.docx does not pass `plan check` (see above); nothing was written"
        );
        assert_eq!(
            ImportError::Exists(PathBuf::from("kh.toml")).to_string(),
            "kh.toml exists; use --force to replace it"
        );
    }

    #[test]
    fn the_cause_is_said_once() {
        let error = crate::error::Error::from(ImportError::Docx {
            path: PathBuf::from("kh.docx"),
            error: DocxError::Zip("bad".into()),
        });
        assert!(std::error::Error::source(&error).is_none());
    }
}
