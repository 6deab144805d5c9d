//! Folding Vietnamese text for comparison: Unicode NFC, case folding,
//! tone-mark folding and the ASCII fallback. Every comparison of names,
//! window phrases and document labels goes through these functions.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The five Vietnamese tone marks as combining characters: grave, acute,
/// hook above, tilde, dot below. Vowel-shape marks (breve, circumflex, horn)
/// are not tones and are kept by [`fold_tones`].
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// NFC and lowercase, with runs of whitespace collapsed to one space and
/// trimmed.
pub fn fold_case(s: &str) -> String {
    collapse_spaces(s.nfc().flat_map(char::to_lowercase))
}

/// Lowercase with tone marks removed, so that `hóa` and `hoá`, `thủy` and
/// `thuỷ` compare equal while `ă`, `â`, `ơ` stay distinct from `a`, `o`.
pub fn fold_tones(s: &str) -> String {
    let stripped: String = s
        .nfd()
        .filter(|c| !TONE_MARKS.contains(c))
        .flat_map(char::to_lowercase)
        .collect();
    collapse_spaces(stripped.nfc())
}

/// Lowercase ASCII-ish fallback: every combining mark removed and `đ` read
/// as `d`, so that `phong van hoa` matches `Phòng Văn hóa`.
pub fn fold_ascii(s: &str) -> String {
    // Character by character rather than through an NFD iterator: removing
    // every mark needs no canonical reordering, and this runs for every
    // window of every plan loaded. Spaces are collapsed on the way, so the
    // result is built in one buffer.
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        fold_ascii_char(c, |f| {
            if f.is_whitespace() {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(f);
            }
        });
    }
    out
}

/// The characters [`fold_ascii`] makes of one character, before spaces are
/// collapsed, handed to `emit` one by one: nothing for a combining mark.
pub fn fold_ascii_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
    } else {
        unicode_normalization::char::decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    emit(if l == 'đ' { 'd' } else { l });
                }
            }
        });
    }
}

fn collapse_spaces(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_variants_fold_equal() {
        assert_eq!(fold_tones("hóa"), fold_tones("hoá"));
        assert_eq!(fold_tones("Thủy"), fold_tones("thuỷ"));
    }

    #[test]
    fn tone_folding_keeps_vowel_shapes() {
        assert_eq!(fold_tones("Văn hóa"), "văn hoa");
        assert_ne!(fold_tones("văn"), fold_tones("van"));
    }

    #[test]
    fn ascii_folding_drops_all_marks_and_reads_d_bar_as_d() {
        assert_eq!(fold_ascii("Phòng Văn hóa"), "phong van hoa");
        assert_eq!(fold_ascii("Đoàn thể"), "doan the");
    }

    #[test]
    fn ascii_folding_of_decomposed_and_uppercase_text() {
        let nfd: String = "ĐOÀN THỂ Thủy".nfd().collect();
        assert_eq!(fold_ascii(&nfd), "doan the thuy");
    }

    /// `fold_ascii` as it was first written: fold every character into a
    /// string, then collapse the spaces of the whole.
    fn fold_ascii_two_pass(s: &str) -> String {
        let mut base = String::new();
        for c in s.chars() {
            if c.is_ascii() {
                base.push(c.to_ascii_lowercase());
            } else {
                unicode_normalization::char::decompose_canonical(c, |d| {
                    if !is_combining_mark(d) {
                        base.extend(d.to_lowercase().map(|c| if c == 'đ' { 'd' } else { c }));
                    }
                });
            }
        }
        collapse_spaces(base.chars())
    }

    #[test]
    fn ascii_folding_in_one_pass_matches_two_passes_for_every_character() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(fold_ascii(&alone), fold_ascii_two_pass(&alone), "{c:?}");
            let framed = format!(" a{c}b  {c} ");
            assert_eq!(fold_ascii(&framed), fold_ascii_two_pass(&framed), "{c:?}");
        }
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        let nfd: String = "Phòng Văn hóa".nfd().collect();
        assert_eq!(fold_case(&nfd), fold_case("PHÒNG VĂN HÓA"));
    }

    #[test]
    fn whitespace_is_collapsed() {
        assert_eq!(fold_case("  Văn \t hóa  "), "văn hóa");
    }
}

/// One character folded as [`fold_ascii`] folds it, always to exactly one
/// character, so that folded text lines up with the original: the first
/// character [`fold_ascii_char`] makes of it, or a lone combining mark
/// kept as it is.
pub fn fold_ascii_one(c: char) -> char {
    let mut first = None;
    fold_ascii_char(c, |f| {
        first.get_or_insert(f);
    });
    first.unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

#[cfg(test)]
mod one_char_tests {
    use super::*;

    #[test]
    fn one_char_fold_agrees_with_the_string_fold_on_vietnamese() {
        let text = "Đơn vị CHỦ TRÌ: Phòng Văn hóa, Thủy lợi; ĂÂÊÔƠƯ ăâêôơư";
        let one: String = text.chars().map(fold_ascii_one).collect();
        assert_eq!(one.chars().count(), text.chars().count());
        assert_eq!(fold_ascii(&one), fold_ascii(text));
    }

    #[test]
    fn a_lone_mark_stays_one_character() {
        assert_eq!(fold_ascii_one('\u{301}'), '\u{301}');
        assert_eq!(fold_ascii_one('Đ'), 'd');
    }
}
