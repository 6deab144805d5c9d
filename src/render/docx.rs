//! `plan report --format docx`: the report as a Báo cáo laid out as Nghị
//! định 30/2020/NĐ-CP (Phụ lục I) prescribes for administrative documents —
//! A4 portrait, margins of 20 mm top and bottom, 30 mm left, 15 mm right,
//! Times New Roman; the two-column header block (the issuer under its
//! parent body and `Số: …/BC-…`; the Quốc hiệu and Tiêu ngữ over a rule and
//! the place and date in italics), `BÁO CÁO` and its subject, the table of
//! units with a header row repeated on each page, the totals and their
//! note, the overdue tasks, the signer and `Nơi nhận:`. The paper is
//! Vietnamese whatever the interface: it is what an office sends upward.

use std::io::{self, Write};

use chrono::Datelike;

use super::report::{Words, heading, label, numbers, on_time_line, overdue_line, rows_note};
use crate::model::{Plan, Signer};
use crate::report::Report;

/// What the header block and the signature say, from the plan or flags.
pub struct Paper<'a> {
    /// `Số: 12/BC-UBND`; blank numbers for the clerk to fill when none.
    pub number: Option<&'a str>,
    pub signer: Option<Signer>,
}

/// Twentieths of a point in a millimetre.
fn mm(millimetres: f64) -> u32 {
    (millimetres * 1440.0 / 25.4).round() as u32
}

/// A4 in twips and the text width inside the margins.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;

