//! Section I: the plan's purpose (mục đích) and requirements (yêu cầu).

use super::layout::Section;
use crate::import::draft::Draft;
use crate::import::lines::Line;
use crate::import::marker::{MarkerKind, marker};
use crate::import::scan::{Folded, fold};

/// Section I: "1. Mục đích: …" and "2. Yêu cầu: …", or a heading that
/// names one of them; text under "MỤC ĐÍCH, YÊU CẦU" before either is the
/// purpose.
pub fn purpose(lines: &[Line], section: &Section, draft: &mut Draft, placed: &mut [bool]) {
    #[derive(PartialEq, Clone, Copy)]
    enum Which {
        Purpose,
        Requirements,
    }
    let heading = fold(&lines[section.heading].text);
    let mut current = if heading.contains("muc dich") && !heading.contains("yeu cau") {
        Some(Which::Purpose)
    } else if heading.contains("yeu cau") && !heading.contains("muc dich") {
        Some(Which::Requirements)
    } else {
        None
    };
    let mut purpose: Vec<String> = Vec::new();
    let mut requirements: Vec<String> = Vec::new();
    for i in section.body.clone() {
        let text = &lines[i].text;
        let m = marker(text);
        if let Some(m) = &m
            && matches!(
                m.kind,
                MarkerKind::Arabic | MarkerKind::Letter | MarkerKind::Decimal(_)
            )
        {
            let f = Folded::new(&m.rest);
            let which = if f.word_at(0, "muc dich") {
                Some((Which::Purpose, "muc dich".len()))
            } else if f.word_at(0, "yeu cau") {
                Some((Which::Requirements, "yeu cau".len()))
            } else {
                None
            };
            if let Some((w, len)) = which {
                current = Some(w);
                let rest = f.slice(len, f.len());
                let rest = rest.trim().trim_start_matches(':').trim().to_string();
                if !rest.is_empty() {
                    match w {
                        Which::Purpose => purpose.push(rest),
                        Which::Requirements => requirements.push(rest),
                    }
                }
                placed[i] = true;
                continue;
            }
        }
        match current {
            // "I. MỤC ĐÍCH, YÊU CẦU" written as one paragraph: its purpose.
            Some(Which::Purpose) | None => purpose.push(text.clone()),
            Some(Which::Requirements) => requirements.push(text.clone()),
        }
        placed[i] = true;
    }
    if !purpose.is_empty() {
        draft.purpose = Some(purpose.join("\n"));
    }
    if !requirements.is_empty() {
        draft.requirements = Some(requirements.join("\n"));
    }
}
