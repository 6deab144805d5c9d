//! The one way the end-to-end tests run `plan`: a [`Test`] states the
//! arguments, environment, stdin and files of a run and the exit status,
//! stdout and stderr it expects, and checks them all when it runs. What a
//! test does not state is expected to be nothing: exit 0, empty stdout,
//! empty stderr. A `Test` dropped without running panics, so no test can
//! pass by forgetting to run or to look.
//!
//! Runs happen in a [`Sandbox`], a temporary folder (with a copy of the
//! seed plan in `plans/` when asked), in a clean environment: no `PLAN_*`
//! or colour or locale variables from the caller, `PLAN_TODAY` fixed to
//! [`TODAY`], `COLUMNS` to 100 and `PLAN_LANG` to `en` (a test of the
//! Vietnamese interface sets `PLAN_LANG=vi`). In expected text, `[TEMP]` stands for the
//! sandbox's path and `[ROOT]` for the repository's.

// Each test file uses its own part of this module.
#![allow(dead_code)]

#[path = "../../src/i18n/english.rs"]
pub mod english;

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use predicates::Predicate;
use tempfile::TempDir;

/// The seed plan's file name, in plans/.
pub const SEED: &str = "trieu-son-2020-pcbldg.toml";

/// The day every run takes for today: the seed's dates are all in 2020.
pub const TODAY: &str = "2020-07-01";

/// The repository's root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed plan in the repository.
pub fn seed() -> PathBuf {
    root().join("plans").join(SEED)
}

/// The seed plan's text.
pub fn seed_text() -> String {
    fs::read_to_string(seed()).unwrap()
}

/// `plan` as a bare command in `dir`, in the clean environment every test
/// runs in; for the few tests that must drive the process themselves
/// (signals). Everything else goes through [`Test`].
pub fn command(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plan"));
    cmd.current_dir(dir);
    for (name, _) in std::env::vars_os() {
        let text = name.to_string_lossy();
        if text.starts_with("PLAN_") || text.starts_with("CLICOLOR") {
            cmd.env_remove(&name);
        }
    }
    for name in [
        "NO_COLOR",
        "COLUMNS",
        "LINES",
        "TERM",
        "FORCE_COLOR",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
    ] {
        cmd.env_remove(name);
    }
    // English unless a test asks for Vietnamese (`.env("PLAN_LANG", "vi")`).
    cmd.env("PLAN_TODAY", TODAY)
        .env("COLUMNS", "100")
        .env("PLAN_LANG", "en")
        // The read cache of the test runs, never the user's.
        .env(
            "PLAN_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan-cache"),
        );
    cmd
}

/// A temporary folder the runs happen in.
pub struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    /// A sandbox holding plans/ with a copy of the seed plan.
    pub fn new() -> Self {
        let sandbox = Sandbox::empty();
        sandbox.write(&format!("plans/{SEED}"), &seed_text());
        sandbox
    }

    /// An empty sandbox.
    pub fn empty() -> Self {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A sandbox holding `plan.toml`, a copy of `from`.
    pub fn with_plan(from: &Path) -> Self {
        let sandbox = Sandbox::empty();
        fs::copy(from, sandbox.path("plan.toml")).unwrap();
        sandbox
    }

    /// The sandbox's own path.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// `relative` inside the sandbox.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes `text` to `relative`, making its folders.
    pub fn write(&self, relative: &str, text: &str) -> PathBuf {
        self.write_bytes(relative, text.as_bytes())
    }

    /// Writes `bytes` to `relative`, making its folders.
    pub fn write_bytes(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// The text of `relative`.
    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap()
    }

    /// The bytes of `relative`.
    pub fn read_bytes(&self, relative: &str) -> Vec<u8> {
        fs::read(self.path(relative)).unwrap()
    }

    /// The seed plan with each `from` replaced once by its `to` (each must
    /// occur), written as plans/<name>.
    pub fn broken(&self, name: &str, edits: &[(&str, &str)]) -> PathBuf {
        let mut text = seed_text();
        for (from, to) in edits {
            assert!(text.contains(from), "seed lacks {from:?}");
            text = text.replacen(from, to, 1);
        }
        self.write(&format!("plans/{name}"), &text)
    }

    /// The names in folder `relative` (`""` for the sandbox), sorted.
    pub fn listing(&self, relative: &str) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.path(relative))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Every file below the sandbox with its bytes.
    pub fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            let mut entries: Vec<_> = fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    let bytes = fs::read(&path).unwrap();
                    out.push((path, bytes));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }

    /// A run of `plan` in this sandbox.
    pub fn plan(&self) -> Test {
        Test::in_dir(self.dir.path(), None)
    }
}

