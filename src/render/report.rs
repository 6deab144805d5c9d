//! The progress report as a terminal table, Markdown, CSV or JSON (HTML is
//! in `render::html`).

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

/// One overdue task as a line of the list below the table.
pub(crate) fn overdue_line(
    report: &Report,
    task: &crate::report::OverdueTask,
    words: &Words,
) -> String {
    overdue_line_of(task, OtherPlans::of(report).of_task(task), words)
}

/// Which plans the report's rows come from, to tell whether an overdue
/// task needs its plan named: a row of another plan stands beside it.
enum OtherPlans<'r> {
    None,
    /// Every row comes from this plan.
    One(&'r str),
    Several,
}

impl<'r> OtherPlans<'r> {
    fn of(report: &'r Report) -> Self {
        match report.units.first() {
            None => OtherPlans::None,
            Some(first) if report.units.iter().all(|u| u.plan == first.plan) => {
                OtherPlans::One(first.plan)
            }
            Some(_) => OtherPlans::Several,
        }
    }

    /// Whether a row comes from a plan other than `task`'s.
    fn of_task(&self, task: &crate::report::OverdueTask) -> bool {
        match self {
            OtherPlans::None => false,
            OtherPlans::One(plan) => *plan != task.plan,
            OtherPlans::Several => true,
        }
    }
}

/// An overdue task's line, its plan named when `qualify`: the catalog's
/// `out-report-overdue-line` with the task's words in its places.
fn overdue_line_of(task: &crate::report::OverdueTask, qualify: bool, words: &Words) -> String {
    OverdueLines::new(words).say(overdue_words(task, qualify, words), task.days)
}

/// The words of an overdue line, in the order of [`OverdueLines`]' places.
fn overdue_words(task: &crate::report::OverdueTask, qualify: bool, words: &Words) -> [String; 6] {
    let plan = if qualify {
        format!("{}:", visible(task.plan))
    } else {
        String::new()
    };
    [
        plan,
        visible(task.id).into_owned(),
        visible(task.title).into_owned(),
        visible(&super::leads_or(&task.lead, &words.unassigned)).into_owned(),
        visible(task.window).into_owned(),
        day(task.due),
    ]
}

/// The names of the words of an overdue line, as the catalog has them.
const OVERDUE_PLACES: [&str; 6] = ["plan", "id", "title", "lead", "window", "due"];

/// A piece of an overdue line's pattern: catalog text, or a place for one
/// of the task's words.
enum Piece {
    Text(String),
    Place(usize),
}

/// Overdue lines for a long list. The message's selectors look at the
/// number of days only, so the catalog formats it once per number of days,
/// with markers (private-use characters, which no catalog holds) in the
/// places of the task's words, and each line is that pattern cut at the
/// markers with the words put back. A pattern whose markers do not come
/// out once each is not cut: its lines are formatted one by one.
struct OverdueLines<'w> {
    words: &'w Words,
    patterns: rustc_hash::FxHashMap<i64, Option<Vec<Piece>>>,
}

impl<'w> OverdueLines<'w> {
    const MARK: u32 = 0xE000;

    fn new(words: &'w Words) -> Self {
        OverdueLines {
            words,
            patterns: Default::default(),
        }
    }

    fn say(&self, filled: [String; 6], days: i64) -> String {
        let mut args: Vec<(&str, Value)> = OVERDUE_PLACES
            .iter()
            .zip(filled)
            .map(|(name, word)| (*name, word.into()))
            .collect();
        args.push(("days", days.into()));
        self.words.say("out-report-overdue-line", &args)
    }

    fn pattern(&self, days: i64) -> Option<Vec<Piece>> {
        let marks = std::array::from_fn(|i| {
            char::from_u32(Self::MARK + i as u32)
                .map(String::from)
                .unwrap_or_default()
        });
        let text = self.say(marks, days);
        let mut pieces = Vec::new();
        let mut seen = [0usize; 6];
        let mut literal = String::new();
        for c in text.chars() {
            let place = (c as u32).wrapping_sub(Self::MARK) as usize;
            if place < OVERDUE_PLACES.len() {
                seen[place] += 1;
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Place(place));
            } else if (Self::MARK..=Self::MARK + 0xFF).contains(&(c as u32)) {
                return None;
            } else {
                literal.push(c);
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        seen.iter().all(|&n| n == 1).then_some(pieces)
    }

    fn line(&mut self, task: &crate::report::OverdueTask, qualify: bool) -> String {
        self.prepare(std::iter::once(task.days));
        let mut line = String::with_capacity(256);
        self.line_into(task, qualify, &mut line);
        line
    }

    /// Work out the patterns of these numbers of days, once each.
    fn prepare(&mut self, days: impl IntoIterator<Item = i64>) {
        for days in days {
            if !self.patterns.contains_key(&days) {
                let pattern = self.pattern(days);
                self.patterns.insert(days, pattern);
            }
        }
    }

    /// Append `task`'s line to `out`, its words written straight into the
    /// pattern's places; a number of days not [`prepare`](Self::prepare)d,
    /// or whose pattern could not be cut, is formatted whole.
    fn line_into(&self, task: &crate::report::OverdueTask, qualify: bool, out: &mut String) {
        let Some(Some(pieces)) = self.patterns.get(&task.days) else {
            let filled = overdue_words(task, qualify, self.words);
            out.push_str(&self.say(filled, task.days));
            return;
        };
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Place(0) => {
                    if qualify {
                        out.push_str(&visible(task.plan));
                        out.push(':');
                    }
                }
                Piece::Place(1) => out.push_str(&visible(task.id)),
                Piece::Place(2) => out.push_str(&visible(task.title)),
                Piece::Place(3) => {
                    if task.lead.is_empty() {
                        out.push_str(&visible(&self.words.unassigned));
                    }
                    for (i, lead) in task.lead.iter().enumerate() {
                        if i > 0 {
                            out.push_str("; ");
                        }
                        out.push_str(&visible(lead));
                    }
                }
                Piece::Place(4) => out.push_str(&visible(task.window)),
                Piece::Place(_) => push_day(task.due, out),
            }
        }
    }
}

