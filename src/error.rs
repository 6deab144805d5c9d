//! The failures the library reports to the command layer. Every wording
//! lives in this file, in one `Display`: a command builds a variant with the
//! values it knows, never a message of its own.

use std::path::PathBuf;

pub use crate::diagnostic::{Diagnostic, Severity};

/// A list of names for a message: `a, b, c`.
fn list(items: &[String]) -> String {
    items.join(", ")
}

/// Why `id` is not a task id, in words.
fn bad_task_id(id: &str, problem: &crate::model::task_id::IdProblem) -> String {
    use crate::model::task_id::IdProblem;
    match problem {
        IdProblem::Empty => "the task id is empty".into(),
        IdProblem::Char { c, suggestion } => format!(
            "task id \"{id}\" holds U+{:04X} \"{c}\"; ids are ASCII or Vietnamese letters, digits, \".\", \"-\" and \"_\"{}",
            *c as u32,
            suggestion
                .as_ref()
                .map(|s| format!(" (did you mean \"{s}\"?)"))
                .unwrap_or_default()
        ),
        IdProblem::NotComposed { nfc } => format!(
            "task id \"{id}\" is decomposed (letters followed by combining marks); write it composed (NFC): \"{nfc}\""
        ),
    }
}

/// A failure the library reports to the command layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("failed to read {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A folder could not be listed.
    #[error("failed to list {path}")]
    List {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("failed to write {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Loaded plans have problems; the diagnostics say which.
    #[error("{count} {} in plan files; run `plan check` for details", if *count == 1 { "error" } else { "errors" })]
    Invalid { count: usize },
    /// The folder plans are looked for in by default does not exist.
    #[error("no plan files found in {0} (no such folder; give plans with -f PATH or PLAN_FILE)")]
    NoPlansFolder(PathBuf),
    /// A folder holds no plan file.
    #[error("no plan files found in {0}")]
    NoPlans(PathBuf),

    // --- naming a plan or a task
    /// No loaded plan has this id.
    #[error("no plan with id \"{id}\"; loaded plans: {}", list(loaded))]
    NoPlan { id: String, loaded: Vec<String> },
    /// A command that works on one plan was given several.
    #[error("{} plans are loaded; name one with --plan ID ({}){}", loaded.len(), list(loaded), if *files { " or -f FILE" } else { "" })]
    SeveralPlans {
        loaded: Vec<String>,
        /// Whether `-f FILE` is a way out too.
        files: bool,
    },
    /// The plan has no task with this id.
    #[error("no task \"{id}\" in plan {plan}; its tasks are {}", list(tasks))]
    NoTaskInPlan {
        id: String,
        plan: String,
        tasks: Vec<String>,
    },
    /// The plan file has no task with this id.
    #[error("no task \"{id}\" in {}; its tasks are {}", path.display(), list(tasks))]
    NoTaskInFile {
        id: String,
        path: PathBuf,
        tasks: Vec<String>,
    },
    /// No plan with this id has a task with this id.
    #[error("no task \"{id}\" in a plan with id \"{plan}\"")]
    NoTaskInPlanId { id: String, plan: String },
    /// No loaded plan has a task with this id.
    #[error("no task \"{0}\" in the loaded plans")]
    NoTask(String),
    /// Several loaded plans have a task with this id.
    #[error("task \"{id}\" is in several plans; name one: {}", list(candidates))]
    TaskInSeveralPlans { id: String, candidates: Vec<String> },
    /// The task's block was found, but reading it gave another id.
    #[error("task \"{id}\" could not be found safely in {}; nothing was written", path.display())]
    TaskNotFoundSafely { id: String, path: PathBuf },

    // --- edits
    /// A plan file nobody may write.
    #[error("{} is read-only; make it writable (chmod u+w) to edit it", .0.display())]
    ReadOnly(PathBuf),
    /// Another edit holds the lock for too long.
    #[error(
        "another edit of this plan holds {}; gave up after {seconds} s (if no `plan` is running, remove that file)", path.display()
    )]
    Locked { path: PathBuf, seconds: f64 },
    /// The plan changed on disk while it was being edited.
    #[error("{} changed while it was being edited; nothing was written, run the command again", .0.display())]
    Changed(PathBuf),
    /// The plan file has problems, so it is not edited.
    #[error("{} has problems; fix them first (see `plan check`); nothing was written", .0.display())]
    PlanHasProblems(PathBuf),
    /// The edit would leave the plan invalid.
    #[error(
        "the edit would leave the plan invalid (the lines above are the plan as edited); nothing was written"
    )]
    EditWouldBreak,
    /// The plan file's text cannot be edited as TOML.
    #[error("cannot edit the plan file: {0}")]
    NotEditable(String),
    /// A task block without its `[[task]]` table.
    #[error("the task block holds no [[task]] table")]
    NoTaskTable,
    /// A new task's id is taken.
    #[error("task id \"{0}\" is already used; choose another")]
    TaskIdTaken(String),
    /// A task id outside the documented set (README, The plan file).
    #[error("{}", bad_task_id(id, problem))]
    BadTaskId {
        id: String,
        problem: crate::model::task_id::IdProblem,
    },
    /// A task id a reader cannot tell from the id of another task.
    #[error(
        "task id \"{id}\" looks the same as task \"{other}\" at {at}; ids that differ only in case, width or look-alike letters name one task to a reader"
    )]
    TaskIdLookAlike {
        id: String,
        other: String,
        /// Where the other task is: `FILE:LINE`.
        at: String,
    },
    /// A task's title would be empty.
    #[error("the title is empty")]
    EmptyTitle,
    /// A window the plan cannot read.
    #[error("cannot use window \"{text}\": {message}{}; accepted forms are listed in the README under Time windows", hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
    BadWindow {
        text: String,
        message: String,
        hint: Option<String>,
    },
    /// A status word that names no status.
    #[error("unknown status \"{value}\"; expected todo, doing, done or cancelled{}", suggestion.map(|s| format!(" (did you mean \"{s}\"?)")).unwrap_or_default())]
    UnknownStatus {
        value: String,
        suggestion: Option<crate::model::Status>,
    },
    /// One unit named as lead and as partner of one task.
    #[error("unit `{0}` cannot be both lead and partner of one task")]
    BothRoles(String),

    // --- units
    /// A unit id that is not letters, digits, `-` or `_`.
    #[error("unit id \"{0}\" must be letters, digits, - or _ (e.g. \"vhtt\")")]
    BadUnitId(String),
    /// A new unit's id is taken.
    #[error("unit `{id}` exists already ({name})")]
    UnitExists { id: String, name: String },
    /// A unit's name would be empty.
    #[error("the unit's name is empty")]
    EmptyUnitName,
    /// A name or alias that another unit answers to.
    #[error("\"{name}\" already names unit `{id}` ({owner}); a name or alias belongs to one unit")]
    NameTaken {
        name: String,
        id: String,
        owner: String,
    },
    /// No unit has this id.
    #[error("no unit with id `{id}`{}", closest.as_ref().map(|(id, name)| format!("; did you mean `{id}` ({name})?")).unwrap_or_default())]
    NoUnitId {
        id: String,
        /// The unit the text matches by name, if one does.
        closest: Option<(String, String)>,
    },
    /// `units` is not a table in the file.
    #[error("`units` in this plan is not a table")]
    UnitsNotATable,
    /// A unit defined outside the head (a dotted key further down, say).
    #[error("unit `{0}` is not in the head of the plan file; edit it by hand")]
    UnitNotInHead(String),
    /// A unit given on the command line does not match exactly one unit.
    #[error(transparent)]
    Unit(#[from] crate::units::MatchError),

    // --- reports
    /// A `--period` that is not a window.
    #[error("cannot read period \"{text}\": {message}")]
    BadPeriod { text: String, message: String },
    /// A `--period` that needs a period of its own.
    #[error("cannot use period \"{text}\": {message}")]
    UnusablePeriod { text: String, message: String },
    /// A `--period` without dates.
    #[error("period \"{0}\" has no dates; expected e.g. \"Quý II/2020\"")]
    PeriodWithoutDates(String),

    /// A document that could not be imported.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
}
