//! What a command learns from its surroundings: the settings `main` reads
//! once (the day, the terminal, the lock timeout) and the context every
//! command runs in, with the writers for data and messages.

use std::io::Write;
use std::time::Duration;

use chrono::NaiveDate;

/// What the program learns from its surroundings, read once in `main`.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// The local calendar day.
    pub today: NaiveDate,
    /// The terminal's width, if known (`COLUMNS`).
    pub width: Option<u16>,
    /// How long an edit waits for another edit of the same plan
    /// (`PLAN_LOCK_TIMEOUT`, seconds).
    pub lock_timeout: Duration,
    /// Whether `--color auto` means colour: stdout is a terminal and
    /// `NO_COLOR` is not set.
    pub color: bool,
    /// Whether stdout is a terminal (a workbook or a Word file is not
    /// written to one).
    pub terminal: bool,
}

/// What every command gets: the reference day, the terminal width, and where
/// data (`out`) and messages (`err`) go.
pub struct Context<'a> {
    pub today: NaiveDate,
    pub width: Option<u16>,
    pub lock_timeout: Duration,
    pub color: bool,
    pub terminal: bool,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Context<'_> {
    /// Write one message line on stderr. The whole line goes through
    /// [`crate::text::one_line`]: whatever value or path it echoes, it is
    /// one line, with no raw control character.
    pub fn say(&mut self, line: std::fmt::Arguments<'_>) -> std::io::Result<()> {
        let line = line.to_string();
        writeln!(self.err, "{}", crate::text::one_line(&line))
    }
}
