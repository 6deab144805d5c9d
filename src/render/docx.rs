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

use super::paper::{self, para, run};
use super::report::{Words, heading, label, numbers, on_time_line, overdue_line, rows_note};
use crate::model::{Plan, Signer};
use crate::report::Report;

/// What the header block and the signature say, from the plan or flags.
pub struct Paper<'a> {
    /// `Số: 12/BC-UBND`; blank numbers for the clerk to fill when none.
    pub number: Option<&'a str>,
    /// The place of the date line, when not the plan's.
    pub place: Option<&'a str>,
    pub signer: Option<Signer>,
}

/// Write the report as a .docx.
pub fn write(
    report: &Report,
    plans: &[Plan],
    paper: &Paper,
    out: &mut dyn Write,
) -> io::Result<()> {
    let document = crate::i18n::scoped(crate::i18n::Lang::Vi, || document(report, plans, paper));
    paper::package(&document, out)
}

fn document(report: &Report, plans: &[Plan], paper: &Paper) -> String {
    let words: &Words = super::report::words();
    let plan = plans.first();
    let mut body = String::new();

    let issuer = super::document::issuer_lines(plan.and_then(|p| p.issuer.as_deref()));
    let number = paper
        .number
        .map_or("Số:       /BC-UBND".to_owned(), |n| format!("Số: {n}"));
    let place = paper
        .place
        .map_or_else(|| paper::place(plan), str::to_owned);
    let dated = paper::dated(&place, Some(report.as_of));
    body.push_str(&paper::header(&paper::Header {
        issuer: &issuer,
        number: &number,
        summary: None,
        dated: Some(&dated),
    }));

    let subject = match (plans.len(), plan) {
        (1, Some(plan)) => match &plan.number {
            Some(n) => format!("Kết quả thực hiện Kế hoạch số {n}"),
            None => format!("Kết quả thực hiện {}", plan.title),
        },
        _ => "Kết quả thực hiện các kế hoạch".to_owned(),
    };
    body.push_str(&paper::title("BÁO CÁO", &subject));
    body.push_str(&paper::body(&heading(report, words)));

    // The table of units, its header row repeated on each page: the
    // unit's name a quarter of the width less a little, so that no header word ("Tổng",
    // "Chưa") is cut inside; the longest delay ("12 ngày") a little wider
    // than the counts.
    let width = paper::text_width();
    let cols = words.header.len();
    let name_w = width * 6 / 25;
    let weights: Vec<u32> = (1..cols)
        .map(|i| match i {
            5 => 13,
            6 => 11,
            _ => 10,
        })
        .collect();
    let unit = (width - name_w) / weights.iter().sum::<u32>();
    let mut widths = vec![name_w];
    widths.extend(weights.iter().map(|w| w * unit));
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    let mut rows = Vec::new();
    for unit in &report.units {
        let mut cells = vec![label(unit, qualify, words)];
        cells.extend(numbers(&unit.counts, words));
        rows.push(cells);
    }
    let mut cells = vec![words.total.clone()];
    cells.extend(numbers(&report.totals, words));
    rows.push(cells);
    body.push_str(&paper::grid(
        &widths,
        &words.header,
        &rows,
        &[0],
        &[rows.len() - 1],
    ));
    if let Some(note) = rows_note(report, words) {
        let note = paper::without_commands(&note);
        body.push_str(&para(&run(&note, 12, false, true), "both", false));
    }
    body.push_str(&paper::body(&on_time_line(report, words)));

    // The overdue tasks.
    body.push_str(&paper::heading(&words.overdue_title, false));
    if report.overdue.is_empty() {
        body.push_str(&paper::body(&words.none_overdue));
    }
    for task in &report.overdue {
        body.push_str(&paper::body(&format!(
            "- {}",
            overdue_line(report, task, words)
        )));
    }

    // Which members of a group have reported on its tasks (đã báo cáo
    // 12/35), and which have not.
    if !report.reporting.is_empty() {
        body.push_str(&paper::heading(&words.reporting_title, false));
        for task in &report.reporting {
            body.push_str(&paper::body(&format!(
                "- {}",
                super::report::reporting_line(report, task, words)
            )));
        }
    }

    // Nơi nhận and the signer, side by side.
    let listed = plan.map(|p| p.recipients.clone()).unwrap_or_default();
    let listed = if listed.is_empty() {
        // A report has no Kính gửi for a "Như trên" to refer to.
        vec!["- Lưu: VT.".to_owned()]
    } else {
        super::document::recipients(&listed)
    };
    let signer = paper
        .signer
        .clone()
        .or_else(|| plan.and_then(|p| p.signer.clone()));
    body.push_str(&paper::closing(&listed, &paper::signature(signer.as_ref())));
    paper::document(&body)
}
