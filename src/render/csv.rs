//! CSV for Excel: UTF-8 with a byte-order mark so Vietnamese shows, and no
//! cell that Excel would run as a formula.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::push_unit_names;
use crate::query::Row;
use crate::text::without_hazards;

/// Make a cell inert for spreadsheets: the characters of
/// [`crate::text::is_hazard`] are dropped (a cell has no way to show them),
/// and then a cell that a spreadsheet would read as a formula gets a `'` in
/// front. The guard looks at the cell as written, after the drop, so that a
/// dropped character cannot hide a formula behind it (`"\u0000=1+1"`).
pub fn cell(text: &str) -> Cow<'_, str> {
    let clean = without_hazards(text);
    if is_formula(&clean) || text.starts_with(['\t', '\r']) {
        Cow::Owned(format!("'{clean}"))
    } else {
        clean
    }
}

/// Whether a spreadsheet may run `text` as a formula: it starts, after any
/// white space, with `=`, `+`, `-`, `@` or their full-width forms (Excel
/// reads `＝1+1` as `=1+1`).
fn is_formula(text: &str) -> bool {
    text.trim_start_matches(char::is_whitespace)
        .starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠'])
}

/// The columns of `plan list --format csv`.
const HEADER: [&str; 12] = [
    "plan",
    "id",
    "title",
    "lead",
    "partners",
    "window",
    "start",
    "end",
    "due",
    "status",
    "done",
    "days_overdue",
];

/// The catalog keys of the Vietnamese headers (`--headers vi`), column by
/// column as in [`HEADER`].
const HEADER_KEYS: [&str; 12] = [
    "word-csv-plan",
    "word-csv-id",
    "word-csv-title",
    "word-csv-lead",
    "word-csv-partners",
    "word-csv-window",
    "word-csv-start",
    "word-csv-end",
    "word-csv-due",
    "word-csv-status",
    "word-csv-done",
    "word-csv-days-overdue",
];

/// `plan list --format csv`: one row per task. Large lists are rendered in
/// chunks on every core and written in order.
pub fn list(rows: &[Row], delimiter: u8, out: &mut dyn Write) -> io::Result<()> {
    list_with(rows, delimiter, false, out)
}

/// [`list`], with Vietnamese headers when `vietnamese_headers` (`--headers
/// vi`, for people reading the sheet in Excel; whatever the interface's
/// language). The cells are the same either way.
pub fn list_with(
    rows: &[Row],
    delimiter: u8,
    vietnamese_headers: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    list_chunks(
        &crate::query::Selected(rows),
        delimiter,
        vietnamese_headers,
        out,
    )
    .map(drop)
}

/// [`list_with`] of rows given a chunk at a time; the number of rows.
pub(super) fn list_chunks(
    chunks: &dyn crate::query::Chunks,
    delimiter: u8,
    vietnamese_headers: bool,
    out: &mut dyn Write,
) -> io::Result<usize> {
    out.write_all(BOM.as_bytes())?;
    let mut header = writer(Vec::new(), delimiter);
    if vietnamese_headers {
        let vi = crate::i18n::Lang::Vi;
        header.write_record(HEADER_KEYS.map(|key| crate::i18n::message_in(vi, key, None)))?;
    } else {
        header.write_record(HEADER)?;
    }
    out.write_all(&finish(header)?)?;
    super::batches::each(chunks, b"", out, &|rows, buffer| {
        let mut writer = writer(std::mem::take(buffer), delimiter);
        let mut scratch = Scratch::default();
        for row in rows {
            write_row(&mut writer, row, &mut scratch)?;
        }
        *buffer = finish(writer)?;
        Ok(())
    })
}

/// What every CSV file opens with, so that Excel reads it as UTF-8.
pub(crate) const BOM: &str = "\u{feff}";

/// A CSV writer as Excel reads it: `delimiter` between cells, CR LF after
/// each row.
pub(crate) fn writer<W: Write>(out: W, delimiter: u8) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn finish(writer: csv::Writer<Vec<u8>>) -> io::Result<Vec<u8>> {
    writer.into_inner().map_err(|e| e.into_error())
}

/// Buffers for the cells a row makes up, reused from row to row.
#[derive(Default)]
struct Scratch {
    lead: String,
    partners: String,
    start: String,
    end: String,
    due: String,
    done: String,
    days: String,
}

