#!/usr/bin/env python3
"""Generate synthetic Vietnamese administrative plans for benchmarking `plan`.

Usage:
    genplans.py folder OUT_DIR [--plans 2000] [--tasks 50] [--seed 1]
    genplans.py single OUT_FILE [--tasks 100000] [--seed 1]

`folder` writes OUT_DIR/plan-0001.toml, plan-0002.toml, ... (one plan per
file, each with its own [plan] id).  `single` writes one plan file holding
every task (ids "1".."N", 12 units).

The files follow plans/trieu-son-2020-pcbldg.toml (format = 1).  Output is
deterministic for a given seed and set of arguments; each plan of a folder
draws from its own generator seeded with (seed, index), so plan-0007.toml is
the same whatever --plans is.  Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import calendar
import os
import random
import sys
import unicodedata

# --------------------------------------------------------------------------
# TOML output helpers
# --------------------------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_str(s: str) -> str:
    """A TOML basic string: backslash, quote and every control character
    (C0, DEL) escaped, everything else written as UTF-8."""
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(toml_str(x) for x in items) + "]"


def toml_key(k: str) -> str:
    """Bare key when possible, else quoted."""
    if k and all(c.isascii() and (c.isalnum() or c in "-_") for c in k):
        return k
    return toml_str(k)


def fold_ascii(s: str) -> str:
    """Same idea as plan's text::fold_ascii: marks dropped, đ read as d,
    lowercase, whitespace collapsed.  Used to keep aliases distinct."""
    t = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    t = t.lower().replace("đ", "d")
    return " ".join(t.split())


def slug(s: str) -> str:
    t = fold_ascii(s)
    out = []
    for c in t:
        out.append(c if (c.isascii() and c.isalnum()) else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

# (huyện, tỉnh, [xã ...])
LOCALITIES = [
    ("Triệu Sơn", "Thanh Hóa", ["Đồng Tiến", "Thọ Dân", "Hợp Thành", "Dân Lực", "Xuân Thịnh", "Minh Sơn", "An Nông", "Thọ Bình"]),
    ("Thọ Xuân", "Thanh Hóa", ["Xuân Lập", "Xuân Hòa", "Thọ Lập", "Nam Giang", "Quảng Phú", "Xuân Tín"]),
    ("Hoằng Hóa", "Thanh Hóa", ["Hoằng Đạt", "Hoằng Trung", "Hoằng Lộc", "Hoằng Thắng", "Hoằng Phụ"]),
    ("Nga Sơn", "Thanh Hóa", ["Nga Thạch", "Nga Yên", "Nga Liên", "Nga Thái", "Nga Điền"]),
    ("Thiệu Hóa", "Thanh Hóa", ["Thiệu Trung", "Thiệu Nguyên", "Thiệu Vận", "Thiệu Giao"]),
    ("Yên Định", "Thanh Hóa", ["Yên Lâm", "Định Tân", "Định Hải", "Yên Phú"]),
    ("Cẩm Thủy", "Thanh Hóa", ["Cẩm Bình", "Cẩm Tú", "Cẩm Vân", "Cẩm Ngọc"]),
    ("Đông Anh", "Hà Nội", ["Vân Nội", "Kim Chung", "Uy Nỗ", "Cổ Loa", "Xuân Canh"]),
    ("Gia Lâm", "Hà Nội", ["Đa Tốn", "Bát Tràng", "Kiêu Kỵ", "Phù Đổng", "Dương Xá"]),
    ("Thanh Oai", "Hà Nội", ["Bích Hòa", "Cự Khê", "Tam Hưng", "Thanh Cao"]),
    ("Can Lộc", "Hà Tĩnh", ["Thiên Lộc", "Tùng Lộc", "Vượng Lộc", "Khánh Vĩnh Yên"]),
    ("Đức Thọ", "Hà Tĩnh", ["Tùng Ảnh", "Đức Lạng", "Trường Sơn", "Quang Vĩnh"]),
    ("Diễn Châu", "Nghệ An", ["Diễn Kỷ", "Diễn Hồng", "Diễn Thịnh", "Diễn Ngọc", "Diễn Vạn"]),
    ("Yên Thành", "Nghệ An", ["Bảo Thành", "Công Thành", "Hợp Thành", "Phúc Thành"]),
    ("Phú Bình", "Thái Nguyên", ["Kha Sơn", "Tân Đức", "Điềm Thụy", "Úc Kỳ"]),
    ("Chợ Gạo", "Tiền Giang", ["Bình Phan", "Hòa Định", "Long Bình Điền", "Song Bình"]),
    ("Châu Thành", "Bến Tre", ["Tân Thạch", "An Khánh", "Phú Túc", "Tiên Thủy"]),
    ("Krông Pắc", "Đắk Lắk", ["Ea Kly", "Ea Phê", "Hòa An", "Vụ Bổn"]),
    ("Đức Trọng", "Lâm Đồng", ["Hiệp Thạnh", "Ninh Gia", "Tà Năng", "Phú Hội"]),
    ("Quỳnh Phụ", "Thái Bình", ["An Ninh", "Quỳnh Hoa", "Đông Hải", "Quỳnh Hồng"]),
]

# Units: (id, name, aliases, kind) where kind is "unit", "group-empty" (a
# group of units outside the plan: members = []), or "group-mass" (a group of
# the mass organisations present in the plan).
HUYEN_UNITS = [
    ("vhtt", "Phòng Văn hóa và Thông tin", ["Phòng Văn hóa, Thông tin", "Phòng VH-TT", "Phòng Văn hóa, Thông tin huyện"], "unit"),
    ("tckh", "Phòng Tài chính – Kế hoạch", ["Phòng Tài chính - Kế hoạch", "Phòng TC-KH"], "unit"),
    ("gddt", "Phòng Giáo dục và Đào tạo", ["Phòng GD&ĐT", "Phòng Giáo dục"], "unit"),
    ("ldtbxh", "Phòng Lao động – Thương binh và Xã hội", ["Phòng LĐTBXH", "Phòng LĐ-TB&XH"], "unit"),
    ("yte", "Phòng Y tế", ["Phòng Y tế huyện"], "unit"),
    ("ttyt", "Trung tâm Y tế huyện", ["TTYT huyện", "Trung tâm Y tế"], "unit"),
    ("tnmt", "Phòng Tài nguyên và Môi trường", ["Phòng TN&MT", "Phòng TNMT"], "unit"),
    ("nnptnt", "Phòng Nông nghiệp và Phát triển nông thôn", ["Phòng NN&PTNT", "Phòng Nông nghiệp"], "unit"),
    ("noivu", "Phòng Nội vụ", [], "unit"),
    ("tuphap", "Phòng Tư pháp", ["Phòng Tư pháp huyện"], "unit"),
    ("ktht", "Phòng Kinh tế và Hạ tầng", ["Phòng KT&HT", "Phòng Kinh tế - Hạ tầng"], "unit"),
    ("ttvh", "Trung tâm Văn hóa, Thông tin và Thể thao", ["Trung tâm VH-TT&TT", "Trung tâm VHTTTT"], "unit"),
    ("ca", "Công an huyện", ["CA huyện"], "unit"),
    ("bchqs", "Ban Chỉ huy Quân sự huyện", ["Ban CHQS huyện", "BCHQS huyện"], "unit"),
    ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", ["UBMTTQ huyện", "Mặt trận Tổ quốc huyện", "Ủy ban MTTQ huyện"], "mass"),
    ("hlhpn", "Hội Liên hiệp Phụ nữ huyện", ["Hội LHPN huyện", "Hội Phụ nữ huyện"], "mass"),
    ("doan", "Huyện Đoàn", ["Đoàn Thanh niên huyện", "Đoàn TNCS Hồ Chí Minh huyện"], "mass"),
    ("hnd", "Hội Nông dân huyện", ["Hội ND huyện"], "mass"),
    ("hccb", "Hội Cựu chiến binh huyện", ["Hội CCB huyện"], "mass"),
    ("doanthe", "Các ngành, đoàn thể cấp huyện", ["Các ngành đoàn thể cấp huyện", "Các phòng, ngành đoàn thể cấp huyện"], "group-mass"),
    ("xa", "Ủy ban nhân dân các xã, thị trấn", ["UBND các xã, thị trấn", "UBND các xã, TT"], "group-empty"),
]

XA_UNITS = [
    ("vhxh", "Công chức Văn hóa – Xã hội", ["Công chức VH-XH", "Văn hóa - Xã hội xã"], "unit"),
    ("tckt", "Công chức Tài chính – Kế toán", ["Kế toán xã", "Tài chính - Kế toán"], "unit"),
    ("dcxd", "Công chức Địa chính – Xây dựng", ["Địa chính xã", "Địa chính - Xây dựng"], "unit"),
    ("tphh", "Công chức Tư pháp – Hộ tịch", ["Tư pháp xã", "Tư pháp - Hộ tịch"], "unit"),
    ("vptk", "Văn phòng – Thống kê", ["Văn phòng UBND xã"], "unit"),
    ("tyt", "Trạm Y tế xã", ["TYT xã", "Trạm Y tế"], "unit"),
    ("ca", "Công an xã", ["CA xã"], "unit"),
    ("bchqs", "Ban Chỉ huy Quân sự xã", ["Ban CHQS xã", "Xã đội"], "unit"),
    ("mttq", "Ủy ban Mặt trận Tổ quốc xã", ["UBMTTQ xã", "Mặt trận Tổ quốc xã", "Ủy ban MTTQ xã"], "mass"),
    ("hlhpn", "Hội Liên hiệp Phụ nữ xã", ["Hội LHPN xã", "Hội Phụ nữ xã"], "mass"),
    ("doan", "Đoàn Thanh niên xã", ["Đoàn TN xã", "Đoàn xã"], "mass"),
    ("hnd", "Hội Nông dân xã", ["Hội ND xã"], "mass"),
    ("hccb", "Hội Cựu chiến binh xã", ["Hội CCB xã"], "mass"),
    ("doanthe", "Các ban, ngành, đoàn thể xã", ["Các ban ngành đoàn thể xã", "Các đoàn thể xã"], "group-mass"),
    ("truong", "Các trường học trên địa bàn xã", ["Các trường MN, TH, THCS", "Các nhà trường"], "group-empty"),
    ("thon", "Các thôn, khu dân cư", ["Ban Phát triển các thôn", "Các thôn"], "group-empty"),
]

# Always present: the lead office and the "everyone below us" group.
HUYEN_CORE = ["vhtt", "xa"]
XA_CORE = ["vhxh", "thon"]

TOPICS = [
    {
        "name": "phòng, chống bạo lực gia đình",
        "objects": [
            "công tác phòng, chống bạo lực gia đình",
            "mô hình Địa chỉ tin cậy - Nhà tạm lánh tại cộng đồng",
            "hoạt động của Câu lạc bộ gia đình phát triển bền vững",
            "các hoạt động truyền thông trong Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
            "Bộ chỉ số theo dõi, đánh giá công tác gia đình",
            "Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ về phòng, chống bạo lực gia đình",
        ],
        "doc": "Quyết định số 904/QĐ-BVHTTDL ngày 24/3/2020 của Bộ Văn hóa, Thể thao và Du lịch",
    },
    {
        "name": "xây dựng nông thôn mới",
        "objects": [
            "Bộ tiêu chí xã nông thôn mới nâng cao",
            'phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
            "các tiêu chí về giao thông, thủy lợi nội đồng",
            "Chương trình Mỗi xã một sản phẩm (OCOP)",
            "cảnh quan môi trường xanh – sạch – đẹp tại khu dân cư",
            "việc huy động nguồn lực xây dựng nông thôn mới",
        ],
        "doc": "Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ",
    },
    {
        "name": "cải cách hành chính",
        "objects": [
            "việc giải quyết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả",
            "dịch vụ công trực tuyến toàn trình",
            "khảo sát chỉ số hài lòng của người dân, tổ chức",
            "kỷ luật, kỷ cương hành chính trong cơ quan nhà nước",
            "việc niêm yết công khai thủ tục hành chính",
        ],
        "doc": "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
    },
    {
        "name": "chuyển đổi số",
        "objects": [
            "hoạt động của Tổ công nghệ số cộng đồng",
            "thanh toán không dùng tiền mặt trong dân cư",
            "ứng dụng định danh và xác thực điện tử VNeID",
            "hạ tầng viễn thông, internet tại các thôn",
            "cơ sở dữ liệu dân cư phục vụ chuyển đổi số",
        ],
        "doc": "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
    },
    {
        "name": "phòng, chống thiên tai và tìm kiếm cứu nạn",
        "objects": [
            "phương án ứng phó thiên tai theo cấp độ rủi ro",
            'lực lượng xung kích phòng, chống thiên tai theo phương châm "4 tại chỗ"',
            "vật tư, phương tiện phục vụ ứng phó thiên tai",
            "hệ thống đê điều, hồ đập và công trình thủy lợi",
            "công tác khắc phục hậu quả sau thiên tai",
        ],
        "doc": "Luật Phòng, chống thiên tai năm 2013, sửa đổi, bổ sung năm 2020",
    },
    {
        "name": "bảo đảm trật tự, an toàn giao thông",
        "objects": [
            "công tác bảo đảm an toàn giao thông cho học sinh",
            "việc xử lý vi phạm nồng độ cồn khi tham gia giao thông",
            "hành lang an toàn giao thông đường bộ",
            "mô hình Tuyến đường tự quản về trật tự an toàn giao thông",
        ],
        "doc": "Chỉ thị số 23-CT/TW ngày 25/5/2018 của Ban Bí thư",
    },
    {
        "name": "bảo đảm an toàn thực phẩm",
        "objects": [
            "các cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ",
            "Tháng hành động vì an toàn thực phẩm",
            "bếp ăn tập thể tại các trường mầm non",
            "công tác phòng, chống ngộ độc thực phẩm",
        ],
        "doc": "Luật An toàn thực phẩm năm 2010",
    },
    {
        "name": "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "objects": [
            "phương án chữa cháy tại chỗ của khu dân cư",
            "các cơ sở kinh doanh có nguy cơ cháy, nổ cao",
            'mô hình "Tổ liên gia an toàn phòng cháy, chữa cháy"',
            "lực lượng dân phòng và phương tiện chữa cháy",
        ],
        "doc": "Luật Phòng cháy và chữa cháy năm 2001, sửa đổi, bổ sung năm 2013",
    },
    {
        "name": "tuyển chọn và gọi công dân nhập ngũ",
        "objects": [
            "công tác đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi",
            "việc khám sức khỏe nghĩa vụ quân sự",
            "chính sách hậu phương quân đội",
            "Lễ giao nhận quân",
        ],
        "doc": "Luật Nghĩa vụ quân sự năm 2015",
    },
    {
        "name": "bảo vệ môi trường",
        "objects": [
            "việc phân loại chất thải rắn sinh hoạt tại nguồn",
            "hoạt động hưởng ứng Ngày Môi trường thế giới 5/6",
            "phong trào chống rác thải nhựa trong cộng đồng",
            "điểm tập kết rác thải sinh hoạt tại các thôn",
        ],
        "doc": "Luật Bảo vệ môi trường năm 2020",
    },
    {
        "name": "phòng, chống dịch bệnh",
        "objects": [
            "công tác tiêm chủng mở rộng cho trẻ em",
            "các biện pháp phòng, chống dịch sốt xuất huyết",
            "chiến dịch vệ sinh môi trường, diệt bọ gậy",
            "công tác giám sát bệnh truyền nhiễm tại cộng đồng",
        ],
        "doc": "Luật Phòng, chống bệnh truyền nhiễm năm 2007",
    },
]

VERBS = [
    "Tổ chức tuyên truyền, phổ biến về",
    "Kiểm tra, giám sát việc thực hiện",
    "Tổng hợp, báo cáo kết quả thực hiện",
    "Xây dựng kế hoạch triển khai",
    "Phối hợp tổ chức các hoạt động về",
    "Rà soát, đánh giá thực trạng",
    "Bố trí kinh phí thực hiện",
    "Tập huấn, bồi dưỡng nghiệp vụ về",
    "Duy trì và nhân rộng",
    "Sơ kết, đánh giá kết quả triển khai",
    "Hướng dẫn các đơn vị triển khai",
    "Đăng tải nội dung tuyên truyền về",
    "Biểu dương, khen thưởng tập thể, cá nhân có thành tích trong",
    "Chỉ đạo, đôn đốc thực hiện",
]

SIGNERS = [
    ("Lê Quang Trung", "Phó Chủ tịch"),
    ("Nguyễn Văn Hùng", "Chủ tịch"),
    ("Trần Thị Hương", "Phó Chủ tịch"),
    ("Phạm Minh Tuấn", "Phó Chủ tịch"),
    ("Hoàng Văn Nam", "Chủ tịch"),
    ("Đỗ Thị Lan", "Phó Chủ tịch"),
    ("Vũ Đình Khánh", "Phó Chủ tịch"),
    ("Bùi Thanh Sơn", "Chủ tịch"),
]

ROMAN = ["I", "II", "III", "IV"]
CONDITION = "Sau khi có hướng dẫn của cấp trên"


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------


class Ctx:
    """What one plan's tasks draw on."""

    def __init__(self, level, xa, huyen, tinh, year, period, topic, units):
        self.level = level  # "xa" or "huyen"
        self.xa = xa
        self.huyen = huyen
        self.tinh = tinh
        self.year = year  # the year windows fall in
        self.period = period
        self.topic = topic
        self.units = units  # list of (id, name, aliases, kind, members)

    @property
    def place(self):
        return f"xã {self.xa}" if self.level == "xa" else f"huyện {self.huyen}"

    @property
    def issuer(self):
        return f"UBND {self.place}"

    @property
    def upper(self):
        return f"UBND huyện {self.huyen}" if self.level == "xa" else f"UBND tỉnh {self.tinh}"


