//! The TOML parser's own messages ("unclosed array, expected `]`") in the
//! interface's language. In English they are shown as the parser words
//! them; in another language each kind of message, and each thing the
//! parser says it expected, is looked up in the catalog, so that no word
//! of the parser's English reaches the reader.

use crate::i18n::{self, Lang};

/// The parser's `message` (its kind, then maybe ", expected …") in the
/// current language.
pub(super) fn message(message: &str) -> String {
    if i18n::current() == Lang::En {
        return message.to_string();
    }
    let (kind, expected) = match message.split_once(", expected ") {
        Some((kind, expected)) => (kind, Some(expected)),
        None => (message, None),
    };
    let key = kind_key(kind);
    let mut text = i18n::message(key, None);
    // What the parser expects of an unquoted value (a literal string, a
    // number…) says nothing the hint does not say better.
    if let Some(expected) = expected.filter(|_| key != "diag-toml-unquoted") {
        let items: Vec<String> = expected.split(", ").filter_map(expected_item).collect();
        if !items.is_empty() {
            text.push_str(&crate::t!("diag-toml-expected", items = items.join(", ")));
        }
    }
    text
}

/// The catalog key of a kind of parser message.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "invalid basic string" | "invalid string" => "diag-toml-basic-string",
        "invalid literal string" => "diag-toml-literal-string",
        "invalid multi-line basic string" | "invalid multi-line literal string" => {
            "diag-toml-multi-line-string"
        }
        "invalid boolean" => "diag-toml-boolean",
        "string values must be quoted" => "diag-toml-unquoted",
        "invalid value" => "diag-toml-value",
        "missing value" | "missing value for key" | "key with no value" => {
            "diag-toml-missing-value"
        }
        "missing escaped value" => "diag-toml-escape",
        "too few unicode value digits" => "diag-toml-unicode",
        "invalid date" | "invalid time" | "invalid date-time" | "invalid offset" => {
            "diag-toml-date"
        }
        "missing comma between array elements" => "diag-toml-array-comma",
        "unclosed array" => "diag-toml-unclosed-array",
        "extra comma in array" => "diag-toml-array-extra-comma",
        "unexpected `=` in array" => "diag-toml-array-equals",
        "missing array opening" => "diag-toml-array-opening",
        "unclosed table" => "diag-toml-unclosed-table",
        "unclosed array table" => "diag-toml-unclosed-array-table",
        "missing table open" => "diag-toml-table-opening",
        "invalid table" => "diag-toml-table",
        "invalid unquoted key" | "invalid key" => "diag-toml-key",
        "unquoted keys cannot be empty" => "diag-toml-empty-key",
        "keys cannot be multi-line basic strings" | "keys cannot be multi-line literal strings" => {
            "diag-toml-multi-line-key"
        }
        "missing assignment between key-value pairs" => "diag-toml-missing-equals",
        "extra assignment between key-value pairs" | "extra `=`" => "diag-toml-extra-equals",
        "unexpected key or value" => "diag-toml-unexpected-key",
        "unexpected content" | "unexpected content between comment and newline" => {
            "diag-toml-unexpected"
        }
        "carriage return must be followed by newline" => "diag-toml-carriage-return",
        "invalid comment character" => "diag-toml-comment-char",
        "missing comment start" => "diag-toml-comment-start",
        "missing opening quote" => "diag-toml-opening-quote",
        "invalid inline table element"
        | "invalid key-value pair"
        | "missing key for inline table element"
        | "missing comma between key-value pairs"
        | "extra comma in inline table"
        | "unclosed inline table"
        | "missing inline table opening" => "diag-toml-inline-table",
        "cannot recurse further; max recursion depth met" | "recursion limit" => {
            "diag-toml-too-deep"
        }
        "integer number overflowed" | "floating-point number overflowed" => {
            "diag-toml-number-too-big"
        }
        kind if kind.contains("number")
            || kind.contains("integer")
            || kind.contains("float")
            || kind.contains("radix")
            || kind.contains("sign")
            || kind.contains("digits")
            || kind.contains("zero")
            || kind.contains("exponent")
            || kind.contains("mantissa")
            || kind.contains("fraction") =>
        {
            "diag-toml-number"
        }
        _ => "diag-toml-other",
    }
}

