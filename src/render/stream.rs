//! A long table streamed: laid out by comfy-table on its first rows, whose
//! column widths then hold for every row, drawn in parallel chunks exactly
//! as comfy-table draws a row of the house style. Memory stays bounded
//! however many rows there are.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Mutex;

use comfy_table::Table;
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::{width as text_width, width_within, word_at};

/// Up to this many rows, the `plan list` table is laid out on all of its
/// cells. A longer list is laid out on its first this many rows and then
/// streamed, chunk by chunk, at those column widths: its memory stays
/// bounded however many rows it has.
pub const STREAM_FROM: usize = 256;

/// Rows rendered together on one thread while streaming.
pub(super) const CHUNK: usize = 256;

/// Write a table of `rows`: laid out whole by `layout` (its header and
/// the rows given) when there are at most [`STREAM_FROM`]; else laid out on
/// the first ones, whose top border gives the column widths, and then
/// every row drawn at those widths, in parallel chunks, from its visible
/// `cells` (aligned right where `right` says). Memory stays bounded however
/// many rows there are, and a short table prints exactly as comfy-table
/// lays it out.
pub fn stream<R: Sync>(
    rows: &[R],
    layout: impl Fn(&[R]) -> Table,
    cells: impl Fn(&R) -> Vec<Cow<'_, str>> + Sync,
    right: &[bool],
    out: &mut dyn Write,
) -> io::Result<()> {
    if rows.len() <= STREAM_FROM {
        return writeln!(out, "{}", layout(rows));
    }
    let layout = Layout::of(&layout(&rows[..STREAM_FROM]).to_string());
    out.write_all(layout.head.as_bytes())?;
    let batch = super::batch_chunks().min(rows.len().div_ceil(CHUNK));
    // One buffer per chunk of a batch, kept from batch to batch: a fresh
    // buffer of this size would be mapped and faulted in page by page
    // every time.
    let mut buffers: Vec<(Vec<u8>, Lines)> = (0..batch)
        .map(|_| (Vec::with_capacity(CHUNK * 1024), Lines::default()))
        .collect();
    for (b, rows) in rows.chunks(CHUNK * batch).enumerate() {
        buffers
            .par_iter_mut()
            .zip(rows.par_chunks(CHUNK))
            .for_each(|((text, lines), chunk)| {
                text.clear();
                for (i, row) in chunk.iter().enumerate() {
                    if i > 0 {
                        text.extend_from_slice(layout.between.as_bytes());
                    }
                    layout.draw(&cells(row), right, &[], lines, text);
                }
            });
        let used = rows.len().div_ceil(CHUNK);
        for (c, (text, _)) in buffers[..used].iter().enumerate() {
            if b > 0 || c > 0 {
                out.write_all(layout.between.as_bytes())?;
            }
            out.write_all(text)?;
        }
    }
    out.write_all(layout.bottom.as_bytes())
}

/// The column widths of a table comfy-table laid out, read from its text,
/// to draw any number of rows more at them, exactly as it draws a row of
/// the house style.
pub struct Layout {
    /// The lines above the first row: the top border, the header and the
    /// rule under it, each with its line break.
    pub head: String,
    /// What goes between two rows: a dashed rule and its line break.
    pub between: String,
    /// The bottom border and its line break.
    pub bottom: String,
    /// Each column's content width (without its padding).
    inner: Vec<usize>,
    /// Each column's part of a line where its cell has no more lines: its
    /// left border and spaces across it.
    blank: Vec<Vec<u8>>,
}

