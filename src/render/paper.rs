//! The administrative document of Nghị định 30/2020/NĐ-CP (Phụ lục I) as a
//! Word file: what a plan, a report and an urging letter share. A4
//! portrait, margins of 20 mm top and bottom, 30 mm left, 15 mm right;
//! Times New Roman, 14 pt for the body; the page number at the top centre
//! from the second page on; the two-column header block (the issuer under
//! its parent body, a rule, `Số: …`, and for a letter its summary `V/v …`;
//! the Quốc hiệu and Tiêu ngữ over a rule, the place and date in italics);
//! the title of the document's kind over its subject; `Nơi nhận:` beside
//! the signer. The XML is written by hand from these few parts (no crate
//! writes this layout); the package is a zip.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use crate::model::{Plan, Signer};
use crate::t;
use crate::text::fold_ascii;

/// Twentieths of a point in a millimetre.
pub fn mm(millimetres: f64) -> u32 {
    (millimetres * 1440.0 / 25.4).round() as u32
}

/// A4 in twips.
pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;

/// The width of the text between the margins (30 mm left, 15 mm right).
pub fn text_width() -> u32 {
    PAGE_W - mm(30.0) - mm(15.0)
}

/// The widths of the header block's and the signature's two columns.
pub fn columns() -> (u32, u32) {
    let width = text_width();
    (width * 2 / 5, width - width * 2 / 5)
}

fn escape(text: &str) -> String {
    // A tab between words is a space on paper (without_hazards would glue
    // the words together).
    crate::text::without_hazards(&text.replace('\t', " "))
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A run of text: size in points, bold, italic.
pub fn run(text: &str, size: u32, bold: bool, italic: bool) -> String {
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/>");
    }
    if italic {
        props.push_str("<w:i/>");
    }
    props.push_str(&format!(
        "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>",
        size * 2
    ));
    format!(
        "<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

/// A paragraph: `align` is `left`, `center`, `right` or `both`; a body
/// paragraph (`indent_first`) starts 1 cm in.
pub fn para(runs: &str, align: &str, indent_first: bool) -> String {
    let indent = if indent_first {
        "<w:ind w:firstLine=\"567\"/>"
    } else {
        ""
    };
    format!(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"{align}\"/>{indent}</w:pPr>{runs}</w:p>"
    )
}

/// A body paragraph: justified, its first line indented, 14 pt.
pub fn body(text: &str) -> String {
    para(&run(text, 14, false, false), "both", true)
}

/// A heading in bold (`italic` for a group of tasks), kept on the page of
/// the paragraph after it, never alone at the foot of a page.
pub fn heading(text: &str, italic: bool) -> String {
    format!(
        "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"both\"/>\
         <w:ind w:firstLine=\"567\"/></w:pPr>{}</w:p>",
        run(text, 14, true, italic)
    )
}

/// A body paragraph kept on the page of the one after it: a task's title
/// and its labelled lines stay together.
pub fn body_with_next(text: &str) -> String {
    body(text).replacen("<w:pPr>", "<w:pPr><w:keepNext/>", 1)
}

/// A short rule under a centred line, as the decree draws under the
/// issuer, the Tiêu ngữ and a title.
pub fn rule(width: u32) -> String {
    format!(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>\
         <w:r><w:rPr><w:sz w:val=\"8\"/></w:rPr><w:pict><v:line xmlns:v=\"urn:schemas-microsoft-com:vml\" \
         from=\"0,0\" to=\"{width}pt,0\" strokeweight=\"0.75pt\"/></w:pict></w:r></w:p>"
    )
}

pub fn cell(width: u32, content: &str, shade: bool) -> String {
    let fill = if shade {
        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE6F1\"/>"
    } else {
        ""
    };
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{fill}</w:tcPr>{content}</w:tc>")
}

pub fn table(widths: &[u32], rows: &[String], borders: bool) -> String {
    let border = if borders {
        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>"
    } else {
        ""
    };
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    // Cells 1 mm from their borders, so a short header word ("Tổng",
    // "Chưa") fits a narrow column whole.
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>{border}<w:tblLayout w:type=\"fixed\"/>\
         <w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
         <w:tblGrid>{grid}</w:tblGrid>{}</w:tbl>",
        widths.iter().sum::<u32>(),
        rows.concat()
    )
}

/// A table of data: a header row repeated on each page, rows that do not
/// split across pages, 12 pt; `left` columns are aligned left in the body
/// rows, the others centred; the `bold` rows (totals) in bold.
pub fn grid(
    widths: &[u32],
    header: &[String],
    rows: &[Vec<String>],
    left: &[usize],
    bold: &[usize],
) -> String {
    let row = |cells: &[String], header: bool, bold: bool| {
        let props = if header {
            "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        } else {
            "<w:trPr><w:cantSplit/></w:trPr>"
        };
        let tcs: String = cells
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let align = if left.contains(&i) && !header {
                    "left"
                } else {
                    "center"
                };
                cell(
                    widths[i],
                    &para(&run(text, 12, bold || header, false), align, false),
                    header,
                )
            })
            .collect();
        format!("<w:tr>{props}{tcs}</w:tr>")
    };
    let mut all = vec![row(header, true, false)];
    for (n, cells) in rows.iter().enumerate() {
        all.push(row(cells, false, bold.contains(&n)));
    }
    table(widths, &all, true)
}

