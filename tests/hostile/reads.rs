//! Reading untrusted plan files: special files and size limits, export targets, and TOML problems worded for what they are (merge conflicts, duplicate keys, torn writes).

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::process::Command;

use crate::common::{SEED, Sandbox, seed_text};

fn mkfifo(sandbox: &Sandbox, relative: &str) {
    let path = sandbox.path(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let status = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(status.success());
}

/// The seed plan with its first `from` replaced by `to`.
fn seed_with(from: &str, to: &str) -> String {
    let text = seed_text();
    assert!(text.contains(from), "seed lacks {from:?}");
    text.replacen(from, to, 1)
}

/// The 1-based line of the first `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

// --- special files and size limits

#[test]
fn a_fifo_is_refused_without_hanging() {
    let sandbox = Sandbox::empty();
    mkfifo(&sandbox, "fifo.toml");
    sandbox
        .plan()
        .args(["list", "-f", "fifo.toml"])
        .status(1)
        .stderr_contains("fifo.toml is not a regular file (it is a FIFO)")
        .stderr_contains("only regular files are read")
        .run();
}

#[test]
fn a_fifo_in_the_plans_folder_is_refused_for_reads_and_edits() {
    let sandbox = Sandbox::new();
    mkfifo(&sandbox, "plans/fifo.toml");
    for args in [&["list"][..], &["done", "1"], &["unit", "add", "x", "X"]] {
        sandbox
            .plan()
            .args(args)
            .status(1)
            .stderr_contains("plans/fifo.toml is not a regular file (it is a FIFO)")
            .run();
    }
    assert_eq!(sandbox.read(&format!("plans/{SEED}")), seed_text());
}

#[test]
fn an_edit_of_a_fifo_is_refused_without_hanging() {
    let sandbox = Sandbox::empty();
    mkfifo(&sandbox, "fifo.toml");
    sandbox
        .plan()
        .args(["done", "1", "-f", "fifo.toml"])
        .status(1)
        .stderr_contains("fifo.toml is not a regular file (it is a FIFO)")
        .run();
}

#[test]
fn a_link_to_a_device_is_refused_before_it_is_read() {
    let sandbox = Sandbox::empty();
    for device in ["/dev/zero", "/dev/urandom"] {
        let _ = fs::remove_file(sandbox.path("dev.toml"));
        std::os::unix::fs::symlink(device, sandbox.path("dev.toml")).unwrap();
        for args in [
            &["list", "-f", "dev.toml"][..],
            &["done", "1", "-f", "dev.toml"],
        ] {
            sandbox
                .plan()
                .args(args)
                .status(1)
                .stderr_contains("dev.toml is not a regular file (it is a character device)")
                .run();
        }
    }
}

#[test]
fn a_document_that_is_not_a_regular_file_is_not_imported() {
    let sandbox = Sandbox::empty();
    std::os::unix::fs::symlink("/dev/zero", sandbox.path("kh.txt")).unwrap();
    sandbox
        .plan()
        .args(["import", "kh.txt"])
        .status(1)
        .stderr_contains("kh.txt is not a regular file (it is a character device)")
        .run();
}

#[test]
fn a_sparse_file_over_the_limit_is_refused_without_reading_it() {
    let sandbox = Sandbox::empty();
    let path = sandbox.write("big.toml", "format = 1\n");
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(4 << 30)
        .unwrap();
    sandbox
        .plan()
        .args(["list", "-f", "big.toml"])
        .status(1)
        .stderr_contains("big.toml is larger than 64 MiB (64 MiB at most are read)")
        .stderr_contains("PLAN_MAX_FILE_SIZE")
        .run();
}

#[test]
fn the_size_limit_can_be_lowered_and_raised() {
    let sandbox = Sandbox::new();
    sandbox
        .plan()
        .args(["check"])
        .env("PLAN_MAX_FILE_SIZE", "1000")
        .status(1)
        .stderr_contains("is larger than 1000 bytes")
        .run();
    for args in [&["done", "1"][..], &["import", "plans/x.txt"]] {
        sandbox.write("plans/x.txt", &seed_text());
        sandbox
            .plan()
            .args(args)
            .env("PLAN_MAX_FILE_SIZE", "1K")
            .status(1)
            .stderr_contains("is larger than 1 KiB")
            .run();
        fs::remove_file(sandbox.path("plans/x.txt")).unwrap();
    }
    sandbox
        .plan()
        .args(["check"])
        .env("PLAN_MAX_FILE_SIZE", "1M")
        .stderr_contains("ok: 1 plan")
        .run();
    sandbox
        .plan()
        .args(["check"])
        .env("PLAN_MAX_FILE_SIZE", "lots")
        .status(2)
        .stderr_contains("PLAN_MAX_FILE_SIZE=\"lots\" is not a size")
        .run();
    assert_eq!(sandbox.read(&format!("plans/{SEED}")), seed_text());
}

// --- export targets

#[test]
fn an_output_that_is_a_loaded_plan_is_refused() {
    let sandbox = Sandbox::new();
    let seed = format!("plans/{SEED}");
    let other_spelling = format!("./plans/../plans/{SEED}");
    for args in [
        vec!["export", "--format", "json", "-o", seed.as_str()],
        vec!["report", "-o", other_spelling.as_str()],
        vec!["render", "-o", seed.as_str()],
    ] {
        sandbox
            .plan()
            .args(&args)
            .status(1)
            .stderr_contains("is a plan being read; nothing was written")
            .run();
    }
    assert_eq!(sandbox.read(&seed), seed_text());
}

#[test]
fn an_output_link_to_a_loaded_plan_is_refused() {
    let sandbox = Sandbox::new();
    std::os::unix::fs::symlink(format!("plans/{SEED}"), sandbox.path("out.csv")).unwrap();
    sandbox
        .plan()
        .args(["export", "--format", "csv", "-o", "out.csv"])
        .status(1)
        .stderr_contains("is a plan being read; nothing was written")
        .run();
    assert_eq!(sandbox.read(&format!("plans/{SEED}")), seed_text());
}

#[test]
fn an_export_replaces_its_target_by_rename_and_leaves_no_temporary_file() {
    let sandbox = Sandbox::new();
    let old = sandbox.write("out/cal.ics", "old");
    let inode = fs::metadata(&old).unwrap().ino();
    sandbox
        .plan()
        .args(["export", "--format", "ics", "-o", "out/cal.ics"])
        .stderr("wrote out/cal.ics\n")
        .run();
    assert!(sandbox.read("out/cal.ics").starts_with("BEGIN:VCALENDAR"));
    assert_ne!(fs::metadata(&old).unwrap().ino(), inode);
    assert_eq!(sandbox.listing("out"), ["cal.ics"]);
}

#[test]
fn a_read_only_output_is_refused_even_for_root() {
    let sandbox = Sandbox::new();
    let out = sandbox.write("report.md", "kept");
    fs::set_permissions(&out, fs::Permissions::from_mode(0o444)).unwrap();
    sandbox
        .plan()
        .args(["report", "--format", "md", "-o", "report.md"])
        .status(1)
        .stderr_contains("report.md is read-only")
        .run();
    let document = crate::common::root().join("tests/import/huyen-inline-labels.txt");
    fs::copy(document, sandbox.path("kh.txt")).unwrap();
    sandbox
        .plan()
        .args(["import", "kh.txt", "-o", "report.md", "--force"])
        .status(1)
        .stderr_contains("report.md is read-only")
        .run();
    assert_eq!(sandbox.read("report.md"), "kept");
    assert_eq!(sandbox.listing(""), ["kh.txt", "plans", "report.md"]);
}

#[test]
fn an_output_on_a_full_device_fails_cleanly() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    Sandbox::new()
        .plan()
        .args(["export", "--format", "json", "-o", "/dev/full"])
        .status(1)
        .stderr_contains("failed to write /dev/full")
        .run();
}

