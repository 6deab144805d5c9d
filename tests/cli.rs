//! End-to-end tests of the `plan` binary on the seed plan
//! (plans/trieu-son-2020-pcbldg.toml) and broken copies of it.

mod common;

use common::{SEED, Sandbox, seed_text, table_row};

/// The CSV header of `plan list --format csv`, after its byte-order mark.
const LIST_CSV_HEADER: &str =
    "\u{feff}plan,id,title,lead,partners,window,start,end,due,status,done,days_overdue\r\n";

/// The task ids `plan list` selects, read from its CSV output.
fn listed(sandbox: &Sandbox, args: &[&str]) -> Vec<String> {
    let out = sandbox
        .plan()
        .args(["list", "--format", "csv"])
        .args(args)
        .stdout_starts_with(LIST_CSV_HEADER)
        .run();
    out.stdout
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(1).unwrap().to_string())
        .collect()
}

/// The width of `line` on a terminal.
fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

// --- overdue, due soon, status --------------------------------------------

#[test]
fn overdue_on_1_july_2020_is_tasks_3_and_4() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--overdue", "--as-of", "2020-07-01"]),
        ["3", "4"]
    );
}

#[test]
fn overdue_on_30_june_2020_is_nothing_yet() {
    let s = Sandbox::new();
    assert!(listed(&s, &["--overdue", "--as-of", "30/06/2020"]).is_empty());
}

#[test]
fn overdue_on_1_november_2020_adds_august_september_and_october_tasks() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--overdue", "--as-of", "01/11/2020"]),
        ["3", "4", "6", "7", "8"]
    );
}

#[test]
fn overdue_on_1_january_2021_is_every_task() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--overdue", "--as-of", "2021-01-01"]),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
}

#[test]
fn plan_today_variable_sets_the_reference_day() {
    let s = Sandbox::new();
    // Without --as-of, the day is PLAN_TODAY's: 1 November 2020 makes the
    // August, September and October tasks overdue too.
    let out = s
        .plan()
        .env("PLAN_TODAY", "2020-11-01")
        .args(["list", "--overdue", "--format", "csv"])
        .stdout_starts_with(LIST_CSV_HEADER)
        .run();
    let ids: Vec<&str> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(ids, ["3", "4", "6", "7", "8"]);
    assert!(
        out.stdout.contains(",2020-06-30,todo,,124\r\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn due_within_lists_open_tasks_due_soon_but_not_overdue_ones() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--due-within", "14d", "--as-of", "2020-06-20"]),
        ["3", "4"]
    );
    assert_eq!(
        listed(&s, &["--due-within", "2w", "--as-of", "2020-08-20"]),
        ["6"]
    );
}

#[test]
fn a_done_milestone_moves_the_deadline_to_the_next_one() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"",
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"\nmilestones_done = [2020-06-29]",
        )],
    );
    assert_eq!(listed(&s, &["--overdue", "--as-of", "2020-07-01"]), ["3"]);
    assert_eq!(
        listed(
            &s,
            &[
                "--overdue",
                "--as-of",
                "2021-01-01",
                "--unit",
                "vhtt",
                "--role",
                "lead"
            ]
        )
        .len(),
        7
    );
    // Task 4 is now due at the end of its second milestone.
    let out = s
        .plan()
        .args([
            "list",
            "--format",
            "csv",
            "--as-of",
            "2021-01-01",
            "--overdue",
        ])
        .stdout_starts_with(LIST_CSV_HEADER)
        .run();
    let task4 = out.stdout.lines().find(|l| l.contains(",4,")).unwrap();
    assert!(task4.ends_with(",2020-12-31,todo,,1"), "{task4}");
}

#[test]
fn filters_combine_with_and() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6/2020\"\nstatus = \"todo\"",
            "window = \"Tháng 6/2020\"\nstatus = \"done\"\ndone = 2020-06-28",
        )],
    );
    assert_eq!(listed(&s, &["--status", "done"]), ["3"]);
    assert_eq!(listed(&s, &["--overdue", "--as-of", "2020-07-01"]), ["4"]);
    assert_eq!(
        listed(&s, &["--status", "todo,doing", "--unit", "ttvh"]),
        ["1", "2", "4", "5", "6", "7"]
    );
}

// --- units -----------------------------------------------------------------

#[test]
fn unit_by_id() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--unit", "ttvh"]),
        ["1", "2", "3", "4", "5", "6", "7"]
    );
    assert_eq!(listed(&s, &["--unit", "ttvh", "--role", "lead"]), ["5"]);
}

