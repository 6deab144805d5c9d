//! The report as Markdown, to paste into a document.

use std::io::{self, Write};

use super::overdue::{OtherPlans, OverdueLines};
use super::{heading, label, numbers, on_time_line, reporting_line, rows_note, words};
use crate::report::Report;
use crate::text::visible;

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
