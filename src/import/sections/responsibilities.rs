//! Section III, the responsibilities (trách nhiệm): one paragraph per
//! unit, its text after a colon or on the lines below.

use std::ops::Range;

use crate::import::draft::DraftResponsibility;
use crate::import::lines::Line;
use crate::import::marker::marker;
use crate::import::scan::{trim_end_chars, truncate};
use crate::import::units::{Registry, split_units, without_parentheses};

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
        if let Some(last) = out.last_mut() {
            if !last.text.is_empty() {
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
                format!(
                    "section III item names no unit: \"{}\"",
                    truncate(&r.heading, 60)
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
