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
}
