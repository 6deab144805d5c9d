//! A document's physical lines as a PDF's text layer (`pdftotext`) or a
//! portal gives them, made plain text: the web page around a plan
//! dropped (`chrome`), page breaks (form feeds), page
//! numbers ("2", "- 2 -", "Trang 2/5") and the running header or footer
//! repeated on every page dropped, and a page a portal flattened into one
//! line cut back into its items. Line numbers are kept: every line that
//! stays has the number it has in the document.

use crate::import::labels::starts_like_label;
use crate::import::marker::marker;
use crate::import::scan::fold;

/// A physical line: its 1-based number and its text (no line break).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Physical {
    pub no: usize,
    pub text: String,
}

/// The physical lines of `text`, numbered from 1 (for tests).
#[cfg(test)]
pub fn physical_lines(text: &str) -> Vec<Physical> {
    text.split('\n')
        .enumerate()
        .map(|(i, t)| Physical {
            no: i + 1,
            text: t.to_string(),
        })
        .collect()
}

/// "- 2 -", "– 12 –", "Trang 2", "Trang 2/5", "Trang 2 / 5": a page number
/// wherever it stands.
fn is_marked_page_number(line: &str) -> bool {
    let t = line.trim();
    let f = fold(t);
    if let Some(rest) = f.strip_prefix("trang ") {
        let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
        let mut parts = rest.split('/');
        let first = parts.next().unwrap_or("");
        let ok = |p: &str| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit());
        return ok(first) && parts.all(ok);
    }
    let inner = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—') || c.is_whitespace());
    inner.len() < t.len()
        && t.starts_with(['-', '–', '—'])
        && !inner.is_empty()
        && inner.len() <= 3
        && inner.chars().all(|c| c.is_ascii_digit())
}

/// "Kế hoạch số 77/KH-UBND ngày 03/6/2024 của UBND huyện …": the plan's
/// own number as a page's running title.
fn is_running_title(line: &str) -> bool {
    let f = fold(line.trim());
    f.starts_with("ke hoach so ") && f.contains("/kh") && f.chars().count() <= 160
}

/// "2", "12", "2/5": a page number when it stands at a page's edge.
fn is_bare_page_number(line: &str) -> bool {
    let t: String = line.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let mut parts = t.split('/');
    let ok = |p: &str| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit());
    parts.next().is_some_and(ok) && parts.clone().count() <= 1 && parts.all(ok)
}

/// The text a running header or footer is compared by: folded, digits
/// and spaces left out ("Kế hoạch số 45/KH-UBND – trang 3").
fn running_key(line: &str) -> String {
    fold(line).chars().filter(|c| c.is_alphabetic()).collect()
}

