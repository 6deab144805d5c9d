//! A task's time window: the text as written, what it means, and its dated
//! milestones resolved against the plan's period. Reading a window for a
//! task (the plan's default year, then its period) happens here only.

use chrono::NaiveDate;

use crate::window::{self, Span, Window, WindowError};

/// A task's window: the text as written, what it means, and its dated
/// milestones resolved against the plan's period (empty when it waits on a
/// condition).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskWindow {
    pub text: String,
    pub window: Window,
    pub milestones: Vec<Span>,
    /// The text is kept as written but not read: a task marked for review
    /// of its window, which is "unscheduled" until someone writes it in a
    /// form `plan` reads.
    pub unread: bool,
}

/// Why a text cannot be a task's window.
#[derive(Debug, Clone)]
pub enum WindowProblem {
    /// The text is not a window.
    Text(WindowError),
    /// It needs the plan's period, which is missing.
    Period(WindowError),
}

impl WindowProblem {
    /// The reader's error, whichever kind it is.
    pub fn error(&self) -> &WindowError {
        match self {
            WindowProblem::Text(e) | WindowProblem::Period(e) => e,
        }
    }
}

impl TaskWindow {
    /// Read `text` as a window of a plan whose months without a year fall in
    /// `default_year` and whose period is `period`.
    pub fn read(
        text: &str,
        default_year: Option<i32>,
        period: Option<&Span>,
    ) -> Result<TaskWindow, WindowProblem> {
        let parsed = window::parse_window(text, default_year).map_err(WindowProblem::Text)?;
        let milestones = parsed.milestones(period).map_err(WindowProblem::Period)?;
        Ok(TaskWindow {
            text: text.to_string(),
            window: parsed,
            milestones,
            unread: false,
        })
    }

    /// A window kept as written and not read: no dates, no condition.
    pub fn unread(text: &str) -> TaskWindow {
        TaskWindow {
            text: text.to_string(),
            window: Window::Conditional,
            milestones: Vec::new(),
            unread: true,
        }
    }

    /// The first day of the window, when it has one.
    pub fn start(&self) -> Option<NaiveDate> {
        self.milestones.first().and_then(|span| span.start)
    }

    /// The last day of the window.
    pub fn end(&self) -> Option<NaiveDate> {
        self.milestones.iter().map(|span| span.end).max()
    }
}
