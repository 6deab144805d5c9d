//! Parts of a span written without their days: "Đầu quý III/2025" (the
//! start of a quarter), "Cuối năm" (the end of the year), "Giữa tháng 6"
//! (the middle of a month), "Tuần đầu tháng 4/2025" (its first week). How
//! much of the span they mean is not written, so they are refused, with an
//! error that says so and suggests what to write instead.

use super::Parser;
use crate::text::{upper_first, visible};
use crate::window::error::WindowError;

impl Parser<'_> {
    /// The error of a part of a span written without its days, when the
    /// next tokens are one.
    pub(super) fn vague(&self) -> Option<WindowError> {
        let first = self.peek(0)?;
        let (part, words) = match first.word()? {
            "dau" => ("start", 1),
            "cuoi" => ("end", 1),
            "giua" => ("middle", 1),
            "tuan" if self.is_word(1, &["dau"]) => ("first-week", 2),
            "tuan" if self.is_word(1, &["cuoi"]) => ("last-week", 2),
            _ => return None,
        };
        let unit_tok = self.peek(words)?;
        let unit = match unit_tok.word()? {
            // "Đầu năm học mới": a school year's months are not written.
            "nam" if self.is_word(words + 1, &["hoc"]) => return None,
            "nam" => "year",
            "quy" | "qui" => "quarter",
            "thang" => "month",
            _ => return None,
        };
        // The span itself, when it is written whole: "quý III/2025".
        let mut rest = Parser {
            toks: self.toks,
            pos: self.pos + words,
            text: self.text,
            nested: true,
        };
        let whole = rest.elem(None).ok().map(|elem| elem.at);
        let end = whole.as_ref().map_or(unit_tok.at.end, |at| at.end);
        let phrase = visible(self.text.get(first.at.start..end)?).into_owned();
        let vague_end = self.peek(words - 1)?.at.end;
        let hint = match whole {
            Some(at) => {
                let written = visible(self.text.get(at)?).into_owned();
                crate::t!(
                    "diag-window-vague-hint-whole",
                    unit = unit,
                    whole = upper_first(&written)
                )
            }
            None => crate::t!("diag-window-vague-hint"),
        };
        Some(
            WindowError::new(
                crate::t!(
                    "diag-window-vague",
                    phrase = phrase,
                    part = part,
                    unit = unit
                ),
                first.at.start..vague_end,
            )
            .with_hint(hint),
        )
    }
}
