//! The Vietnamese interface says no English word: every command's success
//! and error paths run in Vietnamese mode and their stdout and stderr are
//! searched for the words of `common::english`.

mod common;

use common::english::english_words;
use common::{Sandbox, root};

/// What `plan ARGS` prints in Vietnamese in `sandbox` (stdout, stderr and
/// the exit status).
fn run(sandbox: &Sandbox, args: &[&str]) -> (String, String, i32) {
    let output = common::command(sandbox.root())
        .env("PLAN_LANG", "vi")
        .env("PLAN_LOCK_TIMEOUT", "0.2")
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// Runs each line and collects the English words each printed.
fn english_in(sandbox: &Sandbox, lines: &[&[&str]], want_failure: bool) -> Vec<String> {
    let mut found = Vec::new();
    for args in lines {
        let (stdout, stderr, code) = run(sandbox, args);
        assert_eq!(
            code != 0,
            want_failure,
            "plan {args:?} exited {code}:\n{stdout}{stderr}"
        );
        for word in english_words(&stdout)
            .into_iter()
            .chain(english_words(&stderr))
        {
            found.push(format!("plan {}: {word}", args.join(" ")));
        }
    }
    found
}

fn seeded() -> Sandbox {
    let s = Sandbox::new();
    s.write_bytes(
        "kh.txt",
        &std::fs::read(root().join("tests/import/corpus/huyen-ke-hoach-cung-dong.txt")).unwrap(),
    );
    s
}

#[test]
fn reading_commands_speak_vietnamese() {
    let s = seeded();
    let found = english_in(
        &s,
        &[
            &["list"],
            &["list", "--overdue", "--as-of", "01/07/2020"],
            &["list", "--unit", "vhtt", "--role", "lead"],
            &["list", "--review"],
            &["list", "--overdue", "--as-of", "01/01/2019"],
            &["show", "6", "--as-of", "15/09/2020"],
            &["show", "4", "--as-of", "01/07/2020"],
            &["units", "--as-of", "01/07/2020"],
            &["check"],
            &["report", "--as-of", "01/07/2020"],
            &["report", "--format", "md", "--as-of", "01/07/2020"],
            &["report", "--format", "html", "--as-of", "01/07/2020"],
            &["timeline", "--as-of", "01/07/2020"],
            &["export", "--format", "ics", "--as-of", "01/07/2020"],
            &["render"],
            &["render", "--format", "md"],
            &["remind", "--as-of", "25/06/2020"],
            &["remind", "--as-of", "01/07/2020", "--format", "md"],
            &["remind", "--as-of", "01/01/2019"],
        ],
        false,
    );
    assert!(
        found.is_empty(),
        "English in Vietnamese mode:\n{}",
        found.join("\n")
    );
}

#[test]
fn edits_speak_vietnamese() {
    let s = seeded();
    let found = english_in(
        &s,
        &[
            &["done", "3", "--on", "28/06/2020", "--dry-run"],
            &["done", "3", "--on", "28/06/2020", "--note", "Đã tổ chức"],
            &["reopen", "3"],
            &["done", "4", "--on", "30/06/2020"],
            &["assign", "5", "--partner", "cahuyen"],
            &["unassign", "5", "cahuyen"],
            &[
                "add",
                "--title",
                "Rà soát hồ sơ",
                "--lead",
                "vhtt",
                "--window",
                "Tháng 9/2020",
            ],
            &["set", "5", "status", "doing"],
            &["set", "5", "note", "Đang làm"],
            &["set", "5", "title", "Tên mới"],
            &["unit", "add", "tp", "Phòng Tư pháp"],
            &["unit", "alias", "tp", "Tư pháp huyện"],
            &["import", "kh.txt", "-o", "plans/kh.toml"],
            &["-f", "plans/kh.toml", "check"],
            &["manual", "-o", "man"],
        ],
        false,
    );
    assert!(
        found.is_empty(),
        "English in Vietnamese mode:\n{}",
        found.join("\n")
    );
}

#[test]
fn errors_speak_vietnamese() {
    let s = seeded();
    s.write(
        "broken/sai.toml",
        &std::fs::read_to_string(s.path("plans/trieu-son-2020-pcbldg.toml"))
            .unwrap()
            .replacen("status = \"todo\"", "status = \"xongg\"", 1)
            .replacen("window = \"Tháng 8/2020\"", "window = \"Tháng 13/2020\"", 1)
            .replacen("[[task]]", "titel = \"x\"\n[[task]]", 1),
    );
    s.write("broken/cu-phap.toml", "format = 1\n[plan\nid = \"x\"\n");
    s.write("empty.txt", "\n\n");
    let found = english_in(
        &s,
        &[
            &["done", "99"],
            &["show", "99"],
            &["list", "--unit", "khong-co"],
            &["list", "--frobnicate"],
            &["list", "--format", "xml"],
            &["list", "--as-of", "32/13/2020"],
            &["list", "--due-within", "mai"],
            &["-f", "broken/sai.toml", "check"],
            &["-f", "broken/cu-phap.toml", "check"],
            &["-f", "broken", "list"],
            &["-f", "khong-co.toml", "list"],
            &["add", "X", "--lead", "vhtt", "--window", "Tháng 13/2020"],
            &["set", "5", "status", "xyz"],
            &["assign", "5", "--lead", "vhtt", "--partner", "vhtt"],
            &["timeline", "--from", "2020-06", "--to", "2020-01"],
            &["import", "empty.txt"],
            &["import", "khong-co.docx"],
            &["unit", "add", "vhtt", "Trùng"],
            &["done"],
            &["frobnicate"],
        ],
        true,
    );
    assert!(
        found.is_empty(),
        "English in Vietnamese errors:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_search_for_english_finds_it_in_english_mode() {
    let s = seeded();
    for args in [
        &["list", "--overdue", "--as-of", "01/07/2020"][..],
        &["done", "99"],
        &["list", "--help"],
    ] {
        let output = common::command(s.root())
            .env("PLAN_LANG", "en")
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        assert!(
            !english_words(&text).is_empty(),
            "no English found in {text}"
        );
    }
}

/// What `plan ARGS` prints on stderr in Vietnamese, and its exit status.
fn stderr_vi(sandbox: &Sandbox, args: &[&str]) -> (String, i32) {
    let (_, stderr, code) = run(sandbox, args);
    (stderr, code)
}

#[test]
fn an_edit_refused_with_json_output_is_told_in_vietnamese() {
    let s = seeded();
    let (stderr, code) = stderr_vi(
        &s,
        &["set", "1", "window", "Tháng 13/2020", "--format", "json"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("không có tháng 13"), "{stderr}");
    assert!(english_words(&stderr).is_empty(), "{stderr}");
}

#[test]
fn a_number_flag_that_is_no_number_is_told_in_vietnamese() {
    let s = seeded();
    let (stderr, code) = stderr_vi(&s, &["done", "1", "--milestone", "abc"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(
            "lỗi: giá trị 'abc' không hợp lệ cho '--milestone <N>': không phải là số nguyên\n"
        ),
        "{stderr}"
    );
    let (stderr, _) = stderr_vi(&s, &["done", "1", "--milestone", "99999999999999999999999"]);
    assert!(stderr.contains(": số quá lớn\n"), "{stderr}");
}

#[test]
fn a_status_flag_typo_suggests_the_status_its_word_means() {
    let s = seeded();
    let (stderr, code) = stderr_vi(&s, &["list", "--status", "xongg"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("gợi ý: có phải là 'done'?"), "{stderr}");
}

#[test]
fn a_lang_given_as_the_value_of_another_flag_does_not_change_the_language() {
    let s = seeded();
    let (_, stderr, code) = run(&s, &["done", "1", "--note", "--lang=en", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("nhiệm vụ 1"), "{stderr}");
}
