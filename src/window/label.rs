//! A leading label before a window ("Khai mạc:", "Tổng kết:", "Thời gian
//! thực hiện:"): one to six words of letters and a colon, which say what
//! the dates are for and nothing of the dates. A "label" holding a word of
//! dates ("Quý II:") or saying "due by" ("Hạn cuối:") is part of the
//! window.

use super::phrases::is_conditional;
use crate::text::fold_ascii_char;

/// Folded labels that are not decoration but say "due by": kept for the
/// grammar, which reads "Hạn cuối: 15/6/2020" as a deadline.
const DEADLINE_LABELS: &[&str] = &["han cuoi", "han chot", "cham nhat", "truoc"];

/// Folded words of dates: a "label" holding one ("Quý II:", "Tháng 6:")
/// is part of the window, not decoration.
const DATE_WORDS: &[&str] = &[
    "ngay", "thang", "quy", "qui", "nam", "tu", "den", "truoc", "trong", "hang", "moi", "dinh",
];

/// The most words a leading label has ("Thời gian hoàn thành dự kiến:").
const MAX_LABEL_WORDS: usize = 6;

/// Byte offset where the window proper starts: after a leading label of
/// one to six words of letters (commas between them allowed) and a colon
/// ("Tổng kết:", "Tổng kết, khen thưởng:"), else 0.
pub(super) fn end(text: &str) -> usize {
    let Some(colon) = text.find(':') else {
        return 0;
    };
    let mut folded = String::with_capacity(colon);
    let mut words = 0;
    let mut in_word = false;
    for c in text[..colon].chars() {
        // "Tổng kết, khen thưởng:": a comma parts the words of a label.
        if c.is_whitespace() || c == ',' {
            in_word = false;
            if !folded.is_empty() && !folded.ends_with(' ') {
                folded.push(' ');
            }
            continue;
        }
        let mut letters = true;
        fold_ascii_char(c, |f| {
            letters &= f.is_alphabetic();
            folded.push(f);
        });
        if !letters {
            return 0;
        }
        if !in_word {
            words += 1;
            in_word = true;
        }
    }
    let folded = folded.trim_end();
    let dated = folded.split(' ').any(|w| DATE_WORDS.contains(&w));
    // "Sau khi có hướng dẫn:", "Thường xuyên:": a window's own words.
    let window_words =
        is_conditional(folded) || folded.contains("thuong xuyen") || folded.contains("lien tuc");
    if words == 0
        || words > MAX_LABEL_WORDS
        || dated
        || window_words
        || DEADLINE_LABELS.contains(&folded)
    {
        return 0;
    }
    colon + 1
}

#[cfg(test)]
mod tests {
    use super::end as label_end;
    use crate::window::test_support::{err, one, span};

    fn day(y: i32, m: u32, d: u32) -> crate::window::Span {
        span((y, m, d), (y, m, d))
    }

    #[test]
    fn leading_labels_and_trailing_punctuation_are_decoration() {
        assert_eq!(one("Khai mạc: 19 giờ ngày 17/6/2024."), day(2024, 6, 17));
        assert_eq!(
            one("Tổng kết: tháng 12/2024;"),
            span((2024, 12, 1), (2024, 12, 31))
        );
        assert_eq!(
            one("Thời gian thực hiện: Tháng 6/2024,"),
            span((2024, 6, 1), (2024, 6, 30))
        );
        assert_eq!(one("Bế mạc:16 giờ ngày 25/9/2024:"), day(2024, 9, 25));
        assert_eq!(
            one("Trong những ngày diễn ra Đại hội, từ ngày 21/9/2024 đến ngày 25/9/2024"),
            span((2024, 9, 21), (2024, 9, 25))
        );
        assert_eq!(err("Thời gian:").message, "empty window");
        // A label is letters only, at most six words, and never "Trước:".
        assert_eq!(label_end("Khai mạc: 19 giờ"), "Khai mạc:".len());
        assert_eq!(label_end("8:30 ngày 15/6"), 0);
        assert_eq!(label_end("Hạn cuối: 15/6"), 0);
        assert_eq!(label_end("Quý II: 2020"), 0);
        assert_eq!(label_end("Sau khi có hướng dẫn: tháng 6/2020"), 0);
        assert_eq!(label_end("Thường xuyên: báo cáo"), 0);
        assert_eq!(
            label_end("Tổng kết, khen thưởng: tháng 12"),
            "Tổng kết, khen thưởng:".len()
        );
        assert_eq!(label_end("Tháng 6, tháng 12: 2020"), 0);
        assert_eq!(
            err("Quý II: 2020").message,
            "cannot read window \"Quý II: 2020\""
        );
        assert_eq!(label_end("một hai ba bốn năm sáu bảy: 15/6"), 0);
        // A comma that opens the window is not trailing punctuation.
        assert_eq!(
            err(", Tháng 6/2020").message,
            "cannot read window \", Tháng 6/2020\""
        );
    }
}
