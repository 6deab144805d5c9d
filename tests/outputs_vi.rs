//! The outputs for people in both languages: snapshots of `list`, `show`,
//! `units`, `report` and `timeline` on the seed plan in Vietnamese and in
//! English, every edit's confirmation in Vietnamese word for word, and no
//! English word in the Vietnamese outputs.

mod common;

use common::Sandbox;
use common::english::english_words;

/// What `plan ARGS` prints on the seed plan in `lang`, as of 15 July 2020.
fn seed_stdout(lang: &str, args: &[&str]) -> String {
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", lang)
        .args(["--as-of", "15/07/2020"])
        .args(args)
        .stdout_any()
        .run()
        .stdout
}

/// Snapshots `NAME_vi` and `NAME_en` of `plan ARGS`.
fn snapshot_both(name: &str, args: &[&str]) {
    for lang in ["vi", "en"] {
        insta::assert_snapshot!(format!("{name}_{lang}"), seed_stdout(lang, args));
    }
}

#[test]
fn list_in_both_languages() {
    snapshot_both("list", &["list"]);
}

#[test]
fn narrow_list_in_both_languages() {
    for lang in ["vi", "en"] {
        let out = Sandbox::new()
            .plan()
            .env("PLAN_LANG", lang)
            .env("COLUMNS", "60")
            .args(["--as-of", "15/07/2020", "list", "--overdue"])
            .stdout_any()
            .run()
            .stdout;
        insta::assert_snapshot!(format!("narrow_list_{lang}"), out);
    }
}

#[test]
fn show_in_both_languages() {
    snapshot_both("show", &["show", "4"]);
}

#[test]
fn units_in_both_languages() {
    snapshot_both("units", &["units"]);
}

#[test]
fn report_in_both_languages() {
    snapshot_both("report", &["report"]);
}

#[test]
fn report_markdown_in_both_languages() {
    snapshot_both("report_markdown", &["report", "--format", "md"]);
}

#[test]
fn timeline_in_both_languages() {
    snapshot_both("timeline", &["timeline", "--color", "never"]);
}

#[test]
fn list_headers_and_state_words_are_vietnamese() {
    let out = seed_stdout("vi", &["list"]);
    let header = common::table_row(&out, "TT");
    assert_eq!(
        header,
        [
            "TT",
            "Nhiệm vụ",
            "Chủ trì",
            "Phối hợp",
            "Thời gian",
            "Trạng thái",
            "Quá hạn"
        ]
    );
    assert!(out.contains("┆ chưa làm   ┆ 15 ngày │"), "{out}");
    let show = seed_stdout("vi", &["show", "3"]);
    assert!(show.contains("Tình hình    quá hạn 15 ngày (tính đến 15/07/2020)\n"));
    let show = seed_stdout("vi", &["show", "6"]);
    assert!(
        show.contains("Tình hình    còn 47 ngày (tính đến 15/07/2020)\n"),
        "{show}"
    );
}

#[test]
fn a_calendar_in_vietnamese_names_states_and_fields_in_vietnamese() {
    let ics = seed_stdout("vi", &["export", "--format", "ics"]);
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:[chưa làm] 4. Phối hợp thực hiện"));
    assert!(unfolded.contains("DESCRIPTION:Chủ trì: Phòng Văn hóa và Thông tin\\nPhối hợp: "));
    assert!(unfolded.contains("\\nThời gian thực hiện: Tháng 6\\, tháng 12/2020\\nKế hoạch: "));
    assert!(unfolded.contains("CATEGORIES:chưa làm\r\n"));
    let ics = seed_stdout("en", &["export", "--format", "ics"]);
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:[todo] 4. Phối hợp thực hiện"));
    assert!(unfolded.contains("DESCRIPTION:Lead: Phòng Văn hóa và Thông tin\\nPartners: "));
}

