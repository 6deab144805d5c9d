//! The unit registry: the lead and partner units (`[units.<id>]`) declared by
//! one or more plans, resolution of what a user typed to exactly one unit
//! (by id, name or alias, tolerant of case, Vietnamese tone-mark placement
//! and missing diacritics), suggestions when nothing matches, and group
//! membership, so that a task naming a group ("Các ngành, đoàn thể cấp
//! huyện") is known to concern each of its members.

use std::collections::HashSet;

use rustc_hash::FxHashMap as HashMap;

pub use crate::error::MatchError;
use crate::text::{fold_ascii, fold_case, fold_tones};

/// One unit of the registry (`[units.<id>]` in a plan file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// `Some` for a group ("Ủy ban nhân dân các xã, thị trấn"): the ids of its members (may be empty).
    pub members: Option<Vec<String>>,
}

/// The units of one or more plans, in file order.
///
/// When several units share an id (the same unit declared by two plans),
/// the first one wins for [`Registry::get`] and [`Registry::resolve`].
#[derive(Debug, Clone, Default)]
pub struct Registry {
    units: Vec<Unit>,
    /// Folded match keys, parallel to `units`; computed on the first
    /// `resolve`, since most loaded registries are never searched.
    keys: std::sync::OnceLock<Vec<Keys>>,
    /// Id → index of the first unit with that id.
    by_id: HashMap<String, usize>,
    /// Member id → indices of the groups listing it, in registry order.
    groups: HashMap<String, Vec<usize>>,
}

/// The folded forms of one unit's id, name and aliases, computed once.
#[derive(Debug, Clone)]
struct Keys {
    /// `fold_case` of the id, for the case-insensitive id level.
    id_case: String,
    id_tones: String,
    id_ascii: String,
    /// `fold_tones` of the name followed by the aliases.
    names_tones: Vec<String>,
    /// `fold_ascii` of the name followed by the aliases.
    names_ascii: Vec<String>,
}

impl Keys {
    fn new(unit: &Unit) -> Keys {
        let names = || std::iter::once(&unit.name).chain(&unit.aliases);
        Keys {
            id_case: fold_case(&unit.id),
            id_tones: fold_tones(&unit.id),
            id_ascii: fold_ascii(&unit.id),
            names_tones: names().map(|s| fold_tones(s)).collect(),
            names_ascii: names().map(|s| fold_ascii(s)).collect(),
        }
    }
}

/// The step of [`Registry::resolve`] at which a query matched: 0 for the
/// id, then a whole name or alias, then fragments; lower is closer.
pub type Level = usize;

/// How many suggestions a [`MatchError::NotFound`] carries at most.
const MAX_CLOSEST: usize = 3;

/// Similarity (0..=1) a unit needs to be suggested as a close match; below
/// this, unrelated Vietnamese unit names score alike ("phong", "huyen").
const CLOSEST_THRESHOLD: f64 = 0.6;

/// How far below the best suggestion another one may score and still be
/// listed.
const CLOSEST_SPREAD: f64 = 0.15;

