//! Letter case at the start of a phrase, as documents capitalise titles and
//! list items.

/// The first letter made uppercase.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_first_changes_the_first_letter_only() {
        assert_eq!(upper_first("đơn vị chủ trì"), "Đơn vị chủ trì");
        assert_eq!(upper_first("UBND"), "UBND");
        assert_eq!(upper_first(""), "");
    }
}