#[test]
fn vietnamese_outputs_hold_no_english_word() {
    let ics = |args: &[&str]| {
        // Only the values a calendar shows: the property names are the
        // format's own.
        seed_stdout("vi", args)
            .replace("\r\n ", "")
            .lines()
            .filter_map(|l| {
                ["SUMMARY:", "DESCRIPTION:", "CATEGORIES:", "X-WR-CALNAME:"]
                    .iter()
                    .find_map(|p| l.strip_prefix(p))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let runs: Vec<(&str, String)> = vec![
        ("list", seed_stdout("vi", &["list"])),
        ("list --overdue", seed_stdout("vi", &["list", "--overdue"])),
        ("show 4", seed_stdout("vi", &["show", "4"])),
        ("show 6", seed_stdout("vi", &["show", "6"])),
        ("units", seed_stdout("vi", &["units"])),
        ("report", seed_stdout("vi", &["report"])),
        (
            "report md",
            seed_stdout("vi", &["report", "--format", "md"]),
        ),
        (
            "report html",
            seed_stdout("vi", &["report", "--format", "html"]),
        ),
        ("timeline", seed_stdout("vi", &["timeline"])),
        ("ics", ics(&["export", "--format", "ics"])),
    ];
    for (name, out) in runs {
        // HTML: the text between the tags.
        let text = if name == "report html" {
            let page = match (out.find("<style>"), out.find("</style>")) {
                (Some(a), Some(b)) => format!("{}{}", &out[..a], &out[b..]),
                _ => out.clone(),
            };
            let mut text = String::new();
            let mut inside = false;
            for c in page.chars() {
                match c {
                    '<' => inside = true,
                    '>' => {
                        inside = false;
                        text.push(' ');
                    }
                    c if !inside => text.push(c),
                    _ => {}
                }
            }
            text
        } else {
            out
        };
        let found = english_words(&text);
        assert!(found.is_empty(), "{name}: {found:?} in\n{text}");
    }
    let narrow = Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .env("COLUMNS", "60")
        .args(["--as-of", "15/07/2020", "list"])
        .stdout_any()
        .run()
        .stdout;
    assert_eq!(english_words(&narrow), [] as [&str; 0], "{narrow}");
}

#[test]
fn the_check_of_english_words_finds_them() {
    assert_eq!(
        english_words("todo, overdue 1 day"),
        ["todo", "overdue", "day"]
    );
    assert!(english_words("`plan list --review` plans/trieu-son-2020-pcbldg.toml").is_empty());
}

/// `plan ARGS` in Vietnamese on a fresh copy of the seed, as of 15 July
/// 2020: it succeeds and says `said` on stderr.
fn says(args: &[&str], said: &str) {
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["--as-of", "15/07/2020"])
        .args(args)
        .stdout_any()
        .stderr(format!("plans/trieu-son-2020-pcbldg.toml: {said}\n"))
        .run();
}

/// The same after `before` ran.
fn says_after(before: &[&[&str]], args: &[&str], said: &str) {
    let s = Sandbox::new();
    for run in before {
        s.plan()
            .env("PLAN_LANG", "vi")
            .args(["--as-of", "15/07/2020"])
            .args(*run)
            .stdout_any()
            .stderr_any()
            .run();
    }
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["--as-of", "15/07/2020"])
        .args(args)
        .stdout_any()
        .stderr(format!("plans/trieu-son-2020-pcbldg.toml: {said}\n"))
        .run();
}

#[test]
fn done_says_so_in_vietnamese() {
    says(&["done", "3"], "nhiệm vụ 3 hoàn thành ngày 15/07/2020");
    says_after(
        &[&["done", "3"]],
        &["done", "3"],
        "nhiệm vụ 3 đã hoàn thành ngày 15/07/2020 rồi; không thay đổi gì",
    );
    says(
        &["done", "4", "--milestone", "1"],
        "nhiệm vụ 4: mốc 1/2 (hạn 30/06/2020) hoàn thành ngày 15/07/2020",
    );
    says(
        &["done", "3", "--on", "01/01/2019"],
        "nhiệm vụ 3 hoàn thành ngày 01/01/2019 (ghi chú: trước thời kỳ của kế hoạch, Năm 2020)",
    );
    says(
        &["done", "3", "--dry-run"],
        "nhiệm vụ 3 hoàn thành ngày 15/07/2020 (chạy thử: không ghi gì)",
    );
}

#[test]
fn reopen_says_so_in_vietnamese() {
    says_after(&[&["done", "3"]], &["reopen", "3"], "đã mở lại nhiệm vụ 3");
    says(
        &["reopen", "3"],
        "nhiệm vụ 3 chưa hoàn thành; không thay đổi gì",
    );
    says_after(
        &[&["done", "4", "--milestone", "1"]],
        &["reopen", "4"],
        "nhiệm vụ 4: đã mở lại mốc 1/2",
    );
}

#[test]
fn assign_and_unassign_say_so_in_vietnamese() {
    says(
        &["assign", "1", "--lead", "cahuyen", "--partner", "ttvh"],
        "nhiệm vụ 1: cahuyen chủ trì, ttvh phối hợp",
    );
    says(
        &["assign", "1", "--lead", "vhtt"],
        "nhiệm vụ 1: các đơn vị đã được giao như vậy rồi; không thay đổi gì",
    );
    says(
        &["unassign", "1", "vhtt"],
        "nhiệm vụ 1: đã bỏ vhtt; nhiệm vụ hiện không có đơn vị chủ trì",
    );
    says(
        &["unassign", "1", "ttvh"],
        "nhiệm vụ 1: ttvh không được giao nhiệm vụ này; không thay đổi gì",
    );
}

#[test]
fn add_set_and_unit_say_so_in_vietnamese() {
    says(
        &[
            "add",
            "--title",
            "Sơ kết",
            "--lead",
            "vhtt",
            "--window",
            "Tháng 12/2020",
        ],
        "đã thêm nhiệm vụ 9",
    );
    says(
        &["set", "1", "title", "Tên mới"],
        "nhiệm vụ 1: đã đặt tên nhiệm vụ",
    );
    says(
        &["set", "1", "window", "Năm 2020"],
        "nhiệm vụ 1: thời gian thực hiện đã như vậy rồi; không thay đổi gì",
    );
    says(&["set", "1", "note", "Ghi"], "nhiệm vụ 1: đã đặt ghi chú");
    says(
        &["set", "1", "status", "đang làm"],
        "nhiệm vụ 1: đã đặt trạng thái",
    );
    says(
        &["unit", "add", "tc", "Phòng Tài chính"],
        "đã thêm đơn vị tc",
    );
    says_after(
        &[&["unit", "add", "tc", "Phòng Tài chính"]],
        &["unit", "alias", "tc", "Phòng TC"],
        "đơn vị tc: thêm 1 tên gọi khác",
    );
}

#[test]
fn check_and_an_empty_list_say_so_in_vietnamese() {
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .arg("check")
        .stderr("ổn: 1 kế hoạch, 8 nhiệm vụ\n")
        .run();
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--status", "done"])
        .stderr("không có nhiệm vụ nào phù hợp\n")
        .run();
}

#[test]
fn an_edit_in_json_keeps_its_english_message() {
    let out = Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["--as-of", "15/07/2020", "done", "3", "--format", "json"])
        .stdout_any()
        .run()
        .stdout;
    assert!(
        out.contains("\"message\": \"task 3 done on 15/07/2020\""),
        "{out}"
    );
}

