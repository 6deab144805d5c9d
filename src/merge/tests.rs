//! The merge of plan texts, case by case: what each side changed lands,
//! untouched text keeps its bytes, and a field changed two ways is marked.

use super::*;

const BASE: &str = r#"format = 1

[plan]
id = "p"
title = "Kế hoạch"   # tên

[units.vh]
name = "Phòng Văn hóa"

[units.xa]
name = "Các xã"
members = ["a", "b"]

[units.a]
name = "Xã A"

[units.b]
name = "Xã B"

[[task]]
id = "1"
title = "Một"
lead = ["vh"]
partners = ["xa"]
window = "Tháng 6/2020"
status = "todo"

[[task]]
id = "2"
title = "Hai"   # giữ nguyên
lead = ["vh"]
window = "Tháng 9/2020"
status = "todo"
"#;

fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in the text");
    text.replacen(from, to, 1)
}

#[test]
fn different_tasks_changed_on_each_side_both_land() {
    let ours = edit(
        BASE,
        "Tháng 6/2020\"\nstatus = \"todo\"",
        "Tháng 6/2020\"\nstatus = \"doing\"",
    );
    let theirs = edit(BASE, "title = \"Hai\"", "title = \"Hai (sửa)\"");
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(
        merged.text,
        edit(&ours, "title = \"Hai\"", "title = \"Hai (sửa)\"")
    );
}

#[test]
fn different_fields_of_one_task_both_land_and_the_rest_keeps_its_bytes() {
    let ours = edit(
        BASE,
        "status = \"todo\"\n\n[[task]]\nid = \"2\"",
        "status = \"doing\"\n\n[[task]]\nid = \"2\"",
    );
    let ours = edit(
        &ours,
        "title = \"Hai\"   # giữ nguyên",
        "title = \"Hai\"   # giữ nguyên",
    );
    let theirs = edit(BASE, "title = \"Một\"", "title = 'Một (sửa)'");
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(
        merged.text,
        edit(&ours, "title = \"Một\"", "title = 'Một (sửa)'")
    );
}

#[test]
fn each_unit_report_is_a_field_of_its_own() {
    let ours = edit(
        BASE,
        "status = \"todo\"\n\n",
        "status = \"todo\"\nreports.a = { on = 2020-06-28 }\n\n",
    );
    let theirs = edit(
        BASE,
        "status = \"todo\"\n\n",
        "status = \"todo\"\nreports.b = { on = 2020-06-29, note = \"Xong\" }\n\n",
    );
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(
        merged.text,
        edit(
            BASE,
            "status = \"todo\"\n\n",
            "status = \"todo\"\nreports.a = { on = 2020-06-28 }\n\
             reports.b = { on = 2020-06-29, note = \"Xong\" }\n\n"
        )
    );
}

#[test]
fn a_task_added_on_each_side_under_one_id_is_renumbered_on_theirs() {
    let three = "\n[[task]]\nid = \"3\"\ntitle = \"Ba\"\nlead = [\"vh\"]\nwindow = \"2020\"\n";
    let other = "\n[[task]]\nid = \"3\"\ntitle = \"Bốn\"\nlead = [\"vh\"]\nwindow = \"2020\"\n";
    let ours = format!("{BASE}{three}");
    let theirs = format!("{BASE}{other}");
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(merged.renumbered, [("3".to_string(), "4".to_string())]);
    assert_eq!(
        merged.text,
        format!("{ours}{}", other.replace("id = \"3\"", "id = \"4\""))
    );
    // The same task added on both sides is kept once.
    let merged = merge(BASE, &ours, &ours.clone());
    assert_eq!(merged.text, ours);
    let again = format!("{BASE}{}", three.replace("\"2020\"", "'2020'"));
    assert_eq!(merge(BASE, &ours, &again).text, ours);
}

