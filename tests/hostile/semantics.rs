//! What a clerk relies on when closing and moving tasks: windows and closed milestones, retried edits, report totals, unit matching across plans.

use crate::common::{SEED, Sandbox};

/// The seed plan's path in a sandbox made by [`Sandbox::new`].
fn seed_path() -> String {
    format!("plans/{SEED}")
}

/// The seed in a sandbox with task 4's June milestone closed on 28/06/2020.
fn june_closed() -> Sandbox {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "4", "--on", "28/06/2020"])
        .stderr_contains("milestone 1 of 2 (due 30/06/2020) done on 28/06/2020")
        .run();
    s
}

// --- 1. a window change and the milestones already closed

#[test]
fn set_window_with_no_milestone_left_open_is_refused_and_writes_nothing() {
    let s = june_closed();
    let before = s.snapshot();
    s.plan()
        .args(["set", "4", "window", "Tháng 12/2020"])
        .status(1)
        .stderr(
            "error: cannot set the window of task 4 to \"Tháng 12/2020\": 1 milestone is closed \
             (28/06/2020) and the new window has 1, so none would be left open; \
             `plan reopen 4` opens the last closed milestone again, `plan done 4` closes the task\n",
        )
        .run();
    assert_eq!(s.snapshot(), before);
    // The task still stands where it stood: due in December, not waiting.
    let out = s
        .plan()
        .args(["show", "4", "--format", "json", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(
        out.stdout.contains("\"due\": \"2020-12-31\""),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("\"waiting\""), "{}", out.stdout);
}

#[test]
fn set_window_to_a_condition_with_closed_milestones_is_refused() {
    let s = june_closed();
    let before = s.snapshot();
    s.plan()
        .args(["set", "4", "window", "Sau khi có hướng dẫn của cấp trên"])
        .status(1)
        .stderr_contains("cannot set the window of task 4")
        .stderr_contains("the new window has none")
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn set_window_that_keeps_a_milestone_open_keeps_the_closed_days() {
    let s = june_closed();
    s.plan()
        .args(["set", "4", "window", "Tháng 6, 9, 12/2020"])
        .stderr(format!("{}: task 4: window set\n", seed_path()))
        .run();
    let text = s.read(&seed_path());
    assert!(
        text.contains(
            "window = \"Tháng 6, 9, 12/2020\"\nstatus = \"todo\"\nmilestones_done = [2020-06-28]\n"
        ),
        "{text}"
    );
    s.plan().arg("check").stderr("ok: 1 plan, 8 tasks\n").run();
}

#[test]
fn set_window_on_a_done_task_drops_the_closed_days_it_cannot_hold_and_says_so() {
    let s = june_closed();
    s.plan()
        .args(["done", "4", "--on", "20/12/2020"])
        .stderr_contains("the task is done")
        .run();
    s.plan()
        .args(["set", "4", "window", "Tháng 12/2020"])
        .stderr(format!(
            "{}: task 4: window set; the task is done, so its closed milestone days \
             (28/06/2020, 20/12/2020) are dropped: the new window has 1 milestone\n",
            seed_path()
        ))
        .run();
    let text = s.read(&seed_path());
    assert!(
        text.contains("window = \"Tháng 12/2020\"\nstatus = \"done\"\ndone = 2020-12-20\n\n"),
        "{text}"
    );
    s.plan().arg("check").stderr("ok: 1 plan, 8 tasks\n").run();
}

#[test]
fn check_rejects_closed_milestones_on_a_window_of_one_milestone() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"\n",
            "window = \"Tháng 12/2020\"\nstatus = \"todo\"\nmilestones_done = [2020-06-28]\n",
        )],
    );
    let out = s.plan().arg("check").status(1).stderr_any().run();
    assert!(
        out.stderr.contains(&format!(
            "{}:115:19: error: a closed milestone is recorded, but the window \"Tháng 12/2020\" \
             has a single milestone",
            seed_path()
        )),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint: "), "{}", out.stderr);
    // Every other command refuses the plan rather than call the task waiting.
    s.plan()
        .args(["list", "--overdue"])
        .status(1)
        .stderr_contains("has a single milestone")
        .run();
}

#[test]
fn check_rejects_more_closed_milestones_than_the_window_has() {
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"todo\"\n",
            "window = \"Tháng 6, tháng 12/2020\"\nstatus = \"done\"\ndone = 2020-12-20\n\
             milestones_done = [2020-06-28, 2020-09-01, 2020-12-20]\n",
        )],
    );
    s.plan()
        .arg("check")
        .status(1)
        .stderr_contains("3 milestones closed but the window has 2")
        .stderr_contains("hint: ")
        .run();
}

