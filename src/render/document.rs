//! A plan written back as the document it came from: header, basis,
//! I. purpose and requirements, II. tasks with their three labelled lines,
//! III. responsibilities, the recipients and the signer — as plain text or
//! Markdown, in the interface's language (`plan import` reads the
//! Vietnamese one and gives the plan back). Every line
//! goes out through `Writer::line`, which makes the plan's text inert as
//! documents show it (`text::visible_in_document`).

use std::io::{self, Write};

use chrono::Datelike;

use crate::model::{Plan, Task};
use crate::t;
use crate::text::{fold_ascii, upper_first, visible_in_document};

/// Plain text like the signed document, or Markdown for pasting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Text,
    Markdown,
}

struct Writer<'w> {
    out: &'w mut dyn Write,
    style: Style,
}

impl Writer<'_> {
    fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{}", visible_in_document(text))
    }

    fn blank(&mut self) -> io::Result<()> {
        writeln!(self.out)
    }

    /// A section heading: `I. MỤC ĐÍCH, YÊU CẦU`.
    fn heading(&mut self, text: &str) -> io::Result<()> {
        match self.style {
            Style::Text => self.line(text)?,
            Style::Markdown => self.line(&format!("## {text}"))?,
        }
        self.blank()
    }

    /// A labelled line of a task: `- Đơn vị chủ trì: …`.
    fn label(&mut self, label: &str, value: &str) -> io::Result<()> {
        match self.style {
            Style::Text => self.line(&format!("- {label}: {value}."))?,
            Style::Markdown => self.line(&format!("- **{label}:** {value}."))?,
        }
        self.blank()
    }
}

