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
cmd-remind = A reminder to each unit with tasks overdue or due soon, for email or chat
arg-remind-unit = Only this unit: its id, name, another name or part of its name
arg-remind-within = Also the tasks due within this span from the reference day (--as-of, else today): 7d, 2w, 1m, 7 ngày, 2 tuần, 1 tháng
arg-remind-format = How a reminder is written: txt (plain text), md (Markdown) or docx (an urging letter in Word, Nghị định 30 layout)
arg-remind-output = Write one file per unit into this folder (UNIT.txt, UNIT.md or UNIT.docx)
arg-remind-signer = The signer's name (docx; else the plan's signer)
arg-remind-position = The signer's position, e.g. "Phó Chủ tịch" (docx, with --signer)
arg-report-number = The report's number in the header block, e.g. 45/BC-UBND (docx; else left blank to fill)
arg-report-place = The place of the date line, e.g. "Triệu Sơn" (docx; else the plan's place, or its issuer's)
arg-report-signer = The signer's name (docx; else the plan's signer)
arg-report-position = The signer's position, e.g. "Phó Chủ tịch" (docx, with --signer)
cmd-completions = The script that completes commands, task ids and unit ids in a shell
cmd-manual = The manual page, or with -o DIR a page for each command
arg-completions-shell = The shell to complete in
arg-manual-output = Write plan.1 and a page per command (plan-list.1, …) into this folder
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
# The manual a page belongs to, in its header (empty: man's own "General
# Commands Manual").
tools-man-manual = {""}

