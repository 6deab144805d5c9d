//! JSON output. The schema is documented in the README and versioned by the
//! `version` field; fields are only ever added. Every JSON document goes
//! through [`write`], which keeps the inert set out of the raw text.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::iso;
use crate::model::Plan;
use crate::query::{Row, State};
use crate::text::{is_hazard, may_hold_hazard};

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

/// A task in JSON. [`Direct::task`] writes it in a list, field by field:
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

/// A [`TaskDoc`] written as serde_json writes it with [`Layout`] at a
/// task's place in a list, byte for byte, without serde's calls for each
/// field and each bracket: a province's list is mostly this. Strings that
/// need no escape are copied as they are; the others go through serde_json.
struct Direct<'b> {
    out: &'b mut Vec<u8>,
}

impl Direct<'_> {
    /// A task's fields stand three levels in: the document, `tasks`, the
    /// task.
    const TASK: usize = 3;

    fn indent(&mut self, level: usize) {
        const SPACES: &[u8; 32] = b"                                ";
        self.out
            .extend_from_slice(&SPACES[..(level * 2).min(SPACES.len())]);
    }

    /// A member's start: its comma, line, indent and key.
    fn key(&mut self, first: bool, level: usize, key: &str) {
        self.out
            .extend_from_slice(if first { b"\n" } else { b",\n" });
        self.indent(level);
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    /// An array's element start.
    fn element(&mut self, first: bool, level: usize) {
        self.out
            .extend_from_slice(if first { b"\n" } else { b",\n" });
        self.indent(level);
    }

    /// The end of an object or array whose members stood at `level`.
    fn close(&mut self, level: usize, any: bool, bracket: u8) {
        if any {
            self.out.push(b'\n');
            self.indent(level - 1);
        }
        self.out.push(bracket);
    }

    fn str(&mut self, text: &str) -> io::Result<()> {
        if crate::text::json_plain(text) {
            self.out.push(b'"');
            self.out.extend_from_slice(text.as_bytes());
            self.out.push(b'"');
            return Ok(());
        }
        let mut serializer = serde_json::Serializer::with_formatter(&mut *self.out, Layout::at(0));
        Ok(text.serialize(&mut serializer)?)
    }

    fn opt_str(&mut self, text: Option<&str>) -> io::Result<()> {
        match text {
            Some(text) => self.str(text),
            None => {
                self.out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }

    fn day(&mut self, day: Option<&Day>) -> io::Result<()> {
        match day.map(|d| (d, d.digits())) {
            Some((_, Some(digits))) => {
                self.out.push(b'"');
                self.out.extend_from_slice(&digits);
                self.out.push(b'"');
                Ok(())
            }
            Some((day, None)) => self.str(&iso(day.0)),
            None => self.opt_str(None),
        }
    }

    fn number(&mut self, n: impl std::fmt::Display) -> io::Result<()> {
        write!(self.out, "{n}")
    }

    /// An array of `{ "id", "name" }` objects at `level`.
    fn units<'u>(
        &mut self,
        level: usize,
        units: impl Iterator<Item = UnitRef<'u>>,
    ) -> io::Result<()> {
        self.out.push(b'[');
        let mut any = false;
        for unit in units {
            self.element(!any, level);
            self.out.push(b'{');
            self.key(true, level + 1, "id");
            self.str(unit.id)?;
            self.key(false, level + 1, "name");
            self.str(unit.name)?;
            self.close(level + 1, true, b'}');
            any = true;
        }
        self.close(level, any, b']');
        Ok(())
    }

    fn task(&mut self, doc: &TaskDoc) -> io::Result<()> {
        const L: usize = Direct::TASK;
        self.out.push(b'{');
        self.key(true, L, "plan");
        self.str(doc.plan)?;
        self.key(false, L, "id");
        self.str(doc.id)?;
        self.key(false, L, "title");
        self.str(doc.title)?;
        self.key(false, L, "group");
        self.opt_str(doc.group)?;
        for (key, units) in [("lead", &doc.lead), ("partners", &doc.partners)] {
            self.key(false, L, key);
            let plan = units.plan;
            self.units(
                L + 1,
                units.ids.iter().map(|id| UnitRef {
                    id,
                    name: plan.unit_name(id),
                }),
            )?;
        }
        self.key(false, L, "window");
        self.window(&doc.window)?;
        self.key(false, L, "condition");
        self.opt_str(doc.condition)?;
        self.key(false, L, "status");
        self.str(doc.status)?;
        self.key(false, L, "done");
        self.day(doc.done.as_ref())?;
        self.key(false, L, "note");
        self.opt_str(doc.note)?;
        self.key(false, L, "state");
        self.str(doc.state)?;
        self.key(false, L, "overdue");
        self.out
            .extend_from_slice(if doc.overdue { b"true" } else { b"false" });
        self.key(false, L, "days_overdue");
        match doc.days_overdue {
            Some(days) => self.number(days)?,
            None => self.opt_str(None)?,
        }
        self.key(false, L, "due");
        self.day(doc.due.as_ref())?;
        if !doc.review.is_empty() {
            self.key(false, L, "review");
            self.out.push(b'[');
            for (i, field) in doc.review.iter().enumerate() {
                self.element(i == 0, L + 1);
                self.str(field)?;
            }
            self.close(L + 1, true, b']');
        }
        if let Some(reporting) = &doc.reporting {
            self.key(false, L, "reporting");
            self.out.push(b'{');
            self.key(true, L + 1, "reported");
            self.number(reporting.reported)?;
            self.key(false, L + 1, "of");
            self.number(reporting.of)?;
            self.key(false, L + 1, "missing");
            self.units(
                L + 2,
                reporting.missing.iter().map(|u| UnitRef {
                    id: u.id,
                    name: u.name,
                }),
            )?;
            self.close(L + 1, true, b'}');
        }
        if !doc.reports.is_empty() {
            self.key(false, L, "reports");
            self.out.push(b'[');
            for (i, report) in doc.reports.iter().enumerate() {
                self.element(i == 0, L + 1);
                self.out.push(b'{');
                self.key(true, L + 2, "unit");
                self.str(report.unit)?;
                self.key(false, L + 2, "name");
                self.str(report.name)?;
                self.key(false, L + 2, "on");
                self.day(Some(&report.on))?;
                self.key(false, L + 2, "note");
                self.opt_str(report.note)?;
                self.close(L + 2, true, b'}');
            }
            self.close(L + 1, true, b']');
        }
        self.key(false, L, "file");
        match doc.file.0.to_str() {
            Some(text) => self.str(text)?,
            None => self.str(&doc.file.0.display().to_string())?,
        }
        self.key(false, L, "line");
        self.number(doc.line)?;
        self.close(L, true, b'}');
        Ok(())
    }

    fn window(&mut self, window: &WindowDoc) -> io::Result<()> {
        const L: usize = Direct::TASK + 1;
        self.out.push(b'{');
        self.key(true, L, "text");
        self.str(window.text)?;
        self.key(false, L, "start");
        self.day(window.start.as_ref())?;
        self.key(false, L, "end");
        self.day(window.end.as_ref())?;
        self.key(false, L, "milestones");
        self.out.push(b'[');
        for (i, m) in window.milestones.iter().enumerate() {
            self.element(i == 0, L + 1);
            self.out.push(b'{');
            self.key(true, L + 2, "start");
            self.day(m.start.as_ref())?;
            self.key(false, L + 2, "end");
            self.day(Some(&m.end))?;
            self.key(false, L + 2, "done");
            self.day(m.done.as_ref())?;
            self.close(L + 2, true, b'}');
        }
        self.close(L + 1, !window.milestones.is_empty(), b']');
        self.close(L, true, b'}');
        Ok(())
    }
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
    // A few chunks per thread at a time, so that memory stays bounded; the
    // buffers are kept from one batch to the next, so that their pages are
    // only faulted in once.
    let mut buffers: Vec<Vec<u8>> = vec![Vec::new(); rayon::current_num_threads().max(1) * 2];
    for (b, rows) in rows.chunks(CHUNK * buffers.len()).enumerate() {
        buffers
            .par_iter_mut()
            .zip(rows.par_chunks(CHUNK))
            .try_for_each(|(buffer, chunk)| -> io::Result<()> {
                buffer.clear();
                for row in chunk {
                    buffer.extend_from_slice(b",\n    ");
                    Direct { out: buffer }.task(&task_doc(row))?;
                }
                Ok(())
            })?;
        let used = rows.len().div_ceil(CHUNK);
        for (c, chunk) in buffers[..used].iter().enumerate() {
            // Every task but the first follows a comma.
            let first = b == 0 && c == 0;
            out.write_all(if first { &chunk[1..] } else { chunk })?;
        }
    }
    if !rows.is_empty() {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())
}

/// serde_json's pretty layout (two spaces a level) as it stands `level`
/// levels into a document, with the inert set escaped inside strings, so
/// that a value serialized on its own fits at its place in the whole.
struct Layout {
    level: usize,
    has_value: bool,
}

impl Layout {
    fn at(level: usize) -> Self {
        Layout {
            level,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
        const SPACES: &[u8; 64] =
            b"                                                                ";
        let mut left = self.level * 2;
        while left > 0 {
            let n = left.min(SPACES.len());
            writer.write_all(&SPACES[..n])?;
            left -= n;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(bracket)
    }

    fn member<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }
}

impl Formatter for Layout {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        inert_fragment(writer, fragment)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.member(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.member(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
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
