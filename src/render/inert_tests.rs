//! Every character of the inert set (`text::is_hazard`), put into every
//! kind of plan text, never comes out raw in any output format; ordinary
//! Vietnamese, composed or decomposed, comes out untouched.

use std::path::Path;

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::model::Plan;
use crate::query::{Filter, select};
use crate::report::{Scope, build};
use crate::text::{every_hazard, is_hazard};

const SEED: &str = include_str!("../../plans/trieu-son-2020-pcbldg.toml");

/// The seed plan with `mark` put into its title, issuer, closing, a unit's
/// name, a task's title, condition and note, and a responsibility.
fn plan_with(mark: &str) -> Plan {
    let text = SEED
        .replacen(
            "title = \"Kế hoạch triển khai",
            &format!("title = \"Kế hoạch{mark} triển khai"),
            1,
        )
        .replacen("huyện Triệu Sơn\"", &format!("huyện{mark} Triệu Sơn\""), 1)
        .replacen(
            "closing = \"Đề nghị",
            &format!("closing = \"Đề{mark} nghị"),
            1,
        )
        .replacen(
            "name = \"Phòng Văn hóa",
            &format!("name = \"Phòng{mark} Văn hóa"),
            1,
        )
        .replacen(
            "title = \"Phối hợp tổ chức các hoạt động truyền thông",
            &format!("title = \"Phối{mark}hợp tổ chức các hoạt động truyền thông"),
            1,
        )
        .replacen(
            "condition = \"Sau khi",
            &format!("condition = \"Sau{mark} khi"),
            1,
        )
        .replacen(
            "status = \"todo\"",
            &format!("status = \"todo\"\nnote = \"ghi{mark}chú\""),
            1,
        )
        .replacen("text = \"Chủ trì,", &format!("text = \"Chủ trì,{mark}"), 1);
    assert_eq!(text.matches(mark).count(), 8, "every place takes the mark");
    let (plan, problems) = crate::store::parse_str(Path::new("seed.toml"), &text);
    assert!(problems.is_empty(), "{mark:?}: {problems:?}");
    plan.unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A named output of `plans`, as text.
type Output = (&'static str, String);

/// Every output format of every command, on 01/11/2020 (tasks overdue, so
/// that the report lists titles too).
fn every_output(plans: &[Plan]) -> Vec<Output> {
    let today = date(2020, 11, 1);
    let rows = select(plans, &Filter::default(), today).unwrap();
    let report = build(plans, &Scope::default(), today);
    let unit_rows = super::units::UnitRow::collect(plans);
    let frame = super::timeline::Frame {
        from: date(2020, 1, 1),
        to: date(2020, 12, 31),
        width: 120,
        color: false,
    };
    let show = rows.iter().find(|r| r.task.note.is_some()).unwrap();
    let condition = rows.iter().find(|r| r.task.condition.is_some()).unwrap();
    let mut outputs: Vec<Output> = Vec::new();
    let mut run = |name: &'static str, f: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        let mut out = Vec::new();
        f(&mut out).unwrap();
        outputs.push((name, String::from_utf8(out).unwrap()));
    };
    use super::{csv, document, html, ics, json, report, show, table, timeline, units};
    run("list table", &|o| table::list(&rows, false, Some(120), o));
    run("list records", &|o| table::list(&rows, false, Some(60), o));
    run("show", &|o| show::task(show, o));
    run("show condition", &|o| show::task(condition, o));
    run("report table", &|o| report::table(&report, Some(120), o));
    run("report md", &|o| report::markdown(&report, o));
    run("report csv", &|o| report::csv(&report, b',', o));
    run("report json", &|o| report::json(&report, o));
    run("report html", &|o| html::page(&report, plans, o));
    run("timeline", &|o| timeline::write(plans, today, &frame, o));
    run("units table", &|o| {
        units::table(&unit_rows, false, Some(120), o)
    });
    run("units json", &|o| units::json(&unit_rows, o));
    run("list csv", &|o| csv::list(&rows, b',', o));
    run("list json", &|o| json::list(&rows, today, o));
    run("show json", &|o| json::task(show, today, o));
    run("ics", &|o| ics::write(plans, today, o));
    run("render txt", &|o| {
        document::write(&plans[0], document::Style::Text, o)
    });
    run("render md", &|o| {
        document::write(&plans[0], document::Style::Markdown, o)
    });
    outputs
}

/// The members of the set in `out` that the format did not write itself:
/// CSV and iCalendar end lines with CR LF and CSV opens with a byte-order
/// mark; documents keep tabs.
fn hazards_in(format: &str, out: &str) -> Vec<char> {
    let mut text = out.to_string();
    if format.ends_with("csv") {
        text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    }
    if format.ends_with("csv") || format == "ics" {
        text = text.replace("\r\n", "\n");
    }
    let tabs_allowed = format.starts_with("render");
    text.chars()
        .filter(|&c| is_hazard(c) && !(tabs_allowed && c == '\t'))
        .collect()
}

#[test]
fn no_member_of_the_set_comes_out_raw_in_any_format() {
    for c in every_hazard() {
        let mark = format!("\\u{:04X}", c as u32);
        let plans = vec![plan_with(&mark)];
        for (format, out) in every_output(&plans) {
            assert_eq!(
                hazards_in(format, &out),
                Vec::<char>::new(),
                "U+{:04X} in {format}",
                c as u32
            );
        }
    }
    // The check itself sees a raw member.
    assert_eq!(hazards_in("ics", "a\u{202e}b\r\n"), ['\u{202e}']);
    assert_eq!(hazards_in("list csv", "\u{feff}a\rb"), ['\r']);
}

#[test]
fn vietnamese_text_passes_untouched_composed_or_decomposed() {
    let nfc = "Phối hợp tổ chức Tháng hành động";
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfc, nfd);
    for word in [nfc, nfd.as_str()] {
        let plans = vec![plan_with(&format!(" {word} "))];
        for (format, out) in every_output(&plans) {
            // iCalendar folds long lines; tables wrap at spaces and the
            // timeline cuts its labels, so there the first word will do.
            let out = out.replace("\r\n ", "");
            let first = word.split(' ').next().unwrap();
            assert!(out.contains(first), "{word:?} in {format}");
            let cut = ["table", "records", "timeline"];
            if !cut.iter().any(|c| format.contains(c)) {
                assert!(out.contains(word), "{word:?} in {format}");
            }
        }
    }
}
