//! Messages and outputs that could be forged or mislead: echoed arguments and paths, data outputs, CSV formulas, TOML problems worded for what they are.

#[allow(unused_imports)]
use crate::common;
