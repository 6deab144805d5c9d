//! Usage errors as the user reads them. In English, clap's own rendering,
//! unchanged. In Vietnamese, the error is worded here from its kind and
//! context (the argument, the value, the possible values with their
//! Vietnamese words, clap's suggestion), with the `lỗi:` label, the
//! command's usage and a line pointing at the command's `--help`.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};
use crate::t;

/// `error` as it is shown, in the current language. Help and version
/// (which clap hands over as errors) are shown as they are.
pub fn render(error: &clap::Error) -> String {
    let shown_as_is = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            | ErrorKind::DisplayVersion
    );
    if i18n::current() == Lang::En || shown_as_is {
        return error.render().to_string();
    }
    let mut out = format!("{}: {}", t!("label-error"), what(error));
    let tips = tips(error);
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        out.push_str(&format!("\n  {}: {tip}", t!("label-hint")));
    }
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => Some(usage.to_string()),
        _ => None,
    };
    // "Usage: plan list [TÙY CHỌN]": the words after the heading.
    let usage = usage
        .as_deref()
        .map(|u| u.split_once(' ').map_or(u, |(_, rest)| rest));
    if let Some(usage) = usage {
        out.push_str(&format!("\n\n{} {usage}", t!("clap-usage-heading")));
    }
    let command: Vec<&str> = usage
        .unwrap_or("plan")
        .split_whitespace()
        .take_while(|word| !word.starts_with(['[', '<', '-']))
        .collect();
    out.push_str(&format!(
        "\n\n{}\n",
        t!("clap-more", command = command.join(" "))
    ));
    out
}

/// A few words for an error of `kind` with no context to tell more.
pub fn kind_words(kind: ErrorKind) -> String {
    match i18n::current() {
        Lang::En => kind.as_str().unwrap_or("invalid arguments").to_owned(),
        Lang::Vi if kind == ErrorKind::InvalidUtf8 => t!("clap-err-utf8"),
        Lang::Vi => t!("clap-err-other"),
    }
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(all)) => all.first().cloned(),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(all)) => all.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn number(error: &clap::Error, kind: ContextKind) -> Option<isize> {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// The first line of the error, and the lists that follow it.
fn what(error: &clap::Error) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let kind = error.kind();
    let text = match kind {
        ErrorKind::UnknownArgument => arg.map(|arg| {
            if arg.starts_with('-') {
                t!("clap-err-unknown-option", arg = arg)
            } else {
                t!("clap-err-extra-arg", arg = arg)
            }
        }),
        ErrorKind::InvalidValue => arg.zip(value).map(|(arg, value)| {
            let mut text = if value.is_empty() {
                t!("clap-err-value-missing", arg = arg)
            } else {
                t!("clap-err-invalid-value", value = value, arg = arg)
            };
            // With their Vietnamese words, as help shows them.
            let values: Vec<String> = strings(error, ContextKind::ValidValue)
                .iter()
                .map(|name| super::help::shown_value(Lang::Vi, name))
                .collect();
            if !values.is_empty() {
                let values = t!("clap-err-choices", values = values.join(", "));
                text.push_str(&format!("\n  [{values}]"));
            }
            text
        }),
        ErrorKind::ValueValidation => arg.zip(value).map(|(arg, value)| {
            let mut text = t!("clap-err-invalid-value", value = value, arg = arg);
            if let Some(source) = std::error::Error::source(error) {
                let reason = match source.downcast_ref::<std::num::ParseIntError>() {
                    Some(e) => number_reason(e),
                    None => {
                        let source = source.to_string();
                        range(&source).unwrap_or(source)
                    }
                };
                text.push_str(&format!(": {reason}"));
            }
            text
        }),
        ErrorKind::InvalidSubcommand => string(error, ContextKind::InvalidSubcommand)
            .map(|name| t!("clap-err-unknown-command", name = name)),
        ErrorKind::MissingRequiredArgument => string(error, ContextKind::Custom).or_else(|| {
            let missing = strings(error, ContextKind::InvalidArg);
            (!missing.is_empty()).then(|| {
                let mut text = t!("clap-err-missing");
                for name in missing {
                    text.push_str(&format!("\n  {name}"));
                }
                text
            })
        }),
        ErrorKind::MissingSubcommand => string(error, ContextKind::InvalidSubcommand).map(|name| {
            let mut text = t!("clap-err-missing-command", name = name);
            let names = strings(error, ContextKind::ValidSubcommand);
            if !names.is_empty() {
                let names = t!("clap-err-commands", names = names.join(", "));
                text.push_str(&format!("\n  [{names}]"));
            }
            text
        }),
        ErrorKind::ArgumentConflict => arg.map(|arg| match error.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => t!("clap-err-twice", arg = arg),
            Some(ContextValue::String(prior)) => {
                t!("clap-err-conflict", arg = arg, other = format!("'{prior}'"))
            }
            Some(ContextValue::Strings(prior)) => {
                let other: Vec<String> = prior.iter().map(|p| format!("'{p}'")).collect();
                t!("clap-err-conflict", arg = arg, other = other.join(", "))
            }
            _ => t!(
                "clap-err-conflict",
                arg = arg,
                other = t!("clap-err-conflict-others")
            ),
        }),
        ErrorKind::NoEquals => arg.map(|arg| t!("clap-err-no-equals", arg = arg)),
        ErrorKind::TooManyValues => arg
            .zip(value)
            .map(|(arg, value)| t!("clap-err-too-many", value = value, arg = arg)),
        ErrorKind::TooFewValues => {
            let actual = number(error, ContextKind::ActualNumValues);
            let min = number(error, ContextKind::MinValues);
            arg.zip(actual.zip(min)).map(|(arg, (actual, min))| {
                t!("clap-err-too-few", arg = arg, min = min, actual = actual)
            })
        }
        ErrorKind::WrongNumberOfValues => {
            let actual = number(error, ContextKind::ActualNumValues);
            let count = number(error, ContextKind::ExpectedNumValues);
            arg.zip(actual.zip(count)).map(|(arg, (actual, count))| {
                t!(
                    "clap-err-wrong-number",
                    arg = arg,
                    count = count,
                    actual = actual
                )
            })
        }
        _ => None,
    };
    text.unwrap_or_else(|| kind_words(kind))
}

