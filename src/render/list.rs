//! `plan list` in every format, written as its rows come: a chunk of rows
//! at a time, the chunks of a batch rendered on every core and written in
//! order. Memory holds a batch of chunks, however many rows the list has,
//! and the rows may be read from their plans a chunk at a time too.

use std::io::{self, Write};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::query::Row;

/// Where a list's rows come from: chunks of them, in the list's order.
pub trait Chunks: Sync {
    /// How many chunks there are.
    fn chunks(&self) -> usize;

    /// Give the rows of chunk `k` (maybe none) to `each`, once.
    fn rows(&self, k: usize, each: &mut dyn FnMut(&[Row<'_>]) -> io::Result<()>) -> io::Result<()>;
}

/// Rows already selected, a chunk of them at a time.
pub struct Selected<'r, 'p>(pub &'r [Row<'p>]);

/// Rows of [`Selected`] per chunk.
pub(crate) const SELECTED_CHUNK: usize = 1024;

impl Chunks for Selected<'_, '_> {
    fn chunks(&self) -> usize {
        self.0.len().div_ceil(SELECTED_CHUNK)
    }

    fn rows(&self, k: usize, each: &mut dyn FnMut(&[Row<'_>]) -> io::Result<()>) -> io::Result<()> {
        let start = (k * SELECTED_CHUNK).min(self.0.len());
        let end = (start + SELECTED_CHUNK).min(self.0.len());
        each(&self.0[start..end])
    }
}

/// How a list is written.
pub enum Format {
    /// The terminal's table (or blocks, when it is narrow); the rows'
    /// ids qualified by their plan's when `qualify`.
    Table { qualify: bool, width: Option<u16> },
    /// The JSON document of `plan list --format json`.
    Json { as_of: NaiveDate },
    /// CSV for Excel, with Vietnamese headers when `vietnamese_headers`.
    Csv {
        delimiter: u8,
        vietnamese_headers: bool,
    },
}

/// Write the list whose rows `chunks` gives as `format` says; the number of
/// rows. A table of no rows is nothing at all; the other formats still
/// write their frame.
pub fn write(format: &Format, chunks: &dyn Chunks, out: &mut dyn Write) -> io::Result<usize> {
    match format {
        Format::Table { qualify, width } => {
            super::table::list_chunks(chunks, *qualify, *width, out)
        }
        Format::Json { as_of } => super::json::list_chunks(chunks, *as_of, out),
        Format::Csv {
            delimiter,
            vietnamese_headers,
        } => super::csv::list_chunks(chunks, *delimiter, *vietnamese_headers, out),
    }
}

/// How a chunk's rows are rendered into a buffer.
pub(super) type Render<'a> = dyn Fn(&[Row<'_>], &mut Vec<u8>) -> io::Result<()> + Sync + 'a;

/// Render each chunk's rows with `render` into a buffer of its own, a batch
/// of chunks on every core, and write the buffers in order, `between`
/// between the rows of two of them; the number of rows.
pub(super) fn each(
    chunks: &dyn Chunks,
    between: &[u8],
    out: &mut dyn Write,
    render: &Render<'_>,
) -> io::Result<usize> {
    // Four chunks a core: one finishing late holds up the others little,
    // and the batch's buffers stay few (four a core measured faster than
    // two or eight, on 100,000 tasks and on 2,000 plans).
    let batch = (rayon::current_num_threads().max(1) * 4).min(chunks.chunks().max(1));
    // Each buffer with the number of rows in it; kept from batch to batch,
    // so that their pages are faulted in once.
    let mut buffers: Vec<(Vec<u8>, usize)> = vec![(Vec::new(), 0); batch];
    let mut count = 0;
    for start in (0..chunks.chunks()).step_by(batch) {
        let used = batch.min(chunks.chunks() - start);
        buffers[..used]
            .par_iter_mut()
            .enumerate()
            .try_for_each(|(i, (buffer, rows))| {
                buffer.clear();
                *rows = 0;
                chunks.rows(start + i, &mut |chunk| {
                    *rows += chunk.len();
                    if chunk.is_empty() {
                        Ok(())
                    } else {
                        render(chunk, buffer)
                    }
                })
            })?;
        for (buffer, rows) in &buffers[..used] {
            if *rows == 0 {
                continue;
            }
            if count > 0 {
                out.write_all(between)?;
            }
            out.write_all(buffer)?;
            count += rows;
        }
    }
    Ok(count)
}
