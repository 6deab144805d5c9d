//! The parts of a plan document: header (issuer, number, place and date),
//! title, basis, section I (purpose, requirements), the task sections,
//! section III (one paragraph per unit), the closing request, Nơi nhận and
//! the signer.

use std::ops::Range;

use chrono::NaiveDate;

use super::draft::{Draft, DraftSigner};
use super::lines::{Line, MarkerKind, marker};
use super::scan::{Folded, fold, trim_end_chars};
use crate::text::{is_all_caps, lower_first, upper_first};

/// What a Roman-numbered section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Purpose,
    Tasks,
    Responsibilities,
    Other,
}

/// A Roman-numbered section: its heading's index and its body's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: Kind,
    pub heading: usize,
    pub body: Range<usize>,
}

/// Where each part of the document lies, as indexes into its lines.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The "KẾ HOẠCH" line.
    pub title: Option<usize>,
    /// Lines before the title.
    pub header: Range<usize>,
    /// Between the title and section I: basis.
    pub preamble: Range<usize>,
    pub sections: Vec<Section>,
    /// The closing request's lines.
    pub closing: Range<usize>,
    /// From Nơi nhận (or the signer) to the end.
    pub tail: Range<usize>,
}

fn kind_of(heading: &str) -> Kind {
    let f = Folded::new(heading);
    let has = |w: &str| f.find_word(w, 0).is_some();
    if has("muc dich") || has("yeu cau") {
        Kind::Purpose
    } else if has("to chuc thuc hien") || has("trach nhiem") {
        Kind::Responsibilities
    } else if has("noi dung")
        || has("nhiem vu")
        || has("giai phap")
        || has("hoat dong")
        || has("chuong trinh")
        || has("cong viec")
    {
        Kind::Tasks
    } else {
        Kind::Other
    }
}

fn is_title_line(text: &str) -> bool {
    let f = Folded::new(text);
    f.word_at(0, "ke hoach") && is_all_caps(&text.chars().take(8).collect::<String>())
}

fn is_signer_line(text: &str) -> bool {
    let f = fold(text);
    ["kt.", "tm.", "tl.", "tuq.", "q."]
        .iter()
        .any(|p| f.starts_with(p))
        && is_all_caps(text)
}

/// Closing phrases (folded) that start the request after section III.
const CLOSING_STARTS: &[&str] = &[
    "de nghi",
    "tren day",
    "trong qua trinh",
    "yeu cau",
    "uy ban nhan dan",
    "ubnd",
];

fn starts_closing(text: &str) -> bool {
    let f = Folded::new(text);
    let phrase = CLOSING_STARTS.iter().any(|p| f.word_at(0, p));
    let t = text.trim_end();
    let ends = t.ends_with("/.") || t.ends_with("./.");
    if ends {
        return true;
    }
    if !phrase {
        return false;
    }
    // "Ủy ban nhân dân …" only when it asks something of the units
    if f.word_at(0, "uy ban nhan dan") || f.word_at(0, "ubnd") {
        return f.find_word("de nghi", 0).is_some() || f.find_word("yeu cau", 0).is_some();
    }
    true
}

