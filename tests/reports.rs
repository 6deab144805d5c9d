//! Each unit's own report on a task: `plan done ID --unit U` writes one
//! line per unit in the task's block, `reopen --unit` takes it back, and
//! the outputs count the members of the task's groups who reported.

mod common;

use common::Sandbox;

/// A district plan whose task 1 is given to the communes as partners.
const PLAN: &str = r#"format = 1

[plan]
id = "ts"
title = "Kế hoạch thử"
period = "Năm 2020"

[units.vh]
name = "Phòng Văn hóa và Thông tin"

[units.dl]
name = "Xã Dân Lực"

[units.hl]
name = "Xã Hợp Lý"

[units.tt]
name = "Thị trấn Triệu Sơn"

[units.xa]
name = "UBND các xã, thị trấn"
members = ["dl", "hl", "tt"]

[[task]]
id = "1"
title = "Tuyên truyền"
lead = ["vh"]
partners = ["xa"]
window = "Tháng 6/2020"
status = "todo"

[[task]]
id = "2"
title = "Kiểm tra"
lead = ["vh"]
window = "Tháng 9/2020"
"#;

fn sandbox() -> Sandbox {
    let s = Sandbox::empty();
    s.write("plans/ts.toml", PLAN);
    s
}

#[test]
fn a_unit_report_is_a_line_of_its_own_and_another_unit_adds_its_own_after_it() {
    let s = sandbox();
    s.plan()
        .args(["done", "1", "--unit", "Dân Lực", "--on", "28/06/2020"])
        .args(["--note", "Đã gửi"])
        .stderr("plans/ts.toml: task 1: Xã Dân Lực reported on 28/06/2020 (reported 1/3)\n")
        .run();
    let once = s.read("plans/ts.toml");
    assert_eq!(
        once,
        PLAN.replace(
            "status = \"todo\"\n",
            "status = \"todo\"\nreports.dl = { on = 2020-06-28, note = \"Đã gửi\" }\n"
        )
    );
    s.plan()
        .args(["done", "1", "-u", "tt", "--on", "29/06/2020"])
        .stderr("plans/ts.toml: task 1: Thị trấn Triệu Sơn reported on 29/06/2020 (reported 2/3)\n")
        .run();
    assert_eq!(
        s.read("plans/ts.toml"),
        once.replace(
            "note = \"Đã gửi\" }\n",
            "note = \"Đã gửi\" }\nreports.tt = { on = 2020-06-29 }\n"
        )
    );
    // The task stays the lead's: still open.
    s.plan()
        .args(["show", "1", "--format", "json"])
        .stdout_contains("\"status\": \"todo\"")
        .run();
    // The same report again changes nothing.
    s.plan()
        .args(["done", "1", "-u", "tt", "--on", "29/06/2020"])
        .stderr("plans/ts.toml: task 1: Thị trấn Triệu Sơn reported on 29/06/2020 already; nothing changed\n")
        .run();
    s.plan()
        .args(["-f", "plans/ts.toml", "check"])
        .stderr("ok: 1 plan, 2 tasks\n")
        .run();
}

#[test]
fn reopen_with_a_unit_takes_back_that_unit_line_only() {
    let s = sandbox();
    s.plan()
        .args(["done", "1", "-u", "dl", "--on", "28/06/2020"])
        .stderr_any()
        .run();
    let one = s.read("plans/ts.toml");
    s.plan()
        .args(["done", "1", "-u", "hl", "--on", "29/06/2020"])
        .stderr_any()
        .run();
    s.plan()
        .args(["reopen", "1", "-u", "hl"])
        .stderr("plans/ts.toml: task 1: Xã Hợp Lý's report taken back (reported 1/3)\n")
        .run();
    assert_eq!(s.read("plans/ts.toml"), one);
    s.plan()
        .args(["reopen", "1", "-u", "hl"])
        .stderr("plans/ts.toml: task 1: Xã Hợp Lý has not reported; nothing changed\n")
        .run();
    s.plan()
        .args(["reopen", "1", "-u", "dl"])
        .stderr_any()
        .run();
    assert_eq!(s.read("plans/ts.toml"), PLAN);
}

