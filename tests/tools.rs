//! `plan completions` and `plan manual`: the shell scripts, the words
//! completion offers from the plans, and the manual pages in both
//! languages.

mod common;

use common::{Sandbox, Test};

/// A run of `plan` as `shell`'s script asks it for the words at `line`'s
/// last word (clap_complete's `COMPLETE` protocol).
fn asking(sandbox: &Sandbox, shell: &str, line: &[&str]) -> Test {
    sandbox
        .plan()
        .env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (line.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(line)
}

/// The words `plan` offers there.
fn offered(sandbox: &Sandbox, shell: &str, line: &[&str]) -> Vec<String> {
    let out = asking(sandbox, shell, line).stdout_contains("").run();
    out.stdout.lines().map(str::to_owned).collect()
}

#[test]
fn the_bash_script_asks_plan_itself_for_words() {
    let s = Sandbox::new();
    let out = s
        .plan()
        .args(["completions", "bash"])
        .stdout_contains("COMPLETE=\"bash\"")
        .stdout_contains("-F _clap_complete_plan plan")
        .run();
    assert!(
        out.stdout.contains("\"plan\" -- \"${words[@]}\""),
        "{}",
        out.stdout
    );
}

#[test]
fn every_shell_has_a_script() {
    let s = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        s.plan()
            .args(["completions", shell])
            .stdout_contains("COMPLETE")
            .run();
    }
}

#[test]
fn an_unknown_shell_is_refused_with_the_shells_there_are() {
    plan_refuses_shell("tcsh");
}

fn plan_refuses_shell(shell: &str) {
    let s = Sandbox::new();
    s.plan()
        .args(["completions", shell])
        .status(2)
        .stderr_contains("bash")
        .stderr_contains("elvish")
        .run();
}

#[test]
fn task_ids_are_completed_from_the_plans() {
    let s = Sandbox::new();
    let words = offered(&s, "bash", &["plan", "done", ""]);
    assert_eq!(words[..8], ["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert!(words[8..].iter().all(|w| w.starts_with('-')), "{words:?}");
}

#[test]
fn unit_ids_are_completed_with_their_names_where_the_shell_shows_them() {
    let s = Sandbox::new();
    let words = offered(&s, "fish", &["plan", "assign", "3", "--lead", ""]);
    assert!(
        words.contains(&"cahuyen\tCông an huyện".to_owned()),
        "{words:?}"
    );
    let words = offered(&s, "bash", &["plan", "list", "--unit", "ca"]);
    assert_eq!(words, ["cahuyen"]);
}

#[test]
fn completion_reads_the_plans_of_plan_file() {
    let s = Sandbox::new();
    std::fs::rename(s.path("plans"), s.path("elsewhere")).unwrap();
    asking(&s, "bash", &["plan", "show", "7"])
        .env("PLAN_FILE", s.path("elsewhere"))
        .stdout("7")
        .run();
}

#[test]
fn completion_offers_nothing_rather_than_fail_on_a_broken_plan() {
    let s = Sandbox::new();
    s.write("plans/broken.toml", "[plan\n");
    let words = offered(&s, "bash", &["plan", "done", ""]);
    assert!(words.iter().all(|w| !w.contains("error")), "{words:?}");
}

#[test]
fn the_manual_page_is_in_vietnamese_by_default() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .arg("manual")
        .stdout_starts_with(".ie \\n(.g .ds Aq \\(aq")
        .stdout_contains(".TH plan 1")
        .stdout_contains(".SH TÊN")
        .stdout_contains(".SH CÁCH DÙNG")
        .stdout_contains(".SH LỆNH")
        .stdout_lacks(".SH NAME")
        .stdout_lacks("SUBCOMMANDS")
        .run();
}

#[test]
fn the_manual_page_is_in_english_when_asked() {
    let s = Sandbox::new();
    s.plan()
        .args(["manual", "--lang", "en"])
        .stdout_contains(".SH NAME")
        .stdout_contains(".SH SYNOPSIS")
        .stdout_contains(".SH COMMANDS")
        .run();
}

#[test]
fn the_manual_folder_has_a_page_per_command() {
    let s = Sandbox::new();
    s.plan()
        .args(["manual", "-o", "man"])
        .stderr("wrote 27 manual pages into man\n")
        .run();
    let pages = s.listing("man");
    for page in [
        "plan.1",
        "plan-list.1",
        "plan-unit-add.1",
        "plan-manual.1",
        "plan-remind.1",
    ] {
        assert!(pages.iter().any(|p| p == page), "{page} not in {pages:?}");
    }
    assert!(s.read("man/plan-done.1").contains(".TH plan-done 1"));
}

#[test]
fn completion_offers_ids_in_vietnamese_too() {
    let s = Sandbox::new();
    let out = s
        .plan()
        .env("PLAN_LANG", "vi")
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "2")
        .env("_CLAP_IFS", "\n")
        .args(["--", "plan", "show", "7"])
        .stdout("7")
        .run();
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let out = s
        .plan()
        .env("PLAN_LANG", "vi")
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .env("_CLAP_IFS", "\n")
        .args(["--", "plan", "list", "--unit", "ca"])
        .stdout("cahuyen")
        .run();
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

/// The header names the manual in the interface language; English leaves
/// it to man ("General Commands Manual").
#[test]
fn the_manual_s_header_is_in_the_interface_language() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .arg("manual")
        .stdout_contains("\n.TH plan 1  \"plan 0.1.0\" \"Hướng dẫn sử dụng các lệnh\"\n")
        .run();
    s.plan()
        .args(["manual", "--lang", "en"])
        .stdout_contains("\n.TH plan 1  \"plan 0.1.0\" \n")
        .run();
}

/// No page is written for `help`, so none names it: the commands listed
/// are those with a page.
#[test]
fn the_manual_lists_only_commands_with_a_page() {
    let s = Sandbox::new();
    for lang in ["vi", "en"] {
        s.plan()
            .args(["manual", "-o", "man", "--lang", lang])
            .stderr_any()
            .run();
        let pages = s.listing("man");
        assert!(!pages.iter().any(|p| p.contains("help")), "{pages:?}");
        let plan = s.read("man/plan.1");
        assert!(plan.contains("plan\\-manual(1)"), "{plan}");
        assert!(!plan.contains("plan\\-help"), "{plan}");
        let unit = s.read("man/plan-unit.1");
        assert!(unit.contains("plan\\-unit\\-alias(1)"), "{unit}");
        assert!(!unit.contains("help("), "{unit}");
    }
}

/// The Vietnamese pages show the Vietnamese placeholders and values.
#[test]
fn the_vietnamese_manual_shows_vietnamese_placeholders() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["manual", "-o", "man"])
        .stderr_any()
        .run();
    let list = s.read("man/plan-list.1");
    assert!(list.contains("\\fI<ĐƠN_VỊ>\\fR"), "{list}");
    assert!(
        list.contains("chủ trì (lead), phối hợp (partner)"),
        "{list}"
    );
    assert!(!list.contains("<UNIT>"), "{list}");
}

#[test]
fn unit_alias_completes_unit_ids_in_english_too() {
    let s = Sandbox::new();
    assert_eq!(
        offered(&s, "bash", &["plan", "unit", "alias", "cah"]),
        ["cahuyen"]
    );
}

#[test]
fn completion_works_with_a_plan_lang_that_is_no_language() {
    let s = Sandbox::new();
    asking(&s, "bash", &["plan", "show", "7"])
        .env("PLAN_LANG", "xx")
        .stdout("7")
        .run();
}
