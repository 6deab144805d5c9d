//! Typed changes to the `[units]` registry in the head of a plan file, on
//! top of toml_edit: adding a unit and giving it more names. Commands say
//! what changes; the keys are written here only.

use toml_edit::{DocumentMut, Item, Table};

use super::doc;
use crate::error::Error;
use crate::store::UnitKey;

/// The `[units]` table of a head being edited.
pub struct UnitsEditor<'d> {
    units: &'d mut Table,
}

impl<'d> UnitsEditor<'d> {
    /// The head's `[units]`, made (as an implicit table) when missing.
    pub fn of(head: &'d mut DocumentMut) -> Result<Self, Error> {
        if head.get("units").is_none() {
            let mut table = Table::new();
            table.set_implicit(true);
            head.insert("units", Item::Table(table));
        }
        let units = head
            .get_mut("units")
            .and_then(Item::as_table_mut)
            .ok_or(Error::UnitsNotATable)?;
        Ok(UnitsEditor { units })
    }

    /// A new unit with its name and aliases.
    pub fn add(&mut self, id: &str, name: &str, aliases: &[String]) {
        let mut table = Table::new();
        table.insert(UnitKey::Name.as_str(), toml_edit::value(name));
        if !aliases.is_empty() {
            let aliases: toml_edit::Array = aliases.iter().map(String::as_str).collect();
            table.insert(UnitKey::Aliases.as_str(), toml_edit::value(aliases));
        }
        self.units.insert(id, Item::Table(table));
    }

    /// One more name for unit `id`, after the ones it has.
    pub fn add_alias(&mut self, id: &str, alias: &str) -> Result<(), Error> {
        let table = self
            .units
            .get_mut(id)
            .and_then(Item::as_table_mut)
            .ok_or_else(|| Error::UnitNotInHead(id.to_string()))?;
        doc::push(
            table,
            UnitKey::Aliases.as_str(),
            alias,
            &[UnitKey::Name.as_str()],
        );
        Ok(())
    }

    /// Make unit `id` a group of exactly `members`: those it lists and
    /// `members` lacks go, the new ones are added after the others, each
    /// list keeping its layout.
    pub fn set_members(&mut self, id: &str, members: &[String]) -> Result<(), Error> {
        let table = self
            .units
            .get_mut(id)
            .and_then(Item::as_table_mut)
            .ok_or_else(|| Error::UnitNotInHead(id.to_string()))?;
        let key = UnitKey::Members.as_str();
        for old in doc::strings(table, key) {
            if !members.contains(&old) {
                doc::pull(table, key, &old);
            }
        }
        let kept = doc::strings(table, key);
        for member in members {
            if !kept.contains(member) {
                doc::push(table, key, member, UnitKey::Members.before());
            }
        }
        if !table.contains_key(key) {
            doc::set(
                table,
                key,
                toml_edit::Array::new().into(),
                UnitKey::Members.before(),
            );
        }
        Ok(())
    }
}
