//! `import_text`: a plan document's text into a [`Draft`], with a
//! [`Notice`] for every line it could not place and every window it
//! cannot read. The pipeline: the document as lines, where its parts lie,
//! each part read by its own module, then the units the parts name made
//! one registry and the tasks and section III given unit ids.

use super::draft::{Draft, Notice};
use super::lines::{Line, normalise};
use super::plan::{period, period_text, plan_id};
use super::scan::truncate;
use super::sections::{self, Kind};
use super::tasks::{self, RawTask};
use super::units::{self, Registry, Source, clean_name, without_parentheses};

/// Longer than any unit's name in a real document.
const MAX_NAME_CHARS: usize = 200;

/// Read a plan document. `name` is the file stem, which gives the plan id.
pub fn import_text(text: &str, name: &str) -> (Draft, Vec<Notice>) {
    let lines = normalise(text);
    let mut placed = vec![false; lines.len()];
    let mut notes: Vec<(usize, String)> = Vec::new();
    let mut draft = Draft {
        id: plan_id(name),
        ..Draft::default()
    };
    let layout = sections::layout(&lines);

    sections::header(&lines, layout.header.clone(), &mut draft, &mut placed);
    let mut preamble = layout.preamble.clone();
    if let Some(t) = layout.title {
        let next = sections::title(&lines, t, preamble.end, &mut draft, &mut placed);
        preamble.start = next.max(preamble.start);
    }
    notes.extend(sections::basis(&lines, preamble, &mut draft, &mut placed));

    let mut raw_tasks: Vec<RawTask> = Vec::new();
    let mut raw_resps = Vec::new();
    let task_sections = layout
        .sections
        .iter()
        .filter(|s| s.kind == Kind::Tasks)
        .count();
    for section in &layout.sections {
        if section.heading < lines.len() {
            placed[section.heading] = true;
        }
        match section.kind {
            Kind::Purpose => sections::purpose(&lines, section, &mut draft, &mut placed),
            Kind::Tasks => raw_tasks.extend(tasks::section_tasks(
                &lines,
                section,
                task_sections > 1,
                &mut placed,
                &mut notes,
            )),
            Kind::Responsibilities => raw_resps.extend(sections::responsibilities(
                &lines,
                section.body.clone(),
                &mut placed,
            )),
            Kind::Other => {}
        }
    }
    sections::closing(&lines, layout.closing.clone(), &mut draft, &mut placed);
    sections::tail(&lines, layout.tail.clone(), &mut draft, &mut placed);

    let resp_units: Vec<Vec<String>> = raw_resps.iter().map(sections::unit_names).collect();
    let registry = registry(&raw_tasks, &resp_units, &draft.recipients);
    draft.units = registry.units.clone();
    draft.responsibilities =
        sections::resolve_responsibilities(&raw_resps, &resp_units, &registry, &mut notes);

    let windows: Vec<&str> = raw_tasks
        .iter()
        .filter_map(|t| t.window.as_deref())
        .collect();
    let years = period(&draft.title, &windows);
    draft.period = years.map(period_text);
    if years.is_none() {
        // Months without a year, "Thường xuyên" and recurring windows need
        // the period; a person must say which year the plan is for.
        draft.review.insert(crate::model::review::Field::Period);
        notes.push((1, crate::t!("imp-no-year")));
    }
    draft.tasks = tasks::resolve(raw_tasks, &registry, years, &mut notes);
    // A plan needs a title: without one in the document (no "KẾ HOẠCH"
    // line, or nothing after it) the file's name stands in, for review.
    if draft.title.trim().is_empty() || draft.title == "Kế hoạch" {
        draft.title = format!("Kế hoạch {name}");
        draft.review.insert(crate::model::review::Field::Title);
        notes.push((1, crate::t!("imp-no-title", title = draft.title.as_str())));
    }

    super::loadable::make_loadable(&mut draft, &mut notes);
    unplaced(&lines, &placed, &mut notes);
    notes.sort_by_key(|n| n.0);
    let notices = notes
        .into_iter()
        .map(|(line, message)| Notice { line, message })
        .collect();
    (draft, notices)
}

/// The units of the document: named by the tasks first, then by section
/// III's headings (`resp_units`), then by Nơi nhận.
fn registry(raw_tasks: &[RawTask], resp_units: &[Vec<String>], recipients: &[String]) -> Registry {
    let mut mentions: Vec<(String, Source)> = Vec::new();
    for t in raw_tasks {
        for u in t.lead.iter().chain(&t.partners) {
            mentions.push((u.clone(), Source::Task));
        }
    }
    for us in resp_units {
        for u in us {
            mentions.push((u.clone(), Source::Heading));
        }
    }
    // A recipient line far longer than any unit's name is not one: it is
    // left out of the registry (and out of the pairwise name comparisons,
    // which would grow with the square of its length).
    for r in recipients
        .iter()
        .filter(|r| r.chars().count() <= MAX_NAME_CHARS)
    {
        if let Some(name) = clean_name(&without_parentheses(r)) {
            mentions.push((name, Source::Recipient));
        }
    }
    units::build(&mentions)
}

