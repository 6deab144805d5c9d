//! Tasks written as numbered paragraphs: each item with its labelled lines
//! below ("- Đơn vị chủ trì: …") or its labels inline, sub-numbering under
//! group headings, and which items are tasks and which headings.

use super::conditions::{split_window, title_condition};
use super::found::{Found, RawTask};
use super::inline::{Attrs, inline_labels};
use super::programme::{ceremony_time, programme};
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
                    crate::t!("imp-label-outside-task", text = truncate(&line.text, 60)),
                ));
                found.placed.push(i);
                continue;
            };
            for (k, &(start, field, value)) in labels.iter().enumerate() {
                let end = labels.get(k + 1).map(|l| l.0).unwrap_or(f.len());
                if field == Field::Note {
                    items[top].attrs.add_note(&f.slice(start, end));
                    last_label = Some(field);
                    continue;
                }
                let v = f.slice(value, end);
                let v = trim_end_chars(&v, &[';', ',']).to_string();
                items[top].attrs.set(field, &v, line.no, &mut found.notices);
                last_label = Some(field);
            }
            found.placed.push(i);
            // A value ended by its "." goes on no further.
            if line.text.trim_end().ends_with('.') {
                last_label = None;
            }
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
        // "- Khai mạc: 7 giờ 30 ngày 24/3/2024" below an event: its time.
        if let Some(&top) = stack.last()
            && m.as_ref()
                .is_some_and(|m| matches!(m.kind, MarkerKind::Dash | MarkerKind::Plus))
            && items[top].attrs.window.is_none()
            && let Some(p) = ceremony_time(&content)
        {
            items[top].attrs.window = Some(p.window);
            items[top].attrs.window_line = line.no;
            items[top].attrs.any = true;
            items[top].attrs.note.extend(p.place);
            found.placed.push(i);
            continue;
        }
        // "Giao X chủ trì …; thời gian: …" below a task, as a line of its
        // own or a "-" item saying nothing else: the task's units.
        if let Some(&top) = stack.last()
            && m.as_ref()
                .is_none_or(|m| matches!(m.kind, MarkerKind::Dash | MarkerKind::Plus))
        {
            let mut notices = Vec::new();
            let (rest, attrs) = inline_labels(&content, line.no, &mut notices);
            if attrs.at_start && (m.is_none() || rest.is_empty()) {
                found.notices.append(&mut notices);
                items[top].attrs.merge(attrs);
                found.placed.push(i);
                continue;
            }
        }
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
                    // An unnumbered paragraph with its own labels is a task;
                    // one leading into a list ("… tổ chức các hoạt động
                    // sau:") is not.
                    let (title, attrs) = inline_labels(&line.text, line.no, &mut found.notices);
                    if attrs.any && !line.text.trim_end().ends_with(':') {
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
            // A programme item gives its own date when no label did.
            let mut note = it.attrs.note.clone();
            let mut title = it.title.clone();
            let mut window_text = it.attrs.window.clone();
            if window_text.is_none()
                && let Some(p) = programme(&title)
            {
                title = p.title;
                window_text = Some(p.window);
                note.extend(p.place);
            }
            let (window, mut condition) = match &window_text {
                Some(w) => split_window(w),
                None => (None, None),
            };
            if condition.is_none() {
                condition = title_condition(&title);
            }
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
                note: (!note.is_empty()).then(|| note.join("\n")),
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
    fn an_assignment_in_parentheses_ending_the_title() {
        let f = tasks(
            "2. Hướng dẫn người dân kích hoạt tài khoản mức độ 2 (Công an huyện chủ trì, Huyện Đoàn phối hợp).\n- Thời gian: Thường xuyên.",
        );
        let t = &f.tasks[0];
        assert_eq!(t.title, "Hướng dẫn người dân kích hoạt tài khoản mức độ 2.");
        assert_eq!(t.lead, ["Công an huyện"]);
        assert_eq!(t.partners, ["Huyện Đoàn"]);
        assert_eq!(t.window.as_deref(), Some("Thường xuyên"));
    }

    #[test]
    fn a_parenthesis_that_assigns_nothing_stays_in_the_title() {
        let f = tasks("1. Rà soát hồ sơ (đợt 2).\n- Chủ trì: Phòng Nội vụ.");
        assert_eq!(f.tasks[0].title, "Rà soát hồ sơ (đợt 2).");
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
    fn an_assignment_sentence_below_a_task_gives_its_units_and_window() {
        let f = tasks(
            "1. Tổ chức Hội thi tuyên truyền viên giỏi.\nGiao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn thực hiện; thời gian: Tháng 9/2024.\n2. Tập huấn cho cán bộ.\n- Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp thực hiện.\n- Thời gian: Quý III/2024.",
        );
        assert_eq!(f.tasks.len(), 2, "{:?}", f.tasks);
        let t = &f.tasks[0];
        assert_eq!(t.title, "Tổ chức Hội thi tuyên truyền viên giỏi.");
        assert_eq!(t.lead, ["Phòng Văn hóa và Thông tin"]);
        assert_eq!(t.partners, ["Huyện đoàn"]);
        assert_eq!(t.window.as_deref(), Some("Tháng 9/2024"));
        let t = &f.tasks[1];
        assert_eq!(
            (t.id.as_str(), t.title.as_str()),
            ("2", "Tập huấn cho cán bộ.")
        );
        assert_eq!(t.lead, ["Phòng Nội vụ"]);
        assert_eq!(t.partners, ["Phòng Tư pháp"]);
        assert_eq!(t.window.as_deref(), Some("Quý III/2024"));
    }

    #[test]
    fn a_unit_leading_without_giao_and_a_lead_named_with_do() {
        let f = tasks(
            "1. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã, thị trấn ra quân làm sạch môi trường; thời gian: Tháng 4/2024.\n2. Kiểm tra an toàn thực phẩm do Phòng Y tế chủ trì, phối hợp với Công an huyện; thời gian: Quý III/2024.\n3. Tuyên truyền trên loa.\nĐài Truyền thanh huyện chủ trì, phối hợp với các xã thực hiện; thời gian: Thường xuyên.",
        );
        assert_eq!(f.tasks.len(), 3, "{:?}", f.tasks);
        let t = &f.tasks[0];
        assert_eq!(t.title, "Ra quân làm sạch môi trường");
        assert_eq!(t.lead, ["Phòng Tài nguyên và Môi trường"]);
        assert_eq!(t.partners, ["UBND các xã, thị trấn"]);
        assert_eq!(t.window.as_deref(), Some("Tháng 4/2024"));
        let t = &f.tasks[1];
        assert_eq!(t.title, "Kiểm tra an toàn thực phẩm");
        assert_eq!(t.lead, ["Phòng Y tế"]);
        assert_eq!(t.partners, ["Công an huyện"]);
        let t = &f.tasks[2];
        assert_eq!(t.title, "Tuyên truyền trên loa.");
        assert_eq!(t.lead, ["Đài Truyền thanh huyện"]);
        assert_eq!(t.partners, ["Các xã"]);
        assert_eq!(t.window.as_deref(), Some("Thường xuyên"));
    }

    #[test]
    fn sub_items_that_are_fields_of_a_task_are_not_tasks() {
        let f = tasks(
            "1. Lễ khai mạc\na) Thời gian: 19 giờ ngày 17/6/2024.\nb) Địa điểm: Sân vận động huyện.\nc) Quy mô: Khoảng 1.500 người.\nd) Thành phần: Đại biểu các xã, thị trấn.\nđ) Đơn vị thực hiện: Phòng Văn hóa và Thông tin.\n2. Hội thi",
        );
        assert_eq!(f.tasks.len(), 2, "{:?}", f.tasks);
        let t = &f.tasks[0];
        assert_eq!((t.id.as_str(), t.title.as_str()), ("1", "Lễ khai mạc"));
        assert_eq!(t.window.as_deref(), Some("19 giờ ngày 17/6/2024"));
        assert_eq!(t.lead, ["Phòng Văn hóa và Thông tin"]);
        assert_eq!(
            t.note.as_deref(),
            Some(
                "Địa điểm: Sân vận động huyện.\nQuy mô: Khoảng 1.500 người.\nThành phần: Đại biểu các xã, thị trấn."
            )
        );
    }

    #[test]
    fn programme_items_give_their_dates_as_the_window() {
        let f = tasks(
            "1. Các hoạt động chính\n- Lễ khai mạc: 19 giờ ngày 17/6/2024, tại Quảng trường trung tâm huyện. Phòng Văn hóa và Thông tin chủ trì.\n- Hội thi gói bánh chưng (ngày 18/6/2024) do Hội Liên hiệp Phụ nữ huyện chủ trì.",
        );
        assert_eq!(f.tasks.len(), 2, "{:?}", f.tasks);
        let t = &f.tasks[0];
        assert_eq!(t.title, "Lễ khai mạc");
        assert_eq!(t.window.as_deref(), Some("19 giờ ngày 17/6/2024"));
        assert_eq!(t.note.as_deref(), Some("tại Quảng trường trung tâm huyện"));
        assert_eq!(t.lead, ["Phòng Văn hóa và Thông tin"]);
        assert_eq!(t.group.as_deref(), Some("1. Các hoạt động chính"));
        let t = &f.tasks[1];
        assert_eq!(t.title, "Hội thi gói bánh chưng");
        assert_eq!(t.window.as_deref(), Some("ngày 18/6/2024"));
        assert_eq!(t.lead, ["Hội Liên hiệp Phụ nữ huyện"]);
    }

    #[test]
    fn the_time_of_an_event_below_it_and_its_fields() {
        let f = tasks(
            "1. Lễ khai mạc\n- Khai mạc: 7 giờ 30 ngày 24/3/2024 (chủ nhật).\n- Địa điểm: Sân bóng đá trung tâm xã.\n- Chương trình: Chào cờ; diễu hành.\n2. Thi đấu các môn\n- Thời gian: Tháng 3/2024.",
        );
        assert_eq!(f.tasks.len(), 2, "{:?}", f.tasks);
        let t = &f.tasks[0];
        assert_eq!((t.id.as_str(), t.title.as_str()), ("1", "Lễ khai mạc"));
        assert_eq!(
            t.window.as_deref(),
            Some("Khai mạc: 7 giờ 30 ngày 24/3/2024 (chủ nhật)")
        );
        assert_eq!(
            t.note.as_deref(),
            Some("Địa điểm: Sân bóng đá trung tâm xã.\nChương trình: Chào cờ; diễu hành.")
        );
    }

    #[test]
    fn a_date_in_a_title_is_no_window_when_a_label_gives_one() {
        let f = tasks(
            "1. Tuyên truyền Ngày Dân số Việt Nam (26/12).\n- Chủ trì: Trạm Y tế xã.\n- Thời gian: Tháng 12/2024.",
        );
        assert_eq!(
            f.tasks[0].title,
            "Tuyên truyền Ngày Dân số Việt Nam (26/12)."
        );
        assert_eq!(f.tasks[0].window.as_deref(), Some("Tháng 12/2024"));
    }

    #[test]
    fn giao_x_thuc_hien_names_the_lead() {
        let f = tasks(
            "1. Đưa tin về Hội thi. Giao Trung tâm Văn hóa, Thông tin và Thể thao huyện thực hiện; thời gian: Tháng 6/2024.",
        );
        assert_eq!(f.tasks[0].title, "Đưa tin về Hội thi.");
        assert_eq!(
            f.tasks[0].lead,
            ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]
        );
    }

    #[test]
    fn giao_x_thuc_hien_the_work_makes_the_work_the_title() {
        let f = tasks(
            "5. Giao Đài truyền thanh xã thực hiện tuyên truyền kiến thức trên hệ thống loa; thời gian: Thường xuyên.",
        );
        assert_eq!(f.tasks[0].title, "Tuyên truyền kiến thức trên hệ thống loa");
        assert_eq!(f.tasks[0].lead, ["Đài truyền thanh xã"]);
        let f = tasks("1. Phòng Nội vụ chủ trì tổ chức hội thi; thời gian: Tháng 6/2024.");
        assert_eq!(f.tasks[0].title, "Tổ chức hội thi");
    }

    #[test]
    fn partners_named_without_phoi_hop_and_a_lead_label_with_its_partners() {
        let f = tasks(
            "1. Tuyên truyền Luật Đất đai. Công chức Tư pháp - Hộ tịch chủ trì, các đơn vị có liên quan xây dựng kế hoạch; thời gian: Tháng 10/2024.\n2. Giải quyết đơn thư. Giao Ủy ban MTTQ Việt Nam xã phối hợp với Công chức Địa chính - Xây dựng và Công an xã thực hiện; thời gian: Khi có vụ việc.\n3. Giải bóng đá.\nc) Đơn vị thực hiện: UBND huyện Bắc Hà chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh.",
        );
        let t = &f.tasks[0];
        assert_eq!(t.title, "Tuyên truyền Luật Đất đai.");
        assert_eq!(t.lead, ["Công chức Tư pháp - Hộ tịch"]);
        assert_eq!(t.partners, ["Các đơn vị có liên quan"]);
        let t = &f.tasks[1];
        assert_eq!(t.lead, ["Ủy ban MTTQ Việt Nam xã"]);
        assert_eq!(t.partners, ["Công chức Địa chính - Xây dựng", "Công an xã"]);
        let t = &f.tasks[2];
        assert_eq!(t.lead, ["UBND huyện Bắc Hà"]);
        assert_eq!(t.partners, ["Hội Liên hiệp Phụ nữ tỉnh"]);
    }

    #[test]
    fn a_line_after_a_label_ended_by_its_full_stop_is_not_its_value() {
        let f = tasks(
            "1. Việc.\n- Chủ trì: Phòng Nội vụ.\n- Thời gian: Tháng 6/2024.\nGhi chú thêm của văn phòng",
        );
        assert_eq!(f.tasks[0].window.as_deref(), Some("Tháng 6/2024"));
    }

    #[test]
    fn a_paragraph_leading_into_the_list_is_no_task() {
        let f = tasks(
            "Phòng Văn hóa và Thông tin chủ trì, phối hợp với các xã tổ chức các hoạt động sau:\n1. Treo băng rôn.\n- Thời gian: Tháng 6/2024.",
        );
        assert_eq!(f.tasks.len(), 1, "{:?}", f.tasks);
        assert_eq!(f.tasks[0].title, "Treo băng rôn.");
    }

    #[test]
    fn a_sentence_about_who_leads_is_no_assignment() {
        let f = tasks(
            "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo.",
        );
        assert!(f.tasks.is_empty(), "{:?}", f.tasks);
    }
}
