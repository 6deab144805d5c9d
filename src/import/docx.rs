//! The text of a Word document (.docx): each paragraph of the body is a
//! line; each table row is a line with its cells separated by a tab, the
//! paragraphs of a cell joined by a space. Read with zip and quick-xml.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, Event};

pub use super::error::DocxError;

/// The lines of text of a .docx file's body, which may unpack to `limit`
/// bytes at most.
pub fn text(bytes: &[u8], limit: u64) -> Result<String, DocxError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Zip(e.to_string()))?;
    // A few kilobytes of zip can unpack to gigabytes: the body is read to
    // the limit of any file read.
    let body = archive
        .by_name("word/document.xml")
        .map_err(|_| DocxError::NoBody)?;
    let mut bytes = Vec::new();
    body.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| DocxError::Xml(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(DocxError::TooLarge(limit));
    }
    let xml = String::from_utf8(bytes).map_err(|e| DocxError::Xml(e.to_string()))?;
    body_text(&xml)
}

/// Lines from the XML of a document body.
fn body_text(xml: &str) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    // Text of the paragraph being read.
    let mut paragraph = String::new();
    // Cells of the table row being read, and the paragraphs of the cell.
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<Vec<String>> = None;
    let mut table_depth = 0usize;
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| DocxError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tbl" => table_depth += 1,
                "tr" if table_depth == 1 => row = Some(Vec::new()),
                "tc" if table_depth == 1 => cell = Some(Vec::new()),
                "p" => paragraph.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => paragraph.push('\t'),
                "br" | "cr" => paragraph.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.push_str(&t),
            Event::GeneralRef(r) if in_text => paragraph.extend(reference(&r)),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let text = std::mem::take(&mut paragraph);
                    match &mut cell {
                        Some(cell) => cell.push(text.replace(['\n', '\t'], " ").trim().to_string()),
                        None if table_depth == 0 => {
                            out.push_str(text.trim_end());
                            out.push('\n');
                        }
                        // Paragraphs of nested tables join their cell.
                        None => {}
                    }
                }
                "tc" if table_depth == 1 => {
                    if let (Some(row), Some(cell)) = (&mut row, cell.take()) {
                        let parts: Vec<String> =
                            cell.into_iter().filter(|p| !p.is_empty()).collect();
                        row.push(parts.join(" "));
                    }
                }
                "tr" if table_depth == 1 => {
                    if let Some(row) = row.take() {
                        out.push_str(&row.join("\t"));
                        out.push('\n');
                    }
                }
                "tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The character an XML reference stands for: a character reference or
/// one of the five predefined entities. Other entities (a DTD's) stand for
/// nothing: a document's DTD is never expanded.
pub(super) fn reference(r: &BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match &**r {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn paragraphs_become_lines_and_runs_join() {
        let xml = format!(
            r#"<w:document {NS}><w:body><w:p><w:r><w:t>KẾ </w:t></w:r><w:r><w:t>HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Sở VH,TT&amp;DL</w:t></w:r></w:p></w:body></w:document>"#
        );
        assert_eq!(body_text(&xml).unwrap(), "KẾ HOẠCH\nSở VH,TT&DL\n");
    }

    #[test]
    fn table_rows_become_tab_separated_lines() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let xml = format!(
            "<w:document {NS}><w:body><w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc><w:p><w:r><w:t>Phòng Văn hóa,</w:t></w:r></w:p><w:p><w:r><w:t>Thông tin</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p></w:body></w:document>",
            cell("STT"),
            cell("Chủ trì"),
            cell("1")
        );
        assert_eq!(
            body_text(&xml).unwrap(),
            "STT\tChủ trì\n1\tPhòng Văn hóa, Thông tin\nNơi nhận:\n"
        );
    }

    #[test]
    fn not_a_zip_is_an_error() {
        assert!(matches!(
            text(b"plain text", u64::MAX),
            Err(DocxError::Zip(_))
        ));
    }
}
