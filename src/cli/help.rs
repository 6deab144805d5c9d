//! The command line's words, from the catalogs: the about of every command
//! and the help of every argument, clap's own help and version flags and
//! `help` command, and, in Vietnamese, the headings of help ("Cách dùng",
//! "Tùy chọn", "Lệnh", "Đối số") and the notes clap adds after a help
//! (`[default: …]`, `[possible values: …]`, `[env: …]`).
//!
//! Keys: `cmd-plan` is the program's about, `cmd-<path>` a subcommand's
//! (the names from the root joined by `-`: `cmd-unit-add`). An argument's
//! help is `arg-<path>-<id>` (its id with `-` for `_`), else `arg-<id>`:
//! the root's flags and the flags several commands share. A `.long`
//! attribute is the long help (`--help`) where it says more than the help.
//!
//! In Vietnamese the placeholders of values are Vietnamese too (`<ĐƠN_VỊ>`
//! for `<UNIT>`), in help, usage lines and usage errors: `value-<path>-<id>`
//! for one argument's, else `value-<name>` for the English name in lower
//! case (`value-unit`). The values a flag takes are shown with their
//! Vietnamese word first where `choice-<value>` has one
//! (`chủ trì (lead)`); the English names stay what clap accepts and
//! completes.

use clap::builder::{Resettable, StyledStr};
use clap::{Arg, Command};

use crate::i18n::{self, Lang};

/// `command` with every word in `lang`, built (the generated flags and
/// `help` command exist, and are worded too).
pub fn localise(command: Command, lang: Lang) -> Command {
    let mut command = describe(command, "", lang);
    command.build();
    generated(&mut command, lang);
    if lang == Lang::Vi {
        vietnamese(&mut command, "");
    }
    command
}

/// Value `name` (one a flag takes, `lead`) as help and usage errors show
/// it in `lang`: with its word in `lang` first, `chủ trì (lead)`, where
/// the catalog has one that differs.
pub fn shown_value(lang: Lang, name: &str) -> String {
    let key = format!("choice-{name}");
    if i18n::has(lang, &key) {
        let word = text(lang, &key);
        if word != name {
            return format!("{word} ({name})");
        }
    }
    name.to_owned()
}

/// Default value `name` as help shows it in `lang`: its word where the
/// catalog has one (`chủ trì`; the list of values pairs it with `lead`).
fn default_word(lang: Lang, name: &str) -> String {
    let key = format!("choice-{name}");
    if i18n::has(lang, &key) {
        text(lang, &key)
    } else {
        name.to_owned()
    }
}

/// The placeholder `name` of the value of argument `id` of the command at
/// `path` in `lang`: the argument's own, else the name's, else `name`.
pub fn placeholder(lang: Lang, path: &str, id: &str, name: &str) -> String {
    let id = id.replace('_', "-");
    let own = (!path.is_empty()).then(|| format!("value-{path}-{id}"));
    own.into_iter()
        .chain([format!("value-{}", name.to_lowercase())])
        .find(|key| i18n::has(lang, key))
        .map_or_else(|| name.to_owned(), |key| text(lang, &key))
}

/// The key of the about of the command at `path` (`""` for the root).
pub fn command_key(path: &str) -> String {
    if path.is_empty() {
        "cmd-plan".to_owned()
    } else {
        format!("cmd-{path}")
    }
}

/// The key of the help of argument `id` of the command at `path` in
/// `lang`'s catalog: the command's own, else the shared one.
pub fn arg_key(lang: Lang, path: &str, id: &str) -> Option<String> {
    let id = id.replace('_', "-");
    let own = (!path.is_empty()).then(|| format!("arg-{path}-{id}"));
    own.into_iter()
        .chain([format!("arg-{id}")])
        .find(|key| i18n::has(lang, key))
}

/// The path of subcommand `name` under `path`.
pub fn child_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}-{name}")
    }
}

fn text(lang: Lang, key: &str) -> String {
    i18n::message_in(lang, key, None)
}

/// The `.long` attribute of `key`: a long help, or none (clap's `None`).
fn long(lang: Lang, key: &str) -> Resettable<StyledStr> {
    reset_or(i18n::attribute_in(lang, key, "long"))
}

fn reset_or(text: Option<String>) -> Resettable<StyledStr> {
    text.map_or(Resettable::Reset, |text| Resettable::Value(text.into()))
}

