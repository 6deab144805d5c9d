//! Turning the text of a plan file into a [`Plan`]: the file whole, or —
//! in a large plan of the documented layout — its head and each `[[task]]`
//! block on their own, in parallel. Both ways give the same plan and the
//! same diagnostics. The typed reading itself is in `reader`, `head` and
//! `task`.

use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use toml::de::DeValue;

use super::context::Context;
use super::reader::{MAX_DIAGNOSTICS, Reader};
use super::task_ids::TaskIds;
use crate::diagnostic::Hidden;
use crate::error::Diagnostic;
use crate::model::{Plan, Task};

/// The plan-file format this version reads.
pub const FORMAT: i64 = 1;

/// A plan, when it has no error, and the problems found in its file.
pub type Parsed = (Option<Plan>, Vec<Diagnostic>);

/// Parse the text of a plan file (without its byte-order mark).
///
/// A large plan in which nothing but `[[task]]` blocks follows the first
/// task (the layout `plan` documents) has its head and every block parsed on
/// their own, in parallel; otherwise the file is parsed whole. Both give the
/// same plan and the same diagnostics.
pub fn parse_str(path: &Path, text: &str) -> Parsed {
    // Cutting into blocks pays off only when there are enough to share
    // between threads.
    let many = || {
        memchr::memmem::find_iter(text.as_bytes(), b"[[task]]")
            .nth(PARALLEL_BLOCKS)
            .is_some()
    };
    let lean = parse_lean(path, text);
    let (plan, mut diagnostics) = match lean {
        Some(parsed) => parsed,
        None => match many().then(|| super::split(text)) {
            Some(layout) if layout.plain => {
                parse_blocks(path, text, &layout).unwrap_or_else(|| parse_whole(path, text))
            }
            _ => parse_whole(path, text),
        },
    };
    // Readers that met many problems count the later ones in a line of
    // their own; the file shows its first problems and counts the rest.
    let mut hidden = Hidden::default();
    diagnostics.retain(|d| match d.hidden {
        Some(h) => {
            hidden.problems += h.problems;
            hidden.errors += h.errors;
            false
        }
        None => true,
    });
    // Errors first, so that warnings (review marks) never take the place
    // of an error among those shown; then in the file's order.
    diagnostics.sort_by_key(|d| (!d.is_error(), d.line, d.col));
    let ok = hidden.errors == 0 && !diagnostics.iter().any(Diagnostic::is_error);
    // A file that is not a plan at all would bury the first problems.
    for dropped in diagnostics.drain(MAX_DIAGNOSTICS.min(diagnostics.len())..) {
        hidden.problems += 1;
        hidden.errors += dropped.errors();
    }
    diagnostics.sort_by_key(|d| (d.line, d.col));
    if hidden.problems > 0 {
        diagnostics.push(Diagnostic::more(path, hidden));
    }
    (plan.filter(|_| ok), diagnostics)
}

fn parse_whole(path: &Path, text: &str) -> Parsed {
    let mut reader = Reader::new(path, text, 0);
    let Some(root) = reader.parse() else {
        return (None, reader.diagnostics);
    };
    let mut plan = reader.head(root.get_ref());
    let context = Context::of(&plan);
    plan.tasks = reader.tasks(root.get_ref(), &context);
    (Some(plan), reader.diagnostics)
}

/// The head and the blocks of a plain layout, each parsed on its own. None
/// when the head holds a `task` key of its own, which only a whole parse
/// can judge.
fn parse_blocks(path: &Path, text: &str, layout: &super::Layout) -> Option<Parsed> {
    let head_text = &text[layout.head.clone()];
    let mut reader = Reader::new(path, head_text, 0);
    let Some(root) = reader.parse() else {
        return Some((None, reader.diagnostics));
    };
    if root.get_ref().get("task").is_some() {
        return None;
    }
    let mut plan = reader.head(root.get_ref());
    let mut diagnostics = reader.diagnostics;
    let context = Context::of(&plan);
    let read = |block: &super::Block| read_block(path, text, block, &context);
    let blocks: Vec<BlockRead> = layout.tasks.par_iter().map(read).collect();
    gather(
        path,
        text,
        &layout.tasks,
        blocks,
        &mut plan,
        &mut diagnostics,
    );
    Some((Some(plan), diagnostics))
}

