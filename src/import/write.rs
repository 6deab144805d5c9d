//! A draft written out as a format-1 plan file, laid out like the plans in
//! plans/: header, units, responsibilities, then one block per task. The
//! file is built as a toml_edit document, as `plan add` edits one, so the
//! quoting and escaping of every value is toml_edit's; only the layout
//! (blank lines before tables, one basis or recipient a line) is set here.

use chrono::Datelike;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::draft::{Draft, DraftResponsibility, DraftTask, DraftUnit};

/// A list on one line: `["a", "b"]`.
fn list(items: &[String]) -> Value {
    Value::Array(items.iter().collect())
}

/// A long list, one item a line, each followed by a comma.
fn long_list(items: &[String]) -> Value {
    let mut array = Array::new();
    for item in items {
        array.push_formatted(Value::from(item.as_str()).decorated("\n  ", ""));
    }
    array.set_trailing_comma(true);
    array.set_trailing("\n");
    Value::Array(array)
}

/// A table that opens a block: a blank line before its header.
fn block() -> Table {
    let mut table = Table::new();
    table.decor_mut().set_prefix("\n");
    table
}

/// `value` under `key` when there is one.
fn set_some(table: &mut Table, key: &str, value: Option<&String>) {
    if let Some(value) = value {
        table.insert(key, toml_edit::value(value.as_str()));
    }
}

/// The plan file for `draft`, with `source` named in its first comment,
/// which is in the interface's language: clerks read it.
pub fn to_toml(draft: &Draft, source: &str) -> String {
    let mut doc = DocumentMut::new();
    doc.insert("format", toml_edit::value(1));
    doc.insert("plan", Item::Table(plan_table(draft)));
    if !draft.units.is_empty() {
        let mut units = Table::new();
        units.set_implicit(true);
        for unit in &draft.units {
            units.insert(&unit.id, Item::Table(unit_table(unit)));
        }
        doc.insert("units", Item::Table(units));
    }
    if !draft.responsibilities.is_empty() {
        let blocks = draft.responsibilities.iter().map(responsibility_table);
        doc.insert(
            "responsibility",
            Item::ArrayOfTables(ArrayOfTables::from_iter(blocks)),
        );
    }
    if !draft.tasks.is_empty() {
        let blocks = draft.tasks.iter().map(task_table);
        doc.insert(
            "task",
            Item::ArrayOfTables(ArrayOfTables::from_iter(blocks)),
        );
    }
    // The comment is written ahead of the document rather than as the
    // decor of `format`: toml_edit drops a carriage return from decor, and
    // the file name is written as it is.
    format!("{}\n{doc}", crate::t!("imp-draft-comment", source = source))
}

/// `[plan]`: the document's header, basis, sections I and the tail.
fn plan_table(draft: &Draft) -> Table {
    let mut plan = block();
    plan.insert("id", toml_edit::value(draft.id.as_str()));
    plan.insert("title", toml_edit::value(draft.title.as_str()));
    set_some(&mut plan, "issuer", draft.issuer.as_ref());
    set_some(&mut plan, "number", draft.number.as_ref());
    set_some(&mut plan, "place", draft.place.as_ref());
    if let Some(date) = draft.date {
        // A document's year has at most four digits (sections::header).
        let date = toml_edit::Date {
            year: date.year() as u16,
            month: date.month() as u8,
            day: date.day() as u8,
        };
        plan.insert("date", toml_edit::value(toml_edit::Datetime::from(date)));
    }
    set_some(&mut plan, "period", draft.period.as_ref());
    if !draft.basis.is_empty() {
        plan.insert("basis", Item::Value(long_list(&draft.basis)));
    }
    set_some(&mut plan, "purpose", draft.purpose.as_ref());
    set_some(&mut plan, "requirements", draft.requirements.as_ref());
    set_some(&mut plan, "closing", draft.closing.as_ref());
    if !draft.recipients.is_empty() {
        plan.insert("recipients", Item::Value(long_list(&draft.recipients)));
    }
    if let Some(signer) = &draft.signer {
        let mut fields = InlineTable::new();
        fields.insert("name", signer.name.as_str().into());
        if let Some(position) = &signer.position {
            fields.insert("position", position.as_str().into());
        }
        if let Some(on_behalf_of) = &signer.on_behalf_of {
            fields.insert("on_behalf_of", on_behalf_of.as_str().into());
        }
        plan.insert("signer", toml_edit::value(fields));
    }
    if !draft.review.is_empty() {
        plan.insert("review", Item::Value(marks(draft.review)));
    }
    plan
}

/// `[units.ID]`: the unit's name, aliases and, for a group, members.
fn unit_table(unit: &DraftUnit) -> Table {
    let mut table = block();
    table.insert("name", toml_edit::value(unit.name.as_str()));
    if !unit.aliases.is_empty() {
        table.insert("aliases", Item::Value(list(&unit.aliases)));
    }
    if let Some(members) = &unit.members {
        table.insert("members", Item::Value(list(members)));
    }
    table
}