/// One thing the parser expected, in the current language: a literal
/// (`` `]` ``) as it is, a description by the catalog, anything else left
/// out.
fn expected_item(item: &str) -> Option<String> {
    let key = match item.trim() {
        item if item.starts_with('`') || item.starts_with('\'') => return Some(item.to_string()),
        "newline" => "diag-toml-newline",
        "nothing" => "diag-toml-nothing",
        "basic string" => "diag-toml-a-basic-string",
        "literal string" => "diag-toml-a-literal-string",
        "multi-line basic string" => "diag-toml-a-multi-line-string",
        "characters"
        | "printable characters"
        | "non-double-quote visible characters"
        | "non-single-quote characters"
        | "non-single-quote visible characters" => "diag-toml-characters",
        "digits" | "numbers" => "diag-toml-digits",
        "letters" => "diag-toml-letters",
        "key" => "diag-toml-a-key",
        "value" => "diag-toml-a-value",
        "unicode hexadecimal value" => "diag-toml-hex",
        _ => return None,
    };
    Some(i18n::message(key, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_parser_words() {
        let text = "unclosed array, expected `]`";
        assert_eq!(i18n::in_lang(Lang::En, || message(text)), text);
    }

    #[test]
    fn vietnamese_words_the_kind_and_what_was_expected() {
        let vi = |text| i18n::in_lang(Lang::Vi, || message(text));
        assert_eq!(
            vi("unclosed array, expected `]`"),
            "danh sách chưa được đóng, cần `]`"
        );
        assert_eq!(
            vi("invalid basic string, expected newline, `#`"),
            "chuỗi trong ngoặc kép không hợp lệ, cần xuống dòng, `#`"
        );
        assert_eq!(vi("something new"), "cú pháp không đúng");
    }

    /// Broken TOML of many kinds: each message the parser gives is one of
    /// the kinds the catalog words, with no English left.
    #[test]
    fn the_parsers_kinds_are_each_worded() {
        let broken = [
            "a = \"x",
            "a = 'x",
            "a = \"\"\"x",
            "a = '''x",
            "a = tru",
            "a = x y",
            "a =",
            "a",
            "a = \"\\q\"",
            "a = \"\\u12\"",
            "a = 2020-13-45",
            "a = [1 2]",
            "a = [1,,2]",
            "a = [1",
            "[a",
            "[[a",
            "[a]]",
            "= 1",
            "a b = 1",
            "a = 1 b = 2",
            "a = 1__0",
            "a = 01",
            "a = +0x1",
            "a = 0X1",
            "a = 1e",
            "a = 1.",
            "a = {b = 1",
            "a = {b = 1,,}",
            "a = {b 1}",
            "a = 1\r",
            "a = 1 # \u{7}",
            "a = ]",
            "\"\"\"a\"\"\" = 1",
            "a = =1",
            "a = [=]",
            "a = \"x\ny\"",
        ];
        let mut unworded = Vec::new();
        for text in broken {
            let (_, errors) = toml::de::DeTable::parse_recoverable(text);
            assert!(!errors.is_empty(), "{text:?} parses");
            for error in &errors {
                let raw = error.message().trim_end_matches('.');
                let worded = i18n::in_lang(Lang::Vi, || message(raw));
                let english = crate::window::vietnamese_tests::english_words(&worded);
                if worded.starts_with("cú pháp không đúng") || !english.is_empty() {
                    unworded.push(format!("{text:?}: {raw:?} -> {worded:?}"));
                }
            }
        }
        assert!(unworded.is_empty(), "{}", unworded.join("\n"));
    }
}