/// Find the parts of the document.
pub fn layout(lines: &[Line]) -> Layout {
    let n = lines.len();
    let title = lines
        .iter()
        .take(n.div_ceil(2).max(1) + 10)
        .position(|l| is_title_line(&l.text));
    let after_title = title.map_or(0, |t| t + 1);
    let tail_start = lines
        .iter()
        .rposition(|l| fold(&l.text).starts_with("noi nhan"))
        .or_else(|| {
            lines
                .iter()
                .enumerate()
                .skip(after_title)
                .rev()
                .find(|(_, l)| is_signer_line(&l.text))
                .map(|(i, _)| i)
        })
        .unwrap_or(n)
        .max(after_title);
    // A Roman-numbered line heads a section when it is written in capitals
    // or names a known section; "I. Phát triển chính quyền số" inside the
    // tasks is a group heading.
    let headings: Vec<usize> = (after_title..tail_start)
        .filter(|&i| {
            marker(&lines[i].text).is_some_and(|m| {
                m.kind == MarkerKind::Roman
                    && (is_all_caps(&m.rest) || kind_of(&m.rest) != Kind::Other)
            })
        })
        .collect();
    let mut sections: Vec<Section> = headings
        .iter()
        .enumerate()
        .map(|(k, &h)| Section {
            kind: kind_of(&lines[h].text),
            heading: h,
            body: h + 1..headings.get(k + 1).copied().unwrap_or(tail_start),
        })
        .collect();
    let first_section = headings.first().copied().unwrap_or(tail_start);
    let mut preamble = after_title..first_section;
    if sections.is_empty() {
        // No Roman headings: after the basis come the tasks.
        let last_basis = (preamble.clone())
            .filter(|&i| is_basis_line(&lines[i].text) || is_formula(&lines[i].text))
            .max();
        let start = last_basis.map_or(after_title, |b| b + 1);
        if start < tail_start {
            preamble = after_title..start;
            sections.push(Section {
                kind: Kind::Tasks,
                heading: usize::MAX,
                body: start..tail_start,
            });
        }
    }
    // The closing request ends the last section.
    let mut closing = tail_start..tail_start;
    if let Some(last) = sections.last_mut() {
        let body = last.body.clone();
        let ends_request = lines[body.clone()]
            .last()
            .is_some_and(|l| l.text.trim_end().ends_with("/."));
        let start = body.clone().find(|&i| {
            let l = &lines[i];
            (l.blank_before || ends_request)
                && marker(&l.text).is_none()
                && starts_closing(&l.text)
                && (i + 1..body.end).all(|j| marker(&lines[j].text).is_none() && !lines[j].is_row())
        });
        if let Some(s) = start {
            closing = s..body.end;
            last.body = body.start..s;
        }
    }
    Layout {
        title,
        header: 0..title.unwrap_or(0),
        preamble,
        sections,
        closing,
        tail: tail_start..n,
    }
}

/// The issuer from its capitalised header lines: "ỦY BAN NHÂN DÂN" + "XÃ
/// ĐỒNG TIẾN" → "UBND xã Đồng Tiến".
fn issuer_of(parts: &[String]) -> Option<String> {
    if parts.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for part in parts {
        let f = Folded::new(part);
        if f.word_at(0, "uy ban nhan dan") {
            out.push("UBND".to_string());
            let rest = f.slice("uy ban nhan dan".len(), f.len());
            if !rest.trim().is_empty() {
                out.push(place_case(rest.trim()));
            }
            continue;
        }
        if fold(part) == "ubnd" {
            out.push("UBND".to_string());
            continue;
        }
        if f.word_at(0, "ubnd") {
            out.push("UBND".to_string());
            out.push(place_case(f.slice("ubnd".len(), f.len()).trim()));
            continue;
        }
        out.push(place_case(part));
    }
    Some(out.join(" "))
}

/// "HUYỆN TRIỆU SƠN" → "huyện Triệu Sơn": the level in lowercase, the
/// name in title case.
fn place_case(s: &str) -> String {
    if !is_all_caps(s) {
        return s.to_string();
    }
    let levels = [
        "thi tran",
        "thanh pho",
        "thi xa",
        "huyen",
        "xa",
        "tinh",
        "quan",
        "phuong",
    ];
    let f = Folded::new(s);
    let level_len = levels
        .iter()
        .find(|l| f.word_at(0, l))
        .map(|l| l.chars().count())
        .unwrap_or(0);
    let level = f.slice(0, level_len).to_lowercase();
    let name = f.slice(level_len, f.len());
    let name: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            upper_first(&lower)
        })
        .collect();
    if level.is_empty() {
        upper_first(&s.to_lowercase())
    } else {
        format!("{level} {}", name.join(" ")).trim().to_string()
    }
}

/// "ngày 05 tháng 5 năm 2022" or "ngày 05/5/2022".
fn parse_date(s: &str) -> Option<NaiveDate> {
    let f = fold(s);
    let digits: Vec<u32> = f
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty() && p.len() <= 4)
        .filter_map(|p| p.parse().ok())
        .collect();
    if digits.len() < 3 {
        return None;
    }
    let (d, m, y) = (digits[0], digits[1], digits[2]);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Cells of a header line: tab-separated, or runs of 3+ spaces.
