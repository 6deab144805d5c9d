//! The tail of the document: the recipients (Nơi nhận) and the signer,
//! with the position signed for and on whose behalf.

use std::ops::Range;

use crate::import::draft::{Draft, DraftSigner};
use crate::import::lines::Line;
use crate::import::scan::{fold, trim_end_chars};
use crate::text::{is_all_caps, upper_first};

/// Nơi nhận and the signer.
pub fn tail(lines: &[Line], range: Range<usize>, draft: &mut Draft, placed: &mut [bool]) {
    let mut on_behalf_of = None;
    let mut position = None;
    let mut name = None;
    let mut in_recipients = false;
    for i in range {
        let mut all = true;
        let raw = &lines[i].raw;
        let cells: Vec<String> = if raw.contains('\t') {
            raw.split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|c| !c.is_empty())
                .collect()
        } else {
            vec![lines[i].text.clone()]
        };
        for cell in cells {
            let f = fold(&cell);
            if f.starts_with("noi nhan") {
                in_recipients = true;
                let rest = cell.split_once(':').map(|(_, r)| r.trim()).unwrap_or("");
                if !rest.is_empty() {
                    draft.recipients.push(recipient(rest));
                }
                continue;
            }
            if in_recipients && (cell.starts_with(['-', '+', '•']) || cell.ends_with(';')) {
                draft.recipients.push(recipient(&cell));
                continue;
            }
            if let Some((prefix, rest)) = cell.split_once('.')
                && ["kt", "tm", "tl", "tuq", "q"].contains(&fold(prefix.trim()).as_str())
                && is_all_caps(rest)
            {
                on_behalf_of = Some(position_case(rest.trim()));
                continue;
            }
            if is_all_caps(&cell) && is_position(&cell) {
                position = Some(position_case(&cell));
                continue;
            }
            if cell.starts_with('(') && cell.ends_with(')') {
                continue; // "(Đã ký)", "(Ký, đóng dấu)"
            }
            if looks_like_name(&cell) {
                name = Some(if is_all_caps(&cell) {
                    cell.split_whitespace()
                        .map(|w| upper_first(&w.to_lowercase()))
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    cell.clone()
                });
                continue;
            }
            all = false;
        }
        placed[i] = all;
    }
    if let Some(name) = name {
        draft.signer = Some(DraftSigner {
            name,
            position,
            on_behalf_of,
        });
    }
}

fn recipient(s: &str) -> String {
    let s = s.trim().trim_start_matches(['-', '+', '•']).trim();
    let s = s
        .strip_suffix("./.")
        .or_else(|| s.strip_suffix("/."))
        .unwrap_or(s);
    trim_end_chars(s, &[';', '.', ',']).to_string()
}

fn is_position(s: &str) -> bool {
    let f = fold(s);
    [
        "chu tich",
        "truong ban",
        "giam doc",
        "truong phong",
        "bi thu",
        "pho",
        "truong",
    ]
    .iter()
    .any(|p| f.contains(p))
}

/// "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân".
fn position_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = upper_first(&lower);
    if let Some(rest) = out.strip_prefix("Phó ") {
        out = format!("Phó {}", upper_first(rest));
    }
    out
}

fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::expect::read_part;

    /// The signer of a tail: name, position, on whose behalf.
    fn signer(draft: &Draft) -> (&str, Option<&str>, Option<&str>) {
        let s = draft.signer.as_ref().expect("a signer");
        (
            s.name.as_str(),
            s.position.as_deref(),
            s.on_behalf_of.as_deref(),
        )
    }

    #[test]
    fn signers() {
        let (d, _) = read_part(
            "Nơi nhận:\n- Sở VH,TT&DL;\n- Lưu: VT, VH,TT.\n\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Quang Trung",
            tail,
        );
        assert_eq!(d.recipients, ["Sở VH,TT&DL", "Lưu: VT, VH,TT"]);
        assert_eq!(
            signer(&d),
            ("Lê Quang Trung", Some("Phó Chủ tịch"), Some("Chủ tịch"))
        );
        let (d, _) = read_part(
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNGUYỄN VĂN HÙNG",
            tail,
        );
        assert_eq!(
            signer(&d),
            ("Nguyễn Văn Hùng", Some("Chủ tịch"), Some("Ủy ban nhân dân"))
        );
    }
}
