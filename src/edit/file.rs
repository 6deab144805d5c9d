//! Writing a plan file without ever losing it: an exclusive lock on a lock
//! file beside the plan, a temporary file in the same folder that is
//! flushed and renamed over the plan, and clean-up of both on success,
//! failure and Ctrl-C.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use crate::error::Error;

/// Files to remove if the process is interrupted: the lock file and any
/// temporary file being written.
static LEFTOVERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(path: &Path) {
    if let Ok(mut list) = LEFTOVERS.lock() {
        list.push(path.to_path_buf());
    }
}

fn unregister(path: &Path) {
    if let Ok(mut list) = LEFTOVERS.lock() {
        list.retain(|p| p != path);
    }
}

/// Remove every registered leftover. Called by the interrupt handler.
pub fn remove_leftovers() {
    if let Ok(list) = LEFTOVERS.lock() {
        for path in list.iter() {
            let _ = fs::remove_file(path);
        }
    }
}

/// The file an edit writes: the plan itself, or the target of a symbolic
/// link to it (the link stays a link).
pub fn resolve(path: &Path) -> Result<PathBuf, Error> {
    fs::canonicalize(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Refuse a plan file nobody may write. Checked on the mode bits because a
/// process running as root would be allowed to write anyway.
pub fn check_writable(path: &Path, shown: &Path) -> Result<fs::Metadata, Error> {
    let metadata = fs::metadata(path).map_err(|source| Error::Read {
        path: shown.to_path_buf(),
        source,
    })?;
    #[cfg(unix)]
    let read_only = {
        use std::os::unix::fs::PermissionsExt;
        metadata.permissions().mode() & 0o222 == 0
    };
    #[cfg(not(unix))]
    let read_only = metadata.permissions().readonly();
    if read_only {
        return Err(Error::ReadOnly(shown.to_path_buf()));
    }
    Ok(metadata)
}

/// An exclusive lock on `.NAME.lock` beside a plan file. Released and the
/// lock file removed on drop.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: Option<File>,
}

impl Lock {
    /// Wait up to `timeout` for the lock of `plan`.
    pub fn acquire(plan: &Path, timeout: Duration) -> Result<Lock, Error> {
        let name = plan
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = plan.with_file_name(format!(".{name}.lock"));
        let started = Instant::now();
        loop {
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })?;
            match file.try_lock() {
                Ok(()) => {
                    // The holder before us removes the lock file before it
                    // lets go; if ours is no longer the file at that path,
                    // the lock is worthless: take the new one.
                    if same_file(&file, &path) {
                        register(&path);
                        return Ok(Lock {
                            path,
                            file: Some(file),
                        });
                    }
                }
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(source)) => {
                    return Err(Error::Write { path, source });
                }
            }
            drop(file);
            if started.elapsed() >= timeout {
                return Err(Error::Locked {
                    path,
                    seconds: timeout.as_secs_f64(),
                });
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        unregister(&self.path);
        // Closing the file releases the lock, after the file is gone.
        self.file.take();
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.exists()
}

/// What a file looked like when it was read, to notice a change by
/// another program before it is overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// The file's inode: a file replaced by another (an editor's save, a
    /// `git pull`) is another file even at the same size and time.
    inode: u64,
}

impl Stamp {
    pub fn of(metadata: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(metadata);
        #[cfg(not(unix))]
        let inode = 0;
        Stamp {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            inode,
        }
    }
}

/// A plan file read before its lock was taken, to find which file an edit
/// works on. The edit uses these bytes when, under the lock, the file still
/// has the same stamp, so that a file is read once per edit.
#[derive(Debug)]
pub struct Preread {
    stamp: Stamp,
    bytes: Vec<u8>,
}