def pick_units(rng: random.Random, level: str, count: int):
    pool = XA_UNITS if level == "xa" else HUYEN_UNITS
    core = XA_CORE if level == "xa" else HUYEN_CORE
    by_id = {u[0]: u for u in pool}
    chosen = set(core)
    rest = [u[0] for u in pool if u[0] not in chosen]
    rng.shuffle(rest)
    for uid in rest:
        if len(chosen) >= count:
            break
        if by_id[uid][3] == "group-mass":
            continue  # decided below, once the mass organisations are known
        chosen.add(uid)
    mass = [u[0] for u in pool if u[0] in chosen and u[3] == "mass"]
    if len(mass) >= 2 and len(chosen) < count:
        chosen.add("doanthe")
    # Fill up with plain units if the group could not be used.
    for uid in rest:
        if len(chosen) >= count:
            break
        if by_id[uid][3] in ("unit", "mass"):
            chosen.add(uid)

    units = []
    seen = set()
    for uid, name, aliases, kind in pool:
        if uid not in chosen:
            continue
        seen.add(fold_ascii(name))
    for uid, name, aliases, kind in pool:
        if uid not in chosen:
            continue
        keep = []
        n_alias = rng.randint(0, len(aliases))
        for a in aliases[:n_alias]:
            f = fold_ascii(a)
            if f in seen:
                continue
            seen.add(f)
            keep.append(a)
        if kind == "group-mass":
            members = mass
        elif kind == "group-empty":
            members = []
        else:
            members = None
        units.append((uid, name, keep, kind, members))
    return units


