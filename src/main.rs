use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plan::cli::Cli::parse();
    // The clock and the terminal are read here only; everything below takes them as values.
    let today = chrono::Local::now().date_naive();
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .or_else(|| comfy_table::Table::new().width());
    let lock_timeout = match std::env::var("PLAN_LOCK_TIMEOUT") {
        Err(_) => Duration::from_secs(10),
        Ok(text) => match text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(|s| Duration::try_from_secs_f64(s).ok())
        {
            Some(timeout) => timeout,
            None => {
                let _ = writeln!(
                    io::stderr(),
                    "error: PLAN_LOCK_TIMEOUT={text:?} is not a number of seconds (e.g. 10 or 0.5)"
                );
                return ExitCode::from(2);
            }
        },
    };
    if let Err(error) = plan::store::max_file_size() {
        let _ = writeln!(io::stderr(), "error: {error}");
        return ExitCode::from(2);
    }
    // An edit interrupted by Ctrl-C removes its lock and temporary files.
    let _ = ctrlc::set_handler(|| {
        plan::edit::file::remove_leftovers();
        std::process::exit(130);
    });
    let color = io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let settings = plan::context::Settings {
        today,
        width,
        lock_timeout,
        color,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = plan::run(cli, settings, &mut out, &mut err).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => code,
        Err(error) if plan::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(err, "error: {}", plan::describe(&error));
            ExitCode::from(1)
        }
    }
}
