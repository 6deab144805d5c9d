//! A document's text as numbered lines: byte-order mark, CRLF and Markdown
//! bold markers gone, Unicode NFC, spaces collapsed, blank lines dropped
//! (remembered as `blank_before`), and hard-wrapped lines joined back into
//! one, keeping the number of the first.

use unicode_normalization::UnicodeNormalization;

use super::labels::starts_like_label;
use super::marker::marker;
use super::scan::fold;

/// One logical line of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based number of its first physical line.
    pub no: usize,
    /// Trimmed, spaces and tabs collapsed to one space.
    pub text: String,
    /// As written (markup removed), untrimmed: table rows keep their empty
    /// cells here.
    pub raw: String,
    /// A blank line came just before it.
    pub blank_before: bool,
}

impl Line {
    /// Whether it is a table row: tab- or pipe-separated cells.
    pub fn is_row(&self) -> bool {
        self.raw.contains('\t') || self.raw.contains('|')
    }
}

/// Clean one physical line: no Markdown bold, no zero-width or control
/// characters (tabs kept), odd spaces made plain.
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\t' => out.push('\t'),
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}' => out.push(' '),
            // The project's one inert set: controls, bidi, zero-width.
            c if c.is_control() || crate::text::is_hazard(c) => {}
            c => out.push(c),
        }
    }
    let out = out.replace("**", "");
    // A Markdown heading "## I. MỤC ĐÍCH"
    let trimmed = out.trim_start();
    if trimmed.starts_with('#') {
        let after = trimmed.trim_start_matches('#');
        if after.starts_with(' ') {
            return after.to_string();
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that leave a sentence unfinished when a line ends on them.
const OPEN_ENDINGS: &[&str] = &[
    "cua", "va", "ve", "voi", "cac", "cho", "tai", "trong", "theo", "den", "tu", "so", "ngay",
    "thang", "nam", "nhung", "duoc", "de", "nham", "tren", "thuoc", "giua", "la", "hoac", "bang",
    "o", "mot", "nhu",
];

/// Whether `next` continues `prev`, a line cut in the middle of a sentence.
/// `wrap` is the width the document is hard-wrapped at, if it is; `prev_len`
/// the length of the last physical line of `prev`.
fn continues(
    prev: &Line,
    prev_row: bool,
    next: &Line,
    wrap: Option<usize>,
    prev_len: usize,
) -> bool {
    if next.blank_before || prev_row || next.is_row() {
        return false;
    }
    if marker(&next.text).is_some() || starts_like_label(&next.text) {
        return false;
    }
    // "Căn cứ …" opens a basis line of its own.
    if fold(&next.text).starts_with("can cu ") {
        return false;
    }
    let Some(first_letter) = next.text.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    let lead_punct_ok = next
        .text
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '(' | '“' | '"'));
    if !lead_punct_ok {
        return false;
    }
    if first_letter.is_lowercase() {
        return true;
    }
    let p = prev.text.trim_end();
    if p.ends_with(',') || p.ends_with(" -") || p.ends_with(" –") {
        return true;
    }
    if crate::text::is_all_caps(p) {
        return false;
    }
    // A full line not ending a sentence, in a hard-wrapped document.
    if let Some(width) = wrap
        && prev_len + 12 >= width
        && !p.ends_with(['.', ';', ':', '!', '?'])
    {
        return true;
    }
    let last_word = p.rsplit(' ').next().unwrap_or("");
    let last_word = fold(last_word);
    OPEN_ENDINGS.contains(&last_word.as_str())
}

/// Widest line of a hard-wrapped document.
const MAX_WRAP: usize = 100;

/// The width a document is hard-wrapped at: its longest line of at most
/// 100 characters, when many lines come close to it and few are longer
/// (a page a portal flattened, a table row).
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let lens: Vec<usize> = lines.iter().map(|l| l.trim_end().chars().count()).collect();
    let longer = lens.iter().filter(|&&l| l > MAX_WRAP).count();
    let max = *lens.iter().filter(|&&l| l <= MAX_WRAP).max()?;
    let near = lens.iter().filter(|&&l| l > 0 && l + 12 >= max).count();
    (near >= 5 && longer * 10 <= lens.len()).then_some(max)
}

