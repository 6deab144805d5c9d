//! Every error, notice and cause, worded in Vietnamese: none may show a
//! word of the English interface. Each variant is built here, and a match
//! with no wildcard counts them, so a variant added later does not compile
//! until it is in the list (and so in the check).

use std::collections::BTreeSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::*;
use crate::i18n::{Lang, in_lang};
use crate::import::error::{DocxError, Foreign, ImportError, OdtError, PdfError};
use crate::units::MatchError;

/// The English words and phrases of [`crate::i18n::english`] in `text`.
fn english_in(text: &str) -> Vec<&'static str> {
    crate::i18n::english::english_words(text)
}

fn path(text: &str) -> PathBuf {
    PathBuf::from(text)
}

fn io(kind: ErrorKind) -> std::io::Error {
    std::io::Error::from(kind)
}

/// Every variant of [`Error`], each with the values it is built with.
fn every_error() -> Vec<Error> {
    let day = |d| chrono::NaiveDate::from_ymd_opt(2020, 6, d).unwrap();
    let unreadable = Diagnostic::file(Path::new("kh-loi.toml"), "hỏng".into());
    let mut all = vec![
        Error::Read {
            path: path("kh.toml"),
            source: io(ErrorKind::NotFound),
        },
        Error::TooLarge {
            path: path("kh.toml"),
            limit: 64 << 20,
        },
        Error::TooLarge {
            path: path("kh.toml"),
            limit: 1000,
        },
        Error::BadMaxFileSize("nhiều".into()),
        Error::List {
            path: path("ke-hoach"),
            source: io(ErrorKind::PermissionDenied),
        },
        Error::Write {
            path: path("kh.toml"),
            source: io(ErrorKind::StorageFull),
        },
        Error::Invalid { count: 1 },
        Error::Invalid { count: 3 },
        Error::NoPlansFolder(path("ke-hoach")),
        Error::NoPlans(path("ke-hoach")),
        Error::NoPlan {
            id: "ts".into(),
            loaded: vec!["a".into(), "b".into()],
        },
        Error::TaskInUnreadable {
            id: "3".into(),
            diagnostics: vec![unreadable.clone()],
            found_elsewhere: false,
        },
        Error::TaskInUnreadable {
            id: "3".into(),
            diagnostics: vec![unreadable.clone(), unreadable],
            found_elsewhere: true,
        },
        Error::SamePlanId {
            id: "ts".into(),
            first: path("a.toml"),
            second: path("b.toml"),
        },
        Error::NoTaskInPlanId {
            id: "3".into(),
            plan: "ts".into(),
        },
        Error::NoTask("3".into()),
        Error::TaskInSeveralPlans {
            id: "3".into(),
            candidates: vec!["a:3".into(), "b:3".into()],
        },
        Error::TaskNotFoundSafely {
            id: "3".into(),
            path: path("kh.toml"),
        },
        Error::ReadOnly(path("kh.toml")),
        Error::OutputIsPlan(path("kh.toml")),
        Error::ReadOnlyOutput(path("bc.md")),
        Error::NotWritable(path("kh.toml")),
        Error::NotWritableOutput(path("bc.md")),
        Error::NoReader(path("ong")),
        Error::Locked {
            path: path(".kh.toml.lock"),
            seconds: 0.5,
        },
        Error::Changed(path("kh.toml")),
        Error::HardLinks {
            path: path("kh.toml"),
            links: 2,
        },
        Error::PlanHasProblems(path("kh.toml")),
        Error::EditWouldBreak,
        Error::NotEditable("khóa trùng".into()),
        Error::NoTaskTable,
        Error::TaskIdTaken("3".into()),
        Error::TaskIdLookAlike {
            id: "3a".into(),
            other: "3A".into(),
            at: "kh.toml:12".into(),
        },
        Error::EmptyTitle,
        Error::NoSuchMilestone {
            task: "3".into(),
            number: 4,
            of: 1,
        },
        Error::MilestoneStillOpen {
            task: "3".into(),
            open: 1,
            of: 2,
        },
        Error::BothRoles("vhtt".into()),
        Error::BadUnitId("v h".into()),
        Error::UnitExists {
            id: "vhtt".into(),
            name: "Phòng Văn hóa".into(),
        },
        Error::NotAReporter {
            task: "3".into(),
            unit: "h".into(),
            name: "Xã Hợp Lý".into(),
            may: vec!["dl".into(), "tt".into()],
        },
        Error::NotAReporter {
            task: "3".into(),
            unit: "h".into(),
            name: "Xã Hợp Lý".into(),
            may: vec![],
        },
        Error::MemberIsGroup("xa".into()),
        Error::MergeFile("không tìm thấy".into()),
        Error::Git {
            command: "config --local".into(),
            reason: "không ghi được".into(),
        },
        Error::NotARepository(path("ke-hoach")),
        Error::HookExists(path(".git/hooks/pre-commit")),
        Error::UncommittedPlan(path("kh.toml")),
        Error::BadSettings {
            path: path(".plan.toml"),
            reason: "giá trị sai".into(),
        },
        Error::NotCommitted {
            path: path("kh.toml"),
            reason: "hook từ chối".into(),
        },
        Error::EmptyUnitName,
        Error::BinaryToTerminal("xlsx"),
        Error::LettersNeedFolder(3),
        Error::UnitNameNotText("Phòng".into()),
        Error::FieldNotText {
            field: "title",
            text: "Tên".into(),
        },
        Error::FieldNotText {
            field: "note",
            text: "Ghi".into(),
        },
        Error::NameTaken {
            name: "VH".into(),
            id: "vhtt".into(),
            owner: "Phòng Văn hóa".into(),
        },
        Error::UnitsNotATable,
        Error::UnitNotInHead("vhtt".into()),
        Error::BadPeriod {
            text: "quý 5".into(),
            message: "không có quý 5".into(),
        },
        Error::UnusablePeriod {
            text: "2020".into(),
            message: "quá dài".into(),
        },
        Error::ToBeforeFrom,
        Error::PeriodWithoutDates("Quý II".into()),
    ];
    for kind in [
        "folder",
        "FIFO",
        "character device",
        "block device",
        "socket",
        "special file",
    ] {
        all.push(Error::NotARegularFile {
            path: path("kh.toml"),
            kind,
        });
    }
    for kind in [
        "a symbolic link",
        "a folder",
        "a FIFO",
        "a socket",
        "a device",
        "not a regular file",
        "a hard link to another file",
    ] {
        all.push(Error::LockNotAFile {
            path: path(".kh.toml.lock"),
            kind,
        });
    }
    for files in [false, true] {
        all.push(Error::SeveralPlans {
            loaded: vec!["a".into(), "b".into()],
            files,
        });
    }
    for tasks in [vec![], vec!["1".to_string(), "2".to_string()]] {
        all.push(Error::NoTaskInPlan {
            id: "99".into(),
            plan: "ts".into(),
            tasks: tasks.clone(),
        });
        all.push(Error::NoTaskInFile {
            id: "99".into(),
            path: path("kh.toml"),
            tasks,
        });
    }
    for repository in [false, true] {
        all.push(Error::Outside {
            path: path("kh.toml"),
            target: path("/tmp/kh.toml"),
            boundary: path("/srv/kho"),
            repository,
        });
    }
    for problem in [
        IdProblem::Empty,
        IdProblem::Char {
            c: '·',
            suggestion: Some("3.1".into()),
        },
        IdProblem::Char {
            c: '·',
            suggestion: None,
        },
        IdProblem::NotComposed { nfc: "3ạ".into() },
    ] {
        all.push(Error::BadTaskId {
            id: "3·1".into(),
            problem,
        });
    }
    for (closed, milestones) in [(vec![day(28)], 0), (vec![day(1), day(28)], 1)] {
        all.push(Error::WindowLeavesNoneOpen {
            task: "3".into(),
            window: "tháng 6/2020".into(),
            closed,
            milestones,
        });
    }
    for hint in [None, Some("viết ngày trước tháng".to_string())] {
        all.push(Error::BadWindow {
            text: "32/6".into(),
            message: "không có ngày 32".into(),
            hint,
        });
    }
    for suggestion in [
        None,
        Some("todo"),
        Some("doing"),
        Some("done"),
        Some("cancelled"),
    ] {
        all.push(Error::UnknownStatus {
            value: "xongg".into(),
            suggestion,
        });
    }
    for closest in [None, Some(("vhtt".into(), "Phòng Văn hóa".into()))] {
        all.push(Error::NoUnitId {
            id: "vh".into(),
            closest,
        });
    }
    let unit = ("vhtt".to_string(), "Phòng Văn hóa".to_string());
    all.extend([
        Error::Unit(MatchError::Ambiguous {
            query: "phòng".into(),
            candidates: vec![unit.clone(), ("tp".into(), "Phòng Tư pháp".into())],
        }),
        Error::Unit(MatchError::NotFound {
            query: "xyz".into(),
            closest: vec![],
        }),
        Error::Unit(MatchError::NotFound {
            query: "vh".into(),
            closest: vec![unit],
        }),
    ]);
    all.extend(every_import_error().into_iter().map(Error::Import));
    all
}

