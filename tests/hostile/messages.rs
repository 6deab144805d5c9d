//! Messages and outputs that could be forged or mislead: echoed arguments and paths, data outputs, CSV formulas, TOML problems worded for what they are.

use crate::common::{self, Output, SEED, Sandbox};

/// Every line break a terminal or a log viewer may honour.
const BREAKS: [&str; 7] = [
    "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{b}", "\u{c}",
];

/// `stderr` is `lines` lines, none holding a raw member of the inert set:
/// an echoed value cannot start a line of its own or drive the terminal.
#[track_caller]
fn assert_lines(stderr: &str, lines: usize) {
    let raw: Vec<char> = stderr
        .chars()
        .filter(|&c| c != '\n' && plan::text::is_hazard(c))
        .collect();
    assert!(raw.is_empty(), "raw {raw:?} in {stderr:?}");
    assert_eq!(stderr.lines().count(), lines, "{stderr:?}");
    assert!(stderr.ends_with('\n'), "{stderr:?}");
}

/// `plan ARGS` in a sandbox with the seed plan: fails with one line on
/// stderr that shows `shown`.
#[track_caller]
fn refused_in_one_line(args: &[&str], shown: &str) -> Output {
    let s = Sandbox::new();
    let before = s.snapshot();
    let out = s
        .plan()
        .args(args)
        .status(1)
        .stderr_contains(shown)
        .stdout_any()
        .run();
    assert_lines(&out.stderr, 1);
    assert_eq!(s.snapshot(), before, "nothing written");
    out
}

#[test]
fn a_line_break_in_a_task_id_argument_is_shown_escaped() {
    // `T1\nOK:T2` reads as PLAN:ID; the plan's id is shown escaped.
    refused_in_one_line(&["done", "T1\nOK: T2 done"], "\"T1\\nOK\"");
    refused_in_one_line(&["show", "T1\nOK T2 done"], "\"T1\\nOK T2 done\"");
    refused_in_one_line(&["reopen", "T1\rOK"], "T1\\u{d}OK");
}

#[test]
fn every_kind_of_line_break_in_an_argument_stays_on_its_line() {
    for brk in BREAKS {
        let id = format!("9{brk}OK: done");
        refused_in_one_line(&["done", &id], "9");
        let unit = format!("xx{brk}OK: y");
        refused_in_one_line(&["list", "--unit", &unit], "xx");
    }
}

#[test]
fn a_line_break_in_a_unit_argument_is_shown_escaped() {
    refused_in_one_line(&["list", "--unit", "xx\nOK: y"], "xx\\nOK: y");
    refused_in_one_line(&["assign", "4", "--lead", "xx\u{2028}OK"], "xx\\u{2028}OK");
}

#[test]
fn a_line_break_in_unit_add_is_shown_escaped() {
    refused_in_one_line(&["unit", "add", "a\nOK: b", "Tên"], "a\\nOK: b");
    refused_in_one_line(&["unit", "alias", "a\u{85}b", "Tên"], "a\\u{85}b");
}

#[test]
fn a_unit_name_that_is_not_one_line_of_text_is_refused() {
    refused_in_one_line(
        &["unit", "add", "moi", "Phòng\nOK: xong"],
        "\"Phòng\\nOK: xong\"",
    );
    refused_in_one_line(
        &["unit", "add", "moi", "Tên", "--alias", "a\u{200b}b"],
        "a\\u{200b}b",
    );
    refused_in_one_line(&["unit", "alias", "vhtt", "x\u{202e}y"], "x\\u{202e}y");
}

#[test]
fn a_line_break_in_an_option_value_clap_refuses_is_shown_escaped() {
    for args in [
        &["--as-of", "x\nOK: y", "list"][..],
        &["list", "--due-within", "x\nOK: y"],
        &["list", "--role", "x\nOK: y", "--unit", "vhtt"],
        &["x\nOK: y"],
    ] {
        let out = common::plan()
            .args(args)
            .status(2)
            .stderr_contains("x\\nOK: y")
            .stderr_lacks("x\nOK")
            .run();
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    }
}

