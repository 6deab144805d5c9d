//! Committing an edit, when asked (`--commit`, `PLAN_COMMIT=1`, or
//! `commit = true` in the repository's `.plan.toml`): the plan file alone,
//! with the edit's message in the interface's language. It runs `git
//! commit` itself, so the user's name, configuration and hooks apply.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The folder and the file name git is given for a plan file.
fn place(path: &Path) -> (PathBuf, String) {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, name)
}

/// Whether edits of the plan at `path` are to be committed: asked on the
/// command line or in `PLAN_COMMIT`, else `commit = true` in the
/// repository's `.plan.toml`.
pub fn wanted(flag: bool, path: &Path) -> Result<bool, Error> {
    if flag {
        return Ok(true);
    }
    if let Some(value) = std::env::var_os("PLAN_COMMIT") {
        let value = value.to_string_lossy().to_ascii_lowercase();
        return Ok(!matches!(value.as_str(), "" | "0" | "false" | "no" | "off"));
    }
    let (dir, _) = place(path);
    // Running git costs a process, which would be most of a quick edit's
    // time: outside anything that looks like a repository it is not asked.
    if !super::may_be_in_repository(&dir) {
        return Ok(false);
    }
    let Ok(top) = super::top(&dir) else {
        return Ok(false);
    };
    let settings = top.join(".plan.toml");
    let text = match std::fs::read_to_string(&settings) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(source) => {
            return Err(Error::Read {
                path: settings,
                source,
            });
        }
    };
    let table: toml::Table = toml::from_str(&text).map_err(|e| Error::BadSettings {
        path: settings.clone(),
        reason: e.message().to_string(),
    })?;
    match table.get("commit") {
        None => Ok(false),
        Some(toml::Value::Boolean(yes)) => Ok(*yes),
        Some(_) => Err(Error::BadSettings {
            path: settings,
            reason: crate::t!("err-settings-commit"),
        }),
    }
}

/// Refuse to edit a plan file that holds changes not committed yet: the
/// commit of the edit would take them too.
pub fn check_clean(path: &Path) -> Result<(), Error> {
    let (dir, name) = place(path);
    super::top(&dir)?;
    let status = super::run(&dir, &["status", "--porcelain", "--", &name])?;
    if !status.trim().is_empty() {
        return Err(Error::UncommittedPlan(path.to_path_buf()));
    }
    Ok(())
}

/// Commit the plan file alone with `message`; the new commit's short hash.
pub fn commit(path: &Path, message: &str) -> Result<String, Error> {
    let (dir, name) = place(path);
    super::run(&dir, &["commit", "-q", "-m", message, "--", &name])?;
    let hash = super::run(&dir, &["rev-parse", "--short", "HEAD"])?;
    Ok(hash.trim().to_string())
}

/// An edit's message as a commit's subject: its first letter a capital.
pub fn subject(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
