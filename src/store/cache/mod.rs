//! A cache of read plans, so that a query over a large plan or a province
//! folder does not parse every file again when nothing changed.
//!
//! One cache file per folder of plans, in the user's cache folder
//! (`$PLAN_CACHE_DIR`, else `$XDG_CACHE_HOME/plan`, else `~/.cache/plan`),
//! holds, for each plan file read without any problem, what the reader made
//! of it, with the file's device, inode, size, modification and change
//! times. An entry is used only when all of them are still the file's and
//! the file is within the size limit; anything else — a missing or damaged
//! cache, an entry of another `plan` build — means the file is parsed, as
//! without a cache.
//!
//! The racy case, as git's index has it: a file changed within the same
//! clock tick as it was read could keep its times. So a file is cached only
//! when its modification and change times are [`SETTLED`] older than the
//! moment it was read; any later write, however fast, then gives it a
//! change time the entry does not have (the change time cannot be set
//! back by any program).
//!
//! The cache is written whole to a temporary file and renamed over the old
//! one, so that a reader sees the old cache or the new; it can be deleted at
//! any time. `PLAN_CACHE=0` (`false`, `no`, `off`) turns it off. Files with diagnostics (even
//! warnings) are never cached: `plan check` reads them each time.

mod bytes;
mod codec;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rustc_hash::FxHashMap;

use crate::model::Plan;
use bytes::{Dec, Enc};

/// How much older than the moment it is read a file's times must be for
/// it to be cached (covers file systems that keep times in whole seconds
/// or two).
const SETTLED: Duration = Duration::from_secs(3);

/// The first bytes of a cache file, with the layout's version.
const MAGIC: &[u8] = b"plan cache 5\n";

/// What identifies a file's contents without reading them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: i128,
    ctime: i128,
}

impl Stamp {
    #[cfg(unix)]
    pub fn of(metadata: &std::fs::Metadata) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        Some(Stamp {
            dev: metadata.dev(),
            ino: metadata.ino(),
            size: metadata.len(),
            mtime: ns(metadata.mtime(), metadata.mtime_nsec()),
            ctime: ns(metadata.ctime(), metadata.ctime_nsec()),
        })
    }

    #[cfg(not(unix))]
    pub fn of(_: &std::fs::Metadata) -> Option<Stamp> {
        None
    }

    /// Whether a file with this stamp, read at `read`, may be cached: its
    /// times are settled well before the read.
    fn settled(&self, read: SystemTime) -> bool {
        let Ok(read) = read.duration_since(SystemTime::UNIX_EPOCH) else {
            return false;
        };
        let limit = read.as_nanos() as i128 - SETTLED.as_nanos() as i128;
        self.mtime < limit && self.ctime < limit
    }

    fn write(&self, e: &mut Enc) {
        e.u64(self.dev);
        e.u64(self.ino);
        e.u64(self.size);
        e.i64(i64::try_from(self.mtime / 1_000_000_000).unwrap_or(i64::MAX));
        e.u64((self.mtime.rem_euclid(1_000_000_000)) as u64);
        e.i64(i64::try_from(self.ctime / 1_000_000_000).unwrap_or(i64::MAX));
        e.u64((self.ctime.rem_euclid(1_000_000_000)) as u64);
    }

    fn read(d: &mut Dec) -> Option<Stamp> {
        let dev = d.u64()?;
        let ino = d.u64()?;
        let size = d.u64()?;
        let mut time = || -> Option<i128> {
            let s = i128::from(d.i64()?);
            let n = i128::from(d.u64()?);
            Some(s * 1_000_000_000 + n)
        };
        let mtime = time()?;
        let ctime = time()?;
        Some(Stamp {
            dev,
            ino,
            size,
            mtime,
            ctime,
        })
    }
}

/// The cache folder, or `None` when the cache is off or has no home.
fn folder() -> Option<PathBuf> {
    let off = |v: &std::ffi::OsStr| ["0", "false", "no", "off"].iter().any(|w| v == *w);
    if std::env::var_os("PLAN_CACHE").is_some_and(|v| off(&v)) {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = set("PLAN_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = set("XDG_CACHE_HOME").map(PathBuf::from)
        && dir.is_absolute()
    {
        return Some(dir.join("plan"));
    }
    set("HOME").map(|home| PathBuf::from(home).join(".cache").join("plan"))
}

/// Which build of `plan` wrote a cache: another reads plans its own way.
fn identity() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .and_then(|m| Stamp::of(&m));
    match exe {
        Some(s) => format!(
            "{} {} {} {}",
            env!("CARGO_PKG_VERSION"),
            s.size,
            s.mtime,
            s.ino
        ),
        None => env!("CARGO_PKG_VERSION").to_string(),
    }
}

/// A stable name for the cache file of the plans in `dir` (FNV-1a).
fn file_name(dir: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in dir.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}.bin")
}

