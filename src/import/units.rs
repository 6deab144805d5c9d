//! Units named in a document: splitting a list of units into names without
//! cutting names that hold a comma or "và", merging the ways one unit is
//! written into one unit (its fullest name, the others as aliases), and
//! short ASCII ids.

use std::collections::{HashMap, HashSet};

use super::draft::DraftUnit;
use super::scan::{Folded, fold, trim_end_chars};
use crate::text::{is_all_caps, upper_first};

/// Words a unit's name starts with (folded), so that a comma or "và"
/// before them separates two units.
const STARTERS: &[&str] = &[
    "phong",
    "so",
    "ban",
    "cong an",
    "trung tam",
    "ubnd",
    "uy ban",
    "hoi",
    "doan",
    "mat tran",
    "cac",
    "truong",
    "tram",
    "dai",
    "chi cuc",
    "vien",
    "benh vien",
    "hat",
    "kho bac",
    "chi nhanh",
    "ngan hang",
    "lien doan",
    "huyen doan",
    "huyen uy",
    "van phong",
    "thanh tra",
    "toa an",
    "toa",
    "bao hiem",
    "doi",
    "buu dien",
    "viettel",
    "vnpt",
    "cong ty",
    "hop tac xa",
    "cong chuc",
    "mttq",
    "ubmttq",
    "co quan",
    "chi hoi",
    "dien luc",
    "quy",
    "thanh vien",
    "lien doan lao dong",
    "hdnd",
    "dang uy",
    "thuong truc",
];

/// Whether `rest` starts like the name of a new unit.
fn starts_like_unit(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(first) = rest.chars().next() else {
        return false;
    };
    let f = Folded::new(rest);
    if f.word_at(0, "cac") {
        return true;
    }
    first.is_uppercase() && STARTERS.iter().any(|s| f.word_at(0, s))
}

/// A list of units as written, split into names: on ";" always, on ","
/// and " và " only before something that starts like a unit name.
pub fn split_units(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for segment in text.split([';', '\n']) {
        let chars: Vec<char> = segment.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let sep_len = if chars[i] == ',' {
                Some(1)
            } else if chars[i..].starts_with(&[' ', 'v', 'à', ' ']) {
                // "Văn phòng HĐND và UBND": one office
                let before: String = chars[start.max(i.saturating_sub(8))..i].iter().collect();
                let last = before.split_whitespace().last().unwrap_or("");
                if fold(last) == "hdnd" { None } else { Some(4) }
            } else {
                None
            };
            if let Some(len) = sep_len {
                // A unit's first words are enough to tell.
                let after: String = chars[i + len..].iter().take(40).collect();
                if starts_like_unit(&after) {
                    out.push(chars[start..i].iter().collect::<String>());
                    start = i + len;
                    i = start;
                    continue;
                }
            }
            i += 1;
        }
        out.push(chars[start..].iter().collect::<String>());
    }
    let names: Vec<String> = out.iter().filter_map(|s| clean_name(s)).collect();
    if text.contains(';') {
        return names;
    }
    names.iter().flat_map(|n| split_on_spaces(n)).collect()
}

/// Names a strong unit word starts, when a list lost its separators (a
/// .docx cell with one unit per paragraph): "Công an huyện Phòng Tư pháp".
const STRONG: &[&str] = &[
    "phong",
    "cong an",
    "trung tam",
    "ubnd",
    "uy ban",
    "so",
    "cac",
];
/// Words after which a strong word is part of the name ("Văn phòng Ủy
/// ban", "Ban Chỉ huy Phòng, chống …", "HĐND và UBND").
const BINDING: &[&str] = &[
    "va", "cua", "voi", "phong", "huy", "dao", "truc", "thuoc", "tai", "hdnd",
];

fn split_on_spaces(name: &str) -> Vec<String> {
    let f = Folded::new(name);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 1;
    while i < f.len() {
        if f.orig[i - 1] == ' '
            && f.orig[i].is_uppercase()
            && STRONG.iter().any(|w| f.word_at(i, w))
        {
            let before = f.slice(start, i - 1);
            let last = before
                .split_whitespace()
                .last()
                .map(fold)
                .unwrap_or_default();
            if before.split_whitespace().count() >= 2 && !BINDING.contains(&last.as_str()) {
                out.push(before);
                start = i;
            }
        }
        i += 1;
    }
    out.push(f.slice(start, f.len()));
    out.iter().filter_map(|s| clean_name(s)).collect()
}

