//! `plan export --format xlsx`, read back with a real reader (calamine):
//! the sheets, the headers in the interface's language, dates as Excel
//! dates, numbers as numbers, and the unit summary `plan report` counts.

mod common;

use std::collections::HashSet;

use calamine::{Data, DataType, Reader, Xlsx};
use common::Sandbox;

/// The workbook `plan export --format xlsx` writes in `lang` as of 1 July
/// 2020.
fn workbook(lang: &str) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    Xlsx::new(std::io::Cursor::new(exported(lang))).expect("an xlsx workbook")
}

/// The bytes of that workbook.
fn exported(lang: &str) -> Vec<u8> {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", lang)
        .args(["export", "--format", "xlsx", "--as-of", "01/07/2020"])
        .args(["-o", "kh.xlsx"])
        .stderr_any()
        .run();
    s.read_bytes("kh.xlsx")
}

fn text(cell: &Data) -> String {
    cell.get_string().map(str::to_owned).unwrap_or_default()
}

#[test]
fn the_workbook_has_a_summary_and_a_sheet_per_plan_with_vietnamese_headers() {
    let mut book = workbook("vi");
    assert_eq!(book.sheet_names(), ["Theo đơn vị", "trieu-son-2020-pcbldg"]);
    let tasks = book.worksheet_range("trieu-son-2020-pcbldg").unwrap();
    let header: Vec<String> = tasks.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(
        header,
        [
            "TT",
            "Nhiệm vụ",
            "Chủ trì",
            "Phối hợp",
            "Thời gian thực hiện",
            "Bắt đầu",
            "Kết thúc",
            "Hạn",
            "Trạng thái",
            "Ngày hoàn thành",
            "Số ngày quá hạn"
        ]
    );
    assert_eq!(tasks.height(), 9, "a header and the 8 tasks");
}

#[test]
fn dates_are_excel_dates_and_days_overdue_are_numbers() {
    let mut book = workbook("vi");
    let tasks = book.worksheet_range("trieu-son-2020-pcbldg").unwrap();
    // Task 3: Tháng 6/2020, overdue 1 day on 1 July 2020.
    let row = tasks
        .rows()
        .find(|row| text(&row[0]) == "3")
        .expect("task 3");
    assert_eq!(text(&row[4]), "Tháng 6/2020");
    let day = |cell: &Data| {
        assert!(cell.is_datetime(), "{cell:?} is not a date");
        cell.as_datetime().unwrap().date()
    };
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(day(&row[5]), date(2020, 6, 1));
    assert_eq!(day(&row[6]), date(2020, 6, 30));
    assert_eq!(day(&row[7]), date(2020, 6, 30));
    assert_eq!(text(&row[8]), "chưa làm");
    assert!(matches!(row[9], Data::Empty), "no completion day");
    assert_eq!(row[10], Data::Float(1.0));
    // A task not overdue has no number of days.
    let row = tasks
        .rows()
        .find(|row| text(&row[0]) == "1")
        .expect("task 1");
    assert!(matches!(row[10], Data::Empty), "{:?}", row[10]);
}

#[test]
fn the_summary_counts_each_unit_as_the_report_does() {
    let mut book = workbook("vi");
    let summary = book.worksheet_range("Theo đơn vị").unwrap();
    let rows: Vec<Vec<Data>> = summary.rows().map(<[Data]>::to_vec).collect();
    assert_eq!(text(&rows[0][0]), "Đơn vị");
    let culture = rows
        .iter()
        .find(|row| text(&row[0]) == "Phòng Văn hóa và Thông tin")
        .expect("the Culture office");
    // As `plan report --as-of 01/07/2020`: 7 tasks, 2 overdue by 1 day, 5 not yet due.
    assert_eq!(culture[1], Data::Float(7.0));
    assert_eq!(culture[4], Data::Float(2.0));
    assert_eq!(culture[5], Data::Float(1.0));
    assert_eq!(culture[7], Data::Float(5.0));
    let total = rows
        .iter()
        .find(|row| text(&row[0]) == "Tổng cộng")
        .expect("the total row");
    assert_eq!(total[1], Data::Float(8.0));
    // Under the table, what it is and why its rows add up to more.
    let below: Vec<String> = rows.iter().map(|row| text(&row[0])).collect();
    assert!(
        below
            .contains(&"Tiến độ thực hiện đến ngày 01/07/2020, tính cho đơn vị chủ trì".to_owned()),
        "{below:?}"
    );
    assert!(
        below
            .iter()
            .any(|line| line.starts_with("Cộng các dòng đơn vị được 10, Tổng cộng là 8")),
        "{below:?}"
    );
}

