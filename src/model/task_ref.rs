//! How a command names a task: `ID`, or `PLAN:ID` when several plans are
//! loaded. Every command that takes a task reads the reference here.

/// A task reference as typed: the task id and, when given, the plan id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskRef<'a> {
    pub plan: Option<&'a str>,
    pub task: &'a str,
}

impl<'a> TaskRef<'a> {
    /// Read `ID` or `PLAN:ID`. Task ids hold no `:`, so the last one
    /// separates the plan id (which may hold one) from the task id.
    pub fn parse(text: &'a str) -> Self {
        match text.rsplit_once(':') {
            Some((plan, task)) => TaskRef {
                plan: Some(plan),
                task,
            },
            None => TaskRef {
                plan: None,
                task: text,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_id_names_no_plan() {
        assert_eq!(
            TaskRef::parse("2.1"),
            TaskRef {
                plan: None,
                task: "2.1"
            }
        );
    }

    #[test]
    fn the_last_colon_separates_plan_and_task() {
        assert_eq!(
            TaskRef::parse("kh:123:4"),
            TaskRef {
                plan: Some("kh:123"),
                task: "4"
            }
        );
    }
}
