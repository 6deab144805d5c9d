//! End-to-end tests of the `plan` binary on the seed plan
//! (plans/trieu-son-2020-pcbldg.toml) and broken copies of it.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

const SEED: &str = "trieu-son-2020-pcbldg.toml";

fn seed_text() -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("plans")
            .join(SEED),
    )
    .unwrap()
}

/// A temporary folder holding `plans/` with a copy of the seed plan.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let sandbox = Sandbox::empty();
        sandbox.write(&format!("plans/{SEED}"), &seed_text());
        sandbox
    }

    fn empty() -> Self {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        self.write_bytes(relative, text.as_bytes())
    }

    fn write_bytes(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// The seed plan with `from` replaced by `to` (which must occur), as
    /// plans/<name>.
    fn broken(&self, name: &str, edits: &[(&str, &str)]) -> PathBuf {
        let mut text = seed_text();
        for (from, to) in edits {
            assert!(text.contains(from), "seed lacks {from:?}");
            text = text.replacen(from, to, 1);
        }
        self.write(&format!("plans/{name}"), &text)
    }

    /// `plan` run in the sandbox with a clean environment.
    fn plan(&self) -> Command {
        let mut cmd = Command::cargo_bin("plan").unwrap();
        cmd.current_dir(self.dir.path())
            .env_remove("PLAN_FILE")
            // A fixed today: the seed's dates are all in 2020.
            .env("PLAN_TODAY", "2020-07-01")
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1");
        cmd
    }

    /// Every file below the sandbox with its bytes.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            let mut entries: Vec<_> = fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    let bytes = fs::read(&path).unwrap();
                    out.push((path, bytes));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(mut cmd: Command, args: &[&str]) -> Output {
    let output = cmd.args(args).output().unwrap();
    Output {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// The task ids `plan list` selects, read from its CSV output.
fn listed(sandbox: &Sandbox, args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "csv"];
    all.extend_from_slice(args);
    let out = run(sandbox.plan(), &all);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    out.stdout
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(1).unwrap().to_string())
        .collect()
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
    let mut cmd = s.plan();
    cmd.env("PLAN_TODAY", "2020-07-01");
    let out = run(cmd, &["list", "--overdue", "--format", "csv"]);
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
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
        listed(&s, &["--status", "todo,doing", "--unit", "ttvh"]).len(),
        6
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
    let s = Sandbox::new();
    let out = run(s.plan(), &["list", "--unit", "phòng"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: unit \"phòng\" is ambiguous: vhtt (Phòng Văn hóa và Thông tin), \
         ldtbxh (Phòng Lao động – Thương binh và Xã hội), nganh (Các ngành, đoàn thể cấp huyện)\n"
    );
}

#[test]
fn unknown_unit_is_an_error_naming_the_closest() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["list", "--unit", "cong an xa"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("no unit matches \"cong an xa\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("cahuyen (Công an huyện)"),
        "{}",
        out.stderr
    );
}

#[test]
fn units_lists_tasks_as_lead_partner_and_through_groups() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["units", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
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
    let s = Sandbox::new();
    let out = run(s.plan(), &["units"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

// --- output formats ----------------------------------------------------------

#[test]
fn list_table_fits_the_width_and_shows_window_dates() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["list", "--overdue", "--as-of", "2020-07-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for line in out.stdout.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 100,
            "too wide: {line}"
        );
    }
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn list_table_in_a_narrow_terminal() {
    let s = Sandbox::new();
    let mut cmd = s.plan();
    cmd.env("COLUMNS", "60");
    let out = run(cmd, &["list", "--overdue", "--as-of", "2020-07-01"]);
    for line in out.stdout.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 60,
            "too wide: {line}"
        );
    }
}

#[test]
fn list_json_has_the_documented_schema() {
    let s = Sandbox::new();
    let out = run(
        s.plan(),
        &["list", "--format", "json", "--as-of", "2020-07-01"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["as_of"], "2020-07-01");
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
    assert_eq!(
        doc["tasks"][5]["condition"],
        "Sau khi có hướng dẫn của cấp trên"
    );
}

#[test]
fn list_csv_has_a_bom_and_one_row_per_task() {
    let s = Sandbox::new();
    let out = run(
        s.plan(),
        &[
            "list",
            "--format",
            "csv",
            "--as-of",
            "2020-07-01",
            "--overdue",
        ],
    );
    assert!(out.stdout.starts_with('\u{feff}'));
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
    let out = run(s.plan(), &["list", "--format", "csv"]);
    assert!(
        out.stdout
            .contains(",\"'=HYPERLINK(\"\"http://x\"\")Phối hợp"),
        "{}",
        out.stdout
    );
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
    let out = run(s.plan(), &["show", "3"]);
    assert!(!out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{202e}'));
    assert!(
        out.stdout.contains("\\u{1b}[2J\\u{202e}Phối hợp"),
        "{}",
        out.stdout
    );
    let out = run(s.plan(), &["list"]);
    assert!(!out.stdout.contains('\u{1b}'));
}

#[test]
fn show_prints_one_task_with_its_milestones() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["show", "4", "--as-of", "2020-07-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn show_accepts_plan_colon_id_and_asks_for_it_when_several_plans_share_an_id() {
    let s = Sandbox::new();
    s.broken(
        "other.toml",
        &[("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"")],
    );
    let out = run(s.plan(), &["show", "4"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "error: task \"4\" is in several plans; name one: other:4, trieu-son-2020-pcbldg:4\n"
    );
    let out = run(s.plan(), &["show", "other:4"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("other:4  plans/other.toml:"),
        "{}",
        out.stdout
    );
}

#[test]
fn show_unknown_task_is_an_error() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["show", "9"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "error: no task \"9\" in plan trieu-son-2020-pcbldg; its tasks are 1, 2, 3, 4, 5, 6, 7, 8\n"
    );
}

// --- which plans are loaded ----------------------------------------------------

#[test]
fn file_flag_works_before_and_after_the_subcommand_and_from_plan_file() {
    let s = Sandbox::empty();
    let path = s.write("elsewhere/kh.toml", &seed_text());
    let path = path.to_str().unwrap();
    let a = run(s.plan(), &["-f", path, "list", "--format", "csv"]);
    let b = run(s.plan(), &["list", "--format", "csv", "-f", path]);
    let mut cmd = s.plan();
    cmd.env("PLAN_FILE", path);
    let c = run(cmd, &["list", "--format", "csv"]);
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(a.stdout.lines().count(), 9);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
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
    let out = run(s.plan(), &["-f", "x", "list", "--format", "csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 17);
}

#[test]
fn no_plans_folder_is_a_clear_error() {
    let s = Sandbox::empty();
    let out = run(s.plan(), &["list"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "error: no plan files found in plans (no such folder; give plans with -f PATH or PLAN_FILE)\n"
    );
}

#[test]
fn bom_and_crlf_plans_read_like_the_original() {
    let s = Sandbox::new();
    let plain = run(
        s.plan(),
        &["list", "--format", "json", "--as-of", "2020-07-01"],
    );
    let crlf = format!("\u{feff}{}", seed_text().replace('\n', "\r\n"));
    s.write(&format!("plans/{SEED}"), &crlf);
    let other = run(
        s.plan(),
        &["list", "--format", "json", "--as-of", "2020-07-01"],
    );
    assert_eq!(other.code, 0, "{}", other.stderr);
    assert_eq!(plain.stdout, other.stdout);
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
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("plans/kh.toml:4:11: error: file is not UTF-8: byte 0xE1 on line 4"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("4 | title = \"K\\xE1 ho\\xB9ch\"\n  |           ^\n"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("Windows-1258"), "{}", out.stderr);
}

#[test]
fn utf16_plan_is_refused() {
    let s = Sandbox::empty();
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(seed_text().encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    s.write_bytes("plans/kh.toml", &bytes);
    let out = run(s.plan(), &["list"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("plans/kh.toml: error: file is UTF-16"),
        "{}",
        out.stderr
    );
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
        &["check"],
    ] {
        let out = run(s.plan(), args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    assert_eq!(before, s.snapshot());
}

// --- check -------------------------------------------------------------------

#[test]
fn check_passes_on_every_plan_in_the_repository() {
    let mut cmd = Command::cargo_bin("plan").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PLAN_FILE");
    let out = run(cmd, &["check"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "ok: 1 plan, 8 tasks\n");
}

#[test]
fn check_reports_a_bad_status_with_position_expectation_and_hint() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"",
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"đang làm\"",
        )],
    );
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "plans/trieu-son-2020-pcbldg.toml:114:10: error: unknown status \"đang làm\"\n    \
         |\n\
         114 | status = \"đang làm\"\n    \
         |          ^^^^^^^^^^\n    \
         = expected: todo, doing, done, cancelled\n    \
         = hint: did you mean \"doing\"?\n\
         error: 1 problem in 1 of 1 plan file\n"
    );
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
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    let heads: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("plans/"))
        .collect();
    assert_eq!(
        heads,
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
    assert!(
        out.stderr
            .contains("= hint: did you mean `vhtt` (Phòng Văn hóa và Thông tin)?"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("= hint: did you mean `condition`?"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .ends_with("error: 7 problems in 1 of 1 plan file\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_reports_toml_syntax_errors_with_position() {
    let s = Sandbox::new();
    s.broken(SEED, &[("id = \"3\"", "id = \"3")]);
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("plans/trieu-son-2020-pcbldg.toml:101:8: error: invalid TOML"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("error: invalid TOML"), "{}", out.stderr);
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
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    let heads: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("plans/"))
        .collect();
    assert_eq!(
        heads,
        [
            "plans/trieu-son-2020-pcbldg.toml:100:1: error: missing field `title` in [[task]]",
            "plans/trieu-son-2020-pcbldg.toml:102:1: error: unknown field `tittle` in [[task]]",
            "plans/trieu-son-2020-pcbldg.toml:117:6: error: `id` must be a string, not an integer",
            "plans/trieu-son-2020-pcbldg.toml:146:8: error: `done` date on a task whose status is \"todo\"",
        ]
    );
    assert!(
        out.stderr.contains("= hint: quote it: id = \"5\""),
        "{}",
        out.stderr
    );
}

#[test]
fn check_output_snapshot() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[
            ("window = \"Tháng 9/2020\"", "window = \"Tháng 9/20200\""),
            ("status = \"todo\"", "status = \"xong\""),
        ],
    );
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn other_commands_refuse_a_broken_plan_and_show_its_problems() {
    let s = Sandbox::new();
    s.broken(SEED, &[("status = \"todo\"", "status = \"xong\"")]);
    let out = run(s.plan(), &["list"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("unknown status \"xong\""));
    assert!(
        out.stderr
            .ends_with("error: 1 error in plan files; run `plan check` for details\n"),
        "{}",
        out.stderr
    );
}

// --- usage -------------------------------------------------------------------

#[test]
fn usage_errors_exit_2() {
    let s = Sandbox::new();
    for args in [
        &["list", "--as-of", "31/02/2020"][..],
        &["list", "--due-within", "soon"],
        &["list", "--status", "started"],
        &["list", "--role", "lead"],
        &["frobnicate"],
    ] {
        let out = run(s.plan(), args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
    }
}

// --- render --------------------------------------------------------------------

#[test]
fn render_writes_the_seed_back_as_its_document() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["render"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn render_markdown() {
    let s = Sandbox::new();
    let out = run(s.plan(), &["render", "--format", "md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\n\n# KẾ HOẠCH\n")
    );
    insta::assert_snapshot!(out.stdout);
}

/// Regression: a file with old Mac line endings gave two errors per line,
/// each showing the whole file.
#[test]
fn bare_carriage_returns_are_refused_once() {
    let s = Sandbox::empty();
    s.write("plans/kh.toml", &seed_text().replace('\n', "\r"));
    let out = run(s.plan(), &["check"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.starts_with("plans/kh.toml:1:"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error: line ends with a bare carriage return (old Mac line endings)")
    );
    assert_eq!(out.stderr.matches(": error:").count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.lines().all(|l| l.chars().count() < 200),
        "{}",
        out.stderr
    );
}