#[test]
fn a_window_with_a_line_break_is_echoed_on_one_line_by_check() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 9/2020\"",
            "window = \"Tháng 9/2020\\nOK: done\"",
        )],
    );
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_contains("Tháng 9/2020\\nOK: done")
        .run();
    // The diagnostic's first line holds the whole message.
    let first = out.stderr.lines().next().unwrap();
    assert!(first.contains("\\nOK: done"), "{}", out.stderr);
    assert!(
        !out.stderr.lines().any(|l| l.starts_with("OK")),
        "{}",
        out.stderr
    );
    let raw: Vec<char> = out
        .stderr
        .chars()
        .filter(|&c| c != '\n' && plan::text::is_hazard(c))
        .collect();
    assert!(raw.is_empty(), "{raw:?}");
}

#[test]
fn a_line_break_in_a_unit_name_is_echoed_on_one_line_in_an_error() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "name = \"Phòng Văn hóa và Thông tin\"",
            "name = \"Phòng Văn hóa và Thông tin\\nOK: done\"",
        )],
    );
    let out = s
        .plan()
        .args(["list", "--unit", "phòng"])
        .status(1)
        .stderr_contains("Thông tin\\nOK: done")
        .run();
    assert_lines(&out.stderr, 1);
}

/// A plan file name holding ESC, LF and U+202E.
const HOSTILE_NAME: &str = "k\u{1b}[31mh\nOK: x\u{202e}.toml";

#[test]
fn a_hostile_file_name_is_shown_escaped_in_diagnostics() {
    let s = Sandbox::empty();
    let text = common::seed_text().replacen("status = \"todo\"", "status = \"finished\"", 1);
    s.write(&format!("plans/{HOSTILE_NAME}"), &text);
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_contains("k\\u{1b}[31mh\\nOK: x\\u{202e}.toml:")
        .run();
    let raw: Vec<char> = out
        .stderr
        .chars()
        .filter(|&c| c != '\n' && plan::text::is_hazard(c))
        .collect();
    assert!(raw.is_empty(), "{raw:?}");
    assert!(
        !out.stderr.lines().any(|l| l.starts_with("OK")),
        "{}",
        out.stderr
    );
}

#[test]
fn a_hostile_file_name_is_shown_escaped_in_edit_messages_and_errors() {
    let s = Sandbox::empty();
    s.write(&format!("plans/{HOSTILE_NAME}"), &common::seed_text());
    let out = s
        .plan()
        .args(["done", "4", "--on", "28/06/2020"])
        .stderr_contains("k\\u{1b}[31mh\\nOK: x\\u{202e}.toml: task 4:")
        .run();
    assert_lines(&out.stderr, 1);
    s.plan()
        .args(["show", "4"])
        .stdout_contains("k\\u{1b}[31mh\\nOK: x\\u{202e}.toml:108\n")
        .run();
    let out = s
        .plan()
        .args(["done", "nope"])
        .status(1)
        .stderr_contains("\\nOK: x")
        .run();
    assert_lines(&out.stderr, 1);
    let missing = format!("missing{HOSTILE_NAME}");
    let out = s
        .plan()
        .args(["-f", missing.as_str(), "list"])
        .status(1)
        .stderr_contains("missingk\\u{1b}[31mh\\nOK")
        .run();
    assert_lines(&out.stderr, 1);
}

#[test]
fn a_hostile_output_name_is_shown_escaped_when_written() {
    let s = Sandbox::new();
    let out = s
        .plan()
        .args(["export", "--format", "ics", "-o", "l\nOK: x\u{1b}.ics"])
        .stderr_contains("wrote l\\nOK: x\\u{1b}.ics")
        .run();
    assert_lines(&out.stderr, 1);
}

/// The cells of the CSV row of task `id`.
fn csv_row(csv: &str, id: &str) -> Vec<String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .find(|cells| cells[1] == id)
        .unwrap_or_else(|| panic!("no row {id} in {csv}"))
}

