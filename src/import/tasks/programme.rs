//! Items of a programme, where the title carries its own date: "Lễ khai
//! mạc: 19 giờ ngày 17/6/2024, tại Quảng trường …" and "Hội thi … (ngày
//! 18/6/2024)". The date part is the window as written; the place is kept
//! apart, never in the title.

use crate::import::scan::{Folded, fold, trim_end_chars};

/// A programme item read from its title.
#[derive(Debug, PartialEq, Eq)]
pub struct Programme {
    pub title: String,
    pub window: String,
    /// "tại …" as written.
    pub place: Option<String>,
}

/// Words (folded) a date part may start with, besides a number.
const WHEN_WORDS: &[&str] = &[
    "ngay", "tu", "thang", "sang", "chieu", "toi", "trua", "dem", "luc", "vao", "thu", "quy",
    "nam", "tuan", "truoc", "trong", "dip",
];

/// Longest head of "Head: date" read as a programme item, in words.
const MAX_HEAD_WORDS: usize = 12;

/// Whether `text` reads as a date part: it starts with a number or a word of
/// time and holds a number.
fn is_when(text: &str, words: &[&str]) -> bool {
    let f = Folded::new(text.trim());
    let starts =
        f.orig.first().is_some_and(char::is_ascii_digit) || words.iter().any(|w| f.word_at(0, w));
    starts && f.orig.iter().any(char::is_ascii_digit)
}

/// The programme item `title` is, if it is one.
pub fn programme(title: &str) -> Option<Programme> {
    let title = title.trim();
    if let Some(colon) = title.find(':') {
        let head = title[..colon].trim();
        let when = &title[colon + 1..];
        let words = head.split_whitespace().count();
        if words > 0
            && words <= MAX_HEAD_WORDS
            && !head.chars().any(|c| c.is_ascii_digit())
            && is_when(when, WHEN_WORDS)
        {
            let (window, place) = split_place(when);
            if !window.is_empty() {
                return Some(Programme {
                    title: head.to_string(),
                    window,
                    place,
                });
            }
        }
    }
    let body = trim_end_chars(title, &['.', ';', ',']);
    if let Some(inner) = body.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
    {
        let when = &inner[open + 1..];
        let head = trim_end_chars(inner[..open].trim(), &[',', '-', ':']);
        // "(năm 2024)" after a heading says which year, not when.
        let words: Vec<&str> = WHEN_WORDS.iter().copied().filter(|w| *w != "nam").collect();
        if !head.is_empty() && is_when(when, &words) {
            let (window, place) = split_place(when);
            return Some(Programme {
                title: head.to_string(),
                window,
                place,
            });
        }
    }
    None
}

/// Parts of a ceremony (folded) whose time a line below the event gives.
const CEREMONY: &[&str] = &[
    "khai mac",
    "be mac",
    "tong ket",
    "trao giai",
    "khai hoi",
    "khai giang",
    "ra quan",
];

/// "Khai mạc: 7 giờ 30 ngày 24/3/2024 (chủ nhật)" below an event: its
/// window, the label kept as written.
pub fn ceremony_time(text: &str) -> Option<Programme> {
    let text = text.trim();
    let colon = text.find(':')?;
    let head = fold(text[..colon].trim());
    if !CEREMONY.contains(&head.as_str()) || !is_when(&text[colon + 1..], WHEN_WORDS) {
        return None;
    }
    let (window, place) = split_place(text);
    Some(Programme {
        title: text[..colon].trim().to_string(),
        window,
        place,
    })
}

/// A date part cut at its place: "19 giờ ngày 17/6/2024, tại Quảng trường"
/// → ("19 giờ ngày 17/6/2024", "tại Quảng trường").
fn split_place(when: &str) -> (String, Option<String>) {
    let f = Folded::new(when);
    let at = f
        .find_word("tai", 0)
        .filter(|&t| t > 0 && f.orig[t - 1] == ' ');
    let (date, place) = match at {
        Some(t) => (f.slice(0, t), Some(f.slice(t, f.len()))),
        None => (when.to_string(), None),
    };
    let date = trim_end_chars(date.trim(), &['.', ';', ',', '-', '–']).to_string();
    let place = place
        .map(|p| trim_end_chars(p.trim(), &['.', ';', ',']).to_string())
        .filter(|p| !p.is_empty());
    (date, place)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, String, Option<String>)> {
        programme(s).map(|p| (p.title, p.window, p.place))
    }

    #[test]
    fn a_head_a_date_and_a_place() {
        assert_eq!(
            read("Lễ khai mạc: 19 giờ ngày 17/6/2024, tại Quảng trường trung tâm huyện."),
            Some((
                "Lễ khai mạc".into(),
                "19 giờ ngày 17/6/2024".into(),
                Some("tại Quảng trường trung tâm huyện".into())
            ))
        );
        assert_eq!(
            read("Tổng kết, trao giải: tối ngày 20/6/2024"),
            Some((
                "Tổng kết, trao giải".into(),
                "tối ngày 20/6/2024".into(),
                None
            ))
        );
    }

    #[test]
    fn a_date_in_parentheses() {
        assert_eq!(
            read("Hội thi gói bánh chưng (ngày 18/6/2024)"),
            Some((
                "Hội thi gói bánh chưng".into(),
                "ngày 18/6/2024".into(),
                None
            ))
        );
        assert_eq!(
            read("Giải bóng đá thanh niên (từ ngày 15 - 19/6/2024)."),
            Some((
                "Giải bóng đá thanh niên".into(),
                "từ ngày 15 - 19/6/2024".into(),
                None
            ))
        );
    }

    #[test]
    fn the_time_of_a_ceremony_below_it() {
        let p = ceremony_time("Khai mạc: 7 giờ 30 ngày 24/3/2024 (chủ nhật).").unwrap();
        assert_eq!(p.window, "Khai mạc: 7 giờ 30 ngày 24/3/2024 (chủ nhật)");
        assert!(ceremony_time("Địa điểm: Sân bóng đá trung tâm xã.").is_none());
        assert!(ceremony_time("Giải bóng đá: ngày 25/3/2024").is_none());
    }

    #[test]
    fn titles_that_are_not_programme_items() {
        assert_eq!(read("Công tác tuyên truyền (năm 2024)"), None);
        assert_eq!(read("Mục tiêu: nâng cao nhận thức"), None);
        assert_eq!(
            read("Tuyên truyền Luật Phòng, chống ma túy (sửa đổi)"),
            None
        );
        assert_eq!(read("Năm 2024: tổ chức 3 đợt"), None);
    }
}
