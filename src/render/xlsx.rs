//! `plan export --format xlsx`: an Excel workbook for people — one sheet
//! per plan with every task (real Excel dates shown dd/mm/yyyy, numbers as
//! numbers, a frozen header row, an autofilter, widths fitted to the text,
//! long titles wrapped, overdue rows highlighted) and a summary sheet of
//! each unit's tasks, headers in the interface's language. Written with
//! rust_xlsxwriter.

use std::collections::HashSet;
use std::io::{self, Write};

use chrono::NaiveDate;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::model::Plan;
use crate::query::Row;
use crate::report::{self, Report, Scope};
use crate::t;

/// The widest a column grows, in characters, before its text wraps.
const MAX_WIDTH: usize = 60;

/// The formats of a workbook, made once.
struct Formats {
    header: Format,
    total_text: Format,
    total_number: Format,
    note: Format,
    text: Format,
    wrap: Format,
    date: Format,
    number: Format,
    late_text: Format,
    late_wrap: Format,
    late_date: Format,
    late_number: Format,
}

impl Formats {
    fn new() -> Formats {
        // Thin borders between cells, as a printed table has them.
        let base = Format::new()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        let late = |format: &Format| format.clone().set_background_color(Color::RGB(0xFDE2E1));
        let text = base.clone();
        let wrap = base.clone().set_text_wrap();
        let date = base.clone().set_num_format("dd/mm/yyyy");
        let number = base.clone().set_num_format("0");
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_border(FormatBorder::Thin)
                .set_background_color(Color::RGB(0xDCE6F1)),
            total_text: text.clone().set_bold(),
            total_number: number.clone().set_bold(),
            note: Format::new().set_italic(),
            late_text: late(&text),
            late_wrap: late(&wrap),
            late_date: late(&date),
            late_number: late(&number),
            text,
            wrap,
            date,
            number,
        }
    }
}

/// Write the workbook of `plans` (`rows` are their tasks as on `today`).
pub fn write(
    plans: &[Plan],
    rows: &[Row],
    today: NaiveDate,
    out: &mut dyn Write,
) -> io::Result<()> {
    let bytes = workbook(plans, rows, today).map_err(io::Error::other)?;
    out.write_all(&bytes)
}

fn workbook(plans: &[Plan], rows: &[Row], today: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut book = Workbook::new();
    let mut names = HashSet::new();
    let report = report::build(plans, &Scope::default(), today);
    summary(book.add_worksheet(), &report, &formats, &mut names)?;
    for plan in plans {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&plan.id, &mut names))?;
        let tasks: Vec<&Row> = rows.iter().filter(|r| std::ptr::eq(r.plan, plan)).collect();
        tasks_sheet(sheet, &tasks, &formats)?;
    }
    book.save_to_buffer()
}

/// A sheet name Excel takes: at most 31 characters, none of `[]:*?/\`,
/// unlike every other name of the workbook.
fn sheet_name(id: &str, taken: &mut HashSet<String>) -> String {
    let clean: String = id
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect();
    let mut name = clean.clone();
    let mut n = 2;
    while !taken.insert(name.to_lowercase()) {
        let suffix = format!("~{n}");
        let keep = 31 - suffix.chars().count();
        name = clean.chars().take(keep).collect::<String>() + &suffix;
        n += 1;
    }
    name
}

/// Column widths that fit the longest text of each column, within
/// [`MAX_WIDTH`].
struct Widths(Vec<usize>);

/// The header row tall enough for its longest header wrapped in its
/// column's width, at 15 points a line.
fn header_height(
    sheet: &mut Worksheet,
    headers: &[String],
    widths: &Widths,
) -> Result<(), XlsxError> {
    let lines = headers
        .iter()
        .enumerate()
        .map(|(col, text)| widths.lines(col, text))
        .max()
        .unwrap_or(1);
    sheet.set_row_height(0, 15.0 * lines as f64 + 3.0)?;
    Ok(())
}

/// Each row tall enough for its wrapped cells (`wrapped`: row, column,
/// text): a spreadsheet does not grow a row for wrapped text on opening a
/// file, so the row would show its first line only.
fn row_heights(
    sheet: &mut Worksheet,
    wrapped: &[(u32, u16, String)],
    widths: &Widths,
) -> Result<(), XlsxError> {
    let mut tallest: std::collections::BTreeMap<u32, usize> = Default::default();
    for (row, col, text) in wrapped {
        let lines = widths.lines(*col as usize, text);
        let entry = tallest.entry(*row).or_insert(1);
        *entry = (*entry).max(lines);
    }
    for (row, lines) in tallest {
        if lines > 1 {
            sheet.set_row_height(row, 15.0 * lines as f64)?;
        }
    }
    Ok(())
}

