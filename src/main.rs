use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = plan::cli::Cli::parse();
    // The clock and the terminal are read here only; everything below takes them as values.
    let today = chrono::Local::now().date_naive();
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .or_else(|| comfy_table::Table::new().width());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = plan::run(cli, today, width, &mut out, &mut err).and_then(|code| {
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
