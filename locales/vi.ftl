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

word-delimiter-invalid = "{ $text }" không phải là ký tự phân cách; cần một ký tự như , hoặc ;
word-month-invalid = "{ $text }" không phải là một tháng; cần dạng 06/2020 hoặc 2020-06
word-day-invalid = "{ $text }" không phải là một ngày{ $why }; cần dd/mm/yyyy hoặc yyyy-mm-dd (30/06/2020, 2020-06-30), một ngày của năm nay (1/7), của năm 20yy (1/7/24), hoặc hôm nay, hôm qua, ngày mai
word-span-invalid = "{ $text }" không phải là một khoảng thời gian; cần số ngày, tuần hoặc tháng: 7 ngày, 2 tuần, 1 tháng, 14d, 2w, 1m, 14
# Tiêu đề cột của `--headers vi`.
word-csv-plan = Kế hoạch
word-csv-id = TT
word-csv-title = Tên nhiệm vụ
word-csv-lead = Đơn vị chủ trì
word-csv-partners = Đơn vị phối hợp
word-csv-window = Thời gian
word-csv-start = Bắt đầu
word-csv-end = Kết thúc
word-csv-due = Hạn
word-csv-status = Trạng thái
word-csv-done = Ngày hoàn thành
word-csv-days-overdue = Số ngày quá hạn
arg-list-this-week = Chỉ các nhiệm vụ có hạn trong tuần của ngày tham chiếu (thứ Hai đến Chủ nhật): hạn cuối của thời gian thực hiện, hoặc của một mốc
arg-list-this-month = Chỉ các nhiệm vụ có hạn trong tháng của ngày tham chiếu
arg-list-headers = Tiêu đề cột CSV: en (tên cột cho chương trình đọc) hoặc vi (tiếng Việt, cho Excel)
arg-export-headers = Tiêu đề cột CSV: en (tên cột cho chương trình đọc) hoặc vi (tiếng Việt, cho Excel)
