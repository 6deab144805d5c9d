//! End-to-end tests of the command line in Vietnamese: help, usage errors
//! and the checks of the environment, and how `--lang`, `PLAN_LANG` and the
//! locale choose the language.

mod common;

use common::english::english_words;
use common::{Sandbox, plan};

fn vietnamese_help(args: &[&str]) -> String {
    plan()
        .env("PLAN_LANG", "vi")
        .args(args)
        .arg("--help")
        .stdout_any()
        .run()
        .stdout
}

#[test]
fn vietnamese_help_of_the_main_commands_has_vietnamese_headings_and_no_english_word() {
    for (path, headings) in [
        (
            "",
            &[
                "Cách dùng: plan [TÙY CHỌN] <LỆNH>\n",
                "\nLệnh:\n",
                "\nTùy chọn:\n",
            ][..],
        ),
        (
            "list",
            &["Cách dùng: plan list [TÙY CHỌN]\n", "\nTùy chọn:\n"],
        ),
        (
            "unit add",
            &[
                "Cách dùng: plan unit add [TÙY CHỌN] <MÃ> <TÊN>\n",
                "\nĐối số:\n",
                "\nTùy chọn:\n",
            ],
        ),
    ] {
        let args: Vec<&str> = path.split_whitespace().collect();
        let help = vietnamese_help(&args);
        for heading in headings {
            assert!(
                help.contains(heading),
                "{heading:?} not in {path:?}:\n{help}"
            );
        }
        let english = english_words(&help);
        assert!(
            english.is_empty(),
            "English in `plan {path} --help`: {english:?}\n{help}"
        );
    }
}

/// The check finds the English words of the English help.
#[test]
fn the_english_word_check_finds_english_help() {
    let help = plan().args(["list", "--help"]).stdout_any().run().stdout;
    let english = english_words(&help);
    for word in ["usage", "options", "tasks", "print", "help"] {
        assert!(english.contains(&word), "{word} not found in {english:?}");
    }
}

#[test]
fn vietnamese_help_of_every_command_has_no_english_word() {
    // Every command of the tree, so a new one is checked as it comes.
    fn paths(command: &clap::Command, prefix: &str, found: &mut Vec<String>) {
        for sub in command.get_subcommands() {
            let path = format!("{prefix}{}", sub.get_name());
            found.push(path.clone());
            paths(sub, &format!("{path} "), found);
        }
    }
    let mut all = vec![String::new()];
    paths(&plan::cli::command(), "", &mut all);
    // `help` itself is asked as `plan help help`; the `help` of a group
    // (`plan unit help`) shows the same words as the group's own help.
    all.retain(|path| path == "help" || !path.split(' ').any(|word| word == "help"));
    assert!(all.iter().any(|p| p == "unit alias") && all.iter().any(|p| p == "manual"));
    for path in all.iter().map(String::as_str) {
        let args: Vec<&str> = path.split_whitespace().collect();
        let help = if path == "help" {
            plan()
                .env("PLAN_LANG", "vi")
                .args(["help", "help"])
                .stdout_any()
                .run()
                .stdout
        } else {
            vietnamese_help(&args)
        };
        assert!(help.contains("Cách dùng: plan"), "{path}:\n{help}");
        let english = english_words(&help);
        assert!(
            english.is_empty(),
            "English in `plan {path} --help`: {english:?}\n{help}"
        );
    }
}

#[test]
fn vietnamese_list_help_words_every_flag() {
    let help = vietnamese_help(&["list"]);
    for line in [
        "Liệt kê các nhiệm vụ thỏa mọi điều kiện đã cho\n",
        "      --overdue                Chỉ các nhiệm vụ có hạn sớm nhất chưa xong đã qua\n",
        "      --role <VAI>             Dùng cùng --unit: đơn vị là chủ trì hay phối hợp [giá trị: chủ trì\n                               (lead), phối hợp (partner)]\n",
        "      --format <ĐỊNH_DẠNG>     Định dạng kết quả [mặc định: table] [giá trị: table, json, csv]\n",
        "  -h, --help                   In trợ giúp\n",
    ] {
        assert!(help.contains(line), "{line:?} not in:\n{help}");
    }
}

