//! End-to-end tests of the edit commands: byte-for-byte cases in
//! tests/cases/<name>/{in.toml,args,out.toml}, failures that must leave the
//! file untouched, and concurrent edits.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

const TODAY: &str = "2020-07-01";

fn plan(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("plan").unwrap();
    cmd.current_dir(dir)
        .env_remove("PLAN_FILE")
        .env("PLAN_TODAY", TODAY)
        .env("COLUMNS", "100");
    cmd
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn case_args(case: &Path) -> Vec<String> {
    fs::read_to_string(case.join("args"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// Every file name in `dir`.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn check_passes(dir: &Path, file: &str) {
    let out = plan(dir).args(["-f", file, "check"]).output().unwrap();
    assert!(
        out.status.success(),
        "check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run every case; `PLAN_BLESS=1` writes a missing out.toml for review.
#[test]
fn edit_cases_give_exactly_the_expected_bytes() {
    let mut count = 0;
    let mut entries: Vec<_> = fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for case in entries {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = TempDir::new().unwrap();
        fs::copy(case.join("in.toml"), dir.path().join("plan.toml")).unwrap();
        let args = case_args(&case);
        let out = plan(dir.path())
            .args(["-f", "plan.toml"])
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got = fs::read(dir.path().join("plan.toml")).unwrap();
        let expected_path = case.join("out.toml");
        if !expected_path.exists() && std::env::var_os("PLAN_BLESS").is_some() {
            fs::write(&expected_path, &got).unwrap();
        }
        let expected = fs::read(&expected_path).unwrap_or_else(|_| panic!("{name}: no out.toml"));
        assert!(
            got == expected,
            "{name}: got\n{}\nexpected\n{}",
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&expected)
        );
        assert_eq!(listing(dir.path()), ["plan.toml"], "{name}: leftovers");
        check_passes(dir.path(), "plan.toml");
        count += 1;
    }
    assert!(count >= 20, "only {count} cases");
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let mut entries: Vec<_> = fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for case in entries {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = TempDir::new().unwrap();
        fs::copy(case.join("in.toml"), dir.path().join("plan.toml")).unwrap();
        let before = fs::read(dir.path().join("plan.toml")).unwrap();
        let out = plan(dir.path())
            .args(["-f", "plan.toml"])
            .args(case_args(&case))
            .arg("--dry-run")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.starts_with("--- a/plan.toml\n+++ b/plan.toml\n@@ "),
            "{name}: {stdout}"
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("(dry run: nothing written)"));
        assert_eq!(
            fs::read(dir.path().join("plan.toml")).unwrap(),
            before,
            "{name}"
        );
        assert_eq!(listing(dir.path()), ["plan.toml"], "{name}: leftovers");
    }
}

#[test]
fn done_4_on_the_seed_changes_only_task_4s_status_lines() {
    let dir = TempDir::new().unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/trieu-son-2020-pcbldg.toml");
    fs::copy(&seed, dir.path().join("plan.toml")).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "4", "--dry-run"])
        .output()
        .unwrap();
    let diff = String::from_utf8(out.stdout).unwrap();
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| {
            (l.starts_with('+') || l.starts_with('-'))
                && !l.starts_with("+++")
                && !l.starts_with("---")
        })
        .collect();
    assert_eq!(changed, ["+milestones_done = [2020-07-01]"]);
    assert!(
        diff.contains(" window = \"Tháng 6, tháng 12/2020\"\n status = \"todo\"\n"),
        "{diff}"
    );
}

#[test]
fn editing_a_large_plan_touches_only_its_task_even_when_a_note_looks_like_a_task() {
    // A note quoting another task's id line: the whole file is cut into blocks.
    let (text, out, after) = done_in_large_plan(
        "\n[[task]]\nid = \"17\"\ntitle = \"Trích dẫn\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = \"\"\"\n[[task]]\nid = \"5000\"\n\"\"\"\n",
        "5000",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        after == done_expected(&text, "5000"),
        "the edit touched more than task 5000"
    );
}

// --- idempotence -------------------------------------------------------------

#[test]
fn done_on_a_done_task_changes_nothing_and_exits_0() {
    let dir = TempDir::new().unwrap();
    let case = cases_dir().join("reopen-done");
    fs::copy(case.join("in.toml"), dir.path().join("plan.toml")).unwrap();
    let before = fs::read(dir.path().join("plan.toml")).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "plan.toml: task 1 is already done on 20/06/2020; nothing changed\n"
    );
    assert_eq!(fs::read(dir.path().join("plan.toml")).unwrap(), before);
}

