//! The tasks of section II, in whichever layout the document uses:
//! numbered paragraphs followed by labelled lines ("- Đơn vị chủ trì: …"),
//! labels inside the sentence ("Giao X chủ trì, phối hợp với Y …; thời
//! gian hoàn thành: …"), tables (pipe- or tab-separated, with continuation
//! rows), and sub-numbering with group headings.

use super::lines::{Line, MarkerKind, is_roman, marker};
use super::scan::{Folded, fold, trim_end_chars, truncate};
use super::units::split_units;
use crate::text::upper_first;

/// What a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Lead,
    Partners,
    Window,
    /// Known but with no place in a plan ("Sản phẩm", "Kinh phí").
    Other,
}

/// Labels, folded, longest first within a field.
const LABELS: &[(&str, Field)] = &[
    ("don vi chu tri tham muu", Field::Lead),
    ("co quan chu tri tham muu", Field::Lead),
    ("don vi chu tri thuc hien", Field::Lead),
    ("co quan chu tri thuc hien", Field::Lead),
    ("don vi chu tri", Field::Lead),
    ("co quan chu tri", Field::Lead),
    ("chu tri tham muu", Field::Lead),
    ("chu tri thuc hien", Field::Lead),
    ("chu tri", Field::Lead),
    ("don vi thuc hien", Field::Lead),
    ("co quan thuc hien", Field::Lead),
    ("don vi tham muu", Field::Lead),
    ("co quan tham muu", Field::Lead),
    ("don vi phoi hop thuc hien", Field::Partners),
    ("co quan phoi hop thuc hien", Field::Partners),
    ("don vi phoi hop", Field::Partners),
    ("co quan phoi hop", Field::Partners),
    ("phoi hop thuc hien", Field::Partners),
    ("phoi hop", Field::Partners),
    ("thoi gian thuc hien", Field::Window),
    ("thoi gian hoan thanh", Field::Window),
    ("thoi han hoan thanh", Field::Window),
    ("thoi han thuc hien", Field::Window),
    ("tien do thuc hien", Field::Window),
    ("tien do hoan thanh", Field::Window),
    ("thoi gian", Field::Window),
    ("thoi han", Field::Window),
    ("tien do", Field::Window),
    ("san pham", Field::Other),
    ("ket qua san pham", Field::Other),
    ("kinh phi", Field::Other),
    ("ghi chu", Field::Other),
];

/// The label at `at` (followed by a colon): its field, its text as
/// written and where its value starts.
pub fn label_at(f: &Folded, at: usize) -> Option<(Field, usize)> {
    for (label, field) in LABELS {
        if f.word_at(at, label) {
            let after = f.skip_spaces(at + label.chars().count());
            if f.fold.get(after) == Some(&':') {
                return Some((*field, after + 1));
            }
        }
    }
    None
}

/// Every label in `text` that starts it or follows a separator: (label
/// start, field, value start).
fn labels_in(f: &Folded) -> Vec<(usize, Field, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let boundary = i == 0 || {
            let mut j = i;
            while j > 0 && f.fold[j - 1] == ' ' {
                j -= 1;
            }
            j == 0 || matches!(f.fold[j - 1], ';' | '.' | ',' | '(' | '-' | '–' | ':')
        };
        if boundary && let Some((field, value)) = label_at(f, i) {
            out.push((i, field, value));
            i = value;
            continue;
        }
        i += 1;
    }
    out
}

/// A task found, with its units as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTask {
    pub id: String,
    pub title: String,
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    pub window: Option<String>,
    pub condition: Option<String>,
    pub group: Option<String>,
    pub line: usize,
    /// Line of the window, for messages.
    pub window_line: usize,
}

/// What the tasks of a section gave, and the lines they used.
#[derive(Debug, Default)]
pub struct Found {
    pub tasks: Vec<RawTask>,
    /// Indexes (into the section's lines) used.
    pub placed: Vec<usize>,
    /// (line number, message)
    pub notices: Vec<(usize, String)>,
}

