//! Resolution: a parsed window's missing years (and days' months) filled in
//! from the elements after them or the plan's year, each element's first
//! and last day, and each item made a span; a range that ends before it
//! starts is refused here.

use chrono::NaiveDate;

use super::calendar::month_bounds;
use super::elements::{Elem, Item, Parsed, Unit};
use super::error::{WindowError, bad_day, no_end, no_year};
use super::types::{Annual, MonthDay, Span, Window};

/// The window `parsed` gives once its years are known; `default_year` is
/// the plan period's year.
pub(super) fn window(mut parsed: Parsed, default_year: Option<i32>) -> Result<Window, WindowError> {
    resolve(&mut parsed.elems, default_year)?;
    if let [Item::Since(i)] = parsed.items[..] {
        let elem = parsed
            .elems
            .get(i)
            .ok_or_else(|| WindowError::new(crate::t!("diag-window-empty"), 0..0))?;
        return Ok(Window::Since(bounds(elem)?.0));
    }
    let mut spans = Vec::with_capacity(parsed.items.len());
    for item in &parsed.items {
        spans.push(item_span(item, &parsed.elems)?);
    }
    if spans.len() == 1 {
        return Ok(Window::Span(spans[0]));
    }
    spans.sort_by_key(|s| (s.end, s.start));
    Ok(Window::Milestones(spans))
}

/// How the days of a window that comes back every year get their months.
pub(super) enum Months<'a> {
    /// As written: "Từ ngày 1/4 đến 30/4 hằng năm".
    Written,
    /// Each of these, the days naming none: 1 to 12 for "hằng tháng", the
    /// last month of each quarter for "tháng cuối quý".
    Each(&'a [u32]),
}

/// The spans of a window that comes back every year ("… hằng năm", "…
/// hằng tháng"): its elements name days (or months) without a year.
pub(super) fn annual(parsed: Parsed, months: Months<'_>) -> Result<Vec<Annual>, WindowError> {
    let Parsed { mut elems, items } = parsed;
    if let Some(elem) = elems.iter().find(|e| e.year.is_some()) {
        return Err(WindowError::new(
            match (elem.unit, elem.year) {
                (Unit::Year, Some(year)) => {
                    crate::t!("diag-window-year-every-year", year = year.to_string())
                }
                _ => crate::t!("diag-window-names-year", what = describe(elem)),
            },
            elem.at.clone(),
        )
        .with_hint(crate::t!("diag-window-names-year-hint")));
    }
    let each: &[u32] = match months {
        Months::Written => {
            let mut month = None;
            for elem in elems.iter_mut().rev() {
                if let Unit::Day { month: m, .. } = &mut elem.unit {
                    match m {
                        Some(v) => month = Some(*v),
                        None => *m = month,
                    }
                }
            }
            &[0]
        }
        Months::Each(each) => each,
    };
    let mut out = Vec::with_capacity(each.len() * items.len());
    let elem = |i: usize| {
        elems
            .get(i)
            .ok_or_else(|| WindowError::new(crate::t!("diag-window-empty"), 0..0))
    };
    for &m in each {
        let m = (m != 0).then_some(m);
        for item in &items {
            let (start, end) = match *item {
                Item::Single(i) => (
                    Some(month_day(elem(i)?, m, false)?),
                    month_day(elem(i)?, m, true)?,
                ),
                Item::Before(i) => (None, month_day(elem(i)?, m, true)?),
                Item::Range(a, b) => (
                    Some(month_day(elem(a)?, m, false)?),
                    month_day(elem(b)?, m, true)?,
                ),
                Item::Since(i) => return Err(no_end(elem(i)?.at.clone())),
            };
            if let Some(first) = start
                && first > end
            {
                return Err(WindowError::new(
                    crate::t!(
                        "diag-window-backwards",
                        range = format!("{}/{}..{}/{}", first.day, first.month, end.day, end.month)
                    ),
                    elem_range(item, &elems),
                )
                .with_hint(crate::t!("diag-window-backwards-yearly-hint")));
            }
            out.push(Annual { start, end });
        }
    }
    out.sort_by_key(|a| (a.end, a.start));
    Ok(out)
}

/// The bytes an item covers.
fn elem_range(item: &Item, elems: &[Elem]) -> std::ops::Range<usize> {
    let at = |i: usize| elems.get(i).map_or(0..0, |e| e.at.clone());
    match *item {
        Item::Single(i) | Item::Before(i) | Item::Since(i) => at(i),
        Item::Range(a, b) => at(a).start..at(b).end,
    }
}