#[test]
fn a_unit_added_on_each_side_lands_after_the_others() {
    let ours = edit(
        BASE,
        "[units.b]\nname = \"Xã B\"\n",
        "[units.b]\nname = \"Xã B\"\n\n[units.c]\nname = \"Xã C\"\n",
    );
    let theirs = edit(
        BASE,
        "[units.b]\nname = \"Xã B\"\n",
        "[units.b]\nname = \"Xã B\"\n\n[units.d]\nname = \"Xã D\"\n",
    );
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(
        merged.text,
        edit(
            &ours,
            "[units.c]\nname = \"Xã C\"\n",
            "[units.c]\nname = \"Xã C\"\n\n[units.d]\nname = \"Xã D\"\n"
        )
    );
}

#[test]
fn the_same_field_changed_two_ways_is_marked_around_its_line_only() {
    let ours = edit(
        BASE,
        "window = \"Tháng 6/2020\"\nstatus = \"todo\"",
        "window = \"Tháng 6/2020\"\nstatus = \"done\"",
    );
    let theirs = edit(
        BASE,
        "window = \"Tháng 6/2020\"\nstatus = \"todo\"",
        "window = \"Tháng 6/2020\"\nstatus = \"cancelled\"",
    );
    let theirs = edit(&theirs, "title = \"Một\"", "title = \"Một (sửa)\"");
    let merged = merge(BASE, &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        [Place::Field {
            task: "1".into(),
            field: "status".into()
        }]
    );
    assert_eq!(
        merged.text,
        edit(&ours, "title = \"Một\"", "title = \"Một (sửa)\"").replace(
            "status = \"done\"\n",
            "<<<<<<< ours\nstatus = \"done\"\n=======\nstatus = \"cancelled\"\n>>>>>>> theirs\n"
        )
    );
}

#[test]
fn a_head_field_changed_on_one_side_lands() {
    let ours = edit(BASE, "status = \"todo\"\n\n", "status = \"doing\"\n\n");
    let theirs = edit(
        BASE,
        "title = \"Kế hoạch\"   # tên",
        "title = \"Kế hoạch năm 2020\"   # tên",
    );
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert_eq!(
        merged.text,
        edit(
            &ours,
            "title = \"Kế hoạch\"",
            "title = \"Kế hoạch năm 2020\""
        )
    );
    // The members of a group changed on both sides the same way: clean.
    let both = edit(BASE, "members = [\"a\", \"b\"]", "members = [\"a\"]");
    let merged = merge(BASE, &both, &both);
    assert_eq!(merged.text, both);
}

#[test]
fn a_task_deleted_on_one_side_and_changed_on_the_other_is_marked() {
    let two_at = BASE.find("\n[[task]]\nid = \"2\"").unwrap();
    let ours = BASE[..two_at + 1].to_string();
    let theirs = edit(BASE, "title = \"Hai\"", "title = \"Hai (sửa)\"");
    let merged = merge(BASE, &ours, &theirs);
    assert_eq!(merged.conflicts, [Place::Deleted { task: "2".into() }]);
    assert!(
        merged
            .text
            .contains("<<<<<<< ours\n=======\n[[task]]\nid = \"2\"\ntitle = \"Hai (sửa)\"")
    );
    // Deleted on one side, untouched on the other: gone.
    let merged = merge(
        BASE,
        &ours,
        &edit(BASE, "title = \"Một\"", "title = \"Một!\""),
    );
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.text,
        edit(&ours, "title = \"Một\"", "title = \"Một!\"")
    );
}

