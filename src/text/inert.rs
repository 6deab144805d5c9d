//! What "inert" means for text a plan file or a document supplies: the one
//! set of characters that must never reach a terminal, a message or a file
//! raw ([`is_hazard`]), and the representations the terminal and the
//! documents give them. Every output format takes the set from here; each
//! chooses only how to write a member (escape, replace or drop).

use std::borrow::Cow;

/// Whether `c` must never reach output raw: the C0 and C1 controls and DEL
/// (all but the line feed, which every format can write), the whole Unicode
/// Bidi_Control set (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), the zero-width characters (U+200B, U+200C, U+200D,
/// U+2060, U+FEFF) and the line and paragraph separators (U+2028, U+2029).
///
/// Controls move the cursor, recolour or clear a screen; the others reorder
/// or hide text, so that what a reader sees is not what a program reads.
/// The tab is in the set: a format that allows it says so itself.
pub fn is_hazard(c: char) -> bool {
    match c {
        '\n' => false,
        // Cc: U+0000–U+001F, U+007F (DEL), U+0080–U+009F.
        c if c.is_control() => true,
        // Bidi_Control.
        '\u{061c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        // Zero width.
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => true,
        // Line and paragraph separators.
        '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

/// Whether `bytes` (UTF-8) may hold a member of [`is_hazard`]'s set: a
/// cheap, conservative check on the bytes that start one (a C0 control but
/// the line feed, DEL, 0xC2 for C1, 0xD8 for U+061C, 0xE2 for U+2000–U+2FFF,
/// 0xEF for U+FEFF). It goes a block at a time without stopping early
/// within one, so that the loop is vectorised: every cell of a large
/// export comes here.
pub fn may_hold_hazard(bytes: &[u8]) -> bool {
    any_in_blocks(bytes, may_start_hazard)
}

/// Whether `test` holds for a byte of `bytes`, tested 32 bytes at a time
/// with vector instructions: a short text padded with spaces (for which
/// `test` must not hold) to one block, a long one's last bytes tested as
/// the block that ends it.
#[inline]
fn any_in_blocks(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    let block = |block: &[u8; 32]| block.iter().fold(false, |found, &b| found | test(b));
    let Some(last) = bytes.last_chunk::<32>() else {
        let mut padded = [b' '; 32];
        padded[..bytes.len()].copy_from_slice(bytes);
        return block(&padded);
    };
    let (blocks, _) = bytes.as_chunks::<32>();
    blocks.iter().any(block) || block(last)
}

/// Whether `b` may start a member of the set, as [`may_hold_hazard`] says.
#[inline]
fn may_start_hazard(b: u8) -> bool {
    ((b < 0x20) & (b != b'\n'))
        | (b == 0x7f)
        | (b == 0xC2)
        | (b == 0xD8)
        | (b == 0xE2)
        | (b == 0xEF)
}

/// Whether a JSON writer may copy `text` between quotes as it is: it holds
/// no byte JSON escapes (the quote, the backslash, the C0 controls) and no
/// member of the set. Checked as [`may_hold_hazard`] checks, a block at a
/// time, and byte by byte only when a byte may start a member (a dash or
/// a quotation mark, U+2013 or U+201C, starts with 0xE2 too).
pub fn json_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let may_escape = |b: u8| may_start_hazard(b) | (b < 0x20) | (b == b'"') | (b == b'\\');
    !any_in_blocks(bytes, may_escape)
        || (0..bytes.len()).all(|i| !may_escape(bytes[i]) || !starts_json_escape(bytes, i))
}

/// Whether the byte at `i` of `bytes` (UTF-8) starts what JSON escapes or
/// a member of [`is_hazard`]'s set, from the bytes alone.
fn starts_json_escape(bytes: &[u8], i: usize) -> bool {
    matches!(bytes[i], 0x00..=0x1F | b'"' | b'\\') || starts_hazard(bytes, i)
}

/// Whether the byte at `i` of `bytes` (UTF-8) starts a member of
/// [`is_hazard`]'s set, from the bytes alone: what `chars().any(is_hazard)`
/// finds, without decoding a character.
fn starts_hazard(bytes: &[u8], i: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    match bytes[i] {
        b'\n' => false,
        0x00..=0x1F | 0x7F => true,
        // U+0080–U+009F.
        0xC2 => matches!(at(i + 1), 0x80..=0x9F),
        // U+061C.
        0xD8 => at(i + 1) == 0x9C,
        // U+200B–U+200F, U+2028–U+202E; U+2060, U+2066–U+2069.
        0xE2 => match at(i + 1) {
            0x80 => matches!(at(i + 2), 0x8B..=0x8F | 0xA8..=0xAE),
            0x81 => matches!(at(i + 2), 0xA0 | 0xA6..=0xA9),
            _ => false,
        },
        // U+FEFF.
        0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
        _ => false,
    }
}

/// Whether `text` holds a member of the set: [`may_hold_hazard`]'s check
/// a block at a time, then the bytes that may start one looked at alone.
/// Text with dashes, quotation marks or a no-break space (0xE2, 0xC2) but
/// no member is told so without decoding it.
pub fn has_hazard(text: &str) -> bool {
    let bytes = text.as_bytes();
    may_hold_hazard(bytes)
        && (0..bytes.len()).any(|i| may_start_hazard(bytes[i]) && starts_hazard(bytes, i))
}

/// `text` with every member of the set dropped, for formats where a hidden
/// character has no way to be shown (spreadsheet cells, calendar fields).
pub fn without_hazards(text: &str) -> Cow<'_, str> {
    if !has_hazard(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !is_hazard(c)).collect())
}

