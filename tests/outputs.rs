//! Reports, the timeline and exports on the seed plan as of fixed days:
//! snapshots of every format, a real iCalendar parser on the ICS, a real
//! browser on the HTML, and hostile text kept inert everywhere.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Sandbox, Test, seed, table_row};

/// `plan -f FILE`, in a sandbox of its own.
fn plan(file: &Path) -> Test {
    common::plan().arg("-f").arg(file)
}

/// What `plan -f FILE ARGS` prints, which the caller checks; it must exit
/// 0 and print nothing on stderr.
fn stdout(file: &Path, args: &[&str]) -> String {
    plan(file).args(args).stdout_any().run().stdout
}

/// [`stdout`] in Vietnamese.
fn stdout_vi(file: &Path, args: &[&str]) -> String {
    plan(file)
        .env("PLAN_LANG", "vi")
        .args(args)
        .stdout_any()
        .run()
        .stdout
}

/// The column (in characters) where `needle` first occurs in `line`.
fn column(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in {line:?}"));
    line[..at].chars().count()
}

/// What the seed's timeline on 1 November 2020 shows at any width: the
/// year, the twelve months, a row per task in order, task 3's bar (Tháng
/// 6/2020) starting under month 6, today's mark in one column on every
/// row, and the legend naming the day.
fn assert_seed_timeline(out: &str) {
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 11, "{out}");
    assert_eq!(lines[0].trim(), "2020");
    let months: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(
        months,
        [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
        ]
    );
    for (i, row) in lines[2..10].iter().enumerate() {
        assert!(row.starts_with(&format!("{}. Phối hợp", i + 1)), "{row}");
    }
    assert_eq!(column(lines[4], "█"), column(lines[1], " 6 ") + 1);
    let today = column(lines[2], "┃");
    for row in &lines[2..10] {
        assert_eq!(column(row, "┃"), today, "{row}");
    }
    assert!(lines[10].ends_with("┃ 01/11/2020"), "{}", lines[10]);
}

// --- report ---------------------------------------------------------------------

#[test]
fn report_table_on_1_november_2020() {
    let out = stdout(&seed(), &["report", "--as-of", "01/11/2020"]);
    // On 1 November 2020 tasks 3, 4, 6, 7 and 8 are overdue, all led by
    // vhtt, the longest (3 and 4, due 30 June) by 124 days.
    assert!(out.starts_with("Progress as of 01/11/2020, counted for lead units\n"));
    assert_eq!(
        table_row(&out, "Phòng Văn hóa và"),
        [
            "Phòng Văn hóa và",
            "7",
            "0",
            "0",
            "5",
            "124\u{a0}d",
            "0",
            "2",
            "0"
        ]
    );
    assert_eq!(
        table_row(&out, "Total"),
        ["Total", "8", "0", "0", "5", "124\u{a0}d", "0", "3", "0"]
    );
    assert!(out.contains("Done on time: 0 of 8 tasks (0%).\n"));
    let overdue: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .map(|l| l.split('.').next().unwrap())
        .collect();
    assert_eq!(overdue, ["3", "4", "6", "7", "8"]);
    assert!(out.contains("(due 30/06/2020), overdue 124 days\n"));
    insta::assert_snapshot!(out);
}

#[test]
fn report_markdown_counted_for_partners() {
    let out = stdout_vi(
        &seed(),
        &[
            "report",
            "--as-of",
            "01/11/2020",
            "--role",
            "partner",
            "--format",
            "md",
        ],
    );
    assert!(
        out.starts_with("## Tiến độ thực hiện đến ngày 01/11/2020, tính cho đơn vị phối hợp\n")
    );
    // Công an huyện is a partner of all eight tasks through its groups;
    // five of them are overdue on 1 November.
    assert!(
        out.contains("\n| Công an huyện | 8 | 0 | 0 | 5 | 124\u{a0}ngày | 0 | 3 | 0 |\n"),
        "{out}"
    );
    assert!(out.contains("\n| **Tổng cộng** | **8** | **0** | **0** | **5** |"));
    assert!(out.contains("Hoàn thành đúng hạn: 0/8 nhiệm vụ (0%)."));
    insta::assert_snapshot!(out);
}

