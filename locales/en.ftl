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