#[test]
fn a_unit_that_does_not_report_on_the_task_is_refused_with_those_that_do() {
    let s = sandbox();
    let before = s.snapshot();
    s.plan()
        .args(["done", "2", "--unit", "dl"])
        .status(1)
        .stderr(
            "error: unit `dl` (Xã Dân Lực) does not report on task 2; the units that do are vh\n",
        )
        .run();
    s.plan()
        .args(["done", "1", "--unit", "xa"])
        .status(1)
        .stderr_contains("the units that do are dl, hl, tt, vh")
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn unit_members_sets_a_group_and_keeps_the_list_layout() {
    let s = sandbox();
    s.plan()
        .args(["unit", "members", "xa", "dl", "Triệu Sơn", "Hợp Lý"])
        .stderr("plans/ts.toml: unit xa has these members already; nothing changed\n")
        .run();
    s.plan()
        .args(["unit", "members", "xa", "hl", "tt"])
        .stderr("plans/ts.toml: unit xa: 2 members\n")
        .run();
    assert_eq!(
        s.read("plans/ts.toml"),
        PLAN.replace("[\"dl\", \"hl\", \"tt\"]", "[\"hl\", \"tt\"]")
    );
    s.plan()
        .args(["unit", "members", "xa", "xa"])
        .status(1)
        .stderr("error: unit `xa` cannot be a member of itself\n")
        .run();
    // A unit that was no group becomes one.
    s.plan()
        .args(["unit", "members", "vh", "dl"])
        .stderr("plans/ts.toml: unit vh: 1 member\n")
        .run();
    assert!(
        s.read("plans/ts.toml")
            .contains("name = \"Phòng Văn hóa và Thông tin\"\nmembers = [\"dl\"]\n")
    );
}

#[test]
fn list_show_and_json_count_the_members_who_reported_and_name_the_others() {
    let s = sandbox();
    s.plan()
        .args([
            "done",
            "1",
            "-u",
            "dl",
            "--on",
            "28/06/2020",
            "--note",
            "Đã gửi",
        ])
        .stderr_any()
        .run();
    s.plan()
        .args(["list", "--as-of", "30/06/2020"])
        .stdout_contains("reported 1/3")
        .run();
    s.plan()
        .args(["show", "1", "--as-of", "30/06/2020"])
        .stdout_contains(
            "Reports    reported 1/3\n           Xã Dân Lực (dl): 28/06/2020 (Đã gửi)\n           \
             not reported: Xã Hợp Lý; Thị trấn Triệu Sơn\n",
        )
        .run();
    // Read as of a day before the report, nobody had reported.
    s.plan()
        .args(["show", "1", "--as-of", "27/06/2020"])
        .stdout_contains("reported 0/3")
        .stdout_lacks("Xã Dân Lực (dl)")
        .run();
    let out = s
        .plan()
        .args(["show", "1", "--format", "json", "--as-of", "30/06/2020"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let task = &doc["task"];
    assert_eq!(task["reporting"]["reported"], 1);
    assert_eq!(task["reporting"]["of"], 3);
    assert_eq!(task["reporting"]["missing"][0]["id"], "hl");
    assert_eq!(task["reports"][0]["unit"], "dl");
    assert_eq!(task["reports"][0]["on"], "2020-06-28");
    assert_eq!(task["reports"][0]["note"], "Đã gửi");
    // Task 2 has no group: no counts.
    s.plan()
        .args(["show", "2", "--format", "json"])
        .stdout_lacks("reporting")
        .run();
}

#[test]
fn a_plan_that_records_no_unit_report_shows_no_counts() {
    let s = sandbox();
    s.plan().args(["list"]).stdout_lacks("reported").run();
    s.plan()
        .args(["report", "--format", "json"])
        .stdout_lacks("reporting")
        .run();
}

#[test]
fn the_report_lists_who_has_not_reported_and_a_member_row_counts_its_own_report() {
    let s = sandbox();
    s.plan()
        .args(["done", "1", "-u", "dl", "--on", "28/06/2020"])
        .stderr_any()
        .run();
    s.plan()
        .args(["report", "--as-of", "30/06/2020", "--role", "any"])
        .stdout_contains("Units' own reports:\n- 1. Tuyên truyền — reported 1/3; not reported: Xã Hợp Lý; Thị trấn Triệu Sơn\n")
        .run();
    let out = s
        .plan()
        .args(["report", "--as-of", "30/06/2020", "--role", "partner"])
        .args(["--format", "json"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let row = |unit: &str| {
        doc["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["unit"] == unit)
            .unwrap()["counts"]
            .clone()
    };
    assert_eq!(row("dl")["done_on_time"], 1);
    assert_eq!(row("hl")["done_on_time"], 0);
    assert_eq!(row("hl")["due_soon"], 1);
    assert_eq!(doc["reporting"][0]["missing"][1], "Thị trấn Triệu Sơn");
    s.plan()
        .args(["report", "--as-of", "30/06/2020", "--format", "html"])
        .stdout_contains("<ul class=\"reporting\">")
        .run();
}

#[test]
fn check_places_a_bad_report_entry_at_its_line_and_column() {
    let s = Sandbox::empty();
    let bad = PLAN.replace(
        "status = \"todo\"\n",
        "status = \"todo\"\nreports.dx = { on = 2020-06-28 }\nreports.hl = { on = \"31/02/2020\" }\n\
         reports.tt = { on = 2020-06-28, ngay = 1 }\nreports.dl = { note = \"x\" }\n",
    );
    s.write("plans/ts.toml", &bad);
    let before = s.snapshot();
    s.plan()
        .args(["check"])
        .status(1)
        .stderr_contains("plans/ts.toml:31:9: error: unknown unit `dx` in `reports`")
        .stderr_contains("plans/ts.toml:32:21: error: `on` is not a date")
        .stderr_contains("plans/ts.toml:33:33: error: unknown field `ngay` in reports.tt")
        .stderr_contains("plans/ts.toml:34:")
        .stderr_contains("`on`")
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn vietnamese_says_how_many_reported() {
    let s = sandbox();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["done", "1", "-u", "dl", "--on", "28/06/2020"])
        .stderr(
            "plans/ts.toml: nhiệm vụ 1: Xã Dân Lực đã báo cáo ngày 28/06/2020 (đã báo cáo 1/3)\n",
        )
        .run();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["show", "1", "--as-of", "30/06/2020"])
        .stdout_contains("đã báo cáo 1/3")
        .stdout_contains("chưa báo cáo: Xã Hợp Lý; Thị trấn Triệu Sơn")
        .run();
}

#[test]
fn the_word_report_says_how_many_members_reported_and_who_has_not() {
    use std::io::Read;
    let s = sandbox();
    s.plan()
        .args(["done", "1", "--unit", "dl", "--on", "28/06/2020"])
        .stderr_any()
        .run();
    s.plan()
        .args([
            "report",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "-o",
            "bc.docx",
        ])
        .stderr_any()
        .run();
    let bytes = s.read_bytes("bc.docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.contains(">Báo cáo của các đơn vị</w:t>"), "{xml}");
    assert!(
        xml.contains(
            "1. Tuyên truyền — đã báo cáo 1/3; chưa báo cáo: Xã Hợp Lý; Thị trấn Triệu Sơn"
        ),
        "{xml}"
    );
}
