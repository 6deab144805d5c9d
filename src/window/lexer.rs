//! Tokens of a window: the text folded to lowercase ASCII-ish characters
//! (through [`crate::text::fold_ascii_char`]), each remembering the bytes it
//! came from, then cut into numbers, words and separators.

use std::ops::Range;

use crate::text::fold_ascii_char;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of ASCII digits, as written (leading zeros kept).
    Num(String),
    /// A run of letters, folded.
    Word(String),
    Slash,
    /// Any of the dashes and the minus sign.
    Dash,
    /// `..`, the canonical range separator.
    DotDot,
    /// `,` or `;`.
    Comma,
    /// `:`, after a label or between hours and minutes.
    Colon,
    /// `(` or `[`.
    Open,
    /// `)` or `]`.
    Close,
}

/// A token and where it stands.
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) kind: Kind,
    /// Byte range in the original text.
    pub(super) at: Range<usize>,
}

impl Tok {
    /// The digits of a number, `""` for anything else.
    pub(super) fn digits(&self) -> &str {
        match &self.kind {
            Kind::Num(d) => d,
            _ => "",
        }
    }

    /// The folded letters of a word.
    pub(super) fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// The text folded to lowercase ASCII-ish characters, each with the byte
/// range of the original character it came from. Whitespace becomes `' '`;
/// combining marks fold to nothing and widen the previous character.
pub(super) fn folded_chars(text: &str) -> Vec<(char, Range<usize>)> {
    let mut out: Vec<(char, Range<usize>)> = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let at = i..i + c.len_utf8();
        if c.is_whitespace() {
            out.push((' ', at));
            continue;
        }
        // No character but a space folds to a space, so what `fold_ascii`
        // makes of this character alone is exactly what `fold_ascii_char`
        // emits: the test against `fold_ascii` over every character keeps
        // that true.
        let before = out.len();
        fold_ascii_char(c, |f| out.push((f, at.clone())));
        if out.len() == before
            && let Some(last) = out.last_mut()
        {
            last.1.end = at.end;
        }
    }
    out
}

/// Split into numbers, words and separators; on any other character, the
/// byte range of that character. A single trailing period is dropped.
pub(super) fn tokenize(text: &str) -> Result<Vec<Tok>, Range<usize>> {
    let chars = folded_chars(text);
    let mut toks = Vec::new();
    let mut i = 0;
    let mut trailing_period = false;
    while let Some((c, r)) = chars.get(i) {
        let c = *c;
        if c == ' ' {
            i += 1;
            continue;
        }
        if trailing_period {
            return Err(r.clone());
        }
        let run_end = |pred: &dyn Fn(char) -> bool| {
            let mut j = i;
            while chars.get(j).is_some_and(|(c, _)| pred(*c)) {
                j += 1;
            }
            j
        };
        let (kind, j) = if c.is_ascii_digit() {
            let j = run_end(&|c| c.is_ascii_digit());
            (Kind::Num(chars[i..j].iter().map(|p| p.0).collect()), j)
        } else if c.is_alphabetic() {
            let j = run_end(&|c| c.is_alphabetic());
            (Kind::Word(chars[i..j].iter().map(|p| p.0).collect()), j)
        } else if c == '.' {
            let j = run_end(&|c| c == '.');
            match j - i {
                1 => {
                    trailing_period = true;
                    i = j;
                    continue;
                }
                2 => (Kind::DotDot, j),
                _ => return Err(r.start..chars.get(j - 1).map_or(r.end, |p| p.1.end)),
            }
        } else {
            let kind = match c {
                '/' => Kind::Slash,
                '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' => Kind::Dash,
                ',' | ';' => Kind::Comma,
                ':' => Kind::Colon,
                '(' | '[' => Kind::Open,
                ')' | ']' => Kind::Close,
                _ => return Err(r.clone()),
            };
            (kind, i + 1)
        };
        let end = chars.get(j - 1).map_or(r.end, |p| p.1.end);
        toks.push(Tok {
            kind,
            at: r.start..end,
        });
        i = j;
    }
    Ok(toks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_ascii;

    /// `folded_chars` as first written: `fold_ascii` of each character.
    fn folded_chars_by_string(text: &str) -> Vec<(char, Range<usize>)> {
        let mut out: Vec<(char, Range<usize>)> = Vec::new();
        let mut buf = [0u8; 4];
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            if c.is_whitespace() {
                out.push((' ', i..end));
                continue;
            }
            let folded = fold_ascii(c.encode_utf8(&mut buf));
            if folded.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.1.end = end;
                }
                continue;
            }
            out.extend(folded.chars().map(|f| (f, i..end)));
        }
        out
    }

    #[test]
    fn folded_chars_match_folding_each_character_as_a_string() {
        use unicode_normalization::UnicodeNormalization;
        let texts = [
            "Tháng 6/2020",
            "Quý II/2020",
            "  Trước ngày 15/6/2020 ",
            "ĐỊNH KỲ 3 THÁNG/LẦN",
            "Thường xuyên, liên tục",
            "\u{301}a\u{300}\u{323}b",
            "Từ tháng 9 – 10/2020; ½ ǅ ﬁ İ ẞ",
        ];
        for text in texts {
            assert_eq!(folded_chars(text), folded_chars_by_string(text), "{text}");
            let nfd: String = text.nfd().collect();
            assert_eq!(folded_chars(&nfd), folded_chars_by_string(&nfd), "{nfd}");
        }
        let mut every = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            every.push(c);
            every.push('x');
        }
        assert_eq!(folded_chars(&every), folded_chars_by_string(&every));
    }

    #[test]
    fn tokens_of_windows() {
        let num = |d: &str| Kind::Num(d.to_string());
        let word = |w: &str| Kind::Word(w.to_string());
        let cases = [
            (
                "Tháng 06/2020.",
                Some(vec![word("thang"), num("06"), Kind::Slash, num("2020")]),
            ),
            (
                "2020-09..2020-10",
                Some(vec![
                    num("2020"),
                    Kind::Dash,
                    num("09"),
                    Kind::DotDot,
                    num("2020"),
                    Kind::Dash,
                    num("10"),
                ]),
            ),
            (
                "Quý II – III; 2020",
                Some(vec![
                    word("quy"),
                    word("ii"),
                    Kind::Dash,
                    word("iii"),
                    Kind::Comma,
                    num("2020"),
                ]),
            ),
            ("  ", Some(vec![])),
            ("2020. x", None),
            ("2020...", None),
            ("Tháng 6 🙂", None),
        ];
        for (text, expected) in cases {
            let kinds = tokenize(text)
                .ok()
                .map(|toks| toks.into_iter().map(|t| t.kind).collect());
            assert_eq!(kinds, expected, "{text:?}");
        }
    }

    #[test]
    fn tokens_point_at_the_text_as_written() {
        let text = "Tha\u{301}ng 6 / 2020";
        let toks = tokenize(text).expect("tokens");
        let written: Vec<&str> = toks.iter().map(|t| &text[t.at.clone()]).collect();
        assert_eq!(written, ["Tha\u{301}ng", "6", "/", "2020"]);
    }
}
