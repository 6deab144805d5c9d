//! Where `-o FILE` is written (export, report, render, import): never over
//! a plan being read, never over a read-only file (checked on the mode
//! bits, so root is refused too), and through a flushed temporary file
//! renamed into place, so that a full disk or a crash leaves the old file
//! or the new one, never half of one. A link is followed and its target
//! written; an output that is not a regular file (`/dev/null`, a FIFO) is
//! written as it is, opened without blocking (a FIFO nobody reads is an
//! error, not a hang). A file the user may not write is refused even in a
//! folder they may write.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::Plan;

/// Write `bytes` to `path`. An existing file is replaced only when
/// `replace` is set; none of `plans` may be it.
pub fn write(path: &Path, bytes: &[u8], replace: bool, plans: &[Plan]) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let Ok(metadata) = fs::metadata(path) else {
        // A new file (or a link to nowhere, which the rename replaces).
        let dir = folder_of(path);
        crate::edit::file::create(&dir, path, bytes, replace)?;
        if let Some(permissions) = new_file_permissions() {
            let _ = fs::set_permissions(path, permissions);
        }
        return Ok(());
    };
    if plans
        .iter()
        .any(|plan| same_file(&plan.path, path, &metadata))
    {
        return Err(Error::OutputIsPlan(path.to_path_buf()));
    }
    if !metadata.is_file() {
        if !replace {
            return Err(write_error(std::io::ErrorKind::AlreadyExists.into()));
        }
        return write_special(path, bytes, &metadata);
    }
    if read_only(&metadata) {
        return Err(Error::ReadOnlyOutput(path.to_path_buf()));
    }
    if !crate::edit::file::may_write(path) {
        return Err(Error::NotWritableOutput(path.to_path_buf()));
    }
    if !replace {
        return Err(write_error(std::io::ErrorKind::AlreadyExists.into()));
    }
    let target = fs::canonicalize(path).map_err(write_error)?;
    crate::edit::file::create(&folder_of(&target), &target, bytes, true).map_err(|error| {
        match error {
            Error::Write { source, .. } => write_error(source),
            other => other,
        }
    })?;
    // The new file keeps the mode of the one it replaces.
    let _ = fs::set_permissions(&target, metadata.permissions());
    Ok(())
}

/// Write `bytes` to an output that is not a regular file (`/dev/null`, a
/// FIFO, a terminal) as it is. It is opened without blocking, so that a
/// FIFO nobody reads fails at once instead of hanging, then written
/// blocking, so that a slow reader gets every byte.
#[cfg(unix)]
fn write_special(path: &Path, bytes: &[u8], metadata: &fs::Metadata) -> Result<(), Error> {
    use std::io::Write;
    use std::os::unix::fs::FileTypeExt;

    use rustix::fs::{Mode, OFlags};
    let write_error = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let flags = OFlags::WRONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NXIO) if metadata.file_type().is_fifo() => {
            return Err(Error::NoReader(path.to_path_buf()));
        }
        Err(errno) => return Err(write_error(errno.into())),
    };
    let mut file = fs::File::from(fd);
    let flags = rustix::fs::fcntl_getfl(&file).map_err(|e| write_error(e.into()))?;
    rustix::fs::fcntl_setfl(&file, flags - OFlags::NONBLOCK).map_err(|e| write_error(e.into()))?;
    file.write_all(bytes).map_err(write_error)
}

#[cfg(not(unix))]
fn write_special(path: &Path, bytes: &[u8], _: &fs::Metadata) -> Result<(), Error> {
    fs::write(path, bytes).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn folder_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

/// Whether `plan` and the output (with its `metadata`) are one file: the
/// same path once links are resolved, or the same inode (a hard link).
fn same_file(plan: &Path, output: &Path, metadata: &fs::Metadata) -> bool {
    if let (Ok(a), Ok(b)) = (fs::canonicalize(plan), fs::canonicalize(output))
        && a == b
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(plan) = fs::metadata(plan) {
            return plan.dev() == metadata.dev() && plan.ino() == metadata.ino();
        }
    }
    let _ = metadata;
    false
}

/// A file nobody may write, by its mode bits: root may write anyway, but
/// is refused as everyone else is.
fn read_only(metadata: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        metadata.permissions().mode() & 0o222 == 0
    }
    #[cfg(not(unix))]
    metadata.permissions().readonly()
}

/// The mode a file made by `open` would get: 0666 less the umask, which a
/// process can read (on Linux) without changing it.
fn new_file_permissions() -> Option<fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let umask = fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|status| {
                let line = status.lines().find(|l| l.starts_with("Umask:"))?;
                u32::from_str_radix(line["Umask:".len()..].trim(), 8).ok()
            })
            .unwrap_or(0o022);
        Some(fs::Permissions::from_mode(0o666 & !umask))
    }
    #[cfg(not(unix))]
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn an_existing_output_that_is_not_a_regular_file_is_replaced_only_when_asked() {
        let null = Path::new("/dev/null");
        let refused = write(null, b"x", false, &[]);
        assert!(
            matches!(&refused, Err(Error::Write { source, .. })
                if source.kind() == std::io::ErrorKind::AlreadyExists),
            "{refused:?}"
        );
        write(null, b"x", true, &[]).unwrap();
    }
}
