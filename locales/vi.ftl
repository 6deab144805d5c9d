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
arg-as-of = Ngày dùng để tính thay cho hôm nay: 30/06/2020 hoặc 2020-06-30
arg-lang = Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: theo PLAN_LANG, rồi theo ngôn ngữ của máy (LC_ALL, LC_MESSAGES, LANG), nếu không có thì tiếng Việt
arg-task = Số nhiệm vụ, hoặc <mã kế hoạch>:<số>
arg-format = Định dạng kết quả: một thông báo trên stderr, hoặc phần thay đổi dạng JSON trên stdout
arg-dry-run = In phần thay đổi dạng diff, không ghi gì vào tệp
arg-follow-outside = Vẫn sửa kế hoạch mở qua liên kết tượng trưng (symlink) khi tệp thật nằm ngoài kho git (hoặc, nếu không dùng git, ngoài thư mục của kế hoạch)
arg-delimiter = Ký tự ngăn cách các cột trong CSV (';' cho Excel cài tiếng Việt)
arg-output = Ghi vào tệp này thay vì stdout
arg-plan = Mã kế hoạch cần sửa, khi mở nhiều kế hoạch
arg-list-overdue = Chỉ các nhiệm vụ có hạn sớm nhất chưa xong đã qua
arg-list-due-within = Chỉ các nhiệm vụ chưa xong, đến hạn trong khoảng này tính từ hôm nay: 14d, 2w, 14
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
arg-done-on = Ngày hoàn thành (mặc định: ngày dùng để tính): 30/06/2020 hoặc 2020-06-30
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

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

