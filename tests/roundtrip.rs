//! Property: rewriting a plan with no change gives back the same bytes —
//! whatever its comments, spacing, quoting, arrays, line endings and final
//! newline — and a real edit changes only the block it concerns; and
//! reading any text or bytes never panics, with every diagnostic inside the
//! file.

use plan::edit::doc::{before, edit_text, set_str, task_table};
use proptest::prelude::*;

fn string_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.àáảãạăắâấđêếôốơớưứ]{0,20}".prop_map(|s| format!("\"{s}\"")),
        "[a-zA-Z0-9 ,.àáạđơư]{0,20}".prop_map(|s| format!("'{s}'")),
        Just("\"a \\\"quoted\\\" \\\\ word\"".to_string()),
    ]
}

fn comment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[ ]{1,4}# [a-zà-ỹ ]{0,12}".prop_map(|s| s)
    ]
}

fn array() -> impl Strategy<Value = String> {
    (
        prop::collection::vec("[a-z]{1,6}", 0..4),
        any::<bool>(),
        any::<bool>(),
        comment(),
    )
        .prop_map(|(items, multiline, trailing_comma, note)| {
            let quoted: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
            if multiline && !quoted.is_empty() {
                let mut s = String::from("[\n");
                for (n, q) in quoted.iter().enumerate() {
                    let comma = if n + 1 < quoted.len() || trailing_comma {
                        ","
                    } else {
                        ""
                    };
                    s.push_str(&format!("  {q}{comma}\n"));
                }
                s.push(']');
                s
            } else {
                format!("[{}]{note}", quoted.join(", "))
            }
        })
}

/// A task block as a person might write it.
fn task(id: usize) -> impl Strategy<Value = String> {
    (
        string_value(),
        array(),
        array(),
        comment(),
        comment(),
        any::<bool>(),
        "[ ]{0,3}",
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(move |(title, lead, partners, c1, c2, note_above, pad, (blank_after, with_status))| {
            let mut s = format!("[[task]]\nid = \"{id}\"{c1}\ntitle{pad}= {title}\nlead = {lead}\npartners = {partners}\n");
            if note_above {
                s.push_str("# ghi chú\n");
            }
            if with_status {
                s.push_str(&format!("status = \"todo\"{c2}\n"));
            } else {
                s.push_str(&format!("window = \"2020\"{c2}\n"));
            }
            if blank_after {
                s.push_str("\n# sau nhiệm vụ\n\n");
            }
            s
        },
    )
}

fn plan_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(any::<u8>(), 1..6),
        any::<bool>(),
        any::<bool>(),
        comment(),
    )
        .prop_flat_map(|(seeds, crlf, final_newline, head_comment)| {
            let tasks: Vec<_> = (0..seeds.len()).map(|i| task(i + 1)).collect();
            (tasks, Just(crlf), Just(final_newline), Just(head_comment))
        })
        .prop_map(|(tasks, crlf, final_newline, head_comment)| {
            let mut text =
                format!("format = 1{head_comment}\n\n[plan]\nid = \"p\"\ntitle = \"Kế hoạch\"\n\n");
            for t in tasks {
                text.push_str(&t);
                text.push('\n');
            }
            if !final_newline {
                while text.ends_with('\n') {
                    text.pop();
                }
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            text
        })
}

proptest! {
    #[test]
    fn rewriting_every_piece_unchanged_gives_identical_bytes(text in plan_text()) {
        let layout = plan::store::split(&text);
        let mut out = edit_text(&text[layout.head.clone()], |_| Ok(())).unwrap();
        for block in &layout.tasks {
            out.push_str(&edit_text(&text[block.range.clone()], |_| Ok(())).unwrap());
        }
        prop_assert_eq!(out, text);
    }

    #[test]
    fn an_edit_changes_only_its_own_block(text in plan_text(), pick in any::<prop::sample::Index>()) {
        let layout = plan::store::split(&text);
        prop_assume!(!layout.tasks.is_empty());
        let index = pick.index(layout.tasks.len());
        let block = &layout.tasks[index];
        let old_block = &text[block.range.clone()];
        let had_status = old_block.contains("status = ");
        let new_block = edit_text(old_block, |doc| {
            set_str(task_table(doc)?, "status", "done", before("status"));
            Ok(())
        })
        .unwrap();
        // Spliced back, the file differs in that block only.
        let new_text = format!("{}{new_block}{}", &text[..block.range.start], &text[block.range.end..]);
        let new_layout = plan::store::split(&new_text);
        prop_assert_eq!(new_layout.tasks.len(), layout.tasks.len());
        prop_assert_eq!(&new_text[new_layout.head.clone()], &text[layout.head.clone()]);
        for (i, (a, b)) in layout.tasks.iter().zip(&new_layout.tasks).enumerate() {
            if i != index {
                prop_assert_eq!(&new_text[b.range.clone()], &text[a.range.clone()]);
            }
        }
        // Within the block: one line changed, or one line added.
        let old_lines: Vec<&str> = old_block.lines().collect();
        let new_lines: Vec<&str> = new_block.lines().collect();
        if had_status {
            prop_assert_eq!(old_lines.len(), new_lines.len());
            let changed = old_lines.iter().zip(&new_lines).filter(|(a, b)| a != b).count();
            prop_assert_eq!(changed, 1);
        } else {
            prop_assert_eq!(new_lines.len(), old_lines.len() + 1);
            let kept: Vec<&&str> = new_lines.iter().filter(|l| **l != "status = \"done\"").collect();
            prop_assert_eq!(kept.len(), old_lines.len());
        }
    }
}

