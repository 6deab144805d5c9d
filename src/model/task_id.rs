//! What a task id may be, and when two ids are too alike to tell apart.
//! An id is one or more of: ASCII letters and digits, `.`, `-`, `_`, and
//! the letters of Vietnamese — `đ`/`Đ` and the vowels `a ă â e ê i o ô ơ u
//! ư y` with or without one of the five tone marks, in either case — and it
//! is written in composed form (NFC). No other script, no other digit, no
//! invisible or formatting character: a reader who sees `T7` must be
//! looking at the id `T7`. Two ids of one plan that are equal once made
//! compatible (NFKC), put in one case and reduced to their confusable
//! skeleton (Unicode TS 39: `Т` Cyrillic and `T`, `1` and `l`) are
//! near-duplicates.
//! Every reader of ids (the store, `plan add --id`) asks this module.

use unicode_normalization::{UnicodeNormalization, is_nfc};
use unicode_security::skeleton;

/// Why a text is not a task id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// The id is empty.
    Empty,
    /// The id holds a character outside the set.
    Char {
        c: char,
        /// The id a reader likely meant, when one is clear.
        suggestion: Option<String>,
    },
    /// The id is in the set but decomposed; `nfc` is how to write it.
    NotComposed { nfc: String },
}

/// Check `id` against the set.
pub fn check(id: &str) -> Result<(), IdProblem> {
    if id.is_empty() {
        return Err(IdProblem::Empty);
    }
    if id.bytes().all(is_ascii_id_byte) {
        return Ok(());
    }
    let nfc: String = id.nfc().collect();
    if let Some(c) = nfc.chars().find(|&c| !is_id_char(c)) {
        return Err(IdProblem::Char {
            c,
            suggestion: suggestion(id),
        });
    }
    if !is_nfc(id) {
        return Err(IdProblem::NotComposed { nfc });
    }
    Ok(())
}

/// The keys two ids are compared by: the confusable skeleton of the id
/// made compatible (NFKC) and then lower case, and of it in upper case.
/// Two ids are near-duplicates when either key is the same: lower case
/// makes `i` and `I` one letter, upper case `т` and `T` (a Cyrillic `т` is
/// confusable with a `T`, not with a `t`).
pub fn look_alike_keys(id: &str) -> [String; 2] {
    if id.is_ascii() {
        // The common case, on every task of every plan read: NFKC leaves
        // ASCII as it is and the skeleton maps it a character at a time.
        let table = ascii_skeletons();
        let key = |case: fn(&u8) -> u8| -> String {
            id.as_bytes()
                .iter()
                .map(|b| table[usize::from(case(b))].as_str())
                .collect()
        };
        return [key(u8::to_ascii_lowercase), key(u8::to_ascii_uppercase)];
    }
    slow_keys(id)
}

/// A hash of each of [`look_alike_keys`], computed without building them
/// for an ASCII id: what a reader of a plan of 100,000 tasks keeps.
pub fn look_alike_hashes(id: &str) -> [u64; 2] {
    use std::hash::Hasher;
    let hash = |parts: &mut dyn Iterator<Item = &str>| -> u64 {
        let mut hasher = rustc_hash::FxHasher::default();
        for b in parts.flat_map(str::bytes) {
            hasher.write_u8(b);
        }
        hasher.finish()
    };
    if id.is_ascii() {
        let table = ascii_skeletons();
        let key = |case: fn(&u8) -> u8| {
            hash(
                &mut id
                    .as_bytes()
                    .iter()
                    .map(|b| table[usize::from(case(b))].as_str()),
            )
        };
        return [key(u8::to_ascii_lowercase), key(u8::to_ascii_uppercase)];
    }
    slow_keys(id).map(|key| hash_key(&key))
}

/// The hash [`look_alike_hashes`] gives `key`.
fn hash_key(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for b in key.bytes() {
        hasher.write_u8(b);
    }
    hasher.finish()
}

/// [`look_alike_keys`] for any text.
fn slow_keys(id: &str) -> [String; 2] {
    let compatible: String = id.nfkc().collect();
    let key = |text: String| skeleton(&text).collect::<String>();
    [
        key(compatible.to_lowercase()),
        key(compatible.to_uppercase()),
    ]
}

/// The skeleton of each ASCII character.
fn ascii_skeletons() -> &'static [String; 128] {
    static TABLE: std::sync::OnceLock<[String; 128]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|b| skeleton(&char::from(b as u8).to_string()).collect())
    })
}

/// Whether a reader cannot tell ids `a` and `b` apart (see
/// [`look_alike_keys`]).
pub fn look_alike(a: &str, b: &str) -> bool {
    let (a, b) = (look_alike_keys(a), look_alike_keys(b));
    a[0] == b[0] || a[1] == b[1]
}

fn is_ascii_id_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_')
}

/// Whether `c` may stand in a task id.
pub fn is_id_char(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_id_byte(c as u8);
    }
    matches!(c, 'đ' | 'Đ') || is_vietnamese_vowel(c)
}

/// The combining marks of Vietnamese: those that make a letter (breve,
/// circumflex, horn) and the five tones.
const BREVE: char = '\u{306}';
const CIRCUMFLEX: char = '\u{302}';
const HORN: char = '\u{31b}';
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// A precomposed vowel of Vietnamese: a base vowel with at most one letter
/// mark that goes with it (ă â ê ô ơ ư) and at most one tone.
fn is_vietnamese_vowel(c: char) -> bool {
    let mut parts = std::iter::once(c).nfd();
    let Some(base) = parts.next() else {
        return false;
    };
    let base = base.to_ascii_lowercase();
    if !matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        return false;
    }
    let (mut shape, mut tone, mut marks) = (false, false, 0);
    for mark in parts {
        marks += 1;
        if TONES.contains(&mark) {
            if tone {
                return false;
            }
            tone = true;
            continue;
        }
        let fits = match mark {
            BREVE => base == 'a',
            CIRCUMFLEX => matches!(base, 'a' | 'e' | 'o'),
            HORN => matches!(base, 'o' | 'u'),
            _ => false,
        };
        if !fits || shape {
            return false;
        }
        shape = true;
    }
    marks > 0
}

