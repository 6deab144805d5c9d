//! `plan show`: one task in full, as labelled lines.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::query::Row;
use crate::text::{one_line, one_line_path, visible};

/// Write the task of `row` with every field and its window's dates.
pub fn task(row: &Row, out: &mut dyn Write) -> io::Result<()> {
    let (plan, task, today) = (row.plan, row.task, row.on);
    let words = super::words();
    // The values start in one column, past the longest label.
    let width = words
        .show
        .iter()
        .map(|l| UnicodeWidthStr::width(l.as_str()) + 2)
        .max()
        .unwrap_or(0)
        .max(11);
    let label = |out: &mut dyn Write, name: &str, value: &str| -> io::Result<()> {
        let mut lines = value.lines();
        let pad = " ".repeat(width.saturating_sub(UnicodeWidthStr::width(name)));
        writeln!(out, "{name}{pad}{}", visible(lines.next().unwrap_or("")))?;
        for line in lines {
            writeln!(out, "{:width$}{}", "", visible(line))?;
        }
        Ok(())
    };
    let [
        lead_label,
        partners_label,
        group_label,
        window_label,
        condition_label,
        status_label,
        state_label,
        note_label,
        review_label,
    ] = &words.show;
    let units = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| format!("{} ({id})", plan.unit_name(id)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    writeln!(
        out,
        "{}:{}  {}:{}",
        one_line(&plan.id),
        one_line(&task.id),
        one_line_path(&plan.path),
        task.line
    )?;
    writeln!(out, "{}", visible(&task.title))?;
    writeln!(out)?;
    let lead = if task.lead.is_empty() {
        words.unassigned.clone()
    } else {
        units(&task.lead)
    };
    label(out, lead_label, &lead)?;
    let partners = if task.partners.is_empty() {
        "–".to_string()
    } else {
        units(&task.partners)
    };
    label(out, partners_label, &partners)?;
    if let Some(group) = &task.group {
        label(out, group_label, group)?;
    }
    let mut window = task.window.text.clone();
    match task.window.milestones.as_slice() {
        [] if task.window.unread => window.push_str(&format!("\n{}", words.unread)),
        [] => window.push_str(&format!("\n{}", words.no_dates)),
        [one] => window.push_str(&format!("\n{}", super::span(one))),
        many => {
            for (i, m) in many.iter().enumerate() {
                let closed = match task.own_milestone_day(i, today) {
                    Some(on) => words.done_on.fill(&[&super::day(on)]),
                    None if task.milestone_closed(i, today) => words.done.clone(),
                    None => words.open.clone(),
                };
                window.push('\n');
                window.push_str(&words.milestone.fill(&[
                    &(i + 1).to_string(),
                    &super::span(m),
                    &closed,
                ]));
            }
        }
    }
    label(out, window_label, &window)?;
    if let Some(condition) = &task.condition {
        label(out, condition_label, condition)?;
    }
    label(out, status_label, &super::status(task, today))?;
    let state = words
        .as_of
        .fill(&[&super::state(row.state), &super::day(today)]);
    label(out, state_label, &state)?;
    if let Some(note) = &task.note {
        label(out, note_label, note)?;
    }
    let reports = reports(row);
    if !reports.is_empty() {
        label(out, &words.show_reports, &reports)?;
    }
    if !task.review.is_empty() {
        let fields: Vec<&str> = task.review.fields().map(|f| words.review(f)).collect();
        label(out, review_label, &fields.join(", "))?;
    }
    Ok(())
}

/// The units' reports on the task as of the day: how many of the groups'
/// members reported, each report, and who has not.
fn reports(row: &Row) -> String {
    let (plan, task, on) = (row.plan, row.task, row.on);
    let words = super::words();
    let mut lines: Vec<String> = Vec::new();
    lines.extend(super::reported(plan, task, on));
    for report in task.reports_on(on) {
        let unit = format!("{} ({})", plan.unit_name(&report.unit), report.unit);
        let day = super::day(report.on);
        lines.push(match &report.note {
            Some(note) => words
                .report_entry_note
                .fill(&[&unit, &day, &one_line(note)]),
            None => words.report_entry.fill(&[&unit, &day]),
        });
    }
    lines.extend(super::not_reported(plan, task, on, "; "));
    lines.join("\n")
}
