//! A task as the document writes it, before its units become ids, and
//! what the reading of one section's tasks gives.

/// A task found, with its units as written. It has the fields of a
/// [`DraftTask`](crate::import::draft::DraftTask) because it becomes one
/// (`tasks::resolve`), but its `lead` and `partners` are names, not ids:
/// the two are kept apart so that a name is never written as an id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTask {
    pub id: String,
    pub title: String,
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    pub window: Option<String>,
    pub condition: Option<String>,
    pub group: Option<String>,
    /// Details with no field of their own, as written ("Địa điểm: …").
    pub note: Option<String>,
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