#[test]
fn unit_by_name_without_diacritics() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["-u", "phong lao dong", "--role", "lead"]),
        ["2"]
    );
    assert_eq!(
        listed(&s, &["-u", "PHONG VAN HOA", "--role", "lead"]),
        ["1", "2", "3", "4", "6", "7", "8"]
    );
}

#[test]
fn unit_by_the_other_tone_placement() {
    let s = Sandbox::new();
    // The plan writes "hóa"; the clerk types "hoá".
    assert_eq!(
        listed(&s, &["--unit", "Văn hoá", "--role", "lead"]),
        ["1", "2", "3", "4", "6", "7", "8"]
    );
}

#[test]
fn unit_by_alias_as_the_document_writes_it() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--unit", "Trung tâm VH,TT&DL", "--role", "lead"]),
        ["5"]
    );
}

#[test]
fn group_member_matches_the_groups_tasks() {
    let s = Sandbox::new();
    // Công an huyện leads task 2 and is a member of "các ngành, đoàn thể"
    // (partners of 1–7) and of the BCĐ (partner of 8); as a member of the
    // partner group it is also a partner of task 2, which it leads.
    assert_eq!(listed(&s, &["--unit", "công an", "--role", "lead"]), ["2"]);
    assert_eq!(
        listed(&s, &["--unit", "công an", "--role", "partner"]),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
}

#[test]
fn ambiguous_unit_is_an_error_listing_every_candidate() {
    Sandbox::new()
        .plan()
        .args(["list", "--unit", "phòng"])
        .status(1)
        .stderr(
            "error: unit \"phòng\" is ambiguous: vhtt (Phòng Văn hóa và Thông tin), \
             ldtbxh (Phòng Lao động – Thương binh và Xã hội), nganh (Các ngành, đoàn thể cấp huyện)\n",
        )
        .run();
}

#[test]
fn unknown_unit_is_an_error_naming_the_closest() {
    Sandbox::new()
        .plan()
        .args(["list", "--unit", "cong an xa"])
        .status(1)
        .stderr_starts_with("error: no unit matches \"cong an xa\"")
        .stderr_contains("cahuyen (Công an huyện)")
        .run();
}

#[test]
fn units_lists_tasks_as_lead_partner_and_through_groups() {
    let out = Sandbox::new()
        .plan()
        .args(["units", "--format", "json"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let units = doc["units"].as_array().unwrap();
    let ids: Vec<&str> = units.iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["vhtt", "ldtbxh", "cahuyen", "ttvh", "nganh", "bcd", "xa"]
    );
    let ttvh = &units[3];
    assert_eq!(ttvh["lead"], serde_json::json!(["5"]));
    assert_eq!(ttvh["partner"], serde_json::json!(["3"]));
    assert_eq!(
        ttvh["via_groups"],
        serde_json::json!(["1", "2", "4", "6", "7"])
    );
    assert_eq!(ttvh["member_of"], serde_json::json!(["nganh"]));
}

#[test]
fn units_table() {
    let out = Sandbox::new().plan().arg("units").stdout_any().run();
    // The seed: vhtt leads 7 tasks (all but 5), ttvh leads 5, partners 3
    // and takes part in 1, 2, 4, 6 and 7 through the "ngành" group.
    assert_eq!(table_row(&out.stdout, "ID")[..2], ["ID", "Unit"]);
    assert_eq!(
        table_row(&out.stdout, "vhtt")[1..3],
        ["Phòng Văn hóa và", "7: 1, 2, 3, 4, 6,"]
    );
    assert_eq!(
        table_row(&out.stdout, "ttvh")[1..],
        ["Trung tâm VHNTTTDL", "1: 5", "1: 3", "5: 1, 2, 4, 6, 7"]
    );
    for id in ["ldtbxh", "cahuyen", "nganh", "bcd", "xa"] {
        table_row(&out.stdout, id);
    }
    insta::assert_snapshot!(out.stdout);
}

// --- output formats ----------------------------------------------------------

#[test]
fn list_table_fits_the_width_and_shows_window_dates() {
    let out = Sandbox::new()
        .plan()
        .args(["list", "--overdue", "--as-of", "2020-07-01"])
        .stdout_any()
        .run();
    for line in out.stdout.lines() {
        assert!(width(line) <= 100, "too wide: {line}");
    }
    // Task 3's window, Tháng 6/2020, and its dates.
    let task3 = table_row(&out.stdout, "3");
    assert_eq!(task3[4], "Tháng 6/2020");
    assert!(
        out.stdout.contains("┆ 01/06/2020 – 30/06/2020 ┆"),
        "{}",
        out.stdout
    );
    assert_eq!(task3[6], "1 day");
    assert_eq!(table_row(&out.stdout, "4")[4], "Tháng 6, tháng 12/2020");
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn list_table_in_a_narrow_terminal() {
    let out = Sandbox::new()
        .plan()
        .env("COLUMNS", "60")
        .args(["list", "--overdue", "--as-of", "2020-07-01"])
        .stdout_starts_with("3. Phối hợp tổ chức các hoạt động truyền thông")
        .stdout_contains("\n\n4. Phối hợp thực hiện có hiệu quả")
        .stdout_contains("   window: Tháng 6/2020\n     01/06/2020 – 30/06/2020\n")
        .run();
    for line in out.stdout.lines() {
        assert!(width(line) <= 60, "too wide: {line}");
    }
    assert_eq!(
        out.stdout
            .matches("   status: todo, overdue 1 day\n")
            .count(),
        2
    );
}

#[test]
fn list_json_has_the_documented_schema() {
    let out = Sandbox::new()
        .plan()
        .args(["list", "--format", "json", "--as-of", "2020-07-01"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["as_of"], "2020-07-01");
    assert_eq!(doc["tasks"].as_array().unwrap().len(), 8);
    let task = &doc["tasks"][3];
    assert_eq!(
        *task,
        serde_json::json!({
            "plan": "trieu-son-2020-pcbldg",
            "id": "4",
            "title": "Phối hợp thực hiện có hiệu quả “Bộ chỉ số theo dõi và đánh giá việc thực hiện Chương trình hành động quốc gia về phòng, chống bạo lực gia đình; thu thập, thống kê, tổng hợp, báo cáo về phòng, chống bạo lực gia đình trên phạm vi toàn huyện.",
            "group": null,
            "lead": [{"id": "vhtt", "name": "Phòng Văn hóa và Thông tin"}],
            "partners": [
                {"id": "nganh", "name": "Các ngành, đoàn thể cấp huyện"},
                {"id": "xa", "name": "Ủy ban nhân dân các xã, thị trấn"}
            ],
            "window": {
                "text": "Tháng 6, tháng 12/2020",
                "start": "2020-06-01",
                "end": "2020-12-31",
                "milestones": [
                    {"start": "2020-06-01", "end": "2020-06-30", "done": null},
                    {"start": "2020-12-01", "end": "2020-12-31", "done": null}
                ]
            },
            "condition": null,
            "status": "todo",
            "done": null,
            "note": null,
            "state": "overdue",
            "overdue": true,
            "days_overdue": 1,
            "due": "2020-06-30",
            "file": format!("plans/{SEED}"),
            "line": task["line"].clone(),
        })
    );
    assert!(task["line"].as_u64().is_some(), "{}", task["line"]);
    assert_eq!(
        doc["tasks"][5]["condition"],
        "Sau khi có hướng dẫn của cấp trên"
    );
}

#[test]
fn list_csv_has_a_bom_and_one_row_per_task() {
    let out = Sandbox::new()
        .plan()
        .args([
            "list",
            "--format",
            "csv",
            "--as-of",
            "2020-07-01",
            "--overdue",
        ])
        .stdout_starts_with(LIST_CSV_HEADER)
        .run();
    // Overdue on 1 July 2020: tasks 3 and 4, one row each, one day late.
    let rows: Vec<&str> = out.stdout.split_terminator("\r\n").skip(1).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    assert!(rows[0].starts_with("trieu-son-2020-pcbldg,3,\"Phối hợp tổ chức"));
    assert!(rows[0].ends_with(",Tháng 6/2020,2020-06-01,2020-06-30,2020-06-30,todo,,1"));
    assert!(rows[1].starts_with("trieu-son-2020-pcbldg,4,\"Phối hợp thực hiện"));
    assert!(rows[1].ends_with(",2020-06-01,2020-12-31,2020-06-30,todo,,1"));
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "title = \"Phối hợp tổ chức các hoạt động truyền thông",
            "title = \"=HYPERLINK(\\\"http://x\\\")Phối hợp tổ chức các hoạt động truyền thông",
        )],
    );
    s.plan()
        .args(["list", "--format", "csv"])
        .stdout_starts_with(LIST_CSV_HEADER)
        .stdout_contains(",\"'=HYPERLINK(\"\"http://x\"\")Phối hợp")
        .stdout_lacks(",=HYPERLINK")
        .stdout_lacks(",\"=HYPERLINK")
        .run();
}

#[test]
fn control_characters_in_a_title_are_made_visible() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "title = \"Phối hợp tổ chức các hoạt động truyền thông",
            "title = \"\\u001b[2J\\u202ePhối hợp tổ chức các hoạt động truyền thông",
        )],
    );
    s.plan()
        .args(["show", "3"])
        .stdout_contains("\\u{1b}[2J\\u{202e}Phối hợp")
        .stdout_lacks("\u{1b}")
        .stdout_lacks("\u{202e}")
        .run();
    s.plan()
        .arg("list")
        .stdout_contains("\\u{1b}[2J")
        .stdout_lacks("\u{1b}")
        .stdout_lacks("\u{202e}")
        .run();
}

