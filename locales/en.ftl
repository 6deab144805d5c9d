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
diag-more = { $count } more problems in this file are not shown
diag-table-twice = table `{ $header }` is defined twice
diag-table-twice-first = table `{ $header }` is defined twice, first on line { $line }
diag-table-twice-hint = merge the two tables into one, or rename one of them
diag-key-twice = duplicate key `{ $name }`
diag-key-twice-first = duplicate key `{ $name }`, first set on line { $line }
diag-key-twice-hint = a key is set once in a table: remove one of the two
diag-key-parts = key has { $parts } parts; at most { $max } are read
diag-key-parts-expected = a key of a few parts, such as `units.vhtt.name`
diag-toml-invalid = invalid TOML: { $message }
diag-toml-hint-quotes = text values need double quotes, e.g. status = "todo"
diag-toml-hint-basic-string = close the string with " on the same line (or write a long text between """ and """)
diag-toml-hint-literal-string = close the string with ' on the same line
diag-toml-hint-multi-line-basic = close the text with """
diag-toml-hint-multi-line-literal = close the text with '''
diag-toml-hint-escape = a backslash starts an escape such as \n or \"; write \\ for a backslash itself
diag-toml-hint-date = write a date as 2020-06-30, or as text: "30/06/2020"
diag-toml-hint-array = items of a list are separated by commas and closed by ]: ["a", "b"]
diag-toml-hint-table = a table header is closed on its own line: [units.vhtt] or [[task]]
diag-toml-hint-key = each line is `key = value`; a key is letters, digits, - and _ (or quoted)
diag-toml-hint-line = one `key = value` per line; text values need double quotes
diag-toml-expected = , expected { $items }
diag-toml-basic-string = invalid basic string
diag-toml-literal-string = invalid literal string
diag-toml-multi-line-string = invalid multi-line string
diag-toml-boolean = invalid boolean
diag-toml-unquoted = string values must be quoted
diag-toml-value = invalid value
diag-toml-missing-value = missing value
diag-toml-escape = missing escaped value
diag-toml-unicode = too few unicode value digits
diag-toml-date = invalid date-time
diag-toml-array-comma = missing comma between array elements
diag-toml-unclosed-array = unclosed array
diag-toml-array-extra-comma = extra comma in array
diag-toml-array-equals = unexpected `=` in array
diag-toml-array-opening = missing array opening
diag-toml-unclosed-table = unclosed table
diag-toml-unclosed-array-table = unclosed array table
diag-toml-table-opening = missing table open
diag-toml-table = invalid table
diag-toml-key = invalid unquoted key
diag-toml-empty-key = unquoted keys cannot be empty
diag-toml-multi-line-key = keys cannot be multi-line strings
diag-toml-missing-equals = missing assignment between key-value pairs
diag-toml-extra-equals = extra assignment between key-value pairs
diag-toml-unexpected-key = unexpected key or value
diag-toml-unexpected = unexpected content
diag-toml-carriage-return = carriage return must be followed by newline
diag-toml-comment-char = invalid comment character
diag-toml-comment-start = missing comment start
diag-toml-opening-quote = missing opening quote
diag-toml-inline-table = invalid inline table
diag-toml-too-deep = cannot recurse further; max recursion depth met
diag-toml-number-too-big = number overflowed
diag-toml-number = invalid number
diag-toml-other = invalid syntax
diag-toml-newline = newline
diag-toml-nothing = nothing
diag-toml-a-basic-string = basic string
diag-toml-a-literal-string = literal string
diag-toml-a-multi-line-string = multi-line basic string
diag-toml-characters = characters
diag-toml-digits = digits
diag-toml-letters = letters
diag-toml-a-key = key
diag-toml-a-value = value
diag-toml-hex = unicode hexadecimal value
diag-did-you-mean-key = did you mean `{ $key }`?
diag-unknown-field = unknown field `{ $name }` in { $what }
diag-wrong-type = `{ $key }` must be { $expected }, not { $found }
diag-type-found = { $kind ->
    [integer] an integer
    [array] an array
   *[other] a { $kind }
}
diag-type-string = a string
diag-type-strings = an array of strings
diag-type-string-list = a list of strings
diag-empty-field = `{ $key }` of { $what } is empty
diag-missing-field = missing field `{ $key }` in { $what }
diag-missing-field-hint = add `{ $key } = …` to { $what }
diag-year-out-of-range = year { $year } of `{ $key }` is out of range
diag-years-run = years run from { $min } to { $max }
diag-not-a-date = `{ $key }` is not a date
diag-not-a-date-expected = a date such as 2020-06-30 or "30/06/2020"
diag-not-a-table = { $what } must be a table, not { $found }
diag-key-in-list = { $key }
diag-the-plan-file = the plan file
diag-no-format = missing `format = 1` at the top of the plan file
diag-no-format-hint = add `format = 1` as the first line
diag-bad-format = unsupported plan format
diag-bad-format-hint = this version of plan reads format 1
diag-no-plan-table = missing `[plan]` table
diag-no-plan-table-hint = add a `[plan]` table with at least `id` and `title`
diag-bad-plan-id = plan id "{ $id }" contains a space or `:`
diag-bad-plan-id-hint = use letters, digits and dashes, e.g. "trieu-son-2020"
diag-period-no-dates = period "{ $text }" has no dates
diag-period-no-dates-expected = a dated span such as "Năm 2020", "2020..2025" or "6 tháng đầu năm 2021"
diag-window-expected = a window such as "Năm 2020", "Tháng 6/2020", "Quý II/2020", "15/6/2020", "Tháng 9 - 10/2020", "Trước ngày 15/6/2020", "Tháng 6, tháng 12/2020", "Thường xuyên" (all forms: docs/windows.md)
diag-unit-name-clash = unit `{ $id }` is also called "{ $spelling }", a name of unit `{ $other }`
diag-unit-name-clash-hint = give each name or alias to one unit only
diag-type-unit-ids = an array of unit ids
diag-group-in-itself = group `{ $group }` lists itself as a member
diag-groups-in-each-other = groups `{ $group }` and `{ $member }` contain each other
diag-groups-in-each-other-hint = a group cannot be a member of its own members
diag-did-you-mean-units = did you mean { $units }?
diag-or = {" "}or{" "}
diag-declare-unit = declare it in a `[units.<id>]` table
diag-unknown-unit = unknown unit `{ $id }` in `{ $key }`
diag-unknown-unit-expected = a unit id: { $ids }
diag-type-responsibilities = an array of tables ([[responsibility]])
diag-type-tasks = an array of tables ([[task]])
diag-task-id-hint = task ids are short: "4", "2.1", "a"
diag-quote-id = quote it: id = "{ $text }"
diag-lead-and-partner = unit `{ $unit }` is both lead and partner
diag-lead-and-partner-hint = a unit leads a task or takes part in it, not both; remove it from `partners`
diag-unknown-status = unknown status "{ $status }"
diag-unknown-status-expected = todo, doing, done, cancelled
diag-done-not-done = `done` date on a task whose status is "{ $status }"
diag-done-not-done-hint = set `status = "done"`, or remove the `done` date
diag-unit-twice = unit `{ $id }` is named twice in `{ $key }`
diag-unit-twice-hint = remove one of them
diag-empty-milestones = empty window
diag-empty-milestones-expected = at least one milestone, e.g. ["2020-06", "2020-12"]
diag-type-window = a string or a list of strings
diag-period-needed-hint = give the plan a period, e.g. `period = "Năm 2020"` under [plan]
diag-did-you-mean-status = did you mean "{ $status }"?
diag-status-word = { $status }
diag-type-dates = an array of dates
diag-milestones-all-closed = all { $count } milestones are closed but the status is "{ $status }"
diag-milestones-all-closed-hint = set `status = "done"` with its `done` date, or remove the last date to reopen a milestone
diag-milestones-closed-on-one = { $closed ->
        [one] a closed milestone is recorded
       *[other] { $closed } closed milestones are recorded
    }, but the window "{ $window }" has { $milestones ->
        [one] a single milestone
       *[other] no dates
    }
diag-milestones-closed-on-one-hint = a task with one deadline is closed whole: remove `milestones_done`, and for a finished task set `status = "done"` with its `done` day
diag-milestones-too-many = { $closed } milestones closed but the window has { $milestones }
diag-milestones-too-many-hint = remove the extra days from `milestones_done`, or give the window its missing milestones
diag-same-plan-id = plan id "{ $id }" is also the id of { $first }
diag-same-plan-id-hint = give each plan its own id, or move a copy out of the plans folder
diag-utf8-expected = a UTF-8 text file
diag-save-as-utf8 = save the file as UTF-8 (Notepad: Save As, Encoding UTF-8), or convert it, e.g. `iconv -f { $from } -t UTF-8`
diag-utf16-bom = file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8
diag-utf16-zeros = file looks like UTF-16 (it is full of zero bytes), not UTF-8
diag-zeros-at-end = file ends in { $count } zero { $count ->
        [one] byte
       *[other] bytes
    }, as a write cut short leaves it
diag-zeros-at-end-expected = a plan file that ends where its text ends
diag-zeros-at-end-hint = restore the file from git (`git checkout -- FILE`) or a backup; if the text before the zeros is whole, remove the zeros
diag-merge-conflict = unresolved merge conflict: git left both versions in the file
diag-merge-conflict-hint = keep one version of the lines between `<<<<<<<`, `=======` and `>>>>>>>`, delete the three marker lines, then run `plan check`
diag-bare-cr = line ends with a bare carriage return (old Mac line endings)
diag-bare-cr-expected = LF or CRLF line endings
diag-bare-cr-hint = convert the file, e.g. `tr '\r' '\n' < old.toml > new.toml`
diag-guess-vietnamese = Windows-1258 or another legacy Vietnamese encoding (TCVN3, VNI)
diag-guess-legacy = a legacy encoding
diag-stray-byte = byte { $byte } on line { $line } is not valid UTF-8, in a file that is UTF-8 otherwise ({ $count } such { $count ->
        [one] byte
       *[other] bytes
    } in all)
diag-stray-byte-hint = retype the character at that place in an editor; do not convert the file, the rest of it is UTF-8 already
diag-not-utf8 = file is not UTF-8: byte { $byte } on line { $line } is not valid UTF-8; it looks like { $guess }
diag-duplicate-task-id = duplicate task id "{ $id }"
diag-duplicate-task-id-hint = task "{ $id }" is already defined at line { $line }; give this one another id
diag-look-alike-id-hint = give one of them another id
diag-did-you-mean-value = did you mean "{ $value }"?
diag-review-names = `review` of { $what } names "{ $name }"
diag-review-names-expected = the name of a field: { $fields }
diag-review-window-unread = task { $id } needs review: { $reason }
diag-review-window-unread-hint = write it in a form `plan` reads (docs/windows.md lists them) with `plan set { $id } window "…"`, or as what it waits on with `plan set { $id } condition "…"`; either clears the mark
diag-review-no-window = task { $id } needs review: it has no time window
diag-review-no-window-hint = `plan set { $id } window "…"` or `plan set { $id } condition "…"` gives it one and clears the mark
diag-review-window = task { $id } needs review: its window
diag-review-window-hint = check it against the document; `plan set { $id } window "…"` clears the mark, or remove "window" from `review`
diag-review-no-lead = task { $id } needs review: it has no lead unit
diag-review-no-lead-hint = `plan assign { $id } --lead UNIT` names one and clears the mark
diag-review-lead = task { $id } needs review: its lead
diag-review-lead-hint = check them against the document; `plan assign { $id } --lead UNIT` clears the mark, or remove "lead" from `review`
diag-review-partners = task { $id } needs review: its partners
diag-review-partners-hint = check them against the document; `plan assign { $id } --partner UNIT` clears the mark, or remove "partners" from `review`
diag-review-title = task { $id } needs review: its title
diag-review-title-hint = check it against the document; `plan set { $id } title "…"` clears the mark, or remove "title" from `review`
diag-review-head-missing = the plan needs review: it has no { $field }
diag-review-head-missing-hint = add `{ $field } = "…"` to [plan] (e.g. `period = "Năm 2024"`), then remove "{ $field }" from `review`
diag-review-head = the plan needs review: its { $field }
diag-review-head-hint = check `{ $field }` in [plan] against the document, then remove "{ $field }" from `review`
diag-window-month-hint = months run from 1 to 12
diag-window-quarter-hint = quarters run from I to IV
diag-window-cannot-read = cannot read window "{ $text }"
diag-window-no-end = range has no end
diag-window-no-end-hint = write both ends, e.g. "Từ tháng 3 đến tháng 5/2021"
diag-window-no-year = { $what } has no year
diag-window-no-year-hint = a month or quarter without a year needs the plan's period
diag-window-does-not-exist = { $what } { $shown } does not exist
diag-window-bad-day = { $written } is not a date: { $name } { $year } has { $days } days
diag-window-not-a-date = { $written } is not a date
diag-window-year-out-of-range = year is out of range
diag-window-year-out = year { $year } is out of range
diag-window-weekday = { $date } is a { $weekday }, not { $shown }
diag-window-weekday-hint = correct the day or its weekday
diag-window-clock-hint = { $what }s run from 0 to { $max }
diag-window-days-differ = the window says { $said } days, but its dates cover { $covered }
diag-window-days-differ-hint = correct the number of days or the dates
diag-window-duration-alone = a duration of { $days } days needs its first and last day after it
diag-window-duration-alone-hint = e.g. "Trong 03 ngày, từ ngày 05 đến ngày 07/8/2024"
diag-window-duration = { $count } { $what } is a duration, not a date
diag-window-duration-hint = write when it is due, e.g. "Trước ngày 15/6/2020", or its first and last day, e.g. "Từ ngày 1/6 đến ngày 15/9/2020"
diag-window-no-such-part = a year has no { $months } months
diag-window-join-condition = a window waiting on a condition cannot be joined to others with ";"
diag-window-join-condition-hint = a task waits on its condition or has dates: keep one of them
diag-window-join-open = an open range cannot be joined to others with ";"
diag-window-join-open-hint = write where the range ends, e.g. "Từ tháng 3 đến tháng 5/2025"
diag-window-ongoing-period = "thường xuyên" needs the plan's period
diag-window-recurring-period = a recurring window needs the plan's period
diag-window-recurring-start = a recurring window needs a period with a start
diag-window-since-period = an open range ("từ … trở đi") needs the plan's period
diag-window-since-after = the open range starts on { $start }, after the plan's period ends on { $end }
diag-window-every = cannot repeat every { $months } months
diag-window-every-hint = a recurring window repeats every 1, 3, 6 or 12 months
diag-window-quarter-month = a month of the quarter needs "hằng quý"
diag-window-recurring-day = a day that comes back every quarter or half-year needs its month
diag-window-recurring-day-hint = name the month, e.g. "Hằng quý, trước ngày 20 tháng cuối quý"
diag-window-year-every-year = year { $year } cannot come back every year
diag-window-names-year = { $what } names a year, but the window comes back every year
diag-window-names-year-hint = write the day without its year, e.g. "Trước ngày 20/12 hằng năm"
diag-window-backwards = range ends before it starts: { $range }
diag-window-backwards-yearly-hint = a range that comes back every year lies within one year
diag-window-backwards-hint = the start comes first; write the year on both ends when a range crosses a new year
diag-window-bad-yearly-day = { $written } is not a date: { $name } has at most { $days } days
diag-window-names-month = { $what } names its month, but the window comes back every month
diag-window-names-month-hint = write the day alone, e.g. "Trước ngày 25 hằng tháng"
diag-window-no-month = { $what } has no month
diag-window-no-month-yearly-hint = write the month, e.g. "Trước ngày 20/12 hằng năm"
diag-window-no-month-hint = write the month, e.g. "15/6/2020"
diag-window-not-a-day = { $what } is not a day of the month
diag-window-not-a-day-hint = write a day, e.g. "Trước ngày 25 hằng tháng"
diag-window-the-year = the year
diag-window-first-months = the first { $months } months
diag-window-last-months = the last { $months } months
diag-window-the-quarter = quarter { $quarter }
diag-window-the-month = month { $month }
diag-window-the-day = day { $day }
diag-window-vague = "{ $phrase }" is not precise: which days are the { $part ->
        [first-week] first week
        [last-week] last week
       *[other] { $part }
    } of the { $unit } is not written
diag-window-vague-hint = write the days it means ("Từ ngày … đến ngày …", "Trước ngày …")
diag-window-vague-hint-whole = write the days it means ("Từ ngày … đến ngày …", "Trước ngày …") or the whole { $unit } ("{ $whole }")
diag-window-empty = empty window
diag-window-month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
diag-window-list-element = a list element must be one span, not { $what ->
        [milestones] several milestones
        [ongoing] an ongoing window
        [recurring] a recurring window
        [conditional] a conditional window
        [open] an open range
       *[joined] windows joined by ";"
    }
diag-window-list-element-hint = write one date, month, quarter, year or range per element, e.g. ["2020-06", "2020-12"]

## import: notes about documents

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

