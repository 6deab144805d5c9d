//! Tables for the terminal, fitted to its width; Vietnamese text is
//! measured by display width so columns line up.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;

use comfy_table::presets::UTF8_FULL;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::query::Row;
use crate::text::{visible, width as text_width};

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

/// Up to this many rows, the `plan list` table is laid out on all of its
/// cells. A longer list is laid out on its first this many rows and then
/// streamed, chunk by chunk, at those column widths: its memory stays
/// bounded however many rows it has.
pub const STREAM_FROM: usize = 256;

/// Rows rendered together on one thread while streaming.
const CHUNK: usize = 256;

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
    let narrow = columns != 0 && columns < 100;
    let right = if narrow {
        &[false, false, false, false, false, true][..]
    } else {
        &[false, false, false, false, false, false, true][..]
    };
    stream(
        rows,
        |rows| list_table(rows, qualify, width),
        |row| {
            let mut cells = streamed_cells(row, qualify);
            if narrow {
                cells.remove(3);
            }
            cells
        },
        right,
        out,
    )
}

/// Write a table of `rows`: laid out whole by `layout` (its header and
/// the rows given) when there are at most [`STREAM_FROM`]; else laid out on
/// the first ones, whose top border gives the column widths, and then
/// every row drawn at those widths, in parallel chunks, from its visible
/// `cells` (aligned right where `right` says). Memory stays bounded however
/// many rows there are, and a short table prints exactly as comfy-table
/// lays it out.
pub fn stream<R: Sync>(
    rows: &[R],
    layout: impl Fn(&[R]) -> Table,
    cells: impl Fn(&R) -> Vec<Cow<'_, str>> + Sync,
    right: &[bool],
    out: &mut dyn Write,
) -> io::Result<()> {
    if rows.len() <= STREAM_FROM {
        return writeln!(out, "{}", layout(rows));
    }
    let sample = layout(&rows[..STREAM_FROM]).to_string();
    let mut lines = sample.lines();
    let top = lines.next().unwrap_or_default();
    let widths: Vec<u16> = top
        .trim_start_matches('┌')
        .trim_end_matches('┐')
        .split('┬')
        .map(|segment| u16::try_from(segment.chars().count()).unwrap_or(u16::MAX))
        .collect();
    writeln!(out, "{top}")?;
    for line in lines.by_ref() {
        writeln!(out, "{line}")?;
        if line.starts_with('╞') {
            break;
        }
    }
    // Content widths: each segment holds the padding of its column.
    let inner: Vec<usize> = widths
        .iter()
        .map(|&w| usize::from(w).saturating_sub(2))
        .collect();
    let separator = rule('├', '╌', '┼', '┤', &widths);
    let threads = rayon::current_num_threads().max(1) * 2;
    // One buffer per chunk of a batch, kept from batch to batch: a fresh
    // buffer of this size would be mapped and faulted in page by page
    // every time.
    let mut buffers: Vec<(String, Lines)> = (0..threads)
        .map(|_| (String::with_capacity(CHUNK * 1024), Lines::default()))
        .collect();
    for (b, batch) in rows.chunks(CHUNK * threads).enumerate() {
        buffers
            .par_iter_mut()
            .zip(batch.par_chunks(CHUNK))
            .for_each(|((text, lines), chunk)| {
                text.clear();
                for (i, row) in chunk.iter().enumerate() {
                    if i > 0 {
                        text.push_str(&separator);
                        text.push('\n');
                    }
                    draw_row(&cells(row), &inner, right, lines, text);
                }
            });
        let used = batch.len().div_ceil(CHUNK);
        for (c, (text, _)) in buffers[..used].iter().enumerate() {
            if b > 0 || c > 0 {
                writeln!(out, "{separator}")?;
            }
            out.write_all(text.as_bytes())?;
        }
    }
    writeln!(out, "{}", rule('└', '─', '┴', '┘', &widths))
}