#[test]
fn the_headers_follow_the_interface_language() {
    let mut book = workbook("en");
    assert_eq!(book.sheet_names(), ["By unit", "trieu-son-2020-pcbldg"]);
    let tasks = book.worksheet_range("trieu-son-2020-pcbldg").unwrap();
    assert_eq!(text(&tasks.rows().next().unwrap()[1]), "Task");
    let row = tasks.rows().find(|row| text(&row[0]) == "3").unwrap();
    assert_eq!(text(&row[8]), "todo");
}

#[test]
fn the_report_as_a_workbook_is_the_table_of_units_for_its_scope() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args([
            "report",
            "--format",
            "xlsx",
            "--as-of",
            "01/07/2020",
            "--role",
            "partner",
        ])
        .args(["-o", "bao-cao.xlsx"])
        .stderr_any()
        .run();
    let bytes = s.read_bytes("bao-cao.xlsx");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Theo đơn vị"]);
    let sheet = book.worksheet_range("Theo đơn vị").unwrap();
    let mut names: Vec<String> = Vec::new();
    for row in sheet.rows().skip(1) {
        names.push(text(&row[0]));
        if names.last().is_some_and(|n| n == "Tổng cộng") {
            break;
        }
    }
    let json = s
        .plan()
        .args([
            "report",
            "--format",
            "json",
            "--as-of",
            "01/07/2020",
            "--role",
            "partner",
        ])
        .stdout_any()
        .run()
        .stdout;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut expected: Vec<String> = json["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_owned())
        .collect();
    expected.push("Tổng cộng".into());
    assert_eq!(
        names, expected,
        "the units of `plan report --role partner`, then the total"
    );
    let total = sheet.rows().nth(names.len()).unwrap();
    assert_eq!(
        total[1],
        Data::Float(json["totals"]["total"].as_f64().unwrap())
    );
}

