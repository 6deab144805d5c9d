//! Where a list of units ends: the verb a sentence goes on with after the
//! last unit ("Các đơn vị có liên quan xây dựng kế hoạch …", "Công an
//! huyện thực hiện …") is not part of its name.

use crate::import::scan::Folded;

/// Verbs (folded) that follow a list of units and start what they do.
const VERBS: &[&str] = &[
    "xay dung",
    "thuc hien",
    "trien khai",
    "to chuc",
    "tham muu",
    "bao cao",
    "tong hop",
    "kiem tra",
    "huong dan",
    "tuyen truyen",
    "ra soat",
    "theo doi",
    "don doc",
    "chuan bi",
    "tham gia",
    "de xuat",
    "giam sat",
    "cung cap",
    "bo tri",
    "dam bao",
    "ho tro",
    "van dong",
    "chi dao",
    "chiu trach nhiem",
    "co trach nhiem",
    "tiep tuc",
    "phoi hop",
    "chu tri",
    "tien hanh",
    "lap danh sach",
    "gui",
    "can cu",
];

/// Words after which a verb is part of the name: "các tổ chức", "Ban tổ
/// chức", "đầu tư xây dựng", "Ban chỉ đạo", "Hội đồng phối hợp".
const BEFORE_IN_NAME: &[&str] = &[
    "cac", "ban", "phong", "tu", "nhung", "to", "hoi", "doi", "dao", "cuoc", "dong",
];

/// The level a name ends on, as written ("UBND các xã, thị trấn").
const LOCALITIES: &[&str] = &["huyện", "xã", "tỉnh", "trấn", "phố", "phường"];
/// Words that may follow a locality inside a name ("xã hội", "xã và thị
/// trấn", "huyện cấp").
const AFTER_LOCALITY: &[&str] = &[
    "va", "voi", "cung", "thi", "cap", "hoac", "hoi", "thanh", "thuoc", "tren", "trong", "co",
    "ven", "vung", "khu", "noi", "giap", "dac", "duoc", "da", "lien",
];

/// Bodies whose name goes on with what they do: "đoàn kiểm tra", "Ban
/// Quản lý xây dựng nông thôn mới", "Ban Chỉ đạo thực hiện …".
const BODIES: &[&str] = &["ban quan ly", "ban chi dao", "ban to chuc", "to cong tac"];

/// Whether the words ending at the word starting at `word_start` name a
/// body whose name a verb goes on: "đoàn" not after a locality ("Các đoàn
/// kiểm tra", not "Huyện đoàn tổ chức"), or one of [`BODIES`].
fn names_a_body(f: &Folded, word_start: usize) -> bool {
    let before: String = f.fold[..word_start].iter().collect();
    let before = before.trim_end();
    let last: String = f.fold[word_start..]
        .iter()
        .take_while(|c| **c != ' ')
        .collect();
    if last == "doan" {
        let previous = before.rsplit(' ').next().unwrap_or("");
        return !matches!(previous, "huyen" | "tinh" | "xa" | "thanh" | "quan");
    }
    let through: String = f.fold[..word_start + last.chars().count()].iter().collect();
    BODIES
        .iter()
        .any(|b| through == *b || through.ends_with(&format!(" {b}")))
}

/// Whether a verb a list of units goes on with stands at `at`.
pub fn verb_at(f: &Folded, at: usize) -> bool {
    VERBS.iter().any(|v| f.word_at(at, v))
}