/// The place of the date line: the plan's, or its issuer's place.
pub fn place(plan: Option<&Plan>) -> String {
    if let Some(place) = plan.and_then(|p| p.place.clone()) {
        return place;
    }
    let issuer = plan.and_then(|p| p.issuer.as_deref()).unwrap_or_default();
    [
        "UBND huyện ",
        "UBND thị xã ",
        "UBND thành phố ",
        "UBND xã ",
        "UBND phường ",
        "UBND tỉnh ",
    ]
    .iter()
    .find_map(|prefix| issuer.strip_prefix(prefix))
    .unwrap_or_default()
    .to_owned()
}

/// What the header block says.
pub struct Header<'a> {
    /// `ỦY BAN NHÂN DÂN` over `HUYỆN TRIỆU SƠN`: the parent line, then the
    /// issuer in bold; either may be missing.
    pub issuer: &'a [String],
    /// `Số: 125/KH-UBND`, or the blanks a clerk fills in.
    pub number: &'a str,
    /// A letter's summary, `V/v đôn đốc thực hiện nhiệm vụ …`, under the
    /// number.
    pub summary: Option<&'a str>,
    /// `Triệu Sơn, ngày 05 tháng 5 năm 2020`, when the document is dated.
    pub dated: Option<&'a str>,
}

/// The two-column header block: the issuer, its rule and the number (and
/// the summary) on the left; the Quốc hiệu, the Tiêu ngữ, its rule, the
/// place and date on the right.
pub fn header(header: &Header) -> String {
    let mut left = Vec::new();
    match header.issuer {
        // No issuer in the plan: dots where the clerk writes it.
        [] => left.push(para(&run(BLANK, 13, false, false), "center", false)),
        [issuer] => left.push(para(&run(issuer, 13, true, false), "center", false)),
        [parent, issuer, ..] => {
            left.push(para(&run(parent, 13, false, false), "center", false));
            left.push(para(&run(issuer, 13, true, false), "center", false));
        }
    }
    left.push(rule(60));
    left.push(para(&run(header.number, 13, false, false), "center", false));
    if let Some(summary) = header.summary {
        left.push(para(&run(summary, 12, false, false), "center", false));
    }
    let mut right = vec![
        para(
            &run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false),
            "center",
            false,
        ),
        para(
            &run("Độc lập - Tự do - Hạnh phúc", 13, true, false),
            "center",
            false,
        ),
        rule(160),
    ];
    if let Some(dated) = header.dated {
        right.push(para(&run(dated, 14, false, true), "center", false));
    }
    two_columns(&left.concat(), &right.concat())
}