/// The document as logical lines: blank lines dropped, wrapped lines joined.
pub fn normalise(input: &str) -> Vec<Line> {
    let text: String = input.nfc().collect();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<Line> = Vec::new();
    let mut blank = false;
    let physicals: Vec<&str> = text.split('\n').collect();
    let physicals = super::columns::columns(super::cells::cells(super::pages::pages(&physicals)));
    let texts: Vec<&str> = physicals.iter().map(|p| p.text.as_str()).collect();
    let wrap = wrap_width(&texts);
    let mut prev_len = 0;
    // Whether the last line is a table row, and which lines took the next
    // ones: known as they are made, so that a document of many short lines
    // joined into one is read in linear time.
    let mut prev_row = false;
    let mut joined_lines: Vec<bool> = Vec::new();
    for physical in &physicals {
        let raw = clean(&physical.text);
        let collapsed = collapse(&raw);
        let decorative = !collapsed.is_empty()
            && collapsed
                .chars()
                .all(|c| matches!(c, '-' | '_' | '=' | '*' | '~' | '.' | ' ' | '–' | '—'));
        if collapsed.is_empty() || decorative {
            blank = blank || collapsed.is_empty();
            continue;
        }
        let line = Line {
            no: physical.no,
            text: collapsed,
            raw,
            blank_before: blank,
        };
        blank = false;
        let len = line.text.chars().count();
        let joined = out
            .last()
            .is_some_and(|prev| continues(prev, prev_row, &line, wrap, prev_len));
        prev_len = len;
        if joined && let Some(prev) = out.last_mut() {
            // Neither is a row, so the joined line is none either.
            prev.text.push(' ');
            prev.text.push_str(&line.text);
            if let Some(last) = joined_lines.last_mut() {
                *last = true;
            }
            continue;
        }
        prev_row = line.is_row();
        out.push(line);
        joined_lines.push(false);
    }
    for (line, joined) in out.iter_mut().zip(joined_lines) {
        if joined {
            line.raw = line.text.clone();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_blank_lines() {
        let lines = normalise("\u{feff}KẾ HOẠCH\r\n\r\nCăn cứ Luật;\r\n");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "KẾ HOẠCH");
        assert_eq!(lines[1].no, 3);
        assert!(lines[1].blank_before);
    }

    #[test]
    fn nfc_and_markdown_bold() {
        let nfd: String = "**Phòng Văn hóa**".nfd().collect();
        let lines = normalise(&nfd);
        assert_eq!(lines[0].text, "Phòng Văn hóa");
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let lines = normalise(
            "Triển khai “Quy chế phối hợp liên ngành\nvề phòng, chống bạo lực\n\nI. MỤC ĐÍCH",
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0].text,
            "Triển khai “Quy chế phối hợp liên ngành về phòng, chống bạo lực"
        );
        assert_eq!(lines[1].no, 4);
    }

    #[test]
    fn a_line_ending_on_a_preposition_continues() {
        let lines = normalise("Thực hiện Công văn số 1/UBND của\nỦy ban nhân dân tỉnh;");
        assert_eq!(lines.len(), 1);
    }

    #[test]
    fn a_full_line_of_a_wrapped_document_continues() {
        let mut text = String::new();
        for _ in 0..6 {
            text.push_str("Một dòng văn bản đủ dài để chạm tới lề phải của trang giấy này\n\n");
        }
        text.push_str("Thực hiện Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng\nChính phủ ban hành Kế hoạch;\n2. Phòng Kinh tế\nChủ trì rà soát.");
        let lines = normalise(&text);
        assert_eq!(
            lines[6].text,
            "Thực hiện Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ ban hành Kế hoạch;"
        );
        assert_eq!(lines[8].text, "Chủ trì rà soát.");
    }

    #[test]
    fn a_basis_line_is_not_joined_to_a_full_line_before_it() {
        let mut text = String::new();
        for _ in 0..6 {
            text.push_str("Một dòng văn bản đủ dài để chạm tới lề phải của trang giấy này\n");
        }
        text.push_str("KẾ HOẠCH Tổ chức Hội nghị tổng kết nông thôn mới của huyện Tân Kỳ\nCăn cứ Kế hoạch số 402/KH-UBND;");
        let lines = normalise(&text);
        assert_eq!(
            lines.last().unwrap().text,
            "Căn cứ Kế hoạch số 402/KH-UBND;"
        );
    }

    #[test]
    fn items_headings_and_rows_are_not_joined() {
        let text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n- Đơn vị chủ trì: X\n- Phối hợp: Y\n1\tA\n\tb";
        assert_eq!(normalise(text).len(), 6);
    }
}
