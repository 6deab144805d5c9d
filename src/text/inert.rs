//! What "inert" means for text a plan file or a document supplies: the
//! characters that must never reach a terminal, a message or a file raw.

/// Text from a plan file made safe for a terminal: C0 and C1 controls, DEL
/// and bidirectional overrides and isolates are shown as `\u{…}` escapes,
/// so a plan cannot move the cursor, recolour the screen or reorder text.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_hazard) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hazard(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn is_hazard(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_escapes_terminal_controls_and_bidi() {
        assert_eq!(visible("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(visible("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(visible("\u{9b}"), "\\u{9b}");
        assert_eq!(visible("Tháng 6"), "Tháng 6");
    }
}
