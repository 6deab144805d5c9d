//! Short ASCII unit ids from names: the initials of the distinctive
//! words, a group's own word or abbreviation, made unique in a plan.

use std::collections::HashSet;

use super::shape::{Piece, shape};

/// Prefixes of names left out of ids ("Phòng").
const ID_DROP: &[&str] = &["phong"];

/// A short ASCII id: the initials of the distinctive words.
pub fn make_id(name: &str, group: bool) -> String {
    let s = shape(name);
    if group {
        if let Some(Piece::Abbr(a)) = s
            .pieces
            .iter()
            .find(|p| matches!(p, Piece::Abbr(a) if a != "ubnd"))
        {
            return sanitize(a);
        }
        let pos = s
            .pieces
            .iter()
            .position(|p| *p == Piece::Word("cac".into()));
        if let Some(Piece::Word(w)) = pos.and_then(|p| s.pieces.get(p + 1)) {
            return sanitize(w);
        }
    }
    let mut pieces: &[Piece] = &s.pieces;
    if let Some(Piece::Word(w)) = pieces.first()
        && ID_DROP.contains(&w.as_str())
        && pieces.len() > 1
    {
        pieces = &pieces[1..];
    }
    let mut id = String::new();
    if pieces.len() == 1 {
        match &pieces[0] {
            Piece::Word(w) | Piece::Abbr(w) => id.push_str(w),
        }
    } else {
        for p in pieces {
            match p {
                Piece::Word(w) => id.extend(w.chars().next()),
                Piece::Abbr(a) => id.push_str(a),
            }
        }
    }
    if id.len() <= 2
        && let Some(loc) = &s.locality
    {
        id.push_str(&loc.replace(' ', ""));
    }
    sanitize(&id)
}

fn sanitize(id: &str) -> String {
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .take(8)
        .collect();
    if id.is_empty() { "dv".into() } else { id }
}

/// `base`, or `base` with a number when a unit already has it.
pub fn unique_id(base: String, used: &mut HashSet<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_unique() {
        assert_eq!(
            make_id("Phòng Lao động – Thương binh và Xã hội", false),
            "ldtbxh"
        );
        assert_eq!(make_id("Công an huyện", false), "cahuyen");
        assert_eq!(make_id("Ủy ban nhân dân các xã, thị trấn", true), "xa");
        let mut used = HashSet::new();
        assert_eq!(unique_id("xa".into(), &mut used), "xa");
        assert_eq!(unique_id("xa".into(), &mut used), "xa2");
    }
}