/// The abouts and helps the catalog has for `command` and its subcommands.
fn describe(mut command: Command, path: &str, lang: Lang) -> Command {
    let key = command_key(path);
    command = command.about(text(lang, &key)).long_about(long(lang, &key));
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        let Some(key) = arg_key(lang, path, &id) else {
            continue;
        };
        command = command.mut_arg(&id, |arg| {
            arg.help(text(lang, &key)).long_help(long(lang, &key))
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        let path = child_path(path, &name);
        command = command.mut_subcommand(&name, |sub| describe(sub, &path, lang));
    }
    command
}

/// The words of what clap made at build time: `-h`, `-V`, `help`.
fn generated(command: &mut Command, lang: Lang) {
    let mut owned = std::mem::take(command);
    // clap's `help` command takes no `--help` of its own.
    let is_help = owned.get_name() == "help" && owned.get_arguments().all(|a| a.get_id() != "help");
    if is_help {
        owned = owned.about(text(lang, "clap-help-command"));
    }
    let ids: Vec<String> = owned
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        owned = owned.mut_arg(&id, |arg| match arg.get_id().as_str() {
            "help" if arg.get_long_help().is_some() => arg
                .help(text(lang, "clap-help-short"))
                .long_help(text(lang, "clap-help-long")),
            "help" => arg.help(text(lang, "clap-help")),
            "version" => arg.help(text(lang, "clap-version")),
            "subcommand" if is_help => arg.help(text(lang, "clap-help-command-arg")),
            _ => arg,
        });
    }
    *command = owned;
    for sub in command.get_subcommands_mut() {
        generated(sub, lang);
    }
}

/// Headings, placeholders, usage and the notes after a help in Vietnamese,
/// for `command` (at `path`) and its subcommands.
fn vietnamese(command: &mut Command, path: &str) {
    let lang = Lang::Vi;
    let mut owned = std::mem::take(command);
    let ids: Vec<String> = owned
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        owned = owned.mut_arg(&id, |arg| notes(placeholders_of(arg, path)));
    }
    // The usage is rendered with the placeholders set.
    let usage = owned.render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &text(lang, "clap-options-tag"))
        .replace("COMMAND", &text(lang, "clap-command-tag"));
    let heading = owned.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        heading.render(),
        text(lang, "clap-usage-heading"),
        heading.render_reset(),
    );
    owned = owned
        .override_usage(usage)
        .help_template(template)
        .subcommand_help_heading(text(lang, "clap-commands-heading"));
    *command = owned;
    for sub in command.get_subcommands_mut() {
        let path = child_path(path, sub.get_name());
        vietnamese(sub, &path);
    }
}

/// `arg` (of the command at `path`) with its placeholders in Vietnamese.
fn placeholders_of(arg: Arg, path: &str) -> Arg {
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let Some(names) = arg.get_value_names().filter(|_| takes_values) else {
        return arg;
    };
    let id = arg.get_id().as_str();
    let names: Vec<String> = names
        .iter()
        .map(|name| placeholder(Lang::Vi, path, id, name.as_str()))
        .collect();
    match names.as_slice() {
        [name] => {
            let name = name.clone();
            arg.value_name(name)
        }
        _ => arg.value_names(names),
    }
}

