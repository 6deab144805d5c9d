//! The last step of an import: a draft made one every command can load.
//! What a document can hold but a plan file cannot — two tasks numbered
//! alike, an id with a character ids do not take, a unit both lead and
//! partner, a spelling given to two units, a paragraph of section III with
//! nothing but its heading — is set right here, each with a notice at the
//! document's line, so that the clerk gets the rest of the plan.

use std::collections::HashSet;

use super::draft::{Draft, DraftTask};
use crate::model::review::Field;
use crate::model::task_id;
use crate::text::fold_tones;

/// Make `draft` loadable, noting each change at its line.
pub fn make_loadable(draft: &mut Draft, notes: &mut Vec<(usize, String)>) {
    responsibilities(draft);
    task_ids(&mut draft.tasks, notes);
    spellings(draft);
    for task in &mut draft.tasks {
        units_once(task);
        if task.title.trim().is_empty() {
            task.title = format!("Nhiệm vụ {}", task.id);
            task.review.insert(Field::Title);
            notes.push((
                task.line,
                crate::t!("imp-task-no-title", id = task.id.as_str()),
            ));
        }
    }
    if draft
        .signer
        .as_ref()
        .is_some_and(|s| s.name.trim().is_empty())
    {
        draft.signer = None;
    }
}

/// A paragraph of section III written as one sentence with no colon has
/// its sentence as the heading: the sentence is its text.
fn responsibilities(draft: &mut Draft) {
    for r in &mut draft.responsibilities {
        if r.text.trim().is_empty()
            && let Some(heading) = r.heading.take()
        {
            r.text = heading;
        }
    }
    draft.responsibilities.retain(|r| !r.text.trim().is_empty());
}

/// Every task id one a plan file takes, and once: an id it cannot take
/// becomes the task's number in the document; a repeated one gets `-2`,
/// `-3` ….
fn task_ids(tasks: &mut [DraftTask], notes: &mut Vec<(usize, String)>) {
    let mut seen: HashSet<String> = HashSet::new();
    // The next number to try after each id met again.
    let mut next: std::collections::HashMap<String, usize> = Default::default();
    for (n, task) in tasks.iter_mut().enumerate() {
        if task_id::check(&task.id).is_err() {
            let written = std::mem::replace(&mut task.id, (n + 1).to_string());
            notes.push((
                task.line,
                crate::t!(
                    "imp-id-not-taken",
                    written = crate::text::one_line(&written),
                    id = task.id.as_str()
                ),
            ));
        }
        let key = task_id::look_alike_key(&task.id);
        if seen.contains(&key) {
            let first = task.id.clone();
            let k = next.entry(key.clone()).or_insert(2);
            while seen.contains(&task_id::look_alike_key(&format!("{first}-{k}"))) {
                *k += 1;
            }
            task.id = format!("{first}-{k}");
            *k += 1;
            notes.push((
                task.line,
                crate::t!(
                    "imp-id-repeated",
                    first = first.as_str(),
                    id = task.id.as_str()
                ),
            ));
        }
        seen.insert(task_id::look_alike_key(&task.id));
    }
}

/// Unit `later` is unit `first`: its aliases and its tasks go to `first`.
fn merge(draft: &mut Draft, later: &str, first: &str) {
    let Some(at) = draft.units.iter().position(|u| u.id == later) else {
        return;
    };
    let gone = draft.units.remove(at);
    if let Some(unit) = draft.units.iter_mut().find(|u| u.id == first) {
        for alias in gone.aliases {
            if !unit.aliases.contains(&alias) {
                unit.aliases.push(alias);
            }
        }
    }
    let rename = |ids: &mut Vec<String>| {
        for id in ids.iter_mut().filter(|id| *id == later) {
            *id = first.to_string();
        }
    };
    for task in &mut draft.tasks {
        rename(&mut task.lead);
        rename(&mut task.partners);
    }
    for unit in &mut draft.units {
        if let Some(members) = &mut unit.members {
            rename(members);
            let own = unit.id.clone();
            let mut seen = HashSet::new();
            members.retain(|m| *m != own && seen.insert(m.clone()));
        }
    }
    for r in &mut draft.responsibilities {
        if r.unit == later {
            r.unit = first.to_string();
        }
    }
}

/// Each unit named once in a task, and never both lead and partner.
fn units_once(task: &mut DraftTask) {
    let mut seen = HashSet::new();
    task.lead.retain(|u| seen.insert(u.clone()));
    task.partners.retain(|u| seen.insert(u.clone()));
}

