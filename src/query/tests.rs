//! The filters and a task's state on a day, on small plans built here.

use super::*;
use std::path::Path;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn plan() -> Plan {
    let text = r#"format = 1
[plan]
id = "p"
title = "T"
period = "Năm 2020"
[units.a]
name = "Phòng Văn hóa và Thông tin"
[units.b]
name = "Công an huyện"
[units.g]
name = "Các ngành, đoàn thể cấp huyện"
members = ["b"]
[[task]]
id = "10"
title = "late"
lead = ["a"]
partners = ["g"]
window = "Tháng 6, tháng 12/2020"
[[task]]
id = "2"
title = "b leads"
lead = ["b"]
window = "Tháng 9/2020"
[[task]]
id = "3"
title = "done late"
lead = ["a"]
window = "Tháng 3/2020"
status = "done"
done = 2020-04-02
[[task]]
id = "4"
title = "waits"
lead = ["a"]
condition = "Khi có vụ việc"
"#;
    let (plan, d) = crate::store::parse_str(Path::new("p.toml"), text);
    assert!(d.is_empty(), "{d:?}");
    plan.unwrap()
}

fn ids(rows: &[Row]) -> Vec<String> {
    rows.iter().map(|r| r.task.id.clone()).collect()
}

#[test]
fn a_unit_owes_what_it_leads_partners_and_what_its_groups_are_named_in() {
    let plan = plan();
    let a = unit_tasks(&plan, "a");
    assert_eq!(
        (a.lead, a.partner, a.via_groups.len()),
        (vec!["3", "4", "10"], vec![], 0)
    );
    let b = unit_tasks(&plan, "b");
    assert_eq!(
        (b.lead, b.partner, b.via_groups),
        (vec!["2"], vec![], vec!["10"])
    );
    let g = unit_tasks(&plan, "g");
    assert_eq!((g.lead.len(), g.partner), (0, vec!["10"]));
}

#[test]
fn the_due_day_is_the_next_open_deadline() {
    let plan = plan();
    let due = |id: &str, today| State::of(plan.task(id).unwrap(), today).due();
    assert_eq!(due("10", date(2020, 7, 1)), Some(date(2020, 6, 30)));
    assert_eq!(due("2", date(2020, 7, 1)), Some(date(2020, 9, 30)));
    assert_eq!(due("3", date(2020, 7, 1)), None);
    assert_eq!(due("4", date(2020, 7, 1)), None);
}

#[test]
fn overdue_uses_earliest_open_milestone() {
    let plans = [plan()];
    let filter = Filter {
        overdue: true,
        ..Filter::default()
    };
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 7, 1)).unwrap()),
        ["10"]
    );
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 6, 30)).unwrap()),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 10, 1)).unwrap()),
        ["2", "10"]
    );
}

#[test]
fn due_within_counts_days_from_today() {
    let plans = [plan()];
    let filter = Filter {
        due_within: Some(Span::Days(14)),
        ..Filter::default()
    };
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 6, 16)).unwrap()),
        ["10"]
    );
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 6, 15)).unwrap()),
        Vec::<String>::new()
    );
}

#[test]
fn due_within_a_month_counts_calendar_months() {
    let plans = [plan()];
    let filter = Filter {
        due_within: Some(Span::Months(1)),
        ..Filter::default()
    };
    // Task 10 is due 30/06/2020; task 2 on 30/09/2020.
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 5, 30)).unwrap()),
        ["10"]
    );
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 5, 29)).unwrap()),
        Vec::<String>::new()
    );
}

#[test]
fn weeks_run_monday_to_sunday_and_months_first_to_last() {
    // 01/07/2020 is a Wednesday.
    assert_eq!(
        Calendar::Week.around(date(2020, 7, 1)),
        (date(2020, 6, 29), date(2020, 7, 5))
    );
    assert_eq!(
        Calendar::Week.around(date(2020, 6, 29)),
        (date(2020, 6, 29), date(2020, 7, 5))
    );
    assert_eq!(
        Calendar::Week.around(date(2020, 7, 5)),
        (date(2020, 6, 29), date(2020, 7, 5))
    );
    assert_eq!(
        Calendar::Month.around(date(2020, 2, 10)),
        (date(2020, 2, 1), date(2020, 2, 29))
    );
    assert_eq!(
        Calendar::Month.around(date(2020, 12, 31)),
        (date(2020, 12, 1), date(2020, 12, 31))
    );
}

#[test]
fn due_this_week_or_month_is_any_deadline_in_it_whatever_the_status() {
    let plans = [plan()];
    let mut filter = Filter {
        due_in: Some(Calendar::Week),
        ..Filter::default()
    };
    // Task 10's milestones end 30/06 and 31/12; task 3 (done) 31/03.
    let on = |day| ids(&select(&plans, &filter, day).unwrap());
    assert_eq!(on(date(2020, 7, 1)), ["10"]);
    assert_eq!(on(date(2020, 7, 6)), Vec::<String>::new());
    assert_eq!(on(date(2020, 12, 31)), ["10"]);
    assert_eq!(on(date(2020, 3, 31)), ["3"]);
    filter.due_in = Some(Calendar::Month);
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 9, 1)).unwrap()),
        ["2"]
    );
    // Combined with a status: task 3, done on 02/04, was todo in March.
    filter.statuses = vec![Status::Done];
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 3, 2)).unwrap()),
        Vec::<String>::new()
    );
    filter.statuses = vec![Status::Todo];
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 3, 2)).unwrap()),
        ["3"]
    );
}

