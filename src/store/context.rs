//! What reading a task needs from the rest of its plan (units, period,
//! default year), and the per-thread caches that let a folder of plans
//! repeat the same unit names and window forms cheaply.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::model::{Plan, TaskWindow, WindowProblem};
use crate::units::Registry;
use crate::window::Span;

/// What reading a task needs from the rest of its plan.
pub(super) struct Context<'p> {
    pub(super) units: &'p Registry,
    pub(super) period: Option<Span>,
    /// The year of a period that lies within one year.
    pub(super) default_year: Option<i32>,
}

impl<'p> Context<'p> {
    pub(super) fn of(plan: &'p Plan) -> Self {
        Context {
            units: &plan.units,
            period: plan.period,
            default_year: plan.default_year(),
        }
    }
}

thread_local! {
    /// Unit names folded to ASCII on this thread: a folder of plans repeats
    /// the same few dozen names.
    static FOLDED_NAMES: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

pub(super) fn folded_name(name: &str) -> String {
    FOLDED_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(folded) = cache.get(name) {
            return folded.clone();
        }
        if cache.len() >= 4096 {
            cache.clear();
        }
        let folded = crate::text::fold_ascii(name);
        cache.insert(name.to_string(), folded.clone());
        folded
    })
}

/// What a window's text is read against: the default year and period, and
/// the language its error (if any) is worded in.
type WindowFor = (Option<i32>, Option<Span>, u8);

/// What a window's text was read to against each [`WindowFor`] it met.
type WindowsOf = Vec<(WindowFor, Result<Arc<TaskWindow>, WindowProblem>)>;

thread_local! {
    /// Windows already read on this thread, by text, default year and
    /// period: plans repeat the same forms, and tasks with the same window
    /// share one value. Looked up by the text as written, with no copy.
    static WINDOWS: RefCell<FxHashMap<String, WindowsOf>> = RefCell::new(FxHashMap::default());
}

pub(super) fn window_cached(
    text: &str,
    context: &Context,
) -> Result<Arc<TaskWindow>, WindowProblem> {
    WINDOWS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let lang = crate::i18n::current() as u8;
        let key = (context.default_year, context.period, lang);
        if let Some(found) = cache
            .get(text)
            .and_then(|seen| seen.iter().find(|(k, _)| *k == key))
        {
            return found.1.clone();
        }
        let made =
            TaskWindow::read(text, context.default_year, context.period.as_ref()).map(Arc::new);
        if cache.len() >= 4096 {
            cache.clear();
        }
        let seen = cache.entry(text.to_string()).or_default();
        if seen.len() >= 64 {
            seen.clear();
        }
        seen.push((key, made.clone()));
        made
    })
}
