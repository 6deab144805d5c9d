//! A plan (Kế hoạch): its header, unit registry, responsibilities and tasks.

use std::path::PathBuf;

use super::{Task, TaskWindow, WindowProblem};
use crate::units::Registry;
use crate::window::Span;

/// Who signed the plan: `signer = { name, position, on_behalf_of }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signer {
    pub name: String,
    pub position: Option<String>,
    /// "KT. CHỦ TỊCH": signed on behalf of.
    pub on_behalf_of: Option<String>,
}

/// One paragraph of section III (Tổ chức thực hiện).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responsibility {
    pub unit: String,
    /// The heading as the document writes it, when it differs from the unit's name.
    pub heading: Option<String>,
    pub text: String,
}

/// One plan file.
#[derive(Debug, Clone)]
pub struct Plan {
    pub path: PathBuf,
    pub id: String,
    pub title: String,
    pub issuer: Option<String>,
    pub number: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    pub place: Option<String>,
    pub period_text: Option<String>,
    pub period: Option<Span>,
    pub basis: Vec<String>,
    pub purpose: Option<String>,
    pub requirements: Option<String>,
    pub closing: Option<String>,
    pub recipients: Vec<String>,
    pub signer: Option<Signer>,
    /// The head's fields marked for review (`review = ["title"]`).
    pub review: super::Review,
    pub units: Registry,
    pub responsibilities: Vec<Responsibility>,
    pub tasks: Vec<Task>,
    /// Whether any task records a unit's own report, found on first use:
    /// only then are the groups' reports shown (see [`Plan::shown_reporting`]).
    pub follows_reports: std::sync::OnceLock<bool>,
}

impl Plan {
    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|task| task.id == id)
    }

    /// The year of a month or quarter written without one: the year of a
    /// period that lies within one year.
    pub fn default_year(&self) -> Option<i32> {
        use chrono::Datelike;
        let period = self.period?;
        let start = period.start?;
        (start.year() == period.end.year()).then_some(start.year())
    }

    /// Read `text` as a window of a task of this plan.
    pub fn read_window(&self, text: &str) -> Result<TaskWindow, WindowProblem> {
        TaskWindow::read(text, self.default_year(), self.period.as_ref())
    }

    /// Every day the plan's period and its tasks' milestones begin or end
    /// on: the days its dates span.
    pub fn days(&self) -> impl Iterator<Item = chrono::NaiveDate> + '_ {
        let spans = self.period.iter().chain(
            self.tasks
                .iter()
                .flat_map(|task| task.window.milestones.iter()),
        );
        spans.flat_map(|span| span.start.into_iter().chain([span.end]))
    }

    /// A unit's name for display, or its id when the registry lacks it.
    pub fn unit_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.units.get(id).map_or(id, |unit| unit.name.as_str())
    }
}
