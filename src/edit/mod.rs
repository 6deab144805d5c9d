//! Changing a plan file. An edit takes the plan's lock, reads the file as it
//! is now, finds the piece it changes (one `[[task]]` block, or the head),
//! rewrites that piece alone with toml_edit, splices it back, checks the
//! result, and replaces the file atomically — or, with `--dry-run`, prints
//! the diff. Any failure leaves the file byte for byte as it was.

pub mod doc;
pub mod file;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Diagnostic, Error};
use crate::model::{Plan, TaskRef};
use crate::store::{self, Layout};

/// What an edit decided to do with the text it was given.
pub enum Outcome {
    /// Write this text; tell the user `message`. `block` is the index of
    /// the task block changed or added (in the new text), or None when the
    /// head changed.
    Changed {
        text: String,
        block: Option<usize>,
        message: String,
    },
    /// Nothing to do (the task is already done, say); exit 0.
    Unchanged { message: String },
}

/// What running an edit did.
pub struct Applied {
    pub message: String,
    /// The unified diff, when the file changed (or would have).
    pub diff: Option<String>,
    /// Whether the file was written.
    pub written: bool,
}

/// Options every edit shares.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub dry_run: bool,
    pub lock_timeout: Duration,
}

/// The plan file as an edit sees it: text without its byte-order mark, and
/// its layout.
pub struct Source<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    /// The whole layout, or in a large plan only the head and the block of
    /// the task the edit names.
    pub layout: Layout,
    /// True when `layout` holds only that block.
    pub partial: bool,
}

/// From this size on, an edit of one task looks for its block instead of
/// cutting the whole file into blocks.
const LOCATE_FROM: usize = 1 << 20;

impl<'a> Source<'a> {
    fn new(path: &'a Path, text: &'a str) -> Self {
        Source {
            path,
            text,
            layout: store::split(text),
            partial: false,
        }
    }

    /// The source an edit of task `id` needs.
    fn for_task(path: &'a Path, text: &'a str, id: Option<&str>) -> Self {
        // The shortcut reads lines as keys, which a multi-line string
        // could fool; a plan holding one is cut into blocks whole.
        let multiline = || {
            memchr::memmem::find(text.as_bytes(), b"\"\"\"").is_some()
                || memchr::memmem::find(text.as_bytes(), b"'''").is_some()
        };
        if text.len() >= LOCATE_FROM
            && !multiline()
            && let Some(id) = id
            && let Some(layout) = store::locate(text, id)
        {
            return Source {
                path,
                text,
                layout,
                partial: true,
            };
        }
        Source::new(path, text)
    }

    /// The index of the `[[task]]` block with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.layout
            .tasks
            .iter()
            .position(|block| block_id(&self.text[block.range.clone()]).as_deref() == Some(id))
    }

    /// Every task id, in file order.
    pub fn ids(&self) -> Vec<String> {
        self.layout
            .tasks
            .iter()
            .filter_map(|block| block_id(&self.text[block.range.clone()]))
            .collect()
    }

    /// The text with block `index` replaced.
    pub fn splice(&self, index: usize, block: &str) -> String {
        let range = self.layout.tasks[index].range.clone();
        let mut out = String::with_capacity(self.text.len() + block.len());
        out.push_str(&self.text[..range.start]);
        out.push_str(block);
        out.push_str(&self.text[range.end..]);
        out
    }

    /// The plan's head and one task, read and checked: what an edit of
    /// that task needs to know (units, period) and whether it is sound.
    pub fn read_task(&self, index: usize) -> Result<(Plan, crate::model::Task), Vec<Diagnostic>> {
        store::read_one(self.path, self.text, &self.layout, index)
    }

    /// The plan's head alone.
    pub fn read_head(&self) -> Result<Plan, Vec<Diagnostic>> {
        store::read_head(self.path, self.text, &self.layout)
    }
}

