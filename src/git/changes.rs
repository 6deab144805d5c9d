//! What a commit changed in a task or in a plan's head, field by field and
//! in words (`trạng thái: chưa làm → hoàn thành (28/06/2020)`, `phối hợp: +
//! Công an huyện`). The values are read as TOML, so a change of spacing or
//! quoting is no change.

use serde::Serialize;
use serde_json::Value;

use crate::edit::changes::block_changes;
use crate::model::{Plan, Status};

/// One field a commit changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub field: String,
    /// `null` when the field was not there.
    pub old: Value,
    /// `null` when the commit removed it.
    pub new: Value,
    /// The change in words, in the interface's language.
    pub text: String,
}

fn field_word(field: &str) -> String {
    crate::t!("out-log-field", field = field)
}

/// A value in words: a date as 28/06/2020, a status in the interface's
/// words, a unit by name, text in quotes.
fn value_words(plan: &Plan, field: &str, value: &Value) -> String {
    match value {
        Value::String(s) if field == "status" => match s.parse::<Status>() {
            Ok(status) => crate::render::words().status(status).to_string(),
            Err(()) => s.clone(),
        },
        Value::String(s) if matches!(field, "lead" | "partners" | "members" | "unit") => {
            plan.unit_name(s).to_string()
        }
        Value::String(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(day) => crate::render::day(day),
            Err(_) => format!("“{}”", crate::text::one_line(s)),
        },
        Value::Array(items) => items
            .iter()
            .map(|v| value_words(plan, field, v))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k} = {}", value_words(plan, k, v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A list's change: `+ A, − B`.
fn list_words(plan: &Plan, field: &str, old: &Value, new: &Value) -> String {
    let items = |v: &Value| -> Vec<Value> {
        match v {
            Value::Array(items) => items.clone(),
            Value::Null => Vec::new(),
            one => vec![one.clone()],
        }
    };
    let (old, new) = (items(old), items(new));
    let mut parts: Vec<String> = new
        .iter()
        .filter(|v| !old.contains(v))
        .map(|v| format!("+ {}", value_words(plan, field, v)))
        .collect();
    parts.extend(
        old.iter()
            .filter(|v| !new.contains(v))
            .map(|v| format!("− {}", value_words(plan, field, v))),
    );
    if parts.is_empty() {
        // Same elements, another order.
        return format!(
            "{} → {}",
            value_words(plan, field, &Value::Array(old)),
            value_words(plan, field, &Value::Array(new))
        );
    }
    parts.join(", ")
}

/// One field's change in words, after its name.
fn change_words(plan: &Plan, field: &str, old: &Value, new: &Value) -> String {
    let is_list = matches!(
        field,
        "lead" | "partners" | "members" | "aliases" | "milestones_done" | "review" | "basis"
    );
    let body = if is_list {
        list_words(plan, field, old, new)
    } else {
        match (old, new) {
            (Value::Null, new) => format!("+ {}", value_words(plan, field, new)),
            (old, Value::Null) => format!("− {}", value_words(plan, field, old)),
            (old, new) => format!(
                "{} → {}",
                value_words(plan, field, old),
                value_words(plan, field, new)
            ),
        }
    };
    format!("{}: {body}", field_word(field))
}

fn change(plan: &Plan, field: &str, old: Value, new: Value) -> Change {
    let text = change_words(plan, field, &old, &new);
    Change {
        field: field.to_string(),
        old,
        new,
        text,
    }
}

/// The reports of a `reports` value, by unit.
fn reports(value: &Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map.clone(),
        _ => serde_json::Map::new(),
    }
}

fn report_words(plan: &Plan, unit: &str, entry: &Value) -> String {
    let name = plan.unit_name(unit);
    match entry.get("on") {
        Some(on) => format!("{name} ({})", value_words(plan, "on", on)),
        None => name.to_string(),
    }
}