#[test]
fn show_prints_one_task_with_its_milestones() {
    let out = Sandbox::new()
        .plan()
        .args(["show", "4", "--as-of", "2020-07-01"])
        .stdout_starts_with("trieu-son-2020-pcbldg:4  plans/trieu-son-2020-pcbldg.toml:")
        // Task 4's window "Tháng 6, tháng 12/2020" is two milestones, the
        // first ended the day before 1 July.
        .stdout_contains("Window     Tháng 6, tháng 12/2020\n")
        .stdout_contains("           milestone 1: 01/06/2020 – 30/06/2020  open\n")
        .stdout_contains("           milestone 2: 01/12/2020 – 31/12/2020  open\n")
        .stdout_contains("State      overdue 1 day (as of 01/07/2020)\n")
        .run();
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn show_accepts_plan_colon_id_and_asks_for_it_when_several_plans_share_an_id() {
    let s = Sandbox::new();
    s.broken(
        "other.toml",
        &[("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"")],
    );
    s.plan()
        .args(["show", "4"])
        .status(1)
        .stderr(
            "error: task \"4\" is in several plans; name one: other:4, trieu-son-2020-pcbldg:4\n",
        )
        .run();
    s.plan()
        .args(["show", "other:4"])
        .stdout_starts_with("other:4  plans/other.toml:")
        .run();
}

#[test]
fn show_unknown_task_is_an_error() {
    Sandbox::new()
        .plan()
        .args(["show", "9"])
        .status(1)
        .stderr(
            "error: no task \"9\" in plan trieu-son-2020-pcbldg; its tasks are 1, 2, 3, 4, 5, 6, 7, 8\n",
        )
        .run();
}

// --- which plans are loaded ----------------------------------------------------

#[test]
fn file_flag_works_before_and_after_the_subcommand_and_from_plan_file() {
    let s = Sandbox::empty();
    let path = s.write("elsewhere/kh.toml", &seed_text());
    let path = path.to_str().unwrap();
    let csv = |test: common::Test| test.stdout_starts_with(LIST_CSV_HEADER).run().stdout;
    let a = csv(s.plan().args(["-f", path, "list", "--format", "csv"]));
    let b = csv(s.plan().args(["list", "--format", "csv", "-f", path]));
    let c = csv(s
        .plan()
        .env("PLAN_FILE", path)
        .args(["list", "--format", "csv"]));
    assert_eq!(a.lines().count(), 9);
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn a_folder_means_every_toml_below_it() {
    let s = Sandbox::empty();
    s.write(
        "x/a/one.toml",
        &seed_text().replace("id = \"trieu-son-2020-pcbldg\"", "id = \"one\""),
    );
    s.write(
        "x/b/c/two.toml",
        &seed_text().replace("id = \"trieu-son-2020-pcbldg\"", "id = \"two\""),
    );
    s.write("x/notes.txt", "not a plan");
    let out = s
        .plan()
        .args(["-f", "x", "list", "--format", "csv"])
        .stdout_starts_with(LIST_CSV_HEADER)
        .run();
    let plans: Vec<&str> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(plans.len(), 16);
    assert_eq!(plans.iter().filter(|p| **p == "one").count(), 8);
    assert_eq!(plans.iter().filter(|p| **p == "two").count(), 8);
}

#[test]
fn no_plans_folder_is_a_clear_error() {
    Sandbox::empty()
        .plan()
        .arg("list")
        .status(1)
        .stderr(
            "error: no plan files found in plans (no such folder; give plans with -f PATH or PLAN_FILE)\n",
        )
        .run();
}

#[test]
fn bom_and_crlf_plans_read_like_the_original() {
    let s = Sandbox::new();
    let json = || {
        s.plan()
            .args(["list", "--format", "json", "--as-of", "2020-07-01"])
            .stdout_starts_with("{")
            .run()
            .stdout
    };
    let plain = json();
    let crlf = format!("\u{feff}{}", seed_text().replace('\n', "\r\n"));
    s.write(&format!("plans/{SEED}"), &crlf);
    let other = json();
    assert_eq!(plain, other);
    let doc: serde_json::Value = serde_json::from_str(&other).unwrap();
    assert_eq!(doc["tasks"].as_array().unwrap().len(), 8);
}

#[test]
fn legacy_encoded_plan_is_refused_naming_file_and_encoding() {
    let s = Sandbox::empty();
    // A title saved in a legacy Vietnamese code page: bytes 0xE1 and 0xB9
    // on their own are not UTF-8.
    s.write_bytes(
        "plans/kh.toml",
        b"format = 1\n[plan]\nid = \"x\"\ntitle = \"K\xE1 ho\xB9ch\"\n",
    );
    s.plan()
        .arg("check")
        .status(1)
        .stderr_starts_with("plans/kh.toml:4:11: error: file is not UTF-8: byte 0xE1 on line 4")
        .stderr_contains("4 | title = \"K\\xE1 ho\\xB9ch\"\n  |           ^\n")
        .stderr_contains("Windows-1258")
        .run();
}

#[test]
fn utf16_plan_is_refused() {
    let s = Sandbox::empty();
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(seed_text().encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    s.write_bytes("plans/kh.toml", &bytes);
    s.plan()
        .arg("list")
        .status(1)
        .stderr_contains("plans/kh.toml: error: file is UTF-16")
        .run();
}

#[test]
fn read_commands_write_nothing_anywhere() {
    let s = Sandbox::new();
    let before = s.snapshot();
    for args in [
        &["list"][..],
        &["list", "--format", "json"],
        &["list", "--format", "csv", "--overdue"],
        &["show", "4"],
        &["units"],
    ] {
        s.plan().args(args).stdout_regex(r"\S").run();
    }
    s.plan().arg("check").stderr("ok: 1 plan, 8 tasks\n").run();
    assert_eq!(before, s.snapshot());
}

// --- check -------------------------------------------------------------------

#[test]
fn check_passes_on_every_plan_in_the_repository() {
    common::plan_in(common::root())
        .arg("check")
        .stderr("ok: 1 plan, 8 tasks\n")
        .run();
}

#[test]
fn check_reports_a_bad_status_with_position_expectation_and_hint() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"",
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"in progress\"",
        )],
    );
    s.plan()
        .arg("check")
        .status(1)
        .stderr(
            "plans/trieu-son-2020-pcbldg.toml:114:10: error: unknown status \"in progress\"\n    \
             |\n\
             114 | status = \"in progress\"\n    \
             |          ^^^^^^^^^^^^^\n    \
             = expected: todo, doing, done, cancelled\n    \
             = hint: did you mean \"doing\"?\n\
             error: 1 problem in 1 of 1 plan file\n",
        )
        .run();
}

/// The lines of `stderr` that open a problem.
fn heads(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("plans/")).collect()
}

