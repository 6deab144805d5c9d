//! Changing a plan file. An edit takes the plan's lock, reads the file as it
//! is now, finds the piece it changes (one `[[task]]` block, or the head),
//! rewrites that piece alone with toml_edit, splices it back, checks the
//! result, and replaces the file atomically — or, with `--dry-run`, prints
//! the diff (read without the lock, and without write access). Any failure
//! leaves the file byte for byte as it was.

mod attrs;
pub mod changes;
pub mod doc;
pub mod file;
mod find;
pub mod lock;
mod place;
pub mod reports;

pub use find::{Found, locate, plan_file};
pub mod task_editor;
pub mod units_editor;

use std::ops::Range;
use std::path::Path;
use std::time::Duration;

use crate::error::{Diagnostic, Error, Notice};
use crate::model::Plan;
use crate::store::{self, Layout};

/// What an edit decided to do with the text it was given.
pub enum Outcome {
    /// Write this text; tell the user `message`. `block` is the index of
    /// the task block changed or added (in the new text), or None when the
    /// head changed.
    Changed {
        text: NewText,
        block: Option<usize>,
        message: String,
    },
    /// Nothing to do (the task is already done, say); exit 0.
    Unchanged { message: String },
}

/// The text an edit writes: a whole new text, or the old one with one
/// range (a task's block, the head) replaced, which is written as the
/// bytes before, the new piece and the bytes after, never copied whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewText {
    Whole(String),
    Splice { range: Range<usize>, with: String },
}

impl From<String> for NewText {
    fn from(text: String) -> Self {
        NewText::Whole(text)
    }
}

impl NewText {
    /// The new text as the pieces to write in turn, given the old one.
    pub fn parts<'t>(&'t self, old: &'t str) -> [&'t str; 3] {
        match self {
            NewText::Whole(text) => [text, "", ""],
            NewText::Splice { range, with } => [&old[..range.start], with, &old[range.end..]],
        }
    }

    /// The new text in one string.
    pub fn join(&self, old: &str) -> String {
        match self {
            NewText::Whole(text) => text.clone(),
            NewText::Splice { .. } => self.parts(old).concat(),
        }
    }
}

/// What running an edit did.
pub struct Applied {
    pub message: String,
    /// The unified diff, when the file changed (or would have).
    pub diff: Option<String>,
    /// Whether the file was written.
    pub written: bool,
    /// The fields of the edited task that changed, when asked for
    /// ([`Options::changes`]) and the edit changed one task's block.
    pub changes: Option<Vec<changes::FieldChange>>,
}

/// Options every edit shares.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub dry_run: bool,
    pub lock_timeout: Duration,
    /// Edit a plan whose link leads outside its repository or folder.
    pub follow_outside: bool,
    /// Say which fields of the task changed (`--format json`).
    pub changes: bool,
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
    /// What the search for that block saw of the rest, when partial.
    pub scan: Option<store::Scan>,
}

impl<'a> Source<'a> {
    fn new(path: &'a Path, text: &'a str) -> Self {
        Source {
            path,
            text,
            layout: store::split(text),
            partial: false,
            scan: None,
        }
    }

    /// The source an edit of task `id` needs.
    fn for_task(path: &'a Path, text: &'a str, id: Option<&str>) -> Self {
        let (layout, scan) = store::layout_for_task(text, id);
        Source {
            path,
            text,
            layout,
            partial: scan.is_some(),
            scan,
        }
    }