/// Append [`day`] of `date` to `out`, without a `format!` for the common
/// years.
fn push_day(date: chrono::NaiveDate, out: &mut String) {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        out.push_str(&day(date));
        return;
    }
    let digits = |n: u32, width: usize, out: &mut String| {
        let mut buf = [b'0'; 4];
        let mut n = n;
        for slot in buf[..width].iter_mut().rev() {
            *slot = b'0' + (n % 10) as u8;
            n /= 10;
        }
        buf[..width].iter().for_each(|&b| out.push(char::from(b)));
    };
    digits(date.day(), 2, out);
    out.push('/');
    digits(date.month(), 2, out);
    out.push('/');
    digits(year as u32, 4, out);
}

/// The overdue tasks as the lines of the terminal's list (`- …`), written
/// in batches whose lines are formatted in parallel.
fn overdue_list(report: &Report, words: &Words, out: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    const BATCH: usize = 16 * 1024;
    let others = OtherPlans::of(report);
    let mut lines = OverdueLines::new(words);
    lines.prepare(report.overdue.iter().map(|t| t.days));
    const JOB: usize = 1024;
    // One buffer per job, kept from batch to batch.
    let mut texts: Vec<String> = Vec::new();
    for batch in report.overdue.chunks(BATCH) {
        let jobs = batch.len().div_ceil(JOB);
        texts.resize_with(texts.len().max(jobs), String::new);
        texts[..jobs]
            .par_iter_mut()
            .zip(batch.par_chunks(JOB))
            .for_each(|(text, tasks)| {
                text.clear();
                for task in tasks {
                    text.push_str("- ");
                    lines.line_into(task, others.of_task(task), text);
                    text.push('\n');
                }
            });
        for text in &texts[..jobs] {
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(())
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

/// Text for the Markdown report: inert, on one line, with `|` escaped for
/// the table and `&`, `<`, `>` as entities, so that a title holding HTML
/// is shown as text wherever the Markdown is rendered.
fn markdown_cell(text: &str) -> String {
    visible(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('\n', " ")
}

/// The report as Markdown, in the interface's language: pastes into a
/// document as a table and a list.
pub fn markdown(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let words = words();
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    writeln!(out, "## {}\n", markdown_cell(&heading(report, words)))?;
    writeln!(out, "| {} |", words.header.join(" | "))?;
    writeln!(out, "|---|{}", "---:|".repeat(words.header.len() - 1))?;
    for row in &report.units {
        writeln!(
            out,
            "| {} | {} |",
            markdown_cell(&label(row, qualify, words)),
            numbers(&row.counts, words).join(" | ")
        )?;
    }
    writeln!(
        out,
        "| **{}** | {} |",
        words.total,
        numbers(&report.totals, words)
            .map(|n| if n.is_empty() { n } else { format!("**{n}**") })
            .join(" | ")
    )?;
    if let Some(note) = rows_note(report, words) {
        writeln!(out, "\n{note}")?;
    }
    writeln!(
        out,
        "\n{} {}",
        on_time_line(report, words),
        words.due_soon_note
    )?;
    writeln!(out, "\n### {}\n", words.overdue_title)?;
    if report.overdue.is_empty() {
        writeln!(out, "{}", words.none_overdue)?;
    }
    let others = OtherPlans::of(report);
    let mut lines = OverdueLines::new(words);
    for task in &report.overdue {
        writeln!(
            out,
            "- {}",
            markdown_cell(&lines.line(task, others.of_task(task)))
        )?;
    }
    if !report.reporting.is_empty() {
        writeln!(out, "\n### {}\n", words.reporting_title)?;
        for task in &report.reporting {
            writeln!(
                out,
                "- {}",
                markdown_cell(&reporting_line(report, task, words))
            )?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::OverdueTask;

    #[test]
    fn overdue_lines_cut_from_a_pattern_are_the_lines_fluent_formats() {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
        let task = |title: &'static str, lead: &[&'static str], days: i64| OverdueTask {
            plan: "p-2026",
            id: "7.1",
            title,
            lead: lead.to_vec(),
            window: "Trước ngày 2/1/2026",
            due,
            days,
        };
        let tasks = [
            task("Báo cáo", &["Phòng Nội vụ"], 1),
            task("Báo cáo", &["Phòng Nội vụ", "Công an huyện"], 2),
            task("{ $title } \u{e000}\u{e005} x\u{202e}y", &[], 1),
            task("", &[""], 0),
            task("Tổng kết", &["Huyện Đoàn"], 334),
            task("Tổng kết", &["Huyện Đoàn"], -1),
        ];
        for lang in [Lang::En, Lang::Vi] {
            let words = words_in(lang);
            let mut lines = OverdueLines::new(words);
            for _ in 0..2 {
                for task in &tasks {
                    for qualify in [false, true] {
                        assert_eq!(
                            lines.line(task, qualify),
                            overdue_line_of(task, qualify, words)
                        );
                    }
                }
            }
            assert!(lines.patterns.values().all(Option::is_some));
        }
    }
}
