//! The rules of a task's progress: what closing it on a day does (the next
//! milestone, or the task), what reopening it does, what a change of status
//! implies for its completion day, and who leads or takes part after an
//! assignment. Edits ask these questions here and write the answers; no
//! command decides them on its own.

use chrono::NaiveDate;

use super::{Plan, Status, Task};
use crate::error::Error;

/// One milestone of a task's window, for messages: its number (from 1),
/// the count of milestones and the day it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    pub number: usize,
    pub of: usize,
    pub due: NaiveDate,
}

/// What `done` does to a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    /// The task is done already (on this day, when recorded).
    AlreadyDone(Option<NaiveDate>),
    /// A cancelled task is reopened before it is worked on.
    Cancelled,
    /// The milestone asked for by number is closed already, on `on`.
    MilestoneClosed { milestone: Milestone, on: NaiveDate },
    /// The last closed milestone was closed on the day asked for: a retry
    /// of the same `done`, not a request to close `next` too.
    SameDay {
        milestone: Milestone,
        next: Milestone,
    },
    /// Close `milestone` (the next open one, in a window of several) and,
    /// when `task` is set, the task itself. `early` is the start of the
    /// milestone, in a window of several, when the day is before it.
    Close {
        milestone: Option<Milestone>,
        task: bool,
        early: Option<NaiveDate>,
    },
}

/// What `reopen` does to a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reopening {
    /// Open, with no milestone closed: nothing to reopen.
    AlreadyOpen,
    /// Make the task open again (`task`: its status goes back to todo and
    /// its completion day goes) and open its last closed milestone
    /// (`milestone`, the one open again).
    Reopen {
        task: bool,
        milestone: Option<Milestone>,
        /// Whether the last completion day of a milestone is taken back.
        pop: bool,
    },
}

/// The completion day after a change of status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoneDay {
    Keep,
    Set(NaiveDate),
    Clear,
}

/// What setting a task's status implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub status: Status,
    pub done: DoneDay,
    /// A done task with milestones reopens its last one, as `reopen` does.
    pub reopen_milestone: bool,
}

/// What a new window does to the milestones closed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewindowing {
    /// How many closed days stay: the first ones, now the new window's
    /// first milestones.
    pub keep: usize,
    /// The closed days that go: a closed task's days the new window has no
    /// milestone for (its `done` day stands).
    pub dropped: Vec<NaiveDate>,
}

/// The part a unit has in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Lead,
    Partner,
}

/// One unit's new part in a task, and the part it had before, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment<'u> {
    pub unit: &'u str,
    pub role: Role,
    pub was: Option<Role>,
}

/// A completion day that is recorded but likely a typo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlikelyDay {
    BeforePeriod,
    LongAfterPeriod,
}

impl Task {
    /// What closing the task on `on` does; `milestone` is the number
    /// (from 1) of the milestone asked for, if any. Without a number, the
    /// next open milestone closes, unless the last closed one was closed
    /// on that very day (a retried `done`: nothing to do). With one,
    /// closing a closed milestone changes nothing, and milestones close in
    /// order. A window of one milestone, or none, has milestone 1: the
    /// task.
    pub fn closing(&self, on: NaiveDate, milestone: Option<usize>) -> Result<Closing, Error> {
        match self.status {
            Status::Done => return Ok(Closing::AlreadyDone(self.done)),
            Status::Cancelled => return Ok(Closing::Cancelled),
            Status::Todo | Status::Doing => {}
        }
        let of = self.window.milestones.len();
        let closed = self.milestones_done.len();
        let numbered = |number: usize| Milestone {
            number,
            of,
            due: self.window.milestones[number - 1].end,
        };
        match milestone {
            Some(number) if number == 0 || number > of.max(1) => {
                return Err(Error::NoSuchMilestone {
                    task: self.id.clone(),
                    number,
                    of: of.max(1),
                });
            }
            Some(number) if number <= closed => {
                return Ok(Closing::MilestoneClosed {
                    milestone: numbered(number),
                    on: self.milestones_done[number - 1],
                });
            }
            Some(number) if number > closed + 1 => {
                return Err(Error::MilestoneStillOpen {
                    task: self.id.clone(),
                    open: closed + 1,
                    of,
                });
            }
            Some(_) => {}
            None => {
                if self.milestones_done.last() == Some(&on) && closed < of {
                    return Ok(Closing::SameDay {
                        milestone: numbered(closed),
                        next: numbered(closed + 1),
                    });
                }
            }
        }
        // A task of one deadline finished early is common; a milestone
        // closed before its period starts (December's report in June) is
        // likely a slip.
        let span = self.window.milestones.get(closed).filter(|_| of > 1);
        Ok(Closing::Close {
            milestone: span.map(|_| numbered(closed + 1)),
            task: of <= 1 || closed + 1 >= of,
            early: span.and_then(|s| s.start).filter(|start| on < *start),
        })
    }

