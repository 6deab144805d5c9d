//! A list of units as written cut into names: on ";" always, on "," and
//! "và" only before a word that starts a unit's name, and before strong
//! words when a list lost its separators; each name cleaned.

use crate::import::scan::{Folded, fold, trim_end_chars};
use crate::text::upper_first;

/// Words a unit's name starts with (folded), so that a comma or "và"
/// before them separates two units.
const STARTERS: &[&str] = &[
    "phong",
    "so",
    "ban",
    "cong an",
    "trung tam",
    "ubnd",
    "uy ban",
    "hoi",
    "doan",
    "mat tran",
    "cac",
    "truong",
    "tram",
    "dai",
    "chi cuc",
    "vien",
    "benh vien",
    "hat",
    "kho bac",
    "chi nhanh",
    "ngan hang",
    "lien doan",
    "huyen doan",
    "huyen uy",
    "van phong",
    "thanh tra",
    "toa an",
    "toa",
    "bao hiem",
    "doi",
    "buu dien",
    "viettel",
    "vnpt",
    "cong ty",
    "hop tac xa",
    "cong chuc",
    "mttq",
    "ubmttq",
    "co quan",
    "chi hoi",
    "dien luc",
    "quy",
    "thanh vien",
    "lien doan lao dong",
    "hdnd",
    "dang uy",
    "thuong truc",
    "bao",
];

/// Events and things whose names start like a unit's ("Hội thi", "Đội
/// hình"), folded.
const NOT_UNITS: &[&str] = &[
    "hoi thi",
    "hoi nghi",
    "hoi dien",
    "hoi thao",
    "hoi cho",
    "hoi trai",
    "hoi xuan",
    "hoi khoe",
    "hoi giang",
    "ban do",
    "so lieu",
    "so sach",
    "dai hoi",
    "truong hop",
    "bao cao",
];

/// Whether `rest` starts like the name of a new unit.
pub fn starts_like_unit(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(first) = rest.chars().next() else {
        return false;
    };
    let f = Folded::new(rest);
    if f.word_at(0, "cac") {
        return true;
    }
    first.is_uppercase()
        && STARTERS.iter().any(|s| f.word_at(0, s))
        && !NOT_UNITS.iter().any(|s| f.word_at(0, s))
}

/// A list of units as written, split into names: on ";" always, on ","
/// and " và " only before something that starts like a unit name.
pub fn split_units(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for segment in text.split([';', '\n']) {
        let chars: Vec<char> = segment.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let sep_len = if chars[i] == ',' {
                Some(1)
            } else if chars[i..].starts_with(&[' ', 'v', 'à', ' ']) {
                // "Văn phòng HĐND và UBND": one office
                let before: String = chars[start.max(i.saturating_sub(8))..i].iter().collect();
                let last = before.split_whitespace().last().unwrap_or("");
                if fold(last) == "hdnd" { None } else { Some(4) }
            } else {
                None
            };
            if let Some(len) = sep_len {
                // A unit's first words are enough to tell.
                let after: String = chars[i + len..].iter().take(40).collect();
                if starts_like_unit(&after) {
                    out.push(chars[start..i].iter().collect::<String>());
                    start = i + len;
                    i = start;
                    continue;
                }
            }
            i += 1;
        }
        out.push(chars[start..].iter().collect::<String>());
    }
    // The last name of a list ends before the verb the sentence goes on with.
    let names: Vec<String> = out
        .iter()
        .filter_map(|s| clean_name(super::verbs::until_verb(s.trim())))
        .collect();
    if text.contains(';') {
        return names;
    }
    names.iter().flat_map(|n| split_on_spaces(n)).collect()
}

/// Names a strong unit word starts, when a list lost its separators (a
/// .docx cell with one unit per paragraph): "Công an huyện Phòng Tư pháp".
const STRONG: &[&str] = &[
    "phong",
    "cong an",
    "trung tam",
    "ubnd",
    "uy ban",
    "so",
    "cac",
    "dai",
];
/// Words after which a strong word is part of the name ("Văn phòng Ủy
/// ban", "Ban Chỉ huy Phòng, chống …", "HĐND và UBND").
const BINDING: &[&str] = &[
    "va", "cua", "voi", "phong", "huy", "dao", "truc", "thuoc", "tai", "hdnd",
];

