//! The one check that Vietnamese output holds no English word, shared by
//! the unit tests (`crate::i18n::english`) and the end-to-end tests (which
//! include this file as `common::english`). [`english_words`] finds the
//! words and phrases of [`ENGLISH`] in a text, leaving out what is not a
//! word of the interface: names of commands and flags, the program's name
//! in a usage line or before a flag, paths, file names, addresses,
//! environment variables, text in backticks, value placeholders (`<UNIT>`),
//! the values and defaults a flag lists (`[giá trị: …]`, `[mặc định: …]`),
//! calendar property names, HTML tags and style sheets, a plan file's lines
//! in a diff and its lines quoted under a diagnostic.
//! [`english_words_quoting`] also leaves out what a message quotes (the
//! user's own text).

/// Words and phrases of English no Vietnamese message holds, lowercase.
/// Words that are also Vietnamese or too short to tell ("a", "an", "no",
/// "in", "to", "e", "g") are not here.
pub const ENGLISH: &[&str] = &[
    "after",
    "and",
    "are",
    "arguments",
    "as of",
    "at",
    "be",
    "before",
    "by",
    "cancelled",
    "cannot",
    "command",
    "commands",
    "condition",
    "correct",
    "could",
    "date",
    "day",
    "days",
    "default",
    "did",
    "did you mean",
    "does",
    "doing",
    "done",
    "due",
    "duration",
    "element",
    "empty",
    "end",
    "env",
    "error",
    "errors",
    "every",
    "exist",
    "expected",
    "failed",
    "file",
    "files",
    "folder",
    "for",
    "found",
    "from",
    "give",
    "given",
    "group",
    "has",
    "have",
    "help",
    "hint",
    "hour",
    "imported",
    "invalid",
    "is",
    "it",
    "its",
    "joined",
    "lead",
    "leads",
    "line",
    "lines",
    "list",
    "mark",
    "marked",
    "marks",
    "mean",
    "milestone",
    "milestones",
    "minute",
    "missing",
    "month",
    "months",
    "name",
    "needs",
    "not",
    "not found",
    "note",
    "notes",
    "nothing",
    "nothing was written",
    "of",
    "one",
    "ongoing",
    "only",
    "open",
    "options",
    "or",
    "overdue",
    "partner",
    "partners",
    "period",
    "plan",
    "plans",
    "possible",
    "precise",
    "print",
    "progress",
    "quarter",
    "quarters",
    "range",
    "read",
    "recurring",
    "required",
    "review",
    "run",
    "span",
    "start",
    "state",
    "status",
    "task",
    "tasks",
    "that",
    "the",
    "this",
    "title",
    "today",
    "todo",
    "total",
    "unassigned",
    "unit",
    "units",
    "unknown",
    "unscheduled",
    "usage",
    "value",
    "values",
    "version",
    "waiting",
    "warning",
    "warnings",
    "was",
    "week",
    "which",
    "window",
    "with",
    "write",
    "written",
    "wrote",
    "year",
    "years",
];

/// The commands of `plan`: after `plan` and at the head of a line of a
/// help's list of commands they are names, not words.
const COMMANDS: &[&str] = &[
    "list", "show", "units", "unit", "check", "done", "reopen", "assign", "unassign", "add", "set",
    "report", "render", "timeline", "export", "import", "help", "alias",
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

/// `line` with what it quotes between the marks `quotes` (each closed by
/// itself, `[` by `]`) and in backticks made blank.
fn outside_quotes(line: &str, quotes: &[char]) -> String {
    let mut outside = String::new();
    let mut open: Option<char> = None;
    for c in line.chars() {
        match open {
            Some(close) if c == close => {
                open = None;
                outside.push(' ');
            }
            Some(_) => {}
            None if c == '`' || quotes.contains(&c) => {
                open = Some(if c == '[' { ']' } else { c });
            }
            None => outside.push(c),
        }
    }
    outside
}

/// The entries of [`ENGLISH`] in `text`, in the order they stand, one for
/// each time. Phrases ("did you mean") are found on the text's words,
/// lowercase and one space apart, across lines.
pub fn english_words(text: &str) -> Vec<&'static str> {
    english_words_quoting(text, &[])
}

