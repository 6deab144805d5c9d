//! Writes and reads of plan files under faults: line endings, changes on disk, leftovers, signals, locks, links, ownership, special files, size limits, export targets.

use std::fs;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{self, Sandbox};

/// A small sound plan of `n` tasks, with LF line endings.
fn plan_of(n: usize) -> String {
    let mut text = String::from(
        "format = 1\n\n[plan]\nid = \"p\"\ntitle = \"Kế hoạch\"\nperiod = \"Năm 2020\"\n\n[units.vhtt]\nname = \"Phòng Văn hóa và Thông tin\"\n",
    );
    for i in 1..=n {
        text.push_str(&format!(
            "\n[[task]]\nid = \"T{i}\"\ntitle = \"Nhiệm vụ {i}\"\nlead = [\"vhtt\"]\nwindow = \"Tháng {}/2020\"\nstatus = \"todo\"\n",
            (i - 1) % 12 + 1
        ));
    }
    text
}

/// Wait for `child` at most `limit`; kill it and fail when it hangs.
fn wait_bounded(mut child: Child, limit: Duration) -> std::process::Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("plan still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn spawn(s: &Sandbox, args: &[&str], timeout: &str) -> Child {
    common::command(s.root())
        .env("PLAN_LOCK_TIMEOUT", timeout)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The sandbox's names, without the lock file a test's own holder keeps.
fn listing_without_lock(s: &Sandbox) -> Vec<String> {
    s.listing("")
        .into_iter()
        .filter(|f| f != ".plan.toml.lock")
        .collect()
}

// --- line endings --------------------------------------------------------------

#[test]
fn mixed_line_endings_survive_done_and_reopen_byte_for_byte() {
    let s = Sandbox::empty();
    // The head and T1 in LF, T2 in CRLF, T3 half and half.
    let text = plan_of(3);
    let (head, rest) = text.split_at(text.find("\n[[task]]\nid = \"T2\"").unwrap());
    let (t2, t3) = rest.split_at(rest.find("\n[[task]]\nid = \"T3\"").unwrap());
    let t3: String = t3
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, line)| {
            if i % 2 == 0 {
                line.replace('\n', "\r\n")
            } else {
                line.to_string()
            }
        })
        .collect();
    let mixed = format!("{head}{}{t3}", t2.replace('\n', "\r\n"));
    s.write("plan.toml", &mixed);
    s.plan()
        .args(["-f", "plan.toml", "done", "T2", "--on", "2020-02-20"])
        .stderr("plan.toml: task T2 done on 20/02/2020\n")
        .run();
    let done = s.read("plan.toml");
    // The new line in the CRLF block ends as its neighbours do.
    assert!(
        done.contains("status = \"done\"\r\ndone = 2020-02-20\r\n"),
        "{done:?}"
    );
    assert_eq!(
        done.replace(
            "status = \"done\"\r\ndone = 2020-02-20\r\n",
            "status = \"todo\"\r\n"
        ),
        mixed
    );
    s.plan()
        .args(["-f", "plan.toml", "reopen", "T2"])
        .stderr_any()
        .run();
    assert_eq!(s.read("plan.toml"), mixed);
    s.plan()
        .args(["-f", "plan.toml", "done", "T3", "--on", "2020-03-20"])
        .stderr_any()
        .run();
    s.plan()
        .args(["-f", "plan.toml", "reopen", "T3"])
        .stderr_any()
        .run();
    assert_eq!(s.read("plan.toml"), mixed);
}

// --- leftovers -----------------------------------------------------------------

