//! Reports, the timeline and exports on the seed plan as of fixed days:
//! snapshots of every format, a real iCalendar parser on the ICS, a real
//! browser on the HTML, and hostile text kept inert everywhere.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/trieu-son-2020-pcbldg.toml")
}

fn plan(file: &Path) -> Command {
    let mut cmd = Command::cargo_bin("plan").unwrap();
    cmd.env_remove("PLAN_FILE")
        .env_remove("PLAN_TODAY")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .arg("-f")
        .arg(file);
    cmd
}

fn stdout(file: &Path, args: &[&str]) -> String {
    let out = plan(file).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

// --- report ---------------------------------------------------------------------

#[test]
fn report_table_on_1_november_2020() {
    insta::assert_snapshot!(stdout(&seed(), &["report", "--as-of", "01/11/2020"]));
}

#[test]
fn report_markdown_counted_for_partners() {
    insta::assert_snapshot!(stdout(
        &seed(),
        &[
            "report",
            "--as-of",
            "01/11/2020",
            "--role",
            "partner",
            "--format",
            "md"
        ]
    ));
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
    let out = stdout(
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
    insta::assert_snapshot!(out);
}

#[test]
fn report_html_is_one_self_contained_page() {
    let html = stdout(
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
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    for forbidden in ["<script", "http://", "https://", "<link"] {
        assert!(!html.contains(forbidden), "{forbidden} in the page");
    }
    insta::assert_snapshot!(html);
}

// --- timeline --------------------------------------------------------------------

#[test]
fn timeline_without_colour() {
    insta::assert_snapshot!(stdout(
        &seed(),
        &["timeline", "--as-of", "01/11/2020", "--color", "never"]
    ));
}

#[test]
fn timeline_colours_only_when_asked_or_on_a_terminal() {
    let piped = stdout(&seed(), &["timeline", "--as-of", "01/11/2020"]);
    assert!(!piped.contains('\u{1b}'));
    let coloured = stdout(
        &seed(),
        &["timeline", "--as-of", "01/11/2020", "--color", "always"],
    );
    assert!(coloured.contains("\u{1b}[1;31m"), "overdue tasks are red");
    let mut cmd = plan(&seed());
    cmd.env("NO_COLOR", "1")
        .args(["timeline", "--as-of", "01/11/2020", "--color", "never"]);
    assert!(
        !String::from_utf8(cmd.output().unwrap().stdout)
            .unwrap()
            .contains('\u{1b}')
    );
}

#[test]
fn timeline_fits_the_width() {
    for width in ["60", "100", "160"] {
        let mut cmd = plan(&seed());
        cmd.env("COLUMNS", width)
            .args(["timeline", "--as-of", "01/11/2020", "--color", "never"]);
        let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
        let limit: usize = width.parse().unwrap();
        for line in out.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= limit,
                "{width}: {line}"
            );
        }
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
    assert!(prop(june, "DESCRIPTION").contains("Chủ trì: Phòng Văn hóa và Thông tin"));
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
    let uids = |s: &str| {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&a), uids(&b));
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
    insta::assert_snapshot!(csv);
}

#[test]
fn json_export_lists_every_task() {
    let json: serde_json::Value = serde_json::from_str(&stdout(
        &seed(),
        &["export", "--format", "json", "--as-of", "2020-07-01"],
    ))
    .unwrap();
    assert_eq!(json["tasks"].as_array().unwrap().len(), 8);
}

// --- hostile text ----------------------------------------------------------------

fn hostile() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let text = fs::read_to_string(seed()).unwrap().replacen(
        "title = \"Phối hợp tổ chức các hoạt động truyền thông",
        "title = \"\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eevil\\u202c <script>alert(1)</script> =cmd|' /C calc'!A0 Phối hợp tổ chức các hoạt động truyền thông",
        1,
    );
    let path = dir.path().join("kh.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

fn controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\r'))
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
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
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let table = stdout(&file, &["report", "--as-of", "2020-11-01"]);
    assert!(
        table.contains("\\u{1b}]0;pwned"),
        "controls are shown, not dropped, on the terminal"
    );
    let csv = stdout(&file, &["export", "--format", "csv"]);
    assert!(!csv.contains(",=cmd"));
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
    let dir = TempDir::new().unwrap();
    let page = dir.path().join("bao-cao.html");
    let out = plan(&seed())
        .args(["report", "--as-of", "30/06/2020", "--format", "html", "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let url = format!("file://{}", page.display());
    let run = |extra: &[&str]| {
        let profile = dir.path().join("profile");
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
    let png = dir.path().join("bao-cao.png");
    let pdf = dir.path().join("bao-cao.pdf");
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
