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
err-read = không đọc được { $path }
err-not-regular = { $path } không phải là tệp thông thường (đó là { $kind }); chỉ đọc được tệp thông thường: hãy đưa đường dẫn của chính tệp kế hoạch hoặc văn bản
err-kind-folder = thư mục
err-kind-fifo = ống FIFO
err-kind-char-device = thiết bị ký tự
err-kind-block-device = thiết bị khối
err-kind-socket = socket
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
err-several-plans = đã nạp { $count } kế hoạch; hãy chọn một kế hoạch bằng --plan MÃ ({ $loaded })
err-several-plans-files = đã nạp { $count } kế hoạch; hãy chọn một kế hoạch bằng --plan MÃ ({ $loaded }) hoặc -f TỆP
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
err-bad-window = không dùng được thời gian thực hiện "{ $text }": { $message }; các cách viết được chấp nhận có trong docs/windows.md
err-bad-window-hint = không dùng được thời gian thực hiện "{ $text }": { $message } ({ $hint }); các cách viết được chấp nhận có trong docs/windows.md
err-unknown-status = không có trạng thái "{ $value }"; cần một trong các trạng thái: chưa làm, đang làm, hoàn thành, hủy
err-status-todo = chưa làm
err-status-doing = đang làm
err-status-done = hoàn thành
err-status-cancelled = hủy
err-both-roles = đơn vị `{ $unit }` không thể vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ
err-bad-unit-id = mã đơn vị "{ $id }" chỉ được gồm chữ cái, chữ số, - hoặc _ (ví dụ "vhtt")
err-unit-exists = đơn vị `{ $id }` đã có ({ $name })
err-empty-unit-name = tên đơn vị đang để trống
err-unit-name-not-text = tên đơn vị "{ $name }" có ký tự điều khiển hoặc ký tự ẩn; tên phải là chữ in ra được, nằm trên một dòng
err-name-taken = "{ $name }" đã là tên của đơn vị `{ $id }` ({ $owner }); mỗi tên hoặc tên gọi khác chỉ thuộc về một đơn vị
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
err-remedy-ask = `plan import` đọc kế hoạch soạn thành văn bản (.docx, .odt, .txt, PDF); hãy xin cơ quan văn bản của kế hoạch
err-import-cause = { $path }: { $reason }
err-import-foreign = { $path }: đây là { $format }, loại tệp mà `plan import` không đọc; { $remedy }
err-import-refused = chưa nhập { $path }
err-import-empty = { $path } trống: không có gì để nhập
err-import-no-tasks = không tìm thấy nhiệm vụ nào trong { $path }; đây có phải là một văn bản Kế hoạch có các nhiệm vụ đánh số kèm đơn vị thực hiện không?
err-import-does-not-check = kế hoạch đọc từ { $path } không qua được `plan check` (xem ở trên); không ghi gì (tệp giữ nguyên)
err-import-doubtful = { $path } có { $count } mục còn nghi ngờ (xem ghi chú ở trên); với --strict thì không ghi gì (tệp giữ nguyên)
err-import-exists = { $path } đã có; dùng --force để ghi đè

## diagnostics: problems in plan files (store, diagnostic, window)

## import: notes about documents

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

