//! Writing a plan file without ever losing it: a temporary file in the same
//! folder, flushed, given the plan's owner, mode and extended attributes,
//! and renamed over the plan once the plan is seen unchanged since it was
//! read; clean-up of temporary files on success, failure and signals, and
//! of those an edit killed outright left behind.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use crate::error::{Error, Notice};

/// Files to remove if the process is interrupted: the lock file and any
/// temporary file being written.
static LEFTOVERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

pub(super) fn register(path: &Path) {
    if let Ok(mut list) = LEFTOVERS.lock() {
        list.push(path.to_path_buf());
    }
}

pub(super) fn unregister(path: &Path) {
    if let Ok(mut list) = LEFTOVERS.lock() {
        list.retain(|p| p != path);
    }
}

/// Remove every registered leftover and end the process with `code`.
/// Called by the signal handler. The list stays locked until the process
/// ends, so that no temporary file is made, unseen, after the others are
/// removed.
pub fn remove_leftovers_and_exit(code: i32) -> ! {
    let list = LEFTOVERS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for path in list.iter() {
        let _ = fs::remove_file(path);
    }
    std::process::exit(code)
}

/// The file an edit writes: the plan itself, or the target of a symbolic
/// link to it (the link stays a link).
pub fn resolve(path: &Path) -> Result<PathBuf, Error> {
    fs::canonicalize(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Refuse a plan file nobody may write, or that the user running the edit
/// may not write. The first is checked on the mode bits, so that root, who
/// would be allowed to write anyway, is refused too; the second asks the
/// system with the effective ids, since in a folder anyone may write the
/// rename would otherwise let anyone replace a file they may only read.
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
    if !may_write(path) {
        return Err(Error::NotWritable(shown.to_path_buf()));
    }
    Ok(metadata)
}

/// Whether the user running this process may write the file at `path`, by
/// its effective ids (mode bits, owner, group and ACL, as the kernel
/// decides). Root may write any file. Only a refusal counts: any other
/// failure (a read-only filesystem, say) is left to the write to report.
pub fn may_write(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use rustix::fs::{Access, AtFlags, CWD};
        match rustix::fs::accessat(CWD, path, Access::WRITE_OK, AtFlags::EACCESS) {
            Ok(()) => true,
            Err(errno) => errno != rustix::io::Errno::ACCESS && errno != rustix::io::Errno::PERM,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        true
    }
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
    /// The inode's change time, in nanoseconds: a write in place moves it
    /// even when the modification time is set back.
    changed: (i64, i64),
}

impl Stamp {
    pub fn of(metadata: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(metadata);
        #[cfg(not(unix))]
        let inode = 0;
        #[cfg(unix)]
        let changed = {
            use std::os::unix::fs::MetadataExt;
            (metadata.ctime(), metadata.ctime_nsec())
        };
        #[cfg(not(unix))]
        let changed = (0, 0);
        Stamp {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            inode,
            changed,
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

/// The start of the names of the temporary files an edit of `plan` writes:
/// `.plan-NAME-` (then six letters or digits and `.tmp`). Only edits of
/// that plan, which hold its lock, write files of that name.
fn temp_prefix(plan: &Path) -> Option<String> {
    let name = plan.file_name()?.to_str()?;
    // A name too long to take the prefix falls back to the shared pattern,
    // never cleaned up by another run.
    (name.len() <= 200).then(|| format!(".plan-{name}-"))
}

/// Whether `file_name` is a temporary file `prefix` names.
fn is_temp_of(file_name: &str, prefix: &str) -> bool {
    file_name
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|random| {
            random.len() == 6 && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Remove the temporary files of `plan` older than `lock_taken`, the time
/// the caller took the plan's lock: only an edit holding that lock writes
/// them, so one older than our lock was left by an edit killed outright
/// (kill -9, a crash, a power cut). Only regular files of the exact name
/// pattern, never through a link; failures are ignored.
pub fn remove_stale(plan: &Path, lock_taken: SystemTime) {
    let (Some(dir), Some(prefix)) = (plan.parent(), temp_prefix(plan)) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(|n| is_temp_of(n, &prefix)) {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if meta.file_type().is_file() && meta.modified().is_ok_and(|m| m < lock_taken) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A temporary file in `dir` whose name starts with `prefix`, holding
/// `parts`, flushed to disk, and registered for removal on a signal. The
/// caller renames it into place and then calls [`unregister`].
fn staged(dir: &Path, prefix: &str, parts: &[&[u8]]) -> std::io::Result<tempfile::NamedTempFile> {
    // The file is made and registered under the list's lock: a signal
    // between the two would otherwise leave it behind.
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .make_in(dir, |path| {
            let mut list = LEFTOVERS
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let file = create_new_private(path)?;
            list.push(path.to_path_buf());
            Ok(file)
        })?;
    let written = (|| {
        for part in parts {
            temp.write_all(part)?;
        }
        temp.as_file().sync_all()
    })();
    if let Err(error) = written {
        unregister(temp.path());
        return Err(error);
    }
    Ok(temp)
}

/// A new file at `path`, readable and writable by its owner alone, as
/// `tempfile` makes its files.
fn create_new_private(path: &Path) -> std::io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
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
    // A new file is written without a lock: its temporary file takes the
    // shared name, which no other run removes.
    let temp = staged(dir, ".plan-", &[bytes]).map_err(write_error)?;
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
/// the same folder is written, flushed to disk, given the plan's owner,
/// mode and extended attributes, and renamed over it; then the folder is
/// flushed. Refused when the plan no longer matches `stamp`, checked again
/// right before the rename. What could not be kept goes to `notify`.
pub fn replace(
    target: &Path,
    shown: &Path,
    parts: &[&[u8]],
    stamp: &Stamp,
    notify: &mut dyn FnMut(&Notice),
) -> Result<(), Error> {
    replace_checked(target, shown, parts, stamp, notify, || {})
}

/// [`replace`], running `before_rename` between the staging and the last
/// check (tests change the plan there).
fn replace_checked(
    target: &Path,
    shown: &Path,
    parts: &[&[u8]],
    stamp: &Stamp,
    notify: &mut dyn FnMut(&Notice),
    before_rename: impl FnOnce(),
) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: shown.to_path_buf(),
        source,
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    let metadata = fs::metadata(target).map_err(write_error)?;
    if Stamp::of(&metadata) != *stamp {
        return Err(Error::Changed(shown.to_path_buf()));
    }
    let prefix = temp_prefix(target).unwrap_or_else(|| ".plan-".into());
    let temp = staged(dir, &prefix, parts).map_err(write_error)?;
    let temp_path = temp.path().to_path_buf();
    let kept = super::attrs::copy(&metadata, target, temp.as_file(), notify);
    if let Err(source) = kept {
        unregister(&temp_path);
        return Err(write_error(source));
    }
    before_rename();
    // An editor's save or a `git pull` may have landed while the new text
    // was being written: look again, as late as can be.
    let now = fs::metadata(target).map_err(write_error)?;
    if Stamp::of(&now) != *stamp {
        unregister(&temp_path);
        return Err(Error::Changed(shown.to_path_buf()));
    }
    let persisted = temp.persist(target);
    unregister(&temp_path);
    persisted.map_err(|e| write_error(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Refuse a plan file with several hard links: the rename would give the
/// plan a new file and leave the other names on the old one.
pub fn check_links(metadata: &fs::Metadata, shown: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        let links = std::os::unix::fs::MetadataExt::nlink(metadata);
        if links > 1 {
            return Err(Error::HardLinks {
                path: shown.to_path_buf(),
                links,
            });
        }
    }
    let _ = (metadata, shown);
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
        replace(&plan, &plan, &[b"new"], &stamp, &mut |_| {}).unwrap();
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
            replace(&plan, &plan, &[b"new"], &stamp, &mut |_| {}),
            Err(Error::Changed(_))
        ));
        assert_eq!(fs::read(&plan).unwrap(), b"changed by someone else");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn replace_refuses_a_file_saved_while_the_new_text_was_being_written() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        // An editor saves after the temporary file is written and synced,
        // just before the rename: same size, in place and by a new file.
        for save in [
            (|p: &Path| fs::write(p, "neu").unwrap()) as fn(&Path),
            |p: &Path| {
                let other = p.with_file_name("other");
                fs::write(&other, "neu").unwrap();
                fs::rename(&other, p).unwrap();
            },
        ] {
            fs::write(&plan, "old").unwrap();
            let stamp = Stamp::of(&fs::metadata(&plan).unwrap());
            let result =
                replace_checked(&plan, &plan, &[b"new"], &stamp, &mut |_| {}, || save(&plan));
            let error = result.unwrap_err();
            assert!(matches!(error, Error::Changed(_)), "{error:?}");
            assert!(error.to_string().ends_with(
                "changed on disk since it was read; nothing written (run the command again)"
            ));
            assert_eq!(fs::read(&plan).unwrap(), b"neu");
            assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        }
    }

    #[test]
    fn only_our_own_stale_temporary_files_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        for name in [
            ".plan-kh.toml-aB3dE9.tmp",
            ".plan-kh.toml-aB3dE.tmp",
            ".plan-kh.toml-aB3dE9.tmpx",
            ".plan-kx.toml-aB3dE9.tmp",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink("kh.toml", dir.path().join(".plan-kh.toml-linkXX.tmp")).unwrap();
        // Files written after the lock was taken are left alone.
        remove_stale(&plan, SystemTime::UNIX_EPOCH);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            if cfg!(unix) { 6 } else { 5 }
        );
        remove_stale(&plan, SystemTime::now() + std::time::Duration::from_secs(5));
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected = vec![
            ".plan-kh.toml-aB3dE.tmp",
            ".plan-kh.toml-aB3dE9.tmpx",
            ".plan-kx.toml-aB3dE9.tmp",
            "kh.toml",
        ];
        if cfg!(unix) {
            expected.push(".plan-kh.toml-linkXX.tmp");
            expected.sort();
        }
        assert_eq!(left, expected);
    }
}