/// Every variant of [`ImportError`], with every cause and format it tells.
fn every_import_error() -> Vec<ImportError> {
    let doc = || path("KH 45.docx");
    let mut all = vec![
        ImportError::Refused(Box::new(Diagnostic::file(
            Path::new("kh.txt"),
            "mã hóa cũ".into(),
        ))),
        ImportError::Empty(doc()),
        ImportError::NoTasks(doc()),
        ImportError::DoesNotCheck(doc()),
        ImportError::Doubtful {
            path: doc(),
            count: 1,
        },
        ImportError::Doubtful {
            path: doc(),
            count: 2,
        },
        ImportError::Exists(path("kh.toml")),
    ];
    for error in [
        DocxError::Zip("hỏng".into()),
        DocxError::NoBody,
        DocxError::Xml("hỏng".into()),
        DocxError::TooLarge(1000),
    ] {
        all.push(ImportError::Docx { path: doc(), error });
    }
    for error in [
        OdtError::Zip("hỏng".into()),
        OdtError::NoBody,
        OdtError::Encrypted,
        OdtError::Xml("hỏng".into()),
        OdtError::TooLarge(1000),
    ] {
        all.push(ImportError::Odt { path: doc(), error });
    }
    for error in [
        PdfError::NotPdf,
        PdfError::NoPdftotext,
        PdfError::Run("hỏng".into()),
        PdfError::NoText,
        PdfError::Encrypted,
        PdfError::Failed("hỏng".into()),
        PdfError::TimedOut(30),
        PdfError::TooLarge(1000),
    ] {
        all.push(ImportError::Pdf {
            path: path("kh.pdf"),
            error,
        });
    }
    for format in [
        Foreign::Doc,
        Foreign::Xls,
        Foreign::Ppt,
        Foreign::Ole,
        Foreign::EncryptedOffice,
        Foreign::Rtf,
        Foreign::Image("PNG"),
        Foreign::Xlsx,
        Foreign::Pptx,
        Foreign::OtherOdf,
        Foreign::Zip,
        Foreign::Html,
        Foreign::Mhtml,
        Foreign::Xml,
    ] {
        all.push(ImportError::Foreign {
            path: doc(),
            format,
        });
    }
    all
}

