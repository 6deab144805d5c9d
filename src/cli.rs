//! The command line: flags and subcommands, described with clap. Only
//! descriptions live here; each command turns its arguments into a request.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Status;
use crate::text::days::{Day, Span};

mod usage;
mod values;

pub use usage::parse_from;
pub use values::{StatusParser, parse_day, parse_delimiter, parse_month, parse_span, resolve_day};

/// The command line's description in the current language: help, usage
/// and the words of clap's errors (manual pages and completions are made
/// from it too).
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Follow up the tasks of coordination plans (Kế hoạch): what is overdue,
/// what each unit owes, and where every task stands.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, max_term_width = 100)]
pub struct Cli {
    /// Plan file or folder of plans (every *.toml below it); repeatable.
    /// Default: the paths in PLAN_FILE (separated as in PATH), or else
    /// every *.toml below ./plans/
    #[arg(short = 'f', long = "file", value_name = "PATH", global = true)]
    pub files: Vec<PathBuf>,

    /// Reference day instead of today: 30/06/2020 or 2020-06-30
    #[arg(long, value_name = "DATE", global = true, env = "PLAN_TODAY", value_parser = parse_day)]
    pub as_of: Option<Day>,

    /// Language of the interface: vi (Vietnamese) or en (English).
    /// Default: PLAN_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG),
    /// else Vietnamese
    #[arg(long, value_name = "LANG", global = true, value_parser = ["vi", "en"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the tasks that match every given condition
    List(ListArgs),
    /// Show one task in full
    Show(ShowArgs),
    /// Show the unit registry with each unit's tasks
    Units(UnitsArgs),
    /// Validate the plans; report every problem as file:line:col
    Check(CheckArgs),
    /// Mark a task (or its next milestone) done
    Done(DoneArgs),
    /// Undo `done`: open the task (or its last closed milestone) again
    Reopen(ReopenArgs),
    /// Give a task to units as lead or partner (moves a unit between roles)
    Assign(AssignArgs),
    /// Take units off a task
    Unassign(UnassignArgs),
    /// Add a task to a plan
    Add(AddArgs),
    /// Change one field of a task: title, window, note, condition, status
    Set(SetArgs),
    /// Change the unit registry
    #[command(subcommand)]
    Unit(UnitCommand),
    /// Read an official document (.txt, .docx, .odt, PDF) into a plan file
    Import(ImportArgs),
    /// Write a plan back as its document (text or Markdown)
    Render(RenderArgs),
    /// Progress per unit for the upper level
    Report(ReportArgs),
    /// The tasks across the months, in the terminal
    Timeline(TimelineArgs),
    /// Deadlines for calendars (ICS), tables for Excel (CSV) or JSON
    Export(ExportArgs),
    /// The script that completes commands, task ids and unit ids in a shell
    Completions(CompletionsArgs),
    /// The manual page, or with -o DIR a page for each command
    Manual(ManualArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: Shell,
}

/// A shell completions are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct ManualArgs {
    /// Write plan.1 and a page per command (plan-list.1, …) into this folder
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only tasks whose window meets this period: "Quý II/2020", "6 tháng đầu năm 2020"
    #[arg(long, value_name = "WINDOW")]
    pub period: Option<String>,

    /// Count tasks for the units that lead them, take part in them, or either
    #[arg(long, value_enum, default_value_t = ReportRole::Lead)]
    pub role: ReportRole,

    /// Only this unit (and its members, for a group)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Field separator for CSV (';' for Excel in a Vietnamese locale)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportRole {
    Lead,
    Partner,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Md,
    Csv,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// First month shown (default: the start of the plans' period)
    #[arg(long, value_name = "DATE", value_parser = parse_month)]
    pub from: Option<NaiveDate>,

    /// Last month shown (default: the end of the plans' period)
    #[arg(long, value_name = "DATE", value_parser = parse_month)]
    pub to: Option<NaiveDate>,

    /// Colour the statuses
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(long, value_enum)]
    pub format: ExportFormat,

    /// Field separator for CSV (';' for Excel in a Vietnamese locale)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// CSV headers: en (the column names programs read) or vi
    /// (Vietnamese, for Excel)
    #[arg(long, value_enum, default_value_t = Headers::En)]
    pub headers: Headers,

    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Ics,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The document: a .txt (UTF-8), .docx, .odt or PDF (with a text layer) file
    #[arg(value_name = "DOC")]
    pub document: PathBuf,

    /// Write the plan to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Refuse the document when any part of it is in doubt, rather than
    /// write a draft with those parts marked for review
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The plan to write, by id, when several are loaded
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = DocumentFormat::Txt)]
    pub format: DocumentFormat,

    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    Txt,
    Md,
}