/// Printing on A4 (`landscape` for the wide sheet of tasks), one page wide,
/// the header row repeated on every page, the page number at the foot.
fn print_setup(sheet: &mut Worksheet, landscape: bool) -> Result<(), XlsxError> {
    sheet.set_paper_size(9);
    if landscape {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_footer("&C&P/&N");
    Ok(())
}

impl Widths {
    fn fit(&mut self, col: usize, text: &str) {
        let width = unicode_width::UnicodeWidthStr::width(text).min(MAX_WIDTH);
        if self.0.len() <= col {
            self.0.resize(col + 1, 0);
        }
        self.0[col] = self.0[col].max(width);
    }

    /// The lines `text` takes wrapped between its words in column `col`.
    fn lines(&self, col: usize, text: &str) -> usize {
        let width = (self.0.get(col).copied().unwrap_or(0) + 2).max(6) - 1;
        let (mut lines, mut used) = (1, 0);
        for line in text.split('\n') {
            if used > 0 {
                lines += 1;
                used = 0;
            }
            for word in line.split(' ') {
                let w = unicode_width::UnicodeWidthStr::width(word);
                if used > 0 && used + 1 + w > width {
                    lines += 1;
                    used = w;
                } else {
                    used += w + usize::from(used > 0);
                }
                // A word longer than the column breaks across lines.
                while used > width {
                    lines += 1;
                    used -= width;
                }
            }
        }
        lines
    }

    /// Make column `col` at most `width` characters wide.
    fn cap(&mut self, col: usize, width: usize) {
        if let Some(w) = self.0.get_mut(col) {
            *w = (*w).min(width);
        }
    }

    fn apply(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for (col, width) in self.0.iter().enumerate() {
            sheet.set_column_width(col as u16, (*width as f64 + 2.0).max(6.0))?;
        }
        Ok(())
    }
}

fn header(
    sheet: &mut Worksheet,
    headers: &[String],
    formats: &Formats,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    for (col, text) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, text, &formats.header)?;
        // A header wraps between its words rather than widen its column.
        let longest = text.split(' ').map(str::len).max().unwrap_or(0);
        widths.fit(col, &"x".repeat(longest.min(12)));
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn tasks_sheet(sheet: &mut Worksheet, rows: &[&Row], formats: &Formats) -> Result<(), XlsxError> {
    let headers = [
        t!("xlsx-col-id"),
        t!("xlsx-col-title"),
        t!("xlsx-col-lead"),
        t!("xlsx-col-partners"),
        t!("xlsx-col-window"),
        t!("xlsx-col-start"),
        t!("xlsx-col-end"),
        t!("xlsx-col-due"),
        t!("xlsx-col-status"),
        t!("xlsx-col-done"),
        t!("xlsx-col-overdue"),
    ];
    let mut widths = Widths(Vec::new());
    header(sheet, &headers, formats, &mut widths)?;
    let words = super::words::words();
    let mut names = String::new();
    let mut wrapped = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        let (plan, task) = (row.plan, row.task);
        let late = row.state.days_overdue().is_some();
        let (text, wrap, date, number) = if late {
            (
                &formats.late_text,
                &formats.late_wrap,
                &formats.late_date,
                &formats.late_number,
            )
        } else {
            (&formats.text, &formats.wrap, &formats.date, &formats.number)
        };
        let mut string = |col: u16, value: &str, format: &Format| -> Result<(), XlsxError> {
            let value = crate::text::without_hazards(value);
            sheet.write_string_with_format(r, col, value.as_ref(), format)?;
            widths.fit(col as usize, &value);
            if std::ptr::eq(format, wrap) {
                wrapped.push((r, col, value.into_owned()));
            }
            Ok(())
        };
        string(0, &task.id, text)?;
        string(1, &task.title, wrap)?;
        super::push_unit_names(plan, &task.lead, "; ", &mut names);
        let lead = if task.lead.is_empty() {
            words.unassigned.clone()
        } else {
            names.clone()
        };
        string(2, &lead, wrap)?;
        super::push_unit_names(plan, &task.partners, "; ", &mut names);
        string(3, &names, wrap)?;
        string(4, &task.window.text, wrap)?;
        string(8, words.status(task.status_on(row.on)), text)?;
        let days = [
            (5, task.window.start()),
            (6, task.window.end()),
            (7, row.state.due()),
            (9, task.done_on(row.on)),
        ];
        for (col, day) in days {
            match day {
                Some(day) => {
                    sheet.write_date_with_format(r, col, day, date)?;
                }
                None => {
                    sheet.write_blank(r, col, text)?;
                }
            }
            widths.fit(col as usize, "00/00/0000");
        }
        match row.state.days_overdue() {
            Some(days) => {
                sheet.write_number_with_format(r, 10, days as f64, number)?;
            }
            None => {
                sheet.write_blank(r, 10, text)?;
            }
        }
    }
    sheet.autofilter(0, 0, rows.len() as u32, headers.len() as u16 - 1)?;
    // Fitted on one page wide, the sheet must stay legible: titles wrap at
    // 50 characters, units' names and windows sooner (about 190 characters
    // in all, 8 points on landscape A4).
    widths.cap(1, 50);
    widths.cap(2, 30);
    widths.cap(3, 30);
    widths.cap(4, 22);
    header_height(sheet, &headers, &widths)?;
    row_heights(sheet, &wrapped, &widths)?;
    print_setup(sheet, true)?;
    widths.apply(sheet)
}