/// Which variant `error` is; no wildcard, so a new variant must be added.
fn variant(error: &Error) -> &'static str {
    match error {
        Error::Read { .. } => "Read",
        Error::NotARegularFile { .. } => "NotARegularFile",
        Error::TooLarge { .. } => "TooLarge",
        Error::BadMaxFileSize(_) => "BadMaxFileSize",
        Error::List { .. } => "List",
        Error::Write { .. } => "Write",
        Error::Invalid { .. } => "Invalid",
        Error::NoPlansFolder(_) => "NoPlansFolder",
        Error::NoPlans(_) => "NoPlans",
        Error::NoPlan { .. } => "NoPlan",
        Error::SeveralPlans { .. } => "SeveralPlans",
        Error::NoTaskInPlan { .. } => "NoTaskInPlan",
        Error::NoTaskInFile { .. } => "NoTaskInFile",
        Error::TaskInUnreadable { .. } => "TaskInUnreadable",
        Error::SamePlanId { .. } => "SamePlanId",
        Error::NoTaskInPlanId { .. } => "NoTaskInPlanId",
        Error::NoTask(_) => "NoTask",
        Error::TaskInSeveralPlans { .. } => "TaskInSeveralPlans",
        Error::TaskNotFoundSafely { .. } => "TaskNotFoundSafely",
        Error::ReadOnly(_) => "ReadOnly",
        Error::OutputIsPlan(_) => "OutputIsPlan",
        Error::ReadOnlyOutput(_) => "ReadOnlyOutput",
        Error::NotWritable(_) => "NotWritable",
        Error::NotWritableOutput(_) => "NotWritableOutput",
        Error::NoReader(_) => "NoReader",
        Error::Locked { .. } => "Locked",
        Error::Changed(_) => "Changed",
        Error::LockNotAFile { .. } => "LockNotAFile",
        Error::HardLinks { .. } => "HardLinks",
        Error::Outside { .. } => "Outside",
        Error::PlanHasProblems(_) => "PlanHasProblems",
        Error::EditWouldBreak => "EditWouldBreak",
        Error::NotEditable(_) => "NotEditable",
        Error::NoTaskTable => "NoTaskTable",
        Error::TaskIdTaken(_) => "TaskIdTaken",
        Error::BadTaskId { .. } => "BadTaskId",
        Error::TaskIdLookAlike { .. } => "TaskIdLookAlike",
        Error::EmptyTitle => "EmptyTitle",
        Error::NoSuchMilestone { .. } => "NoSuchMilestone",
        Error::MilestoneStillOpen { .. } => "MilestoneStillOpen",
        Error::WindowLeavesNoneOpen { .. } => "WindowLeavesNoneOpen",
        Error::BadWindow { .. } => "BadWindow",
        Error::UnknownStatus { .. } => "UnknownStatus",
        Error::BothRoles(_) => "BothRoles",
        Error::BadUnitId(_) => "BadUnitId",
        Error::UnitExists { .. } => "UnitExists",
        Error::NotAReporter { .. } => "NotAReporter",
        Error::MemberIsGroup(_) => "MemberIsGroup",
        Error::MergeFile(_) => "MergeFile",
        Error::Git { .. } => "Git",
        Error::NotARepository(_) => "NotARepository",
        Error::HookExists(_) => "HookExists",
        Error::UncommittedPlan(_) => "UncommittedPlan",
        Error::BadSettings { .. } => "BadSettings",
        Error::NotCommitted { .. } => "NotCommitted",
        Error::EmptyUnitName => "EmptyUnitName",
        Error::BinaryToTerminal(_) => "BinaryToTerminal",
        Error::LettersNeedFolder(_) => "LettersNeedFolder",
        Error::UnitNameNotText(_) => "UnitNameNotText",
        Error::FieldNotText { .. } => "FieldNotText",
        Error::NameTaken { .. } => "NameTaken",
        Error::NoUnitId { .. } => "NoUnitId",
        Error::UnitsNotATable => "UnitsNotATable",
        Error::UnitNotInHead(_) => "UnitNotInHead",
        Error::Unit(_) => "Unit",
        Error::BadPeriod { .. } => "BadPeriod",
        Error::UnusablePeriod { .. } => "UnusablePeriod",
        Error::ToBeforeFrom => "ToBeforeFrom",
        Error::PeriodWithoutDates(_) => "PeriodWithoutDates",
        Error::Import(import) => match import {
            ImportError::Docx { .. } => "Import::Docx",
            ImportError::Odt { .. } => "Import::Odt",
            ImportError::Pdf { .. } => "Import::Pdf",
            ImportError::Foreign { .. } => "Import::Foreign",
            ImportError::Refused(_) => "Import::Refused",
            ImportError::Empty(_) => "Import::Empty",
            ImportError::NoTasks(_) => "Import::NoTasks",
            ImportError::DoesNotCheck(_) => "Import::DoesNotCheck",
            ImportError::Doubtful { .. } => "Import::Doubtful",
            ImportError::Exists(_) => "Import::Exists",
        },
    }
}

