//! Typed changes to one `[[task]]` table, on top of toml_edit: each method
//! knows the keys it writes, where a new key goes and what it removes, so
//! that commands say what changes in the task's terms and never write a
//! key of their own.

use chrono::NaiveDate;
use toml_edit::Table;

use super::doc;
use crate::model::review::Field;
use crate::model::{Closing, DoneDay, Reopening, Rewindowing, Role, Status, StatusChange};
use crate::store::TaskKey;

/// A `[[task]]` table being edited.
pub struct TaskEditor<'t> {
    table: &'t mut Table,
}

impl<'t> TaskEditor<'t> {
    pub fn new(table: &'t mut Table) -> Self {
        TaskEditor { table }
    }

    fn set_str(&mut self, key: TaskKey, text: &str) {
        doc::set_str(self.table, key.as_str(), text, key.before());
    }

    fn set_or_remove(&mut self, key: TaskKey, text: Option<&str>) {
        match text {
            Some(text) => self.set_str(key, text),
            None => {
                doc::remove(self.table, key.as_str());
            }
        }
    }

    /// A new task in an empty table: its id, open.
    pub fn new_task(table: &'t mut Table, id: &str) -> Self {
        let mut editor = TaskEditor { table };
        editor.set_str(TaskKey::Id, id);
        editor.set_status(Status::Todo);
        editor
    }

    pub fn set_title(&mut self, title: &str) {
        self.set_str(TaskKey::Title, title);
        self.clear_review(Field::Title);
    }

    pub fn set_window(&mut self, window: &str) {
        self.set_str(TaskKey::Window, window);
        self.clear_review(Field::Window);
    }

    /// A field set by hand is no longer for review: its mark goes, and
    /// `review` with it when it was the last.
    fn clear_review(&mut self, field: Field) {
        let key = TaskKey::Review.as_str();
        if doc::pull(self.table, key, field.as_str()) && doc::strings(self.table, key).is_empty() {
            doc::remove(self.table, key);
        }
    }

    /// Set the window, keeping the closed milestone days it can hold.
    pub fn change_window(&mut self, window: &str, change: &Rewindowing) {
        self.set_window(window);
        for _ in &change.dropped {
            doc::pop(self.table, TaskKey::MilestonesDone.as_str());
        }
    }

    /// Set the note, or remove it with `None`.
    pub fn set_note(&mut self, note: Option<&str>) {
        self.set_or_remove(TaskKey::Note, note);
    }

    /// Remove the window (a task that waits on its condition instead).
    pub fn remove_window(&mut self) {
        doc::remove(self.table, TaskKey::Window.as_str());
    }

    /// Set the condition, or remove it with `None`.
    pub fn set_condition(&mut self, condition: Option<&str>) {
        self.set_or_remove(TaskKey::Condition, condition);
        if condition.is_some() {
            self.clear_review(Field::Window);
        }
    }

    fn set_status(&mut self, status: Status) {
        self.set_str(TaskKey::Status, status.as_str());
    }

    fn set_done(&mut self, done: DoneDay) {
        match done {
            DoneDay::Keep => {}
            DoneDay::Set(day) => {
                doc::set_date(self.table, "done", day, TaskKey::Done.before());
            }
            DoneDay::Clear => {
                doc::remove(self.table, TaskKey::Done.as_str());
            }
        }
    }

    /// Record what `done` on `day` closes.
    pub fn close(&mut self, closing: Closing, day: NaiveDate) {
        let Closing::Close {
            milestone, task, ..
        } = closing
        else {
            return;
        };
        if milestone.is_some() {
            let key = TaskKey::MilestonesDone;
            doc::push_date(self.table, key.as_str(), day, key.before());
        }
        if task {
            self.set_status(Status::Done);
            self.set_done(DoneDay::Set(day));
        }
    }

    /// Record what `reopen` opens again.
    pub fn reopen(&mut self, reopening: Reopening) {
        let Reopening::Reopen { task, pop, .. } = reopening else {
            return;
        };
        if task {
            self.set_status(Status::Todo);
            self.set_done(DoneDay::Clear);
        }
        if pop {
            doc::pop(self.table, TaskKey::MilestonesDone.as_str());
        }
    }

    /// Record a change of status and what it implies.
    pub fn change_status(&mut self, change: StatusChange) {
        self.set_status(change.status);
        self.set_done(change.done);
        if change.reopen_milestone {
            doc::pop(self.table, TaskKey::MilestonesDone.as_str());
        }
    }

    fn role_key(role: Role) -> TaskKey {
        match role {
            Role::Lead => TaskKey::Lead,
            Role::Partner => TaskKey::Partners,
        }
    }

    /// Give `unit` this part in the task, taking it from the other part.
    pub fn assign(&mut self, unit: &str, role: Role) {
        let (key, other) = match role {
            Role::Lead => (TaskKey::Lead, TaskKey::Partners),
            Role::Partner => (TaskKey::Partners, TaskKey::Lead),
        };
        doc::pull(self.table, other.as_str(), unit);
        if !doc::strings(self.table, key.as_str())
            .iter()
            .any(|u| u == unit)
        {
            doc::push(self.table, key.as_str(), unit, key.before());
        }
        self.drop_empty_partners();
        self.clear_review(match role {
            Role::Lead => Field::Lead,
            Role::Partner => Field::Partners,
        });
    }

    /// Take `unit` off the task, whatever its part.
    pub fn unassign(&mut self, unit: &str) {
        for role in [Role::Lead, Role::Partner] {
            doc::pull(self.table, Self::role_key(role).as_str(), unit);
        }
        self.drop_empty_partners();
    }

    /// Write the whole list of units with this part (a new task's).
    pub fn set_units(&mut self, role: Role, units: &[String]) {
        let key = Self::role_key(role);
        let array: toml_edit::Array = units.iter().map(String::as_str).collect();
        doc::set(self.table, key.as_str(), array.into(), key.before());
    }

    /// Record `unit`'s own report, made on `day`, on a line of its own.
    pub fn record_report(&mut self, unit: &str, day: NaiveDate, note: Option<&str>) {
        super::reports::record(self.table, unit, day, note);
    }

    /// Take back `unit`'s report.
    pub fn remove_report(&mut self, unit: &str) {
        super::reports::remove(self.table, unit);
    }

    /// A task left with no partner loses the key rather than keep
    /// `partners = []`.
    fn drop_empty_partners(&mut self) {
        let key = TaskKey::Partners.as_str();
        if self.table.contains_key(key) && doc::strings(self.table, key).is_empty() {
            doc::remove(self.table, key);
        }
    }
}
