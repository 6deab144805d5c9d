//! The catalogs agree: every key in both languages, with the same
//! placeholders, and every key the code asks for is in them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Each message of a catalog with the variables its value and attributes
/// name.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.catalog())
        .unwrap_or_else(|(_, errors)| panic!("{} catalog does not parse: {errors:?}", lang.code()));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut names = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut names);
            }
            for attribute in &message.attributes {
                variables(&attribute.value, &mut names);
            }
            let id = message.id.name.to_owned();
            assert!(
                found.insert(id.clone(), names).is_none(),
                "{} catalog has \"{id}\" twice",
                lang.code()
            );
        }
    }
    found
}

fn variables(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                variables(&variant.value, names);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, names),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
        }
        _ => {}
    }
}

#[test]
fn both_catalogs_have_every_key_with_the_same_placeholders() {
    let vi = messages(Lang::Vi);
    let en = messages(Lang::En);
    let only_vi: Vec<_> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
    assert!(only_vi.is_empty(), "keys missing from en.ftl: {only_vi:?}");
    assert!(only_en.is_empty(), "keys missing from vi.ftl: {only_en:?}");
    let differ: Vec<_> = vi
        .iter()
        .filter(|(key, names)| en[*key] != **names)
        .map(|(key, names)| format!("{key}: vi {names:?}, en {:?}", en[key]))
        .collect();
    assert!(differ.is_empty(), "placeholders differ: {differ:#?}");
}

#[test]
fn catalogs_parse_without_error() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(lang.catalog().to_owned()) {
            panic!("{}.ftl: {errors:?}", lang.code());
        }
    }
}

/// The keys the code names in calls of `t!`.
fn keys_in_code(dir: &Path, keys: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            keys_in_code(&path, keys);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices("t!(\"") {
                // `t!` itself, not `print!(` or `format!(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + 4..];
                if let Some(end) = rest.find('"') {
                    keys.insert(rest[..end].to_owned());
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_names_is_in_the_catalogs() {
    let mut keys = BTreeSet::new();
    keys_in_code(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut keys,
    );
    let missing: Vec<_> = keys
        .iter()
        .filter(|key| Lang::ALL.iter().any(|lang| !has(*lang, key)))
        .collect();
    assert!(missing.is_empty(), "keys not in both catalogs: {missing:?}");
}

#[test]
fn messages_fill_placeholders_without_isolation_marks() {
    let mut args = Args::new();
    args.set("count", Value::from(2));
    let text = message_in(Lang::En, "test-count", Some(&args));
    assert_eq!(text, "2 tasks");
    args.set("count", Value::from(1));
    assert_eq!(message_in(Lang::En, "test-count", Some(&args)), "1 task");
    assert_eq!(
        message_in(Lang::Vi, "test-count", Some(&args)),
        "1 nhiệm vụ"
    );
}

#[test]
fn a_key_missing_from_the_catalog_gives_itself() {
    assert_eq!(message_in(Lang::Vi, "no-such-key", None), "no-such-key");
}

fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

#[test]
fn the_flag_wins_over_plan_lang_which_wins_over_the_locale() {
    let vars = env(&[("PLAN_LANG", "en"), ("LANG", "vi_VN.UTF-8")]);
    assert_eq!(resolve(Some("vi"), &vars), Ok(Lang::Vi));
    assert_eq!(resolve(None, &vars), Ok(Lang::En));
    assert_eq!(resolve(None, env(&[("LANG", "vi_VN.UTF-8")])), Ok(Lang::Vi));
}

#[test]
fn the_locale_is_read_as_posix_reads_it() {
    let lang = |vars: &[(&str, &str)]| resolve(None, env(vars)).unwrap();
    assert_eq!(lang(&[]), Lang::Vi, "no locale at all");
    assert_eq!(lang(&[("LANG", "C")]), Lang::Vi);
    assert_eq!(lang(&[("LANG", "C.UTF-8")]), Lang::Vi);
    assert_eq!(lang(&[("LANG", "POSIX")]), Lang::Vi);
    assert_eq!(lang(&[("LANG", "en_US.UTF-8")]), Lang::En);
    assert_eq!(
        lang(&[("LANG", "fr_FR.UTF-8")]),
        Lang::En,
        "another language"
    );
    assert_eq!(
        lang(&[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "en_US.UTF-8")]),
        Lang::Vi
    );
    assert_eq!(
        lang(&[("LC_MESSAGES", "en_GB"), ("LANG", "vi_VN")]),
        Lang::En
    );
    assert_eq!(
        lang(&[("LC_ALL", ""), ("LANG", "en_US")]),
        Lang::En,
        "empty is unset"
    );
}

#[test]
fn plan_lang_that_is_no_language_is_refused() {
    assert_eq!(
        resolve(None, env(&[("PLAN_LANG", "fr")])),
        Err(BadLang("fr".into()))
    );
    assert_eq!(resolve(None, env(&[("PLAN_LANG", "VI_vn")])), Ok(Lang::Vi));
}

#[test]
fn the_lang_flag_is_found_before_clap_reads_the_line() {
    let args = |line: &str| flag_in(line.split(' '));
    assert_eq!(args("plan list --lang en"), Some("en".into()));
    assert_eq!(args("plan --lang=vi list"), Some("vi".into()));
    assert_eq!(args("plan list --lang en --lang vi"), Some("vi".into()));
    assert_eq!(args("plan list -- --lang en"), None);
    assert_eq!(args("plan list"), None);
}