/// The variants [`variant`] names: as many as it has arms.
const VARIANTS: usize = 79;

fn every_notice() -> Vec<Notice> {
    vec![
        Notice::Waiting {
            lock: path(".kh.toml.lock"),
            pid: Some(4242),
            seconds: 10.0,
        },
        Notice::Waiting {
            lock: path(".kh.toml.lock"),
            pid: None,
            seconds: 0.5,
        },
        Notice::OwnerNotKept {
            uid: 1000,
            gid: 1000,
            now_uid: 0,
            now_gid: 0,
            source: io(ErrorKind::PermissionDenied),
        },
        Notice::AttributeNotKept {
            name: "user.x".into(),
            source: io(ErrorKind::Unsupported),
        },
    ]
}

/// The causes `describe` words: every kind of `io::Error` it knows, and
/// one it does not.
fn every_io_error() -> Vec<std::io::Error> {
    use ErrorKind as K;
    let mut all: Vec<std::io::Error> = [
        K::NotFound,
        K::PermissionDenied,
        K::AlreadyExists,
        K::IsADirectory,
        K::NotADirectory,
        K::DirectoryNotEmpty,
        K::StorageFull,
        K::QuotaExceeded,
        K::FileTooLarge,
        K::ReadOnlyFilesystem,
        K::InvalidFilename,
        K::TooManyLinks,
        K::CrossesDevices,
        K::ResourceBusy,
        K::WouldBlock,
        K::TimedOut,
        K::Interrupted,
        K::BrokenPipe,
        K::UnexpectedEof,
        K::InvalidData,
        K::InvalidInput,
        K::OutOfMemory,
        K::Unsupported,
        K::Other,
    ]
    .into_iter()
    .map(io)
    .collect();
    all.push(std::io::Error::from_raw_os_error(40)); // ELOOP: no stable kind
    all
}

