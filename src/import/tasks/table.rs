//! Tasks written as a table: pipe- or tab-separated rows (a .docx table
//! arrives with tabs), a header naming the columns or the usual five
//! columns without one, continuation rows and group rows.

use super::conditions::{split_window, title_condition};
use super::found::{Found, RawTask};
use crate::import::labels::Field;
use crate::import::lines::Line;
use crate::import::marker::is_roman;
use crate::import::scan::{Folded, fold, trim_end_chars, truncate};
use crate::import::units::split_units;

/// The column a table header names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    Number,
    Content,
    Field(Field),
    Unknown(String),
}

fn column_of(header: &str) -> Option<Column> {
    let f = fold(header.trim());
    let f = f.trim_end_matches(':').trim();
    if f.is_empty() {
        return None;
    }
    if matches!(f, "stt" | "tt" | "so tt" | "so thu tu") {
        return Some(Column::Number);
    }
    let has = |w: &str| Folded::new(f).find_word(w, 0).is_some();
    if has("chu tri") || f == "don vi thuc hien" || f == "co quan thuc hien" {
        return Some(Column::Field(Field::Lead));
    }
    if has("phoi hop") {
        return Some(Column::Field(Field::Partners));
    }
    if has("thoi gian") || has("thoi han") || has("tien do") {
        return Some(Column::Field(Field::Window));
    }
    if has("noi dung")
        || has("nhiem vu")
        || has("cong viec")
        || has("hoat dong")
        || has("giai phap")
    {
        return Some(Column::Content);
    }
    Some(Column::Unknown(header.trim().to_string()))
}