#[test]
fn english_help_keeps_clap_s_words() {
    plan()
        .args(["list", "--help"])
        .stdout_starts_with(
            "List the tasks that match every given condition\n\nUsage: plan list [OPTIONS]\n\nOptions:\n",
        )
        .stdout_contains("      --format <FORMAT>    Output format [default: table] [possible values: table, json, csv]\n")
        .stdout_contains("  -h, --help               Print help\n")
        .run();
}

#[test]
fn unknown_flag_in_vietnamese_names_the_closest_flag() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--ovrdue"])
        .status(2)
        .stderr(
            "lỗi: không có tùy chọn '--ovrdue'\n\n  \
             gợi ý: có phải là '--overdue'?\n\n\
             Cách dùng: plan list [TÙY CHỌN]\n\n\
             Để biết thêm, chạy 'plan list --help'.\n",
        )
        .run();
}

#[test]
fn bad_value_in_vietnamese_lists_the_possible_values() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--format", "xml"])
        .status(2)
        .stderr(
            "lỗi: giá trị 'xml' không hợp lệ cho '--format <ĐỊNH_DẠNG>'\n  \
             [chọn một trong: table, json, csv]\n\n\
             Cách dùng: plan list [TÙY CHỌN]\n\n\
             Để biết thêm, chạy 'plan list --help'.\n",
        )
        .run();
}

#[test]
fn unknown_command_in_vietnamese_names_the_closest_command() {
    plan()
        .env("PLAN_LANG", "vi")
        .arg("lst")
        .status(2)
        .stderr(
            "lỗi: không có lệnh 'lst'\n\n  \
             gợi ý: có phải là 'list'?\n\n\
             Cách dùng: plan [TÙY CHỌN] <LỆNH>\n\n\
             Để biết thêm, chạy 'plan --help'.\n",
        )
        .run();
}

#[test]
fn missing_and_extra_arguments_in_vietnamese() {
    plan()
        .env("PLAN_LANG", "vi")
        .arg("show")
        .status(2)
        .stderr(
            "lỗi: còn thiếu các mục bắt buộc sau:\n  <SỐ>\n\n\
             Cách dùng: plan show [TÙY CHỌN] <SỐ>\n\n\
             Để biết thêm, chạy 'plan show --help'.\n",
        )
        .run();
    plan()
        .env("PLAN_LANG", "vi")
        .args(["show", "1", "2"])
        .status(2)
        .stderr(
            "lỗi: thừa đối số '2'\n\n\
             Cách dùng: plan show [TÙY CHỌN] <SỐ>\n\n\
             Để biết thêm, chạy 'plan show --help'.\n",
        )
        .run();
    plan()
        .env("PLAN_LANG", "vi")
        .args(["unit", "add", "--format"])
        .status(2)
        .stderr(
            "lỗi: chưa ghi giá trị cho '--format <ĐỊNH_DẠNG>'\n  \
             [chọn một trong: text, json]\n\n\
             Cách dùng: plan unit add [TÙY CHỌN] <MÃ> <TÊN>\n\n\
             Để biết thêm, chạy 'plan unit add --help'.\n",
        )
        .run();
}

#[test]
fn a_number_out_of_range_in_vietnamese() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["done", "1", "--milestone", "0"])
        .status(2)
        .stderr(
            "lỗi: giá trị '0' không hợp lệ cho '--milestone <N>': cần một số từ 1 trở lên\n\n\
             Cách dùng: plan done [TÙY CHỌN] <SỐ>\n\n\
             Để biết thêm, chạy 'plan done --help'.\n",
        )
        .run();
}

#[test]
fn a_flag_given_twice_in_vietnamese() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--overdue", "--overdue"])
        .status(2)
        .stderr_starts_with("lỗi: '--overdue' chỉ được ghi một lần\n")
        .run();
}

#[test]
fn role_without_unit_in_vietnamese() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--role", "lead"])
        .status(2)
        .stderr(
            "lỗi: --role cần đi cùng --unit <ĐƠN_VỊ>: đơn vị được xét vai trò\n\n\
             Cách dùng: plan list [TÙY CHỌN]\n\n\
             Để biết thêm, chạy 'plan list --help'.\n",
        )
        .run();
}

/// An argument holding a line break is echoed on one line in Vietnamese
/// too.
#[test]
fn vietnamese_usage_errors_echo_arguments_on_one_line() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--ovrdue\nOK: done"])
        .status(2)
        .stderr_starts_with("lỗi: không có tùy chọn '--ovrdue\\nOK: done'\n")
        .run();
}