#[test]
fn stale_temporary_files_of_an_interrupted_edit_are_removed_by_the_next() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    // What a `plan done` killed with -9 leaves: a full-size temporary file.
    let stale = s.write(".plan-plan.toml-Ab3xYz.tmp", &plan_of(2));
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    // Files of other names, and another plan's, are not ours to remove.
    s.write(".plan-other.toml-Ab3xYz.tmp", "x");
    s.write(".plan-plan.toml-Ab3xYz.tmp.keep", "x");
    s.write("other.toml", "x");
    s.plan()
        .args(["-f", "plan.toml", "done", "T1", "--on", "2020-01-20"])
        .stderr("plan.toml: task T1 done on 20/01/2020\n")
        .run();
    assert_eq!(
        s.listing(""),
        [
            ".plan-other.toml-Ab3xYz.tmp",
            ".plan-plan.toml-Ab3xYz.tmp.keep",
            "other.toml",
            "plan.toml"
        ]
    );
}

#[cfg(unix)]
#[test]
#[ignore = "slow: thirty edits of a 2 MB plan killed with -9 at random points"]
fn kill_9_during_done_leaves_old_or_new_and_the_next_edit_cleans_up() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(20_000));
    let mut current = s.read_bytes("plan.toml");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 1..=30 {
        let id = format!("T{i}");
        let child = spawn(&s, &["-f", "plan.toml", "done", &id], "10");
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        std::thread::sleep(Duration::from_millis((seed >> 33) % 300));
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &child.id().to_string()])
            .status();
        wait_bounded(child, Duration::from_secs(20));
        let now = s.read_bytes("plan.toml");
        if now != current {
            // The new text, whole: this task done, nothing else changed.
            let done = "done = 2020-07-01\n";
            assert_eq!(
                now.len(),
                current.len() + done.len(),
                "torn write at try {i}"
            );
            let text = String::from_utf8(now.clone()).unwrap();
            let block = text.split("[[task]]").nth(i).unwrap().to_string();
            assert!(block.contains(done), "try {i}: {block}");
            current = now;
        }
        // Left behind at most: this plan's own temporary and lock file.
        for name in s.listing("") {
            assert!(
                name == "plan.toml"
                    || name == ".plan.toml.lock"
                    || (name.starts_with(".plan-plan.toml-") && name.ends_with(".tmp")),
                "{name}"
            );
        }
    }
    s.plan()
        .args(["-f", "plan.toml", "done", "T20000"])
        .stderr("plan.toml: task T20000 done on 01/07/2020\n")
        .run();
    assert_eq!(s.listing(""), ["plan.toml"]);
}

// --- signals -------------------------------------------------------------------

/// Send `signal` to an edit waiting for the lock; it must exit 128+n and
/// leave nothing of its own behind.
#[cfg(unix)]
fn signal_while_waiting(signal: &str, code: i32) {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(4));
    let before = s.read_bytes("plan.toml");
    let holder = fs::File::create(s.path(".plan.toml.lock")).unwrap();
    holder.lock().unwrap();
    let child = spawn(&s, &["-f", "plan.toml", "done", "T1"], "30");
    std::thread::sleep(Duration::from_millis(1000));
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = wait_bounded(child, Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(code), "{out:?}");
    assert_eq!(s.read_bytes("plan.toml"), before);
    drop(holder);
    assert_eq!(listing_without_lock(&s), ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn sigterm_is_handled_like_ctrl_c() {
    signal_while_waiting("TERM", 143);
}

#[cfg(unix)]
#[test]
fn sighup_is_handled_like_ctrl_c() {
    signal_while_waiting("HUP", 129);
}

#[cfg(unix)]
#[test]
fn a_file_size_limit_fails_the_edit_cleanly_instead_of_killing_it() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(400));
    let before = s.read_bytes("plan.toml");
    assert!(before.len() > 40_000);
    // A limit of 16 blocks (8 or 16 KiB, by the shell's unit) is far below the plan's size.
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f 16 && exec '{}' -f plan.toml done T1",
            env!("CARGO_BIN_EXE_plan")
        ))
        .current_dir(s.root())
        .env("PLAN_TODAY", common::TODAY)
        .env("PLAN_LANG", "en")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, Duration::from_secs(30));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        stderr.starts_with("error: failed to write plan.toml"),
        "{stderr}"
    );
    assert_eq!(s.read_bytes("plan.toml"), before);
    assert_eq!(s.listing(""), ["plan.toml"]);
}