#[test]
fn check_sums_up_problems_and_marks_in_vietnamese() {
    let s = Sandbox::new();
    s.broken(
        "trieu-son-2020-pcbldg.toml",
        &[("status = \"todo\"", "status = \"zzz\"")],
    );
    s.plan()
        .env("PLAN_LANG", "vi")
        .arg("check")
        .status(1)
        .stderr_ends_with("\nlỗi: 1 lỗi trong 1/1 tệp kế hoạch\n")
        .run();
    let s = Sandbox::new();
    s.broken(
        "trieu-son-2020-pcbldg.toml",
        &[(
            "status = \"todo\"",
            "status = \"todo\"\nreview = [\"lead\"]",
        )],
    );
    s.plan()
        .env("PLAN_LANG", "vi")
        .arg("check")
        .stderr_ends_with(
            "\nổn: 1 kế hoạch, 8 nhiệm vụ; 1 dấu cần xem lại (`plan list --review`)\n",
        )
        .run();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["check", "--strict"])
        .status(1)
        .stderr_ends_with(
            "\nlỗi: 1 lỗi trong 1/1 tệp kế hoạch (cảnh báo được tính là lỗi với --strict)\n",
        )
        .run();
}

#[test]
fn edits_that_change_roles_and_windows_say_so_in_vietnamese() {
    says(
        &["assign", "1", "--partner", "vhtt", "--lead", "cahuyen"],
        "nhiệm vụ 1: cahuyen chủ trì, vhtt phối hợp (trước là chủ trì)",
    );
    says_after(
        &[
            &["done", "4", "--milestone", "1", "--on", "20/06/2020"],
            &["set", "4", "status", "hủy"],
        ],
        &["set", "4", "window", "Tháng 12/2020"],
        "nhiệm vụ 4: đã đặt thời gian thực hiện; nhiệm vụ đang ở trạng thái đã hủy nên bỏ 1 \
         ngày hoàn thành mốc (20/06/2020): thời gian mới có 1 mốc",
    );
    says(
        &["done", "3", "--note", "Đã tổ chức"],
        "nhiệm vụ 3 hoàn thành ngày 15/07/2020",
    );
}

