//! Finding one task's block: by the id line `id = "ID"` of each block, and
//! in a large plan by searching for that line instead of cutting the whole
//! file into blocks. Every way of finding a task by its id is here.

use super::blocks::{Header, Lexer, header, memchr_newline};
use super::{Block, Layout, split};

/// From this size on, an edit of one task looks for its block instead of
/// cutting the whole file into blocks.
pub const LOCATE_FROM: usize = 1 << 20;

/// The layout an edit of task `id` needs, and, when it is partial (the
/// head and that task's block only), what the one pass over the text that
/// found the block saw. The shortcut reads lines as keys, which a
/// multi-line string could fool; a plan holding one is cut into blocks
/// whole.
pub fn layout_for_task(text: &str, id: Option<&str>) -> (Layout, Option<Scan>) {
    if text.len() >= LOCATE_FROM
        && let Some(id) = id
        && let Some((layout, scan)) = scan(text, id)
    {
        return (layout, Some(scan));
    }
    (split(text), None)
}

/// What the search for one task's block saw of the rest of a large plan:
/// enough to tell, after an edit of that block alone, whether another task
/// may have its id, without searching the new text again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    id: String,
    /// How many times the id stands between quotes ([`count_quoted`]).
    quoted: usize,
    /// How many `\u` and `\U` escapes the text holds.
    escapes: usize,
}

impl Scan {
    /// [`id_may_repeat`] for the text whose block `old_block` became
    /// `new_block`, the task there having the id `id`; None when the
    /// scan cannot tell (another id, or escapes the new text may hold:
    /// then the new text is looked at).
    pub fn id_may_repeat(&self, old_block: &str, new_block: &str, id: &str) -> Option<bool> {
        if id != self.id {
            return None;
        }
        // No id between quotes and no escape spans two lines, and a block
        // is whole lines: the counts add up block by block.
        let quoted =
            (self.quoted + count_quoted(new_block, id)).checked_sub(count_quoted(old_block, id))?;
        if quoted > 1 {
            return Some(true);
        }
        let escapes =
            (self.escapes + count_escapes(new_block)).checked_sub(count_escapes(old_block))?;
        // With an escape somewhere, the blocks' own id lines decide.
        (escapes == 0).then_some(false)
    }
}

fn count_escapes(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\\', bytes)
        .filter(|&at| matches!(bytes.get(at + 1), Some(b'u' | b'U')))
        .count()
}

/// Whether the shortcut may look for `id`: an id with no quote, escape,
/// space, `=`, `#` or line break, so that its quoted forms never overlap
/// one another or a line's end.
fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && !id.bytes().any(|b| {
            matches!(b, b'"' | b'\'' | b'\\' | b'=' | b'#')
                || b.is_ascii_whitespace()
                || b.is_ascii_control()
        })
}

/// [`locate`] and the [`Scan`] of `text` for task `id`, in three passes
/// over the text: `"""` (a multi-line string ends the shortcut), every
/// `'` and backslash (`'''`, `'ID'`, escapes), and every `"ID"` (its id
/// lines among them). None when the shortcut does not apply.
fn scan(text: &str, id: &str) -> Option<(Layout, Scan)> {
    if !plain_id(id) {
        return None;
    }
    let bytes = text.as_bytes();
    if memchr::memmem::find(bytes, b"\"\"\"").is_some() {
        return None;
    }
    let single = format!("'{id}'");
    let (mut quoted, mut escapes, mut free) = (0, 0, 0);
    for at in memchr::memchr2_iter(b'\'', b'\\', bytes) {
        let rest = &bytes[at..];
        if rest[0] == b'\\' {
            escapes += usize::from(matches!(rest.get(1), Some(b'u' | b'U')));
        } else if rest.starts_with(b"\'\'\'") {
            return None;
        } else if at >= free && rest.starts_with(single.as_bytes()) {
            // Counted as a search would: no two overlap.
            quoted += 1;
            free = at + single.len();
        }
    }
    let head_end = head_end(bytes)?;
    let double = format!("\"{id}\"");
    let key = b"id = ";
    let mut id_lines = Vec::new();
    for at in memchr::memmem::find_iter(bytes, double.as_bytes()) {
        quoted += 1;
        if let Some(line) = at.checked_sub(key.len())
            && line >= head_end
            && &bytes[line..at] == key
            && alone_on_line(bytes, line, key.len() + double.len())
        {
            id_lines.push(line);
        }
    }
    let [at] = id_lines[..] else {
        return None;
    };
    let layout = block_around(bytes, head_end, at)?;
    Some((
        layout,
        Scan {
            id: id.to_string(),
            quoted,
            escapes,
        },
    ))
}