/// `plan report --format xlsx`: the report's table of units as a
/// workbook of one sheet.
pub fn report(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut book = Workbook::new();
    summary(
        book.add_worksheet(),
        report,
        &Formats::new(),
        &mut HashSet::new(),
    )
    .and_then(|()| book.save_to_buffer())
    .map_err(io::Error::other)
    .and_then(|bytes| out.write_all(&bytes))
}

/// The summary sheet: each unit's tasks as `plan report` counts them, and
/// the totals in bold; with several plans, a first column names each
/// unit's plan. Under the table, the report's heading (its day and scope)
/// and the note when the rows do not simply add up; the heading also
/// heads each printed page.
fn summary(
    sheet: &mut Worksheet,
    report: &Report,
    formats: &Formats,
    names: &mut HashSet<String>,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(&t!("xlsx-summary"), names))?;
    let several = report.units.iter().any(|u| u.plan != report.units[0].plan);
    let mut headers = vec![
        t!("xlsx-col-unit"),
        t!("xlsx-col-total"),
        t!("xlsx-col-on-time"),
        t!("xlsx-col-late"),
        t!("xlsx-col-overdue-tasks"),
        t!("xlsx-col-longest"),
        t!("xlsx-col-soon"),
        t!("xlsx-col-not-yet"),
        t!("xlsx-col-waiting"),
    ];
    if several {
        headers.insert(0, t!("xlsx-col-plan"));
    }
    let first = u16::from(several);
    let mut widths = Widths(Vec::new());
    header(sheet, &headers, formats, &mut widths)?;
    let total = t!("xlsx-total");
    let lines = report
        .units
        .iter()
        .map(|u| (Some(u.plan), u.name, &u.counts))
        .chain(std::iter::once((None, total.as_str(), &report.totals)));
    let mut last = 0;
    let mut wrapped = Vec::new();
    let rows = report.units.len() + 1;
    for (i, (plan, name, counts)) in lines.enumerate() {
        let r = i as u32 + 1;
        last = r;
        let is_total = i + 1 == rows;
        let (text, number) = match is_total {
            true => (&formats.total_text, &formats.total_number),
            false => (&formats.wrap, &formats.number),
        };
        if several {
            let plan = crate::text::without_hazards(plan.unwrap_or_default());
            sheet.write_string_with_format(r, 0, plan.as_ref(), text)?;
            widths.fit(0, &plan);
        }
        let name = crate::text::without_hazards(name);
        sheet.write_string_with_format(r, first, name.as_ref(), text)?;
        widths.fit(first as usize, &name);
        wrapped.push((r, first, name.into_owned()));
        let numbers = [
            Some(counts.total as i64),
            Some(counts.done_on_time as i64),
            Some(counts.done_late as i64),
            Some(counts.overdue as i64),
            counts.longest_delay,
            Some(counts.due_soon as i64),
            Some(counts.not_yet_due as i64),
            Some(counts.waiting as i64),
        ];
        for (col, value) in numbers.into_iter().enumerate() {
            let col = col as u16 + 1 + first;
            match value {
                Some(value) => sheet.write_number_with_format(r, col, value as f64, number)?,
                None => sheet.write_blank(r, col, number)?,
            };
        }
    }
    sheet.autofilter(0, 0, last.saturating_sub(1), headers.len() as u16 - 1)?;
    // What the table is: its day and scope, and why its rows may add up to
    // more than the total.
    let words = super::report::words();
    let heading = super::report::heading(report, words);
    let mut below = vec![heading.clone()];
    below.extend(super::report::rows_note(report, words));
    for (n, line) in below.iter().enumerate() {
        sheet.write_string_with_format(last + 2 + n as u32, 0, line, &formats.note)?;
    }
    header_height(sheet, &headers, &widths)?;
    row_heights(sheet, &wrapped, &widths)?;
    print_setup(sheet, false)?;
    sheet.set_header(format!("&L{}", heading.replace('&', "&&")));
    widths.apply(sheet)
}
