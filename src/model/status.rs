//! A task's status: the four names a plan file stores, and every word a
//! clerk may type for one. This is the only list of status words; the plan
//! file's `status`, the command line, `plan set` and the hints for a
//! misspelt status all read it. Whatever word was read, `plan` writes the
//! canonical name ([`Status::as_str`]).

use std::fmt;
use std::str::FromStr;

/// `status = "…"` of a task; an absent status is `Todo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Status {
    #[default]
    Todo,
    Doing,
    Done,
    Cancelled,
}

impl Status {
    /// Every status, in the order they are documented.
    pub const ALL: [Status; 4] = [Status::Todo, Status::Doing, Status::Done, Status::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    /// Done or cancelled: nothing more is owed.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Cancelled)
    }

    /// The status a clerk means by `text`: a file's name for it, or one of
    /// the Vietnamese words, with or without marks, spaces or hyphens
    /// (`xong`, `đang làm`, `chua-lam`).
    pub fn from_word(text: &str) -> Option<Status> {
        let folded = fold_word(text);
        WORDS
            .iter()
            .find(|(word, _, accepted)| *accepted && *word == folded)
            .map(|(_, status, _)| *status)
    }

    /// A suggestion for a status word that is not accepted where it
    /// stands: the status it most likely means.
    pub fn suggest(text: &str) -> Option<Status> {
        let folded = fold_word(text);
        WORDS
            .iter()
            .find(|(word, _, _)| *word == folded)
            .map(|(_, status, _)| *status)
            .or_else(|| {
                // A typo of any word for a status: `xongg`, `dang lamm`.
                let word = crate::text::closest(&folded, WORDS.iter().map(|(word, _, _)| *word))?;
                WORDS
                    .iter()
                    .find(|(w, _, _)| *w == word)
                    .map(|(_, status, _)| *status)
            })
    }
}

/// Every word for a status, folded (see [`fold_word`]), and whether it is
/// accepted as the status or only suggests it: English words such as
/// "started" could mean more than one thing, so they are hints only.
const WORDS: &[(&str, Status, bool)] = &[
    ("todo", Status::Todo, true),
    ("chua lam", Status::Todo, true),
    ("chua thuc hien", Status::Todo, true),
    ("open", Status::Todo, false),
    ("new", Status::Todo, false),
    ("doing", Status::Doing, true),
    ("dang lam", Status::Doing, true),
    ("dang thuc hien", Status::Doing, true),
    ("in progress", Status::Doing, false),
    ("started", Status::Doing, false),
    ("done", Status::Done, true),
    ("xong", Status::Done, true),
    ("da xong", Status::Done, true),
    ("hoan thanh", Status::Done, true),
    ("da hoan thanh", Status::Done, true),
    ("completed", Status::Done, false),
    ("finished", Status::Done, false),
    ("cancelled", Status::Cancelled, true),
    ("canceled", Status::Cancelled, true),
    ("huy", Status::Cancelled, true),
    ("da huy", Status::Cancelled, true),
    ("bo", Status::Cancelled, false),
];

/// A status word as [`WORDS`] spells it: ASCII-folded, hyphens and
/// underscores read as spaces.
fn fold_word(text: &str) -> String {
    crate::text::fold_ascii(&text.replace(['-', '_'], " "))
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A status as a plan file holds it: the canonical name or any word
/// [`Status::from_word`] accepts (`status = "xong"` is done).
impl FromStr for Status {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::from_word(s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_documented_status() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>(), Ok(status));
        }
        assert_eq!("đang làm".parse::<Status>(), Ok(Status::Doing));
        assert!("started".parse::<Status>().is_err());
    }

    #[test]
    fn clerk_words_name_a_status() {
        for (word, status) in [
            ("xong", Status::Done),
            ("Hoàn thành", Status::Done),
            ("hoan-thanh", Status::Done),
            ("đang làm", Status::Doing),
            ("dang-lam", Status::Doing),
            ("chưa làm", Status::Todo),
            ("huỷ", Status::Cancelled),
            ("hủy", Status::Cancelled),
            ("đã hủy", Status::Cancelled),
            ("đã huỷ", Status::Cancelled),
            ("Đã Huỷ", Status::Cancelled),
            ("huy", Status::Cancelled),
            ("đã xong", Status::Done),
            ("XONG", Status::Done),
            ("chua lam", Status::Todo),
            ("Chưa Làm", Status::Todo),
            ("dang lam", Status::Doing),
            ("todo", Status::Todo),
            ("doing", Status::Doing),
            ("cancelled", Status::Cancelled),
            ("canceled", Status::Cancelled),
            ("Done", Status::Done),
        ] {
            assert_eq!(Status::from_word(word), Some(status), "{word}");
        }
    }

    #[test]
    fn decomposed_and_composed_words_are_the_same_status() {
        use unicode_normalization::UnicodeNormalization;
        for word in ["hoàn thành", "đã huỷ", "đã hủy", "đang làm", "chưa làm"] {
            let nfd: String = word.nfd().collect();
            assert_ne!(nfd, word);
            assert_eq!(Status::from_word(&nfd), Status::from_word(word), "{word}");
            assert!(Status::from_word(&nfd).is_some(), "{word}");
        }
    }

    #[test]
    fn english_synonyms_only_suggest() {
        assert_eq!(Status::from_word("started"), None);
        assert_eq!(Status::suggest("started"), Some(Status::Doing));
        assert_eq!(Status::suggest("dne"), Some(Status::Done));
        assert_eq!(Status::suggest("zzz"), None);
    }
}
