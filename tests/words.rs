//! End-to-end tests of the words clerks type: status words in plan files
//! and flags, days such as `hôm nay` and `1/7`, spans such as `1 tháng`,
//! `plan list --this-week` / `--this-month`, and `--headers vi` for CSV.

mod common;

use chrono::{Datelike, Days, Local, NaiveDate};
use common::{SEED, Sandbox};
use unicode_normalization::UnicodeNormalization;

/// The CSV header of `plan list --format csv`, after its byte-order mark.
const CSV_HEADER: &str =
    "\u{feff}plan,id,title,lead,partners,window,start,end,due,status,done,days_overdue\r\n";

/// The same header with `--headers vi`.
const CSV_HEADER_VI: &str = "\u{feff}Kế hoạch,TT,Tên nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,\
    Thời gian,Bắt đầu,Kết thúc,Hạn,Trạng thái,Ngày hoàn thành,Số ngày quá hạn\r\n";

/// The task ids `plan list` selects with `args`, read from its CSV.
fn listed(s: &Sandbox, args: &[&str]) -> Vec<String> {
    let out = s
        .plan()
        .args(["list", "--format", "csv"])
        .args(args)
        .stdout_starts_with(CSV_HEADER)
        .run();
    ids(&out.stdout)
}

fn ids(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|line| line.split(',').nth(1).unwrap().to_string())
        .collect()
}

/// The real today, as `plan` reads it (the local calendar day).
fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// `as_of` of `plan list --format json` with `args`.
fn as_of(s: &Sandbox, args: &[&str]) -> String {
    let out = s
        .plan()
        .args(["list", "--format", "json"])
        .args(args)
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    doc["as_of"].as_str().unwrap().to_string()
}

/// The seed with statuses written in clerks' words: task 3 "xong", task 5
/// "Đã Huỷ", task 7 "đang làm" decomposed (NFD).
fn with_clerk_statuses(s: &Sandbox) {
    let text = s.read(&format!("plans/{SEED}"));
    let mut parts: Vec<String> = text
        .split("status = \"todo\"")
        .map(str::to_string)
        .collect();
    assert_eq!(parts.len(), 9, "eight statuses");
    let statuses = [
        "todo",
        "todo",
        "xong",
        "todo",
        "Đã Huỷ",
        "todo",
        &"đang làm".nfd().collect::<String>(),
        "todo",
    ]
    .map(|w| format!("status = \"{w}\""));
    let mut out = parts.remove(0);
    for (status, rest) in statuses.iter().zip(parts) {
        out.push_str(status);
        out.push_str(&rest);
    }
    s.write(&format!("plans/{SEED}"), &out);
}

// --- statuses ----------------------------------------------------------------

#[test]
fn status_words_in_a_plan_file_load_as_their_status() {
    let s = Sandbox::new();
    with_clerk_statuses(&s);
    s.plan().arg("check").stderr_any().run();
    assert_eq!(listed(&s, &["-s", "done"]), ["3"]);
    assert_eq!(listed(&s, &["-s", "cancelled"]), ["5"]);
    assert_eq!(listed(&s, &["-s", "doing"]), ["7"]);
}

#[test]
fn status_filter_takes_vietnamese_words_in_any_case_mark_and_tone_placement() {
    let s = Sandbox::new();
    with_clerk_statuses(&s);
    for (word, expected) in [
        ("xong", "3"),
        ("HOÀN THÀNH", "3"),
        ("hoan thanh", "3"),
        ("đã xong", "3"),
        ("hủy", "5"),
        ("huỷ", "5"),
        ("đã hủy", "5"),
        ("Đã Huỷ", "5"),
        ("huy", "5"),
        ("Đang làm", "7"),
        ("dang lam", "7"),
    ] {
        assert_eq!(listed(&s, &["-s", word]), [expected], "{word}");
        let nfd: String = word.nfd().collect();
        assert_eq!(listed(&s, &["-s", &nfd]), [expected], "{word} (NFD)");
    }
    assert_eq!(
        listed(&s, &["-s", "chưa làm,xong"]),
        ["1", "2", "3", "4", "6", "8"]
    );
}