#[test]
fn check_reports_every_problem_with_line_and_column() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[
            ("window = \"Tháng 9/2020\"", "window = \"Tháng 13/2020\""),
            ("lead = [\"ttvh\"]", "lead = [\"vhttt\"]"),
            ("id = \"8\"", "id = \"7\""),
            ("condition = \"Sau khi", "conditon = \"Sau khi"),
            (
                "window = \"Tháng 9 - 10/2020\"",
                "window = \"Tháng 10 - 9/2020\"",
            ),
            ("window = \"Tháng 8/2020\"", "window = \"30/2/2020\""),
            (
                "members = [\"vhtt\", \"ldtbxh\", \"cahuyen\"]",
                "members = [\"vhtt\", \"ldtbxh\", \"congan\"]",
            ),
        ],
    );
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_contains("= hint: did you mean `vhtt` (Phòng Văn hóa và Thông tin)?")
        .stderr_contains("= hint: did you mean `condition`?")
        .stderr_ends_with("error: 7 problems in 1 of 1 plan file\n")
        .run();
    assert_eq!(
        heads(&out.stderr),
        [
            "plans/trieu-son-2020-pcbldg.toml:60:30: error: unknown unit `congan` in `members`",
            "plans/trieu-son-2020-pcbldg.toml:119:9: error: unknown unit `vhttt` in `lead`",
            "plans/trieu-son-2020-pcbldg.toml:129:11: error: 30/2/2020 is not a date: February 2020 has 29 days",
            "plans/trieu-son-2020-pcbldg.toml:130:1: error: unknown field `conditon` in [[task]]",
            "plans/trieu-son-2020-pcbldg.toml:138:17: error: month 13 does not exist",
            "plans/trieu-son-2020-pcbldg.toml:142:6: error: duplicate task id \"7\"",
            "plans/trieu-son-2020-pcbldg.toml:146:11: error: range ends before it starts: 2020-10..2020-09",
        ]
    );
}

