//! Output: tables for people, JSON and CSV for programs. Every renderer
//! writes to a `Write` and keeps the inert set (`text::is_hazard`) out of
//! what it writes, each format in its own way: escaped on the terminal, in
//! HTML and documents, escaped as `\uXXXX` in JSON, dropped from CSV cells
//! and calendar fields.

mod batches;
pub mod csv;
pub mod document;
pub mod docx;
pub mod html;
pub mod ics;
pub mod json;
pub mod list;
pub mod paper;
pub mod remind;
pub mod report;
pub mod show;
pub mod stream;
pub mod table;
pub mod timeline;
pub mod units;
pub mod words;
mod wrap;
pub mod xlsx;

#[cfg(test)]
mod inert_tests;

use chrono::{Datelike, NaiveDate};

use crate::model::{Plan, Task};
use crate::query::State;
use crate::report::Standing;
use crate::window::Span;
pub use words::words;

/// A day as Vietnamese documents write it: 30/06/2020.
pub fn day(date: NaiveDate) -> String {
    let mut text = String::with_capacity(10);
    push_day(date, &mut text);
    text
}

/// [`day`] onto `out`, digit by digit: every window cell of a long list
/// writes one or two, and the formatting machinery costs more than the
/// rest of the cell.
pub fn push_day(date: NaiveDate, out: &mut String) {
    fn two(n: u32, out: &mut String) {
        out.push(char::from(b'0' + (n / 10 % 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    }
    two(date.day(), out);
    out.push('/');
    two(date.month(), out);
    out.push('/');
    match u32::try_from(date.year()) {
        Ok(year) if year <= 9999 => {
            two(year / 100, out);
            two(year % 100, out);
        }
        _ => {
            use std::fmt::Write;
            let _ = write!(out, "{:04}", date.year());
        }
    }
}

/// The first day of the month of `date`.
pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The first day of the month after the month of `date`.
pub fn next_month(date: NaiveDate) -> NaiveDate {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(date)
}

/// A day for programs: 2020-06-30.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A span of days: `01/06/2020 – 30/06/2020`, `15/06/2020`, `by 15/06/2020`.
pub fn span(span: &Span) -> String {
    let mut text = String::with_capacity(25);
    push_span(span, &mut text);
    text
}

/// [`span`] onto `out`.
pub fn push_span(span: &Span, out: &mut String) {
    match span.start {
        Some(start) if start == span.end => push_day(start, out),
        Some(start) => {
            push_day(start, out);
            out.push_str(" – ");
            push_day(span.end, out);
        }
        None => out.push_str(&words().by.fill(&[&day(span.end)])),
    }
}

/// A task's lead units for people, or that it has none.
pub fn lead_names(plan: &Plan, task: &Task, sep: &str) -> String {
    if task.lead.is_empty() {
        return words().unassigned.clone();
    }
    unit_names(plan, &task.lead, sep)
}

/// Lead units' names joined with `; `, or `unassigned` when there are none.
pub fn leads_or<S: std::borrow::Borrow<str>>(names: &[S], unassigned: &str) -> String {
    if names.is_empty() {
        unassigned.to_string()
    } else {
        names.join("; ")
    }
}

/// The dates of a task's window, one line: each milestone's deadline, those
/// closed as of `on` marked with ✓.
pub fn window_dates(task: &Task, on: NaiveDate) -> String {
    let mut text = String::with_capacity(25);
    push_window_dates(task, on, &mut text);
    text
}

/// [`window_dates`] onto `out`.
pub fn push_window_dates(task: &Task, on: NaiveDate, out: &mut String) {
    let milestones = &task.window.milestones;
    match milestones.as_slice() {
        [] if task.window.unread => out.push_str(&words().unread),
        [] => out.push_str(&words().no_dates),
        [one] => push_span(one, out),
        many => {
            for (i, m) in many.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                push_day(m.end, out);
                if task.milestone_closed(i, on) {
                    out.push_str(" ✓");
                }
            }
        }
    }
}

/// The status column as of `on`: `todo`, `doing`, `done 12/06/2020`,
/// `todo, 1/2 done`.
pub fn status(task: &Task, on: NaiveDate) -> String {
    let words = words();
    let mut text = words.status(task.status_on(on)).to_owned();
    if let Some(done) = task.done_on(on) {
        text = format!("{text} {}", day(done));
    }
    if let Some((closed, all)) = task.milestone_progress(on) {
        let (closed, all) = (closed.to_string(), all.to_string());
        text = words.milestones.fill(&[&text, &closed, &all]);
    }
    text
}

/// How far the members of a task's groups had reported as of `on`, for
/// people: `reported 12/35`; `None` for a task of no group with members.
pub fn reported(plan: &Plan, task: &Task, on: NaiveDate) -> Option<String> {
    let reporting = plan.shown_reporting(task, on)?;
    let (reported, of) = (
        reporting.reported.len().to_string(),
        reporting.expected.len().to_string(),
    );
    Some(words().reported.fill(&[&reported, &of]))
}

/// The members of a task's groups that had not reported as of `on`, by
/// name, joined with `sep`; `None` when every one had, or none owes one.
pub fn not_reported(plan: &Plan, task: &Task, on: NaiveDate, sep: &str) -> Option<String> {
    let reporting = plan.shown_reporting(task, on)?;
    let missing: Vec<String> = reporting.missing().map(|id| id.to_string()).collect();
    (!missing.is_empty()).then(|| {
        words()
            .not_reported
            .fill(&[&unit_names(plan, &missing, sep)])
    })
}

/// The status column with the groups' reporting below it.
pub fn status_with_reports(plan: &Plan, task: &Task, on: NaiveDate) -> String {
    let mut text = status(task, on);
    if let Some(reported) = reported(plan, task, on) {
        text.push('\n');
        text.push_str(&reported);
    }
    text
}

/// How a task's state is coloured in the timeline and the HTML report: its
/// standing in the report, with waiting and cancelled tasks alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    DoneOnTime,
    DoneLate,
    Overdue,
    DueSoon,
    NotYetDue,
    Idle,
}

impl Tone {
    pub fn of(state: State) -> Tone {
        match Standing::of(state) {
            Standing::DoneOnTime => Tone::DoneOnTime,
            Standing::DoneLate => Tone::DoneLate,
            Standing::Overdue => Tone::Overdue,
            Standing::DueSoon => Tone::DueSoon,
            Standing::NotYetDue => Tone::NotYetDue,
            Standing::Waiting | Standing::Unscheduled | Standing::Cancelled => Tone::Idle,
        }
    }
}

/// Where a task stands, in words: `overdue 12 days`, `due in 3 days`.
pub fn state(state: State) -> String {
    let words = words();
    match state {
        State::Done { late: true, .. } => words.done_late.clone(),
        State::Done { .. } => words.done.clone(),
        State::Cancelled => words.cancelled.clone(),
        State::Overdue { days, .. } => words.overdue.count(days, &[]),
        State::Open { days_left: 0, .. } => words.due_today.clone(),
        State::Open { days_left, .. } => words.due_in.count(days_left, &[]),
        State::Waiting => words.waiting.clone(),
        State::Unscheduled => words.unscheduled.clone(),
    }
}

/// The names of units joined with `sep` (`; ` in running text, so that
/// names holding commas stay whole).
pub fn unit_names(plan: &Plan, ids: &[String], sep: &str) -> String {
    let mut out = String::new();
    push_unit_names(plan, ids, sep, &mut out);
    out
}

/// [`unit_names`] into `out`, for renderers that reuse a buffer.
pub fn push_unit_names(plan: &Plan, ids: &[String], sep: &str, out: &mut String) {
    out.clear();
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(plan.unit_name(id));
    }
}

/// `ID`, or `PLAN:ID` when several plans are shown together.
pub fn qualified(plan: &str, id: &str, qualify: bool) -> String {
    if qualify {
        format!("{plan}:{id}")
    } else {
        id.to_string()
    }
}

/// A task's [`qualified`] id.
pub fn task_ref(plan: &Plan, task: &Task, qualify: bool) -> String {
    qualified(&plan.id, &task.id, qualify)
}

/// How many chunks of a long output are made at a time, across the
/// threads: several per thread, so that a thread that finishes its chunks
/// early takes another rather than waiting for the others at the end of
/// the batch, and few enough that memory stays bounded (at most 64,
/// however many threads).
pub(crate) fn batch_chunks() -> usize {
    (rayon::current_num_threads().max(1) * 8).min(64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_as_the_format_string_writes_it_for_every_year() {
        for (y, m, d) in [
            (2020, 6, 30),
            (2026, 1, 1),
            (0, 12, 31),
            (7, 3, 9),
            (999, 10, 10),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-5, 2, 28),
            (262_142, 5, 5),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let want = format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
            assert_eq!(day(date), want);
        }
    }
}
