//! The text of a Word document (.docx): each paragraph of the body is a
//! line, starting with the number or bullet Word draws for it when it is
//! an item of an automatic list; each table row is a line with its cells
//! separated by a tab, the paragraphs of a cell joined by a space. Read
//! with zip and quick-xml.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, Event};

pub use super::error::DocxError;
use super::numbering::DocxNumbering;

/// The lines of text of a .docx file's body, which may unpack to `limit`
/// bytes at most.
pub fn text(bytes: &[u8], limit: u64) -> Result<String, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError::Zip(super::error::zip_reason(&e)))?;
    // A few kilobytes of zip can unpack to gigabytes: the body is read to
    // the limit of any file read.
    let body = archive
        .by_name("word/document.xml")
        .map_err(|_| DocxError::NoBody)?;
    let mut bytes = Vec::new();
    body.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| DocxError::Xml(crate::error::io_reason(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(DocxError::TooLarge(limit));
    }
    let xml = String::from_utf8(bytes).map_err(|e| DocxError::Xml(e.to_string()))?;
    let mut numbering = numbering(&mut archive, limit);
    body_text(&xml, &mut numbering, limit)
}

/// The document's lists (word/numbering.xml) and the paragraph styles
/// that number with them (word/styles.xml), each read to the limit too;
/// none when it has none or they cannot be read.
fn numbering(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, limit: u64) -> DocxNumbering {
    let mut part = |name: &str| {
        let mut bytes = Vec::new();
        if let Ok(file) = archive.by_name(name) {
            let _ = file.take(limit).read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let mut numbering = DocxNumbering::parse(&part("word/numbering.xml"));
    numbering.read_styles(&part("word/styles.xml"));
    numbering
}

/// Lines from the XML of a document body, list items numbered as
/// `numbering` says; `limit` bytes at most (list labels are text the XML
/// does not hold, so the text can be longer than the XML).
fn body_text(xml: &str, numbering: &mut DocxNumbering, limit: u64) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    // Text of the paragraph being read.
    let mut paragraph = String::new();
    // Cells of the table row being read, and the paragraphs of the cell.
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<Vec<String>> = None;
    let mut table_depth = 0usize;
    let mut in_text = false;
    // Inside a paragraph's properties (whose w:tab are tab stops, not
    // text), and inside a record of their earlier value.
    let mut properties = 0usize;
    let mut change = 0usize;
    // The list the paragraph is an item of ("0": none, whatever its style
    // says), its level, and the paragraph's style.
    let mut list: Option<String> = None;
    let mut level: Option<usize> = None;
    let mut style: Option<String> = None;
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
                "p" => {
                    paragraph.clear();
                    list = None;
                    level = None;
                    style = None;
                }
                "pPr" => properties += 1,
                "pPrChange" => change += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "numId" if properties > 0 && change == 0 => list = value(&e),
                "ilvl" if properties > 0 && change == 0 => {
                    level = value(&e).and_then(|v| v.parse().ok());
                }
                "pStyle" if properties > 0 && change == 0 => style = value(&e),
                "tab" if properties == 0 => paragraph.push('\t'),
                "br" | "cr" => paragraph.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.push_str(&t),
            Event::GeneralRef(r) if in_text => paragraph.extend(reference(&r)),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "pPr" => properties = properties.saturating_sub(1),
                "pPrChange" => change = change.saturating_sub(1),
                "p" => {
                    let mut text = std::mem::take(&mut paragraph);
                    let item = match (list.take(), style.take()) {
                        (Some(id), _) => Some((id, level.unwrap_or(0))),
                        (None, Some(style)) => numbering
                            .of_style(&style)
                            .map(|(id, l)| (id, level.unwrap_or(l))),
                        (None, None) => None,
                    };
                    let label = item
                        .filter(|(id, _)| id != "0")
                        .and_then(|(id, level)| numbering.next(&id, level));
                    if let Some(label) = label {
                        text = format!("{label} {}", text.trim_start());
                    }
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
        if out.len() as u64 > limit {
            return Err(DocxError::TooLarge(limit));
        }
    }
    Ok(out)
}

/// The `w:val` of an element.
fn value(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .map(|a| a.value.into_owned())
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
        assert_eq!(
            body_text(&xml, &mut DocxNumbering::default(), u64::MAX).unwrap(),
            "KẾ HOẠCH\nSở VH,TT&DL\n"
        );
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
            body_text(&xml, &mut DocxNumbering::default(), u64::MAX).unwrap(),
            "STT\tChủ trì\n1\tPhòng Văn hóa, Thông tin\nNơi nhận:\n"
        );
    }

    #[test]
    fn items_of_automatic_lists_start_with_their_number_and_tab_stops_are_not_text() {
        let numbering = format!(
            r#"<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        );
        let item = |level: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let xml = format!(
            r#"<w:document {NS}><w:body>{}{}{}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Nơi nhận:</w:t></w:r></w:p></w:body></w:document>"#,
            item(0, "Rà soát"),
            item(1, "Chủ trì: Phòng Tư pháp."),
            item(0, "Tuyên truyền")
        );
        assert_eq!(
            body_text(&xml, &mut DocxNumbering::parse(&numbering), u64::MAX).unwrap(),
            "1. Rà soát\n- Chủ trì: Phòng Tư pháp.\n2. Tuyên truyền\nNơi nhận:\n"
        );
    }

    #[test]
    fn a_heading_style_linked_to_a_list_numbers_its_paragraphs_unless_told_not_to() {
        let mut numbering = DocxNumbering::parse(&format!(
            r#"<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        ));
        numbering.read_styles(&format!(
            r#"<w:styles {NS}><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>"#
        ));
        let heading = |text: &str, props: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let xml = format!(
            "<w:document {NS}><w:body>{}{}{}</w:body></w:document>",
            heading("MỤC ĐÍCH, YÊU CẦU", ""),
            heading("Phụ lục", r#"<w:numPr><w:numId w:val="0"/></w:numPr>"#),
            heading("NỘI DUNG", "")
        );
        assert_eq!(
            body_text(&xml, &mut numbering, u64::MAX).unwrap(),
            "I. MỤC ĐÍCH, YÊU CẦU\nPhụ lục\nII. NỘI DUNG\n"
        );
    }

    #[test]
    fn list_labels_count_against_the_limit() {
        let numbering = format!(
            r#"<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="{}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#,
            "%1.".repeat(100)
        );
        let item = r#"<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:p>"#;
        let xml = format!(
            "<w:document {NS}><w:body>{}</w:body></w:document>",
            item.repeat(200)
        );
        // 200 paragraphs of 70 bytes give 6,600 bytes of labels.
        let got = body_text(&xml, &mut DocxNumbering::parse(&numbering), 2000);
        assert!(matches!(got, Err(DocxError::TooLarge(_))), "{got:?}");
    }

    #[test]
    fn not_a_zip_is_an_error() {
        assert!(matches!(
            text(b"plain text", u64::MAX),
            Err(DocxError::Zip(_))
        ));
    }
}
