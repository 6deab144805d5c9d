//! The header above the title: the issuer from its capitalised lines, the
//! number ("Số: …"), the place and the date ("…, ngày … tháng … năm …"),
//! with the national motto left out.

use std::ops::Range;

use chrono::NaiveDate;

use crate::import::draft::Draft;
use crate::import::lines::Line;
use crate::import::scan::{Folded, fold, trim_end_chars};
use crate::text::{is_all_caps, upper_first};

/// The issuer from its capitalised header lines: "ỦY BAN NHÂN DÂN" + "XÃ
/// ĐỒNG TIẾN" → "UBND xã Đồng Tiến".
fn issuer_of(parts: &[String]) -> Option<String> {
    if parts.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for part in parts {
        let f = Folded::new(part);
        if f.word_at(0, "uy ban nhan dan") {
            out.push("UBND".to_string());
            let rest = f.slice("uy ban nhan dan".len(), f.len());
            if !rest.trim().is_empty() {
                out.push(place_case(rest.trim()));
            }
            continue;
        }
        if fold(part) == "ubnd" {
            out.push("UBND".to_string());
            continue;
        }
        if f.word_at(0, "ubnd") {
            out.push("UBND".to_string());
            out.push(place_case(f.slice("ubnd".len(), f.len()).trim()));
            continue;
        }
        out.push(place_case(part));
    }
    Some(out.join(" "))
}

/// "HUYỆN TRIỆU SƠN" → "huyện Triệu Sơn": the level in lowercase, the
/// name in title case.
fn place_case(s: &str) -> String {
    if !is_all_caps(s) {
        return s.to_string();
    }
    let levels = [
        "thi tran",
        "thanh pho",
        "thi xa",
        "huyen",
        "xa",
        "tinh",
        "quan",
        "phuong",
    ];
    let f = Folded::new(s);
    let level_len = levels
        .iter()
        .find(|l| f.word_at(0, l))
        .map(|l| l.chars().count())
        .unwrap_or(0);
    let level = f.slice(0, level_len).to_lowercase();
    let name = f.slice(level_len, f.len());
    let name: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            upper_first(&lower)
        })
        .collect();
    if level.is_empty() {
        upper_first(&s.to_lowercase())
    } else {
        format!("{level} {}", name.join(" ")).trim().to_string()
    }
}

/// "ngày 05 tháng 5 năm 2022" or "ngày 05/5/2022".
fn parse_date(s: &str) -> Option<NaiveDate> {
    let f = fold(s);
    let digits: Vec<u32> = f
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty() && p.len() <= 4)
        .filter_map(|p| p.parse().ok())
        .collect();
    if digits.len() < 3 {
        return None;
    }
    let (d, m, y) = (digits[0], digits[1], digits[2]);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Cells of a header line: tab- or `|`-separated (a portal's flattened
/// table), or runs of 3+ spaces.
fn header_cells(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in raw.split(['\t', '|']) {
        let mut rest = part;
        while let Some(p) = rest.find("   ") {
            out.push(rest[..p].trim().to_string());
            rest = rest[p..].trim_start();
        }
        out.push(rest.trim().to_string());
    }
    out.into_iter().filter(|c| !c.is_empty()).collect()
}

/// The header: issuer, number, place and date. Returns the unplaced lines.
pub fn header(lines: &[Line], range: Range<usize>, draft: &mut Draft, placed: &mut [bool]) {
    let mut issuer = Vec::new();
    let mut number_next = false;
    for i in range {
        let mut all = true;
        for cell in header_cells(&lines[i].raw) {
            for piece in header_pieces(&cell) {
                // "Số:" and its number on lines of their own.
                if number_next && draft.number.is_none() && !piece.contains(' ') {
                    if !unfilled(&piece) {
                        draft.number = Some(piece);
                    }
                    number_next = false;
                    continue;
                }
                number_next = fold(&piece).replace(' ', "") == "so:";
                all &= header_piece(&piece, draft, &mut issuer);
            }
        }
        placed[i] = all;
    }
    if draft.issuer.is_none() {
        draft.issuer = issuer_of(&issuer);
    }
}

/// A number left for the clerk to fill in when the document is signed:
/// `Số:      /KH-UBND`, `Số: …/KH-UBND`, `Số: ....../BC-UBND` — nothing
/// but blanks, dots or underscores before its first slash.
fn unfilled(number: &str) -> bool {
    let before = number.trim().split('/').next().unwrap_or_default();
    before
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '…' | '_' | '-'))
}

