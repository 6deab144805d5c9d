//! Plan-wide fields a document does not write as such: the plan id, from
//! the file name, and the period, from the title or the task windows.

use super::scan::{Folded, fold};

/// The plan id for a file stem: lowercase ASCII, words joined by "-".
pub fn plan_id(name: &str) -> String {
    let folded = fold(name);
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() { "plan".into() } else { id }
}

/// The 4-digit years (1900–2200) written in `s`.
fn years(s: &str) -> Vec<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .filter(|&y| crate::window::year_in_range(y))
        .collect()
}

/// "Năm YYYY" when the title names one year (and no span of years), or
/// else every window names the same single year.
pub fn period(title: &str, windows: &[&str]) -> Option<i32> {
    let f = Folded::new(title);
    let mut ys = years(title);
    ys.dedup();
    if f.find_word("giai doan", 0).is_some() || f.find_word("den nam", 0).is_some() {
        return None;
    }
    if !ys.is_empty() {
        return (ys.iter().all(|&y| y == ys[0])).then_some(ys[0]);
    }
    let ys: Vec<i32> = windows.iter().flat_map(|w| years(w)).collect();
    let first = *ys.first()?;
    ys.iter().all(|&y| y == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_ids_from_file_stems() {
        assert_eq!(
            plan_id("Kế hoạch Triệu Sơn 2020"),
            "ke-hoach-trieu-son-2020"
        );
        assert_eq!(plan_id("xa-dong-tien-2022"), "xa-dong-tien-2022");
        assert_eq!(plan_id("..."), "plan");
    }

    #[test]
    fn period_from_the_title() {
        assert_eq!(period("Kế hoạch năm 2020", &[]), Some(2020));
        assert_eq!(period("Kế hoạch giai đoạn 2021 - 2025", &[]), None);
        assert_eq!(
            period("Kế hoạch", &["Tháng 5/2022", "Quý II/2022"]),
            Some(2022)
        );
    }
}
