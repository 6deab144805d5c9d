//! Reading the head of a plan file: `format`, `[plan]` with its period,
//! signer and recipients, the `[units]` registry and the
//! `[[responsibility]]` entries.

use std::ops::Range;

use rustc_hash::FxHashMap;
use toml::de::{DeTable, DeValue};

use super::context::folded_name;
use super::keys::UNIT_KEYS;
use super::parse::FORMAT;
use super::reader::{Reader, Value, inner_span};
use crate::model::review::Field;
use crate::model::{Plan, Responsibility, Signer};
use crate::units::{Registry, Unit};
use crate::window::{self, Span, Window, WindowError};

const TOP_KEYS: &[&str] = &["format", "plan", "units", "responsibility", "task"];
const PLAN_KEYS: &[&str] = &[
    "id",
    "title",
    "issuer",
    "number",
    "date",
    "place",
    "period",
    "basis",
    "purpose",
    "requirements",
    "closing",
    "recipients",
    "signer",
    "review",
];
const SIGNER_KEYS: &[&str] = &["name", "position", "on_behalf_of"];
const RESPONSIBILITY_KEYS: &[&str] = &["unit", "heading", "text"];

impl Reader<'_> {
    /// Everything but the tasks. Missing required fields are reported and
    /// left empty.
    pub(super) fn head(&mut self, root: &DeTable<'_>) -> Plan {
        self.check_keys(root, TOP_KEYS, &crate::t!("diag-the-plan-file"));
        match root.get("format") {
            None => {
                self.error(0..0, crate::t!("diag-no-format"))
                    .hint(crate::t!("diag-no-format-hint"));
            }
            Some(value) => {
                let version = match value.get_ref() {
                    DeValue::Integer(i) => i.as_str().parse::<i64>().ok(),
                    _ => None,
                };
                if version != Some(FORMAT) {
                    self.error(value.span(), crate::t!("diag-bad-format"))
                        .expected("format = 1")
                        .hint(crate::t!("diag-bad-format-hint"));
                }
            }
        }

        let units = self.units(root);
        let empty = DeTable::new();
        let (header, span) = match root.get("plan") {
            None => {
                self.error(0..0, crate::t!("diag-no-plan-table"))
                    .hint(crate::t!("diag-no-plan-table-hint"));
                (&empty, 0..0)
            }
            Some(value) => (self.table(value, "`plan`").unwrap_or(&empty), value.span()),
        };
        self.check_keys(header, PLAN_KEYS, "[plan]");
        let marks = self.review(header, Field::HEAD, "[plan]");
        self.head_review_warnings(header, &marks);
        let id = self.required_string(header, span.clone(), "id", "[plan]");
        if let (Some(id), Some(value)) = (&id, header.get("id"))
            && (id.contains(':') || id.chars().any(char::is_whitespace))
        {
            self.error(
                value.span(),
                crate::t!("diag-bad-plan-id", id = id.as_str()),
            )
            .hint(crate::t!("diag-bad-plan-id-hint"));
        }
        let title = self.required_string(header, span.clone(), "title", "[plan]");
        let period_text = self.string(header, "period");
        let period = match (&period_text, header.get("period")) {
            (Some(text), Some(value)) => self.period(text, value),
            _ => None,
        };
        let signer = header.get("signer").and_then(|value| self.signer(value));
        let responsibilities = self.responsibilities(root, &units);

        Plan {
            path: self.path.to_path_buf(),
            id: id.unwrap_or_default(),
            title: title.unwrap_or_default(),
            issuer: self.string(header, "issuer"),
            number: self.string(header, "number"),
            date: self.date(header, "date"),
            place: self.string(header, "place"),
            period_text,
            period,
            basis: self.list(header, "basis"),
            purpose: self.string(header, "purpose"),
            requirements: self.string(header, "requirements"),
            closing: self.string(header, "closing"),
            recipients: self.list(header, "recipients"),
            signer,
            review: marks.review,
            units,
            responsibilities,
            tasks: Vec::new(),
            follows_reports: Default::default(),
        }
    }

    pub(super) fn period(&mut self, text: &str, value: &Value<'_>) -> Option<Span> {
        match window::parse_window(text, None) {
            Ok(Window::Span(span)) if span.start.is_some() => Some(span),
            Ok(Window::Milestones(spans)) if spans.first().is_some_and(|s| s.start.is_some()) => {
                let start = spans.first().and_then(|s| s.start);
                spans.last().map(|last| Span {
                    start,
                    end: last.end,
                })
            }
            Ok(_) => {
                self.error(value.span(), crate::t!("diag-period-no-dates", text = text))
                    .expected(crate::t!("diag-period-no-dates-expected"));
                None
            }
            Err(error) => {
                self.window_error(value, &error);
                None
            }
        }
    }

    pub(super) fn window_error(&mut self, value: &Value<'_>, error: &WindowError) {
        let span = inner_span(self.text, value.span(), &error.at);
        let expected = crate::t!("diag-window-expected");
        let hint = error.hint.clone();
        self.error(span, error.message.clone())
            .expected(expected)
            .hint = hint;
    }

    pub(super) fn signer(&mut self, value: &Value<'_>) -> Option<Signer> {
        let table = self.table(value, "`signer`")?;
        self.check_keys(table, SIGNER_KEYS, "`signer`");
        let name = self.required_string(table, value.span(), "name", "`signer`")?;
        Some(Signer {
            name,
            position: self.string(table, "position"),
            on_behalf_of: self.string(table, "on_behalf_of"),
        })
    }

    pub(super) fn units(&mut self, root: &DeTable<'_>) -> Registry {
        let Some(value) = root.get("units") else {
            return Registry::default();
        };
        let Some(table) = self.table(value, "`units`") else {
            return Registry::default();
        };
        let mut units = Vec::with_capacity(table.len());
        let mut member_refs = Vec::new();
        // Each name or alias with the unit that has it, by its cheap ASCII
        // fold: two units answering to one name could not be told apart on
        // the command line. Only spellings that meet there are compared
        // with tone marks kept.
        let mut names: FxHashMap<String, Vec<(String, String)>> = FxHashMap::default();
        for (key, value) in table.iter() {
            let id = key.get_ref().to_string();
            let what = format!("[units.{id}]");
            let Some(fields) = self.table(value, &what) else {
                continue;
            };
            self.check_keys(fields, UNIT_KEYS, &what);
            let name = self
                .required_string(fields, key.span(), "name", &what)
                .unwrap_or_else(|| id.clone());
            let aliases = self.list(fields, "aliases");
            for spelling in std::iter::once(&name).chain(&aliases) {
                let seen = names.entry(folded_name(spelling)).or_default();
                let clash = seen.iter().find(|(other, known)| {
                    *other != id
                        && crate::text::fold_tones(known) == crate::text::fold_tones(spelling)
                });
                if let Some((other, _)) = clash {
                    let message = crate::t!(
                        "diag-unit-name-clash",
                        id = id.as_str(),
                        spelling = spelling.as_str(),
                        other = other.as_str()
                    );
                    self.error(key.span(), message)
                        .hint(crate::t!("diag-unit-name-clash-hint"));
                } else {
                    seen.push((id.clone(), spelling.clone()));
                }
            }
            let members = match fields.get("members") {
                None => None,
                Some(value) => match value.get_ref() {
                    DeValue::Array(items) => {
                        let items = self.string_items(items, "members").unwrap_or_default();
                        member_refs.extend(
                            items
                                .iter()
                                .map(|(m, span)| (id.clone(), m.clone(), span.clone())),
                        );
                        Some(items.into_iter().map(|(m, _)| m).collect())
                    }
                    _ => {
                        self.type_error(value, "members", &crate::t!("diag-type-unit-ids"));
                        None
                    }
                },
            };
            units.push(Unit {
                id,
                name,
                aliases,
                members,
            });
        }
        let registry = Registry::new(units);
        for (group, member, span) in member_refs {
            if member == group {
                self.error(
                    span,
                    crate::t!("diag-group-in-itself", group = group.as_str()),
                );
            } else if !self.unknown_unit(&registry, &member, span.clone(), "members")
                && registry.concerning(&group).contains(&member.as_str())
            {
                // The member is (through other groups) a group holding this one.
                self.error(
                    span,
                    crate::t!(
                        "diag-groups-in-each-other",
                        group = group.as_str(),
                        member = member.as_str()
                    ),
                )
                .hint(crate::t!("diag-groups-in-each-other-hint"));
            }
        }
        registry
    }

    /// Report `id` when the registry has no such unit.
    pub(super) fn unknown_unit(
        &mut self,
        registry: &Registry,
        id: &str,
        span: Range<usize>,
        key: &str,
    ) -> bool {
        if registry.get(id).is_some() {
            return false;
        }
        let hint = match registry.resolve(id) {
            Ok(unit) => Some(crate::t!(
                "diag-did-you-mean-units",
                units = format!("`{}` ({})", unit.id, unit.name)
            )),
            Err(crate::units::MatchError::Ambiguous { candidates, .. })
            | Err(crate::units::MatchError::NotFound {
                closest: candidates,
                ..
            }) if !candidates.is_empty() => Some(crate::t!(
                "diag-did-you-mean-units",
                units = candidates
                    .iter()
                    .map(|(id, name)| format!("`{id}` ({name})"))
                    .collect::<Vec<_>>()
                    .join(&crate::t!("diag-or"))
            )),
            _ => Some(crate::t!("diag-declare-unit")),
        };
        let ids = super::reader::key_list(registry.units().iter().map(|u| u.id.as_str()));
        self.error(span, crate::t!("diag-unknown-unit", id = id, key = key))
            .expected(crate::t!("diag-unknown-unit-expected", ids = ids))
            .hint = hint;
        true
    }

    pub(super) fn responsibilities(
        &mut self,
        root: &DeTable<'_>,
        units: &Registry,
    ) -> Vec<Responsibility> {
        let Some(value) = root.get("responsibility") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.type_error(
                value,
                "responsibility",
                &crate::t!("diag-type-responsibilities"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            let Some(table) = self.table(item, "[[responsibility]]") else {
                continue;
            };
            self.check_keys(table, RESPONSIBILITY_KEYS, "[[responsibility]]");
            let unit = self.required_string(table, item.span(), "unit", "[[responsibility]]");
            if let (Some(unit), Some(value)) = (&unit, table.get("unit")) {
                self.unknown_unit(units, unit, value.span(), "unit");
            }
            let text = self.required_string(table, item.span(), "text", "[[responsibility]]");
            if let (Some(unit), Some(text)) = (unit, text) {
                out.push(Responsibility {
                    unit,
                    heading: self.string(table, "heading"),
                    text,
                });
            }
        }
        out
    }
}
