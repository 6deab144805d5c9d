//! Finding and loading plan files: the encoding check, then the text is
//! cut into its head and `[[task]]` blocks (`blocks`), which are parsed with
//! their positions and turned into a typed [`Plan`] (`read`), every problem
//! becoming a [`Diagnostic`] with its line and column.

mod blocks;
mod cache;
mod context;
mod find;
mod head;
mod keys;
mod lean;
mod listing;
mod milestones;
mod parse;
mod partial;
mod reader;
mod reports;
mod review;
mod syntax;
mod task;
mod task_ids;
mod toml_words;
mod untrusted;
#[cfg(test)]
mod vietnamese_tests;

pub use blocks::{Block, Layout, split};
pub use cache::{Chunked, Opened};
pub use find::{
    LOCATE_FROM, Scan, block_id, count_id_lines, count_quoted, find_block, id_line, id_may_repeat,
    layout_for_task, locate, task_ids,
};
pub use keys::{TASK_KEYS, TaskKey, UNIT_KEYS, UnitKey};
pub use listing::Listing;
pub use parse::{FORMAT, PARALLEL_BLOCKS, Parsed, parse_str};
pub use partial::{plan_id, read_head, read_one};
pub use task::status_hint;
pub use untrusted::{
    DEFAULT_LIMIT, LIMIT_VARIABLE, check_regular, limit as max_file_size, parse_limit,
    read_limited, read_untrusted, set_limit,
};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error};
use crate::model::Plan;

/// Plans loaded from files, and every problem found in them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().map(Diagnostic::errors).sum()
    }
}

/// The plan files named by `paths` (a folder means every `*.toml` below it),
/// or every `*.toml` below `default_dir` when `paths` is empty. Sorted, so
/// output does not depend on the order the file system lists them.
pub fn discover(paths: &[PathBuf], default_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut walk = Walk::default();
    if paths.is_empty() {
        if !default_dir.is_dir() {
            return Err(Error::NoPlansFolder(default_dir.to_path_buf()));
        }
        collect(default_dir, &mut files, &mut walk)?;
        if files.is_empty() {
            return Err(Error::NoPlans(default_dir.to_path_buf()));
        }
    } else {
        for path in paths {
            if path.is_dir() {
                let before = files.len();
                collect(path, &mut files, &mut walk)?;
                if files.len() == before && !walk.skipped {
                    return Err(Error::NoPlans(path.clone()));
                }
            } else {
                files.push(path.clone());
            }
        }
    }
    // A file named twice (`-f plans/kh.toml -f plans`, or a link beside
    // the file it leads to) is read once. One folder without links lists
    // each file once, so it needs no check.
    if paths.len() > 1 || walk.links {
        files = read_once(files);
    }
    Ok(files)
}

/// What a walk of folders has met so far.
#[derive(Default)]
struct Walk {
    /// The folders walked, by device and inode: a link back to one of
    /// them (`plans/loop -> .`) is not walked again.
    folders: HashSet<(u64, u64)>,
    /// Whether a symbolic link was met, so a file may be listed twice.
    links: bool,
    /// Whether a folder was skipped as walked already.
    skipped: bool,
}

/// `files` with each file kept once, where it is not reached through a
/// symbolic link if it can be, so that an edit replaces the file itself.
fn read_once(files: Vec<PathBuf>) -> Vec<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let key = |path: &PathBuf| match std::fs::metadata(path) {
        Ok(meta) => Ok((meta.dev(), meta.ino())),
        Err(_) => Err(path.clone()),
    };
    let is_link = |path: &PathBuf| {
        // A link anywhere on the way counts: `plans/loop/a.toml`.
        std::fs::canonicalize(path).map_or(true, |real| {
            std::env::current_dir().map_or(true, |cwd| cwd.join(path) != real)
        })
    };
    let mut chosen: HashMap<Result<(u64, u64), PathBuf>, usize> = HashMap::new();
    for (i, path) in files.iter().enumerate() {
        let slot = chosen.entry(key(path)).or_insert(i);
        if *slot != i && is_link(&files[*slot]) && !is_link(path) {
            *slot = i;
        }
    }
    let keep: HashSet<usize> = chosen.into_values().collect();
    files
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, path)| path)
        .collect()
}

