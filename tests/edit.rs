//! End-to-end tests of the edit commands: byte-for-byte cases in
//! tests/cases/<name>/{in.toml,args,out.toml,stderr[,stdout]}, failures
//! that must leave the file untouched, and concurrent edits.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Sandbox, Test, seed};

fn cases_dir() -> PathBuf {
    common::root().join("tests/cases")
}

/// A case's arguments, one a line.
fn case_args(case: &Path) -> Vec<String> {
    fs::read_to_string(case.join("args"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// A case's expected `file` (stderr, stdout, out.toml); `PLAN_BLESS=1`
/// writes a missing one from what the run gave, for review.
fn expected(case: &Path, file: &str, got: &[u8]) -> Vec<u8> {
    let path = case.join(file);
    if !path.exists() && std::env::var_os("PLAN_BLESS").is_some() && !got.is_empty() {
        fs::write(&path, got).unwrap();
    }
    fs::read(&path).unwrap_or_default()
}

/// `plan check` passes on `file` in `sandbox`.
fn check_passes(sandbox: &Sandbox, file: &str) {
    sandbox
        .plan()
        .args(["-f", file, "check"])
        .stderr_regex(r"^ok: 1 plan, \d+ tasks?\n$")
        .run();
}

/// Runs case `name`: the edit gives out.toml byte for byte and prints the
/// case's stderr (and stdout, when it has one), leaves no other file, and
/// the plan it writes passes `plan check`.
fn edit_case(name: &str) {
    let case = cases_dir().join(name);
    let s = Sandbox::with_plan(&case.join("in.toml"));
    let bless = std::env::var_os("PLAN_BLESS").is_some();
    let test = s.plan().args(["-f", "plan.toml"]).args(case_args(&case));
    let out = if bless {
        test.stdout_any().stderr_any().run()
    } else {
        let stderr = String::from_utf8(expected(&case, "stderr", b"")).unwrap();
        let stdout = String::from_utf8(expected(&case, "stdout", b"")).unwrap();
        assert!(!stderr.is_empty(), "{name}: no stderr file");
        test.stdout(stdout).stderr(stderr).run()
    };
    expected(&case, "stderr", out.stderr.as_bytes());
    expected(&case, "stdout", out.stdout.as_bytes());
    let got = s.read_bytes("plan.toml");
    let want = expected(&case, "out.toml", &got);
    assert!(
        got == want,
        "{name}: got\n{}\nexpected\n{}",
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&want)
    );
    assert_eq!(s.listing(""), ["plan.toml"], "{name}: leftovers");
    check_passes(&s, "plan.toml");
}

/// Runs case `name` with `--dry-run`: the same message marked as a dry
/// run, a unified diff whose lines come from in.toml and out.toml, and
/// the file untouched.
fn dry_run_case(name: &str) {
    let case = cases_dir().join(name);
    let s = Sandbox::with_plan(&case.join("in.toml"));
    let before = s.read_bytes("plan.toml");
    let message = fs::read_to_string(case.join("stderr")).unwrap();
    let out = s
        .plan()
        .args(["-f", "plan.toml"])
        .args(case_args(&case))
        .arg("--dry-run")
        .stdout_starts_with("--- a/plan.toml\n+++ b/plan.toml\n@@ ")
        .stderr(format!(
            "{} (dry run: nothing written)\n",
            message.trim_end_matches('\n')
        ))
        .run();
    let lines = |file: &str| -> Vec<String> {
        String::from_utf8_lossy(&fs::read(case.join(file)).unwrap())
            .lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect()
    };
    let (old, new) = (lines("in.toml"), lines("out.toml"));
    let body = out.stdout.lines().skip(2).filter(|l| !l.starts_with("@@ "));
    for line in body {
        let (mark, text) = line.split_at(1);
        let text = text.trim_end_matches('\r').to_string();
        match mark {
            "-" => assert!(old.contains(&text), "{name}: {line:?} not in in.toml"),
            "+" => assert!(new.contains(&text), "{name}: {line:?} not in out.toml"),
            " " => assert!(
                old.contains(&text) && new.contains(&text),
                "{name}: {line:?}"
            ),
            "\\" => {}
            _ => panic!("{name}: not a diff line: {line:?}"),
        }
    }
    assert_eq!(s.read_bytes("plan.toml"), before, "{name}");
    assert_eq!(s.listing(""), ["plan.toml"], "{name}: leftovers");
}

/// Every case folder, by name (`-` written `_`): one test of the edit and
/// one of its dry run each.
macro_rules! cases {
    ($($case:ident),* $(,)?) => {
        const CASES: &[&str] = &[$(stringify!($case)),*];

        mod edit_cases_give_exactly_the_expected_bytes {
            $(
                #[test]
                fn $case() {
                    super::edit_case(&stringify!($case).replace('_', "-"));
                }
            )*
        }

        mod dry_run_prints_the_diff_and_writes_nothing {
            $(
                #[test]
                fn $case() {
                    super::dry_run_case(&stringify!($case).replace('_', "-"));
                }
            )*
        }
    };
}

cases! {
    add_task,
    add_task_crlf_no_final_newline,
    assign_moves_partner_to_lead,
    bom_done,
    comments_done_with_note,
    comments_set_status,
    crlf_done,
    literal_quotes_done,
    multiline_assign,
    multiline_done_milestone,
    no_final_newline_done,
    plain_done,
    reopen_done,
    review_assign_lead_clears_mark,
    review_set_condition_replaces_unread_window,
    review_set_condition_clears_mark,
    review_set_window_clears_mark,
    seed_assign_3,
    seed_done_4,
    seed_done_6_note,
    set_note_removed,
    set_status_in_vietnamese,
    set_window,
    unassign,
    unassign_last_lead,
    unit_add,
    unit_alias,
}

#[test]
fn every_case_folder_is_listed_and_every_listed_case_has_a_folder() {
    let mut folders: Vec<String> = fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.replace('_', "-")).collect();
    listed.sort();
    assert_eq!(
        folders, listed,
        "cases! in tests/edit.rs and tests/cases/ differ"
    );
    for name in &folders {
        for file in ["in.toml", "args", "out.toml", "stderr"] {
            assert!(
                cases_dir().join(name).join(file).is_file(),
                "{name}: no {file}"
            );
        }
    }
}

#[test]
fn done_4_on_the_seed_changes_only_task_4s_status_lines() {
    let s = Sandbox::with_plan(&seed());
    let out = s
        .plan()
        .args(["-f", "plan.toml", "done", "4", "--dry-run"])
        .stdout_starts_with("--- a/plan.toml\n+++ b/plan.toml\n@@ ")
        .stdout_contains(" window = \"Tháng 6, tháng 12/2020\"\n status = \"todo\"\n")
        .stderr(
            "plan.toml: task 4: milestone 1 of 2 (due 30/06/2020) done on 01/07/2020 (dry run: nothing written)\n",
        )
        .run();
    let changed: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| {
            (l.starts_with('+') || l.starts_with('-'))
                && !l.starts_with("+++")
                && !l.starts_with("---")
        })
        .collect();
    assert_eq!(changed, ["+milestones_done = [2020-07-01]"]);
}

