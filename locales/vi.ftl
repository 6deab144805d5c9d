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
cmd-remind = Thư nhắc cho mỗi đơn vị có nhiệm vụ quá hạn hoặc sắp đến hạn, để gửi thư điện tử hay Zalo
arg-remind-unit = Chỉ đơn vị này: mã, tên, tên gọi khác hoặc một phần tên
arg-remind-within = Nhắc cả các nhiệm vụ đến hạn trong khoảng này kể từ ngày xem (--as-of, không ghi thì hôm nay): 7 ngày, 2 tuần, 1 tháng, 7d, 2w, 1m
arg-remind-format = Cách viết thư nhắc: txt (văn bản thuần), md (Markdown) hoặc docx (công văn đôn đốc bằng Word, theo Nghị định 30)
arg-remind-output = Ghi mỗi đơn vị một tệp vào thư mục này (MÃ.txt, MÃ.md hoặc MÃ.docx)
arg-remind-signer = Họ tên người ký (docx; không ghi thì lấy người ký của kế hoạch)
arg-remind-position = Chức vụ người ký, ví dụ "Phó Chủ tịch" (docx, dùng cùng --signer)
arg-report-number = Số của báo cáo ở phần đầu văn bản, ví dụ 45/BC-UBND (docx; không ghi thì để trống để điền tay)
arg-report-place = Địa danh ở dòng ngày tháng, ví dụ "Triệu Sơn" (docx; không ghi thì lấy địa danh của kế hoạch hoặc của cơ quan ban hành)
arg-report-signer = Họ tên người ký (docx; không ghi thì lấy người ký của kế hoạch)
arg-report-position = Chức vụ người ký, ví dụ "Phó Chủ tịch" (docx, dùng cùng --signer)
cmd-completions = Đoạn mã cho phím Tab gợi ý lệnh, số nhiệm vụ và mã đơn vị trong shell
cmd-manual = Trang hướng dẫn (man), hoặc với -o THƯ_MỤC mỗi lệnh một trang
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
# The manual a page belongs to, in its header (for "General Commands Manual").
tools-man-manual = Hướng dẫn sử dụng các lệnh

## cli: help, usage and clap's errors
# Command descriptions: cmd-plan, cmd-<path>; argument help: arg-<path>-<id>,
# or arg-<id> (see en.ftl).
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
cmd-unit-members = Đặt các thành viên của một đơn vị nhóm: những đơn vị tự báo cáo từng nhiệm vụ của nhóm
cmd-import = Nhập một văn bản (.txt, .docx, .odt, PDF) thành tệp kế hoạch
cmd-render = Viết kế hoạch trở lại thành văn bản (văn bản thuần, Markdown, hoặc Word theo Nghị định 30/2020)
cmd-report = Báo cáo tiến độ theo đơn vị cho cấp trên
cmd-timeline = Các nhiệm vụ theo từng tháng, ngay trên màn hình
cmd-export = Xuất hạn cho lịch (ICS), bảng cho Excel (CSV) hoặc JSON
cmd-merge = Hợp nhất ba phiên bản của một tệp kế hoạch (trình hợp nhất cho git): theo từng nhiệm vụ, từng trường; kết quả ghi vào OURS
cmd-git = Dùng chung kế hoạch qua git
cmd-git-setup = Thiết lập kho git này để git hợp nhất tệp kế hoạch bằng `plan merge`
cmd-log = Lịch sử của một nhiệm vụ theo git (không ghi số thì của phần đầu kế hoạch và danh mục đơn vị), mới nhất trước
arg-file = Tệp kế hoạch hoặc thư mục chứa kế hoạch (mọi tệp *.toml bên trong); dùng được nhiều lần. Mặc định: các đường dẫn trong PLAN_FILE (ngăn cách như trong PATH), nếu không có thì mọi tệp *.toml trong ./plans/
arg-as-of = Xem như vào ngày này thay cho hôm nay: 30/06/2020, 2020-06-30, 1/7 (năm nay), 1/7/24, hôm nay, hôm qua, ngày mai
arg-lang = Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: theo PLAN_LANG, rồi theo ngôn ngữ của máy (LC_ALL, LC_MESSAGES, LANG), nếu không có thì tiếng Việt
arg-task = Số nhiệm vụ, hoặc KẾ_HOẠCH:SỐ
arg-format = Định dạng kết quả: một thông báo trên stderr, hoặc phần thay đổi dạng JSON trên stdout
arg-dry-run = In những dòng sẽ thay đổi (dòng bỏ đi có dấu -, dòng thêm vào có dấu +), không ghi gì vào tệp
arg-commit = Commit tệp kế hoạch sau khi sửa, lấy thông báo của lệnh làm nội dung commit (hoặc PLAN_COMMIT=1, hoặc `commit = true` trong .plan.toml của kho)
arg-follow-outside = Vẫn sửa kế hoạch mở qua liên kết tượng trưng khi tệp thật nằm ngoài kho git (hoặc, nếu không dùng git, ngoài thư mục của kế hoạch)
arg-delimiter = Ký tự ngăn cách các cột trong CSV (';' cho Excel cài tiếng Việt)
arg-output = Ghi vào tệp này thay vì stdout
arg-plan = Mã kế hoạch cần sửa, khi mở nhiều kế hoạch
arg-list-overdue = Chỉ các nhiệm vụ có hạn sớm nhất chưa xong đã qua
arg-list-due-within = Chỉ các nhiệm vụ chưa xong đến hạn trong khoảng này kể từ hôm nay: 7 ngày, 2 tuần, 1 tháng, 7d, 2w, 1m, 14
arg-list-unit = Chỉ các nhiệm vụ của đơn vị này: mã, tên, tên gọi khác hoặc một phần tên
arg-list-role = Dùng cùng --unit: đơn vị là chủ trì hay phối hợp
arg-list-status = Chỉ các nhiệm vụ có trạng thái này, ghi bằng tiếng Việt hay tiếng Anh đều được; dùng được nhiều lần hoặc ngăn cách bằng dấu phẩy
arg-list-review = Chỉ các nhiệm vụ có mục mang dấu cần xem lại (`review = [...]`)
arg-list-format = Định dạng kết quả
arg-show-task = Số nhiệm vụ, hoặc KẾ_HOẠCH:SỐ khi mở nhiều kế hoạch
arg-show-format = Định dạng kết quả
arg-units-format = Định dạng kết quả
arg-check-strict = Báo lỗi cả khi chỉ có cảnh báo (các dấu cần xem lại `review = [...]`)
arg-check-format = Định dạng kết quả: các chỗ sai dạng chữ trên stderr, hoặc dạng JSON trên stdout
arg-done-task = Số nhiệm vụ, hoặc KẾ_HOẠCH:SỐ khi mở nhiều kế hoạch
arg-done-on = Ngày hoàn thành (mặc định: ngày đang xem): 30/06/2020, 2020-06-30, 1/7, 1/7/24, hôm nay, hôm qua
arg-done-milestone = Đóng mốc này (đếm từ 1); mốc đã đóng thì không đổi gì
arg-done-note = Ghi chú cho nhiệm vụ
arg-done-unit = Ghi nhận báo cáo riêng của đơn vị này về nhiệm vụ (thành viên của một nhóm được giao, hoặc đơn vị chủ trì, phối hợp) mà không đóng nhiệm vụ
arg-reopen-unit = Xóa báo cáo của đơn vị này về nhiệm vụ
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
arg-set-field = Mục cần sửa, ghi bằng tiếng Việt hay tiếng Anh đều được
arg-set-value = Giá trị mới; để trống ghi chú hoặc điều kiện thì xóa mục đó
arg-unit-add-id = Mã ngắn: chữ, số, - và _
arg-unit-add-name = Tên đơn vị
arg-unit-add-alias = Tên gọi khác; dùng được nhiều lần
arg-unit-alias-id = Mã đơn vị
arg-unit-alias-aliases = Các tên gọi cần thêm
arg-unit-members-id = Mã của đơn vị nhóm
arg-unit-members-members = Tất cả thành viên của nhóm: mã, tên, tên gọi khác hoặc một phần tên của từng đơn vị
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
arg-merge-base = Phiên bản gốc chung (%O của git)
arg-merge-ours = Phiên bản của mình (%A của git); kết quả ghi vào tệp này
arg-merge-theirs = Phiên bản của bên kia (%B của git)
arg-merge-path = Đường dẫn của kế hoạch trong kho, để ghi trong thông báo (%P của git)
arg-git-setup-hook = Ghi thêm hook pre-commit chạy `plan check` trên các tệp kế hoạch sắp commit
arg-log-task = Số nhiệm vụ, hoặc KẾ_HOẠCH:SỐ; không ghi thì xem phần đầu kế hoạch và danh mục đơn vị
arg-log-format = Định dạng kết quả
# What clap generates: the help and version flags, the help command, headings and errors.
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
# The placeholders of values in help, usage lines and usage errors:
# value-<English name in lower case> (value-unit for <UNIT>), or
# value-<path>-<id> for one argument's. Capitals, words joined by underscores.
value-path = ĐƯỜNG_DẪN
value-date = NGÀY
value-unit = ĐƠN_VỊ
value-id = SỐ
value-file = TỆP
value-dir = THƯ_MỤC
value-span = KHOẢNG
value-role = VAI
value-status = TRẠNG_THÁI
value-format = ĐỊNH_DẠNG
value-char = KÝ_TỰ
value-headers = TIÊU_ĐỀ_CỘT
value-name = TÊN
value-aliases = TÊN_KHÁC
value-doc = VĂN_BẢN
value-title = TÊN_NHIỆM_VỤ
value-window = THỜI_GIAN
value-text = NỘI_DUNG
value-plan = KẾ_HOẠCH
value-base = GỐC
value-ours = CỦA_MÌNH
value-theirs = BÊN_KIA
value-n = N
value-color = MÀU
value-shell = SHELL
value-field = MỤC
value-value = GIÁ_TRỊ
value-lang = NGÔN_NGỮ
value-command = LỆNH
value-unit-add-id = MÃ
value-unit-add-alias = TÊN_KHÁC
value-unit-alias-id = MÃ
# The Vietnamese words of the values flags take (choice-<value>), shown before
# the English name in help and usage errors: "chủ trì (lead)". Both are typed.
choice-lead = chủ trì
choice-partner = phối hợp
choice-any = bất kỳ
choice-title = tên
choice-window = thời gian
choice-note = ghi chú
choice-condition = điều kiện
choice-status = trạng thái
choice-todo = chưa làm
choice-doing = đang làm
choice-done = hoàn thành
choice-cancelled = đã hủy
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
clap-role-needs-unit = --role cần đi cùng --unit <ĐƠN_VỊ>: đơn vị được xét vai trò
clap-bad-lang = PLAN_LANG="{ $value }" không phải ngôn ngữ hợp lệ; cần vi hoặc en
clap-bad-lock-timeout = PLAN_LOCK_TIMEOUT="{ $value }" không phải số giây (ví dụ 10 hoặc 0.5)