/// The first (or `last`) day of an element of a window that comes back
/// every year; `month` is the month of a day written without one.
fn month_day(elem: &Elem, month: Option<u32>, last: bool) -> Result<MonthDay, WindowError> {
    // The days of February in a leap year: the most it ever has.
    let most = |m: u32| month_bounds(2000, m, m).map_or(31, |(_, end)| chrono::Datelike::day(&end));
    match (elem.unit, month) {
        (Unit::Day { day, month: None }, Some(month)) => Ok(MonthDay { month, day }),
        (
            Unit::Day {
                day,
                month: Some(m),
            },
            None,
        ) => {
            if day > most(m) {
                return Err(WindowError::new(
                    crate::t!(
                        "diag-window-bad-yearly-day",
                        written = format!("{day}/{m}"),
                        name = super::error::month_name(m),
                        days = most(m)
                    ),
                    elem.at.clone(),
                ));
            }
            Ok(MonthDay { month: m, day })
        }
        // "Tháng 6", "Quý I", "6 tháng đầu năm" of every year.
        (unit @ (Unit::Month(_) | Unit::Quarter(_) | Unit::Part { .. }), None) => {
            let (first, final_month) = unit.months().unwrap_or((1, 12));
            Ok(if last {
                MonthDay {
                    month: final_month,
                    day: most(final_month),
                }
            } else {
                MonthDay {
                    month: first,
                    day: 1,
                }
            })
        }
        (Unit::Day { month: Some(_), .. }, Some(_)) => Err(WindowError::new(
            crate::t!("diag-window-names-month", what = describe(elem)),
            elem.at.clone(),
        )
        .with_hint(crate::t!("diag-window-names-month-hint"))),
        (Unit::Day { month: None, .. }, None) => Err(WindowError::new(
            crate::t!("diag-window-no-month", what = describe(elem)),
            elem.at.clone(),
        )
        .with_hint(crate::t!("diag-window-no-month-yearly-hint"))),
        _ => Err(WindowError::new(
            crate::t!("diag-window-not-a-day", what = describe(elem)),
            elem.at.clone(),
        )
        .with_hint(crate::t!("diag-window-not-a-day-hint"))),
    }
}

/// Fill in missing years (and days' months) from the next element that has
/// one, then from `default_year`.
fn resolve(elems: &mut [Elem], default_year: Option<i32>) -> Result<(), WindowError> {
    let mut year = None;
    let mut month = None;
    for elem in elems.iter_mut().rev() {
        match elem.year {
            Some(y) => year = Some(y),
            None => elem.year = year,
        }
        if let Unit::Day { month: m, .. } = &mut elem.unit {
            match m {
                Some(v) => month = Some(*v),
                None => *m = month,
            }
        }
    }
    for elem in elems.iter_mut() {
        if elem.year.is_none() {
            elem.year = default_year;
        }
        if elem.year.is_none() {
            return Err(no_year(&describe(elem), elem.at.clone()));
        }
    }
    Ok(())
}

/// An element in words, for messages.
fn describe(elem: &Elem) -> String {
    match elem.unit {
        Unit::Year => crate::t!("diag-window-the-year"),
        Unit::Part {
            first: true,
            months,
        } => crate::t!("diag-window-first-months", months = months),
        Unit::Part {
            first: false,
            months,
        } => crate::t!("diag-window-last-months", months = months),
        Unit::Quarter(q) => crate::t!("diag-window-the-quarter", quarter = q),
        Unit::Month(m) => crate::t!("diag-window-the-month", month = m),
        Unit::Day {
            day,
            month: Some(m),
        } => crate::t!("diag-window-the-day", day = format!("{day}/{m}")),
        Unit::Day { day, month: None } => crate::t!("diag-window-the-day", day = day),
    }
}

/// First and last day of a resolved element.
fn bounds(elem: &Elem) -> Result<(NaiveDate, NaiveDate), WindowError> {
    let Some(year) = elem.year else {
        return Err(no_year(&describe(elem), elem.at.clone()));
    };
    match (elem.unit, elem.unit.months()) {
        (_, Some((first, last))) => month_bounds(year, first, last).ok_or_else(|| {
            WindowError::new(
                crate::t!("diag-window-year-out", year = year.to_string()),
                elem.at.clone(),
            )
        }),
        (
            Unit::Day {
                day,
                month: Some(m),
            },
            None,
        ) => NaiveDate::from_ymd_opt(year, m, day)
            .map(|date| (date, date))
            .ok_or_else(|| bad_day(elem.at.clone(), elem.iso, year, m, day)),
        (_, None) => Err(WindowError::new(
            crate::t!("diag-window-no-month", what = describe(elem)),
            elem.at.clone(),
        )
        .with_hint(crate::t!("diag-window-no-month-hint"))),
    }
}