/// A horizontal line across columns of `widths`.
fn rule(left: char, fill: char, cross: char, right: char, widths: &[u16]) -> String {
    let mut line = String::new();
    line.push(left);
    for (i, &width) in widths.iter().enumerate() {
        if i > 0 {
            line.push(cross);
        }
        line.extend(std::iter::repeat_n(fill, usize::from(width)));
    }
    line.push(right);
    line
}

/// One row of cells at the content widths `widths`, drawn as comfy-table
/// draws a row of the house style: each cell's lines wrapped the way it
/// wraps them, padded by one space each side, aligned right where `right`
/// says.
fn draw_row(
    cells: &[Cow<'_, str>],
    widths: &[usize],
    right: &[bool],
    lines: &mut Lines,
    out: &mut String,
) {
    // Each line of each cell, as a range of the cell with its display
    // width, measured once.
    lines.clear();
    for (cell, &width) in cells.iter().zip(widths) {
        let first = lines.ranges.len();
        let mut at = 0;
        for line in cell.split('\n') {
            let wide = text_width(line);
            if wide > width {
                wrap_line_into(line, width, at, &mut lines.ranges);
            } else {
                lines.ranges.push((at..at + line.len(), wide));
            }
            at += line.len() + 1;
        }
        lines.cells.push(first..lines.ranges.len());
    }
    let height = lines
        .cells
        .iter()
        .map(ExactSizeIterator::len)
        .max()
        .unwrap_or(0);
    for n in 0..height {
        out.push('│');
        for (i, ((cell, range), &width)) in cells.iter().zip(&lines.cells).zip(widths).enumerate() {
            if i > 0 {
                out.push('┆');
            }
            let Some((at, wide)) = (n < range.len()).then(|| &lines.ranges[range.start + n]) else {
                spaces(width + 2, out);
                continue;
            };
            let (line, wide) = (&cell[at.clone()], *wide);
            let room = width.saturating_sub(wide);
            let (before, after) = match right.get(i) {
                Some(true) => (room, 0),
                _ => (0, room),
            };
            spaces(1 + before, out);
            out.push_str(line);
            spaces(after + 1, out);
        }
        out.push_str("│\n");
    }
}

/// The lines of a row's cells while it is drawn, kept from row to row.
#[derive(Default)]
struct Lines {
    /// Each line: its bytes in its cell and its display width.
    ranges: Vec<(Range<usize>, usize)>,
    /// Each cell's lines in `ranges`.
    cells: Vec<Range<usize>>,
}

impl Lines {
    fn clear(&mut self) {
        self.ranges.clear();
        self.cells.clear();
    }
}

/// `n` spaces onto `out`.
fn spaces(mut n: usize, out: &mut String) {
    const SPACES: &str = concat!(
        "                                                                ",
        "                                                                "
    );
    while n > SPACES.len() {
        out.push_str(SPACES);
        n -= SPACES.len();
    }
    out.push_str(&SPACES[..n]);
}

/// Free columns under which comfy-table starts a new line rather than
/// breaking a word.
const MIN_FREE: usize = 2;

/// `line` cut into lines of at most `width` columns at its spaces, a word
/// longer than a line broken where it must be: comfy-table's wrapping, so
/// that a streamed row reads as a laid-out one.
#[cfg(test)]
fn wrap_line(line: &str, width: usize) -> Vec<String> {
    let mut ranges = Vec::new();
    wrap_line_into(line, width, 0, &mut ranges);
    ranges
        .into_iter()
        .map(|(range, _)| line[range].to_string())
        .collect()
}

/// [`wrap_line`]'s lines pushed onto `lines` as ranges of the cell `line`
/// starts at `offset` in, each with its display width. Every line is a
/// run of `line` (words joined by the spaces between them), so none is
/// copied.
fn wrap_line_into(line: &str, width: usize, offset: usize, lines: &mut Vec<(Range<usize>, usize)>) {
    let base = line.as_ptr() as usize;
    // A word as its range in `line`.
    let range_of = |word: &str| {
        let start = word.as_ptr() as usize - base;
        start..start + word.len()
    };
    let mut words: Vec<Range<usize>> = line.split(' ').map(range_of).collect();
    words.reverse();
    // The current line: its range (empty when `None`) and its width.
    let mut current: Option<Range<usize>> = None;
    let mut length = 0;
    let mut push = |current: &mut Option<Range<usize>>, length: usize| {
        if let Some(range) = current.take() {
            lines.push((offset + range.start..offset + range.end, length));
        }
    };
    while let Some(next) = words.pop() {
        let word = &line[next.clone()];
        let next_length = text_width(word);
        let empty = current.as_ref().is_none_or(|r| r.is_empty());
        let mut added = next_length + length;
        let mut remaining = width.saturating_sub(length);
        if !empty {
            added += 1;
            remaining = remaining.saturating_sub(1);
        }
        if added <= width {
            current = Some(match current.take() {
                Some(r) if !r.is_empty() => {
                    length += 1;
                    r.start..next.end
                }
                _ => next.clone(),
            });
            length += next_length;
            if length > width.saturating_sub(MIN_FREE) {
                push(&mut current, length);
                length = 0;
            }
            continue;
        }
        if !empty && remaining <= MIN_FREE {
            words.push(next);
            push(&mut current, length);
            length = 0;
            continue;
        }
        if next_length > width {
            let (head, tail) = split_word(remaining, word);
            let (head, tail) = if empty && head.is_empty() {
                let first = tail.chars().next().map_or(0, char::len_utf8);
                (next.start..next.start + first, next.start + first..next.end)
            } else {
                (
                    next.start..next.start + head.len(),
                    next.start + head.len()..next.end,
                )
            };
            words.push(tail);
            let start = match &current {
                Some(r) if !r.is_empty() => r.start,
                _ => head.start,
            };
            let taken = text_width(&line[start..head.end]);
            current = Some(start..head.end);
            push(&mut current, taken);
            length = 0;
            continue;
        }
        push(&mut current, length);
        current = Some(next);
        length = next_length;
        if length > width.saturating_sub(MIN_FREE) {
            push(&mut current, length);
            length = 0;
        }
    }
    if current.as_ref().is_some_and(|r| !r.is_empty()) {
        push(&mut current, length);
    }
}

/// `word` cut after at most `width` columns, between graphemes.
fn split_word(width: usize, word: &str) -> (&str, &str) {
    if word.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return word.split_at(word.len().min(width));
    }
    let mut taken = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        taken += grapheme.width();
        if taken > width {
            return word.split_at(at);
        }
    }
    (word, "")
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