fn write_row(
    writer: &mut csv::Writer<Vec<u8>>,
    row: &Row,
    scratch: &mut Scratch,
) -> io::Result<()> {
    let (plan, task) = (row.plan, row.task);
    push_unit_names(plan, &task.lead, "; ", &mut scratch.lead);
    push_unit_names(plan, &task.partners, "; ", &mut scratch.partners);
    iso(task.window.start(), &mut scratch.start);
    iso(task.window.end(), &mut scratch.end);
    iso(row.state.due(), &mut scratch.due);
    iso(task.done_on(row.on), &mut scratch.done);
    scratch.days.clear();
    if let Some(days) = row.state.days_overdue() {
        write!(scratch.days, "{days}").expect("writing to a String cannot fail");
    }
    let (plan_id, id, title) = (cell(&plan.id), cell(&task.id), cell(&task.title));
    let (lead, partners) = (cell(&scratch.lead), cell(&scratch.partners));
    let window = cell(&task.window.text);
    let cells: [&str; 12] = [
        &plan_id,
        &id,
        &title,
        &lead,
        &partners,
        &window,
        &scratch.start,
        &scratch.end,
        &scratch.due,
        task.status_on(row.on).as_str(),
        &scratch.done,
        &scratch.days,
    ];
    writer.write_record(cells.iter().map(|c| c.as_bytes()))?;
    Ok(())
}

/// A day as `super::iso` writes it (2020-06-30), or nothing, into `out`.
fn iso(date: Option<NaiveDate>, out: &mut String) {
    out.clear();
    let Some(date) = date else {
        return;
    };
    let year = date.year();
    if !(0..=9999).contains(&year) {
        out.push_str(&super::iso(date));
        return;
    }
    let digits = |out: &mut String, value: u32, width: u32| {
        for place in (0..width).rev() {
            let digit = value / 10u32.pow(place) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
    };
    digits(out, year.unsigned_abs(), 4);
    out.push('-');
    digits(out, date.month(), 2);
    out.push('-');
    digits(out, date.day(), 2);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM"), "'@SUM");
        assert_eq!(cell("\tx"), "'x");
        assert_eq!(cell("Tháng 6"), "Tháng 6");
        assert_eq!(cell("Tháng 6 = xong"), "Tháng 6 = xong");
    }

    #[test]
    fn the_guard_looks_at_the_cell_after_controls_are_dropped() {
        assert_eq!(cell("\u{0}=1+1"), "'=1+1");
        assert_eq!(cell("\u{202e}\u{200b}+1"), "'+1");
        assert_eq!(cell("\r\n=1"), "'\n=1");
        assert_eq!(cell("  -1"), "'  -1");
        assert_eq!(cell("\u{3000}@A1"), "'\u{3000}@A1");
        for formula in ["＝1+1", "＋1", "－1", "＠SUM(A1)"] {
            assert_eq!(cell(formula), format!("'{formula}"));
        }
    }

    #[test]
    fn days_are_written_as_iso_writes_them() {
        let mut out = String::new();
        for (y, m, d) in [
            (2020, 6, 30),
            (1, 1, 1),
            (999, 12, 9),
            (9999, 12, 31),
            (-1, 3, 4),
            (10000, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            iso(Some(date), &mut out);
            assert_eq!(out, crate::render::iso(date));
        }
        iso(None, &mut out);
        assert_eq!(out, "");
    }

    #[test]
    fn cells_with_controls_in_long_text_are_cleaned() {
        let long = format!("{}\u{1b}x{}", "Tháng ".repeat(10), "á".repeat(40));
        assert_eq!(cell(&long), long.replace('\u{1b}', ""));
        assert_eq!(cell("a\u{85}b\u{a0}c"), "ab\u{a0}c");
        assert_eq!(cell("dòng 1\ndòng 2 – xong"), "dòng 1\ndòng 2 – xong");
    }

    #[test]
    fn every_vietnamese_header_is_in_the_catalog() {
        for key in HEADER_KEYS {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::has(lang, key), "{key}");
            }
        }
        let en = HEADER_KEYS.map(|key| crate::i18n::message_in(crate::i18n::Lang::En, key, None));
        assert_eq!(en, HEADER, "the English catalog names the machine headers");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(cell("a\u{1b}[31mb\u{202e}"), "a[31mb");
    }

    proptest::proptest! {
        #[test]
        fn no_cell_is_a_live_formula_or_holds_a_hazard(
            text in "[\\x00-\\x1f \\u{a0}\\u{3000}\\u{200b}\\u{202e}=+@＝＋－＠a1-]{0,12}|\\PC{0,12}"
        ) {
            let out = cell(&text);
            proptest::prop_assert!(!out.chars().any(crate::text::is_hazard));
            proptest::prop_assert!(out.starts_with('\'') || !is_formula(&out));
            let mut writer = writer(Vec::new(), b',');
            writer.write_record([out.as_ref(), "x"]).unwrap();
            let bytes = finish(writer).unwrap();
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[..]);
            let record = reader.records().next().unwrap().unwrap();
            proptest::prop_assert_eq!(&record[0], out.as_ref());
        }
    }
}
