//! Running the `git` command: plan uses git itself rather than a library,
//! so the user's own git, its configuration and hooks apply, and plan
//! needs no dependency for it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::Error;

pub mod changes;
pub mod commit;
pub mod history;
pub mod setup;

/// `git ARGS` in `dir`; its standard output when it succeeds.
pub fn run(dir: &Path, args: &[&str]) -> Result<String, Error> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(|e| Error::Git {
            command: args.join(" "),
            reason: crate::error::io_reason(&e),
        })?;
    if !out.status.success() {
        // git's last line says why (`fatal: …`); the lines before advise.
        let stderr = String::from_utf8_lossy(&out.stderr);
        let reason = stderr
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty())
            .unwrap_or_default()
            .trim()
            .to_string();
        return Err(Error::Git {
            command: args.join(" "),
            reason,
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `git ARGS` in `dir`: whether it succeeded, and its output.
pub fn try_run(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The top folder of the repository `dir` is in.
pub fn top(dir: &Path) -> Result<PathBuf, Error> {
    match try_run(dir, &["rev-parse", "--show-toplevel"]) {
        Some(out) => Ok(PathBuf::from(out.trim_end_matches(['\n', '\r']))),
        None => Err(Error::NotARepository(dir.to_path_buf())),
    }
}
