//! List markers at the start of a line: Roman section numbers, Arabic and
//! decimal numbers, letters, dashes and bullets, as Vietnamese plans write
//! them, told apart from a date or a number that starts a sentence.

/// What a list item starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// `I.`, `II.`
    Roman,
    /// `1.`
    Arabic,
    /// `1.1`, `1.1.`, `2.3.1` (the number of levels)
    Decimal(usize),
    /// `1)`
    ArabicParen,
    /// `a)`, `b.`, `đ)`
    Letter,
    /// `-`, `–`
    Dash,
    /// `+`
    Plus,
    /// `•`, `*`
    Bullet,
}

/// A list marker at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub kind: MarkerKind,
    /// The number or letter: "II", "1", "1.2", "a"; empty for bullets.
    pub label: String,
    /// The marker as written ("1.", "a)", "-").
    pub written: String,
    /// The text after it, trimmed.
    pub rest: String,
}

const ROMANS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Whether `s` is a Roman numeral from I to XII.
pub fn is_roman(s: &str) -> bool {
    ROMANS.contains(&s)
}

/// The list marker `text` starts with, if any.
pub fn marker(text: &str) -> Option<Marker> {
    let text = text.trim_start();
    let chars: Vec<char> = text.chars().collect();
    let first = *chars.first()?;
    let make = |kind, label: &str, len: usize| {
        let written: String = chars[..len].iter().collect();
        let rest: String = chars[len..].iter().collect();
        Some(Marker {
            kind,
            label: label.to_string(),
            written: written.trim().to_string(),
            rest: rest.trim().to_string(),
        })
    };
    if matches!(first, '-' | '–' | '—') {
        let next = chars.get(1).copied();
        if next.is_none_or(|c| c.is_whitespace() || c.is_alphabetic() || c == '“' || c == '"') {
            return make(MarkerKind::Dash, "", 1);
        }
        return None;
    }
    if first == '+' {
        return make(MarkerKind::Plus, "", 1);
    }
    if matches!(first, '•' | '●' | '▪' | '◦' | '·' | '*') {
        return make(MarkerKind::Bullet, "", 1);
    }
    let ends_item = |i: usize| chars.get(i).is_none_or(|c| c.is_whitespace());
    // Roman numerals: "II. NỘI DUNG"
    let roman_len = chars
        .iter()
        .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
        .count();
    if roman_len > 0 && chars.get(roman_len) == Some(&'.') && ends_item(roman_len + 1) {
        let label: String = chars[..roman_len].iter().collect();
        if is_roman(&label) {
            return make(MarkerKind::Roman, &label, roman_len + 1);
        }
    }
    if first.is_ascii_digit() {
        // digits (. digits)* then "." or ")" or a space
        let mut i = 0;
        let mut groups = 0;
        loop {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if i == start || i - start > 3 {
                return None;
            }
            groups += 1;
            if chars.get(i) == Some(&'.') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
                continue;
            }
            break;
        }
        let label: String = chars[..i].iter().collect();
        return match chars.get(i) {
            Some('.') if ends_item(i + 1) => {
                let kind = if groups == 1 {
                    MarkerKind::Arabic
                } else {
                    MarkerKind::Decimal(groups)
                };
                make(kind, &label, i + 1)
            }
            Some(')') if groups == 1 && ends_item(i + 1) => {
                make(MarkerKind::ArabicParen, &label, i + 1)
            }
            Some(c) if c.is_whitespace() && groups > 1 => {
                make(MarkerKind::Decimal(groups), &label, i)
            }
            _ => None,
        };
    }
    if first.is_lowercase() && matches!(chars.get(1), Some(')') | Some('.')) && ends_item(2) {
        // Vietnamese letters used in lists: a b c d đ e g h i k …
        if first.is_ascii_lowercase() || first == 'đ' {
            let label = first.to_string();
            return make(MarkerKind::Letter, &label, 2);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let m = marker("II. NỘI DUNG").unwrap();
        assert_eq!(
            (m.kind, m.label.as_str(), m.rest.as_str()),
            (MarkerKind::Roman, "II", "NỘI DUNG")
        );
        assert_eq!(
            marker("1.2 Tuyên truyền").unwrap().kind,
            MarkerKind::Decimal(2)
        );
        assert_eq!(marker("3. Công an").unwrap().kind, MarkerKind::Arabic);
        assert_eq!(marker("1) Báo cáo").unwrap().kind, MarkerKind::ArabicParen);
        assert_eq!(marker("đ) Khác").unwrap().label, "đ");
        assert_eq!(marker("- Chủ trì").unwrap().kind, MarkerKind::Dash);
        assert_eq!(marker("28/6/2020 là"), None);
        assert_eq!(marker("2020 là năm"), None);
        assert_eq!(marker("-10%"), None);
    }
}