/// A unit name as it should be kept: trimmed, no leading "và"/"với", no
/// trailing punctuation, first letter a capital.
pub fn clean_name(s: &str) -> Option<String> {
    let mut s = s.trim().trim_start_matches(['-', '+', '•']).trim();
    for lead in ["và ", "với ", "cùng "] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest.trim();
        }
    }
    let s = trim_end_chars(s, &['.', ',', ';', ':']);
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() || !collapsed.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(upper_first(&collapsed))
}

/// `s` without "(…)" parts.
pub fn without_parentheses(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One piece of a name for comparing: a word, or an abbreviation's letters.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Word(String),
    Abbr(String),
}

/// Words that do not tell two units apart.
const FILLER: &[&str] = &["va", "cap", "trong", "thuoc"];
/// The level a name may end on ("Công an huyện").
const LOCALITY: &[&str] = &["huyen", "xa", "tinh", "thi tran", "thanh pho", "thi xa"];

/// A name cut into pieces, with its trailing locality apart.
#[derive(Debug, Clone)]
struct Shape {
    pieces: Vec<Piece>,
    locality: Option<String>,
    group: bool,
}

fn shape(name: &str) -> Shape {
    let name = without_parentheses(name);
    let mut pieces = Vec::new();
    for token in name.split_whitespace() {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        if core.chars().count() >= 2 && is_all_caps(core) && !core.contains(char::is_lowercase) {
            let letters: String = fold(core).chars().filter(|c| c.is_alphanumeric()).collect();
            pieces.push(Piece::Abbr(letters));
            continue;
        }
        for word in fold(token).split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                pieces.push(Piece::Word(word.to_string()));
            }
        }
    }
    // "Ủy ban nhân dân" is written "UBND" as often as not.
    let mut merged = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let is = |k: usize, w: &str| pieces.get(i + k) == Some(&Piece::Word(w.to_string()));
        if is(0, "uy") && is(1, "ban") && is(2, "nhan") && is(3, "dan") {
            merged.push(Piece::Abbr("ubnd".into()));
            i += 4;
        } else {
            merged.push(pieces[i].clone());
            i += 1;
        }
    }
    let group = merged.first() == Some(&Piece::Word("cac".into()))
        || merged.contains(&Piece::Word("cac".into()))
        || (merged.first() == Some(&Piece::Word("thanh".into()))
            && merged.get(1) == Some(&Piece::Word("vien".into())));
    let mut pieces: Vec<Piece> = merged
        .into_iter()
        .filter(|p| !matches!(p, Piece::Word(w) if FILLER.contains(&w.as_str())))
        .collect();
    let mut locality = None;
    let words_at_end = |pieces: &[Piece], n: usize| -> Option<String> {
        if pieces.len() <= n {
            return None;
        }
        let tail = &pieces[pieces.len() - n..];
        let mut words = Vec::new();
        for p in tail {
            match p {
                Piece::Word(w) => words.push(w.as_str()),
                Piece::Abbr(_) => return None,
            }
        }
        Some(words.join(" "))
    };
    for n in [2, 1] {
        if let Some(tail) = words_at_end(&pieces, n)
            && LOCALITY.contains(&tail.as_str())
        {
            // "các xã": the locality is what the group is made of
            let before = &pieces[pieces.len() - n - 1];
            if *before != Piece::Word("cac".into()) {
                pieces.truncate(pieces.len() - n);
                locality = Some(tail);
            }
            break;
        }
    }
    Shape {
        pieces,
        locality,
        group,
    }
}

/// Whether the abbreviation's letters are the initials of the words.
fn initials_are(letters: &str, words: &[Piece]) -> bool {
    let initials: String = words
        .iter()
        .map(|p| match p {
            Piece::Word(w) => w.chars().next().unwrap_or(' ').to_string(),
            Piece::Abbr(a) => a.clone(),
        })
        .collect();
    initials == letters
}

