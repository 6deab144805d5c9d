//! Letter case at the start of a phrase, as documents capitalise titles and
//! list items.

/// The first letter made uppercase.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter made lowercase, unless the first word is an
/// abbreviation written in capitals ("UBND").
pub fn lower_first(s: &str) -> String {
    let first_word: Vec<char> = s.split_whitespace().next().unwrap_or("").chars().collect();
    let letters: Vec<&char> = first_word.iter().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return s.to_string();
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether every letter of `s` is a capital (and there are at least two).
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_first_changes_the_first_letter_only() {
        assert_eq!(upper_first("đơn vị chủ trì"), "Đơn vị chủ trì");
        assert_eq!(upper_first("UBND"), "UBND");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn lower_first_keeps_abbreviations() {
        assert_eq!(lower_first("Triển khai"), "triển khai");
        assert_eq!(lower_first("UBND huyện"), "UBND huyện");
        assert_eq!(upper_first("các ngành"), "Các ngành");
    }

    #[test]
    fn all_caps_needs_two_letters() {
        assert!(is_all_caps("UBND huyện".split(' ').next().unwrap()));
        assert!(!is_all_caps("A"));
        assert!(!is_all_caps("Ban"));
    }
}
