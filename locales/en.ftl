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

## tools: completions and manual pages
tools-manual-written = wrote { $count ->
    [one] 1 manual page
   *[other] { $count } manual pages
} into { $dir }
tools-man-name = name
tools-man-synopsis = synopsis
tools-man-description = description
tools-man-options = options
tools-man-commands = commands
tools-man-command = command
tools-man-version = version
tools-man-authors = authors
tools-man-extra = extra
tools-man-default = default
tools-man-possible = Possible values

## cli: help, usage and clap's errors

## errors: src/error.rs and the import's errors

## diagnostics: problems in plan files (store, diagnostic, window)

## import: notes about documents
# The notes of an import, at their document line (`DOC:LINE: note: …`).
imp-no-year = no year found for the plan's period; marked for review
imp-no-title = no title found; "{ $title }" (from the file name) marked for review
imp-not-placed = text not placed: "{ $text }"
imp-label-outside-task = label outside a task: "{ $text }"
imp-window-unread = task { $id }: window "{ $window }" kept as written, marked for review: { $reason }
imp-no-lead = task { $id }: no lead unit, marked for review
imp-no-window = task { $id }: no time window, marked for review
imp-column-not-imported = table column "{ $column }" not imported
imp-responsibility-no-unit = section III item names no unit: "{ $heading }"
imp-basis-no-document = basis names no document: "{ $text }"
imp-task-no-title = task { $id }: no title, marked for review
imp-id-not-taken = task numbered "{ $written }": not an id a plan takes; written as task { $id }
imp-id-repeated = a second task numbered { $first }: written as task { $id }
# A problem of the draft `plan check` found, in the task it is in.
imp-in-task = task { $id }: { $message }
# The summary line on stderr.
imp-imported = imported { $tasks ->
    [one] 1 task
   *[other] { $tasks } tasks
}, { $units ->
    [one] 1 unit
   *[other] { $units } units
} from { $doc }
imp-imported-into = imported { $tasks ->
    [one] 1 task
   *[other] { $tasks } tasks
}, { $units ->
    [one] 1 unit
   *[other] { $units } units
} from { $doc } into { $output }
imp-lines-to-look = { $count ->
    [one] 1 line needs
   *[other] { $count } lines need
} a look (above)
imp-marks-to-review = { $count ->
    [one] 1 mark
   *[other] { $count } marks
} to review (`plan list --review`, `plan check`)
# The first line of the plan file an import writes (a TOML comment).
imp-draft-comment = # Imported from { $source } by `plan import`.
# What went wrong running pdftotext.
imp-pdf-no-pipes = no pipes to pdftotext
imp-pdf-output-unread = reading pdftotext's output failed
imp-pdf-exit-code = exit status: { $code }
imp-pdf-killed = stopped by a signal

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

word-delimiter-invalid = "{ $text }" is not a delimiter; expected one character such as , or ;
word-month-invalid = "{ $text }" is not a month; expected e.g. 06/2020 or 2020-06
word-day-invalid = "{ $text }" is not a day{ $why }; expected dd/mm/yyyy or yyyy-mm-dd (30/06/2020, 2020-06-30), a day of this year (1/7), of 20yy (1/7/24), or hôm nay, hôm qua, ngày mai
word-span-invalid = "{ $text }" is not a span; expected days, weeks or months: 14d, 2w, 1m, 14, 7 ngày, 2 tuần, 1 tháng
# The headers of `--headers vi`, always read from vi.ftl; here the machine
# names they stand for (a test checks they match).
word-csv-plan = plan
word-csv-id = id
word-csv-title = title
word-csv-lead = lead
word-csv-partners = partners
word-csv-window = window
word-csv-start = start
word-csv-end = end
word-csv-due = due
word-csv-status = status
word-csv-done = done
word-csv-days-overdue = days_overdue
arg-list-this-week = Only tasks with a deadline in the reference day's week (Monday to Sunday): the end of their window, or of one of its milestones
arg-list-this-month = Only tasks with a deadline in the reference day's calendar month
arg-list-headers = CSV headers: en (the column names programs read) or vi (Vietnamese, for Excel)
arg-export-headers = CSV headers: en (the column names programs read) or vi (Vietnamese, for Excel)
