//! Writes and reads of plan files under faults: line endings, changes on disk, leftovers, signals, locks, links, ownership, special files, size limits, export targets.

#[allow(unused_imports)]
use crate::common;