/// A workbook or a Word file asked for on a terminal is refused: its bytes
/// would drive the terminal. Redirected, or with `-o`, it is written.
#[test]
fn a_binary_output_is_not_written_to_a_terminal() {
    let seed = common::seed();
    let run = |args: &[&str], terminal: bool| {
        let mut line = vec!["plan", "-f", seed.to_str().unwrap()];
        line.extend_from_slice(args);
        let cli = plan::cli::parse_from(line).unwrap();
        let settings = plan::context::Settings {
            today: chrono::NaiveDate::from_ymd_opt(2020, 7, 1).unwrap(),
            width: Some(100),
            lock_timeout: std::time::Duration::from_secs(1),
            color: false,
            terminal,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        plan::run(cli, settings, &mut out, &mut err).map(|_| out)
    };
    for args in [
        &["export", "--format", "xlsx"][..],
        &["report", "--format", "docx"],
        &["render", "--format", "docx"],
        &["report", "--format", "xlsx"],
    ] {
        let error = run(args, true).expect_err("refused on a terminal");
        assert!(
            plan::describe(&error).contains("is not shown on a terminal; write it with -o FILE")
        );
        let bytes = run(args, false).expect("written when redirected");
        assert!(bytes.starts_with(b"PK"), "a zip package");
    }
    // A letter goes into a folder: the hint says so.
    let letter = ["remind", "--format", "docx", "-u", "vhtt"];
    let error = run(&letter, true).expect_err("refused on a terminal");
    assert!(
        plan::describe(&error)
            .contains("a Word letter is not shown on a terminal; write it with -o DIR"),
        "{}",
        plan::describe(&error)
    );
    assert!(run(&letter, false).unwrap().starts_with(b"PK"));
}

/// The XML of one part of the workbook `plan export --format xlsx` writes.
fn sheet_xml(name: &str) -> String {
    use std::io::Read;
    let bytes = exported("en");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn rows_of_long_titles_are_tall_enough_for_their_wrapped_lines() {
    let xml = sheet_xml("xl/worksheets/sheet2.xml");
    // Task 4's title wraps to several lines at the title column's width;
    // task 1's row and the header row as well, a spreadsheet not growing
    // a row for wrapped text on its own.
    let height = |row: u32| -> f64 {
        let start = xml.find(&format!("<row r=\"{row}\"")).expect("the row");
        let tag = &xml[start..start + xml[start..].find('>').unwrap()];
        tag.split("ht=\"")
            .nth(1)
            .and_then(|h| h.split('"').next())
            .map_or(15.0, |h| h.parse().unwrap())
    };
    assert!(height(1) >= 30.0, "header row: {}", height(1));
    assert!(height(5) >= 45.0, "task 4: {}", height(5));
    assert!(height(5) > height(4), "task 4 is longer than task 3");
}

#[test]
fn the_sheet_of_tasks_prints_on_a4_landscape_one_page_wide_with_its_header_on_every_page() {
    let xml = sheet_xml("xl/worksheets/sheet2.xml");
    assert!(xml.contains("paperSize=\"9\""), "A4");
    assert!(xml.contains("orientation=\"landscape\""));
    assert!(
        xml.contains("fitToHeight=\"0\""),
        "one page wide, as long as it takes"
    );
    assert!(
        xml.contains("<oddFooter>&amp;C&amp;P/&amp;N</oddFooter>"),
        "page numbers"
    );
    let book = sheet_xml("xl/workbook.xml");
    assert!(
        book.contains("_xlnm.Print_Titles") && book.contains("$1:$1"),
        "the header row repeats: {book}"
    );
    let summary = sheet_xml("xl/worksheets/sheet1.xml");
    assert!(summary.contains("paperSize=\"9\"") && !summary.contains("landscape"));
}

#[test]
fn with_several_plans_the_summary_names_each_units_plan_and_its_totals_are_bold() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .arg("-f")
        .arg(common::seed())
        .arg("-f")
        .arg(common::root().join("tests/import/xa-dong-tien-2022.toml"))
        .args([
            "report",
            "--format",
            "xlsx",
            "--as-of",
            "01/07/2022",
            "-o",
            "bc.xlsx",
        ])
        .stderr_any()
        .run();
    let bytes = s.read_bytes("bc.xlsx");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let sheet = book.worksheet_range("Theo đơn vị").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
    assert_eq!(text(&rows[0][0]), "Kế hoạch");
    assert_eq!(text(&rows[0][1]), "Đơn vị");
    let plans: HashSet<String> = rows[1..]
        .iter()
        .map(|r| text(&r[0]))
        .filter(|p| !p.is_empty())
        .take_while(|p| !p.starts_with("Tiến độ"))
        .collect();
    assert!(
        plans.contains("trieu-son-2020-pcbldg") && plans.contains("xa-dong-tien-2022"),
        "{plans:?}"
    );
    // The total row's counts have a style of their own (bold), unlike a
    // unit's row.
    let total = 1 + rows
        .iter()
        .position(|r| text(&r[1]) == "Tổng cộng")
        .unwrap();
    let sheet_xml = {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    };
    let style = |cell: &str| -> String {
        let at = sheet_xml
            .find(&format!("<c r=\"{cell}\""))
            .unwrap_or_else(|| panic!("{cell}"));
        let tag = &sheet_xml[at..at + sheet_xml[at..].find('>').unwrap()];
        tag.split(" s=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .unwrap_or("0")
            .to_owned()
    };
    assert_ne!(
        style(&format!("C{total}")),
        style(&format!("C{}", total - 1))
    );
}
