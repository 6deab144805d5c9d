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

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

