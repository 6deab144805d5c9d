//! Every problem the reader reports about a plan file, in Vietnamese,
//! carries no English word: the plan texts of the reader's tests (every
//! string literal of them that looks like a plan) are read again in
//! Vietnamese, and each diagnostic, with what it expected and its hint, is
//! searched for English words.

use std::path::Path;

use crate::i18n::{Lang, in_lang};
use crate::window::vietnamese_tests::{english_words, literals};

/// The plan texts of the reader's tests.
fn plan_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() || path.file_name().is_some_and(|n| n == "vietnamese_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let tests = text.find("#[cfg(test)]").map_or("", |at| &text[at..]);
        texts.extend(
            literals(tests)
                .into_iter()
                .filter(|t| t.contains("[plan]") || t.contains("[[task]]")),
        );
    }
    texts.extend(BROKEN.iter().map(|t| t.to_string()));
    texts.sort();
    texts.dedup();
    texts
}

/// Broken plans of every other kind the reader reports.
const BROKEN: &[&str] = &[
    "[plan]\nid = \"a b\"\ntitle = \"t\"\nperiod = \"Thường xuyên\"\nbasis = 3\n[plan.x]\n",
    "format = 2\nunits = 1\n",
    "format = 1\n[plan]\nid = \"a\"\ntitle = \"t\"\nperiod = \"Năm 2020\"\nreview = [\"lead\", \"period\"]\n",
    "format = 1\n[plan]\nid = \"a\"\ntitle = \"t\"\n[units.a]\nname = \"A\"\nmembers = [\"a\", \"b\"]\n\
     [units.b]\nname = \"A\"\nmembers = [\"c\"]\n[units.c]\nname = \"C\"\nmembers = [\"b\"]\n\
     [units.d]\nname = \"D\"\nmembers = \"x\"\n[[responsibility]]\nunit = \"zz\"\n",
    "format = 1\n[plan]\nid = \"a\"\ntitle = \"t\"\nperiod = \"Năm 2020\"\n[units.a]\nname = \"A\"\n\
     [[task]]\nid = 4\ntitle = \"\"\nlead = [\"a\", \"a\"]\npartners = [\"a\"]\nwindow = \"Tháng 6/2020\"\n\
     status = \"todo\"\ndone = \"hôm qua\"\nmilestones_done = [\"2020-06-01\"]\nreview = [\"partners\", \"note\"]\n\
     [[task]]\nid = \"5\"\ntitle = \"t\"\nwindow = [\"Tháng 6/2020\", \"Thường xuyên\"]\ndone = 1800-01-01\n\
     [[task]]\nid = \"6\"\ntitle = \"t\"\nwindow = []\nstatus = 3\n\
     [[task]]\nid = \"7\"\ntitle = \"t\"\nwindow = \"Tháng 6, tháng 12/2020\"\n\
     milestones_done = [\"2020-06-01\", \"2020-12-01\"]\nstatus = \"doing\"\n\
     [[task]]\nid = \"8\"\ntitle = \"t\"\nwindow = \"Tháng 6/2020\"\nreview = [\"window\", \"lead\", \"title\"]\n",
    "format = 1\n[plan]\nid = \"a\"\ntitle = \"t\"\n[[task]]\nid = \"1\"\ntitle = \"t\"\nwindow = \"Tháng 6\"\n\
     [[task]]\nid = \"2\"\ntitle = \"t\"\nwindow = \"Hằng tháng\"\nreview = [\"window\"]\n\
     [[task]]\nid = \"3\"\ntitle = \"t\"\nwindow = \"Tháng sáu\"\nreview = [\"window\"]\n",
    "format = 1\r[plan]\r",
    "format = 1\n<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> b\n",
    "format = 1\n[plan]\nid = \"a\"\nid = \"b\"\n[plan]\nx = [1 2]\ny = \"\\q\"\nz = 1__0\n[a\nw = tru\n",
];

#[test]
fn every_plan_file_problem_in_vietnamese_carries_no_english_word() {
    let texts = plan_texts();
    let mut told = 0;
    let mut english = Vec::new();
    in_lang(Lang::Vi, || {
        for text in &texts {
            let mut bytes = text.as_bytes().to_vec();
            let (_, diagnostics) = super::parse_bytes(Path::new("p.toml"), &bytes);
            let mut diagnostics = diagnostics;
            // The same text cut short, and in another encoding.
            bytes.extend([0; 3]);
            diagnostics.extend(super::parse_bytes(Path::new("p.toml"), &bytes).1);
            let legacy: Vec<u8> = text
                .bytes()
                .map(|b| if b >= 0x80 { 0xE0 } else { b })
                .collect();
            diagnostics.extend(super::parse_bytes(Path::new("p.toml"), &legacy).1);
            for d in diagnostics {
                told += 1;
                let parts = [Some(&d.message), d.expected.as_ref(), d.hint.as_ref()];
                for said in parts.into_iter().flatten() {
                    let words = english_words(said);
                    if !words.is_empty() {
                        english.push(format!("{said:?} has {words:?}"));
                    }
                }
            }
        }
    });
    english.sort();
    english.dedup();
    assert!(told > 50, "only {told} problems were told");
    assert!(english.is_empty(), "{}", english.join("\n"));
}

/// The `diag-` keys the code names outside `t!` (looked up at run time,
/// as the TOML parser's kinds are) are in both catalogs.
#[test]
fn every_diagnostics_key_named_in_the_code_is_in_both_catalogs() {
    let mut missing = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices("\"diag-") {
                let key: String = text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if key.len() > "diag-".len()
                    && Lang::ALL.iter().any(|lang| !crate::i18n::has(*lang, &key))
                {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