#[test]
fn the_html_report_is_in_the_interfaces_language() {
    let vi = seed_stdout("vi", &["report", "--format", "html"]);
    assert!(vi.contains("<html lang=\"vi\">"));
    assert!(vi.contains("<title>Báo cáo tiến độ — "));
    assert!(vi.contains("<strong>quá hạn 15 ngày</strong>"), "{vi}");
    let en = seed_stdout("en", &["report", "--format", "html"]);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<title>Progress report — "));
    assert!(en.contains("<h2>Progress over time</h2>"));
    assert!(en.contains("<strong>overdue 15 days</strong>"), "{en}");
}

#[test]
fn a_unit_that_matches_several_or_none_is_named_in_vietnamese() {
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["assign", "1", "--partner", "phòng"])
        .status(1)
        .stderr_contains(
            "lỗi: \"phòng\" khớp với nhiều đơn vị: vhtt (Phòng Văn hóa và Thông tin), \
             ldtbxh (Phòng Lao động – Thương binh và Xã hội), nganh (Các ngành, đoàn thể cấp huyện)\n",
        )
        .run();
    Sandbox::new()
        .plan()
        .env("PLAN_LANG", "vi")
        .args(["assign", "1", "--partner", "cong an xa"])
        .status(1)
        .stderr_contains(
            "không có đơn vị nào khớp với \"cong an xa\"; gần nhất: cahuyen (Công an huyện)",
        )
        .run();
}

#[test]
fn the_rendered_document_is_vietnamese_whatever_the_interface() {
    let vi = seed_stdout("vi", &["render"]);
    assert!(vi.starts_with("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\n\nKẾ HOẠCH\n"));
    assert!(vi.contains("\n- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.\n"));
    assert_eq!(
        seed_stdout("en", &["render"]),
        vi,
        "the office issues it as it is"
    );
    assert_eq!(
        seed_stdout("en", &["render", "--format", "md"]),
        seed_stdout("vi", &["render", "--format", "md"])
    );
}

/// The date line of a rendered plan follows Nghị định 30/2020 (Phụ lục I):
/// a leading zero on a day below 10 and on the months 1 and 2 only.
#[test]
fn the_rendered_date_takes_a_leading_zero_as_the_decree_says() {
    let seed =
        std::fs::read_to_string(common::root().join("plans/trieu-son-2020-pcbldg.toml")).unwrap();
    for (date, written) in [
        ("2020-05-05", "Triệu Sơn, ngày 05 tháng 5 năm 2020"),
        ("2024-03-12", "Triệu Sơn, ngày 12 tháng 3 năm 2024"),
        ("2024-02-05", "Triệu Sơn, ngày 05 tháng 02 năm 2024"),
        ("2024-11-20", "Triệu Sơn, ngày 20 tháng 11 năm 2024"),
    ] {
        let s = Sandbox::empty();
        let dated =
            format!("issuer = \"UBND huyện Triệu Sơn\"\nplace = \"Triệu Sơn\"\ndate = {date}");
        s.write(
            "kh.toml",
            &seed.replacen("issuer = \"UBND huyện Triệu Sơn\"", &dated, 1),
        );
        let out = s
            .plan()
            .args(["-f", "kh.toml", "render"])
            .stdout_any()
            .run();
        assert!(
            out.stdout.contains(&format!("\n{written}\n")),
            "{written} not in {}",
            out.stdout
        );
    }
}
