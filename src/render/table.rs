//! Tables for the terminal, fitted to its width; Vietnamese text is
//! measured by display width so columns line up.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use rustc_hash::FxHashMap;

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
    let text = visible(&task.window.text);
    let mut window = String::with_capacity(text.len() + 32);
    window.push_str(&text);
    window.push('\n');
    super::push_window_dates(task, on, &mut window);
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
    list_chunks(&crate::query::Selected(rows), qualify, width, out).map(drop)
}

/// Whether a table `columns` wide (0: not fitted) is a list of blocks.
pub(super) fn as_records(columns: u16) -> bool {
    columns != 0 && columns < RECORDS_BELOW
}

/// The `plan list` table of rows given a chunk at a time: laid out by
/// comfy-table when they are [`STREAM_FROM`](super::stream::STREAM_FROM)
/// or fewer, else laid out on the first ones and every row then drawn at
/// those widths; a list of blocks in a narrow terminal. The number of rows.
pub(super) fn list_chunks(
    chunks: &dyn crate::query::Chunks,
    qualify: bool,
    width: Option<u16>,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let columns = width.unwrap_or(DEFAULT_WIDTH);
    if as_records(columns) {
        let columns = usize::from(columns);
        return super::batches::each(chunks, b"\n", out, &|rows, buffer| {
            records(rows, qualify, columns, buffer)
        });
    }
    // The first rows' cells: the table is laid out on them.
    const FROM: usize = super::stream::STREAM_FROM;
    let mut first: Vec<[String; 7]> = Vec::new();
    for k in 0..chunks.chunks() {
        chunks.rows(k, &mut |rows| {
            let take = rows.len().min(FROM + 1 - first.len());
            first.extend(rows[..take].iter().map(|row| list_cells(row, qualify)));
            Ok(())
        })?;
        if first.len() > FROM {
            break;
        }
    }
    if first.is_empty() {
        return Ok(0);
    }
    if first.len() <= FROM {
        writeln!(out, "{}", list_table(&first, width))?;
        return Ok(first.len());
    }
    let layout = super::stream::Layout::of(&list_table(&first[..FROM], width).to_string());
    drop(first);
    let narrow = columns != 0 && columns < 100;
    let right = if narrow {
        &[false, false, false, false, false, true][..]
    } else {
        &[false, false, false, false, false, false, true][..]
    };
    // Rows share their units, windows, statuses and overdue days: those
    // cells are drawn once each and copied after, in every chunk a thread
    // renders. Ids repeat when they are not qualified by their plan.
    let repeats = if narrow {
        &[!qualify, false, true, true, true, true][..]
    } else {
        &[!qualify, false, true, true, true, true, true][..]
    };
    let drawn = std::sync::Mutex::new(Vec::new());
    out.write_all(layout.head.as_bytes())?;
    let count = super::batches::each(chunks, layout.between.as_bytes(), out, &|rows, buffer| {
        let shared = Shared::of(rows);
        let mut lines = super::stream::Lines::take(&drawn);
        let mut scratch = Scratch::default();
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                buffer.extend_from_slice(layout.between.as_bytes());
            }
            let cells = streamed_cells(row, qualify, &shared, &mut scratch);
            if narrow {
                let [id, title, lead, _, window, status, overdue] = cells;
                let cells = [id, title, lead, window, status, overdue];
                layout.draw(&cells, right, repeats, &mut lines, buffer);
            } else {
                layout.draw(&cells, right, repeats, &mut lines, buffer);
            }
        }
        lines.give_back(&drawn);
        Ok(())
    })?;
    out.write_all(layout.bottom.as_bytes())?;
    Ok(count)
}

/// The cells of one `plan list` row, every column.
fn list_cells(row: &Row, qualify: bool) -> [String; 7] {
    let task = row.task;
    [
        visible(&super::task_ref(row.plan, task, qualify)).into_owned(),
        visible(&task.title).into_owned(),
        visible(&super::lead_names(row.plan, task, "\n")).into_owned(),
        visible(&super::unit_names(row.plan, &task.partners, "\n")).into_owned(),
        window_cell(task, row.on),
        super::status_with_reports(row.plan, task, row.on),
        overdue_cell(row),
    ]
}