#[test]
fn a_formula_behind_a_dropped_control_character_is_still_guarded() {
    for (title, shown) in [
        ("\\u0000=1+1", "'=1+1"),
        ("\\u001b+1", "'+1"),
        ("\\u200b@SUM(A1)", "'@SUM(A1)"),
        ("\\t=1+1", "'=1+1"),
        ("\\r-1+1", "'-1+1"),
        ("  =1+1", "'  =1+1"),
        ("\\u00a0=1+1", "'\u{a0}=1+1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("Tháng 6 = xong", "Tháng 6 = xong"),
    ] {
        let s = Sandbox::new();
        s.broken(
            SEED,
            &[
                (
                    "title = \"Phối hợp tổ chức các hoạt động truyền thông",
                    &format!("title = \"{title}Phối hợp tổ chức các hoạt động truyền thông"),
                ),
                (
                    "name = \"Phòng Văn hóa và Thông tin\"",
                    &format!("name = \"{title}HC\""),
                ),
            ],
        );
        let out = s
            .plan()
            .args(["list", "--format", "csv"])
            .stdout_any()
            .run();
        let row = csv_row(&out.stdout, "3");
        assert!(row[2].starts_with(shown), "{title:?}: {:?}", row[2]);
        assert!(row[3].starts_with(shown), "{title:?}: {:?}", row[3]);
        let out = s
            .plan()
            .args(["export", "--format", "csv"])
            .stdout_any()
            .run();
        assert_eq!(csv_row(&out.stdout, "3")[2], row[2]);
        let out = s
            .plan()
            .args(["report", "--format", "csv"])
            .stdout_any()
            .run();
        let unit = out
            .stdout
            .lines()
            .find(|l| l.contains("HC"))
            .unwrap_or_else(|| panic!("{}", out.stdout));
        assert!(unit.contains(&format!(",{shown}HC")), "{title:?}: {unit}");
    }
}

/// Members of the inert set that matter to each output, as TOML escapes.
const MARKS: &str = "\\u0000\\u0007\\u001b[2J\\r\\u0085\\u009b\\u061c\\u200e\\u200f\\u202e\\u2066\\u200b\\ufeff\\u2060\\u2028";

/// The marks as characters, in order.
fn marks() -> Vec<char> {
    [
        '\0', '\u{7}', '\u{1b}', '\r', '\u{85}', '\u{9b}', '\u{61c}', '\u{200e}', '\u{200f}',
        '\u{202e}', '\u{2066}', '\u{200b}', '\u{feff}', '\u{2060}', '\u{2028}',
    ]
    .to_vec()
}

/// A sandbox whose plan has the marks in task 3's title and in a unit name.
fn marked() -> Sandbox {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[
            (
                "title = \"Phối hợp tổ chức các hoạt động truyền thông",
                &format!("title = \"Phối{MARKS}hợp tổ chức các hoạt động truyền thông"),
            ),
            (
                "name = \"Phòng Văn hóa và Thông tin\"",
                &format!("name = \"Phòng{MARKS}Văn hóa và Thông tin\""),
            ),
        ],
    );
    s
}

/// The marks in `text` that came out raw (`allowed` aside).
fn raw_marks(text: &str, allowed: &[char]) -> Vec<char> {
    text.chars()
        .filter(|c| plan::text::is_hazard(*c) && !allowed.contains(c))
        .collect()
}

#[test]
fn render_prints_no_member_of_the_set_raw() {
    let s = marked();
    for format in ["txt", "md"] {
        let out = s
            .plan()
            .args(["render", "--format", format])
            .stdout_contains("Phối\\u{0}\\u{7}\\u{1b}[2J\\u{d}\\u{85}\\u{9b}\\u{61c}")
            .run();
        assert_eq!(raw_marks(&out.stdout, &['\t']), [], "{format}");
    }
}