/// The id of a `[[task]]` block, read from its `id = "…"` line without
/// parsing the block; a block written some other way is parsed.
pub fn block_id(block: &str) -> Option<String> {
    // Only a multi-line string can hold a line that looks like `id = …`
    // without being one; such a block is parsed.
    let lines_are_keys = !block.contains("\"\"\"") && !block.contains("'''");
    for line in block.lines().skip(1).filter(|_| lines_are_keys) {
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix("id") else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        let triple = value.starts_with("\"\"\"") || value.starts_with("'''");
        if (quote == '"' || quote == '\'') && !triple {
            let inner = &value[1..];
            if let Some(end) = inner.find(quote) {
                let id = &inner[..end];
                if !(quote == '"' && id.contains('\\')) {
                    return Some(id.to_string());
                }
            }
        }
        break;
    }
    // Unusual spelling (escapes, a dotted key): ask the parser.
    let (root, _) = toml::de::DeTable::parse_recoverable(block);
    let task = root.get_ref().get("task")?;
    match task.get_ref() {
        toml::de::DeValue::Array(items) => items
            .iter()
            .next()
            .and_then(|t| t.get_ref().as_table())
            .and_then(|t| t.get("id"))
            .and_then(|id| id.get_ref().as_str().map(String::from)),
        _ => None,
    }
}

/// Run `edit` on the plan file at `path` under its lock. `task` is the id
/// of the task it changes, if any: in a large plan only that task's block is
/// looked for and checked.
pub fn apply(
    path: &Path,
    task: Option<&str>,
    options: Options,
    edit: impl Fn(&Source) -> Result<Outcome, EditFailure>,
) -> Result<Applied, EditFailure> {
    let target = file::resolve(path)?;
    let metadata = file::check_writable(&target, path)?;
    let _lock = file::Lock::acquire(&target, options.lock_timeout)?;
    // Read under the lock: the file as it is now, with every edit that
    // finished before ours.
    let metadata = std::fs::metadata(&target).unwrap_or(metadata);
    let stamp = file::Stamp::of(&metadata);
    let bytes = std::fs::read(&target).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = store::decode(path, &bytes).map_err(|d| EditFailure::Invalid(vec![*d]))?;
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let mut source = Source::for_task(path, text, task);
    let mut outcome = edit(&source);
    if source.partial && outcome.is_err() {
        // The block was found by a shortcut; make sure with the whole file.
        source = Source::new(path, text);
        outcome = edit(&source);
    }
    let (new_text, block, message) = match outcome? {
        Outcome::Unchanged { message } => {
            // "Nothing to change" is an answer about a sound plan only: a
            // plan with errors fails the edit as a change would.
            if !is_large(&source) {
                let (_, diagnostics) = store::parse_str(path, text);
                if diagnostics.iter().any(Diagnostic::is_error) {
                    return Err(EditFailure::Invalid(diagnostics));
                }
            }
            return Ok(Applied {
                message,
                diff: None,
                written: false,
            });
        }
        Outcome::Changed {
            text,
            block,
            message,
        } => (text, block, message),
    };
    check(path, &source, &new_text, block)?;
    let diff = if options.dry_run {
        unified_diff(path, text, &new_text)
    } else {
        String::new()
    };
    if !options.dry_run {
        let bom: &[u8] = if bom { b"\xEF\xBB\xBF" } else { b"" };
        file::replace(&target, path, &[bom, new_text.as_bytes()], &stamp)?;
    }
    Ok(Applied {
        message,
        diff: options.dry_run.then_some(diff),
        written: !options.dry_run,
    })
}

/// A plan checked by its head and changed block only, after an edit.
fn is_large(source: &Source) -> bool {
    source.partial
        || source.text.len() >= LOCATE_FROM
        || source.layout.tasks.len() >= store::PARALLEL_BLOCKS
}