def window(rng: random.Random, y: int) -> str:
    form = rng.choices(
        range(11),
        weights=[14, 14, 6, 8, 10, 5, 8, 10, 6, 6, 13],
    )[0]
    if form == 0:
        return f"Năm {y}"
    if form == 1:
        return f"Tháng {rng.randint(1, 12)}/{y}"
    if form == 2:
        a = rng.randint(1, 11)
        b = rng.randint(a + 1, 12)
        return f"Tháng {a}, tháng {b}/{y}"
    if form == 3:
        a = rng.randint(1, 11)
        b = rng.randint(a + 1, min(12, a + 3))
        return f"Tháng {a} - {b}/{y}"
    if form == 4:
        return f"Quý {rng.choice(ROMAN)}/{y}"
    if form == 5:
        return f"6 tháng đầu năm {y}"
    if form in (6, 7):
        m = rng.randint(1, 12)
        last = calendar.monthrange(y, m)[1]
        d = rng.choice([5, 10, 15, 20, 25, last, rng.randint(1, last)])
        prefix = "Trước ngày " if form == 7 else ""
        return f"{prefix}{d}/{m}/{y}"
    if form == 8:
        return f"{y}-Q{rng.randint(1, 4)}"
    if form == 9:
        return f"{y}-{rng.randint(1, 12):02d}"
    return "Thường xuyên"