#[test]
fn set_status_takes_a_clerks_word_and_writes_the_files_name() {
    let s = Sandbox::new();
    s.plan()
        .args(["set", "5", "status", "đã huỷ"])
        .stderr_any()
        .run();
    s.plan()
        .args(["set", "7", "status", "Dang Lam"])
        .stderr_any()
        .run();
    let text = s.read(&format!("plans/{SEED}"));
    assert!(text.contains("id = \"5\""));
    assert_eq!(text.matches("status = \"cancelled\"").count(), 1, "{text}");
    assert_eq!(text.matches("status = \"doing\"").count(), 1, "{text}");
    assert!(!text.contains("huỷ") && !text.contains("Dang"));
}

#[test]
fn reopening_a_task_whose_file_says_xong_writes_todo() {
    let s = Sandbox::new();
    with_clerk_statuses(&s);
    s.plan().args(["reopen", "3"]).stderr_any().run();
    let text = s.read(&format!("plans/{SEED}"));
    assert!(!text.contains("\"xong\""), "{text}");
    assert_eq!(listed(&s, &["-s", "done"]), Vec::<String>::new());
}

// --- days --------------------------------------------------------------------

#[test]
fn as_of_takes_a_two_digit_year_and_plan_today_too() {
    let s = Sandbox::new();
    assert_eq!(listed(&s, &["--overdue", "--as-of", "1/7/20"]), ["3", "4"]);
    assert_eq!(as_of(&s, &["--as-of", "1/11/20"]), "2020-11-01");
    let out = s
        .plan()
        .env("PLAN_TODAY", "1/11/20")
        .args(["list", "--format", "json"])
        .stdout_contains("\"as_of\": \"2020-11-01\"")
        .run();
    drop(out);
}

#[test]
fn as_of_takes_relative_words_counted_from_the_real_today() {
    let s = Sandbox::new();
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let today = today();
    assert_eq!(as_of(&s, &["--as-of", "hôm nay"]), day(today));
    assert_eq!(as_of(&s, &["--as-of", "HOM NAY"]), day(today));
    assert_eq!(
        as_of(&s, &["--as-of", "hôm qua"]),
        day(today.checked_sub_days(Days::new(1)).unwrap())
    );
    assert_eq!(
        as_of(&s, &["--as-of", "ngay mai"]),
        day(today.checked_add_days(Days::new(1)).unwrap())
    );
    // A day without a year is of this year.
    assert_eq!(
        as_of(&s, &["--as-of", "1/7"]),
        format!("{}-07-01", today.year())
    );
    // PLAN_TODAY too, whatever the tests fix it to.
    let out = s
        .plan()
        .env("PLAN_TODAY", "hôm nay")
        .args(["list", "--format", "json"])
        .stdout_contains(format!("\"as_of\": \"{}\"", day(today)))
        .run();
    drop(out);
}

#[test]
fn done_on_takes_relative_and_short_days() {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "3", "--on", "28/6/20"])
        .stderr_any()
        .run();
    let yesterday = today().checked_sub_days(Days::new(1)).unwrap();
    s.plan()
        .args(["done", "1", "--on", "hôm qua"])
        .stderr_any()
        .run();
    let text = s.read(&format!("plans/{SEED}"));
    assert!(text.contains("done = 2020-06-28"), "{text}");
    assert!(
        text.contains(&format!("done = {}", yesterday.format("%Y-%m-%d"))),
        "{text}"
    );
}

#[test]
fn a_window_given_as_a_relative_or_short_day_is_written_as_the_day() {
    let s = Sandbox::new();
    let tomorrow = today().checked_add_days(Days::new(1)).unwrap();
    s.plan()
        .args([
            "add",
            "--title",
            "Mới",
            "--lead",
            "vhtt",
            "--window",
            "ngày mai",
        ])
        .stderr_any()
        .run();
    s.plan()
        .args(["set", "3", "window", "15/8"])
        .stderr_any()
        .run();
    let text = s.read(&format!("plans/{SEED}"));
    assert!(
        text.contains(&format!("window = \"{}\"", tomorrow.format("%d/%m/%Y"))),
        "{text}"
    );
    // A day and month alone is left to the grammar: the year of the
    // plan's period (2020), as a document means it.
    assert!(text.contains("window = \"15/8\""), "{text}");
    s.plan().arg("check").stderr_any().run();
}

#[test]
fn a_bad_day_is_a_usage_error_listing_every_accepted_form() {
    let s = Sandbox::new();
    let before = s.snapshot();
    s.plan()
        .args(["done", "3", "--on", "mai"])
        .status(2)
        .stderr(
            "error: invalid value 'mai' for '--on <DATE>': \"mai\" is not a day; expected \
             dd/mm/yyyy or yyyy-mm-dd (30/06/2020, 2020-06-30), a day of this year (1/7), of \
             20yy (1/7/24), or hôm nay, hôm qua, ngày mai\n\n\
             For more information, try '--help'.\n",
        )
        .run();
    assert_eq!(s.snapshot(), before, "nothing written");
}

