//! `plan git setup [--hook]`: what a repository needs for git to merge plan
//! files with `plan merge`: the attribute in .gitattributes, the driver in
//! the repository's own git config, and (asked for) a pre-commit hook that
//! runs `plan check` on the plan files a commit holds. Each is written only
//! when it is missing or differs, so a second run has nothing to do.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The first line of the hook, by which a later run knows it as plan's.
pub const HOOK_MARK: &str = "# plan: check the plan files of a commit";

/// One thing setup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// A line added to .gitattributes.
    Attribute { path: PathBuf, line: String },
    /// A git config key set.
    Config { key: String, value: String },
    /// The hook written.
    Hook(PathBuf),
}

/// How git runs this program: `plan` when that is the one on PATH, else
/// its full path, quoted for the shell when it must be.
pub fn program() -> String {
    let me = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("plan"))
            .find(|candidate| candidate.is_file())
    });
    let same = match (&me, &on_path) {
        (Some(me), Some(found)) => {
            std::fs::canonicalize(me).ok() == std::fs::canonicalize(found).ok()
        }
        _ => false,
    };
    match me {
        Some(me) if !same => shell_quote(&me.display().to_string()),
        _ => "plan".to_string(),
    }
}

fn shell_quote(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// The attribute line for the plans below `cwd` in the repository at `top`:
/// the plans folder's own pattern when there is one, else every `*.toml`.
pub fn attribute(top: &Path, cwd: &Path) -> String {
    let plans = cwd.join(crate::commands::DEFAULT_DIR);
    let relative = std::fs::canonicalize(&plans)
        .ok()
        .zip(std::fs::canonicalize(top).ok())
        .and_then(|(plans, top)| {
            plans
                .strip_prefix(&top)
                .ok()
                .map(|p| p.to_string_lossy().into_owned())
        })
        .filter(|p| !p.is_empty() && !p.contains(char::is_whitespace));
    match relative {
        Some(dir) => format!("{dir}/**/*.toml merge=plan"),
        None => "*.toml merge=plan".to_string(),
    }
}

/// The hook's text: the staged version of each file git merges with `plan
/// merge` is checked, copied into a folder of its own under its name in
/// the repository, so that the messages name it as the repository does.
pub fn hook(program: &str) -> String {
    [
        "#!/bin/sh",
        &format!("{HOOK_MARK} (written by `plan git setup --hook`)."),
        "files=$(git diff --cached --name-only --diff-filter=ACMR | git check-attr --stdin merge | sed -n 's/: merge: plan$//p')",
        "[ -z \"$files\" ] && exit 0",
        "tmp=$(mktemp -d) || exit 1",
        "trap 'rm -rf \"$tmp\"' EXIT",
        "set --",
        "while IFS= read -r file; do",
        "  mkdir -p \"$tmp/$(dirname \"$file\")\" || exit 1",
        "  git show \":$file\" > \"$tmp/$file\" || exit 1",
        "  set -- \"$@\" -f \"$file\"",
        "done <<PLAN_FILES",
        "$files",
        "PLAN_FILES",
        &format!("cd \"$tmp\" && {program} \"$@\" check"),
        "",
    ]
    .join("\n")
}

fn write(path: &Path, text: &str) -> Result<(), Error> {
    std::fs::write(path, text).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Set up the repository `cwd` is in; what was done (nothing, the second
/// time).
pub fn run(cwd: &Path, with_hook: bool) -> Result<Vec<Done>, Error> {
    let top = super::top(cwd)?;
    let mut done = Vec::new();
    let line = attribute(&top, cwd);
    let path = top.join(".gitattributes");
    let old = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => return Err(Error::Read { path, source }),
    };
    if !old.lines().any(|l| l.trim() == line) {
        let mut text = old.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        write(&path, &text)?;
        done.push(Done::Attribute { path, line });
    }
    let program = program();
    let driver = format!("{program} merge %O %A %B --path %P");
    for (key, value) in [
        ("merge.plan.name", "plan: plans merged by task and field"),
        ("merge.plan.driver", driver.as_str()),
    ] {
        let now = super::try_run(&top, &["config", "--local", "--get", key]);
        if now.as_deref().map(|v| v.trim_end_matches('\n')) != Some(value) {
            super::run(&top, &["config", "--local", key, value])?;
            done.push(Done::Config {
                key: key.to_string(),
                value: value.to_string(),
            });
        }
    }
    if with_hook {
        let hooks = super::run(&top, &["rev-parse", "--git-path", "hooks/pre-commit"])?;
        let path = top.join(hooks.trim_end_matches(['\n', '\r']));
        let text = hook(&program);
        match std::fs::read_to_string(&path).ok() {
            Some(old) if old == text => {}
            Some(old) if !old.contains(HOOK_MARK) => return Err(Error::HookExists(path)),
            _ => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                        path: dir.to_path_buf(),
                        source,
                    })?;
                }
                write(&path, &text)?;
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).map_err(
                    |source| Error::Write {
                        path: path.clone(),
                        source,
                    },
                )?;
                done.push(Done::Hook(path));
            }
        }
    }
    Ok(done)
}