def task_title(rng: random.Random, ctx: Ctx) -> str:
    for _ in range(40):
        verb = rng.choice(VERBS)
        obj = rng.choice(ctx.topic["objects"])
        scope = rng.choice(
            [
                f" trên địa bàn {ctx.place}",
                " tại các thôn, khu dân cư" if ctx.level == "xa" else " tại các xã, thị trấn",
                "",
                f" trên địa bàn {ctx.place}, tỉnh {ctx.tinh}",
            ]
        )
        suffix = rng.choice(
            [
                f" năm {ctx.year}",
                f"; báo cáo kết quả về {ctx.upper} theo quy định",
                f" theo Kế hoạch số {rng.randint(12, 480)}/KH-UBND của {ctx.upper}",
                "",
                f" gắn với phong trào thi đua năm {ctx.year}",
            ]
        )
        if verb.startswith("Đăng tải"):
            suffix = " trên Cổng thông tin điện tử và hệ thống truyền thanh cơ sở"
        t = f"{verb} {obj}{scope}{suffix}."
        if 60 <= len(t) <= 200:
            return t
    # Unreachable in practice with the vocabulary above; keep the contract.
    t = f"Tổ chức triển khai thực hiện {ctx.topic['name']} trên địa bàn {ctx.place} năm {ctx.year}."
    return t[:199] + "." if len(t) > 200 else t


