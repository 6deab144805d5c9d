//! Values read from labels, on their own lines or inside a task's
//! sentence: "Giao X chủ trì, phối hợp với Y thực hiện; thời gian hoàn
//! thành: Z" and "(Chủ trì: X; Phối hợp: Y)".

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
    /// Some field with a place in a plan was given.
    pub any: bool,
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
            Field::Lead => self.lead.extend(split_units(value)),
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
            Field::Other => {
                if !value.is_empty() {
                    notices.push((
                        line,
                        format!("text not placed: \"{}\"", truncate(value, 60)),
                    ));
                }
            }
        }
        if field != Field::Other {
            self.any = true;
        }
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
        attrs.set(field, &v, line, notices);
        cut = cut.min(start);
    }
    // "Giao X chủ trì, phối hợp với Y thực hiện"
    let mut from = 0;
    while let Some(g) = f.find_word("giao", from) {
        from = g + 1;
        if g >= cut {
            break;
        }
        // "Giao" starts a sentence or clause; "giao thông", "giáo dục" do not.
        let mut b = g;
        while b > 0 && f.orig[b - 1] == ' ' {
            b -= 1;
        }
        if b > 0 && !matches!(f.orig[b - 1], '.' | ';' | ':') {
            continue;
        }
        let mut s = f.skip_spaces(g + 4);
        if f.word_at(s, "cho") {
            s = f.skip_spaces(s + 3);
        }
        let Some(ct) = f.find_word("chu tri", s) else {
            continue;
        };
        if ct >= cut || ct <= s || (s..ct).any(|k| matches!(f.orig[k], '.' | ';')) {
            continue;
        }
        attrs.lead.extend(split_units(&f.slice(s, ct)));
        attrs.any = true;
        let mut rest = ct + "chu tri".len();
        rest = f.skip_spaces(rest);
        if f.fold.get(rest) == Some(&',') {
            rest = f.skip_spaces(rest + 1);
        }
        if f.word_at(rest, "phoi hop voi") {
            let p = rest + "phoi hop voi".len();
            let mut end = cut;
            for stop in ["thuc hien", "trien khai", "to chuc"] {
                if let Some(e) = f.find_word(stop, p)
                    && e < end
                {
                    end = e;
                }
            }
            if let Some(e) = (p..end).find(|&i| matches!(f.orig[i], ';' | '.')) {
                end = e;
            }
            attrs.partners.extend(split_units(&f.slice(p, end)));
        }
        cut = cut.min(g);
        break;
    }
    let title = f.slice(0, cut);
    let title = title.trim();
    let title = if cut < f.len() {
        trim_end_chars(title, &[';', ',', '(', '-', ':']).to_string()
    } else {
        title.to_string()
    };
    (title, attrs)
}