// --- the lock file -------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_symlink_planted_at_the_lock_path_is_refused_and_its_target_not_created() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    let before = s.read_bytes("plan.toml");
    std::os::unix::fs::symlink("victim", s.path(".plan.toml.lock")).unwrap();
    s.plan()
        .args(["-f", "plan.toml", "done", "T1"])
        .status(1)
        .stderr(
            "error: [TEMP]/.plan.toml.lock is not a lock file (it is a symbolic link); \
             nothing was written (remove it if no `plan` is running)\n",
        )
        .run();
    assert!(!s.path("victim").exists());
    assert_eq!(s.read_bytes("plan.toml"), before);
}

#[cfg(unix)]
#[test]
fn a_fifo_planted_at_the_lock_path_is_refused_without_hanging() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    let before = s.read_bytes("plan.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(s.path(".plan.toml.lock"))
        .status()
        .unwrap();
    assert!(made.success());
    let child = spawn(&s, &["-f", "plan.toml", "done", "T1"], "1");
    let out = wait_bounded(child, Duration::from_secs(15));
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr =
        String::from_utf8_lossy(&out.stderr).replace(&s.root().display().to_string(), "[TEMP]");
    assert_eq!(
        stderr,
        "error: [TEMP]/.plan.toml.lock is not a lock file (it is a FIFO); \
         nothing was written (remove it if no `plan` is running)\n"
    );
    assert_eq!(s.read_bytes("plan.toml"), before);
}

#[cfg(unix)]
#[test]
fn an_edit_waiting_for_the_lock_says_who_holds_it() {
    use std::io::Write;
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    let mut holder = fs::File::create(s.path(".plan.toml.lock")).unwrap();
    holder.lock().unwrap();
    writeln!(holder, "{}", std::process::id()).unwrap();
    s.plan()
        .env("PLAN_LOCK_TIMEOUT", "1.5")
        .args(["-f", "plan.toml", "done", "T1"])
        .status(1)
        .stderr(format!(
            "plan.toml: waiting for another edit of this plan ([TEMP]/.plan.toml.lock is held by pid {}); \
             giving up after 1.5 s\n\
             error: another edit of this plan holds [TEMP]/.plan.toml.lock; gave up after 1.5 s \
             (if no `plan` is running, remove that file)\n",
            std::process::id()
        ))
        .run();
    drop(holder);
}

// --- ownership and attributes ----------------------------------------------------

#[cfg(unix)]
fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

#[cfg(unix)]
#[test]
fn an_edit_by_root_keeps_the_owner_and_group() {
    use std::os::unix::fs::MetadataExt;
    if !is_root() {
        eprintln!("skipped: needs root to give a file away");
        return;
    }
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    std::os::unix::fs::chown(s.path("plan.toml"), Some(1234), Some(5678)).unwrap();
    s.plan()
        .args(["-f", "plan.toml", "done", "T1", "--on", "2020-01-20"])
        .stderr("plan.toml: task T1 done on 20/01/2020\n")
        .run();
    let meta = fs::metadata(s.path("plan.toml")).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (1234, 5678));
    assert!(s.read("plan.toml").contains("done = 2020-01-20"));
}

#[cfg(unix)]
#[test]
fn an_edit_in_a_setgid_folder_keeps_the_files_group() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if !is_root() {
        eprintln!("skipped: needs root to give a file away");
        return;
    }
    let s = Sandbox::empty();
    s.write("shared/plan.toml", &plan_of(2));
    std::os::unix::fs::chown(s.path("shared"), None, Some(5678)).unwrap();
    fs::set_permissions(s.path("shared"), fs::Permissions::from_mode(0o2775)).unwrap();
    std::os::unix::fs::chown(s.path("shared/plan.toml"), Some(1234), Some(4321)).unwrap();
    s.plan()
        .args(["-f", "shared/plan.toml", "done", "T1", "--on", "2020-01-20"])
        .stderr("shared/plan.toml: task T1 done on 20/01/2020\n")
        .run();
    let meta = fs::metadata(s.path("shared/plan.toml")).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (1234, 4321));
}