/// A notice for every line no part of the import placed.
fn unplaced(lines: &[Line], placed: &[bool], notes: &mut Vec<(usize, String)>) {
    for (line, _) in lines.iter().zip(placed).filter(|(_, p)| !**p) {
        notes.push((
            line.no,
            crate::t!("imp-not-placed", text = truncate(&line.text, 60)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_inputs_do_not_panic() {
        let long = "Phòng Văn hóa, ".repeat(5000);
        let inputs = [
            String::new(),
            "KẾ HOẠCH".to_string(),
            "\u{feff}".to_string(),
            "I.\nII.\nIII.\n1.\n- Chủ trì:\n- Thời gian:".to_string(),
            "Tuyên truyền phòng chống\nbạo lực gia đình\nCăn cứ\nNơi nhận:\nKT.".to_string(),
            "STT | Nội dung | Chủ trì | Phối hợp | Thời gian".to_string(),
            "\t\t\t\n|||\n| |".to_string(),
            format!("KẾ HOẠCH\n{long}\nII. NỘI DUNG\n1. {long}\n- Chủ trì: {long}"),
            "Giao chủ trì Giao".to_string(),
            "Số:\nngày 99 tháng 99 năm 99999\nKẾ HOẠCH:".to_string(),
            "a)\nb)\n1.1\n- Thời gian thực hiện: Tháng 13/2020".to_string(),
            "II. NỘI DUNG\n | x\n\t\ty".to_string(),
        ];
        for input in &inputs {
            let _ = import_text(input, "x");
        }
    }
}

#[cfg(test)]
mod no_panic {
    use super::import_text;
    use proptest::prelude::*;

    /// Pieces documents are made of, in any order.
    const PIECES: &[&str] = &[
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH",
        "II. NỘI DUNG",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. ",
        "1.1 ",
        "a) ",
        "- ",
        "+ ",
        "Đơn vị chủ trì: ",
        "Phối hợp:",
        "Thời gian: ",
        "Giao ",
        " chủ trì, phối hợp với ",
        "Phòng Văn hóa, Thông tin",
        " và ",
        "UBND các xã, thị trấn",
        "Tháng 13/2020",
        "Năm 2020",
        "\t",
        " | ",
        "\n",
        "\n\n",
        "\r\n",
        "Căn cứ ",
        "Quyết định số 1/QĐ",
        ";",
        ",",
        ".",
        ":",
        "Nơi nhận:",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn A",
        "Số: ",
        "ngày 5 tháng 5 năm 2022",
        "(",
        ")",
        "/.",
        "STT | Nội dung | Chủ trì",
        "ạ",
        "\u{feff}",
        "Đ",
        "sau khi có hướng dẫn",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_mix_of_document_pieces_imports_without_panic(
            picks in proptest::collection::vec(0..PIECES.len(), 0..60)
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let (draft, notices) = import_text(&text, "x");
            prop_assert!(!draft.id.is_empty());
            prop_assert!(notices.iter().all(|n| n.line >= 1));
        }
    }
}

#[cfg(test)]
mod fixtures {
    use super::*;

    /// Every document in tests/import/ with its expected plan beside it.
    #[test]
    fn fixture_documents_give_their_expected_plans() {
        // IMPORT_FIXTURES points at another folder of fixtures, for trying new ones.
        let dir = std::env::var_os("IMPORT_FIXTURES")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import")
            });
        let entries = std::fs::read_dir(&dir).expect("the fixture folder");
        let mut failures = Vec::new();
        let mut compared = 0;
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext != "txt" && ext != "docx" {
                continue;
            }
            let Ok(expected) = std::fs::read_to_string(path.with_extension("toml")) else {
                continue;
            };
            let text = if ext == "docx" {
                super::super::docx::text(&std::fs::read(&path).unwrap(), u64::MAX).unwrap()
            } else {
                std::fs::read_to_string(&path).unwrap()
            };
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let (draft, _) = import_text(&text, stem);
            compared += 1;
            for d in super::super::expect::differences(&draft, &expected) {
                failures.push(format!("{}: {d}", path.display()));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(
            compared >= 8,
            "only {compared} fixtures in {}",
            dir.display()
        );
    }
}
