//! JSON output. The schema is documented in the README and versioned by the
//! `version` field; fields are only ever added. Every JSON document goes
//! through [`write`], which keeps the inert set out of the raw text.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::iso;
use crate::model::Plan;
use crate::query::{Row, State};
use crate::text::{is_hazard, may_hold_hazard};

mod list;
pub use list::list;
pub(crate) use list::list_chunks;

/// Schema version of every JSON document `plan` writes.
pub const VERSION: u32 = 1;

/// Write `doc` as indented JSON and a newline. serde_json escapes the C0
/// controls; every other character of [`crate::text::is_hazard`] is written
/// as a `\uXXXX` escape too, so that the raw text holds none of them while
/// a JSON reader still gets the very string the plan holds.
pub fn write<T: Serialize>(doc: &T, out: &mut dyn Write) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, Inert::default());
    doc.serialize(&mut serializer)?;
    writeln!(out)
}

/// The layout methods of a `Formatter`, handed to the wrapped pretty one.
macro_rules! delegate_layout {
    ($($name:ident($($arg:ident: $ty:ty)?)),* $(,)?) => {
        $(
            fn $name<W: ?Sized + Write>(&mut self, writer: &mut W $(, $arg: $ty)?) -> io::Result<()> {
                self.0.$name(writer $(, $arg)?)
            }
        )*
    };
}

/// serde_json's pretty layout, with the inert set escaped inside strings.
#[derive(Default)]
struct Inert(PrettyFormatter<'static>);

/// Write a fragment of a JSON string (serde_json has escaped the quote, the
/// backslash and the C0 controls) with the rest of the inert set as
/// `\uXXXX` escapes. Most fragments hold no byte that starts a member of the
/// set and are written as they are.
fn inert_fragment<W: ?Sized + Write>(writer: &mut W, fragment: &str) -> io::Result<()> {
    if !may_hold_hazard(fragment.as_bytes()) {
        return writer.write_all(fragment.as_bytes());
    }
    let mut rest = fragment;
    while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_hazard(c)) {
        writer.write_all(&rest.as_bytes()[..at])?;
        // Every member of the set lies in the Basic Multilingual Plane.
        write!(writer, "\\u{:04x}", c as u32)?;
        rest = &rest[at + c.len_utf8()..];
    }
    writer.write_all(rest.as_bytes())
}

impl Formatter for Inert {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        inert_fragment(writer, fragment)
    }

    delegate_layout!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        begin_object_value(),
        end_object_value(),
    );
}

#[derive(Serialize)]
struct ListDoc<'a> {
    version: u32,
    as_of: String,
    tasks: Vec<TaskDoc<'a>>,
}

#[derive(Serialize)]
pub struct UnitRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// A day as `YYYY-MM-DD`, written without a `String` of its own.
struct Day(NaiveDate);

impl Day {
    /// `YYYY-MM-DD`, for a year of four digits.
    fn digits(&self) -> Option<[u8; 10]> {
        let (year, month, day) = (self.0.year(), self.0.month(), self.0.day());
        match u32::try_from(year) {
            Ok(year @ 0..=9999) => Some(
                [
                    year / 1000,
                    year / 100 % 10,
                    year / 10 % 10,
                    year % 10,
                    10,
                    month / 10,
                    month % 10,
                    10,
                    day / 10,
                    day % 10,
                ]
                .map(|d| if d == 10 { b'-' } else { b'0' + d as u8 }),
            ),
            _ => None,
        }
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.digits() {
            // Only ASCII digits and dashes.
            Some(digits) => {
                serializer.serialize_str(std::str::from_utf8(&digits).unwrap_or_default())
            }
            None => serializer.serialize_str(&iso(self.0)),
        }
    }
}

/// The units of `ids`, each with its name, written without a list of
/// their own.
struct Units<'a> {
    plan: &'a Plan,
    ids: &'a [String],
}

impl Serialize for Units<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.ids.iter().map(|id| UnitRef {
            id,
            name: self.plan.unit_name(id),
        }))
    }
}

/// A plan's file, as `Path::display` writes it.
struct File<'a>(&'a std::path::Path);

impl Serialize for File<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.to_str() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(&self.0.display()),
        }
    }
}

#[derive(Serialize)]
struct MilestoneDoc {
    start: Option<Day>,
    end: Day,
    done: Option<Day>,
}

#[derive(Serialize)]
struct WindowDoc<'a> {
    text: &'a str,
    start: Option<Day>,
    end: Option<Day>,
    milestones: Vec<MilestoneDoc>,
}

