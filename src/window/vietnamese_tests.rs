//! Every refusal of the window grammar, in Vietnamese, carries no English
//! word: the texts of the window tests (every string literal in them) are
//! read again in Vietnamese, and each error they give, with its hint, is
//! searched for English words.

use std::path::Path;

use super::{Span, Window, parse_span, parse_window};
use crate::i18n::{Lang, in_lang};

/// The English words of `text` ([`crate::i18n::english`]), leaving out
/// what it quotes ("…", `…`) and its TOML headers (`[[task]]`): the user's
/// own text, examples of what to write, keys and commands.
pub(crate) fn english_words(text: &str) -> Vec<&'static str> {
    crate::i18n::english::english_words_quoting(text, &['"', '['])
}

/// Every string literal of the Rust source `text` (escapes `\"`, `\\`,
/// `\n`, `\t`, `\u{…}` read; raw strings left out).
pub(crate) fn literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            // A char literal: '"', '\'', 'x'.
            '\'' => {
                let mut taken = String::new();
                while let Some(&next) = chars.peek() {
                    if taken.len() > 10 || (next == '\'' && !taken.ends_with('\\')) {
                        break;
                    }
                    taken.push(next);
                    chars.next();
                }
                if chars.peek() == Some(&'\'') {
                    chars.next();
                }
            }
            '"' => {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('n') => literal.push('\n'),
                            Some('t') => literal.push('\t'),
                            Some('u') => {
                                let code: String =
                                    chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                                if let Some(c) =
                                    u32::from_str_radix(&code, 16).ok().and_then(char::from_u32)
                                {
                                    literal.push(c);
                                }
                            }
                            Some('\n') => {
                                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                    chars.next();
                                }
                            }
                            Some(other) => literal.push(other),
                            None => break,
                        },
                        c => literal.push(c),
                    }
                }
                found.push(literal);
            }
            _ => {}
        }
    }
    found
}

/// The texts of the window tests: the string literals of `src/window`'s
/// test modules.
fn test_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/window");
    let mut texts = Vec::new();
    let mut dirs = vec![dir];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.file_name().is_some_and(|n| n == "vietnamese_tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let tests = if path.file_name().is_some_and(|n| n == "tests.rs") {
                &text[..]
            } else {
                text.find("#[cfg(test)]").map_or("", |at| &text[at..])
            };
            texts.extend(literals(tests));
        }
    }
    texts.sort();
    texts.dedup();
    texts
}

/// Every refusal `text` gives: read alone, in a year, as one element of
/// a list, and its milestones without a period or with one that has no
/// start.
fn refusals(text: &str) -> Vec<super::WindowError> {
    let mut errors = Vec::new();
    for year in [None, Some(2020)] {
        match parse_window(text, year) {
            Err(e) => errors.push(e),
            Ok(window) => {
                let open = Span {
                    start: None,
                    end: chrono::NaiveDate::from_ymd_opt(2020, 12, 31).unwrap(),
                };
                errors.extend(window.milestones(None).err());
                errors.extend(window.milestones(Some(&open)).err());
                if !matches!(window, Window::Span(_)) {
                    errors.extend(parse_span(text, year).err());
                }
            }
        }
    }
    errors
}

#[test]
fn every_window_refusal_in_vietnamese_carries_no_english_word() {
    let texts = test_texts();
    let mut refused = 0;
    let mut english = Vec::new();
    in_lang(Lang::Vi, || {
        for text in &texts {
            for error in refusals(text) {
                refused += 1;
                for said in std::iter::once(&error.message).chain(error.hint.as_ref()) {
                    let words = english_words(said);
                    if !words.is_empty() {
                        english.push(format!("{text:?}: {said:?} has {words:?}"));
                    }
                }
            }
        }
    });
    assert!(refused > 100, "only {refused} refusals were read");
    assert!(english.is_empty(), "{}", english.join("\n"));
}

#[test]
fn the_same_refusals_in_english_are_found_english() {
    // The check itself finds English: the test above is not empty-handed.
    let error = in_lang(Lang::En, || {
        parse_window("Tháng 13/2020", None).unwrap_err()
    });
    assert!(!english_words(&error.message).is_empty(), "{error:?}");
    let error = in_lang(Lang::Vi, || {
        parse_window("Tháng 13/2020", None).unwrap_err()
    });
    assert_eq!(error.message, "không có tháng 13");
    assert_eq!(error.hint.as_deref(), Some("tháng chỉ từ 1 đến 12"));
}
