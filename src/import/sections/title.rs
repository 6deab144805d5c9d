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
        if marker(&l.text).is_some() || is_basis_line(&l.text) || is_formula(&l.text) || l.is_row()
        {
            break;
        }
        subject.push(l.text.clone());
        placed[i] = true;
        i += 1;
    }
    let mut s = subject.join(" ");
    if is_all_caps(&s) {
        s = s.to_lowercase();
    }
    let s = s.trim();
    draft.title = if s.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch {}", lower_first(s))
    };
    i
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
    fn title_and_subject() {
        let lines = normalise("KẾ HOẠCH\n\n**Triển khai “Quy chế”\nnăm 2020**\n\nCăn cứ Luật X;");
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        let next = title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(d.title, "Kế hoạch triển khai “Quy chế” năm 2020");
        assert_eq!(next, 2);
    }
}
