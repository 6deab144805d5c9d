//! Units named in a document: splitting a list of units into names without
//! cutting names that hold a comma or "và" (`split`), the shape of a name
//! (`shape`), deciding two spellings are one unit (`same`), short ASCII ids
//! (`ids`), where a list ends before a verb (`verbs`), and merging the spellings into units (`registry`).

mod ids;
mod registry;
mod same;
mod shape;
mod split;
mod verbs;

pub use registry::{Registry, Source, build};
pub use shape::without_parentheses;
pub use split::{clean_name, split_units, starts_like_unit};
pub use verbs::{until_verb, verb_at};
