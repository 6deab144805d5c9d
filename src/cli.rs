//! The command line: flags and subcommands, described with clap. Only
//! descriptions live here; each command turns its arguments into a request.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Follow up the tasks of coordination plans (Kế hoạch): what is overdue,
/// what each unit owes, and where every task stands.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, max_term_width = 100)]
pub struct Cli {
    /// Plan file or folder of plans (every *.toml below it); repeatable.
    /// Default: every *.toml below ./plans/
    #[arg(
        short = 'f',
        long = "file",
        value_name = "PATH",
        global = true,
        env = "PLAN_FILE"
    )]
    pub files: Vec<PathBuf>,

    /// Reference day instead of today: 30/06/2020 or 2020-06-30
    #[arg(long, value_name = "DATE", global = true, env = "PLAN_TODAY", value_parser = parse_day)]
    pub as_of: Option<NaiveDate>,

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
    Check,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only tasks whose earliest open deadline has passed
    #[arg(long)]
    pub overdue: bool,

    /// Only open tasks due within this span from today: 14d, 2w, 14
    #[arg(long, value_name = "SPAN", value_parser = parse_days)]
    pub due_within: Option<i64>,

    /// Only tasks of this unit: id, name, alias or a fragment
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,

    /// With --unit: as lead unit or as partner
    #[arg(long, value_enum, requires = "unit")]
    pub role: Option<RoleArg>,

    /// Only tasks with this status; repeatable or comma-separated
    #[arg(short = 's', long, value_enum, value_delimiter = ',')]
    pub status: Vec<StatusArg>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Todo,
    Doing,
    Done,
    Cancelled,
}

/// `30/06/2020`, `30/6/2020` or `2020-06-30`.
pub fn parse_day(text: &str) -> Result<NaiveDate, String> {
    crate::store::parse_date(text).ok_or_else(|| {
        format!("\"{text}\" is not a date; expected dd/mm/yyyy or yyyy-mm-dd, e.g. 30/06/2020")
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
