//! Reading a task's `milestones_done`: the completion days of the
//! milestones closed so far, each a date, and checked against the task's
//! window and status, so that no loaded task has closed days its window
//! cannot hold (which would leave a dated task with nothing due, shown as
//! waiting).

use std::ops::Range;

use chrono::NaiveDate;
use toml::de::{DeTable, DeValue};

use super::reader::Reader;
use crate::model::{Status, TaskWindow};

impl Reader<'_> {
    /// The completion days of the closed milestones, with a problem
    /// reported for each that does not fit `window` and `status`.
    pub(super) fn milestones_done(
        &mut self,
        table: &DeTable<'_>,
        status: Option<Status>,
        window: Option<&TaskWindow>,
    ) -> Vec<NaiveDate> {
        let mut milestones_done = Vec::new();
        let Some(value) = table.get("milestones_done") else {
            return milestones_done;
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(value, "milestones_done", &crate::t!("diag-type-dates"));
            return milestones_done;
        };
        for item in items.iter() {
            if let Some(date) = self.date_value(item, "milestones_done") {
                milestones_done.push(date);
            }
        }
        let Some(window) = window else {
            return milestones_done;
        };
        let open = status.is_some_and(|s| !s.is_closed());
        if window.milestones.len() > 1 && milestones_done.len() == window.milestones.len() && open {
            let status = status.map(super::task::status_word).unwrap_or_default();
            self.error(
                value.span(),
                crate::t!(
                    "diag-milestones-all-closed",
                    count = milestones_done.len(),
                    status = status
                ),
            )
            .hint(crate::t!("diag-milestones-all-closed-hint"));
        }
        self.closed_milestones_fit(value.span(), window, milestones_done.len());
        milestones_done
    }

    /// Report `closed` milestone days that the window cannot hold: any on
    /// a window of one milestone or none (such a task is closed whole, with
    /// `done`), more than the milestones of a longer one.
    fn closed_milestones_fit(&mut self, span: Range<usize>, window: &TaskWindow, closed: usize) {
        let of = window.milestones.len();
        if closed == 0 || (of > 1 && closed <= of) {
            return;
        }
        if of <= 1 {
            let message = crate::t!(
                "diag-milestones-closed-on-one",
                closed = closed,
                milestones = of,
                window = window.text.as_str()
            );
            self.error(span, message)
                .hint(crate::t!("diag-milestones-closed-on-one-hint"));
        } else {
            self.error(
                span,
                crate::t!("diag-milestones-too-many", closed = closed, milestones = of),
            )
            .hint(crate::t!("diag-milestones-too-many-hint"));
        }
    }
}