impl Layout {
    /// The layout of `sample`, a table comfy-table drew: its top border
    /// gives the column widths.
    pub fn of(sample: &str) -> Layout {
        let mut lines = sample.lines();
        let top = lines.next().unwrap_or_default();
        let widths: Vec<u16> = top
            .trim_start_matches('┌')
            .trim_end_matches('┐')
            .split('┬')
            .map(|segment| u16::try_from(segment.chars().count()).unwrap_or(u16::MAX))
            .collect();
        let mut head = format!("{top}\n");
        for line in lines.by_ref() {
            head.push_str(line);
            head.push('\n');
            if line.starts_with('╞') {
                break;
            }
        }
        let mut between = rule('├', '╌', '┼', '┤', &widths);
        between.push('\n');
        let mut bottom = rule('└', '─', '┴', '┘', &widths);
        bottom.push('\n');
        let blank = widths
            .iter()
            .enumerate()
            .map(|(i, &width)| {
                let mut part = border(i).as_bytes().to_vec();
                spaces(usize::from(width), &mut part);
                part
            })
            .collect();
        Layout {
            head,
            between,
            bottom,
            // Each segment holds the padding of its column.
            inner: widths
                .iter()
                .map(|&w| usize::from(w).saturating_sub(2))
                .collect(),
            blank,
        }
    }

    /// One row of `cells` onto `out`, aligned right where `right` says, as
    /// comfy-table draws a row of the house style: each cell's lines
    /// wrapped the way it wraps them, padded by one space each side. A cell
    /// of a column `repeats` marks is drawn once per text while `lines`
    /// is kept, and copied after.
    pub fn draw(
        &self,
        cells: &[Cow<'_, str>],
        right: &[bool],
        repeats: &[bool],
        lines: &mut Lines,
        out: &mut Vec<u8>,
    ) {
        let columns = cells.len().min(self.inner.len());
        lines.fresh.resize_with(columns, Block::default);
        lines.known.resize_with(columns, Known::default);
        let Lines {
            ranges,
            fresh,
            known,
        } = lines;
        let mut blocks: Vec<&Block> = Vec::with_capacity(columns);
        let each = cells.iter().zip(fresh.iter_mut()).zip(known.iter_mut());
        for (i, ((cell, fresh), known)) in each.enumerate() {
            let (width, right) = (self.inner[i], right.get(i) == Some(&true));
            if repeats.get(i) != Some(&true) {
                fresh.fill(cell, i, width, right, ranges);
                blocks.push(fresh);
                continue;
            }
            if known.len() >= KNOWN {
                known.clear();
            }
            let block = known.entry_ref(cell.as_ref()).or_insert_with(|| {
                let mut block = Block::default();
                block.fill(cell, i, width, right, ranges);
                block
            });
            blocks.push(block);
        }
        let height = blocks.iter().map(|b| b.ends.len()).max().unwrap_or(0);
        for n in 0..height {
            for (block, blank) in blocks.iter().zip(&self.blank) {
                out.extend_from_slice(block.line(n).unwrap_or(blank));
            }
            out.extend_from_slice("│\n".as_bytes());
        }
    }
}

/// The cells of one column drawn, by their text: looked up once per row
/// by reference (`entry_ref`), the text copied only when it is new.
type Known = hashbrown::HashMap<String, Block, rustc_hash::FxBuildHasher>;

/// How many cells of one column [`Lines`] keeps drawn; it starts again
/// past that, so that memory stays bounded.
const KNOWN: usize = 4096;

/// The left border of the `i`th column of a row.
fn border(i: usize) -> &'static str {
    if i == 0 { "│" } else { "┆" }
}

/// A horizontal line across columns of `widths`.
fn rule(left: char, fill: char, cross: char, right: char, widths: &[u16]) -> String {
    let mut line = String::new();
    line.push(left);
    for (i, &width) in widths.iter().enumerate() {
        if i > 0 {
            line.push(cross);
        }
        line.extend(std::iter::repeat_n(fill, usize::from(width)));
    }
    line.push(right);
    line
}

/// One cell as its lines go into the lines of a row: each its column's
/// left border, a space, the line aligned in the column's width, a
/// space; one after another.
#[derive(Default)]
struct Block {
    text: Vec<u8>,
    /// Where each line ends in `text`.
    ends: Vec<usize>,
}

