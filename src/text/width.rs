//! Display width of text, with a fast path for the letters plans are
//! written in.

use unicode_width::UnicodeWidthStr;

/// Whether `c` is one column wide for certain: printable ASCII, the Latin-1
/// and Latin Extended-A/B letters, and the precomposed Vietnamese letters
/// (U+1EA0–U+1EF9). Each is a character unicode-width gives width 1 and
/// that starts or joins no sequence it measures as a whole.
fn one_column(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{C0}'..='\u{24F}' | '\u{1EA0}'..='\u{1EF9}')
}

/// The display width of `text`, as [`UnicodeWidthStr::width`] gives it.
/// Text made only of [`one_column`] characters — nearly every cell of a
/// Vietnamese plan — is counted without the general tables.
pub fn width(text: &str) -> usize {
    let mut columns = 0;
    for c in text.chars() {
        if !one_column(c) {
            return text.width();
        }
        columns += 1;
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthChar;

    #[test]
    fn every_fast_character_is_one_column_as_unicode_width_says() {
        for c in (0..=0x1F_FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| one_column(c))
        {
            assert_eq!(c.width(), Some(1), "{c:?}");
            assert_eq!(c.to_string().width(), 1, "{c:?}");
        }
    }

    #[test]
    fn width_is_unicode_widths_on_vietnamese_and_other_text() {
        for text in [
            "",
            "Phòng Văn hóa và Thông tin",
            "Tổ chức tuyên truyền, phổ biến pháp luật năm 2020",
            "Ủy ban nhân dân các xã, thị trấn; Đài Truyền thanh",
            "Tháng 6, tháng 12/2020 (đã báo cáo 2/5)",
            // Decomposed tone marks, wide and zero-width characters fall
            // back to the general measure.
            "Pho\u{300}ng",
            "計画 ＡＢ",
            "a\u{200B}b\u{FE0F}",
            "👍🏽 x",
            "\u{AD}soft",
        ] {
            assert_eq!(width(text), text.width(), "{text:?}");
        }
    }
}
