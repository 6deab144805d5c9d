//! What an edit changed in a task, field by field, for `--format json`:
//! the `[[task]]` block before and after, read as TOML, compared key by
//! key in the order a plan file writes them.

use serde::Serialize;

use crate::store::TASK_KEYS;

/// One field of a task that an edit set, changed or removed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    /// `null` when the field was not there.
    pub old: serde_json::Value,
    /// `null` when the edit removed it.
    pub new: serde_json::Value,
}

/// The fields that differ between two texts of one `[[task]]` block.
pub fn block_changes(old: &str, new: &str) -> Vec<FieldChange> {
    let (old, new) = (task_table(old), task_table(new));
    let mut keys: Vec<&str> = TASK_KEYS.to_vec();
    for key in old.keys().chain(new.keys()) {
        if !keys.contains(&key.as_str()) {
            keys.push(key);
        }
    }
    keys.into_iter()
        .filter_map(|key| {
            let (before, after) = (old.get(key), new.get(key));
            (before != after).then(|| FieldChange {
                field: key.to_string(),
                old: before.map_or(serde_json::Value::Null, json),
                new: after.map_or(serde_json::Value::Null, json),
            })
        })
        .collect()
}

/// The task's table in a block's text (empty when it does not read).
fn task_table(block: &str) -> toml::Table {
    let mut doc: toml::Table = toml::from_str(block).unwrap_or_default();
    match doc.remove("task") {
        Some(toml::Value::Array(mut tasks)) if !tasks.is_empty() => match tasks.remove(0) {
            toml::Value::Table(table) => table,
            _ => toml::Table::new(),
        },
        _ => toml::Table::new(),
    }
}

/// A TOML value as JSON; dates as their text (`2020-06-30`).
pub fn json(value: &toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => s.clone().into(),
        toml::Value::Integer(i) => (*i).into(),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into)
        }
        toml::Value::Boolean(b) => (*b).into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(items) => items.iter().map(json).collect(),
        toml::Value::Table(table) => table
            .iter()
            .map(|(k, v)| (k.clone(), json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_an_edit_changed_with_their_old_and_new_values() {
        let old =
            "[[task]]\nid = \"4\"\nlead = [\"vhtt\"]\nstatus = \"todo\"\nreview = [\"lead\"]\n";
        let new = "[[task]]\nid = \"4\"\nlead = [\"vhtt\", \"ca\"]\nstatus = \"done\"\ndone = 2020-06-30\n";
        let changes = block_changes(old, new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["lead", "status", "done", "review"]);
        assert_eq!(changes[0].new, serde_json::json!(["vhtt", "ca"]));
        assert_eq!(changes[1].old, "todo");
        assert_eq!(changes[2].old, serde_json::Value::Null);
        assert_eq!(changes[2].new, "2020-06-30");
        assert_eq!(changes[3].new, serde_json::Value::Null);
    }
}
