//! The grammar's tests: each form read, and each refusal with its place.

use crate::window::test_support::{d, due, err, one, span, year_2020};
use crate::window::{Window, parse_window};
use chrono::NaiveDate;

#[test]
fn year_canonical() {
    assert_eq!(one("2020"), year_2020());
}

#[test]
fn year_vietnamese() {
    assert_eq!(one("Năm 2020"), year_2020());
    assert_eq!(one("  nam   2020. "), year_2020());
}

#[test]
fn month_canonical() {
    assert_eq!(one("2020-06"), span((2020, 6, 1), (2020, 6, 30)));
}

#[test]
fn month_vietnamese() {
    let june = span((2020, 6, 1), (2020, 6, 30));
    assert_eq!(one("Tháng 6/2020"), june);
    assert_eq!(one("tháng 06 năm 2020"), june);
    assert_eq!(one("Tháng 6 năm 2020"), june);
    assert_eq!(one("Thang 6/2020"), june);
    assert_eq!(one("THÁNG 6 / 2020."), june);
}

#[test]
fn nfd_input_reads_like_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = "Tháng 6/2020".nfd().collect();
    assert_eq!(one(&nfd), span((2020, 6, 1), (2020, 6, 30)));
    let nfd: String = "Quý II/2020".nfd().collect();
    assert_eq!(one(&nfd), span((2020, 4, 1), (2020, 6, 30)));
}

#[test]
fn quarter_canonical() {
    assert_eq!(one("2020-Q2"), span((2020, 4, 1), (2020, 6, 30)));
    assert_eq!(one("2020-q4"), span((2020, 10, 1), (2020, 12, 31)));
}

#[test]
fn quarter_vietnamese() {
    let q2 = span((2020, 4, 1), (2020, 6, 30));
    assert_eq!(one("Quý II/2020"), q2);
    assert_eq!(one("Quý 2 năm 2020"), q2);
    assert_eq!(one("Quý II năm 2020"), q2);
    assert_eq!(one("quy ii/2020"), q2);
    // "Quí" is a spelling official documents still use.
    assert_eq!(one("Quí II/2020"), q2);
    assert_eq!(one("Quý IV/2020"), span((2020, 10, 1), (2020, 12, 31)));
}

#[test]
fn day_canonical() {
    assert_eq!(one("2020-06-15"), span((2020, 6, 15), (2020, 6, 15)));
}

#[test]
fn day_vietnamese() {
    let day = span((2020, 6, 15), (2020, 6, 15));
    assert_eq!(one("Ngày 15/6/2020"), day);
    assert_eq!(one("15/6/2020"), day);
    assert_eq!(one("15/06/2020"), day);
    assert_eq!(one("ngày 15 tháng 6 năm 2020"), day);
}

#[test]
fn range_canonical() {
    assert_eq!(one("2020-09..2020-10"), span((2020, 9, 1), (2020, 10, 31)));
    assert_eq!(one("2019..2027"), span((2019, 1, 1), (2027, 12, 31)));
    assert_eq!(
        one("2020-Q2..2020-06-15"),
        span((2020, 4, 1), (2020, 6, 15))
    );
}

#[test]
fn range_months_sharing_a_year() {
    let sep_oct = span((2020, 9, 1), (2020, 10, 31));
    assert_eq!(one("Tháng 9 - 10/2020"), sep_oct);
    assert_eq!(one("Tháng 9 – 10/2020"), sep_oct);
    assert_eq!(one("Tháng 9—10/2020"), sep_oct);
    assert_eq!(one("Tháng 9/2020 - tháng 10/2020"), sep_oct);
}

#[test]
fn range_tu_den() {
    assert_eq!(
        one("Từ tháng 3 đến tháng 5/2021"),
        span((2021, 3, 1), (2021, 5, 31))
    );
    assert_eq!(
        one("Từ tháng 11/2020 đến tháng 2/2021"),
        span((2020, 11, 1), (2021, 2, 28))
    );
    assert_eq!(
        one("Từ ngày 1/6 đến ngày 30/6/2020"),
        span((2020, 6, 1), (2020, 6, 30))
    );
}

#[test]
fn range_quarters() {
    let q2_q3 = span((2020, 4, 1), (2020, 9, 30));
    assert_eq!(one("Quý II - Quý III/2020"), q2_q3);
    assert_eq!(one("Quý II - III/2020"), q2_q3);
}