impl Registry {
    pub fn new(units: Vec<Unit>) -> Registry {
        let mut by_id = HashMap::default();
        let mut groups: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, unit) in units.iter().enumerate() {
            by_id.entry(unit.id.clone()).or_insert(i);
            for member in unit.members.iter().flatten() {
                let listed = groups.entry(member.clone()).or_default();
                if !listed.iter().any(|&g| units[g].id == unit.id) {
                    listed.push(i);
                }
            }
        }
        Registry {
            units,
            keys: std::sync::OnceLock::new(),
            by_id,
            groups,
        }
    }

    fn keys(&self) -> &[Keys] {
        self.keys
            .get_or_init(|| self.units.iter().map(Keys::new).collect())
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// The unit with exactly this id (the first one if declared twice).
    pub fn get(&self, id: &str) -> Option<&Unit> {
        self.by_id.get(id).map(|&i| &self.units[i])
    }

    /// Resolve what a user typed to one unit.
    ///
    /// Levels are tried in order and the first level where any unit matches
    /// decides: id (case-insensitive); name or alias equal after tone
    /// folding; equal after ASCII folding; the query as a fragment of an id,
    /// name or alias starting at a word boundary, tone-folded then
    /// ASCII-folded; the same anywhere, tone-folded then ASCII-folded.
    pub fn resolve(&self, query: &str) -> Result<&Unit, MatchError> {
        match self.resolve_at(query) {
            Ok((_, unit)) => Ok(unit),
            Err((_, MatchError::NotFound { query: q, .. })) => Err(MatchError::NotFound {
                query: q,
                closest: self.closest_to(query),
            }),
            Err((_, error)) => Err(error),
        }
    }

    /// The units most similar to what a user typed, best first, to suggest
    /// when it matches none.
    pub fn closest_to(&self, query: &str) -> Vec<(String, String)> {
        let ascii = fold_ascii(query);
        if ascii.is_empty() {
            return Vec::new();
        }
        self.closest(&ascii)
    }

    /// [`Registry::resolve`], with the level that decided (0 for the id,
    /// higher for looser matches), on success and on ambiguity alike, so
    /// that several registries can be asked the same question and the
    /// closest match among them decide ([`crate::query::resolve_in_plans`]).
    /// Nothing matching is level [`Level::MAX`], with no units suggested
    /// yet ([`Registry::closest_to`] scores them).
    pub fn resolve_at(&self, query: &str) -> Result<(Level, &Unit), (Level, MatchError)> {
        let ascii = fold_ascii(query);
        if ascii.is_empty() {
            // Blank, or nothing but combining marks: an empty key would be a
            // fragment of every unit.
            return Err((
                Level::MAX,
                MatchError::NotFound {
                    query: query.to_string(),
                    closest: Vec::new(),
                },
            ));
        }
        let case = fold_case(query);
        let tones = fold_tones(query);

        let levels: [&dyn Fn(&Keys) -> bool; 7] = [
            &|k| k.id_case == case,
            &|k| k.names_tones.contains(&tones),
            &|k| k.names_ascii.contains(&ascii),
            &|k| fragment(&tones, &k.id_tones, &k.names_tones, true),
            &|k| fragment(&ascii, &k.id_ascii, &k.names_ascii, true),
            &|k| fragment(&tones, &k.id_tones, &k.names_tones, false),
            &|k| fragment(&ascii, &k.id_ascii, &k.names_ascii, false),
        ];
        // An exact id is the unit, whatever else the query is a fragment of.
        if let Some(unit) = self.get(query) {
            return Ok((0, unit));
        }
        for (level, matches) in (1..).zip(levels) {
            let found = self.matching(matches);
            match found.as_slice() {
                [] => continue,
                [only] => return Ok((level, &self.units[*only])),
                _ => {
                    return Err((
                        level,
                        MatchError::Ambiguous {
                            query: query.to_string(),
                            candidates: found.iter().map(|&i| self.id_name(i)).collect(),
                        },
                    ));
                }
            }
        }
        Err((
            Level::MAX,
            // The closest units are scored only when asked for
            // (`closest_to`): across plans, another plan may match.
            MatchError::NotFound {
                query: query.to_string(),
                closest: Vec::new(),
            },
        ))
    }

    /// Indices of the units whose keys satisfy `matches`, in registry order,
    /// one per distinct id.
    fn matching(&self, matches: &dyn Fn(&Keys) -> bool) -> Vec<usize> {
        let mut seen = HashSet::new();
        self.keys()
            .iter()
            .enumerate()
            .filter(|(_, k)| matches(k))
            .map(|(i, _)| i)
            .filter(|&i| seen.insert(self.units[i].id.as_str()))
            .collect()
    }

    fn id_name(&self, i: usize) -> (String, String) {
        let unit = &self.units[i];
        (unit.id.clone(), unit.name.clone())
    }

    /// The units most similar to an ASCII-folded query, best first.
    fn closest(&self, ascii: &str) -> Vec<(String, String)> {
        let mut seen = HashSet::new();
        let mut scored: Vec<(f64, usize)> = self
            .keys()
            .iter()
            .enumerate()
            .filter(|&(i, _)| seen.insert(self.units[i].id.as_str()))
            .map(|(i, k)| {
                let best = std::iter::once(&k.id_ascii)
                    .chain(&k.names_ascii)
                    .map(|candidate| similarity(ascii, candidate))
                    .fold(0.0, f64::max);
                (best, i)
            })
            .filter(|&(score, _)| score >= CLOSEST_THRESHOLD)
            .collect();
        // Stable: equal scores keep registry order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let floor = scored
            .first()
            .map_or(0.0, |&(best, _)| best - CLOSEST_SPREAD);
        scored
            .into_iter()
            .take_while(|&(score, _)| score >= floor)
            .take(MAX_CLOSEST)
            .map(|(_, i)| self.id_name(i))
            .collect()
    }

    /// Ids of the groups that list `id` among their members.
    pub fn groups_of(&self, id: &str) -> Vec<&str> {
        self.groups
            .get(id)
            .map(|groups| groups.iter().map(|&g| self.units[g].id.as_str()).collect())
            .unwrap_or_default()
    }

    /// The ids a task must name for it to concern unit `id`: the unit itself plus every group it belongs to (transitively, cycle-safe).
    ///
    /// Breadth-first: the unit, then its groups in registry order, then
    /// their groups. Empty when `id` is not in the registry.
    pub fn concerning(&self, id: &str) -> Vec<&str> {
        let Some(unit) = self.get(id) else {
            return Vec::new();
        };
        let mut out = vec![unit.id.as_str()];
        let mut seen: HashSet<&str> = out.iter().copied().collect();
        let mut next = 0;
        while let Some(&current) = out.get(next) {
            next += 1;
            for group in self.groups_of(current) {
                if seen.insert(group) {
                    out.push(group);
                }
            }
        }
        out
    }
}