#[test]
fn editing_a_large_plan_touches_only_its_task_even_when_a_note_looks_like_a_task() {
    // A note quoting another task's id line: the whole file is cut into blocks.
    let (text, after) = done_in_large_plan(
        "\n[[task]]\nid = \"17\"\ntitle = \"Trích dẫn\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = \"\"\"\n[[task]]\nid = \"5000\"\n\"\"\"\n",
        "5000",
        |t| t.stderr("plan.toml: task 5000 done on 01/12/2020\n"),
    );
    assert!(
        after == done_expected(&text, "5000"),
        "the edit touched more than task 5000"
    );
}

// --- idempotence -------------------------------------------------------------

#[test]
fn done_on_a_done_task_changes_nothing_and_exits_0() {
    let s = Sandbox::with_plan(&cases_dir().join("reopen-done/in.toml"));
    let before = s.read_bytes("plan.toml");
    s.plan()
        .args(["-f", "plan.toml", "done", "1"])
        .stderr("plan.toml: task 1 is already done on 20/06/2020; nothing changed\n")
        .run();
    assert_eq!(s.read_bytes("plan.toml"), before);
}

#[test]
fn done_on_a_cancelled_task_says_so() {
    let s = Sandbox::empty();
    let text = fs::read_to_string(cases_dir().join("plain-done/in.toml"))
        .unwrap()
        .replacen("status = \"todo\"", "status = \"cancelled\"", 1);
    s.write("plan.toml", &text);
    s.plan()
        .args(["-f", "plan.toml", "done", "1"])
        .stderr("plan.toml: task 1 is cancelled; nothing changed (`plan reopen 1` first to work on it again)\n")
        .run();
    assert_eq!(s.read("plan.toml"), text);
}