#[test]
fn check_reports_toml_syntax_errors_with_position() {
    let s = Sandbox::new();
    s.broken(SEED, &[("id = \"3\"", "id = \"3")]);
    s.plan()
        .arg("check")
        .status(1)
        .stderr_starts_with("plans/trieu-son-2020-pcbldg.toml:101:8: error: invalid TOML")
        .stderr_contains("\n101 | id = \"3\n")
        .stderr_ends_with("error: 1 problem in 1 of 1 plan file\n")
        .run();
}

#[test]
fn check_reports_missing_fields_wrong_types_and_done_dates_on_open_tasks() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[
            (
                "title = \"Phối hợp tổ chức các hoạt động truyền thông",
                "tittle = \"Phối hợp tổ chức các hoạt động truyền thông",
            ),
            (
                "partners = [\"bcd\"]",
                "partners = \"bcd\"\ndone = 2020-10-30",
            ),
            ("id = \"5\"", "id = 5"),
        ],
    );
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_contains("= hint: quote it: id = \"5\"")
        .run();
    assert_eq!(
        heads(&out.stderr),
        [
            "plans/trieu-son-2020-pcbldg.toml:100:1: error: missing field `title` in [[task]]",
            "plans/trieu-son-2020-pcbldg.toml:102:1: error: unknown field `tittle` in [[task]]",
            "plans/trieu-son-2020-pcbldg.toml:117:6: error: `id` must be a string, not an integer",
            "plans/trieu-son-2020-pcbldg.toml:146:8: error: `done` date on a task whose status is \"todo\"",
        ]
    );
}

