//! What a document file is, by its bytes rather than its name, and its
//! text: a Word document (.docx), an OpenDocument text (.odt), a PDF with a
//! text layer, or a UTF-8 text file. A file in a format the importer does
//! not read — a Word 97-2003 .doc, an .rtf, an image, a spreadsheet or a
//! presentation, a web page — is refused with what it is and how to
//! convert it, whatever its name says (a .doc renamed .txt is still a .doc,
//! and is never taken for text in a legacy encoding).

use std::path::Path;

use crate::error::Error;

use super::error::{Foreign, ImportError, PdfError};

/// What the bytes of a file are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Odt,
    Pdf,
    Foreign(Foreign),
}

/// The text of the document at `path`, read as any untrusted file is (a
/// regular file, `PLAN_MAX_FILE_SIZE` at most, unpacked text included).
pub fn text(path: &Path) -> Result<String, Error> {
    let bytes = crate::store::read_untrusted(path)?;
    let limit = crate::store::max_file_size();
    let path_buf = || path.to_path_buf();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match detect(&bytes, extension.as_deref()) {
        Format::Docx => super::docx::text(&bytes, limit).map_err(|error| {
            ImportError::Docx {
                path: path_buf(),
                error,
            }
            .into()
        }),
        Format::Odt => super::odt::text(&bytes, limit).map_err(|error| {
            ImportError::Odt {
                path: path_buf(),
                error,
            }
            .into()
        }),
        Format::Pdf => {
            let error = if find(&bytes[..bytes.len().min(1024)], b"%PDF-") {
                match super::pdf::text(&bytes, limit) {
                    Ok(text) => return Ok(text),
                    Err(error) => error,
                }
            } else {
                PdfError::NotPdf
            };
            Err(ImportError::Pdf {
                path: path_buf(),
                error,
            }
            .into())
        }
        Format::Foreign(format) => Err(ImportError::Foreign {
            path: path_buf(),
            format,
        }
        .into()),
        Format::Text => match crate::store::decode(path, &bytes) {
            Ok(text) => Ok(text.to_string()),
            Err(diagnostic) => Err(ImportError::Refused(diagnostic).into()),
        },
    }
}

/// What `bytes` are: their content decides; the file's `extension`
/// (lower-case) only where the content says nothing (a .docx, .odt or
/// .pdf that is no such file is read as one, to say why it is not).
pub fn detect(bytes: &[u8], extension: Option<&str>) -> Format {
    if find(&bytes[..bytes.len().min(1024)], b"%PDF-") {
        return Format::Pdf;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Format::Foreign(ole(bytes));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Format::Foreign(Foreign::Rtf);
    }
    if let Some(kind) = image(bytes) {
        return Format::Foreign(Foreign::Image(kind));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip(bytes, extension);
    }
    if let Some(markup) = markup(bytes) {
        return Format::Foreign(markup);
    }
    match extension {
        Some("docx") => Format::Docx,
        Some("odt") => Format::Odt,
        Some("pdf") => Format::Pdf,
        _ => Format::Text,
    }
}

/// Whether `needle` occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// An OLE compound file (Office 97-2003) by the streams it names, which
/// its directory spells in UTF-16.
fn ole(bytes: &[u8]) -> Foreign {
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if find(bytes, &utf16("EncryptedPackage")) {
        Foreign::EncryptedOffice
    } else if find(bytes, &utf16("WordDocument")) {
        Foreign::Doc
    } else if find(bytes, &utf16("Workbook")) || find(bytes, &utf16("Book")) {
        Foreign::Xls
    } else if find(bytes, &utf16("PowerPoint Document")) {
        Foreign::Ppt
    } else {
        Foreign::Ole
    }
}