/// A value taken from the environment is echoed on one line too.
#[test]
fn vietnamese_usage_errors_echo_environment_values_on_one_line() {
    plan()
        .env("PLAN_LANG", "vi")
        .env("PLAN_TODAY", "1\nOK: done")
        .arg("list")
        .status(2)
        .stderr_starts_with("lỗi: giá trị '1\\nOK: done' không hợp lệ cho '--as-of <NGÀY>': ")
        .stderr_ends_with(
            "\n\nCách dùng: plan list [TÙY CHỌN]\n\nĐể biết thêm, chạy 'plan list --help'.\n",
        )
        .run();
}

#[test]
fn lang_flag_overrides_plan_lang() {
    plan()
        .env("PLAN_LANG", "vi")
        .args(["--lang", "en", "list", "--help"])
        .stdout_starts_with("List the tasks that match every given condition\n\nUsage:")
        .run();
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--ovrdue", "--lang=en"])
        .status(2)
        .stderr_starts_with("error: unexpected argument '--ovrdue' found\n")
        .run();
}

#[test]
fn lang_flag_overrides_the_locale() {
    plan()
        .env("PLAN_LANG", "")
        .env("LANG", "en_US.UTF-8")
        .args(["list", "--help", "--lang", "vi"])
        .stdout_starts_with("Liệt kê các nhiệm vụ thỏa mọi điều kiện đã cho\n\nCách dùng:")
        .run();
}

#[test]
fn the_locale_chooses_when_nothing_else_does() {
    for (locale, start) in [
        ("en_US.UTF-8", "List the tasks"),
        ("vi_VN.UTF-8", "Liệt kê các nhiệm vụ"),
        ("C", "Liệt kê các nhiệm vụ"),
        ("fr_FR.UTF-8", "List the tasks"),
    ] {
        plan()
            .env("PLAN_LANG", "")
            .env("LANG", locale)
            .args(["list", "--help"])
            .stdout_starts_with(start)
            .run();
    }
}

#[test]
fn a_bad_plan_lang_is_refused_in_the_locale_s_language() {
    plan()
        .env("PLAN_LANG", "xx")
        .arg("list")
        .status(2)
        .stderr("lỗi: PLAN_LANG=\"xx\" không phải ngôn ngữ hợp lệ; cần vi hoặc en\n")
        .run();
    plan()
        .env("PLAN_LANG", "xx")
        .env("LANG", "en_US.UTF-8")
        .arg("list")
        .status(2)
        .stderr("error: PLAN_LANG=\"xx\" is not a language of plan; expected vi or en\n")
        .run();
}

#[test]
fn a_bad_lock_timeout_in_vietnamese() {
    plan()
        .env("PLAN_LANG", "vi")
        .env("PLAN_LOCK_TIMEOUT", "soon")
        .arg("list")
        .status(2)
        .stderr("lỗi: PLAN_LOCK_TIMEOUT=\"soon\" không phải số giây (ví dụ 10 hoặc 0.5)\n")
        .run();
}

#[test]
fn errors_after_parsing_carry_the_vietnamese_label() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["show", "99"])
        .status(1)
        .stderr_starts_with("lỗi: ")
        .run();
}

