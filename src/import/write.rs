//! A draft written out as a format-1 plan file, laid out like the plans in
//! plans/: header, units, responsibilities, then one block per task.

use std::fmt::Write;

use super::draft::Draft;

/// A TOML string for `text`, escaped as needed.
fn quote(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A long list, one item per line.
fn long_list(items: &[String]) -> String {
    let mut out = String::from("[\n");
    for item in items {
        let _ = writeln!(out, "  {},", quote(item));
    }
    out.push(']');
    out
}

/// The plan file for `draft`, with `source` named in its first comment.
pub fn to_toml(draft: &Draft, source: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Imported from {source} by `plan import`.");
    out.push_str("format = 1\n\n[plan]\n");
    let _ = writeln!(out, "id = {}", quote(&draft.id));
    let _ = writeln!(out, "title = {}", quote(&draft.title));
    let optional = [
        ("issuer", &draft.issuer),
        ("number", &draft.number),
        ("place", &draft.place),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            let _ = writeln!(out, "{key} = {}", quote(value));
        }
    }
    if let Some(date) = draft.date {
        let _ = writeln!(out, "date = {}", date.format("%Y-%m-%d"));
    }
    if let Some(period) = &draft.period {
        let _ = writeln!(out, "period = {}", quote(period));
    }
    if !draft.basis.is_empty() {
        let _ = writeln!(out, "basis = {}", long_list(&draft.basis));
    }
    for (key, value) in [
        ("purpose", &draft.purpose),
        ("requirements", &draft.requirements),
        ("closing", &draft.closing),
    ] {
        if let Some(value) = value {
            let _ = writeln!(out, "{key} = {}", quote(value));
        }
    }
    if !draft.recipients.is_empty() {
        let _ = writeln!(out, "recipients = {}", long_list(&draft.recipients));
    }
    if let Some(signer) = &draft.signer {
        let mut fields = vec![format!("name = {}", quote(&signer.name))];
        if let Some(position) = &signer.position {
            fields.push(format!("position = {}", quote(position)));
        }
        if let Some(on_behalf_of) = &signer.on_behalf_of {
            fields.push(format!("on_behalf_of = {}", quote(on_behalf_of)));
        }
        let _ = writeln!(out, "signer = {{ {} }}", fields.join(", "));
    }
    for unit in &draft.units {
        let _ = write!(out, "\n[units.{}]\nname = {}\n", unit.id, quote(&unit.name));
        if !unit.aliases.is_empty() {
            let _ = writeln!(out, "aliases = {}", list(&unit.aliases));
        }
        if let Some(members) = &unit.members {
            let _ = writeln!(out, "members = {}", list(members));
        }
    }
    for responsibility in &draft.responsibilities {
        let _ = write!(
            out,
            "\n[[responsibility]]\nunit = {}\n",
            quote(&responsibility.unit)
        );
        if let Some(heading) = &responsibility.heading {
            let _ = writeln!(out, "heading = {}", quote(heading));
        }
        let _ = writeln!(out, "text = {}", quote(&responsibility.text));
    }
    for task in &draft.tasks {
        let _ = write!(out, "\n[[task]]\nid = {}\n", quote(&task.id));
        if let Some(group) = &task.group {
            let _ = writeln!(out, "group = {}", quote(group));
        }
        let _ = writeln!(out, "title = {}", quote(&task.title));
        let _ = writeln!(out, "lead = {}", list(&task.lead));
        if !task.partners.is_empty() {
            let _ = writeln!(out, "partners = {}", list(&task.partners));
        }
        if let Some(window) = &task.window {
            let _ = writeln!(out, "window = {}", quote(window));
        }
        if let Some(condition) = &task.condition {
            let _ = writeln!(out, "condition = {}", quote(condition));
        }
        out.push_str("status = \"todo\"\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::draft::{DraftSigner, DraftTask, DraftUnit};

    #[test]
    fn a_draft_becomes_a_plan_that_reads_back() {
        let draft = Draft {
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
        };
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
}