/// The image format `bytes` start with.
fn image(bytes: &[u8]) -> Option<&'static str> {
    let kinds: [(&[u8], &str); 8] = [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"II*\0", "TIFF"),
        (b"MM\0*", "TIFF"),
        (b"BM", "BMP"),
        (b"\0\0\0\x0cjP  ", "JPEG 2000"),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP");
    }
    let (_, kind) = kinds.iter().find(|(magic, _)| bytes.starts_with(magic))?;
    // "BM" also starts text ("BMT …"): a bitmap's header says its size.
    if *kind == "BMP" && !bmp(bytes) {
        return None;
    }
    Some(kind)
}

/// Whether `bytes` are a Windows bitmap: the size in the header is the
/// file's, and the reserved words are zero.
fn bmp(bytes: &[u8]) -> bool {
    bytes.len() >= 14
        && u32::from_le_bytes([bytes[2], bytes[3], bytes[4], bytes[5]]) as usize == bytes.len()
        && bytes[6..10] == [0, 0, 0, 0]
}

/// A zip archive by what it holds: a Word document, an OpenDocument
/// (its `mimetype` says which), a spreadsheet or presentation, or none of
/// these. One that cannot be opened is read as its name says, to say why.
fn zip(bytes: &[u8], extension: Option<&str>) -> Format {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return match extension {
            Some("odt") => Format::Odt,
            _ => Format::Docx,
        };
    };
    if let Ok(mut file) = archive.by_name("mimetype") {
        let mut kind = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, 200), &mut kind);
        if kind.starts_with(b"application/vnd.oasis.opendocument.text") {
            return Format::Odt;
        }
        if kind.starts_with(b"application/vnd.oasis.opendocument.") {
            return Format::Foreign(Foreign::OtherOdf);
        }
    }
    let has = |name: &str| archive.index_for_name(name).is_some();
    if has("word/document.xml") {
        Format::Docx
    } else if has("content.xml") {
        Format::Odt
    } else if has("xl/workbook.xml") {
        Format::Foreign(Foreign::Xlsx)
    } else if has("ppt/presentation.xml") {
        Format::Foreign(Foreign::Pptx)
    } else {
        Format::Foreign(Foreign::Zip)
    }
}

