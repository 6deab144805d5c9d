//! Tasks written as numbered paragraphs: each item with its labelled lines
//! below ("- Đơn vị chủ trì: …") or its labels inline, sub-numbering under
//! group headings, and which items are tasks and which headings.

use super::conditions::{split_window, title_condition};
use super::found::{Found, RawTask};
use super::inline::{Attrs, inline_labels};
use crate::import::labels::{Field, label_at, labels_in};
use crate::import::lines::Line;
use crate::import::marker::{MarkerKind, marker};
use crate::import::scan::{Folded, trim_end_chars, truncate};

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

/// The tasks of the prose lines `idxs` of a section.
pub fn parse_prose(lines: &[Line], idxs: &[usize], found: &mut Found) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    /// The tasks of a document that is all prose.
    fn tasks(text: &str) -> Found {
        let lines = normalise(text);
        let idxs: Vec<usize> = (0..lines.len()).collect();
        let mut found = Found::default();
        parse_prose(&lines, &idxs, &mut found);
        found
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
}
