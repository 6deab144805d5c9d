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
diag-more = còn { $count } vấn đề khác trong tệp này không được hiển thị
diag-table-twice = bảng `{ $header }` được khai báo hai lần
diag-table-twice-first = bảng `{ $header }` được khai báo hai lần, lần đầu ở dòng { $line }
diag-table-twice-hint = gộp hai bảng làm một, hoặc đổi tên một bảng
diag-key-twice = khóa `{ $name }` được đặt hai lần
diag-key-twice-first = khóa `{ $name }` được đặt hai lần, lần đầu ở dòng { $line }
diag-key-twice-hint = mỗi khóa chỉ đặt một lần trong một bảng: xóa một trong hai dòng
diag-key-parts = khóa có { $parts } phần; chỉ đọc được tối đa { $max } phần
diag-key-parts-expected = khóa gồm ít phần, ví dụ `units.vhtt.name`
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
diag-toml-hint-key = mỗi dòng có dạng `khóa = giá trị`; khóa gồm chữ cái, chữ số, - và _ (hoặc đặt trong ngoặc kép)
diag-toml-hint-line = mỗi dòng một `khóa = giá trị`; giá trị là chữ phải đặt trong ngoặc kép
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
diag-toml-key = khóa không hợp lệ
diag-toml-empty-key = khóa không được để trống
diag-toml-multi-line-key = khóa không được viết trên nhiều dòng
diag-toml-missing-equals = thiếu dấu = giữa khóa và giá trị
diag-toml-extra-equals = thừa dấu =
diag-toml-unexpected-key = khóa hoặc giá trị đặt sai chỗ
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
diag-toml-a-key = khóa
diag-toml-a-value = giá trị
diag-toml-hex = mã Unicode dạng thập lục phân
diag-did-you-mean-key = có phải là `{ $key }`?
diag-unknown-field = không nhận ra khóa `{ $name }` trong { $what }
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
diag-missing-field = thiếu khóa `{ $key }` trong { $what }
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
diag-window-expected = thời gian thực hiện dạng "Năm 2020", "Tháng 6/2020", "Quý II/2020", "15/6/2020", "Tháng 9 - 10/2020", "Trước ngày 15/6/2020", "Tháng 6, tháng 12/2020", "Thường xuyên" (mọi cách viết: docs/windows.md)
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
diag-unknown-status-expected = chưa làm, đang làm, hoàn thành, đã hủy (hoặc todo, doing, done, cancelled)
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
diag-same-plan-id-hint = đặt cho mỗi kế hoạch một mã riêng, hoặc chuyển bản sao ra khỏi thư mục kế hoạch
diag-utf8-expected = tệp văn bản mã UTF-8
diag-save-as-utf8 = lưu lại tệp với mã UTF-8 (Notepad: Save As, Encoding UTF-8), hoặc chuyển mã, ví dụ `iconv -f { $from } -t UTF-8`
diag-utf16-bom = tệp dùng mã UTF-16 (mở đầu bằng dấu BOM của UTF-16), không phải UTF-8
diag-utf16-zeros = tệp có vẻ dùng mã UTF-16 (có rất nhiều byte 0), không phải UTF-8
diag-zeros-at-end = tệp kết thúc bằng { $count } byte 0, dấu hiệu của một lần ghi bị ngắt giữa chừng
diag-zeros-at-end-expected = tệp kế hoạch kết thúc ngay sau phần chữ
diag-zeros-at-end-hint = khôi phục tệp từ git (`git checkout -- FILE`) hoặc từ bản sao lưu; nếu phần chữ trước các byte 0 còn nguyên thì xóa các byte 0 đi
diag-merge-conflict = còn xung đột khi gộp chưa giải quyết: git để lại cả hai phiên bản trong tệp
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
diag-review-names = `review` của { $what } ghi "{ $name }", là khóa không dùng được ở đây
diag-review-names-expected = tên một khóa: { $fields }
diag-review-window-unread = nhiệm vụ { $id } cần xem lại: { $reason }
diag-review-window-unread-hint = viết lại theo một cách `plan` đọc được (xem docs/windows.md) bằng `plan set { $id } window "…"`, hoặc ghi điều kiện phải chờ bằng `plan set { $id } condition "…"`; cách nào cũng xóa dấu cần xem lại
diag-review-no-window = nhiệm vụ { $id } cần xem lại: chưa có thời gian thực hiện
diag-review-no-window-hint = `plan set { $id } window "…"` hoặc `plan set { $id } condition "…"` sẽ ghi thời gian và xóa dấu cần xem lại
diag-review-window = nhiệm vụ { $id } cần xem lại: thời gian thực hiện
diag-review-window-hint = đối chiếu với văn bản; `plan set { $id } window "…"` xóa dấu cần xem lại, hoặc bỏ "window" khỏi `review`
diag-review-no-lead = nhiệm vụ { $id } cần xem lại: chưa có đơn vị chủ trì
diag-review-no-lead-hint = `plan assign { $id } --lead MÃ_ĐƠN_VỊ` ghi đơn vị chủ trì và xóa dấu cần xem lại
diag-review-lead = nhiệm vụ { $id } cần xem lại: đơn vị chủ trì
diag-review-lead-hint = đối chiếu với văn bản; `plan assign { $id } --lead MÃ_ĐƠN_VỊ` xóa dấu cần xem lại, hoặc bỏ "lead" khỏi `review`
diag-review-partners = nhiệm vụ { $id } cần xem lại: đơn vị phối hợp
diag-review-partners-hint = đối chiếu với văn bản; `plan assign { $id } --partner MÃ_ĐƠN_VỊ` xóa dấu cần xem lại, hoặc bỏ "partners" khỏi `review`
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

## output: tables, states, timeline, calendars, edit confirmations, check

## words: dates, spans and status words