/// `text` without the asides that name a command (`(cần xem lại, \`plan
/// list --review\`)`): they speak to the clerk, not to the paper's reader.
pub fn without_commands(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        if !rest[open..close].contains('`') {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// What a clerk fills in by hand: the issuer, the place.
pub const BLANK: &str = "……………";

/// `ngày 05 tháng 3 năm 2024` after the place: Nghị định 30/2020, Phụ lục
/// I — a day below 10 and the months 1 and 2 take a leading zero (ngày 05
/// tháng 02, ngày 12 tháng 3).
pub fn on_day(place: Option<&str>, date: NaiveDate) -> String {
    let place = place.map(|p| format!("{p}, ")).unwrap_or_default();
    let month = match date.month() {
        m @ 1..=2 => format!("{m:02}"),
        m => m.to_string(),
    };
    t!(
        "out-doc-date",
        place = place,
        day = format!("{:02}", date.day()),
        month = month,
        year = date.year()
    )
}

/// The place and date line: `Triệu Sơn, ngày 05 tháng 3 năm 2024`; dots
/// for a place not known and for a date not set yet (`ngày … tháng … năm
/// …`), to fill in when the document is signed.
pub fn dated(place: &str, date: Option<NaiveDate>) -> String {
    let place = if place.is_empty() { BLANK } else { place };
    match date {
        Some(date) => on_day(Some(place), date),
        None => format!("{place}, ngày … tháng … năm …"),
    }
}

/// A borderless table of one row that does not break across pages: `left`
/// and `right` side by side, as the header block and the closing block are
/// laid out.
fn two_columns(left: &str, right: &str) -> String {
    let (left_w, right_w) = columns();
    table(
        &[left_w, right_w],
        &[format!(
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}</w:tr>",
            cell(left_w, left, false),
            cell(right_w, right, false)
        )],
        false,
    )
}

/// The document's kind in capitals (`KẾ HOẠCH`, `BÁO CÁO`) over its
/// subject, both bold and centred, with a rule under them.
pub fn title(kind: &str, subject: &str) -> String {
    [
        para("", "center", false),
        para(&run(kind, 14, true, false), "center", false),
        para(&run(subject, 14, true, false), "center", false),
        rule(120),
    ]
    .concat()
}

/// `Nơi nhận:` and its lines on the left, the signer on the right: the
/// lines over the name in capitals and bold, four blank lines for the
/// signature and the seal, the name in bold.
pub fn closing(recipients: &[String], signature: &[String]) -> String {
    let mut left = vec![para(
        &run(&crate::t!("out-doc-recipients"), 12, true, true),
        "left",
        false,
    )];
    for line in recipients {
        left.push(para(&run(line, 11, false, false), "left", false));
    }
    let mut right = Vec::new();
    match signature.split_last() {
        Some((name, over)) => {
            for line in over {
                right.push(para(&run(line, 13, true, false), "center", false));
            }
            for _ in 0..4 {
                right.push(para("", "center", false));
            }
            right.push(para(&run(name, 14, true, false), "center", false));
        }
        // No signer in the plan: the room to sign, to be filled by hand.
        None => {
            for _ in 0..5 {
                right.push(para("", "center", false));
            }
        }
    }
    para("", "left", false) + &two_columns(&left.concat(), &right.concat())
}

/// The signer named on the command line (`--signer NAME --position
/// TEXT`): a deputy (`Phó Chủ tịch`, `Phó Giám đốc`) signs for the head
/// (`KT. CHỦ TỊCH`), as the decree has a deputy sign.
pub fn signer_from_flags(name: Option<&String>, position: Option<&String>) -> Option<Signer> {
    let name = name.map(|n| n.trim()).filter(|n| !n.is_empty())?;
    let position = position.map(|p| p.trim()).filter(|p| !p.is_empty());
    let on_behalf_of = position.and_then(|position| {
        // The chair signs on behalf of the committee (TM. ỦY BAN NHÂN DÂN).
        if crate::text::fold_ascii(position) == "chu tich" {
            return Some("Ủy ban nhân dân".to_owned());
        }
        ["Phó ", "phó ", "PHÓ "]
            .iter()
            .find_map(|deputy| position.strip_prefix(deputy))
            .map(|head| crate::text::upper_first(head.trim()))
    });
    Some(Signer {
        name: name.to_owned(),
        position: position.map(str::to_owned),
        on_behalf_of,
    })
}

/// The lines over the signer's name: "KT." signs for a person (a deputy
/// for the chair), "TM." on behalf of a body (the committee); then the
/// position, then the name.
pub fn signature(signer: Option<&Signer>) -> Vec<String> {
    let Some(signer) = signer else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some(principal) = &signer.on_behalf_of {
        let person = fold_ascii(principal).contains("chu tich");
        let prefix = if person {
            t!("out-doc-for")
        } else {
            t!("out-doc-on-behalf")
        };
        lines.push(format!("{prefix} {}", principal.to_uppercase()));
    }
    if let Some(position) = &signer.position {
        lines.push(position.to_uppercase());
    }
    lines.push(signer.name.clone());
    lines
}

/// The whole document.xml around `body`: the A4 section with the decree's
/// margins and the page number from the second page on.
pub fn document(body: &str) -> String {
    let section = format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\" w:orient=\"portrait\"/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         <w:titlePg/></w:sectPr>",
        mm(20.0),
        mm(15.0),
        mm(20.0),
        mm(30.0)
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>{body}{section}</w:body></w:document>"
    )
}

/// Write the .docx package of a document.xml.
pub fn package(document: &str, out: &mut dyn Write) -> io::Result<()> {
    let mut buffer = io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let options = zip::write::SimpleFileOptions::default();
        for (name, text) in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/_rels/document.xml.rels", DOCUMENT_RELS),
            ("word/styles.xml", STYLES),
            ("word/header1.xml", PAGE_NUMBER),
            ("word/document.xml", document),
        ] {
            zip.start_file(name, options).map_err(io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        zip.finish().map_err(io::Error::other)?;
    }
    out.write_all(&buffer.into_inner())
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;

/// The page number, centred at the top, 14 pt (the first page has none:
/// `w:titlePg` gives it an empty header of its own).
const PAGE_NUMBER: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#;

/// Times New Roman 14 pt for the whole document (the decree's body size).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asides_naming_a_command_are_left_out_of_the_paper() {
        assert_eq!(
            without_commands(
                "Nhiệm vụ chưa xác định (cần xem lại, `plan list --review`) chỉ được tính (một lần): 2."
            ),
            "Nhiệm vụ chưa xác định chỉ được tính (một lần): 2."
        );
        assert_eq!(without_commands("Không (có) gì"), "Không (có) gì");
    }
}
