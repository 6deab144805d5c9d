//! `plan import`: an official plan document (.txt, .docx, .odt or PDF) into a plan
//! file. The document's text is cut into lines with their numbers, its
//! sections found, and the tasks, units and windows read as written.

pub mod cells;
pub mod chrome;
pub mod columns;
pub mod document;
pub mod docx;
pub mod draft;
pub mod error;
#[cfg(test)]
pub(crate) mod expect;
pub mod importer;
pub mod labels;
pub mod lines;
pub mod loadable;
pub mod marker;
pub mod numbering;
pub mod odf;
pub mod odt;
pub mod pages;
pub mod pdf;
pub mod plan;
pub mod scan;
pub mod sections;
pub mod tasks;
pub mod units;
pub mod write;

pub use error::ImportError;
pub use importer::import_text;

#[cfg(test)]
mod tests {
    /// The seed document gives the seed plan. Three differences are
    /// expected: the text has no header, so no issuer; the plan adds the
    /// spelling "BCĐ" as an alias the text never uses; and the recipient
    /// "Thành viên BCD công tác GD cấp huyện" is not recognised as the BCĐ
    /// group.
    #[test]
    fn seed_document_gives_the_seed_plan() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text =
            std::fs::read_to_string(root.join("tests/import/ke-hoach-trieu-son-2020.txt")).unwrap();
        let plan = std::fs::read_to_string(root.join("plans/trieu-son-2020-pcbldg.toml")).unwrap();
        let (draft, notices) = super::import_text(&text, "trieu-son-2020-pcbldg");
        assert_eq!(draft.id, "trieu-son-2020-pcbldg");
        assert_eq!(draft.tasks.len(), 8);
        assert_eq!(draft.basis.len(), 3);
        assert_eq!(draft.recipients.len(), 8);
        assert_eq!(
            draft.tasks[5].condition.as_deref(),
            Some("Sau khi có hướng dẫn của cấp trên")
        );
        assert!(notices.is_empty(), "{notices:?}");
        let diffs = super::expect::differences(&draft, &plan);
        assert_eq!(
            diffs,
            [
                "issuer: got None, want Some(\"UBND huyện Triệu Sơn\")",
                "unit bcd: alias \"Các ngành thành viên BCĐ công tác gia đình huyện\" missing",
                "unit bcd: alias \"Thành viên BCD công tác GD cấp huyện\" missing",
            ]
        );
    }
}
