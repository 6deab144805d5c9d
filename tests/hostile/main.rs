//! Hostile input and faults: plan files from other offices, shared folders
//! touched by editors, `git pull` and other `plan` runs. Each module covers
//! one class; every case names the failure it guards against. Slow cases
//! (kill loops, many processes) are `#[ignore]`d and run by `.ci/run`.

// Unix only: the cases are signals, FIFOs, modes, links and mounts.
#![cfg(unix)]

#[path = "../common/mod.rs"]
mod common;

mod files;
mod identity;
mod messages;
mod reads;
mod semantics;
mod stress;