/// A tmpfs of `size` mounted at `dir` for the life of the value; None
/// where mounting is not allowed (not root, no mount namespace).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &std::path::Path, size: &str) -> Option<Tmpfs> {
        fs::create_dir_all(dir).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then(|| Tmpfs(dir.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_leaves_the_old_export_whole() {
    let sandbox = Sandbox::new();
    let Some(_disk) = Tmpfs::mount(&sandbox.path("out"), "8k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let old = "old export\n".repeat(300);
    sandbox.write("out/tasks.json", &old);
    sandbox
        .plan()
        .args(["export", "--format", "json", "-o", "out/tasks.json"])
        .status(1)
        .stderr_contains("failed to write out/tasks.json")
        .run();
    assert_eq!(sandbox.read("out/tasks.json"), old);
    assert_eq!(sandbox.listing("out"), ["tasks.json"]);
}

// --- TOML problems worded for what they are

fn conflicted() -> String {
    seed_with(
        "status = \"todo\"\n",
        "<<<<<<< HEAD\nstatus = \"todo\"\n=======\nstatus = \"done\"\ndone = 2020-05-01\n>>>>>>> theirs\n",
    )
}

#[test]
fn a_merge_conflict_is_reported_once_at_its_first_marker() {
    let sandbox = Sandbox::empty();
    let text = conflicted();
    sandbox.write("plans/kh.toml", &text);
    let line = line_of(&text, "<<<<<<<");
    for args in [&["list"][..], &["check"], &["done", "1"], &["done", "T9"]] {
        let out = sandbox
            .plan()
            .args(args)
            .status(1)
            .stderr_contains(format!(
                "plans/kh.toml:{line}:1: error: unresolved merge conflict"
            ))
            .stderr_lacks("invalid TOML")
            .run();
        assert_eq!(
            out.stderr.matches("error: unresolved").count(),
            1,
            "{args:?}"
        );
    }
    assert_eq!(sandbox.read("plans/kh.toml"), text);
}

#[test]
fn a_duplicate_key_names_both_places() {
    let text = seed_with(
        "id = \"trieu-son-2020-pcbldg\"\n",
        "id = \"trieu-son-2020-pcbldg\"\nid = \"x\"\n",
    );
    let first = line_of(&text, "id = \"trieu");
    let sandbox = Sandbox::empty();
    sandbox.write("kh.toml", &text);
    sandbox
        .plan()
        .args(["check", "-f", "kh.toml"])
        .status(1)
        .stderr_contains(format!(
            "kh.toml:{}:1: error: duplicate key `id`, first set on line {first}",
            first + 1
        ))
        .stderr_lacks("double quotes")
        .run();
}

#[test]
fn a_redefined_table_names_both_places() {
    let text = seed_with("[units.ldtbxh]", "[units.vhtt]");
    let first = line_of(&text, "[units.vhtt]");
    let second = text[..text.rfind("[units.vhtt]").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let sandbox = Sandbox::empty();
    sandbox.write("kh.toml", &text);
    let out = sandbox
        .plan()
        .args(["check", "-f", "kh.toml"])
        .status(1)
        .stderr_contains(format!(
            "kh.toml:{second}:8: error: table `units.vhtt` is defined twice, first on line {first}"
        ))
        .run();
    assert_eq!(out.stderr.matches(": error:").count(), 1, "{}", out.stderr);
}

#[test]
fn a_key_of_ten_thousand_parts_is_reported_at_its_line() {
    let key = vec!["a"; 10_000].join(".");
    let line = line_of(&seed_text(), "[[task]]");
    for text in [format!("{key} = 1\n"), format!("[{key}]\n")] {
        let sandbox = Sandbox::empty();
        sandbox.write(
            "kh.toml",
            &seed_with("[[task]]\n", &format!("{text}[[task]]\n")),
        );
        sandbox
            .plan()
            .args(["check", "-f", "kh.toml"])
            .status(1)
            .stderr_contains(format!("kh.toml:{line}:"))
            .stderr_contains("has 10000 parts")
            .stderr_lacks("kh.toml:1:1:")
            .run();
    }
}

#[test]
fn a_file_ending_in_zero_bytes_is_a_torn_write_not_utf16() {
    let text = seed_text();
    let cut = text[..text.find("[units.vhtt]").unwrap()].len() + "[units.vh".len();
    let mut bytes = text.as_bytes()[..cut].to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 4000));
    let sandbox = Sandbox::empty();
    sandbox.write_bytes("kh.toml", &bytes);
    let line = line_of(&text, "[units.vhtt]");
    sandbox
        .plan()
        .args(["check", "-f", "kh.toml"])
        .status(1)
        .stderr_contains(format!(
            "kh.toml:{line}:10: error: file ends in 4000 zero bytes, as a write cut short leaves it"
        ))
        .stderr_lacks("UTF-16")
        .run();
}

#[test]
fn each_toml_error_has_a_hint_of_its_own() {
    let sandbox = Sandbox::empty();
    sandbox.write("a.toml", &seed_with("status = \"todo\"", "status = todo"));
    sandbox
        .plan()
        .args(["check", "-f", "a.toml"])
        .status(1)
        .stderr_contains("hint: text values need double quotes")
        .run();
    sandbox.write("b.toml", &seed_with("status = \"todo\"", "status = \"todo"));
    sandbox
        .plan()
        .args(["check", "-f", "b.toml"])
        .status(1)
        .stderr_contains("hint: close the string with \" on the same line")
        .stderr_lacks("need double quotes")
        .run();
}

#[test]
fn a_done_date_outside_the_years_plan_reads_is_an_error() {
    for date in ["0000-01-01", "1899-12-31", "2201-01-01", "\"01/01/0000\""] {
        let sandbox = Sandbox::empty();
        sandbox.write(
            "kh.toml",
            &seed_with(
                "status = \"todo\"",
                &format!("status = \"done\"\ndone = {date}"),
            ),
        );
        sandbox
            .plan()
            .args(["check", "-f", "kh.toml"])
            .status(1)
            .stderr_contains("years run from 1900 to 2200")
            .run();
    }
}

// --- edits report the plan's own errors first

#[test]
fn an_edit_of_a_missing_task_reports_the_plans_errors_first() {
    let sandbox = Sandbox::empty();
    let text = "format = 1\n[plan\nid = \"x\"\n";
    sandbox.write("kh.toml", text);
    sandbox
        .plan()
        .args(["done", "T1", "-f", "kh.toml"])
        .status(1)
        .stderr_starts_with("kh.toml:2:")
        .stderr_contains("error: kh.toml has problems; fix them first")
        .stderr_lacks("its tasks are")
        .run();
    assert_eq!(sandbox.read("kh.toml"), text);
}

#[test]
fn an_edit_of_a_task_in_an_unreadable_plan_among_several_says_why() {
    let sandbox = Sandbox::new();
    let text = conflicted()
        .replacen("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"", 1)
        .replacen("id = \"1\"", "id = \"T9\"", 1);
    sandbox.write("plans/other.toml", &text);
    let line = line_of(&text, "<<<<<<<");
    sandbox
        .plan()
        .args(["done", "T9"])
        .status(1)
        .stderr_starts_with(format!(
            "plans/other.toml:{line}:1: error: unresolved merge conflict"
        ))
        .stderr_ends_with(
            "error: no task \"T9\" in the plans that could be read; fix the plan file above first (see `plan check`); nothing was written\n",
        )
        .run();
    assert_eq!(sandbox.read("plans/other.toml"), text);
}

#[test]
fn an_edit_of_a_task_also_in_an_unreadable_plan_edits_nothing() {
    // Task 3 is in the seed, and in another plan left mid-merge: which
    // plan is meant cannot be told, so neither is edited.
    let sandbox = Sandbox::new();
    let text = conflicted().replacen("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"", 1);
    sandbox.write("plans/other.toml", &text);
    let before = sandbox.snapshot();
    sandbox
        .plan()
        .args(["done", "3"])
        .status(1)
        .stderr_contains("error: unresolved merge conflict")
        .stderr_ends_with(
            "error: task \"3\" may be in a plan that cannot be read as well as in the plans that could be read; fix the plan file above first (see `plan check`); nothing was written\n",
        )
        .run();
    assert_eq!(sandbox.snapshot(), before);
}

// --- many problems in one file

/// The head of the seed plan (everything before its first task) followed
/// by `tasks`.
fn seed_head_with(tasks: &str) -> String {
    let text = seed_text();
    let head = &text[..text.find("[[task]]").unwrap()];
    format!("{head}{tasks}")
}

/// The number of `file:line:col: error:` lines in `stderr`.
fn positioned_errors(stderr: &str, file: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with(&format!("{file}:")) && l.contains(": error: "))
        .filter(|l| !l.contains("more problems"))
        .count()
}

#[test]
#[ignore = "slow: a 200,000-line plan takes some 10 s in a debug build"]
fn a_plan_with_an_unknown_key_on_each_of_200000_lines_shows_100_and_counts_the_rest() {
    let sandbox = Sandbox::empty();
    let keys: String = (0..200_000).map(|i| format!("bogus_{i} = 1\n")).collect();
    sandbox.write(
        "big.toml",
        &seed_with("[plan]\n", &format!("[plan]\n{keys}")),
    );
    let out = sandbox
        .plan()
        .args(["check", "-f", "big.toml"])
        .status(1)
        .stderr_contains("big.toml: error: 199900 more problems in this file are not shown\n")
        .stderr_ends_with("error: 200000 problems in 1 of 1 plan file\n")
        .run();
    assert_eq!(positioned_errors(&out.stderr, "big.toml"), 100);
    assert!(
        out.stderr
            .starts_with("big.toml:6:1: error: unknown field `bogus_0`")
    );
}

#[test]
fn check_counts_the_problems_it_does_not_show() {
    let sandbox = Sandbox::empty();
    let tasks: String = (1..=301)
        .map(|i| {
            format!(
                "[[task]]\nid = \"T{i}\"\ntitle = \"t\"\nlead = [\"vhtt\"]\nwindow = \"Tháng 13/2020\"\n\n"
            )
        })
        .collect();
    sandbox.write("p.toml", &seed_head_with(&tasks));
    let out = sandbox
        .plan()
        .args(["check", "-f", "p.toml"])
        .status(1)
        .stderr_contains("p.toml: error: 201 more problems in this file are not shown\n")
        .stderr_ends_with("error: 301 problems in 1 of 1 plan file\n")
        .run();
    assert_eq!(positioned_errors(&out.stderr, "p.toml"), 100);
}

// --- a quoted `[[task]]` header

#[test]
fn a_task_under_a_quoted_header_is_edited_as_it_is_read() {
    for header in [r#"[["task"]]"#, "[['task']]", r#"  [[ "task" ]] # một"#] {
        let sandbox = Sandbox::empty();
        let text = seed_with("[[task]]\nid = \"1\"", &format!("{header}\nid = \"1\""));
        sandbox.write("p.toml", &text);
        sandbox
            .plan()
            .args(["-f", "p.toml", "done", "1"])
            .stderr("p.toml: task 1 done on 01/07/2020\n")
            .run();
        let after = sandbox.read("p.toml");
        assert!(after.contains(&format!("{header}\nid = \"1\"")), "{after}");
        sandbox
            .plan()
            .args(["-f", "p.toml", "check"])
            .stderr_any()
            .run();
    }
}

#[test]
fn a_task_under_a_quoted_header_in_a_large_plan_is_found() {
    // From 1 MiB on an edit looks for the task's block instead of cutting
    // the whole file: that search knows the quoted header too.
    let sandbox = Sandbox::empty();
    let mut tasks: String = (1..=12000)
        .map(|i| format!("[[task]]\nid = \"T{i}\"\ntitle = \"Việc số {i} của kế hoạch\"\nlead = [\"vhtt\"]\nwindow = \"Năm 2020\"\n\n"))
        .collect();
    tasks.push_str(
        "[['task']]\nid = \"Q\"\ntitle = \"q\"\nlead = [\"vhtt\"]\nwindow = \"Năm 2020\"\n",
    );
    let text = seed_head_with(&tasks);
    assert!(text.len() > 1 << 20);
    sandbox.write("p.toml", &text);
    sandbox
        .plan()
        .args(["-f", "p.toml", "done", "Q"])
        .stderr("p.toml: task Q done on 01/07/2020\n")
        .run();
    let after = sandbox.read("p.toml");
    let q = &after[after.find("[['task']]\nid = \"Q\"").unwrap()..];
    assert!(q.contains("status = \"done\""), "{q}");
}

// --- symbolic links in plans/

#[test]
fn a_folder_link_that_loops_is_walked_once() {
    for target in [".", "..", "/"] {
        let sandbox = Sandbox::new();
        std::os::unix::fs::symlink(target, sandbox.path("plans/loop")).unwrap();
        let out = sandbox.plan().args(["check"]).stderr_any().run();
        assert!(out.stderr.starts_with("ok: 1 plan, "), "{}", out.stderr);
    }
}

#[test]
fn a_file_linked_beside_itself_is_read_once_and_edited_in_place() {
    let sandbox = Sandbox::new();
    std::os::unix::fs::symlink(SEED, sandbox.path("plans/link.toml")).unwrap();
    let out = sandbox.plan().args(["check"]).stderr_any().run();
    assert!(out.stderr.starts_with("ok: 1 plan, "), "{}", out.stderr);
    sandbox
        .plan()
        .args(["done", "1"])
        .stderr(format!("plans/{SEED}: task 1 done on 01/07/2020\n"))
        .run();
    let link = fs::symlink_metadata(sandbox.path("plans/link.toml")).unwrap();
    assert!(link.file_type().is_symlink());
    assert_ne!(sandbox.read(&format!("plans/{SEED}")), seed_text());
}

// --- a duplicate id spelled another way in a large plan

/// A plan of 301 tasks T1…T301, with task 200's id line written `id_line`.
fn plan_with_id_line(id_line: &str) -> String {
    let tasks: String = (1..=301)
        .map(|i| {
            let id = if i == 200 {
                id_line.to_string()
            } else {
                format!("id = \"T{i}\"")
            };
            format!("[[task]]\n{id}\ntitle = \"t\"\nlead = [\"vhtt\"]\nwindow = \"Năm 2020\"\n\n")
        })
        .collect();
    seed_head_with(&tasks)
}

#[test]
fn an_edit_of_a_duplicate_id_spelled_another_way_is_refused_in_a_large_plan() {
    for id_line in [
        "id = 'T7'",
        "id = \"T\\u0037\"",
        "\"id\" = \"T7\"",
        "id='T7'",
    ] {
        let sandbox = Sandbox::empty();
        let text = plan_with_id_line(id_line);
        sandbox.write("p.toml", &text);
        let line = line_of(&text, id_line);
        sandbox
            .plan()
            .args(["-f", "p.toml", "check"])
            .status(1)
            .stderr_contains(format!("p.toml:{line}:"))
            .stderr_contains("T7")
            .stderr_any()
            .run();
        sandbox
            .plan()
            .args(["-f", "p.toml", "done", "T7"])
            .status(1)
            .stderr_contains(format!("p.toml:{line}:"))
            .stderr_any()
            .run();
        assert_eq!(sandbox.read("p.toml"), text, "{id_line}");
    }
}

#[test]
fn a_plan_of_duplicate_keys_and_tables_on_every_line_shows_100_and_counts_the_rest() {
    let sandbox = Sandbox::empty();
    let keys: String = (0..10_000)
        .map(|i| format!("k{i} = 1\nk{i} = 2\n"))
        .collect();
    let tables: String = (0..5_000).map(|i| format!("[x{i}]\n[x{i}]\n")).collect();
    let text = format!(
        "{}{tables}",
        seed_with("[plan]\n", &format!("[plan]\n{keys}"))
    );
    sandbox.write("dup.toml", &text);
    let out = sandbox
        .plan()
        .args(["check", "-f", "dup.toml"])
        .status(1)
        .stderr_contains("dup.toml:7:1: error: duplicate key `k0`, first set on line 6\n")
        .stderr_contains("dup.toml: error: 14900 more problems in this file are not shown\n")
        .stderr_ends_with("error: 15000 problems in 1 of 1 plan file\n")
        .run();
    assert_eq!(positioned_errors(&out.stderr, "dup.toml"), 100);
}

#[test]
fn a_link_to_a_folder_outside_the_tree_is_still_followed() {
    let sandbox = Sandbox::new();
    let other = seed_text().replacen("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"", 1);
    sandbox.write("shared/other.toml", &other);
    std::os::unix::fs::symlink("../shared", sandbox.path("plans/shared")).unwrap();
    let out = sandbox.plan().args(["check"]).stderr_any().run();
    assert!(out.stderr.starts_with("ok: 2 plans, "), "{}", out.stderr);
}
