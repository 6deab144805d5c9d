//! The closing request after the last section ("Đề nghị các đơn vị …",
//! "Trên đây là Kế hoạch …"): how it starts, and its text.

use std::ops::Range;

use crate::import::draft::Draft;
use crate::import::lines::Line;
use crate::import::scan::Folded;

/// Closing phrases (folded) that start the request after section III.
const CLOSING_STARTS: &[&str] = &[
    "de nghi",
    "tren day",
    "trong qua trinh",
    "yeu cau",
    "uy ban nhan dan",
    "ubnd",
];

/// Whether a line starts the closing request.
pub fn starts_closing(text: &str) -> bool {
    let f = Folded::new(text);
    let phrase = CLOSING_STARTS.iter().any(|p| f.word_at(0, p));
    let t = text.trim_end();
    let ends = t.ends_with("/.") || t.ends_with("./.");
    if ends {
        return true;
    }
    if !phrase {
        return false;
    }
    // "Ủy ban nhân dân …" only when it asks something of the units
    if f.word_at(0, "uy ban nhan dan") || f.word_at(0, "ubnd") {
        return f.find_word("de nghi", 0).is_some() || f.find_word("yeu cau", 0).is_some();
    }
    true
}

/// The closing request's lines, one paragraph a line.
pub fn closing(lines: &[Line], range: Range<usize>, draft: &mut Draft, placed: &mut [bool]) {
    if range.is_empty() {
        return;
    }
    let text: Vec<&str> = range.clone().map(|i| lines[i].text.as_str()).collect();
    draft.closing = Some(text.join("\n"));
    for i in range {
        placed[i] = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::expect::read_part;

    #[test]
    fn the_request_is_one_paragraph_a_line() {
        let (d, placed) = read_part(
            "Trên đây là Kế hoạch của UBND xã.\nĐề nghị các ngành thực hiện./.",
            closing,
        );
        assert_eq!(
            d.closing.as_deref(),
            Some("Trên đây là Kế hoạch của UBND xã.\nĐề nghị các ngành thực hiện./.")
        );
        assert!(placed.iter().all(|&p| p));
        let (d, _) = read_part("", closing);
        assert_eq!(d.closing, None);
    }

    #[test]
    fn the_issuer_starts_a_request_only_when_it_asks() {
        assert!(starts_closing("UBND xã đề nghị các thôn thực hiện."));
        assert!(!starts_closing("UBND xã chỉ đạo các thôn."));
        assert!(starts_closing("Các ngành thực hiện./."));
    }
}
