use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use plan::cli::Cli;

// mimalloc, for its speed on the many small allocations of a large plan
// and on the pages of a large file: see the README's Speed section for
// what it buys and what it costs in peak memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Small pages until the command is known (see `commands::small_pages`).
    plan::commands::small_pages();
    // The language first: clap's help and errors are written in it.
    let env = |name: &str| std::env::var(name).ok();
    let flag = plan::i18n::flag_in(std::env::args_os());
    let resolved = plan::i18n::resolve(flag.as_deref(), env);
    // A bad PLAN_LANG is said in the language the locale names, PLAN_LANG
    // aside; a shell asking for completions gets them in it, silently.
    let fallback =
        plan::i18n::resolve(None, |name: &str| env(name).filter(|_| name != "PLAN_LANG"));
    plan::i18n::set(
        resolved
            .clone()
            .or(fallback)
            .unwrap_or(plan::i18n::Lang::Vi),
    );
    // A shell asking for completions (the script of `plan completions`).
    clap_complete::CompleteEnv::with_factory(plan::commands::complete::completing_command)
        .var(plan::commands::complete::VARIABLE)
        .complete();
    if let Err(plan::i18n::BadLang(value)) = resolved {
        let value = plan::text::one_line(&value).into_owned();
        let message = plan::t!("clap-bad-lang", value = value);
        let _ = writeln!(io::stderr(), "{}: {message}", plan::t!("label-error"));
        return ExitCode::from(2);
    }
    let cli = parse();
    // `--lang` as clap read it: the look before clap cannot tell a value
    // of another flag (`--note --lang`) from the flag itself.
    if cli.lang != flag
        && let Ok(lang) = plan::i18n::resolve(cli.lang.as_deref(), env)
    {
        plan::i18n::set(lang);
    }
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
                let value = plan::text::one_line(&text).into_owned();
                let message = plan::t!("clap-bad-lock-timeout", value = value);
                let _ = writeln!(io::stderr(), "{}: {message}", plan::t!("label-error"));
                return ExitCode::from(2);
            }
        },
    };
    let max_file_size = std::env::var_os(plan::store::LIMIT_VARIABLE);
    match plan::store::parse_limit(
        max_file_size
            .as_deref()
            .map(|v| v.to_string_lossy())
            .as_deref(),
    ) {
        Ok(limit) => plan::store::set_limit(limit),
        Err(error) => {
            let _ = writeln!(
                io::stderr(),
                "{}: {}",
                plan::t!("label-error"),
                plan::text::one_line(&error.to_string())
            );
            return ExitCode::from(2);
        }
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
        terminal: io::stdout().is_terminal(),
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
            let _ = writeln!(
                err,
                "{}: {}",
                plan::t!("label-error"),
                plan::describe(&error)
            );
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
                    plan::edit::file::remove_leftovers_and_exit(128 + signal);
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
                plan::edit::file::remove_leftovers_and_exit(130);
            });
        }
    }
}

/// The command line, or the usage error clap found in it. clap echoes the
/// argument it refuses as it was typed; an argument holding a line break or
/// a control character would forge lines of its own on stderr, so the
/// error shown is the one for the arguments as [`plan::text::one_line`]
/// shows them.
fn parse() -> Cli {
    let error = match plan::cli::parse_from(std::env::args_os()) {
        Ok(cli) => return cli,
        Err(error) => error,
    };
    if !error.use_stderr() {
        error.exit(); // --help, --version
    }
    let shown: Vec<std::ffi::OsString> = std::env::args_os()
        .map(|arg| {
            plan::text::one_line(&arg.to_string_lossy())
                .into_owned()
                .into()
        })
        .collect();
    match plan::cli::parse_from(shown) {
        Err(shown) if shown.kind() == error.kind() => {
            // A value clap took from the environment is echoed raw too.
            let mut text = plan::cli::errors::render(&shown);
            let mut replaced = false;
            for name in ["PLAN_TODAY", "PLAN_FILE"] {
                if let Some(value) = std::env::var_os(name) {
                    let value = value.to_string_lossy();
                    let one = plan::text::one_line(&value);
                    if one != value && text.contains(value.as_ref()) {
                        text = text.replace(value.as_ref(), &one);
                        replaced = true;
                    }
                }
            }
            if !replaced && plan::i18n::current() == plan::i18n::Lang::En {
                shown.exit();
            }
            let _ = write!(io::stderr(), "{text}");
            std::process::exit(2);
        }
        _ => {
            let what = plan::cli::errors::kind_words(error.kind());
            let message = plan::t!("clap-fallback", what = what);
            let _ = writeln!(io::stderr(), "{}: {message}", plan::t!("label-error"));
            std::process::exit(2);
        }
    }
}