impl Block {
    /// `cell` drawn as the `column`th cell of a row at content width
    /// `width`, aligned right if `right`; `ranges` is room to wrap it in.
    fn fill(
        &mut self,
        cell: &str,
        column: usize,
        width: usize,
        right: bool,
        ranges: &mut Vec<(Range<usize>, usize)>,
    ) {
        self.text.clear();
        self.ends.clear();
        // Each line of the cell, as a range of it with its display width,
        // measured once.
        ranges.clear();
        let mut at = 0;
        loop {
            let end = memchr::memchr(b'\n', &cell.as_bytes()[at..]).map_or(cell.len(), |i| at + i);
            let line = &cell[at..end];
            match width_within(line, width) {
                Some(wide) => ranges.push((at..end, wide)),
                None => wrap_line_into(line, width, at, ranges),
            }
            if end == cell.len() {
                break;
            }
            at = end + 1;
        }
        for (range, wide) in ranges.iter() {
            let room = width.saturating_sub(*wide);
            let (before, after) = if right { (room, 0) } else { (0, room) };
            self.text.extend_from_slice(border(column).as_bytes());
            spaces(1 + before, &mut self.text);
            self.text.extend_from_slice(&cell.as_bytes()[range.clone()]);
            spaces(after + 1, &mut self.text);
            self.ends.push(self.text.len());
        }
    }

    /// Line `n`, if the cell has so many.
    fn line(&self, n: usize) -> Option<&[u8]> {
        let end = *self.ends.get(n)?;
        let start = n.checked_sub(1).map_or(0, |before| self.ends[before]);
        Some(&self.text[start..end])
    }
}

/// The lines of a row's cells while it is drawn, and the cells of
/// repeating columns drawn so far, kept from row to row.
#[derive(Default)]
pub struct Lines {
    /// The lines of the cell being wrapped: each a range of the cell and
    /// its display width.
    ranges: Vec<(Range<usize>, usize)>,
    /// Each column's cell of the current row, when its column does not
    /// repeat.
    fresh: Vec<Block>,
    /// Each repeating column's cells drawn, by their text.
    known: Vec<Known>,
}

impl Lines {
    /// One of the `Lines` of `pool`, or new ones: the cells a chunk drew
    /// are known to the next chunk a thread draws at the same layout.
    pub fn take(pool: &Mutex<Vec<Lines>>) -> Lines {
        pool.lock()
            .ok()
            .and_then(|mut pool| pool.pop())
            .unwrap_or_default()
    }

    /// Back into `pool`, for the next chunk.
    pub fn give_back(self, pool: &Mutex<Vec<Lines>>) {
        if let Ok(mut pool) = pool.lock() {
            pool.push(self);
        }
    }
}

/// `n` spaces onto `out`.
fn spaces(mut n: usize, out: &mut Vec<u8>) {
    const SPACES: &[u8] = concat!(
        "                                                                ",
        "                                                                "
    )
    .as_bytes();
    while n > SPACES.len() {
        out.extend_from_slice(SPACES);
        n -= SPACES.len();
    }
    out.extend_from_slice(&SPACES[..n]);
}

/// Free columns under which comfy-table starts a new line rather than
/// breaking a word.
const MIN_FREE: usize = 2;

/// `line` cut into lines of at most `width` columns at its spaces, a word
/// longer than a line broken where it must be: comfy-table's wrapping, so
/// that a streamed row reads as a laid-out one.
#[cfg(test)]
fn wrap_line(line: &str, width: usize) -> Vec<String> {
    let mut ranges = Vec::new();
    wrap_line_into(line, width, 0, &mut ranges);
    ranges
        .into_iter()
        .map(|(range, _)| line[range].to_string())
        .collect()
}

/// [`wrap_line`]'s lines pushed onto `lines` as ranges of the cell `line`
/// starts at `offset` in, each with its display width. Every line is a
/// run of `line` (words joined by the spaces between them), so none is
/// copied.
fn wrap_line_into(line: &str, width: usize, offset: usize, lines: &mut Vec<(Range<usize>, usize)>) {
    if !wrap_plain(line, width, offset, lines) {
        wrap_words(line, width, offset, lines);
    }
}