/// Whether `a` is a shortening of `b` (or the same), piece by piece.
fn pieces_match(a: &[Piece], b: &[Piece]) -> bool {
    match (a.first(), b.first()) {
        (None, None) => true,
        (None, _) | (_, None) => false,
        (Some(x), Some(y)) if x == y => pieces_match(&a[1..], &b[1..]),
        (Some(Piece::Abbr(x)), Some(Piece::Abbr(y))) => {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            short.len() >= 4
                && short.chars().next() == long.chars().next()
                && short.chars().last() == long.chars().last()
                && is_subsequence(short, long)
                && pieces_match(&a[1..], &b[1..])
        }
        (Some(Piece::Abbr(x)), Some(Piece::Word(_))) => {
            (1..=b.len()).any(|n| initials_are(x, &b[..n]) && pieces_match(&a[1..], &b[n..]))
        }
        (Some(Piece::Word(_)), Some(Piece::Abbr(_))) => pieces_match(b, a),
        _ => false,
    }
}

fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

fn word_set(s: &Shape) -> HashSet<String> {
    s.pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Word(w) if w != "cac" => Some(w.clone()),
            Piece::Abbr(a) => Some(a.clone()),
            _ => None,
        })
        .collect()
}

/// Whether two names are the same unit written differently.
pub fn same_unit(a: &str, b: &str) -> bool {
    let (sa, sb) = (shape(a), shape(b));
    if sa.pieces.is_empty() || sb.pieces.is_empty() {
        return false;
    }
    let locality_ok = match (&sa.locality, &sb.locality) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    if !locality_ok {
        return false;
    }
    if pieces_match(&sa.pieces, &sb.pieces) {
        return true;
    }
    // "Các phòng, ngành đoàn thể" and "Các ngành, đoàn thể": one group.
    if sa.group && sb.group {
        let (wa, wb) = (word_set(&sa), word_set(&sb));
        let (small, big) = if wa.len() <= wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        return small.len() >= 2 && small.is_subset(&big);
    }
    false
}

/// Whether `name` names a group of units.
pub fn is_group(name: &str) -> bool {
    shape(name).group
}

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
        let aliases = cluster
            .iter()
            .filter(|&&j| j != best)
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

/// Prefixes of names left out of ids ("Phòng").
const ID_DROP: &[&str] = &["phong"];

/// A short ASCII id: the initials of the distinctive words.
pub fn make_id(name: &str, group: bool) -> String {
    let s = shape(name);
    if group {
        if let Some(Piece::Abbr(a)) = s
            .pieces
            .iter()
            .find(|p| matches!(p, Piece::Abbr(a) if a != "ubnd"))
        {
            return sanitize(a);
        }
        let pos = s
            .pieces
            .iter()
            .position(|p| *p == Piece::Word("cac".into()));
        if let Some(Piece::Word(w)) = pos.and_then(|p| s.pieces.get(p + 1)) {
            return sanitize(w);
        }
    }
    let mut pieces: &[Piece] = &s.pieces;
    if let Some(Piece::Word(w)) = pieces.first()
        && ID_DROP.contains(&w.as_str())
        && pieces.len() > 1
    {
        pieces = &pieces[1..];
    }
    let mut id = String::new();
    if pieces.len() == 1 {
        match &pieces[0] {
            Piece::Word(w) | Piece::Abbr(w) => id.push_str(w),
        }
    } else {
        for p in pieces {
            match p {
                Piece::Word(w) => id.extend(w.chars().next()),
                Piece::Abbr(a) => id.push_str(a),
            }
        }
    }
    if id.len() <= 2
        && let Some(loc) = &s.locality
    {
        id.push_str(&loc.replace(' ', ""));
    }
    sanitize(&id)
}

fn sanitize(id: &str) -> String {
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .take(8)
        .collect();
    if id.is_empty() { "dv".into() } else { id }
}

