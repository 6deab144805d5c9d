//! Test support: how a draft differs from an expected plan file, field by
//! field, with unit ids compared through the units' names; and one part of
//! a document read on its own.

use std::ops::Range;

use super::draft::Draft;
use super::lines::{Line, normalise};
use crate::text::fold_ascii;

/// A part of the document that reads its lines into the draft.
pub type Part = fn(&[Line], Range<usize>, &mut Draft, &mut [bool]);

/// `text` read by `part` as if it were the whole document: the draft it
/// fills and which lines it placed.
pub fn read_part(text: &str, part: Part) -> (Draft, Vec<bool>) {
    let lines = normalise(text);
    let mut draft = Draft::default();
    let mut placed = vec![false; lines.len()];
    part(&lines, 0..lines.len(), &mut draft, &mut placed);
    (draft, placed)
}

fn s(v: Option<&toml::Value>) -> Option<String> {
    v.map(|v| match v {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    match v {
        Some(toml::Value::Array(a)) => a.iter().filter_map(|x| s(Some(x))).collect(),
        Some(toml::Value::String(x)) => vec![x.clone()],
        _ => Vec::new(),
    }
}

/// The `[[key]]` blocks of the expected plan, with a difference noted in
/// `out` when the draft has `got` of them instead.
fn blocks(
    exp: &toml::Value,
    key: &str,
    what: &str,
    got: usize,
    out: &mut Vec<String>,
) -> Vec<toml::Value> {
    let want = exp
        .get(key)
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default();
    if want.len() != got {
        out.push(format!("{what}: got {got}, want {}", want.len()));
    }
    want
}

/// Every difference between `draft` and the plan file `expected`;
/// unit ids are compared through the units' names.
pub fn differences(draft: &Draft, expected: &str) -> Vec<String> {
    let exp: toml::Value = toml::from_str(expected).expect("expected plan parses");
    let mut out = Vec::new();
    let plan = exp
        .get("plan")
        .cloned()
        .unwrap_or(toml::Value::Table(Default::default()));
    let mut check = |what: &str, got: Option<String>, want: Option<String>| {
        if got != want {
            out.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    };
    check("title", Some(draft.title.clone()), s(plan.get("title")));
    check("issuer", draft.issuer.clone(), s(plan.get("issuer")));
    check("number", draft.number.clone(), s(plan.get("number")));
    check(
        "date",
        draft.date.map(|d| d.format("%Y-%m-%d").to_string()),
        s(plan.get("date")),
    );
    check("place", draft.place.clone(), s(plan.get("place")));
    check("period", draft.period.clone(), s(plan.get("period")));
    check("purpose", draft.purpose.clone(), s(plan.get("purpose")));
    check(
        "requirements",
        draft.requirements.clone(),
        s(plan.get("requirements")),
    );
    check("closing", draft.closing.clone(), s(plan.get("closing")));
    check(
        "basis",
        Some(draft.basis.join(" | ")),
        Some(strings(plan.get("basis")).join(" | ")),
    );
    check(
        "recipients",
        Some(draft.recipients.join(" | ")),
        Some(strings(plan.get("recipients")).join(" | ")),
    );
    let signer = plan.get("signer");
    check(
        "signer",
        draft
            .signer
            .as_ref()
            .map(|x| format!("{} / {:?} / {:?}", x.name, x.position, x.on_behalf_of)),
        signer.map(|x| {
            format!(
                "{} / {:?} / {:?}",
                s(x.get("name")).unwrap_or_default(),
                s(x.get("position")),
                s(x.get("on_behalf_of"))
            )
        }),
    );
    // Units by name.
    let units = exp
        .get("units")
        .and_then(|u| u.as_table())
        .cloned()
        .unwrap_or_default();
    let want_name = |id: &str| {
        units
            .get(id)
            .and_then(|u| s(u.get("name")))
            .map(|n| fold_ascii(&n))
            .unwrap_or_else(|| format!("?{id}"))
    };
    let got_name = |id: &str| {
        draft
            .units
            .iter()
            .find(|u| u.id == id)
            .map(|u| fold_ascii(&u.name))
            .unwrap_or_else(|| format!("?{id}"))
    };
    for (id, u) in &units {
        let name = s(u.get("name")).unwrap_or_default();
        let Some(found) = draft
            .units
            .iter()
            .find(|d| fold_ascii(&d.name) == fold_ascii(&name))
        else {
            out.push(format!("unit {id}: no unit named {name:?}"));
            continue;
        };
        let want_aliases = strings(u.get("aliases"));
        for alias in &want_aliases {
            if !found.aliases.contains(alias) && found.name != *alias {
                out.push(format!("unit {id}: alias {alias:?} missing"));
            }
        }
        for alias in &found.aliases {
            if !want_aliases.contains(alias) {
                out.push(format!("unit {id}: extra alias {alias:?}"));
            }
        }
        if u.get("members").is_some() != found.members.is_some() {
            out.push(format!(
                "unit {id}: group {} vs {}",
                found.members.is_some(),
                u.get("members").is_some()
            ));
        }
    }
    if draft.units.len() != units.len() {
        let names: Vec<&str> = draft.units.iter().map(|u| u.name.as_str()).collect();
        out.push(format!(
            "units: got {} ({names:?}), want {}",
            draft.units.len(),
            units.len()
        ));
    }
    let resps = blocks(
        &exp,
        "responsibility",
        "responsibilities",
        draft.responsibilities.len(),
        &mut out,
    );
    for (k, (r, d)) in resps.iter().zip(&draft.responsibilities).enumerate() {
        let unit = s(r.get("unit")).unwrap_or_default();
        if want_name(&unit) != got_name(&d.unit) {
            out.push(format!(
                "responsibility {k}: unit {} vs {}",
                got_name(&d.unit),
                want_name(&unit)
            ));
        }
        if d.heading != s(r.get("heading")) {
            out.push(format!(
                "responsibility {k}: heading {:?} vs {:?}",
                d.heading,
                s(r.get("heading"))
            ));
        }
        if Some(d.text.clone()) != s(r.get("text")) {
            out.push(format!("responsibility {k}: text {:?}", d.text));
        }
    }
    let tasks = blocks(&exp, "task", "tasks", draft.tasks.len(), &mut out);
    for (t, d) in tasks.iter().zip(&draft.tasks) {
        let id = s(t.get("id")).unwrap_or_default();
        let mut c = |what: &str, got: Option<String>, want: Option<String>| {
            if got != want {
                out.push(format!("task {id} {what}: got {got:?}, want {want:?}"));
            }
        };
        c("id", Some(d.id.clone()), Some(id.clone()));
        c("title", Some(d.title.clone()), s(t.get("title")));
        c("window", d.window.clone(), s(t.get("window")));
        c("condition", d.condition.clone(), s(t.get("condition")));
        let marks: Vec<&str> = d.review.fields().map(|f| f.as_str()).collect();
        c(
            "review",
            Some(marks.join(", ")),
            Some(strings(t.get("review")).join(", ")),
        );
        // Notes are compared where both give one: an expected note the draft
        // lacks is an unreadable window's text, and expected files written
        // before notes were read leave them out.
        if d.note.is_some() && t.get("note").is_some() {
            c("note", d.note.clone(), s(t.get("note")));
        }
        if t.get("group").is_some() {
            c("group", d.group.clone(), s(t.get("group")));
        }
        let names = |ids: &[String], f: &dyn Fn(&str) -> String| {
            ids.iter().map(|i| f(i)).collect::<Vec<_>>().join("; ")
        };
        c(
            "lead",
            Some(names(&d.lead, &got_name)),
            Some(names(&strings(t.get("lead")), &want_name)),
        );
        c(
            "partners",
            Some(names(&d.partners, &got_name)),
            Some(names(&strings(t.get("partners")), &want_name)),
        );
    }
    out
}