clap-err-number-empty = chưa ghi số
clap-err-number-too-large = số quá lớn
clap-err-number-zero = số phải khác 0
clap-err-not-a-number = không phải là số nguyên
## errors: src/error.rs and the import's errors
err-read = không đọc được { $path }
err-not-regular = { $path } không phải là tệp thông thường (đó là { $kind }); chỉ đọc được tệp thông thường: hãy đưa đường dẫn của chính tệp kế hoạch hoặc văn bản
err-kind-folder = thư mục
err-kind-fifo = ống FIFO
err-kind-char-device = thiết bị ký tự
err-kind-block-device = thiết bị khối
err-kind-socket = ổ cắm mạng (socket)
err-kind-special = tệp đặc biệt
err-too-large = { $path } lớn hơn { $limit } (mỗi tệp chỉ đọc tối đa { $limit }); đặt PLAN_MAX_FILE_SIZE để đọc tệp lớn hơn, ví dụ PLAN_MAX_FILE_SIZE=256M
err-size-bytes = { $count } byte
err-bad-max-size = PLAN_MAX_FILE_SIZE={ $value } không phải là dung lượng; cần một số byte, hoặc số K, M hay G (ví dụ 64M)
err-list = không đọc được danh sách tệp trong thư mục { $path }
err-write = không ghi được { $path }
err-invalid = có { $count } lỗi trong các tệp kế hoạch; chạy `plan check` để xem chi tiết
err-no-plans-folder = không tìm thấy tệp kế hoạch nào trong { $path } (không có thư mục này; hãy chỉ ra tệp kế hoạch bằng -f ĐƯỜNG_DẪN hoặc PLAN_FILE)
err-no-plans = không tìm thấy tệp kế hoạch nào trong { $path }
err-no-plan = không có kế hoạch nào mang mã "{ $id }"; các kế hoạch đã nạp: { $loaded }
err-several-plans = đã nạp { $count } kế hoạch; hãy chọn một kế hoạch bằng --plan KẾ_HOẠCH ({ $loaded })
err-several-plans-files = đã nạp { $count } kế hoạch; hãy chọn một kế hoạch bằng --plan KẾ_HOẠCH ({ $loaded }) hoặc -f ĐƯỜNG_DẪN
err-no-task-in-plan = không có nhiệm vụ "{ $id }" trong kế hoạch { $plan }; kế hoạch có các nhiệm vụ { $tasks }
err-no-task-in-plan-empty = không có nhiệm vụ "{ $id }" trong kế hoạch { $plan }; kế hoạch này chưa có nhiệm vụ nào
err-no-task-in-file = không có nhiệm vụ "{ $id }" trong { $path }; tệp có các nhiệm vụ { $tasks }
err-no-task-in-file-empty = không có nhiệm vụ "{ $id }" trong { $path }; tệp này chưa có nhiệm vụ nào
err-task-in-unreadable = không có nhiệm vụ "{ $id }" trong các kế hoạch đọc được; hãy sửa trước { $count } tệp kế hoạch có lỗi nêu ở trên (xem `plan check`); không ghi gì (tệp giữ nguyên)
err-task-maybe-in-unreadable = nhiệm vụ "{ $id }" có trong các kế hoạch đọc được nhưng cũng có thể có trong một kế hoạch không đọc được; hãy sửa trước { $count } tệp kế hoạch có lỗi nêu ở trên (xem `plan check`); không ghi gì (tệp giữ nguyên)
err-same-plan-id-hint = hãy đặt cho mỗi kế hoạch một mã riêng, hoặc chuyển bản sao ra khỏi thư mục kế hoạch
err-same-plan-id = mã kế hoạch "{ $id }" là mã của cả { $first } và { $second }; { err-same-plan-id-hint }; không ghi gì (tệp giữ nguyên)
err-no-task-in-plan-id = không có nhiệm vụ "{ $id }" trong kế hoạch mang mã "{ $plan }"
err-no-task = không có nhiệm vụ "{ $id }" trong các kế hoạch đã nạp
err-task-in-several-plans = nhiệm vụ "{ $id }" có trong nhiều kế hoạch; hãy chọn một: { $candidates }
err-task-not-found-safely = không tìm được nhiệm vụ "{ $id }" một cách chắc chắn trong { $path }; không ghi gì (tệp giữ nguyên)
err-read-only = { $path } đang ở chế độ chỉ đọc; muốn sửa, hãy cho phép ghi (chmod u+w)
err-output-is-plan = { $path } là một tệp kế hoạch đang được đọc; không ghi gì (tệp giữ nguyên); hãy đặt tên khác cho tệp kết quả
err-read-only-output = { $path } đang ở chế độ chỉ đọc; không ghi gì (tệp giữ nguyên); hãy cho phép ghi bằng chmod u+w, hoặc ghi ra tệp khác
err-not-writable = người dùng này không có quyền ghi vào { $path }; không ghi gì (tệp giữ nguyên); hãy xin chủ tệp cấp quyền ghi
err-not-writable-output = người dùng này không có quyền ghi vào { $path }; không ghi gì (tệp giữ nguyên); hãy ghi ra tệp khác
err-no-reader = { $path } là ống FIFO chưa có chương trình nào đọc; không ghi gì (tệp giữ nguyên); hãy chạy chương trình đọc trước, hoặc ghi ra tệp khác
err-locked = một lần sửa khác của kế hoạch này đang giữ khóa { $path }; đã thôi chờ sau { $seconds } giây (nếu không có `plan` nào đang chạy, hãy xóa tệp đó)
err-changed = { $path } đã bị thay đổi trên đĩa sau khi đọc; không ghi gì (tệp giữ nguyên); hãy chạy lại lệnh
err-changed-while-listed = { $path } đã thay đổi trong khi đang được liệt kê; danh sách dừng tại đây (hãy chạy lại lệnh)
err-lock-not-a-file = { $path } không phải là tệp khóa (đó là { $kind }); không ghi gì (tệp giữ nguyên); hãy xóa nó nếu không có `plan` nào đang chạy
err-lock-kind-symlink = một liên kết tượng trưng
err-lock-kind-folder = một thư mục
err-lock-kind-fifo = một ống FIFO
err-lock-kind-socket = một socket
err-lock-kind-device = một thiết bị
err-lock-kind-special = một tệp đặc biệt
err-lock-kind-hard-link = một liên kết cứng tới tệp khác
err-hard-links = { $path } có { $links } liên kết cứng; thay thế nó sẽ tách rời các liên kết này, nên không ghi gì (tệp giữ nguyên); muốn sửa thì hãy tách nó thành một tệp riêng: cp { $path } ban-sao && mv ban-sao { $path }
err-outside-repository = { $path } là liên kết tới { $target }, nằm ngoài kho git { $boundary }; không ghi gì (tệp giữ nguyên); thêm --follow-outside nếu vẫn muốn sửa
err-outside-folder = { $path } là liên kết tới { $target }, nằm ngoài thư mục của kế hoạch { $boundary }; không ghi gì (tệp giữ nguyên); thêm --follow-outside nếu vẫn muốn sửa
err-plan-has-problems = { $path } đang có lỗi; hãy sửa trước (xem `plan check`); không ghi gì (tệp giữ nguyên)
err-edit-would-break = thay đổi này sẽ làm kế hoạch không hợp lệ (các dòng ở trên là kế hoạch sau khi sửa); không ghi gì (tệp giữ nguyên)
err-not-editable = không sửa được tệp kế hoạch vì không đọc được nó theo TOML: { $reason }
err-no-task-table = khối nhiệm vụ không có bảng `[[task]]`
err-task-id-taken = số nhiệm vụ "{ $id }" đã được dùng; hãy chọn số khác
err-task-id-empty = số nhiệm vụ đang để trống
err-task-id-char = số nhiệm vụ "{ $id }" có ký tự U+{ $code } "{ $char }"; số nhiệm vụ chỉ gồm chữ cái ASCII hoặc tiếng Việt, chữ số, ".", "-" và "_"
err-task-id-decomposed = số nhiệm vụ "{ $id }" được viết ở dạng tổ hợp (chữ cái kèm dấu rời phía sau); hãy viết ở dạng dựng sẵn (NFC): "{ $nfc }"
err-did-you-mean = {" "}(có phải là "{ $suggestion }"?)
err-task-id-look-alike = số nhiệm vụ "{ $id }" trông giống hệt nhiệm vụ "{ $other }" ở { $at }; với người đọc, các số chỉ khác nhau ở chữ hoa hay thường, độ rộng ký tự hoặc chữ cái trông giống nhau là cùng một nhiệm vụ
err-empty-title = tên nhiệm vụ đang để trống
err-no-such-milestone = nhiệm vụ { $task } có { $of } mốc; không có mốc { $number }
err-milestone-still-open = nhiệm vụ { $task }: mốc { $open } (trong { $of } mốc) vẫn chưa xong; hãy đóng mốc đó trước (`plan done { $task } --milestone { $open }`)
err-window-leaves-none-open = không đặt được thời gian thực hiện của nhiệm vụ { $task } thành "{ $window }": đã đóng { $closed } mốc ({ $days }) mà thời gian mới { $milestones ->
        [0] không có mốc nào
       *[other] chỉ có { $milestones } mốc
    }, nên sẽ không còn mốc nào mở; `plan reopen { $task }` mở lại mốc vừa đóng gần nhất, `plan done { $task }` hoàn thành nhiệm vụ
