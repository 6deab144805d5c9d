//! What the grammar makes of a window before its years are known: the
//! elements written (a date, month, quarter, year or part of a year) and
//! the items they form (one element, a deadline, a range), which
//! resolution turns into spans.

use std::ops::Range;

/// What a single element is, before its year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Year,
    /// "6 tháng đầu năm" (`first`) or "6 tháng cuối năm".
    Part {
        first: bool,
        months: u32,
    },
    Quarter(u32),
    Month(u32),
    Day {
        day: u32,
        month: Option<u32>,
    },
}

impl Unit {
    /// The first and last month the unit covers; `None` for a day.
    pub(super) fn months(self) -> Option<(u32, u32)> {
        match self {
            Unit::Year => Some((1, 12)),
            Unit::Part {
                first: true,
                months,
            } => Some((1, months)),
            Unit::Part {
                first: false,
                months,
            } => Some((13u32.saturating_sub(months), 12)),
            Unit::Quarter(q) => Some((q * 3 - 2, q * 3)),
            Unit::Month(m) => Some((m, m)),
            Unit::Day { .. } => None,
        }
    }
}

/// The kind a bare number after a separator takes ("Tháng 3, 6, 9/2020").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Like {
    Month,
    Quarter,
    Day,
}

/// One element as written.
#[derive(Debug, Clone)]
pub(super) struct Elem {
    pub(super) unit: Unit,
    pub(super) year: Option<i32>,
    /// Written in the canonical `2020-06-15` form.
    pub(super) iso: bool,
    /// Byte range in the text.
    pub(super) at: Range<usize>,
}

impl Elem {
    /// The kind a bare number after this element takes, if any.
    pub(super) fn like(&self) -> Option<Like> {
        match self.unit {
            Unit::Month(_) => Some(Like::Month),
            Unit::Quarter(_) => Some(Like::Quarter),
            Unit::Day { .. } => Some(Like::Day),
            Unit::Year | Unit::Part { .. } => None,
        }
    }
}

/// One comma-separated part of a window; indices into the element list.
pub(super) enum Item {
    Single(usize),
    Before(usize),
    Range(usize, usize),
    /// From the start of an element to the end of the plan's period.
    Since(usize),
}

/// A whole window as the grammar read it.
pub(super) struct Parsed {
    pub(super) elems: Vec<Elem>,
    pub(super) items: Vec<Item>,
}