/// A header cell cut where its parts meet: the national motto taken out,
/// "Số: …" and "…, ngày …" apart from the issuer. (A .docx header table
/// gives each column as one cell, its lines joined by spaces.)
fn header_pieces(cell: &str) -> Vec<String> {
    let f = Folded::new(cell);
    let mut keep = vec![true; f.len()];
    for (from, to) in [
        ("cong hoa xa hoi chu nghia viet nam", None),
        ("doc lap", Some("hanh phuc")),
    ] {
        if let Some(a) = f.find_word(from, 0) {
            let b = match to {
                Some(t) => f.find_word(t, a).map(|b| b + t.len()),
                None => Some(a + from.len()),
            };
            if let Some(b) = b {
                keep[a..b].iter_mut().for_each(|k| *k = false);
            }
        }
    }
    // Cut before "Số:" and before the place of "…, ngày …".
    let mut cuts = Vec::new();
    if let Some(so) =
        (0..f.len()).find(|&i| f.word_at(i, "so") && f.fold.get(f.skip_spaces(i + 2)) == Some(&':'))
    {
        cuts.push(so);
        // The number is one word.
        let v = f.skip_spaces(f.skip_spaces(so + 2) + 1);
        let end = (v..f.len())
            .find(|&k| f.orig[k].is_whitespace())
            .unwrap_or(f.len());
        cuts.push(end);
    }
    if let Some(ngay) = f.find_word("ngay", 0) {
        let comma = (0..ngay).rev().find(|&k| f.orig[k] == ',');
        if let Some(c) = comma {
            // the place is the capitalised words before the comma
            let mut start = c;
            while start > 0 {
                let word_start = (0..start)
                    .rev()
                    .find(|&k| f.orig[k] == ' ')
                    .map_or(0, |k| k + 1);
                let word = f.slice(word_start, start);
                if word.chars().next().is_some_and(char::is_uppercase) && !is_all_caps(&word) {
                    start = word_start.saturating_sub(1);
                    if word_start == 0 {
                        start = 0;
                        break;
                    }
                } else {
                    start += 1;
                    break;
                }
            }
            cuts.push(start.min(c));
        } else {
            cuts.push(ngay);
        }
    }
    cuts.push(f.len());
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        let piece: String = (from..c).filter(|&k| keep[k]).map(|k| f.orig[k]).collect();
        let piece = piece.split_whitespace().collect::<Vec<_>>().join(" ");
        let piece = piece.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        from = c;
    }
    out
}

/// The national motto, folded: a piece of it on a line of its own (a
/// portal cuts "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is no issuer.
const MOTTO: [&str; 2] = [
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap - tu do - hanh phuc",
];