fn header_cells(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in raw.split('\t') {
        let mut rest = part;
        while let Some(p) = rest.find("   ") {
            out.push(rest[..p].trim().to_string());
            rest = rest[p..].trim_start();
        }
        out.push(rest.trim().to_string());
    }
    out.into_iter().filter(|c| !c.is_empty()).collect()
}

/// The header: issuer, number, place and date. Returns the unplaced lines.
pub fn header(lines: &[Line], range: Range<usize>, draft: &mut Draft, placed: &mut [bool]) {
    let mut issuer = Vec::new();
    for i in range {
        let mut all = true;
        for cell in header_cells(&lines[i].raw) {
            for piece in header_pieces(&cell) {
                all &= header_piece(&piece, draft, &mut issuer);
            }
        }
        placed[i] = all;
    }
    if draft.issuer.is_none() {
        draft.issuer = issuer_of(&issuer);
    }
}

/// A header cell cut where its parts meet: the national motto taken out,
/// "Số: …" and "…, ngày …" apart from the issuer. (A .docx header table
/// gives each column as one cell, its lines joined by spaces.)
fn header_pieces(cell: &str) -> Vec<String> {
    let f = Folded::new(cell);
    let mut keep = vec![true; f.len()];
    for (from, to) in [
        ("cong hoa xa hoi chu nghia viet nam", None),
        ("doc lap", Some("hanh phuc")),
    ] {
        if let Some(a) = f.find_word(from, 0) {
            let b = match to {
                Some(t) => f.find_word(t, a).map(|b| b + t.len()),
                None => Some(a + from.len()),
            };
            if let Some(b) = b {
                keep[a..b].iter_mut().for_each(|k| *k = false);
            }
        }
    }
    // Cut before "Số:" and before the place of "…, ngày …".
    let mut cuts = Vec::new();
    if let Some(so) =
        (0..f.len()).find(|&i| f.word_at(i, "so") && f.fold.get(f.skip_spaces(i + 2)) == Some(&':'))
    {
        cuts.push(so);
        // The number is one word.
        let v = f.skip_spaces(f.skip_spaces(so + 2) + 1);
        let end = (v..f.len())
            .find(|&k| f.orig[k].is_whitespace())
            .unwrap_or(f.len());
        cuts.push(end);
    }
    if let Some(ngay) = f.find_word("ngay", 0) {
        let comma = (0..ngay).rev().find(|&k| f.orig[k] == ',');
        if let Some(c) = comma {
            // the place is the capitalised words before the comma
            let mut start = c;
            while start > 0 {
                let word_start = (0..start)
                    .rev()
                    .find(|&k| f.orig[k] == ' ')
                    .map_or(0, |k| k + 1);
                let word = f.slice(word_start, start);
                if word.chars().next().is_some_and(char::is_uppercase) && !is_all_caps(&word) {
                    start = word_start.saturating_sub(1);
                    if word_start == 0 {
                        start = 0;
                        break;
                    }
                } else {
                    start += 1;
                    break;
                }
            }
            cuts.push(start.min(c));
        } else {
            cuts.push(ngay);
        }
    }
    cuts.push(f.len());
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        let piece: String = (from..c).filter(|&k| keep[k]).map(|k| f.orig[k]).collect();
        let piece = piece.split_whitespace().collect::<Vec<_>>().join(" ");
        let piece = piece.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        from = c;
    }
    out
}

/// Read one piece of the header; false when it is not understood.
fn header_piece(piece: &str, draft: &mut Draft, issuer: &mut Vec<String>) -> bool {
    let f = Folded::new(piece);
    if f.word_at(0, "so") && f.fold.get(f.skip_spaces(2)) == Some(&':') {
        let v = f.slice(f.skip_spaces(2) + 1, f.len());
        if !v.trim().is_empty() {
            draft.number = Some(v.trim().to_string());
        }
        return true;
    }
    if let Some(at) = f.find_word("ngay", 0)
        && let Some(date) = parse_date(&f.slice(at, f.len()))
    {
        draft.date = Some(date);
        let place = f.slice(0, at);
        let place = trim_end_chars(&place, &[',']);
        if !place.is_empty() {
            draft.place = Some(place.to_string());
        }
        return true;
    }
    if is_all_caps(piece) {
        issuer.push(piece.to_string());
        return true;
    }
    false
}

