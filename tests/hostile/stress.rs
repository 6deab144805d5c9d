//! Many processes and faults at once: kill -9 during writes, concurrent edits, readers during writers, a full disk, and property tests of the parser and writers.

#[allow(unused_imports)]
use crate::common;
