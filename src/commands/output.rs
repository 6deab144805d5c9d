//! Where `-o FILE` is written (export, report, render, import): never over
//! a plan being read, never over a read-only file (checked on the mode
//! bits, so root is refused too), and through a flushed temporary file
//! renamed into place, so that a full disk or a crash leaves the old file
//! or the new one, never half of one. A link is followed and its target
//! written; an output that is not a regular file (`/dev/null`, a FIFO) is
//! written as it is.

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
        return fs::write(path, bytes).map_err(write_error);
    }
    if read_only(&metadata) {
        return Err(Error::ReadOnlyOutput(path.to_path_buf()));
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
