//! `plan done ID --unit U` and `plan reopen ID --unit U`: one unit's own
//! report on a task, written on a line of its own in the task's block. The
//! task's status is the lead's and stays as it is.

use chrono::NaiveDate;

use super::edit::{Target, unit_id};
use crate::edit::{EditFailure, Outcome};
use crate::error::Error;
use crate::model::{Task, UnitReport};
use crate::render::day;

/// The unit `query` names, when it may report on the target's task.
fn reporter(target: &Target, query: &str) -> Result<String, EditFailure> {
    let plan = &target.plan;
    let unit = unit_id(plan, query)?;
    let may = plan.may_report(&target.task);
    if !may.contains(&unit.as_str()) {
        return Err(Error::NotAReporter {
            task: target.task.id.clone(),
            name: plan.unit_name(&unit).to_string(),
            unit,
            may: may.into_iter().map(str::to_string).collect(),
        }
        .into());
    }
    Ok(unit)
}

/// How far the task's groups have reported once `task` is written, as the
/// message's ending: ` (reported 3/35)`.
fn progress(target: &Target, task: &Task) -> String {
    match target.plan.reporting(task, NaiveDate::MAX) {
        Some(reporting) => crate::t!(
            "out-unit-report-progress",
            reported = reporting.reported.len(),
            of = reporting.expected.len()
        ),
        None => String::new(),
    }
}

/// Record the report of the unit `query` names, made on `on`.
pub fn report(
    target: &Target,
    query: &str,
    on: NaiveDate,
    note: Option<&str>,
) -> Result<Outcome, EditFailure> {
    if let Some(note) = note {
        super::printable("note", note)?;
    }
    let unit = reporter(target, query)?;
    let task = &target.task;
    let id = task.id.as_str();
    let name = target.plan.unit_name(&unit).to_string();
    let old = task.report_of(&unit);
    if let Some(old) = old
        && old.on == on
        && note.is_none_or(|n| old.note.as_deref() == Some(n))
    {
        return Ok(Outcome::Unchanged {
            message: crate::t!("out-unit-report-same", id = id, unit = name, day = day(on)),
        });
    }
    let mut after = task.clone();
    after.reports.retain(|r| r.unit != unit);
    after.reports.push(UnitReport {
        unit: unit.clone(),
        on,
        note: note.map(str::to_string),
        line: 0,
    });
    let message = match old {
        Some(old) => crate::t!(
            "out-unit-report-replaced",
            id = id,
            unit = name.as_str(),
            day = day(on),
            old = day(old.on)
        ),
        None => crate::t!(
            "out-unit-report-added",
            id = id,
            unit = name.as_str(),
            day = day(on)
        ),
    } + &progress(target, &after);
    let text = target.rewrite(|editor| editor.record_report(&unit, on, note))?;
    Ok(target.changed(text, message))
}

/// Take back the report of the unit `query` names.
pub fn take_back(target: &Target, query: &str) -> Result<Outcome, EditFailure> {
    let plan = &target.plan;
    let unit = unit_id(plan, query)?;
    let task = &target.task;
    let id = task.id.as_str();
    let name = plan.unit_name(&unit).to_string();
    if task.report_of(&unit).is_none() {
        // A unit that may not report has none to take back either: say
        // who may, as `done --unit` does.
        reporter(target, query)?;
        return Ok(Outcome::Unchanged {
            message: crate::t!("out-unit-report-none", id = id, unit = name),
        });
    }
    let mut after = task.clone();
    after.reports.retain(|r| r.unit != unit);
    let message = crate::t!("out-unit-report-removed", id = id, unit = name.as_str())
        + &progress(target, &after);
    let text = target.rewrite(|editor| editor.remove_report(&unit))?;
    Ok(target.changed(text, message))
}
