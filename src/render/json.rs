//! JSON output. The schema is documented in the README and versioned by the
//! `version` field; fields are only ever added. Every JSON document goes
//! through [`write`], which keeps the inert set out of the raw text.

use std::io::{self, Write};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::iso;
use crate::model::Plan;
use crate::query::{Row, State};
use crate::text::is_hazard;

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

impl Formatter for Inert {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_hazard(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            // Every member of the set lies in the Basic Multilingual Plane.
            write!(writer, "\\u{:04x}", c as u32)?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
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

#[derive(Serialize)]
struct MilestoneDoc {
    start: Option<String>,
    end: String,
    done: Option<String>,
}

#[derive(Serialize)]
struct WindowDoc<'a> {
    text: &'a str,
    start: Option<String>,
    end: Option<String>,
    milestones: Vec<MilestoneDoc>,
}

#[derive(Serialize)]
struct TaskDoc<'a> {
    plan: &'a str,
    id: &'a str,
    title: &'a str,
    group: Option<&'a str>,
    lead: Vec<UnitRef<'a>>,
    partners: Vec<UnitRef<'a>>,
    window: WindowDoc<'a>,
    condition: Option<&'a str>,
    status: &'static str,
    done: Option<String>,
    note: Option<&'a str>,
    state: &'static str,
    overdue: bool,
    days_overdue: Option<i64>,
    due: Option<String>,
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
    file: String,
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
    on: String,
    note: Option<&'a str>,
}

fn units<'a>(plan: &'a Plan, ids: &'a [String]) -> Vec<UnitRef<'a>> {
    ids.iter()
        .map(|id| UnitRef {
            id,
            name: plan.unit_name(id),
        })
        .collect()
}

fn task_doc<'a>(row: &Row<'a>) -> TaskDoc<'a> {
    let (plan, task) = (row.plan, row.task);
    let milestones = task
        .window
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneDoc {
            start: m.start.map(iso),
            end: iso(m.end),
            done: task.milestone_done_on(i, row.on).map(iso),
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
        lead: units(plan, &task.lead),
        partners: units(plan, &task.partners),
        window: WindowDoc {
            text: &task.window.text,
            start: task.window.start().map(iso),
            end: task.window.end().map(iso),
            milestones,
        },
        condition: task.condition.as_deref(),
        status: task.status_on(row.on).as_str(),
        done: task.done_on(row.on).map(iso),
        note: task.note.as_deref(),
        state,
        overdue: row.state.is_overdue(),
        days_overdue: row.state.days_overdue(),
        due: row.state.due().map(iso),
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
                on: iso(r.on),
                note: r.note.as_deref(),
            })
            .collect(),
        file: plan.path.display().to_string(),
        line: task.line,
    }
}

/// Tasks per chunk rendered on one thread.
const CHUNK: usize = 1024;

/// `plan list --format json`: the document [`write`] would make of every
/// task, each task serialized on its own, in chunks on every core, and
/// written in order at its place in the document.
pub fn list(rows: &[Row], as_of: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    let head = ListDoc {
        version: VERSION,
        as_of: iso(as_of),
        tasks: Vec::new(),
    };
    let mut opening = Vec::new();
    write(&head, &mut opening)?;
    // `{ "version": …, "as_of": …, "tasks": [] }`: the tasks go inside.
    let text = String::from_utf8_lossy(&opening);
    let (before, after) = text.rsplit_once("[]").unwrap_or((&text, "\n}\n"));
    out.write_all(before.as_bytes())?;
    out.write_all(b"[")?;
    // A few chunks per thread at a time, so that memory stays bounded.
    let batch = CHUNK * rayon::current_num_threads().max(1) * 2;
    for (b, rows) in rows.chunks(batch).enumerate() {
        let chunks: Vec<io::Result<Vec<u8>>> = rows
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut buffer = Vec::with_capacity(chunk.len() * 1536);
                for row in chunk {
                    buffer.push(b',');
                    buffer.extend_from_slice(b"\n    ");
                    let mut indented = Indented(&mut buffer);
                    let mut serializer =
                        serde_json::Serializer::with_formatter(&mut indented, Inert::default());
                    task_doc(row).serialize(&mut serializer)?;
                }
                Ok(buffer)
            })
            .collect();
        for (c, chunk) in chunks.into_iter().enumerate() {
            let chunk = chunk?;
            // Every task but the first follows a comma.
            let first = b == 0 && c == 0;
            out.write_all(if first { &chunk[1..] } else { &chunk })?;
        }
    }
    if !rows.is_empty() {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())
}

/// Writes what serde_json's pretty layout gives at the top level as it
/// stands two levels in: four spaces after every line break. A JSON
/// string holds no raw line break, so each one is the layout's.
struct Indented<'b>(&'b mut Vec<u8>);

impl Write for Indented<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut rest = bytes;
        while let Some(at) = memchr::memchr(b'\n', rest) {
            self.0.extend_from_slice(&rest[..=at]);
            self.0.extend_from_slice(b"    ");
            rest = &rest[at + 1..];
        }
        self.0.extend_from_slice(rest);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
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

    #[test]
    fn a_list_written_in_chunks_is_the_document_written_whole() {
        let seed = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
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
