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

use super::wrap::wrap_line_into;
use crate::text::width_within;

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
        let mut blocks: Vec<Drawn<'_>> = Vec::with_capacity(columns);
        let each = cells.iter().zip(fresh.iter_mut()).zip(known.iter_mut());
        for (i, ((cell, fresh), known)) in each.enumerate() {
            let (width, right) = (self.inner[i], right.get(i) == Some(&true));
            if repeats.get(i) != Some(&true) {
                fresh.text.clear();
                fresh.ends.clear();
                fill(
                    cell,
                    i,
                    width,
                    right,
                    ranges,
                    &mut fresh.text,
                    &mut fresh.ends,
                );
                blocks.push(Drawn {
                    text: &fresh.text,
                    ends: &fresh.ends,
                });
                continue;
            }
            blocks.push(known.drawn(cell, |text, ends| {
                fill(cell, i, width, right, ranges, text, ends);
            }));
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
/// by reference, the text copied only when it is new. Every cell's text
/// and its lines as drawn lie side by side in one buffer, so that a cell
/// found is read from one place, and the whole is freed at once.
#[derive(Default)]
struct Known {
    /// Each cell's text, then its lines as drawn.
    bytes: Vec<u8>,
    /// Where each drawn line ends, from the start of its cell's lines.
    ends: Vec<usize>,
    cells: hashbrown::HashTable<Entry>,
}

/// A cell of [`Known`]: its hash, and where its text, its lines and their
/// ends are.
struct Entry {
    hash: u64,
    text: Range<usize>,
    lines: Range<usize>,
    ends: Range<usize>,
}

impl Known {
    /// The lines of `cell` as drawn, drawn by `fill` (onto the buffer and
    /// the ends it is given) when the cell is new.
    fn drawn(&mut self, cell: &str, fill: impl FnOnce(&mut Vec<u8>, &mut Vec<usize>)) -> Drawn<'_> {
        use std::hash::BuildHasher;
        let hash = rustc_hash::FxBuildHasher.hash_one(cell);
        let bytes = &self.bytes;
        let found = self
            .cells
            .find(hash, |e| &bytes[e.text.clone()] == cell.as_bytes())
            .map(|e| (e.lines.clone(), e.ends.clone()));
        let (lines, ends) = match found {
            Some(found) => found,
            None => {
                if self.cells.len() >= KNOWN {
                    self.cells.clear();
                    self.bytes.clear();
                    self.ends.clear();
                }
                let start = self.bytes.len();
                self.bytes.extend_from_slice(cell.as_bytes());
                let (drawn, first) = (self.bytes.len(), self.ends.len());
                fill(&mut self.bytes, &mut self.ends);
                let entry = Entry {
                    hash,
                    text: start..drawn,
                    lines: drawn..self.bytes.len(),
                    ends: first..self.ends.len(),
                };
                let found = (entry.lines.clone(), entry.ends.clone());
                self.cells.insert_unique(hash, entry, |e| e.hash);
                found
            }
        };
        Drawn {
            text: &self.bytes[lines],
            ends: &self.ends[ends],
        }
    }
}

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

/// A cell's lines as drawn (a [`Block`]'s, or a [`Known`] cell's): their
/// bytes, one after another, and where each ends in them.
struct Drawn<'a> {
    text: &'a [u8],
    ends: &'a [usize],
}

impl Drawn<'_> {
    /// Line `n`, if the cell has so many.
    fn line(&self, n: usize) -> Option<&[u8]> {
        let end = *self.ends.get(n)?;
        let start = n.checked_sub(1).map_or(0, |before| self.ends[before]);
        Some(&self.text[start..end])
    }
}

/// `cell` drawn as the `column`th cell of a row at content width `width`,
/// aligned right if `right`, onto `text`, and where each of its lines ends
/// (from where it starts in `text`) onto `ends`; `ranges` is room to wrap
/// it in.
fn fill(
    cell: &str,
    column: usize,
    width: usize,
    right: bool,
    ranges: &mut Vec<(Range<usize>, usize)>,
    text: &mut Vec<u8>,
    ends: &mut Vec<usize>,
) {
    let base = text.len();
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
        text.extend_from_slice(border(column).as_bytes());
        spaces(1 + before, text);
        text.extend_from_slice(&cell.as_bytes()[range.clone()]);
        spaces(after + 1, text);
        ends.push(text.len() - base);
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

#[cfg(test)]
mod tests {
    use comfy_table::CellAlignment;
    use unicode_width::UnicodeWidthStr;

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
}
