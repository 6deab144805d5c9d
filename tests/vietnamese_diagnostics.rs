//! `plan check` in Vietnamese over broken plan files: each problem, what
//! was expected and the hint are Vietnamese, in the same file:line:col
//! layout as in English, and the file is left as it was.

mod common;

use common::Sandbox;

/// The head of every plan here: a period and one unit.
const HEAD: &str = "format = 1

[plan]
id = \"ts\"
title = \"Kế hoạch thử\"
period = \"Năm 2020\"

[units.vhtt]
name = \"Phòng Văn hóa\"
";

/// A task that reads, at lines 11 to 15.
const TASK: &str = "
[[task]]
id = \"1\"
title = \"Họp triển khai\"
lead = \"vhtt\"
window = \"Tháng 6/2020\"
";

/// The English words of `text` outside what it quotes ("…" is the file's
/// own text), its TOML headers (`[[task]]`) and the lines of the file it
/// shows (`16 | note = …`).
fn english_words(text: &str) -> Vec<&'static str> {
    common::english::english_words_quoting(text, &['"', '['])
}

/// Run `plan check` in Vietnamese on `text` as plans/p.toml, expecting
/// `status`; the diagnostics (stderr without `check`'s summary line, which
/// is the summary's own) must be `expected`, with no English word, and the
/// file unchanged.
fn check_vi(text: &str, status: i32, expected: &str) {
    check_vi_allowing(text, status, expected, &[]);
}

/// [`check_vi`], with the English words `allowed` (the values a file
/// accepts, where a message lists them) let through.
fn check_vi_allowing(text: &str, status: i32, expected: &str, allowed: &[&str]) {
    let sandbox = Sandbox::empty();
    sandbox.write("plans/p.toml", text);
    let before = sandbox.snapshot();
    let out = sandbox
        .plan()
        .arg("check")
        .env("PLAN_LANG", "vi")
        .status(status)
        .stdout_any()
        .stderr_any()
        .run();
    let shown = out
        .stderr
        .strip_suffix('\n')
        .and_then(|s| s.rsplit_once('\n'))
        .map_or("", |(diagnostics, _summary)| diagnostics);
    assert_eq!(format!("{shown}\n"), expected, "stderr:\n{}", out.stderr);
    let english: Vec<&str> = english_words(shown)
        .into_iter()
        .filter(|word| !allowed.contains(word))
        .collect();
    assert!(english.is_empty(), "{english:?} in:\n{shown}");
    assert_eq!(sandbox.snapshot(), before, "the plan file changed");
}

#[test]
fn a_toml_syntax_error_is_told_in_vietnamese() {
    check_vi(
        &format!("{HEAD}{TASK}note = \"chưa đóng\n"),
        1,
        "plans/p.toml:16:18: lỗi: sai cú pháp TOML: chuỗi trong ngoặc kép không hợp lệ, cần `\"`
   |
16 | note = \"chưa đóng
   |                  ^
   = gợi ý: đóng chuỗi bằng dấu \" trên cùng dòng (hoặc viết đoạn dài giữa \"\"\" và \"\"\")
",
    );
}

#[test]
fn an_unquoted_value_is_told_in_vietnamese() {
    check_vi(
        &format!("{HEAD}{TASK}note = chưa xong\n"),
        1,
        "plans/p.toml:16:8: lỗi: sai cú pháp TOML: giá trị là chữ phải đặt trong ngoặc kép
   |
16 | note = chưa xong
   |        ^^^^^^^^^
   = gợi ý: giá trị là chữ phải đặt trong ngoặc kép, ví dụ `status = \"đang làm\"`
",
    );
}

#[test]
fn an_unknown_key_is_told_in_vietnamese_with_the_keys_a_task_takes() {
    check_vi(
        &format!("{HEAD}{TASK}statu = \"doing\"\n"),
        1,
        "plans/p.toml:16:1: lỗi: không nhận ra trường `statu` trong [[task]]
   |
16 | statu = \"doing\"
   | ^^^^^
   = cần: `id`, `group`, `title`, `lead`, `partners`, `window`, `condition`, `status`, `done`, `milestones_done`, `note`, `review`, `reports`
   = gợi ý: có phải là `status`?
",
    );
}

#[test]
fn a_duplicate_task_id_is_told_in_vietnamese() {
    check_vi(
        &format!("{HEAD}{TASK}{TASK}"),
        1,
        "plans/p.toml:18:6: lỗi: số nhiệm vụ \"1\" bị trùng
   |
18 | id = \"1\"
   |      ^^^
   = gợi ý: nhiệm vụ \"1\" đã có ở dòng 11; đặt cho nhiệm vụ này một số khác
",
    );
}

#[test]
fn an_unreadable_window_is_told_in_vietnamese_with_the_forms_and_docs() {
    let text = format!("{HEAD}{TASK}").replace("Tháng 6/2020", "Tháng sáu");
    check_vi(
        &text,
        1,
        "plans/p.toml:15:17: lỗi: không đọc được thời gian thực hiện \"Tháng sáu\"
   |
15 | window = \"Tháng sáu\"
   |                 ^^^
   = cần: thời gian thực hiện dạng \"Năm 2020\", \"Tháng 6/2020\", \"Quý II/2020\", \"15/6/2020\", \"Tháng 9 - 10/2020\", \"Trước ngày 15/6/2020\", \"Tháng 6, tháng 12/2020\", \"Thường xuyên\" (mọi cách viết: docs/thoi-gian.md)
",
    );
}

