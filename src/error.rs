//! The failures the library reports to the command layer. A command
//! builds a variant with the values it knows, never a message of its own;
//! every wording is a message of the catalogs (`err-…` keys in
//! `locales/*.ftl`), chosen in one `Display` ([`wording`]).

use std::path::PathBuf;

pub use crate::diagnostic::{Diagnostic, Severity};
pub use system::{Said, io_reason};
pub use wording::{same_plan_id_hint, unit_match};

mod system;
#[cfg(test)]
mod tests;
mod wording;

/// Why a text is not a task id (`model::task_id` decides; the words are
/// here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// The id is empty.
    Empty,
    /// The id holds a character outside the set.
    Char {
        c: char,
        /// The id a reader likely meant, when one is clear.
        suggestion: Option<String>,
    },
    /// The id is in the set but decomposed; `nfc` is how to write it.
    NotComposed { nfc: String },
}

/// Why a unit query matched no single unit (`units::Registry::resolve`
/// decides; the words are here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchError {
    /// Several units match; every candidate as (id, name).
    Ambiguous {
        query: String,
        candidates: Vec<(String, String)>,
    },
    /// Nothing matches; the closest units as (id, name), best first, at most 3 (may be empty).
    NotFound {
        query: String,
        closest: Vec<(String, String)>,
    },
}

// The words are the catalog's (`err-unit-…`), chosen with every other
// error's.
impl std::fmt::Display for MatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&unit_match(self))
    }
}

impl std::error::Error for MatchError {}

