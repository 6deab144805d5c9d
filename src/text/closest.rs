//! "Did you mean …?": the known word closest to a misspelt one.

/// The candidate closest to `word`, if one is close enough to suggest
/// (Jaro-Winkler similarity above 0.8).
pub fn closest<'k>(word: &str, candidates: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    candidates
        .into_iter()
        .map(|k| (strsim::jaro_winkler(word, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_near_word_is_suggested_and_a_far_one_is_not() {
        assert_eq!(closest("titel", ["title", "window"]), Some("title"));
        assert_eq!(closest("zzz", ["title", "window"]), None);
    }
}