#[test]
fn every_error_is_worded_in_vietnamese_without_an_english_word() {
    let errors = every_error();
    let named: BTreeSet<&str> = errors.iter().map(variant).collect();
    assert_eq!(named.len(), VARIANTS, "a variant is not built: {named:?}");
    let mut texts: Vec<String> = in_lang(Lang::Vi, || {
        let mut texts: Vec<String> = errors.iter().map(ToString::to_string).collect();
        texts.extend(every_notice().iter().map(ToString::to_string));
        texts.extend(every_io_error().iter().map(io_reason));
        texts.push(same_plan_id_hint());
        use zip::result::ZipError as Z;
        for zip in [
            Z::Io(io(ErrorKind::UnexpectedEof)),
            Z::InvalidArchive("x".into()),
            Z::UnsupportedArchive("x"),
            Z::FileNotFound,
            Z::InvalidPassword,
            Z::CompressionMethodNotSupported(99),
        ] {
            texts.push(crate::import::error::zip_reason(&zip));
        }
        texts.push(crate::t!("err-zip-other"));
        texts.push(crate::t!("err-pdf-no-pipes"));
        texts.push(crate::t!("err-pdf-output-lost"));
        texts
    });
    texts.sort();
    let english: Vec<String> = texts
        .iter()
        .filter(|text| !english_in(text).is_empty() || text.starts_with("err-"))
        .map(|text| format!("{text}\n    {:?}", english_in(text)))
        .collect();
    assert!(
        english.is_empty(),
        "English in Vietnamese:\n{}",
        english.join("\n")
    );
}

