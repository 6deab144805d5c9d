//! The title: "KẾ HOẠCH" and the subject lines after it, made one
//! sentence ("Kế hoạch triển khai …").

use super::basis::{is_basis_line, is_formula};
use crate::import::draft::Draft;
use crate::import::lines::Line;
use crate::import::marker::marker;
use crate::text::{is_all_caps, lower_first};

/// The title: "KẾ HOẠCH" and the subject lines after it. Returns the index
/// after the last subject line.
pub fn title(
    lines: &[Line],
    at: usize,
    end: usize,
    draft: &mut Draft,
    placed: &mut [bool],
) -> usize {
    placed[at] = true;
    let head = &lines[at].text;
    let inline: String = head.chars().skip("KẾ HOẠCH".chars().count()).collect();
    let mut subject: Vec<String> = Vec::new();
    let inline = inline.trim().trim_start_matches([':', '-', '–']).trim();
    if !inline.is_empty() {
        subject.push(inline.to_string());
    }
    let mut i = at + 1;
    while i < end {
        let l = &lines[i];
        if !subject.is_empty() && l.blank_before {
            break;
        }
        // The first line after "KẾ HOẠCH" is the subject even when it reads
        // like a basis ("Thực hiện Chương trình mục tiêu quốc gia … năm
        // 2024") unless it cites a document as a basis does: by its number
        // ("số 12/KH-UBND"), or as an item of a list (ending in ";" or ":").
        let basis = is_basis_line(&l.text) && (!subject.is_empty() || cites(&l.text));
        if marker(&l.text).is_some() || basis || is_formula(&l.text) || l.is_row() {
            break;
        }
        subject.push(l.text.clone());
        placed[i] = true;
        i += 1;
    }
    let mut s = subject.join(" ");
    if is_all_caps(&s) {
        s = s.to_lowercase();
        // "TỈNH SƠN HÀ" is "tỉnh Sơn Hà": names the header spells give
        // their capitals back.
        for name in draft.place.iter().chain(draft.issuer.as_ref()) {
            s = with_name(&s, name);
        }
    }
    let s = s.trim();
    draft.title = if s.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch {}", lower_first(s))
    };
    i
}

/// Whether a line cites a document as a basis does: "Căn cứ …", a
/// document's number ("12/KH-UBND", "số 904/QĐ"), or the end of a list
/// item.
fn cites(text: &str) -> bool {
    let t = text.trim_end();
    let numbered = t
        .char_indices()
        .any(|(i, c)| c == '/' && t[..i].ends_with(|d: char| d.is_ascii_digit()));
    crate::text::fold_ascii(t).starts_with("can cu") || numbered || t.ends_with([';', ':'])
}

/// `s` (lower case) with each word-bounded occurrence of the place named
/// in `name` ("Sơn Hà", or the issuer "UBND tỉnh Sơn Hà") spelt as there.
fn with_name(s: &str, name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    // The capitalised words at the end of the name.
    let keep = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_all_caps(w))
        .count();
    if keep == 0 {
        return s.to_string();
    }
    let proper = words[words.len() - keep..].join(" ");
    let lower = proper.to_lowercase();
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find(&lower) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &rest[at + lower.len()..];
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..at]);
        out.push_str(if before_ok && after_ok {
            &proper
        } else {
            &lower
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    #[test]
    fn kế_hoạch_inline_with_its_subject() {
        let lines = normalise(
            "KẾ HOẠCH Tổ chức Ngày hội Văn hóa các dân tộc huyện năm 2024\nCăn cứ Luật X;",
        );
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        let next = title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(
            d.title,
            "Kế hoạch tổ chức Ngày hội Văn hóa các dân tộc huyện năm 2024"
        );
        assert_eq!(next, 1);
    }

    #[test]
    fn a_subject_in_capitals_keeps_the_capitals_of_its_place() {
        let lines = normalise("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH SƠN HÀ NĂM 2024");
        let mut d = Draft {
            issuer: Some("UBND tỉnh Sơn Hà".into()),
            place: Some("Sơn Hà".into()),
            ..Draft::default()
        };
        let mut placed = vec![false; lines.len()];
        title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(d.title, "Kế hoạch chuyển đổi số tỉnh Sơn Hà năm 2024");
    }

    #[test]
    fn title_and_subject() {
        let lines = normalise("KẾ HOẠCH\n\n**Triển khai “Quy chế”\nnăm 2020**\n\nCăn cứ Luật X;");
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        let next = title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(d.title, "Kế hoạch triển khai “Quy chế” năm 2020");
        assert_eq!(next, 2);
    }

    #[test]
    fn a_subject_that_reads_like_a_basis_is_the_subject() {
        let lines = normalise(
            "KẾ HOẠCH\nThực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024\n\nI. MỤC ĐÍCH",
        );
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(
            d.title,
            "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024"
        );
        // A basis citing a numbered document is not.
        let lines = normalise("KẾ HOẠCH\nThực hiện Quyết định số 904/QĐ-BVHTTDL ngày 24/3/2020;");
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        assert_eq!(title(&lines, 0, lines.len(), &mut d, &mut placed), 1);
    }
}