#[test]
fn a_key_new_on_theirs_goes_where_the_format_puts_it() {
    let ours = edit(
        BASE,
        "status = \"todo\"\n\n[[task]]\nid = \"2\"",
        "status = \"todo\"\nnote = \"x\"\n\n[[task]]\nid = \"2\"",
    );
    let theirs = edit(
        BASE,
        "status = \"todo\"\n\n[[task]]\nid = \"2\"",
        "status = \"done\"\ndone = 2020-06-28\n\n[[task]]\nid = \"2\"",
    );
    let merged = merge(BASE, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{merged:?}");
    assert!(
        merged
            .text
            .contains("status = \"done\"\ndone = 2020-06-28\nnote = \"x\"\n\n"),
        "{}",
        merged.text
    );
}

mod property {
    use proptest::prelude::*;

    use crate::edit::doc::{edit_text, set_str, task_table};
    use crate::edit::task_editor::TaskEditor;
    use crate::store;

    const TASKS: usize = 6;
    const UNITS: [&str; 3] = ["a", "b", "c"];

    fn base() -> String {
        let mut text = String::from(
            "format = 1\n\n[plan]\nid = \"p\"\ntitle = \"T\"\nperiod = \"Năm 2020\"\n\n\
             [units.h]\nname = \"Huyện\"\n\n[units.a]\nname = \"Xã A\"\n\n[units.b]\nname = \"Xã B\"\n\n\
             [units.c]\nname = \"Xã C\"\n\n[units.xa]\nname = \"Các xã\"\nmembers = [\"a\", \"b\", \"c\"]\n",
        );
        for i in 1..=TASKS {
            text.push_str(&format!(
                "\n[[task]]\nid = \"{i}\"\ntitle = \"Việc {i}\"\nlead = [\"h\"]\npartners = [\"xa\"]\n\
                 window = \"Tháng {i}/2020\"\nstatus = \"todo\"\n"
            ));
        }
        text
    }

    #[derive(Debug, Clone)]
    enum Op {
        Note(String),
        Title(String),
        Status(&'static str),
        Report(usize, u32),
        Unreport(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            "[a-zàáạảãâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ ]{1,12}".prop_map(Op::Note),
            "[A-Za-zàáạảãâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]{1,12}".prop_map(Op::Title),
            prop::sample::select(vec!["todo", "doing", "cancelled"]).prop_map(Op::Status),
            (0..UNITS.len(), 1u32..28).prop_map(|(u, d)| Op::Report(u, d)),
            (0..UNITS.len()).prop_map(Op::Unreport),
        ]
    }

    fn apply(text: &str, task: usize, op: &Op) -> String {
        let layout = store::split(text);
        let id = task.to_string();
        let index = store::find_block(text, &layout, &id).unwrap();
        let range = layout.tasks[index].range.clone();
        let block = edit_text(&text[range.clone()], |doc| {
            let table = task_table(doc)?;
            match op {
                Op::Note(note) => set_str(table, "note", note, store::TaskKey::Note.before()),
                Op::Title(title) => TaskEditor::new(table).set_title(title),
                Op::Status(status) => set_str(table, "status", status, &[]),
                Op::Report(unit, day) => {
                    let on = chrono::NaiveDate::from_ymd_opt(2020, 6, *day).unwrap();
                    TaskEditor::new(table).record_report(UNITS[*unit], on, None);
                }
                Op::Unreport(unit) => TaskEditor::new(table).remove_report(UNITS[*unit]),
            }
            Ok(())
        })
        .unwrap();
        format!("{}{block}{}", &text[..range.start], &text[range.end..])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn merging_edits_of_different_tasks_equals_applying_both(
            ours_tasks in prop::collection::vec(any::<bool>(), TASKS),
            ops in prop::collection::vec((1..=TASKS, op()), 0..12),
        ) {
            let base = base();
            let mine = |task: usize| ours_tasks[task - 1];
            let (mut ours, mut theirs, mut both) = (base.clone(), base.clone(), base.clone());
            for (task, op) in &ops {
                if mine(*task) {
                    ours = apply(&ours, *task, op);
                } else {
                    theirs = apply(&theirs, *task, op);
                }
                both = apply(&both, *task, op);
            }
            let merged = super::merge(&base, &ours, &theirs);
            prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
            prop_assert_eq!(&merged.text, &both);
            let (plan, diagnostics) = store::parse_str(std::path::Path::new("p.toml"), &merged.text);
            prop_assert!(plan.is_some() && diagnostics.is_empty(), "{:?}", diagnostics);
        }
    }
}
