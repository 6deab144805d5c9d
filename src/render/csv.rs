//! CSV for Excel: UTF-8 with a byte-order mark so Vietnamese shows, and no
//! cell that Excel would run as a formula.

use std::io::{self, Write};

use crate::query::Row;

/// Make a cell inert for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or
/// carriage return gets a `'` in front, and control characters are dropped.
pub fn cell(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean
    }
}

/// `plan list --format csv`: one row per task.
pub fn list(rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record([
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
    ])?;
    let iso = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    for row in rows {
        let (plan, task) = (row.plan, row.task);
        let due = match row.state {
            crate::query::State::Overdue { due, .. } | crate::query::State::Open { due, .. } => {
                Some(due)
            }
            _ => None,
        };
        writer.write_record([
            cell(&plan.id),
            cell(&task.id),
            cell(&task.title),
            cell(&super::unit_names(plan, &task.lead).join("; ")),
            cell(&super::unit_names(plan, &task.partners).join("; ")),
            cell(&task.window.text),
            iso(task.window.start()),
            iso(task.window.end()),
            iso(due),
            task.status.to_string(),
            iso(task.done),
            row.state
                .days_overdue()
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ])?;
    }
    writer.flush()
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
