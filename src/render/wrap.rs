//! Lines of a table cell wrapped as comfy-table wraps them, so that a
//! streamed row reads as a laid-out one: at spaces, a word longer than a
//! line broken between graphemes, a line ended when few columns are left.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::{width as text_width, word_at};

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
pub(super) fn wrap_line_into(
    line: &str,
    width: usize,
    offset: usize,
    lines: &mut Vec<(Range<usize>, usize)>,
) {
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
    use comfy_table::{ColumnConstraint, Table, Width};

    use super::*;

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

    /// `count` lines of 1 to `most` of `words`, chosen in turn from `seed`:
    /// word `i` of a line is `words[(seed / a + i * b + seed % c) % len]`.
    fn seeded_lines(
        words: &[&str],
        count: usize,
        most: usize,
        mut seed: usize,
        [a, b, c]: [usize; 3],
    ) -> Vec<String> {
        (0..count)
            .map(|_| {
                let line: Vec<&str> = (0..1 + seed % most)
                    .map(|i| words[(seed / a + i * b + seed % c) % words.len()])
                    .collect();
                seed = seed.wrapping_mul(31).wrapping_add(17) % 100_003;
                line.join(" ")
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
        for line in seeded_lines(&words, 400, 5, 7, [5, 3, 7]) {
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
        let mut plain = 0;
        for line in seeded_lines(&words, 600, 12, 11, [3, 7, 5]) {
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
