//! A reminder to a unit (`plan remind`): its overdue tasks and those due
//! soon, with their deadlines, in the interface's language.

use std::io::{self, Write};

use chrono::NaiveDate;

use super::document;
use super::paper::{self, para, run};
use crate::cli::RemindFormat;
use crate::model::{Plan, Signer, Task};
use crate::t;
use crate::units::Unit;
use crate::window::days::Span;

/// A task a unit owes: overdue by `days`, or due in `days`.
#[derive(Debug, Clone)]
pub struct Owed<'p> {
    pub task: &'p Task,
    pub due: NaiveDate,
    pub days: i64,
    pub overdue: bool,
}

/// The reminder to one unit of one plan.
pub struct Reminder<'p> {
    pub plan: &'p Plan,
    pub unit: &'p Unit,
    pub tasks: Vec<Owed<'p>>,
    pub today: NaiveDate,
    pub within: Span,
}

fn day(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

impl Reminder<'_> {
    /// The reminder as text or Markdown; every text from the plan file is
    /// shown inert.
    pub fn render(&self, format: RemindFormat) -> String {
        let md = format == RemindFormat::Md;
        let clean = |text: &str| crate::text::visible(text).into_owned();
        let mut out = String::new();
        let unit = clean(&self.unit.name);
        let plan = match &self.plan.number {
            Some(number) => t!(
                "remind-plan-numbered",
                number = clean(number),
                title = clean(&self.plan.title)
            ),
            None => clean(&self.plan.title),
        };
        let to = t!("remind-to", unit = unit);
        out.push_str(&if md {
            format!("**{to}**\n\n")
        } else {
            format!("{to}\n\n")
        });
        out.push_str(&t!("remind-intro", plan = plan, day = day(self.today)));
        out.push_str("\n\n");
        let (mut overdue, mut soon) = (Vec::new(), Vec::new());
        for owed in &self.tasks {
            let (id, title) = (clean(&owed.task.id), clean(&owed.task.title));
            let (key, list) = match owed.overdue {
                true => ("remind-overdue-task", &mut overdue),
                false => ("remind-soon-task", &mut soon),
            };
            let mut args = crate::i18n::Args::new();
            args.set("id", id);
            args.set("title", title);
            args.set("due", day(owed.due));
            args.set("days", owed.days);
            list.push(crate::i18n::message(key, Some(&args)));
        }
        let within = match self.within {
            Span::Days(n) => t!("remind-within-days", count = n),
            Span::Months(n) => t!("remind-within-months", count = n),
        };
        for (heading, tasks) in [
            (t!("remind-overdue"), overdue),
            (t!("remind-soon", within = within), soon),
        ] {
            if tasks.is_empty() {
                continue;
            }
            out.push_str(&if md {
                format!("### {heading}\n\n")
            } else {
                format!("{heading}\n")
            });
            for task in tasks {
                out.push_str(&format!("- {task}\n"));
            }
            out.push('\n');
        }
        out.push_str(&t!("remind-closing"));
        out.push('\n');
        out
    }
}