/// The tasks of the blocks read into `plan`, in order, with their
/// problems and those of ids used twice.
fn gather(
    path: &Path,
    text: &str,
    blocks: &[super::Block],
    reads: Vec<BlockRead>,
    plan: &mut Plan,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut ids = TaskIds::with_capacity(reads.len());
    plan.tasks.reserve(reads.len());
    for (block, read) in blocks.iter().zip(&reads) {
        if let Some((id, span)) = &read.id
            && let Some(id) = read.id_text(id)
            && let Some(first) = ids.first_of(id, block.line)
        {
            let mut reader = Reader::new(path, &text[block.range.clone()], block.line - 1);
            reader.duplicate_id(span.clone(), id, first);
            diagnostics.append(&mut reader.diagnostics);
        }
    }
    for read in reads {
        diagnostics.extend(read.diagnostics);
        plan.tasks.extend(read.task);
    }
}

/// The head of a file and its task blocks, when every block is one the
/// lean scanner reads (see `lean`): the head through toml, the blocks
/// without it, in parallel chunks in a large plan. None when a block holds
/// anything the scanner leaves to toml, or the head holds a `task` key: the
/// file is then read as before, so its diagnostics are toml's own.
fn parse_lean(path: &Path, text: &str) -> Option<Parsed> {
    let bytes = text.as_bytes();
    let first = first_task(bytes)?;
    // Block starts: the first header, then every `[[task]]` at the start of
    // a line. One inside a multi-line string or array would end a block
    // with the string or array open, which the scanner refuses.
    let mut blocks = Vec::with_capacity(bytes.len() / 256);
    let mut line = 1 + count_lines(&bytes[..first]);
    let mut start = first;
    for at in memchr::memmem::find_iter(&bytes[first..], b"\n[[task]]") {
        let next = first + at + 1;
        if next == start {
            continue;
        }
        blocks.push(super::Block {
            range: start..next,
            line,
        });
        line += count_lines(&bytes[start..next]);
        start = next;
    }
    blocks.push(super::Block {
        range: start..bytes.len(),
        line,
    });
    let mut reader = Reader::new(path, &text[..first], 0);
    let root = reader.parse()?;
    if root.get_ref().get("task").is_some() {
        return None;
    }
    let mut plan = reader.head(root.get_ref());
    let mut diagnostics = reader.diagnostics;
    let context = Context::of(&plan);
    let read = |block: &super::Block| {
        let block_text = &text[block.range.clone()];
        let table = super::lean::task_table(block_text)?;
        let mut reader = Reader::new(path, block_text, block.line - 1);
        Some(read_table(
            &mut reader,
            &table,
            super::lean::header_span(),
            block.line,
            &context,
        ))
    };
    let reads: Vec<BlockRead> = if blocks.len() >= PARALLEL_BLOCKS {
        blocks
            .par_iter()
            .with_min_len(64)
            .map(read)
            .collect::<Option<_>>()?
    } else {
        blocks.iter().map(read).collect::<Option<_>>()?
    };
    gather(path, text, &blocks, reads, &mut plan, &mut diagnostics);
    Some((Some(plan), diagnostics))
}

/// The offset of the first `[[task]]` header, outside strings and arrays,
/// when it is written as the lean scanner reads it.
fn first_task(bytes: &[u8]) -> Option<usize> {
    let mut lexer = super::blocks::Lexer::new(bytes, 0);
    loop {
        match lexer.next_header()? {
            (start, super::blocks::Header::Task) => {
                return bytes[start..]
                    .starts_with(super::lean::HEADER)
                    .then_some(start);
            }
            (_, super::blocks::Header::Other) => {}
        }
    }
}

/// The line ends in `bytes`.
fn count_lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// From this many tasks on, a plan is read block by block in parallel.
pub const PARALLEL_BLOCKS: usize = 256;

/// The head of a plan (everything but its tasks) read on its own, and the
/// problems in it. None when it is not valid TOML.
pub fn read_head(
    path: &Path,
    text: &str,
    layout: &super::Layout,
) -> (Option<Plan>, Vec<Diagnostic>) {
    let mut reader = Reader::new(path, &text[layout.head.clone()], 0);
    let plan = reader.parse().map(|root| reader.head(root.get_ref()));
    (plan, reader.diagnostics)
}

/// One task block read on its own against its plan's head.
pub fn read_task_block(
    path: &Path,
    text: &str,
    block: &super::Block,
    plan: &Plan,
) -> (Option<Task>, Vec<Diagnostic>) {
    let read = read_block(path, text, block, &Context::of(plan));
    (read.task, read.diagnostics)
}

