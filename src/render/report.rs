//! The progress report as a terminal table, Markdown, CSV or JSON (HTML is
//! in `render::html`).

use std::io::{self, Write};

use serde::Serialize;

use super::csv::cell;
use super::day;
use crate::report::{Counts, Report};
use crate::text::visible;

/// The words of a report: English on the terminal, Vietnamese in the
/// documents sent upward (Markdown and HTML).
pub(crate) struct Words {
    pub header: [&'static str; 9],
    pub total: &'static str,
    group: &'static str,
    days: &'static str,
    roles: [&'static str; 3],
    heading: &'static str,
    tasks_of: &'static str,
    counted_for: &'static str,
    on_time: &'static str,
    of: &'static str,
    tasks: &'static str,
    due_soon_note: &'static str,
    pub overdue_title: &'static str,
    pub none_overdue: &'static str,
    due: &'static str,
    overdue_by: &'static str,
    /// Why the unit rows do not add up to the total: the sums, the
    /// reason when a task counts in several rows, and the tasks no row
    /// counts (`{sum}`, `{total}`, `{n}` are filled in).
    rows_sum: &'static str,
    rows_shared: &'static str,
    rows_none: &'static str,
    /// The tasks with no dates yet, in the Tasks column only (`{n}`).
    unscheduled: &'static str,
    /// A task with no lead unit.
    pub unassigned: &'static str,
}

pub(crate) const ENGLISH: Words = Words {
    header: [
        "Unit",
        "Tasks",
        "On time",
        "Late",
        "Overdue",
        "Max delay",
        "Due ≤30d",
        "Not due",
        "Waiting",
    ],
    total: "Total",
    group: " (group)",
    days: "d",
    roles: ["lead", "partner", "lead and partner"],
    heading: "Progress as of",
    tasks_of: ", tasks of",
    counted_for: ", counted for {} units",
    on_time: "Done on time:",
    of: "of",
    tasks: "tasks",
    due_soon_note: "Due soon means within 30 days.",
    overdue_title: "Overdue tasks",
    none_overdue: "No task is overdue.",
    due: "due",
    overdue_by: "overdue",
    rows_sum: "The unit rows add up to {sum} and the total is {total}",
    rows_shared: ": a task counts in the row of every unit it concerns, and once in the total.",
    rows_none: " Tasks that concern no unit in the table count in the total only ({n}).",
    unassigned: super::UNASSIGNED,
    unscheduled: "Tasks with no dates yet, their window marked for review (`plan list --review`), count in the Tasks column only: {n}.",
};

pub(crate) const VIETNAMESE: Words = Words {
    header: [
        "Đơn vị",
        "Tổng số",
        "Đúng hạn",
        "Trễ hạn",
        "Quá hạn",
        "Trễ nhất",
        "Đến hạn ≤30 ngày",
        "Chưa đến hạn",
        "Chờ điều kiện",
    ],
    total: "Tổng cộng",
    group: " (nhóm)",
    days: "ngày",
    roles: [
        "đơn vị chủ trì",
        "đơn vị phối hợp",
        "đơn vị chủ trì và phối hợp",
    ],
    heading: "Tiến độ thực hiện đến ngày",
    tasks_of: ", nhiệm vụ trong",
    counted_for: ", tính cho {}",
    on_time: "Hoàn thành đúng hạn:",
    of: "/",
    tasks: "nhiệm vụ",
    due_soon_note: "Đến hạn: trong 30 ngày tới.",
    overdue_title: "Nhiệm vụ quá hạn",
    none_overdue: "Không có nhiệm vụ quá hạn.",
    due: "hạn",
    overdue_by: "quá hạn",
    rows_sum: "Cộng các dòng đơn vị được {sum}, Tổng cộng là {total}",
    rows_shared: ": mỗi nhiệm vụ được tính cho từng đơn vị liên quan nhưng chỉ tính một lần trong Tổng cộng.",
    rows_none: " Nhiệm vụ không thuộc đơn vị nào trong bảng chỉ được tính trong Tổng cộng ({n}).",
    unassigned: super::UNASSIGNED_VI,
    unscheduled: "Nhiệm vụ chưa xác định được thời gian thực hiện (cần xem lại, `plan list --review`) chỉ được tính trong cột Tổng số: {n}.",
};

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
    let of = if words.of == "/" {
        "/".to_string()
    } else {
        format!(" {} ", words.of)
    };
    let tasks = if words.tasks == "tasks" && report.totals.total == 1 {
        "task"
    } else {
        words.tasks
    };
    format!(
        "{} {}{of}{} {tasks} ({}).",
        words.on_time,
        report.totals.done_on_time,
        report.totals.total,
        share(&report.totals)
    )
}

/// The note under the table when the unit rows do not simply add up to
/// the total (a task shared by several units counts in each row).
pub(crate) fn rows_note(report: &Report, words: &Words) -> Option<String> {
    let unscheduled = (report.totals.unscheduled > 0).then(|| {
        words
            .unscheduled
            .replace("{n}", &report.totals.unscheduled.to_string())
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
    let mut note = words
        .rows_sum
        .replace("{sum}", &rows.sum.to_string())
        .replace("{total}", &report.totals.total.to_string());
    note.push_str(if rows.shared_tasks > 0 {
        words.rows_shared
    } else {
        "."
    });
    if rows.tasks_in_no_row > 0 {
        note.push_str(
            &words
                .rows_none
                .replace("{n}", &rows.tasks_in_no_row.to_string()),
        );
    }
    Some(note)
}

/// A unit's label: its name, marked when it is a group.
pub(crate) fn label(row: &crate::report::UnitRow, qualify: bool, words: &Words) -> String {
    let mut label = row.name.clone();
    if row.group {
        label.push_str(words.group);
    }
    if qualify {
        label = format!("{} · {label}", row.plan);
    }
    label
}

pub(crate) fn heading(report: &Report, words: &Words) -> String {
    let mut title = format!("{} {}", words.heading, day(report.as_of));
    if let Some(period) = &report.period {
        title.push_str(&format!("{} {period}", words.tasks_of));
    }
    let role = match report.role {
        "lead" => words.roles[0],
        "partner" => words.roles[1],
        _ => words.roles[2],
    };
    title.push_str(&words.counted_for.replace("{}", role));
    title
}

/// One overdue task as a line of the list below the table.
pub(crate) fn overdue_line(
    report: &Report,
    task: &crate::report::OverdueTask,
    words: &Words,
) -> String {
    let plan = if report.units.iter().any(|u| u.plan != task.plan) {
        format!("{}:", visible(&task.plan))
    } else {
        String::new()
    };
    let days = if words.days == "d" {
        if task.days == 1 { "day" } else { "days" }
    } else {
        words.days
    };
    format!(
        "{plan}{}. {} — {}; {} ({} {}), {} {} {days}",
        visible(&task.id),
        visible(&task.title),
        visible(&super::leads_or(&task.lead, words.unassigned)),
        visible(&task.window),
        words.due,
        day(task.due),
        words.overdue_by,
        task.days
    )
}

/// The report as a table for the terminal.
pub fn table(report: &Report, width: Option<u16>, out: &mut dyn Write) -> io::Result<()> {
    let words = &ENGLISH;
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    writeln!(out, "{}", visible(&heading(report, words)))?;
    let mut table = super::table::new_table(width);
    table.set_header(words.header);
    for row in &report.units {
        let mut cells = vec![visible(&label(row, qualify, words)).into_owned()];
        cells.extend(numbers(&row.counts, words));
        table.add_row(cells);
    }
    let mut total = vec![words.total.to_string()];
    total.extend(numbers(&report.totals, words));
    table.add_row(total);
    // Numbers and their headers are never broken; the unit's name wraps.
    super::table::keep_whole(&mut table, &[1, 2, 3, 4, 5, 6, 7, 8]);
    for i in 1..words.header.len() {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    writeln!(out, "{table}")?;
    if let Some(note) = rows_note(report, words) {
        writeln!(out, "{note}")?;
    }
    writeln!(out, "{}", on_time_line(report, words))?;
    if report.overdue.is_empty() {
        return writeln!(out, "\n{}", words.none_overdue);
    }
    writeln!(out, "\n{}:", words.overdue_title)?;
    for task in &report.overdue {
        writeln!(out, "- {}", overdue_line(report, task, words))?;
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

/// The report as Markdown, in Vietnamese: pastes into a document as a
/// table and a list.
pub fn markdown(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let words = &VIETNAMESE;
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
        return writeln!(out, "{}", words.none_overdue);
    }
    for task in &report.overdue {
        writeln!(
            out,
            "- {}",
            markdown_cell(&overdue_line(report, task, words))
        )?;
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
        writer.write_record(row(&unit.plan, &unit.unit, &unit.name, &unit.counts))?;
    }
    writer.write_record(row("", "", "Total", &report.totals))?;
    // The note is a row of its own, in the name column, so that Excel shows
    // it under the total and a reader of the columns sees empty counts.
    if let Some(note) = rows_note(report, &ENGLISH) {
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
    report: &'a Report,
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