/// The title: "KẾ HOẠCH" and the subject lines after it. Returns the index
/// after the last subject line.
pub fn title(
    lines: &[Line],
    at: usize,
    end: usize,
    draft: &mut Draft,
    placed: &mut [bool],
) -> usize {
    placed[at] = true;
    let head = &lines[at].text;
    let inline: String = head.chars().skip("KẾ HOẠCH".chars().count()).collect();
    let mut subject: Vec<String> = Vec::new();
    let inline = inline.trim().trim_start_matches([':', '-', '–']).trim();
    if !inline.is_empty() {
        subject.push(inline.to_string());
    }
    let mut i = at + 1;
    while i < end {
        let l = &lines[i];
        if !subject.is_empty() && l.blank_before {
            break;
        }
        if marker(&l.text).is_some() || is_basis_line(&l.text) || is_formula(&l.text) || l.is_row()
        {
            break;
        }
        subject.push(l.text.clone());
        placed[i] = true;
        i += 1;
    }
    let mut s = subject.join(" ");
    if is_all_caps(&s) {
        s = s.to_lowercase();
    }
    let s = s.trim();
    draft.title = if s.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch {}", lower_first(s))
    };
    i
}

/// Kinds of documents a plan is based on (folded).
const DOC_TYPES: &[&str] = &[
    "cong van",
    "quyet dinh",
    "ke hoach",
    "chi thi",
    "nghi dinh",
    "thong tu",
    "nghi quyet",
    "bo luat",
    "luat",
    "phap lenh",
    "huong dan",
    "thong bao",
    "chuong trinh",
    "van ban",
    "ket luan",
    "de an",
    "thong tri",
    "cong dien",
    "dieu le",
    "quy che",
    "quy dinh",
    "hien phap",
];

fn is_basis_line(text: &str) -> bool {
    let f = Folded::new(text);
    f.word_at(0, "can cu")
        || (f.word_at(0, "thuc hien") && DOC_TYPES.iter().any(|d| f.word_at(f.skip_spaces(9), d)))
}

/// "UBND huyện ban hành Kế hoạch … như sau:" — the sentence that leads
/// into the plan.
fn is_formula(text: &str) -> bool {
    let f = Folded::new(text);
    let t = text.trim_end();
    (f.find_word("ban hanh ke hoach", 0).is_some() || f.find_word("xay dung ke hoach", 0).is_some())
        && (t.ends_with(':') || f.find_word("sau", 0).is_some())
}

fn starts_with_doc(f: &Folded, at: usize) -> bool {
    DOC_TYPES.iter().any(|d| f.word_at(at, d))
}

/// The cited documents of one basis line, one entry each, as written.
pub fn basis_entries(text: &str) -> (Vec<String>, Vec<String>) {
    let f = Folded::new(text);
    let mut start = 0;
    for lead in ["can cu", "thuc hien"] {
        if f.word_at(0, lead) {
            start = f.skip_spaces(lead.len());
        }
    }
    // Cut on ";", and on ", " or " và " before "<document> số".
    let mut cuts = vec![start];
    let mut i = start;
    while i < f.len() {
        if f.orig[i] == ';' {
            cuts.push(i);
            cuts.push(i + 1);
        } else if f.orig[i] == ',' || (f.word_at(i, "va") && i > 0 && f.orig[i - 1] == ' ') {
            let after = f.skip_spaces(if f.orig[i] == ',' { i + 1 } else { i + 2 });
            let doc = DOC_TYPES.iter().find(|d| f.word_at(after, d));
            if let Some(d) = doc
                && f.word_at(f.skip_spaces(after + d.len()), "so")
            {
                cuts.push(i);
                cuts.push(after);
            }
        }
        i += 1;
    }
    cuts.push(f.len());
    let mut docs = Vec::new();
    let mut other = Vec::new();
    for pair in cuts.chunks(2) {
        let (a, b) = (pair[0], pair.get(1).copied().unwrap_or(f.len()));
        let piece = f.slice(a, b);
        let piece = trim_end_chars(piece.trim(), &[';', ',', '.', ':'])
            .trim()
            .to_string();
        if piece.is_empty() {
            continue;
        }
        let pf = Folded::new(&piece);
        let at = if pf.word_at(0, "va") {
            pf.skip_spaces(2)
        } else {
            0
        };
        if starts_with_doc(&pf, at) {
            docs.push(pf.slice(at, pf.len()));
        } else if pf.find_word("ban hanh ke hoach", 0).is_some()
            || pf.find_word("xay dung ke hoach", 0).is_some()
        {
            // "UBND huyện ban hành Kế hoạch …; … như sau:" leads into the
            // plan, to the end of the line.
            break;
        } else if !is_formula(&piece) {
            other.push(piece);
        }
    }
    (docs, other)
}

