//! A table as `pdftotext -layout` gives it: the cells of a row side by
//! side at the columns' places, a cell's text wrapped over several lines,
//! a header cell over two ("Cơ quan phối" / "hợp"), rows apart by blank
//! lines. Such a table is made tab-separated rows (one line per row, on its
//! first line), which the task tables read like any other.

use crate::import::cells::{Col, header_col};
use crate::import::marker::{MarkerKind, marker};
use crate::import::pages::Physical;
use crate::import::scan::fold;

/// The words of a table's header cells (folded), for the header lines
/// above and below its main line ("Cơ quan phối" / "hợp").
const HEADER_WORDS: &[&str] = &[
    "stt", "tt", "so", "noi", "dung", "nhiem", "vu", "cong", "viec", "hoat", "dong", "co", "quan",
    "don", "vi", "chu", "tri", "phoi", "hop", "thoi", "gian", "han", "tien", "do", "thuc", "hien",
    "hoan", "thanh", "san", "pham", "ket", "qua", "ghi", "kinh", "phi", "du", "kien", "giai",
    "phap", "tham", "muu", "thu", "tu",
];

/// A piece of a line: its first and past-last character and its text.
type Span = (usize, usize, String);

/// The pieces of a line apart by two or more spaces, or by a column the
/// table leaves blank on every line (`gutter`).
fn spans(line: &str, gutter: &[bool]) -> Vec<Span> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for i in 0..=chars.len() {
        let space = i == chars.len() || chars[i].is_whitespace();
        let cut = space
            && (i == chars.len()
                || chars.get(i + 1).is_none_or(|c| c.is_whitespace())
                || gutter.get(i).copied().unwrap_or(false));
        match (start, space) {
            (None, false) => start = Some(i),
            (Some(s), true) if cut => {
                let text: String = chars[s..i].iter().collect();
                out.push((s, i, text.trim().to_string()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The header's columns: spans of the header lines that overlap, merged.
fn header_columns(lines: &[&str]) -> Vec<Span> {
    let mut cols: Vec<Span> = Vec::new();
    for line in lines {
        for (s, e, t) in spans(line, &[]) {
            match cols.iter_mut().find(|c| s < c.1 && c.0 < e) {
                Some(c) => {
                    c.0 = c.0.min(s);
                    c.1 = c.1.max(e);
                    c.2 = format!("{} {t}", c.2);
                }
                None => cols.push((s, e, t)),
            }
        }
    }
    cols.sort_by_key(|c| c.0);
    // Header lines above and below the main one read top to bottom.
    cols
}

/// A run of lines holding several rows cut into them: each row's number
/// stands in the middle of its lines, so the lines between two numbers
/// go half to the row above, half to the row below.
fn split_rows(g: &[usize], starts_row: &dyn Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let numbers: Vec<usize> = (0..g.len()).filter(|&k| starts_row(g[k])).collect();
    if numbers.len() < 2 {
        return vec![g.to_vec()];
    }
    let mut bounds = vec![0];
    for w in numbers.windows(2) {
        let between = w[1] - w[0] - 1;
        bounds.push(w[0] + 1 + between.div_ceil(2));
    }
    bounds.push(g.len());
    bounds.windows(2).map(|b| g[b[0]..b[1]].to_vec()).collect()
}

/// The runs of places that are not gutters: the row's columns.
fn runs(gutter: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (p, &g) in gutter.iter().chain(std::iter::once(&true)).enumerate() {
        match (start, g) {
            (None, false) => start = Some(p),
            (Some(s), true) => {
                out.push((s, p));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The column a span falls in: a row's number in the number column, other
/// text in the column it overlaps most, else the nearest.
fn column_of(cols: &[Span], s: usize, e: usize, text: &str) -> usize {
    let number = cols
        .iter()
        .position(|c| header_col(&c.2) == Some(Col::Number));
    let t = text.trim().trim_end_matches('.');
    let is_number = (!t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()))
        || crate::import::marker::is_roman(t);
    if is_number && let Some(n) = number {
        return n;
    }
    let overlap = |c: &Span| e.min(c.1).saturating_sub(s.max(c.0));
    let centre = (s + e) / 2;
    (0..cols.len())
        .filter(|&k| Some(k) != number)
        .max_by_key(|&k| {
            let c = &cols[k];
            let dist = centre.abs_diff((c.0 + c.1) / 2);
            (overlap(c), std::cmp::Reverse(dist))
        })
        .unwrap_or(0)
}

/// Whether a line ends a laid-out table: text at the left margin with no
/// gap in it (a heading, a paragraph), or Nơi nhận.
fn ends_table(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let at_margin = !line.starts_with(char::is_whitespace);
    let gapless = !t.contains("  ");
    let lone_number = t.chars().all(|c| c.is_ascii_digit() || c == '.');
    fold(t).starts_with("noi nhan")
        || (at_margin && gapless && !lone_number)
        || marker(t).is_some_and(|m| m.kind == MarkerKind::Roman)
}

/// The laid-out tables of `lines` made tab-separated rows.
pub fn columns(lines: Vec<Physical>) -> Vec<Physical> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    // Where the last table ended: the next one's header starts after it.
    let mut floor = 0;
    while i < lines.len() {
        match table_at(&lines, i, floor) {
            Some((rows, start, next)) => {
                out.truncate(out.len().saturating_sub(i - start));
                floor = next;
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

/// Whether a line is the main line of a laid-out table's header: "TT" or
/// "STT" first, then at least one more column, one of them the content.
fn is_header_line(line: &str) -> bool {
    let cells: Vec<String> = spans(line, &[]).into_iter().map(|s| s.2).collect();
    cells.len() >= 3
        && line.trim().contains("  ")
        && header_col(&cells[0]) == Some(Col::Number)
        && cells.iter().any(|c| header_col(c) == Some(Col::Content))
}

/// The table whose header's main line is `at`: its rows, the index its
/// header starts at and the index after it.
fn table_at(lines: &[Physical], at: usize, floor: usize) -> Option<(Vec<Physical>, usize, usize)> {
    if !is_header_line(&lines[at].text) {
        return None;
    }
    let blank = |k: usize| lines[k].text.trim().is_empty();
    // Header cells over two lines stand above and below the main line,
    // indented (a row starts with its number at the margin).
    let header_part = |k: usize| {
        !blank(k)
            && lines[k].text.starts_with(char::is_whitespace)
            && fold(&lines[k].text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| HEADER_WORDS.contains(&w))
    };
    let mut start = at;
    while start > floor && header_part(start - 1) && at - start < 2 {
        start -= 1;
    }
    let mut header_end = at + 1;
    while header_end < lines.len() && header_part(header_end) && header_end - at < 3 {
        header_end += 1;
    }
    let mut end = header_end;
    // The next table's header ends this one.
    while end < lines.len() && !ends_table(&lines[end].text) && !is_header_line(&lines[end].text) {
        end += 1;
    }
    let header: Vec<&str> = (start..header_end)
        .map(|k| lines[k].text.as_str())
        .collect();
    let cols = header_columns(&header);
    if cols.len() < 3 {
        return None;
    }
    // Rows: runs of lines apart by blank lines.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for k in header_end..end {
        if blank(k) {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
        } else {
            current.push(k);
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    // Rows with no blank line between them: a number at the margin starts
    // one.
    let starts_row = |k: usize| {
        let t = lines[k].text.as_str();
        !t.starts_with(char::is_whitespace)
            && spans(t, &[]).first().is_some_and(|s| {
                s.2.len() <= 4
                    && s.2
                        .trim_end_matches('.')
                        .chars()
                        .all(|c| c.is_ascii_digit())
            })
    };
    let groups: Vec<Vec<usize>> = groups
        .into_iter()
        .flat_map(|g| split_rows(&g, &starts_row))
        .collect();
    let mut rows = vec![Physical {
        no: lines[start].no,
        text: cols
            .iter()
            .map(|c| c.2.clone())
            .collect::<Vec<_>>()
            .join("\t"),
    }];
    for g in &groups {
        // The row's own columns: places blank on each of its lines (a PDF
        // lays out each row a little apart from the others). They cut
        // pieces a single space apart ("… chứa nước và Sở Nông nghiệp …").
        // A row of one line has a gutter between every two words: only its
        // wider gaps part its cells.
        let width = g.iter().map(|&k| lines[k].text.chars().count()).max()?;
        let mut gutter = vec![g.len() > 1; width];
        for &k in g {
            for (p, c) in lines[k].text.chars().enumerate() {
                if !c.is_whitespace() {
                    gutter[p] = false;
                }
            }
        }
        let runs = if g.len() > 1 {
            runs(&gutter)
        } else {
            Vec::new()
        };
        let mut cells = vec![String::new(); cols.len()];
        for &k in g {
            for (s, e, t) in spans(&lines[k].text, &gutter) {
                let (rs, re) = runs
                    .iter()
                    .copied()
                    .find(|&(rs, re)| s >= rs && s < re)
                    .unwrap_or((s, e));
                let c = column_of(&cols, rs, re, &t);
                if !cells[c].is_empty() {
                    cells[c].push(' ');
                }
                cells[c].push_str(&t);
            }
        }
        rows.push(Physical {
            no: lines[g[0]].no,
            text: cells.join("\t"),
        });
    }
    (rows.len() > 1).then_some((rows, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        columns(crate::import::pages::physical_lines(text))
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn a_table_laid_out_by_pdftotext_becomes_rows() {
        let text = "II. NHIỆM VỤ CỤ THỂ

                                                              Cơ quan phối     Thời gian
TT           Nội dung                 Cơ quan chủ trì
                                                                  hợp          thực hiện

     Kiểm tra, đánh giá an
                                                             UBND các
     toàn các hồ chứa nước và Sở Nông nghiệp và Phát
1                                                            huyện, thành     Tháng 7/2024
     đê điều trước mùa mưa    triển nông thôn
                                                             phố
     bão

     Diễn tập ứng phó lũ quét,                               UBND huyện       Ngày 7 và 8
3    sạt lở đất tại huyện      Bộ Chỉ huy Quân sự tỉnh       Mường Phìn;      tháng 10 năm
     Mường Phìn                                              Sở Y tế          2024

III. TỔ CHỨC THỰC HIỆN";
        let got = rows(text);
        assert_eq!(got[0], "II. NHIỆM VỤ CỤ THỂ");
        assert_eq!(
            got[2],
            "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện"
        );
        assert_eq!(
            got[3],
            "1\tKiểm tra, đánh giá an toàn các hồ chứa nước và đê điều trước mùa mưa bão\tSở Nông nghiệp và Phát triển nông thôn\tUBND các huyện, thành phố\tTháng 7/2024"
        );
        assert_eq!(
            got[4],
            "3\tDiễn tập ứng phó lũ quét, sạt lở đất tại huyện Mường Phìn\tBộ Chỉ huy Quân sự tỉnh\tUBND huyện Mường Phìn; Sở Y tế\tNgày 7 và 8 tháng 10 năm 2024"
        );
        assert_eq!(got[5], "III. TỔ CHỨC THỰC HIỆN");
    }

    #[test]
    fn rows_of_one_line() {
        let text = "TT    Nội dung                 Chủ trì            Thời gian\n1     Trực ban phòng chống     Văn phòng huyện    Tháng 7/2024\n2     Tổng kết năm             Phòng Nội vụ       Tháng 12/2024\nIII. TỔ CHỨC THỰC HIỆN";
        let got = rows(text);
        assert_eq!(
            got[1], "1\tTrực ban phòng chống\tVăn phòng huyện\tTháng 7/2024",
            "{got:#?}"
        );
    }

    #[test]
    fn a_header_and_its_columns_side_by_side_are_no_table() {
        let text = "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-UBND          Bắc Hà, ngày 19 tháng 6 năm 2024";
        assert_eq!(rows(text).len(), 2);
    }

    use proptest::prelude::*;

    /// Pieces of laid-out, pasted and paged text, in any order.
    const PIECES: &[&str] = &[
        "TT",
        "STT",
        "Nội dung",
        "Chủ trì",
        "Phối hợp",
        "Thời gian",
        "Cơ quan phối",
        "hợp",
        "1",
        "2",
        "I",
        "   ",
        "          ",
        " ",
        "\n",
        "\n\n",
        "\u{c}",
        "- 2 -",
        "Trang 1/2",
        "Phòng Y tế",
        "Tháng 6/2024",
        "III. TỔ CHỨC THỰC HIỆN",
        "Nơi nhận:",
        "KT. CHỦ TỊCH",
        "Lượt xem: 3",
        "x",
        ".",
        ";",
        "\t",
        "|",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_mix_of_laid_out_pieces_reads_without_panic(
            picks in proptest::collection::vec(0..PIECES.len(), 0..80)
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let lines = crate::import::lines::normalise(&text);
            prop_assert!(lines.iter().all(|l| l.no >= 1));
            let _ = crate::import::import_text(&text, "x");
        }
    }
}