/// A task in JSON. `list::Direct::task` writes it in a list, field by field:
/// a field added here is added there too (a test compares the two).
#[derive(Serialize)]
struct TaskDoc<'a> {
    plan: &'a str,
    id: &'a str,
    title: &'a str,
    group: Option<&'a str>,
    lead: Units<'a>,
    partners: Units<'a>,
    window: WindowDoc<'a>,
    condition: Option<&'a str>,
    status: &'static str,
    done: Option<Day>,
    note: Option<&'a str>,
    state: &'static str,
    overdue: bool,
    days_overdue: Option<i64>,
    due: Option<Day>,
    /// The fields marked for review; left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    review: Vec<&'static str>,
    /// How far the members of the task's groups had reported; left out
    /// for a task of no group with members.
    #[serde(skip_serializing_if = "Option::is_none")]
    reporting: Option<ReportingDoc<'a>>,
    /// The units' own reports made by the reference day; left out when
    /// there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reports: Vec<ReportDoc<'a>>,
    file: File<'a>,
    line: usize,
}

#[derive(Serialize)]
struct ReportingDoc<'a> {
    reported: usize,
    of: usize,
    missing: Vec<UnitRef<'a>>,
}

#[derive(Serialize)]
struct ReportDoc<'a> {
    unit: &'a str,
    name: &'a str,
    on: Day,
    note: Option<&'a str>,
}

fn task_doc<'a>(row: &Row<'a>) -> TaskDoc<'a> {
    let (plan, task) = (row.plan, row.task);
    let milestones = task
        .window
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneDoc {
            start: m.start.map(Day),
            end: Day(m.end),
            done: task.milestone_done_on(i, row.on).map(Day),
        })
        .collect();
    let state = match row.state {
        State::Done { late: true, .. } => "done_late",
        State::Done { .. } => "done",
        State::Cancelled => "cancelled",
        State::Overdue { .. } => "overdue",
        State::Open { .. } => "open",
        State::Waiting => "waiting",
        State::Unscheduled => "unscheduled",
    };
    TaskDoc {
        plan: &plan.id,
        id: &task.id,
        title: &task.title,
        group: task.group.as_deref(),
        lead: Units {
            plan,
            ids: &task.lead,
        },
        partners: Units {
            plan,
            ids: &task.partners,
        },
        window: WindowDoc {
            text: &task.window.text,
            start: task.window.start().map(Day),
            end: task.window.end().map(Day),
            milestones,
        },
        condition: task.condition.as_deref(),
        status: task.status_on(row.on).as_str(),
        done: task.done_on(row.on).map(Day),
        note: task.note.as_deref(),
        state,
        overdue: row.state.is_overdue(),
        days_overdue: row.state.days_overdue(),
        due: row.state.due().map(Day),
        review: task.review.fields().map(|f| f.as_str()).collect(),
        reporting: plan.shown_reporting(task, row.on).map(|r| ReportingDoc {
            reported: r.reported.len(),
            of: r.expected.len(),
            missing: r
                .missing()
                .map(|id| UnitRef {
                    id,
                    name: plan.unit_name(id),
                })
                .collect(),
        }),
        reports: task
            .reports_on(row.on)
            .map(|r| ReportDoc {
                unit: &r.unit,
                name: plan.unit_name(&r.unit),
                on: Day(r.on),
                note: r.note.as_deref(),
            })
            .collect(),
        file: File(&plan.path),
        line: task.line,
    }
}

#[derive(Serialize)]
struct ShowDoc<'a> {
    version: u32,
    as_of: String,
    task: TaskDoc<'a>,
}