#[test]
fn done_on_a_cancelled_task_says_so() {
    let dir = TempDir::new().unwrap();
    let text = fs::read_to_string(cases_dir().join("plain-done/in.toml"))
        .unwrap()
        .replacen("status = \"todo\"", "status = \"cancelled\"", 1);
    fs::write(dir.path().join("plan.toml"), &text).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("task 1 is cancelled; nothing changed"));
    assert_eq!(
        fs::read_to_string(dir.path().join("plan.toml")).unwrap(),
        text
    );
}

// --- failures leave the file as it was -------------------------------------------

fn failing(args: &[&str], setup: impl Fn(&Path)) -> (Output, Vec<u8>, Vec<u8>, Vec<String>) {
    let dir = TempDir::new().unwrap();
    fs::copy(
        cases_dir().join("plain-done/in.toml"),
        dir.path().join("plan.toml"),
    )
    .unwrap();
    setup(dir.path());
    let before = fs::read(dir.path().join("plan.toml")).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml"])
        .args(args)
        .output()
        .unwrap();
    let after = fs::read(dir.path().join("plan.toml")).unwrap();
    let files = listing(dir.path());
    (out, before, after, files)
}

fn assert_refused(args: &[&str], message: &str) {
    let (out, before, after, files) = failing(args, |_| {});
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.contains(message), "{args:?}: {stderr}");
    assert_eq!(before, after, "{args:?} changed the file");
    assert_eq!(files, ["plan.toml"], "{args:?} left files behind");
}

#[test]
fn unknown_task_id_is_refused() {
    assert_refused(
        &["done", "9"],
        "no task \"9\" in plan.toml; its tasks are 1, 2",
    );
}

#[test]
fn unreadable_window_is_refused() {
    assert_refused(
        &["set", "1", "window", "Tháng 13/2020"],
        "cannot use window \"Tháng 13/2020\": month 13 does not exist",
    );
    assert_refused(
        &[
            "add",
            "--title",
            "x",
            "--lead",
            "vhtt",
            "--window",
            "sớm nhất có thể",
        ],
        "cannot use window",
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
    assert_refused(
        &["assign", "1", "--lead", "Bộ Công an"],
        "no unit matches \"Bộ Công an\"",
    );
}

#[test]
fn removing_the_last_lead_is_refused() {
    let (out, before, after, files) = failing(&["unassign", "2", "ca"], |_| {});
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("task has no lead unit"), "{stderr}");
    assert!(
        stderr.contains("the edit would leave the plan invalid (the lines above are the plan as edited); nothing was written"),
        "{stderr}"
    );
    assert_eq!(before, after);
    assert_eq!(files, ["plan.toml"]);
}

