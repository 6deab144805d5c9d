//! Format-preserving changes to one piece of a plan file — a `[[task]]`
//! block or the head — with toml_edit. Only the keys a command owns are
//! touched; comments, blank lines, key order, quoting, arrays written on
//! several lines, CRLF line endings and a missing final newline stay.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

use crate::error::Error;

/// Edit a piece of TOML text as a document, giving it back with its line
/// endings and final newline as they were. In a piece whose lines end in
/// both LF and CRLF each line keeps its own ending, and a new line takes
/// the ending of the line it follows (or, at the top, of the one after it).
pub fn edit_text(
    text: &str,
    edit: impl FnOnce(&mut DocumentMut) -> Result<(), Error>,
) -> Result<String, Error> {
    let crlf_count = text.matches("\r\n").count();
    let mixed = crlf_count > 0 && crlf_count != text.matches('\n').count();
    let crlf = crlf_count > 0 && !mixed;
    let mut normalized = if crlf_count > 0 {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    };
    let final_newline = normalized.is_empty() || normalized.ends_with('\n');
    if !final_newline {
        normalized.push('\n');
    }
    let mut doc: DocumentMut = normalized
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::NotEditable(e.message().to_string()))?;
    edit(&mut doc)?;
    let mut out = doc.to_string();
    if mixed {
        out = restore_endings(text, &normalized, &out);
    } else if crlf {
        out = out.replace('\n', "\r\n");
    }
    if !final_newline {
        if out.ends_with("\r\n") {
            out.truncate(out.len() - 2);
        } else if out.ends_with('\n') {
            out.pop();
        }
    }
    Ok(out)
}

/// The ending of each line of `text`: CRLF or LF; a last line without one
/// takes the ending of the line before it.
fn endings(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for line in text.split_inclusive('\n') {
        let ending = if line.ends_with("\r\n") {
            "\r\n"
        } else if line.ends_with('\n') {
            "\n"
        } else {
            out.last().copied().unwrap_or("\n")
        };
        out.push(ending);
    }
    out
}

/// The ending a line added at the end of `text` takes: that of its last line.
pub fn ending_at_end(text: &str) -> &'static str {
    endings(text).last().copied().unwrap_or("\n")
}

