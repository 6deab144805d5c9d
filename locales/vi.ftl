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
# The notes of an import, at their document line (`DOC:LINE: note: …`).
imp-no-year = không tìm thấy năm của kỳ kế hoạch; đã đánh dấu cần xem lại
imp-no-title = không tìm thấy tên kế hoạch; tạm lấy "{ $title }" (theo tên tệp), đã đánh dấu cần xem lại
imp-not-placed = đoạn chưa đưa vào kế hoạch: "{ $text }"
imp-label-outside-task = dòng ghi thông tin không thuộc nhiệm vụ nào: "{ $text }"
imp-window-unread = nhiệm vụ { $id }: thời gian thực hiện "{ $window }" được giữ nguyên như văn bản, đã đánh dấu cần xem lại: { $reason }
imp-no-lead = nhiệm vụ { $id }: chưa có đơn vị chủ trì, đã đánh dấu cần xem lại
imp-no-window = nhiệm vụ { $id }: chưa có thời gian thực hiện, đã đánh dấu cần xem lại
imp-column-not-imported = không nhập cột "{ $column }" của bảng
imp-responsibility-no-unit = mục ở phần III (tổ chức thực hiện) không nêu đơn vị nào: "{ $heading }"
imp-basis-no-document = căn cứ không nêu văn bản nào: "{ $text }"
imp-task-no-title = nhiệm vụ { $id }: chưa có tên nhiệm vụ, đã đánh dấu cần xem lại
imp-id-not-taken = nhiệm vụ đánh số "{ $written }": không dùng được làm số nhiệm vụ; ghi thành nhiệm vụ { $id }
imp-id-repeated = số nhiệm vụ { $first } bị trùng: nhiệm vụ sau ghi thành nhiệm vụ { $id }
# A problem of the draft `plan check` found, in the task it is in.
imp-in-task = nhiệm vụ { $id }: { $message }
# The summary line on stderr.
imp-imported = đã nhập { $tasks } nhiệm vụ, { $units } đơn vị từ { $doc }
imp-imported-into = đã nhập { $tasks } nhiệm vụ, { $units } đơn vị từ { $doc } vào { $output }
imp-lines-to-look = { $count } dòng cần xem (ở trên)
imp-marks-to-review = { $count } dấu cần xem lại (`plan list --review`, `plan check`)
# The first line of the plan file an import writes (a TOML comment).
imp-draft-comment = # Nhập từ { $source } bằng `plan import`.
# What went wrong running pdftotext.
imp-pdf-no-pipes = không mở được đường truyền dữ liệu tới pdftotext
imp-pdf-output-unread = không đọc được kết quả của pdftotext
imp-pdf-exit-code = mã thoát { $code }
imp-pdf-killed = bị hệ thống dừng giữa chừng

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

