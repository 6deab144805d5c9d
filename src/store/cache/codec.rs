//! The binary form of a plan in the cache: what the reader made of the
//! file, field by field, so that reading it back gives the same plan.
//! Lengths are LEB128 varints, strings are UTF-8 with their length, days
//! are days from the common era. Windows and lists of unit ids are written
//! once and shared by index, as the reader shares them; the tasks are cut
//! into chunks, each read from the cache file and decoded on a thread of
//! its own straight into its place among the plan's tasks, so that a
//! large plan's bytes are never in memory whole beside its tasks.
//!
//! Reading never trusts the bytes: every length is checked against what
//! is left, every string against UTF-8, every tag against its set, and a
//! window nests only so deep. Anything wrong reads as `None`, and the file
//! is parsed instead.

use std::borrow::Cow;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::bytes::{Dec, Enc};
use crate::model::{Plan, Responsibility, Signer, Task, TaskWindow, UnitIds};
use crate::units::{Registry, Unit};

/// Tasks per chunk: each chunk is read on its own thread.
const CHUNK: usize = 1024;

/// The fewest bytes a task takes: each of its fourteen fields in its
/// shortest form, one byte.
const MIN_TASK: u64 = 14;

/// The bytes of `plan`.
pub(super) fn encode<'a>(plan: &'a Plan) -> Vec<u8> {
    let mut e = Enc(Vec::with_capacity(256 + plan.tasks.len() * 160));
    e.str(&plan.title);
    e.opt_str(plan.issuer.as_deref());
    e.opt_str(plan.number.as_deref());
    e.opt_day(plan.date);
    e.opt_str(plan.place.as_deref());
    e.opt_str(plan.period_text.as_deref());
    e.opt(plan.period.as_ref(), Enc::span);
    e.strs(&plan.basis);
    e.opt_str(plan.purpose.as_deref());
    e.opt_str(plan.requirements.as_deref());
    e.opt_str(plan.closing.as_deref());
    e.strs(&plan.recipients);
    e.opt(plan.signer.as_ref(), |e, s| {
        e.str(&s.name);
        e.opt_str(s.position.as_deref());
        e.opt_str(s.on_behalf_of.as_deref());
    });
    e.review(plan.review);
    let units = plan.units.units();
    e.len(units.len());
    for unit in units {
        e.str(&unit.id);
        e.str(&unit.name);
        e.strs(&unit.aliases);
        e.opt(unit.members.as_ref(), |e, members| e.strs(members));
    }
    e.len(plan.responsibilities.len());
    for r in &plan.responsibilities {
        e.str(&r.unit);
        e.opt_str(r.heading.as_deref());
        e.str(&r.text);
    }
    // Each window once, in the order tasks first use it.
    let mut windows: FxHashMap<*const TaskWindow, usize> = FxHashMap::default();
    let mut order: Vec<&TaskWindow> = Vec::new();
    let index: Vec<usize> = plan
        .tasks
        .iter()
        .map(|task| {
            *windows.entry(Arc::as_ptr(&task.window)).or_insert_with(|| {
                order.push(&task.window);
                order.len() - 1
            })
        })
        .collect();
    e.len(order.len());
    for window in order {
        e.str(&window.text);
        e.window(&window.window);
        e.spans(&window.milestones);
        e.bool(window.unread);
    }
    // Each list of unit ids once, in the order tasks first name it.
    let mut lists: FxHashMap<&[String], usize> = FxHashMap::default();
    let mut named: Vec<&[String]> = Vec::new();
    let mut list = |ids: &'a [String]| -> usize {
        *lists.entry(ids).or_insert_with(|| {
            named.push(ids);
            named.len() - 1
        })
    };
    let units: Vec<(usize, usize)> = plan
        .tasks
        .iter()
        .map(|task| (list(&task.lead), list(&task.partners)))
        .collect();
    e.len(named.len());
    for ids in named {
        e.strs(ids);
    }
    // The head opens with what a list needs before it reads a plan chunk
    // by chunk: the plan's id; whether its tasks are in natural id order,
    // and whether any keeps a unit's report (which it could not tell
    // without all of them); and its chunks.
    let mut first = Enc(Vec::with_capacity(64 + plan.tasks.len() / 64));
    first.str(&plan.id);
    first.bool(
        plan.tasks
            .windows(2)
            .all(|w| crate::query::natural_cmp(&w[0].id, &w[1].id).is_lt()),
    );
    first.bool(plan.follows_reports());
    first.len(plan.tasks.len());
    let mut chunks = Vec::with_capacity(plan.tasks.len() * 160);
    for ((tasks, index), units) in plan
        .tasks
        .chunks(CHUNK)
        .zip(index.chunks(CHUNK))
        .zip(units.chunks(CHUNK))
    {
        let mut chunk = Enc(Vec::with_capacity(tasks.len() * 160));
        for ((task, &window), &units) in tasks.iter().zip(index).zip(units) {
            chunk.task(task, window, units);
        }
        first.len(chunk.0.len());
        first.u64(u64::from(crc32fast::hash(&chunk.0)));
        chunks.extend_from_slice(&chunk.0);
    }
    let head = first.0.len() + e.0.len();
    let mut bytes = Vec::with_capacity(8 + head + chunks.len());
    bytes.extend_from_slice(&(head as u64).to_le_bytes());
    bytes.extend_from_slice(&first.0);
    bytes.extend_from_slice(&e.0);
    bytes.extend_from_slice(&chunks);
    bytes
}