/// Phrases of a title that make a task wait on something (folded).
const TITLE_CONDITIONS: &[&str] = &[
    "sau khi co huong dan",
    "sau khi co chi dao",
    "sau khi co van ban",
    "sau khi co ke hoach",
    "sau khi co quyet dinh",
    "sau khi duoc phe duyet",
    "theo huong dan cua",
    "theo ke hoach cua",
    "theo chi dao cua",
    "khi co huong dan",
    "khi co chi dao",
    "khi co van ban",
];

/// The condition a title names, as written from the phrase on.
pub fn title_condition(title: &str) -> Option<String> {
    let f = Folded::new(title);
    let at = TITLE_CONDITIONS
        .iter()
        .filter_map(|p| f.find_word(p, 0))
        .min()?;
    let mut end = f.len();
    if let Some(semi) = (at..f.len()).find(|&i| f.orig[i] == ';') {
        end = semi;
    }
    let text = f.slice(at, end);
    let text = trim_end_chars(&text, &['.', ',', ';', ':']);
    Some(upper_first(text))
}

/// A window as written split into its dates and its condition.
pub fn split_window(window: &str) -> (Option<String>, Option<String>) {
    let w = trim_end_chars(window.trim(), &['.', ';', ','])
        .trim()
        .to_string();
    if w.is_empty() {
        return (None, None);
    }
    let f = Folded::new(&w);
    if crate::window::CONDITIONAL_PREFIXES
        .iter()
        .any(|p| f.word_at(0, p))
    {
        return (None, Some(upper_first(&w)));
    }
    for sep in [", ", " (", "; ", " - "] {
        let sep_chars = sep.chars().count();
        let mut from = 0;
        while let Some(pos) = find_str(&f, sep, from) {
            let after = pos + sep_chars;
            if crate::window::CONDITIONAL_PREFIXES
                .iter()
                .any(|p| f.word_at(after, p))
            {
                let dates = trim_end_chars(&f.slice(0, pos), &[',', ';']).to_string();
                let cond = f.slice(after, f.len());
                let cond = cond.trim_end_matches(')').trim().to_string();
                return (Some(dates), Some(upper_first(&cond)));
            }
            from = after;
        }
    }
    (Some(w), None)
}

fn find_str(f: &Folded, pat: &str, from: usize) -> Option<usize> {
    let pat: Vec<char> = pat.chars().collect();
    (from..f.len()).find(|&i| f.fold.get(i..i + pat.len()) == Some(&pat[..]))
}

/// Values read from labels.
#[derive(Debug, Default, Clone)]
struct Attrs {
    lead: Vec<String>,
    partners: Vec<String>,
    window: Option<String>,
    window_line: usize,
    any: bool,
}

impl Attrs {
    fn set(&mut self, field: Field, value: &str, line: usize, notices: &mut Vec<(usize, String)>) {
        let value = value.trim();
        match field {
            Field::Lead => self.lead.extend(split_units(value)),
            Field::Partners => self.partners.extend(split_units(value)),
            Field::Window => {
                let v = trim_end_chars(value, &['.', ';', ',']).to_string();
                if !v.is_empty() {
                    self.window = Some(match self.window.take() {
                        Some(prev) => format!("{prev} {v}"),
                        None => v,
                    });
                    self.window_line = line;
                }
            }
            Field::Other => {
                if !value.is_empty() {
                    notices.push((
                        line,
                        format!("text not placed: \"{}\"", truncate(value, 60)),
                    ));
                }
            }
        }
        if field != Field::Other {
            self.any = true;
        }
    }
}

/// An item of a numbered or bulleted list.
#[derive(Debug)]
struct Item {
    kind: MarkerKind,
    label: String,
    written: String,
    title: String,
    idx: usize,
    line: usize,
    parent: Option<usize>,
    attrs: Attrs,
    body: Vec<usize>,
}