err-bad-window = không dùng được thời gian thực hiện "{ $text }": { $message }; các cách viết được chấp nhận có trong docs/thoi-gian.md
err-bad-window-hint = không dùng được thời gian thực hiện "{ $text }": { $message } ({ $hint }); các cách viết được chấp nhận có trong docs/thoi-gian.md
err-unknown-status = không có trạng thái "{ $value }"; cần một trong các trạng thái: chưa làm, đang làm, hoàn thành, đã hủy
err-status-todo = chưa làm
err-status-doing = đang làm
err-status-done = hoàn thành
err-status-cancelled = hủy
err-both-roles = đơn vị `{ $unit }` không thể vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ
err-bad-unit-id = mã đơn vị "{ $id }" chỉ được gồm chữ cái không dấu (a–z), chữ số, - hoặc _ (ví dụ "vhtt")
err-unit-exists = đơn vị `{ $id }` đã có ({ $name })
err-empty-unit-name = tên đơn vị đang để trống
err-binary-to-terminal = tệp { $format } không hiện được trên màn hình; hãy ghi ra tệp bằng -o TỆP (ví dụ -o bao-cao.{ $format })
err-letters-need-folder = { $count ->
    [1] công văn Word không hiện được trên màn hình; hãy ghi vào thư mục bằng -o THƯ_MỤC (ví dụ -o cong-van: mỗi đơn vị một tệp)
   *[other] không thể ghi { $count } công văn Word ra một chỗ; hãy ghi vào thư mục bằng -o THƯ_MỤC, mỗi đơn vị một tệp (hoặc chọn một đơn vị bằng -u ĐƠN_VỊ)
}
err-unit-name-not-text = tên đơn vị "{ $name }" có ký tự điều khiển hoặc ký tự ẩn; tên phải là chữ in ra được, nằm trên một dòng
err-field-not-text = { $field ->
    [title] tên nhiệm vụ
    [window] thời gian thực hiện
    [condition] điều kiện
   *[note] ghi chú
} "{ $text }" có ký tự điều khiển hoặc ký tự ẩn; hãy viết thành chữ in ra được{ $field ->
    [note] {""}
   *[other] , trên một dòng
}
err-name-taken = "{ $name }" đã là tên của đơn vị `{ $id }` ({ $owner }); mỗi tên hoặc tên gọi khác chỉ thuộc về một đơn vị
err-not-a-reporter = đơn vị `{ $unit }` ({ $name }) không báo cáo nhiệm vụ { $task }; các đơn vị báo cáo được là { $units }
err-not-a-reporter-none = đơn vị `{ $unit }` ({ $name }) không báo cáo nhiệm vụ { $task }: nhiệm vụ không có đơn vị chủ trì, phối hợp hay nhóm nào có thành viên (`plan unit members NHÓM ĐƠN_VỊ…` đặt thành viên)
err-member-is-group = đơn vị `{ $unit }` không thể là thành viên của chính nó
err-merge-file = không hợp nhất được bằng `git merge-file`: { $reason }
err-git = lệnh `git { $command }` không chạy được: { $reason }
err-not-a-repository = { $path } không nằm trong kho git nào (`git init` tạo kho, `git clone` sao kho về)
err-hook-exists = { $path } đã có và không phải của `plan`; tự thêm `plan check` vào đó, hoặc chuyển tệp đi rồi chạy lại `plan git setup --hook`
err-uncommitted-plan = { $path } có thay đổi chưa commit; hãy commit trước (`git commit { $path }`) hoặc bỏ đi (`git restore { $path }`) để lần sửa này được commit riêng; chưa ghi gì
err-bad-settings = { $path }: { $reason }
err-settings-commit = `commit` phải là true hoặc false
err-not-committed = đã sửa { $path } nhưng chưa commit được: { $reason }
err-no-unit-id = không có đơn vị nào mang mã `{ $id }`
err-no-unit-id-closest = không có đơn vị nào mang mã `{ $id }`; có phải là `{ $closest }` ({ $name })?
err-units-not-a-table = `units` trong kế hoạch này không phải là một bảng
err-unit-not-in-head = đơn vị `{ $unit }` không nằm trong phần đầu kế hoạch; hãy sửa trực tiếp trong tệp kế hoạch
err-unit-ambiguous = "{ $query }" khớp với nhiều đơn vị: { $candidates }
err-unit-no-match = không có đơn vị nào khớp với "{ $query }"
err-unit-no-match-closest = không có đơn vị nào khớp với "{ $query }"; gần nhất: { $closest }
err-bad-period = không đọc được kỳ "{ $text }": { $message }
err-unusable-period = không dùng được kỳ "{ $text }": { $message }
err-to-before-from = --to ở trước --from
err-period-without-dates = kỳ "{ $text }" không có ngày; cần viết dạng như "Quý II/2020"
err-waiting = đang chờ một lần sửa khác của kế hoạch này ({ $lock } đang do { $holder } giữ); sẽ thôi chờ sau { $seconds } giây
err-holder-pid = tiến trình { $pid }
err-holder-other = một tiến trình khác
err-owner-not-kept = { label-warning }: không giữ được chủ sở hữu { $uid }:{ $gid } ({ $reason }); tệp giờ thuộc về { $now_uid }:{ $now_gid }
err-attribute-not-kept = { label-warning }: không giữ được thuộc tính mở rộng { $name } ({ $reason }); thuộc tính này đã mất
err-io-not-found = không có tệp hoặc thư mục này
err-io-permission-denied = không có quyền truy cập
err-io-already-exists = đã có rồi
err-io-is-a-directory = đây là thư mục, không phải tệp
err-io-not-a-directory = một phần của đường dẫn không phải là thư mục
err-io-directory-not-empty = thư mục không trống
err-io-storage-full = ổ đĩa đã hết chỗ trống
err-io-quota-exceeded = đã dùng hết hạn mức dung lượng đĩa
err-io-file-too-large = tệp sẽ vượt quá dung lượng hệ thống cho phép
err-io-read-only-filesystem = ổ đĩa chỉ cho đọc
err-io-invalid-filename = tên tệp không hợp lệ hoặc quá dài
err-io-too-many-links = có quá nhiều liên kết
err-io-crosses-devices = đường dẫn nằm trên ổ đĩa khác
err-io-busy = đang được dùng
err-io-would-block = chưa sẵn sàng
err-io-timed-out = quá thời gian chờ
err-io-interrupted = thao tác bị ngắt
err-io-broken-pipe = chương trình nhận dữ liệu đã đóng
err-io-unexpected-eof = dữ liệu kết thúc sớm hơn dự kiến
err-io-invalid-data = dữ liệu không hợp lệ
err-io-invalid-input = giá trị đưa cho hệ thống không hợp lệ
err-io-out-of-memory = hết bộ nhớ
err-io-unsupported = hệ thống không hỗ trợ thao tác này
err-io-os = lỗi hệ thống (mã { $code })
err-io-other = lỗi hệ thống
err-docx-zip = không phải văn bản Word (.docx): { $reason }
err-docx-no-body = văn bản Word không có word/document.xml
err-docx-xml = XML của văn bản Word bị hỏng: { $reason }
err-docx-too-large = phần chữ của văn bản Word khi giải nén lớn hơn { $limit } byte (PLAN_MAX_FILE_SIZE)
err-zip-invalid = gói nén zip bị hỏng
err-zip-unsupported = kiểu gói nén zip này không được hỗ trợ
err-zip-file-not-found = trong gói nén thiếu tệp cần đọc
err-zip-password = mật khẩu không đúng
err-zip-compression = không hỗ trợ kiểu nén số { $method }
err-zip-other = không đọc được gói nén zip
err-odt-zip = không phải văn bản OpenDocument (.odt): { $reason }
err-odt-no-body = văn bản OpenDocument không có content.xml
err-odt-encrypted = văn bản OpenDocument có mật khẩu; hãy mở nó, bỏ mật khẩu (Tệp > Thuộc tính > Bảo mật) rồi lưu lại
err-odt-xml = XML của văn bản OpenDocument bị hỏng: { $reason }
err-odt-too-large = phần chữ của văn bản OpenDocument khi giải nén lớn hơn { $limit } byte (PLAN_MAX_FILE_SIZE)
err-pdf-not-pdf = không phải PDF: không bắt đầu bằng "%PDF-"
err-pdf-no-pdftotext = muốn đọc PDF cần có `pdftotext`, nhưng không có nó trong PATH: hãy cài đặt (Debian, Ubuntu: `apt install poppler-utils`), hoặc mở PDF bằng Word, lưu thành .docx rồi nhập tệp đó
err-pdf-run = không chạy được `pdftotext`: { $reason }
err-pdf-no-text = PDF không có lớp chữ (bản quét: các trang là hình ảnh)
err-pdf-encrypted = PDF có mật khẩu; hãy xin cơ quan bản không có mật khẩu, hoặc bản .docx
err-pdf-failed = `pdftotext` không đọc được PDF: { $reason }
err-pdf-timed-out = `pdftotext` chạy quá { $seconds } giây với PDF này nên đã bị dừng
err-pdf-too-large = phần chữ của PDF lớn hơn { $limit } byte (PLAN_MAX_FILE_SIZE)
err-pdf-remedy = ; hãy nhận dạng chữ bằng OCR (`ocrmypdf -l vie --sidecar kh.txt { $file } kh-ocr.pdf` ghi ra kh.txt để nhập), hoặc xin cơ quan bản .docx
err-pdf-no-pipes = không mở được đường truyền dữ liệu tới pdftotext
err-pdf-output-lost = không đọc được kết quả của pdftotext
err-foreign-doc = văn bản Word 97-2003 (.doc)
err-foreign-xls = bảng tính Excel 97-2003 (.xls)
err-foreign-ppt = bài trình chiếu PowerPoint 97-2003 (.ppt)
err-foreign-ole = tệp Office 97-2003 (tệp OLE phức hợp)
err-foreign-encrypted-office = văn bản Office có mật khẩu
err-foreign-rtf = văn bản Rich Text Format (.rtf)
err-foreign-image = hình ảnh { $kind }
err-foreign-xlsx = bảng tính Excel (.xlsx)
err-foreign-pptx = bài trình chiếu PowerPoint (.pptx)
err-foreign-other-odf = bảng tính, bài trình chiếu hoặc hình vẽ OpenDocument
err-foreign-zip = tệp nén zip không phải văn bản Word hay OpenDocument
err-foreign-html = trang web (HTML)
err-foreign-mhtml = trang web lưu trọn gói (MHTML, .mht)
err-foreign-xml = tệp XML (Word 2003 XML hoặc OpenDocument dạng phẳng)
err-remedy-convert = hãy chuyển sang .docx rồi nhập tệp đó: `soffice --headless --convert-to docx { $file }` (LibreOffice), hoặc mở bằng Word rồi lưu thành .docx
err-remedy-web = hãy chuyển sang .docx rồi nhập tệp đó: `soffice --headless --convert-to 'docx:MS Word 2007 XML' { $file }` (LibreOffice), hoặc chép nội dung kế hoạch từ trình duyệt vào một tệp .txt
err-remedy-password = hãy mở nó, bỏ mật khẩu (Word: Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại thành .docx
err-remedy-ocr = cần nhận dạng chữ trước (OCR: `tesseract { $file } kh -l vie` ghi ra kh.txt để nhập), hoặc xin cơ quan bản .docx
err-remedy-ask = `plan import` đọc kế hoạch soạn thành văn bản (.docx, .odt, .txt, PDF); hãy xin cơ quan ban hành bản .docx hoặc PDF của kế hoạch
err-import-cause = { $path }: { $reason }
err-import-foreign = { $path }: đây là { $format }, loại tệp mà `plan import` không đọc; { $remedy }
err-import-refused = chưa nhập { $path }
err-import-empty = { $path } trống: không có gì để nhập
err-import-no-tasks = không tìm thấy nhiệm vụ nào trong { $path }; đây có phải là một văn bản Kế hoạch có các nhiệm vụ đánh số kèm đơn vị thực hiện không?
err-import-does-not-check = kế hoạch đọc từ { $path } không qua được `plan check` (xem ở trên); không ghi gì (tệp giữ nguyên)
err-import-doubtful = { $path } có { $count } mục còn nghi ngờ (xem ghi chú ở trên); với --strict thì không ghi gì (tệp giữ nguyên)
err-import-exists = { $path } đã có; dùng --force để ghi đè

## diagnostics: problems in plan files (store, diagnostic, window)
diag-more = còn { $count } vấn đề khác trong tệp này không được hiển thị
diag-table-twice = bảng `{ $header }` được khai báo hai lần
diag-table-twice-first = bảng `{ $header }` được khai báo hai lần, lần đầu ở dòng { $line }
diag-table-twice-hint = gộp hai bảng làm một, hoặc đổi tên một bảng
diag-key-twice = trường `{ $name }` được đặt hai lần
diag-key-twice-first = trường `{ $name }` được đặt hai lần, lần đầu ở dòng { $line }
diag-key-twice-hint = mỗi trường chỉ đặt một lần trong một bảng: xóa một trong hai dòng
diag-key-parts = trường có { $parts } phần; chỉ đọc được tối đa { $max } phần
diag-key-parts-expected = trường gồm ít phần, ví dụ `units.vhtt.name`
diag-toml-invalid = sai cú pháp TOML: { $message }
diag-toml-hint-quotes = giá trị là chữ phải đặt trong ngoặc kép, ví dụ `status = "đang làm"`
diag-toml-hint-basic-string = đóng chuỗi bằng dấu " trên cùng dòng (hoặc viết đoạn dài giữa """ và """)
diag-toml-hint-literal-string = đóng chuỗi bằng dấu ' trên cùng dòng
diag-toml-hint-multi-line-basic = đóng đoạn văn bằng """
diag-toml-hint-multi-line-literal = đóng đoạn văn bằng '''
diag-toml-hint-escape = dấu \ mở đầu một ký tự đặc biệt như \n hoặc \"; muốn viết chính dấu \ thì viết \\
diag-toml-hint-date = viết ngày dạng 2020-06-30, hoặc dạng chữ: "30/06/2020"
diag-toml-hint-array = các mục của danh sách cách nhau bằng dấu phẩy và đóng bằng ]: ["a", "b"]
diag-toml-hint-table = tiêu đề bảng phải đóng ngay trên dòng của nó: [units.vhtt] hoặc [[task]]
diag-toml-hint-key = mỗi dòng có dạng `trường = giá trị`; trường gồm chữ cái, chữ số, - và _ (hoặc đặt trong ngoặc kép)
diag-toml-hint-line = mỗi dòng một `trường = giá trị`; giá trị là chữ phải đặt trong ngoặc kép
diag-toml-expected = , cần { $items }
diag-toml-basic-string = chuỗi trong ngoặc kép không hợp lệ
diag-toml-literal-string = chuỗi trong ngoặc đơn không hợp lệ
diag-toml-multi-line-string = đoạn văn nhiều dòng không hợp lệ
diag-toml-boolean = giá trị đúng/sai không hợp lệ
diag-toml-unquoted = giá trị là chữ phải đặt trong ngoặc kép
diag-toml-value = giá trị không hợp lệ
diag-toml-missing-value = thiếu giá trị
diag-toml-escape = thiếu ký tự sau dấu \
diag-toml-unicode = mã Unicode thiếu chữ số
diag-toml-date = ngày giờ không hợp lệ
diag-toml-array-comma = thiếu dấu phẩy giữa các mục của danh sách
diag-toml-unclosed-array = danh sách chưa được đóng
diag-toml-array-extra-comma = thừa dấu phẩy trong danh sách
diag-toml-array-equals = dấu `=` đặt sai chỗ trong danh sách
diag-toml-array-opening = thiếu dấu [ mở đầu danh sách
diag-toml-unclosed-table = tiêu đề bảng chưa được đóng
diag-toml-unclosed-array-table = tiêu đề bảng chưa được đóng
diag-toml-table-opening = thiếu dấu [ mở đầu tiêu đề bảng
diag-toml-table = bảng không hợp lệ
diag-toml-key = trường không hợp lệ
diag-toml-empty-key = trường không được để trống
diag-toml-multi-line-key = trường không được viết trên nhiều dòng
diag-toml-missing-equals = thiếu dấu = giữa trường và giá trị
diag-toml-extra-equals = thừa dấu =
diag-toml-unexpected-key = trường hoặc giá trị đặt sai chỗ
diag-toml-unexpected = nội dung đặt sai chỗ
diag-toml-carriage-return = ký tự CR phải đi liền với ký tự xuống dòng
diag-toml-comment-char = dòng chú thích có ký tự không hợp lệ
diag-toml-comment-start = thiếu dấu # mở đầu chú thích
diag-toml-opening-quote = thiếu dấu ngoặc mở
diag-toml-inline-table = bảng viết trên một dòng ({"{"} … {"}"}) không hợp lệ
diag-toml-too-deep = lồng nhau quá sâu
diag-toml-number-too-big = số quá lớn
diag-toml-number = số không hợp lệ
diag-toml-other = cú pháp không đúng
diag-toml-newline = xuống dòng
diag-toml-nothing = không gì cả
diag-toml-a-basic-string = chuỗi trong ngoặc kép
diag-toml-a-literal-string = chuỗi trong ngoặc đơn
diag-toml-a-multi-line-string = đoạn văn nhiều dòng
diag-toml-characters = ký tự
diag-toml-digits = chữ số
diag-toml-letters = chữ cái
diag-toml-a-key = trường
diag-toml-a-value = giá trị
diag-toml-hex = mã Unicode dạng thập lục phân
diag-did-you-mean-key = có phải là `{ $key }`?
diag-unknown-field = không nhận ra trường `{ $name }` trong { $what }
diag-wrong-type = `{ $key }` phải là { $expected }, không phải { $found }
diag-type-found = { $kind ->
    [string] chuỗi chữ
    [integer] số nguyên
    [float] số thập phân
    [boolean] giá trị đúng/sai
    [datetime] ngày giờ
    [array] danh sách
   *[table] bảng
}
diag-type-string = chuỗi chữ
diag-type-strings = danh sách chuỗi chữ
diag-type-string-list = danh sách chuỗi chữ
diag-empty-field = `{ $key }` của { $what } đang để trống
diag-missing-field = thiếu trường `{ $key }` trong { $what }
diag-missing-field-hint = thêm `{ $key } = …` vào { $what }
diag-year-out-of-range = năm { $year } của `{ $key }` nằm ngoài khoảng cho phép
diag-years-run = năm phải từ { $min } đến { $max }
diag-not-a-date = `{ $key }` không phải là ngày
diag-not-a-date-expected = ngày dạng 2020-06-30 hoặc "30/06/2020"
diag-not-a-table = { $what } phải là bảng, không phải { $found }
diag-key-in-list = `{ $key }`
diag-the-plan-file = tệp kế hoạch
diag-no-format = thiếu `format = 1` ở đầu tệp kế hoạch
diag-no-format-hint = thêm `format = 1` làm dòng đầu tiên
diag-bad-format = định dạng tệp kế hoạch không được hỗ trợ
diag-bad-format-hint = phiên bản này của `plan` đọc định dạng 1
diag-no-plan-table = thiếu bảng `[plan]`
diag-no-plan-table-hint = thêm bảng `[plan]` có ít nhất `id` và `title`
diag-bad-plan-id = mã kế hoạch "{ $id }" có dấu cách hoặc dấu `:`
diag-bad-plan-id-hint = dùng chữ cái, chữ số và dấu gạch ngang, ví dụ "trieu-son-2020"
diag-period-no-dates = thời kỳ "{ $text }" không có ngày tháng cụ thể
diag-period-no-dates-expected = một khoảng thời gian có ngày tháng, ví dụ "Năm 2020", "2020..2025" hoặc "6 tháng đầu năm 2021"
diag-window-expected = thời gian thực hiện dạng "Năm 2020", "Tháng 6/2020", "Quý II/2020", "15/6/2020", "Tháng 9 - 10/2020", "Trước ngày 15/6/2020", "Tháng 6, tháng 12/2020", "Thường xuyên" (mọi cách viết: docs/thoi-gian.md)
diag-unit-name-clash = đơn vị `{ $id }` còn có tên gọi "{ $spelling }", trùng tên của đơn vị `{ $other }`
diag-unit-name-clash-hint = mỗi tên hoặc tên gọi khác chỉ dùng cho một đơn vị
diag-type-unit-ids = danh sách mã đơn vị
diag-group-in-itself = nhóm `{ $group }` tự ghi chính mình là thành viên
diag-groups-in-each-other = nhóm `{ $group }` và nhóm `{ $member }` chứa lẫn nhau
diag-groups-in-each-other-hint = một nhóm không thể là thành viên của chính các thành viên của nó
diag-did-you-mean-units = có phải là { $units }?
diag-or = {" "}hoặc{" "}
diag-declare-unit = khai báo đơn vị này trong một bảng `[units.<id>]`
diag-unknown-unit = không có đơn vị `{ $id }` (trong `{ $key }`)
diag-unknown-unit-expected = mã một đơn vị: { $ids }
diag-type-responsibilities = danh sách bảng ([[responsibility]])
diag-type-tasks = danh sách bảng ([[task]])
diag-task-id-hint = số nhiệm vụ thường ngắn: "4", "2.1", "a"
diag-quote-id = đặt số nhiệm vụ trong ngoặc kép: `id = "{ $text }"`
diag-lead-and-partner = đơn vị `{ $unit }` vừa chủ trì vừa phối hợp
diag-lead-and-partner-hint = một đơn vị hoặc chủ trì hoặc phối hợp, không thể cả hai; xóa đơn vị đó khỏi `partners`
diag-unknown-status = trạng thái "{ $status }" không hợp lệ
diag-unknown-status-expected = chưa làm, đang làm, hoàn thành, đã hủy (hoặc `todo`, `doing`, `done`, `cancelled`)
diag-done-not-done = có ngày `done` nhưng trạng thái của nhiệm vụ là "{ $status }"
diag-done-not-done-hint = đặt `status = "hoàn thành"`, hoặc xóa ngày `done`
diag-unit-twice = đơn vị `{ $id }` được ghi hai lần trong `{ $key }`
diag-unit-twice-hint = xóa bớt một lần
diag-empty-milestones = thời gian thực hiện để trống
diag-empty-milestones-expected = ít nhất một mốc, ví dụ ["2020-06", "2020-12"]
diag-type-window = chuỗi chữ hoặc danh sách chuỗi chữ
diag-period-needed-hint = ghi thời kỳ cho kế hoạch, ví dụ `period = "Năm 2020"` trong [plan]
diag-did-you-mean-status = có phải là "{ $status }"?
diag-status-word = { $status ->
        [todo] chưa làm
        [doing] đang làm
        [done] hoàn thành
       *[cancelled] đã hủy
    }
diag-type-dates = danh sách ngày
diag-milestones-all-closed = cả { $count } mốc đều đã hoàn thành nhưng trạng thái vẫn là "{ $status }"
diag-milestones-all-closed-hint = đặt `status = "hoàn thành"` kèm ngày `done`, hoặc xóa ngày cuối cùng để mở lại một mốc
diag-milestones-closed-on-one = đã ghi { $closed } mốc hoàn thành, nhưng thời gian thực hiện "{ $window }" { $milestones ->
        [1] chỉ có một mốc
       *[other] không có ngày tháng
    }
diag-milestones-closed-on-one-hint = nhiệm vụ chỉ có một hạn thì hoàn thành cả một lần: xóa `milestones_done`, và với nhiệm vụ đã xong thì đặt `status = "hoàn thành"` kèm ngày `done`
diag-milestones-too-many = đã ghi { $closed } mốc hoàn thành nhưng thời gian thực hiện chỉ có { $milestones } mốc
diag-milestones-too-many-hint = xóa những ngày thừa trong `milestones_done`, hoặc bổ sung các mốc còn thiếu cho thời gian thực hiện
diag-same-plan-id = mã kế hoạch "{ $id }" trùng với mã của { $first }
diag-utf8-expected = tệp văn bản mã UTF-8
diag-save-as-utf8 = lưu lại tệp với mã UTF-8 (Notepad: Save As, Encoding UTF-8), hoặc chuyển mã, ví dụ `iconv -f { $from } -t UTF-8`
diag-utf16-bom = tệp dùng mã UTF-16 (mở đầu bằng dấu BOM của UTF-16), không phải UTF-8
diag-utf16-zeros = tệp có vẻ dùng mã UTF-16 (có rất nhiều byte 0), không phải UTF-8
diag-zeros-at-end = tệp kết thúc bằng { $count } byte 0, dấu hiệu của một lần ghi bị ngắt giữa chừng
diag-zeros-at-end-expected = tệp kế hoạch kết thúc ngay sau phần chữ
diag-zeros-at-end-hint = khôi phục tệp từ git (`git checkout -- TỆP`) hoặc từ bản sao lưu; nếu phần chữ trước các byte 0 còn nguyên thì xóa các byte 0 đi
diag-merge-conflict = xung đột hợp nhất chưa giải quyết: git để lại cả hai phiên bản trong tệp
diag-merge-conflict-hint = giữ lại một phiên bản của các dòng nằm giữa `<<<<<<<`, `=======` và `>>>>>>>`, xóa ba dòng đánh dấu, rồi chạy `plan check`
diag-bare-cr = dòng kết thúc bằng ký tự CR đơn lẻ (kiểu xuống dòng của máy Mac cũ)
diag-bare-cr-expected = xuống dòng kiểu LF hoặc CRLF
diag-bare-cr-hint = chuyển đổi tệp, ví dụ `tr '\r' '\n' < old.toml > new.toml`
diag-guess-vietnamese = Windows-1258 hoặc một bảng mã tiếng Việt cũ khác (TCVN3, VNI)
diag-guess-legacy = một bảng mã cũ
diag-stray-byte = byte { $byte } ở dòng { $line } không hợp lệ trong UTF-8, dù phần còn lại của tệp là UTF-8 (tổng cộng { $count } byte như vậy)
diag-stray-byte-hint = gõ lại ký tự ở chỗ đó trong trình soạn thảo; đừng chuyển mã cả tệp, phần còn lại đã là UTF-8
diag-not-utf8 = tệp không dùng mã UTF-8: byte { $byte } ở dòng { $line } không hợp lệ trong UTF-8; có vẻ tệp dùng { $guess }
diag-duplicate-task-id = số nhiệm vụ "{ $id }" bị trùng
diag-duplicate-task-id-hint = nhiệm vụ "{ $id }" đã có ở dòng { $line }; đặt cho nhiệm vụ này một số khác
diag-look-alike-id-hint = đặt cho một trong hai nhiệm vụ một số khác
diag-did-you-mean-value = có phải là "{ $value }"?
diag-review-names = `review` của { $what } ghi "{ $name }", là trường không dùng được ở đây
diag-review-names-expected = tên một trường: { $fields }
diag-review-window-unread = nhiệm vụ { $id } cần xem lại: { $reason }
diag-review-window-unread-hint = viết lại theo một cách `plan` đọc được (xem docs/thoi-gian.md) bằng `plan set { $id } window "…"`, hoặc ghi điều kiện phải chờ bằng `plan set { $id } condition "…"`; cách nào cũng xóa dấu cần xem lại
diag-review-no-window = nhiệm vụ { $id } cần xem lại: chưa có thời gian thực hiện
diag-review-no-window-hint = `plan set { $id } window "…"` hoặc `plan set { $id } condition "…"` sẽ ghi thời gian và xóa dấu cần xem lại
diag-review-window = nhiệm vụ { $id } cần xem lại: thời gian thực hiện
diag-review-window-hint = đối chiếu với văn bản; `plan set { $id } window "…"` xóa dấu cần xem lại, hoặc bỏ "window" khỏi `review`
diag-review-no-lead = nhiệm vụ { $id } cần xem lại: chưa có đơn vị chủ trì
diag-review-no-lead-hint = `plan assign { $id } --lead ĐƠN_VỊ` ghi đơn vị chủ trì và xóa dấu cần xem lại
diag-review-lead = nhiệm vụ { $id } cần xem lại: đơn vị chủ trì
diag-review-lead-hint = đối chiếu với văn bản; `plan assign { $id } --lead ĐƠN_VỊ` xóa dấu cần xem lại, hoặc bỏ "lead" khỏi `review`
diag-review-partners = nhiệm vụ { $id } cần xem lại: đơn vị phối hợp
diag-review-partners-hint = đối chiếu với văn bản; `plan assign { $id } --partner ĐƠN_VỊ` xóa dấu cần xem lại, hoặc bỏ "partners" khỏi `review`
diag-review-title = nhiệm vụ { $id } cần xem lại: tên nhiệm vụ
diag-review-title-hint = đối chiếu với văn bản; `plan set { $id } title "…"` xóa dấu cần xem lại, hoặc bỏ "title" khỏi `review`
diag-review-head-missing = kế hoạch cần xem lại: chưa có { $field ->
        [period] thời kỳ
       *[title] tên kế hoạch
    }
diag-review-head-missing-hint = thêm `{ $field } = "…"` vào [plan] (ví dụ `period = "Năm 2024"`), rồi bỏ "{ $field }" khỏi `review`
diag-review-head = kế hoạch cần xem lại: { $field ->
        [period] thời kỳ
       *[title] tên kế hoạch
    }
diag-review-head-hint = đối chiếu `{ $field }` trong [plan] với văn bản, rồi bỏ "{ $field }" khỏi `review`
diag-window-month-hint = tháng chỉ từ 1 đến 12
diag-window-quarter-hint = quý chỉ từ I đến IV
diag-window-cannot-read = không đọc được thời gian thực hiện "{ $text }"
diag-window-no-end = khoảng thời gian chưa có điểm kết thúc
diag-window-no-end-hint = ghi cả hai đầu, ví dụ "Từ tháng 3 đến tháng 5/2021"
diag-window-no-year = { $what } chưa ghi năm
diag-window-no-year-hint = tháng hoặc quý không ghi năm thì kế hoạch phải có thời kỳ
diag-window-does-not-exist = không có { $what ->
        [month] tháng
        [day] ngày
        [quarter] quý
        [hour] giờ
       *[minute] phút
    } { $shown }
diag-window-bad-day = { $written } không phải là ngày có thật: { $name }/{ $year } chỉ có { $days } ngày
diag-window-not-a-date = { $written } không phải là ngày có thật
diag-window-year-out-of-range = năm nằm ngoài khoảng cho phép
diag-window-year-out = năm { $year } nằm ngoài khoảng cho phép
diag-window-weekday = ngày { $date } là { $weekday ->
        [Monday] thứ Hai
        [Tuesday] thứ Ba
        [Wednesday] thứ Tư
        [Thursday] thứ Năm
        [Friday] thứ Sáu
        [Saturday] thứ Bảy
       *[Sunday] Chủ nhật
    }, không phải { $shown }
diag-window-weekday-hint = sửa lại ngày hoặc thứ trong tuần
diag-window-clock-hint = { $what ->
        [hour] giờ
       *[minute] phút
    } chỉ từ 0 đến { $max }
diag-window-days-differ = thời gian thực hiện ghi { $said } ngày, nhưng các ngày đã ghi kéo dài { $covered } ngày
diag-window-days-differ-hint = sửa lại số ngày hoặc các ngày bắt đầu, kết thúc
diag-window-duration-alone = thời hạn { $days } ngày phải ghi kèm ngày bắt đầu và ngày kết thúc phía sau
diag-window-duration-alone-hint = ví dụ "Trong 03 ngày, từ ngày 05 đến ngày 07/8/2024"
diag-window-duration = { $count } { $what ->
        [days] ngày
        [weeks] tuần
       *[months] tháng
    } là một khoảng thời lượng, không phải một ngày cụ thể
diag-window-duration-hint = ghi hạn phải xong, ví dụ "Trước ngày 15/6/2020", hoặc ngày bắt đầu và ngày kết thúc, ví dụ "Từ ngày 1/6 đến ngày 15/9/2020"
diag-window-no-such-part = một năm không có phần { $months } tháng như vậy
diag-window-join-condition = thời gian chờ theo điều kiện không ghép được với thời gian khác bằng dấu ";"
diag-window-join-condition-hint = một nhiệm vụ hoặc chờ theo điều kiện, hoặc có ngày tháng: chỉ giữ một trong hai
diag-window-join-open = khoảng thời gian chưa có điểm kết thúc không ghép được với thời gian khác bằng dấu ";"
diag-window-join-open-hint = ghi điểm kết thúc, ví dụ "Từ tháng 3 đến tháng 5/2025"
diag-window-ongoing-period = "thường xuyên" cần kế hoạch có thời kỳ
diag-window-recurring-period = thời gian lặp lại định kỳ cần kế hoạch có thời kỳ
diag-window-recurring-start = thời gian lặp lại định kỳ cần thời kỳ có ngày bắt đầu
diag-window-since-period = khoảng "từ … trở đi" cần kế hoạch có thời kỳ
diag-window-since-after = khoảng "từ … trở đi" bắt đầu ngày { $start }, sau khi thời kỳ của kế hoạch kết thúc ngày { $end }
diag-window-every = không lặp lại được mỗi { $months } tháng
diag-window-every-hint = thời gian định kỳ chỉ lặp lại mỗi 1, 3, 6 hoặc 12 tháng
diag-window-quarter-month = tháng trong quý phải đi với "hằng quý"
diag-window-recurring-day = ngày lặp lại hằng quý hoặc nửa năm phải ghi rõ tháng
diag-window-recurring-day-hint = ghi tháng, ví dụ "Hằng quý, trước ngày 20 tháng cuối quý"
diag-window-year-every-year = năm { $year } không thể lặp lại hằng năm
diag-window-names-year = { $what } có ghi năm, nhưng thời gian thực hiện lặp lại hằng năm
diag-window-names-year-hint = ghi ngày không kèm năm, ví dụ "Trước ngày 20/12 hằng năm"
diag-window-backwards = khoảng thời gian kết thúc trước khi bắt đầu: { $range }
diag-window-backwards-yearly-hint = khoảng thời gian lặp lại hằng năm phải nằm trong một năm
diag-window-backwards-hint = ghi ngày bắt đầu trước; khi khoảng thời gian sang năm mới thì ghi năm ở cả hai đầu
diag-window-bad-yearly-day = { $written } không phải là ngày có thật: { $name } có nhiều nhất { $days } ngày
diag-window-names-month = { $what } có ghi tháng, nhưng thời gian thực hiện lặp lại hằng tháng
diag-window-names-month-hint = chỉ ghi ngày, ví dụ "Trước ngày 25 hằng tháng"
diag-window-no-month = { $what } chưa ghi tháng
diag-window-no-month-yearly-hint = ghi tháng, ví dụ "Trước ngày 20/12 hằng năm"
diag-window-no-month-hint = ghi tháng, ví dụ "15/6/2020"
diag-window-not-a-day = { $what } không phải là một ngày trong tháng
diag-window-not-a-day-hint = ghi một ngày, ví dụ "Trước ngày 25 hằng tháng"
diag-window-the-year = năm
diag-window-first-months = { $months } tháng đầu năm
diag-window-last-months = { $months } tháng cuối năm
diag-window-the-quarter = quý { $quarter }
diag-window-the-month = tháng { $month }
diag-window-the-day = ngày { $day }
diag-window-vague = "{ $phrase }" chưa rõ: chưa ghi { $part ->
        [start] đầu
        [end] cuối
        [middle] giữa
        [first-week] tuần đầu
       *[last-week] tuần cuối
    } { $unit ->
        [year] năm
        [quarter] quý
       *[month] tháng
    } là những ngày nào
diag-window-vague-hint = ghi rõ các ngày ("Từ ngày … đến ngày …", "Trước ngày …")
diag-window-vague-hint-whole = ghi rõ các ngày ("Từ ngày … đến ngày …", "Trước ngày …") hoặc cả { $unit ->
        [year] năm
        [quarter] quý
       *[month] tháng
    } ("{ $whole }")
diag-window-empty = thời gian thực hiện để trống
diag-window-month-name = tháng { $month }
diag-window-list-element = mỗi mục của danh sách phải là một khoảng thời gian, không phải { $what ->
        [milestones] nhiều mốc
        [ongoing] thời gian thường xuyên
        [recurring] thời gian lặp lại định kỳ
        [conditional] thời gian chờ theo điều kiện
        [open] khoảng thời gian chưa có điểm kết thúc
       *[joined] nhiều thời gian ghép bằng dấu ";"
    }
diag-window-list-element-hint = mỗi mục ghi một ngày, tháng, quý, năm hoặc khoảng thời gian, ví dụ ["2020-06", "2020-12"]

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
out-status-milestones = { $status } (đã xong { $closed }/{ $all } mốc)
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
out-show-reports = Báo cáo
out-reported = đã báo cáo { $reported }/{ $of }
out-not-reported = chưa báo cáo: { $units }
out-report-entry = { $unit }: { $day }
out-report-entry-note = { $unit }: { $day } ({ $note })
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
out-unit-report-added = nhiệm vụ { $id }: { $unit } đã báo cáo ngày { $day }
out-unit-report-replaced = nhiệm vụ { $id }: { $unit } đã báo cáo ngày { $day } (báo cáo trước ghi ngày { $old })
out-unit-report-same = nhiệm vụ { $id }: { $unit } đã báo cáo ngày { $day } rồi; không thay đổi gì
out-unit-report-progress = {" "}(đã báo cáo { $reported }/{ $of })
out-unit-report-removed = nhiệm vụ { $id }: đã xóa báo cáo của { $unit }
out-unit-report-none = nhiệm vụ { $id }: { $unit } chưa báo cáo; không thay đổi gì
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
out-unit-members = đơn vị { $id }: { $count } thành viên
out-unit-members-same = đơn vị { $id } đã có đúng các thành viên này; không thay đổi gì
out-merge-conflict-field = { $path }: nhiệm vụ { $task }: { $field } bị sửa khác nhau ở hai bên; giữ cả hai giữa các dấu xung đột
out-merge-conflict-head = { $path }: { $field } bị sửa khác nhau ở hai bên; giữ cả hai giữa các dấu xung đột
out-merge-conflict-deleted = { $path }: nhiệm vụ { $task } bị xóa ở một bên nhưng được sửa ở bên kia; giữ lại giữa các dấu xung đột
out-merge-renumbered = { $path }: cả hai bên cùng thêm nhiệm vụ { $id }; nhiệm vụ của bên kia nay là nhiệm vụ { $new }
out-merge-fallback = { $path }: có phía không phải kế hoạch đọc được không lỗi; hợp nhất từng dòng bằng `git merge-file`
out-git-setup-attribute = đã thêm `{ $line }` vào { $path } (hãy commit tệp này để mọi bản sao đều hợp nhất kế hoạch như nhau)
out-git-setup-config = đã đặt `git config { $key }` là "{ $value }"
out-git-setup-hook = đã ghi hook pre-commit { $path }: hook chạy `plan check` trên các tệp kế hoạch sắp commit
out-git-setup-nothing = không cần làm gì: kho này đã hợp nhất kế hoạch bằng `plan merge`
out-log-field = { $field ->
    [status] trạng thái
    [lead] chủ trì
    [partners] phối hợp
    [title] tên
    [window] thời gian
    [note] ghi chú
    [condition] điều kiện
    [done] ngày hoàn thành
    [milestones_done] mốc hoàn thành
    [reports] báo cáo
    [review] cần xem lại
    [group] nhóm
    [name] tên
    [aliases] tên gọi khác
    [members] thành viên
    [period] thời kỳ
    [basis] căn cứ
    [closing] lời kết
    [issuer] cơ quan ban hành
    [number] số hiệu
    [date] ngày ban hành
    [place] địa danh
    [purpose] mục đích
    [requirements] yêu cầu
    [recipients] nơi nhận
    [signer] người ký
    [id] mã
   *[other] { $field }
}
out-log-task-added = thêm nhiệm vụ
out-log-plan-added = tạo kế hoạch
out-log-task-removed = xóa nhiệm vụ
out-log-unit-added = thêm đơn vị { $name } ({ $id })
out-log-unit-removed = xóa đơn vị { $name } ({ $id })
out-log-unit-changed = đơn vị { $name } ({ $id }): { $change }
out-log-none-task = chưa có commit nào thay đổi nhiệm vụ { $id }
out-log-none-head = chưa có commit nào thay đổi phần đầu hay danh mục đơn vị của kế hoạch { $plan }
out-committed = đã commit { $hash }
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
out-report-reporting-title = Báo cáo của các đơn vị
out-report-reporting-line = { $plan }{ $id }. { $title } — { $reported }
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
word-day-invalid = "{ $text }" không phải là một ngày{ $why }; cần ngày/tháng/năm hoặc năm-tháng-ngày (30/06/2020, 2020-06-30), ngày/tháng của năm nay (1/7), năm viết tắt hai số (1/7/24 là năm 2024), hoặc hôm nay, hôm qua, ngày mai
word-span-invalid = "{ $text }" không phải là một khoảng thời gian; cần số ngày, tuần hoặc tháng: 7 ngày, 2 tuần, 1 tháng, hoặc một số ngày (14)
# The column headers of `--headers vi`.
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

## xlsx: the Excel workbook of `plan export --format xlsx`
xlsx-summary = Theo đơn vị
xlsx-total = Tổng cộng
xlsx-col-id = TT
xlsx-col-title = Nhiệm vụ
xlsx-col-lead = Chủ trì
xlsx-col-partners = Phối hợp
xlsx-col-window = Thời gian thực hiện
xlsx-col-start = Bắt đầu
xlsx-col-end = Kết thúc
xlsx-col-due = Hạn
xlsx-col-status = Trạng thái
xlsx-col-done = Ngày hoàn thành
xlsx-col-overdue = Số ngày quá hạn
xlsx-col-plan = Kế hoạch
xlsx-col-unit = Đơn vị
xlsx-col-total = Tổng số
xlsx-col-on-time = Đúng hạn
xlsx-col-late = Trễ hạn
xlsx-col-overdue-tasks = Quá hạn
xlsx-col-longest = Trễ nhất (ngày)
xlsx-col-soon = Đến hạn trong 30 ngày
xlsx-col-not-yet = Chưa đến hạn
xlsx-col-waiting = Chờ điều kiện

## remind: reminders to units (`plan remind`)
remind-nothing = không có đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn
remind-written = đã ghi { $count } thư nhắc vào { $dir }
remind-to = Kính gửi: { $unit }
remind-plan-numbered = Kế hoạch số { $number } ({ $title })
remind-intro = Theo { $plan }, đến ngày { $day }, đơn vị còn các nhiệm vụ sau:
remind-overdue = Quá hạn:
remind-soon = Đến hạn trong { $within } tới:
remind-within-days = { $count } ngày
remind-within-months = { $count } tháng
remind-overdue-task = nhiệm vụ { $id }: { $title } — hạn { $due }, quá hạn { $days } ngày
remind-soon-task = nhiệm vụ { $id }: { $title } — hạn { $due }, { $days ->
    [0] đến hạn hôm nay
   *[other] còn { $days } ngày
}
remind-closing = Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả.
