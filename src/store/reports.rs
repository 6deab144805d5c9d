//! Reading a task's `reports` table: one `reports.<unit> = { on = DATE,
//! note = "…" }` entry per unit that reported, each unit one the plan
//! declares.

use toml::de::DeTable;

use super::reader::Reader;
use crate::model::UnitReport;
use crate::units::Registry;

/// The keys of one report entry, in the order they are written.
pub const REPORT_KEYS: &[&str] = &["on", "note"];

impl Reader<'_> {
    pub(super) fn reports(&mut self, table: &DeTable<'_>, units: &Registry) -> Vec<UnitReport> {
        let Some(value) = table.get("reports") else {
            return Vec::new();
        };
        let Some(entries) = self.table(value, "reports") else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.len());
        for (key, entry) in entries.iter() {
            let id = key.get_ref().as_ref();
            let known = !self.unknown_unit(units, id, key.span(), "reports");
            let what = format!("reports.{id}");
            let Some(fields) = self.table(entry, &what) else {
                continue;
            };
            self.check_keys(fields, REPORT_KEYS, &what);
            let on = match fields.get("on") {
                Some(day) => self.date_value(day, "on"),
                None => {
                    self.missing(entry.span(), "on", &what);
                    None
                }
            };
            let note = self.string(fields, "note");
            let line = self.line_of(key.span().start) + self.base_line;
            if let (true, Some(on)) = (known, on) {
                out.push(UnitReport {
                    unit: id.to_string(),
                    on,
                    note,
                    line,
                });
            }
        }
        out
    }
}
