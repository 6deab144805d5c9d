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

pub use crate::error::IdProblem;

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

/// The key two ids are compared by: each character of the id, made
/// compatible (NFKC), replaced by its look-alike class. Characters a reader
/// cannot tell apart, in either case, share a class: `i`, `I`, `l`, `L`,
/// `1`; `o`, `O`, `0`; `t`, `T` and the Cyrillic `Т`, `т`. Two ids are
/// near-duplicates when their keys are the same, whatever the case of each
/// character (`Il1`, `lI1` and `II1` are one id to the eye).
pub fn look_alike_key(id: &str) -> String {
    let classes = ascii_classes();
    if id.is_ascii() {
        return id
            .bytes()
            .map(|b| char::from(classes[usize::from(b)]))
            .collect();
    }
    // Compatible (NFKC), then in one case: upper case and back to lower
    // makes `ῲ` and its upper case `ῺΙ` one text, as case folding does;
    // composed again, since a change of case can leave marks apart (`ῗ`
    // in upper case is `Ϊ͂`, whose lower case composes back to `ῗ`).
    let compatible: String = id.nfkc().collect();
    let folded: String = compatible.to_uppercase().to_lowercase().nfc().collect();
    let mut key = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii() {
            key.push(char::from(classes[c as usize]));
            continue;
        }
        // The character as written, then in each case: the first whose
        // skeleton is ASCII gives the classes (`ß` in upper case is `SS`).
        let forms = [
            c.to_string(),
            c.to_uppercase().collect::<String>(),
            c.to_lowercase().collect::<String>(),
        ];
        let ascii = forms.iter().find_map(|form| {
            let looks: String = skeleton(form).collect();
            (!looks.is_empty() && looks.is_ascii()).then_some(looks)
        });
        match ascii {
            Some(looks) => key.extend(looks.bytes().map(|b| char::from(classes[usize::from(b)]))),
            None => key.extend(skeleton(&forms[2])),
        }
    }
    key
}

/// [`look_alike_key`]'s hash, computed without building the key for an
/// ASCII id (the common case, on every task of every plan read).
pub fn look_alike_hash(id: &str) -> u64 {
    use std::hash::Hasher;
    if id.is_ascii() {
        let classes = ascii_classes();
        let mut hasher = rustc_hash::FxHasher::default();
        for b in id.bytes() {
            hasher.write_u8(classes[usize::from(b)]);
        }
        return hasher.finish();
    }
    hash_key(&look_alike_key(id))
}

/// The hash [`look_alike_hash`] gives `key`.
fn hash_key(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for b in key.bytes() {
        hasher.write_u8(b);
    }
    hasher.finish()
}

/// The look-alike class of each ASCII character, as the smallest character
/// of its class: a character is one class with its other case and with the
/// character its confusable skeleton gives, when that is one ASCII
/// character.
fn ascii_classes() -> &'static [u8; 128] {
    static TABLE: std::sync::OnceLock<[u8; 128]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut parent: [u8; 128] = std::array::from_fn(|b| b as u8);
        fn root(parent: &mut [u8; 128], mut b: u8) -> u8 {
            while parent[usize::from(b)] != b {
                b = parent[usize::from(b)];
            }
            b
        }
        let join = |parent: &mut [u8; 128], a: u8, b: u8| {
            let (ra, rb) = (root(parent, a), root(parent, b));
            let (low, high) = (ra.min(rb), ra.max(rb));
            parent[usize::from(high)] = low;
        };
        for b in 0..128u8 {
            join(&mut parent, b, b.to_ascii_lowercase());
            join(&mut parent, b, b.to_ascii_uppercase());
            let mut chars = skeleton(&char::from(b).to_string())
                .collect::<Vec<_>>()
                .into_iter();
            if let (Some(one), None) = (chars.next(), chars.next())
                && one.is_ascii()
            {
                join(&mut parent, b, one as u8);
            }
        }
        std::array::from_fn(|b| root(&mut parent, b as u8))
    })
}

/// Whether a reader cannot tell ids `a` and `b` apart (see
/// [`look_alike_key`]).
pub fn look_alike(a: &str, b: &str) -> bool {
    look_alike_key(a) == look_alike_key(b)
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
        assert!(same("ῗ", &"ῗ".to_uppercase()));
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
        fn the_ascii_hash_is_the_hash_of_the_key(id in "[ -~]{0,12}") {
            proptest::prop_assert_eq!(look_alike_hash(&id), hash_key(&look_alike_key(&id)));
        }
    }

    #[test]
    fn ids_that_look_alike_in_any_mix_of_case_have_one_key() {
        for (a, b) in [
            ("Il1", "lI1"),
            ("Il1", "II1"),
            ("T7", "Т7"),
            ("T7", "t7"),
            ("i", "I"),
            ("Ｔ７", "T7"),
            ("O0", "0o"),
            ("ß", "SS"),
        ] {
            assert!(look_alike(a, b), "{a} {b}");
            assert_eq!(look_alike_hash(a) == look_alike_hash(b), look_alike(a, b));
        }
        for (a, b) in [("1", "2"), ("a", "á"), ("T7", "T8"), ("m", "rn")] {
            assert!(!look_alike(a, b), "{a} {b}");
        }
    }
}