/// One folder's cache file: its index read, its entries read one by one
/// when asked for, so that a query about one plan of a large folder reads
/// that plan's entry alone, and no folder's cache is held whole in memory.
struct Dir {
    /// The cache file.
    file: PathBuf,
    /// The folder, canonical.
    path: PathBuf,
    /// The cache file as opened when its index was read: entries are read
    /// from it, even if another run renames a new cache over it meanwhile.
    open: Option<std::sync::Arc<std::fs::File>>,
    /// Entry by plan file name.
    entries: Entries,
}

/// A cache file's entries by plan file name: stamp, checksum, and where
/// the payload lies in the file.
type Entries = FxHashMap<OsString, (Stamp, u32, std::ops::Range<u64>)>;

impl Dir {
    fn read(file: PathBuf, path: PathBuf, identity: &str) -> Dir {
        let mut dir = Dir {
            file,
            path,
            open: None,
            entries: FxHashMap::default(),
        };
        // Like a plan file, the cache is read only if it is a regular
        // file: never a FIFO left in its place, which would wait.
        if let Ok(open) = super::untrusted::open_regular(&dir.file)
            && let Some(entries) = index(&open, &dir.path, identity)
        {
            dir.entries = entries;
            dir.open = Some(open.into());
        }
        dir
    }

    /// The payload at `range`, read from the file; `None` when it cannot be.
    fn payload(&self, range: &std::ops::Range<u64>) -> Option<Vec<u8>> {
        let open = self.open.as_ref()?;
        let length = usize::try_from(range.end.checked_sub(range.start)?).ok()?;
        read_at(open, length, range.start).ok()
    }
}

/// Payloads up to this size are read in one piece.
const WHOLE: u64 = 1 << 20;

/// A payload in the cache file, read a range at a time.
struct InFile {
    open: std::sync::Arc<std::fs::File>,
    range: std::ops::Range<u64>,
}

impl codec::Source for InFile {
    fn len(&self) -> u64 {
        self.range.end - self.range.start
    }

    fn read(&self, range: std::ops::Range<u64>) -> Option<std::borrow::Cow<'_, [u8]>> {
        if range.start > range.end || range.end > self.len() {
            return None;
        }
        let length = usize::try_from(range.end - range.start).ok()?;
        let bytes = read_at(&self.open, length, self.range.start + range.start).ok()?;
        Some(bytes.into())
    }
}

/// `length` bytes of `file` from `at`, read into a new vector's spare
/// room: they are not zeroed first (a list reads every chunk of a
/// province's plans through here).
#[cfg(unix)]
fn read_at(file: &std::fs::File, length: usize, at: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(length);
    while bytes.len() < length {
        let from = at + bytes.len() as u64;
        match rustix::io::pread(file, rustix::buffer::spare_capacity(&mut bytes), from) {
            Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => {}
            Err(error) => return Err(error.into()),
        }
    }
    bytes.truncate(length);
    Ok(bytes)
}

#[cfg(not(unix))]
fn read_at(_: &std::fs::File, _: usize, _: u64) -> std::io::Result<Vec<u8>> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The entries of the cache file `open`, when it is one of this build for
/// `path`: its magic, the length of its index (8 bytes, little-endian),
/// the index, then the payloads in the index's order, which must end
/// where the file does.
fn index(open: &std::fs::File, path: &Path, identity: &str) -> Option<Entries> {
    let size = open.metadata().ok()?.len();
    let head = read_at(open, MAGIC.len() + 8, 0).ok()?;
    let length = u64::from_le_bytes(head.strip_prefix(MAGIC)?.try_into().ok()?);
    let start = head.len() as u64;
    if length > size.saturating_sub(start) {
        return None;
    }
    let bytes = read_at(open, usize::try_from(length).ok()?, start).ok()?;
    let mut d = Dec {
        bytes: &bytes,
        at: 0,
    };
    if d.str()? != identity || d.str()?.as_bytes() != path.as_os_str().as_encoded_bytes() {
        return None;
    }
    let count = d.len()?;
    let mut entries = FxHashMap::default();
    let mut at = start + length;
    for _ in 0..count {
        let name = OsString::from(d.str()?);
        let stamp = Stamp::read(&mut d)?;
        let sum = u32::try_from(d.u64()?).ok()?;
        let length = d.u64()?;
        let end = at.checked_add(length)?;
        entries.insert(name, (stamp, sum, at..end));
        at = end;
    }
    (d.at == bytes.len() && at == size).then_some(entries)
}