/// Where a plan's bytes are read from, a range at a time: all of them in
/// memory, or the cache file, read chunk by chunk so that a large plan's
/// bytes are never in memory whole beside the tasks made of them.
pub(super) trait Source: Sync {
    /// How many bytes there are.
    fn len(&self) -> u64;
    /// The bytes in `range`; `None` when they cannot be read.
    fn read(&self, range: std::ops::Range<u64>) -> Option<Cow<'_, [u8]>>;
}

impl Source for [u8] {
    fn len(&self) -> u64 {
        self.len() as u64
    }

    fn read(&self, range: std::ops::Range<u64>) -> Option<Cow<'_, [u8]>> {
        let start = usize::try_from(range.start).ok()?;
        let end = usize::try_from(range.end).ok()?;
        self.get(start..end).map(Cow::Borrowed)
    }
}

/// The plan `bytes` hold, at `path`; `None` when they are not the bytes
/// [`encode`] writes.
#[cfg(test)]
pub(super) fn decode(bytes: &[u8], path: &std::path::Path) -> Option<Plan> {
    decode_from(bytes, path).map(|(plan, _)| plan)
}

/// A plan's head read from its bytes: the plan without its tasks, what its
/// tasks share, and where each chunk of its tasks lies, so that its tasks
/// can be decoded a chunk at a time.
pub(super) struct Head {
    windows: Vec<Arc<TaskWindow>>,
    lists: Vec<UnitIds>,
    /// Each chunk: its bytes in the payload, its number of tasks, its
    /// CRC-32.
    chunks: Vec<(std::ops::Range<u64>, usize, u32)>,
}

