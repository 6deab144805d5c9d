//! The read cache: a plan read again comes from it when its file has not
//! changed, never when it has (whatever way it changed), and a missing,
//! damaged or disabled cache only means the file is parsed.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::Sandbox;

/// A file is cached only once its times are this much in the past (the
/// cache's settling time, plus a margin).
const SETTLE: Duration = Duration::from_millis(3_300);

/// The plan every test lists: task 2 is overdue on the harness's today.
const PLAN: &str = r#"format = 1

[plan]
id = "ts"
title = "Kế hoạch thử"
period = "Năm 2020"

[units.vh]
name = "Phòng Văn hóa và Thông tin"

[[task]]
id = "1"
title = "Tuyên truyền"
lead = ["vh"]
window = "Tháng 6/2020"
status = "done"

[[task]]
id = "2"
title = "Tổng kết"
lead = ["vh"]
window = "Tháng 6/2020"
status = "todo"
"#;

struct Cached {
    sandbox: Sandbox,
    cache: PathBuf,
}

impl Cached {
    /// A sandbox with `plan.toml` ([`PLAN`]) and its own cache folder,
    /// the plan already settled long enough to be cached.
    fn new() -> Cached {
        let sandbox = Sandbox::empty();
        sandbox.write("plan.toml", PLAN);
        let cache = sandbox.path("cache");
        std::thread::sleep(SETTLE);
        Cached { sandbox, cache }
    }

    fn list(&self) -> String {
        let out = self
            .sandbox
            .plan()
            .env("PLAN_CACHE_DIR", &self.cache)
            .args(["-f", "plan.toml", "list", "--format", "csv"])
            .stdout_any()
            .run();
        out.stdout
    }

    /// The one cache file, when there is one.
    fn file(&self) -> Option<PathBuf> {
        let entries = fs::read_dir(&self.cache).ok()?;
        let files: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "bin"))
            .collect();
        assert!(files.len() <= 1, "{files:?}");
        files.into_iter().next()
    }

    fn modified(path: &Path) -> SystemTime {
        fs::metadata(path).unwrap().modified().unwrap()
    }
}

#[test]
fn a_plan_read_again_comes_from_the_cache_until_its_file_changes_in_any_way() {
    let c = Cached::new();
    let first = c.list();
    assert!(first.contains("Tổng kết"), "{first}");
    let file = c.file().expect("the settled plan is cached");
    let written = Cached::modified(&file);

    // Read again: the cache answers, so it is not written again.
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(c.list(), first);
    assert_eq!(Cached::modified(&file), written, "a hit rewrote the cache");

    // The same number of bytes changed in place, the modification time
    // put back: the change time tells.
    let path = c.sandbox.path("plan.toml");
    let mtime = Cached::modified(&path);
    let same_size = PLAN.replace("Tổng kết", "Tổng hợp");
    assert_eq!(same_size.len(), PLAN.len());
    fs::write(&path, &same_size).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let listed = c.list();
    assert!(
        listed.contains("Tổng hợp") && !listed.contains("Tổng kết"),
        "{listed}"
    );

    // Replaced by another file of the same size and times (a new inode).
    let other = c
        .sandbox
        .write("other.toml", &PLAN.replace("Tổng kết", "Tổng kếT"));
    fs::File::options()
        .write(true)
        .open(&other)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    fs::rename(&other, &path).unwrap();
    let listed = c.list();
    assert!(listed.contains("Tổng kếT"), "{listed}");

    // Changed by plan itself.
    c.sandbox
        .plan()
        .env("PLAN_CACHE_DIR", &c.cache)
        .args(["-f", "plan.toml", "done", "2", "--on", "30/06/2020"])
        .stderr_any()
        .run();
    let listed = c.list();
    assert!(!listed.contains("todo"), "{listed}");
}

#[test]
fn a_damaged_or_deleted_cache_only_means_the_file_is_parsed() {
    let c = Cached::new();
    let first = c.list();
    let file = c.file().expect("cached");
    let bytes = fs::read(&file).unwrap();
    // Cut short at several places, bytes flipped, another program's file.
    let mut damaged: Vec<Vec<u8>> = [1, 13, 40, bytes.len() / 2, bytes.len() - 1]
        .iter()
        .map(|&n| bytes[..n].to_vec())
        .collect();
    for at in [bytes.len() / 3, bytes.len() / 2, bytes.len() - 2] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x55;
        damaged.push(flipped);
    }
    damaged.push(b"\x00\xff garbage".repeat(1000));
    for bytes in damaged {
        fs::write(&file, &bytes).unwrap();
        assert_eq!(c.list(), first);
    }
    // A FIFO in its place is not waited on.
    fs::remove_file(&file).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&file).status();
    if made.is_ok_and(|s| s.success()) {
        assert_eq!(c.list(), first);
    }
    fs::remove_dir_all(&c.cache).unwrap();
    assert_eq!(c.list(), first);
    assert!(c.file().is_some(), "written again");
}

#[test]
fn the_cache_can_be_turned_off_and_never_keeps_a_plan_with_problems() {
    let c = Cached::new();
    let off = c
        .sandbox
        .plan()
        .env("PLAN_CACHE_DIR", &c.cache)
        .env("PLAN_CACHE", "0")
        .args(["-f", "plan.toml", "list", "--format", "csv"])
        .stdout_any()
        .run();
    assert!(off.stdout.contains("Tổng kết"));
    assert!(!c.cache.exists(), "PLAN_CACHE=0 wrote a cache");

    // A plan with a review mark (a warning) is read each time, so that
    // `plan check` shows the warning each time.
    let marked = PLAN.replace(
        "status = \"todo\"\n",
        "status = \"todo\"\nreview = [\"window\"]\n",
    );
    let warned = c.sandbox.write("warned.toml", &marked);
    std::thread::sleep(SETTLE);
    for _ in 0..2 {
        let out = c
            .sandbox
            .plan()
            .env("PLAN_CACHE_DIR", &c.cache)
            .args(["-f", warned.to_str().unwrap(), "check"])
            .stderr_any()
            .stdout_any()
            .status(0)
            .run();
        let said = format!("{}{}", out.stdout, out.stderr);
        assert!(said.contains("review"), "{said}");
    }
    assert!(c.file().is_none(), "a plan with a warning was cached");
}

#[test]
fn plans_in_several_folders_are_cached_folder_by_folder() {
    let sandbox = Sandbox::empty();
    let cache = sandbox.path("cache");
    sandbox.write("plans/a/x.toml", PLAN);
    sandbox.write(
        "plans/b/y.toml",
        &PLAN.replace("id = \"ts\"", "id = \"ts2\""),
    );
    std::thread::sleep(SETTLE);
    let list = || {
        sandbox
            .plan()
            .env("PLAN_CACHE_DIR", &cache)
            .args(["list", "--format", "csv"])
            .stdout_any()
            .run()
            .stdout
    };
    let first = list();
    assert_eq!(first.matches("Tổng kết").count(), 2, "{first}");
    let files = fs::read_dir(&cache).unwrap().count();
    assert_eq!(files, 2, "one cache file per folder");
    assert_eq!(list(), first);
    sandbox.write(
        "plans/b/y.toml",
        &PLAN
            .replace("id = \"ts\"", "id = \"ts2\"")
            .replace("Tổng kết", "Tổng hợp"),
    );
    let listed = list();
    assert!(
        listed.contains("ts,2,Tổng kết") && listed.contains("ts2,2,Tổng hợp"),
        "{listed}"
    );
}
