//! `plan list` in every format, written as its rows come: a chunk of rows
//! at a time, the chunks of a batch rendered on every core and written in
//! order. Memory holds a batch of chunks, however many rows the list has,
//! and the rows may be read from their plans a chunk at a time too.

use std::io::{self, Write};

use chrono::NaiveDate;

use crate::query::Chunks;

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
