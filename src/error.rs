//! The failures the library reports to the command layer. Every wording
//! lives in this file, in one `Display`: a command builds a variant with the
//! values it knows, never a message of its own.

use std::path::PathBuf;

pub use crate::diagnostic::{Diagnostic, Severity};

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

/// `1 milestone is` / `2 milestones are`.
fn milestones_are(count: usize) -> String {
    match count {
        1 => "1 milestone is".into(),
        n => format!("{n} milestones are"),
    }
}

/// A number of bytes for a message: `64 MiB`, `1 KiB`, `1000 bytes`.
fn size(bytes: u64) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

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

/// Why `id` is not a task id, in words.
fn bad_task_id(id: &str, problem: &IdProblem) -> String {
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

/// What to do about two files with one plan id.
pub const SAME_PLAN_ID_HINT: &str =
    "give each plan its own id, or move a copy out of the plans folder";

/// A failure the library reports to the command layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("failed to read {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A path to read that is not a regular file (a FIFO, a device).
    #[error("{} is not a regular file (it is a {kind}); only regular files are read: give the path of the plan or document itself", path.display())]
    NotARegularFile { path: PathBuf, kind: &'static str },
    /// A file larger than the most that is read of one file.
    #[error("{} is larger than {} ({} at most are read); set PLAN_MAX_FILE_SIZE to read larger files, e.g. PLAN_MAX_FILE_SIZE=256M", path.display(), size(*limit), size(*limit))]
    TooLarge { path: PathBuf, limit: u64 },
    /// `PLAN_MAX_FILE_SIZE` that is not a size.
    #[error(
        "PLAN_MAX_FILE_SIZE={0:?} is not a size; expected a number of bytes, or of K, M or G (e.g. 64M)"
    )]
    BadMaxFileSize(String),
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
    #[error("no task \"{id}\" in plan {plan}; {}", if tasks.is_empty() { "it has no tasks".to_string() } else { format!("its tasks are {}", list(tasks)) })]
    NoTaskInPlan {
        id: String,
        plan: String,
        tasks: Vec<String>,
    },
    /// The plan file has no task with this id.
    #[error("no task \"{id}\" in {}; {}", path.display(), if tasks.is_empty() { "it has no tasks".to_string() } else { format!("its tasks are {}", list(tasks)) })]
    NoTaskInFile {
        id: String,
        path: PathBuf,
        tasks: Vec<String>,
    },
    /// No plan that could be read has the task, and some could not be
    /// read; the diagnostics say why, shown before the error.
    #[error("{} the plans that could be read; fix the {} above first (see `plan check`); nothing was written", if *found_elsewhere { format!("task \"{id}\" may be in a plan that cannot be read as well as in") } else { format!("no task \"{id}\" in") }, if diagnostics.len() == 1 { "plan file" } else { "plan files" })]
    TaskInUnreadable {
        id: String,
        diagnostics: Vec<Diagnostic>,
        /// Whether a plan that could be read has the task: which plan
        /// is meant cannot be told all the same.
        found_elsewhere: bool,
    },
    /// Two files hold one plan id, so `PLAN:ID` cannot tell them apart.
    #[error("plan id \"{id}\" is the id of {} and of {}; {SAME_PLAN_ID_HINT}; nothing was written", first.display(), second.display())]
    SamePlanId {
        id: String,
        first: PathBuf,
        second: PathBuf,
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
    /// An output file (`-o`) that is one of the plans being read.
    #[error("{} is a plan being read; nothing was written (give the output another name)", .0.display())]
    OutputIsPlan(PathBuf),
    /// An output file (`-o`) nobody may write.
    #[error("{} is read-only; nothing was written (make it writable with chmod u+w, or write to another file)", .0.display())]
    ReadOnlyOutput(PathBuf),
    /// A plan file the user running the edit may not write (another
    /// user's file in a shared folder).
    #[error("{} is not writable by this user; nothing was written (ask its owner for write access)", .0.display())]
    NotWritable(PathBuf),
    /// An output file (`-o`) the user running the command may not write.
    #[error("{} is not writable by this user; nothing was written (write to another file)", .0.display())]
    NotWritableOutput(PathBuf),
    /// An output FIFO (`-o`) that no process has open for reading.
    #[error("{} is a FIFO nobody reads; nothing was written (start its reader first, or write to another file)", .0.display())]
    NoReader(PathBuf),
    /// Another edit holds the lock for too long.
    #[error(
        "another edit of this plan holds {}; gave up after {seconds} s (if no `plan` is running, remove that file)", path.display()
    )]
    Locked { path: PathBuf, seconds: f64 },
    /// The plan changed on disk while it was being edited.
    #[error("{} changed on disk since it was read; nothing written (run the command again)", .0.display())]
    Changed(PathBuf),
    /// Something other than a lock file sits at the lock's path.
    #[error("{} is not a lock file (it is {kind}); nothing was written (remove it if no `plan` is running)", path.display())]
    LockNotAFile { path: PathBuf, kind: &'static str },
    /// A plan file with several names: replacing it would split them.
    #[error("{p} has {links} hard links; replacing it would split them, so nothing was written (to edit it, give it a file of its own: cp {p} copy && mv copy {p})", p = path.display())]
    HardLinks { path: PathBuf, links: u64 },
    /// A plan that is a link to a file outside the repository or the plan's folder.
    #[error("{} is a link to {}, outside the {} {}; nothing was written (give --follow-outside to edit it anyway)", path.display(), target.display(), if *repository { "repository" } else { "plan's folder" }, boundary.display())]
    Outside {
        path: PathBuf,
        target: PathBuf,
        boundary: PathBuf,
        /// Whether `boundary` is a git work tree (else the plan's folder).
        repository: bool,
    },
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
    BadTaskId { id: String, problem: IdProblem },
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
    /// `done --milestone N` past the milestones of the task.
    #[error("task {task} has {of} milestone{}; there is no milestone {number}", if *of == 1 { "" } else { "s" })]
    NoSuchMilestone {
        task: String,
        number: usize,
        of: usize,
    },
    /// `done --milestone N` while an earlier milestone is open.
    #[error(
        "task {task}: milestone {open} of {of} is still open; close it first (`plan done {task} --milestone {open}`)"
    )]
    MilestoneStillOpen {
        task: String,
        open: usize,
        of: usize,
    },
    /// A new window that would leave an open task with no open milestone.
    #[error("cannot set the window of task {task} to \"{window}\": {} closed ({}) and the new window has {}, so none would be left open; `plan reopen {task}` opens the last closed milestone again, `plan done {task}` closes the task", milestones_are(closed.len()), days(closed), if *milestones == 0 { "none".to_string() } else { milestones.to_string() })]
    WindowLeavesNoneOpen {
        task: String,
        window: String,
        closed: Vec<chrono::NaiveDate>,
        milestones: usize,
    },
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
        /// The status's name in the file.
        suggestion: Option<&'static str>,
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
    /// A unit name holding a control, invisible or line-breaking character.
    #[error(
        "unit name \"{0}\" holds a control or invisible character; a name is printed text on one line"
    )]
    UnitNameNotText(String),
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
    /// `timeline --to` a month before `--from` (a usage error, exit 2).
    #[error("--to is before --from")]
    ToBeforeFrom,
    /// A `--period` without dates.
    #[error("period \"{0}\" has no dates; expected e.g. \"Quý II/2020\"")]
    PeriodWithoutDates(String),

    /// A document that could not be imported.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
}

/// What an edit tells the user on the way, without failing: a wait for
/// the lock, an attribute of the plan file that could not be kept.
#[derive(Debug, thiserror::Error)]
pub enum Notice {
    /// Another edit holds the plan's lock; this one waits.
    #[error("waiting for another edit of this plan ({} is held by {}); giving up after {seconds} s", lock.display(), pid.map(|p| format!("pid {p}")).unwrap_or_else(|| "another process".into()))]
    Waiting {
        lock: PathBuf,
        pid: Option<u32>,
        seconds: f64,
    },
    /// The plan's owner or group could not be given to the new file.
    #[error(
        "warning: could not keep owner {uid}:{gid} ({source}); the file now belongs to {now_uid}:{now_gid}"
    )]
    OwnerNotKept {
        uid: u32,
        gid: u32,
        now_uid: u32,
        now_gid: u32,
        source: std::io::Error,
    },
    /// An extended attribute (or ACL) could not be copied to the new file.
    #[error("warning: could not keep the extended attribute {name} ({source}); it is lost")]
    AttributeNotKept {
        name: String,
        source: std::io::Error,
    },
}
