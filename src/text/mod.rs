//! Text rules shared by every layer: folding for comparison (`fold`), case
//! at the start of a phrase (`case`), suggestions for a misspelt word
//! (`closest`), what is inert in output (`inert`) and display width
//! (`width`).

mod case;
mod closest;
mod fold;
mod inert;
mod width;

pub use case::{is_all_caps, lower_first, upper_first};
pub use closest::closest;
pub use fold::{fold_ascii, fold_ascii_char, fold_ascii_one, fold_case, fold_tones};
#[cfg(test)]
pub(crate) use inert::every_hazard;
pub use inert::{
    has_hazard, is_hazard, json_plain, may_hold_hazard, one_line, one_line_path, visible,
    visible_in_document, without_hazards,
};
pub use width::{width, width_within, word_at};
