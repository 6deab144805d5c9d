//! The text of an OpenDocument text (.odt, as LibreOffice writes it), in
//! the shape the .docx reader gives, so that every layout the importer
//! reads in a Word document it reads here too: each paragraph (`text:p`,
//! `text:h`, a list item's paragraphs) is a line; each table row
//! (`table:table-row`) is a line with its cells separated by a tab, the
//! paragraphs of a cell joined by a space, a merged cell once; an item of
//! an automatic list starts with its number or bullet. Spaces
//! (`text:s`, `text:c` of them), tabs and line breaks are the characters
//! they stand for; spans, links and soft page breaks leave the text as it
//! is. Footnotes, comments, tracked deletions, alternative text and
//! generated indexes are not the document's text and are left out. The
//! archive is read with zip and content.xml with quick-xml, to the size
//! limit of any file read.

use std::io::{Cursor, Read};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::docx::reference;
pub use super::error::OdtError;
use super::odf::{Lists, OFFICE, SVG, TABLE, TEXT, count};

/// More spaces than one `text:s` stands for in a real document; a larger
/// `text:c` counts as this many.
const MAX_SPACES: usize = 1000;
/// More cells than a row of a real plan's table; a larger
/// `table:number-columns-repeated` counts as this many.
const MAX_REPEAT: usize = 256;

/// The lines of text of an .odt file's body, which may unpack to `limit`
/// bytes at most (the XML, and the text read from it).
pub fn text(bytes: &[u8], limit: u64) -> Result<String, OdtError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| OdtError::Zip(super::error::zip_reason(&e)))?;
    if encrypted(&mut archive) {
        return Err(OdtError::Encrypted);
    }
    // A few kilobytes of zip can unpack to gigabytes: read to the limit.
    let body = match archive.by_name("content.xml") {
        Ok(body) => body,
        Err(zip::result::ZipError::FileNotFound) => return Err(OdtError::NoBody),
        Err(e) => return Err(OdtError::Zip(super::error::zip_reason(&e))),
    };
    let mut bytes = Vec::new();
    body.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| OdtError::Xml(crate::error::io_reason(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(OdtError::TooLarge(limit));
    }
    let xml = String::from_utf8(bytes).map_err(|e| OdtError::Xml(e.to_string()))?;
    body_text(&xml, &styles(&mut archive, limit), limit)
}

/// styles.xml, where named list styles are, read to the limit; empty when
/// it is missing or cannot be read.
fn styles(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, limit: u64) -> String {
    let mut bytes = Vec::new();
    if let Ok(file) = archive.by_name("styles.xml") {
        let _ = file.take(limit).read_to_end(&mut bytes);
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// Whether the manifest says the parts are encrypted (a password was set
/// when the document was saved): content.xml is then no XML.
fn encrypted(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    let Ok(manifest) = archive.by_name("META-INF/manifest.xml") else {
        return false;
    };
    let mut bytes = Vec::new();
    // A manifest lists a few dozen files; a megabyte is far more.
    if manifest.take(1 << 20).read_to_end(&mut bytes).is_err() {
        return false;
    }
    memchr::memmem::find(&bytes, b"encryption-data").is_some()
}

/// A paragraph being read: its text, and whether the last character came
/// from white space in the XML (runs of which count as one space).
#[derive(Default)]
struct Paragraph {
    text: String,
    after_space: bool,
}

impl Paragraph {
    /// A paragraph starting with `number` (a list item's, when written).
    fn new(number: Option<String>) -> Self {
        let mut text = number.unwrap_or_default();
        if !text.is_empty() {
            text.push(' ');
        }
        Paragraph {
            text,
            after_space: true,
        }
    }

    /// Characters as written in the XML: white space collapsed, and none
    /// at the start (ODF's rule for the content of a paragraph).
    fn literal(&mut self, text: &str) {
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\r' | '\n') {
                if !self.after_space {
                    self.text.push(' ');
                    self.after_space = true;
                }
            } else {
                self.text.push(c);
                self.after_space = false;
            }
        }
    }

    /// Characters an element stands for (`text:s`, `text:tab`, …): kept.
    fn element(&mut self, text: &str) {
        self.text.push_str(text);
        self.after_space = false;
    }
}

