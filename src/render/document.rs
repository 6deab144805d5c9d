//! A plan written back as the document it came from: header, basis,
//! I. purpose and requirements, II. tasks with their three labelled lines,
//! III. responsibilities, the recipients and the signer. One description of
//! the document ([`Document`]) is written as plain text, Markdown
//! (`write`) or Word (`render::paper`), in the interface's language
//! (`plan import` reads the Vietnamese one and gives the plan back). Every
//! line of text goes out through `Writer::line`, which makes the plan's
//! text inert as documents show it (`text::visible_in_document`).

use std::io::{self, Write};

use super::paper;
use crate::model::{Plan, Task};
use crate::t;
use crate::text::{fold_ascii, upper_first, visible_in_document};

/// Plain text like the signed document, or Markdown for pasting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Text,
    Markdown,
}

/// A piece of the document's body, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The sentence of the documents the plan implements.
    Basis(String),
    /// A section heading: `I. MỤC ĐÍCH, YÊU CẦU`.
    Heading(String),
    /// The heading the document groups tasks under.
    Group(String),
    /// A task: its number as the document writes it (`3.`, `a)`) and title.
    Item { number: String, title: String },
    /// A labelled line of a task: `- Đơn vị chủ trì: …`.
    Label { label: String, value: String },
    /// A numbered heading of section III: `1. Phòng Văn hóa và Thông tin`.
    Subheading(String),
    /// A paragraph of text.
    Text(String),
}

/// The plan's document: what the header block, the title, the body and the
/// signature say, whatever it is written as.
#[derive(Debug, Clone)]
pub struct Document {
    /// `ỦY BAN NHÂN DÂN` over `HUYỆN TRIỆU SƠN`, or the issuer alone.
    pub issuer: Vec<String>,
    /// `Số: 125/KH-UBND`.
    pub number: Option<String>,
    /// `Triệu Sơn, ngày 05 tháng 5 năm 2020`.
    pub dated: Option<String>,
    /// `KẾ HOẠCH`.
    pub kind: String,
    /// What the plan is about, its first letter in capitals.
    pub subject: String,
    pub body: Vec<Block>,
    /// `Nơi nhận:` and its lines, each ending as documents end them.
    pub recipients: Vec<String>,
    /// `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`, then the signer's name last.
    pub signature: Vec<String>,
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

/// `text` with its first letter in lower case.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The header block's left column: `ỦY BAN NHÂN DÂN` over `HUYỆN TRIỆU
/// SƠN`, as documents head it, or the issuer alone.
pub fn issuer_lines(issuer: Option<&str>) -> Vec<String> {
    match issuer {
        Some(issuer) => match issuer.strip_prefix("UBND ") {
            Some(place) => vec![t!("out-doc-committee"), place.to_uppercase()],
            None => vec![issuer.to_uppercase()],
        },
        None => Vec::new(),
    }
}

/// The recipients as `Nơi nhận:` lists them: `- X;` each, `- Y.` last.
pub fn recipients(names: &[String]) -> Vec<String> {
    names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let end = if n + 1 == names.len() { "." } else { ";" };
            // "Lưu: VT." in the plan file is not ended twice.
            format!("- {}{end}", name.trim_end_matches(['.', ';', ',']))
        })
        .collect()
}

