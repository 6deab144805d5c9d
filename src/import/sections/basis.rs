//! The basis (căn cứ) between the title and section I: the documents the
//! plan is based on, one entry each, and the sentence that leads into the
//! plan.

use std::ops::Range;

use crate::import::draft::Draft;
use crate::import::lines::Line;
use crate::import::scan::{Folded, trim_end_chars, truncate};
use crate::import::units::starts_like_unit;

/// Kinds of documents a plan is based on (folded).
const DOC_TYPES: &[&str] = &[
    "cong van",
    "quyet dinh",
    "ke hoach",
    "chi thi",
    "nghi dinh",
    "thong tu",
    "nghi quyet",
    "bo luat",
    "luat",
    "phap lenh",
    "huong dan",
    "thong bao",
    "chuong trinh",
    "van ban",
    "ket luan",
    "de an",
    "thong tri",
    "cong dien",
    "dieu le",
    "quy che",
    "quy dinh",
    "hien phap",
];

/// Whether a line cites the plan's basis ("Căn cứ …", "Thực hiện
/// Quyết định …").
pub fn is_basis_line(text: &str) -> bool {
    let f = Folded::new(text);
    f.word_at(0, "can cu")
        || (f.word_at(0, "thuc hien") && DOC_TYPES.iter().any(|d| f.word_at(f.skip_spaces(9), d)))
}

/// "UBND huyện ban hành Kế hoạch … như sau:" — the sentence that leads
/// into the plan.
pub fn is_formula(text: &str) -> bool {
    let f = Folded::new(text);
    let t = text.trim_end();
    (f.find_word("ban hanh ke hoach", 0).is_some() || f.find_word("xay dung ke hoach", 0).is_some())
        && (t.ends_with(':') || f.find_word("sau", 0).is_some())
}

fn starts_with_doc(f: &Folded, at: usize) -> bool {
    DOC_TYPES.iter().any(|d| f.word_at(at, d))
}

/// Most words between the comma and "ban hành Kế hoạch" of a formula
/// written at the end of a basis line ("…, UBND huyện X ban hành Kế hoạch
/// như sau:").
const MAX_ISSUER_WORDS: usize = 12;

/// Where a formula joined to the end of a basis line starts: its comma.
fn formula_comma(f: &Folded) -> Option<usize> {
    (0..f.len()).find(|&i| {
        if f.orig[i] != ',' {
            return false;
        }
        let after = f.skip_spaces(i + 1);
        if !starts_like_unit(&f.slice(after, (after + 40).min(f.len()))) {
            return false;
        }
        let phrase = ["ban hanh ke hoach", "xay dung ke hoach"]
            .iter()
            .filter_map(|p| f.find_word(p, after))
            .min();
        phrase.is_some_and(|p| {
            !(after..p).any(|k| matches!(f.orig[k], ';' | ','))
                && f.find_word("ve viec", after).is_none_or(|v| v > p)
                && f.slice(after, p).split_whitespace().count() <= MAX_ISSUER_WORDS
        })
    })
}

