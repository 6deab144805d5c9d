//! Each unit's own progress on a task: `reports.<unit> = { on = …, note =
//! … }` lines in the task's block. A task given to a group ("Ủy ban nhân
//! dân các xã, thị trấn") is owed a report by each member; the task's own
//! status stays the lead's.

use chrono::NaiveDate;

use super::{Plan, Task};

/// One unit's report on a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitReport {
    /// The unit's id.
    pub unit: String,
    /// The day the unit reported.
    pub on: NaiveDate,
    pub note: Option<String>,
    /// The 1-based line of the entry.
    pub line: usize,
}

/// How far the members of a task's groups have reported, as of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporting<'p> {
    /// The members who owe a report, in the order the groups list them.
    pub expected: Vec<&'p str>,
    /// Those of them who had reported as of the day.
    pub reported: Vec<&'p str>,
}

impl<'p> Reporting<'p> {
    /// The members who had not reported.
    pub fn missing(&self) -> impl Iterator<Item = &'p str> + '_ {
        self.expected
            .iter()
            .copied()
            .filter(|id| !self.reported.contains(id))
    }
}

impl Task {
    /// The report unit `id` made on this task, when it made one.
    pub fn report_of(&self, id: &str) -> Option<&UnitReport> {
        self.reports.iter().find(|r| r.unit == id)
    }

    /// The reports made by `day`: those dated on it or before.
    pub fn reports_on(&self, day: NaiveDate) -> impl Iterator<Item = &UnitReport> {
        self.reports.iter().filter(move |r| r.on <= day)
    }
}

impl Plan {
    /// The members who owe `task` a report: every member of each group
    /// that leads the task or is a partner in it (a member that is a
    /// group itself stands for its own members), each once.
    pub fn expected_reporters<'p>(&'p self, task: &'p Task) -> Vec<&'p str> {
        let mut out: Vec<&'p str> = Vec::new();
        let mut seen_groups: Vec<&'p str> = Vec::new();
        let mut pending: Vec<&'p str> = task
            .lead
            .iter()
            .chain(task.partners.iter())
            .map(String::as_str)
            .rev()
            .collect();
        while let Some(id) = pending.pop() {
            let Some(unit) = self.units.get(id) else {
                continue;
            };
            let Some(members) = &unit.members else {
                continue;
            };
            if seen_groups.contains(&unit.id.as_str()) {
                continue;
            }
            seen_groups.push(unit.id.as_str());
            for member in members.iter().rev() {
                let is_group = self.units.get(member).is_some_and(|m| m.members.is_some());
                if is_group {
                    pending.push(member.as_str());
                }
            }
            for member in members {
                let is_group = self.units.get(member).is_some_and(|m| m.members.is_some());
                if !is_group && !out.contains(&member.as_str()) {
                    out.push(member.as_str());
                }
            }
        }
        out
    }

    /// The units that may report on `task`: the members who owe it a
    /// report, and its lead and partner units that are not groups.
    pub fn may_report<'p>(&'p self, task: &'p Task) -> Vec<&'p str> {
        let mut out = self.expected_reporters(task);
        for id in task.lead.iter().chain(task.partners.iter()) {
            let group = self.units.get(id).is_some_and(|u| u.members.is_some());
            if !group && !out.contains(&id.as_str()) {
                out.push(id.as_str());
            }
        }
        out
    }

    /// How far the members of `task`'s groups had reported as of `day`;
    /// `None` for a task no group with members is given.
    pub fn reporting<'p>(&'p self, task: &'p Task, day: NaiveDate) -> Option<Reporting<'p>> {
        let expected = self.expected_reporters(task);
        if expected.is_empty() {
            return None;
        }
        let reported = expected
            .iter()
            .copied()
            .filter(|id| task.report_of(id).is_some_and(|r| r.on <= day))
            .collect();
        Some(Reporting { expected, reported })
    }

    /// Whether the plan follows its units' own reports: some task records
    /// one. A plan that records none reads as it did before reports were
    /// kept, with no "reported 0/3" on every task of a group.
    pub fn follows_reports(&self) -> bool {
        *self
            .follows_reports
            .get_or_init(|| self.tasks.iter().any(|t| !t.reports.is_empty()))
    }

    /// [`Plan::reporting`], in a plan that follows its units' reports: what
    /// the outputs show.
    pub fn shown_reporting<'p>(&'p self, task: &'p Task, day: NaiveDate) -> Option<Reporting<'p>> {
        if !self.follows_reports() {
            return None;
        }
        self.reporting(task, day)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;

    fn plan(task: &str) -> super::Plan {
        let text = format!(
            "format = 1\n[plan]\nid = \"p\"\ntitle = \"T\"\n\
             [units.h]\nname = \"Huyện\"\n\
             [units.a]\nname = \"Xã A\"\n[units.b]\nname = \"Xã B\"\n[units.c]\nname = \"Xã C\"\n\
             [units.xa]\nname = \"Các xã\"\nmembers = [\"a\", \"b\", \"tt\"]\n\
             [units.tt]\nname = \"Các thị trấn\"\nmembers = [\"c\"]\n\
             [[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"h\"]\npartners = [\"xa\"]\n\
             window = \"Tháng 6/2020\"\n{task}"
        );
        let (plan, d) = crate::store::parse_str(Path::new("p.toml"), &text);
        assert!(d.is_empty(), "{d:?}");
        plan.unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, m, d).unwrap()
    }

    #[test]
    fn members_of_a_group_owe_a_report_and_count_from_their_day() {
        let plan = plan(
            "reports.a = { on = 2020-06-10 }\nreports.c = { on = 2020-06-20, note = \"Đã gửi\" }\n",
        );
        let task = &plan.tasks[0];
        assert_eq!(plan.expected_reporters(task), ["a", "b", "c"]);
        let june_15 = plan.reporting(task, day(6, 15)).unwrap();
        assert_eq!(june_15.reported, ["a"]);
        assert_eq!(june_15.missing().collect::<Vec<_>>(), ["b", "c"]);
        let june_30 = plan.reporting(task, day(6, 30)).unwrap();
        assert_eq!(june_30.reported, ["a", "c"]);
        assert_eq!(task.report_of("c").unwrap().note.as_deref(), Some("Đã gửi"));
        assert_eq!(plan.may_report(task), ["a", "b", "c", "h"]);
    }

    #[test]
    fn a_task_of_no_group_with_members_has_no_reporting() {
        let mut plan = plan("");
        plan.tasks[0].partners = Vec::new().into();
        assert_eq!(plan.reporting(&plan.tasks[0], day(6, 30)), None);
        assert_eq!(plan.may_report(&plan.tasks[0]), ["h"]);
    }
}
