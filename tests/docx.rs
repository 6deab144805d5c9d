//! The Word documents in the layout of Nghị định 30/2020 — the report
//! (`plan report --format docx`), the plan (`plan render --format docx`)
//! and the urging letter (`plan remind --format docx`) — read back from
//! the package's XML: page, margins, fonts, the header block, the title,
//! the repeated table header, the signer and Nơi nhận. tests/look.rs opens
//! them in LibreOffice.

mod common;

use std::io::Read;

use common::Sandbox;

/// The report of the seed as of 1 July 2020, written to `bc.docx`.
fn report(s: &Sandbox, extra: &[&str]) -> Vec<u8> {
    s.plan()
        .args([
            "report",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "-o",
            "bc.docx",
        ])
        .args(extra)
        .stderr_any()
        .run();
    s.read_bytes("bc.docx")
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip package");
    let mut text = String::new();
    zip.by_name(name)
        .expect(name)
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The text of the document, paragraph by paragraph.
fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("</w:p>")
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .filter_map(|t| t.split_once("</w:t>").map(|(t, _)| t))
                .collect::<String>()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn the_page_is_a4_portrait_with_the_decrees_margins_in_times_new_roman() {
    let s = Sandbox::new();
    let docx = report(&s, &[]);
    let document = part(&docx, "word/document.xml");
    assert!(document.contains(r#"<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>"#));
    // 20 mm top and bottom, 15 mm right, 30 mm left.
    assert!(
        document.contains(r#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#),
        "{document}"
    );
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains(r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman""#));
    assert!(styles.contains(r#"<w:sz w:val="28"/>"#), "14 pt body");
}

#[test]
fn the_header_block_title_table_and_signature_are_there_in_order() {
    let s = Sandbox::new();
    let docx = report(
        &s,
        &[
            "--number",
            "45/BC-UBND",
            "--signer",
            "Lê Quang Trung",
            "--position",
            "Phó Chủ tịch",
        ],
    );
    let document = part(&docx, "word/document.xml");
    let text = paragraphs(&document);
    assert_in_order(
        &text,
        &[
            "ỦY BAN NHÂN DÂN",
            "HUYỆN TRIỆU SƠN",
            "Số: 45/BC-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Triệu Sơn, ngày 01 tháng 7 năm 2020",
            "BÁO CÁO",
            "Đơn vị",
            "Phòng Văn hóa và Thông tin",
            "Tổng cộng",
            "Nhiệm vụ quá hạn",
            "Nơi nhận:",
            "PHÓ CHỦ TỊCH",
            "Lê Quang Trung",
        ],
    );
    // The date line is in italics; the header row repeats on every page.
    assert!(document.contains("<w:i/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Triệu Sơn, ngày"));
    assert!(document.contains("<w:tblHeader/>"));
}

#[test]
fn without_a_number_the_number_is_left_blank_to_fill_and_the_plans_recipients_are_listed() {
    let s = Sandbox::new();
    let text = paragraphs(&part(&report(&s, &[]), "word/document.xml"));
    assert!(text.iter().any(|p| p == "Số:       /BC-UBND"), "{text:#?}");
    assert!(text.iter().any(|p| p == "- Sở VH,TT&DL;"), "{text:#?}");
    assert!(text.iter().any(|p| p == "- Lưu: VT, VH,TT."), "{text:#?}");
}

/// The report's document XML for the seed as of 1 July 2020, one
/// paragraph, row or table per line: a change of layout shows as a diff.
#[test]
fn the_report_document_xml_of_the_seed() {
    let s = Sandbox::new();
    let docx = report(&s, &["--number", "45/BC-UBND"]);
    let xml = part(&docx, "word/document.xml");
    insta::assert_snapshot!("report_docx_seed", xml_lines(&xml));
}

/// `wanted` are paragraphs of `text`, in this order.
#[track_caller]
fn assert_in_order(text: &[String], wanted: &[&str]) {
    let at: Vec<usize> = wanted
        .iter()
        .map(|w| {
            text.iter()
                .position(|p| p == w)
                .unwrap_or_else(|| panic!("{w:?} not in {text:#?}"))
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "out of order: {wanted:?} at {at:?}"
    );
}

/// `plan ARGS -o OUT` on the seed, and the document.xml of the file.
fn document_of(s: &Sandbox, args: &[&str], out: &str) -> String {
    s.plan().args(args).args(["-o", out]).stderr_any().run();
    part(&s.read_bytes(out), "word/document.xml")
}

/// `plan remind --format docx -u vhtt ARGS -o thu` on the seed, and the
/// document.xml of the letter to vhtt.
fn letter_of(s: &Sandbox, args: &[&str]) -> String {
    s.plan()
        .args(["remind", "--format", "docx", "-u", "vhtt", "-o", "thu"])
        .args(args)
        .stderr("wrote 1 reminder into thu\n")
        .run();
    part(&s.read_bytes("thu/vhtt.docx"), "word/document.xml")
}

/// One paragraph, row or table per line: a change of layout shows as a
/// diff.
fn xml_lines(xml: &str) -> String {
    xml.replace("</w:p>", "</w:p>\n")
        .replace("</w:tr>", "</w:tr>\n")
        .replace("<w:tbl>", "\n<w:tbl>")
}

#[test]
fn the_plan_in_word_has_the_decrees_page_header_block_title_and_signature() {
    let s = Sandbox::new();
    let xml = document_of(&s, &["render", "--format", "docx"], "kh.docx");
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>"#));
    assert!(xml.contains(r#"w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#));
    assert!(
        xml.contains("<w:titlePg/>"),
        "no page number on the first page"
    );
    let text = paragraphs(&xml);
    assert_in_order(
        &text,
        &[
            "ỦY BAN NHÂN DÂN",
            "HUYỆN TRIỆU SƠN",
            // The seed has no number yet: the blanks the clerk fills in.
            "Số:       /KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "KẾ HOẠCH",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. NỘI DUNG",
            "- Thời gian thực hiện: Tháng 6, tháng 12/2020.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Nơi nhận:",
            "- Lưu: VT, VH,TT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Lê Quang Trung",
        ],
    );
    // The title and its subject in bold, 14 pt.
    assert!(xml.contains(
        "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">KẾ HOẠCH</w:t>"
    ));
}

/// The seed as issued: with its number, date and place.
fn numbered() -> Sandbox {
    let s = Sandbox::new();
    let path = format!("plans/{}", common::SEED);
    let text = s.read(&path).replacen(
        "issuer = \"UBND huyện Triệu Sơn\"\n",
        "issuer = \"UBND huyện Triệu Sơn\"\nnumber = \"125/KH-UBND\"\ndate = 2020-02-05\nplace = \"Triệu Sơn\"\n",
        1,
    );
    s.write(&path, &text);
    s
}

#[test]
fn a_dated_and_numbered_plan_says_its_number_place_and_date_as_the_decree_writes_them() {
    let s = numbered();
    let text = paragraphs(&document_of(&s, &["render", "--format", "docx"], "kh.docx"));
    assert!(text.iter().any(|p| p == "Số: 125/KH-UBND"), "{text:#?}");
    assert!(
        text.iter()
            .any(|p| p == "Triệu Sơn, ngày 05 tháng 02 năm 2020"),
        "{text:#?}"
    );
}

#[test]
fn the_urging_letter_names_the_unit_its_tasks_deadlines_and_days_overdue() {
    let s = Sandbox::new();
    let xml = letter_of(&s, &["--as-of", "01/07/2020"]);
    let text = paragraphs(&xml);
    for wanted in [
        "Số:       /UBND",
        "V/v đôn đốc thực hiện nhiệm vụ được giao",
        "Triệu Sơn, ngày 01 tháng 7 năm 2020",
        "Kính gửi: Phòng Văn hóa và Thông tin.",
        "Nội dung nhiệm vụ",
        "30/06/2020",
        "Quá hạn 1 ngày",
        "- Như trên;",
        "KT. CHỦ TỊCH",
        "Lê Quang Trung",
    ] {
        assert!(
            text.iter().any(|p| p == wanted),
            "{wanted:?} not in {text:#?}"
        );
    }
    assert!(
        text.iter().any(|p| p.starts_with("Thực hiện Kế hoạch của UBND huyện Triệu Sơn về việc triển khai")
            && p.ends_with("Phòng Văn hóa và Thông tin còn 2 nhiệm vụ đã quá thời hạn thực hiện, cụ thể như sau:")),
        "{text:#?}"
    );
    // Tasks 3 and 4, each a row that repeats no header.
    assert_eq!(xml.matches("<w:tblHeader/>").count(), 1);
    assert_eq!(
        text.iter()
            .filter(|p| p.as_str() == "Quá hạn 1 ngày")
            .count(),
        2
    );
}

#[test]
fn the_letter_names_the_plans_number_when_it_has_one_and_a_signer_given_on_the_command_line() {
    let s = numbered();
    let text = paragraphs(&letter_of(
        &s,
        &[
            "--as-of",
            "01/07/2020",
            "--signer",
            "Nguyễn Văn A",
            "--position",
            "Chủ tịch",
        ],
    ));
    assert!(
        text.iter()
            .any(|p| p == "V/v đôn đốc thực hiện nhiệm vụ theo Kế hoạch số 125/KH-UBND")
    );
    assert!(text.iter().any(|p| p == "CHỦ TỊCH") && text.iter().any(|p| p == "Nguyễn Văn A"));
    assert!(!text.iter().any(|p| p == "Lê Quang Trung"));
}

#[test]
fn several_letters_go_one_file_per_unit_into_a_folder_and_not_to_one_output() {
    let s = Sandbox::new();
    s.plan()
        .args([
            "remind",
            "--format",
            "docx",
            "--as-of",
            "15/12/2020",
            "--within",
            "30d",
        ])
        .status(1)
        .stderr_contains("Word letters cannot go to one output; write them with -o DIR")
        .run();
    s.plan()
        .args([
            "remind",
            "--format",
            "docx",
            "--as-of",
            "15/12/2020",
            "--within",
            "30d",
            "-o",
            "thu",
        ])
        .stderr_contains(" reminders into thu")
        .run();
    let mut files: Vec<String> = std::fs::read_dir(s.path("thu"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{files:?}");
    for file in &files {
        assert!(file.ends_with(".docx"), "{files:?}");
        let text = paragraphs(&part(
            &s.read_bytes(&format!("thu/{file}")),
            "word/document.xml",
        ));
        assert!(text.iter().any(|p| p.starts_with("Kính gửi: ")), "{file}");
    }
}

#[test]
fn the_plan_document_xml_of_the_seed() {
    let s = Sandbox::new();
    let xml = document_of(&s, &["render", "--format", "docx"], "kh.docx");
    insta::assert_snapshot!("plan_docx_seed", xml_lines(&xml));
}

#[test]
fn the_letter_document_xml_of_the_seed() {
    let s = Sandbox::new();
    let xml = letter_of(&s, &["--as-of", "01/07/2020"]);
    insta::assert_snapshot!("letter_docx_seed", xml_lines(&xml));
}

/// Every part of a package is well-formed XML (quick-xml reads it to the
/// end).
fn well_formed(docx: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut xml = String::new();
        file.read_to_string(&mut xml).unwrap();
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed: {e}\n{xml}"),
            }
        }
    }
}

#[test]
fn markup_and_control_characters_from_a_plan_file_stay_text_in_every_word_document() {
    let s = Sandbox::empty();
    s.write(
        "plans/kh.toml",
        "format = 1\n\n[plan]\nid = \"kh\"\ntitle = \"Kế hoạch <w:t>&amp; \\\"x\\\" \\u0007\\u202e ]]>\"\n\
         issuer = \"UBND xã <Đông> & Tây\"\n\
         signer = { name = \"Lê <b>\", position = \"Chủ tịch\", on_behalf_of = \"Ủy ban nhân dân\" }\n\n\
         [units.a]\nname = \"Phòng A & B <c>\"\n\n\
         [[task]]\nid = \"1\"\ntitle = \"Việc </w:t></w:r> \\u001b[31m đỏ\"\nlead = [\"a\"]\nwindow = \"Tháng 6/2020\"\n",
    );
    let runs: [&[&str]; 3] = [
        &[
            "report",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "-o",
            "bc.docx",
        ],
        &["render", "--format", "docx", "-o", "kh.docx"],
        &[
            "remind",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "-o",
            "thu",
        ],
    ];
    for (args, file) in runs.iter().zip(["bc.docx", "kh.docx", "thu/a.docx"]) {
        s.plan().args(*args).stderr_any().run();
        let docx = s.read_bytes(file);
        well_formed(&docx);
        let text = paragraphs(&part(&docx, "word/document.xml")).join("\n");
        assert!(
            !text.contains('\u{7}') && !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{file}: {text}"
        );
        assert!(text.contains("Phòng A & B <c>"), "{file}: {text}");
    }
    let text = paragraphs(&part(&s.read_bytes("kh.docx"), "word/document.xml")).join("\n");
    assert!(text.contains("1. Việc </w:t></w:r> [31m đỏ"), "{text}");
    assert!(text.contains("TM. ỦY BAN NHÂN DÂN"), "{text}");
}

#[test]
fn every_word_document_has_the_decrees_page_fonts_page_number_and_header_block() {
    let s = Sandbox::new();
    let runs: [(&[&str], &str); 3] = [
        (
            &[
                "report",
                "--format",
                "docx",
                "--as-of",
                "01/07/2020",
                "-o",
                "bc.docx",
            ],
            "bc.docx",
        ),
        (&["render", "--format", "docx", "-o", "kh.docx"], "kh.docx"),
        (
            &[
                "remind",
                "--format",
                "docx",
                "--as-of",
                "01/07/2020",
                "-o",
                "thu",
            ],
            "thu/vhtt.docx",
        ),
    ];
    for (args, file) in runs {
        s.plan().args(args).stderr_any().run();
        let docx = s.read_bytes(file);
        let document = part(&docx, "word/document.xml");
        assert!(
            document.contains(r#"<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>"#),
            "{file}"
        );
        assert!(
            document
                .contains(r#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#),
            "{file}"
        );
        assert!(
            document.contains(r#"<w:headerReference w:type="default" r:id="rId2"/>"#)
                && document.contains("<w:titlePg/>"),
            "{file}"
        );
        let styles = part(&docx, "word/styles.xml");
        assert!(
            styles.contains(r#"w:ascii="Times New Roman""#)
                && styles.contains(r#"<w:sz w:val="28"/>"#),
            "{file}"
        );
        assert!(
            part(&docx, "word/header1.xml")
                .contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"),
            "{file}"
        );
        let text = paragraphs(&document);
        let header: Vec<&str> = text.iter().take(6).map(String::as_str).collect();
        assert_eq!(
            header[..2],
            ["ỦY BAN NHÂN DÂN", "HUYỆN TRIỆU SƠN"],
            "{file}: {header:?}"
        );
        assert!(
            header.contains(&"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            "{file}: {header:?}"
        );
        assert!(
            header.contains(&"Độc lập - Tự do - Hạnh phúc"),
            "{file}: {header:?}"
        );
        assert!(
            header.iter().any(|p| p.starts_with("Số: ")),
            "{file}: {header:?}"
        );
    }
}

#[test]
fn a_deputy_named_on_the_command_line_signs_for_the_head_and_the_place_can_be_given() {
    let s = Sandbox::new();
    let text = paragraphs(&document_of(
        &s,
        &[
            "report",
            "--format",
            "docx",
            "--as-of",
            "01/07/2020",
            "--place",
            "Thanh Hóa",
            "--signer",
            "Nguyễn Thị B",
            "--position",
            "Phó Chủ tịch",
        ],
        "bc.docx",
    ));
    for wanted in [
        "Thanh Hóa, ngày 01 tháng 7 năm 2020",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Thị B",
    ] {
        assert!(
            text.iter().any(|p| p == wanted),
            "{wanted:?} not in {text:#?}"
        );
    }
    // The chair signs on behalf of the committee.
    let text = paragraphs(&document_of(
        &s,
        &[
            "report",
            "--format",
            "docx",
            "--signer",
            "Lê Văn C",
            "--position",
            "Chủ tịch",
        ],
        "bc.docx",
    ));
    assert_in_order(&text, &["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C"]);
    assert!(!text.iter().any(|p| p.starts_with("KT.")), "{text:#?}");
    // "Số:" typed with the number is not written twice; empty flags are
    // no flags.
    let text = paragraphs(&document_of(
        &s,
        &[
            "report",
            "--format",
            "docx",
            "--number",
            "Số: 45/BC-UBND",
            "--place",
            "",
            "--signer",
            "",
        ],
        "bc.docx",
    ));
    assert!(text.iter().any(|p| p == "Số: 45/BC-UBND"), "{text:#?}");
    assert!(
        text.iter().any(|p| p.starts_with("Triệu Sơn, ngày")),
        "{text:#?}"
    );
    assert!(text.iter().any(|p| p == "Lê Quang Trung"), "{text:#?}");
}