/// The plan the bytes of `source` hold, at `path`, without its tasks; its
/// head, to read them with; and the CRC-32 of all of its bytes (see
/// [`Index::sum`]); `None` when they are not the bytes [`encode`] writes.
pub(super) fn decode_head<S: Source + ?Sized>(
    source: &S,
    path: &std::path::Path,
) -> Option<(Plan, Head, u32)> {
    let (bytes, index) = read_index(source)?;
    let mut d = Dec {
        bytes: &bytes,
        at: index.end,
    };
    let title = d.string()?;
    let issuer = d.opt_string()?;
    let number = d.opt_string()?;
    let date = d.opt(Dec::day)?;
    let place = d.opt_string()?;
    let period_text = d.opt_string()?;
    let period = d.opt(Dec::span)?;
    let basis = d.strings()?;
    let purpose = d.opt_string()?;
    let requirements = d.opt_string()?;
    let closing = d.opt_string()?;
    let recipients = d.strings()?;
    let signer = d.opt(|d| {
        Some(Signer {
            name: d.string()?,
            position: d.opt_string()?,
            on_behalf_of: d.opt_string()?,
        })
    })?;
    let review = d.review()?;
    let count = d.len_of(4)?;
    let mut units = Vec::with_capacity(count);
    for _ in 0..count {
        units.push(Unit {
            id: d.string()?,
            name: d.string()?,
            aliases: d.strings()?,
            members: d.opt(Dec::strings)?,
        });
    }
    let count = d.len_of(3)?;
    let mut responsibilities = Vec::with_capacity(count);
    for _ in 0..count {
        responsibilities.push(Responsibility {
            unit: d.string()?,
            heading: d.opt_string()?,
            text: d.string()?,
        });
    }
    let count = d.len_of(4)?;
    let mut windows = Vec::with_capacity(count);
    for _ in 0..count {
        windows.push(Arc::new(TaskWindow {
            text: d.string()?,
            window: d.window(0)?,
            milestones: d.spans()?,
            unread: d.bool()?,
        }));
    }
    let count = d.len_of(1)?;
    let mut lists: Vec<UnitIds> = Vec::with_capacity(count);
    for _ in 0..count {
        lists.push(d.strings()?.into());
    }
    if d.at != bytes.len() {
        return None;
    }
    let plan = Plan {
        path: path.to_path_buf(),
        id: index.id,
        title,
        issuer,
        number,
        date,
        place,
        period_text,
        period,
        basis,
        purpose,
        requirements,
        closing,
        recipients,
        signer,
        review,
        units: Registry::new(units),
        responsibilities,
        tasks: Vec::new(),
        follows_reports: index.follows_reports.into(),
    };
    let head = Head {
        windows,
        lists,
        chunks: index.chunks,
    };
    Some((plan, head, index.sum))
}

/// What the head of a plan's bytes opens with: all a list needs to know
/// of the plan before it reads it chunk by chunk.
pub(super) struct Index {
    pub id: String,
    pub ordered: bool,
    follows_reports: bool,
    /// Each chunk: its bytes in the payload, its number of tasks, its
    /// CRC-32.
    pub chunks: Vec<(std::ops::Range<u64>, usize, u32)>,
    /// The CRC-32 of all of the plan's bytes: the head's own, combined
    /// with the sums it records of its chunks.
    pub sum: u32,
    /// Where in the head the rest of it starts.
    end: usize,
}

/// The head of the bytes of `source` and its [`Index`], read without the
/// rest of the head; `None` when they are not the bytes [`encode`]
/// writes. The head is its length (8 bytes, little-endian), then the
/// plan's id, its two flags, its task count, each chunk's length and sum,
/// and then the plan without its tasks.
pub(super) fn read_index<S: Source + ?Sized>(source: &S) -> Option<(Cow<'_, [u8]>, Index)> {
    // A small plan's head and more in one read; a larger one's in two.
    let first = source.read(0..source.len().min(FIRST_READ))?;
    let head_length = u64::from_le_bytes(first.get(..8)?.try_into().ok()?);
    let head_end = head_length.checked_add(8)?;
    let head: Cow<'_, [u8]> = if head_end <= first.len() as u64 {
        let end = usize::try_from(head_end).ok()?;
        match first {
            Cow::Borrowed(bytes) => Cow::Borrowed(&bytes[8..end]),
            Cow::Owned(mut bytes) => {
                bytes.truncate(end);
                bytes.drain(..8);
                Cow::Owned(bytes)
            }
        }
    } else {
        source.read(8..head_end)?
    };
    let mut sum = crc32fast::Hasher::new();
    sum.update(&head_length.to_le_bytes());
    sum.update(&head);
    let mut d = Dec {
        bytes: &head,
        at: 0,
    };
    let id = d.string()?;
    let ordered = d.bool()?;
    let follows_reports = d.bool()?;
    // Each task takes MIN_TASK bytes at least: no count reserves more
    // tasks than the bytes after the head, or a chunk, could hold.
    let count = d.index()?;
    if (count as u64).saturating_mul(MIN_TASK) > source.len().saturating_sub(head_end) {
        return None;
    }
    let mut chunks = Vec::with_capacity(count.div_ceil(CHUNK));
    let (mut left, mut at) = (count, head_end);
    while left > 0 {
        let length = d.u64()?;
        let chunk_sum = u32::try_from(d.u64()?).ok()?;
        if length < left.min(CHUNK) as u64 * MIN_TASK {
            return None;
        }
        let end = at.checked_add(length)?;
        chunks.push((at..end, left.min(CHUNK), chunk_sum));
        sum.combine(&crc32fast::Hasher::new_with_initial_len(chunk_sum, length));
        left -= left.min(CHUNK);
        at = end;
    }
    if at != source.len() {
        return None;
    }
    let end = d.at;
    let index = Index {
        id,
        ordered,
        follows_reports,
        chunks,
        sum: sum.finalize(),
        end,
    };
    Some((head, index))
}