/// The placeholders of values are Vietnamese in help, in the usage line
/// clap builds and in usage errors; English keeps clap's.
#[test]
fn placeholders_are_vietnamese_in_usage_and_errors() {
    let usage = "Cách dùng: plan add [TÙY CHỌN] --title <TÊN_NHIỆM_VỤ> --lead <ĐƠN_VỊ>... \
                 <--window <THỜI_GIAN>|--condition <NỘI_DUNG>>\n";
    plan()
        .env("PLAN_LANG", "vi")
        .args(["add", "--title", "X"])
        .status(2)
        .stderr(format!(
            "lỗi: còn thiếu các mục bắt buộc sau:\n  --lead <ĐƠN_VỊ>...\n  \
             <--window <THỜI_GIAN>|--condition <NỘI_DUNG>>\n\n{usage}\n\
             Để biết thêm, chạy 'plan add --help'.\n"
        ))
        .run();
    let help = vietnamese_help(&["add"]);
    assert!(help.contains(&format!("\n{usage}")), "{help}");
    for line in [
        "  -f, --file <ĐƯỜNG_DẪN>      Tệp kế hoạch",
        "      --as-of <NGÀY>          Xem như",
        "      --lang <NGÔN_NGỮ>       Ngôn ngữ",
        "      --id <SỐ>               Số nhiệm vụ",
        "      --plan <KẾ_HOẠCH>       Mã kế hoạch",
        "      --note <NỘI_DUNG>       Ghi chú\n",
        "      --format <ĐỊNH_DẠNG>    Định dạng",
    ] {
        assert!(help.contains(line), "{line:?} not in:\n{help}");
    }
    for (path, usage) in [
        (
            "set",
            "Cách dùng: plan set [TÙY CHỌN] <SỐ> <MỤC> <GIÁ_TRỊ>\n",
        ),
        (
            "unassign",
            "Cách dùng: plan unassign [TÙY CHỌN] <SỐ> <ĐƠN_VỊ>...\n",
        ),
        (
            "unit alias",
            "Cách dùng: plan unit alias [TÙY CHỌN] <MÃ> <TÊN_KHÁC>...\n",
        ),
        ("import", "Cách dùng: plan import [TÙY CHỌN] <VĂN_BẢN>\n"),
        (
            "completions",
            "Cách dùng: plan completions [TÙY CHỌN] <SHELL>\n",
        ),
        ("help", "Cách dùng: plan help [LỆNH]\n"),
    ] {
        let args: Vec<&str> = path.split_whitespace().collect();
        let help = if path == "help" {
            plan()
                .env("PLAN_LANG", "vi")
                .args(["help", "help"])
                .stdout_any()
                .run()
                .stdout
        } else {
            vietnamese_help(&args)
        };
        assert!(help.contains(usage), "{usage:?} not in:\n{help}");
    }
    for (path, flags) in [
        (
            "list",
            &[
                "--due-within <KHOẢNG>",
                "--unit <ĐƠN_VỊ>",
                "--role <VAI>",
                "--status <TRẠNG_THÁI>",
                "--delimiter <KÝ_TỰ>",
                "--headers <TIÊU_ĐỀ_CỘT>",
            ][..],
        ),
        ("report", &["--period <THỜI_GIAN>", "--output <TỆP>"]),
        ("timeline", &["--from <NGÀY>", "--color <MÀU>"]),
        ("done", &["--milestone <N>", "--note <NỘI_DUNG>"]),
        ("unit add", &["--alias <TÊN_KHÁC>"]),
        ("manual", &["--output <THƯ_MỤC>"]),
    ] {
        let args: Vec<&str> = path.split_whitespace().collect();
        let help = vietnamese_help(&args);
        for flag in flags {
            assert!(help.contains(flag), "{flag:?} not in {path}:\n{help}");
        }
    }
    plan()
        .args(["add", "--title", "X"])
        .status(2)
        .stderr_contains(
            "Usage: plan add [OPTIONS] --title <TITLE> --lead <UNIT>... <--window <WINDOW>|--condition <TEXT>>\n",
        )
        .run();
    plan()
        .args(["unit", "add", "--help"])
        .stdout_contains("Usage: plan unit add [OPTIONS] <ID> <NAME>\n")
        .stdout_contains("      --alias <NAME>")
        .run();
}

