//! The parts of a plan document: where they lie (`layout`), the header
//! (issuer, number, place and date), the title, the basis, section I
//! (purpose, requirements), section III (responsibilities), the closing
//! request, and the tail (Nơi nhận and the signer). Each reads its lines
//! into the draft and marks them placed.

mod basis;
mod closing;
mod header;
mod layout;
mod purpose;
mod responsibilities;
mod tail;
mod title;

pub use basis::basis;
pub use closing::closing;
pub use header::header;
pub use layout::{Kind, Layout, Section, layout};
pub use purpose::purpose;
pub use responsibilities::{RawResponsibility, responsibilities};
pub use responsibilities::{resolve as resolve_responsibilities, unit_names};
pub use tail::tail;
pub use title::title;
