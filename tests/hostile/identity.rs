//! Identity: task ids from a documented safe set, near-duplicates named, ICS UIDs that never collide.

use std::collections::BTreeMap;

use crate::common::Sandbox;

/// A minimal plan with id `plan` and tasks of these ids.
fn plan_text(plan: &str, tasks: &[&str]) -> String {
    let mut text = format!(
        "format = 1\n\n[plan]\nid = \"{plan}\"\ntitle = \"Kế hoạch {plan}\"\n\n[units.vhtt]\nname = \"Phòng Văn hóa và Thông tin\"\n"
    );
    for id in tasks {
        text.push_str(&format!(
            "\n[[task]]\nid = \"{id}\"\ntitle = \"Việc {id}\"\nlead = [\"vhtt\"]\nwindow = \"Tháng 6/2020\"\n"
        ));
    }
    text
}

/// The UID of every event of `plan export --format ics` in `s`, with the
/// summary of its event.
fn uids(s: &Sandbox) -> BTreeMap<String, Vec<String>> {
    let out = s
        .plan()
        .args(["export", "--format", "ics"])
        .stdout_any()
        .run();
    let unfolded = out.stdout.replace("\r\n ", "");
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut uid = String::new();
    for line in unfolded.split("\r\n") {
        if let Some(value) = line.strip_prefix("UID:") {
            uid = value.to_string();
        }
        if let Some(summary) = line.strip_prefix("SUMMARY:") {
            found
                .entry(uid.clone())
                .or_default()
                .push(summary.to_string());
        }
    }
    found
}

#[test]
fn ics_uids_of_tasks_in_plans_whose_ids_run_together_differ() {
    let s = Sandbox::empty();
    s.write("plans/a.toml", &plan_text("f0", &["X-1"]));
    s.write("plans/b.toml", &plan_text("f0-X", &["1"]));
    let found = uids(&s);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.values().all(|summaries| summaries.len() == 1),
        "{found:?}"
    );
}

#[test]
fn ics_uids_are_the_same_from_run_to_run_and_plain_ids_keep_their_form() {
    let s = Sandbox::new();
    let first = uids(&s);
    assert_eq!(first, uids(&s));
    assert!(
        first.contains_key("trieu-son-2020-pcbldg-4-1@plan"),
        "{first:?}"
    );
    assert!(
        first.contains_key("trieu-son-2020-pcbldg-4-2@plan"),
        "{first:?}"
    );
}

#[test]
fn ics_uids_escape_separators_and_text_outside_ascii() {
    let s = Sandbox::empty();
    s.write(
        "plans/a.toml",
        &plan_text("kh@1%ủy", &["1-2", "1_2", "đ.1"]),
    );
    let found = uids(&s);
    let keys: Vec<&str> = found.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "kh%401%25%E1%BB%A7y-%C4%91.1-1@plan",
            "kh%401%25%E1%BB%A7y-1%2D2-1@plan",
            "kh%401%25%E1%BB%A7y-1%5F2-1@plan",
        ]
    );
}