## cli: help, usage and clap's errors
# About of each command: cmd-plan (the program), cmd-<path> (subcommand
# names joined by '-'). Help of each argument: arg-<path>-<id> (id with '-'
# for '_'), else arg-<id> (root flags, and flags several commands share).
# A `.long` attribute is the long help (--help) where it says more.
cmd-plan = Follow up the tasks of coordination plans (Kế hoạch): what is overdue, what each unit owes, and where every task stands
cmd-list = List the tasks that match every given condition
cmd-show = Show one task in full
cmd-units = Show the unit registry with each unit's tasks
cmd-check = Validate the plans; report every problem as file:line:col
cmd-done = Mark a task (or its next milestone) done
cmd-reopen = Undo `done`: open the task (or its last closed milestone) again
cmd-assign = Give a task to units as lead or partner (moves a unit between roles)
cmd-unassign = Take units off a task
cmd-add = Add a task to a plan
cmd-set = Change one field of a task: title, window, note, condition, status
cmd-unit = Change the unit registry
cmd-unit-add = Add a unit to a plan's registry
cmd-unit-alias = Give a unit other names documents use for it
cmd-unit-members = Set the members of a group unit: the units that each report on its tasks
cmd-import = Read an official document (.txt, .docx, .odt, PDF) into a plan file
cmd-render = Write a plan back as its document (text, Markdown, or Word laid out as Nghị định 30/2020 prescribes)
cmd-report = Progress per unit for the upper level
cmd-timeline = The tasks across the months, in the terminal
cmd-export = Deadlines for calendars (ICS), tables for Excel (CSV) or JSON
cmd-merge = Merge three versions of a plan file, as git's merge driver: task by task and field by field; the result goes into OURS
cmd-git = Share plans through git
cmd-git-setup = Set up this repository so that git merges plan files with `plan merge`
cmd-log = The history of a task from git (or, without ID, of the plan's head and units), newest first
arg-file = Plan file or folder of plans (every *.toml below it); repeatable. Default: the paths in PLAN_FILE (separated as in PATH), or else every *.toml below ./plans/
arg-as-of = Reference day instead of today: 30/06/2020, 2020-06-30, 1/7 (this year), 1/7/24, hôm nay, hôm qua, ngày mai
arg-lang = Language of the interface: vi (Vietnamese) or en (English). Default: PLAN_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else Vietnamese
arg-task = Task id, or PLAN:ID
arg-format = Output format: a message on stderr, or what changed as JSON on stdout
arg-dry-run = Print the change as a unified diff and write nothing
arg-commit = Commit the plan file after the edit, with the edit's message (also PLAN_COMMIT=1, or `commit = true` in the repository's .plan.toml)
arg-follow-outside = Edit a plan given by a symbolic link even when the file it leads to is outside the repository (or, outside git, the plan's folder)
arg-delimiter = Field separator for CSV (';' for Excel in a Vietnamese locale)
arg-output = Write to this file instead of stdout
arg-plan = The plan to change, by id, when several are loaded
arg-list-overdue = Only tasks whose earliest open deadline has passed
arg-list-due-within = Only open tasks due within this span from today: 7d, 2w, 1m, 14, 7 ngày, 2 tuần, 1 tháng
arg-list-unit = Only tasks of this unit: id, name, alias or a fragment
arg-list-role = With --unit: as lead unit or as partner
arg-list-status = Only tasks with this status; repeatable or comma-separated
arg-list-review = Only tasks with a field marked for review (`review = [...]`)
arg-list-format = Output format
arg-show-task = Task id, or PLAN:ID when several plans are loaded
arg-show-format = Output format
arg-units-format = Output format
arg-check-strict = Fail on warnings too (the marks `review = [...]` left for a person)
arg-check-format = Output format: the problems as text on stderr, or as JSON on stdout
arg-done-task = Task id, or PLAN:ID when several plans are loaded
arg-done-on = Completion day (default: the reference day): 30/06/2020, 2020-06-30, 1/7, 1/7/24, hôm nay, hôm qua
arg-done-milestone = Close this milestone (from 1); closing a closed one changes nothing
arg-done-note = Set the task's note
arg-done-unit = Record this unit's own report on the task (a member of one of its groups, or a lead or partner unit) without closing the task
arg-reopen-unit = Take back this unit's report on the task
arg-assign-lead = Units to lead the task: id, name, alias or fragment
arg-assign-partner = Units to take part as partners
arg-unassign-units = Units to take off the task
arg-add-title = What is to be done (it may start with "- ")
arg-add-lead = Lead units: id, name, alias or fragment
arg-add-partner = Partner units
arg-add-window = Time window as the document says it: "Tháng 9 - 10/2020"
arg-add-condition = What the task waits on: "Sau khi có hướng dẫn của cấp trên"
arg-add-id = Task id (default: the next free number)
arg-add-plan = The plan to add to, by id, when several are loaded
arg-add-note = A note
arg-set-field = The field to change
arg-set-value = The new value; an empty note or condition removes it
arg-unit-add-id = Short id: letters, digits, - and _
arg-unit-add-name = The unit's name
arg-unit-add-alias = Other names for it; repeatable
arg-unit-alias-id = The unit's id
arg-unit-alias-aliases = Names to add
arg-unit-members-id = The group's id
arg-unit-members-members = Its members, all of them: id, name, alias or fragment of each
arg-import-document = The document: a .txt (UTF-8), .docx, .odt or PDF (with a text layer) file
arg-import-output = Write the plan to this file instead of stdout
arg-import-force = Replace FILE if it exists
arg-import-strict = Refuse the document when any part of it is in doubt, rather than write a draft with those parts marked for review
arg-render-plan = The plan to write, by id, when several are loaded
arg-render-format = Output format
arg-report-period = Only tasks whose window meets this period: "Quý II/2020", "6 tháng đầu năm 2020"
arg-report-role = Count tasks for the units that lead them, take part in them, or either
arg-report-unit = Only this unit (and its members, for a group)
arg-report-format = Output format
arg-timeline-from = First month shown (default: the start of the plans' period)
arg-timeline-to = Last month shown (default: the end of the plans' period)
arg-timeline-color = Colour the statuses
arg-export-format = What to write
arg-merge-base = The common ancestor (git's %O)
arg-merge-ours = Our version (git's %A); the result is written into it
arg-merge-theirs = Their version (git's %B)
arg-merge-path = The plan's path in the repository, for messages (git's %P)
arg-git-setup-hook = Also write a pre-commit hook that runs `plan check` on the staged plan files
arg-log-task = Task id, or PLAN:ID; without it, the plan's head and units
arg-log-format = Output format
# What clap makes itself: the help and version flags, the help command,
# the headings of help, and its usage errors (vi mode renders those).
clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-command-arg = Print help for the subcommand(s)
clap-usage-heading = Usage:
clap-commands-heading = Commands
clap-arguments-heading = Arguments
clap-options-heading = Options
clap-options-tag = {"["}OPTIONS]
clap-command-tag = COMMAND
clap-possible-values = possible values
clap-default = default
clap-env = env
# The placeholders of values (Vietnamese help shows its own): value-<name in
# lower case> (value-unit for <UNIT>), or value-<path>-<id> for one argument.
value-path = PATH
value-date = DATE
value-unit = UNIT
value-id = ID
value-file = FILE
value-dir = DIR
value-span = SPAN
value-role = ROLE
value-status = STATUS
value-format = FORMAT
value-char = CHAR
value-headers = HEADERS
value-name = NAME
value-aliases = ALIASES
value-doc = DOC
value-title = TITLE
value-window = WINDOW
value-text = TEXT
value-plan = PLAN
value-base = BASE
value-ours = OURS
value-theirs = THEIRS
value-n = N
value-color = COLOR
value-shell = SHELL
value-field = FIELD
value-value = VALUE
value-lang = LANG
value-command = COMMAND
value-unit-add-id = ID
value-unit-add-alias = NAME
value-unit-alias-id = ID
# The words of the values flags take (choice-<value>): Vietnamese help shows
# its word before the name, "chủ trì (lead)"; English shows the name alone.
choice-lead = lead
choice-partner = partner
choice-any = any
choice-title = title
choice-window = window
choice-note = note
choice-condition = condition
choice-status = status
choice-todo = todo
choice-doing = doing
choice-done = done
choice-cancelled = cancelled
clap-err-unknown-option = unexpected argument '{ $arg }' found
clap-err-extra-arg = unexpected argument '{ $arg }' found
clap-err-suggest = a similar argument exists: '{ $name }'
clap-err-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-err-value-missing = a value is required for '{ $arg }' but none was supplied
clap-err-choices = possible values: { $values }
clap-err-unknown-command = unrecognized subcommand '{ $name }'
clap-err-missing = the following required arguments were not provided:
clap-err-missing-command = '{ $name }' requires a subcommand but one was not provided
clap-err-commands = subcommands: { $names }
clap-err-conflict = the argument '{ $arg }' cannot be used with { $other }
clap-err-conflict-others = one or more of the other specified arguments
clap-err-twice = the argument '{ $arg }' cannot be used multiple times
clap-err-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-err-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-err-too-few = { $min } values required by '{ $arg }'; only { $actual } provided
clap-err-wrong-number = { $count } values required for '{ $arg }' but { $actual } provided
clap-err-utf8 = invalid UTF-8 was detected in one or more arguments
clap-err-other = invalid arguments
clap-err-tip-value = to pass '{ $arg }' as a value, use '{ $fix }'
clap-err-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
clap-more = For more information, try '{ $command } --help'.
clap-fallback = { $what }; see `plan --help`
clap-err-at-least = a number from { $min } up
clap-err-range = a number from { $min } to { $max }
clap-role-needs-unit = --role needs --unit <UNIT>: the unit whose role it is
clap-bad-lang = PLAN_LANG="{ $value }" is not a language of plan; expected vi or en
clap-bad-lock-timeout = PLAN_LOCK_TIMEOUT="{ $value }" is not a number of seconds (e.g. 10 or 0.5)

clap-err-number-empty = no number given
clap-err-number-too-large = the number is too large
clap-err-number-zero = the number may not be zero
clap-err-not-a-number = not a whole number
## errors: src/error.rs and the import's errors
err-read = failed to read { $path }
err-not-regular = { $path } is not a regular file (it is a { $kind }); only regular files are read: give the path of the plan or document itself
err-kind-folder = folder
err-kind-fifo = FIFO
err-kind-char-device = character device
err-kind-block-device = block device
err-kind-socket = socket
err-kind-special = special file
err-too-large = { $path } is larger than { $limit } ({ $limit } at most are read); set PLAN_MAX_FILE_SIZE to read larger files, e.g. PLAN_MAX_FILE_SIZE=256M
err-size-bytes = { $count } bytes
err-bad-max-size = PLAN_MAX_FILE_SIZE={ $value } is not a size; expected a number of bytes, or of K, M or G (e.g. 64M)
err-list = failed to list { $path }
err-write = failed to write { $path }
err-invalid = { $count } { $count ->
        [one] error
       *[other] errors
    } in plan files; run `plan check` for details
err-no-plans-folder = no plan files found in { $path } (no such folder; give plans with -f PATH or PLAN_FILE)
err-no-plans = no plan files found in { $path }
err-no-plan = no plan with id "{ $id }"; loaded plans: { $loaded }
err-several-plans = { $count } plans are loaded; name one with --plan ID ({ $loaded })
err-several-plans-files = { $count } plans are loaded; name one with --plan ID ({ $loaded }) or -f FILE
err-no-task-in-plan = no task "{ $id }" in plan { $plan }; its tasks are { $tasks }
err-no-task-in-plan-empty = no task "{ $id }" in plan { $plan }; it has no tasks
err-no-task-in-file = no task "{ $id }" in { $path }; its tasks are { $tasks }
err-no-task-in-file-empty = no task "{ $id }" in { $path }; it has no tasks
err-task-in-unreadable = no task "{ $id }" in the plans that could be read; fix the { $count ->
        [one] plan file
       *[other] plan files
    } above first (see `plan check`); nothing was written
err-task-maybe-in-unreadable = task "{ $id }" may be in a plan that cannot be read as well as in the plans that could be read; fix the { $count ->
        [one] plan file
       *[other] plan files
    } above first (see `plan check`); nothing was written
err-same-plan-id-hint = give each plan its own id, or move a copy out of the plans folder
err-same-plan-id = plan id "{ $id }" is the id of { $first } and of { $second }; { err-same-plan-id-hint }; nothing was written
err-no-task-in-plan-id = no task "{ $id }" in a plan with id "{ $plan }"
err-no-task = no task "{ $id }" in the loaded plans
err-task-in-several-plans = task "{ $id }" is in several plans; name one: { $candidates }
err-task-not-found-safely = task "{ $id }" could not be found safely in { $path }; nothing was written
err-read-only = { $path } is read-only; make it writable (chmod u+w) to edit it
err-output-is-plan = { $path } is a plan being read; nothing was written (give the output another name)
err-read-only-output = { $path } is read-only; nothing was written (make it writable with chmod u+w, or write to another file)
err-not-writable = { $path } is not writable by this user; nothing was written (ask its owner for write access)
err-not-writable-output = { $path } is not writable by this user; nothing was written (write to another file)
err-no-reader = { $path } is a FIFO nobody reads; nothing was written (start its reader first, or write to another file)
err-locked = another edit of this plan holds { $path }; gave up after { $seconds } s (if no `plan` is running, remove that file)
err-changed = { $path } changed on disk since it was read; nothing written (run the command again)
err-changed-while-listed = { $path } changed while it was being listed; the list stops here (run the command again)
err-lock-not-a-file = { $path } is not a lock file (it is { $kind }); nothing was written (remove it if no `plan` is running)
err-lock-kind-symlink = a symbolic link
err-lock-kind-folder = a folder
err-lock-kind-fifo = a FIFO
err-lock-kind-socket = a socket
err-lock-kind-device = a device
err-lock-kind-special = not a regular file
err-lock-kind-hard-link = a hard link to another file
err-hard-links = { $path } has { $links } hard links; replacing it would split them, so nothing was written (to edit it, give it a file of its own: cp { $path } copy && mv copy { $path })
err-outside-repository = { $path } is a link to { $target }, outside the repository { $boundary }; nothing was written (give --follow-outside to edit it anyway)
err-outside-folder = { $path } is a link to { $target }, outside the plan's folder { $boundary }; nothing was written (give --follow-outside to edit it anyway)
err-plan-has-problems = { $path } has problems; fix them first (see `plan check`); nothing was written
err-edit-would-break = the edit would leave the plan invalid (the lines above are the plan as edited); nothing was written
err-not-editable = cannot edit the plan file: { $reason }
err-no-task-table = the task block holds no [[task]] table
err-task-id-taken = task id "{ $id }" is already used; choose another
err-task-id-empty = the task id is empty
err-task-id-char = task id "{ $id }" holds U+{ $code } "{ $char }"; ids are ASCII or Vietnamese letters, digits, ".", "-" and "_"
err-task-id-decomposed = task id "{ $id }" is decomposed (letters followed by combining marks); write it composed (NFC): "{ $nfc }"
err-did-you-mean = {" "}(did you mean "{ $suggestion }"?)
err-task-id-look-alike = task id "{ $id }" looks the same as task "{ $other }" at { $at }; ids that differ only in case, width or look-alike letters name one task to a reader
err-empty-title = the title is empty
err-no-such-milestone = task { $task } has { $of } { $of ->
        [one] milestone
       *[other] milestones
    }; there is no milestone { $number }
err-milestone-still-open = task { $task }: milestone { $open } of { $of } is still open; close it first (`plan done { $task } --milestone { $open }`)
err-window-leaves-none-open = cannot set the window of task { $task } to "{ $window }": { $closed ->
        [one] 1 milestone is
       *[other] { $closed } milestones are
    } closed ({ $days }) and the new window has { $milestones ->
        [0] none
       *[other] { $milestones }
    }, so none would be left open; `plan reopen { $task }` opens the last closed milestone again, `plan done { $task }` closes the task
err-bad-window = cannot use window "{ $text }": { $message }; accepted forms are listed in the README under Time windows
err-bad-window-hint = cannot use window "{ $text }": { $message } ({ $hint }); accepted forms are listed in the README under Time windows
err-unknown-status = unknown status "{ $value }"; expected todo, doing, done or cancelled
err-status-todo = todo
err-status-doing = doing
err-status-done = done
err-status-cancelled = cancelled
err-both-roles = unit `{ $unit }` cannot be both lead and partner of one task
err-bad-unit-id = unit id "{ $id }" must be letters, digits, - or _ (e.g. "vhtt")
err-unit-exists = unit `{ $id }` exists already ({ $name })
err-empty-unit-name = the unit's name is empty
err-binary-to-terminal = a { $format } file is not shown on a terminal; write it with -o FILE (e.g. -o bao-cao.{ $format })
err-letters-need-folder = { $count ->
    [1] a Word letter is not shown on a terminal; write it with -o DIR (e.g. -o cong-van: one file per unit)
   *[other] { $count } Word letters cannot go to one output; write them with -o DIR, one file per unit (or choose one unit with -u UNIT)
}
err-unit-name-not-text = unit name "{ $name }" holds a control or invisible character; a name is printed text on one line
err-field-not-text = { $field ->
    [title] title
    [window] window
    [condition] condition
   *[note] note
} "{ $text }" holds a control or invisible character; write it as printed text{ $field ->
    [note] {""}
   *[other] {" "}on one line
}
err-name-taken = "{ $name }" already names unit `{ $id }` ({ $owner }); a name or alias belongs to one unit
err-not-a-reporter = unit `{ $unit }` ({ $name }) does not report on task { $task }; the units that do are { $units }
err-not-a-reporter-none = unit `{ $unit }` ({ $name }) does not report on task { $task }: the task has no lead or partner unit, and no group with members (`plan unit members GROUP UNIT…` sets them)
err-member-is-group = unit `{ $unit }` cannot be a member of itself
err-merge-file = could not merge with `git merge-file`: { $reason }
err-git = `git { $command }` failed: { $reason }
err-not-a-repository = { $path } is in no git repository (`git init` makes one, `git clone` copies one)
err-hook-exists = { $path } exists already and is not plan's; add `plan check` to it by hand, or move it away and run `plan git setup --hook` again
err-uncommitted-plan = { $path } has changes not committed yet; commit them first (`git commit { $path }`) or undo them (`git restore { $path }`), so that the edit is committed alone; nothing written
err-bad-settings = { $path }: { $reason }
err-settings-commit = `commit` must be true or false
err-not-committed = { $path } was changed but not committed: { $reason }
err-no-unit-id = no unit with id `{ $id }`
err-no-unit-id-closest = no unit with id `{ $id }`; did you mean `{ $closest }` ({ $name })?
err-units-not-a-table = `units` in this plan is not a table
err-unit-not-in-head = unit `{ $unit }` is not in the head of the plan file; edit it by hand
err-unit-ambiguous = unit "{ $query }" is ambiguous: { $candidates }
err-unit-no-match = no unit matches "{ $query }"
err-unit-no-match-closest = no unit matches "{ $query }"; closest: { $closest }
err-bad-period = cannot read period "{ $text }": { $message }
err-unusable-period = cannot use period "{ $text }": { $message }
err-to-before-from = --to is before --from
err-period-without-dates = period "{ $text }" has no dates; expected e.g. "Quý II/2020"
err-waiting = waiting for another edit of this plan ({ $lock } is held by { $holder }); giving up after { $seconds } s
err-holder-pid = pid { $pid }
err-holder-other = another process
err-owner-not-kept = { label-warning }: could not keep owner { $uid }:{ $gid } ({ $reason }); the file now belongs to { $now_uid }:{ $now_gid }
err-attribute-not-kept = { label-warning }: could not keep the extended attribute { $name } ({ $reason }); it is lost
# The err-io-… causes are said in Vietnamese only: English shows the system's own text
# ("No such file or directory (os error 2)"), as it always has.
err-io-not-found = no such file or folder
err-io-permission-denied = permission denied
err-io-already-exists = it exists already
err-io-is-a-directory = it is a folder
err-io-not-a-directory = a part of the path is not a folder
err-io-directory-not-empty = the folder is not empty
err-io-storage-full = no space left on the disk
err-io-quota-exceeded = the disk quota is used up
err-io-file-too-large = the file would be larger than the system allows
err-io-read-only-filesystem = the disk is read-only
err-io-invalid-filename = the file name is not valid or is too long
err-io-too-many-links = too many links
err-io-crosses-devices = the path crosses disks
err-io-busy = it is in use
err-io-would-block = it is not ready
err-io-timed-out = the operation took too long
err-io-interrupted = the operation was interrupted
err-io-broken-pipe = the reader went away
err-io-unexpected-eof = the data ended too early
err-io-invalid-data = the data is not valid
err-io-invalid-input = a value given to the system is not valid
err-io-out-of-memory = out of memory
err-io-unsupported = the system does not support this
err-io-os = system error (code { $code })
err-io-other = system error
err-docx-zip = not a Word document (.docx): { $reason }
err-docx-no-body = the Word document has no word/document.xml
err-docx-xml = the Word document's XML is broken: { $reason }
err-docx-too-large = the Word document's text is larger than { $limit } bytes once unpacked (PLAN_MAX_FILE_SIZE)
err-zip-invalid = invalid Zip archive
err-zip-unsupported = unsupported Zip archive
err-zip-file-not-found = specified file not found in archive
err-zip-password = provided password is incorrect
err-zip-compression = compression method { $method } is not supported
err-zip-other = the zip archive cannot be read
err-odt-zip = not an OpenDocument text (.odt): { $reason }
err-odt-no-body = the OpenDocument text has no content.xml
err-odt-encrypted = the OpenDocument text is password-protected; open it, remove the password (File > Properties > Security) and save it again
err-odt-xml = the OpenDocument text's XML is broken: { $reason }
err-odt-too-large = the OpenDocument text's text is larger than { $limit } bytes once unpacked (PLAN_MAX_FILE_SIZE)
err-pdf-not-pdf = not a PDF: it does not start with "%PDF-"
err-pdf-no-pdftotext = reading a PDF needs `pdftotext`, which is not on PATH: install it (Debian, Ubuntu: `apt install poppler-utils`), or open the PDF in Word, save it as .docx and import that
err-pdf-run = `pdftotext` could not be run: { $reason }
err-pdf-no-text = the PDF has no text layer (a scanned document: its pages are images)
err-pdf-encrypted = the PDF is password-protected; ask the office for a copy without a password, or the .docx
err-pdf-failed = `pdftotext` could not read the PDF: { $reason }
err-pdf-timed-out = `pdftotext` took longer than { $seconds } s on the PDF and was stopped
err-pdf-too-large = the PDF's text is larger than { $limit } bytes (PLAN_MAX_FILE_SIZE)
err-pdf-remedy = ; recognise its text with OCR (`ocrmypdf -l vie --sidecar kh.txt { $file } kh-ocr.pdf` writes kh.txt, to import), or ask the office for the .docx
err-pdf-no-pipes = no pipes to pdftotext
err-pdf-output-lost = reading pdftotext's output failed
err-foreign-doc = a Word 97-2003 document (.doc)
err-foreign-xls = an Excel 97-2003 workbook (.xls)
err-foreign-ppt = a PowerPoint 97-2003 presentation (.ppt)
err-foreign-ole = an Office 97-2003 file (OLE compound file)
err-foreign-encrypted-office = a password-protected Office document
err-foreign-rtf = a Rich Text Format document (.rtf)
err-foreign-image = a { $kind } image
err-foreign-xlsx = an Excel workbook (.xlsx)
err-foreign-pptx = a PowerPoint presentation (.pptx)
err-foreign-other-odf = an OpenDocument spreadsheet, presentation or drawing
err-foreign-zip = a zip archive that is not a Word or OpenDocument text
err-foreign-html = a web page (HTML)
err-foreign-mhtml = a web archive (MHTML, .mht)
err-foreign-xml = an XML file (Word 2003 XML or flat OpenDocument)
err-remedy-convert = convert it to .docx and import that: `soffice --headless --convert-to docx { $file }` (LibreOffice), or open it in Word and save it as .docx
err-remedy-web = convert it to .docx and import that: `soffice --headless --convert-to 'docx:MS Word 2007 XML' { $file }` (LibreOffice), or copy the plan's text from the browser into a .txt file
err-remedy-password = open it, remove the password (Word: File > Info > Protect Document) and save it again as .docx
err-remedy-ocr = its text has to be recognised first (OCR: `tesseract { $file } kh -l vie` writes kh.txt, to import), or ask the office for the .docx
err-remedy-ask = `plan import` reads plans written as documents (.docx, .odt, .txt, PDF); ask the office for the plan's document
err-import-cause = { $path }: { $reason }
err-import-foreign = { $path }: this is { $format }, which `plan import` does not read; { $remedy }
err-import-refused = { $path } was not imported
err-import-empty = { $path } is empty: there is nothing to import
err-import-no-tasks = no task found in { $path }; is it a plan (Kế hoạch) with numbered tasks and their units?
err-import-does-not-check = the plan read from { $path } does not pass `plan check` (see above); nothing was written
err-import-doubtful = { $path } has { $count } { $count ->
        [one] field
       *[other] fields
    } in doubt (notes above); with --strict nothing was written
err-import-exists = { $path } exists; use --force to replace it

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
imp-pdf-exit-code = exit status: { $code }
imp-pdf-killed = stopped by a signal

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
out-show-reports = Reports
out-reported = reported { $reported }/{ $of }
out-not-reported = not reported: { $units }
out-report-entry = { $unit }: { $day }
out-report-entry-note = { $unit }: { $day } ({ $note })
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
out-unit-report-added = task { $id }: { $unit } reported on { $day }
out-unit-report-replaced = task { $id }: { $unit } reported on { $day } (the report was dated { $old })
out-unit-report-same = task { $id }: { $unit } reported on { $day } already; nothing changed
out-unit-report-progress = {" "}(reported { $reported }/{ $of })
out-unit-report-removed = task { $id }: { $unit }'s report taken back
out-unit-report-none = task { $id }: { $unit } has not reported; nothing changed
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
out-unit-members = unit { $id }: { $count ->
    [one] { $count } member
   *[other] { $count } members
}
out-unit-members-same = unit { $id } has these members already; nothing changed
out-merge-conflict-field = { $path }: task { $task }: { $field } changed on both sides; both are kept between conflict markers
out-merge-conflict-head = { $path }: { $field } changed on both sides; both are kept between conflict markers
out-merge-conflict-deleted = { $path }: task { $task } deleted on one side and changed on the other; kept between conflict markers
out-merge-renumbered = { $path }: task { $id } was added on both sides; theirs is now task { $new }
out-merge-fallback = { $path }: not a plan that reads without errors on every side; merged line by line with `git merge-file`
out-git-setup-attribute = added `{ $line }` to { $path } (commit it, so that every clone merges plans the same way)
out-git-setup-config = set `git config { $key }` to "{ $value }"
out-git-setup-hook = wrote the pre-commit hook { $path }: it runs `plan check` on the staged plan files
out-git-setup-nothing = nothing to do: git merges plans with `plan merge` here already
out-log-field = { $field ->
    [status] status
    [lead] lead
    [partners] partners
    [title] title
    [window] window
    [note] note
    [condition] condition
    [done] done on
    [milestones_done] milestones done
    [reports] report
    [review] review
    [group] group
    [name] name
    [aliases] aliases
    [members] members
    [period] period
    [basis] basis
    [closing] closing
    [issuer] issuer
    [number] number
    [date] date of issue
    [place] place
    [purpose] purpose
    [requirements] requirements
    [recipients] recipients
    [signer] signer
    [id] id
   *[other] { $field }
}
out-log-task-added = task added
out-log-plan-added = plan added
out-log-task-removed = task removed
out-log-unit-added = unit added: { $name } ({ $id })
out-log-unit-removed = unit removed: { $name } ({ $id })
out-log-unit-changed = unit { $name } ({ $id }): { $change }
out-log-none-task = no commit changed task { $id }
out-log-none-head = no commit changed the head or the units of plan { $plan }
out-committed = committed { $hash }
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
out-report-reporting-title = Units' own reports
out-report-reporting-line = { $plan }{ $id }. { $title } — { $reported }
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

## xlsx: the Excel workbook of `plan export --format xlsx`
xlsx-summary = By unit
xlsx-total = Total
xlsx-col-id = No.
xlsx-col-title = Task
xlsx-col-lead = Lead
xlsx-col-partners = Partners
xlsx-col-window = Window
xlsx-col-start = Start
xlsx-col-end = End
xlsx-col-due = Due
xlsx-col-status = Status
xlsx-col-done = Done on
xlsx-col-overdue = Days overdue
xlsx-col-plan = Plan
xlsx-col-unit = Unit
xlsx-col-total = Tasks
xlsx-col-on-time = Done on time
xlsx-col-late = Done late
xlsx-col-overdue-tasks = Overdue
xlsx-col-longest = Longest delay (days)
xlsx-col-soon = Due within 30 days
xlsx-col-not-yet = Not yet due
xlsx-col-waiting = Waiting

## remind: reminders to units (`plan remind`)
remind-nothing = no unit has a task overdue or due soon
remind-written = wrote { $count ->
    [one] 1 reminder
   *[other] { $count } reminders
} into { $dir }
remind-to = To: { $unit }
remind-plan-numbered = Plan no. { $number } ({ $title })
remind-intro = Under { $plan }, as of { $day } your unit still owes these tasks:
remind-overdue = Overdue:
remind-soon = Due within { $within }:
remind-within-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
remind-within-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
remind-overdue-task = task { $id }: { $title } — due { $due }, { $days ->
    [one] 1 day
   *[other] { $days } days
} overdue
remind-soon-task = task { $id }: { $title } — due { $due }, { $days ->
    [0] due today
    [one] in 1 day
   *[other] in { $days } days
}
remind-closing = Please carry them out without delay and report the results.
