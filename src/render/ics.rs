//! Deadlines as an iCalendar file (RFC 5545): one all-day event per task
//! window or milestone, with DATE values (no time-zone arithmetic), units in
//! the description, the status in the summary, and UIDs built from the plan
//! and task ids so a calendar updates its events instead of adding copies.

use std::io::{self, Write};

use chrono::{Duration, NaiveDate};

use crate::model::Plan;
use crate::text::is_hazard;

/// RFC 5545 TEXT escaping, with the characters of
/// [`crate::text::is_hazard`] dropped (a calendar has no way to show them).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if is_hazard(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character),
/// each part ended by CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// A UID part: ASCII letters, digits, `.` and whatever `keep` allows kept,
/// every other byte of its UTF-8 written `%XX` (`%` itself included).
fn uid_part(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' || keep(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The UID of milestone `n` (from 1) of task `task` in plan `plan`:
/// `PLAN-TASK-N@plan`. It is injective: the task part and N never hold a
/// `-` (the task's own is written `%2D`), so the last two `-` split the
/// three parts, and `%XX` undoes the escapes. A plan whose ids are plain
/// ASCII (`trieu-son-2020-pcbldg`, `4`) keeps the UIDs it always had.
fn uid(plan: &str, task: &str, n: usize) -> String {
    format!(
        "{}-{}-{n}@plan",
        uid_part(plan, |b| b == b'-'),
        uid_part(task, |_| false)
    )
}

/// Write every dated task of `plans` as events, each as it stood on `stamp`,
/// the reference day, which is also the DTSTAMP, so that the same plans
/// give the same file.
pub fn write(plans: &[Plan], stamp: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    let mut text = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:-//plan//plan {}//VI", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        text.push_str(&fold(line));
    }
    if let [plan] = plans {
        text.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(&plan.title))));
    }
    let words = super::words();
    let [lead, partners, window, plan_word, condition_word] = &words.ics;
    for plan in plans {
        for task in &plan.tasks {
            let count = task.window.milestones.len();
            for (i, m) in task.window.milestones.iter().enumerate() {
                let status = if task.milestone_closed(i, stamp) {
                    words.status(crate::model::Status::Done)
                } else {
                    words.status(task.status_on(stamp))
                };
                let mut summary = format!("[{status}] {}. {}", task.id, task.title);
                if count > 1 {
                    summary.push_str(&format!(" ({}/{count})", i + 1));
                }
                let mut description = format!(
                    "{lead}: {}\n{partners}: {}\n{window}: {}\n{plan_word}: {}",
                    if task.lead.is_empty() {
                        words.unassigned.clone()
                    } else {
                        super::unit_names(plan, &task.lead, "; ")
                    },
                    super::unit_names(plan, &task.partners, "; "),
                    task.window.text,
                    plan.title
                );
                if let Some(condition) = &task.condition {
                    description.push_str(&format!("\n{condition_word}: {condition}"));
                }
                let start = m.start.unwrap_or(m.end);
                let lines = [
                    "BEGIN:VEVENT".to_string(),
                    format!("UID:{}", uid(&plan.id, &task.id, i + 1)),
                    format!("DTSTAMP:{}T000000Z", date(stamp)),
                    format!("DTSTART;VALUE=DATE:{}", date(start)),
                    format!("DTEND;VALUE=DATE:{}", date(m.end + Duration::days(1))),
                    format!("SUMMARY:{}", escape(&summary)),
                    format!("DESCRIPTION:{}", escape(&description)),
                    format!("CATEGORIES:{}", escape(status)),
                    "TRANSP:TRANSPARENT".to_string(),
                    "END:VEVENT".to_string(),
                ];
                for line in lines {
                    text.push_str(&fold(&line));
                }
            }
        }
    }
    text.push_str(&fold("END:VCALENDAR"));
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_backslash_semicolon_comma_newline_and_drops_controls() {
        assert_eq!(
            escape("a\\b;c,d\ne\u{1b}[1m\u{202e}"),
            "a\\\\b\\;c\\,d\\ne[1m"
        );
    }

    #[test]
    fn folds_at_75_octets_without_splitting_a_character() {
        let line = format!("SUMMARY:{}", "Phối hợp tổ chức ".repeat(10));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    /// The parts a UID was made of.
    fn parts(uid: &str) -> (String, String, usize) {
        let decode = |part: &str| {
            let mut bytes = Vec::new();
            let mut rest = part.as_bytes();
            while let Some((&b, tail)) = rest.split_first() {
                if b == b'%' {
                    let hex = std::str::from_utf8(&tail[..2]).unwrap();
                    bytes.push(u8::from_str_radix(hex, 16).unwrap());
                    rest = &tail[2..];
                } else {
                    bytes.push(b);
                    rest = tail;
                }
            }
            String::from_utf8(bytes).unwrap()
        };
        let body = uid.strip_suffix("@plan").unwrap();
        let (rest, n) = body.rsplit_once('-').unwrap();
        let (plan, task) = rest.rsplit_once('-').unwrap();
        (decode(plan), decode(task), n.parse().unwrap())
    }

    #[test]
    fn uids_are_plain_ascii_and_keep_the_form_of_plain_ids() {
        assert_eq!(
            uid("trieu-son-2020-pcbldg", "4", 2),
            "trieu-son-2020-pcbldg-4-2@plan"
        );
        assert_eq!(uid("trieu-son", "2.1", 1), "trieu-son-2.1-1@plan");
        assert_eq!(uid("f0", "X-1", 1), "f0-X%2D1-1@plan");
        assert_eq!(uid("f0-X", "1", 1), "f0-X-1-1@plan");
        assert_eq!(uid("kh:ủy", "đ", 1), "kh%3A%E1%BB%A7y-%C4%91-1@plan");
    }

    proptest::proptest! {
        #[test]
        fn a_uid_gives_back_the_parts_it_was_made_of(
            plan in "[a-z0-9%@._:-]{0,8}|\\PC{0,6}",
            task in "[a-z0-9%@._-]{0,6}|\\PC{0,4}",
            n in 1usize..30,
        ) {
            let made = uid(&plan, &task, n);
            proptest::prop_assert!(made.is_ascii());
            proptest::prop_assert_eq!(parts(&made), (plan, task, n));
        }
    }

    proptest::proptest! {
        #[test]
        fn a_text_value_folds_and_unescapes_back_without_hazards(
            text in "[\\x00-\\x1f\\\\;,\\u{85}\\u{202e}\\u{200b}a-zắ ]{0,120}|\\PC{0,80}"
        ) {
            let line = fold(&format!("DESCRIPTION:{}", escape(&text)));
            for part in line.split("\r\n").filter(|p| !p.is_empty()) {
                proptest::prop_assert!(part.len() <= 75);
                proptest::prop_assert!(!part.chars().any(crate::text::is_hazard));
            }
            let value = line.replace("\r\n ", "");
            let value = value.strip_prefix("DESCRIPTION:").unwrap().strip_suffix("\r\n").unwrap();
            let mut back = String::new();
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('n') => back.push('\n'),
                        Some(other) => back.push(other),
                        None => {}
                    }
                } else {
                    back.push(c);
                }
            }
            let expected: String = text.chars().filter(|&c| c == '\n' || !crate::text::is_hazard(c)).collect();
            proptest::prop_assert_eq!(back, expected);
        }
    }
}