/// A plan read from its file now, to be cached.
pub struct Fresh {
    pub stamp: Stamp,
    pub payload: Vec<u8>,
}

impl Fresh {
    /// The entry for `plan`, read from a file stamped `before` when the
    /// read began at `read` and `after` when it ended; `None` when the file
    /// changed meanwhile or too recently to be told apart from a change.
    pub fn new(plan: &Plan, read: SystemTime, before: Stamp, after: Stamp) -> Option<Fresh> {
        (before == after && before.settled(read)).then(|| Fresh {
            stamp: before,
            payload: codec::encode(plan),
        })
    }
}

/// A plan in the cache, to be read a chunk of tasks at a time: where its
/// entry is, and what a list needs to know of it before reading it.
pub struct Chunked {
    source: InFile,
    /// The plan file's stamp, as the entry has it.
    stamp: Stamp,
    sum: u32,
    path: PathBuf,
    id: String,
    /// Each chunk's number of tasks.
    counts: Vec<usize>,
    ordered: bool,
}

/// A plan of the cache opened: the plan without its tasks, and its head,
/// to read them with.
pub struct Opened {
    pub plan: Plan,
    head: codec::Head,
}

impl Chunked {
    /// Whether the plan file is still the one the entry was made of.
    pub fn unchanged(&self) -> bool {
        std::fs::metadata(&self.path)
            .ok()
            .and_then(|m| Stamp::of(&m))
            .is_some_and(|now| now == self.stamp)
    }

    /// The plan's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The plan file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the plan's tasks are in natural id order.
    pub fn ordered(&self) -> bool {
        self.ordered
    }

    /// How many chunks its tasks are in.
    pub fn chunks(&self) -> usize {
        self.counts.len()
    }

    /// Where the tasks of chunk `k` are among the plan's tasks.
    pub fn task_range(&self, k: usize) -> std::ops::Range<usize> {
        let start = self.counts[..k.min(self.counts.len())].iter().sum();
        start..start + self.counts.get(k).copied().unwrap_or(0)
    }

    /// The plan without its tasks, read again from the cache file; `None`
    /// when the file no longer holds the entry's bytes.
    pub fn open(&self) -> Option<Opened> {
        let (plan, head, sum) = codec::decode_head(&self.source, &self.path)?;
        (sum == self.sum).then_some(Opened { plan, head })
    }

    /// The tasks of chunk `k` of the plan `opened` is; `None` when the
    /// cache file no longer holds the bytes the chunk's sum is of.
    pub fn chunk(&self, opened: &Opened, k: usize) -> Option<Vec<crate::model::Task>> {
        opened.head.chunk(&self.source, k)
    }
}

/// The caches of the folders a run reads plans in.
pub struct Cache {
    identity: String,
    dirs: Vec<Dir>,
    /// Each file's folder (index in `dirs`) and name, in the order given.
    files: Vec<Option<(usize, OsString)>>,
}

impl Cache {
    /// The caches of the folders `files` are in; `None` when the cache is off.
    pub fn open(files: &[PathBuf]) -> Option<Cache> {
        Some(Cache::open_in(folder()?, files))
    }

    /// The caches, kept in `root`, of the folders `files` are in.
    pub fn open_in(root: PathBuf, files: &[PathBuf]) -> Cache {
        let identity = identity();
        let mut dirs: Vec<Dir> = Vec::new();
        let mut seen: FxHashMap<PathBuf, Option<usize>> = FxHashMap::default();
        let mut canonical: FxHashMap<PathBuf, usize> = FxHashMap::default();
        let files = files
            .iter()
            .map(|file| {
                let parent = file.parent().unwrap_or(Path::new(""));
                let parent = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
                let at = *seen.entry(parent.to_path_buf()).or_insert_with(|| {
                    let path = std::fs::canonicalize(parent).ok()?;
                    if let Some(&i) = canonical.get(&path) {
                        return Some(i);
                    }
                    canonical.insert(path.clone(), dirs.len());
                    let file = root.join(file_name(&path));
                    dirs.push(Dir::read(file, path, &identity));
                    Some(dirs.len() - 1)
                });
                Some((at?, file.file_name()?.to_os_string()))
            })
            .collect();
        Cache {
            identity,
            dirs,
            files,
        }
    }

    /// The folder, checksum and payload of the `n`th file's entry, when it
    /// is the file as it is now (`stamp`) and the file is within the size
    /// limit.
    fn entry(&self, n: usize, stamp: Stamp) -> Option<(&Dir, &u32, &std::ops::Range<u64>)> {
        let (dir, name) = self.files.get(n)?.as_ref()?;
        let dir = &self.dirs[*dir];
        let (kept, sum, range) = dir.entries.get(name)?;
        (*kept == stamp && stamp.size <= super::untrusted::limit()).then_some((dir, sum, range))
    }