#[test]
fn report_csv_for_excel() {
    let csv = stdout(
        &seed(),
        &[
            "report",
            "--as-of",
            "30/06/2020",
            "--format",
            "csv",
            "--delimiter",
            ";",
        ],
    );
    assert!(csv.starts_with("\u{feff}plan;unit;name;total;"));
    assert!(csv.contains("\r\n"));
    // On 30 June 2020 nothing is overdue yet; tasks 3 and 4 fall due that
    // day, so within 30 days.
    assert!(
        csv.contains(
            "\r\ntrieu-son-2020-pcbldg;vhtt;Phòng Văn hóa và Thông tin;7;0;0;0;;2;5;0\r\n"
        ),
        "{csv}"
    );
    // Task 2 has three lead units: the rows add up to 10, and say so.
    assert!(
        csv.ends_with(
            "\r\n;;Total;8;0;0;0;;2;6;0\r\n;;The unit rows add up to 10 and the total is 8: a \
             task counts in the row of every unit it concerns, and once in the total.;;;;;;;;\r\n"
        ),
        "{csv}"
    );
    insta::assert_snapshot!(csv);
}

#[test]
fn report_json_has_the_documented_fields() {
    let json: serde_json::Value = serde_json::from_str(&stdout(
        &seed(),
        &["report", "--as-of", "01/11/2020", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["as_of"], "2020-11-01");
    assert_eq!(json["role"], "lead");
    assert_eq!(json["totals"]["total"], 8);
    assert_eq!(json["totals"]["overdue"], 5);
    assert_eq!(json["totals"]["longest_delay"], 124);
    assert_eq!(json["units"][0]["unit"], "vhtt");
    assert_eq!(json["units"][0]["counts"]["overdue"], 5);
    assert_eq!(json["overdue"][0]["id"], "3");
    assert_eq!(json["overdue"][0]["lead"][0], "Phòng Văn hóa và Thông tin");
    insta::assert_snapshot!(serde_json::to_string_pretty(&json).unwrap());
}

#[test]
fn report_for_a_period_and_a_unit() {
    let out = stdout_vi(
        &seed(),
        &[
            "report",
            "--as-of",
            "01/11/2020",
            "--period",
            "Quý III/2020",
            "--unit",
            "công an",
            "--format",
            "md",
        ],
    );
    assert!(out.contains("nhiệm vụ trong Quý III/2020"), "{out}");
    // Công an huyện leads one task, 2 (Năm 2020, so also in Quý III), not
    // yet due.
    assert!(
        out.contains("\n| Công an huyện | 1 | 0 | 0 | 0 |  | 0 | 1 | 0 |\n"),
        "{out}"
    );
    assert!(out.contains("Không có nhiệm vụ quá hạn."));
    insta::assert_snapshot!(out);
}

#[test]
fn report_html_is_one_self_contained_page() {
    let html = stdout_vi(
        &seed(),
        &["report", "--as-of", "30/06/2020", "--format", "html"],
    );
    assert!(html.starts_with("<!DOCTYPE html>"));
    for needle in [
        "<table class=\"units\">",
        "<svg",
        "class=\"today\"",
        "class=\"milestone\"",
        "@page",
        "Tiến độ thực hiện đến ngày 30/06/2020",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    for forbidden in ["<script", "http://", "https://", "<link"] {
        assert!(!html.contains(forbidden), "{forbidden} in the page");
    }
    // A timeline row per task of the seed.
    assert_eq!(html.matches("<g class=\"task\">").count(), 8);
    insta::assert_snapshot!(html);
}

// --- timeline --------------------------------------------------------------------

#[test]
fn timeline_without_colour() {
    let out = stdout(
        &seed(),
        &["timeline", "--as-of", "01/11/2020", "--color", "never"],
    );
    assert!(!out.contains('\u{1b}'));
    assert_seed_timeline(&out);
    insta::assert_snapshot!(out);
}

#[test]
fn timeline_colours_only_when_asked_or_on_a_terminal() {
    let piped = stdout(&seed(), &["timeline", "--as-of", "01/11/2020"]);
    assert!(!piped.contains('\u{1b}'));
    assert_seed_timeline(&piped);
    plan(&seed())
        .args(["timeline", "--as-of", "01/11/2020", "--color", "always"])
        .stdout_contains("\u{1b}[1;31m")
        .run();
    plan(&seed())
        .env("NO_COLOR", "1")
        .args(["timeline", "--as-of", "01/11/2020", "--color", "never"])
        .stdout(piped)
        .run();
}

#[test]
fn timeline_fits_the_width() {
    for width in [60, 100, 160] {
        let out = plan(&seed())
            .env("COLUMNS", width.to_string())
            .args(["timeline", "--as-of", "01/11/2020", "--color", "never"])
            .stdout_any()
            .run()
            .stdout;
        for line in out.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width,
                "{width}: {line}"
            );
        }
        // Narrow or wide, the same timeline, its titles cut to fit.
        assert_seed_timeline(&out);
    }
}

#[test]
fn timeline_from_to() {
    let out = stdout(
        &seed(),
        &[
            "timeline",
            "--as-of",
            "01/11/2020",
            "--color",
            "never",
            "--from",
            "06/2020",
            "--to",
            "2020-09",
        ],
    );
    let header: Vec<&str> = out.lines().take(2).collect();
    assert_eq!(header[0].trim(), "2020");
    assert_eq!(
        header[1].split_whitespace().collect::<Vec<_>>(),
        ["6", "7", "8", "9"]
    );
    // June to September only: task 3 (June) starts the chart, task 6
    // (August) starts under 8, task 7 (September) under 9, and 1 November
    // is off the chart.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(column(lines[4], "█"), column(header[1], "6"));
    assert_eq!(column(lines[7], "█"), column(header[1], "8"));
    assert_eq!(column(lines[8], "█"), column(header[1], "9"));
    assert!(lines[2..10].iter().all(|row| !row.contains('┃')), "{out}");
}

// --- exports ---------------------------------------------------------------------

#[test]
fn ics_parses_with_a_real_icalendar_parser() {
    let ics = stdout(
        &seed(),
        &["export", "--format", "ics", "--as-of", "2020-07-01"],
    );
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    let unfolded = icalendar::parser::unfold(&ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    // Eight tasks, task 4 with two milestones.
    assert_eq!(events.len(), 9);
    let prop = |event: &icalendar::parser::Component, name: &str| -> String {
        event
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_string())
            .unwrap_or_default()
    };
    let uids: std::collections::BTreeSet<String> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), 9, "UIDs are unique");
    let june = events
        .iter()
        .find(|e| prop(e, "UID") == "trieu-son-2020-pcbldg-4-1@plan")
        .unwrap();
    assert_eq!(prop(june, "DTSTART"), "20200601");
    assert_eq!(prop(june, "DTEND"), "20200701");
    assert!(prop(june, "SUMMARY").starts_with("[todo] 4. Phối hợp thực hiện"));
    assert!(prop(june, "SUMMARY").ends_with("(1/2)"));
    assert!(prop(june, "DESCRIPTION").contains("Lead: Phòng Văn hóa và Thông tin"));
    insta::assert_snapshot!(ics);
}