/// What reading one `[[task]]` block gives.
struct BlockRead {
    task: Option<Task>,
    diagnostics: Vec<Diagnostic>,
    /// The task's id, when the task is not read (else it is the task's),
    /// and its span inside the block, for the duplicate check.
    id: Option<(Option<String>, Range<usize>)>,
}

impl BlockRead {
    /// The id written in the block: kept for a task not read, the task's
    /// own otherwise.
    fn id_text<'r>(&'r self, kept: &'r Option<String>) -> Option<&'r str> {
        kept.as_deref()
            .or_else(|| self.task.as_ref().map(|task| task.id.as_str()))
    }
}

fn read_block(path: &Path, text: &str, block: &super::Block, context: &Context) -> BlockRead {
    let block_text = &text[block.range.clone()];
    let mut reader = Reader::new(path, block_text, block.line - 1);
    let mut read = BlockRead {
        task: None,
        diagnostics: Vec::new(),
        id: None,
    };
    if let Some(root) = reader.parse() {
        let item = root
            .get_ref()
            .get("task")
            .and_then(|value| match value.get_ref() {
                DeValue::Array(items) => items.iter().next(),
                _ => None,
            });
        if let Some(item) = item
            && let Some(table) = reader.table(item, "[[task]]")
        {
            read = read_table(&mut reader, table, item.span(), block.line, context);
        }
    }
    read.diagnostics.append(&mut reader.diagnostics);
    read
}

