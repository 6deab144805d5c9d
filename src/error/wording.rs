//! The words of every [`Error`]: one `Display`, which picks the
//! catalog's message (`err-…`) for the variant and fills it with the
//! variant's values.

use std::fmt;
use std::path::Path;

use super::MatchError;
use super::{Error, IdProblem};
use crate::t;

/// A path for a message.
pub(super) fn p(path: &Path) -> String {
    path.display().to_string()
}

/// A list of names for a message: `a, b, c`.
fn list(items: &[String]) -> String {
    items.join(", ")
}

/// Days for a message: `28/06/2020, 20/12/2020`.
fn days(days: &[chrono::NaiveDate]) -> String {
    let days: Vec<String> = days
        .iter()
        .map(|d| d.format("%d/%m/%Y").to_string())
        .collect();
    days.join(", ")
}

/// A number of seconds for a message: `10`, `0.5` (`0,5` in Vietnamese,
/// which writes a decimal comma).
pub(super) fn seconds(seconds: f64) -> String {
    let text = seconds.to_string();
    match crate::i18n::current() {
        crate::i18n::Lang::Vi => text.replace('.', ","),
        crate::i18n::Lang::En => text,
    }
}

/// A number of bytes for a message: `64 MiB`, `1 KiB`, `1000 bytes`.
fn size(bytes: u64) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    t!("err-size-bytes", count = bytes)
}

/// ` (did you mean "X"?)`, or nothing.
fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| t!("err-did-you-mean", suggestion = s))
        .unwrap_or_default()
}

/// What the store calls a file that is not a regular file, in words.
fn file_kind(kind: &str) -> String {
    match kind {
        "folder" => t!("err-kind-folder"),
        "FIFO" => t!("err-kind-fifo"),
        "character device" => t!("err-kind-char-device"),
        "block device" => t!("err-kind-block-device"),
        "socket" => t!("err-kind-socket"),
        "special file" => t!("err-kind-special"),
        other => other.to_owned(),
    }
}

/// What the lock calls the thing at its path, in words.
fn lock_kind(kind: &str) -> String {
    match kind {
        "a symbolic link" => t!("err-lock-kind-symlink"),
        "a folder" => t!("err-lock-kind-folder"),
        "a FIFO" => t!("err-lock-kind-fifo"),
        "a socket" => t!("err-lock-kind-socket"),
        "a device" => t!("err-lock-kind-device"),
        "not a regular file" => t!("err-lock-kind-special"),
        "a hard link to another file" => t!("err-lock-kind-hard-link"),
        other => other.to_owned(),
    }
}

/// A status as the user may write it, for a suggestion.
fn status_word(name: &str) -> String {
    match name {
        "todo" => t!("err-status-todo"),
        "doing" => t!("err-status-doing"),
        "done" => t!("err-status-done"),
        "cancelled" => t!("err-status-cancelled"),
        other => other.to_owned(),
    }
}

/// Why `id` is not a task id, in words.
fn bad_task_id(id: &str, problem: &IdProblem) -> String {
    match problem {
        IdProblem::Empty => t!("err-task-id-empty"),
        IdProblem::Char { c, suggestion } => {
            t!(
                "err-task-id-char",
                id = id,
                code = format!("{:04X}", *c as u32),
                char = c.to_string()
            ) + &did_you_mean(suggestion.as_deref())
        }
        IdProblem::NotComposed { nfc } => {
            t!("err-task-id-decomposed", id = id, nfc = nfc.as_str())
        }
    }
}

/// `id (name), id (name)`, made safe for a terminal.
fn units(units: &[(String, String)]) -> String {
    let shown: Vec<String> = units
        .iter()
        .map(|(id, name)| {
            format!(
                "{} ({})",
                crate::text::visible(id),
                crate::text::visible(name)
            )
        })
        .collect();
    shown.join(", ")
}

/// A unit given on the command line that matches no unit or several.
pub fn unit_match(error: &MatchError) -> String {
    match error {
        MatchError::Ambiguous { query, candidates } => t!(
            "err-unit-ambiguous",
            query = crate::text::visible(query).to_string(),
            candidates = units(candidates)
        ),
        MatchError::NotFound { query, closest } if closest.is_empty() => t!(
            "err-unit-no-match",
            query = crate::text::visible(query).to_string()
        ),
        MatchError::NotFound { query, closest } => t!(
            "err-unit-no-match-closest",
            query = crate::text::visible(query).to_string(),
            closest = units(closest)
        ),
    }
}

/// What to do about two files with one plan id, in the interface's
/// language.
pub fn same_plan_id_hint() -> String {
    t!("err-same-plan-id-hint")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message(self))
    }
}

