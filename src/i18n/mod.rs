//! The interface's language. Every word a person reads comes from a
//! message catalog, one Fluent file per language (`locales/vi.ftl`,
//! `locales/en.ftl`), looked up by key through [`t!`](crate::t) from this
//! one place. Machine outputs (JSON, CSV headers, exit codes) never go
//! through it.
//!
//! The language is chosen once per run by [`resolve`] and set with
//! [`set`]; before that, messages are English (the library's own tests
//! read English).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

#[cfg(test)]
pub mod english;
#[cfg(test)]
mod tests;

pub use fluent_bundle::FluentValue as Value;

/// The arguments of a message.
pub type Args<'a> = FluentArgs<'a>;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Vietnamese: the default, and the language of the users.
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Vietnamese first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The catalog's source text.
    pub fn catalog(self) -> &'static str {
        match self {
            Lang::Vi => include_str!("../../locales/vi.ftl"),
            Lang::En => include_str!("../../locales/en.ftl"),
        }
    }

    /// `vi` or `en` as `--lang` and `PLAN_LANG` take them (any case, with
    /// or without a region: `vi_VN`, `en-US`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a POSIX locale value names: `vi*` is Vietnamese, the C
    /// or POSIX locale names no language (Vietnamese, the default), any
    /// other language is English.
    pub fn from_locale(value: &str) -> Lang {
        let base = value.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match base {
            "" | "C" | "POSIX" => Lang::Vi,
            _ if base.eq_ignore_ascii_case("vi") => Lang::Vi,
            _ => Lang::En,
        }
    }
}

/// `PLAN_LANG` holds neither `vi` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLang(pub String);

/// The language of a run: `--lang` when given, else `PLAN_LANG`, else the
/// locale (the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and
/// not empty), else Vietnamese. `var` reads the environment.
pub fn resolve(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Result<Lang, BadLang> {
    if let Some(lang) = flag.and_then(Lang::from_code) {
        return Ok(lang);
    }
    if let Some(value) = var("PLAN_LANG").filter(|v| !v.trim().is_empty()) {
        return Lang::from_code(&value).ok_or(BadLang(value));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()));
    Ok(locale.map_or(Lang::Vi, |value| Lang::from_locale(&value)))
}

/// The value of `--lang` in a command line, before clap reads it (help and
/// clap's own errors are written in the language too). The last one
/// given wins; nothing after `--` is an option.
pub fn flag_in<I, S>(args: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut found = None;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.as_ref().to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            found = args
                .next()
                .map(|v| v.as_ref().to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            found = Some(value.to_owned());
        }
    }
    found
}

static CURRENT: AtomicU8 = AtomicU8::new(1);

/// Make `lang` the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// `f`'s result with messages in `lang` while it runs (a document that is
/// Vietnamese whatever the interface, a machine output that is English).
pub fn scoped<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = current();
    set(lang);
    let result = f();
    set(before);
    result
}

/// The language messages are in.
pub fn current() -> Lang {
    #[cfg(test)]
    if let Some(lang) = TEST_LANG.with(std::cell::Cell::get) {
        return lang;
    }
    match CURRENT.load(Ordering::Relaxed) {
        0 => Lang::Vi,
        _ => Lang::En,
    }
}

#[cfg(test)]
thread_local! {
    static TEST_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Run `f` with messages in `lang` on this thread only: unit tests run
/// side by side, and the others read English.
#[cfg(test)]
pub fn in_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = TEST_LANG.with(|l| l.replace(Some(lang)));
    let result = f();
    TEST_LANG.with(|l| l.set(before));
    result
}

/// The catalog of `lang`, read on first use.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let resource = FluentResource::try_new(lang.catalog().to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        let locale = lang.code().parse().expect("a language code");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No bidi isolation marks around values: they are control
        // characters on a terminal.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The message `key` in the current language, with `args` in its
/// placeholders. A key missing from the catalog (a test keeps every key in
/// both) gives the key itself.
pub fn message(key: &str, args: Option<&Args>) -> String {
    message_in(current(), key, args)
}

/// The message `key` in `lang`.
pub fn message_in(lang: Lang, key: &str, args: Option<&Args>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// The attribute `name` of the message `key` in `lang` (`key.long` in the
/// catalog), when it has one.
pub fn attribute_in(lang: Lang, key: &str, name: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.get_attribute(name)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Whether the catalog of `lang` has `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// A message from the catalog, in the current language:
/// `t!("test-count", count = tasks.len())`.
/// Values are strings or numbers (anything a Fluent value is made from).
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::Value::from($value)); )+
        $crate::i18n::message($key, Some(&args))
    }};
}