// --- 2. `done` retried, `--milestone N`, a milestone closed before it starts

#[test]
fn done_retried_with_the_same_day_is_a_no_op_that_says_so() {
    let s = june_closed();
    let before = s.snapshot();
    s.plan()
        .args(["done", "4", "--on", "28/06/2020"])
        .stderr(format!(
            "{}: task 4: milestone 1 of 2 was closed on 28/06/2020 already; nothing changed \
             (`--milestone 2` closes the next one on the same day)\n",
            seed_path()
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn done_milestone_n_is_idempotent() {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "4", "--milestone", "1", "--on", "28/06/2020"])
        .stderr(format!(
            "{}: task 4: milestone 1 of 2 (due 30/06/2020) done on 28/06/2020\n",
            seed_path()
        ))
        .run();
    let before = s.snapshot();
    s.plan()
        .args(["done", "4", "--milestone", "1", "--on", "29/06/2020"])
        .stderr(format!(
            "{}: task 4: milestone 1 of 2 is closed already (on 28/06/2020); nothing changed\n",
            seed_path()
        ))
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn done_milestone_n_on_the_same_day_closes_the_next_and_notes_it_had_not_started() {
    let s = june_closed();
    s.plan()
        .args(["done", "4", "--milestone", "2", "--on", "28/06/2020"])
        .stderr(format!(
            "{}: task 4: milestone 2 of 2 (due 31/12/2020) done on 28/06/2020; the task is done \
             (note: before the milestone starts, 01/12/2020)\n",
            seed_path()
        ))
        .run();
    let text = s.read(&seed_path());
    assert!(
        text.contains(
            "status = \"done\"\ndone = 2020-06-28\nmilestones_done = [2020-06-28, 2020-06-28]\n"
        ),
        "{text}"
    );
    s.plan()
        .args(["done", "4", "--milestone", "2"])
        .stderr(format!(
            "{}: task 4 is already done on 28/06/2020; nothing changed\n",
            seed_path()
        ))
        .run();
}

#[test]
fn done_milestone_past_an_open_one_is_refused() {
    let s = Sandbox::new();
    let before = s.snapshot();
    s.plan()
        .args(["done", "4", "--milestone", "2", "--on", "20/12/2020"])
        .status(1)
        .stderr(
            "error: task 4: milestone 1 of 2 is still open; close it first \
             (`plan done 4 --milestone 1`)\n",
        )
        .run();
    s.plan()
        .args(["done", "4", "--milestone", "3"])
        .status(1)
        .stderr("error: task 4 has 2 milestones; there is no milestone 3\n")
        .run();
    s.plan()
        .args(["done", "3", "--milestone", "2"])
        .status(1)
        .stderr("error: task 3 has 1 milestone; there is no milestone 2\n")
        .run();
    s.plan()
        .args(["done", "4", "--milestone", "0"])
        .status(2)
        .stderr_contains("--milestone")
        .run();
    assert_eq!(s.snapshot(), before);
}

/// Finishing a task of one deadline early is common: no note.
#[test]
fn done_before_a_plain_window_starts_has_no_note() {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "3", "--on", "15/05/2020"])
        .stderr(format!("{}: task 3 done on 15/05/2020\n", seed_path()))
        .run();
    assert!(s.read(&seed_path()).contains("done = 2020-05-15"));
}

#[test]
fn done_on_another_day_still_closes_the_next_milestone() {
    let s = june_closed();
    s.plan()
        .args(["done", "4", "--on", "20/12/2020"])
        .stderr(format!(
            "{}: task 4: milestone 2 of 2 (due 31/12/2020) done on 20/12/2020; the task is done\n",
            seed_path()
        ))
        .run();
}

// --- 3. the report's total and the unit rows

/// On 01/07/2020, counted for lead units, the seed's rows add up to 10
/// (vhtt 7, ldtbxh 1, cahuyen 1, ttvh 1) and the total is 8: task 2 has
/// three lead units.
#[test]
fn report_table_says_why_the_total_is_not_the_sum_of_the_rows() {
    Sandbox::new()
        .plan()
        .args(["report"])
        .stdout_contains(
            "┘\nThe unit rows add up to 10 and the total is 8: a task counts in the row of \
             every unit it concerns, and once in the total.\nDone on time: 0 of 8 tasks (0%).\n",
        )
        .run();
}

