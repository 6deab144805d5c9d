//! The progress report as a terminal table, Markdown, CSV or JSON (HTML is
//! in `render::html`).

mod markdown;
mod overdue;

pub use markdown::markdown;
pub(crate) use overdue::overdue_line;
use overdue::overdue_list;

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, Width};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::csv::cell;
use super::day;
use std::sync::OnceLock;

use crate::i18n::{Args, Lang, Value, message_in};
use crate::report::{Counts, Report};
use crate::text::{has_hazard, visible};

/// The words of a report, in one language: the terminal, the Markdown
/// and the HTML report all follow the interface's language.
pub(crate) struct Words {
    lang: Lang,
    pub header: [String; 9],
    pub total: String,
    group: String,
    days: String,
    roles: [String; 3],
    due_soon_note: String,
    pub overdue_title: String,
    pub none_overdue: String,
    pub reporting_title: String,
    /// A task with no lead unit.
    pub unassigned: String,
}

impl Words {
    fn of(lang: Lang) -> Words {
        let m = |key: &str| message_in(lang, key, None);
        let many = |keys: &[&str]| keys.iter().map(|k| m(k)).collect::<Vec<_>>();
        Words {
            lang,
            header: many(&[
                "out-report-unit",
                "out-report-tasks",
                "out-report-on-time",
                "out-report-late",
                "out-report-overdue",
                "out-report-max-delay",
                "out-report-due-soon",
                "out-report-not-due",
                "out-report-waiting",
            ])
            .try_into()
            .unwrap_or_default(),
            total: m("out-report-total"),
            group: m("out-report-group"),
            days: m("out-report-days"),
            roles: many(&[
                "out-report-role-lead",
                "out-report-role-partner",
                "out-report-role-any",
            ])
            .try_into()
            .unwrap_or_default(),
            due_soon_note: m("out-report-due-soon-note"),
            overdue_title: m("out-report-overdue-title"),
            none_overdue: m("out-report-none-overdue"),
            reporting_title: m("out-report-reporting-title"),
            unassigned: m("out-unassigned"),
        }
    }

    /// The message `key` in the report's language.
    fn say(&self, key: &str, args: &[(&str, Value)]) -> String {
        let mut list = Args::new();
        for (name, value) in args {
            list.set(*name, value.clone());
        }
        message_in(self.lang, key, Some(&list))
    }
}

/// The report's words in `lang`, looked up once.
pub(crate) fn words_in(lang: Lang) -> &'static Words {
    static WORDS: [OnceLock<Words>; 2] = [OnceLock::new(), OnceLock::new()];
    WORDS[lang as usize].get_or_init(|| Words::of(lang))
}

/// The report's words in the interface's language.
pub(crate) fn words() -> &'static Words {
    words_in(crate::i18n::current())
}

/// The counts in the order of the report's columns, the longest delay
/// written by `delay` (nothing when no task is overdue).
fn columns(counts: &Counts, delay: impl Fn(i64) -> String) -> [String; 8] {
    [
        counts.total.to_string(),
        counts.done_on_time.to_string(),
        counts.done_late.to_string(),
        counts.overdue.to_string(),
        counts.longest_delay.map(delay).unwrap_or_default(),
        counts.due_soon.to_string(),
        counts.not_yet_due.to_string(),
        counts.waiting.to_string(),
    ]
}

/// The counts for people: the longest delay with its unit of days.
pub(crate) fn numbers(counts: &Counts, words: &Words) -> [String; 8] {
    columns(counts, |d| format!("{d}\u{a0}{}", words.days))
}

pub(crate) fn share(counts: &Counts) -> String {
    counts
        .on_time_percent()
        .map(|p| format!("{p:.0}%"))
        .unwrap_or_else(|| "–".into())
}

/// "Done on time: 3 of 8 tasks (38%)."
pub(crate) fn on_time_line(report: &Report, words: &Words) -> String {
    words.say(
        "out-report-on-time-line",
        &[
            ("done", report.totals.done_on_time.into()),
            ("total", report.totals.total.into()),
            ("share", share(&report.totals).into()),
        ],
    )
}

