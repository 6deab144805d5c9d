//! `import_text`: a plan document's text into a [`Draft`], with a
//! [`Notice`] for every line it could not place and every window it
//! cannot read.

use super::draft::{Draft, DraftResponsibility, DraftTask, Notice};
use super::lines::normalise;
use super::scan::{Folded, truncate};
use super::sections::{self, Kind};
use super::tasks;
use super::units::{self, Source, clean_name, split_units, without_parentheses};
use crate::window::parse_window;

/// The plan id for a file stem: lowercase ASCII, words joined by "-".
pub fn plan_id(name: &str) -> String {
    let folded = super::scan::fold(name);
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() { "plan".into() } else { id }
}

/// The 4-digit years (1900–2200) written in `s`.
fn years(s: &str) -> Vec<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .filter(|y| (1900..=2200).contains(y))
        .collect()
}

/// "Năm YYYY" when the title names one year (and no span of years), or
/// else every window names the same single year.
fn period(title: &str, windows: &[&str]) -> Option<i32> {
    let f = Folded::new(title);
    let mut ys = years(title);
    ys.dedup();
    if f.find_word("giai doan", 0).is_some() || f.find_word("den nam", 0).is_some() {
        return None;
    }
    if !ys.is_empty() {
        return (ys.iter().all(|&y| y == ys[0])).then_some(ys[0]);
    }
    let ys: Vec<i32> = windows.iter().flat_map(|w| years(w)).collect();
    let first = *ys.first()?;
    ys.iter().all(|&y| y == first).then_some(first)
}

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

    let mut raw_tasks: Vec<tasks::RawTask> = Vec::new();
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
            Kind::Tasks => {
                let body = &lines[section.body.clone()];
                let mut found = tasks::parse(body);
                for k in &found.placed {
                    placed[section.body.start + k] = true;
                }
                notes.append(&mut found.notices);
                if task_sections > 1
                    && let Some(m) = lines
                        .get(section.heading)
                        .and_then(|l| super::lines::marker(&l.text))
                {
                    for t in &mut found.tasks {
                        t.id = format!("{}.{}", m.label, t.id);
                    }
                }
                raw_tasks.extend(found.tasks);
            }
            Kind::Responsibilities => {
                raw_resps.extend(sections::responsibilities(
                    &lines,
                    section.body.clone(),
                    &mut placed,
                ));
            }
            Kind::Other => {}
        }
    }
    if !layout.closing.is_empty() {
        let text: Vec<&str> = layout
            .closing
            .clone()
            .map(|i| lines[i].text.as_str())
            .collect();
        draft.closing = Some(text.join("\n"));
        for i in layout.closing.clone() {
            placed[i] = true;
        }
    }
    sections::tail(&lines, layout.tail.clone(), &mut draft, &mut placed);

    // Units: from the tasks, then section III, then Nơi nhận.
    let mut mentions: Vec<(String, Source)> = Vec::new();
    for t in &raw_tasks {
        for u in t.lead.iter().chain(&t.partners) {
            mentions.push((u.clone(), Source::Task));
        }
    }
    let resp_units: Vec<Vec<String>> = raw_resps
        .iter()
        .map(|r| {
            let h = without_parentheses(&r.heading);
            let h = h.strip_prefix("Đề nghị ").unwrap_or(&h).to_string();
            split_units(&h)
        })
        .collect();
    for us in &resp_units {
        for u in us {
            mentions.push((u.clone(), Source::Heading));
        }
    }
    // A recipient line far longer than any unit's name is not one: it is
    // left out of the registry (and out of the pairwise name comparisons,
    // which would grow with the square of its length).
    for r in draft
        .recipients
        .iter()
        .filter(|r| r.chars().count() <= MAX_NAME_CHARS)
    {
        if let Some(name) = clean_name(&without_parentheses(r)) {
            mentions.push((name, Source::Recipient));
        }
    }
    let registry = units::build(&mentions);
    draft.units = registry.units.clone();

    for (r, us) in raw_resps.iter().zip(&resp_units) {
        if us.is_empty() {
            notes.push((
                r.line,
                format!(
                    "section III item names no unit: \"{}\"",
                    truncate(&r.heading, 60)
                ),
            ));
        }
        for u in us {
            let Some(id) = registry.id_of(u) else {
                continue;
            };
            let unit_name = registry
                .unit(id)
                .map(|u| u.name.clone())
                .unwrap_or_default();
            draft.responsibilities.push(DraftResponsibility {
                unit: id.to_string(),
                heading: (r.heading != unit_name).then(|| r.heading.clone()),
                text: r.text.clone(),
            });
        }
    }

    let windows: Vec<&str> = raw_tasks
        .iter()
        .filter_map(|t| t.window.as_deref())
        .collect();
    let year = period(&draft.title, &windows);
    draft.period = year.map(|y| format!("Năm {y}"));

    let ids_of = |names: &[String]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in names {
            if let Some(id) = registry.id_of(n)
                && !out.iter().any(|o| o == id)
            {
                out.push(id.to_string());
            }
        }
        out
    };
    for mut t in raw_tasks {
        if let Some(w) = &t.window
            && let Err(e) = parse_window(w, year)
        {
            notes.push((
                t.window_line,
                format!("task {}: window \"{}\": {}", t.id, truncate(w, 60), e),
            ));
            // With a condition the task stands without the window; the
            // notice keeps its text.
            if t.condition.is_some() {
                t.window = None;
            }
        }
        if t.lead.is_empty() {
            notes.push((t.line, format!("task {}: no lead unit", t.id)));
        }
        if t.window.is_none() && t.condition.is_none() {
            notes.push((t.line, format!("task {}: no time window", t.id)));
        }
        draft.tasks.push(DraftTask {
            id: t.id,
            title: t.title,
            lead: ids_of(&t.lead),
            partners: ids_of(&t.partners),
            window: t.window,
            condition: t.condition,
            group: t.group,
            line: t.line,
        });
    }

    for (i, line) in lines.iter().enumerate() {
        if !placed[i] {
            notes.push((
                line.no,
                format!("text not placed: \"{}\"", truncate(&line.text, 60)),
            ));
        }
    }
    notes.sort_by_key(|n| n.0);
    let notices = notes
        .into_iter()
        .map(|(line, message)| Notice { line, message })
        .collect();
    (draft, notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_ids_from_file_stems() {
        assert_eq!(
            plan_id("Kế hoạch Triệu Sơn 2020"),
            "ke-hoach-trieu-son-2020"
        );
        assert_eq!(plan_id("xa-dong-tien-2022"), "xa-dong-tien-2022");
        assert_eq!(plan_id("..."), "plan");
    }

    #[test]
    fn period_from_the_title() {
        assert_eq!(period("Kế hoạch năm 2020", &[]), Some(2020));
        assert_eq!(period("Kế hoạch giai đoạn 2021 - 2025", &[]), None);
        assert_eq!(
            period("Kế hoạch", &["Tháng 5/2022", "Quý II/2022"]),
            Some(2022)
        );
    }

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

/// Test support: how a draft differs from an expected plan file.
#[cfg(test)]
pub(crate) mod expect {
    use super::super::draft::Draft;
    use crate::text::fold_ascii;

    fn s(v: Option<&toml::Value>) -> Option<String> {
        v.map(|v| match v {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    fn strings(v: Option<&toml::Value>) -> Vec<String> {
        match v {
            Some(toml::Value::Array(a)) => a.iter().filter_map(|x| s(Some(x))).collect(),
            Some(toml::Value::String(x)) => vec![x.clone()],
            _ => Vec::new(),
        }
    }

    /// Every difference between `draft` and the plan file `expected`;
    /// unit ids are compared through the units' names.
    pub fn differences(draft: &Draft, expected: &str) -> Vec<String> {
        let exp: toml::Value = toml::from_str(expected).expect("expected plan parses");
        let mut out = Vec::new();
        let plan = exp
            .get("plan")
            .cloned()
            .unwrap_or(toml::Value::Table(Default::default()));
        let mut check = |what: &str, got: Option<String>, want: Option<String>| {
            if got != want {
                out.push(format!("{what}: got {got:?}, want {want:?}"));
            }
        };
        check("title", Some(draft.title.clone()), s(plan.get("title")));
        check("issuer", draft.issuer.clone(), s(plan.get("issuer")));
        check("number", draft.number.clone(), s(plan.get("number")));
        check(
            "date",
            draft.date.map(|d| d.format("%Y-%m-%d").to_string()),
            s(plan.get("date")),
        );
        check("place", draft.place.clone(), s(plan.get("place")));
        check("period", draft.period.clone(), s(plan.get("period")));
        check("purpose", draft.purpose.clone(), s(plan.get("purpose")));
        check(
            "requirements",
            draft.requirements.clone(),
            s(plan.get("requirements")),
        );
        check("closing", draft.closing.clone(), s(plan.get("closing")));
        check(
            "basis",
            Some(draft.basis.join(" | ")),
            Some(strings(plan.get("basis")).join(" | ")),
        );
        check(
            "recipients",
            Some(draft.recipients.join(" | ")),
            Some(strings(plan.get("recipients")).join(" | ")),
        );
        let signer = plan.get("signer");
        check(
            "signer",
            draft
                .signer
                .as_ref()
                .map(|x| format!("{} / {:?} / {:?}", x.name, x.position, x.on_behalf_of)),
            signer.map(|x| {
                format!(
                    "{} / {:?} / {:?}",
                    s(x.get("name")).unwrap_or_default(),
                    s(x.get("position")),
                    s(x.get("on_behalf_of"))
                )
            }),
        );
        // Units by name.
        let units = exp
            .get("units")
            .and_then(|u| u.as_table())
            .cloned()
            .unwrap_or_default();
        let want_name = |id: &str| {
            units
                .get(id)
                .and_then(|u| s(u.get("name")))
                .map(|n| fold_ascii(&n))
                .unwrap_or_else(|| format!("?{id}"))
        };
        let got_name = |id: &str| {
            draft
                .units
                .iter()
                .find(|u| u.id == id)
                .map(|u| fold_ascii(&u.name))
                .unwrap_or_else(|| format!("?{id}"))
        };
        for (id, u) in &units {
            let name = s(u.get("name")).unwrap_or_default();
            let Some(found) = draft
                .units
                .iter()
                .find(|d| fold_ascii(&d.name) == fold_ascii(&name))
            else {
                out.push(format!("unit {id}: no unit named {name:?}"));
                continue;
            };
            let want_aliases = strings(u.get("aliases"));
            for alias in &want_aliases {
                if !found.aliases.contains(alias) && found.name != *alias {
                    out.push(format!("unit {id}: alias {alias:?} missing"));
                }
            }
            for alias in &found.aliases {
                if !want_aliases.contains(alias) {
                    out.push(format!("unit {id}: extra alias {alias:?}"));
                }
            }
            if u.get("members").is_some() != found.members.is_some() {
                out.push(format!(
                    "unit {id}: group {} vs {}",
                    found.members.is_some(),
                    u.get("members").is_some()
                ));
            }
        }
        if draft.units.len() != units.len() {
            let names: Vec<&str> = draft.units.iter().map(|u| u.name.as_str()).collect();
            out.push(format!(
                "units: got {} ({names:?}), want {}",
                draft.units.len(),
                units.len()
            ));
        }
        let resps = exp
            .get("responsibility")
            .and_then(|r| r.as_array())
            .cloned()
            .unwrap_or_default();
        if resps.len() != draft.responsibilities.len() {
            out.push(format!(
                "responsibilities: got {}, want {}",
                draft.responsibilities.len(),
                resps.len()
            ));
        }
        for (k, (r, d)) in resps.iter().zip(&draft.responsibilities).enumerate() {
            let unit = s(r.get("unit")).unwrap_or_default();
            if want_name(&unit) != got_name(&d.unit) {
                out.push(format!(
                    "responsibility {k}: unit {} vs {}",
                    got_name(&d.unit),
                    want_name(&unit)
                ));
            }
            if d.heading != s(r.get("heading")) {
                out.push(format!(
                    "responsibility {k}: heading {:?} vs {:?}",
                    d.heading,
                    s(r.get("heading"))
                ));
            }
            if Some(d.text.clone()) != s(r.get("text")) {
                out.push(format!("responsibility {k}: text {:?}", d.text));
            }
        }
        let tasks = exp
            .get("task")
            .and_then(|t| t.as_array())
            .cloned()
            .unwrap_or_default();
        if tasks.len() != draft.tasks.len() {
            out.push(format!(
                "tasks: got {}, want {}",
                draft.tasks.len(),
                tasks.len()
            ));
        }
        for (t, d) in tasks.iter().zip(&draft.tasks) {
            let id = s(t.get("id")).unwrap_or_default();
            let mut c = |what: &str, got: Option<String>, want: Option<String>| {
                if got != want {
                    out.push(format!("task {id} {what}: got {got:?}, want {want:?}"));
                }
            };
            c("id", Some(d.id.clone()), Some(id.clone()));
            c("title", Some(d.title.clone()), s(t.get("title")));
            c("window", d.window.clone(), s(t.get("window")));
            c("condition", d.condition.clone(), s(t.get("condition")));
            if t.get("group").is_some() {
                c("group", d.group.clone(), s(t.get("group")));
            }
            let names = |ids: &[String], f: &dyn Fn(&str) -> String| {
                ids.iter().map(|i| f(i)).collect::<Vec<_>>().join("; ")
            };
            c(
                "lead",
                Some(names(&d.lead, &got_name)),
                Some(names(&strings(t.get("lead")), &want_name)),
            );
            c(
                "partners",
                Some(names(&d.partners, &got_name)),
                Some(names(&strings(t.get("partners")), &want_name)),
            );
        }
        out
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
                super::super::docx::text(&std::fs::read(&path).unwrap()).unwrap()
            } else {
                std::fs::read_to_string(&path).unwrap()
            };
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let (draft, _) = import_text(&text, stem);
            compared += 1;
            for d in expect::differences(&draft, &expected) {
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
