//! `plan timeline`: the tasks across the months in the terminal. One row
//! per task, one column block per month; the window drawn with `█`,
//! milestones with `◆` (`◇` while open), the reference day with `┃`, and
//! the status in colour when colour is on.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use unicode_width::UnicodeWidthChar;

use super::{first_of_month, next_month};
use crate::model::Plan;
use crate::query::State;
use crate::text::visible;
use crate::window::days_in_month;

/// Where the timeline starts and ends, and how wide it may be.
pub struct Frame {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub width: usize,
    pub color: bool,
}

/// ANSI colour of a task's state.
fn sgr(state: State) -> &'static str {
    match super::Tone::of(state) {
        super::Tone::DoneOnTime => "32",
        super::Tone::DoneLate => "33;2",
        super::Tone::Overdue => "1;31",
        super::Tone::DueSoon => "33",
        super::Tone::NotYetDue => "34",
        super::Tone::Idle => "2",
    }
}

/// Cut `text` to at most `width` columns, padding with spaces.
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(if total > width { 1 } else { 0 }) {
            out.push('…');
            used += 1;
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// Write the timeline of `plans` on `today`.
pub fn write(
    plans: &[Plan],
    today: NaiveDate,
    frame: &Frame,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut months = Vec::new();
    let mut month = first_of_month(frame.from);
    while month <= frame.to && months.len() < 1200 {
        months.push(month);
        month = next_month(month);
    }
    if months.is_empty() {
        months.push(first_of_month(frame.from));
    }
    let label_width = (frame.width / 3).clamp(12, 44);
    let room = frame
        .width
        .saturating_sub(label_width + 1)
        .max(months.len().min(12));
    let cell = (room / months.len()).clamp(1, 8);
    // When the months do not fit one column each, show the last ones that do.
    let shown = months.len().min(room.max(1));
    let months = &months[months.len() - shown..];

    // Two header lines: the year where it starts or changes, and the months.
    let mut years = " ".repeat(label_width + 1);
    let mut numbers = " ".repeat(label_width + 1);
    for (i, m) in months.iter().enumerate() {
        let year = if i == 0 || m.month() == 1 {
            m.year().to_string()
        } else {
            String::new()
        };
        // A year label may run over the next months' columns.
        if !year.is_empty() {
            let at = label_width + 1 + i * cell;
            let current = years.chars().count();
            if current <= at {
                years.push_str(&" ".repeat(at - current));
                years.push_str(&year);
            }
        }
        // A month number is written where it fits with a space after the
        // previous one; when columns are narrow, some months go unlabelled
        // rather than lose a digit.
        let at = label_width + 1 + i * cell;
        let current = numbers.chars().count();
        let number = m.month().to_string();
        if current <= at && (i == 0 || numbers.ends_with(' ')) {
            numbers.push_str(&" ".repeat(at - current));
            numbers.push_str(&number);
        }
        let target = at + cell;
        let now = numbers.chars().count();
        if now < target {
            numbers.push_str(&" ".repeat(target - now));
        }
    }
    writeln!(out, "{}", years.trim_end())?;
    writeln!(out, "{}", numbers.trim_end())?;

    let today_column = months
        .iter()
        .position(|m| *m == first_of_month(today))
        .map(|i| {
            let offset = ((today.day() as i64 - 1) * cell as i64
                / i64::from(days_in_month(months[i]))) as usize;
            i * cell + offset.min(cell - 1)
        });
    // With several plans, each plan's rows go under a heading of its own,
    // so that a row's label is the task's number and title, not a prefix.
    let several = plans.len() > 1;
    for plan in plans {
        if several {
            let heading = format!("{} — {}", plan.id, plan.title);
            writeln!(out, "{}", fit(&visible(&heading), frame.width))?;
        }
        for task in &plan.tasks {
            let state = State::of(task, today);
            let name = super::task_ref(plan, task, false);
            let label = fit(&visible(&format!("{name}. {}", task.title)), label_width);
            let columns = months.len() * cell;
            let mut row: Vec<char> = vec![' '; columns];
            let column = |date: NaiveDate| -> Option<usize> {
                let m = first_of_month(date);
                let i = months.iter().position(|x| *x == m)?;
                let offset =
                    ((date.day() as i64 - 1) * cell as i64 / i64::from(days_in_month(m))) as usize;
                Some(i * cell + offset.min(cell - 1))
            };
            let first_column = |date: NaiveDate| -> usize {
                if date < months[0] {
                    0
                } else {
                    column(date).unwrap_or(columns)
                }
            };
            let last_column = |date: NaiveDate| -> Option<usize> {
                if date < months[0] {
                    None
                } else {
                    Some(column(date).unwrap_or(columns.saturating_sub(1)))
                }
            };
            let several = task.window.milestones.len() > 1;
            for (i, m) in task.window.milestones.iter().enumerate() {
                if let (Some(start), Some(end)) = (m.start, last_column(m.end)) {
                    for c in row.iter_mut().take(end + 1).skip(first_column(start)) {
                        *c = '█';
                    }
                }
                if (several || m.start.is_none())
                    && let Some(end) = column(m.end)
                {
                    row[end] = if task.milestone_closed(i, today) {
                        '◆'
                    } else {
                        '◇'
                    };
                }
            }
            // The reference day shows through windows too, not only gaps.
            if let Some(t) = today_column
                && matches!(row[t], ' ' | '█')
            {
                row[t] = '┃';
            }
            let drawn: String = row.into_iter().collect();
            let drawn = if task.window.milestones.is_empty() {
                let words = super::words();
                let word = if task.window.unread {
                    &words.unscheduled
                } else {
                    &words.waiting
                };
                let text = if task.window.text.is_empty() {
                    words.no_window.fill(&[word])
                } else {
                    words.waits.fill(&[word, &visible(&task.window.text)])
                };
                fit(&text, months.len() * cell)
            } else {
                drawn
            };
            if frame.color {
                writeln!(
                    out,
                    "{label} \x1b[{}m{}\x1b[0m",
                    sgr(state),
                    drawn.trim_end()
                )?;
            } else {
                writeln!(out, "{label} {}", drawn.trim_end())?;
            }
        }
    }
    let legend = super::words().legend.fill(&[&super::day(today)]);
    let indent = if label_width + 1 + legend.chars().count() <= frame.width {
        label_width + 1
    } else {
        0
    };
    writeln!(out, "{}{legend}", " ".repeat(indent))
}
