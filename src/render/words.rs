//! The words of the outputs for people, looked up in the catalog once per
//! run and language: a table of a hundred thousand rows reads them from
//! here, not from the catalog row by row. A word with a number or a date
//! in it is kept as a [`Template`], filled in without the catalog.

use std::sync::OnceLock;

use crate::i18n::{self, Args, Lang, Value};
use crate::model::Status;

/// A message with placeholders, split once at its variables.
#[derive(Debug)]
pub struct Template {
    pieces: Vec<Piece>,
    /// The message for a count of one, when it differs (English plurals).
    one: Option<Vec<Piece>>,
}

#[derive(Debug)]
enum Piece {
    Text(String),
    Var(usize),
}

/// Marks a variable in a formatted message: a private-use character and
/// the variable's index, never found in a catalog.
const MARK: char = '\u{F8FF}';

impl Template {
    /// The message `key` of `lang`, with `vars` in this order. With
    /// `count`, the first variable is a count, and the message for a count
    /// of one (an English singular) is kept apart.
    fn new(lang: Lang, key: &str, vars: &[&str], count: bool) -> Template {
        // Marks are strings: a count's plural selector then takes the
        // default (other) variant.
        let mut args = Args::new();
        for (i, name) in vars.iter().enumerate() {
            args.set(*name, Value::from(format!("{MARK}{i}{MARK}")));
        }
        let text = i18n::message_in(lang, key, Some(&args));
        let one = count.then(|| {
            args.set(vars[0], Value::from(1));
            split(&i18n::message_in(lang, key, Some(&args)))
        });
        Template {
            pieces: split(&text),
            one,
        }
    }

    /// The message with `values` in its variables.
    pub fn fill(&self, values: &[&str]) -> String {
        fill(&self.pieces, values)
    }

    /// The message for the count `n`, with `rest` in the other variables.
    pub fn count(&self, n: i64, rest: &[&str]) -> String {
        let n = n.to_string();
        let mut values = vec![n.as_str()];
        values.extend_from_slice(rest);
        match &self.one {
            Some(one) if n == "1" => fill(one, &values),
            _ => fill(&self.pieces, &values),
        }
    }
}

/// A formatted message cut at its variables' marks.
fn split(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for (i, part) in text.split(MARK).enumerate() {
        if i % 2 == 1
            && let Ok(n) = part.parse()
        {
            pieces.push(Piece::Var(n));
        } else if !part.is_empty() {
            pieces.push(Piece::Text(part.to_owned()));
        }
    }
    pieces
}

fn fill(pieces: &[Piece], values: &[&str]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(n) => out.push_str(values.get(*n).copied().unwrap_or_default()),
        }
    }
    out
}

/// The words of lists, task views, the registry, the timeline and
/// calendars, in one language.
#[derive(Debug)]
pub struct Words {
    pub list_header: [String; 7],
    status: [String; 4],
    pub milestones: Template,
    pub done_late: String,
    pub done: String,
    pub cancelled: String,
    pub overdue: Template,
    pub due_today: String,
    pub due_in: Template,
    pub waiting: String,
    pub unscheduled: String,
    pub days: Template,
    pub by: Template,
    pub unread: String,
    pub no_dates: String,
    pub unassigned: String,
    pub condition: Template,
    /// lead, partners, window, status: the labels of a narrow list.
    pub fields: [String; 4],
    pub status_overdue: Template,
    /// Lead, Partners, Group, Window, Condition, Status, State, Note,
    /// Review: the labels of `plan show`.
    pub show: [String; 9],
    /// The label of the units' reports in `plan show`.
    pub show_reports: String,
    pub reported: Template,
    pub not_reported: Template,
    pub report_entry: Template,
    pub report_entry_note: Template,
    pub as_of: Template,
    pub milestone: Template,
    pub done_on: Template,
    pub open: String,
    pub review: [String; 5],
    pub units_header: [String; 5],
    pub also: Template,
    pub none_listed: String,
    pub group_of: Template,
    pub member_of: Template,
    pub no_window: Template,
    pub waits: Template,
    pub legend: Template,
    /// Lead, Partners, Window, Plan, Condition: a calendar event's
    /// description.
    pub ics: [String; 5],
}

