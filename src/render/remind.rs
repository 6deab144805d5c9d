//! A reminder to a unit (`plan remind`): its overdue tasks and those due
//! soon, with their deadlines, in the interface's language.

use chrono::NaiveDate;

use crate::cli::RemindFormat;
use crate::model::{Plan, Task};
use crate::t;
use crate::text::days::Span;
use crate::units::Unit;

/// A task a unit owes: overdue by `days`, or due in `days`.
#[derive(Debug, Clone)]
pub struct Owed<'p> {
    pub task: &'p Task,
    pub due: NaiveDate,
    pub days: i64,
    pub overdue: bool,
}

/// The reminder to one unit of one plan.
pub struct Reminder<'p> {
    pub plan: &'p Plan,
    pub unit: &'p Unit,
    pub tasks: Vec<Owed<'p>>,
    pub today: NaiveDate,
    pub within: Span,
}

fn day(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

impl Reminder<'_> {
    /// The reminder as text or Markdown; every text from the plan file is
    /// shown inert.
    pub fn render(&self, format: RemindFormat) -> String {
        let md = format == RemindFormat::Md;
        let clean = |text: &str| crate::text::visible(text).into_owned();
        let mut out = String::new();
        let unit = clean(&self.unit.name);
        let plan = match &self.plan.number {
            Some(number) => t!(
                "remind-plan-numbered",
                number = clean(number),
                title = clean(&self.plan.title)
            ),
            None => clean(&self.plan.title),
        };
        let to = t!("remind-to", unit = unit);
        out.push_str(&if md {
            format!("**{to}**\n\n")
        } else {
            format!("{to}\n\n")
        });
        out.push_str(&t!("remind-intro", plan = plan, day = day(self.today)));
        out.push_str("\n\n");
        let (mut overdue, mut soon) = (Vec::new(), Vec::new());
        for owed in &self.tasks {
            let (id, title) = (clean(&owed.task.id), clean(&owed.task.title));
            let (key, list) = match owed.overdue {
                true => ("remind-overdue-task", &mut overdue),
                false => ("remind-soon-task", &mut soon),
            };
            let mut args = crate::i18n::Args::new();
            args.set("id", id);
            args.set("title", title);
            args.set("due", day(owed.due));
            args.set("days", owed.days);
            list.push(crate::i18n::message(key, Some(&args)));
        }
        let within = match self.within {
            Span::Days(n) => t!("remind-within-days", count = n),
            Span::Months(n) => t!("remind-within-months", count = n),
        };
        for (heading, tasks) in [
            (t!("remind-overdue"), overdue),
            (t!("remind-soon", within = within), soon),
        ] {
            if tasks.is_empty() {
                continue;
            }
            out.push_str(&if md {
                format!("### {heading}\n\n")
            } else {
                format!("{heading}\n")
            });
            for task in tasks {
                out.push_str(&format!("- {task}\n"));
            }
            out.push('\n');
        }
        out.push_str(&t!("remind-closing"));
        out.push('\n');
        out
    }
}