/// The note under the table when the unit rows do not simply add up to
/// the total (a task shared by several units counts in each row).
pub(crate) fn rows_note(report: &Report, words: &Words) -> Option<String> {
    let unscheduled = (report.totals.unscheduled > 0).then(|| {
        words.say(
            "out-report-unscheduled",
            &[("count", report.totals.unscheduled.into())],
        )
    });
    match (sum_note(report, words), unscheduled) {
        (Some(sum), Some(unscheduled)) => Some(format!("{sum} {unscheduled}")),
        (sum, unscheduled) => sum.or(unscheduled),
    }
}

/// Why the unit rows do not add up to the total, when they do not.
fn sum_note(report: &Report, words: &Words) -> Option<String> {
    let rows = &report.rows;
    if !rows.needs_note() {
        return None;
    }
    let mut note = words.say(
        "out-report-rows-sum",
        &[
            ("sum", rows.sum.into()),
            ("total", report.totals.total.into()),
        ],
    );
    if rows.shared_tasks > 0 {
        note.push_str(&words.say("out-report-rows-shared", &[]));
    } else {
        note.push('.');
    }
    if rows.tasks_in_no_row > 0 {
        note.push_str(&words.say(
            "out-report-rows-none",
            &[("count", rows.tasks_in_no_row.into())],
        ));
    }
    Some(note)
}

/// A unit's label: its name, marked when it is a group.
pub(crate) fn label(row: &crate::report::UnitRow, qualify: bool, words: &Words) -> String {
    let mut label = row.name.to_string();
    if row.group {
        label.push_str(&words.group);
    }
    if qualify {
        label = format!("{} · {label}", row.plan);
    }
    label
}

pub(crate) fn heading(report: &Report, words: &Words) -> String {
    let mut title = words.say("out-report-heading", &[("day", day(report.as_of).into())]);
    if let Some(period) = &report.period {
        title.push_str(&words.say("out-report-period", &[("period", period.as_str().into())]));
    }
    let role = match report.role {
        "lead" => &words.roles[0],
        "partner" => &words.roles[1],
        _ => &words.roles[2],
    };
    title.push_str(&words.say("out-report-counted", &[("role", role.as_str().into())]));
    title
}

/// A group task's reporting as a line of the list below the overdue
/// tasks: `3. … : reported 2/3; not reported: Xã Hợp Lý`.
pub(crate) fn reporting_line(
    report: &Report,
    task: &crate::report::TaskReporting,
    words: &Words,
) -> String {
    let plan = if report.units.iter().any(|u| u.plan != task.plan) {
        format!("{}:", visible(task.plan))
    } else {
        String::new()
    };
    let shown = super::words::words_in(words.lang);
    let mut reported = shown
        .reported
        .fill(&[&task.reported.to_string(), &task.of.to_string()]);
    if !task.missing.is_empty() {
        reported.push_str("; ");
        reported.push_str(&shown.not_reported.fill(&[&task.missing.join("; ")]));
    }
    words.say(
        "out-report-reporting-line",
        &[
            ("plan", plan.into()),
            ("id", visible(task.id).into_owned().into()),
            ("title", visible(task.title).into_owned().into()),
            ("reported", visible(&reported).into_owned().into()),
        ],
    )
}

/// The columns a unit's name keeps when the headers are long.
const NAME_ROOM: usize = 20;

