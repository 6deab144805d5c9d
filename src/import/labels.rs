//! The labels a plan document puts before a task's fields ("Đơn vị chủ
//! trì:", "Thời gian hoàn thành:"): which field each introduces and where
//! they stand in a line. Lines use them to tell a new label line from a
//! wrapped one; tasks to read the values.

use super::scan::Folded;

/// What a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Lead,
    Partners,
    Window,
    /// A detail of the task with no field of its own ("Địa điểm", "Quy
    /// mô", "Thành phần"): kept as the task's note.
    Note,
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
    ("dia diem to chuc", Field::Note),
    ("dia diem", Field::Note),
    ("quy mo", Field::Note),
    ("thanh phan tham du", Field::Note),
    ("thanh phan tham gia", Field::Note),
    ("thanh phan", Field::Note),
    ("doi tuong tham gia", Field::Note),
    ("doi tuong", Field::Note),
    ("hinh thuc to chuc", Field::Note),
    ("hinh thuc", Field::Note),
    ("noi dung chuong trinh", Field::Note),
    ("chuong trinh", Field::Note),
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
pub fn labels_in(f: &Folded) -> Vec<(usize, Field, usize)> {
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

/// Whether a line starts with a task label ("Đơn vị chủ trì:").
pub fn starts_like_label(text: &str) -> bool {
    let f = Folded::new(text);
    label_at(&f, 0).is_some()
}
