//! The rows of `plan list` read from plans whose tasks come from the cache
//! a chunk at a time: each chunk is decoded, its rows selected and handed
//! on, and then dropped, and so is each plan once its last chunk is read,
//! so that a list over any number of tasks holds a few chunks of them.

use std::io;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;
use rayon::prelude::*;

use super::{Chunked, Opened};
use crate::model::{Plan, Task};
use crate::query::{Filter, Row, resolve_in_plans, select_task};
use crate::units::MatchError;

/// Tasks one chunk of rows is read from, at least, but for the last (the
/// cache's chunks of tasks are never cut).
const TASKS: usize = 1024;

/// The rows of plans matching a filter, a chunk at a time, in the order
/// [`select`](crate::query::select) gives them: by plan, then by task id (the
/// plans' tasks are in that order).
pub struct Listing<'a> {
    plans: &'a [Chunked],
    /// Each chunk of rows: the plans and chunks of their tasks it reads.
    parts: Vec<Vec<(usize, usize)>>,
    /// By plan: the units a task must name, when the filter names one;
    /// `None` for a plan in which it names none (no task of it is shown).
    concerning: Vec<Option<Option<Vec<String>>>>,
    filter: &'a Filter,
    today: NaiveDate,
    /// By plan: the plan opened, while its chunks are being read.
    opened: Vec<Mutex<Option<Arc<Source>>>>,
}

/// A plan being read.
enum Source {
    /// From the cache, its tasks a chunk at a time.
    Cache(Opened),
    /// Parsed from its file, when its entry in the cache could no longer
    /// be read.
    File(Plan),
}

impl Source {
    fn plan(&self) -> &Plan {
        match self {
            Source::Cache(opened) => &opened.plan,
            Source::File(plan) => plan,
        }
    }
}

impl<'a> Listing<'a> {
    /// The rows of `plans` that match `filter` on `today`; an error when
    /// the filter's unit is none of theirs; `None` when the cache no longer
    /// holds the plans (they are then read whole).
    pub fn new(
        plans: &'a [Chunked],
        filter: &'a Filter,
        today: NaiveDate,
    ) -> Option<Result<Listing<'a>, MatchError>> {
        let concerning = match &filter.unit {
            None => plans.iter().map(|_| Some(None)).collect(),
            // The unit is looked for in every plan at once, as when they
            // are read whole.
            Some(query) => {
                let heads: Vec<Plan> = plans
                    .par_iter()
                    .map(|plan| plan.open().map(|opened| opened.plan))
                    .collect::<Option<_>>()?;
                match resolve_in_plans(&heads, query) {
                    Err(e) => return Some(Err(e)),
                    Ok(ids) => ids
                        .into_iter()
                        .zip(&heads)
                        .map(|(id, plan)| {
                            id.map(|id| {
                                let ids = plan.units.concerning(&id);
                                Some(ids.into_iter().map(str::to_string).collect())
                            })
                        })
                        .collect(),
                }
            }
        };
        let mut parts = Vec::new();
        let (mut part, mut taken) = (Vec::new(), 0);
        for (p, plan) in plans.iter().enumerate() {
            for c in 0..plan.chunks() {
                part.push((p, c));
                taken += plan.task_range(c).len();
                if taken >= TASKS {
                    parts.push(std::mem::take(&mut part));
                    taken = 0;
                }
            }
        }
        if !part.is_empty() {
            parts.push(part);
        }
        Some(Ok(Listing {
            plans,
            parts,
            concerning,
            filter,
            today,
            opened: plans.iter().map(|_| Mutex::new(None)).collect(),
        }))
    }

    /// Plan `p`, opened once for all of its chunks (and again if one of
    /// them opened it after the last was read).
    fn open(&self, p: usize) -> io::Result<Arc<Source>> {
        let mut slot = self.opened[p]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(source) = &*slot {
            return Ok(Arc::clone(source));
        }
        if let Some(opened) = self.plans[p].open() {
            let source = Arc::new(Source::Cache(opened));
            *slot = Some(Arc::clone(&source));
            return Ok(source);
        }
        // Parsing runs on the pool's threads, which may take another chunk
        // of this plan meanwhile: never with the slot locked.
        drop(slot);
        self.reopen(p)
    }

    /// Plan `p` parsed from its file, for the rest of its chunks.
    fn reopen(&self, p: usize) -> io::Result<Arc<Source>> {
        let source = Arc::new(Source::File(self.parse(p)?));
        let mut slot = self.opened[p]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *slot = Some(Arc::clone(&source));
        Ok(source)
    }

    /// Plan `p` parsed from its file: the cache's entry for it can no
    /// longer be read. Only the file the entry was made of will do (the
    /// rows before come from the entry): a file changed since, or while it
    /// is parsed, stops the list.
    fn parse(&self, p: usize) -> io::Result<Plan> {
        let plan = &self.plans[p];
        let path = plan.path();
        if !plan.unchanged() {
            return Err(changed(path));
        }
        match crate::store::load_file(path) {
            Ok((Some(parsed), diagnostics))
                if diagnostics.iter().all(|d| d.errors() == 0)
                    && plan.unchanged()
                    && parsed.id == plan.id() =>
            {
                Ok(parsed)
            }
            _ => Err(changed(path)),
        }
    }
}

/// A chunk of tasks read: its plan's index and its own, the plan, and
/// its tasks unless they are the plan's as parsed.
type Read = (usize, usize, Arc<Source>, Option<Vec<Task>>);

#[cfg(test)]
mod tests;

/// The error when a plan file changed while its tasks were listed.
fn changed(path: &std::path::Path) -> io::Error {
    crate::error::Said::error(crate::t!(
        "err-changed-while-listed",
        path = path.display().to_string()
    ))
}

impl crate::query::Chunks for Listing<'_> {
    fn chunks(&self) -> usize {
        self.parts.len()
    }

    fn rows(&self, k: usize, each: &mut dyn FnMut(&[Row<'_>]) -> io::Result<()>) -> io::Result<()> {
        let mut read: Vec<Read> = Vec::new();
        for &(p, c) in &self.parts[k] {
            if self.concerning[p].is_none() {
                continue;
            }
            let source = self.open(p)?;
            let (source, tasks) = match &*source {
                Source::Cache(opened) => match self.plans[p].chunk(opened, c) {
                    Some(tasks) => (source, Some(tasks)),
                    None => (self.reopen(p)?, None),
                },
                Source::File(_) => (source, None),
            };
            read.push((p, c, source, tasks));
            if c + 1 == self.plans[p].chunks() {
                self.opened[p]
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take();
            }
        }
        let mut rows = Vec::new();
        for (p, c, source, tasks) in &read {
            let plan = source.plan();
            let tasks: &[Task] = match tasks {
                Some(tasks) => tasks,
                None => plan
                    .tasks
                    .get(self.plans[*p].task_range(*c))
                    .ok_or_else(|| changed(&plan.path))?,
            };
            let concerning = self.concerning[*p].as_ref().and_then(Option::as_ref);
            let concerning: Option<Vec<&str>> =
                concerning.map(|ids| ids.iter().map(String::as_str).collect());
            for task in tasks {
                if let Some(row) =
                    select_task(plan, task, self.filter, concerning.as_deref(), self.today)
                {
                    rows.push(row);
                }
            }
        }
        each(&rows)
    }
}