/// Read "Giao X chủ trì, phối hợp với Y thực hiện; thời gian hoàn thành:
/// Z" and "(Chủ trì: X; Phối hợp: Y)" out of a sentence: the title left
/// and the values found.
fn inline_labels(text: &str, line: usize, notices: &mut Vec<(usize, String)>) -> (String, Attrs) {
    let f = Folded::new(text);
    let mut attrs = Attrs::default();
    let mut cut = f.len();
    let labels = labels_in(&f);
    // Labelled values: "…; thời gian hoàn thành: Quý II/2022."
    for (k, &(start, field, value)) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map(|l| l.0).unwrap_or(f.len());
        let mut v = f.slice(value, end);
        v = trim_end_chars(&v, &[';', ',', '(', '-', '.']).to_string();
        if v.ends_with(')') && !v.contains('(') {
            v.pop();
            v = trim_end_chars(&v, &[';', ',', '.']).to_string();
        }
        attrs.set(field, &v, line, notices);
        cut = cut.min(start);
    }
    // "Giao X chủ trì, phối hợp với Y thực hiện"
    let mut from = 0;
    while let Some(g) = f.find_word("giao", from) {
        from = g + 1;
        if g >= cut {
            break;
        }
        // "Giao" starts a sentence or clause; "giao thông", "giáo dục" do not.
        let mut b = g;
        while b > 0 && f.orig[b - 1] == ' ' {
            b -= 1;
        }
        if b > 0 && !matches!(f.orig[b - 1], '.' | ';' | ':') {
            continue;
        }
        let mut s = f.skip_spaces(g + 4);
        if f.word_at(s, "cho") {
            s = f.skip_spaces(s + 3);
        }
        let Some(ct) = f.find_word("chu tri", s) else {
            continue;
        };
        if ct >= cut || ct <= s || (s..ct).any(|k| matches!(f.orig[k], '.' | ';')) {
            continue;
        }
        attrs.lead.extend(split_units(&f.slice(s, ct)));
        attrs.any = true;
        let mut rest = ct + "chu tri".len();
        rest = f.skip_spaces(rest);
        if f.fold.get(rest) == Some(&',') {
            rest = f.skip_spaces(rest + 1);
        }
        if f.word_at(rest, "phoi hop voi") {
            let p = rest + "phoi hop voi".len();
            let mut end = cut;
            for stop in ["thuc hien", "trien khai", "to chuc"] {
                if let Some(e) = f.find_word(stop, p)
                    && e < end
                {
                    end = e;
                }
            }
            if let Some(e) = (p..end).find(|&i| matches!(f.orig[i], ';' | '.')) {
                end = e;
            }
            attrs.partners.extend(split_units(&f.slice(p, end)));
        }
        cut = cut.min(g);
        break;
    }
    let title = f.slice(0, cut);
    let title = title.trim();
    let title = if cut < f.len() {
        trim_end_chars(title, &[';', ',', '(', '-', ':']).to_string()
    } else {
        title.to_string()
    };
    (title, attrs)
}

/// The tasks of one section's lines.
pub fn parse(lines: &[Line]) -> Found {
    let mut found = Found::default();
    let mut i = 0;
    let mut prose: Vec<usize> = Vec::new();
    while i < lines.len() {
        if lines[i].is_row() {
            let start = i;
            while i < lines.len() && lines[i].is_row() {
                i += 1;
            }
            if !prose.is_empty() {
                parse_prose(lines, &prose, &mut found);
                prose.clear();
            }
            parse_table(lines, start, i, &mut found);
        } else {
            prose.push(i);
            i += 1;
        }
    }
    if !prose.is_empty() {
        parse_prose(lines, &prose, &mut found);
    }
    dedupe_ids(&mut found.tasks);
    found
}