/// `name` cut before the first verb written in lower case that follows at
/// least one word of it, or before a lower-case word after the locality
/// that ends a name ("UBND các xã, thị trấn ra quân …"); the name itself
/// when there is none.
pub fn until_verb(name: &str) -> &str {
    let f = Folded::new(name);
    // A body named after its work ("Ban Chỉ đạo thực hiện Chương trình
    // … xây dựng nông thôn mới …") keeps its verbs; the locality still
    // ends it.
    let body = BODIES.iter().any(|b| f.word_at(0, b));
    let mut at = 0;
    while let Some(space) = (at..f.len()).find(|&i| f.orig[i] == ' ') {
        let start = space + 1;
        at = start;
        if !f.orig.get(start).is_some_and(|c| c.is_lowercase()) {
            continue;
        }
        let word_start = (0..space)
            .rev()
            .find(|&k| f.orig[k] == ' ')
            .map_or(0, |k| k + 1);
        let last: String = f.fold[word_start..space].iter().collect();
        let last = last.as_str();
        let written_last: String = f.orig[word_start..space].iter().collect();
        let written_last = written_last.as_str();
        // "Hợp tác xã dịch vụ …" is one name.
        let before_last: String = f.fold[word_start.saturating_sub(4)..word_start]
            .iter()
            .collect();
        let cooperative = written_last == "xã" && before_last.ends_with("tac ");
        let after_locality = LOCALITIES.contains(&written_last)
            && !cooperative
            && word_start > 0
            && !AFTER_LOCALITY.iter().any(|w| f.word_at(start, w));
        if !after_locality && !VERBS.iter().any(|v| f.word_at(start, v)) {
            continue;
        }
        if !after_locality
            && (body || BEFORE_IN_NAME.contains(&last) || names_a_body(&f, word_start))
        {
            continue;
        }
        let byte = name
            .char_indices()
            .nth(space)
            .map_or(name.len(), |(b, _)| b);
        return name[..byte].trim_end();
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_named_after_its_work_keeps_its_verbs_up_to_its_locality() {
        let name = "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Như Xuân";
        assert_eq!(until_verb(name), name);
        assert_eq!(
            until_verb("Ban Chỉ đạo phòng chống thiên tai huyện tổ chức thực hiện"),
            "Ban Chỉ đạo phòng chống thiên tai huyện"
        );
    }

    #[test]
    fn a_unit_list_stops_before_the_verb_after_it() {
        assert_eq!(
            until_verb("Các đơn vị có liên quan xây dựng kế hoạch"),
            "Các đơn vị có liên quan"
        );
        assert_eq!(until_verb("Công an huyện thực hiện"), "Công an huyện");
        assert_eq!(until_verb("UBND các xã triển khai"), "UBND các xã");
        assert_eq!(until_verb("Huyện đoàn tổ chức ra quân"), "Huyện đoàn");
        assert_eq!(until_verb("Phòng Nội vụ tham mưu"), "Phòng Nội vụ");
        assert_eq!(
            until_verb("Các phòng chuyên môn báo cáo kết quả"),
            "Các phòng chuyên môn"
        );
        assert_eq!(
            until_verb("UBND các xã, thị trấn ra quân làm sạch"),
            "UBND các xã, thị trấn"
        );
        assert_eq!(
            until_verb("Ban Quản lý xây dựng nông thôn mới xã chủ trì"),
            "Ban Quản lý xây dựng nông thôn mới xã"
        );
        assert_eq!(
            until_verb("Các đoàn kiểm tra tổng hợp kết quả"),
            "Các đoàn kiểm tra"
        );
        assert_eq!(until_verb("Tỉnh đoàn chỉ đạo"), "Tỉnh đoàn");
    }

    #[test]
    fn verbs_inside_names_stay() {
        for name in [
            "Ban Tổ chức Hội xuân",
            "Ủy ban MTTQ và các tổ chức chính trị - xã hội",
            "Ban quản lý dự án đầu tư xây dựng huyện",
            "Ban tổ chức",
            "Phòng Văn hóa và Thông tin",
            "Ban Chỉ đạo thực hiện Cuộc vận động",
            "Sở Xây dựng",
            "Phòng Lao động - Thương binh và Xã hội",
            "Các tổ chức chính trị - xã hội",
            "Đội thanh niên tình nguyện",
            "UBND xã và thị trấn",
            "Hợp tác xã dịch vụ nông nghiệp Đồng Tiến",
            "UBND các xã thuộc diện sắp xếp",
            "Các đoàn kiểm tra",
            "Đoàn kiểm tra liên ngành",
            "Ban Quản lý xây dựng nông thôn mới xã",
            "Ban quản lý thực hiện dự án",
            "Tổ công tác",
        ] {
            assert_eq!(until_verb(name), name);
        }
    }
}