/// The message of `error`.
fn message(error: &Error) -> String {
    match error {
        Error::Read { path, .. } => t!("err-read", path = p(path)),
        Error::NotARegularFile { path, kind } => {
            t!("err-not-regular", path = p(path), kind = file_kind(kind))
        }
        Error::TooLarge { path, limit } => {
            t!("err-too-large", path = p(path), limit = size(*limit))
        }
        Error::BadMaxFileSize(value) => t!("err-bad-max-size", value = format!("{value:?}")),
        Error::List { path, .. } => t!("err-list", path = p(path)),
        Error::Write { path, .. } => t!("err-write", path = p(path)),
        Error::Invalid { count } => t!("err-invalid", count = *count),
        Error::NoPlansFolder(path) => t!("err-no-plans-folder", path = p(path)),
        Error::NoPlans(path) => t!("err-no-plans", path = p(path)),
        Error::NoPlan { id, loaded } => t!("err-no-plan", id = id.as_str(), loaded = list(loaded)),
        Error::SeveralPlans { loaded, files } => {
            let (count, loaded) = (loaded.len(), list(loaded));
            if *files {
                t!("err-several-plans-files", count = count, loaded = loaded)
            } else {
                t!("err-several-plans", count = count, loaded = loaded)
            }
        }
        Error::NoTaskInPlan { id, plan, tasks } if tasks.is_empty() => {
            t!(
                "err-no-task-in-plan-empty",
                id = id.as_str(),
                plan = plan.as_str()
            )
        }
        Error::NoTaskInPlan { id, plan, tasks } => t!(
            "err-no-task-in-plan",
            id = id.as_str(),
            plan = plan.as_str(),
            tasks = list(tasks)
        ),
        Error::NoTaskInFile { id, path, tasks } if tasks.is_empty() => {
            t!(
                "err-no-task-in-file-empty",
                id = id.as_str(),
                path = p(path)
            )
        }
        Error::NoTaskInFile { id, path, tasks } => t!(
            "err-no-task-in-file",
            id = id.as_str(),
            path = p(path),
            tasks = list(tasks)
        ),
        Error::TaskInUnreadable {
            id,
            diagnostics,
            found_elsewhere,
        } => {
            let count = diagnostics.len();
            if *found_elsewhere {
                t!(
                    "err-task-maybe-in-unreadable",
                    id = id.as_str(),
                    count = count
                )
            } else {
                t!("err-task-in-unreadable", id = id.as_str(), count = count)
            }
        }
        Error::SamePlanId { id, first, second } => t!(
            "err-same-plan-id",
            id = id.as_str(),
            first = p(first),
            second = p(second)
        ),
        Error::NoTaskInPlanId { id, plan } => {
            t!(
                "err-no-task-in-plan-id",
                id = id.as_str(),
                plan = plan.as_str()
            )
        }
        Error::NoTask(id) => t!("err-no-task", id = id.as_str()),
        Error::TaskInSeveralPlans { id, candidates } => t!(
            "err-task-in-several-plans",
            id = id.as_str(),
            candidates = list(candidates)
        ),
        Error::TaskNotFoundSafely { id, path } => {
            t!(
                "err-task-not-found-safely",
                id = id.as_str(),
                path = p(path)
            )
        }
        Error::ReadOnly(path) => t!("err-read-only", path = p(path)),
        Error::OutputIsPlan(path) => t!("err-output-is-plan", path = p(path)),
        Error::ReadOnlyOutput(path) => t!("err-read-only-output", path = p(path)),
        Error::NotWritable(path) => t!("err-not-writable", path = p(path)),
        Error::NotWritableOutput(path) => t!("err-not-writable-output", path = p(path)),
        Error::NoReader(path) => t!("err-no-reader", path = p(path)),
        Error::Locked { path, seconds: s } => {
            t!("err-locked", path = p(path), seconds = seconds(*s))
        }
        Error::Changed(path) => t!("err-changed", path = p(path)),
        Error::LockNotAFile { path, kind } => {
            t!(
                "err-lock-not-a-file",
                path = p(path),
                kind = lock_kind(kind)
            )
        }
        Error::HardLinks { path, links } => {
            t!("err-hard-links", path = p(path), links = *links)
        }
        Error::Outside {
            path,
            target,
            boundary,
            repository,
        } => {
            let (path, target, boundary) = (p(path), p(target), p(boundary));
            if *repository {
                t!(
                    "err-outside-repository",
                    path = path,
                    target = target,
                    boundary = boundary
                )
            } else {
                t!(
                    "err-outside-folder",
                    path = path,
                    target = target,
                    boundary = boundary
                )
            }
        }
        Error::PlanHasProblems(path) => t!("err-plan-has-problems", path = p(path)),
        Error::EditWouldBreak => t!("err-edit-would-break"),
        Error::NotEditable(reason) => t!("err-not-editable", reason = reason.as_str()),
        Error::NoTaskTable => t!("err-no-task-table"),
        Error::TaskIdTaken(id) => t!("err-task-id-taken", id = id.as_str()),
        Error::BadTaskId { id, problem } => bad_task_id(id, problem),
        Error::TaskIdLookAlike { id, other, at } => t!(
            "err-task-id-look-alike",
            id = id.as_str(),
            other = other.as_str(),
            at = at.as_str()
        ),
        Error::EmptyTitle => t!("err-empty-title"),
        // The number as typed: a Fluent number is a float, which would
        // round a large one.
        Error::NoSuchMilestone { task, number, of } => t!(
            "err-no-such-milestone",
            task = task.as_str(),
            number = number.to_string(),
            of = *of
        ),
        Error::MilestoneStillOpen { task, open, of } => t!(
            "err-milestone-still-open",
            task = task.as_str(),
            open = *open,
            of = *of
        ),
        Error::WindowLeavesNoneOpen {
            task,
            window,
            closed,
            milestones,
        } => t!(
            "err-window-leaves-none-open",
            task = task.as_str(),
            window = window.as_str(),
            closed = closed.len(),
            days = days(closed),
            milestones = *milestones
        ),
        Error::BadWindow {
            text,
            message,
            hint: None,
        } => t!(
            "err-bad-window",
            text = text.as_str(),
            message = message.as_str()
        ),
        Error::BadWindow {
            text,
            message,
            hint: Some(hint),
        } => t!(
            "err-bad-window-hint",
            text = text.as_str(),
            message = message.as_str(),
            hint = hint.as_str()
        ),
        Error::UnknownStatus { value, suggestion } => {
            let suggestion = suggestion.map(status_word);
            t!("err-unknown-status", value = value.as_str()) + &did_you_mean(suggestion.as_deref())
        }
        Error::BothRoles(unit) => t!("err-both-roles", unit = unit.as_str()),
        Error::BadUnitId(id) => t!("err-bad-unit-id", id = id.as_str()),
        Error::UnitExists { id, name } => {
            t!("err-unit-exists", id = id.as_str(), name = name.as_str())
        }
        Error::NotAReporter {
            task,
            unit,
            name,
            may,
        } if may.is_empty() => t!(
            "err-not-a-reporter-none",
            task = task.as_str(),
            unit = unit.as_str(),
            name = name.as_str()
        ),
        Error::NotAReporter {
            task,
            unit,
            name,
            may,
        } => t!(
            "err-not-a-reporter",
            task = task.as_str(),
            unit = unit.as_str(),
            name = name.as_str(),
            units = list(may)
        ),
        Error::MemberIsGroup(unit) => t!("err-member-is-group", unit = unit.as_str()),
        Error::MergeFile(reason) => t!("err-merge-file", reason = reason.as_str()),
        Error::Git { command, reason } => t!(
            "err-git",
            command = command.as_str(),
            reason = reason.as_str()
        ),
        Error::NotARepository(path) => t!("err-not-a-repository", path = p(path)),
        Error::HookExists(path) => t!("err-hook-exists", path = p(path)),
        Error::UncommittedPlan(path) => t!("err-uncommitted-plan", path = p(path)),
        Error::BadSettings { path, reason } => {
            t!("err-bad-settings", path = p(path), reason = reason.as_str())
        }
        Error::NotCommitted { path, reason } => t!(
            "err-not-committed",
            path = p(path),
            reason = reason.as_str()
        ),
        Error::EmptyUnitName => t!("err-empty-unit-name"),
        Error::BinaryToTerminal(format) => t!("err-binary-to-terminal", format = *format),
        Error::LettersNeedFolder(count) => t!("err-letters-need-folder", count = *count),
        Error::UnitNameNotText(name) => t!("err-unit-name-not-text", name = name.as_str()),
        Error::FieldNotText { field, text } => {
            t!("err-field-not-text", field = *field, text = text.as_str())
        }
        Error::NameTaken { name, id, owner } => t!(
            "err-name-taken",
            name = name.as_str(),
            id = id.as_str(),
            owner = owner.as_str()
        ),
        Error::NoUnitId { id, closest: None } => t!("err-no-unit-id", id = id.as_str()),
        Error::NoUnitId {
            id,
            closest: Some((closest, name)),
        } => t!(
            "err-no-unit-id-closest",
            id = id.as_str(),
            closest = closest.as_str(),
            name = name.as_str()
        ),
        Error::UnitsNotATable => t!("err-units-not-a-table"),
        Error::UnitNotInHead(unit) => t!("err-unit-not-in-head", unit = unit.as_str()),
        Error::Unit(error) => unit_match(error),
        Error::BadPeriod { text, message } => {
            t!(
                "err-bad-period",
                text = text.as_str(),
                message = message.as_str()
            )
        }
        Error::UnusablePeriod { text, message } => {
            t!(
                "err-unusable-period",
                text = text.as_str(),
                message = message.as_str()
            )
        }
        Error::ToBeforeFrom => t!("err-to-before-from"),
        Error::PeriodWithoutDates(text) => t!("err-period-without-dates", text = text.as_str()),
        Error::Import(error) => error.to_string(),
    }
}