impl Preread {
    /// The file's stamp, then its bytes: a change after the stamp was
    /// taken shows as a changed stamp under the lock.
    pub fn read(path: &Path) -> Result<Preread, Error> {
        let metadata = fs::metadata(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let stamp = Stamp::of(&metadata);
        let bytes = crate::store::read_untrusted(path)?;
        Ok(Preread { stamp, bytes })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, if the file is still the one that was read.
    pub fn into_bytes_if(self, now: &Stamp) -> Option<Vec<u8>> {
        (self.stamp == *now).then_some(self.bytes)
    }
}

/// A temporary file in `dir` holding `parts`, flushed to disk and given
/// `permissions`, and registered for removal on Ctrl-C. The caller renames
/// it into place and then calls [`unregister`].
fn staged(
    dir: &Path,
    parts: &[&[u8]],
    permissions: Option<fs::Permissions>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut temp = tempfile::Builder::new()
        .prefix(".plan-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    register(temp.path());
    let written = (|| {
        for part in parts {
            temp.write_all(part)?;
        }
        temp.as_file().sync_all()?;
        if let Some(permissions) = permissions {
            fs::set_permissions(temp.path(), permissions)?;
        }
        Ok(())
    })();
    if let Err(error) = written {
        unregister(temp.path());
        return Err(error);
    }
    Ok(temp)
}

/// Flush the folder so that a rename in it survives a crash.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Write a new file `path` in `dir` through a flushed temporary file; an
/// existing file is replaced only when `replace` is set (never a file that
/// appeared meanwhile, otherwise).
pub fn create(dir: &Path, path: &Path, bytes: &[u8], replace: bool) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let temp = staged(dir, &[bytes], None).map_err(write_error)?;
    let temp_path = temp.path().to_path_buf();
    let persisted = if replace {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    unregister(&temp_path);
    persisted.map_err(|e| write_error(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Replace `target` with the concatenation of `parts`: a temporary file in
/// the same folder is written, flushed to disk, given the plan's permissions
/// and renamed over it; then the folder is flushed. Refused when the plan no
/// longer matches `stamp`.
pub fn replace(target: &Path, shown: &Path, parts: &[&[u8]], stamp: &Stamp) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: shown.to_path_buf(),
        source,
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    let metadata = fs::metadata(target).map_err(write_error)?;
    if Stamp::of(&metadata) != *stamp {
        return Err(Error::Changed(shown.to_path_buf()));
    }
    let temp = staged(dir, parts, Some(metadata.permissions())).map_err(write_error)?;
    let temp_path = temp.path().to_path_buf();
    let persisted = temp.persist(target);
    unregister(&temp_path);
    persisted.map_err(|e| write_error(e.error))?;
    sync_dir(dir);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_before_the_lock_are_used_only_if_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "old").unwrap();
        let now = || Stamp::of(&fs::metadata(&plan).unwrap());
        let same = Preread::read(&plan).unwrap();
        assert_eq!(same.into_bytes_if(&now()).as_deref(), Some(&b"old"[..]));
        let stale = Preread::read(&plan).unwrap();
        // Another program saves the file by writing a new one over it.
        let other = dir.path().join("other");
        fs::write(&other, "new").unwrap();
        fs::rename(&other, &plan).unwrap();
        assert_eq!(stale.into_bytes_if(&now()), None);
    }

    #[test]
    fn lock_file_is_removed_on_release_and_a_second_lock_waits() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        let lock = Lock::acquire(&plan, Duration::from_secs(1)).unwrap();
        assert!(dir.path().join(".kh.toml.lock").exists());
        let second = Lock::acquire(&plan, Duration::from_millis(50));
        assert!(matches!(second, Err(Error::Locked { .. })));
        drop(lock);
        assert!(!dir.path().join(".kh.toml.lock").exists());
        drop(Lock::acquire(&plan, Duration::from_secs(1)).unwrap());
    }

    #[test]
    fn replace_keeps_permissions_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
        }
        let stamp = Stamp::of(&fs::metadata(&plan).unwrap());
        replace(&plan, &plan, &[b"new"], &stamp).unwrap();
        assert_eq!(fs::read(&plan).unwrap(), b"new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&plan).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn replace_refuses_a_file_changed_since_it_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "old").unwrap();
        let stamp = Stamp::of(&fs::metadata(&plan).unwrap());
        fs::write(&plan, "changed by someone else").unwrap();
        assert!(matches!(
            replace(&plan, &plan, &[b"new"], &stamp),
            Err(Error::Changed(_))
        ));
        assert_eq!(fs::read(&plan).unwrap(), b"changed by someone else");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
