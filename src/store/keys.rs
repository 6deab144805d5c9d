//! The keys of the tables a plan file holds, each defined once: the enum
//! edits name them by, and the list the reader checks a table against, in
//! the order a person writes them (an edit puts a new key after the keys
//! before it in that order).

/// An enum of keys and the list of their spellings, from one table.
macro_rules! file_keys {
    ($(#[$doc:meta])* $name:ident, $names:ident: $($variant:ident => $text:literal),+ $(,)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every key, in the order they are written.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key as the file spells it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The keys written before this one.
            pub fn before(self) -> &'static [&'static str] {
                let at = Self::ALL.iter().position(|k| *k == self).unwrap_or(0);
                &$names[..at]
            }
        }

        /// The keys spelt as in the file, in the order they are written.
        pub const $names: &[&str] = &[$($text),+];
    };
}

file_keys! {
    /// A key of a `[[task]]` table.
    TaskKey, TASK_KEYS:
    Id => "id",
    Group => "group",
    Title => "title",
    Lead => "lead",
    Partners => "partners",
    Window => "window",
    Condition => "condition",
    Status => "status",
    Done => "done",
    MilestonesDone => "milestones_done",
    Note => "note",
    Review => "review",
    Reports => "reports",
}

file_keys! {
    /// A key of a unit's table under `[units]`.
    UnitKey, UNIT_KEYS:
    Name => "name",
    Aliases => "aliases",
    Members => "members",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_comes_after_the_keys_before_it() {
        assert_eq!(TaskKey::Id.before(), &[] as &[&str]);
        assert_eq!(TaskKey::Status.before().last(), Some(&"condition"));
        assert_eq!(TASK_KEYS.len(), TaskKey::ALL.len());
        for (key, name) in TaskKey::ALL.iter().zip(TASK_KEYS) {
            assert_eq!(key.as_str(), *name);
        }
        assert_eq!(UnitKey::Aliases.before(), &["name"]);
    }
}