/// A POSIX access ACL as the kernel stores it in `system.posix_acl_access`:
/// owner rw, user 1234 r, group r, mask r, other r.
#[cfg(unix)]
fn acl_bytes() -> Vec<u8> {
    let mut bytes = 2u32.to_le_bytes().to_vec();
    for (tag, perm, id) in [
        (0x01u16, 6u16, u32::MAX),
        (0x02, 4, 1234),
        (0x04, 4, u32::MAX),
        (0x10, 4, u32::MAX),
        (0x20, 4, u32::MAX),
    ] {
        bytes.extend(tag.to_le_bytes());
        bytes.extend(perm.to_le_bytes());
        bytes.extend(id.to_le_bytes());
    }
    bytes
}

#[cfg(unix)]
#[test]
fn an_edit_keeps_extended_attributes_and_the_acl() {
    let s = Sandbox::empty();
    let plan = s.write("plan.toml", &plan_of(2));
    if xattr::set(&plan, "user.origin", b"phong-vhtt").is_err() {
        eprintln!("skipped: this filesystem has no user extended attributes");
        return;
    }
    let acl = xattr::set(&plan, "system.posix_acl_access", &acl_bytes()).is_ok();
    s.plan()
        .args(["-f", "plan.toml", "done", "T1", "--on", "2020-01-20"])
        .stderr("plan.toml: task T1 done on 20/01/2020\n")
        .run();
    assert_eq!(
        xattr::get(&plan, "user.origin").unwrap().as_deref(),
        Some(&b"phong-vhtt"[..])
    );
    if acl {
        assert_eq!(
            xattr::get(&plan, "system.posix_acl_access").unwrap(),
            Some(acl_bytes())
        );
    }
}

// --- links ---------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_plan_with_hard_links_is_refused_rather_than_split() {
    use std::os::unix::fs::MetadataExt;
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    fs::hard_link(s.path("plan.toml"), s.path("backup.toml")).unwrap();
    let before = s.read_bytes("plan.toml");
    s.plan()
        .args(["-f", "plan.toml", "done", "T1"])
        .status(1)
        .stderr(
            "error: plan.toml has 2 hard links; replacing it would split them, so nothing was \
             written (to edit it, give it a file of its own: cp plan.toml copy && mv copy plan.toml)\n",
        )
        .run();
    assert_eq!(s.read_bytes("plan.toml"), before);
    let a = fs::metadata(s.path("plan.toml")).unwrap();
    let b = fs::metadata(s.path("backup.toml")).unwrap();
    assert_eq!((a.ino(), a.nlink()), (b.ino(), 2));
}

#[cfg(unix)]
#[test]
fn a_symlinked_plan_outside_the_plan_folder_is_refused_without_follow_outside() {
    let s = Sandbox::empty();
    s.write("elsewhere/kh.toml", &plan_of(2));
    fs::create_dir(s.path("plans")).unwrap();
    std::os::unix::fs::symlink("../elsewhere/kh.toml", s.path("plans/kh.toml")).unwrap();
    let before = s.read_bytes("elsewhere/kh.toml");
    s.plan()
        .args(["-f", "plans/kh.toml", "done", "T1"])
        .status(1)
        .stderr(
            "error: plans/kh.toml is a link to [TEMP]/elsewhere/kh.toml, outside the plan's \
             folder [TEMP]/plans; nothing was written (give --follow-outside to edit it anyway)\n",
        )
        .run();
    assert_eq!(s.read_bytes("elsewhere/kh.toml"), before);
    s.plan()
        .args([
            "-f",
            "plans/kh.toml",
            "done",
            "T1",
            "--on",
            "2020-01-20",
            "--follow-outside",
        ])
        .stderr("plans/kh.toml: task T1 done on 20/01/2020\n")
        .run();
    assert!(s.read("elsewhere/kh.toml").contains("done = 2020-01-20"));
}