/// [`wrap_line_into`] for the line nearly every title is: words of
/// one-column letters (ASCII, U+00C0–U+02BF, U+1E00–U+1EFF) between single
/// spaces, none wider than a line. Such a line wraps greedily: a word goes
/// on the current line if it fits after a space, else it starts the next
/// one, and a line ends as soon as fewer than [`MIN_FREE`] columns are
/// left, as [`wrap_words`] wraps it. One pass over the bytes, each
/// word's width counted as it is read. `false`, with nothing pushed, for
/// any other line.
fn wrap_plain(
    line: &str,
    width: usize,
    offset: usize,
    lines: &mut Vec<(Range<usize>, usize)>,
) -> bool {
    let bytes = line.as_bytes();
    let before = lines.len();
    let full = width.saturating_sub(MIN_FREE);
    // The current line (start and end in `line`) and its width.
    let mut current: Option<(usize, usize)> = None;
    let mut length = 0;
    // The word being read: where it starts and its width so far.
    let (mut start, mut wide) = (0, 0);
    let mut at = 0;
    loop {
        let b = bytes.get(at).copied();
        match b {
            Some(b' ') | None => {
                if wide == 0 || wide > width {
                    lines.truncate(before);
                    return false;
                }
                match current {
                    Some((from, _)) if length + 1 + wide <= width => {
                        current = Some((from, at));
                        length += 1 + wide;
                    }
                    Some((from, to)) => {
                        lines.push((offset + from..offset + to, length));
                        current = Some((start, at));
                        length = wide;
                    }
                    None => {
                        current = Some((start, at));
                        length = wide;
                    }
                }
                if length > full
                    && let Some((from, to)) = current.take()
                {
                    lines.push((offset + from..offset + to, length));
                    length = 0;
                }
                if b.is_none() {
                    break;
                }
                at += 1;
                (start, wide) = (at, 0);
                continue;
            }
            Some(0x21..=0x7E) => at += 1,
            Some(0xC3..=0xCA) => at += 2,
            Some(0xE1) if matches!(bytes.get(at + 1), Some(0xB8..=0xBB)) => at += 3,
            Some(_) => {
                lines.truncate(before);
                return false;
            }
        }
        wide += 1;
    }
    if let Some((from, to)) = current {
        lines.push((offset + from..offset + to, length));
    }
    true
}

/// [`wrap_line_into`] for any line: runs of spaces, words of any
/// characters, words longer than a line broken where they must be.
fn wrap_words(line: &str, width: usize, offset: usize, lines: &mut Vec<(Range<usize>, usize)>) {
    // The words are read one by one, at most one put back to be read
    // again (`again`, with its width): the one that did not fit, or the
    // rest of a word broken across lines.
    let mut at = 0;
    let mut again: Option<(Range<usize>, usize)> = None;
    // The current line: its range (empty when `None`) and its width.
    let mut current: Option<Range<usize>> = None;
    let mut length = 0;
    let mut push = |current: &mut Option<Range<usize>>, length: usize| {
        if let Some(range) = current.take() {
            lines.push((offset + range.start..offset + range.end, length));
        }
    };
    loop {
        let (next, next_length) = match again.take() {
            Some(word) => word,
            None if at <= line.len() => {
                let (end, wide) = word_at(line, at);
                let word = at..end;
                at = end + 1;
                (word, wide)
            }
            None => break,
        };
        let word = &line[next.clone()];
        let empty = current.as_ref().is_none_or(|r| r.is_empty());
        let mut added = next_length + length;
        let mut remaining = width.saturating_sub(length);
        if !empty {
            added += 1;
            remaining = remaining.saturating_sub(1);
        }
        if added <= width {
            current = Some(match current.take() {
                Some(r) if !r.is_empty() => {
                    length += 1;
                    r.start..next.end
                }
                _ => next.clone(),
            });
            length += next_length;
            if length > width.saturating_sub(MIN_FREE) {
                push(&mut current, length);
                length = 0;
            }
            continue;
        }
        if !empty && remaining <= MIN_FREE {
            again = Some((next, next_length));
            push(&mut current, length);
            length = 0;
            continue;
        }
        if next_length > width {
            let (head, tail) = split_word(remaining, word);
            let (head, tail) = if empty && head.is_empty() {
                let first = tail.chars().next().map_or(0, char::len_utf8);
                (next.start..next.start + first, next.start + first..next.end)
            } else {
                (
                    next.start..next.start + head.len(),
                    next.start + head.len()..next.end,
                )
            };
            again = Some((tail.clone(), text_width(&line[tail])));
            let start = match &current {
                Some(r) if !r.is_empty() => r.start,
                _ => head.start,
            };
            let taken = text_width(&line[start..head.end]);
            current = Some(start..head.end);
            push(&mut current, taken);
            length = 0;
            continue;
        }
        push(&mut current, length);
        current = Some(next);
        length = next_length;
        if length > width.saturating_sub(MIN_FREE) {
            push(&mut current, length);
            length = 0;
        }
    }
    if current.as_ref().is_some_and(|r| !r.is_empty()) {
        push(&mut current, length);
    }
}