/// Give the lines of `edited` (LF only) the endings their counterparts had
/// in `original`: an unchanged or rewritten line keeps its own, a new line
/// takes its neighbour's. `normalized` is `original` with LF endings.
fn restore_endings(original: &str, normalized: &str, edited: &str) -> String {
    let old_endings = endings(original);
    let old: Vec<&str> = normalized.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new);
    let fallback = old_endings.first().copied().unwrap_or("\n");
    let mut ending_of_new = vec![fallback; new.len()];
    for op in ops {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        for (k, at) in new_range.enumerate() {
            let neighbour = if old_range.is_empty() {
                // Inserted: the line before, else the line after.
                old_range
                    .start
                    .checked_sub(1)
                    .or((old_range.start < old.len()).then_some(old_range.start))
            } else {
                Some((old_range.start + k).min(old_range.end - 1))
            };
            if let Some(ending) = neighbour.and_then(|i| old_endings.get(i)) {
                ending_of_new[at] = ending;
            }
        }
    }
    let mut out = String::with_capacity(edited.len() + new.len());
    for (line, ending) in new.iter().zip(ending_of_new) {
        match line.strip_suffix('\n') {
            Some(body) => {
                out.push_str(body);
                out.push_str(ending);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The task table of a `[[task]]` block document.
pub fn task_table(doc: &mut DocumentMut) -> Result<&mut Table, Error> {
    doc.get_mut("task")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|tables| tables.get_mut(0))
        .ok_or(Error::NoTaskTable)
}

/// A string value written like `like` was: a literal string stays literal
/// when it can.
fn string_like(text: &str, like: Option<&Value>) -> Value {
    let literal = like
        .and_then(|v| v.as_str().map(|_| v))
        .and_then(|v| v.to_string().trim().starts_with('\'').then_some(()))
        .is_some();
    if literal
        && !text.contains('\'')
        && !text.contains('\n')
        && !text.chars().any(char::is_control)
        && let Ok(value) = format!("'{text}'").parse::<Value>()
    {
        return value;
    }
    Value::from(text)
}

/// Set `key` to `value`, keeping the old value's surrounding spaces and
/// trailing comment; a new key goes right after the last of `after` that
/// the table has (at the end when none).
pub fn set(table: &mut Table, key: &str, value: Value, after: &[&str]) {
    if let Some(Item::Value(old)) = table.get_mut(key) {
        let mut value = value;
        *value.decor_mut() = old.decor().clone();
        *old = value;
        return;
    }
    insert_after(table, key, Item::Value(value), after);
}

/// Set a string, keeping the quoting style of the value it replaces.
pub fn set_str(table: &mut Table, key: &str, text: &str, after: &[&str]) {
    let like = table.get(key).and_then(Item::as_value);
    let value = string_like(text, like);
    set(table, key, value, after);
}

/// Set a date (a TOML local date).
pub fn set_date(table: &mut Table, key: &str, date: chrono::NaiveDate, after: &[&str]) {
    let value: Value = date
        .format("%Y-%m-%d")
        .to_string()
        .parse()
        .unwrap_or_else(|_| Value::from(date.to_string()));
    set(table, key, value, after);
}

/// The task keys that come before `key` in the usual order: a new `key`
/// goes right after the last of them that a task has.
pub fn before(key: &str) -> &'static [&'static str] {
    let keys = crate::store::TASK_KEYS;
    let at = keys.iter().position(|k| *k == key).unwrap_or(keys.len());
    &keys[..at]
}

/// Remove `key`, with the line it was on.
pub fn remove(table: &mut Table, key: &str) -> bool {
    table.remove(key).is_some()
}

fn insert_after(table: &mut Table, key: &str, item: Item, after: &[&str]) {
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let anchor = keys.iter().rposition(|k| after.contains(&k.as_str()));
    let Some(anchor) = anchor else {
        table.insert(key, item);
        return;
    };
    // Move the keys after the anchor out and back in behind the new one;
    // each keeps its own formatting and comments.
    let moved: Vec<_> = keys[anchor + 1..]
        .iter()
        .filter_map(|k| table.remove_entry(k))
        .collect();
    table.insert(key, item);
    for (k, v) in moved {
        table.insert_formatted(&k, v);
    }
}

/// The strings of an array value (a lone string counts as one).
pub fn strings(table: &Table, key: &str) -> Vec<String> {
    match table.get(key).and_then(Item::as_value) {
        Some(Value::Array(array)) => array
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        Some(Value::String(s)) => vec![s.value().clone()],
        _ => Vec::new(),
    }
}

/// Append `text` to the array `key` (created after `after` when missing),
/// formatted like the elements already there: on its own line in an array
/// written one element per line.
pub fn push(table: &mut Table, key: &str, text: &str, after: &[&str]) {
    if let Some(Item::Value(value)) = table.get_mut(key) {
        if let Value::String(single) = value {
            // `lead = "vhtt"` becomes a list of two.
            let mut array = Array::new();
            array.push(single.value().as_str());
            array.push(text);
            let decor = single.decor().clone();
            let mut new = Value::Array(array);
            *new.decor_mut() = decor;
            *value = new;
            return;
        }
        if let Value::Array(array) = value {
            let mut item = Value::from(text);
            if let Some(last) = array.iter().last() {
                *item.decor_mut() = next_decor(last);
            }
            if array.is_empty() {
                array.push(text);
                return;
            }
            // A comment after the last comma belongs to the last element's
            // line: keep it there, and put the new element on a line below.
            let trailing = array.trailing().as_str().unwrap_or("").to_string();
            if array.trailing_comma()
                && let Some(newline) = trailing.find('\n')
                && trailing[..newline].contains('#')
            {
                let indent = item
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .and_then(|p| p.rsplit('\n').next())
                    .unwrap_or("")
                    .to_string();
                item.decor_mut()
                    .set_prefix(format!("{}\n{indent}", &trailing[..newline]));
                array.set_trailing(&trailing[newline..]);
            }
            array.push_formatted(item);
            return;
        }
    }
    let mut array = Array::new();
    array.push(text);
    insert_after(table, key, Item::Value(Value::Array(array)), after);
}

/// The spacing for an element that follows `last`: the same, except that
/// the first element of a one-line array has none before it.
fn next_decor(last: &Value) -> toml_edit::Decor {
    let mut decor = last.decor().clone();
    let prefix = decor.prefix().and_then(|p| p.as_str()).unwrap_or("");
    if prefix.is_empty() {
        decor.set_prefix(" ");
    }
    decor
}

/// Append a date to the array `key` (created after `after` when missing).
pub fn push_date(table: &mut Table, key: &str, date: chrono::NaiveDate, after: &[&str]) {
    let value: Value = match date.format("%Y-%m-%d").to_string().parse() {
        Ok(value) => value,
        Err(_) => return,
    };
    if let Some(Item::Value(Value::Array(array))) = table.get_mut(key) {
        let mut item = value;
        if let Some(last) = array.iter().last() {
            *item.decor_mut() = next_decor(last);
            array.push_formatted(item);
        } else {
            array.push_formatted(item.decorated("", ""));
        }
        return;
    }
    let mut array = Array::new();
    array.push_formatted(value.decorated("", ""));
    insert_after(table, key, Item::Value(Value::Array(array)), after);
}

/// Remove the last element of the array `key`; the key goes when the array
/// is left empty.
pub fn pop(table: &mut Table, key: &str) -> bool {
    let Some(Item::Value(Value::Array(array))) = table.get_mut(key) else {
        return false;
    };
    if array.is_empty() {
        return false;
    }
    array.remove(array.len() - 1);
    if array.is_empty() {
        table.remove(key);
    }
    true
}

/// Remove every `text` from the array `key`; the first remaining element
/// takes the place (and spacing) of a removed first one.
pub fn pull(table: &mut Table, key: &str, text: &str) -> bool {
    let Some(Item::Value(value)) = table.get_mut(key) else {
        return false;
    };
    if let Value::String(single) = value {
        if single.value() == text {
            let decor = single.decor().clone();
            let mut empty = Value::Array(Array::new());
            *empty.decor_mut() = decor;
            *value = empty;
            return true;
        }
        return false;
    }
    let Value::Array(array) = value else {
        return false;
    };
    // One pass, however many times `text` is in the list.
    let before = array.len();
    let first_decor = array
        .get(0)
        .filter(|v| v.as_str() == Some(text))
        .map(|v| v.decor().clone());
    array.retain(|v| v.as_str() != Some(text));
    let removed = array.len() != before;
    if let (Some(decor), Some(first)) = (first_decor, array.get_mut(0)) {
        *first.decor_mut() = decor;
    }
    if array.is_empty() {
        array.set_trailing("");
        array.set_trailing_comma(false);
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_task(text: &str, f: impl FnOnce(&mut Table)) -> String {
        edit_text(text, |doc| {
            f(task_table(doc)?);
            Ok(())
        })
        .unwrap()
    }

    #[test]
    fn untouched_text_comes_back_byte_for_byte() {
        for text in [
            "[[task]]\nid = \"4\"  # c\n\n# after\n",
            "[[task]]\r\nid = '4'\r\n",
            "[[task]]\nid = \"4\"",
            "[[task]]\nlead = [\n  \"a\",\n  \"b\", # b\n]\n",
        ] {
            assert_eq!(on_task(text, |_| {}), text);
        }
    }

    #[test]
    fn replaced_value_keeps_comment_and_quoting() {
        let text = "[[task]]\nstatus = 'todo'   # set by hand\n";
        let out = on_task(text, |t| set_str(t, "status", "done", &[]));
        assert_eq!(out, "[[task]]\nstatus = 'done'   # set by hand\n");
    }

    #[test]
    fn new_key_goes_after_its_anchor() {
        let text = "[[task]]\nid = \"1\"\nstatus = \"todo\"\nnote = \"x\"\n";
        let date = chrono::NaiveDate::from_ymd_opt(2020, 6, 28).unwrap();
        let out = on_task(text, |t| set_date(t, "done", date, &["status"]));
        assert_eq!(
            out,
            "[[task]]\nid = \"1\"\nstatus = \"todo\"\ndone = 2020-06-28\nnote = \"x\"\n"
        );
    }

    #[test]
    fn crlf_and_missing_final_newline_stay() {
        let text = "[[task]]\r\nid = \"1\"\r\nstatus = \"todo\"";
        let out = on_task(text, |t| {
            set_str(t, "status", "done", &[]);
            set_str(t, "note", "xong", &["status"]);
        });
        assert_eq!(
            out,
            "[[task]]\r\nid = \"1\"\r\nstatus = \"done\"\r\nnote = \"xong\""
        );
    }

    #[test]
    fn in_mixed_endings_each_line_keeps_its_own_and_new_lines_follow_their_neighbour() {
        let text = "[[task]]\nid = \"1\"\r\nstatus = \"todo\"\r\nnote = \"x\"\n";
        let date = chrono::NaiveDate::from_ymd_opt(2020, 6, 28).unwrap();
        let out = on_task(text, |t| {
            set_str(t, "status", "done", &[]);
            set_date(t, "done", date, &["status"]);
        });
        assert_eq!(
            out,
            "[[task]]\nid = \"1\"\r\nstatus = \"done\"\r\ndone = 2020-06-28\r\nnote = \"x\"\n"
        );
        let back = on_task(&out, |t| {
            set_str(t, "status", "todo", &[]);
            remove(t, "done");
        });
        assert_eq!(back, text);
        let unterminated = "[[task]]\r\nid = \"1\"\nstatus = \"todo\"";
        assert_eq!(on_task(unterminated, |_| {}), unterminated);
    }

    #[test]
    fn push_follows_a_multiline_array() {
        let text = "[[task]]\nlead = [\n  \"a\",\n  \"b\",\n]\n";
        let out = on_task(text, |t| push(t, "lead", "c", &[]));
        assert_eq!(out, "[[task]]\nlead = [\n  \"a\",\n  \"b\",\n  \"c\",\n]\n");
    }

    #[test]
    fn push_after_a_lone_element_adds_a_space() {
        let text = "[[task]]\nlead = [\"a\"]\n";
        let out = on_task(text, |t| push(t, "lead", "b", &[]));
        assert_eq!(out, "[[task]]\nlead = [\"a\", \"b\"]\n");
    }

    #[test]
    fn push_keeps_a_comment_on_the_line_it_was_on() {
        let text = "[[task]]\npartners = [\n  \"a\",   # các xã\n]\n";
        let out = on_task(text, |t| push(t, "partners", "b", &[]));
        assert_eq!(
            out,
            "[[task]]\npartners = [\n  \"a\",   # các xã\n  \"b\",\n]\n"
        );
    }

    #[test]
    fn push_and_pull_on_one_line() {
        let text = "[[task]]\nlead = [\"a\", \"b\"]\n";
        let out = on_task(text, |t| {
            push(t, "lead", "c", &[]);
            assert!(pull(t, "lead", "a"));
        });
        assert_eq!(out, "[[task]]\nlead = [\"b\", \"c\"]\n");
    }

    #[test]
    fn push_creates_a_missing_array_after_its_anchor() {
        let text = "[[task]]\nid = \"1\"\nlead = [\"a\"]\nwindow = \"2020\"\n";
        let out = on_task(text, |t| push(t, "partners", "b", &["lead"]));
        assert_eq!(
            out,
            "[[task]]\nid = \"1\"\nlead = [\"a\"]\npartners = [\"b\"]\nwindow = \"2020\"\n"
        );
    }

    #[test]
    fn strings_with_quotes_are_escaped() {
        let text = "[[task]]\ntitle = \"x\"\n";
        let out = on_task(text, |t| set_str(t, "title", "a \"b\" \\ c", &[]));
        assert_eq!(out, "[[task]]\ntitle = 'a \"b\" \\ c'\n");
    }
}