/// Check the edited text. A plan of a few hundred tasks is checked whole;
/// in a larger one the head and the changed block are read, and the
/// changed task's id must be unique — the rest of the file is as it was.
fn check(path: &Path, old: &Source, text: &str, block: Option<usize>) -> Result<(), EditFailure> {
    let large = is_large(old);
    let changed = block.and_then(|index| old.layout.tasks.get(index).map(|b| (index, b)));
    let layout = match (large, changed) {
        (true, Some((_, old_block))) if old.layout.plain => {
            // Only this block changed: the head is as it was, and the
            // block now ends where the longer or shorter text says.
            let end = (old_block.range.end + text.len()).checked_sub(old.text.len());
            end.map(|end| Layout {
                head: old.layout.head.clone(),
                tasks: vec![store::Block {
                    range: old_block.range.start..end,
                    line: old_block.line,
                }],
                plain: true,
            })
        }
        (true, None) if block.is_none() && old.layout.plain => {
            let end = (old.layout.head.end + text.len()).checked_sub(old.text.len());
            end.map(|end| Layout {
                head: 0..end,
                tasks: Vec::new(),
                plain: true,
            })
        }
        _ => None,
    };
    let Some(layout) = layout else {
        let (_, diagnostics) = store::parse_str(path, text);
        if diagnostics.iter().any(Diagnostic::is_error) {
            // Problems the plan had before the edit are the plan's, not the edit's.
            let (_, before) = store::parse_str(path, old.text);
            if before.iter().any(Diagnostic::is_error) {
                return Err(EditFailure::Invalid(before));
            }
            return Err(EditFailure::WouldBreak(diagnostics));
        }
        return Ok(());
    };
    let source = Source {
        path,
        text,
        layout,
        partial: true,
    };
    if source.layout.tasks.is_empty() {
        return source
            .read_head()
            .map(drop)
            .map_err(EditFailure::WouldBreak);
    }
    let (_, task) = source.read_task(0).map_err(EditFailure::WouldBreak)?;
    if store::count_id_lines(text, &task.id) > 1 {
        // Another line spells the same id: a duplicate, or text that only
        // looks like one. The whole file decides.
        let (_, diagnostics) = store::parse_str(path, text);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(EditFailure::WouldBreak(diagnostics));
        }
    }
    Ok(())
}

/// `diff -u` of the file before and after.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Why an edit did not happen.
#[derive(Debug)]
pub enum EditFailure {
    /// An error with a one-line message.
    Error(Error),
    /// The plan file has problems; fix them first.
    Invalid(Vec<Diagnostic>),
    /// The edit would leave these problems in the plan.
    WouldBreak(Vec<Diagnostic>),
}

impl From<Error> for EditFailure {
    fn from(error: Error) -> Self {
        EditFailure::Error(error)
    }
}

/// The file holding the task a reference names, among `files`: `ID`, or
/// `PLAN:ID`. Files are only scanned, not parsed.
pub fn locate(files: &[PathBuf], reference: &str) -> Result<(PathBuf, String), Error> {
    let TaskRef {
        plan: plan_id,
        task: task_id,
    } = TaskRef::parse(reference);
    if files.len() == 1 && plan_id.is_none() {
        return Ok((files[0].clone(), task_id.to_string()));
    }
    let mut found = Vec::new();
    for path in files {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let Ok(text) = store::decode(path, &bytes) else {
            continue;
        };
        let source = Source::new(path, text);
        if let Some(plan_id) = plan_id
            && store::plan_id(text, &source.layout).as_deref() != Some(plan_id)
        {
            continue;
        }
        if source.find(task_id).is_some() {
            let id = store::plan_id(text, &source.layout).unwrap_or_default();
            found.push((path.clone(), id));
        }
    }
    match found.as_slice() {
        [(path, _)] => Ok((path.clone(), task_id.to_string())),
        [] => Err(match plan_id {
            Some(plan) => Error::NoTaskInPlanId {
                id: task_id.to_string(),
                plan: plan.to_string(),
            },
            None => Error::NoTask(task_id.to_string()),
        }),
        many => Err(Error::TaskInSeveralPlans {
            id: task_id.to_string(),
            candidates: many
                .iter()
                .map(|(_, plan)| format!("{plan}:{task_id}"))
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_ids_are_read_from_the_id_line() {
        assert_eq!(block_id("[[task]]\nid = \"4\"\n").as_deref(), Some("4"));
        assert_eq!(
            block_id("[[task]]\n  id='2.1' # x\n").as_deref(),
            Some("2.1")
        );
        assert_eq!(
            block_id("[[task]]\ntitle = \"id = 9\"\nid = \"3\"\n").as_deref(),
            Some("3")
        );
        assert_eq!(
            block_id("[[task]]\nid = \"a\\u0062\"\n").as_deref(),
            Some("ab")
        );
        assert_eq!(block_id("[[task]]\ntitle = \"x\"\n"), None);
    }
}
