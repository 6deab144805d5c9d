//! Text rules shared by every layer: folding for comparison (`fold`), case
//! at the start of a phrase (`case`), and what is inert in output (`inert`).

mod case;
mod fold;
mod inert;

pub use case::{is_all_caps, lower_first, upper_first};
pub use fold::{fold_ascii, fold_ascii_char, fold_ascii_one, fold_case, fold_tones};
pub use inert::visible;
