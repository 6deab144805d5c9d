//! Where each part of a plan document lies: the "KẾ HOẠCH" title, the
//! header above it, the basis, the Roman-numbered sections and what each
//! holds, the closing request and the tail from Nơi nhận on.

use std::ops::Range;

use super::basis::{is_basis_line, is_formula};
use super::closing::starts_closing;
use crate::import::labels::{Field, label_at};
use crate::import::lines::Line;
use crate::import::marker::{MarkerKind, is_roman, marker};
use crate::import::scan::{Folded, fold};
use crate::text::is_all_caps;

/// What a Roman-numbered section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Purpose,
    Tasks,
    Responsibilities,
    Other,
}

/// A Roman-numbered section: its heading's index and its body's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: Kind,
    pub heading: usize,
    pub body: Range<usize>,
}

/// Where each part of the document lies, as indexes into its lines.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The "KẾ HOẠCH" line.
    pub title: Option<usize>,
    /// Lines before the title.
    pub header: Range<usize>,
    /// Between the title and section I: basis.
    pub preamble: Range<usize>,
    pub sections: Vec<Section>,
    /// The closing request's lines.
    pub closing: Range<usize>,
    /// From Nơi nhận (or the signer) to the end.
    pub tail: Range<usize>,
}

fn kind_of(heading: &str) -> Kind {
    let f = Folded::new(heading);
    let has = |w: &str| f.find_word(w, 0).is_some();
    if has("muc dich") || has("yeu cau") || has("muc tieu") {
        Kind::Purpose
    } else if has("to chuc thuc hien")
        || has("trach nhiem")
        || (has("phan cong") && !has("noi dung"))
    {
        Kind::Responsibilities
    } else if has("noi dung")
        || has("nhiem vu")
        || has("giai phap")
        || has("hoat dong")
        || has("chuong trinh")
        || has("cong viec")
    {
        Kind::Tasks
    } else {
        Kind::Other
    }
}

fn is_title_line(text: &str) -> bool {
    let f = Folded::new(text);
    f.word_at(0, "ke hoach") && is_all_caps(&text.chars().take(8).collect::<String>())
}

/// "Kế hoạch tổ chức Lễ hội …" as a portal's headline: the title, when the
/// document has no "KẾ HOẠCH" line.
fn is_headline(text: &str) -> bool {
    let f = Folded::new(text);
    f.word_at(0, "ke hoach")
        && text.chars().count() <= MAX_HEADLINE_CHARS
        && !is_basis_line(text)
        && !is_formula(text)
        && !text.trim_end().ends_with(':')
}

/// Longest headline read as the title.
const MAX_HEADLINE_CHARS: usize = 300;
/// How far into the document a headline may stand.
const HEADLINE_LINES: usize = 12;

fn is_signer_line(text: &str) -> bool {
    let f = fold(text);
    ["kt.", "tm.", "tl.", "tuq.", "q."]
        .iter()
        .any(|p| f.starts_with(p))
        && is_all_caps(text)
}

