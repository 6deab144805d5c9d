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
cmd-completions = Đoạn mã cho phím Tab gợi ý lệnh, số nhiệm vụ và mã đơn vị trong shell
cmd-manual = Trang hướng dẫn (man), hoặc với -o THƯ-MỤC mỗi lệnh một trang
arg-completions-shell = Shell cần gợi ý
arg-manual-output = Ghi plan.1 và mỗi lệnh một trang (plan-list.1, …) vào thư mục này
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
# Mô tả lệnh: cmd-plan, cmd-<đường lệnh>; trợ giúp đối số: arg-<đường lệnh>-<id>,
# hoặc arg-<id> (xem en.ftl).
cmd-plan = Theo dõi các nhiệm vụ trong kế hoạch phối hợp: việc nào quá hạn, đơn vị nào còn việc gì, mỗi nhiệm vụ đã làm đến đâu
cmd-list = Liệt kê các nhiệm vụ thỏa mọi điều kiện đã cho
cmd-show = Xem đầy đủ một nhiệm vụ
cmd-units = Xem danh mục đơn vị cùng nhiệm vụ của từng đơn vị
cmd-check = Kiểm tra các kế hoạch; báo mọi chỗ sai theo tệp:dòng:cột
cmd-done = Đánh dấu hoàn thành một nhiệm vụ (hoặc mốc kế tiếp của nhiệm vụ)
cmd-reopen = Hủy lệnh `done`: mở lại nhiệm vụ (hoặc mốc vừa đóng gần nhất)
cmd-assign = Giao nhiệm vụ cho đơn vị chủ trì hoặc phối hợp (đổi vai trò của đơn vị đã có)
cmd-unassign = Bỏ đơn vị khỏi một nhiệm vụ
cmd-add = Thêm một nhiệm vụ vào kế hoạch
cmd-set = Sửa một mục của nhiệm vụ: tên, thời gian, ghi chú, điều kiện hoặc trạng thái
cmd-unit = Sửa danh mục đơn vị
cmd-unit-add = Thêm một đơn vị vào danh mục của kế hoạch
cmd-unit-alias = Thêm tên gọi khác mà văn bản dùng cho một đơn vị
cmd-import = Nhập một văn bản (.txt, .docx, .odt, PDF) thành tệp kế hoạch
cmd-render = Viết kế hoạch trở lại thành văn bản (chữ thường hoặc Markdown)
cmd-report = Báo cáo tiến độ theo đơn vị cho cấp trên
cmd-timeline = Các nhiệm vụ theo từng tháng, ngay trên màn hình
cmd-export = Xuất hạn cho lịch (ICS), bảng cho Excel (CSV) hoặc JSON
arg-file = Tệp kế hoạch hoặc thư mục chứa kế hoạch (mọi tệp *.toml bên trong); dùng được nhiều lần. Mặc định: các đường dẫn trong PLAN_FILE (ngăn cách như trong PATH), nếu không có thì mọi tệp *.toml trong ./plans/
arg-as-of = Xem như vào ngày này thay cho hôm nay: 30/06/2020, 2020-06-30, 1/7 (năm nay), 1/7/24, hôm nay, hôm qua, ngày mai
arg-lang = Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: theo PLAN_LANG, rồi theo ngôn ngữ của máy (LC_ALL, LC_MESSAGES, LANG), nếu không có thì tiếng Việt
arg-task = Số nhiệm vụ, hoặc <mã kế hoạch>:<số>
arg-format = Định dạng kết quả: một thông báo trên stderr, hoặc phần thay đổi dạng JSON trên stdout
arg-dry-run = In phần thay đổi dạng diff, không ghi gì vào tệp
arg-follow-outside = Vẫn sửa kế hoạch mở qua liên kết tượng trưng (symlink) khi tệp thật nằm ngoài kho git (hoặc, nếu không dùng git, ngoài thư mục của kế hoạch)
arg-delimiter = Ký tự ngăn cách các cột trong CSV (';' cho Excel cài tiếng Việt)
arg-output = Ghi vào tệp này thay vì stdout
arg-plan = Mã kế hoạch cần sửa, khi mở nhiều kế hoạch
arg-list-overdue = Chỉ các nhiệm vụ có hạn sớm nhất chưa xong đã qua
arg-list-due-within = Chỉ các nhiệm vụ chưa xong đến hạn trong khoảng này kể từ hôm nay: 7 ngày, 2 tuần, 1 tháng, 7d, 2w, 1m, 14
arg-list-unit = Chỉ các nhiệm vụ của đơn vị này: mã, tên, tên gọi khác hoặc một phần tên
arg-list-role = Dùng cùng --unit: đơn vị là chủ trì hay phối hợp
arg-list-status = Chỉ các nhiệm vụ có trạng thái này; dùng được nhiều lần hoặc ngăn cách bằng dấu phẩy
arg-list-review = Chỉ các nhiệm vụ có mục mang dấu cần xem lại (`review = [...]`)
arg-list-format = Định dạng kết quả
arg-show-task = Số nhiệm vụ, hoặc <mã kế hoạch>:<số> khi mở nhiều kế hoạch
arg-show-format = Định dạng kết quả
arg-units-format = Định dạng kết quả
arg-check-strict = Báo lỗi cả khi chỉ có cảnh báo (các dấu cần xem lại `review = [...]`)
arg-check-format = Định dạng kết quả: các chỗ sai dạng chữ trên stderr, hoặc dạng JSON trên stdout
arg-done-task = Số nhiệm vụ, hoặc <mã kế hoạch>:<số> khi mở nhiều kế hoạch
arg-done-on = Ngày hoàn thành (mặc định: ngày đang xem): 30/06/2020, 2020-06-30, 1/7, 1/7/24, hôm nay, hôm qua
arg-done-milestone = Đóng mốc này (đếm từ 1); mốc đã đóng thì không đổi gì
arg-done-note = Ghi chú cho nhiệm vụ
arg-assign-lead = Các đơn vị chủ trì nhiệm vụ: mã, tên, tên gọi khác hoặc một phần tên
arg-assign-partner = Các đơn vị phối hợp
arg-unassign-units = Các đơn vị cần bỏ khỏi nhiệm vụ
arg-add-title = Việc cần làm (có thể bắt đầu bằng "- ")
arg-add-lead = Đơn vị chủ trì: mã, tên, tên gọi khác hoặc một phần tên
arg-add-partner = Đơn vị phối hợp
arg-add-window = Thời gian thực hiện, ghi như trong văn bản: "Tháng 9 - 10/2020"
arg-add-condition = Điều kiện để làm: "Sau khi có hướng dẫn của cấp trên"
arg-add-id = Số nhiệm vụ (mặc định: số kế tiếp còn trống)
arg-add-plan = Mã kế hoạch cần thêm vào, khi mở nhiều kế hoạch
arg-add-note = Ghi chú
arg-set-field = Mục cần sửa
arg-set-value = Giá trị mới; để trống ghi chú hoặc điều kiện thì xóa mục đó
arg-unit-add-id = Mã ngắn: chữ, số, - và _
arg-unit-add-name = Tên đơn vị
arg-unit-add-alias = Tên gọi khác; dùng được nhiều lần
arg-unit-alias-id = Mã đơn vị
arg-unit-alias-aliases = Các tên gọi cần thêm
arg-import-document = Văn bản: tệp .txt (UTF-8), .docx, .odt hoặc PDF (có lớp chữ)
arg-import-output = Ghi kế hoạch vào tệp này thay vì stdout
arg-import-force = Ghi đè tệp của --output nếu tệp đã có
arg-import-strict = Từ chối văn bản khi có phần nào chưa chắc chắn, thay vì ghi bản nháp có dấu cần xem lại ở các phần đó
arg-render-plan = Mã kế hoạch cần viết, khi mở nhiều kế hoạch
arg-render-format = Định dạng kết quả
arg-report-period = Chỉ các nhiệm vụ có thời gian thực hiện rơi vào kỳ này: "Quý II/2020", "6 tháng đầu năm 2020"
arg-report-role = Tính nhiệm vụ cho đơn vị chủ trì, đơn vị phối hợp, hoặc cả hai
arg-report-unit = Chỉ đơn vị này (và các thành viên, nếu là nhóm)
arg-report-format = Định dạng kết quả
arg-timeline-from = Tháng đầu tiên hiển thị (mặc định: đầu kỳ của kế hoạch)
arg-timeline-to = Tháng cuối cùng hiển thị (mặc định: cuối kỳ của kế hoạch)
arg-timeline-color = Tô màu theo trạng thái
arg-export-format = Loại dữ liệu cần xuất
# Phần clap tự tạo: cờ trợ giúp, phiên bản, lệnh help, các tiêu đề và lỗi.
clap-help = In trợ giúp
clap-help-short = In trợ giúp (xem đầy đủ với '--help')
clap-help-long = In trợ giúp (xem tóm tắt với '-h')
clap-version = In số phiên bản
clap-help-command = In trợ giúp này, hoặc trợ giúp của lệnh đã cho
clap-help-command-arg = In trợ giúp của lệnh đã cho
clap-usage-heading = Cách dùng:
clap-commands-heading = Lệnh
clap-arguments-heading = Đối số
clap-options-heading = Tùy chọn
clap-options-tag = {"["}TÙY CHỌN]
clap-command-tag = LỆNH
clap-possible-values = giá trị
clap-default = mặc định
clap-env = biến môi trường
clap-err-unknown-option = không có tùy chọn '{ $arg }'
clap-err-extra-arg = thừa đối số '{ $arg }'
clap-err-suggest = có phải là '{ $name }'?
clap-err-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
clap-err-value-missing = chưa ghi giá trị cho '{ $arg }'
clap-err-choices = chọn một trong: { $values }
clap-err-unknown-command = không có lệnh '{ $name }'
clap-err-missing = còn thiếu các mục bắt buộc sau:
clap-err-missing-command = '{ $name }' cần thêm một lệnh
clap-err-commands = các lệnh: { $names }
clap-err-conflict = không dùng được '{ $arg }' cùng với { $other }
clap-err-conflict-others = các mục khác đã ghi
clap-err-twice = '{ $arg }' chỉ được ghi một lần
clap-err-no-equals = cần dấu = khi ghi giá trị cho '{ $arg }'
clap-err-too-many = thừa giá trị '{ $value }' cho '{ $arg }'
clap-err-too-few = '{ $arg }' cần { $min } giá trị, mới có { $actual }
clap-err-wrong-number = '{ $arg }' cần { $count } giá trị, nhưng có { $actual }
clap-err-utf8 = dòng lệnh có ký tự không phải UTF-8
clap-err-other = dòng lệnh không hợp lệ
clap-err-tip-value = muốn dùng '{ $arg }' làm giá trị, hãy viết '{ $fix }'
clap-err-tip-remove-dashes = có lệnh '{ $name }'; muốn dùng thì bỏ '--' phía trước
clap-more = Để biết thêm, chạy '{ $command } --help'.
clap-fallback = { $what }; xem `plan --help`
clap-err-at-least = cần một số từ { $min } trở lên
clap-err-range = cần một số từ { $min } đến { $max }
clap-role-needs-unit = --role cần đi cùng --unit <UNIT>: đơn vị được xét vai trò
clap-bad-lang = PLAN_LANG="{ $value }" không phải ngôn ngữ hợp lệ; cần vi hoặc en
clap-bad-lock-timeout = PLAN_LOCK_TIMEOUT="{ $value }" không phải số giây (ví dụ 10 hoặc 0.5)

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