/// Where the head ends: the start of the first `[[task]]` header.
fn head_end(bytes: &[u8]) -> Option<usize> {
    let mut lexer = Lexer::new(bytes, 0);
    loop {
        let (start, header) = lexer.next_header()?;
        if matches!(header, Header::Task) {
            return Some(start);
        }
    }
}

/// The index of the block of `layout` whose task has this id.
pub fn find_block(text: &str, layout: &Layout, id: &str) -> Option<usize> {
    layout
        .tasks
        .iter()
        .position(|block| block_id(&text[block.range.clone()]).as_deref() == Some(id))
}

/// Every task id of `layout`, in file order.
pub fn task_ids(text: &str, layout: &Layout) -> Vec<String> {
    layout
        .tasks
        .iter()
        .filter_map(|block| block_id(&text[block.range.clone()]))
        .collect()
}

/// The id of a `[[task]]` block, read from its `id = "…"` line without
/// parsing the block; a block written some other way is parsed.
pub fn block_id(block: &str) -> Option<String> {
    id_line(block).or_else(|| parsed_id(block))
}

/// The id of a `[[task]]` block as its plain `id = "…"` (or `id = '…'`)
/// line writes it, or None when the block writes it some other way (an
/// escape, a quoted key, a multi-line string) or not at all.
pub fn id_line(block: &str) -> Option<String> {
    // Only a multi-line string can hold a line that looks like `id = …`
    // without being one; such a block is parsed.
    let lines_are_keys = !block.contains("\"\"\"") && !block.contains("'''");
    for line in block.lines().skip(1).filter(|_| lines_are_keys) {
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix("id") else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        let triple = value.starts_with("\"\"\"") || value.starts_with("'''");
        if (quote == '"' || quote == '\'') && !triple {
            let inner = &value[1..];
            if let Some(end) = inner.find(quote) {
                let id = &inner[..end];
                if !(quote == '"' && id.contains('\\')) {
                    return Some(id.to_string());
                }
            }
        }
        break;
    }
    None
}

/// The id of a block written in an unusual way (escapes, a dotted key),
/// asked of the parser.
fn parsed_id(block: &str) -> Option<String> {
    let (root, _) = toml::de::DeTable::parse_recoverable(block);
    let task = root.get_ref().get("task")?;
    match task.get_ref() {
        toml::de::DeValue::Array(items) => items
            .iter()
            .next()
            .and_then(|t| t.get_ref().as_table())
            .and_then(|t| t.get("id"))
            .and_then(|id| id.get_ref().as_str().map(String::from)),
        _ => None,
    }
}

/// The head and the block of task `id`, found without lexing the whole
/// file: the head is lexed up to the first task, the `id = "ID"` line is
/// searched for, and the block around it is lexed alone. None when the id
/// is not written that way exactly once (the caller then splits the whole
/// file).
pub fn locate(text: &str, id: &str) -> Option<Layout> {
    let bytes = text.as_bytes();
    let head_end = head_end(bytes)?;
    let needle = format!("id = \"{id}\"");
    let mut found = memchr::memmem::find_iter(&bytes[head_end..], needle.as_bytes())
        .map(|at| head_end + at)
        .filter(|&at| alone_on_line(bytes, at, needle.len()));
    let at = found.next()?;
    if found.next().is_some() {
        return None;
    }
    block_around(bytes, head_end, at)
}

