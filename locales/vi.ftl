# The Vietnamese catalog of plan's interface. Every key is in en.ftl too,
# with the same placeholders (a test checks). Sections follow the code.

## i18n: the catalog's own test message
test-count = { $count } nhiệm vụ

## shared: the labels of every message (error: …, = hint: …)
label-error = lỗi
label-warning = cảnh báo
label-hint = gợi ý
label-expected = cần
label-note = ghi chú

## tools: completions and manual pages
tools-manual-written = đã ghi { $count } trang hướng dẫn vào { $dir }
tools-man-name = tên
tools-man-synopsis = cách dùng
tools-man-description = mô tả
tools-man-options = tùy chọn
tools-man-commands = lệnh
tools-man-command = lệnh
tools-man-version = phiên bản
tools-man-authors = tác giả
tools-man-extra = thêm
tools-man-default = mặc định
tools-man-possible = Các giá trị

## cli: help, usage and clap's errors

## errors: src/error.rs and the import's errors

## diagnostics: problems in plan files (store, diagnostic, window)

## import: notes about documents

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