/// `word` cut after at most `width` columns, between graphemes.
fn split_word(width: usize, word: &str) -> (&str, &str) {
    if word.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return word.split_at(word.len().min(width));
    }
    let mut taken = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        taken += grapheme.width();
        if taken > width {
            return word.split_at(at);
        }
    }
    (word, "")
}

#[cfg(test)]
mod tests {
    use comfy_table::presets::UTF8_FULL;
    use comfy_table::{CellAlignment, ColumnConstraint, Table, Width};

    use super::*;
    use crate::render::table::{keep_whole, new_table};

    #[test]
    fn numbers_aligned_right_stream_as_comfy_table_aligns_them() {
        let rows: Vec<Vec<String>> = (0..700)
            .map(|i| {
                let name = format!("Đơn vị {} {}", i, "Phòng Văn hóa ".repeat(i % 4));
                vec![
                    name,
                    (i * 37 % 1000).to_string(),
                    format!("{} ngày", i % 90),
                ]
            })
            .collect();
        let layout = |rows: &[Vec<String>]| {
            let mut table = new_table(Some(60));
            table.set_header(["Đơn vị", "Tổng số", "Trễ nhất"]);
            for cells in rows {
                table.add_row(cells);
            }
            keep_whole(&mut table, &[1, 2]);
            for i in 1..3 {
                table
                    .column_mut(i)
                    .unwrap()
                    .set_cell_alignment(CellAlignment::Right);
            }
            table
        };
        let mut streamed = Vec::new();
        stream(
            &rows,
            layout,
            |cells: &Vec<String>| cells.iter().map(|c| Cow::Borrowed(c.as_str())).collect(),
            &[false, true, true],
            &mut streamed,
        )
        .unwrap();
        let streamed = String::from_utf8(streamed).unwrap();
        let laid_out = format!("{}\n", layout(&rows[..STREAM_FROM]));
        let prefix = &laid_out[..laid_out.trim_end().rfind('\n').unwrap() + 1];
        assert!(streamed.starts_with(prefix));
        let lines: Vec<&str> = streamed.lines().collect();
        assert!(lines.iter().all(|l| l.width() == lines[0].width()));
        assert_eq!(
            lines.iter().filter(|l| l.starts_with('├')).count(),
            rows.len() - 1
        );
        let mut short = Vec::new();
        stream(
            &rows[..10],
            layout,
            |cells: &Vec<String>| cells.iter().map(|c| Cow::Borrowed(c.as_str())).collect(),
            &[false, true, true],
            &mut short,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(short).unwrap(),
            format!("{}\n", layout(&rows[..10]))
        );
    }

