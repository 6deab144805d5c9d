//! The three-way merge of plan files that git calls as a merge driver: by
//! the head's fields, unit by unit and field by field, and by task (matched
//! by id) and field inside a task, each unit's report line a field of its
//! own. The result is OURS's text with THEIRS's changes since BASE applied:
//! a block neither side changed, or only OURS changed, keeps OURS's bytes;
//! a block only THEIRS changed is THEIRS's block; a block both changed is
//! OURS's, edited field by field with toml_edit. The same field changed two
//! ways keeps git's conflict markers around that field's lines only.

pub mod fields;
pub mod markers;

use std::collections::HashMap;

use fields::Conflict;
use toml_edit::DocumentMut;

use crate::store::{self, Layout};

/// Where a conflict is, for the message that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A field of the head: `plan.title`, `units.xa.members`.
    Head(String),
    /// A field of a task: `status`, `reports.dl`.
    Field { task: String, field: String },
    /// A task deleted on one side and changed on the other.
    Deleted { task: String },
}

/// What a merge gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<Place>,
    /// Tasks THEIRS added under an id OURS added too: (old id, new id).
    pub renumbered: Vec<(String, String)>,
}

/// Whether `text` can be merged by plan: it reads as a plan with no error,
/// and nothing but task blocks follows its first task.
pub fn mergeable(path: &std::path::Path, text: &str) -> bool {
    let (plan, diagnostics) = store::parse_str(path, text);
    plan.is_some() && diagnostics.iter().all(|d| d.errors() == 0) && store::split(text).plain
}

/// One task block of a file: its id and text.
struct Blocks<'t> {
    list: Vec<(String, &'t str)>,
    by_id: HashMap<String, usize>,
}

impl<'t> Blocks<'t> {
    fn of(text: &'t str, layout: &Layout) -> Self {
        let list: Vec<(String, &str)> = layout
            .tasks
            .iter()
            .map(|block| {
                let body = &text[block.range.clone()];
                (store::block_id(body).unwrap_or_default(), body)
            })
            .collect();
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.clone(), i))
            .collect();
        Blocks { list, by_id }
    }

    fn get(&self, id: &str) -> Option<&'t str> {
        self.by_id.get(id).map(|&i| self.list[i].1)
    }
}

/// What a piece of TOML means, for comparing two pieces written apart.
fn meaning(text: &str) -> Option<toml::Table> {
    toml::from_str(text).ok()
}

fn same_text(a: &str, b: &str) -> bool {
    a == b || meaning(a).is_some_and(|m| Some(m) == meaning(b))
}

/// `block` cut into its lines of content and the blank lines after them.
fn content(block: &str) -> (&str, &str) {
    let trimmed = block.trim_end_matches(['\n', '\r', ' ', '\t']);
    let end = block[trimmed.len()..]
        .find('\n')
        .map_or(block.len(), |i| trimmed.len() + i + 1);
    block.split_at(end)
}

/// THEIRS's block in the place of OURS's: THEIRS's lines, OURS's blank
/// lines after them.
fn in_place_of(theirs: &str, ours: &str) -> String {
    let (lines, _) = content(theirs);
    let (_, tail) = content(ours);
    let mut out = lines.to_string();
    if !out.ends_with('\n') && !tail.is_empty() {
        out.push('\n');
    }
    out + tail
}

/// Merge `ours` and `theirs`, both changed from `base`. All three must be
/// [`mergeable`].
pub fn merge(base: &str, ours: &str, theirs: &str) -> Merged {
    let unchanged = |text: &str| Merged {
        text: text.to_string(),
        conflicts: Vec::new(),
        renumbered: Vec::new(),
    };
    if ours == theirs || theirs == base {
        return unchanged(ours);
    }
    if ours == base {
        return unchanged(theirs);
    }
    let (lb, lo, lt) = (store::split(base), store::split(ours), store::split(theirs));
    let mut conflicts = Vec::new();
    let head = merge_head(
        &base[lb.head.clone()],
        &ours[lo.head.clone()],
        &theirs[lt.head.clone()],
        &mut conflicts,
    );
    let (bb, bo, bt) = (
        Blocks::of(base, &lb),
        Blocks::of(ours, &lo),
        Blocks::of(theirs, &lt),
    );
    let mut out = head;
    for (id, mine) in &bo.list {
        match (bb.get(id), bt.get(id)) {
            (Some(b), Some(t)) => out.push_str(&merge_block(id, b, mine, t, &mut conflicts)),
            (Some(b), None) => {
                // THEIRS deleted it: gone, unless OURS changed it.
                if !same_text(b, mine) {
                    conflicts.push(Place::Deleted { task: id.clone() });
                    let (lines, tail) = content(mine);
                    out.push_str(&format!(
                        "{}\n{}{}\n{}\n{tail}",
                        markers::OURS,
                        with_newline(lines),
                        markers::SEPARATOR,
                        markers::THEIRS
                    ));
                }
            }
            // Added by OURS (and maybe by THEIRS under the same id: THEIRS's
            // is renumbered below).
            (None, _) => out.push_str(mine),
        }
    }
    // What THEIRS has that OURS has not: added, or deleted by OURS.
    let mut taken: Vec<String> = bo
        .list
        .iter()
        .map(|(id, _)| id.clone())
        .chain(bt.list.iter().map(|(id, _)| id.clone()))
        .collect();
    let mut renumbered = Vec::new();
    let mut added: Vec<String> = Vec::new();
    for (id, their) in &bt.list {
        let in_ours = bo.get(id);
        match (bb.get(id), in_ours) {
            (Some(_), Some(_)) => {}
            (Some(b), None) => {
                if !same_text(b, their) {
                    conflicts.push(Place::Deleted { task: id.clone() });
                    let (lines, _) = content(their);
                    added.push(format!(
                        "{}\n{}\n{}{}\n",
                        markers::OURS,
                        markers::SEPARATOR,
                        with_newline(lines),
                        markers::THEIRS
                    ));
                }
            }
            (None, None) => added.push(content(their).0.to_string()),
            (None, Some(mine)) if same_text(mine, their) => {}
            (None, Some(_)) => {
                let new = next_id(&taken);
                taken.push(new.clone());
                added.push(with_id(content(their).0, &new));
                renumbered.push((id.clone(), new));
            }
        }
    }
    for block in added {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&with_newline(&block));
    }
    Merged {
        text: out,
        conflicts,
        renumbered,
    }
}

