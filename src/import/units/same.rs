//! Whether two spellings name one unit: piece by piece, an abbreviation
//! matching the initials of words or a longer abbreviation, the locality
//! agreeing, and groups by the words they share.

use std::collections::HashSet;

use super::shape::{Piece, Shape, shape};

/// Whether the abbreviation's letters are the initials of the words.
fn initials_are(letters: &str, words: &[Piece]) -> bool {
    let initials: String = words
        .iter()
        .map(|p| match p {
            Piece::Word(w) => w.chars().next().unwrap_or(' ').to_string(),
            Piece::Abbr(a) => a.clone(),
        })
        .collect();
    initials == letters
}

/// Whether `a` is a shortening of `b` (or the same), piece by piece.
fn pieces_match(a: &[Piece], b: &[Piece]) -> bool {
    match (a.first(), b.first()) {
        (None, None) => true,
        (None, _) | (_, None) => false,
        (Some(x), Some(y)) if x == y => pieces_match(&a[1..], &b[1..]),
        (Some(Piece::Abbr(x)), Some(Piece::Abbr(y))) => {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            short.len() >= 4
                && short.chars().next() == long.chars().next()
                && short.chars().last() == long.chars().last()
                && is_subsequence(short, long)
                && pieces_match(&a[1..], &b[1..])
        }
        (Some(Piece::Abbr(x)), Some(Piece::Word(_))) => {
            (1..=b.len()).any(|n| initials_are(x, &b[..n]) && pieces_match(&a[1..], &b[n..]))
        }
        (Some(Piece::Word(_)), Some(Piece::Abbr(_))) => pieces_match(b, a),
        _ => false,
    }
}

fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

fn word_set(s: &Shape) -> HashSet<String> {
    s.pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Word(w) if w != "cac" => Some(w.clone()),
            Piece::Abbr(a) => Some(a.clone()),
            _ => None,
        })
        .collect()
}

/// Whether two names are the same unit written differently.
pub fn same_unit(a: &str, b: &str) -> bool {
    let (sa, sb) = (shape(a), shape(b));
    if sa.pieces.is_empty() || sb.pieces.is_empty() {
        return false;
    }
    let locality_ok = match (&sa.locality, &sb.locality) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    if !locality_ok {
        return false;
    }
    if pieces_match(&sa.pieces, &sb.pieces) {
        return true;
    }
    // "Các phòng, ngành đoàn thể" and "Các ngành, đoàn thể": one group.
    if sa.group && sb.group {
        let (wa, wb) = (word_set(&sa), word_set(&sb));
        let (small, big) = if wa.len() <= wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        return small.len() >= 2 && small.is_subset(&big);
    }
    false
}

/// Whether `name` names a group of units.
pub fn is_group(name: &str) -> bool {
    shape(name).group
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_unit() {
        assert!(same_unit(
            "Phòng Văn hóa, Thông tin huyện",
            "Phòng Văn hoá và Thông tin"
        ));
        assert!(same_unit(
            "Phòng LĐTBXH",
            "Phòng Lao động – Thương binh và Xã hội"
        ));
        assert!(same_unit("Trung tâm VH,TT&DL", "Trung tâm VHNTTTDL"));
        assert!(same_unit(
            "UBND các xã, thị trấn",
            "Ủy ban nhân dân các xã, thị trấn"
        ));
        assert!(same_unit("Phòng VH&TT", "Phòng Văn hóa và Thông tin"));
        assert!(same_unit(
            "Ban Chỉ huy PCTT và TKCN xã",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"
        ));
        assert!(same_unit(
            "Các phòng, ngành đoàn thể cấp huyện",
            "Các ngành đoàn thể trong huyện"
        ));
    }

    #[test]
    fn different_units() {
        assert!(!same_unit(
            "Ban Chỉ huy PCTT và TKCN huyện",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"
        ));
        assert!(!same_unit(
            "Ban An toàn giao thông tỉnh",
            "Ban An toàn giao thông huyện"
        ));
        assert!(!same_unit(
            "Các thành viên Ban An toàn giao thông huyện",
            "Ban An toàn giao thông huyện"
        ));
        assert!(!same_unit(
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Tài nguyên và Môi trường"
        ));
        assert!(!same_unit("Các thôn", "Các đoàn thể chính trị - xã hội xã"));
    }
}
