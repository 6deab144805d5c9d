//! The binary form of a plan's parts: spans, windows, review marks and
//! tasks, written and read back field by field.

use std::sync::Arc;

use super::super::bytes::{Dec, Enc};
use crate::model::{Review, Status, Task, TaskWindow, UnitIds, UnitReport, review::Field};
use crate::window::{Annual, Every, MonthDay, Span, Window};

/// How deep joined windows may nest when read back.
const MAX_DEPTH: usize = 8;

impl Enc {
    pub(super) fn span(&mut self, span: &Span) {
        self.opt_day(span.start);
        self.day(span.end);
    }

    pub(super) fn spans(&mut self, spans: &[Span]) {
        self.len(spans.len());
        for span in spans {
            self.span(span);
        }
    }

    pub(super) fn review(&mut self, review: Review) {
        let bits = Field::ALL
            .iter()
            .enumerate()
            .filter(|(_, f)| review.has(**f))
            .fold(0u8, |bits, (i, _)| bits | 1 << i);
        self.0.push(bits);
    }

    pub(super) fn month_day(&mut self, day: &MonthDay) {
        self.u64(u64::from(day.month));
        self.u64(u64::from(day.day));
    }

    pub(super) fn window(&mut self, window: &Window) {
        match window {
            Window::Span(span) => {
                self.0.push(0);
                self.span(span);
            }
            Window::Milestones(spans) => {
                self.0.push(1);
                self.spans(spans);
            }
            Window::Ongoing => self.0.push(2),
            Window::Recurring { every, month } => {
                self.0.push(3);
                self.0.push(match every {
                    Every::Month => 0,
                    Every::Quarter => 1,
                    Every::Half => 2,
                    Every::Year => 3,
                });
                self.opt(*month, |e, m| e.u64(u64::from(m)));
            }
            Window::Conditional => self.0.push(4),
            Window::Since(day) => {
                self.0.push(5);
                self.day(*day);
            }
            Window::Yearly(annuals) => {
                self.0.push(6);
                self.len(annuals.len());
                for annual in annuals {
                    self.opt(annual.start.as_ref(), Enc::month_day);
                    self.month_day(&annual.end);
                }
            }
            Window::OngoingWith(spans) => {
                self.0.push(7);
                self.spans(spans);
            }
            Window::Joined(windows) => {
                self.0.push(8);
                self.len(windows.len());
                for window in windows {
                    self.window(window);
                }
            }
        }
    }

    /// A task, its window and its lists of lead and partner units given
    /// by their index.
    pub(super) fn task(&mut self, task: &Task, window: usize, (lead, partners): (usize, usize)) {
        self.str(&task.id);
        self.str(&task.title);
        self.opt_str(task.group.as_deref());
        self.len(lead);
        self.len(partners);
        self.len(window);
        self.opt_str(task.condition.as_deref());
        self.0.push(match task.status {
            Status::Todo => 0,
            Status::Doing => 1,
            Status::Done => 2,
            Status::Cancelled => 3,
        });
        self.opt_day(task.done);
        self.len(task.milestones_done.len());
        for &day in &task.milestones_done {
            self.day(day);
        }
        self.opt_str(task.note.as_deref());
        self.review(task.review);
        self.len(task.reports.len());
        for report in &task.reports {
            self.str(&report.unit);
            self.day(report.on);
            self.opt_str(report.note.as_deref());
            self.len(report.line);
        }
        self.len(task.line);
    }
}

impl Dec<'_> {
    pub(super) fn span(&mut self) -> Option<Span> {
        let start = self.opt(Dec::day)?;
        let end = self.day()?;
        Some(Span { start, end })
    }

    pub(super) fn spans(&mut self) -> Option<Vec<Span>> {
        let n = self.len_of(2)?;
        (0..n).map(|_| self.span()).collect()
    }

    pub(super) fn review(&mut self) -> Option<Review> {
        let bits = self.byte()?;
        if bits >> Field::ALL.len() != 0 {
            return None;
        }
        Some(
            Field::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & 1 << i != 0)
                .map(|(_, f)| *f)
                .collect(),
        )
    }

    pub(super) fn month_day(&mut self) -> Option<MonthDay> {
        let month = self.u32()?;
        let day = self.u32()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(MonthDay { month, day })
    }

    pub(super) fn window(&mut self, depth: usize) -> Option<Window> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.byte()? {
            0 => Window::Span(self.span()?),
            1 => Window::Milestones(self.spans()?),
            2 => Window::Ongoing,
            3 => {
                let every = match self.byte()? {
                    0 => Every::Month,
                    1 => Every::Quarter,
                    2 => Every::Half,
                    3 => Every::Year,
                    _ => return None,
                };
                let month = self.opt(Dec::u32)?;
                Window::Recurring { every, month }
            }
            4 => Window::Conditional,
            5 => Window::Since(self.day()?),
            6 => {
                let n = self.len_of(3)?;
                let mut annuals = Vec::with_capacity(n);
                for _ in 0..n {
                    let start = self.opt(Dec::month_day)?;
                    let end = self.month_day()?;
                    annuals.push(Annual { start, end });
                }
                Window::Yearly(annuals)
            }
            7 => Window::OngoingWith(self.spans()?),
            8 => {
                let n = self.len_of(1)?;
                let mut windows = Vec::with_capacity(n);
                for _ in 0..n {
                    windows.push(self.window(depth + 1)?);
                }
                Window::Joined(windows)
            }
            _ => return None,
        })
    }

    pub(super) fn task(&mut self, windows: &[Arc<TaskWindow>], lists: &[UnitIds]) -> Option<Task> {
        let id = self.string()?;
        let title = self.string()?;
        let group = self.opt_string()?;
        let lead = Arc::clone(lists.get(self.index()?)?);
        let partners = Arc::clone(lists.get(self.index()?)?);
        let window = Arc::clone(windows.get(self.index()?)?);
        let condition = self.opt_string()?;
        let status = match self.byte()? {
            0 => Status::Todo,
            1 => Status::Doing,
            2 => Status::Done,
            3 => Status::Cancelled,
            _ => return None,
        };
        let done = self.opt(Dec::day)?;
        let n = self.len_of(1)?;
        let milestones_done = (0..n).map(|_| self.day()).collect::<Option<_>>()?;
        let note = self.opt_string()?;
        let review = self.review()?;
        let n = self.len_of(3)?;
        let mut reports = Vec::with_capacity(n);
        for _ in 0..n {
            reports.push(UnitReport {
                unit: self.string()?,
                on: self.day()?,
                note: self.opt_string()?,
                line: self.index()?,
            });
        }
        let line = self.index()?;
        Some(Task {
            id,
            title,
            group,
            lead,
            partners,
            window,
            condition,
            status,
            done,
            milestones_done,
            note,
            review,
            reports,
            line,
        })
    }
}