    /// The index of the `[[task]]` block with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        store::find_block(self.text, &self.layout, id)
    }

    /// Every task id, in file order.
    pub fn ids(&self) -> Vec<String> {
        store::task_ids(self.text, &self.layout)
    }

    /// The text with its head (everything before the first task)
    /// rewritten by `change`.
    pub fn rewrite_head(
        &self,
        change: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<(), Error>,
    ) -> Result<NewText, Error> {
        let head = self.layout.head.clone();
        let with = doc::edit_text(&self.text[head.clone()], change)?;
        Ok(NewText::Splice { range: head, with })
    }

    /// The text with a new task appended: block `id` built by `build`,
    /// after a blank line, its lines ending as the file's do.
    pub fn append_task(
        &self,
        id: &str,
        build: impl FnOnce(&mut task_editor::TaskEditor),
    ) -> NewText {
        let mut table = toml_edit::Table::new();
        build(&mut task_editor::TaskEditor::new_task(&mut table, id));
        let mut tables = toml_edit::ArrayOfTables::new();
        tables.push(table);
        let mut doc = toml_edit::DocumentMut::new();
        doc.insert("task", toml_edit::Item::ArrayOfTables(tables));
        let mut block = doc.to_string();

        let text = self.text;
        // The new block's lines end as the file's last line does.
        let crlf = doc::ending_at_end(text) == "\r\n";
        // What follows the old text: line breaks up to a blank line, then
        // the block.
        let mut added = String::with_capacity(block.len() + 4);
        let newline = if crlf { "\r\n" } else { "\n" };
        if !text.is_empty() && !text.ends_with('\n') {
            added.push_str(newline);
        }
        // The last bytes of the old text and what was added to them.
        let mut tail = text.as_bytes()[text.len().saturating_sub(4)..].to_vec();
        tail.extend_from_slice(added.as_bytes());
        if !text.is_empty() && !tail.ends_with(b"\n\n") && !tail.ends_with(b"\r\n\r\n") {
            added.push_str(newline);
        }
        if crlf {
            block = block.replace('\n', "\r\n");
        }
        added.push_str(&block);
        NewText::Splice {
            range: text.len()..text.len(),
            with: added,
        }
    }

    /// The text with block `index` replaced.
    pub fn splice(&self, index: usize, block: String) -> NewText {
        NewText::Splice {
            range: self.layout.tasks[index].range.clone(),
            with: block,
        }
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

/// Run `edit` on the plan file at `path` under its lock. `task` is the id
/// of the task it changes, if any: in a large plan only that task's block is
/// looked for and checked. A wait for the lock, and attributes of the file
/// that could not be kept, go to `notify`.
pub fn apply(
    path: &Path,
    task: Option<&str>,
    preread: Option<file::Preread>,
    options: Options,
    notify: &mut dyn FnMut(&Notice),
    edit: impl Fn(&Source) -> Result<Outcome, EditFailure>,
) -> Result<Applied, EditFailure> {
    // Before the lock: a lock file is never made beside a device.
    store::check_regular(path)?;
    let target = file::resolve(path)?;
    if !options.follow_outside {
        place::check_inside(path, &target)?;
    }
    // A dry run writes nothing: it needs neither write access nor the
    // lock (which would need write access to the folder), and reads the
    // file as it is.
    let (metadata, lock) = if options.dry_run {
        let metadata = std::fs::metadata(&target).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        (metadata, None)
    } else {
        let metadata = file::check_writable(&target, path)?;
        let lock = lock::Lock::acquire(&target, options.lock_timeout, notify)?;
        file::remove_stale(&target, lock.taken);
        (metadata, Some(lock))
    };
    // Read under the lock: the file as it is now, with every edit that
    // finished before ours.
    let metadata = std::fs::metadata(&target).unwrap_or(metadata);
    file::check_links(&metadata, path)?;
    let stamp = file::Stamp::of(&metadata);
    let bytes = match preread.and_then(|p| p.into_bytes_if(&stamp)) {
        Some(bytes) => bytes,
        // Named by the path the user gave, not the resolved one.
        None => store::read_untrusted(&target).map_err(|error| match error {
            Error::Read { source, .. } => Error::Read {
                path: path.to_path_buf(),
                source,
            },
            Error::NotARegularFile { kind, .. } => Error::NotARegularFile {
                path: path.to_path_buf(),
                kind,
            },
            Error::TooLarge { limit, .. } => Error::TooLarge {
                path: path.to_path_buf(),
                limit,
            },
            other => other,
        })?,
    };
    let text = store::decode(path, &bytes).map_err(|d| EditFailure::Invalid(vec![*d]))?;
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let mut source = Source::for_task(path, text, task);
    let mut outcome = edit(&source);
    if source.partial && outcome.is_err() {
        // The block was found by a shortcut; make sure with the whole file.
        source = Source::new(path, text);
        outcome = edit(&source);
    }
    if let Err(EditFailure::Error(_)) = &outcome {
        // A plan with errors may be why the edit failed (no task found in
        // a file that does not parse): the plan's own problems come first.
        let (_, diagnostics) = store::parse_str(path, text);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(EditFailure::Invalid(diagnostics));
        }
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
                changes: options.changes.then(Vec::new),
            });
        }
        Outcome::Changed {
            text,
            block,
            message,
        } => (text, block, message),
    };
    check(path, &source, &new_text, block)?;
    // The block before and after, found again in the new text (an edit of
    // one task keeps the number of blocks).
    let changes = match block {
        Some(index) if options.changes => {
            let old = source
                .layout
                .tasks
                .get(index)
                .map(|b| &text[b.range.clone()]);
            let new_text = new_text.join(text);
            let layout = store::split(&new_text);
            let new = layout.tasks.get(index).map(|b| &new_text[b.range.clone()]);
            Some(changes::block_changes(old.unwrap_or(""), new.unwrap_or("")))
        }
        _ => options.changes.then(Vec::new),
    };
    let diff = if options.dry_run {
        unified_diff(path, text, &new_text.join(text))
    } else {
        String::new()
    };
    if !options.dry_run {
        let bom: &[u8] = if bom { b"\xEF\xBB\xBF" } else { b"" };
        let [before, with, after] = new_text.parts(text);
        let parts = [bom, before.as_bytes(), with.as_bytes(), after.as_bytes()];
        file::replace(&target, path, &parts, &stamp, notify)?;
    }
    drop(lock);
    Ok(Applied {
        message,
        diff: options.dry_run.then_some(diff),
        written: !options.dry_run,
        changes,
    })
}