/// `plan show --format json`.
pub fn task(row: &Row, as_of: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    let doc = ShowDoc {
        version: VERSION,
        as_of: iso(as_of),
        task: task_doc(row),
    };
    write(&doc, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::SELECTED_CHUNK as CHUNK;

    #[test]
    fn a_list_written_in_chunks_is_the_document_written_whole() {
        let seed = include_str!("../../../plans/trieu-son-2020-pcbldg.toml");
        let first = seed.find("[[task]]").unwrap();
        let (head, tasks) = seed.split_at(first);
        let mut text = head.to_string();
        for copy in 0..400 {
            text.push_str(&tasks.replace("id = \"", &format!("id = \"{copy}.")));
        }
        let (plan, d) = crate::store::parse_str(std::path::Path::new("p.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        let plans = [plan.unwrap()];
        let day = NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
        let rows = crate::query::select(&plans, &crate::query::Filter::default(), day).unwrap();
        assert!(rows.len() > 2 * CHUNK);
        for rows in [&rows[..], &rows[..1], &rows[..0]] {
            let mut chunked = Vec::new();
            list(rows, day, &mut chunked).unwrap();
            let whole = ListDoc {
                version: VERSION,
                as_of: iso(day),
                tasks: rows.iter().map(task_doc).collect(),
            };
            let mut reference = Vec::new();
            write(&whole, &mut reference).unwrap();
            assert_eq!(
                String::from_utf8(chunked).unwrap(),
                String::from_utf8(reference).unwrap()
            );
        }
    }

    #[test]
    fn tasks_written_directly_are_the_tasks_serde_writes() {
        // Every field in every shape: groups reporting, reports with and
        // without a note, review marks, milestones closed and open, quotes,
        // backslashes, controls and the inert set in strings, a dash (0xE2).
        let text = "format = 1\n[plan]\nid = \"p\"\ntitle = \"T\"\n\
             [units.h]\nname = \"Phòng Lao động – Thương binh\"\n\
             [units.a]\nname = \"Xã \\\"A\\\"\"\n[units.b]\nname = \"Xã B\\\\C\"\n\
             [units.xa]\nname = \"Các xã\"\nmembers = [\"a\", \"b\"]\n\
             [[task]]\nid = \"1\"\ntitle = \"Tổ chức\\tthi \\u202e đua\"\nlead = [\"h\"]\n\
             partners = [\"xa\"]\nwindow = \"Tháng 6, tháng 12/2020\"\n\
             milestones_done = [2020-06-20]\nreports.a = { on = 2020-06-10 }\n\
             reports.b = { on = 2020-06-12, note = \"Đã gửi\\n“bản” 2\" }\n\
             [[task]]\nid = \"2\"\ntitle = \"Rà soát\"\ngroup = \"I. Nhiệm vụ\"\n\
             lead = [\"a\", \"b\"]\nwindow = \"Quý III/2020\"\ncondition = \"Khi có \\\"vốn\\\"\"\n\
             status = \"done\"\ndone = 2020-09-30\nnote = \"x\\u0007y\"\nreview = [\"window\"]\n\
             [[task]]\nid = \"3\"\ntitle = \"Chưa rõ\"\nlead = [\"h\"]\nwindow = \"Sau khi có hướng dẫn\"\n";
        let (plan, d) = crate::store::parse_str(std::path::Path::new("dir/p\"q.toml"), text);
        assert!(d.iter().all(|d| !d.is_error()), "{d:?}");
        let plans = [plan.unwrap()];
        for day in [(2020, 6, 15), (2020, 11, 1)] {
            let day = NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap();
            let rows = crate::query::select(&plans, &crate::query::Filter::default(), day).unwrap();
            assert_eq!(rows.len(), 3);
            let docs: Vec<TaskDoc> = rows.iter().map(task_doc).collect();
            assert!(docs.iter().any(|d| d.reporting.is_some()));
            assert!(docs.iter().any(|d| !d.review.is_empty()));
            let mut direct = Vec::new();
            list(&rows, day, &mut direct).unwrap();
            let mut reference = Vec::new();
            let whole = ListDoc {
                version: VERSION,
                as_of: iso(day),
                tasks: docs,
            };
            write(&whole, &mut reference).unwrap();
            assert_eq!(
                String::from_utf8(direct).unwrap(),
                String::from_utf8(reference).unwrap()
            );
        }
    }

    #[test]
    fn a_day_is_written_as_iso_writes_it() {
        for (y, m, d) in [
            (2026, 12, 1),
            (1, 1, 1),
            (0, 2, 29),
            (999, 10, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
            (-262143, 1, 1),
            (262142, 12, 31),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                serde_json::to_string(&Day(day)).unwrap(),
                format!("\"{}\"", iso(day))
            );
        }
    }

    #[test]
    fn the_inert_set_is_escaped_and_reads_back_the_same() {
        for c in crate::text::every_hazard() {
            let value = format!("Tháng{c}6");
            let mut out = Vec::new();
            write(&serde_json::json!({ "title": value }), &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(!text.contains(c), "U+{:04X}: {text}", c as u32);
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back["title"], value.as_str());
        }
        let mut out = Vec::new();
        write(
            &serde_json::json!({ "a": "x\u{202e}y", "b": [1] }),
            &mut out,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n  \"a\": \"x\\u202ey\",\n  \"b\": [\n    1\n  ]\n}\n"
        );
    }
}
