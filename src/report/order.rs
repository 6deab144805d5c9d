//! The order of the report's overdue tasks: longest overdue first, then
//! by id in natural order, sorted as indices with plain ids as numbers.

use super::OverdueTask;

/// The overdue tasks longest overdue first, then by id in natural order,
/// tasks alike in both keeping their order (a stable sort). Sorted as
/// indices, each id's order given by a number when it is a plain one
/// ([`plain_id_key`]), so that most ids are never compared as text, and
/// the tasks swapped into place without a second list.
pub(super) fn sort_overdue(overdue: &mut [OverdueTask<'_>]) {
    let mut plain = true;
    let mut order: Vec<(std::cmp::Reverse<i64>, u128, usize)> = overdue
        .iter()
        .enumerate()
        .map(|(i, task)| {
            let key = plain_id_key(task.id);
            plain &= key.is_some();
            (std::cmp::Reverse(task.days), key.unwrap_or(0), i)
        })
        .collect();
    order.sort_unstable();
    if !plain {
        // Each run of the same days again, by id: the natural order where
        // an id is not plain.
        let by_id = |a: usize, b: usize| {
            let (x, y) = (overdue[a].id, overdue[b].id);
            match (plain_id_key(x), plain_id_key(y)) {
                (Some(x), Some(y)) => x.cmp(&y),
                _ => crate::query::natural_cmp(x, y),
            }
        };
        for run in order.chunk_by_mut(|a, b| a.0 == b.0) {
            if run.len() > 1 {
                run.sort_by(|a, b| by_id(a.2, b.2).then(a.2.cmp(&b.2)));
            }
        }
    }
    // Put each task in its place, following the permutation's cycles.
    let mut from: Vec<usize> = order.into_iter().map(|(_, _, i)| i).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != usize::MAX {
            let next = from[at];
            from[at] = usize::MAX;
            if next == start {
                break;
            }
            overdue.swap(at, next);
            at = next;
        }
    }
}

/// A number that orders plain ids (up to four dot-separated numbers of up
/// to nine digits without leading zeros: `3`, `2.1`, `10.2.3`) as
/// [`natural_cmp`](crate::query::natural_cmp) does: each number plus one
/// in 32 bits, a missing one 0, so that `1` comes before `1.1`.
fn plain_id_key(id: &str) -> Option<u128> {
    let mut key = 0u128;
    for (place, part) in id.split('.').enumerate() {
        let plain = (1..=9).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part.len() == 1 || !part.starts_with('0'));
        if !plain || place >= 4 {
            return None;
        }
        let number: u128 = part.parse().ok()?;
        key |= (number + 1) << (32 * (3 - place));
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn overdue_tasks_sort_as_a_stable_sort_by_days_then_natural_id() {
        let mixed = [
            "10", "2", "2", "1.10", "1.2", "01", "1", "a", "", "9", "2", "b1",
        ];
        let plain = ["10", "2", "2", "1.10", "1.2", "1", "9", "2", "3.1.4"];
        for ids in [&mixed[..], &plain[..]] {
            sorts_as_a_stable_sort(ids);
        }
    }

    fn sorts_as_a_stable_sort(ids: &[&'static str]) {
        let plans = ["p1", "p2", "p3"];
        let mut tasks = Vec::new();
        for (i, id) in ids.iter().copied().cycle().take(60).enumerate() {
            tasks.push(OverdueTask {
                plan: plans[i % 3],
                id,
                title: "",
                lead: Vec::new(),
                window: "",
                due: day(2020, 1, 1),
                days: [3, 1, 3, 2, 1][i % 5],
            });
        }
        let mut expected = tasks.clone();
        expected.sort_by(|a, b| {
            b.days
                .cmp(&a.days)
                .then_with(|| crate::query::natural_cmp(a.id, b.id))
        });
        sort_overdue(&mut tasks);
        let key = |t: &OverdueTask<'static>| (t.plan, t.id, t.days);
        assert_eq!(
            tasks.iter().map(key).collect::<Vec<_>>(),
            expected.iter().map(key).collect::<Vec<_>>()
        );
    }

    #[test]
    fn plain_id_keys_order_as_the_natural_order() {
        let ids = [
            "0",
            "1",
            "2",
            "9",
            "10",
            "1.1",
            "1.2",
            "1.10",
            "1.2.3",
            "1.2.3.4",
            "999999999",
            "2.0",
            "3.1.1",
            "10.1",
        ];
        let not_plain = [
            "01",
            "1a",
            "",
            ".",
            "1.",
            "a",
            "1.01",
            "1234567890",
            "1.1.1.1.1",
        ];
        for a in ids.iter().chain(&not_plain) {
            for b in ids.iter().chain(&not_plain) {
                if let (Some(x), Some(y)) = (plain_id_key(a), plain_id_key(b)) {
                    assert_eq!(x.cmp(&y), crate::query::natural_cmp(a, b), "{a} {b}");
                }
            }
        }
        for id in not_plain {
            assert_eq!(plain_id_key(id), None, "{id}");
        }
    }
}
