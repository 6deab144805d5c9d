//! The command line: flags and subcommands, described with clap. Only
//! descriptions live here; each command turns its arguments into a request.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Status;

pub mod errors;
mod help;
mod usage;

pub use usage::parse_from;

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
    pub as_of: Option<NaiveDate>,

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

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Ics,
    Csv,
    Json,
}

/// One ASCII character: `,`, `;` or a tab (`\t`).
pub fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "\\t" | "tab" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() && text != "\"" => Ok(text.as_bytes()[0]),
        _ => Err(format!(
            "\"{text}\" is not a delimiter; expected one character such as , or ;"
        )),
    }
}

/// A month: 06/2020, 2020-06, or any day (its month is meant).
pub fn parse_month(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if let Some(day) = crate::store::parse_date(text) {
        return Ok(day);
    }
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    let (month, year) = match parts.as_slice() {
        [m, y] if y.len() == 4 => (m.parse::<u32>().ok(), y.parse::<i32>().ok()),
        [y, m] if y.len() == 4 => (m.parse::<u32>().ok(), y.parse::<i32>().ok()),
        _ => (None, None),
    };
    month
        .zip(year)
        .and_then(|(m, y)| NaiveDate::from_ymd_opt(y, m, 1))
        .ok_or_else(|| format!("\"{text}\" is not a month; expected e.g. 06/2020 or 2020-06"))
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
}

/// Flags every edit takes.
#[derive(Debug, Args)]
pub struct EditFlags {
    #[arg(long)]
    pub dry_run: bool,

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
    pub on: Option<NaiveDate>,

    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub milestone: Option<u64>,

    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,

    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    #[arg(value_name = "ID")]
    pub task: String,

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
    Title,
    Window,
    Note,
    Condition,
    Status,
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    Add(UnitAddArgs),
    Alias(UnitAliasArgs),
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

    #[arg(long, value_name = "SPAN", value_parser = parse_days)]
    pub due_within: Option<i64>,

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
    Lead,
    Partner,
}

/// Reads a status the way `plan set … status` does ([`Status::from_word`]):
/// the file's names and the Vietnamese words clerks use. Help and usage
/// errors list the file's names.
#[derive(Debug, Clone, Copy)]
pub struct StatusParser;

impl clap::builder::TypedValueParser for StatusParser {
    type Value = Status;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Status, clap::Error> {
        if let Some(status) = value.to_str().and_then(Status::from_word) {
            return Ok(status);
        }
        // Not a status: clap words the refusal as for any closed set.
        let names = clap::builder::PossibleValuesParser::new(Status::ALL.map(Status::as_str));
        let name = names.parse_ref(cmd, arg, value)?;
        name.parse()
            .map_err(|()| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            Status::ALL
                .into_iter()
                .map(|s| clap::builder::PossibleValue::new(s.as_str())),
        ))
    }
}

/// `30/06/2020`, `30/6/2020` or `2020-06-30`.
pub fn parse_day(text: &str) -> Result<NaiveDate, String> {
    crate::store::parse_date(text).ok_or_else(|| {
        // The window reader knows why a day is impossible ("June 2020 has
        // 30 days", a year out of range).
        let why = match crate::window::parse_window(text, None) {
            Err(e) if !e.message.starts_with("cannot read") => format!(": {}", e.message),
            _ => String::new(),
        };
        format!("\"{text}\" is not a day{why}; expected dd/mm/yyyy or yyyy-mm-dd, e.g. 30/06/2020")
    })
}

/// `14d`, `2w` or a plain number of days.
pub fn parse_days(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, "d"),
    };
    let factor = match unit.trim() {
        "d" | "day" | "days" | "ngày" => 1,
        "w" | "week" | "weeks" | "tuần" => 7,
        _ => {
            return Err(format!(
                "\"{text}\" is not a span of days; expected e.g. 14d, 2w or 14"
            ));
        }
    };
    number
        .parse::<i64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .filter(|n| *n <= 36_600)
        .ok_or_else(|| format!("\"{text}\" is not a span of days; expected e.g. 14d, 2w or 14"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_days() {
        assert_eq!(parse_days("14d"), Ok(14));
        assert_eq!(parse_days("2w"), Ok(14));
        assert_eq!(parse_days("14"), Ok(14));
        assert!(parse_days("d").is_err());
        assert!(parse_days("14x").is_err());
        assert!(parse_days("99999999999999999999d").is_err());
    }

    #[test]
    fn days_in_both_forms() {
        assert_eq!(
            parse_day("30/06/2020"),
            Ok(NaiveDate::from_ymd_opt(2020, 6, 30).unwrap())
        );
        assert_eq!(
            parse_day("2020-06-30"),
            Ok(NaiveDate::from_ymd_opt(2020, 6, 30).unwrap())
        );
        assert!(parse_day("31/02/2020").is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