def done_date(rng: random.Random, y: int) -> str:
    # Inside the year, and no later than 30 November so the dates stay in the
    # past for the benchmark's --as-of 2026-12-01.
    m = rng.randint(1, 11)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return f"{y}-{m:02d}-{d:02d}"


def task_lines(rng: random.Random, ctx: Ctx, tid: str, out: list[str]) -> None:
    ids = [u[0] for u in ctx.units]
    plain = [u[0] for u in ctx.units if u[3] in ("unit", "mass")]
    n_lead = rng.choices([1, 2, 3], weights=[70, 20, 10])[0]
    lead = rng.sample(plain, min(n_lead, len(plain)))
    others = [i for i in ids if i not in lead]
    n_part = rng.choices([0, 1, 2, 3, 4], weights=[15, 25, 30, 20, 10])[0]
    partners = rng.sample(others, min(n_part, len(others)))
    # Keep the file order of units, as a person writing the file would.
    lead.sort(key=ids.index)
    partners.sort(key=ids.index)

    out.append("")
    out.append("[[task]]")
    out.append(f"id = {toml_str(tid)}")
    out.append(f"title = {toml_str(task_title(rng, ctx))}")
    out.append(f"lead = {toml_list(lead)}")
    out.append(f"partners = {toml_list(partners)}")
    out.append(f"window = {toml_str(window(rng, ctx.year))}")
    if rng.random() < 0.06:
        out.append(f"condition = {toml_str(CONDITION)}")
    status = rng.choices(["todo", "doing", "done", "cancelled"], weights=[70, 15, 12, 3])[0]
    out.append(f"status = {toml_str(status)}")
    if status == "done":
        out.append(f"done = {toml_str(done_date(rng, ctx.year))}")


