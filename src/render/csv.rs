//! CSV for Excel: UTF-8 with a byte-order mark so Vietnamese shows, and no
//! cell that Excel would run as a formula.

use std::borrow::Cow;
use std::io::{self, Write};

use rayon::prelude::*;

use crate::query::{Row, State};

/// Make a cell inert for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or
/// carriage return gets a `'` in front, and control characters and
/// bidirectional overrides are dropped.
pub fn cell(text: &str) -> Cow<'_, str> {
    let risky_start = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // Bytes that may start a character to drop: C0 controls and DEL,
    // C1 controls (0xC2 0x80..0x9F), the overrides (0xE2 0x80/0x81 …).
    let suspicious = text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n') || b == 0x7f || b == 0xC2 || b == 0xE2);
    let dropped = |c: &char| {
        (c.is_control() && *c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    let drops = suspicious && text.chars().any(|c| dropped(&c));
    if !risky_start && !drops {
        return Cow::Borrowed(text);
    }
    let clean: String = text.chars().filter(|c| !dropped(c)).collect();
    if risky_start {
        Cow::Owned(format!("'{clean}"))
    } else {
        Cow::Owned(clean)
    }
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

/// Rows per chunk rendered on one thread.
const CHUNK: usize = 4096;

/// `plan list --format csv`: one row per task. Large lists are rendered in
/// chunks on every core and written in order.
pub fn list(rows: &[Row], delimiter: u8, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut header = writer(Vec::new(), delimiter);
    header.write_record(HEADER)?;
    out.write_all(&finish(header)?)?;
    let chunks: Vec<io::Result<Vec<u8>>> = rows
        .par_chunks(CHUNK)
        .map(|chunk| {
            let mut writer = writer(Vec::with_capacity(chunk.len() * 256), delimiter);
            for row in chunk {
                write_row(&mut writer, row)?;
            }
            finish(writer)
        })
        .collect();
    for chunk in chunks {
        out.write_all(&chunk?)?;
    }
    Ok(())
}

fn writer(buffer: Vec<u8>, delimiter: u8) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(buffer)
}

fn finish(writer: csv::Writer<Vec<u8>>) -> io::Result<Vec<u8>> {
    writer.into_inner().map_err(|e| e.into_error())
}

fn write_row(writer: &mut csv::Writer<Vec<u8>>, row: &Row) -> io::Result<()> {
    let (plan, task) = (row.plan, row.task);
    let iso = |d: Option<chrono::NaiveDate>| Cow::Owned(d.map(super::iso).unwrap_or_default());
    let due = match row.state {
        State::Overdue { due, .. } | State::Open { due, .. } => Some(due),
        _ => None,
    };
    let cells = [
        cell(&plan.id),
        cell(&task.id),
        cell(&task.title),
        Cow::Owned(cell(&super::unit_names(plan, &task.lead).join("; ")).into_owned()),
        Cow::Owned(cell(&super::unit_names(plan, &task.partners).join("; ")).into_owned()),
        cell(&task.window.text),
        iso(task.window.start()),
        iso(task.window.end()),
        iso(due),
        Cow::Borrowed(task.status.as_str()),
        iso(task.done),
        Cow::Owned(
            row.state
                .days_overdue()
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
    ];
    writer.write_record(cells.iter().map(|c| c.as_bytes()))?;
    Ok(())
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
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(cell("a\u{1b}[31mb\u{202e}"), "a[31mb");
    }
}
