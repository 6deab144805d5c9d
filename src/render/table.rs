//! Tables for the terminal, fitted to its width; Vietnamese text is
//! measured by display width so columns line up.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use crate::query::Row;
use crate::text::visible;

/// The width tables take when the terminal's is unknown (output to a pipe
/// or a file, no `COLUMNS`).
pub const DEFAULT_WIDTH: u16 = 100;

/// An empty table in the house style, fitted to `width` columns (or
/// [`DEFAULT_WIDTH`]); `COLUMNS=0` turns fitting off.
pub fn new_table(width: Option<u16>) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL);
    table.force_no_tty();
    match width.unwrap_or(DEFAULT_WIDTH) {
        0 => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        width => {
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(width.max(40));
        }
    }
    table
}

/// Keep the short columns at `indices` from wrapping.
pub fn keep_whole(table: &mut Table, indices: &[usize]) {
    for &i in indices {
        if let Some(column) = table.column_mut(i) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
}

/// Below this width `plan list` prints one block per task instead of a
/// table: seven columns cannot share fewer.
pub const RECORDS_BELOW: u16 = 72;

/// The window cell: the text as written, its dates, and any condition.
fn window_cell(task: &crate::model::Task, on: chrono::NaiveDate) -> String {
    let mut window = format!(
        "{}\n{}",
        visible(&task.window.text),
        super::window_dates(task, on)
    );
    if let Some(condition) = &task.condition
        && !task.window.milestones.is_empty()
    {
        window.push('\n');
        window.push_str(&super::words().condition.fill(&[&visible(condition)]));
    }
    window
}

fn overdue_cell(row: &Row) -> String {
    let words = super::words();
    match row.state.days_overdue() {
        Some(days) => words.days.count(days, &[]),
        None if row.state == crate::query::State::Waiting => words.waiting.clone(),
        None if row.state == crate::query::State::Unscheduled => words.unscheduled.clone(),
        None => String::new(),
    }
}

/// The `plan list` table; a list of blocks in a narrow terminal.
pub fn list(
    rows: &[Row],
    qualify: bool,
    width: Option<u16>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let columns = width.unwrap_or(DEFAULT_WIDTH);
    if columns != 0 && columns < RECORDS_BELOW {
        return records(rows, qualify, usize::from(columns), out);
    }
    let mut table = new_table(width);
    table.set_header(&super::words().list_header);
    for row in rows {
        let task = row.task;
        table.add_row([
            visible(&super::task_ref(row.plan, task, qualify)).into_owned(),
            visible(&task.title).into_owned(),
            visible(&super::lead_names(row.plan, task, "\n")).into_owned(),
            visible(&super::unit_names(row.plan, &task.partners, "\n")).into_owned(),
            window_cell(task, row.on),
            super::status_with_reports(row.plan, task, row.on),
            overdue_cell(row),
        ]);
    }
    keep_whole(&mut table, &[0, 5, 6]);
    if let Some(column) = table.column_mut(6) {
        column.set_cell_alignment(CellAlignment::Right);
    }
    // The title gets what the other columns leave. Under 100 columns the
    // partners are left out and the window's dates may wrap.
    let narrow = columns != 0 && columns < 100;
    let limits = [
        (
            1,
            ColumnConstraint::LowerBoundary(Width::Fixed(if narrow { 16 } else { 20 })),
        ),
        (
            2,
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(10),
                upper: Width::Percentage(if narrow { 22 } else { 18 }),
            },
        ),
        (
            3,
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(10),
                upper: Width::Percentage(18),
            },
        ),
        (
            4,
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(if narrow { 13 } else { 25 }),
                upper: Width::Percentage(25),
            },
        ),
    ];
    let hidden = narrow.then_some((3, ColumnConstraint::Hidden));
    for (i, constraint) in limits.into_iter().chain(hidden) {
        if let Some(column) = table.column_mut(i) {
            column.set_constraint(constraint);
        }
    }
    writeln!(out, "{table}")
}

/// One block per task, wrapped to `width`: for terminals too narrow for
/// the table.
fn records(rows: &[Row], qualify: bool, width: usize, out: &mut dyn Write) -> io::Result<()> {
    // Wrap `text` to the width; its first line follows `lead` columns of
    // label, the others `indent`.
    let wrap = |text: &str, lead: usize, indent: &str| -> String {
        let mut lines = Vec::new();
        let mut taken = lead;
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let needed = taken
                    + unicode_width::UnicodeWidthStr::width(line.as_str())
                    + unicode_width::UnicodeWidthStr::width(word)
                    + 1;
                if !line.is_empty() && needed > width {
                    lines.push(std::mem::take(&mut line));
                    taken = indent.len();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            lines.push(line);
            taken = indent.len();
        }
        lines.join(&format!("\n{indent}"))
    };
    let words = super::words();
    for (n, row) in rows.iter().enumerate() {
        let task = row.task;
        if n > 0 {
            writeln!(out)?;
        }
        let id = visible(&super::task_ref(row.plan, task, qualify)).into_owned();
        let lead = unicode_width::UnicodeWidthStr::width(id.as_str()) + 2;
        writeln!(out, "{id}. {}", wrap(&visible(&task.title), lead, "   "))?;
        let field = |name: &str, value: &str| {
            let taken = unicode_width::UnicodeWidthStr::width(name) + 5;
            format!("   {name}: {}", wrap(value, taken, "     "))
        };
        let [lead, partners, window, status] = &words.fields;
        writeln!(
            out,
            "{}",
            field(lead, &visible(&super::lead_names(row.plan, task, "; ")))
        )?;
        if !task.partners.is_empty() {
            let names = super::unit_names(row.plan, &task.partners, "; ");
            writeln!(out, "{}", field(partners, &visible(&names)))?;
        }
        writeln!(out, "{}", field(window, &window_cell(task, row.on)))?;
        let mut text = match row.state.days_overdue() {
            Some(_) => words
                .status_overdue
                .fill(&[&super::status(task, row.on), &overdue_cell(row)]),
            None => super::status(task, row.on),
        };
        if let Some(reported) = super::reported(row.plan, task, row.on) {
            text = format!("{text}; {reported}");
        }
        writeln!(out, "{}", field(status, &text))?;
    }
    Ok(())
}