/// The id a reader likely meant: each character outside the set replaced
/// by its compatibility form (`Ｔ` → `T`) or its look-alike in the set
/// (`Т` Cyrillic → `T`), invisible characters left out. None when a
/// character has no such stand-in.
pub fn suggestion(id: &str) -> Option<String> {
    let mut out = String::with_capacity(id.len());
    for c in id.nfc() {
        if is_id_char(c) {
            out.push(c);
        } else if crate::text::is_hazard(c) {
            continue;
        } else if let Some(s) = stand_in(c) {
            out.push_str(&s);
        } else {
            return None;
        }
    }
    let out: String = out.nfc().collect();
    (!out.is_empty() && out != id && check(&out).is_ok()).then_some(out)
}

/// What stands for `c` in the set, if anything does.
fn stand_in(c: char) -> Option<String> {
    let compatible: String = std::iter::once(c).nfkc().collect();
    if compatible.chars().all(is_id_char) {
        return Some(compatible);
    }
    let alike: String = skeleton(&c.to_string()).collect();
    (alike.chars().count() == 1 && alike.chars().all(is_id_char)).then_some(alike)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_vietnamese_letters_digits_and_three_marks_make_ids() {
        for id in [
            "4",
            "2.1",
            "a",
            "T7",
            "III-2",
            "x_1",
            "đ",
            "Đ.1",
            "ắ",
            "Ưu-tiên",
            "nhiệm-vụ.ỷ",
            "ậ",
            "ỡ",
            "Ỵ",
        ] {
            assert_eq!(check(id), Ok(()), "{id}");
        }
    }

    #[test]
    fn other_scripts_digits_and_invisible_characters_are_refused() {
        for (id, c) in [
            ("Т7", 'Т'),
            ("T\u{200b}7", '\u{200b}'),
            ("T7\u{feff}", '\u{feff}'),
            ("T\u{2060}7", '\u{2060}'),
            ("Ｔ７", 'Ｔ'),
            ("٧", '٧'),
            ("a b", ' '),
            ("a:b", ':'),
            ("ñ", 'ñ'),
            ("ü", 'ü'),
            ("ǎ", 'ǎ'),
            ("é\u{301}", '\u{301}'),
        ] {
            assert!(
                matches!(check(id), Err(IdProblem::Char { c: found, .. }) if found == c),
                "{id:?}: {:?}",
                check(id)
            );
        }
        assert_eq!(check(""), Err(IdProblem::Empty));
    }

    #[test]
    fn a_decomposed_id_is_refused_with_its_composed_form() {
        let nfd: String = "ắ.1".nfd().collect();
        assert_eq!(
            check(&nfd),
            Err(IdProblem::NotComposed {
                nfc: "ắ.1".into()
            })
        );
    }

    #[test]
    fn the_meant_id_is_suggested() {
        assert_eq!(suggestion("Ｔ７").as_deref(), Some("T7"));
        assert_eq!(suggestion("Т7").as_deref(), Some("T7"));
        assert_eq!(suggestion("T\u{200b}7").as_deref(), Some("T7"));
        assert_eq!(suggestion("T 7"), None);
        assert_eq!(suggestion("中"), None);
    }

    #[test]
    fn near_duplicates_share_a_key_and_different_ids_do_not() {
        let same = look_alike;
        assert!(same("T7", "Ｔ７"));
        assert!(same("T7", "t7"));
        assert!(same("T7", "Т7"));
        let nfd: String = "ắ".nfd().collect();
        assert!(same("ắ", &nfd));
        assert!(same("T7", "T\u{200b}7"));
        for (a, b) in [
            ("1", "2"),
            ("2.1", "21"),
            ("a", "ă"),
            ("4", "4a"),
            ("d", "đ"),
        ] {
            assert!(!same(a, b), "{a} {b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_suggestion_is_an_id_and_every_id_is_its_own_key_class(
            id in "[a-zA-Z0-9.:_ -]{0,6}|[Ｔ７Теа\\u{200b}\\u{feff}\\u{301}\\u{306}đắ1lI0O]{0,6}|\\PC{0,6}"
        ) {
            if let Some(meant) = suggestion(&id) {
                proptest::prop_assert_eq!(check(&meant), Ok(()));
            }
            let nfc: String = id.nfc().collect();
            proptest::prop_assert!(look_alike(&id, &nfc));
            proptest::prop_assert!(look_alike(&id, &id.to_uppercase()));
            proptest::prop_assert!(look_alike(&id, &id.to_lowercase()));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_keys_are_the_skeleton_keys(id in "[ -~]{0,12}") {
            proptest::prop_assert_eq!(look_alike_keys(&id), slow_keys(&id));
            proptest::prop_assert_eq!(look_alike_hashes(&id), slow_keys(&id).map(|k| hash_key(&k)));
        }
    }

    #[test]
    fn hashes_follow_the_keys() {
        for (a, b) in [
            ("T7", "Т7"),
            ("T7", "t7"),
            ("i", "I"),
            ("1", "2"),
            ("Ｔ７", "T7"),
        ] {
            let (ka, kb) = (look_alike_keys(a), look_alike_keys(b));
            let (ha, hb) = (look_alike_hashes(a), look_alike_hashes(b));
            for k in 0..2 {
                assert_eq!(ka[k] == kb[k], ha[k] == hb[k], "{a} {b} {k}");
            }
        }
    }
}
