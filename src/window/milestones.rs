//! The dated milestones a window gives within the plan's period: ongoing
//! work spans the period (or runs up to its deadlines), recurring work
//! gives one span per month, quarter, half or year of it, or its days in
//! every year of it, clipped to it; an open range ends with it.

use chrono::{Datelike, NaiveDate};

use super::calendar::{days_in_month, month_bounds};
use super::error::WindowError;
use super::types::{Annual, Every, MonthDay, Span, Window};

impl Window {
    /// The dated milestones of this window given the plan's period.
    ///
    /// A span gives itself; milestones give themselves; ongoing gives the
    /// period; recurring gives one span per year, half, quarter or month of
    /// the period (for `month: Some(m)`, month `m` of each year), clipped to
    /// the period; yearly gives its spans in each year of the period,
    /// clipped to it (a deadline is kept when it falls inside); an open
    /// range runs to the period's end; ongoing with deadlines gives one
    /// milestone per deadline, the first starting with the period and each
    /// other the day after the one before; conditional gives nothing
    /// (waiting).
    pub fn milestones(&self, period: Option<&Span>) -> Result<Vec<Span>, WindowError> {
        match self {
            Window::Span(span) => Ok(vec![*span]),
            Window::Milestones(spans) => Ok(spans.clone()),
            Window::Conditional => Ok(Vec::new()),
            Window::Ongoing => period
                .map(|p| vec![*p])
                .ok_or_else(|| WindowError::new(crate::t!("diag-window-ongoing-period"), 0..0)),
            Window::Recurring { every, month } => {
                let period = period.ok_or_else(|| {
                    WindowError::new(crate::t!("diag-window-recurring-period"), 0..0)
                })?;
                let start = period.start.ok_or_else(|| {
                    WindowError::new(crate::t!("diag-window-recurring-start"), 0..0)
                })?;
                Ok(recurring_spans(*every, *month, start, period.end))
            }
            Window::Since(start) => {
                let period = period
                    .ok_or_else(|| WindowError::new(crate::t!("diag-window-since-period"), 0..0))?;
                if *start > period.end {
                    return Err(WindowError::new(
                        crate::t!(
                            "diag-window-since-after",
                            start = start.format("%d/%m/%Y").to_string(),
                            end = period.end.format("%d/%m/%Y").to_string()
                        ),
                        0..0,
                    ));
                }
                Ok(vec![Span {
                    start: Some(*start),
                    end: period.end,
                }])
            }
            Window::Yearly(annuals) => {
                let period = period.ok_or_else(|| {
                    WindowError::new(crate::t!("diag-window-recurring-period"), 0..0)
                })?;
                let start = period.start.ok_or_else(|| {
                    WindowError::new(crate::t!("diag-window-recurring-start"), 0..0)
                })?;
                Ok(yearly_spans(annuals, start, period.end))
            }
            Window::Joined(parts) => {
                let mut spans = Vec::new();
                for part in parts {
                    spans.extend(part.milestones(period)?);
                }
                spans.sort_by_key(|s| (s.end, s.start));
                spans.dedup();
                Ok(spans)
            }
            Window::OngoingWith(deadlines) => {
                let period = period.ok_or_else(|| {
                    WindowError::new(crate::t!("diag-window-ongoing-period"), 0..0)
                })?;
                // The work runs from the period's start to the first
                // deadline, then from the day after each to the next.
                let mut from = period.start;
                let mut spans = Vec::with_capacity(deadlines.len());
                for deadline in deadlines {
                    let start = deadline.start.or(from).filter(|s| *s <= deadline.end);
                    spans.push(Span {
                        start,
                        end: deadline.end,
                    });
                    from = deadline.end.succ_opt();
                }
                Ok(spans)
            }
        }
    }
}

/// The day `md` falls on in `year`: the month's last day when it is
/// shorter.
fn day_in(year: i32, md: MonthDay) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, md.month, 1)?;
    first.with_day(md.day.min(days_in_month(first)))
}