/// Find the parts of the document.
pub fn layout(lines: &[Line]) -> Layout {
    let n = lines.len();
    let title = lines
        .iter()
        .take(n.div_ceil(2).max(1) + 10)
        .position(|l| is_title_line(&l.text))
        .or_else(|| {
            lines
                .iter()
                .take(HEADLINE_LINES)
                .position(|l| is_headline(&l.text))
        });
    let after_title = title.map_or(0, |t| t + 1);
    let tail_start = lines
        .iter()
        .rposition(|l| fold(&l.text).starts_with("noi nhan"))
        .or_else(|| {
            lines
                .iter()
                .enumerate()
                .skip(after_title)
                .rev()
                .find(|(_, l)| is_signer_line(&l.text))
                .map(|(i, _)| i)
        })
        .map(|t| {
            // "KT. CHỦ TỊCH" laid out beside, so above, "Nơi nhận:".
            if t > after_title && is_signer_line(&lines[t - 1].text) {
                t - 1
            } else {
                t
            }
        })
        .unwrap_or(n)
        .max(after_title);
    // A Roman-numbered line heads a section when it is written in capitals
    // or names a known section; "I. Phát triển chính quyền số" inside the
    // tasks is a group heading.
    let headings: Vec<usize> = (after_title..tail_start)
        .filter(|&i| {
            marker(&lines[i].text).is_some_and(|m| {
                m.kind == MarkerKind::Roman
                    && (is_all_caps(&m.rest) || kind_of(&m.rest) != Kind::Other)
            })
        })
        .collect();
    let mut sections: Vec<Section> = headings
        .iter()
        .enumerate()
        .map(|(k, &h)| {
            let body = h + 1..headings.get(k + 1).copied().unwrap_or(tail_start);
            let kind = match kind_of(&lines[h].text) {
                Kind::Tasks => Kind::Tasks,
                _ if holds_tasks(&lines[body.clone()]) => Kind::Tasks,
                kind => kind,
            };
            Section {
                kind,
                heading: h,
                body,
            }
        })
        .collect();
    let first_section = headings.first().copied().unwrap_or(tail_start);
    let mut preamble = after_title..first_section;
    if sections.is_empty() {
        // No Roman headings: after the basis come the tasks.
        let last_basis = (preamble.clone())
            .filter(|&i| is_basis_line(&lines[i].text) || is_formula(&lines[i].text))
            .max();
        let start = last_basis.map_or(after_title, |b| b + 1);
        if start < tail_start {
            preamble = after_title..start;
            sections.push(Section {
                kind: Kind::Tasks,
                heading: usize::MAX,
                body: start..tail_start,
            });
        }
    }
    // The closing request ends the last section.
    let mut closing = tail_start..tail_start;
    if let Some(last) = sections.last_mut() {
        let body = last.body.clone();
        let ends_request = lines[body.clone()]
            .last()
            .is_some_and(|l| l.text.trim_end().ends_with("/."));
        let start = body.clone().find(|&i| {
            let l = &lines[i];
            (l.blank_before || ends_request)
                && marker(&l.text).is_none()
                && starts_closing(&l.text)
                && (i + 1..body.end).all(|j| marker(&lines[j].text).is_none() && !lines[j].is_row())
        });
        if let Some(s) = start {
            closing = s..body.end;
            last.body = body.start..s;
        }
    }
    // An appendix after the signer ("PHỤ LỤC …") holds tasks of its own.
    let appendix = (tail_start..n).find(|&i| is_appendix_line(&lines[i].text));
    if let Some(a) = appendix {
        sections.push(Section {
            kind: Kind::Tasks,
            heading: a,
            body: a + 1..n,
        });
    }
    Layout {
        title,
        header: 0..title.unwrap_or(0),
        preamble,
        sections,
        closing,
        tail: tail_start..appendix.unwrap_or(n),
    }
}

/// Whether a section's lines hold tasks whatever its heading says ("II.
/// NHIỆM VỤ VÀ PHÂN CÔNG"): a table headed STT … Chủ trì, or a numbered
/// line followed by a line opening with a lead label ("Chủ trì: …").
fn holds_tasks(body: &[Line]) -> bool {
    let table = body.iter().any(|l| {
        l.is_row() && {
            let cells: Vec<String> = l.raw.split(['\t', '|']).map(|c| fold(c.trim())).collect();
            cells.iter().any(|c| matches!(c.as_str(), "stt" | "tt"))
                && cells
                    .iter()
                    .any(|c| Folded::new(c).find_word("chu tri", 0).is_some())
        }
    });
    let numbered = body
        .iter()
        .position(|l| marker(&l.text).is_some())
        .is_some_and(|first| {
            body[first + 1..].iter().any(|l| {
                label_at(&Folded::new(&l.text), 0).is_some_and(|(field, _)| field == Field::Lead)
            })
        });
    table || numbered
}

