//! Display width of text, with a fast path for the letters plans are
//! written in.

use unicode_width::UnicodeWidthStr;

/// Whether `c` is one column wide for certain: printable ASCII, the Latin
/// letters from U+00C0 to U+02BF (Latin-1 letters, Latin Extended-A and -B,
/// IPA, spacing modifier letters) and Latin Extended Additional
/// (U+1E00–U+1EFF, the precomposed Vietnamese letters). Each is a character
/// unicode-width gives width 1 and that starts or joins no sequence it
/// measures as a whole.
#[cfg(test)]
fn one_column(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{C0}'..='\u{2BF}' | '\u{1E00}'..='\u{1EFF}')
}

/// The display width of `text`, as [`UnicodeWidthStr::width`] gives it.
/// Text made only of one-column characters (see `one_column`) — nearly
/// every cell of a Vietnamese plan — is counted from its UTF-8 lead bytes
/// without the general tables.
pub fn width(text: &str) -> usize {
    width_within(text, usize::MAX).unwrap_or(usize::MAX)
}

/// [`width`] of `text` when it is at most `max`; `None` when it is more.
/// One-column text is counted only until it passes `max`: a long title in
/// a narrow column is known to need wrapping after its first `max + 1`
/// characters. Each one-column character adds one to the width of what
/// comes after it (it joins no sequence), so a prefix wider than `max`
/// means the whole is.
pub fn width_within(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut columns = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at += match b {
            0x20..=0x7E => 1,
            // U+00C0..=U+02BF.
            0xC3..=0xCA => 2,
            // U+1E00..=U+1EFF.
            0xE1 if matches!(bytes.get(at + 1), Some(0xB8..=0xBB)) => 3,
            _ => {
                let all = text.width();
                return (all <= max).then_some(all);
            }
        };
        columns += 1;
        if columns > max {
            return None;
        }
    }
    Some(columns)
}

/// The end of the word of `text` that starts at `start` (the next space,
/// or the end of `text`) and the word's display width, as [`width`]
/// gives it: one pass over its bytes for the letters plans are written in.
pub fn word_at(text: &str, start: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut columns = 0;
    let mut at = start;
    while let Some(&b) = bytes.get(at) {
        at += match b {
            b' ' => return (at, columns),
            0x21..=0x7E => 1,
            0xC3..=0xCA => 2,
            0xE1 if matches!(bytes.get(at + 1), Some(0xB8..=0xBB)) => 3,
            _ => {
                let end = memchr::memchr(b' ', &bytes[at..]).map_or(bytes.len(), |i| at + i);
                return (end, text[start..end].width());
            }
        };
        columns += 1;
    }
    (at, columns)
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
    fn every_character_alone_and_in_a_word_measures_as_unicode_width_says() {
        for c in (0..=0x3_FFFFu32).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(width(&alone), alone.width(), "{c:?}");
            let word = format!("Tỉnh{c}ạ");
            assert_eq!(width(&word), word.width(), "{c:?}");
        }
    }

    #[test]
    fn words_end_at_the_next_space_and_measure_as_width_says() {
        for text in [
            "",
            " ",
            "Phòng Văn hóa  và Thông tin ",
            "Tổ chức tuyên truyền, phổ biến pháp luật năm 2020",
            "a\u{200B}b c計画 ＡＢ d👍🏽 x Pho\u{300}ng",
            "\u{AD}soft  ",
        ] {
            let mut start = 0;
            loop {
                let (end, columns) = word_at(text, start);
                let word = text[start..].split(' ').next().unwrap();
                assert_eq!(&text[start..end], word, "{text:?} at {start}");
                assert_eq!(columns, word.width(), "{word:?}");
                if end == text.len() {
                    break;
                }
                start = end + 1;
            }
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

    #[test]
    fn width_within_is_the_width_up_to_its_bound() {
        let texts = [
            "",
            "Phòng Văn hóa và Thông tin",
            "Tổ chức tuyên truyền, phổ biến pháp luật về phòng, chống bạo lực gia đình",
            "日本語 and ASCII",
            "e\u{301} combining",
            "emoji 👍🏽 here",
        ];
        for text in texts {
            let all = super::width(text);
            for max in 0..all + 3 {
                let expected = (all <= max).then_some(all);
                assert_eq!(
                    super::width_within(text, max),
                    expected,
                    "{text:?} at {max}"
                );
            }
        }
    }
}
