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
        // Cells side by side: tab-separated, or runs of 3+ spaces (a PDF's
        // text laid out: "Nơi nhận:" beside "TM. ỦY BAN NHÂN DÂN").
        let cells: Vec<String> = if raw.contains('\t') {
            raw.split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|c| !c.is_empty())
                .collect()
        } else if raw.trim().contains("   ") {
            laid_out_cells(raw)
        } else {
            vec![lines[i].text.clone()]
        };
        let cells: Vec<String> = cells
            .into_iter()
            .flat_map(|c| {
                if fold(&c).starts_with("noi nhan")
                    || c.starts_with(['-', '+', '•'])
                    || c.ends_with(';')
                {
                    vec![c]
                } else {
                    signer_pieces(&c)
                }
            })
            .collect();
        for cell in cells {
            // "|" between a legal library's cells.
            if !cell.chars().any(char::is_alphanumeric) {
                continue;
            }
            let f = fold(&cell);
            if f.starts_with("noi nhan") {
                in_recipients = true;
                let rest = cell.split_once(':').map(|(_, r)| r.trim()).unwrap_or("");
                draft.recipients.extend(recipients(rest));
                continue;
            }
            if in_recipients && (cell.starts_with(['-', '+', '•']) || cell.ends_with(';')) {
                draft.recipients.extend(recipients(&cell));
                continue;
            }
            if let Some((prefix, rest)) = cell.split_once('.')
                && ["kt", "tm", "tl", "tuq", "q"].contains(&fold(prefix.trim()).as_str())
                && is_all_caps(rest)
            {
                on_behalf_of = Some(position_case(rest.trim()));
                position = None;
                continue;
            }
            if is_all_caps(&cell) && is_position(&cell) {
                // The first position is the one signed as ("TRƯỞNG BAN" over
                // "PHÓ CHỦ TỊCH UBND XÃ"), within the last on-behalf line.
                if position.is_none() {
                    position = Some(position_case(&cell));
                }
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

/// Where the signer's column of a laid-out page starts, at the least.
const RIGHT_COLUMN: usize = 35;
/// The narrowest gap before the signer's column.
const COLUMN_GAP: usize = 6;

/// The two columns of a laid-out line: the text left of the signer's
/// column (maybe justified, its words far apart: "Nơi        nhận:") and
/// the text in it, after the last wide gap that ends in the right half.
fn laid_out_cells(raw: &str) -> Vec<String> {
    let chars: Vec<char> = raw.chars().collect();
    let first = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let mut cut = None;
    let mut k = first;
    while k < chars.len() {
        if chars[k].is_whitespace() {
            let run = chars[k..].iter().take_while(|c| c.is_whitespace()).count();
            let end = k + run;
            if run >= COLUMN_GAP && end >= RIGHT_COLUMN && end < chars.len() {
                cut = Some(k);
            }
            k = end;
        } else {
            k += 1;
        }
    }
    let (left, right): (String, String) = match cut {
        Some(c) => (chars[..c].iter().collect(), chars[c..].iter().collect()),
        None => (raw.to_string(), String::new()),
    };
    [left, right]
        .into_iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|c| !c.is_empty())
        .collect()
}

/// The recipients a line names: one, or several a Word cell joined
/// ("- Huyện đoàn (b/c); - Các thôn; - Lưu: VP.").
fn recipients(s: &str) -> Vec<String> {
    let s = s.trim();
    if s.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(at) = rest.find("; -").or_else(|| rest.find(";- ")) {
        out.push(recipient(&rest[..at]));
        rest = &rest[at + 1..];
    }
    out.push(recipient(rest));
    out.retain(|r| !r.is_empty());
    out
}

/// Positions a signer signs as (folded words).
const POSITIONS: &[&[&str]] = &[
    &["pho", "chu", "tich"],
    &["chu", "tich"],
    &["pho", "truong", "ban"],
    &["truong", "ban"],
    &["pho", "giam", "doc"],
    &["giam", "doc"],
    &["pho", "truong", "phong"],
    &["truong", "phong"],
    &["pho", "bi", "thu"],
    &["bi", "thu"],
];

/// Where the first position starts in `words` (folded), and its length.
fn first_position(words: &[String]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|i| {
        POSITIONS
            .iter()
            .find(|p| words.len() >= i + p.len() && words[i..i + p.len()] == p[..])
            .map(|p| (i, p.len()))
    })
}