/// Each annual span in each year from `start` to `end`, clipped to them;
/// a deadline is kept when its day lies inside.
fn yearly_spans(annuals: &[Annual], start: NaiveDate, end: NaiveDate) -> Vec<Span> {
    let mut spans = Vec::new();
    for year in start.year()..=end.year() {
        for annual in annuals {
            let Some(due) = day_in(year, annual.end) else {
                continue;
            };
            match annual.start {
                None if (start..=end).contains(&due) => spans.push(Span {
                    start: None,
                    end: due,
                }),
                None => {}
                Some(first) => {
                    let Some(first) = day_in(year, first) else {
                        continue;
                    };
                    let (s, e) = (first.max(start), due.min(end));
                    if s <= e {
                        spans.push(Span {
                            start: Some(s),
                            end: e,
                        });
                    }
                }
            }
        }
    }
    spans
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
    use crate::window::test_support::{due, span};

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

    #[test]
    fn milestones_of_an_open_range_end_with_the_period() {
        let w = parse_window("Từ tháng 7/2024", None).expect("open range");
        assert_eq!(
            w.milestones(Some(&period(2024, 2024))),
            Ok(vec![span((2024, 7, 1), (2024, 12, 31))])
        );
        let e = w.milestones(None).expect_err("needs period");
        assert_eq!(
            e.message,
            "an open range (\"từ … trở đi\") needs the plan's period"
        );
        let e = w
            .milestones(Some(&period(2023, 2023)))
            .expect_err("after period");
        assert_eq!(
            e.message,
            "the open range starts on 01/07/2024, after the plan's period ends on 31/12/2023"
        );
    }

    #[test]
    fn milestones_of_a_monthly_deadline_in_every_year_of_the_period() {
        let w = parse_window("Trước ngày 31 hằng tháng", None).expect("monthly");
        let spans = w.milestones(Some(&period(2023, 2024))).expect("spans");
        assert_eq!(spans.len(), 24);
        assert_eq!(spans[1], due(2023, 2, 28));
        assert_eq!(spans[3], due(2023, 4, 30));
        assert_eq!(spans[13], due(2024, 2, 29));
        assert!(w.milestones(None).is_err());
    }

    #[test]
    fn milestones_of_yearly_spans_are_clipped_to_the_period() {
        let w = parse_window("Từ ngày 1/4 đến 30/4 hằng năm", None).expect("yearly");
        let p = span((2024, 4, 10), (2025, 4, 5));
        assert_eq!(
            w.milestones(Some(&p)),
            Ok(vec![
                span((2024, 4, 10), (2024, 4, 30)),
                span((2025, 4, 1), (2025, 4, 5))
            ])
        );
        let w = parse_window("Hằng quý, trước ngày 20 tháng cuối quý", None).expect("quarterly");
        let p = span((2024, 4, 1), (2024, 9, 19));
        assert_eq!(w.milestones(Some(&p)), Ok(vec![due(2024, 6, 20)]));
    }

    #[test]
    fn milestones_of_ongoing_work_with_deadlines_run_up_to_them() {
        let w = parse_window(
            "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2024",
            None,
        )
        .expect("ongoing with deadline");
        assert_eq!(
            w.milestones(Some(&period(2024, 2024))),
            Ok(vec![span((2024, 1, 1), (2024, 12, 5))])
        );
        let w = parse_window("Thường xuyên, báo cáo trước ngày 15/6 và 15/12/2024", None)
            .expect("two deadlines");
        assert_eq!(
            w.milestones(Some(&period(2024, 2024))),
            Ok(vec![
                span((2024, 1, 1), (2024, 6, 15)),
                span((2024, 6, 16), (2024, 12, 15))
            ])
        );
        let e = w.milestones(None).expect_err("needs period");
        assert_eq!(e.message, "\"thường xuyên\" needs the plan's period");
    }
}