/// The basis lines before section I. Returns notices.
pub fn basis(
    lines: &[Line],
    range: Range<usize>,
    draft: &mut Draft,
    placed: &mut [bool],
) -> Vec<(usize, String)> {
    let mut notices = Vec::new();
    for i in range {
        let text = &lines[i].text;
        if is_basis_line(text) {
            let (docs, other) = basis_entries(text);
            draft.basis.extend(docs);
            for o in other {
                notices.push((
                    lines[i].no,
                    format!(
                        "basis names no document: \"{}\"",
                        super::scan::truncate(&o, 60)
                    ),
                ));
            }
            placed[i] = true;
        } else if is_formula(text) {
            placed[i] = true;
        }
    }
    notices
}

/// Section I: "1. Mục đích: …" and "2. Yêu cầu: …", or a heading that
/// names one of them.
pub fn purpose(lines: &[Line], section: &Section, draft: &mut Draft, placed: &mut [bool]) {
    #[derive(PartialEq, Clone, Copy)]
    enum Which {
        Purpose,
        Requirements,
    }
    let heading = fold(&lines[section.heading].text);
    let mut current = if heading.contains("muc dich") && !heading.contains("yeu cau") {
        Some(Which::Purpose)
    } else if heading.contains("yeu cau") && !heading.contains("muc dich") {
        Some(Which::Requirements)
    } else {
        None
    };
    let mut purpose: Vec<String> = Vec::new();
    let mut requirements: Vec<String> = Vec::new();
    for i in section.body.clone() {
        let text = &lines[i].text;
        let m = marker(text);
        if let Some(m) = &m
            && matches!(
                m.kind,
                MarkerKind::Arabic | MarkerKind::Letter | MarkerKind::Decimal(_)
            )
        {
            let f = Folded::new(&m.rest);
            let which = if f.word_at(0, "muc dich") {
                Some((Which::Purpose, "muc dich".len()))
            } else if f.word_at(0, "yeu cau") {
                Some((Which::Requirements, "yeu cau".len()))
            } else {
                None
            };
            if let Some((w, len)) = which {
                current = Some(w);
                let rest = f.slice(len, f.len());
                let rest = rest.trim().trim_start_matches(':').trim().to_string();
                if !rest.is_empty() {
                    match w {
                        Which::Purpose => purpose.push(rest),
                        Which::Requirements => requirements.push(rest),
                    }
                }
                placed[i] = true;
                continue;
            }
        }
        match current {
            Some(Which::Purpose) => purpose.push(text.clone()),
            Some(Which::Requirements) => requirements.push(text.clone()),
            None => continue,
        }
        placed[i] = true;
    }
    if !purpose.is_empty() {
        draft.purpose = Some(purpose.join("\n"));
    }
    if !requirements.is_empty() {
        draft.requirements = Some(requirements.join("\n"));
    }
}

/// A paragraph of section III as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponsibility {
    pub heading: String,
    pub text: String,
    pub line: usize,
}

/// Section III: one item per unit, its text after a colon or on the lines
/// below (sub-items included).
pub fn responsibilities(
    lines: &[Line],
    body: Range<usize>,
    placed: &mut [bool],
) -> Vec<RawResponsibility> {
    let mut out: Vec<RawResponsibility> = Vec::new();
    let top = body
        .clone()
        .find_map(|i| marker(&lines[i].text).map(|m| m.kind));
    for i in body {
        let text = &lines[i].text;
        let m = marker(text);
        if let (Some(m), Some(top)) = (&m, top)
            && m.kind == top
        {
            let (heading, rest) = match m.rest.split_once(':') {
                Some((h, r)) if !r.trim().is_empty() => {
                    (h.trim().to_string(), r.trim().to_string())
                }
                _ => (trim_end_chars(&m.rest, &[':']).to_string(), String::new()),
            };
            out.push(RawResponsibility {
                heading,
                text: rest,
                line: lines[i].no,
            });
            placed[i] = true;
            continue;
        }
        if let Some(last) = out.last_mut() {
            if !last.text.is_empty() {
                last.text.push('\n');
            }
            last.text.push_str(text);
            placed[i] = true;
        }
    }
    out
}

