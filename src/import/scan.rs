//! Searching Vietnamese text without regard to case or diacritics while
//! keeping the text as written: every character of the original maps to
//! exactly one folded character, so a match in the folded text is a range
//! of the original.

use crate::text::fold_ascii_one;

/// Text with its folded twin, character for character.
#[derive(Debug, Clone)]
pub struct Folded {
    pub orig: Vec<char>,
    pub fold: Vec<char>,
}

impl Folded {
    pub fn new(s: &str) -> Self {
        let orig: Vec<char> = s.chars().collect();
        let fold = orig.iter().map(|&c| fold_ascii_one(c)).collect();
        Folded { orig, fold }
    }

    pub fn len(&self) -> usize {
        self.orig.len()
    }

    pub fn is_empty(&self) -> bool {
        self.orig.is_empty()
    }

    /// Whether the folded text at `at` reads `pat` (folded ASCII), ending on
    /// a word boundary.
    pub fn word_at(&self, at: usize, pat: &str) -> bool {
        // Compared char by char, with no list made: this is called for
        // every label at every line of a document.
        let mut len = 0;
        for c in pat.chars() {
            if self.fold.get(at + len) != Some(&c) {
                return false;
            }
            len += 1;
        }
        let before_ok = at == 0 || !self.fold[at - 1].is_alphanumeric();
        let after = at + len;
        let after_ok = after == self.fold.len() || !self.fold[after].is_alphanumeric();
        before_ok && after_ok
    }

    /// The first position at or after `from` where `pat` stands as words.
    pub fn find_word(&self, pat: &str, from: usize) -> Option<usize> {
        (from..self.fold.len()).find(|&i| self.word_at(i, pat))
    }

    /// The original text of a range of characters.
    pub fn slice(&self, from: usize, to: usize) -> String {
        let to = to.min(self.orig.len());
        let from = from.min(to);
        self.orig[from..to].iter().collect()
    }

    /// Index of the first character after `at` that is not a space.
    pub fn skip_spaces(&self, mut at: usize) -> usize {
        while at < self.fold.len() && self.fold[at].is_whitespace() {
            at += 1;
        }
        at
    }
}

/// Folded text, for comparing: lowercase, no marks, `đ` as `d`, one
/// character for each character of `s` (spaces are not collapsed).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_ascii_one).collect()
}

/// Whether `s` (folded) starts with `pat` as whole words.
pub fn starts_with_words(s: &str, pat: &str) -> bool {
    Folded::new(s).word_at(0, pat)
}

/// `s` cut to `max` characters with an ellipsis, for messages.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// `s` without the trailing characters in `chars` nor spaces.
pub fn trim_end_chars<'a>(s: &'a str, chars: &[char]) -> &'a str {
    s.trim_end_matches(|c: char| c.is_whitespace() || chars.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_one_char_per_char() {
        let f = Folded::new("Đơn vị chủ trì: Phòng");
        assert_eq!(f.orig.len(), f.fold.len());
        assert_eq!(f.fold.iter().collect::<String>(), "don vi chu tri: phong");
    }

    #[test]
    fn words_match_on_boundaries_only() {
        let f = Folded::new("Các thôn; thông tin");
        assert_eq!(f.find_word("thon", 0), Some(4));
        assert!(!f.word_at(10, "thon"));
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("ạạạ", 2), "ạạ…");
        assert_eq!(truncate("ạ", 2), "ạ");
    }
}
