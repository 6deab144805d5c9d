//! The ways `plan import` fails, each with its wording: a document that
//! cannot be read (a broken .docx or .odt, a PDF without text or without
//! `pdftotext`, a format it does not read and how to convert it), one with
//! no task, a draft that does not pass `plan check`, and an output file
//! that would be replaced. Every message of the importer is chosen here,
//! from the catalogs' `err-…` messages.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::t;

/// Why a Word document (.docx) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    Zip(String),
    NoBody,
    Xml(String),
    TooLarge(u64),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DocxError::Zip(reason) => t!("err-docx-zip", reason = reason.as_str()),
            DocxError::NoBody => t!("err-docx-no-body"),
            DocxError::Xml(reason) => t!("err-docx-xml", reason = reason.as_str()),
            DocxError::TooLarge(limit) => t!("err-docx-too-large", limit = *limit),
        })
    }
}

/// Why a zip archive could not be read, in the interface's language: in
/// English, the zip library's words; in Vietnamese, what its kind means.
pub fn zip_reason(error: &zip::result::ZipError) -> String {
    use zip::result::ZipError as Z;
    if crate::i18n::current() == crate::i18n::Lang::En {
        return error.to_string();
    }
    match error {
        Z::Io(io) => crate::error::io_reason(io),
        Z::InvalidArchive(_) => t!("err-zip-invalid"),
        Z::UnsupportedArchive(_) => t!("err-zip-unsupported"),
        Z::FileNotFound => t!("err-zip-file-not-found"),
        Z::InvalidPassword => t!("err-zip-password"),
        Z::CompressionMethodNotSupported(method) => {
            t!("err-zip-compression", method = *method)
        }
        _ => t!("err-zip-other"),
    }
}

/// Why an OpenDocument text (.odt) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum OdtError {
    Zip(String),
    NoBody,
    Encrypted,
    Xml(String),
    TooLarge(u64),
}

impl fmt::Display for OdtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            OdtError::Zip(reason) => t!("err-odt-zip", reason = reason.as_str()),
            OdtError::NoBody => t!("err-odt-no-body"),
            OdtError::Encrypted => t!("err-odt-encrypted"),
            OdtError::Xml(reason) => t!("err-odt-xml", reason = reason.as_str()),
            OdtError::TooLarge(limit) => t!("err-odt-too-large", limit = *limit),
        })
    }
}

/// Why the text of a PDF could not be had.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The file was taken for a PDF by its name, but is not one.
    NotPdf,
    NoPdftotext,
    Run(String),
    /// The remedy follows in [`ImportError::Pdf`], which knows the file.
    NoText,
    Encrypted,
    Failed(String),
    TimedOut(u64),
    TooLarge(u64),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PdfError::NotPdf => t!("err-pdf-not-pdf"),
            PdfError::NoPdftotext => t!("err-pdf-no-pdftotext"),
            PdfError::Run(reason) => t!("err-pdf-run", reason = reason.as_str()),
            PdfError::NoText => t!("err-pdf-no-text"),
            PdfError::Encrypted => t!("err-pdf-encrypted"),
            PdfError::Failed(reason) => t!("err-pdf-failed", reason = reason.as_str()),
            PdfError::TimedOut(seconds) => t!("err-pdf-timed-out", seconds = *seconds),
            PdfError::TooLarge(limit) => t!("err-pdf-too-large", limit = *limit),
        })
    }
}

/// A file `plan import` does not read, by what its bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// Word 97-2003 (an OLE compound file with a WordDocument stream).
    Doc,
    /// Excel 97-2003.
    Xls,
    /// PowerPoint 97-2003.
    Ppt,
    /// An OLE compound file of another kind.
    Ole,
    /// A password-protected Word, Excel or PowerPoint file (an OLE
    /// compound file holding an EncryptedPackage).
    EncryptedOffice,
    Rtf,
    /// An image, with the name of its format ("PNG").
    Image(&'static str),
    Xlsx,
    Pptx,
    /// An OpenDocument other than a text (.ods, .odp, .odg).
    OtherOdf,
    /// A zip archive that is no document.
    Zip,
    Html,
    /// A web archive (.mht), as Word saves a "Single File Web Page".
    Mhtml,
    /// XML: a Word 2003 XML document or a flat OpenDocument (.fodt).
    Xml,
}

impl Foreign {
    /// What the file is, as a noun phrase; an image says its kind.
    fn describe(self) -> String {
        match self {
            Foreign::Doc => t!("err-foreign-doc"),
            Foreign::Xls => t!("err-foreign-xls"),
            Foreign::Ppt => t!("err-foreign-ppt"),
            Foreign::Ole => t!("err-foreign-ole"),
            Foreign::EncryptedOffice => t!("err-foreign-encrypted-office"),
            Foreign::Rtf => t!("err-foreign-rtf"),
            Foreign::Image(kind) => t!("err-foreign-image", kind = kind),
            Foreign::Xlsx => t!("err-foreign-xlsx"),
            Foreign::Pptx => t!("err-foreign-pptx"),
            Foreign::OtherOdf => t!("err-foreign-other-odf"),
            Foreign::Zip => t!("err-foreign-zip"),
            Foreign::Html => t!("err-foreign-html"),
            Foreign::Mhtml => t!("err-foreign-mhtml"),
            Foreign::Xml => t!("err-foreign-xml"),
        }
    }