#[test]
fn deadline_canonical() {
    assert_eq!(one("..2020-06-15"), due(2020, 6, 15));
}

#[test]
fn deadline_vietnamese() {
    assert_eq!(one("Trước ngày 15/6/2020"), due(2020, 6, 15));
    assert_eq!(one("Trước 30/6/2020"), due(2020, 6, 30));
    assert_eq!(one("Trước tháng 6/2020"), due(2020, 6, 30));
}

#[test]
fn milestones_vietnamese() {
    let june_dec = Window::Milestones(vec![
        span((2020, 6, 1), (2020, 6, 30)),
        span((2020, 12, 1), (2020, 12, 31)),
    ]);
    assert_eq!(
        parse_window("Tháng 6, tháng 12/2020", None),
        Ok(june_dec.clone())
    );
    assert_eq!(parse_window("Tháng 6 và tháng 12/2020", None), Ok(june_dec));
    let quarterly = parse_window("Tháng 3, 6, 9, 12/2020", None).expect("milestones");
    let Window::Milestones(spans) = quarterly else {
        panic!("not milestones");
    };
    let ends: Vec<NaiveDate> = spans.iter().map(|s| s.end).collect();
    assert_eq!(
        ends,
        vec![
            d(2020, 3, 31),
            d(2020, 6, 30),
            d(2020, 9, 30),
            d(2020, 12, 31)
        ]
    );
    assert_eq!(
        parse_window("Quý I, Quý III/2020", None),
        Ok(Window::Milestones(vec![
            span((2020, 1, 1), (2020, 3, 31)),
            span((2020, 7, 1), (2020, 9, 30)),
        ]))
    );
}

#[test]
fn halves_of_a_year() {
    assert_eq!(
        one("6 tháng đầu năm 2020"),
        span((2020, 1, 1), (2020, 6, 30))
    );
    assert_eq!(
        one("6 tháng cuối năm 2020"),
        span((2020, 7, 1), (2020, 12, 31))
    );
    assert_eq!(
        parse_window("6 tháng đầu năm", Some(2021)),
        Ok(Window::Span(span((2021, 1, 1), (2021, 6, 30))))
    );
}

#[test]
fn seed_forms() {
    assert_eq!(one("Năm 2020"), year_2020());
    assert_eq!(one("Tháng 6/2020"), span((2020, 6, 1), (2020, 6, 30)));
    assert_eq!(
        parse_window("Tháng 6, tháng 12/2020", None),
        Ok(Window::Milestones(vec![
            span((2020, 6, 1), (2020, 6, 30)),
            span((2020, 12, 1), (2020, 12, 31)),
        ]))
    );
    assert_eq!(one("Tháng 8/2020"), span((2020, 8, 1), (2020, 8, 31)));
    assert_eq!(one("Tháng 9/2020"), span((2020, 9, 1), (2020, 9, 30)));
    assert_eq!(one("Tháng 9 - 10/2020"), span((2020, 9, 1), (2020, 10, 31)));
}

#[test]
fn bare_month_and_year() {
    assert_eq!(one("6/2020"), span((2020, 6, 1), (2020, 6, 30)));
    assert_eq!(one("Trong năm 2020"), year_2020());
    assert_eq!(one("Chậm nhất ngày 30/6/2020"), due(2020, 6, 30));
    assert_eq!(
        one("Từ ngày 1 đến hết ngày 15/6/2020"),
        span((2020, 6, 1), (2020, 6, 15))
    );
}

#[test]
fn range_without_end() {
    assert_eq!(err("Từ tháng 3 đến").message, "range has no end");
    assert_eq!(err("2020-06..").message, "range has no end");
    assert_eq!(err("Tháng 9 -").message, "range has no end");
    let text = "Từ tháng 3/2021, tháng 6/2021";
    let e = err(text);
    assert_eq!(e.message, "range has no end");
    assert_eq!(&text[e.at], "Từ tháng 3/2021");
}

