//! `plan remind`: a reminder to each lead unit with overdue tasks or tasks
//! due within the span, on stdout or one file per unit.

mod common;

use common::Sandbox;

const CULTURE_SOON: &str = "\
Kính gửi: Phòng Văn hóa và Thông tin

Theo Kế hoạch triển khai “Quy chế phối hợp liên ngành về phòng, chống bạo lực gia đình, năm 2020”, đến ngày 25/06/2020, đơn vị còn các nhiệm vụ sau:

Đến hạn trong 7 ngày tới:
- nhiệm vụ 3: Phối hợp tổ chức các hoạt động truyền thông trọng điểm trong Tháng hành động Quốc gia về phòng, chống bạo lực gia đình năm 2020. — hạn 30/06/2020, còn 5 ngày
- nhiệm vụ 4: Phối hợp thực hiện có hiệu quả “Bộ chỉ số theo dõi và đánh giá việc thực hiện Chương trình hành động quốc gia về phòng, chống bạo lực gia đình; thu thập, thống kê, tổng hợp, báo cáo về phòng, chống bạo lực gia đình trên phạm vi toàn huyện. — hạn 30/06/2020, còn 5 ngày

Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả.
";

#[test]
fn a_unit_with_tasks_due_within_the_span_gets_a_reminder() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["remind", "--as-of", "25/06/2020"])
        .stdout(CULTURE_SOON)
        .run();
}

#[test]
fn a_shorter_span_leaves_out_what_is_due_later() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["remind", "--as-of", "25/06/2020", "--within", "2 ngày"])
        .stderr("không có đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn\n")
        .run();
}

#[test]
fn overdue_tasks_are_listed_with_their_days_overdue() {
    let s = Sandbox::new();
    let out = s
        .plan()
        .env("PLAN_LANG", "en")
        .args([
            "remind",
            "--as-of",
            "01/07/2020",
            "--unit",
            "vhtt",
            "--format",
            "md",
        ])
        .stdout_any()
        .run();
    assert!(
        out.stdout
            .starts_with("**To: Phòng Văn hóa và Thông tin**\n\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\n### Overdue:\n\n- task 3: "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(" — due 30/06/2020, 1 day overdue\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn with_a_folder_each_unit_gets_its_file_named_after_its_id() {
    let s = Sandbox::new();
    s.plan()
        .env("PLAN_LANG", "vi")
        .args(["remind", "--as-of", "25/06/2020", "-o", "nhac"])
        .stderr("đã ghi 1 thư nhắc vào nhac\n")
        .run();
    assert_eq!(s.listing("nhac"), ["vhtt.txt"]);
    assert_eq!(s.read("nhac/vhtt.txt"), CULTURE_SOON);
}

#[test]
fn a_unit_that_matches_nothing_is_refused() {
    let s = Sandbox::new();
    s.plan()
        .args(["remind", "--unit", "khong co"])
        .status(1)
        .stderr_contains("no unit matches \"khong co\"")
        .run();
}

#[test]
fn a_file_where_the_folder_should_be_is_named_as_not_a_folder() {
    let s = Sandbox::new();
    s.write("thu", "một tệp");
    s.plan()
        .args(["remind", "--as-of", "01/07/2020", "-o", "thu"])
        .status(1)
        .stderr("error: failed to write thu: not a directory\n")
        .run();
    assert_eq!(s.read("thu"), "một tệp", "the file is left as it was");
}
