//! The command line: flags and subcommands, described with clap. Only
//! descriptions live here; each command turns its arguments into a request.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Status;
use crate::window::days::{Day, Span};

pub mod errors;
mod help;
mod usage;
mod values;

pub use usage::parse_from;
pub use values::{StatusParser, parse_day, parse_delimiter, parse_month, parse_span, resolve_day};

/// The command line's description in the current language, built: help,
/// usage and the words of clap's errors (manual pages and completions are
/// made from it too).
pub fn command() -> clap::Command {
    help::localise(
        <Cli as clap::CommandFactory>::command(),
        crate::i18n::current(),
    )
}

// The words of help (abouts, helps) are in the catalogs, locales/*.ftl, under
// `cmd-…` and `arg-…` keys named after the commands and argument ids; `command()`
// sets them.
#[derive(Debug, Parser)]
#[command(name = "plan", version, max_term_width = 100)]
pub struct Cli {
    #[arg(
        id = "file",
        short = 'f',
        long = "file",
        value_name = "PATH",
        global = true
    )]
    pub files: Vec<PathBuf>,

    #[arg(long, value_name = "DATE", global = true, env = "PLAN_TODAY", value_parser = parse_day)]
    pub as_of: Option<Day>,

    #[arg(long, value_name = "LANG", global = true, value_parser = ["vi", "en"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    List(ListArgs),
    Show(ShowArgs),
    Units(UnitsArgs),
    Check(CheckArgs),
    Done(DoneArgs),
    Reopen(ReopenArgs),
    Assign(AssignArgs),
    Unassign(UnassignArgs),
    Add(AddArgs),
    Set(SetArgs),
    #[command(subcommand)]
    Unit(UnitCommand),
    Import(ImportArgs),
    Render(RenderArgs),
    Report(ReportArgs),
    Timeline(TimelineArgs),
    Export(ExportArgs),
    Completions(CompletionsArgs),
    Manual(ManualArgs),
    Remind(RemindArgs),
    Merge(MergeArgs),
    #[command(subcommand)]
    Git(GitCommand),
    Log(LogArgs),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[arg(value_name = "ID")]
    pub task: Option<String>,

    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Subcommand)]
pub enum GitCommand {
    Setup(GitSetupArgs),
}

#[derive(Debug, Args)]
pub struct GitSetupArgs {
    #[arg(long)]
    pub hook: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    #[arg(value_name = "BASE")]
    pub base: PathBuf,

    #[arg(value_name = "OURS")]
    pub ours: PathBuf,

    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,

    #[arg(long, value_name = "PATH")]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    #[arg(long, value_name = "SPAN", value_parser = parse_span, default_value = "7d")]
    pub within: Span,

    #[arg(long, value_enum, default_value_t = RemindFormat::Txt)]
    pub format: RemindFormat,

    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,

    #[arg(long, value_name = "NAME")]
    pub signer: Option<String>,

    #[arg(long, value_name = "TEXT", requires = "signer")]
    pub position: Option<String>,
}

/// How a reminder is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RemindFormat {
    // Plain text, to paste in an email or a chat.
    Txt,
    Md,
    // The urging letter in Word.
    Docx,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
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
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "WINDOW")]
    pub period: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportRole::Lead)]
    pub role: ReportRole,

    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    #[arg(long, value_name = "TEXT")]
    pub number: Option<String>,

    #[arg(long, value_name = "TEXT")]
    pub place: Option<String>,

    #[arg(long, value_name = "NAME")]
    pub signer: Option<String>,

    #[arg(long, value_name = "TEXT", requires = "signer")]
    pub position: Option<String>,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportRole {
    #[value(aliases = ["chủ trì", "chủ-trì", "chu tri", "chu-tri"])]
    Lead,
    #[value(aliases = ["phối hợp", "phối-hợp", "phoi hop", "phoi-hop"])]
    Partner,
    #[value(aliases = ["bất kỳ", "bất-kỳ", "bat ky", "bat-ky"])]
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Md,
    Csv,
    Json,
    Html,
    Xlsx,
    Docx,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[arg(long, value_name = "DATE", value_parser = parse_month)]
    pub from: Option<NaiveDate>,

    #[arg(long, value_name = "DATE", value_parser = parse_month)]
    pub to: Option<NaiveDate>,

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
    #[arg(long, value_enum)]
    pub format: ExportFormat,

    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    #[arg(long, value_enum, default_value_t = Headers::En)]
    pub headers: Headers,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Ics,
    Csv,
    Json,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(value_name = "DOC")]
    pub document: PathBuf,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long, requires = "output")]
    pub force: bool,

    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[arg(long, value_enum, default_value_t = DocumentFormat::Txt)]
    pub format: DocumentFormat,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    Txt,
    Md,
    Docx,
}