#[test]
fn deadlines_in_words() {
    let cases = [
        (
            "Hoàn thành trước ngày 20 tháng 4 năm 2024",
            due(2024, 4, 20),
        ),
        (
            "HOAN THANH TRUOC NGAY 20 THANG 4 NAM 2024",
            due(2024, 4, 20),
        ),
        ("chậm nhất ngày 15/8/2024", due(2024, 8, 15)),
        ("Chậm nhất ngày 15 tháng 02 năm 2026", due(2026, 2, 15)),
        ("trước 30/9/2024", due(2024, 9, 30)),
        ("xong trước ngày 31/5/2024", due(2024, 5, 31)),
        ("Hạn cuối: 15/6/2024", due(2024, 6, 15)),
        ("hạn cuối 10/6/2024", due(2024, 6, 10)),
        ("Hạn chót là ngày 10/6/2024", due(2024, 6, 10)),
        (
            "Hoàn thành trong tháng 6/2024",
            span((2024, 6, 1), (2024, 6, 30)),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(one(text), expected, "{text}");
    }
    // Without a year, a deadline takes the plan's.
    assert_eq!(
        parse_window("chậm nhất ngày 15/8", Some(2024)),
        Ok(Window::Span(due(2024, 8, 15)))
    );
    assert_eq!(
        parse_window("trước 30/9", Some(2024)),
        Ok(Window::Span(due(2024, 9, 30)))
    );
    let e = err("trước 30/9");
    assert_eq!(e.message, "day 30/9 has no year");
    assert_eq!(e.at, "trước ".len().."trước 30/9".len());
}

#[test]
fn until_a_day_is_a_deadline() {
    assert_eq!(one("Đến hết năm 2024"), due(2024, 12, 31));
    assert_eq!(one("Đến tháng 12/2024"), due(2024, 12, 31));
    assert_eq!(one("Từ nay đến hết ngày 30/6/2024"), due(2024, 6, 30));
    assert_eq!(one("Cho đến hết ngày 30/6/2024"), due(2024, 6, 30));
    let text = "Từ nay";
    assert_eq!(&text[err(text).at], "nay");
}

#[test]
fn periods_and_whole_years_in_words() {
    assert_eq!(
        one("Giai đoạn 2021 - 2025"),
        span((2021, 1, 1), (2025, 12, 31))
    );
    assert_eq!(one("Cả năm 2024"), span((2024, 1, 1), (2024, 12, 31)));
    assert_eq!(one("Trong cả năm 2024"), span((2024, 1, 1), (2024, 12, 31)));
    let text = "Cả tháng 6/2024";
    assert_eq!(&text[err(text).at], "Cả");
}

#[test]
fn days_listed_after_a_deadline_are_deadlines() {
    assert_eq!(
        parse_window("Trước ngày 15/6 và 15/12", Some(2024)),
        Ok(Window::Milestones(vec![
            due(2024, 6, 15),
            due(2024, 12, 15)
        ]))
    );
    // An item with a word of its own is its own kind.
    assert_eq!(
        parse_window("Trước ngày 15/6, từ ngày 1/9 đến ngày 30/9", Some(2024)),
        Ok(Window::Milestones(vec![
            due(2024, 6, 15),
            span((2024, 9, 1), (2024, 9, 30))
        ]))
    );
}

#[test]
fn ranges_of_days_in_every_spelling() {
    let five_to_nine = span((2024, 8, 5), (2024, 8, 9));
    for text in [
        "Từ ngày 05 - 09/8/2024",
        "từ ngày 5 đến ngày 9/8/2024",
        "Tu ngay 5 den ngay 9/8/2024",
        "Từ ngày 5 tới ngày 9/8/2024",
        "Từ ngày 5/8/2024 và kéo dài đến hết ngày 9/8/2024",
        "Từ ngày 5/8/2024, kéo dài tới ngày 9/8/2024",
        "Bắt đầu từ ngày 5/8/2024 và kết thúc vào ngày 9/8/2024",
        "Ngày 5/8/2024 và kết thúc ngày 9/8/2024",
    ] {
        assert_eq!(one(text), five_to_nine, "{text}");
    }
    // "và" joins milestones, even of days that follow each other.
    assert_eq!(
        parse_window("Ngày 7 và 8 tháng 10 năm 2024", None),
        Ok(Window::Milestones(vec![
            span((2024, 10, 7), (2024, 10, 7)),
            span((2024, 10, 8), (2024, 10, 8))
        ]))
    );
    let text = "Từ ngày 5/8/2024 và kéo dài";
    let e = err(text);
    assert_eq!(e.message, "range has no end");
    assert_eq!(&text[e.at], "Từ ngày 5/8/2024");
    let text = "Ngày 5/8/2024 và kéo dài";
    assert_eq!(&text[err(text).at], "kéo");
}

#[test]
fn open_ranges_start_on_their_day() {
    assert_eq!(
        parse_window("Từ tháng 7/2024", None),
        Ok(Window::Since(d(2024, 7, 1)))
    );
    assert_eq!(
        parse_window("Từ ngày 01/7/2024 trở đi", None),
        Ok(Window::Since(d(2024, 7, 1)))
    );
    assert_eq!(
        parse_window("Kể từ ngày 15/3", Some(2024)),
        Ok(Window::Since(d(2024, 3, 15)))
    );
    assert_eq!(
        parse_window("Tháng 9/2024 trở đi", None),
        Ok(Window::Since(d(2024, 9, 1)))
    );
    assert_eq!(err("Từ tháng 7").message, "month 7 has no year");
    let text = "Từ ngày 01/7/2024 trở về";
    assert_eq!(&text[err(text).at], "trở");
}

#[test]
fn a_year_and_the_years_after_it_is_an_open_range() {
    for text in [
        "Năm 2025 và các năm tiếp theo",
        "Từ năm 2025 trở đi",
        "2025 và những năm tiếp theo",
        "Từ năm 2025 và các năm tiếp theo.",
    ] {
        assert_eq!(
            parse_window(text, None),
            Ok(Window::Since(d(2025, 1, 1))),
            "{text}"
        );
    }
    assert_eq!(
        parse_window("Tháng 7/2025 và các tháng tiếp theo", None),
        Ok(Window::Since(d(2025, 7, 1)))
    );
    assert_eq!(
        parse_window("Quý III/2025 và các quý tiếp theo", None),
        Ok(Window::Since(d(2025, 7, 1)))
    );
    // The unit named after must be the unit written before.
    let text = "Năm 2025 và các tháng tiếp theo";
    assert_eq!(&text[err(text).at], "các");
}

#[test]
fn within_a_span_is_the_span_itself() {
    assert_eq!(one("Trong năm 2025"), span((2025, 1, 1), (2025, 12, 31)));
    assert_eq!(one("Trong quý I/2025"), span((2025, 1, 1), (2025, 3, 31)));
    assert_eq!(one("Trong tháng 3/2025"), span((2025, 3, 1), (2025, 3, 31)));
    assert_eq!(
        one("Trong 6 tháng đầu năm 2025"),
        span((2025, 1, 1), (2025, 6, 30))
    );
}

#[test]
fn the_start_or_end_of_a_span_is_refused_as_not_precise() {
    let cases = [
        (
            "Đầu quý III/2025",
            "Đầu",
            "\"Đầu quý III/2025\" is not precise: which days are the start of the quarter is not written",
            Some("Quý III/2025"),
        ),
        (
            "Tuần đầu tháng 4/2025",
            "Tuần đầu",
            "\"Tuần đầu tháng 4/2025\" is not precise: which days are the first week of the month is not written",
            Some("Tháng 4/2025"),
        ),
        (
            "Cuối năm",
            "Cuối",
            "\"Cuối năm\" is not precise: which days are the end of the year is not written",
            None,
        ),
        (
            "Trước giữa năm 2024",
            "giữa",
            "\"giữa năm 2024\" is not precise: which days are the middle of the year is not written",
            Some("Năm 2024"),
        ),
    ];
    for (text, at, message, whole) in cases {
        let e = err(text);
        assert_eq!(&text[e.at.clone()], at, "{text}");
        assert_eq!(e.message, message, "{text}");
        let hint = e.hint.expect(text);
        assert!(hint.starts_with("write the days it means"), "{hint}");
        if let Some(whole) = whole {
            assert!(hint.contains(&format!("\"{whole}\"")), "{hint}");
        }
    }
    assert!(parse_window("Cuối năm", Some(2024)).is_err());
    // A school year is not a year.
    let text = "Đầu năm học mới";
    assert_eq!(err(text).message, "cannot read window \"Đầu năm học mới\"");
}

#[test]
fn unread_words_are_pointed_at() {
    let text = "Tháng 6/2020 hoặc tháng 7/2020";
    let e = err(text);
    assert_eq!(&text[e.at], "hoặc");
}

#[test]
fn month_dash_year_is_not_guessed() {
    let e = err("Tháng 6-2020");
    assert_eq!(e.message, "cannot read window \"Tháng 6-2020\"");
    assert_eq!(e.hint.as_deref(), Some("did you mean \"Tháng 6/2020\"?"));
    assert_eq!(one("Năm 2019 - 2020"), span((2019, 1, 1), (2020, 12, 31)));
}