/// [`english_words`], leaving out also what `text` quotes between the
/// marks `quotes`: `'"'` for the user's own text ("Tháng 13/2020"), `'['`
/// for TOML headers and arrays (`[[task]]`, `[1 2]`).
pub fn english_words_quoting(text: &str, quotes: &[char]) -> Vec<&'static str> {
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
    let mut words = Vec::new();
    let mut in_commands = false;
    for line in text.lines() {
        // A plan file's own lines quoted under a diagnostic (`16 | x = 1`).
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
        // A heading ("Lệnh:") is checked too; under "Lệnh:", each line
        // starts with a command's name.
        if line.ends_with(':') && !line.starts_with(' ') {
            in_commands = line == "Lệnh:";
        }
        let mut line = line.to_owned();
        if in_commands
            && line.starts_with("  ")
            && let Some(name) = line.split_whitespace().next()
        {
            line = line.replacen(name, "", 1);
        }
        for command in COMMANDS {
            while line.contains(&format!("plan {command}")) {
                line = line.replace(&format!("plan {command}"), "plan");
            }
            if line.starts_with(&format!("  {command} ")) {
                line = line.replacen(command, "", 1);
            }
        }
        // The program's name in a usage line and before a flag.
        for usage in ["Cách dùng:", "Usage:"] {
            line = line.replacen(&format!("{usage} plan"), usage, 1);
        }
        line = line.replace("plan -", "-");
        for chunk in outside_quotes(&line, quotes).split_whitespace() {
            let mut chunk = chunk.trim_start_matches(['\'', '"', '(', '“', '«']);
            // A calendar's property name (`END:VEVENT`, `VERSION:2.0`).
            if let Some((name, value)) = chunk.split_once(':')
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            {
                chunk = value;
            }
            // A file's name (`empty.txt`, `plan-list.1`).
            let chars: Vec<char> = chunk.chars().collect();
            let file = chars
                .windows(3)
                .any(|w| w[1] == '.' && w[0].is_alphanumeric() && w[2].is_ascii_alphanumeric());
            let skip = file
                || chunk.starts_with('-')
                || chunk.starts_with('<')
                || chunk.starts_with('[')
                || chunk.contains('/')
                || chunk.contains('@')
                || chunk.contains('\\')
                || chunk.contains('_')
                || chunk.contains('=') && !chunk.ends_with('=');
            if skip {
                continue;
            }
            words.extend(
                chunk
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|word| !word.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    let mut found = Vec::new();
    for at in 0..words.len() {
        for entry in ENGLISH {
            let parts: Vec<&str> = entry.split(' ').collect();
            let shown = words.get(at..at + parts.len());
            if shown.is_some_and(|shown| shown.iter().zip(&parts).all(|(w, p)| w == p)) {
                found.push(*entry);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_and_phrases_are_found() {
        assert_eq!(english_words("no task \"3\""), ["task"]);
        assert_eq!(english_words("Usage: plan list [OPTIONS]"), ["usage"]);
        assert_eq!(english_words("no plan file"), ["plan", "file"]);
        assert_eq!(
            english_words("Nothing was\nwritten."),
            ["nothing", "nothing was written", "was", "written"]
        );
        assert_eq!(
            english_words("error: Did you mean `done`?"),
            ["error", "did", "did you mean", "mean"]
        );
        assert_eq!(
            english_words("todo, overdue 1 day"),
            ["todo", "overdue", "day"]
        );
    }

    #[test]
    fn names_code_and_quoted_text_are_not_words() {
        for text in [
            "chạy `plan check` với --plan MÃ, PLAN_FILE",
            "Cách dùng: plan done [TÙY CHỌN] <TASK>",
            "Cách dùng: plan [TÙY CHỌN] <LỆNH>",
            "Để biết thêm, chạy 'plan --help'.",
            "UID:trieu-son-2020-pcbldg-1-1@plan",
            "plans/trieu-son-2020-pcbldg.toml và C:\\plans\\x.toml",
            "[giá trị: lead, partner] [mặc định: table]",
            "Lệnh:\n  help  In trợ giúp\n  done  Đánh dấu xong",
            "16 | status = \"done\"\n   |          ^^^^",
            "+status = \"done\"",
            "BEGIN:VEVENT\nEND:VEVENT\nVERSION:2.0",
            "đọc empty.txt (xem plan-list.1, …)",
            "<html><style>p { title: 1 }</style><p class=\"note\">Tốt</p></html>",
        ] {
            assert_eq!(english_words(text), [] as [&str; 0], "{text}");
        }
        assert_eq!(english_words("\"Task\" [task] [[task]]"), ["task"]);
        assert!(english_words_quoting("\"Task\" [task ok]", &['"', '[']).is_empty());
        assert_eq!(
            english_words_quoting("cần `\"` task \"unit", &['"']),
            ["task"]
        );
    }
}
