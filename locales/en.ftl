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
err-unit-name-not-text = unit name "{ $name }" holds a control or invisible character; a name is printed text on one line
err-name-taken = "{ $name }" already names unit `{ $id }` ({ $owner }); a name or alias belongs to one unit
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

## import: notes about documents

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