    /// The plan of the `n`th file, read from the cache, when its entry is
    /// the file as it is now (`stamp`).
    pub fn get(&self, n: usize, path: &Path, stamp: Stamp) -> Option<Plan> {
        let (dir, sum, range) = self.entry(n, stamp)?;
        // A small plan is read in one piece; a large one chunk by chunk.
        let (plan, read) = if range.end - range.start <= WHOLE {
            codec::decode_from(dir.payload(range)?.as_slice(), path)?
        } else {
            let open = dir.open.as_ref()?;
            codec::decode_from(
                &InFile {
                    open: std::sync::Arc::clone(open),
                    range: range.clone(),
                },
                path,
            )?
        };
        (read == *sum).then_some(plan)
    }

    /// The plan of the `n`th file, to read a chunk of tasks at a time, when
    /// its entry is the file as it is now (`stamp`). Only the head of the
    /// entry is read here, and checked with the sums it holds of each chunk
    /// against the entry's; each chunk is read, and checked against its
    /// sum, when asked for.
    pub fn chunked(&self, n: usize, path: &Path, stamp: Stamp) -> Option<Chunked> {
        let (dir, sum, range) = self.entry(n, stamp)?;
        let source = InFile {
            open: std::sync::Arc::clone(dir.open.as_ref()?),
            range: range.clone(),
        };
        let (_, index) = codec::read_index(&source)?;
        (index.sum == *sum).then(|| Chunked {
            stamp,
            sum: index.sum,
            path: path.to_path_buf(),
            counts: index.chunks.iter().map(|(_, n, _)| *n).collect(),
            ordered: index.ordered,
            id: index.id,
            source,
        })
    }

    /// Write the folders' caches again with the entries of the files just
    /// read (`fresh`, by file), keeping the others of each folder whose
    /// file still has the stamp. A cache that cannot be written is left:
    /// the next run parses again.
    pub fn store(self, fresh: Vec<Option<Fresh>>) {
        let mut by_dir: Vec<Vec<(OsString, Fresh)>> =
            self.dirs.iter().map(|_| Vec::new()).collect();
        for (file, fresh) in self.files.into_iter().zip(fresh) {
            if let (Some((dir, name)), Some(fresh)) = (file, fresh) {
                by_dir[dir].push((name, fresh));
            }
        }
        for (dir, fresh) in self.dirs.into_iter().zip(by_dir) {
            if !fresh.is_empty() {
                let _ = write(&self.identity, dir, fresh);
            }
        }
    }
}

/// Write `dir`'s cache file with `fresh` and the entries of `dir` still
/// current.
fn write(identity: &str, dir: Dir, fresh: Vec<(OsString, Fresh)>) -> std::io::Result<()> {
    let Some(path) = dir.path.to_str() else {
        return Ok(());
    };
    // Each entry: its name, stamp, checksum and payload.
    let mut entries: Vec<(&str, Stamp, u32, std::borrow::Cow<'_, [u8]>)> = Vec::new();
    for (name, fresh) in &fresh {
        if let Some(name) = name.to_str() {
            let sum = crc32fast::hash(&fresh.payload);
            entries.push((name, fresh.stamp, sum, fresh.payload.as_slice().into()));
        }
    }
    let renewed: std::collections::HashSet<&OsString> = fresh.iter().map(|(n, _)| n).collect();
    for (name, (stamp, sum, range)) in &dir.entries {
        let Some(text) = name.to_str() else {
            continue;
        };
        if renewed.contains(name) {
            continue;
        }
        let current = std::fs::metadata(dir.path.join(name))
            .ok()
            .and_then(|m| Stamp::of(&m));
        if current == Some(*stamp)
            && let Some(payload) = dir.payload(range)
        {
            entries.push((text, *stamp, *sum, payload.into()));
        }
    }
    let mut index = Enc(Vec::with_capacity(256 + entries.len() * 64));
    index.str(identity);
    index.str(path);
    index.u64(entries.len() as u64);
    for (name, stamp, sum, payload) in &entries {
        index.str(name);
        stamp.write(&mut index);
        index.u64(u64::from(*sum));
        index.u64(payload.len() as u64);
    }
    let folder = dir.file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let temp = tempfile::NamedTempFile::new_in(folder)?;
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, temp.as_file());
        use std::io::Write;
        out.write_all(MAGIC)?;
        out.write_all(&(index.0.len() as u64).to_le_bytes())?;
        out.write_all(&index.0)?;
        for (_, _, _, payload) in &entries {
            out.write_all(payload)?;
        }
        out.flush()?;
    }
    temp.persist(&dir.file).map_err(|e| e.error)?;
    Ok(())
}
