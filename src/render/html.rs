//! The report as one self-contained HTML page: the plans' headers, the
//! per-unit table, an SVG timeline (a Gantt chart with milestones, a line
//! for the reference day and status colours) and the overdue list. No
//! script, no network; inline CSS sized for A4 paper.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::report::Words;
use super::{Tone, day};
use crate::model::{Plan, Task};
use crate::query::State;
use crate::report::Report;
use crate::text::visible;

const STYLE: &str = "
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'Times New Roman', 'DejaVu Serif', serif; margin: 24px; color: #1a1a1a; }
header p { margin: 2px 0; }
h1 { font-size: 20px; margin: 8px 0; }
h2 { font-size: 16px; margin: 20px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #999; padding: 4px 6px; }
th { background: #eee; }
td.n { text-align: right; }
tr.total td { font-weight: bold; background: #f6f6f6; }
td.bad { color: #b71c1c; font-weight: bold; }
svg { width: 100%; height: auto; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
ul.overdue li { margin-bottom: 4px; }
p.note { font-size: 12px; font-style: italic; }
@media print { body { margin: 0; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
";

/// Each tone's colour and its name in the legend, in the order of `Tone`.
const LEGEND: [(Tone, &str, &str); 6] = [
    (Tone::DoneOnTime, "#2e7d32", "out-html-done-on-time"),
    (Tone::DoneLate, "#8d6e63", "out-html-done-late"),
    (Tone::Overdue, "#c62828", "out-html-overdue"),
    (Tone::DueSoon, "#f9a825", "out-html-due-soon"),
    (Tone::NotYetDue, "#1565c0", "out-html-not-yet-due"),
    (Tone::Idle, "#9e9e9e", "out-html-idle"),
];

/// Colour of a task by where it stands.
fn colour(state: State) -> &'static str {
    LEGEND[Tone::of(state) as usize].1
}

/// The span the timeline shows: the plans' periods, widened to every task
/// window and the reference day, in whole months.
pub fn timeline_span(plans: &[Plan], today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let days = plans.iter().flat_map(Plan::days).chain([today]);
    let (start, end) = days.fold((today, today), |(s, e), d| (s.min(d), e.max(d)));
    let start = super::first_of_month(start);
    // Keep the chart readable: at most ten years.
    let end = end.min(start + chrono::Duration::days(3660));
    (start, end)
}

/// A coordinate as the chart writes it: one decimal.
fn at(value: f64) -> String {
    format!("{value:.1}")
}

/// The SVG Gantt chart of every task.
fn gantt(plans: &[Plan], today: NaiveDate) -> Markup {
    let (start, end) = timeline_span(plans, today);
    let days = (end - start).num_days().max(1) as f64 + 1.0;
    let (width, label, row, top) = (1000.0, 250.0, 20.0, 30.0);
    let chart = width - label - 10.0;
    let x = |d: NaiveDate| label + chart * ((d - start).num_days() as f64).clamp(0.0, days) / days;
    // With several plans, each plan's rows come under a heading row, and
    // a row's label is the task's number and title alone.
    let several = plans.len() > 1;
    let mut rows: Vec<(&Plan, Option<&Task>)> = Vec::new();
    for plan in plans {
        if several {
            rows.push((plan, None));
        }
        rows.extend(plan.tasks.iter().map(|task| (plan, Some(task))));
    }
    let height = top + row * rows.len() as f64 + 10.0;
    let months: Vec<NaiveDate> =
        std::iter::successors(Some(start), |m| Some(super::next_month(*m)))
            .take_while(|m| *m <= end)
            .collect();
    // Month labels ("06/20") need about 32 units: over a long span only
    // every second, third … month is labelled, so that none overlap.
    let per_month = chart / months.len().max(1) as f64;
    let step = (32.0 / per_month).ceil().max(1.0) as usize;
    let tx = x(today);
    html! {
        svg viewBox={"0 0 " (width) " " (height)} role="img"
            aria-label=(crate::t!("out-html-chart")) font-family="sans-serif"
            font-size="11" {
            // Month grid and labels.
            @for (i, month) in months.iter().enumerate() {
                line x1=(at(x(*month))) y1=(top) x2=(at(x(*month))) y2=(height) stroke="#ddd" {}
                @if i % step == 0 {
                    text x=(at(x(*month) + 2.0)) y=(top - 8.0) fill="#555" {
                        (format!("{:02}/{:02}", month.month(), month.year() % 100))
                    }
                }
            }
            @for (n, (plan, task)) in rows.iter().enumerate() {
                @let y = top + row * n as f64;
                @if let Some(task) = task {
                    (task_row(plan, task, today, y, &x))
                } @else {
                    text x="4" y=(at(y + 14.0)) fill="#000" font-weight="bold" {
                        (plan.id) " — " (plan.title.chars().take(120).collect::<String>())
                    }
                }
            }
            line class="today" x1=(at(tx)) y1=(top - 4.0) x2=(at(tx)) y2=(height) stroke="#000"
                stroke-width="1.5" stroke-dasharray="4 3" {}
            text x=(at(tx + 3.0)) y=(height - 2.0) font-weight="bold" { (day(today)) }
        }
    }
}

/// One task's row of the chart at height `y`: its label, its window as a
/// bar, its milestones as diamonds (filled when closed).
fn task_row(
    plan: &Plan,
    task: &Task,
    today: NaiveDate,
    y: f64,
    x: &dyn Fn(NaiveDate) -> f64,
) -> Markup {
    let (label, row) = (250.0, 20.0);
    let state = State::of(task, today);
    let fill = colour(state);
    let title: String = task.title.chars().take(34).collect();
    let more = if task.title.chars().count() > 34 {
        "…"
    } else {
        ""
    };
    let diamonds = task.window.milestones.len() > 1;
    let cy = y + row / 2.0;
    html! {
        g class="task" {
            title { (task.title) " — " (task.window.text) " — " (super::state(state)) }
            text x="4" y=(at(y + 14.0)) fill="#222" {
                (super::task_ref(plan, task, false)) ". " (title) (more)
            }
            @for (i, m) in task.window.milestones.iter().enumerate() {
                @if let Some(s) = m.start {
                    @let (x1, x2) = (x(s), x(m.end + chrono::Duration::days(1)));
                    rect x=(at(x1)) y=(at(y + 4.0)) width=(at((x2 - x1).max(2.0)))
                        height=(at(row - 8.0)) rx="2" fill=(fill) opacity="0.85" {}
                }
                @if diamonds || m.start.is_none() {
                    @let cx = x(m.end + chrono::Duration::days(1));
                    path class="milestone"
                        d={"M" (at(cx)) " " (at(cy - 6.0)) " L" (at(cx + 6.0)) " " (at(cy))
                            " L" (at(cx)) " " (at(cy + 6.0)) " L" (at(cx - 6.0)) " " (at(cy)) " Z"}
                        fill=(if task.milestone_closed(i, today) { fill } else { "#fff" }) stroke=(fill)
                        stroke-width="1.5" {}
                }
            }
            @if task.window.milestones.is_empty() {
                text x=(at(label + 4.0)) y=(at(y + 14.0)) fill="#777" font-style="italic" {
                    (if task.window.unread {
                        crate::t!("out-html-unread", window = task.window.text.as_str())
                    } else {
                        crate::t!("out-html-waits", window = task.window.text.as_str())
                    })
                }
            }
        }
    }
}

/// A plan's header: issuer, number, date and period, title.
fn header(plan: &Plan) -> Markup {
    let mut line = Vec::new();
    if let Some(number) = &plan.number {
        line.push(crate::t!("out-html-number", number = number.as_str()));
    }
    if let Some(date) = plan.date {
        line.push(crate::t!("out-html-date", day = day(date)));
    }
    if let Some(period) = &plan.period_text {
        line.push(crate::t!("out-html-period", period = period.as_str()));
    }
    html! {
        header {
            "\n"
            @if let Some(issuer) = &plan.issuer {
                p { strong { (issuer.to_uppercase()) } } "\n"
            }
            @if !line.is_empty() {
                p { (line.join(" · ")) } "\n"
            }
            h1 { (plan.title) } "\n"
        }
        "\n"
    }
}

/// The per-unit table and its total row.
fn units_table(report: &Report, qualify: bool, words: &Words) -> Markup {
    html! {
        table class="units" {
            "\n"
            thead { tr { @for h in &words.header { th { (h) } } } } "\n"
            tbody {
                "\n"
                @for row in &report.units {
                    tr {
                        td { (super::report::label(row, qualify, words)) }
                        @for (i, n) in super::report::numbers(&row.counts, words).iter().enumerate() {
                            @let bad = (i == 3 || i == 4) && row.counts.overdue > 0;
                            td class=(if bad { "n bad" } else { "n" }) { (n) }
                        }
                    }
                    "\n"
                }
                tr class="total" {
                    td { (words.total) }
                    @for n in super::report::numbers(&report.totals, words) {
                        td class="n" { (n) }
                    }
                }
                "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// The list of overdue tasks, longest delay first.
/// A bulleted list, since each task carries its own number: "1. 3 …"
/// would show two; with several plans each id is PLAN:ID.
fn overdue(report: &Report, words: &Words) -> Markup {
    let several = report
        .units
        .iter()
        .map(|u| &u.plan)
        .chain(report.overdue.iter().map(|t| &t.plan))
        .collect::<std::collections::HashSet<_>>()
        .len()
        > 1;
    html! {
        @if report.overdue.is_empty() {
            p { (words.none_overdue) } "\n"
        } @else {
            ul class="overdue" {
                "\n"
                @for task in &report.overdue {
                    li {
                        strong { (super::qualified(task.plan, task.id, several)) } ". " (task.title) " — " em { (super::leads_or(&task.lead, &words.unassigned)) }
                        "; " (task.window) " (" (crate::t!("out-html-due", day = day(task.due))) "), "
                        strong { (super::state(crate::query::State::Overdue { days: task.days, due: task.due })) }
                    }
                    "\n"
                }
            }
            "\n"
        }
    }
}

/// The whole page. maud escapes every value for HTML; the finished page
/// then goes through `text::visible`, so that no value can bring in a
/// character of the inert set either (the markup itself holds none).
pub fn page(report: &Report, plans: &[Plan], out: &mut dyn Write) -> io::Result<()> {
    let heading = match plans {
        [one] => one.title.clone(),
        _ => crate::t!("out-html-plans", count = plans.len()),
    };
    let words = super::report::words();
    let page = html! {
        (DOCTYPE) "\n"
        html lang=(crate::i18n::current().code()) {
            "\n"
            head {
                "\n" meta charset="utf-8"; "\n"
                title { (crate::t!("out-html-title", heading = heading.as_str())) } "\n"
                style { (PreEscaped(STYLE)) } "\n"
            }
            "\n"
            body {
                "\n"
                @for plan in plans { (header(plan)) }
                h2 { (super::report::heading(report, words)) } "\n"
                (units_table(report, plans.len() > 1, words))
                @if let Some(note) = super::report::rows_note(report, words) {
                    p class="note" { (note) } "\n"
                }
                p { (super::report::on_time_line(report, words)) } "\n"
                h2 { (crate::t!("out-html-timeline")) } "\n"
                div class="legend" {
                    @for (_, colour, key) in LEGEND {
                        span { i style={"background:" (colour)} {} (crate::i18n::message(key, None)) }
                    }
                    span { (crate::t!("out-html-milestone")) }
                    span { (crate::t!("out-html-report-day")) }
                }
                "\n"
                (gantt(plans, report.as_of)) "\n"
                h2 { (words.overdue_title) } "\n"
                (overdue(report, words))
                @if !report.reporting.is_empty() {
                    h2 { (words.reporting_title) } "\n"
                    ul class="reporting" {
                        "\n"
                        @for task in &report.reporting {
                            li { (super::report::reporting_line(report, task, words)) }
                            "\n"
                        }
                    }
                    "\n"
                }
            }
            "\n"
        }
        "\n"
    };
    out.write_all(visible(&page.into_string()).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_stands_in_the_order_of_the_tones() {
        for (i, (tone, ..)) in LEGEND.iter().enumerate() {
            assert_eq!(*tone as usize, i);
        }
    }

    #[test]
    fn values_are_escaped_for_html_and_the_inert_set() {
        let page = html! { p { "<b>\"a\" & 'b'</b>" } p { "x\u{202e}y\u{1b}" } }.into_string();
        assert_eq!(
            visible(&page),
            "<p>&lt;b&gt;&quot;a&quot; &amp; 'b'&lt;/b&gt;</p><p>x\\u{202e}y\\u{1b}</p>"
        );
    }
}