fn parse_prose(lines: &[Line], idxs: &[usize], found: &mut Found) {
    let mut items: Vec<Item> = Vec::new();
    let mut stack: Vec<usize> = Vec::new(); // item indexes
    // The field of the label line just read, for its continuation lines.
    let mut last_label: Option<Field> = None;
    for &i in idxs {
        let line = &lines[i];
        let m = marker(&line.text);
        let content = m
            .as_ref()
            .map(|m| m.rest.clone())
            .unwrap_or_else(|| line.text.clone());
        let f = Folded::new(&content);
        let labels = if label_at(&f, 0).is_some() {
            labels_in(&f)
        } else {
            Vec::new()
        };
        if !labels.is_empty() {
            let Some(&top) = stack.last() else {
                found.notices.push((
                    line.no,
                    format!("label outside a task: \"{}\"", truncate(&line.text, 60)),
                ));
                found.placed.push(i);
                continue;
            };
            for (k, &(_, field, value)) in labels.iter().enumerate() {
                let end = labels.get(k + 1).map(|l| l.0).unwrap_or(f.len());
                let v = f.slice(value, end);
                let v = trim_end_chars(&v, &[';', ',']).to_string();
                items[top].attrs.set(field, &v, line.no, &mut found.notices);
                last_label = Some(field);
            }
            found.placed.push(i);
            continue;
        }
        if m.is_none()
            && !line.blank_before
            && let (Some(field), Some(&top)) = (last_label, stack.last())
            && field != Field::Other
        {
            // "- Đơn vị phối hợp: X;" continued on the next line
            items[top]
                .attrs
                .set(field, &line.text, line.no, &mut found.notices);
            found.placed.push(i);
            continue;
        }
        last_label = None;
        match m {
            Some(m) => {
                let depth = stack.iter().position(|&k| items[k].kind == m.kind);
                if let Some(d) = depth {
                    stack.truncate(d);
                }
                let parent = stack.last().copied();
                let (title, attrs) = inline_labels(&m.rest, line.no, &mut found.notices);
                items.push(Item {
                    kind: m.kind,
                    label: m.label.clone(),
                    written: m.written.clone(),
                    title,
                    idx: i,
                    line: line.no,
                    parent,
                    attrs,
                    body: Vec::new(),
                });
                stack.push(items.len() - 1);
            }
            _ => {
                if let Some(&top) = stack.last() {
                    items[top].body.push(i);
                } else {
                    // An unnumbered paragraph with its own labels is a task.
                    let (title, attrs) = inline_labels(&line.text, line.no, &mut found.notices);
                    if attrs.any {
                        items.push(Item {
                            kind: MarkerKind::Bullet,
                            label: String::new(),
                            written: String::new(),
                            title,
                            idx: i,
                            line: line.no,
                            parent: None,
                            attrs,
                            body: Vec::new(),
                        });
                    }
                }
            }
        }
    }
    // Which items are tasks, which group headings.
    let n = items.len();
    let mut has_child = vec![false; n];
    for it in &items {
        if let Some(p) = it.parent {
            has_child[p] = true;
        }
    }
    let mut is_task = vec![false; n];
    for k in 0..n {
        is_task[k] = items[k].attrs.any || !has_child[k];
    }
    // A leaf under a task with labels is part of that task's text.
    for k in 0..n {
        if !items[k].attrs.any && !has_child[k] {
            let mut p = items[k].parent;
            while let Some(q) = p {
                if items[q].attrs.any {
                    is_task[k] = false;
                    break;
                }
                p = items[q].parent;
            }
        }
    }
    let mut descendant_task = vec![false; n];
    for k in 0..n {
        if is_task[k] {
            let mut p = items[k].parent;
            while let Some(q) = p {
                descendant_task[q] = true;
                p = items[q].parent;
            }
        }
    }
    let mut ordinals: std::collections::HashMap<(Option<usize>, MarkerKind), usize> =
        std::collections::HashMap::new();
    let mut ids: Vec<String> = Vec::with_capacity(n);
    for item in &items {
        let ord = ordinals.entry((item.parent, item.kind)).or_insert(0);
        *ord += 1;
        let own = if item.label.is_empty() {
            ord.to_string()
        } else {
            item.label.clone()
        };
        let id = match (item.kind, item.parent) {
            (MarkerKind::Decimal(_), _) | (_, None) => own,
            // Tasks numbered 1, 2, … under Roman group headings keep their
            // own numbers.
            (MarkerKind::Arabic, Some(p)) if items[p].kind == MarkerKind::Roman => own,
            (_, Some(p)) => format!("{}.{}", ids[p], own),
        };
        ids.push(id);
    }
    for k in 0..n {
        let it = &items[k];
        if is_task[k] {
            found.placed.push(it.idx);
            let group = {
                let mut p = it.parent;
                let mut g = None;
                while let Some(q) = p {
                    if !is_task[q] && descendant_task[q] {
                        g = Some(q);
                        break;
                    }
                    p = items[q].parent;
                }
                g.map(|q| {
                    let h = format!("{} {}", items[q].written, items[q].title);
                    trim_end_chars(h.trim(), &[':']).to_string()
                })
            };
            let (window, mut condition) = match &it.attrs.window {
                Some(w) => split_window(w),
                None => (None, None),
            };
            if condition.is_none() {
                condition = title_condition(&it.title);
            }
            let mut title = it.title.clone();
            if title.is_empty() && !it.body.is_empty() {
                let body: Vec<&str> = it.body.iter().map(|&b| lines[b].text.as_str()).collect();
                title = body.join(" ");
                found.placed.extend(&it.body);
            }
            found.tasks.push(RawTask {
                id: ids[k].clone(),
                title,
                lead: it.attrs.lead.clone(),
                partners: it.attrs.partners.clone(),
                window,
                condition,
                group,
                line: it.line,
                window_line: if it.attrs.window_line > 0 {
                    it.attrs.window_line
                } else {
                    it.line
                },
            });
        } else if descendant_task[k] {
            found.placed.push(it.idx);
        }
    }
}

