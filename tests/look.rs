//! The Word and Excel files opened by real office software: each is
//! converted to PDF by LibreOffice (headless), its first page is drawn to
//! a PNG (`pdftoppm`) and its text read (`pdftotext`). A test fails when
//! LibreOffice cannot open the file or the page lacks what it must show.
//! The PNGs are left in `target/tmp/look/` for a person to look at.
//!
//! Ignored by default: they need `soffice` (Debian's
//! libreoffice-writer-nogui and libreoffice-calc-nogui) and poppler-utils.
//! Run with `cargo test --test look -- --ignored`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sandbox;

/// Convert `file` (in the sandbox) to PDF, draw its first page into
/// `target/tmp/look/NAME.png`, and return the text of that page.
fn first_page(s: &Sandbox, file: &str, name: &str) -> String {
    let profile = format!("-env:UserInstallation=file://{}/lo", s.root().display());
    let out = s.path("pdf");
    let run = Command::new("soffice")
        .arg(profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .arg(s.path(file))
        .env("HOME", s.root())
        .output()
        .expect("soffice runs");
    let stem = Path::new(file).file_stem().unwrap().to_str().unwrap();
    let pdf = out.join(format!("{stem}.pdf"));
    assert!(
        run.status.success() && pdf.exists(),
        "LibreOffice did not convert {file}: {run:?}"
    );
    let look: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "look"].iter().collect();
    std::fs::create_dir_all(&look).unwrap();
    let png = Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(look.join(name))
        .status()
        .expect("pdftoppm runs");
    assert!(png.success());
    assert!(
        std::fs::metadata(look.join(format!("{name}.png")))
            .unwrap()
            .len()
            > 10_000,
        "the first page of {file} is drawn"
    );
    let text = Command::new("pdftotext")
        .args(["-layout", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&text.stdout).into_owned()
}

fn assert_shows(text: &str, wanted: &[&str]) {
    for wanted in wanted {
        assert!(
            text.contains(wanted),
            "{wanted:?} not on the first page:\n{text}"
        );
    }
}

/// The header block every document of the decree's layout opens with.
const HEADER: [&str; 4] = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN TRIỆU SƠN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
];

#[test]
#[ignore = "needs soffice (LibreOffice) and poppler-utils"]
fn the_word_report_opens_with_its_header_title_and_table() {
    let s = Sandbox::new();
    s.plan()
        .args(["report", "--format", "docx", "--as-of", "01/07/2020"])
        .args(["--number", "45/BC-UBND", "-o", "bao-cao.docx"])
        .stderr_any()
        .run();
    let text = first_page(&s, "bao-cao.docx", "report-docx");
    assert_shows(&text, &HEADER);
    assert_shows(
        &text,
        &[
            "Số: 45/BC-UBND",
            "Triệu Sơn, ngày 01 tháng 7 năm 2020",
            "BÁO CÁO",
            "Tổng cộng",
        ],
    );
}

#[test]
#[ignore = "needs soffice (LibreOffice) and poppler-utils"]
fn the_word_plan_opens_with_its_header_title_and_first_tasks() {
    let s = Sandbox::new();
    s.plan()
        .args(["render", "--format", "docx", "-o", "ke-hoach.docx"])
        .stderr_any()
        .run();
    let text = first_page(&s, "ke-hoach.docx", "plan-docx");
    assert_shows(&text, &HEADER);
    assert_shows(&text, &["KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"]);
}

#[test]
#[ignore = "needs soffice (LibreOffice) and poppler-utils"]
fn the_urging_letter_opens_with_its_summary_recipient_and_tasks() {
    let s = Sandbox::new();
    s.plan()
        .args([
            "remind",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "-o",
            "thu",
        ])
        .stderr_any()
        .run();
    let text = first_page(&s, "thu/vhtt.docx", "letter-docx");
    assert_shows(&text, &HEADER);
    assert_shows(
        &text,
        &[
            "V/v đôn đốc thực hiện nhiệm vụ",
            "Kính gửi: Phòng Văn hóa và Thông tin.",
            "Quá hạn 1",
            "Nơi nhận:",
        ],
    );
}

#[test]
#[ignore = "needs soffice (LibreOffice) and poppler-utils"]
fn the_workbook_opens_with_the_units_summary_first() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args([
            "export",
            "--format",
            "xlsx",
            "--as-of",
            "01/07/2020",
            "-o",
            "ke-hoach.xlsx",
        ])
        .stderr_any()
        .run();
    let text = first_page(&s, "ke-hoach.xlsx", "export-xlsx");
    assert_shows(
        &text,
        &[
            "Đơn vị",
            "Phòng Văn hóa và Thông tin",
            "Công an huyện",
            "Tổng cộng",
            "1/2",
        ],
    );
}

#[test]
#[ignore = "needs soffice (LibreOffice) and poppler-utils"]
fn the_report_workbook_opens_with_the_table_of_units() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args([
            "report",
            "--format",
            "xlsx",
            "--as-of",
            "01/07/2020",
            "-o",
            "bao-cao.xlsx",
        ])
        .stderr_any()
        .run();
    let text = first_page(&s, "bao-cao.xlsx", "report-xlsx");
    assert_shows(&text, &["Đơn vị", "Tổng số", "Quá hạn", "Tổng cộng"]);
}