/// The cited documents of one basis line, one entry each, as written.
pub fn basis_entries(text: &str) -> (Vec<String>, Vec<String>) {
    let f = Folded::new(text);
    if let Some(comma) = formula_comma(&f) {
        return basis_entries(&f.slice(0, comma));
    }
    let mut start = 0;
    for lead in ["can cu", "thuc hien"] {
        if f.word_at(0, lead) {
            start = f.skip_spaces(lead.len());
        }
    }
    // Cut on ";", and on ", " or " và " before "<document> số".
    let mut cuts = vec![start];
    let mut i = start;
    while i < f.len() {
        if f.orig[i] == ';' {
            cuts.push(i);
            cuts.push(i + 1);
        } else if f.orig[i] == ',' || (f.word_at(i, "va") && i > 0 && f.orig[i - 1] == ' ') {
            let after = f.skip_spaces(if f.orig[i] == ',' { i + 1 } else { i + 2 });
            let doc = DOC_TYPES.iter().find(|d| f.word_at(after, d));
            if let Some(d) = doc
                && f.word_at(f.skip_spaces(after + d.len()), "so")
            {
                cuts.push(i);
                cuts.push(after);
            }
        }
        i += 1;
    }
    cuts.push(f.len());
    let mut docs = Vec::new();
    let mut other = Vec::new();
    for pair in cuts.chunks(2) {
        let (a, b) = (pair[0], pair.get(1).copied().unwrap_or(f.len()));
        let piece = f.slice(a, b);
        let piece = trim_end_chars(piece.trim(), &[';', ',', '.', ':'])
            .trim()
            .to_string();
        if piece.is_empty() {
            continue;
        }
        let pf = Folded::new(&piece);
        let at = if pf.word_at(0, "va") {
            pf.skip_spaces(2)
        } else {
            0
        };
        if starts_with_doc(&pf, at) {
            docs.push(pf.slice(at, pf.len()));
        } else if piece.starts_with(char::is_lowercase)
            && let Some(last) = docs.last_mut()
        {
            // "… Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo
            // viên dạy giỏi …": a ";" inside the document's title.
            last.push_str("; ");
            last.push_str(&piece);
        } else if pf.find_word("ban hanh ke hoach", 0).is_some()
            || pf.find_word("xay dung ke hoach", 0).is_some()
        {
            // "UBND huyện ban hành Kế hoạch …; … như sau:" leads into the
            // plan, to the end of the line.
            break;
        } else if !is_formula(&piece) {
            other.push(piece);
        }
    }
    (docs, other)
}

/// The basis lines before section I. Returns notices.
pub fn basis(
    lines: &[Line],
    range: Range<usize>,
    draft: &mut Draft,
    placed: &mut [bool],
) -> Vec<(usize, String)> {
    let mut notices = Vec::new();
    for i in range {
        let text = &lines[i].text;
        if is_basis_line(text) {
            let (docs, other) = basis_entries(text);
            draft.basis.extend(docs);
            for o in other {
                notices.push((
                    lines[i].no,
                    crate::t!("imp-basis-no-document", text = truncate(&o, 60)),
                ));
            }
            placed[i] = true;
        } else if is_formula(text) {
            placed[i] = true;
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_basis_entry_per_document() {
        let (docs, other) = basis_entries(
            "Thực hiện Công văn số 1/UBND ngày 2/3/2020 về việc thực hiện Quyết định số 9/QĐ; Kế hoạch số 5/KH; UBND huyện ban hành Kế hoạch với những nội dung sau:",
        );
        assert_eq!(
            docs,
            [
                "Công văn số 1/UBND ngày 2/3/2020 về việc thực hiện Quyết định số 9/QĐ",
                "Kế hoạch số 5/KH"
            ]
        );
        assert!(other.is_empty());
        let (docs, _) = basis_entries(
            "Căn cứ Quyết định số 1/QĐ ngày 1/1/2020, Quyết định số 2/QĐ ngày 2/2/2020 và Kế hoạch số 3/KH;",
        );
        assert_eq!(docs.len(), 3);
        let (docs, _) = basis_entries(
            "Căn cứ Luật sửa đổi một số điều của Luật A và Luật Đê điều ngày 17 tháng 6 năm 2020;",
        );
        assert_eq!(docs.len(), 1);
        let (docs, other) = basis_entries(
            "Thực hiện Kế hoạch số 36/KH; UBND huyện ban hành Kế hoạch công tác phổ biến pháp luật; hòa giải ở cơ sở năm 2021 như sau:",
        );
        assert_eq!((docs.len(), other.len()), (1, 0));
    }

    #[test]
    fn a_formula_joined_to_the_basis_and_a_semicolon_in_a_title() {
        let (docs, other) = basis_entries(
            "Thực hiện Kế hoạch số 188/KH-CAT ngày 15/8/2024 của Công an tỉnh, UBND huyện Vĩnh Lộc ban hành Kế hoạch như sau:",
        );
        assert_eq!(
            docs,
            ["Kế hoạch số 188/KH-CAT ngày 15/8/2024 của Công an tỉnh"]
        );
        assert!(other.is_empty());
        let (docs, other) = basis_entries(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo ban hành Quy định về Hội thi giáo viên mầm non; giáo viên phổ thông;",
        );
        assert_eq!(
            docs,
            [
                "Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo ban hành Quy định về Hội thi giáo viên mầm non; giáo viên phổ thông"
            ]
        );
        assert!(other.is_empty());
    }
}
