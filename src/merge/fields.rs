//! The three-way merge of one TOML table, key by key, on top of toml_edit:
//! OURS's table is changed in place by what THEIRS changed since BASE, so
//! that what neither side changed keeps OURS's bytes. Some keys are tables
//! merged key by key in turn (a task's `reports`, the head's `[plan]` and
//! each unit); every other key is one field.

use toml_edit::{Item, Table};

/// A field both sides changed, each its own way: OURS's value stays in the
/// table and the conflict is marked in the text afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The keys from the merged table to the field.
    pub path: Vec<String>,
}

/// Whether the table at `path` (below the merged root) is merged key by
/// key rather than as one field.
pub type Split<'a> = &'a dyn Fn(&[String]) -> bool;

/// The order a person writes the keys of the table at `path` in, when the
/// file format has one: a new key goes after the keys before it there.
pub type Order<'a> = &'a dyn Fn(&[String]) -> Option<&'static [&'static str]>;

/// How a table is merged: which tables are merged key by key, and in
/// which order new keys go.
#[derive(Clone, Copy)]
pub struct Rules<'a> {
    pub split: Split<'a>,
    pub order: Order<'a>,
}

/// A key's value for comparison: what it means, not how it is written
/// (`'x'` and `"x"` are the same string, spacing and comments do not count).
fn meaning(item: &Item) -> Option<toml::Value> {
    let mut doc = toml_edit::DocumentMut::new();
    let mut item = item.clone();
    if let Item::Table(table) = &mut item {
        table.set_position(None);
    }
    doc.insert("v", item);
    let mut table: toml::Table = toml::from_str(&doc.to_string()).ok()?;
    table.remove("v")
}

/// Whether two optional items mean the same.
pub fn same(a: Option<&Item>, b: Option<&Item>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => meaning(a) == meaning(b),
        _ => false,
    }
}

fn table_of(item: Option<&Item>) -> Option<&Table> {
    item.and_then(Item::as_table)
}

/// Merge into `ours` the changes `theirs` made to `base`.
pub fn merge(
    base: Option<&Table>,
    ours: &mut Table,
    theirs: &Table,
    rules: Rules,
    path: &mut Vec<String>,
    conflicts: &mut Vec<Conflict>,
) {
    let order = (rules.order)(path);
    // Every key of either side: OURS's order, then THEIRS's new keys.
    let mut keys: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
    for (key, _) in theirs.iter() {
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
    }
    if let Some(base) = base {
        for (key, _) in base.iter() {
            if !keys.iter().any(|k| k == key) {
                keys.push(key.to_string());
            }
        }
    }
    for key in keys {
        path.push(key.clone());
        let b = base.and_then(|t| t.get(&key));
        let t = theirs.get(&key);
        let o = ours.get(&key);
        let tables = (rules.split)(path)
            && o.is_some_and(Item::is_table)
            && t.is_some_and(Item::is_table)
            && b.is_none_or(Item::is_table);
        if tables {
            if let (Some(Item::Table(inner)), Some(their_inner)) = (ours.get_mut(&key), table_of(t))
            {
                merge(table_of(b), inner, their_inner, rules, path, conflicts);
                if inner.is_empty() && inner.is_dotted() {
                    ours.remove(&key);
                }
            }
        } else if same(o, t) || same(t, b) {
            // Both sides agree, or THEIRS left it: OURS's stands.
        } else if same(o, b) {
            match t {
                Some(item) => put(base, ours, theirs, order, &key, item.clone()),
                None => {
                    ours.remove(&key);
                }
            }
        } else {
            conflicts.push(Conflict { path: path.clone() });
        }
        path.pop();
    }
}

/// Set `key` to THEIRS's `item`: in place when OURS has the key, else after
/// the key that comes before it in THEIRS and the keys OURS added right
/// after that one (at the end when OURS has none of those), written as
/// THEIRS writes it.
fn put(
    base: Option<&Table>,
    ours: &mut Table,
    theirs: &Table,
    order: Option<&[&str]>,
    key: &str,
    item: Item,
) {
    let mut item = item;
    if let Item::Table(table) = &mut item {
        table.set_position(None);
    }
    if ours.contains_key(key) {
        ours.insert(key, item);
        return;
    }
    let their_keys: Vec<&str> = theirs.iter().map(|(k, _)| k).collect();
    let at = their_keys.iter().position(|k| *k == key).unwrap_or(0);
    // The format's order first: `done` after `status`, wherever THEIRS
    // had it; else THEIRS's own order.
    let known = order.and_then(|order| {
        let at = order.iter().position(|k| *k == key)?;
        Some(&order[..at])
    });
    let before: Vec<&str> = match known {
        Some(before) => before.to_vec(),
        None => their_keys[..at].to_vec(),
    };
    let keys_now: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
    let anchor = match known {
        Some(_) => keys_now
            .iter()
            .rev()
            .find(|k| before.contains(&k.as_str()))
            .cloned(),
        None => before
            .iter()
            .rev()
            .find(|k| ours.contains_key(k))
            .map(|k| k.to_string()),
    };
    let their_key = theirs.key(key).cloned();
    let insert = |table: &mut Table, item: Item| match &their_key {
        Some(k) => {
            table.insert_formatted(k, item);
        }
        None => {
            table.insert(key, item);
        }
    };
    let Some(anchor) = anchor else {
        insert(ours, item);
        return;
    };
    let keys: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
    let Some(mut after) = keys.iter().position(|k| *k == anchor) else {
        insert(ours, item);
        return;
    };
    let added_by_ours =
        |k: &str| !theirs.contains_key(k) && base.is_none_or(|b| !b.contains_key(k));
    while known.is_none() && after + 1 < keys.len() && added_by_ours(&keys[after + 1]) {
        after += 1;
    }
    let moved: Vec<_> = keys[after + 1..]
        .iter()
        .filter_map(|k| ours.remove_entry(k))
        .collect();
    insert(ours, item);
    for (k, v) in moved {
        ours.insert_formatted(&k, v);
    }
}
