//! The lock an edit holds on a plan: an exclusive `flock` on `.NAME.lock`
//! beside the plan file. The lock file is opened without following a
//! symbolic link and without blocking (a FIFO planted there must not hang
//! the edit), and anything but a regular file is refused. The file is made
//! writable by everyone (0666), since every clerk who may edit the plan
//! takes the same lock; one that is not (left by an older version, or by
//! another user's umask) is opened read-only, which `flock` allows. The
//! holder writes its pid into the file when it may, so that an edit kept
//! waiting can say who holds it; the holder removes the file before it
//! lets go.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::file::{register, unregister};
use crate::error::{Error, Notice};

/// How long an edit waits for the lock before it says that it waits.
const QUIET_WAIT: Duration = Duration::from_secs(1);

/// An exclusive lock on `.NAME.lock` beside a plan file. Released and the
/// lock file removed on drop.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: Option<File>,
    /// When the lock was taken: anything of ours older than that in the
    /// folder was left by an edit that is no longer running.
    pub taken: SystemTime,
}

/// The lock file of `plan`: `.NAME.lock`, built from the name's own bytes,
/// so that two names that are not UTF-8 never share a lock.
pub fn lock_path(plan: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(plan.file_name().unwrap_or_default());
    name.push(".lock");
    plan.with_file_name(name)
}