/// Flags every edit takes.
#[derive(Debug, Args)]
pub struct EditFlags {
    /// Print the change as a unified diff and write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Edit a plan given by a symbolic link even when the file it leads to
    /// is outside the repository (or, outside git, the plan's folder)
    #[arg(long)]
    pub follow_outside: bool,

    /// Output format: a message on stderr, or what changed as JSON on stdout
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// Task id, or PLAN:ID when several plans are loaded
    #[arg(value_name = "ID")]
    pub task: String,

    /// Completion day (default: the reference day): 30/06/2020 or 2020-06-30
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Day>,

    /// Close this milestone (from 1); closing a closed one changes nothing
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub milestone: Option<u64>,

    /// Set the task's note
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// Task id, or PLAN:ID
    #[arg(value_name = "ID")]
    pub task: String,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("units").required(true).multiple(true).args(["lead", "partner"]))]
pub struct AssignArgs {
    /// Task id, or PLAN:ID
    #[arg(value_name = "ID")]
    pub task: String,

    /// Units to lead the task: id, name, alias or fragment
    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub lead: Vec<String>,

    /// Units to take part as partners
    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub partner: Vec<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct UnassignArgs {
    /// Task id, or PLAN:ID
    #[arg(value_name = "ID")]
    pub task: String,

    /// Units to take off the task
    #[arg(value_name = "UNIT", required = true)]
    pub units: Vec<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("when").required(true).multiple(true).args(["window", "condition"]))]
pub struct AddArgs {
    /// What is to be done (it may start with "- ")
    #[arg(long, allow_hyphen_values = true)]
    pub title: String,

    /// Lead units: id, name, alias or fragment
    #[arg(long, value_name = "UNIT", num_args = 1.., required = true)]
    pub lead: Vec<String>,

    /// Partner units
    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub partner: Vec<String>,

    /// Time window as the document says it: "Tháng 9 - 10/2020"
    #[arg(long, value_name = "WINDOW", allow_hyphen_values = true)]
    pub window: Option<String>,

    /// What the task waits on: "Sau khi có hướng dẫn của cấp trên"
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub condition: Option<String>,

    /// Task id (default: the next free number)
    #[arg(long)]
    pub id: Option<String>,

    /// The plan to add to, by id, when several are loaded
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    /// A note
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Task id, or PLAN:ID
    #[arg(value_name = "ID")]
    pub task: String,

    /// The field to change
    #[arg(value_enum)]
    pub field: SetField,

    /// The new value; an empty note or condition removes it
    #[arg(allow_hyphen_values = true)]
    pub value: String,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Fail on warnings too (the marks `review = [...]` left for a person)
    #[arg(long)]
    pub strict: bool,

    /// Output format: the problems as text on stderr, or as JSON on stdout
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SetField {
    Title,
    Window,
    Note,
    Condition,
    Status,
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// Add a unit to a plan's registry
    Add(UnitAddArgs),
    /// Give a unit other names documents use for it
    Alias(UnitAliasArgs),
}

#[derive(Debug, Args)]
pub struct UnitAddArgs {
    /// Short id: letters, digits, - and _
    pub id: String,

    /// The unit's name
    pub name: String,

    /// Other names for it; repeatable
    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,

    /// The plan to change, by id, when several are loaded
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct UnitAliasArgs {
    /// The unit's id
    pub id: String,

    /// Names to add
    #[arg(required = true)]
    pub aliases: Vec<String>,

    /// The plan to change, by id, when several are loaded
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only tasks whose earliest open deadline has passed
    #[arg(long)]
    pub overdue: bool,

    /// Only open tasks due within this span from today: 14d, 2w, 14
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    pub due_within: Option<Span>,

    /// Only tasks with a deadline in the reference day's week (Monday to
    /// Sunday): the end of their window, or of one of its milestones
    #[arg(long, conflicts_with = "this_month")]
    pub this_week: bool,

    /// Only tasks with a deadline in the reference day's calendar month
    #[arg(long)]
    pub this_month: bool,

    /// Only tasks of this unit: id, name, alias or a fragment
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    /// With --unit: as lead unit or as partner
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,

    /// Only tasks with this status; repeatable or comma-separated
    #[arg(short = 's', long, value_parser = StatusParser, value_delimiter = ',')]
    pub status: Vec<Status>,

    /// Only tasks with a field marked for review (`review = [...]`)
    #[arg(long)]
    pub review: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Field separator for CSV (';' for Excel in a Vietnamese locale)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// CSV headers: en (the column names programs read) or vi
    /// (Vietnamese, for Excel)
    #[arg(long, value_enum, default_value_t = Headers::En)]
    pub headers: Headers,
}

/// The language of CSV headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Headers {
    En,
    Vi,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Task id, or PLAN:ID when several plans are loaded
    #[arg(value_name = "ID")]
    pub task: String,

    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct UnitsArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = UnitsFormat::Table)]
    pub format: UnitsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitsFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Lead,
    Partner,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