#[test]
fn the_english_check_finds_english_words_and_phrases() {
    assert_eq!(english_in("no task \"3\""), ["task"]);
    assert!(english_in("Nothing was written.").contains(&"nothing was written"));
    assert!(english_in("No such task; did you mean 3?").contains(&"did you mean"));
    assert!(english_in("chạy `plan check` với --plan MÃ, PLAN_FILE").is_empty());
}

#[test]
fn english_io_causes_are_the_systems_own_words() {
    let error = io(ErrorKind::NotFound);
    assert_eq!(io_reason(&error), error.to_string());
    assert_eq!(
        in_lang(Lang::Vi, || io_reason(&error)),
        "không có tệp hoặc thư mục này"
    );
}

#[test]
fn a_cause_plan_gives_itself_is_said_as_written_in_either_language() {
    let said = in_lang(Lang::Vi, || {
        let error = super::Said::error(crate::t!("err-changed-while-listed", path = "kh.toml"));
        io_reason(&error)
    });
    assert!(said.starts_with("kh.toml đã thay đổi"), "{said}");
    let error = super::Said::error("kh.toml changed".to_string());
    assert_eq!(io_reason(&error), "kh.toml changed");
}

#[test]
fn english_wording_is_unchanged() {
    assert_eq!(
        Error::TooLarge {
            path: path("kh.toml"),
            limit: 1000
        }
        .to_string(),
        "kh.toml is larger than 1000 bytes (1000 bytes at most are read); set \
         PLAN_MAX_FILE_SIZE to read larger files, e.g. PLAN_MAX_FILE_SIZE=256M"
    );
    assert_eq!(
        Error::WindowLeavesNoneOpen {
            task: "3".into(),
            window: "6/2020".into(),
            closed: vec![chrono::NaiveDate::from_ymd_opt(2020, 6, 28).unwrap()],
            milestones: 0,
        }
        .to_string(),
        "cannot set the window of task 3 to \"6/2020\": 1 milestone is closed (28/06/2020) \
         and the new window has none, so none would be left open; `plan reopen 3` opens the \
         last closed milestone again, `plan done 3` closes the task"
    );
    assert_eq!(
        Error::UnknownStatus {
            value: "dne".into(),
            suggestion: Some("done")
        }
        .to_string(),
        "unknown status \"dne\"; expected todo, doing, done or cancelled (did you mean \"done\"?)"
    );
    assert_eq!(
        Error::Invalid { count: 1 }.to_string(),
        "1 error in plan files; run `plan check` for details"
    );
}

#[test]
fn vietnamese_names_the_same_facts() {
    let text = in_lang(Lang::Vi, || {
        Error::NoTaskInPlan {
            id: "99".into(),
            plan: "ts".into(),
            tasks: vec!["1".into(), "2".into()],
        }
        .to_string()
    });
    assert_eq!(
        text,
        "không có nhiệm vụ \"99\" trong kế hoạch ts; kế hoạch có các nhiệm vụ 1, 2"
    );
    let text = in_lang(Lang::Vi, || {
        Error::TooLarge {
            path: path("kh.toml"),
            limit: 64 << 20,
        }
        .to_string()
    });
    assert_eq!(
        text,
        "kh.toml lớn hơn 64 MiB (mỗi tệp chỉ đọc tối đa 64 MiB); đặt PLAN_MAX_FILE_SIZE để \
         đọc tệp lớn hơn, ví dụ PLAN_MAX_FILE_SIZE=256M"
    );
}

#[test]
fn vietnamese_seconds_have_a_decimal_comma() {
    let notice = Notice::Waiting {
        lock: path(".kh.toml.lock"),
        pid: None,
        seconds: 0.5,
    };
    assert_eq!(
        in_lang(Lang::Vi, || notice.to_string()),
        "đang chờ một lần sửa khác của kế hoạch này (.kh.toml.lock đang do một tiến trình \
         khác giữ); sẽ thôi chờ sau 0,5 giây"
    );
    assert!(notice.to_string().ends_with("giving up after 0.5 s"));
}