/// Where the reader is in content.xml.
#[derive(Default)]
struct State {
    out: String,
    /// Paragraphs open, innermost last (a text box's paragraphs sit inside
    /// one of the body's).
    paragraphs: Vec<Paragraph>,
    /// A list item's number, when the document writes it as text, for the
    /// paragraph that follows.
    number: Option<String>,
    in_number: bool,
    /// Cells of the table row being read, and the paragraphs of the cell
    /// with the number of times it repeats.
    row: Option<Vec<String>>,
    cell: Option<(Vec<String>, usize)>,
    /// Covered cells still to come that a merged cell spans across.
    spanned: usize,
    table_depth: usize,
    /// Depth inside an element whose text is not the document's.
    skip: usize,
    /// Text the reader may still make from the elements that multiply it
    /// (spaces, repeated cells).
    budget: u64,
    limit: u64,
    lists: Lists,
}

/// Lines from the XML of an .odt body, its lists numbered as its list
/// styles and those of `styles` say; `limit` bytes of text at most.
fn body_text(xml: &str, styles: &str, limit: u64) -> Result<String, OdtError> {
    let mut reader = NsReader::from_str(xml);
    let mut s = State {
        budget: limit,
        limit,
        lists: Lists::new(&[styles, xml]),
        ..State::default()
    };
    loop {
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| OdtError::Xml(e.to_string()))?;
        let ns = match ns {
            ResolveResult::Bound(ns) => ns.0.to_string(),
            _ => String::new(),
        };
        if s.skip > 0 {
            match event {
                Event::Start(_) => s.skip += 1,
                Event::End(_) => s.skip -= 1,
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(e) => {
                let local = e.local_name();
                s.start(&reader, &ns, local.as_ref(), &e)?;
            }
            Event::Empty(e) => {
                let local = e.local_name();
                s.empty(&reader, &ns, local.as_ref(), &e)?;
            }
            Event::Text(t) => s.literal(&t),
            Event::GeneralRef(r) => {
                if let Some(c) = reference(&r) {
                    s.literal(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::CData(t) => s.literal(&t),
            Event::End(e) => {
                let local = e.local_name();
                s.end(&ns, local.as_ref())?;
            }
            Event::Eof => break,
            _ => {}
        }
        if s.out.len() as u64 > limit {
            return Err(OdtError::TooLarge(limit));
        }
    }
    Ok(s.out)
}

/// Whether an element holds text that is not the document's: notes,
/// comments, tracked changes, alternative text, generated indexes.
fn skipped(ns: &str, local: &str) -> bool {
    match ns {
        TEXT => matches!(
            local,
            "note"
                | "tracked-changes"
                | "table-of-content"
                | "alphabetical-index"
                | "illustration-index"
                | "table-index"
                | "object-index"
                | "user-index"
                | "bibliography"
        ),
        OFFICE => local == "annotation",
        SVG => matches!(local, "title" | "desc"),
        _ => false,
    }
}

impl State {
    fn start(
        &mut self,
        reader: &NsReader<&[u8]>,
        ns: &str,
        local: &str,
        e: &BytesStart<'_>,
    ) -> Result<(), OdtError> {
        if skipped(ns, local) {
            self.skip = 1;
            return Ok(());
        }
        match (ns, local) {
            (TEXT, "p" | "h") => {
                let label = match local {
                    "h" => self.lists.heading(count(reader, e, TEXT, "outline-level")),
                    _ => self.lists.label(),
                };
                let number = self.number.take().or(label);
                self.paragraphs.push(Paragraph::new(number));
            }
            (TEXT, "number") => self.in_number = true,
            (TEXT, "list") => self.lists.open_list(reader, e),
            (TEXT, "list-item") => self.lists.open_item(true),
            (TEXT, "list-header") => self.lists.open_item(false),
            (TABLE, "table") => self.table_depth += 1,
            (TABLE, "table-row") if self.table_depth == 1 => {
                self.row = Some(Vec::new());
                self.spanned = 0;
            }
            (TABLE, "table-cell") if self.table_depth == 1 => {
                self.spanned = count(reader, e, TABLE, "number-columns-spanned") - 1;
                let repeat = count(reader, e, TABLE, "number-columns-repeated");
                self.cell = Some((Vec::new(), repeat));
            }
            (TABLE, "covered-table-cell") if self.table_depth == 1 => {
                self.covered(count(reader, e, TABLE, "number-columns-repeated"))?;
                // What a covered cell holds is hidden by the cell over it.
                self.skip = 1;
            }
            _ => self.empty(reader, ns, local, e)?,
        }
        Ok(())
    }

    fn empty(
        &mut self,
        reader: &NsReader<&[u8]>,
        ns: &str,
        local: &str,
        e: &BytesStart<'_>,
    ) -> Result<(), OdtError> {
        match (ns, local) {
            (TEXT, "s") => {
                let n = count(reader, e, TEXT, "c").min(MAX_SPACES);
                self.spend(n)?;
                self.element(&" ".repeat(n));
            }
            (TEXT, "tab") => self.element("\t"),
            (TEXT, "line-break") => self.element("\n"),
            (TEXT, "p" | "h") => {
                let label = self.lists.label();
                let number = self.number.take().or(label);
                self.end_paragraph(Paragraph::new(number))?;
            }
            (TABLE, "table-cell") if self.table_depth == 1 => {
                self.spanned = count(reader, e, TABLE, "number-columns-spanned") - 1;
                let repeat = count(reader, e, TABLE, "number-columns-repeated");
                self.push_cells(String::new(), repeat)?;
            }
            (TABLE, "covered-table-cell") if self.table_depth == 1 => {
                self.covered(count(reader, e, TABLE, "number-columns-repeated"))?;
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, ns: &str, local: &str) -> Result<(), OdtError> {
        match (ns, local) {
            (TEXT, "p" | "h") => {
                if let Some(paragraph) = self.paragraphs.pop() {
                    self.end_paragraph(paragraph)?;
                }
            }
            (TEXT, "number") => {
                self.in_number = false;
                match self.paragraphs.last_mut() {
                    Some(p) if !p.text.ends_with(char::is_whitespace) => p.element(" "),
                    _ => {}
                }
            }
            (TABLE, "table-cell") if self.table_depth == 1 => {
                if let Some((parts, repeat)) = self.cell.take() {
                    let parts: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
                    self.push_cells(parts.join(" "), repeat)?;
                }
            }
            (TABLE, "table-row") if self.table_depth == 1 => {
                if let Some(row) = self.row.take() {
                    self.out.push_str(&row.join("\t"));
                    self.out.push('\n');
                }
            }
            (TABLE, "table") => self.table_depth = self.table_depth.saturating_sub(1),
            (TEXT, "list") => self.lists.close_list(),
            _ => {}
        }
        Ok(())
    }

    /// A paragraph read: a line of the body, or a part of its cell.
    fn end_paragraph(&mut self, paragraph: Paragraph) -> Result<(), OdtError> {
        let text = paragraph.text;
        match &mut self.cell {
            Some((cell, _)) => cell.push(text.replace(['\n', '\t'], " ").trim().to_string()),
            None if self.table_depth == 0 => {
                self.out.push_str(text.trim_end());
                self.out.push('\n');
            }
            // Paragraphs of nested tables join their cell.
            None => {}
        }
        Ok(())
    }

    /// `repeat` covered cells: those a merged cell spans across are that
    /// cell; those under a cell merged down are empty cells of their row.
    fn covered(&mut self, repeat: usize) -> Result<(), OdtError> {
        let across = repeat.min(self.spanned);
        self.spanned -= across;
        self.push_cells(String::new(), repeat - across)
    }

    fn push_cells(&mut self, text: String, repeat: usize) -> Result<(), OdtError> {
        let repeat = repeat.min(MAX_REPEAT);
        if let Some(row) = &mut self.row {
            if repeat > 1 {
                let cost = (text.len() + 1) * (repeat - 1);
                self.budget = self
                    .budget
                    .checked_sub(cost as u64)
                    .ok_or(OdtError::TooLarge(self.limit))?;
            }
            row.extend(std::iter::repeat_n(text, repeat));
        }
        Ok(())
    }

    fn spend(&mut self, n: usize) -> Result<(), OdtError> {
        self.budget = self
            .budget
            .checked_sub(n as u64)
            .ok_or(OdtError::TooLarge(self.limit))?;
        Ok(())
    }

    fn literal(&mut self, text: &str) {
        if self.in_number && self.paragraphs.is_empty() {
            self.number.get_or_insert_default().push_str(text.trim());
        } else if let Some(p) = self.paragraphs.last_mut() {
            p.literal(text);
        }
    }

    fn element(&mut self, text: &str) {
        if let Some(p) = self.paragraphs.last_mut() {
            p.element(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `body` inside an office document's text, with the namespaces.
    fn doc(body: &str) -> String {
        format!(
            r#"<office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:table="{TABLE}" xmlns:svg="{SVG}" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        )
    }

    fn read(body: &str) -> String {
        body_text(&doc(body), "", u64::MAX).unwrap()
    }

    #[test]
    fn paragraphs_headings_and_list_items_become_lines() {
        assert_eq!(
            read(
                r#"<text:h text:outline-level="1">KẾ <text:span>HOẠCH</text:span></text:h><text:p>Sở VH,TT&amp;DL</text:p><text:list><text:list-item><text:p>- Chủ trì: Phòng Tư pháp.</text:p></text:list-item><text:list-item><text:p>- Phối hợp: Công an huyện.</text:p></text:list-item></text:list><text:p/>"#
            ),
            "KẾ HOẠCH\nSở VH,TT&DL\n- Chủ trì: Phòng Tư pháp.\n- Phối hợp: Công an huyện.\n\n"
        );
    }

    #[test]
    fn spaces_tabs_and_line_breaks_are_the_characters_they_stand_for() {
        assert_eq!(
            read(
                r#"<text:p>Số: 58/KH-UBND<text:s text:c="3"/>Thọ Xuân<text:tab/>ngày<text:s/>14<text:line-break/>tháng 3</text:p>"#
            ),
            "Số: 58/KH-UBND   Thọ Xuân\tngày 14\ntháng 3\n"
        );
    }

    #[test]
    fn white_space_of_the_xml_counts_as_one_space_and_none_at_the_start() {
        assert_eq!(
            read("<text:p>\n    Phòng   Văn hóa\n    và Thông tin\n</text:p>"),
            "Phòng Văn hóa và Thông tin\n"
        );
    }

    #[test]
    fn soft_page_breaks_spans_and_links_leave_the_text_whole() {
        assert_eq!(
            read(
                r#"<text:p>Phòng Tài nguyên<text:soft-page-break/> và <text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink">Môi trường</text:a></text:p><text:soft-page-break/><text:p>Tháng 4/2023</text:p>"#
            ),
            "Phòng Tài nguyên và Môi trường\nTháng 4/2023\n"
        );
    }

    #[test]
    fn table_rows_become_tab_separated_lines_as_in_a_word_document() {
        let cell = |t: &str| format!("<table:table-cell><text:p>{t}</text:p></table:table-cell>");
        let xml = format!(
            "<table:table><table:table-column/><table:table-header-rows><table:table-row>{}{}</table:table-row></table:table-header-rows><table:table-row>{}<table:table-cell><text:p>Phòng Văn hóa,</text:p><text:p>Thông tin</text:p></table:table-cell></table:table-row></table:table><text:p>Nơi nhận:</text:p>",
            cell("STT"),
            cell("Chủ trì"),
            cell("1")
        );
        assert_eq!(
            read(&xml),
            "STT\tChủ trì\n1\tPhòng Văn hóa, Thông tin\nNơi nhận:\n"
        );
    }

    #[test]
    fn a_merged_cell_is_one_cell_and_cells_under_a_cell_merged_down_are_empty() {
        let xml = r#"<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>I. Tuyên truyền</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-rows-spanned="2"><text:p>Quý II</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>Họp</text:p></table:table-cell><table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell></table:table-row></table:table>"#;
        assert_eq!(read(xml), "I. Tuyên truyền\tQuý II\n1\tHọp\t\n");
    }

    #[test]
    fn a_nested_table_joins_its_cell() {
        let xml = r#"<table:table><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>"#;
        assert_eq!(read(xml), "1\ta b\n");
    }

    #[test]
    fn notes_comments_deletions_and_indexes_are_left_out() {
        let xml = r#"<text:tracked-changes><text:changed-region><text:deletion><text:p>xoá</text:p></text:deletion></text:changed-region></text:tracked-changes><text:table-of-content><text:index-body><text:p>I. MỤC ĐÍCH<text:tab/>1</text:p></text:index-body></text:table-of-content><text:p>Căn cứ Luật<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Luật số 72</text:p></text:note-body></text:note> Bảo vệ<office:annotation><text:p>xem lại</text:p></office:annotation> môi trường;</text:p><text:p><draw:frame><svg:title>Logo</svg:title><draw:text-box><text:p>KẾ HOẠCH</text:p></draw:text-box></draw:frame></text:p>"#;
        assert_eq!(read(xml), "Căn cứ Luật Bảo vệ môi trường;\nKẾ HOẠCH\n\n");
    }

    #[test]
    fn a_list_number_written_as_text_starts_its_paragraph() {
        let xml = r#"<text:list><text:list-item><text:number>1.</text:number><text:p>Rà soát</text:p></text:list-item></text:list><text:h><text:number>II.</text:number>NỘI DUNG</text:h>"#;
        assert_eq!(read(xml), "1. Rà soát\nII. NỘI DUNG\n");
    }

    #[test]
    fn items_of_automatic_lists_start_with_their_number_or_bullet() {
        let styles = format!(
            r#"<office:document-styles xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/><text:list-level-style-bullet text:level="3" text:bullet-char="-"/></text:list-style></office:styles></office:document-styles>"#
        );
        let xml = doc(
            r#"<text:list text:style-name="L1"><text:list-item><text:p>Rà soát</text:p><text:list><text:list-item><text:p>Thôn 1</text:p><text:p>tiếp</text:p></text:list-item><text:list-item><text:p>Thôn 2</text:p><text:list><text:list-item><text:p>Chủ trì: X.</text:p></text:list-item></text:list></text:list-item></text:list></text:list-item><text:list-header><text:p>Ghi chú</text:p></text:list-header><text:list-item><text:p>Tuyên truyền</text:p></text:list-item></text:list><text:p>Nơi nhận:</text:p><text:list text:style-name="L1"><text:list-item><text:p>Lại</text:p></text:list-item></text:list><text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Tiếp</text:p></text:list-item></text:list>"#,
        );
        assert_eq!(
            body_text(&xml, &styles, u64::MAX).unwrap(),
            "1. Rà soát\n1.1. Thôn 1\ntiếp\n1.2. Thôn 2\n- Chủ trì: X.\nGhi chú\n2. Tuyên truyền\nNơi nhận:\n1. Lại\n2. Tiếp\n"
        );
    }

    #[test]
    fn headings_take_their_number_from_a_numbered_outline() {
        let styles = format!(
            r#"<office:document-styles xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/><text:outline-level-style text:level="2" style:num-format=""/></text:outline-style></office:document-styles>"#
        );
        let xml = doc(
            r#"<text:h text:outline-level="1">MỤC ĐÍCH</text:h><text:h text:outline-level="2">Mục đích</text:h><text:h text:outline-level="1">NỘI DUNG</text:h>"#,
        );
        assert_eq!(
            body_text(&xml, &styles, u64::MAX).unwrap(),
            "I. MỤC ĐÍCH\nMục đích\nII. NỘI DUNG\n"
        );
        // LibreOffice's own outline numbers nothing.
        assert_eq!(
            read(r#"<text:h text:outline-level="1">KH</text:h>"#),
            "KH\n"
        );
    }

    #[test]
    fn multiplied_spaces_and_cells_stop_at_the_limit() {
        let spaces = doc(&r#"<text:p><text:s text:c="4000000000"/></text:p>"#.repeat(50));
        assert!(matches!(
            body_text(&spaces, "", 10_000),
            Err(OdtError::TooLarge(10_000))
        ));
        let cells = doc(&format!(
            r#"<table:table>{}</table:table>"#,
            r#"<table:table-row><table:table-cell table:number-columns-repeated="99999999"><text:p>xxxxxxxxxxxxxxxx</text:p></table:table-cell></table:table-row>"#.repeat(50)
        ));
        assert!(matches!(
            body_text(&cells, "", 10_000),
            Err(OdtError::TooLarge(10_000))
        ));
    }

    /// The same document saved by LibreOffice as .odt and as .docx (a
    /// header table, a task table with a cell of two paragraphs) reads as
    /// the same text.
    #[test]
    fn an_odt_reads_as_its_word_document_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/formats");
        let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
        let odt = text(&read("huyen-antt-table.odt"), u64::MAX).unwrap();
        let docx = super::super::docx::text(&read("huyen-antt-table.docx"), u64::MAX).unwrap();
        assert_eq!(odt, docx);
        assert!(odt.contains("1\tTuyên truyền kiến thức"), "{odt}");
    }

    #[test]
    fn an_unpacked_body_past_the_limit_is_refused() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/formats");
        let odt = std::fs::read(dir.join("huyen-vsmt-labels.odt")).unwrap();
        assert!(matches!(text(&odt, 1000), Err(OdtError::TooLarge(1000))));
    }

    #[test]
    fn a_document_saved_with_a_password_says_so() {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("META-INF/manifest.xml", options).unwrap();
        std::io::Write::write_all(
            &mut zip,
            br#"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"#,
        )
        .unwrap();
        zip.start_file("content.xml", options).unwrap();
        std::io::Write::write_all(&mut zip, b"\x8f\x01\xfe").unwrap();
        zip.finish().unwrap();
        assert!(matches!(
            text(out.get_ref(), u64::MAX),
            Err(OdtError::Encrypted)
        ));
    }

    #[test]
    fn broken_xml_and_not_a_zip_are_errors() {
        assert!(matches!(
            body_text(&doc("<text:p>KH</text:h>"), "", u64::MAX),
            Err(OdtError::Xml(_))
        ));
        assert!(matches!(
            text(b"plain text", u64::MAX),
            Err(OdtError::Zip(_))
        ));
    }
}
