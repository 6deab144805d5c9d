//! `plan import`: an official plan document (.txt or .docx) into a plan
//! file. The document's text is cut into lines with their numbers, its
//! sections found, and the tasks, units and windows read as written.

pub mod docx;
pub mod draft;
pub mod lines;
pub mod scan;
pub mod sections;
pub mod tasks;
pub mod units;
pub mod write;