#[cfg(unix)]
#[test]
fn a_symlinked_plan_outside_the_repository_is_refused_inside_it_followed() {
    let s = Sandbox::empty();
    fs::create_dir_all(s.path("repo/.git")).unwrap();
    s.write("repo/shared/kh.toml", &plan_of(2));
    s.write("elsewhere/kh.toml", &plan_of(2));
    fs::create_dir(s.path("repo/plans")).unwrap();
    std::os::unix::fs::symlink("../shared/kh.toml", s.path("repo/plans/kh.toml")).unwrap();
    std::os::unix::fs::symlink("../../elsewhere/kh.toml", s.path("repo/plans/out.toml")).unwrap();
    // Inside the work tree, a link to another of its folders is followed.
    s.plan()
        .args([
            "-f",
            "repo/plans/kh.toml",
            "done",
            "T1",
            "--on",
            "2020-01-20",
        ])
        .stderr("repo/plans/kh.toml: task T1 done on 20/01/2020\n")
        .run();
    assert!(s.read("repo/shared/kh.toml").contains("done = 2020-01-20"));
    let before = s.read_bytes("elsewhere/kh.toml");
    s.plan()
        .args(["-f", "repo/plans/out.toml", "done", "T1"])
        .status(1)
        .stderr(
            "error: repo/plans/out.toml is a link to [TEMP]/elsewhere/kh.toml, outside the \
             repository [TEMP]/repo; nothing was written (give --follow-outside to edit it anyway)\n",
        )
        .run();
    assert_eq!(s.read_bytes("elsewhere/kh.toml"), before);
}

// --- other users, special outputs, dry runs -------------------------------------

/// The uid and gid of `nobody`, who runs the tests of other users' rights.
#[cfg(unix)]
const NOBODY: u32 = 65534;

/// A sandbox `nobody` may create and remove files in (the folder 0777).
#[cfg(unix)]
fn shared_sandbox() -> Sandbox {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::empty();
    fs::set_permissions(s.root(), fs::Permissions::from_mode(0o777)).unwrap();
    s
}

/// For a test run as another user: a shared sandbox holding `plan.toml`
/// (two tasks), or None, with a note, when the test is not run as root.
#[cfg(unix)]
fn shared_plan() -> Option<Sandbox> {
    if !is_root() {
        eprintln!("skipped: needs root to run as another user");
        return None;
    }
    let s = shared_sandbox();
    s.write("plan.toml", &plan_of(2));
    Some(s)
}

/// Set the mode of `relative` in `s`.
#[cfg(unix)]
fn chmod(s: &Sandbox, relative: &str, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(s.path(relative), fs::Permissions::from_mode(mode)).unwrap();
}

/// Run `plan args` in `dir` as `nobody`, bounded; its exit status and its
/// stderr with the sandbox's path shown as `[TEMP]`.
#[cfg(unix)]
fn as_nobody(s: &Sandbox, dir: &std::path::Path, args: &[&str], timeout: &str) -> (i32, String) {
    use std::os::unix::process::CommandExt;
    let child = common::command(dir)
        .env("PLAN_LOCK_TIMEOUT", timeout)
        .args(args)
        .gid(NOBODY)
        .uid(NOBODY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, Duration::from_secs(20));
    let stderr =
        String::from_utf8_lossy(&out.stderr).replace(&s.root().display().to_string(), "[TEMP]");
    (out.status.code().unwrap_or(-1), stderr)
}

