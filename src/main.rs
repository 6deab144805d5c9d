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
    handle_signals();
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

/// An edit stopped by Ctrl-C, SIGTERM or SIGHUP removes its lock and
/// temporary files and exits 128 + the signal's number. SIGXFSZ (a write
/// past `ulimit -f`) is caught and does nothing, so the write fails with
/// EFBIG and the edit cleans up as after any failed write.
fn handle_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};
        static FILE_TOO_LARGE: std::sync::atomic::AtomicBool =
            std::sync::atomic::AtomicBool::new(false);
        let _ = signal_hook::flag::register(SIGXFSZ, &FILE_TOO_LARGE);
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    plan::edit::file::remove_leftovers();
                    std::process::exit(128 + signal);
                }
            });
        }
    }
    #[cfg(not(unix))]
    {
        // Without a signal iterator: a flag set by the handler, watched.
        use signal_hook::consts::{SIGINT, SIGTERM};
        use std::sync::atomic::{AtomicBool, Ordering};
        static STOP: AtomicBool = AtomicBool::new(false);
        let caught = [SIGINT, SIGTERM]
            .into_iter()
            .filter(|&signal| signal_hook::flag::register(signal, &STOP).is_ok())
            .count();
        if caught > 0 {
            std::thread::spawn(|| {
                while !STOP.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                plan::edit::file::remove_leftovers();
                std::process::exit(130);
            });
        }
    }
}