/// A plan checked by its head and changed block only, after an edit.
fn is_large(source: &Source) -> bool {
    source.partial
        || source.text.len() >= store::LOCATE_FROM
        || source.layout.tasks.len() >= store::PARALLEL_BLOCKS
}

/// Check the edited text. A plan of a few hundred tasks is checked whole;
/// in a larger one the head and the changed block are read, and the
/// changed task's id must be unique — the rest of the file is as it was.
fn check(
    path: &Path,
    old: &Source,
    new: &NewText,
    block: Option<usize>,
) -> Result<(), EditFailure> {
    let large = is_large(old);
    let changed = block.and_then(|index| old.layout.tasks.get(index).map(|b| (index, b)));
    // The piece that changed, when it is exactly this block or the head.
    let piece = match new {
        NewText::Splice { range, with } => Some((range, with.as_str())),
        NewText::Whole(_) => None,
    };
    // The head and the changed piece of the new text, laid out on their
    // own: the rest of the file is as it was.
    let (small, layout) = match (large, changed, piece) {
        (true, Some((_, old_block)), Some((range, with)))
            if old.layout.plain && *range == old_block.range =>
        {
            let head = &old.text[old.layout.head.clone()];
            let small = [head, with].concat();
            let layout = Layout {
                head: 0..head.len(),
                tasks: vec![store::Block {
                    range: head.len()..small.len(),
                    line: old_block.line,
                }],
                plain: true,
            };
            (small, layout)
        }
        (true, None, Some((range, with)))
            if block.is_none() && old.layout.plain && *range == old.layout.head =>
        {
            let layout = Layout {
                head: 0..with.len(),
                tasks: Vec::new(),
                plain: true,
            };
            (with.to_string(), layout)
        }
        _ => return check_whole(path, old.text, &new.join(old.text)),
    };
    let source = Source {
        path,
        text: &small,
        layout,
        partial: true,
        scan: None,
    };
    if source.layout.tasks.is_empty() {
        return source
            .read_head()
            .map(drop)
            .map_err(EditFailure::WouldBreak);
    }
    let (_, task) = source.read_task(0).map_err(EditFailure::WouldBreak)?;
    let index = changed.map_or(0, |(index, _)| index);
    let (old_block, new_block) = (
        &old.text[old.layout.tasks[index].range.clone()],
        &small[source.layout.tasks[0].range.clone()],
    );
    let may_repeat = match old
        .scan
        .as_ref()
        .and_then(|scan| scan.id_may_repeat(old_block, new_block, &task.id))
    {
        Some(may) => may,
        None => {
            let text = new.join(old.text);
            store::id_may_repeat(old.text, &old.layout, old.partial, &text, index, &task.id)
        }
    };
    if may_repeat {
        // Another place may spell the same id: a duplicate, or text that
        // only looks like one. The whole file decides.
        return check_whole(path, old.text, &new.join(old.text));
    }
    Ok(())
}

/// Check the edited text whole. Problems the plan had before the edit
/// (a duplicate among them) are the plan's, not the edit's.
fn check_whole(path: &Path, old: &str, text: &str) -> Result<(), EditFailure> {
    let (_, diagnostics) = store::parse_str(path, text);
    if !diagnostics.iter().any(Diagnostic::is_error) {
        return Ok(());
    }
    let (_, before) = store::parse_str(path, old);
    if before.iter().any(Diagnostic::is_error) {
        return Err(EditFailure::Invalid(before));
    }
    Err(EditFailure::WouldBreak(diagnostics))
}

/// `diff -u` of the file before and after.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    // The name is shown as messages show it: a line break in it would
    // break the diff, a control character would drive the terminal.
    let name = crate::text::one_line_path(path);
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