#[test]
fn a_vague_window_is_told_in_vietnamese_with_what_to_write() {
    let text = format!("{HEAD}{TASK}").replace("Tháng 6/2020", "Giữa tháng 6/2020");
    check_vi(
        &text,
        1,
        "plans/p.toml:15:11: lỗi: \"Giữa tháng 6/2020\" chưa rõ: chưa ghi giữa tháng là những ngày nào
   |
15 | window = \"Giữa tháng 6/2020\"
   |           ^^^^
   = cần: thời gian thực hiện dạng \"Năm 2020\", \"Tháng 6/2020\", \"Quý II/2020\", \"15/6/2020\", \"Tháng 9 - 10/2020\", \"Trước ngày 15/6/2020\", \"Tháng 6, tháng 12/2020\", \"Thường xuyên\" (mọi cách viết: docs/thoi-gian.md)
   = gợi ý: ghi rõ các ngày (\"Từ ngày … đến ngày …\", \"Trước ngày …\") hoặc cả tháng (\"Tháng 6/2020\")
",
    );
}

#[test]
fn an_unknown_status_lists_the_vietnamese_words_and_the_english_ones() {
    check_vi_allowing(
        &format!("{HEAD}{TASK}status = \"doign\"\n"),
        1,
        "plans/p.toml:16:10: lỗi: trạng thái \"doign\" không hợp lệ
   |
16 | status = \"doign\"
   |          ^^^^^^^
   = cần: chưa làm, đang làm, hoàn thành, đã hủy (hoặc `todo`, `doing`, `done`, `cancelled`)
   = gợi ý: có phải là \"đang làm\"?
",
        // The English words a file accepts, listed after the Vietnamese ones.
        &["todo", "doing", "done", "cancelled"],
    );
}

#[test]
fn a_review_mark_warning_is_told_in_vietnamese() {
    check_vi(
        &format!("{HEAD}{TASK}review = [\"lead\"]\n"),
        0,
        "plans/p.toml:14:8: cảnh báo: nhiệm vụ 1 cần xem lại: đơn vị chủ trì
   |
14 | lead = \"vhtt\"
   |        ^^^^^^
   = gợi ý: đối chiếu với văn bản; `plan assign 1 --lead ĐƠN_VỊ` xóa dấu cần xem lại, hoặc bỏ \"lead\" khỏi `review`
",
    );
}

#[test]
fn a_wrong_type_and_an_unknown_unit_are_told_in_vietnamese() {
    let text = format!("{HEAD}{TASK}")
        .replace("lead = \"vhtt\"", "lead = \"vhxt\"")
        .replace("title = \"Họp triển khai\"", "title = 3");
    check_vi(
        &text,
        1,
        "plans/p.toml:13:9: lỗi: `title` phải là chuỗi chữ, không phải số nguyên
   |
13 | title = 3
   |         ^
plans/p.toml:14:8: lỗi: không có đơn vị `vhxt` (trong `lead`)
   |
14 | lead = \"vhxt\"
   |        ^^^^^^
   = cần: mã một đơn vị: `vhtt`
   = gợi ý: có phải là `vhtt` (Phòng Văn hóa)?
",
    );
}

#[test]
fn a_file_in_utf16_is_told_in_vietnamese() {
    let sandbox = Sandbox::empty();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in HEAD.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    sandbox.write_bytes("plans/p.toml", &bytes);
    let out = sandbox
        .plan()
        .arg("check")
        .env("PLAN_LANG", "vi")
        .status(1)
        .stderr_any()
        .run();
    let (shown, _summary) = out.stderr.trim_end().rsplit_once('\n').unwrap();
    assert_eq!(
        shown,
        "plans/p.toml: lỗi: tệp dùng mã UTF-16 (mở đầu bằng dấu BOM của UTF-16), không phải UTF-8
 = cần: tệp văn bản mã UTF-8
 = gợi ý: lưu lại tệp với mã UTF-8 (Notepad: Save As, Encoding UTF-8), hoặc chuyển mã, ví dụ `iconv -f UTF-16 -t UTF-8`"
    );
}

#[test]
fn a_plan_without_problems_shows_no_diagnostic_in_vietnamese() {
    let sandbox = Sandbox::empty();
    sandbox.write("plans/p.toml", &format!("{HEAD}{TASK}"));
    let out = sandbox
        .plan()
        .arg("check")
        .env("PLAN_LANG", "vi")
        .stderr_any()
        .run();
    // Only `check`'s own summary line.
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}

#[test]
fn an_edit_of_a_broken_plan_shows_its_problems_in_vietnamese_and_writes_nothing() {
    let sandbox = Sandbox::empty();
    sandbox.write("plans/p.toml", &format!("{HEAD}{TASK}{TASK}"));
    let before = sandbox.snapshot();
    let out = sandbox
        .plan()
        .args(["done", "1"])
        .env("PLAN_LANG", "vi")
        .status(1)
        .stderr_any()
        .run();
    assert!(
        out.stderr.starts_with(
            "plans/p.toml:18:6: lỗi: số nhiệm vụ \"1\" bị trùng
   |
18 | id = \"1\"
   |      ^^^
   = gợi ý: nhiệm vụ \"1\" đã có ở dòng 11; đặt cho nhiệm vụ này một số khác
"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(sandbox.snapshot(), before);
}