#[test]
fn check_output_snapshot() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[
            ("window = \"Tháng 9/2020\"", "window = \"Tháng 9/20200\""),
            ("status = \"todo\"", "status = \"finished\""),
        ],
    );
    let out = s.plan().arg("check").status(1).stderr_any().run();
    // The seed's first status is task 1's, on line 90; task 7's window
    // "Tháng 9/2020" is on line 138.
    assert_eq!(
        heads(&out.stderr),
        [
            "plans/trieu-son-2020-pcbldg.toml:90:10: error: unknown status \"finished\"",
            "plans/trieu-son-2020-pcbldg.toml:138:19: error: year 20200 is out of range",
        ]
    );
    assert!(
        out.stderr
            .ends_with("error: 2 problems in 1 of 1 plan file\n")
    );
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn other_commands_refuse_a_broken_plan_and_show_its_problems() {
    let s = Sandbox::new();
    s.broken(SEED, &[("status = \"todo\"", "status = \"finished\"")]);
    s.plan()
        .arg("list")
        .status(1)
        .stderr_starts_with(
            "plans/trieu-son-2020-pcbldg.toml:90:10: error: unknown status \"finished\"",
        )
        .stderr_ends_with("error: 1 error in plan files; run `plan check` for details\n")
        .run();
}

// --- usage -------------------------------------------------------------------

#[test]
fn usage_errors_exit_2() {
    let s = Sandbox::new();
    for (args, says) in [
        (&["list", "--as-of", "31/02/2020"][..], "31/02/2020"),
        (&["list", "--due-within", "soon"], "soon"),
        (&["list", "--status", "started"], "started"),
        (&["list", "--role", "lead"], "--unit"),
        (&["frobnicate"], "frobnicate"),
    ] {
        s.plan()
            .args(args)
            .status(2)
            .stderr_starts_with("error: ")
            .stderr_contains(says)
            .stderr_ends_with("\n\nFor more information, try '--help'.\n")
            .run();
    }
}

// --- render --------------------------------------------------------------------