/// The cells many rows of a long list have alike, made once before it is
/// streamed: the window cells that depend on the window alone (tasks share
/// a window with the same text), and the overdue cells by number of days.
#[derive(Default)]
struct Shared {
    /// By the address of the window.
    windows: FxHashMap<usize, String>,
    days: FxHashMap<i64, String>,
}

impl Shared {
    fn of(rows: &[Row]) -> Shared {
        let mut shared = Shared::default();
        for row in rows {
            if window_alone(row.task) {
                shared
                    .windows
                    .entry(std::sync::Arc::as_ptr(&row.task.window) as usize)
                    .or_insert_with(|| window_cell(row.task, row.on));
            }
            if let Some(days) = row.state.days_overdue() {
                shared.days.entry(days).or_insert_with(|| overdue_cell(row));
            }
        }
        shared
    }
}

/// Whether a task's window cell is its window's alone: no milestone to
/// show as closed or not, and no condition shown under its dates.
fn window_alone(task: &crate::model::Task) -> bool {
    match task.window.milestones.len() {
        0 => true,
        1 => task.condition.is_none(),
        _ => false,
    }
}

/// Room a streamed row's own cells are written in, kept from row to row:
/// a qualified id and the names of several units.
#[derive(Default)]
struct Scratch {
    id: String,
    lead: String,
    partners: String,
}

/// [`list_cells`] for a streamed row, borrowing what it can from the task,
/// from what rows share and from `scratch`: the same text without copying
/// titles, unit names, status words and shared windows, and without a
/// new string for an id or a list of units.
fn streamed_cells<'r>(
    row: &'r Row<'_>,
    qualify: bool,
    shared: &'r Shared,
    scratch: &'r mut Scratch,
) -> [Cow<'r, str>; 7] {
    let (plan, task) = (row.plan, row.task);
    let Scratch { id, lead, partners } = scratch;
    let names = |ids: &'r [String], room: &'r mut String| -> Cow<'r, str> {
        match ids {
            [] => Cow::Borrowed(""),
            [one] => visible(plan.unit_name(one)),
            _ => {
                super::push_unit_names(plan, ids, "\n", room);
                visible(room)
            }
        }
    };
    let window = match shared
        .windows
        .get(&(std::sync::Arc::as_ptr(&task.window) as usize))
    {
        Some(cell) if window_alone(task) => Cow::Borrowed(cell.as_str()),
        _ => Cow::Owned(window_cell(task, row.on)),
    };
    // A task with no completion day, no milestone closed and no reports
    // to count shows its status word alone.
    let status = if task.done_on(row.on).is_none()
        && task.milestone_progress(row.on).is_none()
        && !plan.follows_reports()
    {
        Cow::Borrowed(super::words().status(task.status_on(row.on)))
    } else {
        Cow::Owned(super::status_with_reports(plan, task, row.on))
    };
    let overdue = match row.state.days_overdue().and_then(|d| shared.days.get(&d)) {
        Some(cell) => Cow::Borrowed(cell.as_str()),
        None => Cow::Owned(overdue_cell(row)),
    };
    [
        if qualify {
            id.clear();
            id.push_str(&plan.id);
            id.push(':');
            id.push_str(&task.id);
            visible(id)
        } else {
            visible(&task.id)
        },
        visible(&task.title),
        if task.lead.is_empty() {
            visible(&super::words().unassigned)
        } else {
            names(&task.lead, lead)
        },
        names(&task.partners, partners),
        window,
        status,
        overdue,
    ]
}