/// A run of `plan` in a fresh empty sandbox of its own, for runs that name
/// their plan with `-f`.
pub fn plan() -> Test {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    Test::in_dir(&path, Some(dir))
}

/// One expectation on stdout or stderr, on its text with the placeholders
/// put in.
enum Check {
    Is(String),
    Contains(String),
    StartsWith(String),
    EndsWith(String),
    Matches(String),
    NotContains(String),
    /// The test reads this stream itself from the [`Output`].
    Any,
}

impl Check {
    fn holds(&self, text: &str) -> bool {
        match self {
            Check::Is(expected) => text == expected,
            Check::Contains(part) => text.contains(part.as_str()),
            Check::StartsWith(part) => text.starts_with(part.as_str()),
            Check::EndsWith(part) => text.ends_with(part.as_str()),
            Check::NotContains(part) => !text.contains(part.as_str()),
            Check::Matches(pattern) => predicates::str::is_match(pattern)
                .unwrap_or_else(|e| panic!("bad pattern {pattern:?}: {e}"))
                .eval(text),
            Check::Any => true,
        }
    }

    fn describe(&self) -> String {
        match self {
            Check::Is(expected) => format!("exactly {expected:?}"),
            Check::Contains(part) => format!("containing {part:?}"),
            Check::StartsWith(part) => format!("starting with {part:?}"),
            Check::EndsWith(part) => format!("ending with {part:?}"),
            Check::NotContains(part) => format!("not containing {part:?}"),
            Check::Matches(pattern) => format!("matching /{pattern}/"),
            Check::Any => "anything".into(),
        }
    }
}

/// A run of `plan` and what it must give. Build it, then [`Test::run`] it.
#[must_use = "a Test checks nothing until it is run"]
pub struct Test {
    dir: PathBuf,
    // Kept alive for the run when the test owns its sandbox.
    _own: Option<TempDir>,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
    status: i32,
    stdout: Vec<Check>,
    stderr: Vec<Check>,
    ran: bool,
}

/// What a run gave, after its checks passed.
#[derive(Debug)]
pub struct Output {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Test {
    fn in_dir(dir: &Path, own: Option<TempDir>) -> Self {
        Test {
            dir: dir.to_path_buf(),
            _own: own,
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            status: 0,
            stdout: Vec::new(),
            stderr: Vec::new(),
            ran: false,
        }
    }

