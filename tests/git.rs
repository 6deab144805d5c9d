//! Plans shared through git, with real git in temporary repositories: two
//! clones of one hub edit the seed plan and pull each other's work through
//! `plan merge`, the merge driver. Only the same field changed two ways
//! leaves a conflict, and only around that field.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{SEED, seed_text};
use tempfile::TempDir;

/// git with no configuration but the repository's own, a fixed author and
/// a fixed clock.
fn git_command(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Văn thư")
        .env("GIT_AUTHOR_EMAIL", "vanthu@example.org")
        .env("GIT_COMMITTER_NAME", "Văn thư")
        .env("GIT_COMMITTER_EMAIL", "vanthu@example.org")
        .env("GIT_AUTHOR_DATE", "2020-07-01T08:00:00+07:00")
        .env("GIT_COMMITTER_DATE", "2020-07-01T08:00:00+07:00")
        // The merge driver speaks English here, as the other runs do.
        .env("PLAN_LANG", "en")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    cmd
}

fn run(mut cmd: Command) -> Output {
    cmd.output().unwrap()
}

/// Run git; it must succeed.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = run({
        let mut cmd = git_command(dir);
        cmd.args(args);
        cmd
    });
    assert!(
        out.status.success(),
        "git {args:?} in {}: {}{}",
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Run plan in `dir`; its output.
fn plan(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = common::command(dir);
    cmd.args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Văn thư")
        .env("GIT_AUTHOR_EMAIL", "vanthu@example.org")
        .env("GIT_COMMITTER_NAME", "Văn thư")
        .env("GIT_COMMITTER_EMAIL", "vanthu@example.org");
    run(cmd)
}

/// Run plan in `dir`; it must succeed.
fn plan_ok(dir: &Path, args: &[&str]) -> String {
    let out = plan(dir, args);
    assert!(
        out.status.success(),
        "plan {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

/// A hub (bare) holding the seed plan with the merge driver declared, and
/// two clones of it, each with the driver configured.
struct Office {
    _dir: TempDir,
    root: PathBuf,
}

impl Office {
    fn new() -> Office {
        Office::with(&seed_text())
    }

    fn with(plan_text: &str) -> Office {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let start = root.join("start");
        fs::create_dir_all(start.join("plans")).unwrap();
        fs::write(start.join("plans").join(SEED), plan_text).unwrap();
        git(&start, &["init", "-q", "-b", "main"]);
        plan_ok(&start, &["git", "setup"]);
        git(&start, &["add", "."]);
        git(&start, &["commit", "-q", "-m", "Kế hoạch"]);
        git(&root, &["clone", "-q", "--bare", "start", "hub.git"]);
        for clerk in ["huyen", "xa"] {
            git(&root, &["clone", "-q", "hub.git", clerk]);
            let said = plan_ok(&root.join(clerk), &["git", "setup"]);
            // The attribute came with the clone: only the config is new.
            assert!(!said.contains(".gitattributes"), "{said}");
        }
        Office { _dir: dir, root }
    }

    fn clone(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Commit what `clerk` changed and push it.
    fn push(&self, clerk: &str, message: &str) {
        let dir = self.clone(clerk);
        git(&dir, &["commit", "-q", "-am", message]);
        git(&dir, &["push", "-q", "origin", "main"]);
    }

    /// Commit what `clerk` changed and pull the hub's work with a merge.
    fn commit_and_pull(&self, clerk: &str, message: &str) -> Output {
        let dir = self.clone(clerk);
        git(&dir, &["commit", "-q", "-am", message]);
        run({
            let mut cmd = git_command(&dir);
            cmd.args(["pull", "-q", "--no-rebase", "origin", "main"]);
            cmd
        })
    }

    fn text(&self, clerk: &str) -> String {
        fs::read_to_string(self.clone(clerk).join("plans").join(SEED)).unwrap()
    }

    fn check_passes(&self, clerk: &str) {
        let out = plan(&self.clone(clerk), &["check"]);
        assert!(
            out.status.success(),
            "plan check: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn pulled_cleanly(out: &Output) {
    assert!(
        out.status.success(),
        "git pull: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn two_clones_editing_different_tasks_merge_cleanly() {
    let office = Office::new();
    plan_ok(&office.clone("huyen"), &["done", "3", "--on", "28/06/2020"]);
    office.push("huyen", "Nhiệm vụ 3 xong");
    plan_ok(&office.clone("xa"), &["set", "5", "note", "Đã đăng tin"]);
    let out = office.commit_and_pull("xa", "Ghi chú nhiệm vụ 5");
    pulled_cleanly(&out);
    office.check_passes("xa");
    let text = office.text("xa");
    let expected = seed_text()
        .replacen(
            "window = \"Tháng 6/2020\"\nstatus = \"todo\"\n",
            "window = \"Tháng 6/2020\"\nstatus = \"done\"\ndone = 2020-06-28\n",
            1,
        )
        .replacen(
            "window = \"Năm 2020\"\nstatus = \"todo\"\n\n[[task]]\nid = \"6\"",
            "window = \"Năm 2020\"\nstatus = \"todo\"\nnote = \"Đã đăng tin\"\n\n[[task]]\nid = \"6\"",
            1,
        );
    assert_eq!(text, expected);
}

#[test]
fn two_clones_editing_different_fields_of_one_task_merge_cleanly() {
    let office = Office::new();
    plan_ok(&office.clone("huyen"), &["done", "3", "--on", "28/06/2020"]);
    office.push("huyen", "Nhiệm vụ 3 xong");
    plan_ok(&office.clone("xa"), &["set", "3", "note", "Đã họp"]);
    pulled_cleanly(&office.commit_and_pull("xa", "Ghi chú nhiệm vụ 3"));
    office.check_passes("xa");
    assert!(office.text("xa").contains(
        "window = \"Tháng 6/2020\"\nstatus = \"done\"\ndone = 2020-06-28\nnote = \"Đã họp\"\n"
    ));
}

#[test]
fn different_units_reports_of_one_group_task_merge_cleanly() {
    let office = Office::new();
    // Both offices know the communes.
    let huyen = office.clone("huyen");
    plan_ok(&huyen, &["unit", "add", "dl", "Xã Dân Lực"]);
    plan_ok(&huyen, &["unit", "add", "hl", "Xã Hợp Lý"]);
    plan_ok(&huyen, &["unit", "members", "xa", "dl", "hl"]);
    office.push("huyen", "Các xã");
    git(&office.clone("xa"), &["pull", "-q", "origin", "main"]);
    plan_ok(&huyen, &["done", "1", "--unit", "dl", "--on", "28/06/2020"]);
    office.push("huyen", "Dân Lực báo cáo");
    plan_ok(
        &office.clone("xa"),
        &["done", "1", "--unit", "hl", "--on", "29/06/2020"],
    );
    pulled_cleanly(&office.commit_and_pull("xa", "Hợp Lý báo cáo"));
    office.check_passes("xa");
    let text = office.text("xa");
    assert!(text.contains("reports.hl = { on = 2020-06-29 }\nreports.dl = { on = 2020-06-28 }\n"));
    let shown = String::from_utf8(plan(&office.clone("xa"), &["show", "1"]).stdout).unwrap();
    assert!(shown.contains("reported 2/5"), "{shown}");
}

#[test]
fn a_task_added_in_each_clone_is_kept_with_theirs_renumbered() {
    let office = Office::new();
    let add = |clerk: &str, title: &str| {
        plan_ok(
            &office.clone(clerk),
            &[
                "add",
                "--title",
                title,
                "--lead",
                "vhtt",
                "--window",
                "Tháng 9/2020",
            ],
        )
    };
    add("huyen", "Hội nghị sơ kết");
    office.push("huyen", "Thêm nhiệm vụ 9");
    add("xa", "Tập huấn");
    let out = office.commit_and_pull("xa", "Thêm nhiệm vụ 9");
    pulled_cleanly(&out);
    office.check_passes("xa");
    let text = office.text("xa");
    assert!(text.contains("id = \"9\"\ntitle = \"Tập huấn\""), "{text}");
    assert!(
        text.contains("id = \"10\"\ntitle = \"Hội nghị sơ kết\""),
        "{text}"
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("task 9 was added on both sides; theirs is now task 10"),
        "{said}"
    );
}

#[test]
fn a_unit_added_in_each_clone_is_kept() {
    let office = Office::new();
    plan_ok(
        &office.clone("huyen"),
        &["unit", "add", "tp", "Phòng Tư pháp"],
    );
    office.push("huyen", "Phòng Tư pháp");
    plan_ok(&office.clone("xa"), &["unit", "add", "dl", "Xã Dân Lực"]);
    pulled_cleanly(&office.commit_and_pull("xa", "Xã Dân Lực"));
    office.check_passes("xa");
    let text = office.text("xa");
    assert!(
        text.contains(
            "members = []\n\n[units.dl]\nname = \"Xã Dân Lực\"\n\n[units.tp]\nname = \"Phòng Tư pháp\"\n"
        ),
        "{text}"
    );
}

#[test]
fn the_same_field_changed_two_ways_is_a_conflict_around_that_field_only() {
    let office = Office::new();
    plan_ok(&office.clone("huyen"), &["set", "4", "status", "doing"]);
    plan_ok(&office.clone("huyen"), &["set", "1", "note", "Huyện ghi"]);
    office.push("huyen", "Nhiệm vụ 4 đang làm");
    plan_ok(&office.clone("xa"), &["set", "4", "status", "cancelled"]);
    let out = office.commit_and_pull("xa", "Nhiệm vụ 4 hủy");
    assert!(!out.status.success());
    let text = office.text("xa");
    let expected = seed_text()
        .replacen(
            "window = \"Năm 2020\"\nstatus = \"todo\"\n",
            "window = \"Năm 2020\"\nstatus = \"todo\"\nnote = \"Huyện ghi\"\n",
            1,
        )
        .replacen(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"\n",
            "window = \"Tháng 6, tháng 12/2020\"\n<<<<<<< ours\nstatus = \"cancelled\"\n\
             =======\nstatus = \"doing\"\n>>>>>>> theirs\n",
            1,
        );
    assert_eq!(text, expected);
    let out = plan(&office.clone("xa"), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.starts_with(&format!(
            "plans/{SEED}:115:1: error: unresolved merge conflict: git left both versions in the file\n"
        )),
        "{said}"
    );
    let out = plan(&office.clone("xa"), &["check", "--lang", "vi"]);
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("lỗi: xung đột hợp nhất chưa giải quyết"),
        "{said}"
    );
}

#[test]
fn a_side_that_is_not_a_plan_is_merged_line_by_line_by_git() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = seed_text();
    let ours = base.replacen("title = \"Phối hợp tổ chức", "title = \"Tổ chức", 1);
    let theirs = base.replacen("format = 1", "format = 1\nthis is not toml", 1);
    fs::write(d.join("base"), &base).unwrap();
    fs::write(d.join("ours"), &ours).unwrap();
    fs::write(d.join("theirs"), &theirs).unwrap();
    let out = plan(
        d,
        &["merge", "base", "ours", "theirs", "--path", "plans/kh.toml"],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "plans/kh.toml: not a plan that reads without errors on every side; merged line by line with `git merge-file`\n"
    );
    let merged = fs::read_to_string(d.join("ours")).unwrap();
    assert_eq!(
        merged,
        ours.replacen("format = 1", "format = 1\nthis is not toml", 1)
    );
}

#[test]
fn git_setup_writes_the_attribute_the_driver_and_the_hook_once() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    fs::create_dir_all(repo.join("plans")).unwrap();
    fs::write(repo.join("plans").join(SEED), seed_text()).unwrap();
    fs::write(repo.join(".gitattributes"), "*.pdf binary").unwrap();
    git(repo, &["init", "-q", "-b", "main"]);
    let said = plan_ok(repo, &["git", "setup", "--hook"]);
    let program = env!("CARGO_BIN_EXE_plan");
    let top = fs::canonicalize(repo).unwrap();
    assert_eq!(
        said,
        format!(
            "added `plans/**/*.toml merge=plan` to {top}/.gitattributes\n\
             set `git config merge.plan.name` to \"plan: plans merged by task and field\"\n\
             set `git config merge.plan.driver` to \"{program} merge %O %A %B --path %P\"\n\
             wrote the pre-commit hook {top}/.git/hooks/pre-commit: it runs `plan check` on the staged plan files\n",
            top = top.display()
        )
    );
    assert_eq!(
        fs::read_to_string(repo.join(".gitattributes")).unwrap(),
        "*.pdf binary\nplans/**/*.toml merge=plan\n"
    );
    assert_eq!(
        plan_ok(repo, &["git", "setup", "--hook"]),
        "nothing to do: git merges plans with `plan merge` here already\n"
    );
    // The hook refuses a commit of a plan with a problem, naming it as
    // the repository does, and lets a sound one through.
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "Kế hoạch"]);
    let plan_path = repo.join("plans").join(SEED);
    fs::write(
        &plan_path,
        seed_text().replacen("status = \"todo\"", "status = \"xongg\"", 1),
    )
    .unwrap();
    git(repo, &["add", "."]);
    let out = run({
        let mut cmd = git_command(repo);
        cmd.args(["commit", "-q", "-m", "Sai"]);
        cmd
    });
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!(
            "plans/{SEED}:90:10: error: unknown status \"xongg\""
        )),
        "{said}"
    );
    fs::write(
        &plan_path,
        seed_text().replacen("status = \"todo\"", "status = \"doing\"", 1),
    )
    .unwrap();
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "Đúng"]);
}