/// One `[[responsibility]]` block of section III.
fn responsibility_table(responsibility: &DraftResponsibility) -> Table {
    let mut table = block();
    table.insert("unit", toml_edit::value(responsibility.unit.as_str()));
    set_some(&mut table, "heading", responsibility.heading.as_ref());
    table.insert("text", toml_edit::value(responsibility.text.as_str()));
    table
}

/// One `[[task]]` block, open (`status = "todo"`).
fn task_table(task: &DraftTask) -> Table {
    let mut table = block();
    table.insert("id", toml_edit::value(task.id.as_str()));
    set_some(&mut table, "group", task.group.as_ref());
    table.insert("title", toml_edit::value(task.title.as_str()));
    table.insert("lead", Item::Value(list(&task.lead)));
    if !task.partners.is_empty() {
        table.insert("partners", Item::Value(list(&task.partners)));
    }
    set_some(&mut table, "window", task.window.as_ref());
    set_some(&mut table, "condition", task.condition.as_ref());
    table.insert("status", toml_edit::value("todo"));
    set_some(&mut table, "note", task.note.as_ref());
    if !task.review.is_empty() {
        table.insert("review", Item::Value(marks(task.review)));
    }
    table
}

/// `review = ["window", "lead"]`.
fn marks(review: crate::model::Review) -> Value {
    Value::Array(review.fields().map(|f| f.as_str()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::draft::{DraftResponsibility, DraftSigner, DraftTask, DraftUnit};

    /// A draft with a little of everything the writer lays out.
    fn sample() -> Draft {
        Draft {
            id: "kh-45".into(),
            title: "Kế hoạch “thử” năm 2022".into(),
            period: Some("Năm 2022".into()),
            date: chrono::NaiveDate::from_ymd_opt(2022, 5, 5),
            basis: vec!["Nghị định số 1/2022/NĐ-CP".into()],
            signer: Some(DraftSigner {
                name: "Nguyễn Văn A".into(),
                position: Some("Chủ tịch".into()),
                on_behalf_of: None,
            }),
            units: vec![DraftUnit {
                id: "vhtt".into(),
                name: "Phòng Văn hóa và Thông tin".into(),
                aliases: vec!["Phòng Văn hóa, Thông tin".into()],
                members: None,
            }],
            tasks: vec![DraftTask {
                id: "1".into(),
                title: "Tuyên truyền \"sâu rộng\"".into(),
                lead: vec!["vhtt".into()],
                window: Some("Quý II/2022".into()),
                group: Some("1. Công tác tuyên truyền".into()),
                ..DraftTask::default()
            }],
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_becomes_a_plan_that_reads_back() {
        let draft = sample();
        let text = to_toml(&draft, "kh.txt");
        let (plan, diagnostics) = crate::store::parse_str(std::path::Path::new("kh.toml"), &text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}\n{text}");
        let plan = plan.unwrap();
        assert_eq!(plan.tasks[0].title, "Tuyên truyền \"sâu rộng\"");
        assert_eq!(
            plan.tasks[0].group.as_deref(),
            Some("1. Công tác tuyên truyền")
        );
        assert_eq!(
            plan.units.get("vhtt").unwrap().aliases,
            ["Phòng Văn hóa, Thông tin"]
        );
    }

    #[test]
    /// The bytes of a plan file, as `plan import` has always written them.
    fn the_layout_is_the_plans_layout() {
        let mut draft = sample();
        draft.recipients = vec!["UBND huyện".into(), "Lưu: VT".into()];
        draft.purpose = Some("- Một.\n- Hai.".into());
        draft.units[0].members = Some(Vec::new());
        draft.responsibilities = vec![DraftResponsibility {
            unit: "vhtt".into(),
            heading: Some("Phòng Văn hóa".into()),
            text: "Tuyên truyền.".into(),
        }];
        let want = r##"# Imported from kh.txt by `plan import`.
format = 1

[plan]
id = "kh-45"
title = "Kế hoạch “thử” năm 2022"
date = 2022-05-05
period = "Năm 2022"
basis = [
  "Nghị định số 1/2022/NĐ-CP",
]
purpose = """
- Một.
- Hai."""
recipients = [
  "UBND huyện",
  "Lưu: VT",
]
signer = { name = "Nguyễn Văn A", position = "Chủ tịch" }

[units.vhtt]
name = "Phòng Văn hóa và Thông tin"
aliases = ["Phòng Văn hóa, Thông tin"]
members = []

[[responsibility]]
unit = "vhtt"
heading = "Phòng Văn hóa"
text = "Tuyên truyền."

[[task]]
id = "1"
group = "1. Công tác tuyên truyền"
title = 'Tuyên truyền "sâu rộng"'
lead = ["vhtt"]
window = "Quý II/2022"
status = "todo"
"##;
        assert_eq!(to_toml(&draft, "kh.txt"), want);
    }
}