fn unique_id(base: String, used: &mut HashSet<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_commas_and_va_stay_whole() {
        assert_eq!(
            split_units(
                "Phòng Văn hóa, Thông tin, Phòng Lao động – Thương binh và Xã hội, Công an huyện."
            ),
            [
                "Phòng Văn hóa, Thông tin",
                "Phòng Lao động – Thương binh và Xã hội",
                "Công an huyện"
            ]
        );
        assert_eq!(
            split_units(
                "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"
            ),
            [
                "Phòng Văn hóa và Thông tin",
                "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"
            ]
        );
        assert_eq!(
            split_units("Sở VH,TT&DL; UBND các xã, thị trấn"),
            ["Sở VH,TT&DL", "UBND các xã, thị trấn"]
        );
        assert_eq!(
            split_units("Văn phòng HĐND và UBND huyện"),
            ["Văn phòng HĐND và UBND huyện"]
        );
    }

    #[test]
    fn semicolons_commas_and_va_split() {
        assert_eq!(
            split_units(
                "Trung tâm VHNTTTDL; các ngành, đoàn thể cấp huyện; Ủy ban nhân dân các xã, thị trấn."
            ),
            [
                "Trung tâm VHNTTTDL",
                "Các ngành, đoàn thể cấp huyện",
                "Ủy ban nhân dân các xã, thị trấn"
            ]
        );
        assert_eq!(
            split_units("Công an xã, Trạm Y tế xã, Các thôn."),
            ["Công an xã", "Trạm Y tế xã", "Các thôn"]
        );
        assert_eq!(
            split_units("Phòng Tư pháp và Công an huyện"),
            ["Phòng Tư pháp", "Công an huyện"]
        );
    }

    #[test]
    fn a_list_without_separators_splits_before_strong_words() {
        assert_eq!(
            split_units("Công an huyện Phòng Tài nguyên và Môi trường Phòng Kinh tế và Hạ tầng"),
            [
                "Công an huyện",
                "Phòng Tài nguyên và Môi trường",
                "Phòng Kinh tế và Hạ tầng"
            ]
        );
        assert_eq!(
            split_units("Văn phòng Ủy ban nhân dân huyện"),
            ["Văn phòng Ủy ban nhân dân huyện"]
        );
        assert_eq!(
            split_units("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"),
            ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"]
        );
    }

    #[test]
    fn spellings_of_one_unit() {
        assert!(same_unit(
            "Phòng Văn hóa, Thông tin huyện",
            "Phòng Văn hoá và Thông tin"
        ));
        assert!(same_unit(
            "Phòng LĐTBXH",
            "Phòng Lao động – Thương binh và Xã hội"
        ));
        assert!(same_unit("Trung tâm VH,TT&DL", "Trung tâm VHNTTTDL"));
        assert!(same_unit(
            "UBND các xã, thị trấn",
            "Ủy ban nhân dân các xã, thị trấn"
        ));
        assert!(same_unit("Phòng VH&TT", "Phòng Văn hóa và Thông tin"));
        assert!(same_unit(
            "Ban Chỉ huy PCTT và TKCN xã",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"
        ));
        assert!(same_unit(
            "Các phòng, ngành đoàn thể cấp huyện",
            "Các ngành đoàn thể trong huyện"
        ));
    }

    #[test]
    fn different_units() {
        assert!(!same_unit(
            "Ban Chỉ huy PCTT và TKCN huyện",
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"
        ));
        assert!(!same_unit(
            "Ban An toàn giao thông tỉnh",
            "Ban An toàn giao thông huyện"
        ));
        assert!(!same_unit(
            "Các thành viên Ban An toàn giao thông huyện",
            "Ban An toàn giao thông huyện"
        ));
        assert!(!same_unit(
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Tài nguyên và Môi trường"
        ));
        assert!(!same_unit("Các thôn", "Các đoàn thể chính trị - xã hội xã"));
    }

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
    fn ids_are_short_and_unique() {
        assert_eq!(
            make_id("Phòng Lao động – Thương binh và Xã hội", false),
            "ldtbxh"
        );
        assert_eq!(make_id("Công an huyện", false), "cahuyen");
        assert_eq!(make_id("Ủy ban nhân dân các xã, thị trấn", true), "xa");
        let mut used = HashSet::new();
        assert_eq!(unique_id("xa".into(), &mut used), "xa");
        assert_eq!(unique_id("xa".into(), &mut used), "xa2");
    }
}