impl Words {
    fn of(lang: Lang) -> Words {
        let m = |key: &str| i18n::message_in(lang, key, None);
        let t = |key: &str, vars: &[&str]| Template::new(lang, key, vars, false);
        let n = |key: &str, vars: &[&str]| Template::new(lang, key, vars, true);
        let many = |keys: &[&str]| keys.iter().map(|k| m(k)).collect::<Vec<_>>();
        Words {
            list_header: many(&[
                "out-col-id",
                "out-col-task",
                "out-col-lead",
                "out-col-partners",
                "out-col-window",
                "out-col-status",
                "out-col-overdue",
            ])
            .try_into()
            .unwrap_or_default(),
            status: many(&[
                "out-status-todo",
                "out-status-doing",
                "out-status-done",
                "out-status-cancelled",
            ])
            .try_into()
            .unwrap_or_default(),
            milestones: t("out-status-milestones", &["status", "closed", "all"]),
            done_late: m("out-state-done-late"),
            done: m("out-state-done"),
            cancelled: m("out-state-cancelled"),
            overdue: n("out-state-overdue", &["days"]),
            due_today: m("out-state-due-today"),
            due_in: n("out-state-due-in", &["days"]),
            waiting: m("out-state-waiting"),
            unscheduled: m("out-state-unscheduled"),
            days: n("out-days", &["days"]),
            by: t("out-span-by", &["day"]),
            unread: m("out-unread"),
            no_dates: m("out-no-dates"),
            unassigned: m("out-unassigned"),
            condition: t("out-condition-line", &["condition"]),
            fields: many(&[
                "out-field-lead",
                "out-field-partners",
                "out-field-window",
                "out-field-status",
            ])
            .try_into()
            .unwrap_or_default(),
            status_overdue: t("out-status-overdue", &["status", "overdue"]),
            show: many(&[
                "out-show-lead",
                "out-show-partners",
                "out-show-group",
                "out-show-window",
                "out-show-condition",
                "out-show-status",
                "out-show-state",
                "out-show-note",
                "out-show-review",
            ])
            .try_into()
            .unwrap_or_default(),
            show_reports: m("out-show-reports"),
            reported: t("out-reported", &["reported", "of"]),
            not_reported: t("out-not-reported", &["units"]),
            report_entry: t("out-report-entry", &["unit", "day"]),
            report_entry_note: t("out-report-entry-note", &["unit", "day", "note"]),
            as_of: t("out-show-as-of", &["state", "day"]),
            milestone: t("out-show-milestone", &["number", "span", "closed"]),
            done_on: t("out-show-done-on", &["day"]),
            open: m("out-show-open"),
            review: many(&[
                "out-review-title",
                "out-review-lead",
                "out-review-partners",
                "out-review-window",
                "out-review-period",
            ])
            .try_into()
            .unwrap_or_default(),
            units_header: many(&[
                "out-units-id",
                "out-units-unit",
                "out-units-lead",
                "out-units-partner",
                "out-units-via",
            ])
            .try_into()
            .unwrap_or_default(),
            also: t("out-units-also", &["names"]),
            none_listed: m("out-units-none-listed"),
            group_of: t("out-units-group-of", &["members"]),
            member_of: t("out-units-member-of", &["groups"]),
            no_window: t("out-timeline-no-window", &["state"]),
            waits: t("out-timeline-waits", &["state", "window"]),
            legend: t("out-timeline-legend", &["day"]),
            ics: many(&[
                "out-ics-lead",
                "out-ics-partners",
                "out-ics-window",
                "out-ics-plan",
                "out-ics-condition",
            ])
            .try_into()
            .unwrap_or_default(),
        }
    }

    /// A status as people read it.
    pub fn status(&self, status: Status) -> &str {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        &self.status[i]
    }

    /// A review mark's field as people read it.
    pub fn review(&self, field: crate::model::review::Field) -> &str {
        let all = crate::model::review::Field::ALL;
        let i = all.iter().position(|f| *f == field).unwrap_or(0);
        &self.review[i]
    }
}

/// The words of the current language, looked up on first use.
pub fn words() -> &'static Words {
    words_in(i18n::current())
}

/// The words of `lang`.
pub fn words_in(lang: Lang) -> &'static Words {
    static WORDS: [OnceLock<Words>; 2] = [OnceLock::new(), OnceLock::new()];
    WORDS[lang as usize].get_or_init(|| Words::of(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_their_variables_and_keep_plurals() {
        let en = words_in(Lang::En);
        assert_eq!(en.overdue.count(1, &[]), "overdue 1 day");
        assert_eq!(en.overdue.count(12, &[]), "overdue 12 days");
        assert_eq!(en.milestones.fill(&["todo", "1", "2"]), "todo, 1/2 done");
        let vi = words_in(Lang::Vi);
        assert_eq!(vi.overdue.count(1, &[]), "quá hạn 1 ngày");
        assert_eq!(vi.due_in.count(3, &[]), "còn 3 ngày");
        assert_eq!(vi.status(Status::Cancelled), "đã hủy");
    }
}