fn escape(text: &str) -> String {
    crate::text::without_hazards(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A run of text: size in points, bold, italic.
fn run(text: &str, size: u32, bold: bool, italic: bool) -> String {
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

/// A paragraph: `align` is `left`, `center`, `right` or `both`.
fn para(runs: &str, align: &str, indent_first: bool) -> String {
    let indent = if indent_first {
        "<w:ind w:firstLine=\"567\"/>"
    } else {
        ""
    };
    format!(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"{align}\"/>{indent}</w:pPr>{runs}</w:p>"
    )
}

/// A short rule under a centred line, as the decree draws under the
/// issuer and the Tiêu ngữ.
fn rule(width: u32) -> String {
    format!(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>\
         <w:r><w:rPr><w:sz w:val=\"8\"/></w:rPr><w:pict><v:line xmlns:v=\"urn:schemas-microsoft-com:vml\" \
         from=\"0,0\" to=\"{width}pt,0\" strokeweight=\"0.75pt\"/></w:pict></w:r></w:p>"
    )
}

fn cell(width: u32, content: &str, shade: bool) -> String {
    let fill = if shade {
        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE6F1\"/>"
    } else {
        ""
    };
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{fill}</w:tcPr>{content}</w:tc>")
}

fn table(widths: &[u32], rows: &[String], borders: bool) -> String {
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
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>{border}<w:tblLayout w:type=\"fixed\"/></w:tblPr>\
         <w:tblGrid>{grid}</w:tblGrid>{}</w:tbl>",
        widths.iter().sum::<u32>(),
        rows.concat()
    )
}

/// `ỦY BAN NHÂN DÂN` over `HUYỆN TRIỆU SƠN`, as documents head it.
fn issuer_lines(plan: Option<&Plan>) -> (String, String) {
    match plan.and_then(|p| p.issuer.as_deref()) {
        Some(issuer) => match issuer.strip_prefix("UBND ") {
            Some(place) => ("ỦY BAN NHÂN DÂN".into(), place.to_uppercase()),
            None => (String::new(), issuer.to_uppercase()),
        },
        None => (String::new(), String::new()),
    }
}

/// The place of the date line: the plan's, or its issuer's place.
fn place(plan: Option<&Plan>) -> String {
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

/// Write the report as a .docx.
pub fn write(
    report: &Report,
    plans: &[Plan],
    paper: &Paper,
    out: &mut dyn Write,
) -> io::Result<()> {
    let document = crate::i18n::scoped(crate::i18n::Lang::Vi, || document(report, plans, paper));
    let mut buffer = io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let options = zip::write::SimpleFileOptions::default();
        for (name, text) in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/_rels/document.xml.rels", DOCUMENT_RELS),
            ("word/styles.xml", STYLES),
            ("word/document.xml", document.as_str()),
        ] {
            zip.start_file(name, options).map_err(io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        zip.finish().map_err(io::Error::other)?;
    }
    out.write_all(&buffer.into_inner())
}

fn document(report: &Report, plans: &[Plan], paper: &Paper) -> String {
    let words: &Words = super::report::words();
    let plan = plans.first();
    let width = PAGE_W - mm(30.0) - mm(15.0);
    let (left_w, right_w) = (width * 2 / 5, width - width * 2 / 5);
    let mut body = String::new();

    // The header block.
    let (parent, issuer) = issuer_lines(plan);
    let number = paper
        .number
        .map_or("Số:       /BC-UBND".to_owned(), |n| format!("Số: {n}"));
    let left = [
        para(&run(&parent, 13, false, false), "center", false),
        para(&run(&issuer, 13, true, false), "center", false),
        rule(60),
        para(&run(&number, 13, false, false), "center", false),
    ]
    .concat();
    let day = report.as_of;
    let month = match day.month() {
        m @ 1..=2 => format!("{m:02}"),
        m => m.to_string(),
    };
    let dated = format!(
        "{}, ngày {:02} tháng {month} năm {}",
        place(plan),
        day.day(),
        day.year()
    );
    let right = [
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
        para(&run(&dated, 14, false, true), "center", false),
    ]
    .concat();
    body.push_str(&table(
        &[left_w, right_w],
        &[format!(
            "<w:tr>{}{}</w:tr>",
            cell(left_w, &left, false),
            cell(right_w, &right, false)
        )],
        false,
    ));

    // The title and subject.
    body.push_str(&para("", "center", false));
    body.push_str(&para(&run("BÁO CÁO", 14, true, false), "center", false));
    let subject = match (plans.len(), plan) {
        (1, Some(plan)) => match &plan.number {
            Some(n) => format!("Kết quả thực hiện Kế hoạch số {n}"),
            None => format!("Kết quả thực hiện {}", plan.title),
        },
        _ => "Kết quả thực hiện các kế hoạch".to_owned(),
    };
    body.push_str(&para(&run(&subject, 14, true, false), "center", false));
    body.push_str(&para(
        &run(&heading(report, words), 14, false, false),
        "both",
        true,
    ));

    // The table of units, its header row repeated on each page.
    let cols = words.header.len();
    // The unit's name a quarter of the width; the longest delay ("12
    // ngày") and "due within 30 days" a little wider than the counts.
    let name_w = width / 4;
    let weights: Vec<u32> = (1..cols)
        .map(|i| match i {
            5 => 16,
            6 => 12,
            _ => 10,
        })
        .collect();
    let unit = (width - name_w) / weights.iter().sum::<u32>();
    let mut widths = vec![name_w];
    widths.extend(weights.iter().map(|w| w * unit));
    let row = |cells: Vec<String>, header: bool, bold: bool| {
        let props = if header {
            "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        } else {
            "<w:trPr><w:cantSplit/></w:trPr>"
        };
        let tcs: String = cells
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let align = if i == 0 && !header { "left" } else { "center" };
                cell(
                    widths[i],
                    &para(&run(text, 12, bold || header, false), align, false),
                    header,
                )
            })
            .collect();
        format!("<w:tr>{props}{tcs}</w:tr>")
    };
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    let mut rows = vec![row(words.header.to_vec(), true, false)];
    for unit in &report.units {
        let mut cells = vec![label(unit, qualify, words)];
        cells.extend(numbers(&unit.counts, words));
        rows.push(row(cells, false, false));
    }
    let mut cells = vec![words.total.clone()];
    cells.extend(numbers(&report.totals, words));
    rows.push(row(cells, false, true));
    body.push_str(&table(&widths, &rows, true));
    if let Some(note) = rows_note(report, words) {
        body.push_str(&para(&run(&note, 12, false, true), "both", false));
    }
    body.push_str(&para(
        &run(&on_time_line(report, words), 14, false, false),
        "both",
        true,
    ));

    // The overdue tasks.
    body.push_str(&para(
        &run(&words.overdue_title, 14, true, false),
        "left",
        true,
    ));
    if report.overdue.is_empty() {
        body.push_str(&para(
            &run(&words.none_overdue, 14, false, false),
            "both",
            true,
        ));
    }
    for task in &report.overdue {
        let line = format!("- {}", overdue_line(report, task, words));
        body.push_str(&para(&run(&line, 14, false, false), "both", true));
    }

    // Nơi nhận and the signer, side by side.
    body.push_str(&para("", "left", false));
    let mut recipients = vec![para(&run("Nơi nhận:", 12, true, true), "left", false)];
    let listed = plan.map(|p| p.recipients.clone()).unwrap_or_default();
    let listed = if listed.is_empty() {
        vec!["Như trên;".to_owned(), "Lưu: VT.".to_owned()]
    } else {
        listed
    };
    for name in listed {
        recipients.push(para(
            &run(&format!("- {name}"), 11, false, false),
            "left",
            false,
        ));
    }
    let signer = paper
        .signer
        .clone()
        .or_else(|| plan.and_then(|p| p.signer.clone()));
    let mut sign = Vec::new();
    if let Some(signer) = &signer {
        if let Some(behalf) = &signer.on_behalf_of {
            sign.push(para(
                &run(&format!("KT. {}", behalf.to_uppercase()), 13, true, false),
                "center",
                false,
            ));
        }
        if let Some(position) = &signer.position {
            sign.push(para(
                &run(&position.to_uppercase(), 13, true, false),
                "center",
                false,
            ));
        }
        for _ in 0..4 {
            sign.push(para("", "center", false));
        }
        sign.push(para(&run(&signer.name, 14, true, false), "center", false));
    } else {
        sign.push(para("", "center", false));
    }
    body.push_str(&table(
        &[left_w, right_w],
        &[format!(
            "<w:tr>{}{}</w:tr>",
            cell(left_w, &recipients.concat(), false),
            cell(right_w, &sign.concat(), false)
        )],
        false,
    ));

    let section = format!(
        "<w:sectPr><w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\" w:orient=\"portrait\"/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>",
        mm(20.0),
        mm(15.0),
        mm(20.0),
        mm(30.0)
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>{body}{section}</w:body></w:document>"
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Times New Roman 14 pt for the whole document (the decree's body size).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;
