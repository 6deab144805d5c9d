//! A table pasted from a web page with one cell per line: "STT", "Nội
//! dung", "Chủ trì", "Phối hợp", "Thời gian" each on a line of its own,
//! then each row's number and cells one after another. Such a table is
//! made tab-separated rows (one line per row, on its number's line), which
//! the task tables read like any other.

use crate::import::marker::{MarkerKind, marker};
use crate::import::pages::Physical;
use crate::import::scan::{Folded, fold};

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Col {
    Number,
    Content,
    Lead,
    Partners,
    Window,
    Other,
}

/// Longest header cell, in words.
const MAX_HEADER_WORDS: usize = 7;

pub(crate) fn header_col(text: &str) -> Option<Col> {
    let f = fold(text.trim().trim_end_matches(':').trim());
    if f.is_empty() || f.split_whitespace().count() > MAX_HEADER_WORDS {
        return None;
    }
    if matches!(f.as_str(), "stt" | "tt" | "so tt" | "so thu tu") {
        return Some(Col::Number);
    }
    let folded = Folded::new(&f);
    let has = |w: &str| folded.find_word(w, 0).is_some();
    Some(
        if has("chu tri") || f == "don vi thuc hien" || f == "co quan thuc hien" {
            Col::Lead
        } else if has("phoi hop") {
            Col::Partners
        } else if has("thoi gian") || has("thoi han") || has("tien do") {
            Col::Window
        } else if has("noi dung") || has("nhiem vu") || has("cong viec") || has("hoat dong") {
            Col::Content
        } else if has("san pham") || has("ghi chu") || has("kinh phi") || has("ket qua") {
            Col::Other
        } else {
            return None;
        },
    )
}

/// A row's number: "1", "12.", or a group's "I", "II.".
fn row_number(text: &str) -> Option<bool> {
    let t = text.trim().trim_end_matches('.');
    if !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(false);
    }
    crate::import::marker::is_roman(t).then_some(true)
}

/// Whether a cell reads like a time window or a condition.
fn looks_like_window(text: &str) -> bool {
    let f = Folded::new(text.trim());
    const STARTS: &[&str] = &[
        "thuong xuyen",
        "hang",
        "hang nam",
        "dinh ky",
        "quy",
        "thang",
        "nam",
        "truoc",
        "trong",
        "sau khi",
        "theo",
        "khi",
        "tu",
        "ngay",
        "6 thang",
        "ca nam",
    ];
    STARTS.iter().any(|s| f.word_at(0, s)) || text.trim().starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a line ends the table: a section heading or an item.
fn ends_table(text: &str) -> bool {
    marker(text).is_some_and(|m| m.kind != MarkerKind::Dash || m.rest.is_empty())
}

/// The one-cell-per-line tables of `lines` made tab-separated rows.
pub fn cells(lines: Vec<Physical>) -> Vec<Physical> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        match table_at(&lines, i) {
            Some((rows, next)) => {
                out.extend(rows);
                i = next;
            }
            None => {
                out.push(lines[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The table starting at `at`, as rows, and the index after it.
fn table_at(lines: &[Physical], at: usize) -> Option<(Vec<Physical>, usize)> {
    if header_col(&lines[at].text) != Some(Col::Number) {
        return None;
    }
    // The header: one cell per line, blank lines between allowed.
    let mut cols = vec![Col::Number];
    let mut names = vec![lines[at].text.trim().to_string()];
    let mut i = at + 1;
    while i < lines.len() {
        let t = lines[i].text.trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        match header_col(t) {
            Some(c) if c != Col::Number => {
                cols.push(c);
                names.push(t.to_string());
                i += 1;
            }
            _ => break,
        }
    }
    if cols.len() < 3 || !cols.contains(&Col::Content) {
        return None;
    }
    let mut rows = vec![Physical {
        no: lines[at].no,
        text: names.join("\t"),
    }];
    let width = cols.len() - 1;
    while i < lines.len() {
        let t = lines[i].text.trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        let Some(group) = row_number(t) else { break };
        let no = lines[i].no;
        let number = t.to_string();
        i += 1;
        // The row's cells, blank lines kept as empty cells.
        let mut cells: Vec<String> = Vec::new();
        while i < lines.len() {
            let t = lines[i].text.trim();
            let nonblank = cells.iter().filter(|c| !c.is_empty()).count();
            if !t.is_empty() && (row_number(t).is_some() || ends_table(t)) {
                break;
            }
            if !t.is_empty() && nonblank >= width {
                break;
            }
            if group && nonblank >= 1 {
                break;
            }
            cells.push(t.to_string());
            i += 1;
        }
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        let row = place_cells(&cols[1..], cells);
        rows.push(Physical {
            no,
            text: std::iter::once(number)
                .chain(row)
                .collect::<Vec<_>>()
                .join("\t"),
        });
    }
    (rows.len() > 1).then_some((rows, i))
}

/// A row's cells in the table's columns. When some are missing (an empty
/// cell left no line), the content comes first, a window-looking cell goes
/// to the time column and the others to the lead, then the partners.
fn place_cells(cols: &[Col], cells: Vec<String>) -> Vec<String> {
    let width = cols.len();
    let filled: Vec<String> = cells.iter().filter(|c| !c.is_empty()).cloned().collect();
    if filled.len() >= width {
        return filled;
    }
    let leading_blanks = cells.iter().take_while(|c| c.is_empty()).count();
    let trimmed = &cells[leading_blanks..];
    if trimmed.len() == width {
        return trimmed.to_vec();
    }
    let mut out = vec![String::new(); width];
    let mut rest = filled.into_iter();
    let slot = |c: Col| cols.iter().position(|&x| x == c);
    if let (Some(k), Some(content)) = (slot(Col::Content), rest.next()) {
        out[k] = content;
    }
    let mut people = vec![Col::Lead, Col::Partners].into_iter();
    for cell in rest {
        let target =
            if looks_like_window(&cell) && slot(Col::Window).is_some_and(|k| out[k].is_empty()) {
                slot(Col::Window)
            } else {
                people.find_map(|c| slot(c).filter(|&k| out[k].is_empty()))
            };
        if let Some(k) = target {
            out[k] = cell;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        cells(crate::import::pages::physical_lines(text))
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn a_table_with_one_cell_per_line_becomes_rows() {
        let got = rows(
            "II. NỘI DUNG\nSTT\nNội dung\nChủ trì\nPhối hợp\nThời gian\nI\nCông tác tuyên truyền\n1\nTuyên truyền trên loa\nĐài Truyền thanh\nCác thôn\nThường xuyên\n2\nTreo băng rôn\nPhòng Văn hóa và Thông tin\n\nTháng 6/2024\n3\nTổng kết\nVăn phòng HĐND và UBND\nQuý IV/2024\nIII. TỔ CHỨC THỰC HIỆN",
        );
        assert_eq!(
            got,
            [
                "II. NỘI DUNG",
                "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian",
                "I\tCông tác tuyên truyền\t\t\t",
                "1\tTuyên truyền trên loa\tĐài Truyền thanh\tCác thôn\tThường xuyên",
                "2\tTreo băng rôn\tPhòng Văn hóa và Thông tin\t\tTháng 6/2024",
                "3\tTổng kết\tVăn phòng HĐND và UBND\t\tQuý IV/2024",
                "III. TỔ CHỨC THỰC HIỆN",
            ]
        );
    }

    #[test]
    fn lines_that_are_no_table_stay() {
        let text = "STT\nNội dung\n1. Tuyên truyền";
        assert_eq!(rows(text), ["STT", "Nội dung", "1. Tuyên truyền"]);
    }
}