#[test]
fn git_setup_leaves_a_hook_of_another_and_needs_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    let hook = repo.join(".git/hooks/pre-commit");
    fs::write(&hook, "#!/bin/sh\nmake lint\n").unwrap();
    let out = plan(&repo, &["git", "setup", "--hook"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("exists already and is not plan's"),
        "{out:?}"
    );
    assert_eq!(fs::read_to_string(&hook).unwrap(), "#!/bin/sh\nmake lint\n");
    let outside = dir.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    let out = plan(&outside, &["git", "setup"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is in no git repository"),
        "{out:?}"
    );
}

#[test]
fn plan_log_tells_each_commit_that_changed_a_task_newest_first() {
    let office = Office::new();
    let dir = office.clone("huyen");
    plan_ok(&dir, &["done", "3", "--on", "28/06/2020"]);
    git(&dir, &["commit", "-q", "-am", "Nhiệm vụ 3 xong"]);
    plan_ok(&dir, &["set", "5", "note", "Khác"]);
    git(&dir, &["commit", "-q", "-am", "Nhiệm vụ 5"]);
    plan_ok(&dir, &["assign", "3", "--partner", "Công an"]);
    plan_ok(&dir, &["set", "3", "note", "Đã họp"]);
    git(&dir, &["commit", "-q", "-am", "Phối hợp"]);
    let out = plan(&dir, &["log", "3", "--lang", "vi"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let hashes: Vec<String> = git(&dir, &["log", "--format=%h", "--abbrev=7"])
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(
        text,
        format!(
            "01/07/2020  {}  Văn thư  Phối hợp\n  phối hợp: + Công an huyện\n  ghi chú: + “Đã họp”\n\n\
             01/07/2020  {}  Văn thư  Nhiệm vụ 3 xong\n  trạng thái: chưa làm → hoàn thành (28/06/2020)\n\n\
             01/07/2020  {}  Văn thư  Kế hoạch\n  thêm nhiệm vụ\n",
            hashes[0], hashes[2], hashes[3]
        )
    );
    let out = plan(&dir, &["log", "3", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let commits = doc["commits"].as_array().unwrap();
    assert_eq!(commits.len(), 3);
    assert_eq!(commits[0]["author"], "Văn thư");
    assert_eq!(commits[0]["date"], "2020-07-01");
    assert_eq!(commits[0]["changes"][0]["field"], "partners");
    assert_eq!(
        commits[0]["changes"][0]["new"],
        serde_json::json!(["ttvh", "nganh", "xa", "cahuyen"])
    );
    assert_eq!(
        commits[1]["changes"][0]["text"],
        "status: todo → done (28/06/2020)"
    );
}

#[test]
fn plan_log_without_an_id_tells_the_head_and_the_units() {
    let office = Office::new();
    let dir = office.clone("huyen");
    plan_ok(&dir, &["unit", "add", "dl", "Xã Dân Lực"]);
    plan_ok(&dir, &["unit", "members", "xa", "dl"]);
    git(&dir, &["commit", "-q", "-am", "Các xã"]);
    plan_ok(&dir, &["set", "5", "note", "Khác"]);
    git(&dir, &["commit", "-q", "-am", "Nhiệm vụ 5"]);
    let out = plan(&dir, &["log"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1..3],
        [
            "  unit added: Xã Dân Lực (dl)",
            "  unit Ủy ban nhân dân các xã, thị trấn (xa): members: + Xã Dân Lực"
        ]
    );
    assert!(lines[0].ends_with("Văn thư  Các xã"), "{text}");
    assert!(
        text.ends_with("Văn thư  Kế hoạch\n  plan added\n"),
        "{text}"
    );
    assert!(!text.contains("Nhiệm vụ 5"), "{text}");
}

/// A repository holding the seed plan, committed, and a file of another.
fn repository() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().to_path_buf();
    fs::create_dir_all(repo.join("plans")).unwrap();
    fs::write(repo.join("plans").join(SEED), seed_text()).unwrap();
    fs::write(repo.join("ghi-chu.txt"), "a\n").unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "Kế hoạch"]);
    (dir, repo)
}

#[test]
fn an_edit_with_commit_commits_the_plan_file_alone_with_its_message() {
    let (_dir, repo) = repository();
    // Another file's changes, staged and not, stay out of the commit.
    fs::write(repo.join("ghi-chu.txt"), "b\n").unwrap();
    git(&repo, &["add", "ghi-chu.txt"]);
    fs::write(repo.join("ghi-chu.txt"), "c\n").unwrap();
    let out = plan(
        &repo,
        &[
            "done",
            "4",
            "--on",
            "28/06/2020",
            "--commit",
            "--lang",
            "vi",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let hash = git(&repo, &["rev-parse", "--short", "HEAD"]);
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "plans/{SEED}: nhiệm vụ 4: mốc 1/2 (hạn 30/06/2020) hoàn thành ngày 28/06/2020\n\
             plans/{SEED}: đã commit {hash}"
        )
    );
    assert_eq!(
        git(&repo, &["log", "-1", "--format=%s"]),
        "Nhiệm vụ 4: mốc 1/2 (hạn 30/06/2020) hoàn thành ngày 28/06/2020\n"
    );
    assert_eq!(
        git(&repo, &["show", "--name-only", "--format=", "HEAD"]),
        format!("plans/{SEED}\n")
    );
    assert_eq!(git(&repo, &["status", "--porcelain"]), "MM ghi-chu.txt\n");
}

#[test]
fn an_edit_to_commit_is_refused_while_the_plan_has_changes_of_its_own() {
    let (_dir, repo) = repository();
    let plan_path = repo.join("plans").join(SEED);
    let dirty = format!("{}# sửa tay\n", seed_text());
    fs::write(&plan_path, &dirty).unwrap();
    let out = plan(&repo, &["done", "4", "--commit"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "error: plans/{SEED} has changes not committed yet; commit them first (`git commit plans/{SEED}`) \
             or undo them (`git restore plans/{SEED}`), so that the edit is committed alone; nothing written\n"
        )
    );
    assert_eq!(fs::read_to_string(&plan_path).unwrap(), dirty);
    assert_eq!(git(&repo, &["rev-list", "--count", "HEAD"]), "1\n");
}

#[test]
fn plan_commit_and_the_repository_setting_ask_for_the_commit_too() {
    let (_dir, repo) = repository();
    let mut cmd = common::command(&repo);
    cmd.args(["set", "5", "note", "Đã đăng"])
        .env("PLAN_COMMIT", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", &repo)
        .env("GIT_AUTHOR_NAME", "Văn thư")
        .env("GIT_AUTHOR_EMAIL", "vanthu@example.org")
        .env("GIT_COMMITTER_NAME", "Văn thư")
        .env("GIT_COMMITTER_EMAIL", "vanthu@example.org");
    let out = run(cmd);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        git(&repo, &["log", "-1", "--format=%s"]),
        "Task 5: note set\n"
    );
    fs::write(repo.join(".plan.toml"), "commit = true\n").unwrap();
    plan_ok(&repo, &["set", "5", "note", "Đã đăng lại"]);
    assert_eq!(git(&repo, &["rev-list", "--count", "HEAD"]), "3\n");
    // Not without the setting, and never for a dry run.
    fs::write(repo.join(".plan.toml"), "commit = false\n").unwrap();
    plan_ok(&repo, &["set", "5", "note", "Chưa commit"]);
    assert_eq!(git(&repo, &["rev-list", "--count", "HEAD"]), "3\n");
    fs::write(repo.join(".plan.toml"), "commit = \"có\"\n").unwrap();
    let out = plan(&repo, &["set", "5", "note", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("`commit` must be true or false"),
        "{out:?}"
    );
}