#[test]
fn json_escapes_c1_bidi_and_invisible_characters() {
    let s = marked();
    let out = s
        .plan()
        .args(["list", "--format", "json"])
        .stdout_contains(
            "\\u0085\\u009b\\u061c\\u200e\\u200f\\u202e\\u2066\\u200b\\ufeff\\u2060\\u2028",
        )
        .run();
    assert_eq!(raw_marks(&out.stdout, &[]), []);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let title = json["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "3")
        .unwrap()["title"]
        .as_str()
        .unwrap()
        .to_string();
    let expected: String = std::iter::once("Phối".to_string())
        .chain(marks().into_iter().map(String::from))
        .collect::<String>()
        .replace('\u{1b}', "\u{1b}[2J");
    assert!(
        title.starts_with(&expected),
        "a JSON reader gets the text back: {title:?}"
    );
}

#[test]
fn csv_and_ics_drop_bidi_marks_and_every_other_member() {
    let s = marked();
    for args in [
        &["list", "--format", "csv"][..],
        &["export", "--format", "csv"],
        &["report", "--format", "csv"],
    ] {
        let out = s.plan().args(args).stdout_any().run();
        let body = out
            .stdout
            .strip_prefix('\u{feff}')
            .unwrap()
            .replace("\r\n", "\n");
        assert_eq!(raw_marks(&body, &[]), [], "{args:?}");
    }
    let out = s
        .plan()
        .args(["export", "--format", "ics"])
        .stdout_contains("Phối[2Jhợp")
        .run();
    assert_eq!(raw_marks(&out.stdout.replace("\r\n", "\n"), &[]), []);
}

#[test]
fn tables_show_zero_width_and_byte_order_marks() {
    let s = marked();
    let out = s
        .plan()
        .env("COLUMNS", "0")
        .args(["list"])
        .stdout_contains("\\u{200b}\\u{feff}\\u{2060}\\u{2028}")
        .run();
    assert_eq!(raw_marks(&out.stdout, &[]), []);
    for args in [&["show", "3"][..], &["units"], &["report"], &["timeline"]] {
        let out = s.plan().env("COLUMNS", "0").args(args).stdout_any().run();
        assert_eq!(raw_marks(&out.stdout, &[]), [], "{args:?}");
    }
}
#[test]
fn a_line_break_in_add_id_is_shown_escaped() {
    let out = refused_in_one_line(
        &[
            "add",
            "--title",
            "Việc mới",
            "--lead",
            "vhtt",
            "--window",
            "2020",
            "--id",
            "Z\nOK: y",
        ],
        "Z\\nOK: y",
    );
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
}

#[test]
fn a_hostile_file_name_is_shown_escaped_in_a_dry_run_diff() {
    let s = Sandbox::empty();
    s.write(&format!("plans/{HOSTILE_NAME}"), &common::seed_text());
    let out = s
        .plan()
        .args(["done", "4", "--on", "28/06/2020", "--dry-run"])
        .stdout_contains("--- a/plans/k\\u{1b}[31mh\\nOK: x\\u{202e}.toml\n")
        .stderr_any()
        .run();
    assert_lines(&out.stderr, 1);
    assert_eq!(
        out.stdout
            .chars()
            .filter(|&c| c != '\n' && plan::text::is_hazard(c))
            .count(),
        0
    );
}

#[test]
fn a_line_break_in_an_environment_value_is_shown_escaped() {
    let out = common::plan()
        .env("PLAN_TODAY", "x\nOK: y")
        .arg("list")
        .status(2)
        .stderr_contains("'x\\nOK: y'")
        .stderr_lacks("x\nOK")
        .run();
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    let s = Sandbox::new();
    let out = s
        .plan()
        .env("PLAN_LOCK_TIMEOUT", "1\nOK: done")
        .args(["done", "4"])
        .status(2)
        .stderr_contains("PLAN_LOCK_TIMEOUT=\"1\\nOK: done\"")
        .run();
    assert_lines(&out.stderr, 1);
    let out = common::plan()
        // `:` separates PLAN_FILE's paths: the first, "nope\nOK", is refused.
        .env("PLAN_FILE", "nope\nOK: x.toml")
        .arg("list")
        .status(1)
        .stderr_contains("nope\\nOK")
        .run();
    assert_lines(&out.stderr, 1);
}

#[test]
fn a_stray_byte_in_a_utf8_file_is_not_called_a_legacy_encoding() {
    // One byte pasted from another program into a Vietnamese UTF-8 plan:
    // converting the file from Windows-1258 would garble every letter.
    let s = Sandbox::new();
    let mut bytes = common::seed_text().into_bytes();
    let at = bytes.windows(8).position(|w| w == b"VHNTTTDL").unwrap() + 6;
    bytes.insert(at, 0x93);
    s.write_bytes(&format!("plans/{SEED}"), &bytes);
    let before = s.snapshot();
    let out = s
        .plan()
        .arg("check")
        .status(1)
        .stderr_contains(
            "is not valid UTF-8, in a file that is UTF-8 otherwise (1 such byte in all)",
        )
        .stderr_contains("do not convert the file")
        .stderr_lacks("iconv")
        .run();
    assert!(out.stderr.contains("\\x93"), "{}", out.stderr);
    assert_eq!(s.snapshot(), before);
}
