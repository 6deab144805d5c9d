//! What a window is once read: a [`Span`] of days, several milestones, the
//! plan's whole period, a recurrence ([`Every`]) or a condition without
//! dates. The text as written is kept by the caller.

use chrono::NaiveDate;

/// A span of days, both ends inclusive. `start == None` means "no start"
/// (due by `end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Option<NaiveDate>,
    pub end: NaiveDate,
}

/// How often a recurring window comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Month,
    Quarter,
    Half,
    Year,
}

impl Every {
    /// How many months one recurrence covers.
    pub(super) fn months(self) -> u32 {
        match self {
            Every::Month => 1,
            Every::Quarter => 3,
            Every::Half => 6,
            Every::Year => 12,
        }
    }

    /// The recurrence that repeats every `months` months, if there is one.
    pub(super) fn of_months(months: u32) -> Option<Every> {
        [Every::Month, Every::Quarter, Every::Half, Every::Year]
            .into_iter()
            .find(|every| every.months() == months)
    }
}

/// A day of every year: month 1 to 12 and a day that exists in that month
/// in a leap year. On the 29th of February of other years it falls on the
/// 28th; a day of every month ("ngày 31 hằng tháng") falls on the last day
/// of months shorter than it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

/// A span that comes back every year: due by `end` ("Trước ngày 20/12 hằng
/// năm", `start == None`) or from `start` to `end` ("Từ ngày 1/4 đến 30/4
/// hằng năm"), both ends inclusive and within one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Annual {
    pub start: Option<MonthDay>,
    pub end: MonthDay,
}

/// A time window as understood; the text as written is kept by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Window {
    /// One span.
    Span(Span),
    /// Several spans, each due at its end, sorted by end.
    Milestones(Vec<Span>),
    /// "Thường xuyên", "ongoing": the plan's period.
    Ongoing,
    /// "Hằng năm", "Trong tháng 6 hằng năm" (`month: Some(6)`), "Hằng quý",
    /// "Định kỳ 6 tháng" ([`Every::Half`]), "Hằng tháng".
    Recurring { every: Every, month: Option<u32> },
    /// "Sau khi có hướng dẫn của cấp trên", "Theo kế hoạch của …", "Khi có
    /// vụ việc": no dates.
    Conditional,
    /// "Từ tháng 7/2024", "Từ ngày 01/7/2024 trở đi": from that day to the
    /// end of the plan's period.
    Since(NaiveDate),
    /// Spans or deadlines that come back in every year of the plan's
    /// period, sorted by end: "Trước ngày 25 hằng tháng" (twelve, one a
    /// month), "Hằng quý, trước ngày 20 tháng cuối quý" (four), "Báo cáo
    /// định kỳ 6 tháng (trước 20/6) và cả năm (trước 20/12)" (two).
    Yearly(Vec<Annual>),
    /// "Thường xuyên, tổng hợp kết quả gửi trước ngày 05/12/2024": the
    /// plan's period, with these dated milestones inside it.
    OngoingWith(Vec<Span>),
    /// "Hằng tháng, trước ngày 20; tổng kết trước ngày 10/12/2025":
    /// windows joined by ";" that read only apart, each on its own; their
    /// milestones together, sorted by end. None is conditional, an open
    /// range, joined, or all dated (those are [`Window::Milestones`]).
    Joined(Vec<Window>),
}
