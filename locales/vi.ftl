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
out-col-id = TT
out-col-task = Nhiệm vụ
out-col-lead = Chủ trì
out-col-partners = Phối hợp
out-col-window = Thời gian
out-col-status = Trạng thái
out-col-overdue = Quá hạn
out-status-todo = chưa làm
out-status-doing = đang làm
out-status-done = hoàn thành
out-status-cancelled = đã hủy
out-status-milestones = { $status }, hoàn thành { $closed }/{ $all } mốc
out-state-done-late = hoàn thành trễ hạn
out-state-done = hoàn thành
out-state-cancelled = đã hủy
out-state-overdue = quá hạn { $days } ngày
out-state-due-today = đến hạn hôm nay
out-state-due-in = còn { $days } ngày
out-state-waiting = chờ điều kiện
out-state-unscheduled = chưa có thời gian
out-days = { $days } ngày
out-span-by = hạn { $day }
out-unread = chưa có ngày: chưa đọc được, cần xem lại
out-no-dates = chưa có ngày: chờ điều kiện
out-unassigned = (chưa giao)
out-condition-line = điều kiện: { $condition }
out-field-lead = chủ trì
out-field-partners = phối hợp
out-field-window = thời gian
out-field-status = trạng thái
out-status-overdue = { $status }, quá hạn { $overdue }
out-show-lead = Chủ trì
out-show-partners = Phối hợp
out-show-group = Nhóm
out-show-window = Thời gian
out-show-condition = Điều kiện
out-show-status = Trạng thái
out-show-state = Tình hình
out-show-note = Ghi chú
out-show-review = Cần xem lại
out-show-as-of = { $state } (tính đến { $day })
out-show-milestone = mốc { $number }: { $span }  { $closed }
out-show-done-on = hoàn thành { $day }
out-show-done = hoàn thành
out-show-open = chưa hoàn thành
out-review-title = tên nhiệm vụ
out-review-lead = chủ trì
out-review-partners = phối hợp
out-review-window = thời gian thực hiện
out-review-period = thời kỳ
out-units-id = Mã
out-units-unit = Đơn vị
out-units-lead = Chủ trì
out-units-partner = Phối hợp
out-units-via = Qua nhóm
out-units-also = tên gọi khác: { $names }
out-units-none-listed = chưa liệt kê
out-units-group-of = nhóm gồm: { $members }
out-units-member-of = thành viên của: { $groups }
out-timeline-no-window = { $state } (chưa có thời gian thực hiện)
out-timeline-waits = { $state }: { $window }
out-timeline-legend = █ thời gian thực hiện  ◆ mốc đã hoàn thành  ◇ mốc chưa hoàn thành  ┃ { $day }
out-ics-lead = Chủ trì
out-ics-partners = Phối hợp
out-ics-window = Thời gian thực hiện
out-ics-plan = Kế hoạch
out-ics-condition = Điều kiện
out-no-match = không có nhiệm vụ nào phù hợp
out-wrote = đã ghi { $path }
out-dry-run = {" "}(chạy thử: không ghi gì)
out-check-ok = ổn: { $plans } kế hoạch, { $tasks } nhiệm vụ
out-check-marks = ; { $marks } dấu cần xem lại (`plan list --review`)
out-check-failed = { $problems } lỗi trong { $bad }/{ $files } tệp kế hoạch
out-check-strict = {" "}(cảnh báo được tính là lỗi với --strict)
out-done = nhiệm vụ { $id } hoàn thành ngày { $day }
out-done-already = nhiệm vụ { $id } đã hoàn thành rồi; không thay đổi gì
out-done-already-on = nhiệm vụ { $id } đã hoàn thành ngày { $day } rồi; không thay đổi gì
out-done-cancelled = nhiệm vụ { $id } đã hủy; không thay đổi gì (chạy `plan reopen { $id }` trước để làm tiếp)
out-done-milestone-closed = nhiệm vụ { $id }: mốc { $number }/{ $of } đã hoàn thành rồi (ngày { $day }); không thay đổi gì
out-done-same-day = nhiệm vụ { $id }: mốc { $number }/{ $of } đã hoàn thành ngày { $day } rồi; không thay đổi gì (`--milestone { $next }` đánh dấu hoàn thành mốc tiếp theo trong cùng ngày)
out-done-milestone = nhiệm vụ { $id }: mốc { $number }/{ $of } (hạn { $due }) hoàn thành ngày { $day }
out-done-task-done = ; nhiệm vụ đã hoàn thành
out-done-early = {" "}(ghi chú: trước ngày bắt đầu của mốc, { $day })
out-done-before-period = {" "}(ghi chú: trước thời kỳ của kế hoạch, { $period })
out-done-after-period = {" "}(ghi chú: hơn một năm sau thời kỳ của kế hoạch, { $period })
out-done-note-replaced = {" "}(đã thay ghi chú; ghi chú cũ là "{ $old }")
out-reopen-already = nhiệm vụ { $id } chưa hoàn thành; không thay đổi gì
out-reopen = đã mở lại nhiệm vụ { $id }
out-reopen-task-milestone = đã mở lại nhiệm vụ { $id }: mốc { $number }/{ $of } chưa hoàn thành
out-reopen-milestone = nhiệm vụ { $id }: đã mở lại mốc { $number }/{ $of }
out-add = đã thêm nhiệm vụ { $id }
out-assign-same = nhiệm vụ { $id }: các đơn vị đã được giao như vậy rồi; không thay đổi gì
out-assign-lead-was-partner = { $unit } chủ trì (trước là phối hợp)
out-assign-lead = { $unit } chủ trì
out-assign-partner-was-lead = { $unit } phối hợp (trước là chủ trì)
out-assign-partner = { $unit } phối hợp
out-assign = nhiệm vụ { $id }: { $changes }
out-unassign-none = nhiệm vụ { $id }: { $units } không được giao nhiệm vụ này; không thay đổi gì
out-unassign = nhiệm vụ { $id }: đã bỏ { $units }
out-unassign-no-lead = ; nhiệm vụ hiện không có đơn vị chủ trì
out-set-title = tên nhiệm vụ
out-set-window = thời gian thực hiện
out-set-note = ghi chú
out-set-condition = điều kiện
out-set-status = trạng thái
out-set-same = nhiệm vụ { $id }: { $field } đã như vậy rồi; không thay đổi gì
out-set-done = nhiệm vụ { $id }: đã đặt { $field }
out-set-removed = nhiệm vụ { $id }: đã bỏ { $field }
out-set-condition-replaces = nhiệm vụ { $id }: đã đặt điều kiện; bỏ thời gian thực hiện cũ "{ $window }"
out-set-window-dropped = ; nhiệm vụ đang ở trạng thái { $status } nên bỏ { $count } ngày hoàn thành { $last ->
    [yes] của các mốc sau cùng
   *[no] mốc
} ({ $days }): thời gian mới { $milestones ->
    [0] chưa có ngày
   *[other] có { $milestones } mốc
}
out-unit-added = đã thêm đơn vị { $id }
out-unit-same = đơn vị { $id } đã có các tên này rồi; không thay đổi gì
out-unit-aliases = đơn vị { $id }: thêm { $count } tên gọi khác
out-report-unit = Đơn vị
out-report-tasks = Tổng số
out-report-on-time = Đúng hạn
out-report-late = Trễ hạn
out-report-overdue = Quá hạn
out-report-max-delay = Trễ nhất
out-report-due-soon = Đến hạn ≤30 ngày
out-report-not-due = Chưa đến hạn
out-report-waiting = Chờ điều kiện
out-report-total = Tổng cộng
out-report-group = {" "}(nhóm)
out-report-days = ngày
out-report-role-lead = đơn vị chủ trì
out-report-role-partner = đơn vị phối hợp
out-report-role-any = đơn vị chủ trì và phối hợp
out-report-heading = Tiến độ thực hiện đến ngày { $day }
out-report-period = , nhiệm vụ trong { $period }
out-report-counted = , tính cho { $role }
out-report-on-time-line = Hoàn thành đúng hạn: { $done }/{ $total } nhiệm vụ ({ $share }).
out-report-due-soon-note = Đến hạn: trong 30 ngày tới.
out-report-overdue-title = Nhiệm vụ quá hạn
out-report-none-overdue = Không có nhiệm vụ quá hạn.
out-report-overdue-line = { $plan }{ $id }. { $title } — { $lead }; { $window } (hạn { $due }), quá hạn { $days } ngày
out-report-rows-sum = Cộng các dòng đơn vị được { $sum }, Tổng cộng là { $total }
out-report-rows-shared = : mỗi nhiệm vụ được tính cho từng đơn vị liên quan nhưng chỉ tính một lần trong Tổng cộng.
out-report-rows-none = {" "}Nhiệm vụ không thuộc đơn vị nào trong bảng chỉ được tính trong Tổng cộng ({ $count }).
out-report-unscheduled = Nhiệm vụ chưa xác định được thời gian thực hiện (cần xem lại, `plan list --review`) chỉ được tính trong cột Tổng số: { $count }.
out-html-done-on-time = hoàn thành đúng hạn
out-html-done-late = hoàn thành trễ hạn
out-html-overdue = quá hạn
out-html-due-soon = đến hạn trong 30 ngày
out-html-not-yet-due = chưa đến hạn
out-html-idle = chờ điều kiện hoặc đã hủy
out-html-chart = Tiến độ các nhiệm vụ theo thời gian
out-html-unread = chưa xác định thời gian (cần xem lại): { $window }
out-html-waits = chờ: { $window }
out-html-number = Số: { $number }
out-html-date = ngày { $day }
out-html-period = Thời gian: { $period }
out-html-due = hạn { $day }
out-html-plans = { $count } kế hoạch
out-html-title = Báo cáo tiến độ — { $heading }
out-html-timeline = Tiến độ theo thời gian
out-html-milestone = ◆ mốc (tô đậm khi hoàn thành)
out-html-report-day = ┆ ngày báo cáo
out-unit-ambiguous = đơn vị "{ $query }" chưa rõ, có thể là:{" "}
out-unit-no-match = không có đơn vị nào khớp với "{ $query }"
out-unit-closest = ; gần nhất:{" "}
out-doc-committee = ỦY BAN NHÂN DÂN
out-doc-number = Số: { $number }
out-doc-date = { $place }ngày { $day } tháng { $month } năm { $year }
out-doc-plan = KẾ HOẠCH
out-doc-issuer = Ủy ban nhân dân
out-doc-basis = Thực hiện { $basis }; { $issuer } ban hành Kế hoạch với những nội dung sau:
out-doc-purpose-heading = I. MỤC ĐÍCH, YÊU CẦU
out-doc-purpose = 1. Mục đích: { $text }
out-doc-requirements = 2. Yêu cầu: { $text }
out-doc-contents = II. NỘI DUNG
out-doc-lead = Đơn vị chủ trì
out-doc-partners = Đơn vị phối hợp
out-doc-window = Thời gian thực hiện
out-doc-implementation = III. TỔ CHỨC THỰC HIỆN
out-doc-recipients = Nơi nhận:
out-doc-for = KT.
out-doc-on-behalf = TM.

## words: dates, spans and status words

