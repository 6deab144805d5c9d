//! The dated milestones a window gives within the plan's period: ongoing
//! work spans the period, recurring work gives one span per month, quarter,
//! half or year of it, clipped to it.

use chrono::{Datelike, NaiveDate};

use super::calendar::month_bounds;
use super::error::WindowError;
use super::types::{Every, Span, Window};

impl Window {
    /// The dated milestones of this window given the plan's period.
    ///
    /// A span gives itself; milestones give themselves; ongoing gives the
    /// period; recurring gives one span per year, half, quarter or month of
    /// the period (for `month: Some(m)`, month `m` of each year), clipped to
    /// the period; conditional gives nothing (waiting).
    pub fn milestones(&self, period: Option<&Span>) -> Result<Vec<Span>, WindowError> {
        match self {
            Window::Span(span) => Ok(vec![*span]),
            Window::Milestones(spans) => Ok(spans.clone()),
            Window::Conditional => Ok(Vec::new()),
            Window::Ongoing => period
                .map(|p| vec![*p])
                .ok_or_else(|| WindowError::new("\"thường xuyên\" needs the plan's period", 0..0)),
            Window::Recurring { every, month } => {
                let period = period.ok_or_else(|| {
                    WindowError::new("a recurring window needs the plan's period", 0..0)
                })?;
                let start = period.start.ok_or_else(|| {
                    WindowError::new("a recurring window needs a period with a start", 0..0)
                })?;
                Ok(recurring_spans(*every, *month, start, period.end))
            }
        }
    }
}

/// One span per unit of `every` between `start` and `end`, clipped to them.
fn recurring_spans(
    every: Every,
    month: Option<u32>,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Span> {
    let step = every.months();
    let mut spans = Vec::new();
    let mut year = start.year();
    let mut month0 = start.month0() / step * step;
    if end < start {
        return spans;
    }
    loop {
        let (first, last) = match (every, month) {
            (Every::Year, Some(m)) => (m, m),
            _ => (month0 + 1, month0 + step),
        };
        let Some((unit_start, unit_end)) = month_bounds(year, first, last) else {
            break;
        };
        if unit_start > end {
            break;
        }
        let (s, e) = (unit_start.max(start), unit_end.min(end));
        if s <= e {
            spans.push(Span {
                start: Some(s),
                end: e,
            });
        }
        month0 += step;
        if month0 >= 12 {
            month0 = 0;
            match year.checked_add(1) {
                Some(next) => year = next,
                None => break,
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::parse_window;
    use crate::window::test_support::span;

    fn period(a: i32, b: i32) -> Span {
        span((a, 1, 1), (b, 12, 31))
    }

    #[test]
    fn milestones_of_ongoing() {
        let p = period(2020, 2020);
        assert_eq!(Window::Ongoing.milestones(Some(&p)), Ok(vec![p]));
    }

    #[test]
    fn milestones_of_quarterly() {
        let w = parse_window("Hằng quý", None).expect("recurring");
        let spans = w.milestones(Some(&period(2020, 2020))).expect("spans");
        assert_eq!(
            spans,
            vec![
                span((2020, 1, 1), (2020, 3, 31)),
                span((2020, 4, 1), (2020, 6, 30)),
                span((2020, 7, 1), (2020, 9, 30)),
                span((2020, 10, 1), (2020, 12, 31)),
            ]
        );
    }

    #[test]
    fn milestones_of_june_every_year() {
        let w = parse_window("Trong tháng 6 hằng năm", None).expect("recurring");
        let spans = w.milestones(Some(&period(2019, 2021))).expect("spans");
        assert_eq!(
            spans,
            vec![
                span((2019, 6, 1), (2019, 6, 30)),
                span((2020, 6, 1), (2020, 6, 30)),
                span((2021, 6, 1), (2021, 6, 30)),
            ]
        );
    }

    #[test]
    fn milestones_of_half_yearly() {
        let w = parse_window("Định kỳ 6 tháng", None).expect("recurring");
        let spans = w.milestones(Some(&period(2020, 2021))).expect("spans");
        assert_eq!(spans.len(), 4);
        assert_eq!(spans[0], span((2020, 1, 1), (2020, 6, 30)));
        assert_eq!(spans[1], span((2020, 7, 1), (2020, 12, 31)));
    }

    #[test]
    fn milestones_are_clipped_to_the_period() {
        let p = span((2020, 5, 15), (2020, 8, 10));
        let w = Window::Recurring {
            every: Every::Month,
            month: None,
        };
        let spans = w.milestones(Some(&p)).expect("spans");
        assert_eq!(spans.len(), 4);
        assert_eq!(spans[0], span((2020, 5, 15), (2020, 5, 31)));
        assert_eq!(spans[3], span((2020, 8, 1), (2020, 8, 10)));
    }

    #[test]
    fn milestones_of_dated_and_conditional() {
        let s = span((2020, 6, 1), (2020, 6, 30));
        assert_eq!(Window::Span(s).milestones(None), Ok(vec![s]));
        assert_eq!(Window::Conditional.milestones(None), Ok(vec![]));
    }

    #[test]
    fn milestones_without_period_is_an_error() {
        let e = Window::Ongoing.milestones(None).expect_err("needs period");
        assert_eq!(e.message, "\"thường xuyên\" needs the plan's period");
        assert_eq!(e.at, 0..0);
        let w = Window::Recurring {
            every: Every::Quarter,
            month: None,
        };
        assert!(w.milestones(None).is_err());
    }
}