/// Flags every edit takes.
#[derive(Debug, Args)]
pub struct EditFlags {
    #[arg(long)]
    pub dry_run: bool,

    #[arg(long)]
    pub commit: bool,

    #[arg(long)]
    pub follow_outside: bool,

    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Day>,

    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub milestone: Option<u64>,

    #[arg(short = 'u', long, value_name = "UNIT", conflicts_with = "milestone")]
    pub unit: Option<String>,

    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("units").required(true).multiple(true).args(["lead", "partner"]))]
pub struct AssignArgs {
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub lead: Vec<String>,

    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub partner: Vec<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct UnassignArgs {
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(value_name = "UNIT", required = true)]
    pub units: Vec<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("when").required(true).multiple(true).args(["window", "condition"]))]
pub struct AddArgs {
    #[arg(long, allow_hyphen_values = true)]
    pub title: String,

    #[arg(long, value_name = "UNIT", num_args = 1.., required = true)]
    pub lead: Vec<String>,

    #[arg(long, value_name = "UNIT", num_args = 1..)]
    pub partner: Vec<String>,

    #[arg(long, value_name = "WINDOW", allow_hyphen_values = true)]
    pub window: Option<String>,

    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub condition: Option<String>,

    #[arg(long)]
    pub id: Option<String>,

    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(value_enum)]
    pub field: SetField,

    #[arg(allow_hyphen_values = true)]
    pub value: String,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long)]
    pub strict: bool,

    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SetField {
    #[value(aliases = ["tên", "ten"])]
    Title,
    #[value(aliases = ["thời gian", "thời-gian", "thoi gian", "thoi-gian"])]
    Window,
    #[value(aliases = ["ghi chú", "ghi-chú", "ghi chu", "ghi-chu"])]
    Note,
    #[value(aliases = ["điều kiện", "điều-kiện", "dieu kien", "dieu-kien"])]
    Condition,
    #[value(aliases = ["trạng thái", "trạng-thái", "trang thai", "trang-thai"])]
    Status,
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    Add(UnitAddArgs),
    Alias(UnitAliasArgs),
    Members(UnitMembersArgs),
}

#[derive(Debug, Args)]
pub struct UnitMembersArgs {
    pub id: String,

    #[arg(value_name = "UNIT", required = true)]
    pub members: Vec<String>,

    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct UnitAddArgs {
    pub id: String,

    pub name: String,

    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,

    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct UnitAliasArgs {
    pub id: String,

    #[arg(required = true)]
    pub aliases: Vec<String>,

    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    pub overdue: bool,

    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    pub due_within: Option<Span>,

    #[arg(long, conflicts_with = "this_month")]
    pub this_week: bool,

    #[arg(long)]
    pub this_month: bool,

    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,

    #[arg(short = 's', long, value_parser = StatusParser, value_delimiter = ',')]
    pub status: Vec<Status>,

    #[arg(long)]
    pub review: bool,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

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
    #[arg(value_name = "ID")]
    pub task: String,

    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct UnitsArgs {
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
    #[value(aliases = ["chủ trì", "chủ-trì", "chu tri", "chu-tri"])]
    Lead,
    #[value(aliases = ["phối hợp", "phối-hợp", "phoi hop", "phoi-hop"])]
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