#[cfg(unix)]
#[test]
fn a_user_without_write_permission_cannot_rewrite_a_plan_in_a_shared_folder() {
    use std::os::unix::fs::MetadataExt;
    let Some(s) = shared_plan() else {
        return;
    };
    chmod(&s, "plan.toml", 0o644);
    let before = s.read_bytes("plan.toml");
    let (status, stderr) = as_nobody(&s, s.root(), &["-f", "plan.toml", "done", "T1"], "2");
    assert_eq!(status, 1, "{stderr}");
    assert_eq!(
        stderr,
        "error: plan.toml is not writable by this user; nothing was written \
         (ask its owner for write access)\n"
    );
    assert_eq!(s.read_bytes("plan.toml"), before);
    assert_eq!(fs::metadata(s.path("plan.toml")).unwrap().uid(), 0);
    assert_eq!(s.listing(""), ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn a_user_without_write_permission_cannot_replace_an_output_file() {
    use std::os::unix::fs::MetadataExt;
    let Some(s) = shared_plan() else {
        return;
    };
    s.write("out.txt", "root's report\n");
    chmod(&s, "out.txt", 0o644);
    let (status, stderr) = as_nobody(
        &s,
        s.root(),
        &["-f", "plan.toml", "report", "-o", "out.txt"],
        "2",
    );
    assert_eq!(status, 1, "{stderr}");
    assert_eq!(
        stderr,
        "error: out.txt is not writable by this user; nothing was written \
         (write to another file)\n"
    );
    assert_eq!(s.read("out.txt"), "root's report\n");
    assert_eq!(fs::metadata(s.path("out.txt")).unwrap().uid(), 0);
}

#[cfg(unix)]
#[test]
fn a_notice_about_a_plan_with_a_hostile_name_stays_one_inert_line() {
    use std::io::Write;
    let s = Sandbox::empty();
    let name = "x\nOK: forged\x1b[31m.toml";
    s.write(name, &plan_of(2));
    let mut holder = fs::File::create(s.path(&format!(".{name}.lock"))).unwrap();
    holder.lock().unwrap();
    writeln!(holder, "{}", std::process::id()).unwrap();
    let out = s
        .plan()
        .env("PLAN_LOCK_TIMEOUT", "1.2")
        .args(["-f", name, "done", "T1"])
        .status(1)
        .stderr_any()
        .run();
    drop(holder);
    assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
    assert!(
        out.stderr.lines().all(|line| !line.starts_with("OK")),
        "{:?}",
        out.stderr
    );
    assert!(
        out.stderr
            .starts_with("x\\nOK: forged\\u{1b}[31m.toml: waiting for another edit of this plan"),
        "{:?}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 2, "{:?}", out.stderr);
}

#[cfg(unix)]
#[test]
fn an_output_fifo_nobody_reads_fails_at_once_instead_of_hanging() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    let made = std::process::Command::new("mkfifo")
        .arg(s.path("out.fifo"))
        .status()
        .unwrap();
    assert!(made.success());
    let child = common::command(s.root())
        .args(["-f", "plan.toml", "report", "-o", "out.fifo"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: out.fifo is a FIFO nobody reads; nothing was written \
         (start its reader first, or write to another file)\n"
    );
}

#[cfg(unix)]
#[test]
fn an_output_fifo_with_a_reader_gets_the_output() {
    let s = Sandbox::empty();
    s.write("plan.toml", &plan_of(2));
    let made = std::process::Command::new("mkfifo")
        .arg(s.path("out.fifo"))
        .status()
        .unwrap();
    assert!(made.success());
    let reader = std::process::Command::new("timeout")
        .args(["10", "cat", "out.fifo"])
        .current_dir(s.root())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader opens its end; an open with no reader yet fails, so retry.
    let start = Instant::now();
    loop {
        let child = common::command(s.root())
            .args(["-f", "plan.toml", "report", "-o", "out.fifo"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_bounded(child, Duration::from_secs(10));
        if out.status.success() {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(8), "{out:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
    let got = wait_bounded(reader, Duration::from_secs(10));
    assert!(
        String::from_utf8_lossy(&got.stdout).contains("T1"),
        "{got:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_lock_file_left_by_another_user_neither_blocks_nor_fails_an_edit() {
    let Some(s) = shared_plan() else {
        return;
    };
    chmod(&s, "plan.toml", 0o666);
    // What clerk A's edit, killed with -9, left under umask 022.
    s.write(".plan.toml.lock", "1\n");
    chmod(&s, ".plan.toml.lock", 0o644);
    let (status, stderr) = as_nobody(&s, s.root(), &["-f", "plan.toml", "done", "T1"], "2");
    assert_eq!(status, 0, "{stderr}");
    assert!(s.read("plan.toml").contains("done = 2020-07-01"));
    assert_eq!(s.listing(""), ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn an_edit_by_another_user_waits_for_a_lock_file_it_may_not_write() {
    use std::io::Write;
    let Some(s) = shared_plan() else {
        return;
    };
    chmod(&s, "plan.toml", 0o666);
    let before = s.read_bytes("plan.toml");
    let mut holder = fs::File::create(s.path(".plan.toml.lock")).unwrap();
    chmod(&s, ".plan.toml.lock", 0o644);
    holder.lock().unwrap();
    writeln!(holder, "{}", std::process::id()).unwrap();
    let (status, stderr) = as_nobody(&s, s.root(), &["-f", "plan.toml", "done", "T1"], "1.5");
    drop(holder);
    assert_eq!(status, 1, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "plan.toml: waiting for another edit of this plan ([TEMP]/.plan.toml.lock is held by pid {}); \
             giving up after 1.5 s\n\
             error: another edit of this plan holds [TEMP]/.plan.toml.lock; gave up after 1.5 s \
             (if no `plan` is running, remove that file)\n",
            std::process::id()
        )
    );
    assert_eq!(s.read_bytes("plan.toml"), before);
}

#[cfg(unix)]
#[test]
fn a_plain_plan_file_beside_the_repository_is_not_taken_for_a_link_outside() {
    let s = Sandbox::empty();
    fs::create_dir_all(s.path("repo/.git")).unwrap();
    fs::create_dir_all(s.path("repo/plans")).unwrap();
    s.write("other/kh.toml", &plan_of(2));
    let out = common::command(&s.path("repo/plans"))
        .args([
            "-f",
            "../../other/kh.toml",
            "done",
            "T1",
            "--on",
            "2020-01-20",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "../../other/kh.toml: task T1 done on 20/01/2020\n"
    );
    assert!(s.read("other/kh.toml").contains("done = 2020-01-20"));
    // A link that leads out of the repository is still refused.
    std::os::unix::fs::symlink("../../other/kh.toml", s.path("repo/plans/out.toml")).unwrap();
    s.plan()
        .args(["-f", "repo/plans/out.toml", "reopen", "T1"])
        .status(1)
        .stderr_contains("is a link to [TEMP]/other/kh.toml, outside the repository [TEMP]/repo")
        .run();
}

#[cfg(unix)]
#[test]
fn a_dry_run_needs_no_write_access_to_the_plan_or_its_folder() {
    let s = Sandbox::empty();
    s.write("ro/plan.toml", &plan_of(2));
    chmod(&s, "ro/plan.toml", 0o444);
    chmod(&s, "ro", 0o555);
    let before = s.read_bytes("ro/plan.toml");
    s.plan()
        .args(["-f", "ro/plan.toml", "done", "T1", "--dry-run"])
        .stdout_contains("+done = 2020-07-01")
        .stderr("ro/plan.toml: task T1 done on 01/07/2020 (dry run: nothing written)\n")
        .run();
    assert_eq!(s.read_bytes("ro/plan.toml"), before);
    assert_eq!(s.listing("ro"), ["plan.toml"]);
    if is_root() {
        chmod(&s, "ro/plan.toml", 0o644);
        chmod(&s, "", 0o755);
        let (status, stderr) = as_nobody(
            &s,
            s.root(),
            &["-f", "ro/plan.toml", "done", "T1", "--dry-run"],
            "2",
        );
        assert_eq!(status, 0, "{stderr}");
        assert_eq!(
            stderr,
            "ro/plan.toml: task T1 done on 01/07/2020 (dry run: nothing written)\n"
        );
        assert_eq!(s.listing("ro"), ["plan.toml"]);
    }
    chmod(&s, "ro", 0o755);
}