/// The head (up to `head_end`) and the block holding the id line at `at`.
fn block_around(bytes: &[u8], head_end: usize, at: usize) -> Option<Layout> {
    // The `[[task]]` line (its key bare or quoted) that opens the block
    // holding the id line.
    let finder = memchr::memmem::FinderRev::new(b"[[");
    let mut limit = at;
    let start = loop {
        let candidate = finder
            .rfind(&bytes[head_end..limit])
            .map(|c| head_end + c)?;
        let line_start = bytes[..candidate]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        if bytes[line_start..candidate]
            .iter()
            .all(|b| matches!(b, b' ' | b'\t'))
            && matches!(
                header(&bytes[line_start..memchr_newline(bytes, line_start)]),
                Some(Header::Task)
            )
        {
            break line_start;
        }
        limit = candidate;
    };
    let mut lexer = Lexer::new(bytes, start);
    lexer.skip_line();
    let end = lexer.next_header().map_or(bytes.len(), |(end, _)| end);
    if at >= end {
        return None;
    }
    let line = memchr::memchr_iter(b'\n', &bytes[..start]).count() + 1;
    Some(Layout {
        head: 0..head_end,
        tasks: vec![Block {
            range: start..end,
            line,
        }],
        plain: true,
    })
}

/// The number of lines `id = "ID"` starts in `text`, written that way.
pub fn count_id_lines(text: &str, id: &str) -> usize {
    let needle = format!("id = \"{id}\"");
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes())
        .filter(|&at| alone_on_line(text.as_bytes(), at, needle.len()))
        .count()
}

/// Whether, in `text` (an edit of `old` whose block `changed` was
/// rewritten), a task other than that block's may have the id `id`: the
/// id stands between quotes more than once (`id = 'T7'` beside
/// `id = "T7"`), or some block's id is not written on a plain id line (an
/// escape, a quoted key), so only a parse can tell. `partial` says that
/// `old_layout` holds the changed block only.
pub fn id_may_repeat(
    old: &str,
    old_layout: &Layout,
    partial: bool,
    text: &str,
    changed: usize,
    id: &str,
) -> bool {
    if count_quoted(text, id) > 1 {
        return true;
    }
    if partial {
        // Only the edited block is known. Another spelling of the id that
        // is not between quotes as it is needs an escape (`"T\u0037"`):
        // without one in the file, no other block can have the id, and the
        // file need not be cut into blocks.
        let bytes = text.as_bytes();
        let escapes = memchr::memmem::find(bytes, b"\\u").is_some()
            || memchr::memmem::find(bytes, b"\\U").is_some();
        if !escapes {
            return false;
        }
        let layout = split(text);
        return layout
            .tasks
            .iter()
            .any(|b| id_line(&text[b.range.clone()]).is_none());
    }
    // The other blocks are as they were in the old text.
    old_layout
        .tasks
        .iter()
        .enumerate()
        .any(|(i, b)| i != changed && id_line(&old[b.range.clone()]).is_none())
}

/// How many times `id` stands between double or single quotes in `text`:
/// each is a place another task could have that id.
pub fn count_quoted(text: &str, id: &str) -> usize {
    [format!("\"{id}\""), format!("'{id}'")]
        .iter()
        .map(|needle| memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).count())
        .sum()
}

