//! Git's conflict markers around the lines of a field both sides changed:
//! OURS's lines, then THEIRS's, inside the task block (or the head), so that
//! the rest of the block stays merged and `plan check` points at the field.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::fields::Conflict;

pub const OURS: &str = "<<<<<<< ours";
pub const SEPARATOR: &str = "=======";
pub const THEIRS: &str = ">>>>>>> theirs";

/// The whole lines of `text` that write the field at `path`: from the
/// start of its key's line to the end of its value's line (a comment after
/// the value included). In a task block, `path` is below the task's table.
pub fn field_lines(text: &str, in_task: bool, path: &[String]) -> Option<Range<usize>> {
    let root = DeTable::parse(text).ok()?;
    let mut table: &DeTable = root.get_ref();
    if in_task {
        let DeValue::Array(tasks) = table.get("task")?.get_ref() else {
            return None;
        };
        let DeValue::Table(task) = tasks.iter().next()?.get_ref() else {
            return None;
        };
        table = task;
    }
    let (last, parents) = path.split_last()?;
    for name in parents {
        let DeValue::Table(inner) = table.get(name.as_str())?.get_ref() else {
            return None;
        };
        table = inner;
    }
    let (key, value) = table.iter().find(|(k, _)| k.get_ref() == last)?;
    let start = key.span().start.min(value.span().start);
    let end = value.span().end.max(key.span().end);
    let start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
    Some(start..end)
}

/// Where a field OURS lacks is marked: after the last line that is not
/// blank.
fn end_of_content(text: &str) -> usize {
    let trimmed = text.trim_end_matches(['\n', '\r', ' ', '\t']);
    text[trimmed.len()..]
        .find('\n')
        .map_or(text.len(), |i| trimmed.len() + i + 1)
}

fn with_newline(lines: &str) -> String {
    let mut lines = lines.to_string();
    if !lines.is_empty() && !lines.ends_with('\n') {
        lines.push('\n');
    }
    lines
}

/// `ours` with each conflict's lines between markers, THEIRS's lines for
/// it taken from `theirs`.
pub fn mark(ours: &str, theirs: &str, conflicts: &[Conflict], in_task: bool) -> String {
    let mut places: Vec<(Range<usize>, String)> = conflicts
        .iter()
        .map(|conflict| {
            let mine = field_lines(ours, in_task, &conflict.path);
            let their = field_lines(theirs, in_task, &conflict.path)
                .map(|r| with_newline(&theirs[r]))
                .unwrap_or_default();
            let range = mine.unwrap_or_else(|| {
                let at = end_of_content(ours);
                at..at
            });
            let mine = with_newline(&ours[range.clone()]);
            let text = format!("{OURS}\n{mine}{SEPARATOR}\n{their}{THEIRS}\n");
            (range, text)
        })
        .collect();
    places.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = ours.to_string();
    if !out.is_empty() && !out.ends_with('\n') && places.iter().any(|(r, _)| r.end == ours.len()) {
        out.push('\n');
    }
    for (range, text) in places {
        let end = range.end.min(out.len());
        out.replace_range(range.start..end, &text);
    }
    out
}