/// Whether the folder `link` leads to holds `dir` (or is it): a link back
/// up the tree (`plans/loop -> ..`, `plans/root -> /`), which would walk
/// all of what holds the plans rather than anything new.
fn holds(link: &Path, dir: &Path) -> bool {
    match (std::fs::canonicalize(link), std::fs::canonicalize(dir)) {
        (Ok(target), Ok(dir)) => dir.starts_with(target),
        _ => false,
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>, walk: &mut Walk) -> Result<(), Error> {
    use std::os::unix::fs::MetadataExt;
    let list = |source| Error::List {
        path: dir.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(dir).map_err(list)?;
    if !walk.folders.insert((meta.dev(), meta.ino())) {
        walk.skipped = true;
        return Ok(());
    }
    // The entry's own type needs no extra system call; only a symbolic
    // link is followed to see whether it leads to a folder.
    let mut links = false;
    let mut entries = std::fs::read_dir(dir)
        .map_err(list)?
        .map(|entry| {
            entry.map(|e| {
                let folder = match e.file_type() {
                    Ok(t) if t.is_symlink() => {
                        links = true;
                        e.path().is_dir() && !holds(&e.path(), dir)
                    }
                    Ok(t) => t.is_dir(),
                    Err(_) => e.path().is_dir(),
                };
                (e.file_name(), folder)
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(list)?;
    walk.links |= links;
    // By name, which is the order of their paths (every one is `dir`
    // joined with its name): comparing the names' bytes, not the paths'
    // components, takes a province's folder a fraction of the time.
    entries.sort_unstable_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
    for (name, folder) in entries {
        let path = dir.join(name);
        if folder {
            collect(&path, files, walk)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

/// Load every file, in parallel; plans come back in the order of `files`.
pub fn load_all(files: &[PathBuf]) -> Result<Loaded, Error> {
    load_all_with(cache::Cache::open(files), files)
}

/// [`load_all`] with the cache kept in `root`.
#[cfg(test)]
pub(crate) fn load_all_in(root: &Path, files: &[PathBuf]) -> Result<Loaded, Error> {
    load_all_with(
        Some(cache::Cache::open_in(root.to_path_buf(), files)),
        files,
    )
}

fn load_all_with(cache: Option<cache::Cache>, files: &[PathBuf]) -> Result<Loaded, Error> {
    let results: Vec<Result<(Parsed, Option<cache::Fresh>), Error>> = files
        .par_iter()
        .enumerate()
        .map(|(n, path)| load_cached(cache.as_ref(), n, path))
        .collect();
    let mut loaded = Loaded::default();
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    let mut fresh = Vec::with_capacity(results.len());
    let mut any_fresh = false;
    for result in results {
        let ((plan, diagnostics), entry) = result?;
        any_fresh |= entry.is_some();
        fresh.push(entry);
        loaded.diagnostics.extend(diagnostics);
        if let Some(plan) = plan {
            // Tasks are named PLAN:ID, so two files with one plan id (a
            // backup copy left in plans/, say) could never be told apart.
            if let Some(first) = ids.get(&plan.id) {
                let mut d = Diagnostic::file(
                    &plan.path,
                    crate::t!(
                        "diag-same-plan-id",
                        id = plan.id.as_str(),
                        first = first.display().to_string()
                    ),
                );
                d.hint(crate::error::same_plan_id_hint());
                loaded.diagnostics.push(d);
                continue;
            }
            ids.insert(plan.id.clone(), plan.path.clone());
            loaded.plans.push(plan);
        }
    }
    if let Some(cache) = cache
        && any_fresh
    {
        cache.store(fresh);
    }
    Ok(loaded)
}

/// The plans of `files` as the cache holds them, to read a chunk of tasks
/// at a time: `None` when the cache is off, or any file is not in it as
/// the file is now, or a plan's tasks are not in id order, or two plans
/// have one id. The plans are then read whole ([`load_all`]), which says
/// what is wrong and caches them.
pub fn load_chunked(files: &[PathBuf]) -> Option<Vec<Chunked>> {
    load_chunked_with(&cache::Cache::open(files)?, files)
}

/// [`load_chunked`] with the cache kept in `root`.
#[cfg(test)]
pub(crate) fn load_chunked_in(root: &Path, files: &[PathBuf]) -> Option<Vec<Chunked>> {
    load_chunked_with(&cache::Cache::open_in(root.to_path_buf(), files), files)
}

fn load_chunked_with(cache: &cache::Cache, files: &[PathBuf]) -> Option<Vec<Chunked>> {
    let read: Vec<Chunked> = files
        .par_iter()
        .enumerate()
        .map(|(n, path)| {
            let stamp = cache::Stamp::of(&std::fs::metadata(path).ok()?)?;
            let plan = cache.chunked(n, path, stamp)?;
            plan.ordered().then_some(plan)
        })
        .collect::<Option<_>>()?;
    let mut ids = HashSet::with_capacity(read.len());
    read.iter()
        .all(|plan| ids.insert(plan.id()))
        .then_some(())?;
    drop(ids);
    Some(read)
}

/// Read one plan file, from the cache when its entry is the file as it is
/// now; with the entry to cache when the file was parsed and may be.
fn load_cached(
    cache: Option<&cache::Cache>,
    n: usize,
    path: &Path,
) -> Result<(Parsed, Option<cache::Fresh>), Error> {
    let Some(cache) = cache else {
        return Ok((load_file(path)?, None));
    };
    let stamp = |path: &Path| {
        std::fs::metadata(path)
            .ok()
            .and_then(|m| cache::Stamp::of(&m))
    };
    let read = std::time::SystemTime::now();
    let before = stamp(path);
    if let Some(before) = before
        && let Some(plan) = cache.get(n, path, before)
    {
        return Ok(((Some(plan), Vec::new()), None));
    }
    let parsed = load_file(path)?;
    let fresh = match (&parsed, before) {
        ((Some(plan), diagnostics), Some(before)) if diagnostics.is_empty() => {
            stamp(path).and_then(|after| cache::Fresh::new(plan, read, before, after))
        }
        _ => None,
    };
    Ok((parsed, fresh))
}

/// Read and parse one plan file.
pub fn load_file(path: &Path) -> Result<(Option<Plan>, Vec<Diagnostic>), Error> {
    let bytes = read_untrusted(path)?;
    Ok(parse_bytes(path, &bytes))
}

/// The offset of the first CR not followed by LF.
fn bare_carriage_return(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', bytes).find(|&i| bytes.get(i + 1) != Some(&b'\n'))
}

/// Parse the bytes of a plan file. The plan is returned only when there is
/// no error.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> (Option<Plan>, Vec<Diagnostic>) {
    match decode(path, bytes) {
        Ok(text) => parse_str(path, text),
        Err(diagnostic) => (None, vec![*diagnostic]),
    }
}

/// The text of a plan file: UTF-8 with its byte-order mark removed. Anything
/// else is refused with a guess at the encoding it is in, rather than shown
/// as mojibake.
pub fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Box<Diagnostic>> {
    let refuse = |what: String, from: &str| {
        let mut d = Diagnostic::file(path, what);
        d.expected(crate::t!("diag-utf8-expected"))
            .hint(crate::t!("diag-save-as-utf8", from = from));
        Box::new(d)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(refuse(crate::t!("diag-utf16-bom"), "UTF-16"));
    }
    let zeros_at_end = bytes.iter().rev().take_while(|&&b| b == 0).count();
    let kept = &bytes[..bytes.len() - zeros_at_end];
    if zeros_at_end > 0 && !looks_like_utf16(kept) {
        // A write cut short (a crash, a full disk) leaves the file at its
        // new length with zeros where the text never arrived.
        let text = decode(path, kept)?;
        let mut d = Diagnostic::at(
            path,
            text,
            text.len()..text.len(),
            crate::t!("diag-zeros-at-end", count = zeros_at_end),
        );
        d.expected(crate::t!("diag-zeros-at-end-expected"))
            .hint(crate::t!("diag-zeros-at-end-hint"));
        return Err(Box::new(d));
    }
    if looks_like_utf16(bytes) {
        return Err(refuse(crate::t!("diag-utf16-zeros"), "UTF-16"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The SIMD check says whether the text is UTF-8; only a file that is
    // not is checked again to find where.
    let checked = simdutf8::basic::from_utf8(bytes).map_or_else(|_| std::str::from_utf8(bytes), Ok);
    match checked {
        Ok(text) => match bare_carriage_return(text) {
            None => match merge_conflict(text) {
                None => Ok(text),
                Some(at) => {
                    let end = text[at..].find(['\r', '\n']).map_or(text.len(), |i| at + i);
                    let mut d =
                        Diagnostic::at(path, text, at..end, crate::t!("diag-merge-conflict"));
                    d.hint(crate::t!("diag-merge-conflict-hint"));
                    Err(Box::new(d))
                }
            },
            Some(at) => {
                // TOML allows no lone CR; a file written with old Mac line
                // endings would otherwise be one endless line of errors.
                let mut d = Diagnostic::at(path, text, at..at + 1, crate::t!("diag-bare-cr"));
                d.expected(crate::t!("diag-bare-cr-expected"))
                    .hint(crate::t!("diag-bare-cr-hint"));
                Err(Box::new(d))
            }
        },
        Err(error) => {
            let valid = error.valid_up_to();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = bytes[valid];
            let guess = if byte >= 0x80 {
                crate::t!("diag-guess-vietnamese")
            } else {
                crate::t!("diag-guess-legacy")
            };
            // A file of valid Vietnamese UTF-8 with a stray byte or two (a
            // character pasted from another program) is UTF-8: converting
            // it from a legacy encoding would garble every other letter.
            let (utf8_letters, invalid) = bytes.utf8_chunks().fold((0, 0), |(ok, bad), chunk| {
                let letters = chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                (ok + letters, bad + chunk.invalid().len())
            });
            let mut d = if utf8_letters >= 4 * invalid {
                let mut d = Diagnostic::file(
                    path,
                    crate::t!(
                        "diag-stray-byte",
                        byte = format!("0x{byte:02X}"),
                        line = line,
                        count = invalid
                    ),
                );
                d.expected(crate::t!("diag-utf8-expected"))
                    .hint(crate::t!("diag-stray-byte-hint"));
                Box::new(d)
            } else {
                refuse(
                    crate::t!(
                        "diag-not-utf8",
                        byte = format!("0x{byte:02X}"),
                        line = line,
                        guess = guess
                    ),
                    "CP1258",
                )
            };
            // Show the line with the bad bytes written as \xNN, never as mojibake.
            let line_start = bytes[..valid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let line_end = bytes[valid..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| valid + i);
            let mut shown = String::new();
            for chunk in bytes[line_start..line_end].utf8_chunks() {
                shown.push_str(chunk.valid());
                for b in chunk.invalid() {
                    shown.push_str(&format!("\\x{b:02X}"));
                }
            }
            d.line = line;
            d.col = String::from_utf8_lossy(&bytes[line_start..valid])
                .chars()
                .count()
                + 1;
            d.source_line = shown.trim_end_matches('\r').to_string();
            d.width = 1;
            Err(d)
        }
    }
}

/// Whether the start of `bytes` is full of zero bytes, as UTF-16 text is.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let zeros = head.iter().filter(|&&b| b == 0).count();
    zeros > 0 && zeros * 4 >= head.len()
}

/// The offset of the first `<<<<<<<` conflict marker at the start of a
/// line: a merge or pull that stopped on a conflict. No TOML line starts
/// so, so the markers would otherwise be a flood of syntax errors.
fn merge_conflict(text: &str) -> Option<usize> {
    memchr::memmem::find_iter(text.as_bytes(), b"<<<<<<<").find(|&at| {
        let line_start = at == 0 || text.as_bytes()[at - 1] == b'\n';
        let after = text.as_bytes().get(at + 7);
        line_start && matches!(after, None | Some(b' ' | b'\r' | b'\n'))
    })
}