#[test]
fn ics_uids_are_stable_across_runs_and_days() {
    let a = stdout(
        &seed(),
        &["export", "--format", "ics", "--as-of", "2020-07-01"],
    );
    let b = stdout(
        &seed(),
        &["export", "--format", "ics", "--as-of", "2021-03-01"],
    );
    let again = stdout(
        &seed(),
        &["export", "--format", "ics", "--as-of", "2020-07-01"],
    );
    let uids = |s: &str| {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&a).len(), 9);
    assert_eq!(uids(&a), uids(&b));
    assert_eq!(uids(&a), uids(&again));
}

#[test]
fn csv_export_with_semicolons() {
    let csv = stdout(
        &seed(),
        &[
            "export",
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--as-of",
            "2020-07-01",
        ],
    );
    assert!(csv.starts_with(
        "\u{feff}plan;id;title;lead;partners;window;start;end;due;status;done;days_overdue\r\n"
    ));
    assert_eq!(csv.lines().count(), 9);
    // Task 3 (Tháng 6/2020) is one day overdue on 1 July 2020.
    assert!(
        csv.contains(";Tháng 6/2020;2020-06-01;2020-06-30;2020-06-30;todo;;1\r\n"),
        "{csv}"
    );
    insta::assert_snapshot!(csv);
}

#[test]
fn json_export_lists_every_task() {
    let json: serde_json::Value = serde_json::from_str(&stdout(
        &seed(),
        &["export", "--format", "json", "--as-of", "2020-07-01"],
    ))
    .unwrap();
    let ids: Vec<&str> = json["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5", "6", "7", "8"]);
}

// --- hostile text ----------------------------------------------------------------