fn item_span(item: &Item, elems: &[Elem]) -> Result<Span, WindowError> {
    let get = |i: usize| {
        elems
            .get(i)
            .ok_or_else(|| WindowError::new(crate::t!("diag-window-empty"), 0..0))
    };
    match *item {
        Item::Single(i) => {
            let (start, end) = bounds(get(i)?)?;
            Ok(Span {
                start: Some(start),
                end,
            })
        }
        Item::Before(i) => {
            let (_, end) = bounds(get(i)?)?;
            Ok(Span { start: None, end })
        }
        Item::Since(i) => Err(no_end(get(i)?.at.clone())),
        Item::Range(a, b) => {
            let (a, b) = (get(a)?, get(b)?);
            let (start, _) = bounds(a)?;
            let (_, end) = bounds(b)?;
            if end < start {
                return Err(WindowError::new(
                    crate::t!(
                        "diag-window-backwards",
                        range = format!("{}..{}", canonical(a), canonical(b))
                    ),
                    a.at.start..b.at.end,
                )
                .with_hint(crate::t!("diag-window-backwards-hint")));
            }
            Ok(Span {
                start: Some(start),
                end,
            })
        }
    }
}

/// The canonical spelling of a resolved element.
fn canonical(elem: &Elem) -> String {
    let y = elem.year.unwrap_or_default();
    match elem.unit {
        Unit::Year => format!("{y}"),
        Unit::Part { .. } => {
            let (first, last) = elem.unit.months().unwrap_or((1, 12));
            format!("{y}-{first:02}..{y}-{last:02}")
        }
        Unit::Quarter(q) => format!("{y}-Q{q}"),
        Unit::Month(m) => format!("{y}-{m:02}"),
        Unit::Day {
            day,
            month: Some(m),
        } => format!("{y}-{m:02}-{day:02}"),
        Unit::Day { day, month: None } => format!("{y}-??-{day:02}"),
    }
}

#[cfg(test)]
mod tests {
    use crate::window::test_support::{d, err, one, span};
    use crate::window::{Window, parse_window};

    #[test]
    fn missing_year_takes_default() {
        assert_eq!(
            parse_window("Tháng 6", Some(2020)),
            Ok(Window::Span(span((2020, 6, 1), (2020, 6, 30))))
        );
        assert_eq!(
            parse_window("Quý II", Some(2020)),
            Ok(Window::Span(span((2020, 4, 1), (2020, 6, 30))))
        );
        assert_eq!(
            parse_window("Tháng 9 - 10", Some(2020)),
            Ok(Window::Span(span((2020, 9, 1), (2020, 10, 31))))
        );
    }

    #[test]
    fn missing_year_without_default_is_an_error_with_hint() {
        for text in ["Tháng 6", "Quý II", "Tháng 9 - 10"] {
            let e = err(text);
            assert!(e.message.contains("has no year"), "{}", e.message);
            assert_eq!(
                e.hint.as_deref(),
                Some("a month or quarter without a year needs the plan's period")
            );
        }
        let e = err("Tháng 6");
        assert_eq!(e.message, "month 6 has no year");
        assert_eq!(e.at, 0.."Tháng 6".len());
    }

    #[test]
    fn leap_years() {
        assert_eq!(one("29/2/2020"), span((2020, 2, 29), (2020, 2, 29)));
        assert_eq!(one("29/2/2000"), span((2000, 2, 29), (2000, 2, 29)));
        assert_eq!(
            err("29/2/2021").message,
            "29/2/2021 is not a date: February 2021 has 28 days"
        );
        assert_eq!(
            err("29/2/1900").message,
            "29/2/1900 is not a date: February 1900 has 28 days"
        );
        assert_eq!(one("Tháng 2/2020").end, d(2020, 2, 29));
    }

    #[test]
    fn february_30_is_not_a_date() {
        let e = err("30/2/2020");
        assert_eq!(
            e.message,
            "30/2/2020 is not a date: February 2020 has 29 days"
        );
        assert_eq!(e.at, 0..9);
        assert_eq!(
            err("2020-02-30").message,
            "2020-02-30 is not a date: February 2020 has 29 days"
        );
    }

    #[test]
    fn reversed_range() {
        assert_eq!(
            err("2020-10..2020-09").message,
            "range ends before it starts: 2020-10..2020-09"
        );
        assert_eq!(
            err("Tháng 10 - 9/2020").message,
            "range ends before it starts: 2020-10..2020-09"
        );
    }

    #[test]
    fn milestones_are_sorted_by_end() {
        assert_eq!(
            parse_window("Tháng 12, tháng 6/2020", None),
            Ok(Window::Milestones(vec![
                span((2020, 6, 1), (2020, 6, 30)),
                span((2020, 12, 1), (2020, 12, 31)),
            ]))
        );
    }

    #[test]
    fn reversed_parts_of_a_year_are_spelled_as_month_ranges() {
        assert_eq!(
            err("6 tháng cuối năm 2020 - 6 tháng đầu năm 2020").message,
            "range ends before it starts: 2020-07..2020-12..2020-01..2020-06"
        );
    }

    #[test]
    fn a_day_without_a_month_is_an_error() {
        let e = parse_window("Ngày 15", Some(2020)).expect_err("no month");
        assert_eq!(e.message, "day 15 has no month");
        assert_eq!(
            e.hint.as_deref(),
            Some("write the month, e.g. \"15/6/2020\"")
        );
    }
}
