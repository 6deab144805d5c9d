//! Windows written as whole phrases rather than dates: conditions that
//! wait for something ("Sau khi có hướng dẫn …"), ongoing work ("Thường
//! xuyên") and recurrences ("Hằng quý", "Định kỳ 6 tháng", "Trong tháng 6
//! hằng năm").

use super::error::WindowError;
use super::lexer::{Kind, Tok};
use super::numbers::{month_value, num_value, shown};
use super::types::{Every, Window};

/// Folded beginnings of windows that wait for something instead of a date.
pub const CONDITIONAL_PREFIXES: &[&str] = &[
    "sau khi",
    "theo huong dan",
    "theo ke hoach",
    "theo chi dao",
    "theo yeu cau",
    "theo lo trinh",
    "theo tien do",
    "theo thong bao",
    "khi co",
    "khi duoc",
    "khi phat sinh",
    // "Ngay sau khi …", "Kịp thời khi phát sinh": how soon, not when.
    "ngay sau khi",
    "ngay khi",
    "kip thoi khi",
    "kip thoi sau khi",
];

/// Whether the folded text starts with one of [`CONDITIONAL_PREFIXES`] as
/// whole words.
pub(super) fn is_conditional(folded: &str) -> bool {
    CONDITIONAL_PREFIXES.iter().any(|prefix| {
        folded
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Ongoing and recurring windows: whole phrases without dates.
pub(super) fn word_window(tokens: &[Tok]) -> Result<Option<Window>, WindowError> {
    let shape: Vec<&str> = tokens
        .iter()
        .map(|t| match &t.kind {
            Kind::Num(_) => "#",
            Kind::Word(w) => w.as_str(),
            Kind::Slash => "/",
            Kind::Dash => "-",
            Kind::DotDot => "..",
            Kind::Comma => ",",
            Kind::Colon => ":",
            Kind::Open => "(",
            Kind::Close => ")",
        })
        .collect();
    let number = tokens.iter().find(|t| matches!(t.kind, Kind::Num(_)));
    let recurring = |every| Ok(Some(Window::Recurring { every, month: None }));
    // "Thường xuyên, hằng năm": work that never stops and is counted every
    // year is the recurrence; ongoing adds nothing to it.
    if let Some(rest) = ongoing_words(&shape)
        && !rest.is_empty()
        && rest[0] != "thuong"
    {
        let window = word_window(&tokens[tokens.len() - rest.len()..])?;
        return Ok(window.filter(|w| matches!(w, Window::Recurring { month: None, .. })));
    }
    match shape.join(" ").as_str() {
        "thuong xuyen"
        | "ongoing"
        | "lien tuc"
        | "thuong xuyen lien tuc"
        | "thuong xuyen , lien tuc" => Ok(Some(Window::Ongoing)),
        "hang nam" | "moi nam" | "dinh ky hang nam" => recurring(Every::Year),
        "hang quy" | "moi quy" | "dinh ky hang quy" => recurring(Every::Quarter),
        "hang thang" | "moi thang" | "dinh ky hang thang" => recurring(Every::Month),
        "dinh ky # thang" | "dinh ky # thang / lan" | "# thang / lan" | "# thang mot lan" => {
            let Some(tok) = number else {
                return Ok(None);
            };
            match num_value(tok.digits()).and_then(Every::of_months) {
                Some(every) => recurring(every),
                None => Err(WindowError::new(
                    crate::t!("diag-window-every", months = shown(tok.digits())),
                    tok.at.clone(),
                )
                .with_hint(crate::t!("diag-window-every-hint"))),
            }
        }
        "trong thang # hang nam" | "thang # hang nam" | "vao thang # hang nam" => {
            let Some(tok) = number else {
                return Ok(None);
            };
            let month = month_value(tok)?;
            Ok(Some(Window::Recurring {
                every: Every::Year,
                month: Some(month),
            }))
        }
        _ => Ok(None),
    }
}

/// What follows "Thường xuyên", "Thường xuyên, liên tục" and the comma
/// after them, when the shape opens with those words.
fn ongoing_words<'a, 'b>(shape: &'a [&'b str]) -> Option<&'a [&'b str]> {
    let rest = shape.strip_prefix(&["thuong", "xuyen"][..])?;
    let rest = rest.strip_prefix(&[","][..]).unwrap_or(rest);
    Some(match rest.strip_prefix(&["lien", "tuc"][..]) {
        Some(after) => after.strip_prefix(&[","][..]).unwrap_or(after),
        None => rest,
    })
}

#[cfg(test)]
mod tests {
    use super::is_conditional;
    use crate::window::test_support::err;
    use crate::window::{Every, Window, parse_window};

    #[test]
    fn ongoing() {
        assert_eq!(parse_window("Thường xuyên", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("thuong xuyen.", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("ongoing", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("Ongoing", None), Ok(Window::Ongoing));
        assert_eq!(parse_window("Liên tục", None), Ok(Window::Ongoing));
        assert_eq!(
            parse_window("Thời gian: Thường xuyên.", None),
            Ok(Window::Ongoing)
        );
    }

    #[test]
    fn recurring() {
        let r = |every, month| Ok(Window::Recurring { every, month });
        assert_eq!(parse_window("Hằng năm", None), r(Every::Year, None));
        assert_eq!(parse_window("Hàng năm", None), r(Every::Year, None));
        assert_eq!(
            parse_window("Trong tháng 6 hằng năm", None),
            r(Every::Year, Some(6))
        );
        assert_eq!(parse_window("Hằng quý", None), r(Every::Quarter, None));
        assert_eq!(parse_window("Hàng quý", None), r(Every::Quarter, None));
        assert_eq!(parse_window("Định kỳ 6 tháng", None), r(Every::Half, None));
        assert_eq!(parse_window("Hằng tháng", None), r(Every::Month, None));
        assert_eq!(
            parse_window("Vào tháng 6 hằng năm", None),
            r(Every::Year, Some(6))
        );
        assert_eq!(parse_window("Mỗi năm", None), r(Every::Year, None));
        assert_eq!(parse_window("6 tháng/lần", None), r(Every::Half, None));
    }

    #[test]
    fn conditional() {
        for text in [
            "Sau khi có hướng dẫn của cấp trên",
            "Theo hướng dẫn của Sở Nội vụ",
            "Theo kế hoạch của UBND tỉnh …",
            "Khi có vụ việc",
            "Khi có yêu cầu.",
            "Theo lộ trình chung của Bộ",
            "Theo chỉ đạo của …",
            "Khi có văn bản hướng dẫn",
            "Sau khi … được phê duyệt",
            "Sau khi Kế hoạch này được phê duyệt.",
            "Thời gian: Khi có yêu cầu",
            "THEO LO TRINH CHUNG CUA BO",
            "Theo tiến độ của dự án",
            "Khi phát sinh",
        ] {
            assert_eq!(parse_window(text, None), Ok(Window::Conditional), "{text}");
        }
    }

    #[test]
    fn conditions_of_real_documents() {
        for text in [
            "Ngay sau khi Kế hoạch được ban hành",
            "Ngay sau khi có quyết định …",
            "Kịp thời khi phát sinh",
            "Khi phát sinh",
            "Khi có phát sinh",
            "Theo yêu cầu",
            "Theo yêu cầu của …",
            "Khi có chỉ đạo",
            "NGAY SAU KHI KE HOACH DUOC BAN HANH",
        ] {
            assert_eq!(parse_window(text, None), Ok(Window::Conditional), "{text}");
        }
        // "Ngày" folds like "ngay": a day is still a day.
        assert!(parse_window("Ngày sau", None).is_err());
    }

    #[test]
    fn ongoing_every_year_comes_back_every_year() {
        let r = |every| Ok(Window::Recurring { every, month: None });
        assert_eq!(parse_window("Thường xuyên, hằng năm", None), r(Every::Year));
        assert_eq!(parse_window("Thường xuyên hằng năm", None), r(Every::Year));
        assert_eq!(
            parse_window("Thường xuyên, liên tục, hằng năm", None),
            r(Every::Year)
        );
        assert_eq!(
            parse_window("Thường xuyên, hằng quý", None),
            r(Every::Quarter)
        );
        assert_eq!(
            parse_window("Thường xuyên, định kỳ 6 tháng", None),
            r(Every::Half)
        );
        let text = "Thường xuyên, hằng tuần";
        assert_eq!(&text[err(text).at], "hằng");
    }

    #[test]
    fn conditions_start_with_whole_words() {
        assert!(is_conditional("sau khi co huong dan cua cap tren"));
        assert!(is_conditional("khi co"));
        assert!(!is_conditional("khi coi"));
        assert!(!is_conditional("truoc khi co huong dan"));
    }

    #[test]
    fn recurrences_other_than_1_3_6_12_months_are_errors() {
        let text = "Định kỳ 5 tháng";
        let e = parse_window(text, None).expect_err(text);
        assert_eq!(e.message, "cannot repeat every 5 months");
        assert_eq!(&text[e.at], "5");
        assert_eq!(
            parse_window("Định kỳ 12 tháng", None),
            Ok(Window::Recurring {
                every: Every::Year,
                month: None
            })
        );
        let e = parse_window("Trong tháng 13 hằng năm", None).expect_err("month 13");
        assert_eq!(e.message, "month 13 does not exist");
    }
}