fn hostile() -> (Sandbox, PathBuf) {
    let dir = Sandbox::empty();
    let text = fs::read_to_string(seed()).unwrap().replacen(
        "title = \"Phối hợp tổ chức các hoạt động truyền thông",
        "title = \"\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eevil\\u202c <script>alert(1)</script> =cmd|' /C calc'!A0 Phối hợp tổ chức các hoạt động truyền thông",
        1,
    );
    let path = dir.write("kh.toml", &text);
    (dir, path)
}

/// The characters of the project's inert set (`plan::text::is_hazard`)
/// that `text` holds raw; a CR is allowed where it ends a CRLF line, and
/// the byte-order mark that starts a CSV file for Excel.
fn controls(text: &str) -> Vec<char> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.chars()
        .filter(|&c| plan::text::is_hazard(c) && c != '\r')
        .collect()
}

#[test]
fn hostile_titles_are_inert_in_every_output() {
    let (_dir, file) = hostile();
    for args in [
        &["list", "--as-of", "2020-11-01"][..],
        &["show", "3"],
        &["report", "--as-of", "2020-11-01"],
        &["report", "--as-of", "2020-11-01", "--format", "md"],
        &["timeline", "--as-of", "2020-11-01", "--color", "never"],
        &["export", "--format", "csv"],
        &["export", "--format", "ics"],
        &["report", "--format", "html", "--as-of", "2020-11-01"],
    ] {
        let out = stdout(&file, args);
        assert_eq!(controls(&out), Vec::<char>::new(), "{args:?}");
    }
    let html = stdout(
        &file,
        &["report", "--format", "html", "--as-of", "2020-11-01"],
    );
    assert!(!html.contains("<script>"));
    // Markdown is rendered as HTML wherever it is pasted: the title is text.
    let markdown = stdout(
        &file,
        &["report", "--format", "md", "--as-of", "2020-11-01"],
    );
    assert!(!markdown.contains("<script>"), "{markdown}");
    assert!(markdown.contains("&lt;script&gt;"), "{markdown}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let table = stdout(&file, &["report", "--as-of", "2020-11-01"]);
    assert!(
        table.contains("\\u{1b}]0;pwned"),
        "controls are shown, not dropped, on the terminal"
    );
    let csv = stdout(&file, &["export", "--format", "csv"]);
    assert!(!csv.contains(",=cmd"));
    // A spreadsheet has no use for control characters: they are dropped.
    assert!(csv.contains(",\"]0;pwned[2J31mevil <script>"), "{csv}");
    plan(&file)
        .args(["show", "3"])
        .stdout_contains("\\u{1b}]0;pwned\\u{7}\\u{1b}[2J")
        .run();
}

// --- a real browser ---------------------------------------------------------------

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::split_paths(&std::env::var_os("PATH")?)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
}

/// Needs Debian's Chromium, which .ci/run installs and runs this test
/// with: `cargo test --test outputs -- --ignored`.
#[test]
#[ignore = "needs Chromium: cargo test --test outputs -- --ignored"]
fn html_report_renders_in_a_real_browser_to_png_and_pdf() {
    let browser = chromium().expect("Chromium (Debian package chromium) on the PATH");
    let s = Sandbox::empty();
    let dir = s.root();
    let page = s.path("bao-cao.html");
    s.plan()
        .arg("-f")
        .arg(seed())
        .args(["report", "--as-of", "30/06/2020", "--format", "html", "-o"])
        .arg(&page)
        .stderr("wrote [TEMP]/bao-cao.html\n")
        .run();
    let url = format!("file://{}", page.display());
    let run = |extra: &[&str]| {
        let profile = dir.join("profile");
        std::process::Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&url)
            .output()
            .unwrap()
    };
    let png = dir.join("bao-cao.png");
    let pdf = dir.join("bao-cao.pdf");
    run(&[
        "--window-size=1240,1754",
        &format!("--screenshot={}", png.display()),
    ]);
    run(&[
        "--no-pdf-header-footer",
        &format!("--print-to-pdf={}", pdf.display()),
    ]);
    let dom = String::from_utf8(run(&["--dump-dom"]).stdout).unwrap();
    let png_bytes = fs::read(&png).expect("a screenshot");
    assert!(
        png_bytes.starts_with(b"\x89PNG") && png_bytes.len() > 20_000,
        "{} bytes",
        png_bytes.len()
    );
    let pdf_bytes = fs::read(&pdf).expect("a PDF");
    assert!(pdf_bytes.starts_with(b"%PDF") && pdf_bytes.len() > 5_000);
    // The browser's own DOM: the table with its rows, the timeline with a bar per task.
    assert!(
        dom.contains("<table class=\"units\">"),
        "no table in the rendered page"
    );
    assert_eq!(
        dom.matches("<g class=\"task\">").count(),
        8,
        "a timeline row per task"
    );
    assert!(dom.contains("class=\"today\""));
    if let Some(keep) = std::env::var_os("PLAN_KEEP_RENDER") {
        fs::copy(&png, Path::new(&keep).join("bao-cao.png")).unwrap();
        fs::copy(&pdf, Path::new(&keep).join("bao-cao.pdf")).unwrap();
    }
}

