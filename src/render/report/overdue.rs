//! The report's list of overdue tasks: one line each, in the words of the
//! catalog's `out-report-overdue-line`, cut once per number of days into
//! a pattern the task's words are written into.

use std::io::{self, Write};

use super::Words;
use crate::i18n::Value;
use crate::render::{day, push_day};
use crate::report::Report;
use crate::text::visible;

/// One overdue task as a line of the list below the table.
pub(crate) fn overdue_line(
    report: &Report,
    task: &crate::report::OverdueTask,
    words: &Words,
) -> String {
    overdue_line_of(task, OtherPlans::of(report).of_task(task), words)
}

/// Which plans the report's rows come from, to tell whether an overdue
/// task needs its plan named: a row of another plan stands beside it.
pub(super) enum OtherPlans<'r> {
    None,
    /// Every row comes from this plan.
    One(&'r str),
    Several,
}

impl<'r> OtherPlans<'r> {
    pub(super) fn of(report: &'r Report) -> Self {
        match report.units.first() {
            None => OtherPlans::None,
            Some(first) if report.units.iter().all(|u| u.plan == first.plan) => {
                OtherPlans::One(first.plan)
            }
            Some(_) => OtherPlans::Several,
        }
    }

    /// Whether a row comes from a plan other than `task`'s.
    pub(super) fn of_task(&self, task: &crate::report::OverdueTask) -> bool {
        match self {
            OtherPlans::None => false,
            OtherPlans::One(plan) => *plan != task.plan,
            OtherPlans::Several => true,
        }
    }
}

/// An overdue task's line, its plan named when `qualify`: the catalog's
/// `out-report-overdue-line` with the task's words in its places.
fn overdue_line_of(task: &crate::report::OverdueTask, qualify: bool, words: &Words) -> String {
    OverdueLines::new(words).say(overdue_words(task, qualify, words), task.days)
}

/// The words of an overdue line, in the order of [`OverdueLines`]' places.
fn overdue_words(task: &crate::report::OverdueTask, qualify: bool, words: &Words) -> [String; 6] {
    let plan = if qualify {
        format!("{}:", visible(task.plan))
    } else {
        String::new()
    };
    [
        plan,
        visible(task.id).into_owned(),
        visible(task.title).into_owned(),
        visible(&crate::render::leads_or(&task.lead, &words.unassigned)).into_owned(),
        visible(task.window).into_owned(),
        day(task.due),
    ]
}

/// The names of the words of an overdue line, as the catalog has them.
const OVERDUE_PLACES: [&str; 6] = ["plan", "id", "title", "lead", "window", "due"];

/// A piece of an overdue line's pattern: catalog text, or a place for one
/// of the task's words.
enum Piece {
    Text(String),
    Place(usize),
}

/// Overdue lines for a long list. The message's selectors look at the
/// number of days only, so the catalog formats it once per number of days,
/// with markers (private-use characters, which no catalog holds) in the
/// places of the task's words, and each line is that pattern cut at the
/// markers with the words put back. A pattern whose markers do not come
/// out once each is not cut: its lines are formatted one by one.
pub(super) struct OverdueLines<'w> {
    words: &'w Words,
    patterns: rustc_hash::FxHashMap<i64, Option<Vec<Piece>>>,
}

impl<'w> OverdueLines<'w> {
    const MARK: u32 = 0xE000;

    pub(super) fn new(words: &'w Words) -> Self {
        OverdueLines {
            words,
            patterns: Default::default(),
        }
    }

    fn say(&self, filled: [String; 6], days: i64) -> String {
        let mut args: Vec<(&str, Value)> = OVERDUE_PLACES
            .iter()
            .zip(filled)
            .map(|(name, word)| (*name, word.into()))
            .collect();
        args.push(("days", days.into()));
        self.words.say("out-report-overdue-line", &args)
    }