#[test]
fn a_plan_with_errors_is_not_edited() {
    let (out, before, after, files) = failing(&["done", "1"], |dir| {
        let text = fs::read_to_string(dir.join("plan.toml")).unwrap();
        fs::write(
            dir.join("plan.toml"),
            text.replace("status = \"todo\"", "status = \"xong\""),
        )
        .unwrap();
    });
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown status \"xong\""));
    assert_eq!(before, after);
    assert_eq!(files, ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn read_only_plan_is_refused_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let (out, before, after, files) = failing(&["done", "1"], |dir| {
        fs::set_permissions(dir.join("plan.toml"), fs::Permissions::from_mode(0o444)).unwrap();
    });
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: plan.toml is read-only; make it writable (chmod u+w) to edit it\n"
    );
    assert_eq!(before, after);
    assert_eq!(files, ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn symlinked_plan_is_written_through_and_the_link_kept() {
    let dir = TempDir::new().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    fs::copy(
        cases_dir().join("plain-done/in.toml"),
        dir.path().join("real/kh.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("real/kh.toml", dir.path().join("plan.toml")).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "1", "--on", "2020-06-28"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        fs::symlink_metadata(dir.path().join("plan.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read(dir.path().join("real/kh.toml")).unwrap(),
        fs::read(cases_dir().join("plain-done/out.toml")).unwrap()
    );
    assert_eq!(listing(&dir.path().join("real")), ["kh.toml"]);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    fs::copy(
        cases_dir().join("plain-done/in.toml"),
        dir.path().join("plan.toml"),
    )
    .unwrap();
    fs::set_permissions(
        dir.path().join("plan.toml"),
        fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mode = fs::metadata(dir.path().join("plan.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
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
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("plan.toml"), sixteen()).unwrap();
    let children: Vec<_> = (1..=16)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
                .current_dir(dir.path())
                .env("PLAN_TODAY", TODAY)
                .args(["-f", "plan.toml", "done", &i.to_string()])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = plan(dir.path())
        .args([
            "-f",
            "plan.toml",
            "list",
            "--status",
            "done",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 17);
    check_passes(dir.path(), "plan.toml");
    assert_eq!(listing(dir.path()), ["plan.toml"]);
}

#[test]
fn an_edit_waits_for_the_lock_and_gives_up_cleanly() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("plan.toml"), sixteen()).unwrap();
    let before = fs::read(dir.path().join("plan.toml")).unwrap();
    let lock = fs::File::create(dir.path().join(".plan.toml.lock")).unwrap();
    lock.lock().unwrap();
    let out = plan(dir.path())
        .env("PLAN_LOCK_TIMEOUT", "0.2")
        .args(["-f", "plan.toml", "done", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("another edit of this plan holds"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(fs::read(dir.path().join("plan.toml")).unwrap(), before);
    drop(lock);
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_waiting_leaves_no_files_behind() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("plan.toml"), sixteen()).unwrap();
    let before = fs::read(dir.path().join("plan.toml")).unwrap();
    // Another holder keeps the lock, so the edit is waiting when the signal comes.
    let holder = fs::File::create(dir.path().join(".plan.toml.lock")).unwrap();
    holder.lock().unwrap();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
        .current_dir(dir.path())
        .env("PLAN_LOCK_TIMEOUT", "30")
        .args(["-f", "plan.toml", "done", "1"])
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
    assert_eq!(fs::read(dir.path().join("plan.toml")).unwrap(), before);
    drop(holder);
    // The holder's lock file is the holder's business; ours left nothing else.
    let files: Vec<String> = listing(dir.path())
        .into_iter()
        .filter(|f| f != ".plan.toml.lock")
        .collect();
    assert_eq!(files, ["plan.toml"]);
}

#[test]
fn with_several_plans_a_task_is_named_plan_colon_id() {
    let dir = TempDir::new().unwrap();
    let seed = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/trieu-son-2020-pcbldg.toml"),
    )
    .unwrap();
    fs::create_dir(dir.path().join("plans")).unwrap();
    fs::write(dir.path().join("plans/a.toml"), &seed).unwrap();
    let other = seed.replace("id = \"trieu-son-2020-pcbldg\"", "id = \"other\"");
    fs::write(dir.path().join("plans/b.toml"), &other).unwrap();
    let out = plan(dir.path()).args(["done", "4"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: task \"4\" is in several plans; name one: trieu-son-2020-pcbldg:4, other:4\n"
    );
    let out = plan(dir.path())
        .args(["done", "other:4", "--on", "2020-06-29"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("plans/a.toml")).unwrap(),
        seed
    );
    assert!(
        fs::read_to_string(dir.path().join("plans/b.toml"))
            .unwrap()
            .contains("milestones_done = [2020-06-29]")
    );
    let out = plan(dir.path())
        .args([
            "add",
            "--title",
            "Sơ kết",
            "--lead",
            "vhtt",
            "--window",
            "Tháng 12/2020",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("2 plans are loaded; name one with --plan ID")
    );
}

#[test]
fn an_error_in_another_task_is_the_plans_not_the_edits() {
    let (out, before, after, _) = failing(&["done", "2"], |dir| {
        let text = fs::read_to_string(dir.join("plan.toml")).unwrap();
        fs::write(
            dir.join("plan.toml"),
            text.replacen("status = \"todo\"", "status = \"xong\"", 1),
        )
        .unwrap();
    });
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("has problems; fix them first"), "{stderr}");
    assert!(!stderr.contains("the edit would leave"), "{stderr}");
    assert_eq!(before, after);
}

/// Regression: after `set status todo` on a done milestone task, `done`
/// closed a milestone past the end and panicked.
#[test]
fn done_after_reopening_a_milestone_task_by_set_closes_its_last_milestone() {
    let dir = TempDir::new().unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/trieu-son-2020-pcbldg.toml");
    fs::copy(&seed, dir.path().join("plan.toml")).unwrap();
    for args in [
        &["done", "4", "--on", "2020-06-01"][..],
        &["done", "4", "--on", "2020-12-01"],
        &["set", "4", "status", "todo"],
    ] {
        let out = plan(dir.path())
            .args(["-f", "plan.toml"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = fs::read_to_string(dir.path().join("plan.toml")).unwrap();
    assert!(
        text.contains("status = \"todo\"\nmilestones_done = [2020-06-01]\n"),
        "{text}"
    );
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "4", "--on", "2020-12-20"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("milestone 2 of 2"));
    check_passes(dir.path(), "plan.toml");
}

#[test]
fn an_id_line_inside_a_multiline_string_does_not_fool_an_edit() {
    let dir = TempDir::new().unwrap();
    let text = "format = 1\n[plan]\nid = \"p\"\ntitle = \"K\"\nperiod = \"Năm 2020\"\n[units.a]\nname = \"Phòng A\"\n\n[[task]]\ntitle = \"x\"\nnote = \"\"\"\nid = \"2\"\n\"\"\"\nid = \"1\"\nlead = [\"a\"]\nwindow = \"2020\"\n\n[[task]]\nid = \"2\"\ntitle = \"y\"\nlead = [\"a\"]\nwindow = \"2020\"\n";
    fs::write(dir.path().join("plan.toml"), text).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "2", "--on", "2020-05-05"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "plan.toml: task 2 done on 05/05/2020\n"
    );
    let after = fs::read_to_string(dir.path().join("plan.toml")).unwrap();
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
    let (text, out, after) = done_in_large_plan("", "4321");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        after == done_expected(&text, "4321"),
        "the edit touched more than task 4321"
    );
}

/// `plan done ID --on 2020-12-01` on a large plan holding `middle`: the
/// plan before, the command's output, and the plan after (which must still
/// pass `plan check`).
fn done_in_large_plan(middle: &str, id: &str) -> (String, Output, String) {
    let dir = TempDir::new().unwrap();
    let text = large_plan(middle);
    fs::write(dir.path().join("plan.toml"), &text).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", id, "--on", "2020-12-01"])
        .output()
        .unwrap();
    check_passes(dir.path(), "plan.toml");
    let after = fs::read_to_string(dir.path().join("plan.toml")).unwrap();
    (text, out, after)
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

/// Regression: a `[[task]]` quoted in a multi-line literal string of a large
/// plan was taken for a task and edited inside the string.
#[test]
fn a_task_quoted_in_a_string_of_a_large_plan_is_not_edited() {
    let (text, out, after) = done_in_large_plan(
        "\n[[task]]\nid = \"17\"\ntitle = \"Trích dẫn\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = '''\n[[task]]\nid = \"9999\"\ntitle = \"fake\"\nlead = [\"vhtt\"]\nwindow = \"2020\"\nnote = '''\n# '''\n",
        "9999",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no task \"9999\""), "{stderr}");
    assert!(after == text, "the file changed");
}

#[test]
fn a_completion_day_outside_the_plans_period_is_recorded_with_a_note() {
    let dir = TempDir::new().unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/trieu-son-2020-pcbldg.toml");
    fs::copy(&seed, dir.path().join("plan.toml")).unwrap();
    let out = plan(dir.path())
        .args(["-f", "plan.toml", "done", "7", "--on", "01/01/1990"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "plan.toml: task 7 done on 01/01/1990 (note: before the plan's period, Năm 2020)\n"
    );
    assert!(
        fs::read_to_string(dir.path().join("plan.toml"))
            .unwrap()
            .contains("done = 1990-01-01")
    );
}

/// Regression: `reopen` of an open task said "nothing changed" and exited 0
/// on a plan with errors elsewhere.
#[test]
fn nothing_to_change_on_a_plan_with_errors_still_fails() {
    let (out, before, after, _) = failing(&["reopen", "1"], |dir| {
        let text = fs::read_to_string(dir.join("plan.toml")).unwrap();
        fs::write(
            dir.join("plan.toml"),
            text.replacen(
                "status = \"todo\"\n\n[[task]]\nid = \"2\"",
                "status = \"todo\"\n\n[[task]]\nid = \"2\"\nstatus = \"xong\"",
                1,
            ),
        )
        .unwrap();
    });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("has problems; fix them first"), "{stderr}");
    assert_eq!(before, after);
}
