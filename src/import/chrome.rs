//! The web page around a plan copied from a portal or a legal library:
//! menus, breadcrumbs, "Cập nhật: …", "Lượt xem: 123", "Chia sẻ", the
//! date and time of the post, the site's footer. Such a line is no part of
//! the plan and is dropped before the plan is read.

use crate::import::scan::fold;

/// Lines (folded) that a site prints around a post, read from their start.
const STARTS: &[&str] = &[
    "cap nhat:",
    "cap nhat luc",
    "ngay cap nhat",
    "ngay dang:",
    "ngay dang bai",
    "luot xem",
    "so luot xem",
    "luot truy cap",
    "dang truc tuyen",
    "chia se",
    "in bai",
    "ban in",
    "gui email",
    "gui bai viet",
    "tin lien quan",
    "bai viet lien quan",
    "cac tin khac",
    "tin khac",
    "tin moi",
    "xem them",
    "doc tiep",
    "quay lai",
    "tro ve",
    "ve dau trang",
    "len dau trang",
    "ban quyen",
    "copyright",
    "©",
    "ghi ro nguon",
    "chiu trach nhiem noi dung",
    "co quan chu quan",
    "giay phep so",
    "dang tai noi dung",
    "skip to",
    "ban dang xem",
    "de su dung toan bo",
    "neu ban la thanh vien",
    "tai ve",
    "tai file",
    "file dinh kem",
    "tep dinh kem",
    "dinh kem:",
    "facebook",
    "zalo",
    "twitter",
    "tweet",
    "email:",
    "dien thoai:",
    "fax:",
    "dia chi:",
    "nguon:",
    "tac gia:",
    "y kien tham do",
    "truy cap",
    "hom nay:",
    "tat ca:",
    "thong ke truy cap",
    "dang online",
];

/// A legal library's notices to its readers (folded), whatever their length.
const SITE_NOTICES: &[&str] = &[
    "de su dung toan bo tien ich",
    "neu ban la thanh vien",
    "ban dang xem ban rut gon",
    "dang tai noi dung",
    "xem va tai ngay ban day du",
    "tai ban day du",
    // A site's footer, however long the sentence after it.
    "ban quyen thuoc",
    "ghi ro nguon khi",
];

/// Items of a site's menu (folded), on a line of their own or in a row.
const MENU: &[&str] = &[
    "trang chu",
    "gioi thieu",
    "tin tuc",
    "tin tuc - su kien",
    "van ban",
    "van ban chi dao dieu hanh",
    "thong tin chi dao dieu hanh",
    "lien he",
    "so do site",
    "so do trang",
    "thu tuc hanh chinh",
    "dich vu cong",
    "hoi dap",
    "tim kiem",
    "dang nhap",
    "dang ky",
    "english",
    "menu",
    "thong bao",
    "co cau to chuc",
];

/// Longest line read from its start as chrome ("Chia sẻ kinh nghiệm …" in a
/// plan is longer).
const MAX_STARTS_CHARS: usize = 80;

/// Longest line a site's chrome takes.
const MAX_CHARS: usize = 160;

/// Whether `line` is the web page around a plan, not the plan.
pub fn is_chrome(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > MAX_CHARS {
        return false;
    }
    let f = fold(t);
    if SITE_NOTICES.iter().any(|s| f.starts_with(s)) {
        return true;
    }
    if t.chars().count() <= MAX_STARTS_CHARS && STARTS.iter().any(|s| f.starts_with(s)) {
        return true;
    }
    // "Trang chủ > Tin tức > Văn bản", "Trang chủ / Thông báo"
    if f.starts_with("trang chu") && t.contains(['>', '»', '/', '|', '›']) {
        return true;
    }
    // "123 lượt xem"
    if f.contains("luot xem") && t.chars().count() < 40 {
        return true;
    }
    // A menu row: "Trang chủ | Giới thiệu | Tin tức"
    let items: Vec<&str> = f
        .split(['|', '»', '›', '>'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !items.is_empty() && items.iter().all(|i| MENU.contains(i)) {
        return true;
    }
    is_posted_at(&f)
}

/// "Thứ Sáu, 15/12/2017 - 10:05", "14:00 | 07/04/2022 GMT+7": when a post
/// was put up.
fn is_posted_at(f: &str) -> bool {
    if f.chars().count() > 50 {
        return false;
    }
    let has_clock = f
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let has_date = f.matches('/').count() >= 2 || f.matches('-').count() >= 2;
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let dateline_words = [
        "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "gmt", "ngay", "luc", "am",
        "pm",
    ];
    has_clock && has_date && words.iter().all(|w| dateline_words.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_around_a_plan_is_chrome() {
        for line in [
            "Cập nhật: 08/05/2024 09:15",
            "Lượt xem: 1504",
            "23 lượt xem",
            "Chia sẻ",
            "Trang chủ > Văn bản > Kế hoạch",
            "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
            "TIN TỨC",
            "Thứ Sáu, 15/12/2017 - 10:05",
            "14:00 | 07/04/2022 GMT+7",
            "Bản quyền thuộc Ủy ban nhân dân huyện Thiệu Hóa",
            "© 2024 Cổng thông tin điện tử",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
            "Bản quyền thuộc UBND huyện Quỳ Hợp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
            "Tin liên quan",
            "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn the_plan_is_not_chrome() {
        for line in [
            "KẾ HOẠCH",
            "Thông báo kết quả cho UBND huyện trước ngày 30/6/2024.",
            "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin",
            "Chia sẻ kinh nghiệm giữa các xã về xây dựng nông thôn mới, tổ chức hội nghị chuyên đề tại huyện trong quý III năm 2024 với sự tham gia của các thôn",
            "Thời gian: 19 giờ 30, ngày 17/6/2024",
            "1. Tuyên truyền",
            "Số: 45/KH-UBND",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }
}