fn split_on_spaces(name: &str) -> Vec<String> {
    let f = Folded::new(name);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 1;
    while i < f.len() {
        if f.orig[i - 1] == ' '
            && f.orig[i].is_uppercase()
            && STRONG.iter().any(|w| f.word_at(i, w))
        {
            let before = f.slice(start, i - 1);
            let last = before
                .split_whitespace()
                .last()
                .map(fold)
                .unwrap_or_default();
            if before.split_whitespace().count() >= 2 && !BINDING.contains(&last.as_str()) {
                out.push(before);
                start = i;
            }
        }
        i += 1;
    }
    out.push(f.slice(start, f.len()));
    out.iter().filter_map(|s| clean_name(s)).collect()
}

/// A unit name as it should be kept: trimmed, no leading "và"/"với", no
/// trailing punctuation, first letter a capital.
pub fn clean_name(s: &str) -> Option<String> {
    let mut s = s.trim().trim_start_matches(['-', '+', '•']).trim();
    for lead in ["và ", "với ", "cùng "] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest.trim();
        }
    }
    let s = trim_end_chars(s, &['.', ',', ';', ':']);
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() || !collapsed.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(upper_first(&collapsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_commas_and_va_stay_whole() {
        assert_eq!(
            split_units(
                "Phòng Văn hóa, Thông tin, Phòng Lao động – Thương binh và Xã hội, Công an huyện."
            ),
            [
                "Phòng Văn hóa, Thông tin",
                "Phòng Lao động – Thương binh và Xã hội",
                "Công an huyện"
            ]
        );
        assert_eq!(
            split_units(
                "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"
            ),
            [
                "Phòng Văn hóa và Thông tin",
                "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"
            ]
        );
        assert_eq!(
            split_units("Sở VH,TT&DL; UBND các xã, thị trấn"),
            ["Sở VH,TT&DL", "UBND các xã, thị trấn"]
        );
        assert_eq!(
            split_units("Sở Thông tin và Truyền thông, Báo Lam Sơn"),
            ["Sở Thông tin và Truyền thông", "Báo Lam Sơn"]
        );
        assert_eq!(
            split_units("Văn phòng HĐND và UBND huyện"),
            ["Văn phòng HĐND và UBND huyện"]
        );
    }

    #[test]
    fn semicolons_commas_and_va_split() {
        assert_eq!(
            split_units(
                "Trung tâm VHNTTTDL; các ngành, đoàn thể cấp huyện; Ủy ban nhân dân các xã, thị trấn."
            ),
            [
                "Trung tâm VHNTTTDL",
                "Các ngành, đoàn thể cấp huyện",
                "Ủy ban nhân dân các xã, thị trấn"
            ]
        );
        assert_eq!(
            split_units("Công an xã, Trạm Y tế xã, Các thôn."),
            ["Công an xã", "Trạm Y tế xã", "Các thôn"]
        );
        assert_eq!(
            split_units("Phòng Tư pháp và Công an huyện"),
            ["Phòng Tư pháp", "Công an huyện"]
        );
    }

    #[test]
    fn a_partner_list_does_not_swallow_the_verb_after_it() {
        assert_eq!(
            split_units("Phòng Tư pháp, các đơn vị có liên quan xây dựng kế hoạch tuyên truyền"),
            ["Phòng Tư pháp", "Các đơn vị có liên quan"]
        );
        assert_eq!(
            split_units("Công an huyện và UBND các xã, thị trấn triển khai thực hiện"),
            ["Công an huyện", "UBND các xã, thị trấn"]
        );
    }

    #[test]
    fn a_list_without_separators_splits_before_strong_words() {
        assert_eq!(
            split_units("Công an huyện Phòng Tài nguyên và Môi trường Phòng Kinh tế và Hạ tầng"),
            [
                "Công an huyện",
                "Phòng Tài nguyên và Môi trường",
                "Phòng Kinh tế và Hạ tầng"
            ]
        );
        assert_eq!(
            split_units("Trưởng các thôn Đài Truyền thanh xã"),
            ["Trưởng các thôn", "Đài Truyền thanh xã"]
        );
        assert_eq!(
            split_units("Văn phòng Ủy ban nhân dân huyện"),
            ["Văn phòng Ủy ban nhân dân huyện"]
        );
        assert_eq!(
            split_units("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"),
            ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"]
        );
    }
}