/// A failure the library reports to the command layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A path to read that is not a regular file (a FIFO, a device).
    NotARegularFile { path: PathBuf, kind: &'static str },
    /// A file larger than the most that is read of one file.
    TooLarge { path: PathBuf, limit: u64 },
    /// `PLAN_MAX_FILE_SIZE` that is not a size.
    BadMaxFileSize(String),
    /// A folder could not be listed.
    List {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Loaded plans have problems; the diagnostics say which.
    Invalid { count: usize },
    /// The folder plans are looked for in by default does not exist.
    NoPlansFolder(PathBuf),
    /// A folder holds no plan file.
    NoPlans(PathBuf),

    // --- naming a plan or a task
    /// No loaded plan has this id.
    NoPlan { id: String, loaded: Vec<String> },
    /// A command that works on one plan was given several.
    SeveralPlans {
        loaded: Vec<String>,
        /// Whether `-f FILE` is a way out too.
        files: bool,
    },
    /// The plan has no task with this id.
    NoTaskInPlan {
        id: String,
        plan: String,
        tasks: Vec<String>,
    },
    /// The plan file has no task with this id.
    NoTaskInFile {
        id: String,
        path: PathBuf,
        tasks: Vec<String>,
    },
    /// No plan that could be read has the task, and some could not be
    /// read; the diagnostics say why, shown before the error.
    TaskInUnreadable {
        id: String,
        diagnostics: Vec<Diagnostic>,
        /// Whether a plan that could be read has the task: which plan
        /// is meant cannot be told all the same.
        found_elsewhere: bool,
    },
    /// Two files hold one plan id, so `PLAN:ID` cannot tell them apart.
    SamePlanId {
        id: String,
        first: PathBuf,
        second: PathBuf,
    },
    /// No plan with this id has a task with this id.
    NoTaskInPlanId { id: String, plan: String },
    /// No loaded plan has a task with this id.
    NoTask(String),
    /// Several loaded plans have a task with this id.
    TaskInSeveralPlans { id: String, candidates: Vec<String> },
    /// The task's block was found, but reading it gave another id.
    TaskNotFoundSafely { id: String, path: PathBuf },

    // --- edits
    /// A plan file nobody may write.
    ReadOnly(PathBuf),
    /// An output file (`-o`) that is one of the plans being read.
    OutputIsPlan(PathBuf),
    /// An output file (`-o`) nobody may write.
    ReadOnlyOutput(PathBuf),
    /// A plan file the user running the edit may not write (another
    /// user's file in a shared folder).
    NotWritable(PathBuf),
    /// An output file (`-o`) the user running the command may not write.
    NotWritableOutput(PathBuf),
    /// An output FIFO (`-o`) that no process has open for reading.
    NoReader(PathBuf),
    /// Another edit holds the lock for too long.
    Locked { path: PathBuf, seconds: f64 },
    /// The plan changed on disk while it was being edited.
    Changed(PathBuf),
    /// Something other than a lock file sits at the lock's path.
    LockNotAFile { path: PathBuf, kind: &'static str },
    /// A plan file with several names: replacing it would split them.
    HardLinks { path: PathBuf, links: u64 },
    /// A plan that is a link to a file outside the repository or the plan's folder.
    Outside {
        path: PathBuf,
        target: PathBuf,
        boundary: PathBuf,
        /// Whether `boundary` is a git work tree (else the plan's folder).
        repository: bool,
    },
    /// The plan file has problems, so it is not edited.
    PlanHasProblems(PathBuf),
    /// The edit would leave the plan invalid.
    EditWouldBreak,
    /// The plan file's text cannot be edited as TOML.
    NotEditable(String),
    /// A task block without its `[[task]]` table.
    NoTaskTable,
    /// A new task's id is taken.
    TaskIdTaken(String),
    /// A task id outside the documented set (README, The plan file).
    BadTaskId { id: String, problem: IdProblem },
    /// A task id a reader cannot tell from the id of another task.
    TaskIdLookAlike {
        id: String,
        other: String,
        /// Where the other task is: `FILE:LINE`.
        at: String,
    },
    /// A task's title would be empty.
    EmptyTitle,
    /// `done --milestone N` past the milestones of the task.
    NoSuchMilestone {
        task: String,
        number: usize,
        of: usize,
    },
    /// `done --milestone N` while an earlier milestone is open.
    MilestoneStillOpen {
        task: String,
        open: usize,
        of: usize,
    },
    /// A new window that would leave an open task with no open milestone.
    WindowLeavesNoneOpen {
        task: String,
        window: String,
        closed: Vec<chrono::NaiveDate>,
        milestones: usize,
    },
    /// A window the plan cannot read.
    BadWindow {
        text: String,
        message: String,
        hint: Option<String>,
    },
    /// A status word that names no status.
    UnknownStatus {
        value: String,
        /// The status's name in the file.
        suggestion: Option<&'static str>,
    },
    /// One unit named as lead and as partner of one task.
    BothRoles(String),

    // --- units
    /// A unit id that is not letters, digits, `-` or `_`.
    BadUnitId(String),
    /// A new unit's id is taken.
    UnitExists { id: String, name: String },
    /// A unit that does not report on a task: neither a member of one of
    /// its groups nor a lead or partner unit. `may` lists the units that do.
    NotAReporter {
        task: String,
        unit: String,
        name: String,
        may: Vec<String>,
    },
    /// A group named among its own members.
    MemberIsGroup(String),
    /// `git merge-file` could not run or failed; why.
    MergeFile(String),
    /// A git command failed.
    Git { command: String, reason: String },
    /// The folder is in no git repository.
    NotARepository(PathBuf),
    /// A pre-commit hook that is not plan's is there already.
    HookExists(PathBuf),
    /// An edit to commit of a plan file with uncommitted changes.
    UncommittedPlan(PathBuf),
    /// The repository's `.plan.toml` does not read.
    BadSettings { path: PathBuf, reason: String },
    /// The edit was written but its commit failed.
    NotCommitted { path: PathBuf, reason: String },
    /// A unit's name would be empty.
    EmptyUnitName,
    /// A binary output (`xlsx`, `docx`) asked for on a terminal.
    BinaryToTerminal(&'static str),
    /// Several Word letters asked for without a folder to write them in.
    LettersNeedFolder(usize),
    /// A unit name holding a control, invisible or line-breaking character.
    UnitNameNotText(String),
    /// A task's title, window, condition or note from the command line
    /// holding a control or invisible character (a note may hold line
    /// breaks).
    FieldNotText {
        /// `title`, `window`, `condition` or `note`.
        field: &'static str,
        text: String,
    },
    /// A name or alias that another unit answers to.
    NameTaken {
        name: String,
        id: String,
        owner: String,
    },
    /// No unit has this id.
    NoUnitId {
        id: String,
        /// The unit the text matches by name, if one does.
        closest: Option<(String, String)>,
    },
    /// `units` is not a table in the file.
    UnitsNotATable,
    /// A unit defined outside the head (a dotted key further down, say).
    UnitNotInHead(String),
    /// A unit given on the command line does not match exactly one unit.
    Unit(MatchError),

    // --- reports
    /// A `--period` that is not a window.
    BadPeriod { text: String, message: String },
    /// A `--period` that needs a period of its own.
    UnusablePeriod { text: String, message: String },
    /// `timeline --to` a month before `--from` (a usage error, exit 2).
    ToBeforeFrom,
    /// A `--period` without dates.
    PeriodWithoutDates(String),

    /// A document that could not be imported.
    Import(crate::import::ImportError),
}

/// What an edit tells the user on the way, without failing: a wait for
/// the lock, an attribute of the plan file that could not be kept.
#[derive(Debug, thiserror::Error)]
pub enum Notice {
    /// Another edit holds the plan's lock; this one waits.
    Waiting {
        lock: PathBuf,
        pid: Option<u32>,
        seconds: f64,
    },
    /// The plan's owner or group could not be given to the new file.
    OwnerNotKept {
        uid: u32,
        gid: u32,
        now_uid: u32,
        now_gid: u32,
        source: std::io::Error,
    },
    /// An extended attribute (or ACL) could not be copied to the new file.
    AttributeNotKept {
        name: String,
        source: std::io::Error,
    },
}

// The unit and import errors are worded here as the whole message, not as
// a cause: `describe` would say them twice.
impl From<MatchError> for Error {
    fn from(error: MatchError) -> Error {
        Error::Unit(error)
    }
}

impl From<crate::import::ImportError> for Error {
    fn from(error: crate::import::ImportError) -> Error {
        Error::Import(error)
    }
}
