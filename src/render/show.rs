//! `plan show`: one task in full, as labelled lines.

use std::io::{self, Write};

use crate::query::Row;
use crate::text::{one_line, one_line_path, visible};

/// Write the task of `row` with every field and its window's dates.
pub fn task(row: &Row, out: &mut dyn Write) -> io::Result<()> {
    let (plan, task, today) = (row.plan, row.task, row.on);
    let label = |out: &mut dyn Write, name: &str, value: &str| -> io::Result<()> {
        let mut lines = value.lines();
        writeln!(out, "{name:<11}{}", visible(lines.next().unwrap_or("")))?;
        for line in lines {
            writeln!(out, "{:<11}{}", "", visible(line))?;
        }
        Ok(())
    };
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
        super::UNASSIGNED.to_string()
    } else {
        units(&task.lead)
    };
    label(out, "Lead", &lead)?;
    let partners = if task.partners.is_empty() {
        "–".to_string()
    } else {
        units(&task.partners)
    };
    label(out, "Partners", &partners)?;
    if let Some(group) = &task.group {
        label(out, "Group", group)?;
    }
    let mut window = task.window.text.clone();
    match task.window.milestones.as_slice() {
        [] if task.window.unread => window.push_str(&format!("\n{}", super::UNREAD)),
        [] => window.push_str("\nno dates: waits on a condition"),
        [one] => window.push_str(&format!("\n{}", super::span(one))),
        many => {
            for (i, m) in many.iter().enumerate() {
                let closed = match task.own_milestone_day(i, today) {
                    Some(on) => format!("done {}", super::day(on)),
                    None if task.milestone_closed(i, today) => "done".to_string(),
                    None => "open".to_string(),
                };
                window.push_str(&format!(
                    "\nmilestone {}: {}  {closed}",
                    i + 1,
                    super::span(m)
                ));
            }
        }
    }
    label(out, "Window", &window)?;
    if let Some(condition) = &task.condition {
        label(out, "Condition", condition)?;
    }
    label(out, "Status", &super::status(task, today))?;
    label(
        out,
        "State",
        &format!("{} (as of {})", super::state(row.state), super::day(today)),
    )?;
    if let Some(note) = &task.note {
        label(out, "Note", note)?;
    }
    if !task.review.is_empty() {
        let fields: Vec<&str> = task.review.fields().map(|f| f.as_str()).collect();
        label(out, "Review", &fields.join(", "))?;
    }
    Ok(())
}