/// The report as a table for the terminal.
pub fn table(report: &Report, width: Option<u16>, out: &mut dyn Write) -> io::Result<()> {
    let words = words();
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    writeln!(out, "{}", visible(&heading(report, words)))?;
    let mut rows: Vec<Vec<String>> = {
        use rayon::prelude::*;
        report
            .units
            .par_iter()
            .map(|row| {
                let label = label(row, qualify, words);
                let mut cells = Vec::with_capacity(words.header.len());
                cells.push(if has_hazard(&label) {
                    visible(&label).into_owned()
                } else {
                    label
                });
                cells.extend(numbers(&row.counts, words));
                cells
            })
            .collect()
    };
    let mut total = vec![words.total.to_string()];
    total.extend(numbers(&report.totals, words));
    rows.push(total);
    let widest = |i: usize| {
        rows.iter()
            .map(|r| UnicodeWidthStr::width(r[i].as_str()))
            .max()
            .unwrap_or(0)
    };
    // Numbers and their headers are never broken and the unit's name
    // wraps, while the headers leave the name room; longer headers (the
    // Vietnamese ones) wrap between their words instead.
    let columns = usize::from(width.unwrap_or(super::table::DEFAULT_WIDTH));
    let headers: usize = words.header[1..]
        .iter()
        .map(|h| UnicodeWidthStr::width(h.as_str()) + 3)
        .sum();
    let numbers_whole = columns == 0 || headers + NAME_ROOM <= columns;
    // A number column is as wide as its widest cell and its header's
    // longest word.
    let floors: Vec<usize> = (1..words.header.len())
        .map(|i| {
            let word = words.header[i]
                .split_whitespace()
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0);
            widest(i).max(word)
        })
        .collect();
    let layout = |rows: &[Vec<String>]| {
        let mut table = super::table::new_table(width);
        table.set_header(&words.header);
        for cells in rows {
            table.add_row(cells);
        }
        if numbers_whole {
            super::table::keep_whole(&mut table, &[1, 2, 3, 4, 5, 6, 7, 8]);
        } else {
            let room = ColumnConstraint::LowerBoundary(Width::Fixed(NAME_ROOM as u16));
            if let Some(column) = table.column_mut(0) {
                column.set_constraint(room);
            }
            for (i, floor) in floors.iter().enumerate() {
                if let Some(column) = table.column_mut(i + 1) {
                    let floor = Width::Fixed(u16::try_from(floor + 2).unwrap_or(u16::MAX));
                    column.set_constraint(ColumnConstraint::LowerBoundary(floor));
                }
            }
        }
        for i in 1..words.header.len() {
            if let Some(column) = table.column_mut(i) {
                column.set_cell_alignment(comfy_table::CellAlignment::Right);
            }
        }
        table
    };
    let right: Vec<bool> = (0..words.header.len()).map(|i| i > 0).collect();
    super::stream::stream(
        &rows,
        layout,
        |cells: &Vec<String>| cells.iter().map(|c| c.as_str().into()).collect(),
        &right,
        out,
    )?;
    if let Some(note) = rows_note(report, words) {
        writeln!(out, "{note}")?;
    }
    writeln!(out, "{}", on_time_line(report, words))?;
    if report.overdue.is_empty() {
        writeln!(out, "\n{}", words.none_overdue)?;
    } else {
        writeln!(out, "\n{}:", words.overdue_title)?;
        overdue_list(report, words, out)?;
    }
    if !report.reporting.is_empty() {
        writeln!(out, "\n{}:", words.reporting_title)?;
        for task in &report.reporting {
            writeln!(out, "- {}", reporting_line(report, task, words))?;
        }
    }
    Ok(())
}

/// The report as CSV for Excel: one row per unit and a total row.
pub fn csv(report: &Report, delimiter: u8, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(super::csv::BOM.as_bytes())?;
    let mut writer = super::csv::writer(out, delimiter);
    writer.write_record([
        "plan",
        "unit",
        "name",
        "total",
        "done_on_time",
        "done_late",
        "overdue",
        "longest_delay_days",
        "due_within_30_days",
        "not_yet_due",
        "waiting",
    ])?;
    let row = |plan: &str, unit: &str, name: &str, c: &Counts| -> Vec<String> {
        let names = [cell(plan), cell(unit), cell(name)];
        let names = names.into_iter().map(|n| n.into_owned());
        names.chain(columns(c, |d| d.to_string())).collect()
    };
    for unit in &report.units {
        writer.write_record(row(unit.plan, unit.unit, unit.name, &unit.counts))?;
    }
    writer.write_record(row("", "", "Total", &report.totals))?;
    // The note is a row of its own, in the name column, so that Excel shows
    // it under the total and a reader of the columns sees empty counts.
    if let Some(note) = rows_note(report, words_in(Lang::En)) {
        let mut cells = vec![String::new(), String::new(), cell(&note).into_owned()];
        cells.resize(11, String::new());
        writer.write_record(cells)?;
    }
    writer.flush()
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    #[serde(flatten)]
    report: &'a Report<'a>,
    on_time_percent: Option<f64>,
}

/// The report as JSON (schema in the README).
pub fn json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let doc = JsonReport {
        version: super::json::VERSION,
        report,
        on_time_percent: report.totals.on_time_percent(),
    };
    super::json::write(&doc, out)
}