def make_ctx(rng: random.Random, level: str | None = None, n_units: int | None = None) -> Ctx:
    huyen, tinh, xas = rng.choice(LOCALITIES)
    if level is None:
        level = "xa" if rng.random() < 0.6 else "huyen"
    xa = rng.choice(xas)
    if rng.random() < 0.8:
        year = rng.randint(2019, 2026)
        period = f"Năm {year}"
    else:
        year = rng.randint(2020, 2025)  # middle year of a 3-year range
        period = f"{year - 1}..{year + 1}"
    topic = rng.choice(TOPICS)
    if n_units is None:
        n_units = rng.randint(6, 12)
    units = pick_units(rng, level, n_units)
    return Ctx(level, xa, huyen, tinh, year, period, topic, units)


def plan_header(rng: random.Random, ctx: Ctx, plan_id: str, out: list[str]) -> None:
    if ".." in ctx.period:
        a, b = ctx.period.split("..")
        span = f"giai đoạn {a} - {b}"
    else:
        span = f"năm {ctx.year}"
    title = f"Kế hoạch triển khai công tác {ctx.topic['name']} {span}"
    basis = [
        f"{ctx.topic['doc']}",
        f"Kế hoạch số {rng.randint(10, 400)}/KH-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{ctx.year - 1} "
        f"của {ctx.upper} về {ctx.topic['name']} {span}",
    ]
    if rng.random() < 0.5:
        basis.append(
            f"Công văn số {rng.randint(100, 4000)}/UBND-VX ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{ctx.year - 1} "
            f"của {ctx.upper} về việc triển khai nhiệm vụ {ctx.topic['name']}"
        )
    name, position = rng.choice(SIGNERS)

    out.append(f"# Synthetic plan generated by tests/bench/genplans.py ({ctx.issuer}).")
    out.append("format = 1")
    out.append("")
    out.append("[plan]")
    out.append(f"id = {toml_str(plan_id)}")
    out.append(f"title = {toml_str(title)}")
    out.append(f"issuer = {toml_str(ctx.issuer)}")
    out.append(f"period = {toml_str(ctx.period)}")
    out.append("basis = [")
    for b in basis:
        out.append(f"  {toml_str(b)},")
    out.append("]")
    out.append(
        "purpose = "
        + toml_str(
            f"Triển khai đồng bộ, hiệu quả công tác {ctx.topic['name']} trên địa bàn {ctx.place}; "
            "nâng cao trách nhiệm của các cơ quan, đơn vị và nhận thức của Nhân dân."
        )
    )
    out.append(
        "requirements = "
        + toml_str(
            "Các hoạt động được thực hiện nghiêm túc, tiết kiệm, đúng quy định; "
            "phân công rõ trách nhiệm, thời gian hoàn thành của từng cơ quan, đơn vị."
        )
    )
    out.append(
        "closing = "
        + toml_str(f"Yêu cầu các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện; báo cáo kết quả về {ctx.issuer}./.")
    )
    recipients = [ctx.upper, "Thường trực Đảng ủy, HĐND"] + [u[1] for u in ctx.units[:3]] + ["Lưu: VT"]
    out.append(f"recipients = {toml_list(recipients)}")
    out.append(
        f"signer = {{ name = {toml_str(name)}, position = {toml_str(position)}, on_behalf_of = {toml_str('Chủ tịch')} }}"
    )

    for uid, uname, aliases, kind, members in ctx.units:
        out.append("")
        out.append(f"[units.{toml_key(uid)}]")
        out.append(f"name = {toml_str(uname)}")
        if aliases:
            out.append(f"aliases = {toml_list(aliases)}")
        if members is not None:
            out.append(f"members = {toml_list(members)}")

    n_resp = rng.randint(1, 3)
    for uid, uname, aliases, kind, members in rng.sample(ctx.units, min(n_resp, len(ctx.units))):
        out.append("")
        out.append("[[responsibility]]")
        out.append(f"unit = {toml_str(uid)}")
        out.append(
            "text = "
            + toml_str(
                f"Chủ động phối hợp triển khai các nội dung của Kế hoạch thuộc lĩnh vực được giao; "
                f"tổng hợp, báo cáo kết quả về {ctx.issuer} theo quy định."
            )
        )