    /// How to get a document `plan import` reads from the file at `path`.
    fn remedy(self, path: &Path) -> String {
        let file = shell_word(path);
        match self {
            Foreign::Doc | Foreign::Rtf | Foreign::Xml => t!("err-remedy-convert", file = file),
            Foreign::Html | Foreign::Mhtml => t!("err-remedy-web", file = file),
            Foreign::EncryptedOffice => t!("err-remedy-password"),
            Foreign::Image(_) => t!("err-remedy-ocr", file = file),
            Foreign::Xls
            | Foreign::Ppt
            | Foreign::Ole
            | Foreign::Xlsx
            | Foreign::Pptx
            | Foreign::OtherOdf
            | Foreign::Zip => t!("err-remedy-ask"),
        }
    }
}

/// What to do about a PDF with no text, which needs the file's name.
fn pdf_remedy(error: &PdfError, path: &Path) -> String {
    match error {
        PdfError::NoText => t!("err-pdf-remedy", file = shell_word(path)),
        _ => String::new(),
    }
}

/// `path` as one word of a shell command: quoted when it holds anything
/// but letters, digits and `._-/+,:@`.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "._-/+,:@".contains(c));
    if plain {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Why a document was not imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A .docx file whose body cannot be read. The cause is part of the
    /// message rather than a source, so it is said once.
    Docx { path: PathBuf, error: DocxError },
    /// An .odt file whose body cannot be read.
    Odt { path: PathBuf, error: OdtError },
    /// A PDF whose text cannot be had.
    Pdf { path: PathBuf, error: PdfError },
    /// A file in a format `plan import` does not read, said by its bytes
    /// whatever its name.
    Foreign { path: PathBuf, format: Foreign },
    /// A text file refused before reading (a legacy encoding, a bare CR);
    /// the diagnostic says why and is shown before the error.
    Refused(Box<Diagnostic>),
    /// The document holds no text at all.
    Empty(PathBuf),
    /// The document has no task the importer recognises.
    NoTasks(PathBuf),
    /// The draft read from the document has errors of its own.
    DoesNotCheck(PathBuf),
    /// `--strict`, and parts of the document are in doubt.
    Doubtful { path: PathBuf, count: usize },
    /// The output file exists and `--force` was not given.
    Exists(PathBuf),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = |path: &Path| path.display().to_string();
        let cause =
            |path: &Path, reason: String| t!("err-import-cause", path = p(path), reason = reason);
        f.write_str(&match self {
            ImportError::Docx { path, error } => cause(path, error.to_string()),
            ImportError::Odt { path, error } => cause(path, error.to_string()),
            ImportError::Pdf { path, error } => {
                cause(path, error.to_string() + &pdf_remedy(error, path))
            }
            ImportError::Foreign { path, format } => t!(
                "err-import-foreign",
                path = p(path),
                format = format.describe(),
                remedy = format.remedy(path)
            ),
            ImportError::Refused(diagnostic) => {
                t!("err-import-refused", path = p(&diagnostic.file))
            }
            ImportError::Empty(path) => t!("err-import-empty", path = p(path)),
            ImportError::NoTasks(path) => t!("err-import-no-tasks", path = p(path)),
            ImportError::DoesNotCheck(path) => t!("err-import-does-not-check", path = p(path)),
            ImportError::Doubtful { path, count } => {
                t!("err-import-doubtful", path = p(path), count = *count)
            }
            ImportError::Exists(path) => t!("err-import-exists", path = p(path)),
        })
    }
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
    fn a_foreign_format_is_named_with_a_command_that_converts_it() {
        let foreign = |name: &str, format| {
            ImportError::Foreign {
                path: PathBuf::from(name),
                format,
            }
            .to_string()
        };
        assert_eq!(
            foreign("KH 45.doc", Foreign::Doc),
            "KH 45.doc: this is a Word 97-2003 document (.doc), which `plan import` does not \
             read; convert it to .docx and import that: `soffice --headless --convert-to docx \
             'KH 45.doc'` (LibreOffice), or open it in Word and save it as .docx"
        );
        assert_eq!(
            foreign("it's.rtf", Foreign::Rtf),
            "it's.rtf: this is a Rich Text Format document (.rtf), which `plan import` does not \
             read; convert it to .docx and import that: `soffice --headless --convert-to docx \
             'it'\\''s.rtf'` (LibreOffice), or open it in Word and save it as .docx"
        );
        assert!(
            foreign("kh.tif", Foreign::Image("TIFF")).starts_with("kh.tif: this is a TIFF image,")
        );
        assert!(foreign("kh.docx", Foreign::EncryptedOffice).ends_with(
            "remove the password (Word: File > Info > Protect Document) and save it again as .docx"
        ));
    }

    #[test]
    fn a_pdf_without_text_says_how_to_get_it() {
        let error = ImportError::Pdf {
            path: PathBuf::from("scan.pdf"),
            error: PdfError::NoText,
        };
        assert_eq!(
            error.to_string(),
            "scan.pdf: the PDF has no text layer (a scanned document: its pages are images); \
             recognise its text with OCR (`ocrmypdf -l vie --sidecar kh.txt scan.pdf kh-ocr.pdf` \
             writes kh.txt, to import), or ask the office for the .docx"
        );
        let error = ImportError::Pdf {
            path: PathBuf::from("kh.pdf"),
            error: PdfError::TimedOut(30),
        };
        assert_eq!(
            error.to_string(),
            "kh.pdf: `pdftotext` took longer than 30 s on the PDF and was stopped"
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
