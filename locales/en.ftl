# The English catalog of plan's interface. Every key is in vi.ftl too,
# with the same placeholders (a test checks). Sections follow the code.

## i18n: the catalog's own test message
test-count = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}

## shared: the labels of every message (error: …, = hint: …)
label-error = error
label-warning = warning
label-hint = hint
label-expected = expected
label-note = note

## cli: help, usage and clap's errors

## errors: src/error.rs and the import's errors

## diagnostics: problems in plan files (store, diagnostic, window)

## import: notes about documents

## output: tables, states, timeline, calendars, edit confirmations, check
out-col-id = ID
out-col-task = Task
out-col-lead = Lead
out-col-partners = Partners
out-col-window = Window
out-col-status = Status
out-col-overdue = Overdue
out-status-todo = todo
out-status-doing = doing
out-status-done = done
out-status-cancelled = cancelled
out-status-milestones = { $status }, { $closed }/{ $all } done
out-state-done-late = done late
out-state-done = done
out-state-cancelled = cancelled
out-state-overdue = { $days ->
    [one] overdue { $days } day
   *[other] overdue { $days } days
}
out-state-due-today = due today
out-state-due-in = { $days ->
    [one] due in { $days } day
   *[other] due in { $days } days
}
out-state-waiting = waiting
out-state-unscheduled = unscheduled
out-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
out-span-by = by { $day }
out-unread = no dates: not read, marked for review
out-no-dates = no dates: waits on a condition
out-unassigned = (unassigned)
out-condition-line = condition: { $condition }
out-field-lead = lead
out-field-partners = partners
out-field-window = window
out-field-status = status
out-status-overdue = { $status }, overdue { $overdue }
out-show-lead = Lead
out-show-partners = Partners
out-show-group = Group
out-show-window = Window
out-show-condition = Condition
out-show-status = Status
out-show-state = State
out-show-note = Note
out-show-review = Review
out-show-as-of = { $state } (as of { $day })
out-show-milestone = milestone { $number }: { $span }  { $closed }
out-show-done-on = done { $day }
out-show-done = done
out-show-open = open
out-review-title = title
out-review-lead = lead
out-review-partners = partners
out-review-window = window
out-review-period = period
out-units-id = ID
out-units-unit = Unit
out-units-lead = Lead
out-units-partner = Partner
out-units-via = Via group
out-units-also = also: { $names }
out-units-none-listed = none listed
out-units-group-of = group of: { $members }
out-units-member-of = member of: { $groups }
out-timeline-no-window = { $state } (no window)
out-timeline-waits = { $state }: { $window }
out-timeline-legend = █ window  ◆ milestone done  ◇ milestone open  ┃ { $day }
out-ics-lead = Lead
out-ics-partners = Partners
out-ics-window = Window
out-ics-plan = Plan
out-ics-condition = Condition
out-no-match = no tasks match
out-wrote = wrote { $path }
out-dry-run = {" "}(dry run: nothing written)
out-check-ok = ok: { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
}, { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
}
out-check-marks = ; { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
} to review (`plan list --review`)
out-check-failed = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
} in { $bad } of { $files ->
    [one] { $files } plan file
   *[other] { $files } plan files
}
out-check-strict = {" "}(warnings count with --strict)
out-done = task { $id } done on { $day }
out-done-already = task { $id } is already done; nothing changed
out-done-already-on = task { $id } is already done on { $day }; nothing changed
out-done-cancelled = task { $id } is cancelled; nothing changed (`plan reopen { $id }` first to work on it again)
out-done-milestone-closed = task { $id }: milestone { $number } of { $of } is closed already (on { $day }); nothing changed
out-done-same-day = task { $id }: milestone { $number } of { $of } was closed on { $day } already; nothing changed (`--milestone { $next }` closes the next one on the same day)
out-done-milestone = task { $id }: milestone { $number } of { $of } (due { $due }) done on { $day }
out-done-task-done = ; the task is done
out-done-early = {" "}(note: before the milestone starts, { $day })
out-done-before-period = {" "}(note: before the plan's period, { $period })
out-done-after-period = {" "}(note: more than a year after the plan's period, { $period })
out-done-note-replaced = {" "}(note replaced; it was "{ $old }")
out-reopen-already = task { $id } is open already; nothing changed
out-reopen = task { $id } reopened
out-reopen-task-milestone = task { $id } reopened: milestone { $number } of { $of } is open again
out-reopen-milestone = task { $id }: milestone { $number } of { $of } is open again
out-add = task { $id } added
out-assign-same = task { $id }: every unit is assigned so already; nothing changed
out-assign-lead-was-partner = { $unit } leads (was partner)
out-assign-lead = { $unit } leads
out-assign-partner-was-lead = { $unit } is a partner (was lead)
out-assign-partner = { $unit } is a partner
out-assign = task { $id }: { $changes }
out-unassign-none = task { $id }: { $units } not assigned to it; nothing changed
out-unassign = task { $id }: { $units } taken off
out-unassign-no-lead = ; it has no lead unit now
out-set-title = title
out-set-window = window
out-set-note = note
out-set-condition = condition
out-set-status = status
out-set-same = task { $id }: { $field } is so already; nothing changed
out-set-done = task { $id }: { $field } set
out-set-removed = task { $id }: { $field } removed
out-set-condition-replaces = task { $id }: condition set; the window it replaces, "{ $window }", is removed
out-set-window-dropped = ; the task is { $status }, so { $last ->
    [yes] its last closed milestone { $count ->
        [one] day
       *[other] days
    }
   *[no] its closed milestone { $count ->
        [one] day
       *[other] days
    }
} ({ $days }) { $count ->
    [one] is
   *[other] are
} dropped: the new window has { $milestones ->
    [0] no dates
    [one] 1 milestone
   *[other] { $milestones } milestones
}
out-unit-added = unit { $id } added
out-unit-same = unit { $id } has these names already; nothing changed
out-unit-aliases = unit { $id }: { $count ->
    [one] { $count } more alias
   *[other] { $count } more aliases
}
out-report-unit = Unit
out-report-tasks = Tasks
out-report-on-time = On time
out-report-late = Late
out-report-overdue = Overdue
out-report-max-delay = Max delay
out-report-due-soon = Due ≤30d
out-report-not-due = Not due
out-report-waiting = Waiting
out-report-total = Total
out-report-group = {" "}(group)
out-report-days = d
out-report-role-lead = lead
out-report-role-partner = partner
out-report-role-any = lead and partner
out-report-heading = Progress as of { $day }
out-report-period = , tasks of { $period }
out-report-counted = , counted for { $role } units
out-report-on-time-line = Done on time: { $done } of { $total ->
    [one] { $total } task
   *[other] { $total } tasks
} ({ $share }).
out-report-due-soon-note = Due soon means within 30 days.
out-report-overdue-title = Overdue tasks
out-report-none-overdue = No task is overdue.
out-report-overdue-line = { $plan }{ $id }. { $title } — { $lead }; { $window } (due { $due }), overdue { $days ->
    [one] { $days } day
   *[other] { $days } days
}
out-report-rows-sum = The unit rows add up to { $sum } and the total is { $total }
out-report-rows-shared = : a task counts in the row of every unit it concerns, and once in the total.
out-report-rows-none = {" "}Tasks that concern no unit in the table count in the total only ({ $count }).
out-report-unscheduled = Tasks with no dates yet, their window marked for review (`plan list --review`), count in the Tasks column only: { $count }.
out-html-done-on-time = done on time
out-html-done-late = done late
out-html-overdue = overdue
out-html-due-soon = due within 30 days
out-html-not-yet-due = not yet due
out-html-idle = waiting on a condition or cancelled
out-html-chart = Progress of the tasks over time
out-html-unread = no dates yet (marked for review): { $window }
out-html-waits = waiting: { $window }
out-html-number = No. { $number }
out-html-date = dated { $day }
out-html-period = Period: { $period }
out-html-due = due { $day }
out-html-plans = { $count } plans
out-html-title = Progress report — { $heading }
out-html-timeline = Progress over time
out-html-milestone = ◆ milestone (filled when done)
out-html-report-day = ┆ report day
out-unit-ambiguous = unit "{ $query }" is ambiguous:{" "}
out-unit-no-match = no unit matches "{ $query }"
out-unit-closest = ; closest:{" "}
out-doc-committee = PEOPLE'S COMMITTEE
out-doc-number = No. { $number }
out-doc-date = { $place }{ $day }/{ $month }/{ $year }
out-doc-plan = PLAN
out-doc-issuer = The People's Committee
out-doc-basis = Pursuant to { $basis }; { $issuer } issues this plan as follows:
out-doc-purpose-heading = I. PURPOSE AND REQUIREMENTS
out-doc-purpose = 1. Purpose: { $text }
out-doc-requirements = 2. Requirements: { $text }
out-doc-contents = II. CONTENTS
out-doc-lead = Lead unit
out-doc-partners = Partner units
out-doc-window = Time frame
out-doc-implementation = III. IMPLEMENTATION
out-doc-recipients = Recipients:
out-doc-for = FOR
out-doc-on-behalf = ON BEHALF OF

## words: dates, spans and status words

