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

/// The span "YYYY - YYYY" written just after `at` ("giai đoạn 2021 -
/// 2025", "năm học 2025 - 2026", "nhiệm kỳ 2026 - 2031").
fn span_at(f: &Folded, at: usize) -> Option<(i32, i32)> {
    let text = f.slice(at, (at + 40).min(f.len()));
    match years(&text)[..] {
        [a, b, ..] if a <= b => Some((a, b)),
        _ => None,
    }
}

/// The plan's period as its first and last year: the span a "giai đoạn"
/// in the title names; else the one year the title names (the years of a
/// term of office, "nhiệm kỳ 2026 - 2031", and of a school year left
/// aside); else the years the task windows reach; else the school year.
pub fn period(title: &str, windows: &[&str]) -> Option<(i32, i32)> {
    let f = Folded::new(title);
    if let Some(at) = f.find_word("giai doan", 0) {
        return span_at(&f, at);
    }
    if f.find_word("den nam", 0).is_some() {
        return None;
    }
    let aside = |word: &str| f.find_word(word, 0).and_then(|at| span_at(&f, at));
    let school = aside("nam hoc");
    let term = aside("nhiem ky");
    let mut ys: Vec<i32> = years(title)
        .into_iter()
        .filter(|y| {
            ![school, term]
                .iter()
                .flatten()
                .any(|&(a, b)| *y == a || *y == b)
        })
        .collect();
    ys.dedup();
    if !ys.is_empty() {
        return (ys.iter().all(|&y| y == ys[0])).then_some((ys[0], ys[0]));
    }
    let ys: Vec<i32> = windows.iter().flat_map(|w| years(w)).collect();
    match (ys.iter().min(), ys.iter().max()) {
        (Some(&a), Some(&b)) => Some((a, b)),
        _ => school,
    }
}

/// The period as the plan file writes it: "Năm 2025", or "2025 - 2026"
/// for several years (read as 01/01/2025 – 31/12/2026).
pub fn period_text((first, last): (i32, i32)) -> String {
    if first == last {
        format!("Năm {first}")
    } else {
        format!("{first} - {last}")
    }
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
        assert_eq!(period("Kế hoạch năm 2020", &[]), Some((2020, 2020)));
        assert_eq!(
            period("Kế hoạch", &["Tháng 5/2022", "Quý II/2022"]),
            Some((2022, 2022))
        );
    }

    #[test]
    fn a_giai_đoạn_in_the_title_is_the_period_it_names() {
        let p = period("Kế hoạch giai đoạn 2021 - 2025", &["Trước 30/9/2024"]);
        assert_eq!(p, Some((2021, 2025)));
        assert_eq!(period_text(p.unwrap()), "2021 - 2025");
    }

    #[test]
    fn a_school_year_or_a_term_spans_the_years_its_windows_reach() {
        let windows = ["Trước ngày 10/12/2025", "Chậm nhất ngày 20/01/2026"];
        let p = period("Kế hoạch bầu cử nhiệm kỳ 2026 - 2031", &windows);
        assert_eq!(p, Some((2025, 2026)));
        assert_eq!(period_text(p.unwrap()), "2025 - 2026");
        let p = period(
            "Kế hoạch bầu cử nhiệm kỳ 2026 - 2031",
            &["Trước ngày 25/01/2026", "105 ngày"],
        );
        assert_eq!(period_text(p.unwrap()), "Năm 2026");
        let p = period(
            "Kế hoạch năm học 2025 - 2026",
            &["Quý IV/2025", "Tháng 1/2026"],
        );
        assert_eq!(p, Some((2025, 2026)));
        let p = period(
            "Hội thi năm học 2024 - 2025",
            &["Từ ngày 5 đến ngày 9/8/2024"],
        );
        assert_eq!(p, Some((2024, 2024)));
        assert_eq!(
            period("Kế hoạch năm học 2025 - 2026", &["Thường xuyên"]),
            Some((2025, 2026))
        );
    }
}
