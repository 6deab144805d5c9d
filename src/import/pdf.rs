//! The text of a PDF, from its text layer, by Debian's poppler-utils
//! `pdftotext` found on PATH. It runs with `-layout`: the two columns of
//! a plan's header stay side by side on their lines and a table's cells
//! in their columns, where the reading order of plain `pdftotext` cuts a
//! table's cells apart and joins lines of two columns into one; blank lines
//! between paragraphs are kept too. The PDF goes to it on stdin (no file
//! name on its command line, no shell), its output is read to the size
//! limit of any file read, and it is stopped after [`TIMEOUT`]. A PDF
//! whose text layer is empty (a scan) is refused as such. The text is kept
//! as `pdftotext` gives it, form feeds between pages included.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub use super::error::PdfError;

/// The program, looked up on PATH.
const PDFTOTEXT: &str = "pdftotext";

/// Far longer than `pdftotext` takes on a plan (well under a second for
/// a hundred pages); a PDF built to make it spin is stopped.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// What `pdftotext` says on stderr, kept for a message.
const STDERR_KEPT: u64 = 16 * 1024;

/// The text of the PDF `bytes`, `limit` bytes at most.
pub fn text(bytes: &[u8], limit: u64) -> Result<String, PdfError> {
    run(OsStr::new(PDFTOTEXT), bytes, limit, TIMEOUT)
}

/// `program` run as `pdftotext` on `bytes`.
fn run(program: &OsStr, bytes: &[u8], limit: u64, timeout: Duration) -> Result<String, PdfError> {
    let mut child = Command::new(program)
        .args(["-layout", "-enc", "UTF-8", "-eol", "unix", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => PdfError::NoPdftotext,
            _ => PdfError::Run(crate::error::io_reason(&e)),
        })?;
    let (Some(mut stdin), Some(stdout), Some(stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(PdfError::Run(crate::t!("err-pdf-no-pipes")));
    };
    let input = bytes.to_vec();
    // A program that stops reading early closes the pipe: the write then
    // fails, which says nothing the exit status does not.
    std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let overflow = Arc::new(AtomicBool::new(false));
    let output = {
        let overflow = Arc::clone(&overflow);
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let read = stdout.take(limit.saturating_add(1)).read_to_end(&mut out);
            if out.len() as u64 > limit {
                overflow.store(true, Ordering::SeqCst);
            }
            read.map(|_| out)
        })
    };
    let messages = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut stderr = stderr;
        let _ = (&mut stderr).take(STDERR_KEPT).read_to_end(&mut kept);
        // The rest is read and dropped, so that the program never waits.
        let _ = std::io::copy(&mut stderr, &mut std::io::sink());
        String::from_utf8_lossy(&kept).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PdfError::Run(crate::error::io_reason(&e)));
            }
        }
        if overflow.load(Ordering::SeqCst) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(PdfError::TooLarge(limit));
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(PdfError::TimedOut(timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = output
        .join()
        .map_err(|_| PdfError::Run(crate::t!("err-pdf-output-lost")))?
        .map_err(|e| PdfError::Run(crate::error::io_reason(&e)))?;
    if out.len() as u64 > limit {
        return Err(PdfError::TooLarge(limit));
    }
    if !status.success() {
        let said = messages.join().unwrap_or_default();
        if said.contains("Incorrect password") {
            return Err(PdfError::Encrypted);
        }
        let last = said
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .map(|l| l.chars().take(200).collect::<String>())
            .unwrap_or_else(|| status.to_string());
        return Err(PdfError::Failed(last));
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    if text.chars().all(char::is_whitespace) {
        return Err(PdfError::NoText);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A program standing in for `pdftotext`: a shell script.
    fn fake(dir: &tempfile::TempDir, script: &str) -> std::path::PathBuf {
        let path = dir.path().join("pdftotext");
        std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn run_fake(script: &str, limit: u64, timeout: Duration) -> Result<String, PdfError> {
        let dir = tempfile::tempdir().unwrap();
        let program = fake(&dir, script);
        // Another test's child may hold the script open for writing for an
        // instant (forked before its exec): the exec is then refused.
        for _ in 0..20 {
            match run(program.as_os_str(), b"%PDF-1.4\n", limit, timeout) {
                Err(PdfError::Run(e)) if e.contains("busy") => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => return other,
            }
        }
        panic!("{} stays busy", program.display())
    }

    #[test]
    fn the_text_is_kept_as_pdftotext_gives_it() {
        let text = run_fake(
            "cat >/dev/null; printf 'KẾ HOẠCH\\n\\f  2\\n'",
            u64::MAX,
            TIMEOUT,
        );
        assert_eq!(text.unwrap(), "KẾ HOẠCH\n\u{c}  2\n");
    }

    #[test]
    fn a_text_layer_of_white_space_only_is_no_text() {
        let text = run_fake("cat >/dev/null; printf '\\f\\f\\n'", u64::MAX, TIMEOUT);
        assert!(matches!(text, Err(PdfError::NoText)), "{text:?}");
    }

    #[test]
    fn a_missing_program_says_so() {
        let missing = OsStr::new("/nonexistent/pdftotext");
        let text = run(missing, b"%PDF-1.4\n", u64::MAX, TIMEOUT);
        assert!(matches!(text, Err(PdfError::NoPdftotext)), "{text:?}");
    }

    #[test]
    fn a_failure_gives_the_last_thing_it_said() {
        let text = run_fake(
            "cat >/dev/null; echo 'Syntax Warning: May not be a PDF file' >&2; echo \"Syntax Error: Couldn't read xref table\" >&2; exit 1",
            u64::MAX,
            TIMEOUT,
        );
        assert!(
            matches!(&text, Err(PdfError::Failed(m)) if m == "Syntax Error: Couldn't read xref table"),
            "{text:?}"
        );
        let locked = run_fake(
            "echo 'Command Line Error: Incorrect password' >&2; exit 1",
            u64::MAX,
            TIMEOUT,
        );
        assert!(matches!(locked, Err(PdfError::Encrypted)), "{locked:?}");
    }

    #[test]
    fn a_program_that_never_ends_is_stopped() {
        let started = Instant::now();
        let text = run_fake("exec sleep 30", u64::MAX, Duration::from_millis(200));
        assert!(matches!(text, Err(PdfError::TimedOut(0))), "{text:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn output_past_the_limit_is_stopped() {
        let started = Instant::now();
        let text = run_fake("exec yes KẾ HOẠCH", 100_000, TIMEOUT);
        assert!(matches!(text, Err(PdfError::TooLarge(100_000))), "{text:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    /// With `-layout`, the two columns of the header share their lines and
    /// each row of the task table keeps its cells in their columns.
    #[test]
    #[ignore = "needs pdftotext"]
    fn the_header_and_the_task_table_keep_their_columns() {
        let pdf = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/import/formats/huyen-antt-table.pdf"),
        )
        .unwrap();
        let text = super::text(&pdf, u64::MAX).unwrap();
        let line = |parts: &[&str]| text.lines().any(|l| parts.iter().all(|p| l.contains(p)));
        assert!(
            line(&["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            "{text}"
        );
        assert!(
            line(&["Số: 74/KH-UBND", "Yên Định, ngày 09 tháng 3 năm 2024"]),
            "{text}"
        );
        assert!(
            line(&["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]),
            "{text}"
        );
        // A row's cells side by side, its number on the row's middle line.
        assert!(
            line(&["3 ", "và cứu nạn, cứu hộ", "Công an huyện"]),
            "{text}"
        );
        assert!(line(&["UBND các", "Từ tháng 4 đến"]), "{text}");
    }
}
