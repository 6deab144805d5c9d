//! Writing a unit's report into a task's block: one `reports.<unit> = {
//! on = DATE, note = "…" }` line per unit, so that one unit's report never
//! touches another's line. A first report goes at the end of the task's
//! keys; the next ones after the last report line.

use chrono::NaiveDate;
use toml_edit::{InlineTable, Item, Table, Value};

use crate::store::TaskKey;

/// What recording a unit's report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Added,
    Replaced,
    Same,
}

fn entry(on: NaiveDate, note: Option<&str>) -> Value {
    let mut table = InlineTable::new();
    if let Ok(day) = on.format("%Y-%m-%d").to_string().parse::<Value>() {
        table.insert("on", day);
    }
    if let Some(note) = note {
        table.insert("note", Value::from(note));
    }
    table.fmt();
    Value::InlineTable(table)
}

/// Record `unit`'s report in the task `table`; a note not given keeps the
/// one the unit's report has.
pub fn record(table: &mut Table, unit: &str, on: NaiveDate, note: Option<&str>) -> Recorded {
    let key = TaskKey::Reports.as_str();
    if !table.contains_key(key) {
        let mut reports = Table::new();
        reports.set_dotted(true);
        table.insert(key, Item::Table(reports));
    }
    let Some(reports) = table.get_mut(key).and_then(Item::as_table_like_mut) else {
        return Recorded::Same;
    };
    let old = reports.get(unit).and_then(Item::as_value).cloned();
    let old_note = old
        .as_ref()
        .and_then(Value::as_inline_table)
        .and_then(|t| t.get("note"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let note = note.map(str::to_string).or(old_note);
    let mut value = entry(on, note.as_deref());
    match old {
        Some(old) => {
            let same_day = old
                .as_inline_table()
                .and_then(|t| t.get("on"))
                .map(|v| v.to_string().trim().to_string())
                == Some(on.format("%Y-%m-%d").to_string());
            let same_note = old
                .as_inline_table()
                .and_then(|t| t.get("note"))
                .and_then(Value::as_str)
                == note.as_deref();
            if same_day && same_note {
                return Recorded::Same;
            }
            *value.decor_mut() = old.decor().clone();
            reports.insert(unit, Item::Value(value));
            Recorded::Replaced
        }
        None => {
            reports.insert(unit, Item::Value(value));
            Recorded::Added
        }
    }
}

/// Remove `unit`'s report from the task `table`; `reports` goes with the
/// last one. False when the unit had none.
pub fn remove(table: &mut Table, unit: &str) -> bool {
    let key = TaskKey::Reports.as_str();
    let Some(reports) = table.get_mut(key).and_then(Item::as_table_like_mut) else {
        return false;
    };
    let removed = reports.remove(unit).is_some();
    if reports.is_empty() {
        table.remove(key);
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::doc::{edit_text, task_table};

    fn on_task(text: &str, f: impl FnOnce(&mut Table)) -> String {
        edit_text(text, |doc| {
            f(task_table(doc)?);
            Ok(())
        })
        .unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 6, d).unwrap()
    }

    #[test]
    fn a_first_report_goes_at_the_end_of_the_task_before_the_blank_line() {
        let text = "[[task]]\nid = \"3\"\nstatus = \"todo\"\n\n";
        let out = on_task(text, |t| {
            assert_eq!(record(t, "dl", day(28), Some("Đã gửi")), Recorded::Added);
        });
        assert_eq!(
            out,
            "[[task]]\nid = \"3\"\nstatus = \"todo\"\n\
             reports.dl = { on = 2020-06-28, note = \"Đã gửi\" }\n\n"
        );
    }

    #[test]
    fn a_next_report_goes_after_the_last_report_line_and_leaves_the_others_alone() {
        let text = "[[task]]\nid = \"3\"\nreports.a = {on=2020-06-01}   # sớm\n\
                    reports.b = { on = 2020-06-02 }\nnote = \"x\"\n";
        let out = on_task(text, |t| {
            assert_eq!(record(t, "c", day(3), None), Recorded::Added);
        });
        assert_eq!(
            out,
            "[[task]]\nid = \"3\"\nreports.a = {on=2020-06-01}   # sớm\n\
             reports.b = { on = 2020-06-02 }\nreports.c = { on = 2020-06-03 }\nnote = \"x\"\n"
        );
    }

    #[test]
    fn a_report_again_replaces_that_unit_line_only_and_keeps_its_note() {
        let text = "[[task]]\nid = \"3\"\nreports.a = { on = 2020-06-01, note = \"n\" }  # c\n\
                    reports.b = { on = 2020-06-02 }\n";
        let out = on_task(text, |t| {
            assert_eq!(record(t, "a", day(5), None), Recorded::Replaced);
            assert_eq!(record(t, "b", day(2), None), Recorded::Same);
        });
        assert_eq!(
            out,
            "[[task]]\nid = \"3\"\nreports.a = { on = 2020-06-05, note = \"n\" }  # c\n\
             reports.b = { on = 2020-06-02 }\n"
        );
    }

    #[test]
    fn removing_a_report_takes_its_line_and_the_last_takes_the_key() {
        let text = "[[task]]\nid = \"3\"\nreports.a = { on = 2020-06-01 }\n\
                    reports.b = { on = 2020-06-02 }\nnote = \"x\"\n";
        let out = on_task(text, |t| assert!(remove(t, "a")));
        assert_eq!(
            out,
            "[[task]]\nid = \"3\"\nreports.b = { on = 2020-06-02 }\nnote = \"x\"\n"
        );
        let out = on_task(&out, |t| {
            assert!(remove(t, "b"));
            assert!(!remove(t, "b"));
        });
        assert_eq!(out, "[[task]]\nid = \"3\"\nnote = \"x\"\n");
    }
}
