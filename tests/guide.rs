//! The Vietnamese user guide (docs/huong-dan.md) and the README's tour show
//! real output: each `console` block's `$ plan …` lines are run in order in
//! one sandbox per document (the seed plan in `plans/`, a corpus document
//! as `kh-cung-dong.txt`, a broken plan as `sai.toml`), in Vietnamese, and
//! what they print (stderr, then stdout; nothing of stdout after `>`) must
//! be the text below them. `PLAN_UPDATE_GUIDE=1 cargo test --test guide`
//! writes the outputs into the documents instead.

mod common;

use std::fs;

use common::{Sandbox, root};

/// The words of a command line as a POSIX shell splits it (double quotes
/// only: the guide needs no more).
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            _ => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

/// A broken plan for the guide's example of errors.
fn broken() -> String {
    let seed = fs::read_to_string(root().join("plans/trieu-son-2020-pcbldg.toml")).unwrap();
    seed.replacen("status = \"todo\"", "status = \"xongg\"", 1)
        .replacen("window = \"Tháng 8/2020\"", "window = \"Tháng 13/2020\"", 1)
}

/// What `plan` prints for `line` in the sandbox.
fn run(sandbox: &Sandbox, line: &str) -> String {
    let mut args = words(line);
    assert_eq!(args[0], "plan", "guide line {line:?} does not run plan");
    let redirect = args.iter().position(|a| a == ">");
    let target = redirect.map(|at| {
        let target = args[at + 1].clone();
        args.truncate(at);
        target
    });
    let output = common::command(sandbox.root())
        .env("PLAN_LANG", "vi")
        .args(&args[1..])
        .output()
        .unwrap();
    let mut text = String::from_utf8(output.stderr).unwrap();
    match target {
        Some(target) => fs::write(sandbox.path(&target), output.stdout).unwrap(),
        None => text.push_str(&String::from_utf8(output.stdout).unwrap()),
    }
    text
}

#[test]
fn the_guide_shows_what_plan_prints() {
    check_document("docs/huong-dan.md", "", 8);
}

#[test]
fn the_readme_tour_shows_what_plan_prints() {
    check_document("README.md", "## A short tour", 6);
}

/// Runs the console blocks of `relative` from the heading `section` (the
/// whole document when empty) to the next heading of its level, and
/// checks them, or writes their outputs in.
fn check_document(relative: &str, section: &str, least: usize) {
    let path = root().join(relative);
    let document = fs::read_to_string(&path).unwrap();
    let (before, guide, after) = match section {
        "" => ("", document.as_str(), ""),
        _ => {
            let start = document.find(section).expect("the section");
            let level = section.split(' ').next().unwrap();
            let end = document[start + section.len()..]
                .find(&format!("\n{level} "))
                .map_or(document.len(), |e| start + section.len() + e + 1);
            (&document[..start], &document[start..end], &document[end..])
        }
    };
    let s = Sandbox::new();
    s.write_bytes(
        "kh-cung-dong.txt",
        &fs::read(root().join("tests/import/corpus/huyen-ke-hoach-cung-dong.txt")).unwrap(),
    );
    s.write("sai.toml", &broken());
    let mut written = String::new();
    let mut lines = guide.split_inclusive('\n').peekable();
    let mut mismatches = Vec::new();
    let mut commands = 0;
    while let Some(line) = lines.next() {
        written.push_str(line);
        if line.trim_end() != "```console" {
            continue;
        }
        // The block: `$ ` lines, each followed by its output, up to ```.
        let mut shown = String::new();
        let mut actual = String::new();
        for line in lines.by_ref() {
            if line.trim_end() == "```" {
                break;
            }
            shown.push_str(line);
        }
        let mut expected_block = String::new();
        for part in shown.split_inclusive('\n') {
            if let Some(command) = part.strip_prefix("$ ") {
                commands += 1;
                actual.push_str(part);
                actual.push_str(&run(&s, command.trim_end()));
            }
            expected_block.push_str(part);
        }
        if actual != expected_block {
            mismatches.push(format!(
                "--- guide:\n{expected_block}--- plan printed:\n{actual}"
            ));
        }
        written.push_str(&actual);
        written.push_str("```\n");
    }
    assert!(commands >= least, "only {commands} commands in {relative}");
    if std::env::var_os("PLAN_UPDATE_GUIDE").is_some() {
        fs::write(&path, format!("{before}{written}{after}")).unwrap();
        return;
    }
    assert!(
        mismatches.is_empty(),
        "{relative}: the output differs (PLAN_UPDATE_GUIDE=1 rewrites it):\n{}",
        mismatches.join("\n")
    );
}