/// Lines kept from the physical lines of a document: page chrome of a
/// PDF's text dropped, flattened pages cut.
pub fn pages(physicals: &[&str]) -> Vec<Physical> {
    // Pages: form feeds start one; so does a marked page number.
    let mut page_of = Vec::with_capacity(physicals.len());
    let mut page = 0;
    let mut lines: Vec<Physical> = Vec::with_capacity(physicals.len());
    for (i, p) in physicals.iter().enumerate() {
        if p.contains('\u{c}') {
            page += 1;
        }
        page_of.push(page);
        lines.push(Physical {
            no: i + 1,
            text: p.replace('\u{c}', ""),
        });
    }
    let paged = page > 0;
    let mut drop = vec![false; lines.len()];
    if !paged {
        unmarked_pages(&lines, &mut drop);
    }
    for (i, l) in lines.iter().enumerate() {
        if is_marked_page_number(&l.text) {
            drop[i] = true;
        }
    }
    if paged {
        let mut by_page: Vec<Vec<usize>> = vec![Vec::new(); page + 1];
        for (i, &pg) in page_of.iter().enumerate() {
            if !lines[i].text.trim().is_empty() {
                by_page[pg].push(i);
            }
        }
        // The first and last lines of each page with text, page numbers and
        // running lines dropped from the edges inwards.
        let edges = |drop: &[bool], first: bool| -> Vec<Option<usize>> {
            by_page
                .iter()
                .map(|idx| {
                    if first {
                        idx.iter().copied().find(|&i| !drop[i])
                    } else {
                        idx.iter().rev().copied().find(|&i| !drop[i])
                    }
                })
                .collect()
        };
        for first in [true, false] {
            for _ in 0..2 {
                for e in edges(&drop, first).into_iter().flatten() {
                    if is_bare_page_number(&lines[e].text) {
                        drop[e] = true;
                    }
                }
            }
            // A running line: the same text at the same edge of two pages.
            for _ in 0..2 {
                let at_edge: Vec<usize> = edges(&drop, first).into_iter().flatten().collect();
                let keys: Vec<String> = at_edge
                    .iter()
                    .map(|&e| running_key(&lines[e].text))
                    .collect();
                let mut counts: std::collections::HashMap<&str, usize> =
                    std::collections::HashMap::new();
                for key in &keys {
                    *counts.entry(key.as_str()).or_insert(0) += 1;
                }
                for (k, &e) in at_edge.iter().enumerate() {
                    let repeated = counts.get(keys[k].as_str()).is_some_and(|&c| c >= 2);
                    // An item or a label line is the plan's, wherever it stands.
                    let text = lines[e].text.trim();
                    let own = marker(text).is_some() || starts_like_label(text);
                    if repeated && !keys[k].is_empty() && !own {
                        drop[e] = true;
                    }
                }
            }
        }
        // The plan's number at the head of a later page ("Kế hoạch số
        // 77/KH-UBND ngày …"), on one page only.
        for e in edges(&drop, true).into_iter().skip(1).flatten() {
            if is_running_title(&lines[e].text) {
                drop[e] = true;
            }
        }
        // A page's own number where the PDF's order put it inside the page.
        for (pg, idx) in by_page.iter().enumerate() {
            for (k, &i) in idx.iter().enumerate() {
                let after_sentence =
                    k > 0 && lines[idx[k - 1]].text.trim_end().ends_with(['.', ';']);
                if !drop[i] && after_sentence && lines[i].text.trim() == (pg + 1).to_string() {
                    drop[i] = true;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(lines.len());
    for (l, d) in lines.into_iter().zip(drop) {
        if d || super::chrome::is_chrome(&l.text) {
            continue;
        }
        for piece in unflatten(&l.text) {
            out.push(Physical {
                no: l.no,
                text: piece,
            });
        }
    }
    out
}

/// How many lines beside one page number are compared with another's.
const MAX_LOOKED_AT: usize = 8;

/// Fewest characters of a page, for pages found without form feeds.
const MIN_PAGE_CHARS: usize = 400;

/// Page numbers and running lines of a text with no form feeds: a bare
/// number beside a line that stands beside another bare number too
/// ("1" / "Kế hoạch … - UBND xã …" at the foot of every page), and the
/// last page's number after them.
fn unmarked_pages(lines: &[Physical], drop: &mut [bool]) {
    let nonblank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.trim().is_empty())
        .collect();
    let numbers: Vec<usize> = (0..nonblank.len())
        .filter(|&k| is_bare_page_number(&lines[nonblank[k]].text))
        .collect();
    // Where each line starts, in characters of text: pages are far apart.
    let mut at = Vec::with_capacity(lines.len());
    let mut total = 0;
    for l in lines {
        at.push(total);
        total += l.text.trim().chars().count();
    }
    let value = |i: usize| {
        lines[i]
            .text
            .trim()
            .split('/')
            .next()
            .and_then(|v| v.trim().parse::<usize>().ok())
    };
    let mut neighbours: Vec<(usize, usize, String)> = Vec::new();
    for &k in &numbers {
        for n in [k.wrapping_sub(1), k + 1] {
            if let Some(&i) = nonblank.get(n) {
                let t = lines[i].text.trim();
                if marker(t).is_none() && !starts_like_label(t) && !is_bare_page_number(t) {
                    neighbours.push((nonblank[k], i, running_key(t)));
                }
            }
        }
    }
    // The neighbours of each page number by their text and the number.
    let mut by_key: std::collections::HashMap<(&str, usize), Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    for (n, l, k) in &neighbours {
        if let Some(v) = value(*n) {
            by_key.entry((k.as_str(), v)).or_default().push((*n, *l));
        }
    }
    let mut last_number = None;
    for (number, line, key) in &neighbours {
        // Page numbers follow each other a page apart: the same cell beside
        // the numbers of two rows of a table ("Tháng 6/2024" / "2" / … /
        // "Tháng 6/2024" / "3") is no running footer. A few of the lines
        // beside the next and the previous number are looked at, so a text
        // made of page numbers takes no longer than its length.
        let Some(v) = value(*number) else { continue };
        let repeated = [v.wrapping_sub(1), v + 1].iter().any(|w| {
            by_key.get(&(key.as_str(), *w)).is_some_and(|others| {
                others
                    .iter()
                    .take(MAX_LOOKED_AT)
                    .any(|(n, l)| l != line && at[*n].abs_diff(at[*number]) >= MIN_PAGE_CHARS)
            })
        });
        if repeated && !key.is_empty() {
            drop[*number] = true;
            drop[*line] = true;
            last_number = last_number.max(Some(*number));
        }
    }
    // The last page's number, alone at the end.
    if let (Some(_), Some(&end)) = (last_number, nonblank.last())
        && !drop[end]
        && is_bare_page_number(&lines[end].text)
    {
        drop[end] = true;
    }
}

/// How a closing request starts (folded).
const CLOSING: &[&str] = &["yeu cau", "tren day", "de nghi", "trong qua trinh"];

/// Whether `rest` is the closing request ending a flattened page: one
/// sentence that starts like one and ends with "/.".
fn is_last_sentence(rest: &[char]) -> bool {
    let text: String = rest.iter().collect();
    let t = text.trim_end();
    let body = t.trim_end_matches("/.").trim_end_matches('.');
    t.ends_with("/.") && !body.contains(". ") && CLOSING.iter().any(|c| fold(t).starts_with(c))
}

/// A line longer than this holding several items is a flattened page.
const FLAT_CHARS: usize = 250;

/// A page a portal flattened into one line, cut before each item marker,
/// label and Roman heading that follows the end of a sentence or clause.
fn unflatten(line: &str) -> Vec<String> {
    if line.chars().count() < FLAT_CHARS {
        return vec![line.to_string()];
    }
    let chars: Vec<char> = line.chars().collect();
    let mut cuts = Vec::new();
    for i in 2..chars.len() {
        if chars[i - 1] != ' ' {
            continue;
        }
        let after_clause = matches!(chars[i - 2], '.' | ';' | ':');
        let word_start = (0..i - 1)
            .rev()
            .find(|&k| chars[k] == ' ')
            .map_or(0, |k| k + 1);
        let last_word: String = chars[word_start..i - 1].iter().collect();
        let after_heading = crate::text::is_all_caps(&last_word) && marker(&last_word).is_none();
        if !after_clause && !after_heading {
            continue;
        }
        let rest: String = chars[i..].iter().take(80).collect();
        let item = marker(&rest).is_some_and(|m| {
            m.rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
                || starts_like_label(&m.rest)
        });
        let label = after_clause && chars[i - 2] != ':' && starts_like_label(&rest);
        let f = fold(&rest);
        let basis = after_clause && (f.starts_with("can cu ") || f.starts_with("noi nhan:"));
        // The closing request, the last sentence ("… triển khai thực hiện./.").
        let closing = chars[i - 2] == '.' && is_last_sentence(&chars[i..]);
        if item || label || basis || closing {
            cuts.push(i);
        }
    }
    if cuts.len() < 3 {
        return vec![line.to_string()];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        out.push(chars[from..c].iter().collect::<String>().trim().to_string());
        from = c;
    }
    out.push(chars[from..].iter().collect::<String>().trim().to_string());
    out.retain(|s| !s.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        let physicals: Vec<&str> = input.split('\n').collect();
        pages(&physicals).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn page_numbers_and_running_lines_of_a_pdf_are_dropped() {
        let text = "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nCăn cứ Luật;\n1. Tuyên truyền về\n\u{c}- 2 -\nKế hoạch số 45/KH-UBND ngày 05/5/2024\nphòng, chống thiên tai.\nTrang 2/3\n\u{c}3\nKế hoạch số 45/KH-UBND ngày 05/5/2024\n2. Kiểm tra.\n";
        assert_eq!(
            texts(text),
            [
                "ỦY BAN NHÂN DÂN",
                "KẾ HOẠCH",
                "Căn cứ Luật;",
                "1. Tuyên truyền về",
                "phòng, chống thiên tai.",
                "2. Kiểm tra.",
                ""
            ]
        );
    }

    #[test]
    fn page_numbers_and_a_running_footer_without_form_feeds() {
        let page = |p: &str| {
            (0..10)
                .map(|k| format!("Dòng {k} của trang {p}, đủ dài như một dòng văn bản thật.\n"))
                .collect::<String>()
        };
        let text = format!(
            "I. MỤC ĐÍCH\n{}1\nKế hoạch phòng, chống dịch - UBND xã Tân Phúc\nII. NHIỆM VỤ\n{}2\nKế hoạch phòng, chống dịch - UBND xã Tân Phúc\nNơi nhận:\nHà Văn Nam\n3",
            page("một"),
            page("hai")
        );
        let kept = texts(&text);
        assert_eq!(kept.len(), 24, "{kept:#?}");
        assert!(
            kept.iter()
                .all(|t| !t.contains("Tân Phúc") && t.parse::<u32>().is_err())
        );
    }

    #[test]
    fn a_running_title_on_one_page_and_a_page_number_inside_it() {
        let text = "KẾ HOẠCH\n1. Tổ chức.\n- Thời gian: Tháng 5/2024.\n1\n\n\u{c}Kế hoạch số 77/KH-UBND ngày 03/6/2024 của UBND huyện Thạch Lâm\n- Đơn vị chủ trì: Phòng Y tế.\nNơi nhận:\n- Lưu: VT.\n2\n\nTM. ỦY BAN NHÂN DÂN\n\u{c}";
        assert_eq!(
            texts(text)
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>(),
            [
                "KẾ HOẠCH",
                "1. Tổ chức.",
                "- Thời gian: Tháng 5/2024.",
                "- Đơn vị chủ trì: Phòng Y tế.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
            ]
        );
    }

    #[test]
    fn cells_repeated_beside_row_numbers_are_no_footer() {
        let text = "STT\nNội dung\nChủ trì\nThời gian\n1\nTuyên truyền\nPhòng Y tế\nTháng 6/2024\n2\nKiểm tra\nPhòng Y tế\nTháng 6/2024\n3\nBáo cáo\nPhòng Y tế\nTháng 6/2024";
        assert_eq!(texts(text).len(), 16);
    }

    #[test]
    fn line_numbers_are_kept() {
        let physicals = ["a", "\u{c}- 2 -", "b"];
        let kept = pages(&physicals);
        assert_eq!(kept.iter().map(|p| p.no).collect::<Vec<_>>(), [1, 3]);
    }

    #[test]
    fn a_number_inside_a_page_is_text() {
        let text = "STT\nNội dung\n1\nTuyên truyền\n2\nKiểm tra";
        assert_eq!(texts(text).len(), 6);
    }

    #[test]
    fn a_flattened_page_is_cut_into_its_items() {
        let page = "II. NỘI DUNG 1. Tuyên truyền sâu rộng trên hệ thống truyền thanh các xã, thị trấn về phòng, chống dịch bệnh. - Đơn vị chủ trì: Phòng Văn hóa và Thông tin. - Thời gian: Tháng 6/2024. 2. Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn huyện trong dịp Tết Nguyên đán. - Đơn vị chủ trì: Phòng Y tế. - Thời gian: Quý I/2024. 3. Tổng hợp, báo cáo kết quả về UBND huyện theo quy định.";
        let out = texts(page);
        assert_eq!(out.len(), 8, "{out:#?}");
        assert_eq!(out[0], "II. NỘI DUNG");
        assert_eq!(out[2], "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.");
        assert_eq!(
            out[7],
            "3. Tổng hợp, báo cáo kết quả về UBND huyện theo quy định."
        );
    }
}