impl Reminder<'_> {
    /// The urging letter (công văn đôn đốc) to the unit, in Word, laid out
    /// as Nghị định 30/2020 prescribes for a letter (`render::paper`): the
    /// summary `V/v đôn đốc thực hiện nhiệm vụ …` under the number, `Kính
    /// gửi:` the unit, the tasks it owes in a table with their deadlines and
    /// days overdue, the request, `Nơi nhận:` and the plan's signer (or
    /// `signer`). Vietnamese whatever the interface: it is what the office
    /// sends.
    pub fn letter(&self, signer: Option<&Signer>, out: &mut dyn Write) -> io::Result<()> {
        let xml = crate::i18n::scoped(crate::i18n::Lang::Vi, || self.letter_xml(signer));
        paper::package(&xml, out)
    }

    fn letter_xml(&self, signer: Option<&Signer>) -> String {
        let plan = self.plan;
        let issuer = document::issuer_lines(plan.issuer.as_deref());
        let place = paper::place(Some(plan));
        let dated = paper::dated(&place, Some(self.today));
        let summary = match &plan.number {
            Some(number) => format!("V/v đôn đốc thực hiện nhiệm vụ theo Kế hoạch số {number}"),
            None => "V/v đôn đốc thực hiện nhiệm vụ được giao".to_owned(),
        };
        let mut xml = paper::header(&paper::Header {
            issuer: &issuer,
            number: "Số:       /UBND",
            summary: Some(&summary),
            dated: Some(&dated),
        });
        xml.push_str(&para("", "center", false));
        xml.push_str(&para(
            &run(&format!("Kính gửi: {}.", self.unit.name), 14, false, false),
            "center",
            false,
        ));
        xml.push_str(&para("", "center", false));

        // Which plan: its number, date and issuer, then what it is about.
        let mut reference = match &plan.number {
            Some(number) => format!("Kế hoạch số {number}"),
            None => "Kế hoạch".to_owned(),
        };
        if let Some(date) = plan.date {
            reference.push_str(&format!(" ngày {}", day(date)));
        }
        if let Some(issuer) = &plan.issuer {
            reference.push_str(&format!(" của {issuer}"));
        }
        let subject = plan
            .title
            .strip_prefix("Kế hoạch ")
            .or_else(|| plan.title.strip_prefix("KẾ HOẠCH "))
            .unwrap_or(&plan.title);
        let overdue = self.tasks.iter().filter(|owed| owed.overdue).count();
        let soon = self.tasks.len() - overdue;
        let owes = match (overdue, soon) {
            (0, n) => format!("{n} nhiệm vụ sắp đến hạn"),
            (n, 0) => format!("{n} nhiệm vụ đã quá thời hạn thực hiện"),
            (n, m) => format!("{n} nhiệm vụ đã quá thời hạn thực hiện và {m} nhiệm vụ sắp đến hạn"),
        };
        xml.push_str(&paper::body(&format!(
            "Thực hiện {reference} về việc {}, đến ngày {}, {} còn {owes}, cụ thể như sau:",
            document::lowercase_first(subject),
            day(self.today),
            self.unit.name
        )));

        // The tasks: number, what, deadline, how late or how soon.
        let width = paper::text_width();
        let widths = [
            width / 10,
            width * 11 / 20,
            width / 6,
            width - width / 10 - width * 11 / 20 - width / 6,
        ];
        let header = ["TT", "Nội dung nhiệm vụ", "Thời hạn", "Tình trạng"].map(str::to_owned);
        let rows: Vec<Vec<String>> = self
            .tasks
            .iter()
            .map(|owed| {
                let state = match (owed.overdue, owed.days) {
                    (true, days) => format!("Quá hạn {days} ngày"),
                    (false, 0) => "Đến hạn hôm nay".to_owned(),
                    (false, days) => format!("Còn {days} ngày"),
                };
                vec![
                    owed.task.id.clone(),
                    owed.task.title.clone(),
                    day(owed.due),
                    state,
                ]
            })
            .collect();
        xml.push_str(&paper::grid(&widths, &header, &rows, &[1], &[]));
        xml.push_str(&para("", "both", false));

        let issuer = plan
            .issuer
            .clone()
            .unwrap_or_else(|| "Ủy ban nhân dân".to_owned());
        xml.push_str(&paper::body(&format!(
            "Để bảo đảm tiến độ thực hiện Kế hoạch, {issuer} đề nghị {} khẩn trương triển khai \
             thực hiện các nhiệm vụ nêu trên và báo cáo kết quả về {issuer} để tổng hợp./.",
            self.unit.name
        )));
        let signer = signer.cloned().or_else(|| plan.signer.clone());
        xml.push_str(&paper::closing(
            &["- Như trên;".to_owned(), "- Lưu: VT.".to_owned()],
            &paper::signature(signer.as_ref()),
        ));
        paper::document(&xml)
    }
}