#[test]
fn report_markdown_and_html_say_so_in_vietnamese() {
    let note = "Cộng các dòng đơn vị được 10, Tổng cộng là 8: mỗi nhiệm vụ được tính \
                cho từng đơn vị liên quan nhưng chỉ tính một lần trong Tổng cộng.";
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["report", "--format", "md"])
        .stdout_contains(format!("\n{note}\n"))
        .run();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["report", "--format", "html"])
        .stdout_contains(format!("<p class=\"note\">{note}</p>"))
        .run();
}

#[test]
fn report_csv_has_a_note_row_after_the_total() {
    let out = Sandbox::new()
        .plan()
        .args(["report", "--format", "csv", "--delimiter", ";"])
        .stdout_any()
        .run();
    let lines: Vec<&str> = out.stdout.split("\r\n").collect();
    let total = lines
        .iter()
        .position(|l| l.starts_with(";;Total;8;"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert_eq!(
        lines[total + 1],
        ";;The unit rows add up to 10 and the total is 8: a task counts in the row of every unit \
         it concerns, and once in the total.;;;;;;;;"
    );
    assert_eq!(lines[total + 2], "");
}

#[test]
fn report_json_has_the_sum_of_the_rows() {
    let out = Sandbox::new()
        .plan()
        .args(["report", "--format", "json"])
        .stdout_any()
        .run();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["totals"]["total"], 8);
    assert_eq!(
        doc["rows"],
        serde_json::json!({"sum": 10, "shared_tasks": 1, "tasks_in_no_row": 0})
    );
}

#[test]
fn a_report_whose_rows_add_up_has_no_note() {
    Sandbox::new()
        .plan()
        .args(["report", "-u", "ttvh"])
        .stdout_lacks("add up to")
        .stdout_any()
        .run();
}

// --- 4. a unit named in several plans

/// A plan whose units all hold the word "xã": `xa` is a fragment of each.
fn communes(id: &str, names: &[&str]) -> String {
    let mut text = format!(
        "format = 1\n[plan]\nid = \"{id}\"\ntitle = \"Kế hoạch {id}\"\nperiod = \"Năm 2020\"\n"
    );
    for (i, name) in names.iter().enumerate() {
        text.push_str(&format!("\n[units.u{i}]\nname = \"{name}\"\n"));
    }
    text.push_str(
        "\n[[task]]\nid = \"1\"\ntitle = \"Tuyên truyền\"\nlead = [\"u0\"]\nwindow = \"Tháng 9/2020\"\n",
    );
    text
}

#[test]
fn an_exact_unit_id_is_not_made_ambiguous_by_fragments_in_other_plans() {
    let s = Sandbox::new();
    s.write(
        "plans/b.toml",
        &communes("b", &["UBND xã Dân Lực", "UBND xã Minh Sơn"]),
    );
    s.write("plans/c.toml", &communes("c", &["UBND xã Thọ Dân"]));
    let out = s
        .plan()
        .args(["list", "-u", "xa", "--format", "csv"])
        .stdout_any()
        .run();
    let plans: Vec<&str> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(plans.len(), 7, "{}", out.stdout);
    assert!(
        plans.iter().all(|p| *p == "trieu-son-2020-pcbldg"),
        "{plans:?}"
    );
    s.plan()
        .args(["report", "-u", "xa", "--role", "partner"])
        .stdout_contains("│ Ủy ban nhân dân    ┆     7 ┆")
        .stdout_contains("│ Total              ┆     7 ┆")
        .stdout_lacks("Dân Lực")
        .run();
}

#[test]
fn a_fragment_matching_two_units_of_one_plan_at_the_deciding_step_is_still_ambiguous() {
    let s = Sandbox::new();
    s.write(
        "plans/b.toml",
        &communes("b", &["UBND xã Dân Lực", "UBND xã Minh Sơn"]),
    );
    s.write("plans/c.toml", &communes("c", &["UBND xã Thọ Dân"]));
    s.plan()
        .args(["list", "-u", "ubnd xa"])
        .status(1)
        .stderr(
            "error: unit \"ubnd xa\" is ambiguous: u0 (UBND xã Dân Lực), u1 (UBND xã Minh Sơn)\n",
        )
        .run();
    // One unit in each plan at the deciding step is no ambiguity.
    s.plan()
        .args(["list", "-u", "dan", "--format", "csv"])
        .stdout_contains("\r\nb,1,")
        .stdout_contains("\r\nc,1,")
        .run();
}

// --- 5. `plan list` with a delimiter

#[test]
fn list_csv_takes_a_delimiter() {
    let out = Sandbox::new()
        .plan()
        .args(["list", "--format", "csv", "--delimiter", ";", "-s", "todo"])
        .stdout_any()
        .run();
    assert!(
        out.stdout.starts_with(
            "\u{feff}plan;id;title;lead;partners;window;start;end;due;status;done;days_overdue\r\n"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\r\ntrieu-son-2020-pcbldg;3;"),
        "{}",
        out.stdout
    );
}

#[test]
fn reopening_a_task_set_done_keeps_the_milestone_closed_before() {
    let s = june_closed();
    let june = s.read(&seed_path());
    s.plan()
        .args(["set", "4", "status", "done", "--as-of", "05/07/2020"])
        .stderr_contains("task 4: status set")
        .run();
    s.plan()
        .args(["reopen", "4"])
        .stderr(format!("{}: task 4 reopened\n", seed_path()))
        .run();
    // Back to June closed, December open: the June day is kept.
    assert_eq!(s.read(&seed_path()), june);
}

#[test]
fn a_unit_id_or_name_that_differs_only_in_case_or_marks_is_refused() {
    let s = Sandbox::new();
    let before = s.snapshot();
    s.plan()
        .args(["unit", "add", "VHTT", "Khác"])
        .status(1)
        .stderr("error: unit `vhtt` exists already (Phòng Văn hóa và Thông tin)\n")
        .run();
    s.plan()
        .args(["unit", "add", "moi", "Phong Van Hoa va Thong Tin"])
        .status(1)
        .stderr(
            "error: \"Phong Van Hoa va Thong Tin\" already names unit `vhtt` (Phòng Văn hóa và \
             Thông tin); a name or alias belongs to one unit\n",
        )
        .run();
    assert_eq!(s.snapshot(), before);
}

#[test]
fn an_exact_unit_id_wins_over_an_id_that_differs_in_case() {
    // A plan written by hand with ids `vhtt` and `VHTT`: each names its own.
    let s = Sandbox::new();
    s.broken(
        SEED,
        &[(
            "[units.vhtt]",
            "[units.VHTT]\nname = \"Văn phòng HĐND và UBND\"\n\n[units.vhtt]",
        )],
    );
    let out = s
        .plan()
        .args(["list", "-u", "vhtt", "--format", "csv"])
        .stdout_any()
        .run();
    assert!(out.stdout.lines().count() > 1, "{}", out.stdout);
    s.plan()
        .args(["list", "-u", "VHTT"])
        .stderr("no tasks match\n")
        .run();
}

// --- 6. `--as-of` reads every task as it stood on that day

/// The seed with task 3 done and task 4's June milestone closed on
/// 15/07/2020, both after their June deadline.
fn closed_in_july() -> Sandbox {
    let s = Sandbox::new();
    s.plan()
        .args(["done", "3", "--on", "15/07/2020"])
        .stderr_contains("task 3 done on 15/07/2020")
        .run();
    s.plan()
        .args(["done", "4", "--on", "15/07/2020"])
        .stderr_contains("milestone 1 of 2 (due 30/06/2020) done on 15/07/2020")
        .run();
    s
}

#[test]
fn list_as_of_a_day_before_done_shows_the_task_overdue() {
    let s = closed_in_july();
    let out = s
        .plan()
        .args([
            "list",
            "--overdue",
            "--as-of",
            "01/07/2020",
            "--format",
            "csv",
        ])
        .stdout_any()
        .run();
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    for (row, id) in rows.iter().zip(["3", "4"]) {
        assert!(
            row.starts_with(&format!("trieu-son-2020-pcbldg,{id},")),
            "{}",
            out.stdout
        );
        // Status todo, no completion day, overdue by one day.
        assert!(row.ends_with(",2020-06-30,todo,,1"), "{}", out.stdout);
    }
    let table = s
        .plan()
        .args(["list", "--overdue", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(table.stdout.contains("│ 3  ┆"), "{}", table.stdout);
    assert!(table.stdout.contains("│ 4  ┆"), "{}", table.stdout);
    assert!(table.stdout.contains("1 day"), "{}", table.stdout);
    // A task done after the day is not done on it.
    s.plan()
        .args(["list", "-s", "done", "--as-of", "01/07/2020"])
        .stderr("no tasks match\n")
        .run();
}

#[test]
fn show_as_of_a_day_before_done_shows_the_task_open() {
    let s = closed_in_july();
    let out = s
        .plan()
        .args(["show", "3", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(
        out.stdout
            .contains("Status     todo\nState      overdue 1 day (as of 01/07/2020)\n"),
        "{}",
        out.stdout
    );
    let out = s
        .plan()
        .args(["show", "4", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(
        out.stdout
            .contains("milestone 1: 01/06/2020 – 30/06/2020  open\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("Status     todo\nState      overdue 1 day (as of 01/07/2020)\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn show_json_as_of_a_day_before_done_has_no_completion_day() {
    let s = closed_in_july();
    let out = s
        .plan()
        .args(["show", "3", "--as-of", "01/07/2020", "--format", "json"])
        .stdout_any()
        .run();
    for part in [
        "\"status\": \"todo\",\n    \"done\": null,",
        "\"state\": \"overdue\",\n    \"overdue\": true,\n    \"days_overdue\": 1,\n    \"due\": \"2020-06-30\",",
    ] {
        assert!(out.stdout.contains(part), "{part}\n{}", out.stdout);
    }
    let out = s
        .plan()
        .args(["show", "4", "--as-of", "01/07/2020", "--format", "json"])
        .stdout_any()
        .run();
    assert!(!out.stdout.contains("2020-07-15"), "{}", out.stdout);
    assert!(
        out.stdout.contains("\"days_overdue\": 1,"),
        "{}",
        out.stdout
    );
}

#[test]
fn report_as_of_a_day_before_done_counts_the_task_overdue() {
    let s = closed_in_july();
    let out = s
        .plan()
        .args(["report", "--as-of", "01/07/2020", "--format", "json"])
        .stdout_any()
        .run();
    // The first unit, Phòng Văn hóa và Thông tin, leads tasks 3 and 4.
    assert!(
        out.stdout.contains(
            "\"total\": 7,\n        \"done_on_time\": 0,\n        \"done_late\": 0,\n        \
             \"overdue\": 2,\n        \"longest_delay\": 1,"
        ),
        "{}",
        out.stdout
    );
    let table = s
        .plan()
        .args(["report", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(
        !table.stdout.contains("No task is overdue"),
        "{}",
        table.stdout
    );
}

#[test]
fn as_of_the_done_day_or_later_shows_the_task_done() {
    let s = closed_in_july();
    for day in ["15/07/2020", "01/08/2020"] {
        let out = s
            .plan()
            .args(["show", "3", "--as-of", day])
            .stdout_any()
            .run();
        assert!(
            out.stdout.contains(&format!(
                "Status     done 15/07/2020\nState      done late (as of {day})\n"
            )),
            "{}",
            out.stdout
        );
        let out = s
            .plan()
            .args(["show", "4", "--as-of", day, "--format", "json"])
            .stdout_any()
            .run();
        assert!(
            out.stdout.contains("\"done\": \"2020-07-15\""),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout.contains("\"due\": \"2020-12-31\""),
            "{}",
            out.stdout
        );
        let out = s
            .plan()
            .args(["report", "--as-of", day, "--format", "json"])
            .stdout_any()
            .run();
        assert!(out.stdout.contains("\"done_late\": 1,"), "{}", out.stdout);
    }
}

#[test]
fn exports_as_of_a_day_before_done_show_the_task_open() {
    let s = closed_in_july();
    let out = s
        .plan()
        .args(["export", "--format", "ics", "--as-of", "01/07/2020"])
        .stdout_any()
        .run();
    assert!(out.stdout.contains("SUMMARY:[todo] 3."), "{}", out.stdout);
    assert!(out.stdout.contains("SUMMARY:[todo] 4."), "{}", out.stdout);
    assert!(!out.stdout.contains("[done]"), "{}", out.stdout);
    let out = s
        .plan()
        .args(["export", "--format", "ics", "--as-of", "15/07/2020"])
        .stdout_any()
        .run();
    assert!(out.stdout.contains("SUMMARY:[done] 3."), "{}", out.stdout);
    assert!(out.stdout.contains("SUMMARY:[done] 4."), "{}", out.stdout);
    let out = s
        .plan()
        .args(["timeline", "--as-of", "01/07/2020", "--color", "never"])
        .stdout_any()
        .run();
    // Task 4's June milestone was still open on 01/07/2020.
    let row = out.stdout.lines().find(|l| l.starts_with("4. ")).unwrap();
    assert_eq!(row.matches('◇').count(), 2, "{}", out.stdout);
    assert!(!row.contains('◆'), "{}", out.stdout);
    // The HTML chart draws both of task 4's milestones open (unfilled).
    let out = s
        .plan()
        .args(["report", "--as-of", "01/07/2020", "--format", "html"])
        .stdout_any()
        .run();
    let diamonds: Vec<&str> = out.stdout.split("class=\"milestone\"").skip(1).collect();
    assert_eq!(diamonds.len(), 2, "{}", out.stdout);
    for diamond in diamonds {
        let fill = diamond.split("fill=\"").nth(1).unwrap();
        assert!(fill.starts_with("#fff\""), "{}", out.stdout);
    }
}
