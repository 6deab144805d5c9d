//! Reading untrusted plan files: special files and size limits, export targets, and TOML problems worded for what they are (merge conflicts, duplicate keys, torn writes).

use std::fs;
use std::process::Command;

use crate::common::{SEED, Sandbox, seed_text};

fn mkfifo(sandbox: &Sandbox, relative: &str) {
    let path = sandbox.path(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let status = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(status.success());
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
        .status(1)
        .stderr_contains("PLAN_MAX_FILE_SIZE=\"lots\" is not a size")
        .run();
    assert_eq!(sandbox.read(&format!("plans/{SEED}")), seed_text());
}