    /// One more argument.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// More arguments.
    pub fn args<I>(mut self, args: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// An environment variable for the run (over the clean defaults).
    pub fn env(mut self, name: &str, value: impl AsRef<OsStr>) -> Self {
        self.env.push((name.into(), value.as_ref().to_owned()));
        self
    }

    /// What the run reads on stdin (else nothing: stdin is closed).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Writes `text` to `relative` in the run's folder before the run.
    pub fn file(self, relative: &str, text: impl AsRef<[u8]>) -> Self {
        let path = self.dir.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }

    /// The exit status the run must give (else 0).
    pub fn status(mut self, code: i32) -> Self {
        self.status = code;
        self
    }

    /// Stdout must be exactly `text`.
    pub fn stdout(mut self, text: impl Into<String>) -> Self {
        self.stdout.push(Check::Is(text.into()));
        self
    }

    /// Stdout must contain `text`.
    pub fn stdout_contains(mut self, text: impl Into<String>) -> Self {
        self.stdout.push(Check::Contains(text.into()));
        self
    }

    /// Stdout must not contain `text`.
    pub fn stdout_lacks(mut self, text: impl Into<String>) -> Self {
        self.stdout.push(Check::NotContains(text.into()));
        self
    }

    /// Stdout must start with `text`.
    pub fn stdout_starts_with(mut self, text: impl Into<String>) -> Self {
        self.stdout.push(Check::StartsWith(text.into()));
        self
    }

    /// Stdout must match the regular expression `pattern`, anchored by the
    /// test where it means to.
    pub fn stdout_regex(mut self, pattern: impl Into<String>) -> Self {
        self.stdout.push(Check::Matches(pattern.into()));
        self
    }

    /// Stdout is for the test to read from the [`Output`] (a JSON document,
    /// a snapshot with facts asserted next to it).
    pub fn stdout_any(mut self) -> Self {
        self.stdout.push(Check::Any);
        self
    }

    /// Stderr must be exactly `text`.
    pub fn stderr(mut self, text: impl Into<String>) -> Self {
        self.stderr.push(Check::Is(text.into()));
        self
    }

    /// Stderr must contain `text`.
    pub fn stderr_contains(mut self, text: impl Into<String>) -> Self {
        self.stderr.push(Check::Contains(text.into()));
        self
    }

    /// Stderr must not contain `text`.
    pub fn stderr_lacks(mut self, text: impl Into<String>) -> Self {
        self.stderr.push(Check::NotContains(text.into()));
        self
    }

    /// Stderr must start with `text`.
    pub fn stderr_starts_with(mut self, text: impl Into<String>) -> Self {
        self.stderr.push(Check::StartsWith(text.into()));
        self
    }

    /// Stderr must end with `text`.
    pub fn stderr_ends_with(mut self, text: impl Into<String>) -> Self {
        self.stderr.push(Check::EndsWith(text.into()));
        self
    }

    /// Stderr must match the regular expression `pattern`.
    pub fn stderr_regex(mut self, pattern: impl Into<String>) -> Self {
        self.stderr.push(Check::Matches(pattern.into()));
        self
    }

    /// Stderr is for the test to read from the [`Output`].
    pub fn stderr_any(mut self) -> Self {
        self.stderr.push(Check::Any);
        self
    }

    /// Runs `plan` and checks the status, stdout and stderr; panics with
    /// every mismatch at once.
    #[track_caller]
    pub fn run(mut self) -> Output {
        self.ran = true;
        let mut cmd = command(&self.dir);
        cmd.args(&self.args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("plan runs");
        if let Some(bytes) = self.stdin.take() {
            child.stdin.take().unwrap().write_all(&bytes).unwrap();
        }
        let output = child.wait_with_output().unwrap();
        let got = Output {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        };
        let mut problems = Vec::new();
        if got.status != self.status {
            problems.push(format!(
                "exit status {} (expected {})",
                got.status, self.status
            ));
        }
        for (name, checks, text) in [
            ("stdout", &self.stdout, &got.stdout),
            ("stderr", &self.stderr, &got.stderr),
        ] {
            let text = self.placeholders(text);
            let default = [Check::Is(String::new())];
            let checks: &[Check] = if checks.is_empty() { &default } else { checks };
            for check in checks {
                if !check.holds(&text) {
                    let mut problem = format!("{name} is not {}", check.describe());
                    if let Check::Is(expected) = check {
                        problem.push_str(&format!(
                            "; diff (- expected, + got):\n{}",
                            similar::TextDiff::from_lines(expected.as_str(), text.as_str())
                                .unified_diff()
                        ));
                    }
                    problems.push(problem);
                }
            }
        }
        if !problems.is_empty() {
            panic!(
                "plan {:?}:\n{}\n--- stdout:\n{}\n--- stderr:\n{}",
                self.args,
                problems.join("\n"),
                got.stdout,
                got.stderr
            );
        }
        got
    }

    /// `text` with the sandbox's and the repository's paths written as
    /// `[TEMP]` and `[ROOT]`.
    fn placeholders(&self, text: &str) -> String {
        text.replace(self.dir.to_str().unwrap(), "[TEMP]")
            .replace(root().to_str().unwrap(), "[ROOT]")
    }
}

impl Drop for Test {
    fn drop(&mut self) {
        if !self.ran && !std::thread::panicking() {
            panic!("a Test of plan {:?} was built but never run", self.args);
        }
    }
}

/// The cells of the first row of a drawn table whose first cell is
/// `first`, trimmed; panics if there is none.
pub fn table_row(table: &str, first: &str) -> Vec<String> {
    table
        .lines()
        .map(|line| {
            line.split(['│', '┆'])
                .map(|cell| cell.trim().to_string())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.len() > 2 && cells[1] == first)
        .map(|cells| cells[1..cells.len() - 1].to_vec())
        .unwrap_or_else(|| panic!("no row {first:?} in\n{table}"))
}

/// A run of `plan` in `dir` (the repository, say), which the test must
/// leave as it found it.
pub fn plan_in(dir: &Path) -> Test {
    Test::in_dir(dir, None)
}