/// [`list_cells`] for a streamed row, borrowing what it can from the task:
/// the same text without copying titles and single unit names.
fn streamed_cells<'r>(row: &'r Row<'_>, qualify: bool) -> Vec<Cow<'r, str>> {
    let (plan, task) = (row.plan, row.task);
    let names = |ids: &'r [String]| -> Cow<'r, str> {
        match ids {
            [] => Cow::Borrowed(""),
            [one] => visible(plan.unit_name(one)),
            _ => Cow::Owned(visible(&super::unit_names(plan, ids, "\n")).into_owned()),
        }
    };
    vec![
        if qualify {
            Cow::Owned(visible(&super::task_ref(plan, task, true)).into_owned())
        } else {
            visible(&task.id)
        },
        visible(&task.title),
        if task.lead.is_empty() {
            Cow::Owned(visible(&super::words().unassigned).into_owned())
        } else {
            names(&task.lead)
        },
        names(&task.partners),
        Cow::Owned(window_cell(task, row.on)),
        Cow::Owned(super::status_with_reports(plan, task, row.on)),
        Cow::Owned(overdue_cell(row)),
    ]
}

/// The `plan list` table of `rows` and its header, laid out on their cells.
fn list_table(rows: &[Row], qualify: bool, width: Option<u16>) -> Table {
    let columns = width.unwrap_or(DEFAULT_WIDTH);
    let mut table = new_table(width);
    table.set_header(&super::words().list_header);
    for row in rows {
        table.add_row(list_cells(row, qualify));
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::query::{Filter, select};

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
        let plans = [plan(100)];
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
        plan.tasks[0].partners.clear();
        plan.tasks[1].lead.clear();
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
        for qualify in [false, true] {
            for row in &rows {
                let streamed: Vec<String> = streamed_cells(row, qualify)
                    .into_iter()
                    .map(Cow::into_owned)
                    .collect();
                assert_eq!(streamed, list_cells(row, qualify), "{}", row.task.id);
            }
        }
    }

    #[test]
    fn numbers_aligned_right_stream_as_comfy_table_aligns_them() {
        let rows: Vec<Vec<String>> = (0..700)
            .map(|i| {
                let name = format!("Đơn vị {} {}", i, "Phòng Văn hóa ".repeat(i % 4));
                vec![
                    name,
                    (i * 37 % 1000).to_string(),
                    format!("{} ngày", i % 90),
                ]
            })
            .collect();
        let layout = |rows: &[Vec<String>]| {
            let mut table = new_table(Some(60));
            table.set_header(["Đơn vị", "Tổng số", "Trễ nhất"]);
            for cells in rows {
                table.add_row(cells);
            }
            keep_whole(&mut table, &[1, 2]);
            for i in 1..3 {
                table
                    .column_mut(i)
                    .unwrap()
                    .set_cell_alignment(CellAlignment::Right);
            }
            table
        };
        let mut streamed = Vec::new();
        stream(
            &rows,
            layout,
            |cells: &Vec<String>| cells.iter().map(|c| Cow::Borrowed(c.as_str())).collect(),
            &[false, true, true],
            &mut streamed,
        )
        .unwrap();
        let streamed = String::from_utf8(streamed).unwrap();
        let laid_out = format!("{}\n", layout(&rows[..STREAM_FROM]));
        let prefix = &laid_out[..laid_out.trim_end().rfind('\n').unwrap() + 1];
        assert!(streamed.starts_with(prefix));
        let lines: Vec<&str> = streamed.lines().collect();
        assert!(lines.iter().all(|l| l.width() == lines[0].width()));
        assert_eq!(
            lines.iter().filter(|l| l.starts_with('├')).count(),
            rows.len() - 1
        );
        let mut short = Vec::new();
        stream(
            &rows[..10],
            layout,
            |cells: &Vec<String>| cells.iter().map(|c| Cow::Borrowed(c.as_str())).collect(),
            &[false, true, true],
            &mut short,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(short).unwrap(),
            format!("{}\n", layout(&rows[..10]))
        );
    }

    #[test]
    fn a_word_longer_than_its_column_is_broken_as_comfy_table_breaks_it() {
        for (line, width) in [
            ("Tổ-chức-tuyên-truyền-phổ-biến ab", 8),
            ("a bcdefghijklmnop q", 5),
            ("ab cd ef gh", 4),
            ("x", 1),
            // Runs of spaces, spaces at either end, lines of one column.
            ("a  b   c", 3),
            ("  Phòng  Văn hóa ", 6),
            ("x y z", 1),
            ("Ủy ban nhân dân các xã, thị trấn", 10),
        ] {
            let mut table = Table::new();
            table.load_style(UTF8_FULL);
            table.force_no_tty();
            table.add_row([line]);
            let column = table.column_mut(0).unwrap();
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width as u16 + 2)));
            let theirs: Vec<String> = table
                .lines()
                .filter(|l| l.starts_with('│'))
                .map(|l| {
                    l.trim_matches('│')
                        .trim_end()
                        .trim_start_matches(' ')
                        .to_string()
                })
                .collect();
            // A line's trailing spaces draw as the padding they stand in for.
            let ours: Vec<String> = wrap_line(line, width)
                .iter()
                .map(|l| l.trim_end().to_string())
                .collect();
            assert_eq!(ours, theirs, "{line:?} at {width}");
        }
    }
}