/// "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục: …": an appendix starts.
/// "Phụ lục", "Phụ lục I", "Phụ lục 2." in mixed case on a line of their
/// own (or before a colon) too, and "DANH MỤC NHIỆM VỤ" with no "Phụ lục".
fn is_appendix_line(text: &str) -> bool {
    let text = text.trim();
    let f = Folded::new(text);
    if f.word_at(0, "phu luc") {
        if is_all_caps(&text.chars().take(7).collect::<String>()) {
            return true;
        }
        let rest: String = text.chars().skip(7).collect();
        let rest = rest.trim_start();
        let first = rest.split_whitespace().next().unwrap_or("");
        let number = first.trim_end_matches(['.', ':', ')']);
        return rest.is_empty()
            || rest.starts_with(':')
            || is_roman(number)
            || number.parse::<u32>().is_ok();
    }
    f.word_at(0, "danh muc") && is_all_caps(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::normalise;

    #[test]
    fn a_section_holding_a_task_table_holds_tasks_whatever_its_heading() {
        let lines = normalise(
            "KẾ HOẠCH\nI. MỤC TIÊU\nĐạt tỷ lệ.\nII. NHIỆM VỤ VÀ PHÂN CÔNG\nSTT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n1\tViệc\tPhòng Y tế\t\tTháng 4/2025\nIII. TỔ CHỨC THỰC HIỆN\nPhòng Y tế là cơ quan thường trực.",
        );
        let kinds: Vec<Kind> = layout(&lines).sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Kind::Purpose, Kind::Tasks, Kind::Responsibilities]);
    }

    #[test]
    fn a_section_of_numbered_tasks_with_a_lead_label_holds_tasks() {
        let lines = normalise(
            "KẾ HOẠCH\nII. PHÂN CÔNG NHIỆM VỤ\n1. Rà soát danh sách cử tri.\nChủ trì: Phòng Nội vụ.\nThời gian: Tháng 3/2026.\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng thực hiện.",
        );
        let kinds: Vec<Kind> = layout(&lines).sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Kind::Tasks, Kind::Responsibilities]);
    }

    #[test]
    fn numbered_units_with_their_duties_stay_responsibilities() {
        let lines = normalise(
            "KẾ HOẠCH\nII. NỘI DUNG\n1. Việc.\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Đoàn Thanh niên xã: Tập luyện; thời gian: Từ ngày 04/3 đến 22/3/2024.",
        );
        let kinds: Vec<Kind> = layout(&lines).sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Kind::Tasks, Kind::Responsibilities]);
    }

    #[test]
    fn a_headline_is_the_title_when_no_kế_hoạch_line_is() {
        let lines = normalise(
            "Kế hoạch tổ chức Lễ hội Hoa ban năm 2024\nCăn cứ Quyết định số 1/QĐ-UBND;\nI. MỤC ĐÍCH, YÊU CẦU\nTạo không khí vui tươi.\nII. NỘI DUNG\n1. Lễ khai mạc",
        );
        let l = layout(&lines);
        assert_eq!(l.title, Some(0));
        assert_eq!(l.sections.len(), 2);
    }

    #[test]
    fn an_appendix_after_the_signer_holds_tasks() {
        let lines = normalise(
            "KẾ HOẠCH\nII. NHIỆM VỤ\nNhiệm vụ cụ thể tại Phụ lục kèm theo.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn A\nPHỤ LỤC\nSTT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n1\tViệc\tSở Y tế\t\tQuý II/2024",
        );
        let l = layout(&lines);
        assert_eq!(l.tail, 3..8);
        let last = l.sections.last().unwrap();
        assert_eq!(
            (last.kind, last.heading, last.body.clone()),
            (Kind::Tasks, 8, 9..11)
        );
    }

    #[test]
    fn an_appendix_heading_in_mixed_case_or_a_danh_mục_line_starts_the_appendix() {
        for heading in [
            "Phụ lục: DANH MỤC NHIỆM VỤ",
            "Phụ lục",
            "Phụ lục I",
            "Phụ lục 2.",
            "DANH MỤC NHIỆM VỤ",
            "PHỤ LỤC",
        ] {
            assert!(is_appendix_line(heading), "{heading}");
        }
        for not in [
            "Phụ lục kèm theo Kế hoạch này",
            "Lê Văn Danh",
            "Danh mục tài liệu",
        ] {
            assert!(!is_appendix_line(not), "{not}");
        }
    }

    #[test]
    fn a_signer_line_above_noi_nhan_starts_the_tail() {
        let lines = normalise(
            "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Việc.\nKT. CHỦ TỊCH\nNơi nhận:\nPHÓ CHỦ TỊCH\n- Lưu: VT.\nLò Văn Minh",
        );
        assert_eq!(layout(&lines).tail, 3..8);
    }

    #[test]
    fn the_kế_hoạch_line_is_the_title_before_a_headline() {
        let lines = normalise(
            "Kế hoạch tổ chức Lễ hội Hoa ban năm 2024\nỦY BAN NHÂN DÂN\nKẾ HOẠCH\nTổ chức Lễ hội Hoa ban năm 2024\nII. NỘI DUNG\n1. Lễ khai mạc",
        );
        assert_eq!(layout(&lines).title, Some(2));
    }
}