/// The `plan list` table of rows (their cells) and its header, laid out
/// on their cells.
fn list_table(rows: &[[String; 7]], width: Option<u16>) -> Table {
    let columns = width.unwrap_or(DEFAULT_WIDTH);
    let mut table = new_table(width);
    table.set_header(&super::words().list_header);
    for cells in rows {
        table.add_row(cells);
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
    table
}

/// One block per task, wrapped to `width`: for terminals too narrow for
/// the table.
fn records(rows: &[Row], qualify: bool, width: usize, out: &mut Vec<u8>) -> io::Result<()> {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use unicode_width::UnicodeWidthStr;

    use super::*;
    use crate::query::SELECTED_CHUNK as CHUNK;
    use crate::query::{Filter, select};
    use crate::render::stream::STREAM_FROM;

    /// The seed plan with its tasks copied until it has `copies` times as
    /// many (ids made unique), one of them with a title too long to wrap at
    /// spaces.
    fn plan(copies: usize) -> crate::model::Plan {
        let seed = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let first = seed.find("[[task]]").unwrap();
        let (head, tasks) = seed.split_at(first);
        let mut text = head.to_string();
        for copy in 0..copies {
            text.push_str(&tasks.replace("id = \"", &format!("id = \"{copy}.")));
        }
        let text = text.replacen(
            "title = \"",
            "title = \"Tổ-chức-tuyên-truyền-phổ-biến-pháp-luật-về-phòng-chống-bạo-lực-gia-đình ",
            1,
        );
        let (plan, d) = crate::store::parse_str(Path::new("p.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        plan.unwrap()
    }

    fn render(rows: &[Row], width: u16) -> String {
        let mut out = Vec::new();
        list(rows, false, Some(width), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_long_list_is_streamed_at_the_widths_of_its_first_rows() {
        let plans = [plan(400)];
        let day = chrono::NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
        let rows = select(&plans, &Filter::default(), day).unwrap();
        assert!(rows.len() > STREAM_FROM + 2 * CHUNK, "{}", rows.len());
        for width in [120, 90] {
            let streamed = render(&rows, width);
            // The first rows, laid out on their own, are drawn the same.
            let laid_out = render(&rows[..STREAM_FROM], width);
            let prefix = &laid_out[..laid_out.trim_end().rfind('\n').unwrap() + 1];
            assert!(streamed.starts_with(prefix), "width {width}");
            let lines: Vec<&str> = streamed.lines().collect();
            let wide = lines[0].width();
            assert!(
                lines.iter().all(|line| line.width() == wide),
                "width {width}"
            );
            assert_eq!(
                lines.iter().filter(|l| l.starts_with('├')).count(),
                rows.len() - 1
            );
            assert_eq!(lines.iter().filter(|l| l.starts_with('╞')).count(), 1);
            assert!(lines[lines.len() - 1].starts_with('└'));
        }
    }

    #[test]
    fn streamed_cells_are_the_laid_out_cells() {
        let mut plan = plan(2);
        // No partners, and no lead (shown as unassigned).
        plan.tasks[0].partners = Vec::new().into();
        plan.tasks[1].lead = Vec::new().into();
        // Done on a day; waiting on a condition.
        plan.tasks[2].status = crate::model::Status::Done;
        plan.tasks[2].done = chrono::NaiveDate::from_ymd_opt(2020, 6, 3);
        plan.tasks[3].condition = Some("Sau khi có hướng dẫn".to_string());
        // A window of one milestone shared by a task with a condition and
        // one without: the two cells differ.
        let one = plan
            .tasks
            .iter()
            .position(|t| t.window.milestones.len() == 1 && t.condition.is_none())
            .expect("the seed has a window of one milestone");
        let window = std::sync::Arc::clone(&plan.tasks[one].window);
        let other = (one + 1) % plan.tasks.len();
        plan.tasks[other].window = window;
        plan.tasks[other].condition = Some("Khi có kinh phí".to_string());
        let plans = [plan];
        let day = chrono::NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
        let rows = select(&plans, &Filter::default(), day).unwrap();
        assert!(rows.iter().any(|r| r.task.lead.is_empty()));
        let shapes = |n: usize| rows.iter().filter(|r| r.task.lead.len() == n).count();
        assert!(
            shapes(1) > 0 && shapes(3) > 0,
            "the seed has single and shared leads"
        );
        assert!(rows.iter().any(|r| r.task.partners.is_empty()));
        assert!(rows.iter().any(|r| r.task.partners.len() > 1));
        // Cells shared between rows, and made row by row.
        let shared = Shared::of(&rows.repeat(100));
        assert!(!shared.windows.is_empty() && !shared.days.is_empty());
        for shared in [Shared::default(), shared] {
            for qualify in [false, true] {
                cells_alike(&rows, qualify, &shared);
            }
        }
    }

    fn cells_alike(rows: &[Row], qualify: bool, shared: &Shared) {
        for row in rows {
            let mut scratch = Scratch::default();
            let streamed: Vec<String> = streamed_cells(row, qualify, shared, &mut scratch)
                .into_iter()
                .map(Cow::into_owned)
                .collect();
            assert_eq!(streamed, list_cells(row, qualify), "{}", row.task.id);
        }
    }
}