/// A signer's block a Word table cell or a portal joined on one line, cut
/// into its parts: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn
/// Thắng" → "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê
/// Văn Thắng".
fn signer_pieces(cell: &str) -> Vec<String> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let is_prefix = |w: &str| {
        let f = fold(w);
        ["kt.", "tm.", "tl.", "tuq.", "q."]
            .iter()
            .any(|p| f.starts_with(p))
    };
    let mut segments: Vec<Vec<&str>> = Vec::new();
    for w in &words {
        if is_prefix(w) || segments.is_empty() {
            segments.push(Vec::new());
        }
        if let Some(last) = segments.last_mut() {
            last.push(w);
        }
    }
    let mut out = Vec::new();
    for seg in segments {
        let prefixed = seg.first().is_some_and(|w| is_prefix(w));
        let caps = seg
            .iter()
            .take_while(|w| is_all_caps(w) || w.chars().all(|c| !c.is_alphabetic()))
            .count();
        let folded: Vec<String> = seg[..caps].iter().map(|w| fold(w)).collect();
        // The caps words after a prefix written apart ("KT." then "CHỦ TỊCH").
        let skip = usize::from(prefixed && seg[0].ends_with('.')).min(caps);
        let end = match first_position(&folded[skip..]) {
            Some((0, len)) if prefixed => skip + len,
            Some((p, _)) if p > 0 => skip + p,
            Some((0, len)) => len,
            _ => caps,
        };
        let end = end.min(caps);
        for part in [&seg[..end], &seg[end..caps], &seg[caps..]] {
            if !part.is_empty() {
                out.push(part.join(" "));
            }
        }
    }
    if out.is_empty() {
        out.push(cell.to_string());
    }
    out
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

/// "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "ỦY BAN NHÂN DÂN" (or "UỶ …") →
/// "Ủy ban nhân dân"; "BAN TỔ CHỨC" → "Ban Tổ chức".
fn position_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = upper_first(&lower);
    if let Some(rest) = out.strip_prefix("Uỷ ") {
        out = format!("Ủy {rest}");
    }
    for head in ["Phó ", "Ban "] {
        if let Some(rest) = out.strip_prefix(head) {
            out = format!("{head}{}", upper_first(rest));
        }
    }
    out
}

/// A person's name: two to five capitalised words of letters, a word
/// maybe joined by a hyphen ("Hoàng-Anh") or an apostrophe ("K'Bình").
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.split(['-', '\'', '’']).all(|part| {
                part.chars().next().is_some_and(char::is_uppercase)
                    && part.chars().all(char::is_alphabetic)
            })
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
    fn a_name_joined_by_a_hyphen_or_an_apostrophe_is_a_name() {
        assert!(looks_like_name("Nguyễn Văn Hoàng-Anh") && looks_like_name("K'Bình Đinh"));
        assert!(!looks_like_name("Nguyễn Văn -") && !looks_like_name("Lưu: VT"));
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

    #[test]
    fn recipients_beside_the_signer_as_a_pdf_lays_them_out() {
        let (d, _) = read_part(
            "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n- Sở Y tế (b/c);                                   CHỦ TỊCH\n- Lưu: VT.\n                                            Vũ Đình Thành",
            tail,
        );
        assert_eq!(d.recipients, ["Sở Y tế (b/c)", "Lưu: VT"]);
        assert_eq!(
            signer(&d),
            ("Vũ Đình Thành", Some("Chủ tịch"), Some("Ủy ban nhân dân"))
        );
    }

    #[test]
    fn justified_recipients_beside_the_signer() {
        let (d, _) = read_part(
            "Nơi                        nhận:                 TM. ỦY BAN NHÂN DÂN\n-        Sở    LĐTBXH       (b/c);                     CHỦ TỊCH\n- Lưu: VT.                                            Trịnh Quốc Bảo",
            tail,
        );
        assert_eq!(d.recipients, ["Sở LĐTBXH (b/c)", "Lưu: VT"]);
        assert_eq!(
            signer(&d),
            ("Trịnh Quốc Bảo", Some("Chủ tịch"), Some("Ủy ban nhân dân"))
        );
    }

    #[test]
    fn signer_blocks_joined_on_one_line() {
        let (d, placed) = read_part("TM. UỶ BAN NHÂN DÂN CHỦ TỊCH\nHà Văn Nam", tail);
        assert_eq!(
            signer(&d),
            ("Hà Văn Nam", Some("Chủ tịch"), Some("Ủy ban nhân dân"))
        );
        assert!(placed.iter().all(|&p| p));
        let (d, _) = read_part(
            "Nơi nhận: - Huyện đoàn (b/c); - Các thôn; - Lưu: VP.\tTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Thắng",
            tail,
        );
        assert_eq!(d.recipients, ["Huyện đoàn (b/c)", "Các thôn", "Lưu: VP"]);
        assert_eq!(
            signer(&d),
            ("Lê Văn Thắng", Some("Phó Chủ tịch"), Some("Chủ tịch"))
        );
        let (d, _) = read_part("Q. CHỦ TỊCH\nTL. Q.\nLê Văn An", tail);
        assert_eq!(d.signer.as_ref().unwrap().name, "Lê Văn An");
        let (d, _) = read_part(
            "TM. BAN TỔ CHỨC\nTRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND XÃ\nA Lưu",
            tail,
        );
        assert_eq!(
            signer(&d),
            ("A Lưu", Some("Trưởng ban"), Some("Ban Tổ chức"))
        );
    }
}