    /// The lines comfy-table draws `line` as in a column of `width`.
    fn comfy_lines(line: &str, width: usize) -> Vec<String> {
        let mut table = Table::new();
        table.load_style(UTF8_FULL);
        table.force_no_tty();
        table.add_row([line]);
        let column = table.column_mut(0).unwrap();
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width as u16 + 2)));
        table
            .lines()
            .filter(|l| l.starts_with('│'))
            .map(|l| {
                let inner = l.trim_matches('│');
                inner
                    .strip_prefix(' ')
                    .unwrap_or(inner)
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn every_mix_of_words_and_spaces_wraps_as_comfy_table_wraps_it() {
        let words = [
            "Tổ",
            "chức",
            "",
            "tuyên-truyền-phổ-biến",
            "a",
            "計画",
            "UBND",
            "x\u{200B}y",
            "Phòng",
            "huyện,",
            "ngày",
        ];
        // Lines of up to five words, chosen in turn, so that runs of
        // spaces, empty words and long words meet at every width.
        let mut seed = 7usize;
        for _ in 0..400 {
            let count = 1 + seed % 5;
            let line: Vec<&str> = (0..count)
                .map(|i| words[(seed / 5 + i * 3 + seed % 7) % words.len()])
                .collect();
            let line = line.join(" ");
            for width in 1..=24 {
                // As a row is drawn: a line that fits is not wrapped.
                let lines = if text_width(&line) <= width {
                    vec![line.clone()]
                } else {
                    wrap_line(&line, width)
                };
                let ours: Vec<String> = lines.iter().map(|l| l.trim_end().to_string()).collect();
                assert_eq!(ours, comfy_lines(&line, width), "{line:?} at {width}");
            }
            seed = seed.wrapping_mul(31).wrapping_add(17) % 100_003;
        }
    }

    #[test]
    fn a_plain_line_wraps_in_one_pass_as_any_line_wraps() {
        let words = [
            "Tổ",
            "chức",
            "tuyên-truyền",
            "a",
            "UBND",
            "Phòng",
            "huyện,",
            "ngày",
            "xã",
            "2020",
            "(đã",
            "báo",
            "cáo)",
            "Thương",
            "binh",
            "Ủy",
            "ban",
        ];
        let mut seed = 11usize;
        let mut plain = 0;
        for _ in 0..600 {
            let count = 1 + seed % 12;
            let line: Vec<&str> = (0..count)
                .map(|i| words[(seed / 3 + i * 7 + seed % 5) % words.len()])
                .collect();
            let line = line.join(" ");
            for width in 1..=30 {
                let (mut fast, mut slow) = (Vec::new(), Vec::new());
                if wrap_plain(&line, width, 3, &mut fast) {
                    plain += 1;
                    wrap_words(&line, width, 3, &mut slow);
                    assert_eq!(fast, slow, "{line:?} at {width}");
                } else {
                    assert!(fast.is_empty(), "{line:?} at {width}");
                }
            }
            seed = seed.wrapping_mul(31).wrapping_add(17) % 100_003;
        }
        assert!(plain > 10_000, "{plain}");
        // Anything else is left to the general wrapping.
        for line in [
            "a  b",
            " a",
            "a ",
            "",
            "計画 a",
            "Pho\u{300}ng",
            "abcdefgh ab",
        ] {
            assert!(!wrap_plain(line, 6, 0, &mut Vec::new()), "{line:?}");
        }
    }

    #[test]
    fn a_word_longer_than_its_column_is_broken_as_comfy_table_breaks_it() {
        for (line, width) in [
            ("Tổ-chức-tuyên-truyền-phổ-biến ab", 8),
            ("a bcdefghijklmnop q", 5),
            ("ab cd ef gh", 4),
            ("x", 1),
            // Runs of spaces, spaces at either end, lines of one column.
            ("a  b   c", 3),
            ("  Phòng  Văn hóa ", 6),
            ("x y z", 1),
            ("Ủy ban nhân dân các xã, thị trấn", 10),
        ] {
            let theirs = comfy_lines(line, width);
            // A line's trailing spaces draw as the padding they stand in for.
            let ours: Vec<String> = wrap_line(line, width)
                .iter()
                .map(|l| l.trim_end().to_string())
                .collect();
            assert_eq!(ours, theirs, "{line:?} at {width}");
        }
    }
}