/// clap's suggestions: a name like the one typed, or how to write it.
fn tips(error: &clap::Error) -> Vec<String> {
    let mut tips: Vec<String> = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .filter_map(|kind| string(error, kind))
    .map(|name| t!("clap-err-suggest", name = name))
    .collect();
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().filter_map(|s| tip(&s.to_string())));
    }
    tips
}

/// One of clap's worded tips, in the current language (clap words three).
fn tip(text: &str) -> Option<String> {
    if let Some(rest) = text.strip_prefix("to pass '") {
        let (arg, fix) = rest.split_once("' as a value, use '")?;
        let fix = fix.strip_suffix('\'')?;
        return Some(t!("clap-err-tip-value", arg = arg, fix = fix));
    }
    if let Some(rest) = text.strip_prefix("subcommand '") {
        let (name, _) = rest.split_once("' exists")?;
        return Some(t!("clap-err-tip-remove-dashes", name = name));
    }
    let name = text.strip_prefix('\'')?.strip_suffix("' exists")?;
    Some(t!("clap-err-suggest", name = name))
}

/// clap's refusal of a number out of range ("0 is not in 1..18446744073709551615"),
/// in the current language.
/// Why a number flag's value is not a number, in words (Rust's own are
/// English).
fn number_reason(error: &std::num::ParseIntError) -> String {
    use std::num::IntErrorKind;
    match error.kind() {
        IntErrorKind::Empty => t!("clap-err-number-empty"),
        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => t!("clap-err-number-too-large"),
        IntErrorKind::Zero => t!("clap-err-number-zero"),
        _ => t!("clap-err-not-a-number"),
    }
}

fn range(text: &str) -> Option<String> {
    let (_, range) = text.split_once(" is not in ")?;
    let (min, max) = range.split_once("..")?;
    let min: i128 = min.parse().ok()?;
    let max = max.strip_prefix('=').unwrap_or(max);
    match max.parse::<i128>().ok()? {
        max if max >= i128::from(i64::MAX) => Some(t!("clap-err-at-least", min = min as f64)),
        max => Some(t!("clap-err-range", min = min as f64, max = max as f64)),
    }
}