/// The task a block's table gives, whichever way the table was read.
fn read_table(
    reader: &mut Reader<'_>,
    table: &toml::de::DeTable<'_>,
    span: Range<usize>,
    line: usize,
    context: &Context,
) -> BlockRead {
    let task = reader.task(table, span, line, context);
    // The id for the check against the other tasks: the task's own, or the
    // string written when the task is not read.
    let id = match table.get("id") {
        Some(value) => match value.get_ref() {
            DeValue::String(id) => Some((task.is_none().then(|| id.to_string()), value.span())),
            _ => None,
        },
        None => None,
    };
    BlockRead {
        task,
        diagnostics: std::mem::take(&mut reader.diagnostics),
        id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::store::parse_bytes;
    use crate::store::status_hint;
    use crate::window::parse_date;
    use chrono::NaiveDate;

    fn parse(text: &str) -> (Option<Plan>, Vec<Diagnostic>) {
        parse_str(Path::new("p.toml"), text)
    }

    const MINIMAL: &str = "format = 1\n[plan]\nid = \"p\"\ntitle = \"T\"\nperiod = \"Năm 2020\"\n[units.a]\nname = \"Phòng A\"\n";

    fn with_task(task: &str) -> String {
        format!("{MINIMAL}[[task]]\n{task}")
    }

    fn messages(text: &str) -> Vec<String> {
        parse(text)
            .1
            .into_iter()
            .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
            .collect()
    }

    #[test]
    fn minimal_plan_loads() {
        let (plan, diagnostics) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 6/2020\"\n",
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let plan = plan.unwrap();
        assert_eq!(
            plan.tasks[0].window.end(),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(plan.tasks[0].line, 8);
        assert_eq!(plan.tasks[0].status, Status::Todo);
    }

    #[test]
    fn unknown_field_is_reported_with_position_and_suggestion() {
        let (_, diagnostics) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\nstaus = \"done\"\n",
        ));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].line, diagnostics[0].col), (13, 1));
        assert_eq!(
            diagnostics[0].hint.as_deref(),
            Some("did you mean `status`?")
        );
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"b\"]\nwindow = \"Tháng 13/2020\"\nstatus = \"started\"\n",
        ));
        assert_eq!(
            found,
            [
                "11:9: unknown unit `b` in `lead`",
                "12:17: month 13 does not exist",
                "13:10: unknown status \"started\""
            ]
        );
    }

    #[test]
    fn unit_list_reports_types_before_unknown_units() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\", 1, \"zz\"]\npartners = [\"zz\", \"a\", \"yy\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(
            found,
            [
                "11:14: `lead` must be a list of strings, not an integer",
                "12:13: unknown unit `zz` in `partners`",
                "12:24: unknown unit `yy` in `partners`"
            ]
        );
    }

    #[test]
    fn a_unit_twice_or_in_both_roles_is_an_error() {
        let twice = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\", \"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(twice, ["11:14: unit `a` is named twice in `lead`"]);
        let both = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\npartners = [\"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(both, ["12:12: unit `a` is both lead and partner"]);
    }

    #[test]
    fn groups_that_contain_each_other_are_an_error() {
        let text = format!(
            "{MINIMAL}[units.g]\nname = \"G\"\nmembers = [\"h\"]\n[units.h]\nname = \"H\"\nmembers = [\"g\"]\n"
        );
        let found = messages(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].ends_with("groups `g` and `h` contain each other"),
            "{found:?}"
        );
    }

    #[test]
    fn every_milestone_closed_on_an_open_task_is_an_error() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 6, tháng 12/2020\"\nmilestones_done = [2020-06-01, 2020-12-01]\n",
        ));
        assert_eq!(
            found,
            ["13:19: all 2 milestones are closed but the status is \"todo\""]
        );
    }

    #[test]
    fn done_date_on_open_task_is_an_error() {
        let found = messages(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\ndone = 2020-05-01\n",
        ));
        assert_eq!(
            found,
            ["13:8: `done` date on a task whose status is \"todo\""]
        );
    }

    #[test]
    fn duplicate_task_ids_are_reported_at_the_second() {
        let task = "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n";
        let found = messages(&format!("{}[[task]]\n{task}", with_task(task)));
        assert_eq!(found, ["14:6: duplicate task id \"1\""]);
    }

    #[test]
    fn wrong_type_names_both_types() {
        let found = messages(&with_task(
            "id = 1\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n",
        ));
        assert_eq!(found, ["9:6: `id` must be a string, not an integer"]);
    }

    #[test]
    fn syntax_error_has_position() {
        let found = messages("format = 1\n[plan]\nid = \"p\ntitle = \"T\"\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("3:"), "{found:?}");
    }

    #[test]
    fn utf16_and_legacy_encodings_are_refused() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("format = 1".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (_, d) = parse_bytes(Path::new("p.toml"), &utf16);
        assert!(d[0].message.contains("UTF-16"), "{}", d[0].message);
        // "Tháng" in Windows-1258: 0xE1 is á.
        let cp1258 = b"format = 1\ntitle = \"Th\xE1ng\"\n";
        let (_, d) = parse_bytes(Path::new("p.toml"), cp1258);
        assert!(d[0].message.contains("Windows-1258"), "{}", d[0].message);
        assert_eq!(d[0].line, 2);
    }

    #[test]
    fn a_torn_write_and_a_merge_conflict_are_named() {
        let (_, d) = parse_bytes(Path::new("p.toml"), b"format = 1\n[pl\0\0\0");
        assert_eq!(
            (d[0].line, d[0].col, d[0].message.as_str()),
            (
                2,
                4,
                "file ends in 3 zero bytes, as a write cut short leaves it"
            )
        );
        let (_, d) = parse_bytes(Path::new("p.toml"), b"\0");
        assert!(d[0].message.starts_with("file ends in 1 zero byte,"));
        let text = b"format = 1\r\n<<<<<<< HEAD\r\nx = 1\r\n=======\r\nx = 2\r\n>>>>>>> b\r\n";
        let (_, d) = parse_bytes(Path::new("p.toml"), text);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].width), (2, 12));
        assert!(d[0].message.starts_with("unresolved merge conflict"));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(
            proptest::prop_oneof![proptest::strategy::Just(0u8), proptest::num::u8::ANY], 0..200)) {
            let _ = parse_bytes(Path::new("p.toml"), &bytes);
        }
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = format!(
            "\u{feff}{}",
            with_task("id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"2020\"\n")
                .replace('\n', "\r\n")
        );
        let (plan, d) = parse_bytes(Path::new("p.toml"), text.as_bytes());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(plan.unwrap().tasks.len(), 1);
    }

    #[test]
    fn month_without_year_takes_period_year() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\nwindow = \"Tháng 9 - 10\"\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            plan.unwrap().tasks[0].window.end(),
            NaiveDate::from_ymd_opt(2020, 10, 31)
        );
    }

    #[test]
    fn array_window_is_milestones() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = \"a\"\nwindow = [\"2020-12\", \"2020-06\"]\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        let task = &plan.unwrap().tasks[0];
        assert_eq!(task.window.milestones.len(), 2);
        assert_eq!(
            task.window.milestones[0].end,
            NaiveDate::from_ymd_opt(2020, 6, 30).unwrap()
        );
    }

    #[test]
    fn condition_alone_makes_a_waiting_task() {
        let (plan, d) = parse(&with_task(
            "id = \"1\"\ntitle = \"x\"\nlead = [\"a\"]\ncondition = \"Khi có vụ việc\"\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        assert!(plan.unwrap().tasks[0].window.milestones.is_empty());
    }

    #[test]
    fn dates_in_both_forms() {
        assert_eq!(
            parse_date("30/06/2020"),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(
            parse_date("2020-06-30"),
            NaiveDate::from_ymd_opt(2020, 6, 30)
        );
        assert_eq!(parse_date("31/06/2020"), None);
    }

    #[test]
    fn status_hint_knows_vietnamese_words() {
        assert_eq!(
            status_hint("đang làm").as_deref(),
            Some("did you mean \"doing\"?")
        );
        assert_eq!(
            status_hint("hoàn thành").as_deref(),
            Some("did you mean \"done\"?")
        );
        assert_eq!(
            status_hint("dne").as_deref(),
            Some("did you mean \"done\"?")
        );
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    /// The seed plan with `tasks` copies of its tasks (ids made unique), so
    /// that it is read block by block.
    fn large(edit: impl Fn(String) -> String) -> String {
        let seed = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let first = seed.find("[[task]]").unwrap();
        let (head, tasks) = seed.split_at(first);
        let mut text = head.to_string();
        for copy in 0..40 {
            text.push_str(&tasks.replace("id = \"", &format!("id = \"{copy}.")));
        }
        edit(text)
    }

    fn both(text: &str) -> (Parsed, Parsed) {
        let path = Path::new("p.toml");
        let layout = crate::store::split(text);
        assert!(layout.plain && layout.tasks.len() >= PARALLEL_BLOCKS);
        let mut blocks = parse_blocks(path, text, &layout).unwrap();
        let mut whole = parse_whole(path, text);
        blocks.1.sort_by_key(|d| (d.line, d.col));
        whole.1.sort_by_key(|d| (d.line, d.col));
        (blocks, whole)
    }

    #[test]
    fn block_and_whole_reading_give_the_same_plan() {
        let text = large(|t| t);
        let ((blocks, d1), (whole, d2)) = both(&text);
        assert!(d1.is_empty() && d2.is_empty());
        let (blocks, whole) = (blocks.unwrap(), whole.unwrap());
        assert_eq!(blocks.tasks.len(), 320);
        assert_eq!(blocks.tasks, whole.tasks);
    }

    #[test]
    fn block_and_whole_reading_give_the_same_diagnostics() {
        let text = large(|t| {
            t.replacen("status = \"todo\"", "status = \"finished\"", 3)
                .replacen("id = \"7.8\"", "id = \"7.7\"", 1)
                .replacen("window = \"Tháng 9/2020\"", "window = \"Tháng 13/2020\"", 2)
                .replacen("lead = [\"ttvh\"]", "lead = [\"ttvhh\"]\nfoo = 1", 1)
        });
        let ((_, blocks), (_, whole)) = both(&text);
        assert_eq!(blocks.len(), 8, "{blocks:#?}");
        assert_eq!(blocks, whole);
    }

    #[test]
    fn lean_and_whole_reading_give_the_same_plan_and_diagnostics() {
        let path = Path::new("p.toml");
        let seed = include_str!("../../plans/trieu-son-2020-pcbldg.toml");
        let broken = |t: String| {
            t.replacen("status = \"todo\"", "status = \"finished\"", 3)
                .replacen("id = \"7.8\"", "id = \"7.7\"", 1)
                .replacen("window = \"Tháng 9/2020\"", "window = \"Tháng 13/2020\"", 2)
                .replacen("lead = [\"ttvh\"]", "lead = [\"ttvhh\"]\nfoo = true", 1)
        };
        for text in [
            large(|t| t),
            large(broken),
            seed.to_string(),
            broken(seed.to_string()),
        ] {
            let (lean, mut d1) = parse_lean(path, &text).expect("read by the lean scanner");
            let (whole, mut d2) = parse_whole(path, &text);
            d1.sort_by_key(|d| (d.line, d.col));
            d2.sort_by_key(|d| (d.line, d.col));
            assert_eq!(d1, d2);
            assert_eq!(lean.map(|p| p.tasks), whole.map(|p| p.tasks));
        }
        // What the scanner leaves to toml is read as before.
        let text = large(|t| t.replacen("id = \"3.3\"", "id = \"3.3", 1));
        assert!(parse_lean(path, &text).is_none());
    }

    #[test]
    fn syntax_error_in_one_block_is_reported_at_its_line() {
        let text = large(|t| t.replacen("id = \"3.3\"", "id = \"3.3", 1));
        let ((_, blocks), _) = both(&text);
        let line = text[..text.find("id = \"3.3\n").unwrap()]
            .matches('\n')
            .count()
            + 1;
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].line, line);
    }
}
