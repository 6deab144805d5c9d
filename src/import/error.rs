//! The ways `plan import` fails, each with its wording: a document that
//! cannot be read (a broken .docx or .odt, a PDF without text or without
//! `pdftotext`, a format it does not read and how to convert it), one with
//! no task, a draft that does not pass `plan check`, and an output file
//! that would be replaced. Every message of the importer is worded here.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// Why a Word document (.docx) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("not a Word document (.docx): {0}")]
    Zip(String),
    #[error("the Word document has no word/document.xml")]
    NoBody,
    #[error("the Word document's XML is broken: {0}")]
    Xml(String),
    #[error("the Word document's text is larger than {0} bytes once unpacked (PLAN_MAX_FILE_SIZE)")]
    TooLarge(u64),
}

/// Why an OpenDocument text (.odt) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum OdtError {
    #[error("not an OpenDocument text (.odt): {0}")]
    Zip(String),
    #[error("the OpenDocument text has no content.xml")]
    NoBody,
    #[error(
        "the OpenDocument text is password-protected; open it, remove the password \
         (File > Properties > Security) and save it again"
    )]
    Encrypted,
    #[error("the OpenDocument text's XML is broken: {0}")]
    Xml(String),
    #[error(
        "the OpenDocument text's text is larger than {0} bytes once unpacked (PLAN_MAX_FILE_SIZE)"
    )]
    TooLarge(u64),
}

/// Why the text of a PDF could not be had.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The file was taken for a PDF by its name, but is not one.
    #[error("not a PDF: it does not start with \"%PDF-\"")]
    NotPdf,
    #[error(
        "reading a PDF needs `pdftotext`, which is not on PATH: install it \
         (Debian, Ubuntu: `apt install poppler-utils`), or open the PDF in Word, save it as \
         .docx and import that"
    )]
    NoPdftotext,
    #[error("`pdftotext` could not be run: {0}")]
    Run(String),
    /// The remedy follows in [`ImportError::Pdf`], which knows the file.
    #[error("the PDF has no text layer (a scanned document: its pages are images)")]
    NoText,
    #[error(
        "the PDF is password-protected; ask the office for a copy without a password, or the .docx"
    )]
    Encrypted,
    #[error("`pdftotext` could not read the PDF: {0}")]
    Failed(String),
    #[error("`pdftotext` took longer than {0} s on the PDF and was stopped")]
    TimedOut(u64),
    #[error("the PDF's text is larger than {0} bytes (PLAN_MAX_FILE_SIZE)")]
    TooLarge(u64),
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
    /// What the file is, as a noun phrase.
    fn name(self) -> &'static str {
        match self {
            Foreign::Doc => "a Word 97-2003 document (.doc)",
            Foreign::Xls => "an Excel 97-2003 workbook (.xls)",
            Foreign::Ppt => "a PowerPoint 97-2003 presentation (.ppt)",
            Foreign::Ole => "an Office 97-2003 file (OLE compound file)",
            Foreign::EncryptedOffice => "a password-protected Office document",
            Foreign::Rtf => "a Rich Text Format document (.rtf)",
            Foreign::Image(_) => "an image",
            Foreign::Xlsx => "an Excel workbook (.xlsx)",
            Foreign::Pptx => "a PowerPoint presentation (.pptx)",
            Foreign::OtherOdf => "an OpenDocument spreadsheet, presentation or drawing",
            Foreign::Zip => "a zip archive that is not a Word or OpenDocument text",
            Foreign::Html => "a web page (HTML)",
            Foreign::Mhtml => "a web archive (MHTML, .mht)",
            Foreign::Xml => "an XML file (Word 2003 XML or flat OpenDocument)",
        }
    }

    /// How to get a document `plan import` reads from the file at `path`.
    fn remedy(self, path: &Path) -> String {
        let file = shell_word(path);
        match self {
            Foreign::Doc | Foreign::Rtf | Foreign::Xml => format!(
                "convert it to .docx and import that: `soffice --headless --convert-to docx {file}` \
                 (LibreOffice), or open it in Word and save it as .docx"
            ),
            Foreign::Html | Foreign::Mhtml => format!(
                "convert it to .docx and import that: \
                 `soffice --headless --convert-to 'docx:MS Word 2007 XML' {file}` (LibreOffice), \
                 or copy the plan's text from the browser into a .txt file"
            ),
            Foreign::EncryptedOffice => {
                "open it, remove the password (Word: File > Info > Protect Document) and save \
                 it again as .docx"
                    .into()
            }
            Foreign::Image(_) => format!(
                "its text has to be recognised first (OCR: `tesseract {file} kh -l vie` writes \
                 kh.txt, to import), or ask the office for the .docx"
            ),
            Foreign::Xls
            | Foreign::Ppt
            | Foreign::Ole
            | Foreign::Xlsx
            | Foreign::Pptx
            | Foreign::OtherOdf
            | Foreign::Zip => {
                "`plan import` reads plans written as documents (.docx, .odt, .txt, PDF); ask the \
                 office for the plan's document"
                    .into()
            }
        }
    }

    /// The format named in full: an image says its kind.
    fn describe(self) -> String {
        match self {
            Foreign::Image(kind) => format!("a {kind} image"),
            other => other.name().into(),
        }
    }
}

/// What to do about a PDF with no text, which needs the file's name.
fn pdf_remedy(error: &PdfError, path: &Path) -> String {
    match error {
        PdfError::NoText => format!(
            "; recognise its text with OCR (`ocrmypdf -l vie --sidecar kh.txt {} kh-ocr.pdf` \
             writes kh.txt, to import), or ask the office for the .docx",
            shell_word(path)
        ),
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
    #[error("{}: {error}", path.display())]
    Docx { path: PathBuf, error: DocxError },
    /// An .odt file whose body cannot be read.
    #[error("{}: {error}", path.display())]
    Odt { path: PathBuf, error: OdtError },
    /// A PDF whose text cannot be had.
    #[error("{}: {error}{}", path.display(), pdf_remedy(error, path))]
    Pdf { path: PathBuf, error: PdfError },
    /// A file in a format `plan import` does not read, said by its bytes
    /// whatever its name.
    #[error(
        "{}: this is {}, which `plan import` does not read; {}",
        path.display(),
        format.describe(),
        format.remedy(path)
    )]
    Foreign { path: PathBuf, format: Foreign },
    /// A text file refused before reading (a legacy encoding, a bare CR);
    /// the diagnostic says why and is shown before the error.
    #[error("{} was not imported", .0.file.display())]
    Refused(Box<Diagnostic>),
    /// The document holds no text at all.
    #[error("{} is empty: there is nothing to import", .0.display())]
    Empty(PathBuf),
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
        "{} has {count} {} in doubt (notes above); with --strict nothing was written",
        path.display(),
        if *.count == 1 { "field" } else { "fields" }
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