#[test]
fn a_day_this_year_lacks_is_a_usage_error_and_writes_nothing() {
    // 29/2 is a day only in leap years.
    if NaiveDate::from_ymd_opt(today().year(), 2, 29).is_some() {
        return;
    }
    let s = Sandbox::new();
    let before = s.snapshot();
    let year = today().year();
    s.plan()
        .args(["done", "3", "--on", "29/2"])
        .status(2)
        .stderr(format!(
            "error: \"29/2\" is not a day: 29/2/{year} is not a date: February {year} has 28 \
             days; expected dd/mm/yyyy or yyyy-mm-dd (30/06/2020, 2020-06-30), a day of this \
             year (1/7), of 20yy (1/7/24), or hôm nay, hôm qua, ngày mai\n"
        ))
        .run();
    assert_eq!(s.snapshot(), before, "nothing written");
}

#[test]
fn a_bad_day_in_vietnamese_lists_the_forms_in_vietnamese() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--as-of", "mai"])
        .status(2)
        .stderr_contains(
            "\"mai\" không phải là một ngày; cần ngày/tháng/năm hoặc năm-tháng-ngày (30/06/2020, \
             2020-06-30), ngày/tháng của năm nay (1/7), năm viết tắt hai số (1/7/24 là năm \
             2024), hoặc hôm nay, hôm qua, ngày mai",
        )
        .run();
}

// --- spans, weeks, months ----------------------------------------------------

#[test]
fn due_within_takes_vietnamese_units_and_calendar_months() {
    let s = Sandbox::new();
    // Task 6 is due 31/08/2020.
    for span in ["2 tuần", "2 tuan", "14 ngày", "14d", "2w"] {
        assert_eq!(
            listed(&s, &["--due-within", span, "--as-of", "2020-08-20"]),
            ["6"],
            "{span}"
        );
    }
    assert_eq!(
        listed(&s, &["--due-within", "7 ngày", "--as-of", "2020-08-20"]),
        Vec::<String>::new()
    );
    for span in ["1 tháng", "1m", "1 thang"] {
        assert_eq!(
            listed(&s, &["--due-within", span, "--as-of", "2020-07-31"]),
            ["6"],
            "{span}"
        );
        assert_eq!(
            listed(&s, &["--due-within", span, "--as-of", "2020-07-30"]),
            Vec::<String>::new(),
            "{span}"
        );
    }
}

#[test]
fn a_bad_span_is_refused_in_both_languages() {
    let s = Sandbox::new();
    s.plan()
        .args(["list", "--due-within", "2x"])
        .status(2)
        .stderr(
            "error: invalid value '2x' for '--due-within <SPAN>': \"2x\" is not a span; \
             expected days, weeks or months: 14d, 2w, 1m, 14, 7 ngày, 2 tuần, 1 tháng\n\n\
             For more information, try '--help'.\n",
        )
        .run();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--due-within", "2x"])
        .status(2)
        .stderr_contains(
            "\"2x\" không phải là một khoảng thời gian; cần số ngày, tuần hoặc tháng: 7 ngày, \
             2 tuần, 1 tháng, hoặc một số ngày (14)",
        )
        .run();
}

#[test]
fn this_week_is_monday_to_sunday_of_the_reference_day() {
    let s = Sandbox::new();
    // 01/07/2020 is a Wednesday: the week runs 29/06 to 05/07, and tasks 3
    // and 4 (its June milestone) are due on 30/06.
    assert_eq!(
        listed(&s, &["--this-week", "--as-of", "2020-07-01"]),
        ["3", "4"]
    );
    assert_eq!(
        listed(&s, &["--this-week", "--as-of", "2020-07-06"]),
        Vec::<String>::new()
    );
    // Task 7 is due Wednesday 30/09; the week of Monday 28/09 holds it.
    assert_eq!(listed(&s, &["--this-week", "--as-of", "28/9/20"]), ["7"]);
}