/// What a commit changed in a task: its block before and after (None
/// where the task was not there).
pub fn task(plan: &Plan, before: Option<&str>, after: Option<&str>) -> Vec<Change> {
    match (before, after) {
        (None, None) => return Vec::new(),
        (None, Some(_)) => {
            return vec![Change {
                field: "task".into(),
                old: Value::Null,
                new: Value::Bool(true),
                text: crate::t!("out-log-task-added"),
            }];
        }
        (Some(_), None) => {
            return vec![Change {
                field: "task".into(),
                old: Value::Bool(true),
                new: Value::Null,
                text: crate::t!("out-log-task-removed"),
            }];
        }
        (Some(_), Some(_)) => {}
    }
    let fields = block_changes(before.unwrap_or_default(), after.unwrap_or_default());
    let done = fields.iter().find(|c| c.field == "done").cloned();
    let status_changed = fields.iter().any(|c| c.field == "status");
    let mut out = Vec::new();
    for field in fields {
        match field.field.as_str() {
            // The completion day goes with the status it came with.
            "done" if status_changed => {}
            "status" => {
                let mut item = change(plan, "status", field.old, field.new);
                if let Some(done) = &done
                    && !done.new.is_null()
                {
                    item.text
                        .push_str(&format!(" ({})", value_words(plan, "done", &done.new)));
                }
                out.push(item);
            }
            "reports" => {
                let (old, new) = (reports(&field.old), reports(&field.new));
                let mut units: Vec<&String> = new.keys().collect();
                units.extend(old.keys().filter(|k| !new.contains_key(*k)));
                for unit in units {
                    let (was, now) = (old.get(unit), new.get(unit));
                    if was == now {
                        continue;
                    }
                    let body = match (was, now) {
                        (None, Some(now)) => format!("+ {}", report_words(plan, unit, now)),
                        (Some(was), None) => format!("− {}", report_words(plan, unit, was)),
                        (Some(was), Some(now)) => format!(
                            "{} → {}",
                            report_words(plan, unit, was),
                            report_words(plan, unit, now)
                        ),
                        (None, None) => continue,
                    };
                    out.push(Change {
                        field: format!("reports.{unit}"),
                        old: was.cloned().unwrap_or(Value::Null),
                        new: now.cloned().unwrap_or(Value::Null),
                        text: format!("{}: {body}", field_word("reports")),
                    });
                }
            }
            name => out.push(change(plan, name, field.old, field.new)),
        }
    }
    out
}

/// A head's TOML as JSON.
fn head_json(text: Option<&str>) -> serde_json::Map<String, Value> {
    let table: toml::Table = text
        .and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default();
    match crate::edit::changes::json(&toml::Value::Table(table)) {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

fn table(map: &serde_json::Map<String, Value>, key: &str) -> serde_json::Map<String, Value> {
    map.get(key)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// What a commit changed in a plan's head: the `[plan]` fields, and the
/// units added, removed or changed.
pub fn head(plan: &Plan, before: Option<&str>, after: Option<&str>) -> Vec<Change> {
    if before.is_none() && after.is_some() {
        return vec![Change {
            field: "plan".into(),
            old: Value::Null,
            new: Value::Bool(true),
            text: crate::t!("out-log-plan-added"),
        }];
    }
    let (old, new) = (head_json(before), head_json(after));
    let mut out = Vec::new();
    let (old_plan, new_plan) = (table(&old, "plan"), table(&new, "plan"));
    let mut keys: Vec<&String> = new_plan.keys().collect();
    keys.extend(old_plan.keys().filter(|k| !new_plan.contains_key(*k)));
    for key in keys {
        let (was, now) = (old_plan.get(key), new_plan.get(key));
        if was != now {
            let mut item = change(
                plan,
                key,
                was.cloned().unwrap_or(Value::Null),
                now.cloned().unwrap_or(Value::Null),
            );
            item.field = format!("plan.{key}");
            out.push(item);
        }
    }
    let (old_units, new_units) = (table(&old, "units"), table(&new, "units"));
    let mut ids: Vec<&String> = new_units.keys().collect();
    ids.extend(old_units.keys().filter(|k| !new_units.contains_key(*k)));
    for id in ids {
        let (was, now) = (old_units.get(id), new_units.get(id));
        if was == now {
            continue;
        }
        let name_of = |v: Option<&Value>| {
            v.and_then(|v| v.get("name"))
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_string()
        };
        let unit_field = format!("units.{id}");
        match (was, now) {
            (None, Some(_)) => out.push(Change {
                field: unit_field,
                old: Value::Null,
                new: now.cloned().unwrap_or(Value::Null),
                text: crate::t!("out-log-unit-added", name = name_of(now), id = id.as_str()),
            }),
            (Some(_), None) => out.push(Change {
                field: unit_field,
                old: was.cloned().unwrap_or(Value::Null),
                new: Value::Null,
                text: crate::t!(
                    "out-log-unit-removed",
                    name = name_of(was),
                    id = id.as_str()
                ),
            }),
            (Some(was), Some(now)) => {
                let empty = serde_json::Map::new();
                let (was, now) = (
                    was.as_object().unwrap_or(&empty),
                    now.as_object().unwrap_or(&empty),
                );
                let mut keys: Vec<&String> = now.keys().collect();
                keys.extend(was.keys().filter(|k| !now.contains_key(*k)));
                for key in keys {
                    let (a, b) = (was.get(key), now.get(key));
                    if a == b {
                        continue;
                    }
                    let words = change_words(
                        plan,
                        key,
                        a.unwrap_or(&Value::Null),
                        b.unwrap_or(&Value::Null),
                    );
                    let name = name_of(Some(&Value::Object(now.clone())));
                    out.push(Change {
                        field: format!("{unit_field}.{key}"),
                        old: a.cloned().unwrap_or(Value::Null),
                        new: b.cloned().unwrap_or(Value::Null),
                        text: crate::t!(
                            "out-log-unit-changed",
                            name = name,
                            id = id.as_str(),
                            change = words
                        ),
                    });
                }
            }
            (None, None) => {}
        }
    }
    out
}
