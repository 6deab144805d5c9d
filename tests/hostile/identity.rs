//! Identity: task ids from a documented safe set, near-duplicates named, ICS UIDs that never collide.

#[allow(unused_imports)]
use crate::common;
