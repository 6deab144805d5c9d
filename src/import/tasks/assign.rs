//! A task's units given in a sentence, wherever it stands in the task:
//! "Giao X chủ trì, phối hợp với Y thực hiện", "X chủ trì, phối hợp với Y
//! tổ chức …" at the start of a clause, and "… do X chủ trì".

use crate::import::scan::Folded;
use crate::import::units::{split_units, starts_like_unit, until_verb, verb_at};
use crate::text::upper_first;

/// An assignment found in a text.
#[derive(Debug, Default)]
pub struct Assignment {
    /// Where it starts: the title is what comes before.
    pub start: usize,
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    /// What the units are to do, when the assignment starts the text and
    /// says more than "thực hiện" ("X chủ trì tổ chức hội thi").
    pub rest: Option<String>,
}

/// Longest lead the sentence forms accept, in words.
const MAX_LEAD_WORDS: usize = 15;

/// What the units do, when it says nothing more than that they do it.
const MERELY_DO: &[&str] = &[
    "",
    "thuc hien",
    "trien khai",
    "trien khai thuc hien",
    "to chuc thuc hien",
    "to chuc trien khai thuc hien",
    "thuc hien nhiem vu nay",
];

/// The first assignment in `f` before `cut`.
pub fn assignment(f: &Folded, cut: usize) -> Option<Assignment> {
    if let Some(a) = giao(f, cut) {
        return Some(a);
    }
    let mut best: Option<Assignment> = None;
    for start in clause_starts(f, cut) {
        if let Some(a) = unit_leads(f, start, start, cut) {
            best = Some(a);
            break;
        }
    }
    let mut from = 0;
    while let Some(d) = f.find_word("do", from) {
        from = d + 1;
        if d >= cut || best.as_ref().is_some_and(|b| b.start <= d) {
            break;
        }
        if d == 0 || f.orig[d - 1] != ' ' {
            continue;
        }
        let s = f.skip_spaces(d + 2);
        let first_upper = f.orig.get(s).is_some_and(|c| c.is_uppercase());
        if !first_upper && !f.word_at(s, "cac") {
            continue;
        }
        if let Some(a) = unit_leads(f, d, s, cut) {
            best = Some(a);
            break;
        }
    }
    best
}

/// "Giao [cho] X chủ trì …" where "Giao" starts a sentence or clause
/// ("giao thông", "giáo dục" do not).
fn giao(f: &Folded, cut: usize) -> Option<Assignment> {
    let mut from = 0;
    while let Some(g) = f.find_word("giao", from) {
        from = g + 1;
        if g >= cut {
            return None;
        }
        if !is_clause_start(f, g) {
            continue;
        }
        let mut s = f.skip_spaces(g + 4);
        if f.word_at(s, "cho") {
            s = f.skip_spaces(s + 3);
        }
        let end = clause_end(f, s, cut);
        let Some(ct) = f.find_word("chu tri", s).filter(|&ct| ct < end && ct > s) else {
            // "Giao X thực hiện …": the units end before the verb.
            let clause = f.slice(s, end);
            let lead = until_verb(clause.trim());
            if lead.len() < clause.trim().len() && starts_like_unit(lead) {
                // "Giao X phối hợp với Y thực hiện": the units after it too.
                let after = s + lead.chars().count();
                let mut a = after_lead(f, after, cut);
                a.start = g;
                a.lead = split_units(lead);
                return Some(a);
            }
            continue;
        };
        let mut a = after_lead(f, ct + "chu tri".len(), cut);
        a.start = g;
        a.lead = split_units(&f.slice(s, ct));
        return Some(a);
    }
    None
}