impl Lock {
    /// Wait up to `timeout` for the lock of `plan`; after a second of
    /// waiting, say so through `notify`.
    pub fn acquire(
        plan: &Path,
        timeout: Duration,
        notify: &mut dyn FnMut(&Notice),
    ) -> Result<Lock, Error> {
        let path = lock_path(plan);
        let started = Instant::now();
        let mut told = false;
        loop {
            let (file, writable) = open(&path)?;
            match file.try_lock() {
                Ok(()) => {
                    // The holder before us removes the lock file before it
                    // lets go; if ours is no longer the file at that path,
                    // the lock is worthless: take the new one.
                    if same_file(&file, &path) {
                        register(&path);
                        let taken = SystemTime::now();
                        // The pid is a courtesy to those who wait: a failure
                        // to write it does not weaken the lock. Only a lock
                        // file's few bytes are ever overwritten, and only in
                        // a lock file opened for writing.
                        if writable && file.metadata().is_ok_and(|m| m.len() <= 24) {
                            let _ = file.set_len(0);
                            let _ = writeln!(&file, "{}", std::process::id());
                        }
                        return Ok(Lock {
                            path,
                            file: Some(file),
                            taken,
                        });
                    }
                }
                Err(fs::TryLockError::WouldBlock) => {
                    if !told && started.elapsed() >= QUIET_WAIT {
                        told = true;
                        notify(&Notice::Waiting {
                            lock: path.clone(),
                            pid: holder(&file),
                            seconds: timeout.as_secs_f64(),
                        });
                    }
                }
                Err(fs::TryLockError::Error(source)) => {
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

/// The pid the holder wrote into the lock file, if it did.
fn holder(mut file: &File) -> Option<u32> {
    let mut buf = [0u8; 24];
    let n = file.read(&mut buf).ok()?;
    std::str::from_utf8(&buf[..n]).ok()?.trim().parse().ok()
}

/// What a file type is called in a refusal.
#[cfg(unix)]
fn kind(file_type: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a folder"
    } else if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// Open (or create) the lock file: never through a symbolic link, never
/// blocking, and only a regular file; with whether it is open for writing
/// (a lock file this user may not write is opened read-only).
#[cfg(unix)]
fn open(path: &Path) -> Result<(File, bool), Error> {
    use rustix::fs::{Mode, OFlags};
    let write_error = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let not_a_file = |kind| Error::LockNotAFile {
        path: path.to_path_buf(),
        kind,
    };
    let flags =
        OFlags::RDWR | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    let opened = rustix::fs::open(path, flags, Mode::from_raw_mode(0o666))
        .map(|fd| (fd, true))
        .or_else(|errno| {
            if errno != rustix::io::Errno::ACCESS {
                return Err(errno);
            }
            // Another user's lock file: flock works on a read-only file.
            let read_only = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
            rustix::fs::open(path, read_only, Mode::empty())
                .map(|fd| (fd, false))
                .map_err(|_| errno)
        });
    let (fd, writable) = match opened {
        Ok(opened) => opened,
        Err(errno) => {
            // A symbolic link (ELOOP), a folder (EISDIR), a FIFO nobody
            // reads (ENXIO): say what is there rather than the error.
            if let Ok(meta) = fs::symlink_metadata(path)
                && !meta.file_type().is_file()
            {
                return Err(not_a_file(kind(meta.file_type())));
            }
            return Err(write_error(errno.into()));
        }
    };
    let file = File::from(fd);
    let meta = file.metadata().map_err(write_error)?;
    if !meta.file_type().is_file() {
        return Err(not_a_file(kind(meta.file_type())));
    }
    // Another name of some other file, planted to have it truncated.
    if std::os::unix::fs::MetadataExt::nlink(&meta) > 1 {
        return Err(not_a_file("a hard link to another file"));
    }
    // Whatever the umask, every user who may edit the plan may open the
    // lock file for writing. Only its owner may change its mode: a
    // failure is ignored.
    if writable && std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777 != 0o666 {
        let _ = rustix::fs::fchmod(&file, Mode::from_raw_mode(0o666));
    }
    let flags = rustix::fs::fcntl_getfl(&file).map_err(|e| write_error(e.into()))?;
    rustix::fs::fcntl_setfl(&file, flags - OFlags::NONBLOCK).map_err(|e| write_error(e.into()))?;
    Ok((file, writable))
}

#[cfg(not(unix))]
fn open(path: &Path) -> Result<(File, bool), Error> {
    fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
        .map(|file| (file, true))
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
}

/// Whether `file` is still the file at `path` (not a link to it).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet(_: &Notice) {}

    #[test]
    fn lock_file_is_removed_on_release_and_a_second_lock_waits() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        let lock = Lock::acquire(&plan, Duration::from_secs(1), &mut quiet).unwrap();
        assert!(dir.path().join(".kh.toml.lock").exists());
        let second = Lock::acquire(&plan, Duration::from_millis(50), &mut quiet);
        assert!(matches!(second, Err(Error::Locked { .. })));
        drop(lock);
        assert!(!dir.path().join(".kh.toml.lock").exists());
        drop(Lock::acquire(&plan, Duration::from_secs(1), &mut quiet).unwrap());
    }

    #[test]
    fn the_lock_file_holds_the_pid_of_its_holder() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        let _lock = Lock::acquire(&plan, Duration::from_secs(1), &mut quiet).unwrap();
        let text = fs::read_to_string(dir.path().join(".kh.toml.lock")).unwrap();
        assert_eq!(text, format!("{}\n", std::process::id()));
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_path_that_is_another_name_of_a_file_is_refused_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        let precious = dir.path().join("precious");
        fs::write(&precious, "keep me").unwrap();
        fs::hard_link(&precious, dir.path().join(".kh.toml.lock")).unwrap();
        let lock = Lock::acquire(&plan, Duration::from_secs(1), &mut quiet);
        assert!(
            matches!(
                lock,
                Err(Error::LockNotAFile {
                    kind: "a hard link to another file",
                    ..
                })
            ),
            "{lock:?}"
        );
        assert_eq!(fs::read(&precious).unwrap(), b"keep me");
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_may_be_opened_for_writing_by_every_user_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("kh.toml");
        fs::write(&plan, "x").unwrap();
        // A lock file left with the mode a umask of 022 gives.
        let path = dir.path().join(".kh.toml.lock");
        fs::write(&path, "").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let _lock = Lock::acquire(&plan, Duration::from_secs(1), &mut quiet).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o666);
    }

    #[cfg(unix)]
    #[test]
    fn names_that_differ_in_bytes_that_are_not_utf8_have_their_own_locks() {
        use std::os::unix::ffi::OsStrExt;
        let a = Path::new(std::ffi::OsStr::from_bytes(b"dir/k\xff.toml"));
        let b = Path::new(std::ffi::OsStr::from_bytes(b"dir/k\xfe.toml"));
        assert_ne!(lock_path(a), lock_path(b));
        assert_eq!(lock_path(a).as_os_str().as_bytes(), b"dir/.k\xff.toml.lock");
    }
}