/// The column a table header names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    Number,
    Content,
    Field(Field),
    Unknown(String),
}

fn column_of(header: &str) -> Option<Column> {
    let f = fold(header.trim());
    let f = f.trim_end_matches(':').trim();
    if f.is_empty() {
        return None;
    }
    if matches!(f, "stt" | "tt" | "so tt" | "so thu tu") {
        return Some(Column::Number);
    }
    let has = |w: &str| Folded::new(f).find_word(w, 0).is_some();
    if has("chu tri") || f == "don vi thuc hien" || f == "co quan thuc hien" {
        return Some(Column::Field(Field::Lead));
    }
    if has("phoi hop") {
        return Some(Column::Field(Field::Partners));
    }
    if has("thoi gian") || has("thoi han") || has("tien do") {
        return Some(Column::Field(Field::Window));
    }
    if has("noi dung")
        || has("nhiem vu")
        || has("cong viec")
        || has("hoat dong")
        || has("giai phap")
    {
        return Some(Column::Content);
    }
    Some(Column::Unknown(header.trim().to_string()))
}

/// Cells of a table row.
fn cells(raw: &str, bordered: bool) -> Vec<String> {
    let parts: Vec<&str> = if raw.contains('\t') {
        raw.split('\t').collect()
    } else {
        let t = if bordered { raw.trim() } else { raw };
        let t = if bordered {
            t.strip_prefix('|')
                .unwrap_or(t)
                .strip_suffix('|')
                .unwrap_or(t.strip_prefix('|').unwrap_or(t))
        } else {
            t
        };
        t.split('|').collect()
    };
    parts
        .iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn is_separator_row(cells: &[String]) -> bool {
    cells.iter().any(|c| !c.is_empty())
        && cells.iter().all(|c| {
            c.chars()
                .all(|ch| matches!(ch, '-' | ':' | ' ' | '=' | '+'))
        })
}

fn parse_table(lines: &[Line], start: usize, end: usize, found: &mut Found) {
    let bordered = lines[start].raw.trim().starts_with('|');
    let header = cells(&lines[start].raw, bordered);
    let cols: Vec<Option<Column>> = header.iter().map(|h| column_of(h)).collect();
    let known = cols
        .iter()
        .filter(|c| matches!(c, Some(Column::Content | Column::Field(_) | Column::Number)))
        .count();
    let (cols, first_row) = if known >= 2 {
        found.placed.push(start);
        (cols, start + 1)
    } else {
        // No header: STT | Nội dung | Chủ trì | Phối hợp | Thời gian
        let default = [
            Column::Number,
            Column::Content,
            Column::Field(Field::Lead),
            Column::Field(Field::Partners),
            Column::Field(Field::Window),
        ];
        (default.into_iter().map(Some).collect(), start)
    };
    for c in cols.iter().flatten() {
        if let Column::Unknown(name) = c {
            found.notices.push((
                lines[start].no,
                format!("table column \"{}\" not imported", truncate(name, 40)),
            ));
        }
    }
    let col = |want: &Column| cols.iter().position(|c| c.as_ref() == Some(want));
    let number_col = col(&Column::Number);
    let content_col = col(&Column::Content).or_else(|| number_col.map(|n| n + 1));
    let lead_col = col(&Column::Field(Field::Lead));
    let partner_col = col(&Column::Field(Field::Partners));
    let window_col = col(&Column::Field(Field::Window));
    // Rows with their cells merged with continuation rows.
    struct Row {
        cells: Vec<String>,
        line: usize,
        idx: Vec<usize>,
    }
    let mut rows: Vec<Row> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(end).skip(first_row) {
        let c = cells(&line.raw, bordered);
        if is_separator_row(&c) {
            found.placed.push(i);
            continue;
        }
        if c.iter().all(|x| x.is_empty()) {
            found.placed.push(i);
            continue;
        }
        let number = number_col
            .and_then(|n| c.get(n))
            .cloned()
            .unwrap_or_default();
        if number.is_empty()
            && number_col.is_some()
            && let Some(last) = rows.last_mut()
        {
            {
                for (k, cell) in c.iter().enumerate() {
                    if cell.is_empty() {
                        continue;
                    }
                    if last.cells.len() <= k {
                        last.cells.resize(k + 1, String::new());
                    }
                    if last.cells[k].is_empty() {
                        last.cells[k] = cell.clone();
                    } else {
                        last.cells[k] = format!("{} {}", last.cells[k], cell);
                    }
                }
                last.idx.push(i);
                continue;
            }
        }
        rows.push(Row {
            cells: c,
            line: line.no,
            idx: vec![i],
        });
    }
    let get =
        |r: &Row, c: Option<usize>| c.and_then(|c| r.cells.get(c)).cloned().unwrap_or_default();
    let mut group: Option<String> = None;
    let mut count = 0;
    for r in &rows {
        let number = get(r, number_col);
        let number = trim_end_chars(&number, &['.', ')']).to_string();
        let content = get(r, content_col);
        let (lead, partners, window) = (get(r, lead_col), get(r, partner_col), get(r, window_col));
        found.placed.extend(&r.idx);
        let no_fields = lead.is_empty() && partners.is_empty() && window.is_empty();
        let heading_number = is_roman(&number)
            || (number.chars().count() == 1 && number.chars().all(|c| c.is_ascii_uppercase()));
        if no_fields && (heading_number || number.is_empty()) {
            if content.is_empty() {
                continue;
            }
            group = Some(if number.is_empty() {
                content.clone()
            } else {
                format!("{number}. {content}")
            });
            continue;
        }
        count += 1;
        let (window, mut condition) = split_window(&window);
        if condition.is_none() {
            condition = title_condition(&content);
        }
        for (k, cell) in r.cells.iter().enumerate() {
            if cols.get(k).is_none() && !cell.is_empty() {
                found.notices.push((
                    r.line,
                    format!("text not placed: \"{}\"", truncate(cell, 60)),
                ));
            }
        }
        found.tasks.push(RawTask {
            id: if number.is_empty() {
                count.to_string()
            } else {
                number
            },
            title: content,
            lead: split_units(&lead),
            partners: split_units(&partners),
            window,
            condition,
            group: group.clone(),
            line: r.line,
            window_line: r.line,
        });
    }
}

/// Make task ids unique: prefix the group's number, then count.
fn dedupe_ids(tasks: &mut [RawTask]) {
    let dup = |tasks: &[RawTask], id: &str| tasks.iter().filter(|t| t.id == id).count() > 1;
    let snapshot: Vec<RawTask> = tasks.to_vec();
    for t in tasks.iter_mut() {
        if dup(&snapshot, &t.id)
            && let Some(g) = &t.group
            && let Some(m) = marker(g)
        {
            t.id = format!("{}.{}", m.label, t.id);
        }
    }
    let mut seen = std::collections::HashSet::new();
    for t in tasks.iter_mut() {
        let base = t.id.clone();
        let mut n = 2;
        while !seen.insert(t.id.clone()) {
            t.id = format!("{base}-{n}");
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    fn tasks(text: &str) -> Found {
        parse(&normalise(text))
    }

    #[test]
    fn numbered_paragraphs_with_labelled_lines() {
        let f = tasks(
            "1. Tuyên truyền.\n\n- Đơn vị chủ trì tham mưu: Phòng Văn hóa, Thông tin huyện.\n\n- Đơn vị phối hợp: Các ngành; Công an huyện.\n\n- Thời gian thực hiện: Năm 2020.\n\n2. Kiểm tra.\n- Chủ trì: Công an huyện\n- Tiến độ: Quý II/2020",
        );
        assert_eq!(f.tasks.len(), 2);
        let t = &f.tasks[0];
        assert_eq!(t.id, "1");
        assert_eq!(t.title, "Tuyên truyền.");
        assert_eq!(t.lead, ["Phòng Văn hóa, Thông tin huyện"]);
        assert_eq!(t.partners, ["Các ngành", "Công an huyện"]);
        assert_eq!(t.window.as_deref(), Some("Năm 2020"));
        assert_eq!(f.tasks[1].window.as_deref(), Some("Quý II/2020"));
        assert!(f.notices.is_empty());
    }

    #[test]
    fn labels_inline_in_one_sentence() {
        let f = tasks(
            "1. Tổ chức tập huấn cho cán bộ. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp và Công an huyện thực hiện; thời gian hoàn thành: Quý II/2022.",
        );
        let t = &f.tasks[0];
        assert_eq!(t.title, "Tổ chức tập huấn cho cán bộ.");
        assert_eq!(t.lead, ["Phòng Nội vụ"]);
        assert_eq!(t.partners, ["Phòng Tư pháp", "Công an huyện"]);
        assert_eq!(t.window.as_deref(), Some("Quý II/2022"));
    }

    #[test]
    fn parenthesised_labels() {
        let f = tasks("a) Rà soát hồ sơ (Chủ trì: Phòng Nội vụ; Thời gian: Tháng 5/2022).");
        let t = &f.tasks[0];
        assert_eq!(t.title, "Rà soát hồ sơ");
        assert_eq!(t.lead, ["Phòng Nội vụ"]);
        assert_eq!(t.window.as_deref(), Some("Tháng 5/2022"));
    }

    #[test]
    fn group_headings_and_sub_numbering() {
        let f = tasks(
            "1. Công tác tuyên truyền\na) Treo băng rôn\n- Chủ trì: Phòng Văn hóa\nb) Phát thanh\n- Chủ trì: Đài truyền thanh\n2. Công tác kiểm tra\n2.1. Kiểm tra cơ sở\n- Chủ trì: Công an huyện",
        );
        let ids: Vec<&str> = f.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["1.a", "1.b", "2.1"]);
        assert_eq!(
            f.tasks[0].group.as_deref(),
            Some("1. Công tác tuyên truyền")
        );
        assert_eq!(f.tasks[2].group.as_deref(), Some("2. Công tác kiểm tra"));
    }

    #[test]
    fn a_label_value_continued_on_the_next_line() {
        let f = tasks(
            "1. Việc.\n- Đơn vị phối hợp: Công an huyện;\nỦy ban nhân dân các xã, thị trấn.\n- Thời gian: Năm 2020.",
        );
        assert_eq!(
            f.tasks[0].partners,
            ["Công an huyện", "Ủy ban nhân dân các xã, thị trấn"]
        );
    }

    #[test]
    fn conditions_from_title_and_window() {
        assert_eq!(
            title_condition(
                "Phối hợp đánh giá trên địa bàn huyện sau khi có hướng dẫn của cấp trên."
            )
            .as_deref(),
            Some("Sau khi có hướng dẫn của cấp trên")
        );
        assert_eq!(title_condition("Di dời khi có bão, lũ."), None);
        assert_eq!(
            split_window("Theo kế hoạch của UBND tỉnh"),
            (None, Some("Theo kế hoạch của UBND tỉnh".into()))
        );
        assert_eq!(
            split_window("Tháng 8/2020, sau khi có hướng dẫn."),
            (
                Some("Tháng 8/2020".into()),
                Some("Sau khi có hướng dẫn".into())
            )
        );
        assert_eq!(
            split_window("Tháng 6, tháng 12/2020."),
            (Some("Tháng 6, tháng 12/2020".into()), None)
        );
    }

    #[test]
    fn pipe_table_with_continuation_rows() {
        let f = tasks(
            "STT | Nội dung | Chủ trì | Phối hợp | Thời gian\n1 | Tuyên truyền trên | Phòng Văn hóa và Thông tin | Công an huyện | Thường xuyên\n | hệ thống truyền thanh | | |\n2 | Giải tỏa | UBND các xã, thị trấn | Công an huyện; Phòng Kinh tế | Tháng 4/2023\n | | | và Hạ tầng |",
        );
        assert_eq!(f.tasks.len(), 2);
        assert_eq!(f.tasks[0].title, "Tuyên truyền trên hệ thống truyền thanh");
        assert_eq!(
            f.tasks[1].partners,
            ["Công an huyện", "Phòng Kinh tế và Hạ tầng"]
        );
    }

    #[test]
    fn tab_table_with_group_rows_and_extra_column() {
        let f = tasks(
            "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\nI\tChính quyền số\t\t\t\t\n1\tVận hành\tPhòng Nội vụ\tHuyện đoàn\tHằng tháng\tBáo cáo\n2\tTập huấn\tPhòng Nội vụ\t\tTheo kế hoạch của UBND tỉnh\t",
        );
        assert_eq!(f.tasks.len(), 2);
        assert_eq!(f.tasks[0].group.as_deref(), Some("I. Chính quyền số"));
        assert_eq!(f.tasks[1].window, None);
        assert_eq!(
            f.tasks[1].condition.as_deref(),
            Some("Theo kế hoạch của UBND tỉnh")
        );
        assert_eq!(f.notices.len(), 1, "{:?}", f.notices);
    }

    #[test]
    fn markdown_table_with_borders() {
        let f = tasks(
            "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Việc | Phòng Nội vụ | | Năm 2022 |",
        );
        assert_eq!(f.tasks.len(), 1);
        assert_eq!(f.tasks[0].lead, ["Phòng Nội vụ"]);
        assert_eq!(f.tasks[0].window.as_deref(), Some("Năm 2022"));
    }

    #[test]
    fn a_header_with_no_rows_gives_nothing() {
        let f = tasks("STT | Nội dung | Chủ trì | Phối hợp | Thời gian");
        assert!(f.tasks.is_empty());
    }
}