/// Text from a plan file made safe for a terminal: every member of the set
/// is shown as a `\u{…}` escape, so a plan cannot move the cursor, recolour
/// the screen, reorder or hide text.
pub fn visible(text: &str) -> Cow<'_, str> {
    escaped(text, is_hazard)
}

/// A value, a path or a whole message for stderr: as [`visible`], and a
/// line feed shown as `\n` too, so that a message stays one line whatever
/// it echoes and no echoed text can start a line of its own (`OK: …`).
/// Every other line break (CR, VT, FF, U+0085, U+2028, U+2029) is in the
/// set already.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains('\n') {
        return visible(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            c if is_hazard(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A path for a message, as [`one_line`] shows text (a name that is not
/// UTF-8 is shown with U+FFFD where its bytes are not).
pub fn one_line_path(path: &std::path::Path) -> String {
    one_line(&path.to_string_lossy()).into_owned()
}

/// Text for a document (`plan render`): as [`visible`], but a tab is kept,
/// and a CR LF pair is a line break written as LF (a CRLF plan file keeps
/// CR LF inside its multi-line strings).
pub fn visible_in_document(text: &str) -> Cow<'_, str> {
    let text: Cow<'_, str> = if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    match escaped(&text, |c| c != '\t' && is_hazard(c)) {
        Cow::Borrowed(_) => text,
        Cow::Owned(shown) => Cow::Owned(shown),
    }
}

/// `text` with the characters `escape` picks written as `\u{…}`.
fn escaped(text: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !has_hazard(text) || !text.chars().any(&escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Every member of the set, written out by hand: the tests of every output
/// format go through it, and it checks [`is_hazard`] in its turn.
#[cfg(test)]
pub(crate) fn every_hazard() -> Vec<char> {
    let ranges: [(u32, u32); 11] = [
        (0x00, 0x09),
        (0x0b, 0x1f),
        (0x7f, 0x9f),
        (0x061c, 0x061c),
        (0x200b, 0x200d),
        (0x200e, 0x200f),
        (0x2028, 0x2029),
        (0x202a, 0x202e),
        (0x2060, 0x2060),
        (0x2066, 0x2069),
        (0xfeff, 0xfeff),
    ];
    let mut set: Vec<char> = ranges
        .iter()
        .flat_map(|&(from, to)| (from..=to).filter_map(char::from_u32))
        .collect();
    set.sort();
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_is_exactly_the_documented_one() {
        let found: Vec<char> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| is_hazard(c))
            .collect();
        assert_eq!(found, every_hazard());
    }

    #[test]
    fn the_byte_check_finds_every_member() {
        for c in every_hazard() {
            let text = format!("{}{c}{}", "Tháng ".repeat(7), "á".repeat(9));
            assert!(may_hold_hazard(text.as_bytes()), "U+{:04X}", c as u32);
            assert!(has_hazard(&text), "U+{:04X}", c as u32);
        }
        assert!(!may_hold_hazard("Tháng 6\nxong".as_bytes()));
    }

    #[test]
    fn the_bytes_of_every_character_tell_whether_it_is_a_member() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            for text in [
                c.to_string(),
                format!("Tháng – {c}6"),
                format!("“{c}”\u{a0}"),
            ] {
                assert_eq!(has_hazard(&text), is_hazard(c), "{c:?} in {text:?}");
            }
        }
    }

    #[test]
    fn json_plain_text_is_what_json_copies_as_it_is_and_holds_no_hazard() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("Tháng – {c}6"), format!("“{c}”")] {
                let copied = serde_json::to_string(&text).unwrap() == format!("\"{text}\"");
                assert_eq!(json_plain(&text), copied && !is_hazard(c), "{c:?}");
            }
        }
        assert!(json_plain("Phòng Văn hóa và Thông tin"));
        assert!(json_plain("Phòng Lao động – Thương binh và Xã hội"));
    }

    #[test]
    fn visible_escapes_terminal_controls_and_bidi() {
        assert_eq!(visible("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(visible("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(visible("\u{9b}"), "\\u{9b}");
        assert_eq!(
            visible("a\u{200b}b\u{2028}c\tx"),
            "a\\u{200b}b\\u{2028}c\\u{9}x"
        );
        assert_eq!(visible("Tháng 6\n"), "Tháng 6\n");
    }

    #[test]
    fn one_line_shows_every_line_break_escaped() {
        assert_eq!(one_line("T1\nOK: T2 done"), "T1\\nOK: T2 done");
        assert_eq!(
            one_line("a\rb\u{b}c\u{c}d\u{85}e\u{2028}f\u{2029}g"),
            "a\\u{d}b\\u{b}c\\u{c}d\\u{85}e\\u{2028}f\\u{2029}g"
        );
        assert_eq!(one_line("x\n\u{1b}[2J"), "x\\n\\u{1b}[2J");
        assert!(matches!(one_line("Tháng 6/2020"), Cow::Borrowed(_)));
        for c in every_hazard().into_iter().chain(['\n']) {
            let shown = one_line(&format!("a{c}b")).into_owned();
            assert!(
                !shown.chars().any(|c| c == '\n' || is_hazard(c)),
                "{shown:?}"
            );
        }
        let path = std::path::Path::new("plans/k\u{1b}h\n\u{202e}.toml");
        assert_eq!(one_line_path(path), "plans/k\\u{1b}h\\n\\u{202e}.toml");
    }

    #[test]
    fn documents_keep_tabs_and_line_breaks() {
        assert_eq!(visible_in_document("a\tb\r\nc"), "a\tb\nc");
        assert_eq!(visible_in_document("a\rb\u{200f}"), "a\\u{d}b\\u{200f}");
    }

    #[test]
    fn every_member_is_escaped_or_dropped() {
        for c in every_hazard() {
            let text = format!("a{c}b");
            assert_eq!(visible(&text), format!("a\\u{{{:x}}}b", c as u32));
            assert_eq!(without_hazards(&text), "ab");
            if c != '\t' {
                assert!(!visible_in_document(&text).contains(c));
            }
        }
    }

    #[test]
    fn vietnamese_passes_untouched_composed_or_decomposed() {
        use unicode_normalization::UnicodeNormalization;
        let nfc = "Phối hợp tổ chức Tháng hành động quốc gia về phòng, chống bạo lực gia đình";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for text in [nfc, nfd.as_str()] {
            assert!(matches!(visible(text), Cow::Borrowed(_)));
            assert!(matches!(without_hazards(text), Cow::Borrowed(_)));
            assert!(matches!(visible_in_document(text), Cow::Borrowed(_)));
        }
    }

    /// Text full of line breaks, controls, bidi and Vietnamese.
    const HOSTILE: &str = "[\\x00-\\x1f\\x7f-\\u{9f}\\u{61c}\\u{200b}-\\u{200f}\\u{2028}-\\u{202e}\\u{2060}-\\u{2069}\\u{feff}a-zđắ ươ\\\\\\\\:=]{0,40}|\\PC{0,20}";

    proptest::proptest! {
        #[test]
        fn one_line_is_always_one_line_and_keeps_ordinary_text(text in HOSTILE) {
            let shown = one_line(&text);
            proptest::prop_assert!(!shown.chars().any(|c| c == '\n' || is_hazard(c)));
            if !text.chars().any(|c| c == '\n' || is_hazard(c)) {
                proptest::prop_assert_eq!(shown.as_ref(), text.as_str());
            }
            proptest::prop_assert!(!visible(&text).chars().any(|c| c != '\n' && is_hazard(c)));
            proptest::prop_assert!(!without_hazards(&text).chars().any(is_hazard));
        }
    }
}