/// Whether the `len` bytes at `at` stand alone on their line, but for
/// indentation, a trailing comment and the line ending.
fn alone_on_line(bytes: &[u8], at: usize, len: usize) -> bool {
    let before = bytes[..at].iter().rev().take_while(|&&b| b != b'\n');
    let after_start = at + len;
    let line_end = memchr_newline(bytes, after_start);
    let after = String::from_utf8_lossy(&bytes[after_start..line_end]);
    let after = after.trim();
    before.clone().all(|b| matches!(b, b' ' | b'\t'))
        && (after.is_empty() || after.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_ids_are_read_from_the_id_line() {
        assert_eq!(block_id("[[task]]\nid = \"4\"\n").as_deref(), Some("4"));
        assert_eq!(
            block_id("[[task]]\n  id='2.1' # x\n").as_deref(),
            Some("2.1")
        );
        assert_eq!(
            block_id("[[task]]\ntitle = \"id = 9\"\nid = \"3\"\n").as_deref(),
            Some("3")
        );
        assert_eq!(
            block_id("[[task]]\nid = \"a\\u0062\"\n").as_deref(),
            Some("ab")
        );
        assert_eq!(block_id("[[task]]\ntitle = \"x\"\n"), None);
    }

    #[test]
    fn locate_finds_the_same_block_as_split() {
        let text = "format = 1\n[plan]\nid = \"p\"\n\n[[task]]\nid = \"1\"\nnote = \"\"\"\n[[task]]\nid = \"9\"\n\"\"\"\n\n[[task]]\nid = \"2\"  # hai\nlead = [\n  \"a\",\n]\n\n[[task]]\nid = \"3\"\n";
        let whole = split(text);
        let found = locate(text, "2").unwrap();
        assert_eq!(found.head, whole.head);
        assert_eq!(found.tasks, [whole.tasks[1].clone()]);
        assert_eq!(locate(text, "3").unwrap().tasks, [whole.tasks[2].clone()]);
        assert!(locate(text, "404").is_none());
        assert_eq!(count_id_lines(text, "2"), 1);
        // A `[[task]]` written inside a string fools the shortcut; what it
        // finds is not valid TOML alone, and edits then split the file.
        let fooled = locate(text, "9").unwrap();
        let block = &text[fooled.tasks[0].range.clone()];
        assert!(toml::de::DeTable::parse(block).is_err());
    }

    #[test]
    fn the_scan_finds_what_locate_and_the_counts_find() {
        let text = "format = 1\n[plan]\nid = \"p\"\ntitle = 'it''s'\n\n[[task]]\nid = \"1\"\ndepends = ['2', \"2\"]\n\n[[task]]\nid = \"2\"  # hai\ntitle = \"caf\\u00e9 \\U0001F600\"\n\n[[task]]\nid = \"3\"\nnote = \"'2''2'\"\n";
        for id in ["1", "2", "3"] {
            let (layout, scan) = scan(text, id).unwrap();
            assert_eq!(Some(layout), locate(text, id), "{id}");
            assert_eq!(scan.quoted, count_quoted(text, id), "{id}");
            assert_eq!(scan.escapes, 2);
        }
        // A multi-line string ends the shortcut, as does an id it cannot
        // search for safely.
        assert!(scan(&text.replace("'it''s'", "'''it's'''"), "1").is_none());
        assert!(scan(&text.replace("\"caf", "\"\"\"caf"), "1").is_none());
        assert!(scan(text, "4").is_none());
        assert!(scan(text, "a b").is_none());
        assert!(scan(text, "").is_none());
    }

    #[test]
    fn the_scan_tells_whether_the_edited_id_may_repeat() {
        let text = "[[task]]\nid = \"1\"\n\n[[task]]\nid = \"2\"\n";
        let (layout, found) = scan(text, "2").unwrap();
        let old = &text[layout.tasks[0].range.clone()];
        let new = "[[task]]\nid = \"2\"\nstatus = \"done\"\n";
        assert_eq!(found.id_may_repeat(old, new, "2"), Some(false));
        // A second spelling of the id, before or by the edit.
        let noted = format!("{new}note = '2'\n");
        assert_eq!(found.id_may_repeat(old, &noted, "2"), Some(true));
        let (_, twice) = scan(&text.replace("id = \"1\"", "id = '2'"), "2").unwrap();
        assert_eq!(twice.id_may_repeat(old, new, "2"), Some(true));
        // An escape, or another id: the scan cannot tell.
        let escaped = "[[task]]\nid = \"\\u0032\"\n";
        assert_eq!(found.id_may_repeat(old, escaped, "2"), None);
        assert_eq!(found.id_may_repeat(old, new, "3"), None);
    }

    #[test]
    fn locate_gives_up_on_a_duplicate_id() {
        let text = "[[task]]\nid = \"1\"\n[[task]]\nid = \"1\"\n";
        assert!(locate(text, "1").is_none());
        assert_eq!(count_id_lines(text, "1"), 2);
    }

    #[test]
    fn an_id_written_another_way_may_repeat() {
        let plain = "[[task]]\nid = \"1\"\n[[task]]\nid = \"2\"\n";
        let layout = split(plain);
        assert!(!id_may_repeat(plain, &layout, false, plain, 0, "1"));
        assert!(!id_may_repeat(plain, &layout, true, plain, 0, "1"));
        for other in ["id = '1'", "id = \"\\u0031\"", "\"id\" = \"1\""] {
            let text = plain.replace("id = \"2\"", other);
            let layout = split(&text);
            assert!(
                id_may_repeat(&text, &layout, false, &text, 0, "1"),
                "{other}"
            );
            assert!(
                id_may_repeat(&text, &layout, true, &text, 0, "1"),
                "{other}"
            );
        }
    }

    #[test]
    fn no_tasks_means_all_head() {
        let layout = split("format = 1\n");
        assert_eq!(layout.head, 0..11);
        assert!(layout.tasks.is_empty());
    }
}