/// How many bytes are read at first for a plan's head.
const FIRST_READ: u64 = 4096;

impl Head {
    /// How many chunks the tasks are in.
    pub fn chunks(&self) -> usize {
        self.chunks.len()
    }

    /// How many tasks the plan has.
    fn tasks(&self) -> usize {
        self.chunks.iter().map(|(_, n, _)| n).sum()
    }

    /// The tasks of chunk `k`, read from `source` (the bytes the head was
    /// read from); `None` when they are not the bytes its sum is of.
    pub fn chunk<S: Source + ?Sized>(&self, source: &S, k: usize) -> Option<Vec<Task>> {
        let mut slots = Vec::with_capacity(self.chunks.get(k)?.1);
        slots.resize_with(self.chunks[k].1, || None);
        self.decode_into(source, k, &mut slots)?;
        Some(
            slots
                .into_iter()
                .map_while(std::convert::identity)
                .collect(),
        )
    }

    /// Decode chunk `k` into `slots`, as many as its tasks.
    fn decode_into<S: Source + ?Sized>(
        &self,
        source: &S,
        k: usize,
        slots: &mut [Option<Task>],
    ) -> Option<()> {
        let (range, count, sum) = self.chunks.get(k)?;
        if slots.len() != *count {
            return None;
        }
        let bytes = source.read(range.clone())?;
        if crc32fast::hash(&bytes) != *sum {
            return None;
        }
        let mut d = Dec {
            bytes: &bytes,
            at: 0,
        };
        for slot in slots {
            *slot = Some(d.task(&self.windows, &self.lists)?);
        }
        (d.at == bytes.len()).then_some(())
    }
}

/// The plan the bytes of `source` hold, at `path`, with the CRC-32 of
/// those bytes; `None` when they are not the bytes [`encode`] writes. The
/// head is read first ([`decode_head`]), then each chunk is read and
/// decoded on a thread of its own, and checked against its sum.
pub(super) fn decode_from<S: Source + ?Sized>(
    source: &S,
    path: &std::path::Path,
) -> Option<(Plan, u32)> {
    let (mut plan, head, sum) = decode_head(source, path)?;
    let count = head.tasks();
    // Each chunk's tasks are decoded into their own places in one vector:
    // chunks decoded apart and then joined would hold every task twice
    // for a moment, and fault the second copy in page by page.
    let mut slots: Vec<Option<Task>> = Vec::with_capacity(count);
    slots.resize_with(count, || None);
    let read = |(k, slots): (usize, &mut [Option<Task>])| head.decode_into(source, k, slots);
    if head.chunks() > 1 {
        slots
            .par_chunks_mut(CHUNK)
            .enumerate()
            .map(read)
            .collect::<Option<()>>()?;
    } else {
        slots
            .chunks_mut(CHUNK)
            .enumerate()
            .map(read)
            .collect::<Option<()>>()?;
    }
    // In place: `Option<Task>` is as large as a task.
    let tasks: Vec<Task> = slots
        .into_iter()
        .map_while(std::convert::identity)
        .collect();
    if tasks.len() != count {
        return None;
    }
    plan.tasks = tasks;
    Some((plan, sum))
}

mod fields;

#[cfg(test)]
mod tests;
