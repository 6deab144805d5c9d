//! A unit's name cut into the pieces spellings are compared by: words and
//! abbreviations folded, "Ủy ban nhân dân" read as "UBND", filler words
//! dropped, the trailing locality apart, and whether it names a group.

use crate::import::scan::fold;
use crate::text::is_all_caps;

/// `s` without "(…)" parts.
pub fn without_parentheses(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One piece of a name for comparing: a word, or an abbreviation's letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Word(String),
    Abbr(String),
}

/// Words that do not tell two units apart.
const FILLER: &[&str] = &["va", "cap", "trong", "thuoc"];
/// The level a name may end on ("Công an huyện").
const LOCALITY: &[&str] = &["huyen", "xa", "tinh", "thi tran", "thanh pho", "thi xa"];

/// A name cut into pieces, with its trailing locality apart.
#[derive(Debug, Clone)]
pub struct Shape {
    pub pieces: Vec<Piece>,
    /// "huyện", "xã", "thị trấn" when the name ends on one.
    pub locality: Option<String>,
    /// The name is of a group of units ("Các xã", "Thành viên …").
    pub group: bool,
}

/// The shape of a name as written.
pub fn shape(name: &str) -> Shape {
    let name = without_parentheses(name);
    let mut pieces = Vec::new();
    for token in name.split_whitespace() {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        if core.chars().count() >= 2 && is_all_caps(core) && !core.contains(char::is_lowercase) {
            let letters: String = fold(core).chars().filter(|c| c.is_alphanumeric()).collect();
            pieces.push(Piece::Abbr(letters));
            continue;
        }
        for word in fold(token).split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                pieces.push(Piece::Word(word.to_string()));
            }
        }
    }
    // "Ủy ban nhân dân" is written "UBND" as often as not.
    let mut merged = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let is = |k: usize, w: &str| pieces.get(i + k) == Some(&Piece::Word(w.to_string()));
        if is(0, "uy") && is(1, "ban") && is(2, "nhan") && is(3, "dan") {
            merged.push(Piece::Abbr("ubnd".into()));
            i += 4;
        } else {
            merged.push(pieces[i].clone());
            i += 1;
        }
    }
    let group = merged.first() == Some(&Piece::Word("cac".into()))
        || merged.contains(&Piece::Word("cac".into()))
        || (merged.first() == Some(&Piece::Word("thanh".into()))
            && merged.get(1) == Some(&Piece::Word("vien".into())));
    let mut pieces: Vec<Piece> = merged
        .into_iter()
        .filter(|p| !matches!(p, Piece::Word(w) if FILLER.contains(&w.as_str())))
        .collect();
    let mut locality = None;
    let words_at_end = |pieces: &[Piece], n: usize| -> Option<String> {
        if pieces.len() <= n {
            return None;
        }
        let tail = &pieces[pieces.len() - n..];
        let mut words = Vec::new();
        for p in tail {
            match p {
                Piece::Word(w) => words.push(w.as_str()),
                Piece::Abbr(_) => return None,
            }
        }
        Some(words.join(" "))
    };
    for n in [2, 1] {
        if let Some(tail) = words_at_end(&pieces, n)
            && LOCALITY.contains(&tail.as_str())
        {
            // "các xã": the locality is what the group is made of
            let before = &pieces[pieces.len() - n - 1];
            if *before != Piece::Word("cac".into()) {
                pieces.truncate(pieces.len() - n);
                locality = Some(tail);
            }
            break;
        }
    }
    Shape {
        pieces,
        locality,
        group,
    }
}
