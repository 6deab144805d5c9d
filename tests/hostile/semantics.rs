//! What a clerk relies on when closing and moving tasks: windows and closed milestones, retried edits, report totals, unit matching across plans.

use crate::common::Sandbox;

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