/// The HTML report's overdue list is bulleted, each task with its own
/// number ("3. Phối hợp…", not "1. 3 Phối hợp…"), and with several plans
/// each task is PLAN:ID.
#[test]
fn report_html_overdue_tasks_carry_their_own_numbers_and_plans() {
    let one = stdout(
        &seed(),
        &["--as-of", "2020-07-01", "report", "--format", "html"],
    );
    assert!(one.contains("<ul class=\"overdue\">"), "{one}");
    assert!(!one.contains("<ol class=\"overdue\">"));
    assert!(
        one.contains("<li><strong>3</strong>. Phối hợp tổ chức"),
        "{one}"
    );
    let s = two_plans("Năm 2020");
    let out = s
        .plan()
        .args([
            "-f",
            "a.toml",
            "-f",
            "b.toml",
            "--as-of",
            "2020-07-01",
            "report",
            "--format",
            "html",
        ])
        .stdout_any()
        .run();
    assert!(
        out.stdout.contains("<li><strong>khac:3</strong>. "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("<li><strong>trieu-son-2020-pcbldg:3</strong>. ")
    );
}

/// With several plans the terminal timeline groups each plan's rows under
/// a heading, and a row's label is the task's number and title.
#[test]
fn timeline_with_several_plans_groups_rows_under_plan_headings() {
    let s = two_plans("Năm 2020");
    let out = s
        .plan()
        .env("COLUMNS", "120")
        .args([
            "-f",
            "a.toml",
            "-f",
            "b.toml",
            "--as-of",
            "2020-07-01",
            "timeline",
        ])
        .stdout_any()
        .run();
    let lines: Vec<&str> = out.stdout.lines().collect();
    let heading = |id: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(&format!("{id} — Kế hoạch")))
    };
    let (a, b) = (
        heading("trieu-son-2020-pcbldg").unwrap(),
        heading("khac").unwrap(),
    );
    assert!(a < b, "{}", out.stdout);
    assert!(lines[a + 1].starts_with("1. Phối hợp"), "{}", out.stdout);
    assert!(lines[b + 1].starts_with("1. Phối hợp"), "{}", out.stdout);
    assert!(!out.stdout.contains("khac:1"));
}

/// The HTML chart with several plans: a heading row per plan, task rows
/// labelled by their own number, and month labels thinned so that a span
/// of years keeps them apart.
#[test]
fn report_html_chart_groups_plans_and_thins_month_labels() {
    let s = two_plans("2020 - 2025");
    let out = s
        .plan()
        .args([
            "-f",
            "a.toml",
            "-f",
            "b.toml",
            "--as-of",
            "2020-07-01",
            "report",
            "--format",
            "html",
        ])
        .stdout_any()
        .run();
    let html = out.stdout;
    assert!(
        html.contains("font-weight=\"bold\">khac — Kế hoạch"),
        "{html}"
    );
    assert!(!html.contains(">khac:1. "), "{html}");
    // 72 months over the chart: labelled every few, never two within 32 units.
    let labels = html.matches("fill=\"#555\">").count();
    assert!((10..=30).contains(&labels), "{labels} month labels");
}

/// The seed as a.toml and, as b.toml, the seed again with the plan id
/// `khac` and the period `period`: two plans loaded together.
fn two_plans(period: &str) -> Sandbox {
    let s = Sandbox::empty();
    let seed = fs::read_to_string(seed()).unwrap();
    s.write("a.toml", &seed);
    s.write(
        "b.toml",
        &seed
            .replace("id = \"trieu-son-2020-pcbldg\"", "id = \"khac\"")
            .replace("period = \"Năm 2020\"", &format!("period = \"{period}\"")),
    );
    s
}
