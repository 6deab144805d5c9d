//! `plan units`: every unit with the tasks it leads, the tasks it is a
//! partner in, and the tasks that reach it through its groups (as
//! `query::unit_tasks` finds them), as a table or JSON.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::Plan;
use crate::query::unit_tasks;
use crate::text::visible;
use crate::units::Unit;

/// One unit of one plan with its tasks.
#[derive(Debug, Serialize)]
pub struct UnitRow<'p> {
    pub plan: &'p str,
    pub id: &'p str,
    pub name: &'p str,
    pub aliases: &'p [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<&'p [String]>,
    pub member_of: Vec<&'p str>,
    /// Tasks naming the unit as lead.
    pub lead: Vec<&'p str>,
    /// Tasks naming the unit as partner.
    pub partner: Vec<&'p str>,
    /// Tasks naming one of the unit's groups (as lead or partner).
    pub via_groups: Vec<&'p str>,
}

impl<'p> UnitRow<'p> {
    /// The rows of every unit of every plan, in file order.
    pub fn collect(plans: &'p [Plan]) -> Vec<UnitRow<'p>> {
        let mut rows = Vec::new();
        for plan in plans {
            for unit in plan.units.units() {
                rows.push(Self::of(plan, unit));
            }
        }
        rows
    }

    fn of(plan: &'p Plan, unit: &'p Unit) -> UnitRow<'p> {
        let tasks = unit_tasks(plan, &unit.id);
        UnitRow {
            plan: &plan.id,
            id: &unit.id,
            name: &unit.name,
            aliases: &unit.aliases,
            members: unit.members.as_deref(),
            member_of: plan.units.groups_of(&unit.id),
            lead: tasks.lead,
            partner: tasks.partner,
            via_groups: tasks.via_groups,
        }
    }
}

fn ids(list: &[&str]) -> String {
    if list.is_empty() {
        "–".to_string()
    } else {
        format!("{}: {}", list.len(), list.join(", "))
    }
}

/// The registry as a table.
pub fn table(
    rows: &[UnitRow],
    qualify: bool,
    width: Option<u16>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let words = super::words();
    let mut table = super::table::new_table(width);
    table.set_header(&words.units_header);
    for row in rows {
        let id = super::qualified(row.plan, row.id, qualify);
        let mut name = row.name.to_string();
        if !row.aliases.is_empty() {
            name.push('\n');
            name.push_str(&words.also.fill(&[&row.aliases.join("; ")]));
        }
        if let Some(members) = row.members {
            let members = if members.is_empty() {
                words.none_listed.clone()
            } else {
                members.join(", ")
            };
            name.push('\n');
            name.push_str(&words.group_of.fill(&[&members]));
        }
        if !row.member_of.is_empty() {
            name.push('\n');
            name.push_str(&words.member_of.fill(&[&row.member_of.join(", ")]));
        }
        table.add_row([
            visible(&id).into_owned(),
            visible(&name).into_owned(),
            visible(&ids(&row.lead)).into_owned(),
            visible(&ids(&row.partner)).into_owned(),
            visible(&ids(&row.via_groups)).into_owned(),
        ]);
    }
    super::table::keep_whole(&mut table, &[0]);
    writeln!(out, "{table}")
}

#[derive(Serialize)]
struct UnitsDoc<'a> {
    version: u32,
    units: &'a [UnitRow<'a>],
}

/// The registry as JSON.
pub fn json(rows: &[UnitRow], out: &mut dyn Write) -> io::Result<()> {
    let doc = UnitsDoc {
        version: super::json::VERSION,
        units: rows,
    };
    super::json::write(&doc, out)
}
