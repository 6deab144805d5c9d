//! The tasks of section II, in whichever layout the document uses:
//! numbered paragraphs followed by labelled lines ("- Đơn vị chủ trì: …"),
//! labels inside the sentence ("Giao X chủ trì, phối hợp với Y …; thời
//! gian hoàn thành: …"), tables (pipe- or tab-separated, with continuation
//! rows), and sub-numbering with group headings. This file finds which
//! lines are prose and which a table, and makes the ids unique.

mod assign;
mod conditions;
mod found;
mod inline;
mod programme;
mod prose;
mod resolve;
mod table;

pub use found::{Found, RawTask};
pub use resolve::resolve;

use crate::import::lines::Line;
use crate::import::marker::marker;
use crate::import::sections::Section;

/// The tasks of one section of the document, its lines marked placed and
/// its notices kept. When the document has several task sections, each
/// task's id starts with its section's number.
pub fn section_tasks(
    lines: &[Line],
    section: &Section,
    several: bool,
    placed: &mut [bool],
    notes: &mut Vec<(usize, String)>,
) -> Vec<RawTask> {
    let body = &lines[section.body.clone()];
    let mut found = parse(body);
    for k in &found.placed {
        placed[section.body.start + k] = true;
    }
    notes.append(&mut found.notices);
    if several && let Some(m) = lines.get(section.heading).and_then(|l| marker(&l.text)) {
        for t in &mut found.tasks {
            t.id = format!("{}.{}", m.label, t.id);
        }
    }
    found.tasks
}

/// The tasks of one section's lines.
pub fn parse(lines: &[Line]) -> Found {
    let mut found = Found::default();
    let mut i = 0;
    let mut prose: Vec<usize> = Vec::new();
    while i < lines.len() {
        if lines[i].is_row() {
            let start = i;
            while i < lines.len() && lines[i].is_row() {
                i += 1;
            }
            if !prose.is_empty() {
                prose::parse_prose(lines, &prose, &mut found);
                prose.clear();
            }
            table::parse_table(lines, start, i, &mut found);
        } else {
            prose.push(i);
            i += 1;
        }
    }
    if !prose.is_empty() {
        prose::parse_prose(lines, &prose, &mut found);
    }
    dedupe_ids(&mut found.tasks);
    found
}

/// Make task ids unique: prefix the group's number, then count.
fn dedupe_ids(tasks: &mut [RawTask]) {
    // Counted once, so that many tasks are made unique in linear time.
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for t in tasks.iter() {
        *counts.entry(t.id.clone()).or_default() += 1;
    }
    for t in tasks.iter_mut() {
        if counts.get(&t.id).is_some_and(|n| *n > 1)
            && let Some(g) = &t.group
            && let Some(m) = marker(g)
        {
            t.id = format!("{}.{}", m.label, t.id);
        }
    }
    let mut seen = std::collections::HashSet::new();
    // The next number to try after each id met again.
    let mut next: std::collections::HashMap<String, usize> = Default::default();
    for t in tasks.iter_mut() {
        let base = t.id.clone();
        let n = next.entry(base.clone()).or_insert(2);
        while !seen.insert(t.id.clone()) {
            t.id = format!("{base}-{n}");
            *n += 1;
        }
    }
}