// --- failures leave the file as it was -------------------------------------------

/// Runs `plan -f plan.toml ARGS` on a copy of the plain-done case's plan,
/// changed first by `setup`, with the expectations `expect` adds; the
/// file must be as it was and alone in its folder afterwards.
fn failing(args: &[&str], setup: impl Fn(&Sandbox), expect: impl FnOnce(Test) -> Test) {
    let s = Sandbox::with_plan(&cases_dir().join("plain-done/in.toml"));
    setup(&s);
    let before = s.read_bytes("plan.toml");
    expect(s.plan().args(["-f", "plan.toml"]).args(args)).run();
    assert!(
        s.read_bytes("plan.toml") == before,
        "{args:?} changed the file"
    );
    assert_eq!(s.listing(""), ["plan.toml"], "{args:?} left files behind");
}

/// `args` fail with exit 1 and exactly `message` on stderr.
fn assert_refused(args: &[&str], message: &str) {
    failing(args, |_| {}, |t| t.status(1).stderr(message));
}

/// The plain-done plan with its first `status = "todo"` made "finished".
fn with_bad_status(s: &Sandbox) {
    let text = s.read("plan.toml");
    s.write(
        "plan.toml",
        &text.replacen("status = \"todo\"", "status = \"finished\"", 1),
    );
}

#[test]
fn unknown_task_id_is_refused() {
    assert_refused(
        &["done", "9"],
        "error: no task \"9\" in plan.toml; its tasks are 1, 2\n",
    );
}

#[test]
fn unreadable_window_is_refused() {
    assert_refused(
        &["set", "1", "window", "Tháng 13/2020"],
        "error: cannot use window \"Tháng 13/2020\": month 13 does not exist (months run from 1 to 12); \
         accepted forms are listed in the README under Time windows\n",
    );
    failing(
        &[
            "add",
            "--title",
            "x",
            "--lead",
            "vhtt",
            "--window",
            "sớm nhất có thể",
        ],
        |_| {},
        |t| {
            t.status(1)
                .stderr_starts_with("error: cannot use window \"sớm nhất có thể\"")
        },
    );
}

#[test]
fn ambiguous_unit_is_refused_listing_candidates() {
    assert_refused(
        &["assign", "1", "--partner", "ng"],
        "error: unit \"ng\" is ambiguous: vhtt (Phòng Văn hóa và Thông tin), ca (Công an huyện)\n",
    );
}

#[test]
fn unknown_unit_is_refused() {
    failing(
        &["assign", "1", "--lead", "Bộ Công an"],
        |_| {},
        |t| {
            t.status(1)
                .stderr_starts_with("error: no unit matches \"Bộ Công an\"")
        },
    );
}

#[test]
fn a_plan_with_errors_is_not_edited() {
    failing(&["done", "1"], with_bad_status, |t| {
        t.status(1)
            .stderr_starts_with("plan.toml:")
            .stderr_contains("error: unknown status \"finished\"")
    });
}

#[cfg(unix)]
#[test]
fn read_only_plan_is_refused_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    failing(
        &["done", "1"],
        |s| {
            fs::set_permissions(s.path("plan.toml"), fs::Permissions::from_mode(0o444)).unwrap();
        },
        |t| {
            t.status(1)
                .stderr("error: plan.toml is read-only; make it writable (chmod u+w) to edit it\n")
        },
    );
}