impl Document {
    /// The document of `plan`.
    pub fn of(plan: &Plan) -> Document {
        let subject = plan
            .title
            .strip_prefix("Kế hoạch ")
            .or_else(|| plan.title.strip_prefix("KẾ HOẠCH "))
            .unwrap_or(&plan.title);
        let mut body = Vec::new();
        if !plan.basis.is_empty() {
            let issuer = match &plan.issuer {
                Some(issuer) => issuer.clone(),
                None => t!("out-doc-issuer"),
            };
            body.push(Block::Basis(t!(
                "out-doc-basis",
                basis = plan.basis.join("; "),
                issuer = issuer
            )));
        }
        if plan.purpose.is_some() || plan.requirements.is_some() {
            body.push(Block::Heading(t!("out-doc-purpose-heading")));
            if let Some(purpose) = &plan.purpose {
                body.push(Block::Text(t!("out-doc-purpose", text = purpose.as_str())));
            }
            if let Some(requirements) = &plan.requirements {
                body.push(Block::Text(t!(
                    "out-doc-requirements",
                    text = requirements.as_str()
                )));
            }
        }
        body.push(Block::Heading(t!("out-doc-contents")));
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
                    body.push(Block::Group(heading.to_owned()));
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
            body.push(Block::Item {
                number,
                title: task.title.clone(),
            });
            if !task.lead.is_empty() {
                body.push(Block::Label {
                    label: lead.clone(),
                    value: super::unit_names(plan, &task.lead, "; "),
                });
            }
            if !task.partners.is_empty() {
                body.push(Block::Label {
                    label: partners.clone(),
                    value: super::unit_names(plan, &task.partners, "; "),
                });
            }
            let window = window(task);
            if !window.is_empty() {
                body.push(Block::Label {
                    label: window_label.clone(),
                    value: window,
                });
            }
        }
        if !plan.responsibilities.is_empty() {
            body.push(Block::Heading(t!("out-doc-implementation")));
            for (n, responsibility) in plan.responsibilities.iter().enumerate() {
                let heading = responsibility
                    .heading
                    .as_deref()
                    .unwrap_or_else(|| plan.unit_name(&responsibility.unit));
                body.push(Block::Subheading(format!("{}. {heading}", n + 1)));
                body.push(Block::Text(responsibility.text.clone()));
            }
        }
        if let Some(closing) = &plan.closing {
            body.push(Block::Text(closing.clone()));
        }
        Document {
            issuer: issuer_lines(plan.issuer.as_deref()),
            number: plan
                .number
                .as_ref()
                .map(|number| t!("out-doc-number", number = number.as_str())),
            dated: plan
                .date
                .map(|date| paper::on_day(plan.place.as_deref(), date)),
            kind: t!("out-doc-plan"),
            subject: upper_first(subject),
            body,
            recipients: recipients(&plan.recipients),
            signature: paper::signature(plan.signer.as_ref()),
        }
    }
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

    /// A line and the blank after it, with the Markdown mark of its kind.
    fn block(&mut self, block: &Block) -> io::Result<()> {
        let md = self.style == Style::Markdown;
        match block {
            Block::Basis(text) | Block::Text(text) => self.line(text)?,
            Block::Heading(text) if md => self.line(&format!("## {text}"))?,
            Block::Group(text) | Block::Subheading(text) if md => {
                self.line(&format!("### {text}"))?
            }
            Block::Heading(text) | Block::Group(text) | Block::Subheading(text) => {
                self.line(text)?
            }
            Block::Item { number, title } if md => self.line(&format!("**{number}** {title}"))?,
            Block::Item { number, title } => self.line(&format!("{number} {title}"))?,
            Block::Label { label, value } if md => {
                self.line(&format!("- **{label}:** {value}."))?
            }
            Block::Label { label, value } => self.line(&format!("- {label}: {value}."))?,
        }
        self.blank()
    }
}

/// Write `plan` as its document.
pub fn write(plan: &Plan, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let document = Document::of(plan);
    let mut w = Writer { out, style };
    for line in &document.issuer {
        w.line(line)?;
    }
    for line in document.number.iter().chain(&document.dated) {
        w.line(line)?;
    }
    w.blank()?;
    match style {
        Style::Text => {
            w.line(&document.kind)?;
            w.line(&document.subject)?;
        }
        Style::Markdown => {
            w.line(&format!("# {}", document.kind))?;
            w.blank()?;
            w.line(&format!("**{}**", document.subject))?;
        }
    }
    w.blank()?;
    for block in &document.body {
        w.block(block)?;
    }
    if !document.recipients.is_empty() {
        w.line(&t!("out-doc-recipients"))?;
        for line in &document.recipients {
            w.line(line)?;
        }
        w.blank()?;
    }
    if let Some((name, over)) = document.signature.split_last() {
        for line in over {
            w.line(line)?;
        }
        w.blank()?;
        w.line(name)?;
    }
    Ok(())
}

/// Write `plan` as its document in Word, laid out as Nghị định 30/2020
/// prescribes (`render::paper`): what an office signs and issues. A plan
/// with no number or date yet leaves their blanks for the clerk to fill in
/// when it is signed.
pub fn write_docx(plan: &Plan, out: &mut dyn Write) -> io::Result<()> {
    let document = Document::of(plan);
    let number = document
        .number
        .clone()
        .unwrap_or_else(|| t!("out-doc-number", number = "      /KH-UBND"));
    let dated = paper::dated(&paper::place(Some(plan)), plan.date);
    let mut xml = paper::header(&paper::Header {
        issuer: &document.issuer,
        number: &number,
        summary: None,
        dated: Some(&dated),
    });
    xml.push_str(&paper::title(&document.kind, &document.subject));
    for (n, block) in document.body.iter().enumerate() {
        // A task's title and labelled lines stay on one page.
        let more = matches!(document.body.get(n + 1), Some(Block::Label { .. }));
        xml.push_str(&match block {
            Block::Basis(text) | Block::Text(text) => paper::body(text),
            Block::Heading(text) | Block::Subheading(text) => paper::heading(text, false),
            Block::Group(text) => paper::heading(text, true),
            Block::Item { number, title } => paper::body_with_next(&format!("{number} {title}")),
            Block::Label { label, value } if more => {
                paper::body_with_next(&format!("- {label}: {value}."))
            }
            Block::Label { label, value } => paper::body(&format!("- {label}: {value}.")),
        });
    }
    xml.push_str(&paper::closing(&document.recipients, &document.signature));
    paper::package(&paper::document(&xml), out)
}