/// Pieces of plan files, shuffled into text that is often broken: good
/// pieces, broken values, merge-conflict markers, torn writes (NUL runs),
/// duplicate keys and tables, long dotted keys, deep nesting, look-alike
/// ids, hostile controls and unicode, and any text at all.
fn fragments() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("format = 1\n".to_string()),
        Just("[plan]\nid = \"p\"\ntitle = \"K\"\n".to_string()),
        Just("period = \"Năm 2020\"\n".to_string()),
        Just("[units.a]\nname = \"Phòng A\"\nmembers = [\"a\"]\n".to_string()),
        Just("[[task]]\nid = \"1\"\nlead = [\"a\"]\n".to_string()),
        Just("window = \"Tháng 13/2020\"\n".to_string()),
        Just("window = [\"2020-06\", \"2020-12\"]\nmilestones_done = [2020-06-01, 2020-07-01, 2020-08-01]\n".to_string()),
        Just("status = \"finished\"\ndone = 2020-13-45\n".to_string()),
        Just("done = 0000-01-01\nstatus = \"done\"\n".to_string()),
        Just("note = '''\n[[task]]\nid = \"1\"\n'''\n".to_string()),
        Just("title = \"\\u001b[2J\u{202e}\"\n".to_string()),
        Just("<<<<<<< HEAD\nstatus = \"done\"\n=======\nstatus = \"todo\"\n>>>>>>> origin/main\n".to_string()),
        Just("\0\0\0\0\0\0\0\0".to_string()),
        Just("id = \"1\"\nid = \"2\"\n".to_string()),
        Just("[units.a]\nname = \"A\"\n[units.a]\nname = \"B\"\n".to_string()),
        Just(format!("{} = 1\n", ["a"; 300].join("."))),
        Just(format!("[{}]\n", ["t"; 300].join("."))),
        Just(format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200))),
        Just(format!("y = {}1{}\n", "{ z = ".repeat(100), " }".repeat(100))),
        Just("[[task]]\nid = \"Ｔ７\"\n[[task]]\nid = \"T7\"\n".to_string()),
        Just("[[task]]\nid = \"T\u{200b}1\"\ntitle = \"T\u{feff}\u{2060}\"\n".to_string()),
        Just("id = \"Cafe\u{301}\"\nid2 = \"Café\"\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("title = \"\u{85}\u{2028}\u{9b}\u{61c}\"\n".to_string()),
        Just("n = 99999999999999999999999\nf = 1e99999\n".to_string()),
        "[ -~àáảãạăâđêôơư\\n\\[\\]\"'=#]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(20).collect()),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// Checks that every diagnostic points inside `text` (line 0 and column
/// 0 for one about the whole file) and is shown with no raw control.
fn assert_inside(text: &str, diagnostics: &[plan::diagnostic::Diagnostic]) {
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diagnostics {
        if d.line == 0 {
            assert_eq!(d.col, 0, "{d}");
        } else {
            assert!(
                d.line <= lines.len(),
                "line {} of {}: {d}",
                d.line,
                lines.len()
            );
            let chars = lines[d.line - 1].chars().count();
            assert!(
                d.col >= 1 && d.col <= chars + 1,
                "col {} of {chars}: {d}",
                d.col
            );
        }
        assert_shown_inert(d);
    }
}

/// A diagnostic as shown holds no member of the inert set raw.
fn assert_shown_inert(d: &plan::diagnostic::Diagnostic) {
    let shown = d.to_string();
    let raw: Vec<char> = shown
        .chars()
        .filter(|&c| plan::text::is_hazard(c))
        .collect();
    assert!(raw.is_empty(), "{raw:?} raw in {shown:?}");
}

proptest! {
    /// Whatever a plan file holds, reading and checking it never panics,
    /// every diagnostic points inside the file and none shows a control.
    #[test]
    fn reading_any_text_never_panics(text in fragments(), crlf in any::<bool>()) {
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        let (_, diagnostics) = plan::store::parse_str(std::path::Path::new("p.toml"), &text);
        assert_inside(&text, &diagnostics);
    }

    /// The same for the bytes of a file, through the encoding check: any
    /// bytes around the pieces (invalid UTF-8, UTF-16 marks, NUL runs).
    #[test]
    fn reading_any_bytes_never_panics(
        text in fragments(),
        before in prop::collection::vec(any::<u8>(), 0..8),
        after in prop::collection::vec(any::<u8>(), 0..8),
    ) {
        let bytes = [before, text.into_bytes(), after].concat();
        let (_, diagnostics) = plan::store::parse_bytes(std::path::Path::new("p.toml"), &bytes);
        // Columns count characters, which are never more than the bytes.
        let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        for d in &diagnostics {
            if d.line > 0 {
                prop_assert!(d.line <= lines.len(), "{d}");
                prop_assert!(d.col >= 1 && d.col <= lines[d.line - 1].len() + 1, "{d}");
            }
            assert_shown_inert(d);
        }
    }
}
