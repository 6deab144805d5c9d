//! A plan file's history from git, read with two git commands whatever its
//! length: `git log --raw` limited to the file lists the commits that
//! changed it with the file's blob before and after each (newest first,
//! merges left out: a merge brings changes its own commits already show),
//! and one `git cat-file --batch` reads those blobs, each once: the file
//! before a commit is the file after the one before it.

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
    /// The file's blob before the commit and after it; None where the
    /// file was not there.
    pub before: Option<String>,
    pub after: Option<String>,
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
            "--raw",
            "--no-abbrev",
            "--no-renames",
            "--date=short",
            "--format=%x1e%H%x1f%an%x1f%ae%x1f%ad%x1f%s",
            "--",
            path,
        ],
    )?;
    let mut commits = Vec::new();
    for record in out.split('\u{1e}') {
        let mut lines = record.lines();
        let Some(header) = lines.next() else {
            continue;
        };
        // `:100644 100644 OLD NEW M\tpath`; a blob of zeros is no file.
        let blob = |id: &str| (!id.bytes().all(|b| b == b'0')).then(|| id.to_string());
        let (mut before, mut after) = (None, None);
        for line in lines.filter(|l| l.starts_with(':')) {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let [_, _, old, new, ..] = parts[..] {
                before = blob(old);
                after = blob(new);
            }
        }
        let fields: Vec<&str> = header.split('\u{1f}').collect();
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
            before,
            after,
        });
    }
    Ok(commits)
}

/// The blobs to read for `commits`, in order, each as often as it is
/// needed in a row only once: after, before, after, before…
fn needed(commits: &[Commit]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for commit in commits {
        for id in [&commit.after, &commit.before].into_iter().flatten() {
            if out.last() != Some(&id.as_str()) {
                out.push(id);
            }
        }
    }
    out
}

/// Call `each` with every commit of `commits` and the file before and
/// after it (None where the file was not there), in order, reading the
/// blobs from one `git cat-file --batch`.
pub fn versions(
    top: &Path,
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
    let requests: String = needed(commits).iter().map(|id| format!("{id}\n")).collect();
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
    // The last blob read, kept for the next commit's other side.
    let mut last: Option<(String, Option<String>)> = None;
    let mut fetch = |id: &Option<String>| -> Result<Option<String>, Error> {
        let Some(id) = id else {
            return Ok(None);
        };
        if let Some((known, text)) = &last
            && known == id
        {
            return Ok(text.clone());
        }
        let text = read_one()?;
        last = Some((id.clone(), text.clone()));
        Ok(text)
    };
    for commit in commits {
        let after = fetch(&commit.after)?;
        let before = fetch(&commit.before)?;
        each(commit, before.as_deref(), after.as_deref());
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(())
}