fn with_newline(text: &str) -> String {
    let mut text = text.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// One more than the largest numeric id among `ids`.
fn next_id(ids: &[String]) -> String {
    let most = ids.iter().filter_map(|id| id.parse::<u64>().ok()).max();
    most.map_or(1, |n| n + 1).to_string()
}

/// A task block with another id.
fn with_id(block: &str, id: &str) -> String {
    crate::edit::doc::edit_text(block, |doc| {
        let table = crate::edit::doc::task_table(doc)?;
        crate::edit::doc::set_str(table, "id", id, &[]);
        Ok(())
    })
    .unwrap_or_else(|_| block.to_string())
}

fn merge_head(base: &str, ours: &str, theirs: &str, conflicts: &mut Vec<Place>) -> String {
    if theirs == base || ours == theirs {
        return ours.to_string();
    }
    if ours == base {
        return theirs.to_string();
    }
    let (Ok(b), Ok(mut o), Ok(t)) = (
        base.parse::<DocumentMut>(),
        ours.parse::<DocumentMut>(),
        theirs.parse::<DocumentMut>(),
    ) else {
        return ours.to_string();
    };
    let split = |path: &[String]| match path {
        [one] => one == "plan" || one == "units",
        [units, _] => units == "units",
        _ => false,
    };
    let order = |path: &[String]| match path {
        [units, _] if units == "units" => Some(store::UNIT_KEYS),
        _ => None,
    };
    let rules = fields::Rules {
        split: &split,
        order: &order,
    };
    let mut found = Vec::new();
    fields::merge(
        Some(b.as_table()),
        o.as_table_mut(),
        t.as_table(),
        rules,
        &mut Vec::new(),
        &mut found,
    );
    let text = o.to_string();
    conflicts.extend(found.iter().map(|c| Place::Head(c.path.join("."))));
    if found.is_empty() {
        text
    } else {
        markers::mark(&text, theirs, &found, false)
    }
}

fn merge_block(
    id: &str,
    base: &str,
    ours: &str,
    theirs: &str,
    conflicts: &mut Vec<Place>,
) -> String {
    if theirs == base || ours == theirs {
        return ours.to_string();
    }
    if ours == base {
        return in_place_of(theirs, ours);
    }
    let parse = |text: &str| text.parse::<DocumentMut>().ok();
    let (Some(mut b), Some(mut o), Some(mut t)) = (parse(base), parse(ours), parse(theirs)) else {
        return ours.to_string();
    };
    let (Ok(bt), Ok(ot), Ok(tt)) = (
        crate::edit::doc::task_table(&mut b),
        crate::edit::doc::task_table(&mut o),
        crate::edit::doc::task_table(&mut t),
    ) else {
        return ours.to_string();
    };
    let split = |path: &[String]| path.len() == 1 && path[0] == "reports";
    let order = |path: &[String]| path.is_empty().then_some(store::TASK_KEYS);
    let rules = fields::Rules {
        split: &split,
        order: &order,
    };
    let mut found: Vec<Conflict> = Vec::new();
    fields::merge(Some(&*bt), ot, tt, rules, &mut Vec::new(), &mut found);
    let text = o.to_string();
    conflicts.extend(found.iter().map(|c| Place::Field {
        task: id.to_string(),
        field: c.path.join("."),
    }));
    if found.is_empty() {
        text
    } else {
        markers::mark(&text, theirs, &found, true)
    }
}

#[cfg(test)]
mod tests;