/// Cells of a table row.
fn cells(raw: &str, bordered: bool) -> Vec<String> {
    let parts: Vec<&str> = if raw.contains('\t') {
        raw.split('\t').collect()
    } else {
        let t = if bordered { raw.trim() } else { raw };
        let t = if bordered {
            t.strip_prefix('|')
                .unwrap_or(t)
                .strip_suffix('|')
                .unwrap_or(t.strip_prefix('|').unwrap_or(t))
        } else {
            t
        };
        t.split('|').collect()
    };
    parts
        .iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn is_separator_row(cells: &[String]) -> bool {
    cells.iter().any(|c| !c.is_empty())
        && cells.iter().all(|c| {
            c.chars()
                .all(|ch| matches!(ch, '-' | ':' | ' ' | '=' | '+'))
        })
}

/// The tasks of the table rows `start..end` of a section.
pub fn parse_table(lines: &[Line], start: usize, end: usize, found: &mut Found) {
    let bordered = lines[start].raw.trim().starts_with('|');
    let header = cells(&lines[start].raw, bordered);
    let cols: Vec<Option<Column>> = header.iter().map(|h| column_of(h)).collect();
    let known = cols
        .iter()
        .filter(|c| matches!(c, Some(Column::Content | Column::Field(_) | Column::Number)))
        .count();
    let (cols, first_row) = if known >= 2 {
        found.placed.push(start);
        (cols, start + 1)
    } else {
        // No header: STT | Nội dung | Chủ trì | Phối hợp | Thời gian
        let default = [
            Column::Number,
            Column::Content,
            Column::Field(Field::Lead),
            Column::Field(Field::Partners),
            Column::Field(Field::Window),
        ];
        (default.into_iter().map(Some).collect(), start)
    };
    for c in cols.iter().flatten() {
        if let Column::Unknown(name) = c {
            found.notices.push((
                lines[start].no,
                crate::t!("imp-column-not-imported", column = truncate(name, 40)),
            ));
        }
    }
    let col = |want: &Column| cols.iter().position(|c| c.as_ref() == Some(want));
    let number_col = col(&Column::Number);
    let content_col = col(&Column::Content).or_else(|| number_col.map(|n| n + 1));
    let lead_col = col(&Column::Field(Field::Lead));
    let partner_col = col(&Column::Field(Field::Partners));
    let window_col = col(&Column::Field(Field::Window));
    // Rows with their cells merged with continuation rows.
    struct Row {
        cells: Vec<String>,
        line: usize,
        idx: Vec<usize>,
    }
    let mut rows: Vec<Row> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(end).skip(first_row) {
        let c = cells(&line.raw, bordered);
        if is_separator_row(&c) {
            found.placed.push(i);
            continue;
        }
        if c.iter().all(|x| x.is_empty()) {
            found.placed.push(i);
            continue;
        }
        let number = number_col
            .and_then(|n| c.get(n))
            .cloned()
            .unwrap_or_default();
        if number.is_empty()
            && number_col.is_some()
            && let Some(last) = rows.last_mut()
        {
            {
                for (k, cell) in c.iter().enumerate() {
                    if cell.is_empty() {
                        continue;
                    }
                    if last.cells.len() <= k {
                        last.cells.resize(k + 1, String::new());
                    }
                    if last.cells[k].is_empty() {
                        last.cells[k] = cell.clone();
                    } else {
                        last.cells[k] = format!("{} {}", last.cells[k], cell);
                    }
                }
                last.idx.push(i);
                continue;
            }
        }
        rows.push(Row {
            cells: c,
            line: line.no,
            idx: vec![i],
        });
    }
    let get =
        |r: &Row, c: Option<usize>| c.and_then(|c| r.cells.get(c)).cloned().unwrap_or_default();
    let mut group: Option<String> = None;
    let mut count = 0;
    for r in &rows {
        let number = get(r, number_col);
        let number = trim_end_chars(&number, &['.', ')']).to_string();
        let content = get(r, content_col);
        let (lead, partners, window) = (get(r, lead_col), get(r, partner_col), get(r, window_col));
        found.placed.extend(&r.idx);
        let no_fields = lead.is_empty() && partners.is_empty() && window.is_empty();
        let heading_number = is_roman(&number)
            || (number.chars().count() == 1 && number.chars().all(|c| c.is_ascii_uppercase()));
        if no_fields && (heading_number || number.is_empty()) {
            if content.is_empty() {
                continue;
            }
            group = Some(if number.is_empty() {
                content.clone()
            } else {
                format!("{number}. {content}")
            });
            continue;
        }
        count += 1;
        let (window, mut condition) = split_window(&window);
        if condition.is_none() {
            condition = title_condition(&content);
        }
        for (k, cell) in r.cells.iter().enumerate() {
            if cols.get(k).is_none() && !cell.is_empty() {
                found.notices.push((
                    r.line,
                    crate::t!("imp-not-placed", text = truncate(cell, 60)),
                ));
            }
        }
        found.tasks.push(RawTask {
            id: if number.is_empty() {
                count.to_string()
            } else {
                number
            },
            title: content,
            lead: split_units(&lead),
            partners: split_units(&partners),
            window,
            condition,
            group: group.clone(),
            note: None,
            line: r.line,
            window_line: r.line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    /// The tasks of a document that is one table.
    fn tasks(text: &str) -> Found {
        let lines = normalise(text);
        let mut found = Found::default();
        parse_table(&lines, 0, lines.len(), &mut found);
        found
    }

    #[test]
    fn pipe_table_with_continuation_rows() {
        let f = tasks(
            "STT | Nội dung | Chủ trì | Phối hợp | Thời gian\n1 | Tuyên truyền trên | Phòng Văn hóa và Thông tin | Công an huyện | Thường xuyên\n | hệ thống truyền thanh | | |\n2 | Giải tỏa | UBND các xã, thị trấn | Công an huyện; Phòng Kinh tế | Tháng 4/2023\n | | | và Hạ tầng |",
        );
        assert_eq!(f.tasks.len(), 2);
        assert_eq!(f.tasks[0].title, "Tuyên truyền trên hệ thống truyền thanh");
        assert_eq!(
            f.tasks[1].partners,
            ["Công an huyện", "Phòng Kinh tế và Hạ tầng"]
        );
    }

    #[test]
    fn tab_table_with_group_rows_and_extra_column() {
        let f = tasks(
            "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\nI\tChính quyền số\t\t\t\t\n1\tVận hành\tPhòng Nội vụ\tHuyện đoàn\tHằng tháng\tBáo cáo\n2\tTập huấn\tPhòng Nội vụ\t\tTheo kế hoạch của UBND tỉnh\t",
        );
        assert_eq!(f.tasks.len(), 2);
        assert_eq!(f.tasks[0].group.as_deref(), Some("I. Chính quyền số"));
        assert_eq!(f.tasks[1].window, None);
        assert_eq!(
            f.tasks[1].condition.as_deref(),
            Some("Theo kế hoạch của UBND tỉnh")
        );
        assert_eq!(f.notices.len(), 1, "{:?}", f.notices);
    }

    #[test]
    fn markdown_table_with_borders() {
        let f = tasks(
            "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Việc | Phòng Nội vụ | | Năm 2022 |",
        );
        assert_eq!(f.tasks.len(), 1);
        assert_eq!(f.tasks[0].lead, ["Phòng Nội vụ"]);
        assert_eq!(f.tasks[0].window.as_deref(), Some("Năm 2022"));
    }

    #[test]
    fn a_header_with_no_rows_gives_nothing() {
        let f = tasks("STT | Nội dung | Chủ trì | Phối hợp | Thời gian");
        assert!(f.tasks.is_empty());
    }
}
