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

/// Whether `dir` may be in a git repository, found without running git:
/// the environment names one, or some folder from `dir` up holds a `.git`
/// (a folder, or the file of a worktree or submodule) or a `HEAD` (a
/// repository's own folder). When not, git would find no work tree there.
pub fn may_be_in_repository(dir: &Path) -> bool {
    if ["GIT_DIR", "GIT_WORK_TREE"]
        .iter()
        .any(|name| std::env::var_os(name).is_some())
    {
        return true;
    }
    // git looks from the folder as the system names it, links resolved.
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return true;
    };
    let holds = |folder: &Path, name: &str| match std::fs::symlink_metadata(folder.join(name)) {
        Ok(_) => true,
        Err(e) => e.kind() != std::io::ErrorKind::NotFound,
    };
    dir.ancestors()
        .any(|folder| holds(folder, ".git") || holds(folder, "HEAD"))
}

/// The top folder of the repository `dir` is in.
pub fn top(dir: &Path) -> Result<PathBuf, Error> {
    match try_run(dir, &["rev-parse", "--show-toplevel"]) {
        Some(out) => Ok(PathBuf::from(out.trim_end_matches(['\n', '\r']))),
        None => Err(Error::NotARepository(dir.to_path_buf())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_with_no_git_above_it_is_in_no_repository() {
        // Only when the test's own temporary folder is outside a repository.
        let root = tempfile::tempdir().unwrap();
        let outside = std::env::var_os("GIT_DIR").is_none()
            && std::env::var_os("GIT_WORK_TREE").is_none()
            && !root
                .path()
                .ancestors()
                .any(|d| d.join(".git").exists() || d.join("HEAD").exists());
        if !outside {
            return;
        }
        let inner = root.path().join("a/b");
        std::fs::create_dir_all(&inner).unwrap();
        assert!(!may_be_in_repository(&inner));
        std::fs::create_dir(root.path().join("a/.git")).unwrap();
        assert!(may_be_in_repository(&inner));
        assert!(!may_be_in_repository(root.path()));
        // A worktree's or submodule's `.git` is a file.
        std::fs::write(root.path().join(".git"), "gitdir: elsewhere\n").unwrap();
        assert!(may_be_in_repository(root.path()));
        // A folder that cannot be resolved is left to git.
        assert!(may_be_in_repository(&root.path().join("missing")));
    }
}
