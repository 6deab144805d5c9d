//! The cache codec read back: every shipped plan, large plans across
//! chunks, damaged and crafted bytes.

use std::path::{Path, PathBuf};

use super::*;

/// Everything a plan holds, for comparing two (the registry by its units).
fn view(plan: &Plan) -> String {
    format!(
        "{:?}",
        (
            (
                &plan.path,
                &plan.id,
                &plan.title,
                &plan.issuer,
                &plan.number
            ),
            (&plan.date, &plan.place, &plan.period_text, &plan.period),
            (
                &plan.basis,
                &plan.purpose,
                &plan.requirements,
                &plan.closing
            ),
            (&plan.recipients, &plan.signer, &plan.review),
            (plan.units.units(), &plan.responsibilities, &plan.tasks),
        )
    )
}

fn plans() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["plans", "tests/import", "tests/render", "tests/fixtures"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn every_plan_shipped_reads_back_from_its_bytes_as_the_same_plan() {
    let files = plans();
    assert!(files.len() >= 10, "{files:?}");
    let mut read = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let (Some(plan), _) = crate::store::parse_str(&path, &text) else {
            continue;
        };
        let bytes = encode(&plan);
        let back = decode(&bytes, &path).expect("reads back");
        assert_eq!(view(&back), view(&plan), "{}", path.display());
        // Tasks that share a window when parsed share it read back.
        let shared = |plan: &Plan| -> Vec<usize> {
            plan.tasks
                .iter()
                .map(|t| {
                    plan.tasks
                        .iter()
                        .position(|u| Arc::ptr_eq(&t.window, &u.window))
                        .unwrap()
                })
                .collect()
        };
        assert_eq!(shared(&back), shared(&plan), "{}", path.display());
        // Tasks naming the same units read back sharing one list.
        for (t, u) in back.tasks.iter().zip(&back.tasks[1..]) {
            for (a, b) in [
                (&t.lead, &u.lead),
                (&t.partners, &u.partners),
                (&t.lead, &u.partners),
            ] {
                assert_eq!(a == b, Arc::ptr_eq(a, b), "{}: {a:?} {b:?}", path.display());
            }
        }
        read += 1;
    }
    assert!(read >= 10, "{read}");
}

/// The seed plan, its tasks repeated (with new ids) until it has at
/// least `tasks`, and its path.
fn large_plan(tasks: usize) -> (PathBuf, Plan) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("plans/trieu-son-2020-pcbldg.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let (Some(mut plan), _) = crate::store::parse_str(&path, &text) else {
        panic!("the seed reads");
    };
    let seed = plan.tasks.clone();
    while plan.tasks.len() < tasks {
        let n = plan.tasks.len();
        plan.tasks.extend(seed.iter().cloned().map(|mut t| {
            t.id = format!("{}-{n}", t.id);
            t
        }));
    }
    (path, plan)
}

#[test]
fn a_large_plan_reads_back_across_chunks_and_damage_reads_as_nothing() {
    let (path, plan) = large_plan(3 * CHUNK + 7);
    let bytes = encode(&plan);
    let back = decode(&bytes, &path).expect("reads back");
    assert_eq!(view(&back), view(&plan));
    // Cut anywhere, or with a byte more: nothing, never a panic.
    for n in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
        assert!(decode(&bytes[..n], &path).is_none(), "cut at {n}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer, &path).is_none());
    for at in (0..bytes.len()).step_by(bytes.len() / 53 + 1) {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0xFF;
        let _ = decode(&flipped, &path);
    }
}

/// A source that records the longest piece read from it, and how
/// many pieces were read.
struct Counted<'a> {
    bytes: &'a [u8],
    longest: std::sync::atomic::AtomicU64,
    reads: std::sync::atomic::AtomicU64,
}

impl Source for Counted<'_> {
    fn len(&self) -> u64 {
        self.bytes.len() as u64
    }

    fn read(&self, range: std::ops::Range<u64>) -> Option<Cow<'_, [u8]>> {
        let length = range.end.saturating_sub(range.start);
        self.longest
            .fetch_max(length, std::sync::atomic::Ordering::Relaxed);
        self.reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.bytes.read(range)
    }
}

#[test]
fn a_large_plan_is_read_chunk_by_chunk_and_summed_as_a_whole() {
    let (path, plan) = large_plan(4 * CHUNK);
    let bytes = encode(&plan);
    let source = Counted {
        bytes: &bytes,
        longest: 0.into(),
        reads: 0.into(),
    };
    let (back, sum) = decode_from(&source, &path).expect("reads back");
    assert_eq!(view(&back), view(&plan));
    // The sum is the whole payload's, as the cache's index keeps it.
    assert_eq!(sum, crc32fast::hash(&bytes));
    // No piece read holds as much as a third of the bytes: the tasks
    // came in chunks.
    let longest = source.longest.into_inner();
    assert!(
        longest * 3 < bytes.len() as u64,
        "{longest} of {}",
        bytes.len()
    );
    // A byte changed inside a chunk of titles still decodes, but not
    // to the same sum: the cache then parses the file.
    let mut changed = bytes.clone();
    let at = changed.len() - 40;
    changed[at] = if changed[at] == b'a' { b'b' } else { b'a' };
    if let Some((_, other)) = decode_from(changed.as_slice(), &path) {
        assert_ne!(other, crc32fast::hash(&bytes));
    }
}

#[test]
fn a_task_count_the_bytes_cannot_hold_is_refused_before_any_chunk_is_read() {
    // A plan's head with its task count raised to a million, and after
    // it a million bytes of tasks cut into chunks whose lengths add up:
    // one byte a task, too few for any task. Reserving a million task
    // slots for it would take 224 MB.
    let (path, mut plan) = large_plan(0);
    plan.tasks.clear();
    let empty = encode(&plan);
    let head = &empty[8..];
    // The head opens with the id, two flags and the count (0), then the
    // rest of the plan.
    let mut id = Enc(Vec::new());
    id.str(&plan.id);
    let opening = id.0.len() + 2;
    assert_eq!(head[opening], 0, "the count follows the id and flags");
    let n = 1_000_000;
    let mut e = Enc(head[..opening].to_vec());
    e.len(n);
    let mut left = n;
    while left > 0 {
        e.len(left.min(CHUNK));
        e.u64(0);
        left -= left.min(CHUNK);
    }
    e.0.extend_from_slice(&head[opening + 1..]);
    let mut bytes = (e.0.len() as u64).to_le_bytes().to_vec();
    bytes.extend_from_slice(&e.0);
    bytes.resize(bytes.len() + n, 0);
    let source = Counted {
        bytes: &bytes,
        longest: 0.into(),
        reads: 0.into(),
    };
    assert!(decode_from(&source, &path).is_none());
    // Only the head was read (its first bytes, then the rest of it): the
    // count was refused before the tasks' slots were reserved and their
    // chunks read.
    let reads = source.reads.into_inner();
    assert_eq!(reads, 2, "{reads} reads");
}
