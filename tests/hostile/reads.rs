//! Reading untrusted plan files: special files and size limits, export targets, and TOML problems worded for what they are (merge conflicts, duplicate keys, torn writes).

#[allow(unused_imports)]
use crate::common;