/// Whether `query` occurs in the id or any name or alias; with
/// `word_start`, only where it begins a word.
fn fragment(query: &str, id: &str, names: &[String], word_start: bool) -> bool {
    std::iter::once(id)
        .chain(names.iter().map(String::as_str))
        .any(|hay| {
            if word_start {
                contains_at_word_start(hay, query)
            } else {
                hay.contains(query)
            }
        })
}

/// Whether `needle` occurs in `hay` at the start or right after a
/// character that is not a letter or digit (a space or punctuation).
fn contains_at_word_start(hay: &str, needle: &str) -> bool {
    let mut prev: Option<char> = None;
    for (i, c) in hay.char_indices() {
        if prev.is_none_or(|p| !p.is_alphanumeric()) && hay[i..].starts_with(needle) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Similarity of two folded strings: the mean of normalized Levenshtein and
/// Jaro-Winkler, so that both edit distance and a shared prefix count.
fn similarity(a: &str, b: &str) -> f64 {
    (strsim::normalized_levenshtein(a, b) + strsim::jaro_winkler(a, b)) / 2.0
}

/// Whether `id` can be a unit id: letters, digits, `-` or `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Registry {
    /// The unit other than `id` that answers to `name` (compared without
    /// marks, as a query without them would find it), if any: a name or
    /// alias belongs to one unit.
    pub fn name_owner(&self, id: &str, name: &str) -> Option<&Unit> {
        let folded = fold_ascii(name);
        self.units().iter().find(|unit| {
            unit.id != id
                && std::iter::once(&unit.name)
                    .chain(&unit.aliases)
                    .any(|n| fold_ascii(n) == folded)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn unit(id: &str, name: &str, aliases: &[&str], members: Option<&[&str]>) -> Unit {
        Unit {
            id: id.to_string(),
            name: name.to_string(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            members: members.map(|m| m.iter().map(|s| s.to_string()).collect()),
        }
    }

    /// The units of the seed plan.
    fn seed() -> Registry {
        Registry::new(vec![
            unit(
                "vhtt",
                "Phòng Văn hóa và Thông tin",
                &["Phòng Văn hóa, Thông tin", "Phòng Văn hóa, Thông tin huyện"],
                None,
            ),
            unit(
                "ldtbxh",
                "Phòng Lao động – Thương binh và Xã hội",
                &["Phòng LĐTBXH"],
                None,
            ),
            unit("cahuyen", "Công an huyện", &[], None),
            unit("ttvh", "Trung tâm VHNTTTDL", &["Trung tâm VH,TT&DL"], None),
            unit(
                "nganh",
                "Các ngành, đoàn thể cấp huyện",
                &[
                    "Các ngành đoàn thể cấp huyện",
                    "Các ngành, đoàn thể cấp trong huyện",
                    "Các ngành đoàn thể trong huyện",
                ],
                Some(&["ldtbxh", "cahuyen", "ttvh"]),
            ),
            unit(
                "bcd",
                "Các ngành thành viên BCĐ công tác gia đình huyện",
                &["Các ngành thành viên BCD công tác gia đình huyện"],
                Some(&["vhtt", "ldtbxh", "cahuyen"]),
            ),
            unit(
                "xa",
                "Ủy ban nhân dân các xã, thị trấn",
                &["UBND các xã, thị trấn"],
                Some(&[]),
            ),
        ])
    }

    fn resolved(registry: &Registry, query: &str) -> String {
        match registry.resolve(query) {
            Ok(unit) => unit.id.clone(),
            Err(e) => panic!("{query:?} did not resolve: {e}"),
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(id, name)| (id.to_string(), name.to_string()))
            .collect()
    }

    #[test]
    fn resolves_by_id() {
        let r = seed();
        assert_eq!(resolved(&r, "vhtt"), "vhtt");
        assert_eq!(resolved(&r, "VHTT"), "vhtt");
    }

    #[test]
    fn resolves_by_full_name() {
        assert_eq!(resolved(&seed(), "Công an huyện"), "cahuyen");
    }

    #[test]
    fn resolves_by_alias() {
        assert_eq!(resolved(&seed(), "Phòng LĐTBXH"), "ldtbxh");
    }

    #[test]
    fn tone_placement_hoa_matches() {
        let r = seed();
        assert_eq!(resolved(&r, "văn hoá"), "vhtt");
        assert_eq!(resolved(&r, "Phòng Văn hoá và Thông tin"), "vhtt");
    }

    #[test]
    fn tone_placement_thuy_matches() {
        let r = Registry::new(vec![unit("nn", "Phòng Nông nghiệp và Thủy lợi", &[], None)]);
        assert_eq!(resolved(&r, "Phòng Nông nghiệp và Thuỷ lợi"), "nn");
        assert_eq!(resolved(&r, "thuỷ lợi"), "nn");
        assert_eq!(resolved(&r, "thủy lợi"), "nn");
    }

    #[test]
    fn ascii_query_matches() {
        assert_eq!(resolved(&seed(), "Phong van hoa"), "vhtt");
    }

    #[test]
    fn uppercase_query_matches() {
        assert_eq!(resolved(&seed(), "VĂN HÓA"), "vhtt");
    }

    #[test]
    fn d_without_bar_matches() {
        assert_eq!(resolved(&seed(), "doan the"), "nganh");
    }

    #[test]
    fn ascii_fragment_lao_dong() {
        assert_eq!(resolved(&seed(), "lao dong"), "ldtbxh");
    }

    #[test]
    fn ascii_fragment_cong_an() {
        assert_eq!(resolved(&seed(), "cong an"), "cahuyen");
    }

    #[test]
    fn alias_fragment_ubnd() {
        assert_eq!(resolved(&seed(), "UBND"), "xa");
    }

    #[test]
    fn phong_is_ambiguous() {
        assert_eq!(
            seed().resolve("phòng"),
            Err(MatchError::Ambiguous {
                query: "phòng".to_string(),
                candidates: pairs(&[
                    ("vhtt", "Phòng Văn hóa và Thông tin"),
                    ("ldtbxh", "Phòng Lao động – Thương binh và Xã hội"),
                ]),
            })
        );
    }

    #[test]
    fn cac_nganh_is_ambiguous() {
        assert_eq!(
            seed().resolve("các ngành"),
            Err(MatchError::Ambiguous {
                query: "các ngành".to_string(),
                candidates: pairs(&[
                    ("nganh", "Các ngành, đoàn thể cấp huyện"),
                    ("bcd", "Các ngành thành viên BCĐ công tác gia đình huyện"),
                ]),
            })
        );
    }

    #[test]
    fn not_found_suggests_closest() {
        match seed().resolve("trung tam van hoa tinh") {
            Err(MatchError::NotFound { query, closest }) => {
                assert_eq!(query, "trung tam van hoa tinh");
                assert!(closest.len() <= MAX_CLOSEST);
                assert!(
                    closest.iter().any(|(id, _)| id == "ttvh" || id == "vhtt"),
                    "{closest:?}"
                );
            }
            other => panic!("expected NotFound, got {other:?}"),
        }
    }

    #[test]
    fn blank_query_is_not_found() {
        let r = seed();
        for query in ["", "   ", "\t\n", "\u{301}"] {
            assert_eq!(
                r.resolve(query),
                Err(MatchError::NotFound {
                    query: query.to_string(),
                    closest: Vec::new(),
                })
            );
        }
    }

    #[test]
    fn concerning_includes_groups() {
        assert_eq!(seed().concerning("cahuyen"), ["cahuyen", "nganh", "bcd"]);
    }

    #[test]
    fn concerning_ungrouped_unit_is_itself() {
        assert_eq!(seed().concerning("xa"), ["xa"]);
    }

    #[test]
    fn concerning_unknown_unit_is_empty() {
        assert!(seed().concerning("nope").is_empty());
    }

    #[test]
    fn concerning_is_transitive() {
        let r = Registry::new(vec![
            unit("a", "A", &[], None),
            unit("b", "B", &[], Some(&["a"])),
            unit("c", "C", &[], Some(&["b"])),
        ]);
        assert_eq!(r.concerning("a"), ["a", "b", "c"]);
    }

    #[test]
    fn member_cycle_does_not_loop() {
        let r = Registry::new(vec![
            unit("a", "Nhóm A", &[], Some(&["b"])),
            unit("b", "Nhóm B", &[], Some(&["a"])),
            unit("c", "Nhóm C", &[], Some(&["c"])),
        ]);
        assert_eq!(r.concerning("a"), ["a", "b"]);
        assert_eq!(r.concerning("b"), ["b", "a"]);
        assert_eq!(r.concerning("c"), ["c"]);
    }

    #[test]
    fn groups_of_lists_groups_in_order() {
        let r = seed();
        assert_eq!(r.groups_of("ldtbxh"), ["nganh", "bcd"]);
        assert_eq!(r.groups_of("vhtt"), ["bcd"]);
        assert!(r.groups_of("xa").is_empty());
    }

    #[test]
    fn decomposed_query_matches() {
        let nfd: String = "Phòng Văn hóa và Thông tin".nfd().collect();
        assert_ne!(nfd, "Phòng Văn hóa và Thông tin");
        assert_eq!(resolved(&seed(), &nfd), "vhtt");
        let nfd: String = "đoàn thể".nfd().collect();
        assert_eq!(resolved(&seed(), &nfd), "nganh");
    }

    #[test]
    fn get_is_exact() {
        let r = seed();
        assert_eq!(
            r.get("vhtt").map(|u| u.name.as_str()),
            Some("Phòng Văn hóa và Thông tin")
        );
        assert!(r.get("VHTT").is_none());
        assert_eq!(r.units().len(), 7);
    }

    #[test]
    fn duplicate_ids_count_once() {
        let u = unit("ca", "Công an huyện", &[], None);
        let r = Registry::new(vec![u.clone(), u]);
        assert_eq!(resolved(&r, "công an"), "ca");
    }

    #[test]
    fn display_ambiguous() {
        let err = seed().resolve("phòng").unwrap_err();
        assert_eq!(
            err.to_string(),
            "unit \"phòng\" is ambiguous: vhtt (Phòng Văn hóa và Thông tin), \
             ldtbxh (Phòng Lao động – Thương binh và Xã hội)"
        );
    }

    #[test]
    fn display_not_found() {
        let r = Registry::new(vec![unit("ca", "Công an huyện", &[], None)]);
        let err = r.resolve("cong an xa").unwrap_err();
        assert_eq!(
            err.to_string(),
            "no unit matches \"cong an xa\"; closest: ca (Công an huyện)"
        );
        let err = r.resolve("").unwrap_err();
        assert_eq!(err.to_string(), "no unit matches \"\"");
    }

    #[test]
    fn display_escapes_terminal_controls() {
        let err = seed().resolve("x\u{1b}[2J").unwrap_err();
        assert!(!err.to_string().contains('\u{1b}'), "{err}");
    }

    #[test]
    fn unit_ids_are_letters_digits_hyphens_and_underscores() {
        assert!(is_valid_id("vhtt"));
        assert!(is_valid_id("ubnd_xa-1"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("văn hóa"));
        assert!(!is_valid_id("a.b"));
    }

    #[test]
    fn a_name_belongs_to_one_unit_whatever_its_tone_marks() {
        let r = Registry::new(vec![unit(
            "nn",
            "Phòng Nông nghiệp và Thủy lợi",
            &["NN"],
            None,
        )]);
        let owner = |id, name| r.name_owner(id, name).map(|u| u.id.as_str());
        assert_eq!(owner("moi", "Phòng Nông nghiệp và Thuỷ lợi"), Some("nn"));
        assert_eq!(owner("moi", "nn"), Some("nn"));
        assert_eq!(owner("nn", "NN"), None);
        assert_eq!(owner("moi", "Phòng Y tế"), None);
    }
}