/// The values `--role`, `--status` and the fields of `set` take are shown
/// with their Vietnamese words first, in help and in a usage error.
#[test]
fn values_are_shown_with_their_vietnamese_words() {
    let help = vietnamese_help(&["set"]);
    assert!(
        help.contains(
            "  <MỤC>      Mục cần sửa, ghi bằng tiếng Việt hay tiếng Anh đều được [giá trị: tên (title), thời\n             \
             gian (window), ghi chú (note), điều kiện (condition), trạng thái (status)]\n"
        ),
        "{help}"
    );
    let help = vietnamese_help(&["report"]);
    assert!(
        help.contains(
            "[mặc\n                             định: chủ trì] [giá trị: chủ trì (lead), phối hợp (partner), bất kỳ\n                             (any)]\n"
        ),
        "{help}"
    );
    let help = vietnamese_help(&["list"]);
    assert!(
        help.contains(
            "[giá trị:\n                               chưa làm (todo), đang làm (doing), hoàn thành (done), đã hủy\n                               (cancelled)]\n"
        ),
        "{help}"
    );
    let usage_end =
        "\n\nCách dùng: plan list [TÙY CHỌN]\n\nĐể biết thêm, chạy 'plan list --help'.\n";
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--unit", "x", "--role", "chef"])
        .status(2)
        .stderr(format!(
            "lỗi: giá trị 'chef' không hợp lệ cho '--role <VAI>'\n  \
             [chọn một trong: chủ trì (lead), phối hợp (partner)]{usage_end}"
        ))
        .run();
    plan()
        .env("PLAN_LANG", "vi")
        .args(["list", "--status", "xyz"])
        .status(2)
        .stderr(format!(
            "lỗi: giá trị 'xyz' không hợp lệ cho '--status <TRẠNG_THÁI>'\n  \
             [chọn một trong: chưa làm (todo), đang làm (doing), hoàn thành (done), đã hủy (cancelled)]{usage_end}"
        ))
        .run();
    plan()
        .env("PLAN_LANG", "vi")
        .args(["set", "1", "mau", "x"])
        .status(2)
        .stderr(
            "lỗi: giá trị 'mau' không hợp lệ cho '<MỤC>'\n  \
             [chọn một trong: tên (title), thời gian (window), ghi chú (note), điều kiện (condition), trạng thái (status)]\n\n\
             Cách dùng: plan set [TÙY CHỌN] <SỐ> <MỤC> <GIÁ_TRỊ>\n\n\
             Để biết thêm, chạy 'plan set --help'.\n",
        )
        .run();
}

/// English help and errors list the names alone, as clap words them.
#[test]
fn english_values_stay_clap_s() {
    plan()
        .args(["list", "--help"])
        .stdout_contains(
            "      --role <ROLE>        With --unit: as lead unit or as partner [possible values: lead, partner]\n",
        )
        .run();
    plan()
        .args(["set", "--help"])
        .stdout_contains("[possible values: title, window, note, condition, status]")
        .run();
    plan()
        .args(["list", "--unit", "x", "--role", "chef"])
        .status(2)
        .stderr(
            "error: invalid value 'chef' for '--role <ROLE>'\n  \
             [possible values: lead, partner]\n\n\
             For more information, try '--help'.\n",
        )
        .run();
}

/// `--role` takes the Vietnamese words, with or without diacritics, and
/// `plan set` its fields' names.
#[test]
fn vietnamese_values_are_accepted() {
    let s = Sandbox::new();
    let run = |args: &[&str]| {
        s.plan()
            .env("PLAN_LANG", "vi")
            .args(args)
            .stdout_any()
            .stderr_any()
            .run()
    };
    for (args, english, words) in [
        (
            &["list", "--unit", "vhtt", "--role"][..],
            "lead",
            &["chủ trì", "chu tri", "chu-tri"][..],
        ),
        (
            &["list", "--unit", "vhtt", "--role"],
            "partner",
            &["phối hợp", "phoi hop", "phoi-hop"],
        ),
        (
            &["report", "--as-of", "01/07/2020", "--role"],
            "any",
            &["bất kỳ", "bat ky"],
        ),
        (
            &["report", "--as-of", "01/07/2020", "--role"],
            "partner",
            &["phối hợp", "phoi-hop"],
        ),
    ] {
        let want = run(&[args, &[english]].concat());
        assert_eq!(want.status, 0, "{args:?} {english}: {}", want.stderr);
        for word in words {
            let got = run(&[args, &[word]].concat());
            assert_eq!(
                (got.status, &got.stdout),
                (0, &want.stdout),
                "{args:?} {word}: {}",
                got.stderr
            );
        }
    }
    for (english, words, value) in [
        ("title", &["tên", "ten"][..], "Tên mới"),
        (
            "window",
            &["thời gian", "thoi gian", "thoi-gian"],
            "Tháng 9/2020",
        ),
        ("note", &["ghi chú", "ghi chu"], "Đang làm"),
        ("condition", &["điều kiện", "dieu kien"], "Khi có kinh phí"),
        ("status", &["trạng thái", "trang thai"], "đang làm"),
    ] {
        let want = run(&["set", "5", english, value, "--dry-run"]);
        assert_eq!(want.status, 0, "{english}: {}", want.stderr);
        assert!(!want.stdout.is_empty(), "{english}: no diff");
        for word in words {
            let got = run(&["set", "5", word, value, "--dry-run"]);
            assert_eq!(
                (got.status, &got.stdout),
                (0, &want.stdout),
                "{word}: {}",
                got.stderr
            );
        }
    }
}