    fn pattern(&self, days: i64) -> Option<Vec<Piece>> {
        let marks = std::array::from_fn(|i| {
            char::from_u32(Self::MARK + i as u32)
                .map(String::from)
                .unwrap_or_default()
        });
        let text = self.say(marks, days);
        let mut pieces = Vec::new();
        let mut seen = [0usize; 6];
        let mut literal = String::new();
        for c in text.chars() {
            let place = (c as u32).wrapping_sub(Self::MARK) as usize;
            if place < OVERDUE_PLACES.len() {
                seen[place] += 1;
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Place(place));
            } else if (Self::MARK..=Self::MARK + 0xFF).contains(&(c as u32)) {
                return None;
            } else {
                literal.push(c);
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        seen.iter().all(|&n| n == 1).then_some(pieces)
    }

    pub(super) fn line(&mut self, task: &crate::report::OverdueTask, qualify: bool) -> String {
        self.prepare(std::iter::once(task.days));
        let mut line = String::with_capacity(256);
        self.line_into(task, qualify, &mut line);
        line
    }

    /// Work out the patterns of these numbers of days, once each.
    fn prepare(&mut self, days: impl IntoIterator<Item = i64>) {
        for days in days {
            if !self.patterns.contains_key(&days) {
                let pattern = self.pattern(days);
                self.patterns.insert(days, pattern);
            }
        }
    }

    /// Append `task`'s line to `out`, its words written straight into the
    /// pattern's places; a number of days not [`prepare`](Self::prepare)d,
    /// or whose pattern could not be cut, is formatted whole.
    fn line_into(&self, task: &crate::report::OverdueTask, qualify: bool, out: &mut String) {
        let Some(Some(pieces)) = self.patterns.get(&task.days) else {
            let filled = overdue_words(task, qualify, self.words);
            out.push_str(&self.say(filled, task.days));
            return;
        };
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Place(0) => {
                    if qualify {
                        out.push_str(&visible(task.plan));
                        out.push(':');
                    }
                }
                Piece::Place(1) => out.push_str(&visible(task.id)),
                Piece::Place(2) => out.push_str(&visible(task.title)),
                Piece::Place(3) => {
                    if task.lead.is_empty() {
                        out.push_str(&visible(&self.words.unassigned));
                    }
                    for (i, lead) in task.lead.iter().enumerate() {
                        if i > 0 {
                            out.push_str("; ");
                        }
                        out.push_str(&visible(lead));
                    }
                }
                Piece::Place(4) => out.push_str(&visible(task.window)),
                Piece::Place(_) => push_day(task.due, out),
            }
        }
    }
}

/// The overdue tasks as the lines of the terminal's list (`- …`), written
/// in batches whose lines are formatted in parallel.
pub(super) fn overdue_list(report: &Report, words: &Words, out: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    const BATCH: usize = 16 * 1024;
    let others = OtherPlans::of(report);
    let mut lines = OverdueLines::new(words);
    lines.prepare(report.overdue.iter().map(|t| t.days));
    const JOB: usize = 1024;
    // One buffer per job, kept from batch to batch.
    let mut texts: Vec<String> = Vec::new();
    for batch in report.overdue.chunks(BATCH) {
        let jobs = batch.len().div_ceil(JOB);
        texts.resize_with(texts.len().max(jobs), String::new);
        texts[..jobs]
            .par_iter_mut()
            .zip(batch.par_chunks(JOB))
            .for_each(|(text, tasks)| {
                text.clear();
                for task in tasks {
                    text.push_str("- ");
                    lines.line_into(task, others.of_task(task), text);
                    text.push('\n');
                }
            });
        for text in &texts[..jobs] {
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::render::report::words_in;
    use crate::report::OverdueTask;

    #[test]
    fn overdue_lines_cut_from_a_pattern_are_the_lines_fluent_formats() {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
        let task = |title: &'static str, lead: &[&'static str], days: i64| OverdueTask {
            plan: "p-2026",
            id: "7.1",
            title,
            lead: lead.to_vec(),
            window: "Trước ngày 2/1/2026",
            due,
            days,
        };
        let tasks = [
            task("Báo cáo", &["Phòng Nội vụ"], 1),
            task("Báo cáo", &["Phòng Nội vụ", "Công an huyện"], 2),
            task("{ $title } \u{e000}\u{e005} x\u{202e}y", &[], 1),
            task("", &[""], 0),
            task("Tổng kết", &["Huyện Đoàn"], 334),
            task("Tổng kết", &["Huyện Đoàn"], -1),
        ];
        for lang in [Lang::En, Lang::Vi] {
            let words = words_in(lang);
            let mut lines = OverdueLines::new(words);
            for _ in 0..2 {
                for task in &tasks {
                    for qualify in [false, true] {
                        assert_eq!(
                            lines.line(task, qualify),
                            overdue_line_of(task, qualify, words)
                        );
                    }
                }
            }
            assert!(lines.patterns.values().all(Option::is_some));
        }
    }
}