    /// What giving the task a window of `milestones` milestones (`text`)
    /// does to the milestones closed so far. Closed days stay, in order, as
    /// the new window's first milestones. An open task must keep a
    /// milestone open, so a window with no more milestones than are closed
    /// (or with one, or none) is refused: the clerk reopens or closes the
    /// task first. A done or cancelled task keeps its state, and loses the
    /// closed days the new window cannot hold.
    pub fn rewindowing(&self, text: &str, milestones: usize) -> Result<Rewindowing, Error> {
        let closed = &self.milestones_done;
        let fits = if milestones <= 1 { 0 } else { milestones };
        if closed.len() <= fits && (closed.len() < fits || self.status.is_closed()) {
            return Ok(Rewindowing {
                keep: closed.len(),
                dropped: Vec::new(),
            });
        }
        if self.status.is_closed() || closed.is_empty() {
            let keep = closed.len().min(fits);
            return Ok(Rewindowing {
                keep,
                dropped: closed[keep..].to_vec(),
            });
        }
        Err(Error::WindowLeavesNoneOpen {
            task: self.id.clone(),
            window: text.to_string(),
            closed: closed.clone(),
            milestones,
        })
    }

    /// What reopening the task does.
    pub fn reopening(&self) -> Reopening {
        let of = self.window.milestones.len();
        let last = |number: usize| {
            self.window
                .milestones
                .get(number.saturating_sub(1))
                .map(|span| Milestone {
                    number,
                    of,
                    due: span.end,
                })
        };
        match self.status {
            // The last milestone's day is taken back only when `done`
            // recorded it: a task set done by its status keeps the days
            // of the milestones closed before.
            Status::Done => {
                let pop = of > 1 && self.milestones_done.len() >= of;
                Reopening::Reopen {
                    task: true,
                    milestone: if pop { last(of) } else { None },
                    pop,
                }
            }
            Status::Cancelled => Reopening::Reopen {
                task: true,
                milestone: None,
                pop: false,
            },
            Status::Todo | Status::Doing if !self.milestones_done.is_empty() => Reopening::Reopen {
                task: false,
                milestone: last(self.milestones_done.len()),
                pop: true,
            },
            Status::Todo | Status::Doing => Reopening::AlreadyOpen,
        }
    }

    /// What setting the status to `status` on `today` implies.
    pub fn status_change(&self, status: Status, today: NaiveDate) -> StatusChange {
        let done = match status {
            Status::Done if self.done.is_none() => DoneDay::Set(today),
            Status::Done => DoneDay::Keep,
            _ => DoneDay::Clear,
        };
        let of = self.window.milestones.len();
        StatusChange {
            status,
            done,
            reopen_milestone: status != Status::Done
                && self.status == Status::Done
                && of > 1
                && self.milestones_done.len() >= of,
        }
    }

    /// The unit's part in this task, if it has one.
    pub fn role_of(&self, unit: &str) -> Option<Role> {
        if self.lead.iter().any(|u| u == unit) {
            Some(Role::Lead)
        } else if self.partners.iter().any(|u| u == unit) {
            Some(Role::Partner)
        } else {
            None
        }
    }

