//! The report as one self-contained HTML page: the plans' headers, the
//! per-unit table, an SVG timeline (a Gantt chart with milestones, a line
//! for the reference day and status colours) and the overdue list. No
//! script, no network; inline CSS sized for A4 paper.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::day;
use crate::model::Plan;
use crate::query::State;
use crate::report::Report;
use crate::text::visible;

/// Text for HTML: escaped, with control characters made visible.
pub fn esc(text: &str) -> String {
    let shown = visible(text);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

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
ol.overdue li { margin-bottom: 4px; }
@media print { body { margin: 0; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
";

/// Colour of a task by where it stands.
fn colour(state: State) -> &'static str {
    match super::Tone::of(state) {
        super::Tone::DoneOnTime => "#2e7d32",
        super::Tone::DoneLate => "#8d6e63",
        super::Tone::Overdue => "#c62828",
        super::Tone::DueSoon => "#f9a825",
        super::Tone::NotYetDue => "#1565c0",
        super::Tone::Idle => "#9e9e9e",
    }
}

const LEGEND: [(&str, &str); 6] = [
    ("#2e7d32", "hoàn thành đúng hạn"),
    ("#8d6e63", "hoàn thành trễ hạn"),
    ("#c62828", "quá hạn"),
    ("#f9a825", "đến hạn trong 30 ngày"),
    ("#1565c0", "chưa đến hạn"),
    ("#9e9e9e", "chờ điều kiện hoặc đã hủy"),
];

/// The span the timeline shows: the plans' periods, widened to every task
/// window and the reference day, in whole months.
pub fn timeline_span(plans: &[Plan], today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let mut start: Option<NaiveDate> = None;
    let mut end: Option<NaiveDate> = None;
    let mut widen = |d: NaiveDate| {
        start = Some(start.map_or(d, |s| s.min(d)));
        end = Some(end.map_or(d, |e| e.max(d)));
    };
    for plan in plans {
        if let Some(period) = plan.period {
            period.start.into_iter().for_each(&mut widen);
            widen(period.end);
        }
        for task in &plan.tasks {
            for m in &task.window.milestones {
                m.start.into_iter().for_each(&mut widen);
                widen(m.end);
            }
        }
    }
    widen(today);
    let start = super::first_of_month(start.unwrap_or(today));
    let end = end.unwrap_or(today);
    // Keep the chart readable: at most ten years.
    let end = end.min(start + chrono::Duration::days(3660));
    (start, end)
}

/// The SVG Gantt chart of every task.
fn gantt(plans: &[Plan], today: NaiveDate) -> String {
    let (start, end) = timeline_span(plans, today);
    let days = (end - start).num_days().max(1) as f64 + 1.0;
    let (width, label, row, top) = (1000.0, 250.0, 20.0, 30.0);
    let chart = width - label - 10.0;
    let x = |d: NaiveDate| label + chart * ((d - start).num_days() as f64).clamp(0.0, days) / days;
    let rows: usize = plans.iter().map(|p| p.tasks.len()).sum();
    let height = top + row * rows as f64 + 10.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg viewBox="0 0 {width} {height}" role="img" aria-label="Tiến độ các nhiệm vụ theo thời gian" font-family="sans-serif" font-size="11">"#
    );
    // Month grid and labels.
    let mut month = start;
    while month <= end {
        let mx = x(month);
        let _ = write!(
            svg,
            r##"<line x1="{mx:.1}" y1="{top}" x2="{mx:.1}" y2="{height}" stroke="#ddd"/><text x="{:.1}" y="{}" fill="#555">{:02}/{}</text>"##,
            mx + 2.0,
            top - 8.0,
            month.month(),
            month.year() % 100
        );
        month = super::next_month(month);
    }
    let qualify = plans.len() > 1;
    let mut y = top;
    for plan in plans {
        for task in &plan.tasks {
            let state = State::of(task, today);
            let fill = colour(state);
            let name = if qualify {
                format!("{}:{}", plan.id, task.id)
            } else {
                task.id.clone()
            };
            let title: String = task.title.chars().take(34).collect();
            let more = if task.title.chars().count() > 34 {
                "…"
            } else {
                ""
            };
            let _ = write!(
                svg,
                r##"<g class="task"><title>{}</title><text x="4" y="{:.1}" fill="#222">{}. {}{more}</text>"##,
                esc(&format!(
                    "{} — {} — {}",
                    task.title,
                    task.window.text,
                    super::state(state)
                )),
                y + 14.0,
                esc(&name),
                esc(&title)
            );
            let closed = |i: usize| {
                task.status == crate::model::Status::Done || i < task.milestones_done.len()
            };
            for (i, m) in task.window.milestones.iter().enumerate() {
                if let Some(s) = m.start {
                    let (x1, x2) = (x(s), x(m.end + chrono::Duration::days(1)));
                    let _ = write!(
                        svg,
                        r#"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2" fill="{fill}" opacity="0.85"/>"#,
                        y + 4.0,
                        (x2 - x1).max(2.0),
                        row - 8.0
                    );
                }
                if task.window.milestones.len() > 1 || m.start.is_none() {
                    // A milestone: a diamond at its deadline, filled when closed.
                    let cx = x(m.end + chrono::Duration::days(1));
                    let cy = y + row / 2.0;
                    let inside = if closed(i) { fill } else { "#fff" };
                    let _ = write!(
                        svg,
                        r#"<path class="milestone" d="M{cx:.1} {:.1} L{:.1} {cy:.1} L{cx:.1} {:.1} L{:.1} {cy:.1} Z" fill="{inside}" stroke="{fill}" stroke-width="1.5"/>"#,
                        cy - 6.0,
                        cx + 6.0,
                        cy + 6.0,
                        cx - 6.0
                    );
                }
            }
            if task.window.milestones.is_empty() {
                let _ = write!(
                    svg,
                    r##"<text x="{:.1}" y="{:.1}" fill="#777" font-style="italic">{}</text>"##,
                    label + 4.0,
                    y + 14.0,
                    esc(&format!("chờ: {}", task.window.text))
                );
            }
            svg.push_str("</g>");
            y += row;
        }
    }
    let tx = x(today);
    let _ = write!(
        svg,
        r##"<line class="today" x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{height}" stroke="#000" stroke-width="1.5" stroke-dasharray="4 3"/><text x="{:.1}" y="{}" font-weight="bold">{}</text>"##,
        top - 4.0,
        tx + 3.0,
        height - 2.0,
        day(today)
    );
    svg.push_str("</svg>");
    svg
}

/// The whole page.
pub fn page(report: &Report, plans: &[Plan], out: &mut dyn Write) -> io::Result<()> {
    let mut html = String::new();
    let heading = match plans {
        [one] => one.title.clone(),
        _ => format!("{} plans", plans.len()),
    };
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&format!("Báo cáo tiến độ — {heading}"))
    );
    for plan in plans {
        html.push_str("<header>\n");
        if let Some(issuer) = &plan.issuer {
            let _ = writeln!(
                html,
                "<p><strong>{}</strong></p>",
                esc(&issuer.to_uppercase())
            );
        }
        let mut line = Vec::new();
        if let Some(number) = &plan.number {
            line.push(format!("Số: {}", esc(number)));
        }
        if let Some(date) = plan.date {
            line.push(format!("ngày {}", day(date)));
        }
        if let Some(period) = &plan.period_text {
            line.push(format!("Thời gian: {}", esc(period)));
        }
        if !line.is_empty() {
            let _ = writeln!(html, "<p>{}</p>", line.join(" · "));
        }
        let _ = writeln!(html, "<h1>{}</h1>\n</header>", esc(&plan.title));
    }
    let words = &super::report::VIETNAMESE;
    let _ = writeln!(
        html,
        "<h2>{}</h2>",
        esc(&super::report::heading(report, words))
    );
    html.push_str("<table class=\"units\">\n<thead><tr>");
    for h in words.header {
        let _ = write!(html, "<th>{}</th>", esc(h));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    let qualify = plans.len() > 1;
    for row in &report.units {
        let _ = write!(
            html,
            "<tr><td>{}</td>",
            esc(&super::report::label(row, qualify, words))
        );
        for (i, n) in super::report::numbers(&row.counts, words)
            .iter()
            .enumerate()
        {
            let bad = (i == 3 || i == 4) && row.counts.overdue > 0;
            let _ = write!(
                html,
                "<td class=\"n{}\">{}</td>",
                if bad { " bad" } else { "" },
                esc(n)
            );
        }
        html.push_str("</tr>\n");
    }
    let _ = write!(html, "<tr class=\"total\"><td>{}</td>", words.total);
    for n in super::report::numbers(&report.totals, words) {
        let _ = write!(html, "<td class=\"n\">{}</td>", esc(&n));
    }
    html.push_str("</tr>\n</tbody>\n</table>\n");
    let _ = writeln!(
        html,
        "<p>{}</p>",
        esc(&super::report::on_time_line(report, words))
    );
    html.push_str("<h2>Tiến độ theo thời gian</h2>\n<div class=\"legend\">");
    for (colour, name) in LEGEND {
        let _ = write!(
            html,
            "<span><i style=\"background:{colour}\"></i>{name}</span>"
        );
    }
    html.push_str("<span>◆ mốc (tô đậm khi hoàn thành)</span><span>┆ ngày báo cáo</span></div>\n");
    html.push_str(&gantt(plans, report.as_of));
    let _ = writeln!(html, "\n<h2>{}</h2>", words.overdue_title);
    if report.overdue.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", words.none_overdue);
    } else {
        html.push_str("<ol class=\"overdue\">\n");
        for task in &report.overdue {
            let _ = writeln!(
                html,
                "<li><strong>{}</strong> {} — <em>{}</em>; {} (hạn {}), <strong>quá hạn {} ngày</strong></li>",
                esc(&task.id),
                esc(&task.title),
                esc(&task.lead.join("; ")),
                esc(&task.window),
                day(task.due),
                task.days
            );
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</body>\n</html>\n");
    out.write_all(html.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_controls() {
        assert_eq!(
            esc("<b>\"a\" & 'b'</b>"),
            "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;"
        );
        assert_eq!(esc("x\u{202e}y\u{1b}"), "x\\u{202e}y\\u{1b}");
    }
}
