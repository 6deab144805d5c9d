//! The units of a document: every spelling found, in order, clustered into
//! units (a recipient only ever joins one), each named by its fullest
//! spelling with the others as aliases, and the id each spelling means.

use std::collections::{HashMap, HashSet};

use super::ids::{make_id, unique_id};
use super::same::{is_group, same_unit};
use super::shape::{shape, without_parentheses};
use crate::import::draft::DraftUnit;
use crate::import::scan::{Folded, fold};
use crate::text::is_all_caps;

/// Where a name was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A task's lead or partners: makes a unit.
    Task,
    /// A section III heading: makes a unit, or names one loosely.
    Heading,
    /// Nơi nhận: only adds an alias to a unit already found.
    Recipient,
}

/// How good a spelling is as a unit's name: spelled out rather than
/// abbreviated, "và" or a comma between its parts, no "trong" or locality
/// the other spellings lack, from a task rather than a heading.
fn score(name: &str, source: Source, others_lack_locality: bool) -> i32 {
    let s = shape(name);
    let mut score = 0;
    let written_abbreviations = without_parentheses(name)
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| is_all_caps(t))
        .count();
    score -= 3 * written_abbreviations as i32;
    if source == Source::Task {
        score += 2;
    }
    if name.contains(" và ") {
        score += 2;
    } else if name.contains(',') {
        score += 1;
    }
    let folded = Folded::new(name);
    if folded.find_word("trong", 0).is_some() {
        score -= 2;
    }
    if s.locality.is_some() && others_lack_locality {
        score -= 1;
    }
    score
}

/// The units of a document and which unit each name written means.
#[derive(Debug, Default)]
pub struct Registry {
    pub units: Vec<DraftUnit>,
    /// Name as written (cleaned) → unit id.
    pub ids: HashMap<String, String>,
}

impl Registry {
    /// The id of the unit a name means.
    pub fn id_of(&self, name: &str) -> Option<&str> {
        self.ids.get(name).map(String::as_str)
    }

    /// The ids the names mean, each once, in the order of the names.
    pub fn ids_of(&self, names: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in names {
            if let Some(id) = self.id_of(n)
                && !out.iter().any(|o| o == id)
            {
                out.push(id.to_string());
            }
        }
        out
    }

    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&DraftUnit> {
        self.units.iter().find(|u| u.id == id)
    }
}

/// Build the units from the names found, in order of appearance.
pub fn build(mentions: &[(String, Source)]) -> Registry {
    // Distinct spellings, each with its best source.
    let mut spellings: Vec<(String, Source)> = Vec::new();
    for (name, source) in mentions {
        if let Some(found) = spellings.iter_mut().find(|(n, _)| n == name) {
            found.1 = found.1.min(*source);
        } else {
            spellings.push((name.clone(), *source));
        }
    }
    // Clusters of spellings of one unit (recipients join, never start, one).
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut loose: Vec<(usize, usize)> = Vec::new(); // heading → cluster, not an alias
    let mut ids = HashMap::new();
    for (i, (name, source)) in spellings.iter().enumerate() {
        let found = clusters
            .iter()
            .position(|c| c.iter().any(|&j| same_unit(&spellings[j].0, name)));
        match (found, source) {
            (Some(c), _) => clusters[c].push(i),
            (None, Source::Task) => clusters.push(vec![i]),
            (None, Source::Heading) => {
                // "Trưởng các thôn" is about "Các thôn"; "Đề nghị Ủy ban
                // MTTQ xã" about "Ủy ban MTTQ xã".
                match clusters.iter().position(|c| {
                    c.iter().any(|&j| {
                        ends_with_name(name, &spellings[j].0) && spellings[j].1 != Source::Recipient
                    })
                }) {
                    Some(c) => loose.push((i, c)),
                    None => clusters.push(vec![i]),
                }
            }
            (None, Source::Recipient) => {}
        }
    }
    let mut registry = Registry::default();
    let mut used = HashSet::new();
    let mut cluster_ids = Vec::new();
    for cluster in &clusters {
        let any_without_locality = cluster
            .iter()
            .any(|&j| shape(&spellings[j].0).locality.is_none());
        let best = cluster
            .iter()
            .copied()
            .filter(|&j| spellings[j].1 != Source::Recipient)
            .max_by_key(|&j| {
                (
                    score(&spellings[j].0, spellings[j].1, any_without_locality),
                    std::cmp::Reverse(j),
                )
            })
            .unwrap_or(cluster[0]);
        let name = spellings[best].0.clone();
        let group = cluster.iter().any(|&j| is_group(&spellings[j].0));
        let id = unique_id(make_id(&name, group), &mut used);
        // "Phòng Nội vụ (Thường trực Hội đồng …)" names the unit and its role:
        // the role in parentheses makes no other spelling.
        let role_only = |s: &str| s.contains('(') && fold(&without_parentheses(s)) == fold(&name);
        let aliases = cluster
            .iter()
            .filter(|&&j| j != best && !role_only(&spellings[j].0))
            .map(|&j| spellings[j].0.clone())
            .collect();
        for &j in cluster {
            ids.insert(spellings[j].0.clone(), id.clone());
        }
        cluster_ids.push(id.clone());
        registry.units.push(DraftUnit {
            id,
            name,
            aliases,
            members: group.then(Vec::new),
        });
    }
    for (i, c) in loose {
        ids.insert(spellings[i].0.clone(), cluster_ids[c].clone());
    }
    registry.ids = ids;
    registry
}

/// Whether `text` ends with `name`, compared folded, on a word boundary.
fn ends_with_name(text: &str, name: &str) -> bool {
    let t = fold(&without_parentheses(text));
    let n = fold(&without_parentheses(name));
    t.len() > n.len() && t.ends_with(&n) && t[..t.len() - n.len()].ends_with(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_picks_the_fullest_name() {
        let m = |s: &str, src| (s.to_string(), src);
        let reg = build(&[
            m("Phòng Văn hóa, Thông tin huyện", Source::Task),
            m("Phòng Văn hóa và Thông tin", Source::Task),
            m("Các ngành đoàn thể cấp huyện", Source::Task),
            m("Các ngành, đoàn thể cấp huyện", Source::Task),
            m("Các phòng, ngành đoàn thể cấp huyện", Source::Heading),
            m("Trưởng các thôn", Source::Heading),
            m("Sở VH,TT&DL", Source::Recipient),
        ]);
        let names: Vec<&str> = reg.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Phòng Văn hóa và Thông tin",
                "Các ngành, đoàn thể cấp huyện",
                "Trưởng các thôn"
            ]
        );
        assert_eq!(reg.units[0].id, "vhtt");
        assert_eq!(reg.units[1].id, "nganh");
        assert_eq!(reg.units[1].members, Some(vec![]));
        assert_eq!(reg.id_of("Phòng Văn hóa, Thông tin huyện"), Some("vhtt"));
        assert_eq!(reg.id_of("Sở VH,TT&DL"), None);
    }

    #[test]
    fn a_role_in_parentheses_is_no_alias() {
        let m = |s: &str| (s.to_string(), Source::Task);
        let reg = build(&[
            m("Phòng Nội vụ"),
            m("Phòng Nội vụ (Thường trực Hội đồng Thi đua - Khen thưởng huyện)"),
        ]);
        assert_eq!(reg.units.len(), 1);
        assert!(
            reg.units[0].aliases.is_empty(),
            "{:?}",
            reg.units[0].aliases
        );
        assert_eq!(
            reg.id_of("Phòng Nội vụ (Thường trực Hội đồng Thi đua - Khen thưởng huyện)"),
            Some(reg.units[0].id.as_str())
        );
    }
}
