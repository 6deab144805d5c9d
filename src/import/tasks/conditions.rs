//! What a task waits on: a condition named in its title ("sau khi có
//! hướng dẫn") or written into its window ("Tháng 8/2020, sau khi …").

use crate::import::scan::{Folded, trim_end_chars};
use crate::text::upper_first;

/// Phrases of a title that make a task wait on something (folded).
const TITLE_CONDITIONS: &[&str] = &[
    "sau khi co huong dan",
    "sau khi co chi dao",
    "sau khi co van ban",
    "sau khi co ke hoach",
    "sau khi co quyet dinh",
    "sau khi duoc phe duyet",
    "theo huong dan cua",
    "theo ke hoach cua",
    "theo chi dao cua",
    "khi co huong dan",
    "khi co chi dao",
    "khi co van ban",
];

/// The condition a title names, as written from the phrase on.
pub fn title_condition(title: &str) -> Option<String> {
    let f = Folded::new(title);
    let at = TITLE_CONDITIONS
        .iter()
        .filter_map(|p| f.find_word(p, 0))
        .min()?;
    let mut end = f.len();
    if let Some(semi) = (at..f.len()).find(|&i| f.orig[i] == ';') {
        end = semi;
    }
    let text = f.slice(at, end);
    let text = trim_end_chars(&text, &['.', ',', ';', ':']);
    Some(upper_first(text))
}

/// A window as written split into its dates and its condition.
pub fn split_window(window: &str) -> (Option<String>, Option<String>) {
    let w = trim_end_chars(window.trim(), &['.', ';', ','])
        .trim()
        .to_string();
    if w.is_empty() {
        return (None, None);
    }
    let f = Folded::new(&w);
    if crate::window::CONDITIONAL_PREFIXES
        .iter()
        .any(|p| f.word_at(0, p))
    {
        return (None, Some(upper_first(&w)));
    }
    for sep in [", ", " (", "; ", " - "] {
        let sep_chars = sep.chars().count();
        let mut from = 0;
        while let Some(pos) = find_str(&f, sep, from) {
            let after = pos + sep_chars;
            if crate::window::CONDITIONAL_PREFIXES
                .iter()
                .any(|p| f.word_at(after, p))
            {
                let dates = trim_end_chars(&f.slice(0, pos), &[',', ';']).to_string();
                let cond = f.slice(after, f.len());
                let cond = cond.trim_end_matches(')').trim().to_string();
                return (Some(dates), Some(upper_first(&cond)));
            }
            from = after;
        }
    }
    (Some(w), None)
}

fn find_str(f: &Folded, pat: &str, from: usize) -> Option<usize> {
    let pat: Vec<char> = pat.chars().collect();
    (from..f.len()).find(|&i| f.fold.get(i..i + pat.len()) == Some(&pat[..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_from_title_and_window() {
        assert_eq!(
            title_condition(
                "Phối hợp đánh giá trên địa bàn huyện sau khi có hướng dẫn của cấp trên."
            )
            .as_deref(),
            Some("Sau khi có hướng dẫn của cấp trên")
        );
        assert_eq!(title_condition("Di dời khi có bão, lũ."), None);
        assert_eq!(
            split_window("Theo kế hoạch của UBND tỉnh"),
            (None, Some("Theo kế hoạch của UBND tỉnh".into()))
        );
        assert_eq!(
            split_window("Tháng 8/2020, sau khi có hướng dẫn."),
            (
                Some("Tháng 8/2020".into()),
                Some("Sau khi có hướng dẫn".into())
            )
        );
        assert_eq!(
            split_window("Tháng 6, tháng 12/2020."),
            (Some("Tháng 6, tháng 12/2020".into()), None)
        );
    }
}