#[test]
fn member_matches_its_groups_tasks_unless_role_is_lead() {
    let plans = [plan()];
    let mut filter = Filter {
        unit: Some("cong an".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 1, 1)).unwrap()),
        ["2", "10"]
    );
    filter.role = Role::Lead;
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 1, 1)).unwrap()),
        ["2"]
    );
    filter.role = Role::Partner;
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 1, 1)).unwrap()),
        ["10"]
    );
}

#[test]
fn states() {
    let plan = plan();
    let today = date(2020, 7, 1);
    assert_eq!(
        State::of(plan.task("3").unwrap(), today),
        State::Done {
            on: Some(date(2020, 4, 2)),
            late: true
        }
    );
    assert_eq!(State::of(plan.task("4").unwrap(), today), State::Waiting);
    assert_eq!(
        State::of(plan.task("10").unwrap(), today),
        State::Overdue {
            due: date(2020, 6, 30),
            days: 1
        }
    );
}

#[test]
fn status_filter_takes_the_status_on_the_reference_day() {
    let plans = [plan()];
    let mut filter = Filter {
        statuses: vec![Status::Done],
        ..Filter::default()
    };
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 4, 2)).unwrap()),
        ["3"]
    );
    // Task 3 was done on 02/04/2020: the day before, it was todo.
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 4, 1)).unwrap()),
        Vec::<String>::new()
    );
    filter.statuses = vec![Status::Todo];
    assert_eq!(
        ids(&select(&plans, &filter, date(2020, 4, 1)).unwrap()),
        ["2", "3", "4", "10"]
    );
}

#[test]
fn unknown_unit_is_an_error() {
    let plans = [plan()];
    let filter = Filter {
        unit: Some("bộ quốc phòng".into()),
        ..Filter::default()
    };
    assert!(matches!(
        select(&plans, &filter, date(2020, 1, 1)),
        Err(MatchError::NotFound { .. })
    ));
}

/// `natural_cmp` as first written, over characters with the digit runs
/// collected into strings.
fn natural_cmp_by_chars(a: &str, b: &str) -> Ordering {
    let mut a = a.chars().peekable();
    let mut b = b.chars().peekable();
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut digits = String::new();
                    while let Some(c) = it.next_if(char::is_ascii_digit) {
                        digits.push(c);
                    }
                    digits
                };
                let (x, y) = (take(&mut a), take(&mut b));
                let (xs, ys) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                let order = xs
                    .len()
                    .cmp(&ys.len())
                    .then_with(|| xs.cmp(ys))
                    .then_with(|| x.len().cmp(&y.len()));
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                a.next();
                b.next();
            }
        }
    }
}

#[test]
fn natural_order_by_bytes_matches_order_by_characters() {
    let parts = [
        "", "0", "00", "1", "01", "2", "10", "9", "a", "b", ".", "-", "é", "ê", "đ", "Ⅱ", "😀",
        "1a", "a1",
    ];
    let mut ids = Vec::new();
    for x in parts {
        for y in parts {
            for z in ["", "0", "7", "ä", "."] {
                ids.push(format!("{x}{y}{z}"));
            }
        }
    }
    for a in &ids {
        for b in &ids {
            assert_eq!(natural_cmp(a, b), natural_cmp_by_chars(a, b), "{a:?} {b:?}");
        }
    }
}

#[test]
fn natural_order_of_ids() {
    let mut ids = vec!["10", "2", "2.10", "2.1", "1", "a"];
    ids.sort_by(|a, b| natural_cmp(a, b));
    assert_eq!(ids, ["1", "2", "2.1", "2.10", "10", "a"]);
}

#[test]
fn an_id_in_one_plan_outranks_fragments_in_another() {
    let communes = |id: &str| {
        let text = format!(
            "format = 1\n[plan]\nid = \"{id}\"\ntitle = \"T\"\n\
             [units.x1]\nname = \"UBND xã Gia Lộc\"\n[units.x2]\nname = \"UBND xã Gia Bình\"\n"
        );
        let (plan, d) = crate::store::parse_str(Path::new("c.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        plan.unwrap()
    };
    let plans = vec![plan(), communes("c")];
    // `g` is an id in the first plan; in the second a fragment of two
    // units, which alone would be ambiguous.
    assert!(matches!(
        resolve_in_plans(&plans[1..], "g"),
        Err(MatchError::Ambiguous { .. })
    ));
    assert_eq!(
        resolve_in_plans(&plans, "g").unwrap(),
        [Some("g".to_string()), None]
    );
    // With no closer match anywhere, the fragments decide: ambiguous.
    assert!(matches!(
        resolve_in_plans(&plans, "ubnd xa"),
        Err(MatchError::Ambiguous { .. })
    ));
    assert!(matches!(
        resolve_in_plans(&plans, "zzzz"),
        Err(MatchError::NotFound { .. })
    ));
    // Matching nothing anywhere, a near miss is told the units closest to
    // it, from whichever plan holds them.
    match resolve_in_plans(&plans, "UBND xa Gia Loc Dong") {
        Err(MatchError::NotFound { closest, .. }) => assert_eq!(
            closest.first(),
            Some(&("x1".to_string(), "UBND xã Gia Lộc".to_string()))
        ),
        other => panic!("{other:?}"),
    }
}
