//! The progress report as a terminal table, Markdown, CSV or JSON (HTML is
//! in `render::html`).

use std::io::{self, Write};

use serde::Serialize;

use super::csv::cell;
use super::day;
use crate::report::{Counts, Report, SOON_DAYS};
use crate::text::visible;

pub(crate) const HEADER: [&str; 9] = [
    "Unit",
    "Tasks",
    "On time",
    "Late",
    "Overdue",
    "Max delay",
    "Due ≤30d",
    "Not due",
    "Waiting",
];

pub(crate) fn numbers(counts: &Counts) -> [String; 8] {
    [
        counts.total.to_string(),
        counts.done_on_time.to_string(),
        counts.done_late.to_string(),
        counts.overdue.to_string(),
        counts
            .longest_delay
            .map(|d| format!("{d} d"))
            .unwrap_or_default(),
        counts.due_soon.to_string(),
        counts.not_yet_due.to_string(),
        counts.waiting.to_string(),
    ]
}

pub(crate) fn share(counts: &Counts) -> String {
    counts
        .on_time_percent()
        .map(|p| format!("{p:.0}%"))
        .unwrap_or_else(|| "–".into())
}

/// A unit's label: its name, marked when it is a group or a member.
pub(crate) fn label(row: &crate::report::UnitRow, qualify: bool) -> String {
    let mut label = row.name.clone();
    if row.group {
        label.push_str(" (group)");
    }
    if qualify {
        label = format!("{} · {label}", row.plan);
    }
    label
}

pub(crate) fn heading(report: &Report) -> String {
    let mut title = format!("Progress as of {}", day(report.as_of));
    if let Some(period) = &report.period {
        title.push_str(&format!(", tasks of {period}"));
    }
    title.push_str(&format!(
        ", counted for {} units",
        match report.role {
            "lead" => "lead",
            "partner" => "partner",
            _ => "lead and partner",
        }
    ));
    title
}

/// The report as a table for the terminal.
pub fn table(report: &Report, width: Option<u16>, out: &mut dyn Write) -> io::Result<()> {
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    writeln!(out, "{}", heading(report))?;
    let mut table = super::table::new_table(width);
    table.set_header(HEADER);
    for row in &report.units {
        let mut cells = vec![visible(&label(row, qualify)).into_owned()];
        cells.extend(numbers(&row.counts));
        table.add_row(cells);
    }
    let mut total = vec!["Total".to_string()];
    total.extend(numbers(&report.totals));
    table.add_row(total);
    for i in 1..HEADER.len() {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "Done on time: {} of {} tasks ({}).",
        report.totals.done_on_time,
        report.totals.total,
        share(&report.totals)
    )?;
    overdue_list(report, out, false)
}

fn overdue_list(report: &Report, out: &mut dyn Write, markdown: bool) -> io::Result<()> {
    if report.overdue.is_empty() {
        return writeln!(out, "\nNo task is overdue.");
    }
    writeln!(out)?;
    if markdown {
        writeln!(out, "### Overdue tasks\n")?;
    } else {
        writeln!(out, "Overdue tasks:")?;
    }
    for task in &report.overdue {
        writeln!(
            out,
            "- {}{}. {} — {}; {} (due {}), {} {} overdue",
            if report.units.iter().any(|u| u.plan != task.plan) {
                format!("{}:", visible(&task.plan))
            } else {
                String::new()
            },
            visible(&task.id),
            visible(&task.title),
            visible(&task.lead.join("; ")),
            visible(&task.window),
            day(task.due),
            task.days,
            if task.days == 1 { "day" } else { "days" }
        )?;
    }
    Ok(())
}

fn markdown_cell(text: &str) -> String {
    visible(text).replace('|', "\\|").replace('\n', " ")
}

/// The report as Markdown: pastes into a document as a table and a list.
pub fn markdown(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let qualify = report.units.iter().any(|u| u.plan != report.units[0].plan);
    writeln!(out, "## {}\n", heading(report))?;
    writeln!(out, "| {} |", HEADER.join(" | "))?;
    writeln!(out, "|---|{}", "---:|".repeat(HEADER.len() - 1))?;
    for row in &report.units {
        writeln!(
            out,
            "| {} | {} |",
            markdown_cell(&label(row, qualify)),
            numbers(&row.counts).join(" | ")
        )?;
    }
    writeln!(
        out,
        "| **Total** | {} |",
        numbers(&report.totals)
            .map(|n| format!("**{n}**"))
            .join(" | ")
    )?;
    writeln!(
        out,
        "\nDone on time: {} of {} tasks ({}). Due soon means within {SOON_DAYS} days.",
        report.totals.done_on_time,
        report.totals.total,
        share(&report.totals)
    )?;
    overdue_list(report, out, true)
}

/// The report as CSV for Excel: one row per unit and a total row.
pub fn csv(report: &Report, delimiter: u8, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
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
        vec![
            cell(plan).into_owned(),
            cell(unit).into_owned(),
            cell(name).into_owned(),
            c.total.to_string(),
            c.done_on_time.to_string(),
            c.done_late.to_string(),
            c.overdue.to_string(),
            c.longest_delay.map(|d| d.to_string()).unwrap_or_default(),
            c.due_soon.to_string(),
            c.not_yet_due.to_string(),
            c.waiting.to_string(),
        ]
    };
    for unit in &report.units {
        writer.write_record(row(&unit.plan, &unit.unit, &unit.name, &unit.counts))?;
    }
    writer.write_record(row("", "", "Total", &report.totals))?;
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
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
