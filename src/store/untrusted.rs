//! Reading a file that came from somewhere else: a plan from another
//! office, a document to import. Only a regular file is read — a FIFO, a
//! device or a socket is refused before it is opened, and the file is
//! opened without blocking, so one swapped in meanwhile cannot hang the
//! read — and at most [`DEFAULT_LIMIT`] bytes of it (or what
//! `PLAN_MAX_FILE_SIZE` says), a limit the read itself enforces whatever
//! the file's size claims to be.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// The most bytes read of one file unless `PLAN_MAX_FILE_SIZE` says
/// otherwise: 64 MiB, some hundred times the largest plan seen.
pub const DEFAULT_LIMIT: u64 = 64 << 20;

/// The variable that sets the limit.
pub const LIMIT_VARIABLE: &str = "PLAN_MAX_FILE_SIZE";

/// The bytes of the file at `path` (a symbolic link is followed), refused
/// when it is not a regular file or holds more than the limit.
pub fn read_untrusted(path: &Path) -> Result<Vec<u8>, Error> {
    let limit = limit();
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    refuse_special(path, &metadata)?;
    if metadata.len() > limit {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    let file = open(path).map_err(read_error)?;
    // The path may name another file by now: judge the one opened.
    refuse_special(path, &file.metadata().map_err(read_error)?)?;
    // The size the file claims is a hint for the buffer, never a limit.
    let capacity = metadata.len().min(limit) as usize + 1;
    read_into(file, limit, Vec::with_capacity(capacity))
        .map_err(read_error)?
        .ok_or_else(|| Error::TooLarge {
            path: path.to_path_buf(),
            limit,
        })
}

/// The regular file at `path` (a symbolic link is followed), opened so
/// that a FIFO or a device in its place neither waits nor is read.
pub fn open_regular(path: &Path) -> Result<File, Error> {
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = open(path).map_err(read_error)?;
    refuse_special(path, &file.metadata().map_err(read_error)?)?;
    Ok(file)
}

/// Refuse `path` unless it is a regular file (or a link to one), without
/// opening it: what an edit checks before it takes the plan's lock.
pub fn check_regular(path: &Path) -> Result<(), Error> {
    let metadata = std::fs::metadata(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    refuse_special(path, &metadata)
}

/// Everything `reader` gives, or None when it gives more than `limit`
/// bytes (at most `limit + 1` are taken from it).
pub fn read_limited(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    read_into(reader, limit, Vec::new())
}

fn read_into(
    reader: impl Read,
    limit: u64,
    mut bytes: Vec<u8>,
) -> std::io::Result<Option<Vec<u8>>> {
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The limit this process reads files to, set once by `main`.
static LIMIT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// The limit `PLAN_MAX_FILE_SIZE`'s value sets (bytes, or a number with
/// K, M or G for KiB, MiB, GiB); [`DEFAULT_LIMIT`] when it is not set.
/// `main` reads the variable and sets the limit with [`set_limit`], so a
/// bad value is a usage error before anything is read.
pub fn parse_limit(value: Option<&str>) -> Result<u64, Error> {
    match value {
        None => Ok(DEFAULT_LIMIT),
        Some(text) => parse_size(text).ok_or_else(|| Error::BadMaxFileSize(text.to_string())),
    }
}

/// Set the limit for this process; the first call wins.
pub fn set_limit(limit: u64) {
    let _ = LIMIT.set(limit);
}

/// The limit in force: the one `main` set, else [`DEFAULT_LIMIT`].
pub fn limit() -> u64 {
    LIMIT.get().copied().unwrap_or(DEFAULT_LIMIT)
}

/// `1000`, `64K`, `64M`, `1G` (also `64MiB`, `64 mb`).
fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
}

#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    // Opening a FIFO for reading would wait for a writer; a terminal
    // device would become the controlling terminal.
    let flags = (OFlags::NONBLOCK | OFlags::NOCTTY).bits();
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags as i32)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn refuse_special(path: &Path, metadata: &Metadata) -> Result<(), Error> {
    if metadata.is_file() {
        return Ok(());
    }
    Err(Error::NotARegularFile {
        path: path.to_path_buf(),
        kind: kind(metadata),
    })
}

/// What a file that is not a regular file is, in words.
fn kind(metadata: &Metadata) -> &'static str {
    if metadata.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = metadata.file_type();
        if t.is_fifo() {
            return "FIFO";
        }
        if t.is_char_device() {
            return "character device";
        }
        if t.is_block_device() {
            return "block device";
        }
        if t.is_socket() {
            return "socket";
        }
    }
    "special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_read_itself_stops_past_the_limit() {
        // An endless source: only the limit and one byte more are taken.
        assert_eq!(read_limited(std::io::repeat(0), 1000).unwrap(), None);
        let bytes = read_limited(&b"format = 1\n"[..], 11).unwrap();
        assert_eq!(bytes.as_deref(), Some(&b"format = 1\n"[..]));
    }

    #[test]
    fn sizes_take_binary_units() {
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("2 GiB"), Some(2 << 30));
        assert_eq!(parse_size("1k"), Some(1024));
        for bad in ["", "0", "lots", "-1", "1T", "99999999999999999999G"] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_before_it_is_read() {
        let error = read_untrusted(Path::new("/dev/zero")).unwrap_err();
        assert!(
            matches!(
                error,
                Error::NotARegularFile {
                    kind: "character device",
                    ..
                }
            ),
            "{error:?}"
        );
    }
}
