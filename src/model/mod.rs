//! The plan as data: plans, tasks, their windows and statuses. No I/O here;
//! `store` builds these values from files.

mod plan;
mod progress;
mod reports;
pub mod review;
mod status;
mod task;
pub mod task_id;
mod task_ref;
mod task_window;

pub use plan::{Plan, Responsibility, Signer};
pub use progress::{
    Assignment, Closing, DoneDay, Milestone, Reopening, Rewindowing, Role, StatusChange,
    UnlikelyDay,
};
pub use reports::{Reporting, UnitReport};
pub use review::Review;
pub use status::Status;
pub use task::{Task, UnitIds};
pub use task_ref::TaskRef;
pub use task_window::{TaskWindow, WindowProblem};