/// `arg` under its Vietnamese heading, with clap's notes after its help
/// (environment variable, default, possible values) in Vietnamese.
fn notes(arg: Arg) -> Arg {
    let lang = Lang::Vi;
    let heading = if arg.is_positional() {
        "clap-arguments-heading"
    } else {
        "clap-options-heading"
    };
    let mut notes = Vec::new();
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        notes.push(format!(
            "[{}: {}]",
            text(lang, "clap-env"),
            env.to_string_lossy()
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| default_word(lang, &v.to_string_lossy()))
        .collect();
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    if !defaults.is_empty() && takes_value && !arg.is_hide_default_value_set() {
        notes.push(format!(
            "[{}: {}]",
            text(lang, "clap-default"),
            defaults.join(", ")
        ));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| shown_value(lang, v.get_name()))
        .collect();
    if !values.is_empty() && takes_value && !arg.is_hide_possible_values_set() {
        notes.push(format!(
            "[{}: {}]",
            text(lang, "clap-possible-values"),
            values.join(", ")
        ));
    }
    let mut arg = arg.help_heading(text(lang, heading));
    // Under a heading of its own clap sorts by display order, then name:
    // positional arguments keep the order they are typed in.
    if let Some(index) = arg.get_index() {
        arg = arg.display_order(index);
    }
    if notes.is_empty() {
        return arg;
    }
    let notes = notes.join(" ");
    let help = arg.get_help().map(|h| format!("{h} {notes}"));
    let long_help = arg.get_long_help().map(|h| format!("{h}\n\n{notes}"));
    arg = arg
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true);
    arg.help(help.unwrap_or(notes))
        .long_help(reset_or(long_help))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> Command {
        <crate::cli::Cli as clap::CommandFactory>::command()
    }

    /// What the catalogs lack for `command` (at `path`) and below in `lang`.
    fn missing(command: &Command, path: &str, lang: Lang, found: &mut Vec<String>) {
        let key = command_key(path);
        if !i18n::has(lang, &key) || text(lang, &key).trim().is_empty() {
            found.push(format!("{}: {key}", lang.code()));
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            match arg_key(lang, path, id) {
                Some(key) if !text(lang, &key).trim().is_empty() => {}
                _ => found.push(format!(
                    "{}: arg-{}{} (or arg-{})",
                    lang.code(),
                    if path.is_empty() {
                        String::new()
                    } else {
                        format!("{path}-")
                    },
                    id.replace('_', "-"),
                    id.replace('_', "-"),
                )),
            }
        }
        for sub in command.get_subcommands() {
            missing(sub, &child_path(path, sub.get_name()), lang, found);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_words_in_both_catalogs() {
        let mut found = Vec::new();
        for lang in Lang::ALL {
            missing(&raw(), "", lang, &mut found);
        }
        assert!(found.is_empty(), "no words in the catalogs for: {found:#?}");
    }

    /// Every command and every argument shown, clap's own among them, has
    /// an about or a help in both languages once localised.
    fn unworded(command: &Command, found: &mut Vec<String>) {
        let name = command
            .get_bin_name()
            .unwrap_or(command.get_name())
            .to_owned();
        if command
            .get_about()
            .is_none_or(|a| a.to_string().trim().is_empty())
        {
            found.push(name.clone());
        }
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg
                .get_help()
                .is_none_or(|h| h.to_string().trim().is_empty())
            {
                found.push(format!("{name} {}", arg.get_id()));
            }
        }
        for sub in command.get_subcommands() {
            unworded(sub, found);
        }
    }

    #[test]
    fn the_built_command_line_has_words_for_everything_in_both_languages() {
        for lang in Lang::ALL {
            let mut found = Vec::new();
            unworded(&localise(raw(), lang), &mut found);
            assert!(found.is_empty(), "{}: no words for {found:#?}", lang.code());
        }
    }

    /// The placeholders of `command`'s values and its subcommands' with no
    /// Vietnamese word, and those not written in capitals and underscores.
    fn untranslated(command: &Command, path: &str, found: &mut Vec<String>) {
        let takes_values = |arg: &&Arg| arg.get_num_args().is_some_and(|n| n.takes_values());
        for arg in command.get_arguments().filter(takes_values) {
            for name in arg.get_value_names().unwrap_or_default() {
                let id = arg.get_id().as_str();
                let own = format!("value-{path}-{}", id.replace('_', "-"));
                let shared = format!("value-{}", name.as_str().to_lowercase());
                if !i18n::has(Lang::Vi, &own) && !i18n::has(Lang::Vi, &shared) {
                    found.push(format!("{path} {id}: {shared}"));
                }
                let word = placeholder(Lang::Vi, path, id, name.as_str());
                if word
                    .chars()
                    .any(|c| c.is_lowercase() || c.is_whitespace() || c == '-')
                {
                    found.push(format!("{path} {id}: {word}"));
                }
            }
        }
        for sub in command.get_subcommands() {
            untranslated(sub, &child_path(path, sub.get_name()), found);
        }
    }

    #[test]
    fn every_placeholder_has_its_vietnamese_word() {
        let mut command = raw();
        command.build();
        let mut found = Vec::new();
        untranslated(&command, "", &mut found);
        assert!(found.is_empty(), "{found:#?}");
    }

    /// The Vietnamese placeholders of every flag that takes a value, by
    /// its long and short names, in the command and its subcommands.
    fn flag_placeholders(
        command: &Command,
        found: &mut std::collections::BTreeMap<String, Vec<String>>,
    ) {
        for arg in command.get_arguments() {
            let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
            let names = arg.get_value_names().unwrap_or_default();
            if !takes_values || names.is_empty() {
                continue;
            }
            let flags = arg
                .get_long()
                .map(|long| format!("--{long}"))
                .into_iter()
                .chain(arg.get_short().map(|short| format!("-{short}")));
            for flag in flags {
                let words = found.entry(flag).or_default();
                words.extend(names.iter().map(|name| name.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            flag_placeholders(sub, found);
        }
    }

    /// A Vietnamese message that shows a flag with a placeholder
    /// (`--plan KẾ_HOẠCH`, `--unit <ĐƠN_VỊ>`) spells it as help does.
    #[test]
    fn the_catalog_s_placeholders_are_help_s() {
        let mut placeholders = std::collections::BTreeMap::new();
        flag_placeholders(&localise(raw(), Lang::Vi), &mut placeholders);
        let found = stray(Lang::Vi.catalog(), &placeholders);
        assert!(found.is_empty(), "{found:#?}");
        let found = stray("`plan add --plan MÃ -f TỆP --unit <ĐƠN_VỊ>`", &placeholders);
        assert_eq!(found.len(), 2, "{found:#?}");
    }

    /// The flags in `text` followed by a placeholder that is not theirs.
    fn stray(
        text: &str,
        placeholders: &std::collections::BTreeMap<String, Vec<String>>,
    ) -> Vec<String> {
        let mut found = Vec::new();
        for line in text.lines() {
            let tokens: Vec<&str> = line.split_whitespace().collect();
            for pair in tokens.windows(2) {
                let flag = pair[0].trim_matches(|c: char| "`'\"(".contains(c));
                let word = pair[1].trim_matches(|c: char| "`'\"()<>.,;:…".contains(c));
                let is_placeholder = word.chars().count() > 1
                    && word.chars().any(char::is_alphabetic)
                    && word
                        .chars()
                        .all(|c| c.is_uppercase() || c == '_' || c == '-');
                let Some(words) = placeholders.get(flag) else {
                    continue;
                };
                if is_placeholder && !words.iter().any(|w| w == word) {
                    found.push(format!("{flag} {word} (help: {words:?}) in {line}"));
                }
            }
        }
        found
    }

    #[test]
    fn values_are_shown_with_their_words_in_vietnamese_only() {
        assert_eq!(shown_value(Lang::Vi, "lead"), "chủ trì (lead)");
        assert_eq!(shown_value(Lang::Vi, "cancelled"), "đã hủy (cancelled)");
        assert_eq!(shown_value(Lang::Vi, "json"), "json");
        assert_eq!(shown_value(Lang::En, "lead"), "lead");
        assert_eq!(placeholder(Lang::Vi, "list", "unit", "UNIT"), "ĐƠN_VỊ");
        assert_eq!(placeholder(Lang::Vi, "unit-add", "id", "ID"), "MÃ");
        assert_eq!(placeholder(Lang::Vi, "show", "task", "ID"), "SỐ");
        assert_eq!(placeholder(Lang::Vi, "list", "x", "XYZ"), "XYZ");
    }

    #[test]
    fn english_help_is_clap_s_own_wording() {
        let mut english = localise(raw(), Lang::En);
        let help = english.render_help().to_string();
        assert!(
            help.contains("\nUsage: plan [OPTIONS] <COMMAND>\n\nCommands:\n"),
            "{help}"
        );
        assert!(
            help.contains("\n  -h, --help          Print help\n"),
            "{help}"
        );
        assert!(help.contains("[env: PLAN_TODAY=]"), "{help}");
    }

    #[test]
    fn vietnamese_help_has_vietnamese_headings_usage_and_notes() {
        let mut vietnamese = localise(raw(), Lang::Vi);
        let help = vietnamese.render_help().to_string();
        for part in [
            "\nCách dùng: plan [TÙY CHỌN] <LỆNH>\n\nLệnh:\n",
            "\nTùy chọn:\n",
            "  -h, --help              In trợ giúp\n",
            "  -V, --version           In số phiên bản\n",
            "  -f, --file <ĐƯỜNG_DẪN>  Tệp kế hoạch",
            "      --as-of <NGÀY>      Xem như",
            "[biến môi trường: PLAN_TODAY]",
            "[giá trị: vi, en]",
        ] {
            assert!(help.contains(part), "{part:?} not in:\n{help}");
        }
        assert!(
            help.lines().any(|line| line.starts_with("  help ")
                && line.ends_with(" In trợ giúp này, hoặc trợ giúp của lệnh đã cho")),
            "no help command in:\n{help}"
        );
        let add = vietnamese
            .find_subcommand_mut("unit")
            .and_then(|unit| unit.find_subcommand_mut("add"))
            .expect("unit add");
        let help = add.render_help().to_string();
        let arguments = help.find("\nĐối số:\n  <MÃ>").expect("Đối số first");
        let options = help.find("\nTùy chọn:\n").expect("then Tùy chọn");
        assert!(arguments < options, "{help}");
        assert!(
            help.contains("[mặc định: text] [giá trị: text, json]"),
            "{help}"
        );
        let set = vietnamese.find_subcommand_mut("set").expect("set");
        let help = set.render_help().to_string();
        let at = |name: &str| help.find(&format!("\n  <{name}>")).expect(name);
        assert!(at("SỐ") < at("MỤC") && at("MỤC") < at("GIÁ_TRỊ"), "{help}");
    }
}
