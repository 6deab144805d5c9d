//! Identity: task ids from a documented safe set, near-duplicates named, ICS UIDs that never collide.

use std::collections::BTreeMap;

use crate::common::{self, Sandbox};

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

/// `plan check` of a plan whose tasks have these ids (TOML escapes allowed).
fn check(tasks: &[&str]) -> crate::common::Output {
    let s = Sandbox::empty();
    s.write("plans/kh.toml", &plan_text("kh", tasks));
    s.plan().arg("check").status(1).stderr_any().run()
}

/// The line of the `id = …` of the `n`th task (from 1) in `plan_text`.
fn id_line(n: usize) -> usize {
    11 + (n - 1) * 6
}

#[test]
fn a_full_width_id_beside_its_ascii_form_is_refused_naming_both_places() {
    let out = check(&["T7", "Ｔ７"]);
    let at = format!("plans/kh.toml:{}:6: error: ", id_line(2));
    assert!(
        out.stderr.contains(&format!(
            "{at}task id \"Ｔ７\" looks the same as task \"T7\" at plans/kh.toml:{}",
            id_line(1) - 1
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "{at}task id \"Ｔ７\" holds U+FF34 \"Ｔ\"; ids are ASCII or Vietnamese letters, digits, \".\", \"-\" and \"_\" (did you mean \"T7\"?)"
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn ids_that_differ_only_in_case_are_near_duplicates() {
    let out = check(&["T7", "4", "t7"]);
    assert!(
        out.stderr.contains(&format!(
            "plans/kh.toml:{}:6: error: task id \"t7\" looks the same as task \"T7\" at plans/kh.toml:{}",
            id_line(3),
            id_line(1) - 1
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .ends_with("error: 1 problem in 1 of 1 plan file\n")
    );
}

#[test]
fn the_nfc_and_nfd_forms_of_one_id_are_one_id() {
    let out = check(&["ắ.1", "a\\u0306\\u0301.1"]);
    assert!(
        out.stderr.contains(
            "error: task id \"a\u{306}\u{301}.1\" is decomposed (letters followed by combining marks); write it composed (NFC): \"ắ.1\""
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("looks the same as task \"ắ.1\""),
        "{}",
        out.stderr
    );
}

#[test]
fn ids_holding_invisible_characters_are_refused() {
    for (escape, code) in [
        ("\\u200b", "200B"),
        ("\\ufeff", "FEFF"),
        ("\\u2060", "2060"),
    ] {
        let id = format!("T{escape}8");
        let out = check(&["T7", &id]);
        assert!(
            out.stderr.contains(&format!(
                "holds U+{code} \"\\u{{{}}}\"; ids are ASCII or Vietnamese letters",
                code.to_lowercase()
            )),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr.contains("(did you mean \"T8\"?)"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn an_id_with_a_cyrillic_letter_is_refused() {
    let out = check(&["Т7"]);
    assert!(
        out.stderr.contains(
            "error: task id \"Т7\" holds U+0422 \"Т\"; ids are ASCII or Vietnamese letters, digits, \".\", \"-\" and \"_\" (did you mean \"T7\"?)"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn vietnamese_letters_make_ids() {
    let s = Sandbox::empty();
    s.write(
        "plans/kh.toml",
        &plan_text("kh", &["đ", "ư.1", "Ắ-2", "nhiệm_vụ"]),
    );
    s.plan().arg("check").stderr("ok: 1 plan, 4 tasks\n").run();
}

/// `plan add --id ID` on the seed plan: refused on one line with `message`,
/// the plan unchanged.
#[track_caller]
fn add_refused(id: &str, message: &str) {
    let s = Sandbox::new();
    let before = s.snapshot();
    let out = s
        .plan()
        .args([
            "add",
            "--title",
            "Việc mới",
            "--lead",
            "vhtt",
            "--window",
            "2020",
            "--id",
            id,
        ])
        .status(1)
        .stderr_contains(message)
        .run();
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert_eq!(s.snapshot(), before);
}

#[test]
fn add_applies_the_same_rule_to_its_id() {
    add_refused("Т9", "task id \"Т9\" holds U+0422 \"Т\"");
    add_refused("９", "(did you mean \"9\"?)");
    add_refused("9\u{200b}", "holds U+200B \"\\u{200b}\"");
    let nfd = "a\u{306}\u{301}";
    add_refused(nfd, "write it composed (NFC): \"ắ\"");
    add_refused("８", "task id \"８\" holds U+FF18");
}

#[test]
fn add_refuses_an_id_that_looks_like_a_task_of_the_plan_naming_its_place() {
    add_refused(
        "l",
        "error: task id \"l\" looks the same as task \"1\" at plans/trieu-son-2020-pcbldg.toml:84;",
    );
    let s = Sandbox::new();
    s.write(
        "plans/trieu-son-2020-pcbldg.toml",
        &common::seed_text().replacen("id = \"8\"", "id = \"T7\"", 1),
    );
    let out = s
        .plan()
        .args([
            "add",
            "--title",
            "Việc mới",
            "--lead",
            "vhtt",
            "--window",
            "2020",
            "--id",
            "t7",
        ])
        .status(1)
        .stderr_contains(
            "task id \"t7\" looks the same as task \"T7\" at plans/trieu-son-2020-pcbldg.toml:141",
        )
        .run();
    assert_eq!(out.stderr.lines().count(), 1);
}

#[test]
fn ids_that_look_alike_in_a_mix_of_cases_are_near_duplicates() {
    // `I`, `l` and `1` cannot be told apart whatever the case of each.
    let out = check(&["Il1", "lI1"]);
    assert!(
        out.stderr.contains(&format!(
            "plans/kh.toml:{}:6: error: task id \"lI1\" looks the same as task \"Il1\" at plans/kh.toml:{}",
            id_line(2),
            id_line(1) - 1
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn an_edit_with_two_files_of_one_plan_id_names_both_files() {
    // A backup copy left in plans/: PLAN:ID cannot tell the two apart.
    let s = crate::common::Sandbox::new();
    s.write(
        &format!("plans/copy-{}", crate::common::SEED),
        &crate::common::seed_text(),
    );
    let before = s.snapshot();
    for task in ["3", "trieu-son-2020-pcbldg:3"] {
        s.plan()
            .args(["done", task])
            .status(1)
            .stderr(format!(
                "error: plan id \"trieu-son-2020-pcbldg\" is the id of plans/copy-{seed} and of \
                 plans/{seed}; give each plan its own id, or move a copy out of the plans folder; \
                 nothing was written\n",
                seed = crate::common::SEED
            ))
            .run();
    }
    assert_eq!(s.snapshot(), before);
}
