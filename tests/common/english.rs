//! English words that must not reach a reader of the Vietnamese interface.
//! Names of commands and flags, paths, values in backticks and value
//! placeholders (`<UNIT>`) are not words of the interface and are skipped.

/// Words of English no Vietnamese message holds.
const ENGLISH: &[&str] = &[
    "error",
    "errors",
    "warning",
    "warnings",
    "expected",
    "hint",
    "note",
    "notes",
    "task",
    "tasks",
    "overdue",
    "day",
    "days",
    "usage",
    "options",
    "commands",
    "arguments",
    "unknown",
    "found",
    "file",
    "files",
    "folder",
    "line",
    "unit",
    "lead",
    "leads",
    "partner",
    "partners",
    "window",
    "status",
    "todo",
    "doing",
    "cancelled",
    "nothing",
    "written",
    "wrote",
    "mean",
    "plans",
    "print",
    "the",
    "of",
    "and",
    "is",
    "are",
    "was",
    "with",
    "for",
    "not",
    "or",
    "has",
    "have",
    "be",
    "from",
    "this",
    "that",
    "by",
    "at",
    "it",
    "its",
    "which",
    "one",
    "give",
    "given",
    "due",
    "waiting",
    "unscheduled",
    "unassigned",
    "review",
    "marks",
    "mark",
    "imported",
    "default",
    "possible",
    "values",
    "value",
    "total",
    "month",
    "week",
    "milestone",
    "milestones",
    "state",
    "title",
    "condition",
    "period",
    "date",
    "today",
    "invalid",
    "missing",
    "required",
    "cannot",
    "could",
    "read",
    "only",
    "write",
    "after",
    "before",
];

/// The text a person reads of an HTML page: no style sheet, no tags.
fn readable(text: &str) -> String {
    let mut text = text.to_owned();
    while let (Some(start), Some(end)) = (text.find("<style"), text.find("</style>")) {
        if end < start {
            break;
        }
        text.replace_range(start..end + "</style>".len(), "");
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The English words in `text`, each with the line it is on. Skipped: a
/// plan file's own lines quoted under a diagnostic (`12 | window = …`),
/// the command names after `plan` and in a help's list of commands, the
/// values a flag takes (`[giá trị: lead, partner]`) and TOML headers.
pub fn english_words(text: &str) -> Vec<String> {
    let mut text = if text.contains("<html") {
        readable(text)
    } else {
        text.to_owned()
    };
    // The values flags take and their defaults, which may wrap lines.
    for note in ["[giá trị:", "[mặc định:"] {
        while let Some(at) = text.find(note) {
            let end = text[at..].find(']').map_or(text.len(), |e| at + e + 1);
            text.replace_range(at..end, "");
        }
    }
    let mut found = Vec::new();
    for line in text.lines() {
        let quoted = line
            .trim_start()
            .split_once('|')
            .is_some_and(|(number, _)| number.trim().chars().all(|c| c.is_ascii_digit()));
        if quoted {
            continue;
        }
        // A plan file's lines in a diff (`--dry-run`): `+status = "done"`.
        let key = line.trim_start_matches(['+', '-', ' ']);
        if key.split_once(" = ").is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        }) {
            continue;
        }
        let mut line = line.to_owned();
        for command in [
            "units", "unit", "report", "set", "done", "list", "show", "check",
        ] {
            line = line.replace(&format!("plan {command}"), "plan");
            if line.starts_with(&format!("  {command} ")) {
                line = line.replacen(command, "", 1);
            }
        }
        let line = line.as_str();
        // Text in backticks is a command to type or a value.
        let mut outside = String::new();
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                outside.push_str(part);
                outside.push(' ');
            }
        }
        for chunk in outside.split_whitespace() {
            let chunk = chunk.trim_start_matches(['\'', '"', '(', '“', '«']);
            let skip = chunk.starts_with('-')
                || chunk.starts_with('<')
                || chunk.starts_with('[')
                || chunk.contains('/')
                || chunk.contains('\\')
                || chunk.contains('_')
                || chunk.contains('=') && !chunk.ends_with('=');
            if skip {
                continue;
            }
            for word in chunk.split(|c: char| !c.is_alphanumeric()) {
                let lower = word.to_lowercase();
                if ENGLISH.contains(&lower.as_str()) {
                    found.push(format!("{word:?} in {line:?}"));
                }
            }
        }
    }
    found
}
