//! `plan list --format json`: the list document written task by task, in
//! parallel chunks, each task field by field as serde_json writes it at
//! its place in the whole ([`Layout`], [`Direct`]).

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::ser::Formatter;

use super::{
    Day, ListDoc, TaskDoc, UnitRef, VERSION, WindowDoc, inert_fragment, iso, task_doc, write,
};
use crate::query::Row;

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
        self.line(first, level);
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    /// An array's element start.
    fn element(&mut self, first: bool, level: usize) {
        self.line(first, level);
    }

    /// A member's or an element's comma (unless it is the first), line
    /// break and indent, as one run of bytes.
    fn line(&mut self, first: bool, level: usize) {
        const LINE: &[u8; 34] = b",\n                                ";
        let end = 2 + (level * 2).min(32);
        self.out.extend_from_slice(&LINE[usize::from(first)..end]);
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

/// `plan list --format json`: the document [`write`] would make of every
/// task, each task serialized on its own, in chunks on every core, and
/// written in order at its place in the document.
pub fn list(rows: &[Row], as_of: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    list_chunks(&crate::query::Selected(rows), as_of, out).map(drop)
}

/// [`list`] of rows given a chunk at a time; the number of rows.
pub(crate) fn list_chunks(
    chunks: &dyn crate::query::Chunks,
    as_of: NaiveDate,
    out: &mut dyn Write,
) -> io::Result<usize> {
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
    // Every task but the first follows a comma.
    let count = crate::render::batches::each(chunks, b",", out, &|rows, buffer| {
        for (i, row) in rows.iter().enumerate() {
            buffer.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
            Direct { out: buffer }.task(&task_doc(row))?;
        }
        Ok(())
    })?;
    if count > 0 {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())?;
    Ok(count)
}

/// serde_json's pretty layout (two spaces a level) as it stands `level`
/// levels into a document, with the inert set escaped inside strings, so
/// that a value serialized on its own fits at its place in the whole.
pub(super) struct Layout {
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
