//! Values read from labels, on their own lines or inside a task's
//! sentence: "Giao X chủ trì, phối hợp với Y thực hiện; thời gian hoàn
//! thành: Z" and "(Chủ trì: X; Phối hợp: Y)".

use super::assign::assignment;
use crate::import::labels::{Field, labels_in};
use crate::import::scan::{Folded, trim_end_chars, truncate};
use crate::import::units::split_units;

/// Values read from labels.
#[derive(Debug, Default, Clone)]
pub struct Attrs {
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    pub window: Option<String>,
    pub window_line: usize,
    /// Details with no field of their own ("Địa điểm: …"), as written.
    pub note: Vec<String>,
    /// Some field with a place in a plan was given.
    pub any: bool,
    /// The fields start the text: nothing but them is written before.
    pub at_start: bool,
}

impl Attrs {
    /// Take the value of one label.
    pub fn set(
        &mut self,
        field: Field,
        value: &str,
        line: usize,
        notices: &mut Vec<(usize, String)>,
    ) {
        let value = value.trim();
        match field {
            // "Đơn vị thực hiện: X chủ trì, phối hợp với Y."
            Field::Lead => match assignment(&Folded::new(value), value.chars().count()) {
                Some(a) if a.start == 0 => {
                    self.lead.extend(a.lead);
                    self.partners.extend(a.partners);
                }
                _ => self.lead.extend(split_units(value)),
            },
            Field::Partners => self.partners.extend(split_units(value)),
            Field::Window => {
                let v = trim_end_chars(value, &['.', ';', ',']).to_string();
                if !v.is_empty() {
                    self.window = Some(match self.window.take() {
                        Some(prev) => format!("{prev} {v}"),
                        None => v,
                    });
                    self.window_line = line;
                }
            }
            // A note's value continued on the next line.
            Field::Note => match self.note.last_mut() {
                Some(last) if !value.is_empty() => {
                    last.push(' ');
                    last.push_str(value);
                }
                _ => {}
            },
            Field::Other => {
                if !value.is_empty() {
                    notices.push((
                        line,
                        crate::t!("imp-not-placed", text = truncate(value, 60)),
                    ));
                }
            }
        }
        if !matches!(field, Field::Other | Field::Note) {
            self.any = true;
        }
    }

    /// Take a labelled detail ("Địa điểm: Sân vận động huyện") as written.
    pub fn add_note(&mut self, text: &str) {
        let text = trim_end_chars(text.trim(), &[';', ',']);
        if !text.is_empty() {
            self.note.push(text.to_string());
        }
    }

    /// Take what another text of the same task gave.
    pub fn merge(&mut self, other: Attrs) {
        self.lead.extend(other.lead);
        self.partners.extend(other.partners);
        if let Some(w) = other.window {
            self.window = Some(match self.window.take() {
                Some(prev) => format!("{prev} {w}"),
                None => w,
            });
            self.window_line = other.window_line;
        }
        self.note.extend(other.note);
        self.any |= other.any;
    }
}

/// Read "Giao X chủ trì, phối hợp với Y thực hiện; thời gian hoàn thành:
/// Z" and "(Chủ trì: X; Phối hợp: Y)" out of a sentence: the title left
/// and the values found.
pub fn inline_labels(
    text: &str,
    line: usize,
    notices: &mut Vec<(usize, String)>,
) -> (String, Attrs) {
    // "… mức độ 2 (Công an huyện chủ trì, Huyện Đoàn phối hợp)."
    if let Some((title, assigned)) = closing_assignment(text) {
        let (title, mut attrs) = inline_labels(&title, line, notices);
        attrs.lead.extend(assigned.lead);
        attrs.partners.extend(assigned.partners);
        attrs.any = true;
        return (title, attrs);
    }
    let f = Folded::new(text);
    let mut attrs = Attrs::default();
    let mut cut = f.len();
    let labels = labels_in(&f);
    // Labelled values: "…; thời gian hoàn thành: Quý II/2022."
    for (k, &(start, field, value)) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map(|l| l.0).unwrap_or(f.len());
        let mut v = f.slice(value, end);
        v = trim_end_chars(&v, &[';', ',', '(', '-', '.']).to_string();
        if v.ends_with(')') && !v.contains('(') {
            v.pop();
            v = trim_end_chars(&v, &[';', ',', '.']).to_string();
        }
        if field == Field::Note {
            attrs.add_note(&format!("{}{v}", f.slice(start, value)));
        } else {
            attrs.set(field, &v, line, notices);
        }
        cut = cut.min(start);
    }
    let mut rest_title = None;
    // "Giao X chủ trì, phối hợp với Y thực hiện", "X chủ trì, …", "… do X chủ trì"
    if let Some(a) = assignment(&f, cut) {
        attrs.lead.extend(a.lead);
        attrs.partners.extend(a.partners);
        attrs.any = true;
        cut = cut.min(a.start);
        rest_title = a.rest;
    }
    attrs.at_start = attrs.any && f.slice(0, cut).trim().is_empty();
    let title = f.slice(0, cut);
    let title = title.trim();
    let title = if cut < f.len() {
        trim_end_chars(title, &[';', ',', '(', '-', ':']).to_string()
    } else {
        title.to_string()
    };
    if title.is_empty()
        && let Some(rest) = rest_title
    {
        return (rest, attrs);
    }
    (title, attrs)
}

/// A parenthesis ending the text that holds nothing but an assignment
/// ("(Công an huyện chủ trì, Huyện Đoàn phối hợp)"): the text without it
/// (its final "." kept) and the units it names.
fn closing_assignment(text: &str) -> Option<(String, super::assign::Assignment)> {
    let trimmed = text.trim_end();
    let body = trimmed.strip_suffix('.').unwrap_or(trimmed);
    let inner_end = body.strip_suffix(')')?;
    let open = inner_end.rfind('(')?;
    let inner = &inner_end[open + 1..];
    if inner.contains(['(', ')']) {
        return None;
    }
    let f = Folded::new(inner);
    let a = assignment(&f, f.len()).filter(|a| a.start == 0 && !a.lead.is_empty())?;
    let before = inner_end[..open].trim_end();
    let title = format!("{before}{}", &trimmed[body.len()..]);
    Some((title, a))
}
