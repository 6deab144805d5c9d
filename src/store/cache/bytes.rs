//! The primitives of the cache's binary form: LEB128 varints (zigzag for
//! signed numbers), strings with their length, options with a tag byte,
//! days as days from the common era. Reading checks every length against
//! what is left and every string against UTF-8, and answers `None` on
//! anything else.

use chrono::{Datelike, NaiveDate};

/// Bytes being written.
pub(super) struct Enc(pub(super) Vec<u8>);

impl Enc {
    pub(super) fn u64(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    pub(super) fn i64(&mut self, n: i64) {
        self.u64(((n << 1) ^ (n >> 63)) as u64);
    }

    pub(super) fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }

    pub(super) fn bool(&mut self, b: bool) {
        self.0.push(u8::from(b));
    }

    pub(super) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    pub(super) fn opt<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        match value {
            None => self.0.push(0),
            Some(value) => {
                self.0.push(1);
                write(self, value);
            }
        }
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        self.opt(s, Enc::str);
    }

    pub(super) fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    pub(super) fn day(&mut self, day: NaiveDate) {
        self.i64(i64::from(day.num_days_from_ce()));
    }

    pub(super) fn opt_day(&mut self, day: Option<NaiveDate>) {
        self.opt(day, Enc::day);
    }
}

/// Bytes being read.
pub(super) struct Dec<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Dec<'a> {
    pub(super) fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub(super) fn u64(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7F).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    pub(super) fn i64(&mut self) -> Option<i64> {
        let n = self.u64()?;
        Some(((n >> 1) as i64) ^ -((n & 1) as i64))
    }

    pub(super) fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.u64()?).ok()
    }

    /// A length, at most what the bytes could hold.
    pub(super) fn len(&mut self) -> Option<usize> {
        self.len_of(0)
    }

    /// A line number or an index, checked where it is used.
    pub(super) fn index(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }

    /// A count of items each at least `each` bytes long (0: any length),
    /// checked against what is left, so that no count read from a damaged
    /// file reserves more than the file could hold.
    pub(super) fn len_of(&mut self, each: usize) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        let left = self.bytes.len() - self.at;
        (n <= left.max(1) * 8 && n.saturating_mul(each) <= left).then_some(n)
    }

    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let bytes = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(bytes)
    }

    pub(super) fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    pub(super) fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        simdutf8::basic::from_utf8(bytes).ok()
    }

    pub(super) fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    pub(super) fn opt<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            1 => read(self).map(Some),
            _ => None,
        }
    }

    pub(super) fn opt_string(&mut self) -> Option<Option<String>> {
        self.opt(Dec::string)
    }

    pub(super) fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.len_of(1)?;
        (0..n).map(|_| self.string()).collect()
    }

    pub(super) fn day(&mut self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(self.i64()?).ok()?)
    }
}