#[test]
fn this_month_holds_every_deadline_of_the_month_and_combines_with_filters() {
    let s = Sandbox::new();
    assert_eq!(
        listed(&s, &["--this-month", "--as-of", "2020-10-10"]),
        ["8"]
    );
    // December: the year-long tasks and task 4's second milestone.
    assert_eq!(
        listed(&s, &["--this-month", "--as-of", "2020-12-01"]),
        ["1", "2", "4", "5"]
    );
    assert_eq!(
        listed(
            &s,
            &[
                "--this-month",
                "--as-of",
                "2020-12-01",
                "-u",
                "vhtt",
                "--role",
                "lead"
            ]
        ),
        listed(
            &s,
            &["--as-of", "2020-12-01", "-u", "vhtt", "--role", "lead"]
        )
        .into_iter()
        .filter(|id| ["1", "2", "4", "5"].contains(&id.as_str()))
        .collect::<Vec<_>>()
    );
    // A task done before its deadline this month is still due this month.
    s.plan()
        .args(["done", "8", "--on", "2020-10-05"])
        .stderr_any()
        .run();
    assert_eq!(
        listed(&s, &["--this-month", "--as-of", "2020-10-10", "-s", "done"]),
        ["8"]
    );
    assert_eq!(
        listed(
            &s,
            &["--this-month", "--as-of", "2020-10-10", "-s", "chưa làm"]
        ),
        Vec::<String>::new()
    );
}

#[test]
fn this_week_and_this_month_do_not_go_together() {
    Sandbox::new()
        .plan()
        .args(["list", "--this-week", "--this-month"])
        .status(2)
        .stderr_contains("'--this-week' cannot be used with '--this-month'")
        .run();
}

// --- CSV headers -------------------------------------------------------------

#[test]
fn csv_headers_are_vietnamese_with_headers_vi_in_list_and_export() {
    let s = Sandbox::new();
    let vi = s
        .plan()
        .args(["list", "--format", "csv", "--headers", "vi"])
        .stdout_starts_with(CSV_HEADER_VI)
        .run();
    let en = s
        .plan()
        .args(["list", "--format", "csv", "--headers", "en"])
        .stdout_starts_with(CSV_HEADER)
        .run();
    // The cells are the same either way.
    assert_eq!(
        vi.stdout.split_once("\r\n").unwrap().1,
        en.stdout.split_once("\r\n").unwrap().1
    );
    s.plan()
        .args([
            "export",
            "--format",
            "csv",
            "--headers",
            "vi",
            "--delimiter",
            ";",
        ])
        .stdout_starts_with(CSV_HEADER_VI.replace(',', ";"))
        .run();
    // The interface's language does not change the headers.
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["export", "--format", "csv"])
        .stdout_starts_with(CSV_HEADER)
        .run();
}

#[test]
fn json_is_the_same_whatever_the_headers() {
    let s = Sandbox::new();
    let plain = s
        .plan()
        .args(["list", "--format", "json"])
        .stdout_any()
        .run();
    s.plan()
        .args(["list", "--format", "json", "--headers", "vi"])
        .stdout(plain.stdout)
        .run();
}

/// `plan::run` with `today` as the real today, on the seed plan.
fn run_on(today: NaiveDate, args: &[&str]) -> (i32, String, String) {
    let seed = common::seed();
    let mut line = vec!["plan", "-f", seed.to_str().unwrap()];
    line.extend_from_slice(args);
    let cli = plan::cli::parse_from(line).unwrap();
    let settings = plan::context::Settings {
        today,
        width: Some(100),
        lock_timeout: std::time::Duration::from_secs(1),
        color: false,
        terminal: false,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = plan::run(cli, settings, &mut out, &mut err).unwrap();
    let code = if code == std::process::ExitCode::SUCCESS {
        0
    } else {
        2
    };
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (code, text(out), text(err))
}

#[test]
fn relative_days_count_from_the_today_run_is_given() {
    let today = NaiveDate::from_ymd_opt(2020, 7, 1).unwrap();
    for (word, day) in [
        ("hôm nay", "2020-07-01"),
        ("hôm qua", "2020-06-30"),
        ("ngày mai", "2020-07-02"),
        ("15/8", "2020-08-15"),
    ] {
        let (code, out, _) = run_on(today, &["list", "--format", "json", "--as-of", word]);
        assert_eq!(code, 0, "{word}");
        assert!(
            out.contains(&format!("\"as_of\": \"{day}\"")),
            "{word}: {out}"
        );
    }
    let not_leap = NaiveDate::from_ymd_opt(2021, 3, 1).unwrap();
    let (code, out, err) = run_on(not_leap, &["list", "--as-of", "29/2"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: \"29/2\" is not a day: 29/2/2021 is not a date"),
        "{err}"
    );
}