/// Read one piece of the header; false when it is not understood.
fn header_piece(piece: &str, draft: &mut Draft, issuer: &mut Vec<String>) -> bool {
    let f = Folded::new(piece);
    let words = fold(piece).split_whitespace().collect::<Vec<_>>().join(" ");
    if MOTTO.iter().any(|m| m.contains(&words)) {
        return true;
    }
    if f.word_at(0, "so") && f.fold.get(f.skip_spaces(2)) == Some(&':') {
        let v = f.slice(f.skip_spaces(2) + 1, f.len());
        if !v.trim().is_empty() && !unfilled(&v) {
            draft.number = Some(v.trim().to_string());
        }
        return true;
    }
    // Dots where the issuer or the place is to be written by hand.
    if piece
        .chars()
        .all(|c| matches!(c, '.' | '…' | '_' | ',' | ' '))
    {
        return true;
    }
    // "Triệu Sơn, ngày … tháng … năm …": a date left blank to fill in at
    // signing.
    if let Some(at) = f.find_word("ngay", 0) {
        let rest = fold(&f.slice(at, f.len()));
        if rest.contains("thang")
            && rest.contains("nam")
            && !rest.chars().any(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    if let Some(at) = f.find_word("ngay", 0)
        && let Some(date) = parse_date(&f.slice(at, f.len()))
    {
        draft.date = Some(date);
        let place = f.slice(0, at);
        let place = trim_end_chars(&place, &[',']);
        if !place.is_empty() {
            draft.place = Some(place.to_string());
        }
        return true;
    }
    if is_all_caps(piece) {
        issuer.push(piece.to_string());
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::expect::read_part;

    #[test]
    fn header_fields() {
        let (d, placed) = read_part(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỒNG TIẾN\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\tĐồng Tiến, ngày 05 tháng 5 năm 2022",
            header,
        );
        assert_eq!(d.issuer.as_deref(), Some("UBND xã Đồng Tiến"));
        assert_eq!(
            issuer_of(&["UBND HUYỆN TRIỆU SƠN".to_string()]).as_deref(),
            Some("UBND huyện Triệu Sơn")
        );
        assert_eq!(d.number.as_deref(), Some("45/KH-UBND"));
        assert_eq!(d.place.as_deref(), Some("Đồng Tiến"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 5, 5));
        assert!(placed.iter().all(|&p| p));
    }

    #[test]
    fn header_flattened_by_a_portal_into_rows() {
        let (d, placed) = read_part(
            "UBND HUYỆN THIỆU HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Độc lập - Tự do - Hạnh phúc |\nSố: 88/KH-UBND | Thiệu Hóa, ngày 12 tháng 3 năm 2024 |",
            header,
        );
        assert_eq!(d.issuer.as_deref(), Some("UBND huyện Thiệu Hóa"));
        assert_eq!(d.number.as_deref(), Some("88/KH-UBND"));
        assert_eq!(d.place.as_deref(), Some("Thiệu Hóa"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 3, 12));
        assert!(placed.iter().all(|&p| p), "{placed:?}");
    }

    #[test]
    fn header_cells_one_per_line_as_a_legal_library_gives_them() {
        let (d, placed) = read_part(
            "ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n27/KH-UBND\n|\nQuảng Phú, ngày 02\ntháng 4 năm 2024",
            header,
        );
        assert_eq!(d.issuer.as_deref(), Some("UBND xã Quảng Phú"));
        assert_eq!(d.number.as_deref(), Some("27/KH-UBND"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 4, 2));
        assert!(placed.iter().all(|&p| p), "{placed:?}");
    }

    #[test]
    fn header_from_a_docx_table_row() {
        let (d, placed) = read_part(
            "ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG Số: 112/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nông Cống, ngày 20 tháng 02 năm 2023",
            header,
        );
        assert_eq!(d.issuer.as_deref(), Some("UBND huyện Nông Cống"));
        assert_eq!(d.number.as_deref(), Some("112/KH-UBND"));
        assert_eq!(d.place.as_deref(), Some("Nông Cống"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2023, 2, 20));
        assert!(placed[0]);
    }

    #[test]
    fn a_number_left_blank_to_fill_in_is_no_number() {
        for number in ["Số:       /KH-UBND", "Số: …/KH-UBND", "Số: ......./KH-UBND"] {
            let (d, placed) = read_part(
                &format!(
                    "ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                ),
                header,
            );
            assert_eq!(d.number, None, "{number}");
            assert_eq!(d.issuer.as_deref(), Some("UBND huyện Nông Cống"));
            assert!(placed[0], "{number}");
        }
        let (d, _) = read_part("Số:\n…/KH-UBND", header);
        assert_eq!(d.number, None);
        assert!(!unfilled("12/KH-UBND") && !unfilled("KH-UBND"));
    }

    #[test]
    fn a_date_left_blank_to_fill_in_is_no_date_and_needs_no_look() {
        let (d, placed) = read_part(
            "ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG Số:       /KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nông Cống, ngày … tháng … năm …",
            header,
        );
        assert_eq!((d.date, d.number), (None, None));
        assert_eq!(d.issuer.as_deref(), Some("UBND huyện Nông Cống"));
        assert!(placed[0]);
        // No issuer and no place either: dots.
        let (d, placed) = read_part(
            "…………… Số:       /KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ……………, ngày … tháng … năm …",
            header,
        );
        assert_eq!((d.issuer, d.place, d.date), (None, None, None));
        assert!(placed[0]);
    }
}
