//! What a clerk relies on when closing and moving tasks: windows and closed milestones, retried edits, report totals, unit matching across plans.

#[allow(unused_imports)]
use crate::common;
