//! Review marks: the fields of a task, or of a plan's head, that a person
//! should check against the document. `plan import` writes them
//! (`review = ["window", "lead"]`) for what it kept as written but could
//! not read for sure; `plan check` shows each as a warning, `plan list
//! --review` lists the tasks that carry one, and an edit that sets the
//! field clears its mark.

use std::fmt;

/// A field a review mark can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Lead,
    Partners,
    Window,
    Period,
}

impl Field {
    /// Every field, in the order marks are written.
    pub const ALL: [Field; 5] = [
        Field::Title,
        Field::Lead,
        Field::Partners,
        Field::Window,
        Field::Period,
    ];

    /// The fields a task's marks may name.
    pub const TASK: &'static [Field] = &[Field::Title, Field::Lead, Field::Partners, Field::Window];

    /// The fields the plan head's marks may name.
    pub const HEAD: &'static [Field] = &[Field::Title, Field::Period];

    /// The field's key in the file.
    pub const fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Lead => "lead",
            Field::Partners => "partners",
            Field::Window => "window",
            Field::Period => "period",
        }
    }

    /// The field a mark names, spelt as in the file.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The set of fields marked for review; empty for a plan written by hand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Review(u8);

impl Review {
    pub fn has(self, field: Field) -> bool {
        self.0 & field.bit() != 0
    }

    pub fn insert(&mut self, field: Field) {
        self.0 |= field.bit();
    }

    pub fn remove(&mut self, field: Field) {
        self.0 &= !field.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The marked fields, in the order they are written.
    pub fn fields(self) -> impl Iterator<Item = Field> {
        Field::ALL.into_iter().filter(move |f| self.has(*f))
    }
}

impl FromIterator<Field> for Review {
    fn from_iter<I: IntoIterator<Item = Field>>(fields: I) -> Self {
        let mut review = Review::default();
        for field in fields {
            review.insert(field);
        }
        review
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_a_set_in_file_order() {
        let mut review: Review = [Field::Window, Field::Lead, Field::Window]
            .into_iter()
            .collect();
        assert!(review.has(Field::Lead) && review.has(Field::Window));
        assert!(!review.has(Field::Title));
        assert_eq!(
            review.fields().collect::<Vec<_>>(),
            [Field::Lead, Field::Window]
        );
        review.remove(Field::Lead);
        review.remove(Field::Window);
        assert!(review.is_empty());
    }

    #[test]
    fn names_round_trip() {
        for field in Field::ALL {
            assert_eq!(Field::from_name(field.as_str()), Some(field));
        }
        assert_eq!(Field::from_name("Window"), None);
    }
}
