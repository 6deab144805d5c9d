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

/// The `plan list` table.
pub fn list(
    rows: &[Row],
    qualify: bool,
    width: Option<u16>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = new_table(width);
    table.set_header([
        "ID", "Task", "Lead", "Partners", "Window", "Status", "Overdue",
    ]);
    for row in rows {
        let task = row.task;
        let mut window = format!(
            "{}\n{}",
            visible(&task.window.text),
            super::window_dates(task)
        );
        if let Some(condition) = &task.condition
            && !task.window.milestones.is_empty()
        {
            window.push_str(&format!("\ncondition: {}", visible(condition)));
        }
        let overdue = match row.state.days_overdue() {
            Some(days) => format!("{days} {}", if days == 1 { "day" } else { "days" }),
            None if row.state == crate::query::State::Waiting => "waiting".into(),
            None => String::new(),
        };
        table.add_row([
            visible(&super::task_ref(row.plan, task, qualify)).into_owned(),
            visible(&task.title).into_owned(),
            visible(&super::unit_names(row.plan, &task.lead).join("\n")).into_owned(),
            visible(&super::unit_names(row.plan, &task.partners).join("\n")).into_owned(),
            window,
            super::status(task),
            overdue,
        ]);
    }
    keep_whole(&mut table, &[0, 5, 6]);
    if let Some(column) = table.column_mut(6) {
        column.set_cell_alignment(CellAlignment::Right);
    }
    // The title gets what the other columns leave; dates stay on one line
    // unless the terminal is narrow, where partners are left out.
    let narrow = width.unwrap_or(DEFAULT_WIDTH) < 80 && width != Some(0);
    let limits = [
        (
            1,
            ColumnConstraint::LowerBoundary(Width::Fixed(if narrow { 10 } else { 20 })),
        ),
        (2, ColumnConstraint::UpperBoundary(Width::Percentage(18))),
        (3, ColumnConstraint::UpperBoundary(Width::Percentage(18))),
        (
            4,
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(if narrow { 12 } else { 25 }),
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
