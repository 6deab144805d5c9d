//! The words around a dated window's elements: what opens a deadline
//! ("Trước", "Chậm nhất", "Hạn cuối:"), what joins the two ends of a range
//! ("-", "đến hết", "và kéo dài đến hết", "và kết thúc vào"), what leaves
//! it open ("trở đi", "và các năm tiếp theo") and whether an item opens
//! with a word of its own.

use super::Parser;
use crate::window::elements::Unit;
use crate::window::lexer::Kind;

impl Parser<'_> {
    /// Whether the words at `k`, `k + 1`, … are `words`.
    pub(super) fn is_seq(&self, k: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(i, w)| self.is_word(k + i, &[w]))
    }

    pub(super) fn eat_seq(&mut self, words: &[&str]) -> bool {
        let hit = self.is_seq(0, words);
        if hit {
            self.pos += words.len();
        }
        hit
    }

    /// "Trước", "Chậm nhất", "..", "Hạn cuối:", "Hạn chót là", "Đến hết":
    /// the words that make the next element a deadline.
    pub(super) fn deadline_opener(&mut self) -> bool {
        if self.eat_seq(&["han", "cuoi"]) || self.eat_seq(&["han", "chot"]) {
            self.eat_word(&["la"]);
            self.eat(&Kind::Colon);
            return true;
        }
        // "Đến hết năm 2024", "Từ nay đến tháng 12/2024", "Cho đến hết
        // ngày 30/6": until then, with no start of its own.
        let save = self.pos;
        let _ = self.eat_seq(&["tu", "nay"]) || self.eat_word(&["cho"]);
        if self.eat_word(&["den"]) {
            self.eat_word(&["het"]);
            return true;
        }
        self.pos = save;
        self.eat_seq(&["cham", "nhat"]) || self.eat_word(&["truoc"]) || self.eat(&Kind::DotDot)
    }

    /// Whether the next item opens with a word of its own rather than an
    /// element ("Trước ngày 15/6 và 15/12": the second has none).
    pub(super) fn opens_item(&self) -> bool {
        self.is_word(
            0,
            &[
                "truoc", "cham", "han", "tu", "trong", "hoan", "xong", "ke", "bat", "den", "cho",
                "giai", "ca",
            ],
        ) || self.is_kind(0, &Kind::DotDot)
    }

    /// What joins the two ends of a range: "-", "..", "đến (hết)", "tới",
    /// "và kéo dài đến hết", "và kết thúc (vào)".
    pub(super) fn range_joint(&mut self) -> bool {
        if self.eat(&Kind::Dash) || self.eat(&Kind::DotDot) {
            return true;
        }
        let save = self.pos;
        let _ = self.eat_word(&["va"]) || self.eat(&Kind::Comma);
        let long = self.eat_seq(&["keo", "dai"]);
        if (long || self.pos == save) && self.eat_word(&["den", "toi"]) {
            self.eat_word(&["het"]);
            return true;
        }
        if !long && self.eat_seq(&["ket", "thuc"]) {
            self.eat_word(&["vao"]);
            return true;
        }
        self.pos = save;
        false
    }

    /// "và các năm tiếp theo" after a year ("và những tháng tiếp theo"
    /// after a month, "quý" after a quarter, "ngày" after a day): from it
    /// on, with no end of its own.
    pub(super) fn eat_following(&mut self, unit: Unit) -> bool {
        let named: &[&str] = match unit {
            Unit::Year => &["nam"],
            Unit::Month(_) => &["thang"],
            Unit::Quarter(_) => &["quy", "qui"],
            Unit::Day { .. } => &["ngay"],
            Unit::Part { .. } => return false,
        };
        let hit = self.is_word(0, &["va"])
            && self.is_word(1, &["cac", "nhung"])
            && self.is_word(2, named)
            && self.is_seq(3, &["tiep", "theo"]);
        if hit {
            self.pos += 5;
        }
        hit
    }
}
