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

## cli: help, usage and clap's errors

## errors: src/error.rs and the import's errors

## diagnostics: problems in plan files (store, diagnostic, window)

## import: notes about documents

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
