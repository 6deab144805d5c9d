//! The words of what the system says: the cause an `io::Error` gives
//! (told by its kind in Vietnamese, as the system says it in English), and
//! the [`Notice`]s of an edit (a wait for the lock, an attribute of the
//! plan file that could not be kept), which carry such causes.

use std::fmt;

use super::Notice;
use super::wording::{p, seconds};
use crate::t;

/// The cause of an `io::Error` that `plan` itself gives, already in the
/// interface's language: an output stopped half-way for a reason of its
/// own (see [`Said::error`]).
#[derive(Debug)]
pub struct Said(pub String);

impl Said {
    /// An `io::Error` saying `text`.
    pub fn error(text: String) -> std::io::Error {
        std::io::Error::other(Said(text))
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Said {}

/// The text of an `io::Error` in the interface's language: in English, the
/// system's own; in Vietnamese, what its kind means (the system's words are
/// English whatever the locale).
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if let Some(said) = error.get_ref().and_then(|e| e.downcast_ref::<Said>()) {
        return said.0.clone();
    }
    if crate::i18n::current() == crate::i18n::Lang::En {
        return error.to_string();
    }
    match error.kind() {
        K::NotFound => t!("err-io-not-found"),
        K::PermissionDenied => t!("err-io-permission-denied"),
        K::AlreadyExists => t!("err-io-already-exists"),
        K::IsADirectory => t!("err-io-is-a-directory"),
        K::NotADirectory => t!("err-io-not-a-directory"),
        K::DirectoryNotEmpty => t!("err-io-directory-not-empty"),
        K::StorageFull => t!("err-io-storage-full"),
        K::QuotaExceeded => t!("err-io-quota-exceeded"),
        K::FileTooLarge => t!("err-io-file-too-large"),
        K::ReadOnlyFilesystem => t!("err-io-read-only-filesystem"),
        K::InvalidFilename => t!("err-io-invalid-filename"),
        K::TooManyLinks => t!("err-io-too-many-links"),
        K::CrossesDevices => t!("err-io-crosses-devices"),
        K::ResourceBusy | K::ExecutableFileBusy => t!("err-io-busy"),
        K::WouldBlock => t!("err-io-would-block"),
        K::TimedOut => t!("err-io-timed-out"),
        K::Interrupted => t!("err-io-interrupted"),
        K::BrokenPipe => t!("err-io-broken-pipe"),
        K::UnexpectedEof => t!("err-io-unexpected-eof"),
        K::InvalidData => t!("err-io-invalid-data"),
        K::InvalidInput => t!("err-io-invalid-input"),
        K::OutOfMemory => t!("err-io-out-of-memory"),
        K::Unsupported => t!("err-io-unsupported"),
        _ => match error.raw_os_error() {
            Some(code) => t!("err-io-os", code = code),
            None => t!("err-io-other"),
        },
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Notice::Waiting {
                lock,
                pid,
                seconds: s,
            } => {
                let holder = match pid {
                    Some(pid) => t!("err-holder-pid", pid = *pid),
                    None => t!("err-holder-other"),
                };
                t!(
                    "err-waiting",
                    lock = p(lock),
                    holder = holder,
                    seconds = seconds(*s)
                )
            }
            Notice::OwnerNotKept {
                uid,
                gid,
                now_uid,
                now_gid,
                source,
            } => t!(
                "err-owner-not-kept",
                uid = *uid,
                gid = *gid,
                reason = io_reason(source),
                now_uid = *now_uid,
                now_gid = *now_gid
            ),
            Notice::AttributeNotKept { name, source } => t!(
                "err-attribute-not-kept",
                name = name.as_str(),
                reason = io_reason(source)
            ),
        };
        f.write_str(&text)
    }
}