/// A web page, a web archive or an XML file, by how it starts (after a
/// byte-order mark and white space).
fn markup(bytes: &[u8]) -> Option<Foreign> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = &start[start.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    let head: Vec<u8> = start
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    if head.starts_with(b"mime-version:") && find(&head, b"multipart/related") {
        return Some(Foreign::Mhtml);
    }
    if !head.starts_with(b"<") {
        return None;
    }
    let html = [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
    ];
    if html.iter().any(|tag| head.starts_with(tag)) || find(&head, b"<html") {
        Some(Foreign::Html)
    } else if head.starts_with(b"<?xml") {
        Some(Foreign::Xml)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn foreign(bytes: &[u8]) -> Foreign {
        match detect(bytes, Some("txt")) {
            Format::Foreign(f) => f,
            other => panic!("{other:?}"),
        }
    }

    /// An OLE header followed by a stream name in UTF-16.
    fn ole_with(stream: &str) -> Vec<u8> {
        let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        bytes.resize(512, 0);
        bytes.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn office_97_files_are_told_apart_by_their_streams() {
        assert_eq!(foreign(&ole_with("WordDocument")), Foreign::Doc);
        assert_eq!(foreign(&ole_with("Workbook")), Foreign::Xls);
        assert_eq!(foreign(&ole_with("PowerPoint Document")), Foreign::Ppt);
        assert_eq!(
            foreign(&ole_with("EncryptedPackage")),
            Foreign::EncryptedOffice
        );
        assert_eq!(foreign(&ole_with("Other")), Foreign::Ole);
    }

    #[test]
    fn images_by_their_magic_bytes() {
        assert_eq!(foreign(b"\x89PNG\r\n\x1a\n\0\0"), Foreign::Image("PNG"));
        assert_eq!(
            foreign(b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            Foreign::Image("JPEG")
        );
        assert_eq!(foreign(b"GIF89a\x01\0"), Foreign::Image("GIF"));
        assert_eq!(foreign(b"II*\0\x08\0\0\0"), Foreign::Image("TIFF"));
        assert_eq!(foreign(b"MM\0*\0\0\0\x08"), Foreign::Image("TIFF"));
        assert_eq!(foreign(b"RIFF\x10\0\0\0WEBPVP8 "), Foreign::Image("WebP"));
        let mut bmp = b"BM\x10\0\0\0\0\0\0\0\x0e\0\0\0".to_vec();
        bmp.extend([0, 0]);
        assert_eq!(foreign(&bmp), Foreign::Image("BMP"));
    }

    #[test]
    fn text_that_starts_like_a_bitmap_is_text() {
        assert_eq!(detect("BMT huyện\n".as_bytes(), Some("txt")), Format::Text);
    }

    #[test]
    fn rtf_web_pages_and_xml() {
        assert_eq!(foreign(br"{\rtf1\ansi\deff0 KH}"), Foreign::Rtf);
        assert_eq!(
            foreign(b"\xEF\xBB\xBF\n  <!DOCTYPE html><html>"),
            Foreign::Html
        );
        assert_eq!(foreign(b"<HTML><BODY>K</BODY></HTML>"), Foreign::Html);
        assert_eq!(
            foreign(b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"),
            Foreign::Html
        );
        assert_eq!(
            foreign(b"<?xml version=\"1.0\"?><w:wordDocument>"),
            Foreign::Xml
        );
        assert_eq!(
            foreign(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x"),
            Foreign::Mhtml
        );
    }

    #[test]
    fn a_pdf_is_a_pdf_whatever_its_name() {
        assert_eq!(detect(b"%PDF-1.7\n", Some("docx")), Format::Pdf);
        assert_eq!(detect(b"\n\n%PDF-1.4\n", None), Format::Pdf);
    }

    #[test]
    fn text_is_text_and_the_name_counts_only_when_the_bytes_say_nothing() {
        assert_eq!(detect("KẾ HOẠCH\n".as_bytes(), Some("doc")), Format::Text);
        assert_eq!(detect(b"KH\n", Some("docx")), Format::Docx);
        assert_eq!(detect(b"KH\n", Some("odt")), Format::Odt);
        assert_eq!(detect(b"KH\n", Some("pdf")), Format::Pdf);
        assert_eq!(detect(b"<b>KH</b>\n", None), Format::Text);
    }

    /// A zip archive holding `files` (name, content).
    fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        for (name, content) in files {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            std::io::Write::write_all(&mut zip, content.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn zip_archives_by_what_they_hold() {
        let odt = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<x/>"),
        ]);
        assert_eq!(detect(&odt, Some("zip")), Format::Odt);
        let ods = zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<x/>"),
        ]);
        assert_eq!(
            detect(&ods, Some("odt")),
            Format::Foreign(Foreign::OtherOdf)
        );
        let docx = zip_of(&[("word/document.xml", "<x/>")]);
        assert_eq!(detect(&docx, Some("odt")), Format::Docx);
        let xlsx = zip_of(&[("xl/workbook.xml", "<x/>")]);
        assert_eq!(detect(&xlsx, Some("docx")), Format::Foreign(Foreign::Xlsx));
        let pptx = zip_of(&[("ppt/presentation.xml", "<x/>")]);
        assert_eq!(detect(&pptx, None), Format::Foreign(Foreign::Pptx));
        let other = zip_of(&[("a.txt", "KH")]);
        assert_eq!(detect(&other, Some("docx")), Format::Foreign(Foreign::Zip));
        // A zip cut short is read as its name says, to say why it fails.
        assert_eq!(detect(&docx[..20], Some("odt")), Format::Odt);
        assert_eq!(detect(&docx[..20], Some("zip")), Format::Docx);
    }
}
