//! A plan file's history from git, read with two git commands whatever its
//! length: `git log` limited to the file lists the commits that changed it
//! (newest first, merges left out: a merge brings changes its own commits
//! already show), and one `git cat-file --batch` gives the file as each of
//! them left it and as it was before.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::NaiveDate;

use crate::error::Error;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    pub author: String,
    pub email: String,
    pub date: NaiveDate,
    pub subject: String,
}

fn git_error(command: &str, reason: String) -> Error {
    Error::Git {
        command: command.to_string(),
        reason,
    }
}

/// The commits that changed `path` (relative to the repository's top
/// `top`), newest first.
pub fn commits(top: &Path, path: &str) -> Result<Vec<Commit>, Error> {
    let out = super::run(
        top,
        &[
            "log",
            "--no-merges",
            "--date=short",
            "--format=%H%x1f%an%x1f%ae%x1f%ad%x1f%s%x1e",
            "--",
            path,
        ],
    )?;
    let mut commits = Vec::new();
    for record in out.split('\u{1e}') {
        let record = record.trim_start_matches('\n');
        if record.is_empty() {
            continue;
        }
        let fields: Vec<&str> = record.split('\u{1f}').collect();
        let [hash, author, email, date, subject] = fields[..] else {
            continue;
        };
        let Ok(date) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            continue;
        };
        commits.push(Commit {
            hash: hash.to_string(),
            author: author.to_string(),
            email: email.to_string(),
            date,
            subject: subject.to_string(),
        });
    }
    Ok(commits)
}

/// Call `each` with every commit of `commits` and the file `path` before
/// and after it (None where the file did not exist), in order, reading
/// the blobs from one `git cat-file --batch`.
pub fn versions(
    top: &Path,
    path: &str,
    commits: &[Commit],
    mut each: impl FnMut(&Commit, Option<&str>, Option<&str>),
) -> Result<(), Error> {
    const COMMAND: &str = "cat-file --batch";
    let mut child = Command::new("git")
        .current_dir(top)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| git_error(COMMAND, crate::error::io_reason(&e)))?;
    let mut stdin = child.stdin.take();
    let requests: String = commits
        .iter()
        .map(|c| format!("{h}:{path}\n{h}^:{path}\n", h = c.hash))
        .collect();
    // Written from a thread of its own: git answers while it reads, and a
    // full pipe on each side would stop both.
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(requests.as_bytes());
        }
        drop(stdin);
    });
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| git_error(COMMAND, String::new()))?;
    let mut reader = BufReader::new(stdout);
    let mut read_one = || -> Result<Option<String>, Error> {
        let mut header = String::new();
        reader
            .read_line(&mut header)
            .map_err(|e| git_error(COMMAND, crate::error::io_reason(&e)))?;
        let header = header.trim_end();
        if header.is_empty() {
            return Err(git_error(COMMAND, "no answer".into()));
        }
        if header.ends_with(" missing") || header.ends_with(" ambiguous") {
            return Ok(None);
        }
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| git_error(COMMAND, header.to_string()))?;
        let mut body = vec![0; size + 1];
        reader
            .read_exact(&mut body)
            .map_err(|e| git_error(COMMAND, crate::error::io_reason(&e)))?;
        body.pop();
        Ok(String::from_utf8(body).ok())
    };
    for commit in commits {
        let after = read_one()?;
        let before = read_one()?;
        each(commit, before.as_deref(), after.as_deref());
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(())
}
