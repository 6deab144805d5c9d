//! What an import finds in a document, before it becomes a plan file: the
//! plan's header, its units with short ids, section III and the tasks, all
//! as written.

/// A unit found in the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftUnit {
    /// Short ASCII id: `vhtt`, `ldtbxh`, `xa`.
    pub id: String,
    /// The fullest name the document gives.
    pub name: String,
    /// Every other way the document writes it.
    pub aliases: Vec<String>,
    /// Some for a group ("các xã, thị trấn", "các ngành, đoàn thể"): its members' ids.
    pub members: Option<Vec<String>>,
}

/// A task found in the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftTask {
    /// As numbered in the document: "4", "2.1", "II.3.a".
    pub id: String,
    pub title: String,
    /// Unit ids.
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    /// The window exactly as written ("Tháng 6, tháng 12/2020"); None when the
    /// document gives none.
    pub window: Option<String>,
    /// "Sau khi có hướng dẫn của cấp trên", found in the title or the window.
    pub condition: Option<String>,
    /// The heading the task is grouped under, if any ("1. Công tác tuyên truyền").
    pub group: Option<String>,
    /// The fields kept as written but not read for sure: the plan file
    /// marks them `review = [...]`.
    pub review: crate::model::Review,
    /// Details of the task with no field of their own, as written, one per
    /// line: "Địa điểm: Sân vận động huyện", the place of a programme item
    /// ("tại Nhà văn hóa xã"), "Quy mô: …", "Thành phần: …".
    pub note: Option<String>,
    /// The document line the task starts on (1-based).
    pub line: usize,
    /// The document line of its window (the task's line when none).
    pub window_line: usize,
}

/// One paragraph of section III.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftResponsibility {
    pub unit: String,
    /// The heading as written, when it differs from the unit's name.
    pub heading: Option<String>,
    pub text: String,
}

/// Who signed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftSigner {
    pub name: String,
    pub position: Option<String>,
    pub on_behalf_of: Option<String>,
}

/// A plan as found in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    pub title: String,
    pub issuer: Option<String>,
    pub number: Option<String>,
    /// ISO date of issue.
    pub date: Option<chrono::NaiveDate>,
    pub place: Option<String>,
    pub period: Option<String>,
    pub basis: Vec<String>,
    pub purpose: Option<String>,
    pub requirements: Option<String>,
    pub closing: Option<String>,
    pub recipients: Vec<String>,
    pub signer: Option<DraftSigner>,
    pub units: Vec<DraftUnit>,
    pub responsibilities: Vec<DraftResponsibility>,
    pub tasks: Vec<DraftTask>,
    /// The head's fields to review (a title taken from the file name).
    pub review: crate::model::Review,
}

/// Something in the document the import could not place, by line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub line: usize,
    pub message: String,
}