    /// The changes that make `leads` lead the task and `partners` take
    /// part; units that have that part already are left out.
    pub fn assignments<'u>(
        &self,
        leads: &'u [String],
        partners: &'u [String],
    ) -> Result<Vec<Assignment<'u>>, Error> {
        if let Some(both) = leads.iter().find(|id| partners.contains(id)) {
            return Err(Error::BothRoles(both.clone()));
        }
        let wanted = leads
            .iter()
            .map(|u| (u, Role::Lead))
            .chain(partners.iter().map(|u| (u, Role::Partner)));
        Ok(wanted
            .filter_map(|(unit, role)| {
                let was = self.role_of(unit);
                (was != Some(role)).then_some(Assignment {
                    unit: unit.as_str(),
                    role,
                    was,
                })
            })
            .collect())
    }
}

impl Plan {
    /// Whether a completion day is outside what the plan's period makes
    /// likely: before it starts, or more than a year after it ends.
    pub fn unlikely_day(&self, day: NaiveDate) -> Option<UnlikelyDay> {
        let period = self.period?;
        if period.start.is_some_and(|start| day < start) {
            Some(UnlikelyDay::BeforePeriod)
        } else if day > period.end + chrono::Duration::days(366) {
            Some(UnlikelyDay::LongAfterPeriod)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Plan {
        let text = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let (plan, diagnostics) = crate::store::parse_str(std::path::Path::new("seed.toml"), text);
        plan.unwrap_or_else(|| panic!("{diagnostics:?}"))
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn done_on_a_task_of_two_milestones_closes_the_first_only() {
        let plan = seed();
        let task = plan.task("4").unwrap();
        assert_eq!(
            task.closing(day(2020, 6, 28), None).unwrap(),
            Closing::Close {
                milestone: Some(Milestone {
                    number: 1,
                    of: 2,
                    due: day(2020, 6, 30)
                }),
                task: false,
                early: None,
            }
        );
    }

    #[test]
    fn done_retried_on_the_same_day_or_for_a_closed_milestone_changes_nothing() {
        let plan = seed();
        let mut task = plan.task("4").unwrap().clone();
        task.milestones_done.push(day(2020, 6, 28));
        let june = Milestone {
            number: 1,
            of: 2,
            due: day(2020, 6, 30),
        };
        let december = Milestone {
            number: 2,
            of: 2,
            due: day(2020, 12, 31),
        };
        assert_eq!(
            task.closing(day(2020, 6, 28), None).unwrap(),
            Closing::SameDay {
                milestone: june,
                next: december
            }
        );
        assert_eq!(
            task.closing(day(2020, 7, 2), Some(1)).unwrap(),
            Closing::MilestoneClosed {
                milestone: june,
                on: day(2020, 6, 28)
            }
        );
        // Asked for by number, the next one closes on the same day, noted
        // as before its start.
        assert_eq!(
            task.closing(day(2020, 6, 28), Some(2)).unwrap(),
            Closing::Close {
                milestone: Some(december),
                task: true,
                early: Some(day(2020, 12, 1))
            }
        );
        assert!(task.closing(day(2020, 6, 28), Some(3)).is_err());
        task.milestones_done.clear();
        assert!(matches!(
            task.closing(day(2020, 6, 28), Some(2)),
            Err(Error::MilestoneStillOpen { open: 1, .. })
        ));
    }

    #[test]
    fn done_after_the_last_open_milestone_closes_the_task() {
        let plan = seed();
        let mut task = plan.task("4").unwrap().clone();
        task.milestones_done.push(day(2020, 6, 29));
        assert!(
            matches!(task.closing(day(2020, 12, 1), None).unwrap(), Closing::Close { task: true, milestone: Some(m), early: None } if m.number == 2)
        );
        // What that `done` records: the second milestone's day, and done.
        task.milestones_done.push(day(2020, 12, 1));
        task.status = Status::Done;
        task.done = Some(day(2020, 12, 1));
        assert_eq!(
            task.closing(day(2020, 12, 1), Some(2)).unwrap(),
            Closing::AlreadyDone(Some(day(2020, 12, 1)))
        );
        assert!(matches!(
            task.reopening(),
            Reopening::Reopen { task: true, pop: true, milestone: Some(m) } if m.number == 2
        ));
    }

    #[test]
    fn a_new_window_keeps_a_milestone_of_an_open_task_open() {
        let plan = seed();
        let mut task = plan.task("4").unwrap().clone();
        let keep = |keep| {
            Some(Rewindowing {
                keep,
                dropped: vec![],
            })
        };
        assert_eq!(task.rewindowing("Tháng 12/2020", 1).ok(), keep(0));
        task.milestones_done.push(day(2020, 6, 28));
        assert_eq!(task.rewindowing("Tháng 6, 9, 12/2020", 3).ok(), keep(1));
        for milestones in [0, 1] {
            assert!(matches!(
                task.rewindowing("x", milestones),
                Err(Error::WindowLeavesNoneOpen { .. })
            ));
        }
        task.milestones_done.push(day(2020, 9, 28));
        assert!(task.rewindowing("Tháng 6, 9/2020", 2).is_err());
        task.status = Status::Done;
        task.done = Some(day(2020, 12, 20));
        assert_eq!(task.rewindowing("Tháng 6, 9/2020", 2).ok(), keep(2));
        assert_eq!(
            task.rewindowing("Tháng 12/2020", 1).ok(),
            Some(Rewindowing {
                keep: 0,
                dropped: vec![day(2020, 6, 28), day(2020, 9, 28)]
            })
        );
    }

    #[test]
    fn an_open_task_without_closed_milestones_has_nothing_to_reopen() {
        let plan = seed();
        assert_eq!(plan.task("3").unwrap().reopening(), Reopening::AlreadyOpen);
    }

    #[test]
    fn a_status_other_than_done_clears_the_completion_day() {
        let plan = seed();
        let mut task = plan.task("3").unwrap().clone();
        let today = day(2020, 7, 1);
        assert_eq!(
            task.status_change(Status::Done, today).done,
            DoneDay::Set(today)
        );
        task.status = Status::Done;
        task.done = Some(day(2020, 6, 20));
        assert_eq!(task.status_change(Status::Done, today).done, DoneDay::Keep);
        assert_eq!(
            task.status_change(Status::Doing, today).done,
            DoneDay::Clear
        );
    }

    #[test]
    fn assignments_leave_out_units_that_have_the_part_already() {
        let plan = seed();
        let task = plan.task("3").unwrap();
        let lead = task.lead[0].clone();
        let partners = ["ca".to_string()];
        let changes = task
            .assignments(std::slice::from_ref(&lead), &partners)
            .unwrap();
        assert!(changes.iter().all(|c| c.unit != lead));
        let both = std::slice::from_ref(&lead);
        assert!(task.assignments(both, both).is_err());
    }

    #[test]
    fn a_day_before_the_period_is_unlikely() {
        let plan = seed();
        assert_eq!(
            plan.unlikely_day(day(2019, 1, 1)),
            Some(UnlikelyDay::BeforePeriod)
        );
        assert_eq!(plan.unlikely_day(day(2020, 7, 1)), None);
        assert_eq!(
            plan.unlikely_day(day(2023, 1, 1)),
            Some(UnlikelyDay::LongAfterPeriod)
        );
    }

    #[test]
    fn reopening_a_task_set_done_keeps_the_milestones_closed_before() {
        let plan = seed();
        let mut task = plan.task("4").unwrap().clone();
        task.milestones_done.push(day(2020, 6, 28));
        task.status = Status::Done;
        task.done = Some(day(2020, 7, 5));
        assert_eq!(
            task.reopening(),
            Reopening::Reopen {
                task: true,
                milestone: None,
                pop: false
            }
        );
    }
}