/// The windows a document's "Thời gian thực hiện" (time) lines give, in
/// order, in plain text or Markdown.
fn time_lines(document: &str) -> Vec<String> {
    document
        .lines()
        .filter_map(|l| {
            l.replace("**", "")
                .strip_prefix("- Thời gian thực hiện: ")
                .map(String::from)
        })
        .collect()
}

#[test]
fn render_writes_the_seed_back_as_its_document() {
    let out = Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .arg("render")
        .stdout_starts_with("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\n\nKẾ HOẠCH\n")
        .stdout_contains("\nII. NỘI DUNG\n")
        .run();
    // The eight tasks with the seed document's own windows.
    let seed_document =
        std::fs::read_to_string(common::root().join("tests/import/ke-hoach-trieu-son-2020.txt"))
            .unwrap();
    assert_eq!(time_lines(&out.stdout), time_lines(&seed_document));
    assert_eq!(time_lines(&out.stdout).len(), 8);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn render_markdown() {
    let out = Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["render", "--format", "md"])
        .stdout_starts_with("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\n\n# KẾ HOẠCH\n")
        .stdout_contains("\n## I. MỤC ĐÍCH, YÊU CẦU\n")
        .run();
    let seed_document =
        std::fs::read_to_string(common::root().join("tests/import/ke-hoach-trieu-son-2020.txt"))
            .unwrap();
    assert_eq!(time_lines(&out.stdout), time_lines(&seed_document));
    insta::assert_snapshot!(out.stdout);
}

/// Regression: a file with old Mac line endings gave two errors per line,
/// each showing the whole file.
#[test]
fn bare_carriage_returns_are_refused_once() {
    let s = Sandbox::empty();
    s.write("plans/kh.toml", &seed_text().replace('\n', "\r"));
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_starts_with("plans/kh.toml:1:")
        .stderr_contains("error: line ends with a bare carriage return (old Mac line endings)")
        .run();
    assert_eq!(out.stderr.matches(": error:").count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.lines().all(|l| l.chars().count() < 200),
        "{}",
        out.stderr
    );
}

// --- the harness itself ----------------------------------------------------------

#[test]
#[should_panic(expected = "built but never run")]
fn a_test_that_is_never_run_fails() {
    let _ = Sandbox::new().plan().arg("check");
}

#[test]
#[should_panic(expected = "stderr is not exactly \"\"")]
fn output_a_test_does_not_state_must_be_empty() {
    // `plan check` says "ok: …" on stderr, which this test does not expect.
    Sandbox::new().plan().arg("check").run();
}

#[test]
fn the_temp_placeholder_stands_for_the_sandbox() {
    let s = Sandbox::empty();
    let path = s.write("kh.toml", "format = 1\n");
    s.plan()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .status(1)
        .stderr_starts_with("[TEMP]/kh.toml:")
        .run();
}

#[test]
fn output_dash_is_standard_output() {
    let s = Sandbox::new();
    let out = s
        .plan()
        .args(["export", "--format", "csv", "-o", "-"])
        .stdout_any()
        .run();
    assert!(
        out.stdout.contains("trieu-son-2020-pcbldg,3,"),
        "{}",
        out.stdout
    );
    assert!(!s.path("-").exists(), "no file named -");
}

/// `plan check --format json`: every problem with its file, line, column,
/// severity, message, expected and hint on stdout, nothing on stderr, and
/// the exit code of the text form.
#[test]
fn check_as_json_lists_every_problem_with_its_place() {
    let s = Sandbox::empty();
    s.write(
        "kh.toml",
        &seed_text().replacen("status = \"todo\"", "status = \"finished\"", 1),
    );
    let out = s
        .plan()
        .args(["-f", "kh.toml", "check", "--format", "json"])
        .status(1)
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["errors"], 1);
    assert_eq!(doc["warnings"], 0);
    assert_eq!(doc["tasks"], 0);
    let problem = &doc["problems"][0];
    assert_eq!(problem["file"], "kh.toml");
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["message"], "unknown status \"finished\"");
    assert_eq!(problem["expected"], "todo, doing, done, cancelled");
    assert_eq!(problem["hint"], "did you mean \"done\"?");
    assert!(problem["line"].as_u64().unwrap() > 0 && problem["column"] == 10);
    s.write("kh.toml", &seed_text());
    let out = s
        .plan()
        .args(["-f", "kh.toml", "check", "--format", "json"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["tasks"], 8);
    assert_eq!(doc["problems"], serde_json::json!([]));
}