/// The window line of a task: the window as written, and the condition
/// when the title does not already say it.
fn window(task: &Task) -> String {
    let condition = task
        .condition
        .as_deref()
        .filter(|c| !fold_ascii(&task.title).contains(&fold_ascii(c)));
    match (
        task.window.milestones.is_empty() && !task.window.unread && task.condition.is_some(),
        condition,
    ) {
        (true, _) => task.window.text.clone(),
        (false, Some(condition)) => format!("{}, {}", task.window.text, lowercase_first(condition)),
        (false, None) => task.window.text.clone(),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Write `plan` as its document.
pub fn write(plan: &Plan, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer { out, style };
    if let Some(issuer) = &plan.issuer {
        // As documents head it: "ỦY BAN NHÂN DÂN" over "HUYỆN TRIỆU SƠN".
        match issuer.strip_prefix("UBND ") {
            Some(place) => {
                w.line(&t!("out-doc-committee"))?;
                w.line(&place.to_uppercase())?;
            }
            None => w.line(&issuer.to_uppercase())?,
        }
    }
    let mut dated = Vec::new();
    if let Some(number) = &plan.number {
        dated.push(t!("out-doc-number", number = number.as_str()));
    }
    if let Some(date) = plan.date {
        let place = plan
            .place
            .as_deref()
            .map(|p| format!("{p}, "))
            .unwrap_or_default();
        // Nghị định 30/2020, Phụ lục I: a day below 10 and the months 1
        // and 2 take a leading zero (ngày 05 tháng 02, ngày 12 tháng 3).
        let month = match date.month() {
            m @ 1..=2 => format!("{m:02}"),
            m => m.to_string(),
        };
        dated.push(t!(
            "out-doc-date",
            place = place,
            day = format!("{:02}", date.day()),
            month = month,
            year = date.year()
        ));
    }
    for line in dated {
        w.line(&line)?;
    }
    w.blank()?;
    let subject = plan
        .title
        .strip_prefix("Kế hoạch ")
        .or_else(|| plan.title.strip_prefix("KẾ HOẠCH "))
        .unwrap_or(&plan.title);
    match style {
        Style::Text => {
            w.line(&t!("out-doc-plan"))?;
            w.line(&upper_first(subject))?;
        }
        Style::Markdown => {
            w.line(&format!("# {}", t!("out-doc-plan")))?;
            w.blank()?;
            w.line(&format!("**{}**", upper_first(subject)))?;
        }
    }
    w.blank()?;
    if !plan.basis.is_empty() {
        let issuer = match &plan.issuer {
            Some(issuer) => issuer.clone(),
            None => t!("out-doc-issuer"),
        };
        w.line(&t!(
            "out-doc-basis",
            basis = plan.basis.join("; "),
            issuer = issuer
        ))?;
        w.blank()?;
    }
    if plan.purpose.is_some() || plan.requirements.is_some() {
        w.heading(&t!("out-doc-purpose-heading"))?;
        if let Some(purpose) = &plan.purpose {
            w.line(&t!("out-doc-purpose", text = purpose.as_str()))?;
            w.blank()?;
        }
        if let Some(requirements) = &plan.requirements {
            w.line(&t!("out-doc-requirements", text = requirements.as_str()))?;
            w.blank()?;
        }
    }
    w.heading(&t!("out-doc-contents"))?;
    let (lead, partners, window_label) = (
        t!("out-doc-lead"),
        t!("out-doc-partners"),
        t!("out-doc-window"),
    );
    let mut group: Option<&str> = None;
    for task in &plan.tasks {
        if task.group.as_deref() != group {
            group = task.group.as_deref();
            if let Some(heading) = group {
                match style {
                    Style::Text => w.line(heading)?,
                    Style::Markdown => w.line(&format!("### {heading}"))?,
                }
                w.blank()?;
            }
        }
        // "2.a" is item a) under heading 2, as documents number it.
        let number = match task.id.rsplit_once('.') {
            Some((_, letter))
                if letter.chars().count() == 1 && letter.chars().all(char::is_alphabetic) =>
            {
                format!("{letter})")
            }
            _ => format!("{}.", task.id),
        };
        match style {
            Style::Text => w.line(&format!("{number} {}", task.title))?,
            Style::Markdown => w.line(&format!("**{number}** {}", task.title))?,
        }
        w.blank()?;
        if !task.lead.is_empty() {
            w.label(&lead, &super::unit_names(plan, &task.lead, "; "))?;
        }
        if !task.partners.is_empty() {
            w.label(&partners, &super::unit_names(plan, &task.partners, "; "))?;
        }
        let window = window(task);
        if !window.is_empty() {
            w.label(&window_label, &window)?;
        }
    }
    if !plan.responsibilities.is_empty() {
        w.heading(&t!("out-doc-implementation"))?;
        for (n, responsibility) in plan.responsibilities.iter().enumerate() {
            let heading = responsibility
                .heading
                .as_deref()
                .unwrap_or_else(|| plan.unit_name(&responsibility.unit));
            match style {
                Style::Text => w.line(&format!("{}. {heading}", n + 1))?,
                Style::Markdown => w.line(&format!("### {}. {heading}", n + 1))?,
            }
            w.blank()?;
            w.line(&responsibility.text)?;
            w.blank()?;
        }
    }
    if let Some(closing) = &plan.closing {
        w.line(closing)?;
        w.blank()?;
    }
    if !plan.recipients.is_empty() {
        w.line(&t!("out-doc-recipients"))?;
        for (n, recipient) in plan.recipients.iter().enumerate() {
            let end = if n + 1 == plan.recipients.len() {
                "."
            } else {
                ";"
            };
            w.line(&format!("- {recipient}{end}"))?;
        }
        w.blank()?;
    }
    if let Some(signer) = &plan.signer {
        // "KT." signs for a person (a deputy for the chair), "TM." on behalf
        // of a body (the committee).
        if let Some(principal) = &signer.on_behalf_of {
            let person = fold_ascii(principal).contains("chu tich");
            let prefix = if person {
                t!("out-doc-for")
            } else {
                t!("out-doc-on-behalf")
            };
            w.line(&format!("{prefix} {}", principal.to_uppercase()))?;
        }
        if let Some(position) = &signer.position {
            w.line(&position.to_uppercase())?;
        }
        w.blank()?;
        w.line(&signer.name)?;
    }
    Ok(())
}