#[cfg(unix)]
#[test]
fn symlinked_plan_is_written_through_and_the_link_kept() {
    let s = Sandbox::empty();
    s.write(
        "real/kh.toml",
        &fs::read_to_string(cases_dir().join("plain-done/in.toml")).unwrap(),
    );
    std::os::unix::fs::symlink("real/kh.toml", s.path("plan.toml")).unwrap();
    s.plan()
        .args(["-f", "plan.toml", "done", "1", "--on", "2020-06-28"])
        .stderr("plan.toml: task 1 done on 28/06/2020\n")
        .run();
    assert!(
        fs::symlink_metadata(s.path("plan.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        s.read_bytes("real/kh.toml"),
        fs::read(cases_dir().join("plain-done/out.toml")).unwrap()
    );
    assert_eq!(s.listing("real"), ["kh.toml"]);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::with_plan(&cases_dir().join("plain-done/in.toml"));
    fs::set_permissions(s.path("plan.toml"), fs::Permissions::from_mode(0o600)).unwrap();
    s.plan()
        .args(["-f", "plan.toml", "done", "1"])
        .stderr("plan.toml: task 1 done on 01/07/2020\n")
        .run();
    let mode = fs::metadata(s.path("plan.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        s.read("plan.toml")
            .contains("status = \"done\"\ndone = 2020-07-01\n")
    );
}

// --- locking -------------------------------------------------------------------

/// A plan of sixteen tasks.
fn sixteen() -> String {
    let mut text = String::from(
        "format = 1\n\n[plan]\nid = \"p\"\ntitle = \"Kế hoạch\"\nperiod = \"Năm 2020\"\n\n[units.vhtt]\nname = \"Phòng Văn hóa và Thông tin\"\n",
    );
    for i in 1..=16 {
        text.push_str(&format!(
            "\n[[task]]\nid = \"{i}\"\ntitle = \"Nhiệm vụ {i}\"\nlead = [\"vhtt\"]\nwindow = \"Tháng {}/2020\"\nstatus = \"todo\"\n",
            (i - 1) % 12 + 1
        ));
    }
    text
}

#[test]
fn sixteen_concurrent_done_commands_all_land() {
    let s = Sandbox::empty();
    s.write("plan.toml", &sixteen());
    std::thread::scope(|scope| {
        for i in 1..=16 {
            let s = &s;
            scope.spawn(move || {
                s.plan()
                    .args(["-f", "plan.toml", "done", &i.to_string()])
                    .stderr(format!("plan.toml: task {i} done on 01/07/2020\n"))
                    .run();
            });
        }
    });
    let out = s
        .plan()
        .args([
            "-f",
            "plan.toml",
            "list",
            "--status",
            "done",
            "--format",
            "csv",
        ])
        .stdout_any()
        .run();
    assert_eq!(out.stdout.lines().count(), 17);
    assert_eq!(
        s.read("plan.toml").matches("done = 2020-07-01\n").count(),
        16
    );
    check_passes(&s, "plan.toml");
    assert_eq!(s.listing(""), ["plan.toml"]);
}

#[test]
fn an_edit_waits_for_the_lock_and_gives_up_cleanly() {
    let s = Sandbox::empty();
    s.write("plan.toml", &sixteen());
    let before = s.read_bytes("plan.toml");
    let lock = fs::File::create(s.path(".plan.toml.lock")).unwrap();
    lock.lock().unwrap();
    let start = std::time::Instant::now();
    s.plan()
        .env("PLAN_LOCK_TIMEOUT", "0.2")
        .args(["-f", "plan.toml", "done", "1"])
        .status(1)
        .stderr(
            "error: another edit of this plan holds [TEMP]/.plan.toml.lock; gave up after 0.2 s \
             (if no `plan` is running, remove that file)\n",
        )
        .run();
    assert!(start.elapsed() >= std::time::Duration::from_millis(200));
    assert_eq!(s.read_bytes("plan.toml"), before);
    drop(lock);
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_waiting_leaves_no_files_behind() {
    let s = Sandbox::empty();
    s.write("plan.toml", &sixteen());
    let before = s.read_bytes("plan.toml");
    // Another holder keeps the lock, so the edit is waiting when the signal comes.
    let holder = fs::File::create(s.path(".plan.toml.lock")).unwrap();
    holder.lock().unwrap();
    // A signal needs the process itself, so this one run is driven by hand.
    let child = common::command(s.root())
        .env("PLAN_LOCK_TIMEOUT", "30")
        .args(["-f", "plan.toml", "done", "1"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Give the child time to start and reach its wait for the lock.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(s.read_bytes("plan.toml"), before);
    drop(holder);
    // The holder's lock file is the holder's business; ours left nothing else.
    let files: Vec<String> = s
        .listing("")
        .into_iter()
        .filter(|f| f != ".plan.toml.lock")
        .collect();
    assert_eq!(files, ["plan.toml"]);
}

#[test]
fn with_several_plans_a_task_is_named_plan_colon_id() {
    let s = Sandbox::empty();
    let seed = common::seed_text();
    s.write("plans/a.toml", &seed);
    let other = seed.replace("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"");
    s.write("plans/b.toml", &other);
    s.plan()
        .args(["done", "4"])
        .status(1)
        .stderr(
            "error: task \"4\" is in several plans; name one: trieu-son-2020-pcbldg:4, other:4\n",
        )
        .run();
    s.plan()
        .args(["done", "other:4", "--on", "2020-06-29"])
        .stderr("plans/b.toml: task 4: milestone 1 of 2 (due 30/06/2020) done on 29/06/2020\n")
        .run();
    assert_eq!(s.read("plans/a.toml"), seed);
    assert!(
        s.read("plans/b.toml")
            .contains("milestones_done = [2020-06-29]")
    );
    s.plan()
        .args([
            "add",
            "--title",
            "Sơ kết",
            "--lead",
            "vhtt",
            "--window",
            "Tháng 12/2020",
        ])
        .status(1)
        .stderr(
            "error: 2 plans are loaded; name one with --plan ID (trieu-son-2020-pcbldg, other) or -f FILE\n",
        )
        .run();
}

#[test]
fn an_error_in_another_task_is_the_plans_not_the_edits() {
    failing(&["done", "2"], with_bad_status, |t| {
        t.status(1)
            .stderr_contains("error: unknown status \"finished\"")
            .stderr_contains("has problems; fix them first")
            .stderr_lacks("the edit would leave")
    });
}

/// Regression: after `set status todo` on a done milestone task, `done`
/// closed a milestone past the end and panicked.
#[test]
fn done_after_reopening_a_milestone_task_by_set_closes_its_last_milestone() {
    let s = Sandbox::with_plan(&seed());
    for (args, message) in [
        (
            &["done", "4", "--on", "2020-06-01"][..],
            "plan.toml: task 4: milestone 1 of 2 (due 30/06/2020) done on 01/06/2020\n",
        ),
        (
            &["done", "4", "--on", "2020-12-01"],
            "plan.toml: task 4: milestone 2 of 2 (due 31/12/2020) done on 01/12/2020; the task is done\n",
        ),
        (
            &["set", "4", "status", "todo"],
            "plan.toml: task 4: status set\n",
        ),
    ] {
        s.plan()
            .args(["-f", "plan.toml"])
            .args(args)
            .stderr(message)
            .run();
    }
    let text = s.read("plan.toml");
    assert!(
        text.contains("status = \"todo\"\nmilestones_done = [2020-06-01]\n"),
        "{text}"
    );
    s.plan()
        .args(["-f", "plan.toml", "done", "4", "--on", "2020-12-20"])
        .stderr(
            "plan.toml: task 4: milestone 2 of 2 (due 31/12/2020) done on 20/12/2020; the task is done\n",
        )
        .run();
    check_passes(&s, "plan.toml");
}

#[test]
fn an_id_line_inside_a_multiline_string_does_not_fool_an_edit() {
    let s = Sandbox::empty();
    let text = "format = 1\n[plan]\nid = \"p\"\ntitle = \"K\"\nperiod = \"Năm 2020\"\n[units.a]\nname = \"Phòng A\"\n\n[[task]]\ntitle = \"x\"\nnote = \"\"\"\nid = \"2\"\n\"\"\"\nid = \"1\"\nlead = [\"a\"]\nwindow = \"2020\"\n\n[[task]]\nid = \"2\"\ntitle = \"y\"\nlead = [\"a\"]\nwindow = \"2020\"\n";
    s.write("plan.toml", text);
    s.plan()
        .args(["-f", "plan.toml", "done", "2", "--on", "2020-05-05"])
        .stderr("plan.toml: task 2 done on 05/05/2020\n")
        .run();
    let after = s.read("plan.toml");
    let first = text.find("[[task]]\nid = \"2\"").unwrap();
    assert_eq!(&after[..first], &text[..first], "task 1 was touched");
    assert!(
        after.ends_with("window = \"2020\"\nstatus = \"done\"\ndone = 2020-05-05\n"),
        "{after}"
    );
}

/// A plan of more than a megabyte: the sixteen tasks, `middle`, then
/// thousands more.
fn large_plan(middle: &str) -> String {
    let mut text = sixteen();
    text.push_str(middle);
    for i in 18..9000 {
        text.push_str(&format!(
            "\n[[task]]\nid = \"{i}\"\ntitle = \"Tổ chức tuyên truyền, phổ biến văn bản quy phạm pháp luật, lần {i}\"\nlead = [\"vhtt\"]\nwindow = \"Năm 2020\"\nstatus = \"todo\"\n"
        ));
    }
    assert!(text.len() > 1 << 20);
    text
}

#[test]
fn editing_a_large_plan_by_its_id_line_changes_only_that_block() {
    let (text, after) = done_in_large_plan("", "4321", |t| {
        t.stderr("plan.toml: task 4321 done on 01/12/2020\n")
    });
    assert!(
        after == done_expected(&text, "4321"),
        "the edit touched more than task 4321"
    );
}

/// `plan done ID --on 2020-12-01` on a large plan holding `middle`, with
/// the expectations `expect` adds: the plan before and after (which must
/// still pass `plan check`).
fn done_in_large_plan(
    middle: &str,
    id: &str,
    expect: impl FnOnce(Test) -> Test,
) -> (String, String) {
    let (s, text) = done_in(middle, id, expect);
    check_passes(&s, "plan.toml");
    (text, s.read("plan.toml"))
}

/// The sandbox after `plan done ID` on a large plan holding `middle`, and
/// the plan before.
fn done_in(middle: &str, id: &str, expect: impl FnOnce(Test) -> Test) -> (Sandbox, String) {
    let s = Sandbox::empty();
    let text = large_plan(middle);
    s.write("plan.toml", &text);
    expect(
        s.plan()
            .args(["-f", "plan.toml", "done", id, "--on", "2020-12-01"]),
    )
    .run();
    (s, text)
}

/// A large plan with task `id` (one of the generated ones) marked done on
/// 2020-12-01, and nothing else changed.
fn done_expected(text: &str, id: &str) -> String {
    let block =
        format!("lần {id}\"\nlead = [\"vhtt\"]\nwindow = \"Năm 2020\"\nstatus = \"todo\"\n");
    assert_eq!(text.matches(&block).count(), 1);
    text.replace(
        &block,
        &block.replace(
            "status = \"todo\"\n",
            "status = \"done\"\ndone = 2020-12-01\n",
        ),
    )
}

/// A large plan written with CRLF line endings and a byte-order mark: the
/// edit of one task, written as the bytes around its block and the new
/// block, keeps both and changes that block alone.
#[test]
fn editing_a_large_crlf_plan_with_a_bom_keeps_its_endings_and_mark() {
    let s = Sandbox::empty();
    let text = large_plan("");
    let crlf = |t: &str| t.replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(crlf(&text).as_bytes());
    s.write_bytes("plan.toml", &bytes);
    s.plan()
        .args(["-f", "plan.toml", "done", "4321", "--on", "2020-12-01"])
        .stderr("plan.toml: task 4321 done on 01/12/2020\n")
        .run();
    let mut expected = b"\xEF\xBB\xBF".to_vec();
    expected.extend_from_slice(crlf(&done_expected(&text, "4321")).as_bytes());
    assert!(
        s.read_bytes("plan.toml") == expected,
        "the edit touched more than task 4321"
    );
    check_passes(&s, "plan.toml");
}

/// In a large plan, another task spelling the edited task's id another way
/// (`id = '4321'`) is a duplicate: the plan is refused as it is, unchanged.
#[test]
fn a_large_plan_with_the_id_spelled_twice_is_refused_unchanged() {
    let (text, after) = done_in_large_plan_unchecked(
        "\n[[task]]\nid = '4321'\ntitle = \"Trùng\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\n",
        "4321",
        |t| t.status(1).stderr_contains("has problems; fix them first"),
    );
    assert!(after == text, "the file changed");
}

/// An escape elsewhere in a large plan (`\u00e9`) could spell the edited
/// id: the blocks' id lines are looked at, and the edit goes through.
#[test]
fn a_large_plan_with_an_escape_elsewhere_is_edited_in_its_task_alone() {
    let middle =
        "\n[[task]]\nid = \"17\"\ntitle = \"Caf\\u00e9\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\n";
    let (text, after) = done_in_large_plan(middle, "4321", |t| {
        t.stderr("plan.toml: task 4321 done on 01/12/2020\n")
    });
    assert!(
        after == done_expected(&text, "4321"),
        "the edit touched more than task 4321"
    );
}

/// [`done_in_large_plan`] for a plan that does not pass `plan check`.
fn done_in_large_plan_unchecked(
    middle: &str,
    id: &str,
    expect: impl FnOnce(Test) -> Test,
) -> (String, String) {
    let (s, text) = done_in(middle, id, expect);
    (text, s.read("plan.toml"))
}

/// Regression: a `[[task]]` quoted in a multi-line literal string of a large
/// plan was taken for a task and edited inside the string.
#[test]
fn a_task_quoted_in_a_string_of_a_large_plan_is_not_edited() {
    let (text, after) = done_in_large_plan(
        "\n[[task]]\nid = \"17\"\ntitle = \"Trích dẫn\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = '''\n[[task]]\nid = \"9999\"\ntitle = \"fake\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = '''\n# '''\n",
        "9999",
        |t| {
            t.status(1)
                .stderr_starts_with("error: no task \"9999\" in plan.toml")
        },
    );
    assert!(after == text, "the file changed");
}

#[test]
fn a_completion_day_outside_the_plans_period_is_recorded_with_a_note() {
    let s = Sandbox::with_plan(&seed());
    s.plan()
        .args(["-f", "plan.toml", "done", "7", "--on", "01/01/1990"])
        .stderr("plan.toml: task 7 done on 01/01/1990 (note: before the plan's period, Năm 2020)\n")
        .run();
    assert!(s.read("plan.toml").contains("done = 1990-01-01"));
}

/// Regression: `reopen` of an open task said "nothing changed" and exited 0
/// on a plan with errors elsewhere.
#[test]
fn nothing_to_change_on_a_plan_with_errors_still_fails() {
    failing(
        &["reopen", "1"],
        |s| {
            let text = s.read("plan.toml");
            s.write(
                "plan.toml",
                &text.replacen(
                    "status = \"todo\"\n\n[[task]]\nid = \"2\"",
                    "status = \"todo\"\n\n[[task]]\nid = \"2\"\nstatus = \"finished\"",
                    1,
                ),
            );
        },
        |t| {
            t.status(1)
                .stderr_contains("has problems; fix them first")
                .stderr_lacks("nothing changed")
        },
    );
}

/// `--format json` on an edit: what changed, field by field, with old and
/// new values, on stdout and nothing on stderr; the file is written as
/// without it.
#[test]
fn an_edit_in_json_says_which_fields_changed() {
    let s = Sandbox::with_plan(&seed());
    let out = s
        .plan()
        .args([
            "-f",
            "plan.toml",
            "done",
            "4",
            "--on",
            "2020-06-28",
            "--format",
            "json",
        ])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["task"], "4");
    assert_eq!(doc["changed"], true);
    assert_eq!(doc["written"], true);
    assert_eq!(
        doc["changes"],
        serde_json::json!([{"field": "milestones_done", "old": null, "new": ["2020-06-28"]}])
    );
    assert!(
        s.read("plan.toml")
            .contains("milestones_done = [2020-06-28]")
    );
}

/// A title, window, condition or note typed with a control or invisible
/// character is refused, the plan untouched: it would reach every output
/// and the official document. A note may run over several lines.
#[test]
fn a_task_text_with_a_control_character_is_refused() {
    let s = Sandbox::new();
    let before = s.snapshot();
    s.plan()
        .args(["set", "3", "title", "Tên\u{1b}[31m đỏ"])
        .status(1)
        .stderr(
            "error: title \"Tên\\u{1b}[31m đỏ\" holds a control or invisible character; \
             write it as printed text on one line\n",
        )
        .run();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args([
            "add",
            "--title",
            "X\u{200b}Y",
            "--lead",
            "vhtt",
            "--window",
            "Tháng 9/2020",
        ])
        .status(1)
        .stderr(
            "lỗi: tên nhiệm vụ \"X\\u{200b}Y\" có ký tự điều khiển hoặc ký tự ẩn; hãy viết \
             thành chữ in ra được, trên một dòng\n",
        )
        .run();
    s.plan()
        .args(["set", "3", "note", "a\tb"])
        .status(1)
        .stderr_contains("note \"a\\u{9}b\" holds a control or invisible character")
        .run();
    assert_eq!(s.snapshot(), before, "nothing written");
    s.plan()
        .args(["set", "3", "note", "dòng 1\ndòng 2"])
        .stderr_contains("note set")
        .run();
}

/// A milestone number past what a float holds is said as typed.
#[test]
fn a_huge_milestone_number_is_said_as_typed() {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "4", "--milestone", "9007199254740993"])
        .status(1)
        .stderr("error: task 4 has 2 milestones; there is no milestone 9007199254740993\n")
        .run();
}