/// A machine output does not change with the language: the JSON problems
/// of `plan check` in Vietnamese are those of English.
#[test]
fn check_as_json_is_the_same_in_vietnamese() {
    let s = Sandbox::empty();
    s.write(
        "kh.toml",
        &seed_text().replacen("status = \"todo\"", "status = \"finished\"", 1),
    );
    let json = |lang: &str| {
        s.plan()
            .env("PLAN_LANG", lang)
            .args(["-f", "kh.toml", "check", "--format", "json"])
            .status(1)
            .stdout_any()
            .run()
            .stdout
    };
    let english = json("en");
    assert!(english.contains("unknown status"), "{english}");
    assert_eq!(json("vi"), english);
}

// --- usage lines ---------------------------------------------------------------

/// Every subcommand's usage line, as a usage error shows it, is its plain
/// usage: what it requires and `[OPTIONS]`, never an option taken from the
/// environment (`PLAN_TODAY`, `PLAN_FILE`) or typed as if it were required.
#[test]
fn usage_lines_show_what_is_required_and_nothing_from_the_environment() {
    let s = Sandbox::new();
    for (args, usage) in [
        (&["done"][..], "Usage: plan done [OPTIONS] <ID>\n"),
        (
            &["done", "--as-of", "2020-07-01"],
            "Usage: plan done [OPTIONS] <ID>\n",
        ),
        (&["reopen"], "Usage: plan reopen [OPTIONS] <ID>\n"),
        (&["show"], "Usage: plan show [OPTIONS] <ID>\n"),
        (
            &["set", "1"],
            "Usage: plan set [OPTIONS] <ID> <FIELD> <VALUE>\n",
        ),
        (
            &["unassign", "1"],
            "Usage: plan unassign [OPTIONS] <ID> <UNIT>...\n",
        ),
        (&["import"], "Usage: plan import [OPTIONS] <DOC>\n"),
        (
            &["unit", "add"],
            "Usage: plan unit add [OPTIONS] <ID> <NAME>\n",
        ),
        (
            &["unit", "alias", "x"],
            "Usage: plan unit alias [OPTIONS] <ID> <ALIASES>...\n",
        ),
        (
            &["export", "-o", "x"],
            "Usage: plan export [OPTIONS] --format <FORMAT>\n",
        ),
        (
            &["assign", "1"],
            "Usage: plan assign [OPTIONS] <--lead <UNIT>...|--partner <UNIT>...> <ID>\n",
        ),
    ] {
        for env in [None, Some(("PLAN_FILE", "plans"))] {
            let mut test = s.plan().args(args);
            if let Some((name, value)) = env {
                test = test.env(name, value);
            }
            test.status(2)
                .stderr_contains(format!("\n\n{usage}"))
                .stderr_lacks("PLAN_")
                .stderr_ends_with("\n\nFor more information, try '--help'.\n")
                .run();
        }
    }
}

#[test]
fn add_without_a_window_names_window_and_condition() {
    let s = Sandbox::new();
    let before = s.snapshot();
    s.plan()
        .args(["add", "--title", "Họp", "--lead", "vhttdl"])
        .status(2)
        .stderr_contains("--window <WINDOW>|--condition <TEXT>")
        .stderr_contains(
            "Usage: plan add [OPTIONS] --title <TITLE> --lead <UNIT>... <--window <WINDOW>|--condition <TEXT>>\n",
        )
        .stderr_lacks("--as-of")
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn role_without_unit_says_it_needs_unit() {
    let s = Sandbox::new();
    s.plan()
        .args(["list", "--role", "lead"])
        .status(2)
        .stderr(
            "error: --role needs --unit <UNIT>: the unit whose role it is\n\n\
             Usage: plan list [OPTIONS]\n\n\
             For more information, try '--help'.\n",
        )
        .run();
}

#[test]
fn plan_file_takes_several_paths_separated_as_path_does() {
    let s = Sandbox::empty();
    let a = s.write("a/kh.toml", &seed_text());
    let b = s.broken(
        "b.toml",
        &[("id = \"trieu-son-2020-pcbldg\"", "id = \"khac\"")],
    );
    let joined = std::env::join_paths([a, b]).unwrap();
    let out = s
        .plan()
        .env("PLAN_FILE", &joined)
        .args(["list", "--format", "csv"])
        .stdout_starts_with(LIST_CSV_HEADER)
        .run()
        .stdout;
    assert_eq!(out.lines().count(), 17, "{out}");
}
