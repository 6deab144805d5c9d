//! The errors of a run in Vietnamese mode (`PLAN_LANG=vi`): the message
//! after the label, exactly, with every fact the English one gives, and
//! the plan files untouched.

mod common;

use common::{Sandbox, Test};

/// The error line of a failed run: the label (`lỗi`; the binary still
/// writes `error` until the label comes from the catalog) and `message`,
/// alone on stderr.
fn error_line(message: &str) -> String {
    let mut escaped = String::new();
    for c in message.chars() {
        if "\\.^$*+?()[]{}|".contains(c) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    format!("^(?:lỗi|error): {escaped}\n$")
}

fn vi(test: Test) -> Test {
    test.env("PLAN_LANG", "vi")
}

#[test]
fn no_such_task_names_the_tasks_there_are() {
    let s = Sandbox::new();
    let before = s.snapshot();
    vi(s.plan())
        .args(["done", "99"])
        .status(1)
        .stderr_regex(error_line(
            "không có nhiệm vụ \"99\" trong plans/trieu-son-2020-pcbldg.toml; \
             tệp có các nhiệm vụ 1, 2, 3, 4, 5, 6, 7, 8",
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn several_plans_loaded_says_how_to_name_one() {
    let s = Sandbox::empty();
    let seed = common::seed_text();
    s.write("plans/a.toml", &seed);
    s.write(
        "plans/b.toml",
        &seed.replace("id = \"trieu-son-2020-pcbldg\"", "id = \"other\""),
    );
    let before = s.snapshot();
    vi(s.plan())
        .args([
            "add",
            "--title",
            "Sơ kết",
            "--lead",
            "vhtt",
            "--window",
            "Tháng 12/2020",
        ])
        .status(1)
        .stderr_regex(error_line(
            "đã nạp 2 kế hoạch; hãy chọn một kế hoạch bằng --plan KẾ_HOẠCH \
             (trieu-son-2020-pcbldg, other) hoặc -f ĐƯỜNG_DẪN",
        ))
        .run();
    vi(s.plan())
        .args(["done", "4"])
        .status(1)
        .stderr_regex(error_line(
            "nhiệm vụ \"4\" có trong nhiều kế hoạch; hãy chọn một: \
             trieu-son-2020-pcbldg:4, other:4",
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[cfg(unix)]
#[test]
fn a_read_only_plan_file_is_not_edited() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::empty();
    let plan = s.write("kh.toml", &common::seed_text());
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = s.snapshot();
    vi(s.plan())
        .args(["-f", "kh.toml", "done", "1"])
        .status(1)
        .stderr_regex(error_line(
            "kh.toml đang ở chế độ chỉ đọc; muốn sửa, hãy cho phép ghi (chmod u+w)",
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn a_missing_file_is_said_in_vietnamese_not_in_the_systems_english() {
    let s = Sandbox::empty();
    vi(s.plan())
        .args(["-f", "thieu.toml", "list"])
        .status(1)
        .stderr_regex(error_line(
            "không đọc được thieu.toml: không có tệp hoặc thư mục này",
        ))
        .run();
    // In English, the system's own words, as before.
    s.plan()
        .args(["-f", "thieu.toml", "list"])
        .status(1)
        .stderr("error: failed to read thieu.toml: No such file or directory (os error 2)\n")
        .run();
}

#[test]
fn a_file_too_large_says_how_to_read_it() {
    let s = Sandbox::new();
    vi(s.plan())
        .env("PLAN_MAX_FILE_SIZE", "1K")
        .arg("list")
        .status(1)
        .stderr_regex(error_line(
            "plans/trieu-son-2020-pcbldg.toml lớn hơn 1 KiB (mỗi tệp chỉ đọc tối đa 1 KiB); \
             đặt PLAN_MAX_FILE_SIZE để đọc tệp lớn hơn, ví dụ PLAN_MAX_FILE_SIZE=256M",
        ))
        .run();
}

#[test]
fn an_unknown_status_suggests_the_vietnamese_word() {
    let s = Sandbox::new();
    let before = s.snapshot();
    vi(s.plan())
        .args(["set", "3", "status", "dne"])
        .status(1)
        .stderr_regex(error_line(
            "không có trạng thái \"dne\"; cần một trong các trạng thái: chưa làm, đang làm, \
             hoàn thành, đã hủy (có phải là \"hoàn thành\"?)",
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn a_document_that_cannot_be_imported_says_what_to_do() {
    let s = Sandbox::empty();
    s.write("trong.txt", "");
    s.write("kh.rtf", "{\\rtf1 Kế hoạch}");
    vi(s.plan())
        .args(["import", "trong.txt"])
        .status(1)
        .stderr_regex(error_line("trong.txt trống: không có gì để nhập"))
        .run();
    vi(s.plan())
        .args(["import", "kh.rtf"])
        .status(1)
        .stderr_regex(error_line(
            "kh.rtf: đây là văn bản Rich Text Format (.rtf), loại tệp mà `plan import` không \
             đọc; hãy chuyển sang .docx rồi nhập tệp đó: `soffice --headless --convert-to docx \
             kh.rtf` (LibreOffice), hoặc mở bằng Word rồi lưu thành .docx",
        ))
        .run();
    assert_eq!(s.listing(""), ["kh.rtf", "trong.txt"]);
}

#[test]
fn a_broken_word_document_is_said_in_vietnamese() {
    let s = Sandbox::empty();
    s.write_bytes("hong.docx", b"PK\x03\x04rubbish");
    vi(s.plan())
        .args(["import", "hong.docx"])
        .status(1)
        .stderr_regex(error_line(
            "hong.docx: không phải văn bản Word (.docx): gói nén zip bị hỏng",
        ))
        .run();
    // English keeps the zip library's words.
    s.plan()
        .args(["import", "hong.docx"])
        .status(1)
        .stderr(
            "error: hong.docx: not a Word document (.docx): invalid Zip archive: Could not find \
             EOCD\n",
        )
        .run();
}

#[test]
fn timeline_to_before_from_is_a_usage_error_with_the_label_of_the_language() {
    let s = Sandbox::new();
    let args = ["timeline", "--from", "2020-09", "--to", "2020-06"];
    vi(s.plan())
        .args(args)
        .status(2)
        .stderr("lỗi: --to ở trước --from\n")
        .run();
    s.plan()
        .args(args)
        .status(2)
        .stderr("error: --to is before --from\n")
        .run();
}
