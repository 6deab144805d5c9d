//! The task ids of one plan, seen one task after the other: an id used
//! twice is a duplicate, and an id a reader cannot tell from an earlier one
//! (see [`crate::model::task_id`]) a near-duplicate, each reported at the
//! second task with the place of the first.

use std::collections::hash_map::Entry;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::reader::Reader;
use crate::error::Error;
use crate::model::task_id;

/// The task ids of one plan seen so far, each with the line of its task,
/// also by its [`task_id::look_alike_hash`] for the
/// near-duplicates (a hash that collides is told apart by
/// [`task_id::look_alike`]).
#[derive(Default)]
pub(super) struct TaskIds<'t> {
    exact: FxHashMap<&'t str, usize>,
    alike: FxHashMap<u64, (&'t str, usize)>,
}

/// A task before this one whose id is the same, or looks the same.
pub(super) enum Earlier<'t> {
    /// The same id, at this line.
    Same(usize),
    /// This other id, at this line, which a reader cannot tell apart.
    LookAlike(&'t str, usize),
}

impl<'t> TaskIds<'t> {
    /// Room for the ids of `n` tasks, so that a large plan's are never
    /// rehashed.
    pub(super) fn with_capacity(n: usize) -> Self {
        TaskIds {
            exact: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            alike: FxHashMap::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// Note the task `id` at `line`; the first task before it whose id is
    /// the same or looks the same, if any.
    pub(super) fn first_of(&mut self, id: &'t str, line: usize) -> Option<Earlier<'t>> {
        if let Some(&first) = self.exact.get(id) {
            return Some(Earlier::Same(first));
        }
        self.exact.insert(id, line);
        let mut earlier = None;
        match self.alike.entry(task_id::look_alike_hash(id)) {
            Entry::Occupied(seen) => {
                let &(other, first) = seen.get();
                if task_id::look_alike(id, other) {
                    earlier = Some(Earlier::LookAlike(other, first));
                }
            }
            Entry::Vacant(slot) => {
                slot.insert((id, line));
            }
        }
        earlier
    }
}

impl Reader<'_> {
    /// Report a task id used before, or one too like it, at `first`.
    pub(super) fn duplicate_id(&mut self, span: Range<usize>, id: &str, first: Earlier<'_>) {
        match first {
            Earlier::Same(first) => {
                self.error(span, crate::t!("diag-duplicate-task-id", id = id))
                    .hint(crate::t!(
                        "diag-duplicate-task-id-hint",
                        id = id,
                        line = first
                    ));
            }
            Earlier::LookAlike(other, first) => {
                let message = Error::TaskIdLookAlike {
                    id: id.to_string(),
                    other: other.to_string(),
                    at: format!("{}:{first}", self.path.display()),
                }
                .to_string();
                self.error(span, message)
                    .hint(crate::t!("diag-look-alike-id-hint"));
            }
        }
    }
}