def gen_folder_plan(seed: int, index: int, n_tasks: int, width: int) -> str:
    rng = random.Random(f"genplans:{seed}:folder:{index}")
    ctx = make_ctx(rng)
    place = ctx.xa if ctx.level == "xa" else ctx.huyen
    plan_id = f"{ctx.level}-{slug(place)}-{ctx.year}-{index:0{width}d}"
    out: list[str] = []
    plan_header(rng, ctx, plan_id, out)
    for t in range(1, n_tasks + 1):
        task_lines(rng, ctx, str(t), out)
    out.append("")
    return "\n".join(out)


def gen_single_plan(seed: int, n_tasks: int) -> str:
    rng = random.Random(f"genplans:{seed}:single")
    ctx = make_ctx(rng, level="huyen", n_units=12)
    plan_id = f"huyen-{slug(ctx.huyen)}-{ctx.year}-bench"
    out: list[str] = []
    plan_header(rng, ctx, plan_id, out)
    for t in range(1, n_tasks + 1):
        task_lines(rng, ctx, str(t), out)
    out.append("")
    return "\n".join(out)


def write_text(path: str, text: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Generate synthetic plan TOML files for benchmarking.")
    sub = ap.add_subparsers(dest="mode", required=True)
    f = sub.add_parser("folder", help="one plan per file in OUT_DIR")
    f.add_argument("out_dir")
    f.add_argument("--plans", type=int, default=2000)
    f.add_argument("--tasks", type=int, default=50)
    f.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("single", help="one plan file with many tasks")
    s.add_argument("out_file")
    s.add_argument("--tasks", type=int, default=100000)
    s.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    if args.tasks < 0 or (args.mode == "folder" and args.plans < 1):
        ap.error("--plans must be >= 1 and --tasks >= 0")

    if args.mode == "folder":
        os.makedirs(args.out_dir, exist_ok=True)
        width = max(4, len(str(args.plans)))
        for i in range(1, args.plans + 1):
            path = os.path.join(args.out_dir, f"plan-{i:0{width}d}.toml")
            write_text(path, gen_folder_plan(args.seed, i, args.tasks, width))
    else:
        parent = os.path.dirname(os.path.abspath(args.out_file))
        os.makedirs(parent, exist_ok=True)
        write_text(args.out_file, gen_single_plan(args.seed, args.tasks))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