/// Nơi nhận and the signer.
pub fn tail(lines: &[Line], range: Range<usize>, draft: &mut Draft, placed: &mut [bool]) {
    let mut on_behalf_of = None;
    let mut position = None;
    let mut name = None;
    let mut in_recipients = false;
    for i in range {
        let mut all = true;
        let raw = &lines[i].raw;
        let cells: Vec<String> = if raw.contains('\t') {
            raw.split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|c| !c.is_empty())
                .collect()
        } else {
            vec![lines[i].text.clone()]
        };
        for cell in cells {
            let f = fold(&cell);
            if f.starts_with("noi nhan") {
                in_recipients = true;
                let rest = cell.split_once(':').map(|(_, r)| r.trim()).unwrap_or("");
                if !rest.is_empty() {
                    draft.recipients.push(recipient(rest));
                }
                continue;
            }
            if in_recipients && (cell.starts_with(['-', '+', '•']) || cell.ends_with(';')) {
                draft.recipients.push(recipient(&cell));
                continue;
            }
            if let Some((prefix, rest)) = cell.split_once('.')
                && ["kt", "tm", "tl", "tuq", "q"].contains(&fold(prefix.trim()).as_str())
                && is_all_caps(rest)
            {
                on_behalf_of = Some(position_case(rest.trim()));
                continue;
            }
            if is_all_caps(&cell) && is_position(&cell) {
                position = Some(position_case(&cell));
                continue;
            }
            if cell.starts_with('(') && cell.ends_with(')') {
                continue; // "(Đã ký)", "(Ký, đóng dấu)"
            }
            if looks_like_name(&cell) {
                name = Some(if is_all_caps(&cell) {
                    cell.split_whitespace()
                        .map(|w| upper_first(&w.to_lowercase()))
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    cell.clone()
                });
                continue;
            }
            all = false;
        }
        placed[i] = all;
    }
    if let Some(name) = name {
        draft.signer = Some(DraftSigner {
            name,
            position,
            on_behalf_of,
        });
    }
}

fn recipient(s: &str) -> String {
    let s = s.trim().trim_start_matches(['-', '+', '•']).trim();
    let s = s
        .strip_suffix("./.")
        .or_else(|| s.strip_suffix("/."))
        .unwrap_or(s);
    trim_end_chars(s, &[';', '.', ',']).to_string()
}

fn is_position(s: &str) -> bool {
    let f = fold(s);
    [
        "chu tich",
        "truong ban",
        "giam doc",
        "truong phong",
        "bi thu",
        "pho",
        "truong",
    ]
    .iter()
    .any(|p| f.contains(p))
}

/// "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân".
fn position_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = upper_first(&lower);
    if let Some(rest) = out.strip_prefix("Phó ") {
        out = format!("Phó {}", upper_first(rest));
    }
    out
}

fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    #[test]
    fn header_fields() {
        let lines = normalise(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỒNG TIẾN\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\tĐồng Tiến, ngày 05 tháng 5 năm 2022",
        );
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        header(&lines, 0..lines.len(), &mut d, &mut placed);
        assert_eq!(d.issuer.as_deref(), Some("UBND xã Đồng Tiến"));
        assert_eq!(
            issuer_of(&["UBND HUYỆN TRIỆU SƠN".to_string()]).as_deref(),
            Some("UBND huyện Triệu Sơn")
        );
        assert_eq!(d.number.as_deref(), Some("45/KH-UBND"));
        assert_eq!(d.place.as_deref(), Some("Đồng Tiến"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 5, 5));
        assert!(placed.iter().all(|&p| p));
    }

    #[test]
    fn header_from_a_docx_table_row() {
        let lines = normalise(
            "ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG Số: 112/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nông Cống, ngày 20 tháng 02 năm 2023",
        );
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        header(&lines, 0..lines.len(), &mut d, &mut placed);
        assert_eq!(d.issuer.as_deref(), Some("UBND huyện Nông Cống"));
        assert_eq!(d.number.as_deref(), Some("112/KH-UBND"));
        assert_eq!(d.place.as_deref(), Some("Nông Cống"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2023, 2, 20));
        assert!(placed[0]);
    }

    #[test]
    fn title_and_subject() {
        let lines = normalise("KẾ HOẠCH\n\n**Triển khai “Quy chế”\nnăm 2020**\n\nCăn cứ Luật X;");
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        let next = title(&lines, 0, lines.len(), &mut d, &mut placed);
        assert_eq!(d.title, "Kế hoạch triển khai “Quy chế” năm 2020");
        assert_eq!(next, 2);
    }

    #[test]
    fn one_basis_entry_per_document() {
        let (docs, other) = basis_entries(
            "Thực hiện Công văn số 1/UBND ngày 2/3/2020 về việc thực hiện Quyết định số 9/QĐ; Kế hoạch số 5/KH; UBND huyện ban hành Kế hoạch với những nội dung sau:",
        );
        assert_eq!(
            docs,
            [
                "Công văn số 1/UBND ngày 2/3/2020 về việc thực hiện Quyết định số 9/QĐ",
                "Kế hoạch số 5/KH"
            ]
        );
        assert!(other.is_empty());
        let (docs, _) = basis_entries(
            "Căn cứ Quyết định số 1/QĐ ngày 1/1/2020, Quyết định số 2/QĐ ngày 2/2/2020 và Kế hoạch số 3/KH;",
        );
        assert_eq!(docs.len(), 3);
        let (docs, _) = basis_entries(
            "Căn cứ Luật sửa đổi một số điều của Luật A và Luật Đê điều ngày 17 tháng 6 năm 2020;",
        );
        assert_eq!(docs.len(), 1);
        let (docs, other) = basis_entries(
            "Thực hiện Kế hoạch số 36/KH; UBND huyện ban hành Kế hoạch công tác phổ biến pháp luật; hòa giải ở cơ sở năm 2021 như sau:",
        );
        assert_eq!((docs.len(), other.len()), (1, 0));
    }

    #[test]
    fn signers() {
        let lines = normalise(
            "Nơi nhận:\n- Sở VH,TT&DL;\n- Lưu: VT, VH,TT.\n\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Quang Trung",
        );
        let mut d = Draft::default();
        let mut placed = vec![false; lines.len()];
        tail(&lines, 0..lines.len(), &mut d, &mut placed);
        assert_eq!(d.recipients, ["Sở VH,TT&DL", "Lưu: VT, VH,TT"]);
        let s = d.signer.unwrap();
        assert_eq!(
            (
                s.name.as_str(),
                s.position.as_deref(),
                s.on_behalf_of.as_deref()
            ),
            ("Lê Quang Trung", Some("Phó Chủ tịch"), Some("Chủ tịch"))
        );
        let lines = normalise("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNGUYỄN VĂN HÙNG");
        let mut d = Draft::default();
        tail(
            &lines,
            0..lines.len(),
            &mut d,
            &mut vec![false; lines.len()],
        );
        let s = d.signer.unwrap();
        assert_eq!(
            (
                s.name.as_str(),
                s.position.as_deref(),
                s.on_behalf_of.as_deref()
            ),
            ("Nguyễn Văn Hùng", Some("Chủ tịch"), Some("Ủy ban nhân dân"))
        );
    }

    #[test]
    fn responsibility_items_keep_their_sub_items() {
        let lines = normalise(
            "1. Phòng A: Làm việc A.\n2. UBND các xã: Thực hiện:\na) Một;\nb) Hai.\n3. Công an\nBảo đảm an ninh.",
        );
        let mut placed = vec![false; lines.len()];
        let r = responsibilities(&lines, 0..lines.len(), &mut placed);
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].text, "Thực hiện:\na) Một;\nb) Hai.");
        assert_eq!(r[2].heading, "Công an");
        assert_eq!(r[2].text, "Bảo đảm an ninh.");
    }
}
