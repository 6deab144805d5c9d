//! Section III, the responsibilities (trách nhiệm): one paragraph per
//! unit, its text after a colon or on the lines below.

use std::ops::Range;

use crate::import::draft::DraftResponsibility;
use crate::import::lines::Line;
use crate::import::marker::marker;
use crate::import::scan::{Folded, trim_end_chars, truncate};
use crate::import::units::{
    Registry, split_units, starts_like_unit, until_verb, without_parentheses,
};

/// Longest unit name that opens a paragraph of section III, in words.
const MAX_SUBJECT_WORDS: usize = 15;

/// The unit an unnumbered paragraph of section III opens with: "Công an
/// huyện là cơ quan thường trực, …", "Trạm Y tế xã chủ trì theo dõi …".
fn subject(text: &str) -> Option<String> {
    if !starts_like_unit(text) {
        return None;
    }
    let f = Folded::new(text);
    let end = ["la", "chu tri", "co trach nhiem", "chiu trach nhiem"]
        .iter()
        .filter_map(|w| f.find_word(w, 0))
        .min()
        .unwrap_or(f.len());
    let head = f.slice(0, end);
    let name = until_verb(head.trim());
    let words = name.split_whitespace().count();
    (name.len() < text.trim().len() && words > 0 && words <= MAX_SUBJECT_WORDS)
        .then(|| name.trim_end_matches(',').to_string())
}

/// A paragraph of section III as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponsibility {
    pub heading: String,
    pub text: String,
    pub line: usize,
}

/// Section III: one item per unit, its text after a colon or on the lines
/// below (sub-items included).
pub fn responsibilities(
    lines: &[Line],
    body: Range<usize>,
    placed: &mut [bool],
) -> Vec<RawResponsibility> {
    let mut out: Vec<RawResponsibility> = Vec::new();
    let top = body
        .clone()
        .find_map(|i| marker(&lines[i].text).map(|m| m.kind));
    for i in body {
        let text = &lines[i].text;
        let m = marker(text);
        if let (Some(m), Some(top)) = (&m, top)
            && m.kind == top
        {
            let (heading, rest) = match m.rest.split_once(':') {
                Some((h, r)) if !r.trim().is_empty() => {
                    (h.trim().to_string(), r.trim().to_string())
                }
                _ => (trim_end_chars(&m.rest, &[':']).to_string(), String::new()),
            };
            out.push(RawResponsibility {
                heading,
                text: rest,
                line: lines[i].no,
            });
            placed[i] = true;
            continue;
        }
        // No list: each paragraph opening with a unit is that unit's.
        if top.is_none()
            && (out.is_empty() || lines[i].blank_before)
            && let Some(unit) = subject(text)
        {
            out.push(RawResponsibility {
                heading: unit,
                text: text.clone(),
                line: lines[i].no,
            });
            placed[i] = true;
            continue;
        }
        if let Some(last) = out.last_mut() {
            // A line the layout wrapped goes on the same paragraph.
            let wrapped = marker(text).is_none()
                && !last.text.is_empty()
                && !last.text.trim_end().ends_with(['.', ';', ':', '!', '?']);
            if wrapped {
                last.text.push(' ');
            } else if !last.text.is_empty() {
                last.text.push('\n');
            }
            last.text.push_str(text);
            placed[i] = true;
        }
    }
    out
}

/// The units a paragraph's heading names: "Đề nghị Ủy ban MTTQ xã" names
/// "Ủy ban MTTQ xã".
pub fn unit_names(r: &RawResponsibility) -> Vec<String> {
    let h = without_parentheses(&r.heading);
    let h = h.strip_prefix("Đề nghị ").unwrap_or(&h).to_string();
    // "1. Phòng X là cơ quan thường trực, …": the whole sentence is the
    // heading; the unit is what it opens with.
    let h = if r.text.is_empty() {
        subject(&h).unwrap_or(h)
    } else {
        h
    };
    split_units(&h)
}

/// The draft's paragraphs of section III: one for each unit a heading
/// names (`names`, from [`unit_names`]), the heading kept when it is not
/// the unit's name; a notice for a heading that names none.
pub fn resolve(
    raw: &[RawResponsibility],
    names: &[Vec<String>],
    registry: &Registry,
    notes: &mut Vec<(usize, String)>,
) -> Vec<DraftResponsibility> {
    let mut out = Vec::new();
    for (r, us) in raw.iter().zip(names) {
        if us.is_empty() {
            notes.push((
                r.line,
                crate::t!(
                    "imp-responsibility-no-unit",
                    heading = truncate(&r.heading, 60)
                ),
            ));
        }
        for u in us {
            let Some(id) = registry.id_of(u) else {
                continue;
            };
            let unit_name = registry
                .unit(id)
                .map(|u| u.name.clone())
                .unwrap_or_default();
            out.push(DraftResponsibility {
                unit: id.to_string(),
                heading: (r.heading != unit_name).then(|| r.heading.clone()),
                text: r.text.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    #[test]
    fn a_paragraph_opening_with_a_unit_is_its_responsibility() {
        let lines = crate::import::lines::normalise(
            "Công an huyện là cơ quan thường trực, chủ trì phối hợp với các đơn vị triển khai Kế hoạch.\n\nTrạm Y tế xã chủ trì theo dõi, tổng hợp kết quả.",
        );
        let mut placed = vec![false; lines.len()];
        let r = responsibilities(&lines, 0..lines.len(), &mut placed);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].heading, "Công an huyện");
        assert_eq!(r[1].heading, "Trạm Y tế xã");
        assert_eq!(
            r[1].text,
            "Trạm Y tế xã chủ trì theo dõi, tổng hợp kết quả."
        );
    }

    #[test]
    fn a_numbered_sentence_with_no_colon_names_the_unit_it_opens_with() {
        let r = RawResponsibility {
            heading: "Phòng Văn hóa, Khoa học và Thông tin là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.".into(),
            text: String::new(),
            line: 1,
        };
        assert_eq!(unit_names(&r), ["Phòng Văn hóa, Khoa học và Thông tin"]);
    }

    #[test]
    fn a_wrapped_line_goes_on_the_same_paragraph() {
        let lines = crate::import::lines::normalise(
            "1. Văn phòng - Thống kê xã\nTheo dõi, tổng hợp kết quả báo cáo Chủ tịch\nUBND xã.\n- Lưu hồ sơ.",
        );
        let mut placed = vec![false; lines.len()];
        let r = responsibilities(&lines, 0..lines.len(), &mut placed);
        assert_eq!(
            r[0].text,
            "Theo dõi, tổng hợp kết quả báo cáo Chủ tịch UBND xã.\n- Lưu hồ sơ."
        );
    }

    #[test]
    fn responsibility_items_keep_their_sub_items() {
        let lines = normalise(
            "1. Phòng A: Làm việc A.\n2. UBND các xã: Thực hiện:\na) Một;\nb) Hai.\n3. Công an\nBảo đảm an ninh.",
        );
        let mut placed = vec![false; lines.len()];
        let r = responsibilities(&lines, 0..lines.len(), &mut placed);
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].text, "Thực hiện:\na) Một;\nb) Hai.");
        assert_eq!(r[2].heading, "Công an");
        assert_eq!(r[2].text, "Bảo đảm an ninh.");
    }
}