/// "X chủ trì …" with X starting at `s` like a unit's name; the
/// assignment starts at `start`.
fn unit_leads(f: &Folded, start: usize, s: usize, cut: usize) -> Option<Assignment> {
    if !starts_like_unit(&f.slice(s, (s + 40).min(f.len()))) {
        return None;
    }
    let ct = f.find_word("chu tri", s)?;
    if ct >= cut || ct <= s || (s..ct).any(|k| matches!(f.orig[k], '.' | ';' | ':')) {
        return None;
    }
    // "X chủ trì" ends the clause, or goes on with its partners or a verb
    // ("chủ trì, phối hợp và thời gian …" is no assignment).
    let mut after = f.skip_spaces(ct + "chu tri".len());
    if f.orig.get(after) == Some(&',') {
        after = f.skip_spaces(after + 1);
    }
    let goes_on = after >= cut.min(f.len())
        || matches!(f.orig[after], '.' | ';' | ')')
        || f.word_at(after, "phoi hop voi")
        || f.word_at(after, "phoi hop cung")
        || starts_like_unit(&f.slice(after, (after + 40).min(f.len())))
        || (verb_at(f, after) && !f.word_at(after, "phoi hop"));
    if !goes_on {
        return None;
    }
    let lead = f.slice(s, ct);
    let lead = lead.trim();
    // A sentence that goes on past the unit ("UBND huyện tổ chức hội nghị
    // do …") is not a lead's name.
    if lead.split_whitespace().count() > MAX_LEAD_WORDS
        || until_verb(lead) != lead
        || lead.contains(['(', ')'])
        || Folded::new(lead).find_word("do", 0).is_some()
    {
        return None;
    }
    let mut a = after_lead(f, ct + "chu tri".len(), cut);
    a.start = start;
    a.lead = split_units(lead);
    Some(a)
}

/// After the lead (and its "chủ trì") at `from`: ", phối hợp với Y" or
/// ", Y" before a verb, and what they do.
fn after_lead(f: &Folded, from: usize, cut: usize) -> Assignment {
    let mut at = f.skip_spaces(from);
    if f.fold.get(at) == Some(&',') {
        at = f.skip_spaces(at + 1);
    }
    let end = clause_end(f, at, cut);
    let mut a = Assignment::default();
    let partners_at = if f.word_at(at, "phoi hop voi") || f.word_at(at, "phoi hop cung") {
        Some(at + "phoi hop voi".len())
    } else if at > from && starts_like_unit(&f.slice(at, (at + 40).min(f.len()))) {
        // "X chủ trì, các đơn vị có liên quan xây dựng kế hoạch …"
        Some(at)
    } else {
        None
    };
    let rest = if let Some(p) = partners_at {
        let text = f.slice(p, end);
        let units = until_verb(text.trim());
        a.partners = split_units(units);
        text.trim()[units.len()..].trim().to_string()
    } else {
        f.slice(at, end).trim().to_string()
    };
    a.rest = merely(&rest);
    a
}

/// What the units are to do, none when it is only "thực hiện".
fn merely(rest: &str) -> Option<String> {
    let rest = rest.trim_end_matches(['.', ';', ',', ' ']);
    let f = Folded::new(rest);
    let folded: String = f.fold.iter().collect();
    if MERELY_DO.contains(&folded.as_str()) {
        return None;
    }
    // "thực hiện tuyên truyền …": the work is "Tuyên truyền …".
    let rest = if f.word_at(0, "thuc hien") {
        f.slice("thuc hien".len(), f.len()).trim().to_string()
    } else {
        rest.to_string()
    };
    Some(upper_first(&rest))
}

/// The end of the clause from `at`: its ";" or its sentence's "." (not a
/// number's), or `cut`.
fn clause_end(f: &Folded, at: usize, cut: usize) -> usize {
    (at..cut)
        .find(|&i| {
            f.orig[i] == ';'
                || (f.orig[i] == '.' && !f.orig.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
        })
        .unwrap_or(cut)
}

/// Whether `at` starts the text, a sentence or a clause.
fn is_clause_start(f: &Folded, at: usize) -> bool {
    let mut b = at;
    while b > 0 && f.orig[b - 1] == ' ' {
        b -= 1;
    }
    b == 0 || matches!(f.orig[b - 1], '.' | ';' | ':')
}

/// Where the clauses before `cut` start.
fn clause_starts(f: &Folded, cut: usize) -> Vec<usize> {
    let mut out = vec![f.skip_spaces(0)];
    for i in 0..cut.min(f.len()) {
        if matches!(f.orig[i], '.' | ';' | ':')
            && f.orig.get(i + 1) == Some(&' ')
            && !f.orig.get(i + 2).is_some_and(|c| c.is_ascii_digit())
        {
            out.push(f.skip_spaces(i + 1));
        }
    }
    out.retain(|&s| s < cut);
    out
}