/// A spelling belongs to one unit: a unit whose name another unit already
/// goes by (the same but for letter case or tone marks, "Phòng VĂN HÓA")
/// is that unit, and an alias another unit goes by is dropped from the
/// later unit.
fn spellings(draft: &mut Draft) {
    let mut owner: std::collections::HashMap<String, String> = Default::default();
    let mut same: Vec<(String, String)> = Vec::new();
    for unit in &draft.units {
        match owner.get(&fold_tones(&unit.name)) {
            Some(first) if *first != unit.id => same.push((unit.id.clone(), first.clone())),
            _ => {
                owner.insert(fold_tones(&unit.name), unit.id.clone());
            }
        }
    }
    for (later, first) in &same {
        merge(draft, later, first);
    }
    for unit in &mut draft.units {
        unit.aliases.retain(|alias| {
            let key = fold_tones(alias);
            match owner.get(&key) {
                Some(id) if *id != unit.id => false,
                _ => {
                    owner.insert(key, unit.id.clone());
                    true
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::draft::{DraftResponsibility, DraftUnit};

    fn task(id: &str) -> DraftTask {
        DraftTask {
            id: id.into(),
            title: "Việc".into(),
            lead: vec!["a".into()],
            window: Some("Tháng 6/2024".into()),
            line: 1,
            ..DraftTask::default()
        }
    }

    /// The draft as a plan file, read back: no error.
    fn loads(draft: &Draft) {
        let text = super::super::write::to_toml(draft, "kh.txt");
        let (plan, diagnostics) = crate::store::parse_str(std::path::Path::new("kh.toml"), &text);
        let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{errors:?}\n{text}");
        assert!(plan.is_some());
    }

    #[test]
    fn what_a_document_holds_but_a_plan_cannot_is_set_right() {
        let mut draft = Draft {
            id: "kh".into(),
            title: "Kế hoạch".into(),
            period: Some("Năm 2024".into()),
            units: vec![
                DraftUnit {
                    id: "a".into(),
                    name: "Phòng A".into(),
                    ..DraftUnit::default()
                },
                DraftUnit {
                    id: "b".into(),
                    name: "Phòng B".into(),
                    aliases: vec!["Phòng A".into()],
                    ..DraftUnit::default()
                },
            ],
            responsibilities: vec![DraftResponsibility {
                unit: "a".into(),
                heading: Some("Phòng A là cơ quan thường trực.".into()),
                text: String::new(),
            }],
            tasks: vec![task("1"), task("1"), task("2)"), {
                let mut t = task("3");
                t.partners = vec!["a".into(), "b".into(), "b".into()];
                t.title = " ".into();
                t
            }],
            ..Draft::default()
        };
        let before = draft.clone();
        let mut notes = Vec::new();
        // As written, the plan file would not load.
        let text = super::super::write::to_toml(&before, "kh.txt");
        let (_, diagnostics) = crate::store::parse_str(std::path::Path::new("kh.toml"), &text);
        assert!(diagnostics.iter().any(|d| d.is_error()));
        make_loadable(&mut draft, &mut notes);
        loads(&draft);
        let ids: Vec<&str> = draft.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["1", "1-2", "3", "3-2"]);
        assert_eq!(draft.tasks[3].partners, ["b"]);
        assert!(draft.tasks[3].review.has(Field::Title));
        assert_eq!(
            draft.responsibilities[0].text,
            "Phòng A là cơ quan thường trực."
        );
        assert!(draft.units[1].aliases.is_empty());
        assert_eq!(notes.len(), 4, "{notes:?}");
    }

    #[test]
    fn a_unit_named_as_another_but_for_case_is_that_unit() {
        let unit = |id: &str, name: &str| DraftUnit {
            id: id.into(),
            name: name.into(),
            ..DraftUnit::default()
        };
        let mut t = task("1");
        t.partners = vec!["b".into()];
        let mut draft = Draft {
            id: "kh".into(),
            title: "Kế hoạch".into(),
            period: Some("Năm 2024".into()),
            units: vec![unit("a", "Phòng Văn hóa"), unit("b", "Phòng VĂN HÓA")],
            tasks: vec![t],
            ..Draft::default()
        };
        make_loadable(&mut draft, &mut Vec::new());
        loads(&draft);
        assert_eq!(draft.units.len(), 1);
        assert_eq!(draft.tasks[0].lead, ["a"]);
        assert!(draft.tasks[0].partners.is_empty());
    }
}
