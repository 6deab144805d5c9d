//! What an OpenDocument's XML says beyond its text, for the .odt reader:
//! its namespaces, attribute values, and the numbering of its automatic
//! lists. A list's style (`text:list-style`, in content.xml's automatic
//! styles or styles.xml) says how each level is numbered or bulleted;
//! [`Lists`] follows the lists of the body as they open and close and
//! gives the first paragraph of each item its label ("1.", "a)", "-"), as
//! LibreOffice shows it.

use std::collections::HashMap;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::numbering::{Counter, Format, Level, Levels, MAX_LEVELS};

pub const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
pub const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
pub const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
pub const SVG: &str = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

/// The value of attribute `ns`:`name` of `e`.
pub fn attr(reader: &NsReader<&[u8]>, e: &BytesStart<'_>, ns: &str, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| {
            let (bound, local) = reader.resolver().resolve_attribute(a.key);
            local.as_ref() == name && matches!(bound, ResolveResult::Bound(n) if n.0 == ns)
        })
        .map(|a| a.value.into_owned())
}

/// An attribute's value as a count (`text:c`, `table:number-…`), 1 when
/// absent or not a number.
pub fn count(reader: &NsReader<&[u8]>, e: &BytesStart<'_>, ns: &str, name: &str) -> usize {
    attr(reader, e, ns, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// One open `text:list`: the style of the outermost list it is in, and
/// whether its open item has had its label.
struct Open {
    style: String,
    item: bool,
    labelled: bool,
}

/// The list styles of a document and the lists open where the reader is.
#[derive(Default)]
pub struct Lists {
    styles: HashMap<String, Levels>,
    counters: HashMap<String, Counter>,
    open: Vec<Open>,
}

impl Lists {
    /// The list styles defined in each of `parts` (styles.xml, then
    /// content.xml, whose automatic styles come last and win); what cannot
    /// be read numbers nothing.
    pub fn new(parts: &[&str]) -> Self {
        let mut styles = HashMap::new();
        for xml in parts {
            read_styles(xml, &mut styles);
        }
        Lists {
            styles,
            ..Lists::default()
        }
    }

    /// A `text:list` opens: a list of its own, or, when it continues
    /// another (`text:continue-numbering`, `text:continue-list`), counting
    /// on; a list inside an item is the next level of its list.
    pub fn open_list(&mut self, reader: &NsReader<&[u8]>, e: &BytesStart<'_>) {
        let style = match self.open.last() {
            Some(outer) => outer.style.clone(),
            None => {
                let style = attr(reader, e, TEXT, "style-name").unwrap_or_default();
                let continues = attr(reader, e, TEXT, "continue-numbering").as_deref()
                    == Some("true")
                    || attr(reader, e, TEXT, "continue-list").is_some();
                if !continues {
                    self.counters.remove(&style);
                }
                style
            }
        };
        self.open.push(Open {
            style,
            item: false,
            labelled: false,
        });
    }

    pub fn close_list(&mut self) {
        self.open.pop();
    }

    /// A `text:list-item` (`item`) or `text:list-header` opens.
    pub fn open_item(&mut self, item: bool) {
        if let Some(list) = self.open.last_mut() {
            list.item = item;
            list.labelled = false;
        }
    }

    /// The label of a heading at `level` (`text:outline-level`, from 1)
    /// outside any list: its number in the document's outline, if the
    /// outline is numbered.
    pub fn heading(&mut self, level: usize) -> Option<String> {
        if !self.open.is_empty() {
            return self.label();
        }
        let levels = self.styles.get(OUTLINE)?;
        self.counters
            .entry(OUTLINE.into())
            .or_default()
            .next(levels, level.saturating_sub(1))
    }

    /// The label of a paragraph starting now: the number or bullet of
    /// the open item, for its first paragraph only.
    pub fn label(&mut self) -> Option<String> {
        let level = self.open.len().checked_sub(1)?;
        let list = self.open.last_mut()?;
        if !list.item || list.labelled {
            return None;
        }
        list.labelled = true;
        let levels = self.styles.get(&list.style)?;
        self.counters
            .entry(list.style.clone())
            .or_default()
            .next(levels, level)
    }
}

/// The name the document's outline numbering (`text:outline-style`, the
/// numbers of its headings) is kept under among the list styles: no list
/// style can be named so.
const OUTLINE: &str = "\u{0}outline";

/// Every `text:list-style` of `xml`, and its `text:outline-style`, into
/// `styles`.
fn read_styles(xml: &str, styles: &mut HashMap<String, Levels>) {
    let mut reader = NsReader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        let Ok((ns, event)) = reader.read_resolved_event() else {
            return;
        };
        let text_ns = matches!(ns, ResolveResult::Bound(n) if n.0 == TEXT);
        match event {
            Event::Start(e) | Event::Empty(e) if text_ns => {
                let local = e.local_name();
                match local.as_ref() {
                    "list-style" => {
                        let name = attr(&reader, &e, STYLE, "name").unwrap_or_default();
                        styles.insert(name.clone(), Vec::new());
                        current = Some(name);
                    }
                    "outline-style" => {
                        styles.insert(OUTLINE.into(), Vec::new());
                        current = Some(OUTLINE.into());
                    }
                    kind @ ("list-level-style-number"
                    | "outline-level-style"
                    | "list-level-style-bullet"
                    | "list-level-style-image") => {
                        let Some(levels) = current.as_ref().and_then(|n| styles.get_mut(n)) else {
                            continue;
                        };
                        let at = count(&reader, &e, TEXT, "level") - 1;
                        if at >= MAX_LEVELS {
                            continue;
                        }
                        let level = match kind {
                            "list-level-style-number" | "outline-level-style" => {
                                number_level(&reader, &e, at)
                            }
                            _ => Level {
                                format: Format::Bullet,
                                start: 1,
                                text: attr(&reader, &e, TEXT, "bullet-char").unwrap_or_default(),
                            },
                        };
                        if levels.len() <= at {
                            levels.resize(at + 1, None);
                        }
                        levels[at] = Some(level);
                    }
                    _ => {}
                }
            }
            Event::End(e)
                if text_ns && matches!(e.local_name().as_ref(), "list-style" | "outline-style") =>
            {
                current = None
            }
            Event::Eof => return,
            _ => {}
        }
    }
}

/// A numbered level `at` (0-based): its format, first number, and the
/// label's template, `text:display-levels` numbers from the levels above
/// joined by ".", between `style:num-prefix` and `style:num-suffix`.
fn number_level(reader: &NsReader<&[u8]>, e: &BytesStart<'_>, at: usize) -> Level {
    let format = match attr(reader, e, STYLE, "num-format").as_deref() {
        Some("1") => Format::Decimal,
        Some("a") => Format::LowerLetter,
        Some("A") => Format::UpperLetter,
        Some("i") => Format::LowerRoman,
        Some("I") => Format::UpperRoman,
        _ => Format::None,
    };
    let shown = count(reader, e, TEXT, "display-levels").min(at + 1);
    let numbers: Vec<String> = if format == Format::None {
        Vec::new()
    } else {
        (at + 2 - shown..=at + 1).map(|n| format!("%{n}")).collect()
    };
    Level {
        format,
        start: count(reader, e, TEXT, "start-value") as u32,
        text: format!(
            "{}{}{}",
            attr(reader, e, STYLE, "num-prefix").unwrap_or_default(),
            numbers.join("."),
            attr(reader, e, STYLE, "num-suffix").unwrap_or_default()
        ),
    }
}
