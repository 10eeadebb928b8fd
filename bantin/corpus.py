"""Vietnamese vocabulary for ``manage.py generate_news``, and the writer that turns it into
news items shaped like those of a provincial portal.

A topic is a block of text: ``key:`` lines open a list, and each following line is one entry.
Entries are templates: ``{name}`` is a slot, filled from the topic's own lists, from what the
item has fixed (its commune, district, year, lead official, the resident it quotes) or from a
generator of names, numbers, money and dates; ``{^name}`` capitalises the first letter. Shared
frames (openings, closings, middles) are filled with the vocabulary of the topic they serve,
so that one frame reads right for health and for roads alike.
"""

import html
import random
import re
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate

PROVINCE = "Bắc Sơn"

#: Communes of the demo district (demo_content), mentioned more often than the others.
PLACES = [
    "Tân An", "Đồng Lạc", "Nà Phục", "Chợ Lâm", "Khuổi Đăm", "Đông Hà", "Bản Khe", "Lũng Vài",
    "Cao Sơn", "Phúc Lộc", "Quảng Khê", "Thượng Giáo", "Nam Mẫu", "Hà Hiệu", "Bành Trạch",
]  # fmt: skip

#: (kind, name) of the province's districts; the first is the demo district.
DISTRICTS = [
    ("huyện", "Thanh Lâm"), ("thành phố", "Bắc Sơn"), ("thị xã", "Đông Khê"),
    ("huyện", "Văn Yên"), ("huyện", "Na Rì"), ("huyện", "Bảo Lạc"), ("huyện", "Đồng Hỷ"),
    ("huyện", "Lục Khu"), ("huyện", "Tràng Định"), ("huyện", "Quảng Hòa"), ("huyện", "Yên Lập"),
    ("huyện", "Phục Hòa"), ("huyện", "Ngân Sơn"), ("huyện", "Thạch An"),
]  # fmt: skip

OTHER_PROVINCES = [
    "Cao Bằng", "Lạng Sơn", "Hà Giang", "Tuyên Quang", "Thái Nguyên", "Bắc Kạn", "Lào Cai",
    "Yên Bái", "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Phú Thọ", "Quảng Ninh",
    "Bắc Giang", "Hà Nội", "Hải Phòng", "Nghệ An", "Thanh Hóa", "Đắk Lắk", "Lâm Đồng",
]  # fmt: skip

# Place names are two syllables: Sino-Vietnamese ones ("Tân Phúc", "Yên Thịnh") and Tày-Nùng
# ones ("Nà Mò", "Khuổi Lìn"), each family with its own second syllables.
KINH_FIRST = (
    "Tân Phú Đồng Yên Hòa Bình Quang Minh Thanh Xuân Trung Đông Tây Nam Bắc Thượng Hạ Vĩnh "
    "Hưng Long Kim Cẩm Phúc Thuận Thịnh Hồng Đại Liên Văn Mỹ Ngọc Quảng Hợp Tiên Lạc Cao Đức"
).split()
KINH_SECOND = (
    "An Lạc Phúc Sơn Thành Lợi Hòa Tiến Thịnh Hưng Quang Đức Xuân Lâm Giang Hà Khê Bình Yên "
    "Trung Phong Lộc Long Mỹ Ninh Thái Hải Vinh Tân Cường Hợp Nghĩa Hiệp Lĩnh Châu Khánh "
    "Dương Tường Kiệt"
).split()
TAY_FIRST = "Nà Bản Khuổi Pác Lũng Cốc Nặm Phja Khau Bó Kéo Thâm Pò Phiêng Tà Na Slam".split()
TAY_SECOND = (
    "Phục Đăm Vài Mò Rảo Cắt Pha Lìn Ngần Hon Coóc Slảng Pài Mạ Lùng Mu Sla Giàng Chang Tấu Ma "
    "Cà Đon Thin Lạn Rì Khao Nưa Phầy Tèo Luông Khe Đắng Hẩu Mần Nghè Pục Lạng Sản"
).split()

FAMILY_NAMES = (
    "Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương "
    "Lý Nông Nông Lường Hà Triệu Bàn Ma Vi Lò Sầm Lục Đinh Lương Hứa Mã Chu Giàng Sùng Vàng "
    "Thào Lầu Hoàng Nông Lộc Lăng Mạc Đàm Quan Tô Vy Hà Phùng"
).split()
MALE_MIDDLE = "Văn Văn Văn Đức Quang Hữu Công Minh Xuân Mạnh Tiến Ngọc Thanh Duy Trọng Quốc".split()
FEMALE_MIDDLE = "Thị Thị Thị Thị Ngọc Thu Thanh Kim Hồng Minh Phương Bích Thúy".split()
MALE_GIVEN = (
    "An Bình Cường Dũng Đức Giang Hải Hậu Hiếu Hòa Hùng Huy Khánh Khoa Kiên Lâm Long Lực Mạnh "
    "Minh Nam Nghĩa Phong Phúc Quang Quân Sơn Tài Thắng Thành Thịnh Toàn Trung Tuấn Tùng Việt "
    "Vinh Vũ Định Chiến Hưng Lộc Tiến Tâm Hoàng Đạt Duy Khải Quyết Thái Sinh Bảo Hiển"
).split()
FEMALE_GIVEN = (
    "Anh Bích Chi Dung Duyên Giang Hà Hằng Hạnh Hiền Hoa Hồng Huệ Hương Huyền Lan Liên Linh "
    "Loan Mai Nga Ngân Ngọc Nhung Oanh Phương Quyên Quỳnh Thảo Thu Thủy Thúy Trang Tuyết Vân "
    "Yến Xuân Diệp Lụa Nhàn Thơm"
).split()

#: Officials any topic may quote beside its own (``{nguoi2}``).
OFFICIALS = """
    Chủ tịch UBND {tinh}
    Phó Chủ tịch UBND {tinh}
    Bí thư Tỉnh ủy
    Phó Bí thư Thường trực Tỉnh ủy
    Chủ tịch HĐND {tinh}
    Bí thư {huyen_uy}
    Chủ tịch UBND {huyen}
    Phó Chủ tịch UBND {huyen}
    Chủ tịch UBND {xa}
    Bí thư Đảng ủy {xa}
"""

HALLS = """
    hội trường UBND {huyen}
    hội trường {huyen_uy}
    Trung tâm Hội nghị tỉnh
    trụ sở UBND {xa}
    nhà văn hóa {thon}
    Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}
"""

DOCUMENTS = """
    Kế hoạch số {so}/KH-UBND của UBND {tinh}
    Kế hoạch số {so_vua}/KH-UBND của UBND {huyen}
    Nghị quyết số {so}/NQ-HĐND của HĐND {tinh}
    Chỉ thị số {so_nho}-CT/TU của Ban Thường vụ Tỉnh ủy
    chỉ đạo của Ban Thường vụ {huyen_uy}
    Quyết định số {so_lon}/QĐ-UBND của UBND {tinh}
    Nghị quyết Đại hội Đảng bộ {huyen} nhiệm kỳ 2020-2025
"""

# Frames shared by every topic, filled with that topic's vocabulary.
TITLE_FRAMES = """
    {^noi} {viec}
    {^xa} {viec}
    {^noi}: {^ket_qua}
    {^noi} tổ chức {su_kien}
"""

SAPO_FRAMES = """
    {buoi_ngay}, {co_quan} tổ chức {su_kien}. Dự có {nguoi}, cùng đại diện lãnh đạo các cơ quan, đơn vị liên quan.
    {thoi_gian}, {co_quan} đã {viec}, {viec}. Nhờ đó, {ket_qua}.
    {buoi_ngay}, {nguoi} dự {su_kien}, cùng đại diện các sở, ngành và {so_nho} xã, thị trấn.
    Theo {co_quan}, {thoi_gian_thuong}, {ket_qua}; {ket_qua}.
    {thoi_gian}, {co_quan} tập trung {viec} nhằm {muc_dich}.
"""

OPENINGS = """
    {buoi_ngay}, {co_quan} tổ chức {su_kien}.
    {buoi_ngay}, tại {hoi_truong}, {co_quan} tổ chức {su_kien}.
    {thoi_gian}, {co_quan} đã {viec}.
    Thực hiện {van_ban}, {co_quan} đã {viec}.
    Theo báo cáo của {co_quan}, {thoi_gian_thuong}, {ket_qua}.
    Xác định {linh_vuc} là nhiệm vụ trọng tâm, {thoi_gian_thuong}, {co_quan} đã {viec}.
    Những năm qua, {linh_vuc} trên địa bàn {huyen} luôn được các cấp ủy, chính quyền quan tâm chỉ đạo.
"""

#: May follow the opening sentence of the first paragraph.
FOLLOW_UPS = """
    Tham dự có {nguoi2}, lãnh đạo các phòng, ban chuyên môn và đại diện {so_nho} xã, thị trấn.
    Hoạt động nhằm {muc_dich}.
    Đây là hoạt động thiết thực nhằm {muc_dich}, {muc_dich}.
    Dự có {nguoi2} cùng đại diện lãnh đạo các cơ quan, đơn vị liên quan.
"""

MIDDLES = """
    Theo {nguoi}, {ket_qua}.
    {thoi_gian}, {ket_qua}; {ket_qua}.
    Bên cạnh đó, {co_quan} còn {viec}.
    Cùng với đó, {co_quan} chú trọng {viec}.
    Đáng chú ý, {ket_qua}.
    Đến nay, {ket_qua}.
    Tính đến {thang}, {ket_qua}.
    Tuy nhiên, {kho_khan}.
    Bên cạnh kết quả đạt được, {kho_khan}.
    Một trong những khó khăn hiện nay là {kho_khan}.
    {^dan} chia sẻ: “{trich_dan_dan}”.
    “{trich_dan_dan}”, {dan_goi} cho biết.
    {^ong_ba} cho biết, {ket_qua}.
    Phát biểu tại buổi làm việc, {nguoi2} đề nghị {co_quan} {viec}.
    Để {muc_dich}, {co_quan} đã {viec}, {viec}.
    Với cách làm này, {ket_qua}.
    Năm {nam}, {huyen} bố trí {ty} từ ngân sách và các nguồn vốn lồng ghép để {viec}.
    Qua kiểm tra cho thấy, {kho_khan}.
"""

CLOSINGS = """
    Thời gian tới, {co_quan} tiếp tục {viec}; đồng thời {viec}.
    Phấn đấu đến năm {nam_kh}, {chi_tieu}.
    “{trich_dan}”, {ong_ba} nhấn mạnh.
    Phát biểu kết luận, {nguoi} yêu cầu {co_quan} {viec} nhằm {muc_dich}.
    Mục tiêu đến cuối năm {nam}, {chi_tieu}.
    {^co_quan} cho biết sẽ tiếp tục {viec}, phấn đấu {chi_tieu}.
    {^nguoi} khẳng định: “{trich_dan}”.
"""

#: Connective sentences that fit any topic; a minority of each body.
GENERIC = """
    Công tác này nhận được sự đồng tình, hưởng ứng tích cực của đông đảo nhân dân trên địa bàn.
    Các cơ quan, đơn vị liên quan đã phối hợp chặt chẽ, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra.
    Kết quả thực hiện được báo cáo định kỳ hằng quý về UBND {huyen} để theo dõi, chỉ đạo.
    Việc kiểm tra, giám sát được duy trì thường xuyên, kịp thời chấn chỉnh những tồn tại, hạn chế.
    Nhiều cách làm hay, mô hình hiệu quả đã được nhân rộng ra các thôn, bản khác.
    Công tác thông tin, tuyên truyền được đổi mới về nội dung và hình thức, phù hợp với từng nhóm đối tượng.
    Nội dung tuyên truyền được phát trên hệ thống loa truyền thanh cơ sở bằng tiếng phổ thông và tiếng dân tộc.
    Các ý kiến, kiến nghị của cơ sở đã được ghi nhận, tổng hợp để giải quyết theo thẩm quyền.
    Kinh phí thực hiện được lồng ghép từ các chương trình mục tiêu quốc gia và nguồn xã hội hóa.
    Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước UBND {huyen} về kết quả thực hiện.
    Tiến độ thực hiện được cập nhật hằng tuần trên hệ thống quản lý văn bản và điều hành.
    Những địa phương làm tốt được biểu dương, nhân rộng; nơi còn chậm được nhắc nhở, đôn đốc.
    Sự vào cuộc đồng bộ của cả hệ thống chính trị là yếu tố quyết định kết quả đạt được.
    Nhiều hộ dân đã tự nguyện đóng góp ngày công, vật liệu để cùng chung tay thực hiện.
    Các tổ chức chính trị - xã hội phát huy tốt vai trò vận động hội viên, đoàn viên tham gia.
    Cấp ủy, chính quyền các cấp đã ban hành nhiều văn bản chỉ đạo sát với thực tế địa phương.
    Việc phân công nhiệm vụ được thực hiện theo phương châm rõ người, rõ việc, rõ thời gian, rõ kết quả.
    Qua đó, nhận thức và trách nhiệm của cán bộ, đảng viên và nhân dân được nâng lên rõ rệt.
    Những kết quả này tạo tiền đề quan trọng để địa phương hoàn thành các mục tiêu của giai đoạn {giai_doan}.
    Các khó khăn, vướng mắc vượt thẩm quyền đã được báo cáo cấp trên xem xét, giải quyết.
    Trong quá trình triển khai, địa phương luôn lắng nghe ý kiến của nhân dân để kịp thời điều chỉnh.
    Công tác sơ kết, tổng kết được thực hiện nghiêm túc, chỉ rõ ưu điểm, hạn chế và bài học kinh nghiệm.
"""

#: (lead-in, list) for an occasional bulleted list in a body.
LIST_LEADS = [
    ("Các nhiệm vụ trọng tâm trong thời gian tới gồm:", "viec"),
    ("Một số kết quả nổi bật:", "ket_qua"),
    ("Để đạt mục tiêu đề ra, {co_quan} tập trung vào các giải pháp sau:", "viec"),
    ("Những tồn tại cần sớm khắc phục:", "kho_khan"),
]

#: Every topic fills these lists; the shared frames rely on them.
TOPIC_KEYS = (
    "titles", "sapos", "cau", "linh_vuc", "su_kien", "viec", "ket_qua", "kho_khan", "chi_tieu",
    "muc_dich", "co_quan", "chuc_vu", "trich_dan", "trich_dan_dan", "muc",
)  # fmt: skip

_KEY = re.compile(r"[a-z_]+:")


def entries(text):
    """The non-blank lines of ``text``, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Topic:
    """One subject of the news: its section and tags in the demo, and its vocabulary."""

    name: str
    section: str
    tags: tuple
    vocabulary: dict

    def __post_init__(self):
        missing = [key for key in TOPIC_KEYS if not self.vocabulary.get(key)]
        if missing:
            raise ValueError(f"Topic {self.name!r} lacks {', '.join(missing)}")


def topic(name, *, section, tags=(), text):
    vocabulary, key = {}, None
    for line in entries(text):
        if _KEY.fullmatch(line):
            key = line[:-1]
            vocabulary[key] = []
        else:
            vocabulary[key].append(line)
    return Topic(name, section, tuple(tags), {k: tuple(v) for k, v in vocabulary.items()})


# Most popular first: the writer weighs topic n by 1 / n ** ZIPF_EXPONENT.
TOPICS = [
    topic(
        "Hoạt động lãnh đạo",
        section="hoat-dong-lanh-dao",
        text="""
        titles:
            Lãnh đạo tỉnh kiểm tra tiến độ {so_nho} dự án trọng điểm tại {xa}
            Chủ tịch UBND tỉnh kiểm tra tiến độ dự án {du_an}
            Phó Chủ tịch UBND tỉnh làm việc tại {xa}, {huyen}
            Bí thư Tỉnh ủy thăm, tặng quà {so_nho} gia đình chính sách tại {xa}
            {^huyen} giao ban kinh tế - xã hội {thang}: {phan_so} chỉ tiêu đạt kế hoạch
            Đoàn công tác của tỉnh khảo sát {so_nho} công trình tại {xa}
            Lãnh đạo {huyen} đối thoại với người dân {xa}
            Tháo gỡ khó khăn cho {so_nho} dự án tổng vốn {ty} tại {huyen}
            Bí thư {huyen_uy} làm việc với Đảng ủy {xa}
            {^huyen}: thu ngân sách {quy} đạt {ty_le} dự toán
        sapos:
            {buoi_ngay}, đoàn công tác của tỉnh do {nguoi} làm trưởng đoàn đã làm việc với {huyen} về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {quy}.
            {buoi_ngay}, {nguoi} đã đi kiểm tra thực tế tại {xa} và làm việc với lãnh đạo địa phương về các nhiệm vụ trọng tâm năm {nam}.
            {buoi_ngay}, {nguoi} đã kiểm tra tiến độ thi công dự án {du_an}, yêu cầu chủ đầu tư và nhà thầu tập trung nhân lực, máy móc để hoàn thành đúng kế hoạch.
        linh_vuc:
            công tác chỉ đạo, điều hành phát triển kinh tế - xã hội
            việc thực hiện các nhiệm vụ kinh tế - xã hội
        su_kien:
            buổi làm việc với Ban Thường vụ {huyen_uy}
            buổi kiểm tra tiến độ các công trình trọng điểm tại {huyen}
            hội nghị giao ban kinh tế - xã hội {thang}
            buổi làm việc với lãnh đạo {xa} về tình hình phát triển kinh tế - xã hội
            hội nghị đánh giá tình hình thực hiện nhiệm vụ {quy}
        viec:
            kiểm tra tiến độ thực hiện các dự án trọng điểm trên địa bàn
            làm việc với {xa} về tình hình phát triển kinh tế - xã hội
            thăm, tặng quà gia đình chính sách tại {thon}, {xa}
            khảo sát thực tế các công trình hạ tầng thiết yếu tại {xa}
            đối thoại với người dân về những vấn đề cử tri quan tâm
            tháo gỡ khó khăn, vướng mắc cho {so_nho} dự án đầu tư chậm tiến độ
            giao chỉ tiêu phát triển kinh tế - xã hội năm {nam_sau} cho các xã, thị trấn
            chỉ đạo khắc phục những tồn tại, hạn chế được chỉ ra qua kiểm tra
            kiểm tra công tác chuẩn bị các điều kiện phục vụ nhân dân vui Xuân, đón Tết
            rà soát các chỉ tiêu kinh tế - xã hội còn đạt thấp so với kế hoạch
        ket_qua:
            tổng giá trị sản xuất trên địa bàn ước đạt {so_lon} tỷ đồng, tăng {tang} so với cùng kỳ
            thu ngân sách nhà nước trên địa bàn đạt {ty}, bằng {ty_le} dự toán
            {phan_so} chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra
            thu nhập bình quân đầu người ước đạt {so} triệu đồng/năm
            giải ngân vốn đầu tư công đạt {ty_le} kế hoạch vốn được giao
            tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững
            đời sống vật chất, tinh thần của nhân dân tiếp tục được cải thiện
            {phan_so} xã đã hoàn thành kế hoạch thu ngân sách cả năm
            tổng diện tích gieo trồng ước đạt {ha}, sản lượng lương thực đạt {so_lon} tấn
            {so} dự án, công trình được khởi công mới trên địa bàn
        kho_khan:
            tiến độ giải ngân vốn đầu tư công ở một số dự án còn chậm
            công tác giải phóng mặt bằng một số công trình còn vướng mắc
            một số chỉ tiêu về thu ngân sách, thu hút đầu tư còn đạt thấp
            hạ tầng giao thông ở các xã vùng cao chưa đáp ứng yêu cầu phát triển
        chi_tieu:
            tất cả các chỉ tiêu chủ yếu về kinh tế - xã hội đều đạt và vượt kế hoạch
            tốc độ tăng trưởng kinh tế của {huyen} đạt trên {tang}
            100% xã có đường ô tô đến trung tâm được cứng hóa
        muc_dich:
            nắm bắt tình hình thực tế ở cơ sở
            kịp thời tháo gỡ khó khăn, vướng mắc cho địa phương
            hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm {nam}
        co_quan:
            UBND {huyen}
            UBND {tinh}
            Thường trực {huyen_uy}
            đoàn công tác của tỉnh
        chuc_vu:
            Chủ tịch UBND {tinh}
            Phó Chủ tịch UBND {tinh}
            Bí thư Tỉnh ủy
            Bí thư {huyen_uy}
            Chủ tịch UBND {huyen}
        trich_dan:
            Các cấp, các ngành phải bám sát cơ sở, việc gì đã giao thì phải làm đến nơi đến chốn
            Không để công trình nào chậm tiến độ vì lý do chủ quan, thiếu trách nhiệm của cán bộ
            Mọi chủ trương, quyết sách đều phải hướng tới nâng cao đời sống vật chất, tinh thần của nhân dân
        trich_dan_dan:
            Đường vào bản được cứng hóa, bà con đi lại, buôn bán thuận tiện hơn nhiều
            Được lãnh đạo về tận nơi lắng nghe, chúng tôi rất phấn khởi, tin tưởng
        muc:
            Tháo gỡ vướng mắc cho cơ sở
            Nhiều chỉ tiêu đạt khá
            Không để chậm trễ, đùn đẩy trách nhiệm
        cau:
            Báo cáo với đoàn, lãnh đạo {huyen} cho biết {thoi_gian_thuong}, địa phương đã tập trung chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội.
            Đoàn đã đi kiểm tra thực tế tại công trường dự án {du_an}, nơi có hơn {so} công nhân và {so_nho} máy thi công đang làm việc.
            Ghi nhận kết quả đạt được, {nguoi} đánh giá cao sự nỗ lực của cấp ủy, chính quyền và nhân dân các dân tộc {huyen}.
            Lãnh đạo địa phương kiến nghị tỉnh quan tâm bố trí vốn đầu tư xây dựng tuyến đường từ trung tâm {xa} đến {thon}.
            Tại buổi làm việc, các thành viên đoàn công tác đã trao đổi, làm rõ thêm nhiều nội dung địa phương kiến nghị.
            Đối với các kiến nghị của địa phương, {nguoi} giao các sở, ngành liên quan nghiên cứu, tham mưu giải quyết trước {ngay_khac}.
            Trong chương trình công tác, đoàn đã đến thăm, tặng quà {so_nho} gia đình chính sách, hộ nghèo tại {thon}.
            Lãnh đạo tỉnh yêu cầu chủ đầu tư đẩy nhanh tiến độ, bảo đảm chất lượng công trình, sớm đưa vào sử dụng trong năm {nam}.
            Dự án {du_an} có tổng mức đầu tư {ty}, đến nay khối lượng thi công đạt khoảng {ty_le}.
            Làm việc với {xa}, đoàn đã nghe báo cáo về tình hình sản xuất nông nghiệp, xây dựng nông thôn mới và công tác giảm nghèo của địa phương.
            Theo báo cáo, {xa} có {so_lon} nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm trên {ty_le}; tỷ lệ hộ nghèo còn {tang}.
            Đoàn cũng kiểm tra thực tế mô hình trồng cây ăn quả, chăn nuôi tập trung của các hộ dân tại {thon}.
            Lãnh đạo tỉnh lưu ý địa phương cần chủ động rà soát các khu dân cư có nguy cơ sạt lở, không để bị động khi mùa mưa lũ đến.
            Với những khó khăn vượt thẩm quyền, {nguoi} yêu cầu {huyen} tổng hợp, báo cáo UBND tỉnh trước ngày {ngay_khac} để xem xét, chỉ đạo.
            Thời gian tới, {huyen} cần tiếp tục cải thiện môi trường đầu tư, tạo điều kiện thuận lợi cho doanh nghiệp đến tìm hiểu, đầu tư sản xuất.
            Dịp này, lãnh đạo tỉnh đã trao {so} suất quà cho các hộ có hoàn cảnh khó khăn, mỗi suất trị giá 500 nghìn đồng.
            {^ong_ba2} đề nghị chính quyền các cấp quan tâm nhiều hơn đến đời sống của người dân ở các thôn vùng sâu, vùng xa.
        du_an:
            đường nối trung tâm {huyen} với {xa}
            trường Phổ thông dân tộc bán trú {ten_xa}
            cầu treo bản {lang}
            hồ chứa nước {lang}
            kè chống sạt lở bờ sông đoạn qua {xa}
            Trung tâm Y tế {huyen}
            cải tạo, nâng cấp đường tỉnh {so}
        """,
    ),
    topic(
        "Kinh tế - đầu tư",
        section="kinh-te",
        text="""
        titles:
            {^noi} thu hút {so_nho} dự án đầu tư mới với tổng vốn {ty}
            Giải ngân vốn đầu tư công của {huyen} đạt {ty_le}
            {^tinh} trao quyết định chủ trương đầu tư cho {so_nho} dự án, tổng vốn {ty}
            Đẩy nhanh giải ngân {ty} vốn đầu tư công tại {huyen}
            Tổng giá trị sản xuất của {huyen} {quy} tăng {tang}
            Hội nghị xúc tiến đầu tư năm {nam}: {so} nhà đầu tư đăng ký {ty}
            {^huyen} gỡ vướng mặt bằng cho dự án {du_an}
            Doanh nghiệp {tinh_khac} khảo sát cơ hội đầu tư tại {xa}
            Khởi công dự án {du_an} tổng vốn {ty}
        sapos:
            {thoi_gian}, {huyen} đã thu hút {so_nho} dự án đầu tư với tổng vốn đăng ký {ty}, tập trung vào các lĩnh vực chế biến nông, lâm sản và năng lượng tái tạo.
            Tính đến {thang}, tỷ lệ giải ngân vốn đầu tư công của {tinh} đạt {ty_le} kế hoạch; nhiều dự án trọng điểm đã về đích đúng hoặc vượt tiến độ.
            {buoi_ngay}, UBND {tinh} tổ chức khởi công dự án {du_an} với tổng mức đầu tư {ty}, dự kiến hoàn thành năm {nam_kh}.
        linh_vuc:
            công tác thu hút đầu tư
            giải ngân vốn đầu tư công
        su_kien:
            hội nghị xúc tiến đầu tư năm {nam}
            hội nghị gặp mặt doanh nghiệp, nhà đầu tư
            lễ khởi công dự án {du_an}
            hội nghị đánh giá tiến độ giải ngân vốn đầu tư công {quy}
        viec:
            trao quyết định chủ trương đầu tư cho {so_nho} dự án
            rà soát, điều chuyển vốn từ các dự án giải ngân chậm sang dự án có nhu cầu
            thành lập tổ công tác đặc biệt tháo gỡ khó khăn cho các dự án
            công khai quỹ đất sạch sẵn sàng giao cho nhà đầu tư
            cải thiện môi trường đầu tư, kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh
            đối thoại với {so} doanh nghiệp về khó khăn trong sản xuất, kinh doanh
            giải ngân {ty} vốn đầu tư công
            thu hồi chủ trương đầu tư đối với {so_nho} dự án chậm triển khai
        ket_qua:
            tổng vốn đầu tư toàn xã hội ước đạt {so_lon} tỷ đồng, tăng {tang} so với cùng kỳ
            đã có {so_nho} dự án được cấp chủ trương đầu tư với tổng vốn {ty}
            tỷ lệ giải ngân vốn đầu tư công đạt {ty_le}, cao hơn bình quân chung cả nước
            số doanh nghiệp thành lập mới đạt {so}, tăng {tang}
            chỉ số năng lực cạnh tranh cấp tỉnh tăng {so_nho} bậc
            nhiều dự án trọng điểm đã hoàn thành, phát huy hiệu quả
            {so_nho} dự án hoàn thành, đưa vào sử dụng đúng tiến độ
            vốn thực hiện các dự án ngoài ngân sách đạt {ty}, tăng {tang}
        kho_khan:
            công tác giải phóng mặt bằng ở một số dự án còn chậm
            nguồn lực đầu tư còn hạn chế, hạ tầng kết nối chưa đồng bộ
            năng lực của một số nhà thầu chưa đáp ứng yêu cầu
            thủ tục đầu tư, đất đai còn phức tạp, kéo dài thời gian triển khai dự án
        chi_tieu:
            giải ngân 100% kế hoạch vốn đầu tư công được giao
            thu hút thêm ít nhất {so_nho} dự án có quy mô vốn trên {ty}
            số doanh nghiệp đang hoạt động trên địa bàn đạt trên {so_lon}
        muc_dich:
            tạo môi trường đầu tư thuận lợi, minh bạch
            thu hút nguồn lực cho phát triển kinh tế - xã hội
            tạo việc làm, tăng thu ngân sách cho địa phương
        co_quan:
            Sở Kế hoạch và Đầu tư
            UBND {tinh}
            UBND {huyen}
            Ban Quản lý dự án đầu tư xây dựng {huyen}
        chuc_vu:
            Giám đốc Sở Kế hoạch và Đầu tư
            Phó Chủ tịch UBND {tinh}
            Chủ tịch UBND {huyen}
            Giám đốc Ban Quản lý dự án đầu tư xây dựng {huyen}
        trich_dan:
            Thành công của doanh nghiệp cũng là thành công của tỉnh
            Chính quyền đồng hành với nhà đầu tư, nhưng nhà đầu tư cũng phải giữ đúng cam kết
            Chậm giải ngân một ngày là lãng phí nguồn lực của Nhà nước và của nhân dân
        trich_dan_dan:
            Chúng tôi được hướng dẫn thủ tục rất nhanh, chỉ sau hai tuần đã có quyết định chủ trương đầu tư
            Gia đình tôi nhận tiền bồi thường thỏa đáng nên vui vẻ bàn giao mặt bằng cho dự án
        muc:
            Đồng hành cùng nhà đầu tư
            Khơi thông nguồn vốn
            Gỡ khó về mặt bằng
        cau:
            Dự án {du_an} có tổng vốn đầu tư {ty}, dự kiến tạo việc làm cho khoảng {so} lao động địa phương.
            Các nhà đầu tư đánh giá cao tiềm năng của {tinh} về nông, lâm sản, khoáng sản và năng lượng tái tạo.
            Đến nay, {huyen} đã hoàn thành giải phóng mặt bằng {ha} phục vụ các dự án trọng điểm.
            Tổ công tác của tỉnh đã làm việc trực tiếp với từng chủ đầu tư để nắm bắt khó khăn, đề xuất giải pháp cụ thể.
            Những dự án chậm tiến độ kéo dài sẽ bị xem xét chấm dứt hoạt động, thu hồi đất theo quy định.
            Theo kế hoạch, năm {nam} {tinh} được giao {so_lon} tỷ đồng vốn đầu tư công, tập trung cho giao thông, thủy lợi và hạ tầng xã hội.
            Nhiều doanh nghiệp của {tinh_khac} đã đến khảo sát, tìm hiểu cơ hội đầu tư vào chế biến gỗ, dược liệu tại {huyen}.
            Đến nay, trên địa bàn {huyen} có {so_vua} doanh nghiệp đang hoạt động với tổng vốn đăng ký khoảng {so_lon} tỷ đồng.
            Dự án được chia thành {so_nho} giai đoạn, trong đó giai đoạn một tập trung xây dựng nhà xưởng và hạ tầng kỹ thuật.
            Nhà đầu tư cam kết sử dụng tối thiểu {ty_le} lao động là người địa phương, ưu tiên con em các hộ có đất bị thu hồi.
            Thời gian thẩm định hồ sơ chủ trương đầu tư đã được rút ngắn từ 35 ngày xuống còn khoảng {so_nho} ngày làm việc.
            Các nhà đầu tư kiến nghị tỉnh sớm hoàn thiện hạ tầng giao thông kết nối, cấp điện, cấp nước đến chân hàng rào dự án.
            Hiện {so_nho} dự án đang vướng mắc về giải phóng mặt bằng, chủ yếu do chưa thống nhất được đơn giá bồi thường.
            Tổng vốn đầu tư công năm {nam} của {huyen} là {ty}, trong đó vốn ngân sách địa phương chiếm khoảng {ty_le}.
        du_an:
            nhà máy chế biến gỗ {ten_huyen}
            khu du lịch sinh thái hồ {lang}
            cụm công nghiệp {ten_xa}
            nhà máy chế biến dược liệu {ten_huyen}
            đường tránh trung tâm {huyen}
            thủy điện {lang}
        """,
    ),
    topic(
        "Văn hóa",
        section="van-hoa-xa-hoi",
        tags=["Văn hóa dân tộc"],
        text="""
        titles:
            {^noi} bảo tồn văn hóa truyền thống của đồng bào {dan_toc}
            Khai mạc lớp truyền dạy hát {lan_dieu} tại {xa}
            Câu lạc bộ {lan_dieu} {thon} giữ hồn văn hóa {dan_toc}
            {^huyen} có {so} khu dân cư được công nhận đạt chuẩn văn hóa năm {nam}
            Liên hoan nghệ thuật quần chúng {huyen} năm {nam} thu hút {so} diễn viên
            Sưu tầm, số hóa {so} hiện vật văn hóa dân tộc {dan_toc} tại {huyen}
            Nghệ nhân {ho_ten} truyền dạy {lan_dieu} cho thế hệ trẻ
            Trao bằng công nhận di sản văn hóa phi vật thể cấp quốc gia cho {di_san} năm {nam}
            Tu bổ, tôn tạo di tích {di_tich} với kinh phí {ty}
        sapos:
            {buoi_ngay}, {co_quan} khai mạc lớp truyền dạy {lan_dieu} cho {so} học viên là thanh, thiếu niên người {dan_toc} tại {xa}.
            Với {so} thành viên, câu lạc bộ {lan_dieu} ở {thon} đã trở thành điểm sinh hoạt văn hóa quen thuộc, góp phần giữ gìn bản sắc của đồng bào {dan_toc}.
            {thoi_gian}, phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” ở {huyen} tiếp tục lan tỏa, với {ty_le} hộ gia đình đạt danh hiệu gia đình văn hóa.
        linh_vuc:
            công tác bảo tồn, phát huy giá trị văn hóa truyền thống
            phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”
        su_kien:
            lớp truyền dạy hát {lan_dieu} năm {nam}
            liên hoan nghệ thuật quần chúng năm {nam}
            ngày hội văn hóa các dân tộc {huyen} lần thứ {so_nho}
            lễ đón nhận bằng xếp hạng di tích {di_tich}
            hội thi trang phục truyền thống các dân tộc
        viec:
            mở {so_nho} lớp truyền dạy {lan_dieu}, thêu thổ cẩm cho thế hệ trẻ
            sưu tầm, số hóa các làn điệu dân ca, tư liệu cổ của đồng bào {dan_toc}
            hỗ trợ kinh phí cho {so} câu lạc bộ văn hóa dân gian hoạt động
            tu bổ, tôn tạo di tích {di_tich}
            xây dựng hồ sơ đề nghị công nhận di sản văn hóa phi vật thể
            đầu tư xây dựng, sửa chữa {so} nhà văn hóa thôn
            vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang
            tổ chức các hoạt động văn hóa, văn nghệ chào mừng các ngày lễ lớn
        ket_qua:
            {ty_le} hộ gia đình đạt danh hiệu gia đình văn hóa
            {so} thôn, tổ dân phố được công nhận khu dân cư văn hóa
            toàn huyện có {so} câu lạc bộ văn hóa dân gian duy trì sinh hoạt thường xuyên
            {so} nhà văn hóa thôn đạt chuẩn, đáp ứng nhu cầu sinh hoạt cộng đồng
            nhiều làn điệu {lan_dieu} được phục dựng, đưa vào sinh hoạt cộng đồng
            {so_nho} di tích được xếp hạng cấp tỉnh, {so_nho} di tích cấp quốc gia
        kho_khan:
            số nghệ nhân am hiểu văn hóa truyền thống ngày càng ít, phần lớn tuổi cao
            một bộ phận thanh niên chưa mặn mà với văn hóa truyền thống của dân tộc mình
            kinh phí cho hoạt động bảo tồn văn hóa còn hạn hẹp
            một số nhà văn hóa thôn xuống cấp, thiếu trang thiết bị
        chi_tieu:
            trên {ty_le} hộ gia đình đạt danh hiệu gia đình văn hóa
            100% thôn, bản có nhà văn hóa và đội văn nghệ
            mỗi xã có ít nhất một câu lạc bộ văn hóa dân gian hoạt động hiệu quả
        muc_dich:
            giữ gìn bản sắc văn hóa các dân tộc
            nâng cao đời sống tinh thần cho nhân dân
            gắn bảo tồn văn hóa với phát triển du lịch
            phát huy vai trò của nghệ nhân trong cộng đồng
            xây dựng môi trường văn hóa lành mạnh ở cơ sở
        co_quan:
            Sở Văn hóa, Thể thao và Du lịch
            Phòng Văn hóa và Thông tin {huyen}
            Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}
            UBND {xa}
            Bảo tàng tỉnh
            Ban Quản lý di tích tỉnh
        chuc_vu:
            Trưởng phòng Văn hóa và Thông tin {huyen}
            Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}
            Phó Chủ tịch UBND {huyen}
            Chủ tịch UBND {xa}
        trich_dan:
            Văn hóa là hồn cốt của dân tộc, mất văn hóa là mất tất cả
            Bảo tồn văn hóa phải bắt đầu từ chính cộng đồng, từ mỗi gia đình
            Di sản chỉ thật sự sống khi được người dân thực hành trong đời sống hằng ngày
        trich_dan_dan:
            Tôi chỉ mong con cháu còn biết hát {lan_dieu}, còn mặc trang phục của dân tộc mình
            Ngày trước chỉ người già biết hát, nay lớp trẻ trong bản cũng đến học đông lắm
            Có nhà văn hóa khang trang, tối nào bà con cũng đến tập văn nghệ, vui lắm
        muc:
            Giữ lửa văn hóa truyền thống
            Người giữ hồn dân ca
            Từ bảo tồn đến phát huy
        cau:
            Lớp học diễn ra vào buổi tối tại nhà văn hóa {thon}, do nghệ nhân {ho_ten} trực tiếp truyền dạy.
            Đồng bào {dan_toc} ở {xa} hiện vẫn lưu giữ được nhiều làn điệu dân ca, điệu múa và nghề thủ công truyền thống.
            Những bộ trang phục thổ cẩm được các chị em tự tay dệt, thêu theo hoa văn truyền thống của dân tộc.
            Hát {lan_dieu} thường được cất lên trong các dịp lễ, Tết, đám cưới và mừng nhà mới của đồng bào.
            Di tích {di_tich} được xếp hạng di tích lịch sử cấp tỉnh năm {nam_truoc}, hằng năm đón hàng nghìn lượt khách đến tham quan.
            Các tiết mục văn nghệ mang đậm bản sắc văn hóa dân tộc đã để lại ấn tượng sâu sắc trong lòng khán giả.
            Phong trào văn hóa, văn nghệ quần chúng phát triển mạnh, góp phần đẩy lùi các hủ tục lạc hậu.
            Câu lạc bộ {lan_dieu} {thon} hiện có {so} thành viên, người cao tuổi nhất đã ngoài 80, người trẻ nhất mới 12 tuổi.
            Mỗi tuần, các thành viên tập luyện hai buổi tại nhà văn hóa thôn, chủ yếu vào buổi tối sau giờ lao động.
            Nghệ nhân {ho_ten} đã dành nhiều năm sưu tầm, chép lại hàng trăm bài {lan_dieu} cổ để truyền dạy cho con cháu.
            Hằng năm, {xa} tổ chức liên hoan văn nghệ quần chúng vào dịp Tết và các ngày lễ lớn, thu hút đông đảo người dân tham gia.
            Nhà văn hóa {thon} vừa được xây mới với kinh phí {trieu}, trong đó nhân dân đóng góp hơn {so} ngày công.
            Bộ trang phục truyền thống của phụ nữ {dan_toc} gồm áo dài chàm, khăn đội đầu, thắt lưng và vòng bạc.
            Việc bảo tồn văn hóa được gắn với xây dựng đời sống văn hóa ở khu dân cư và giáo dục thế hệ trẻ.
        lan_dieu:
            then
            sli
            lượn
            páo dung
            khắp
            hát ví
        dan_toc:
            Tày
            Nùng
            Dao
            Mông
            Sán Chay
            Thái
            Sán Dìu
        di_tich:
            đình {lang}
            đền Mẫu {ten_xa}
            chùa {ten_xa}
            địa điểm lịch sử cách mạng {lang}
            hang {lang}
        di_san:
            nghi lễ cấp sắc của người Dao {huyen}
            nghệ thuật hát then của người Tày {huyen}
            lễ hội Lồng tồng {ten_xa}
            nghề dệt thổ cẩm của người Tày {ten_xa}
        """,
    ),
    topic(
        "Cải cách hành chính",
        section="cai-cach-hanh-chinh",
        tags=["Cải cách hành chính"],
        text="""
        titles:
            {^noi} đẩy mạnh cải cách hành chính năm {nam}
            {^huyen} cắt giảm thời gian giải quyết {so} thủ tục hành chính
            Bộ phận một cửa {huyen} tiếp nhận {so_lon} hồ sơ {quy}
            Chỉ số cải cách hành chính năm {nam_truoc} của {huyen} đạt {diem_so} điểm
            {^xa} thí điểm trả kết quả thủ tục hành chính tại nhà
            PAR Index năm {nam_truoc}: {huyen} đạt {diem_so} điểm, xếp thứ {phan_so}
            Kiểm tra công tác cải cách hành chính tại {xa}
            {^tinh} công bố {so} thủ tục hành chính mới lĩnh vực {linh_vuc_tthc}
            Hồ sơ giải quyết đúng hạn tại Bộ phận một cửa {xa} đạt {ty_le}
            Chủ tịch UBND {huyen} đối thoại với {so} người dân về thủ tục {linh_vuc_tthc}
        sapos:
            {thoi_gian}, Bộ phận một cửa {huyen} đã tiếp nhận {so_lon} hồ sơ thủ tục hành chính, trong đó {ty_le} được giải quyết đúng và trước hạn.
            Chỉ số cải cách hành chính năm {nam_truoc} của {huyen} đạt {diem_so} điểm, tăng {so_nho} bậc so với năm trước; địa phương đặt mục tiêu vào nhóm dẫn đầu của tỉnh trong năm {nam}.
            {buoi_ngay}, UBND {huyen} tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm {nam}, với mục tiêu nâng cao mức độ hài lòng của người dân, doanh nghiệp.
        linh_vuc:
            cải cách hành chính
            công tác cải cách thủ tục hành chính
        su_kien:
            hội nghị triển khai nhiệm vụ cải cách hành chính năm {nam}
            hội nghị đối thoại về thủ tục hành chính lĩnh vực {linh_vuc_tthc}
            đợt kiểm tra công tác cải cách hành chính năm {nam}
            hội nghị công bố chỉ số cải cách hành chính năm {nam_truoc}
        viec:
            rà soát, đơn giản hóa {so} thủ tục hành chính
            cắt giảm thời gian giải quyết đối với {so} thủ tục hành chính
            công khai đầy đủ bộ thủ tục hành chính tại Bộ phận một cửa các cấp
            kiểm tra đột xuất việc tiếp nhận, trả kết quả tại Bộ phận một cửa cấp xã
            đưa kết quả cải cách hành chính vào tiêu chí đánh giá, xếp loại cán bộ
            bố trí công chức có năng lực, trách nhiệm làm việc tại Bộ phận một cửa
            tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích
            xử lý dứt điểm {so} hồ sơ đất đai tồn đọng
            xin lỗi người dân bằng văn bản đối với các hồ sơ trễ hạn
            lắp đặt thiết bị đánh giá mức độ hài lòng tại quầy tiếp nhận
        ket_qua:
            tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt {ty_le}
            Bộ phận một cửa các cấp đã tiếp nhận {so_lon} hồ sơ, giải quyết đúng hạn {ty_le}
            chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt {ty_le}
            chỉ số cải cách hành chính của {huyen} đạt {diem_so} điểm, xếp thứ {phan_so} huyện, thành phố
            số hồ sơ trễ hạn giảm gần một nửa so với cùng kỳ
            {so} thủ tục hành chính được cắt giảm thời gian giải quyết từ {so_nho} đến {so} ngày
            không có phản ánh, kiến nghị về thái độ phục vụ của công chức một cửa
        kho_khan:
            một số công chức cấp xã còn lúng túng khi hướng dẫn người dân
            lĩnh vực đất đai vẫn còn nhiều hồ sơ trễ hạn do khâu đo đạc, xác minh nguồn gốc kéo dài
            cơ sở vật chất của Bộ phận một cửa một số xã còn thiếu thốn
            việc cập nhật các quy định mới về thủ tục hành chính ở cơ sở chưa kịp thời
        chi_tieu:
            tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%
            mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%
            chỉ số cải cách hành chính của {huyen} trở lại nhóm dẫn đầu của tỉnh
            không còn người dân phải đi lại hai lần cho một thủ tục
        muc_dich:
            nâng cao chất lượng phục vụ người dân, doanh nghiệp
            xây dựng nền hành chính phục vụ, minh bạch, hiệu quả
            giảm thời gian, chi phí đi lại cho người dân
        co_quan:
            UBND {huyen}
            Sở Nội vụ
            Phòng Nội vụ {huyen}
            Văn phòng HĐND và UBND {huyen}
            Bộ phận một cửa {xa}
        chuc_vu:
            Phó Chủ tịch UBND {huyen}
            Giám đốc Sở Nội vụ
            Trưởng phòng Nội vụ {huyen}
            Chánh Văn phòng HĐND và UBND {huyen}
        trich_dan:
            Cải cách hành chính không phải việc riêng của Bộ phận một cửa, mà là trách nhiệm của từng cán bộ, công chức
            Mỗi hồ sơ chậm là một lần người dân mất niềm tin, cán bộ nào làm chậm thì phải chịu trách nhiệm
            Lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả phục vụ
            Thủ tục nào không cần thiết thì kiên quyết cắt bỏ, không để người dân phải chờ đợi
        trich_dan_dan:
            Trước đây làm giấy tờ phải đi lại mấy lần, giờ đến Bộ phận một cửa được hướng dẫn tận tình, hẹn ngày nào trả đúng ngày đó
            Cán bộ một cửa xã nhiệt tình lắm, hồ sơ thiếu gì đều được hướng dẫn bổ sung ngay
            Không phải chờ đợi lâu như trước, người dân chúng tôi thấy rất thuận tiện
        muc:
            Rõ người, rõ việc, rõ thời hạn
            Bộ phận một cửa thân thiện
            Gỡ điểm nghẽn hồ sơ đất đai
        cau:
            Tại Bộ phận một cửa {huyen}, khu vực tiếp nhận được bố trí khoa học, có máy lấy số tự động, ghế chờ và nước uống cho người dân.
            Mỗi công chức tiếp nhận đều đeo thẻ, có thiết bị đánh giá mức độ hài lòng đặt ngay tại quầy.
            Các phòng chuyên môn đã rà soát {so} thủ tục thuộc thẩm quyền giải quyết của cấp huyện và cấp xã, đề xuất bãi bỏ yêu cầu nộp bản sao những giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.
            Trường hợp hồ sơ trễ hạn, cơ quan để xảy ra chậm trễ phải gửi văn bản xin lỗi người dân, nêu rõ lý do và hẹn lại thời gian trả kết quả.
            Kết quả thực hiện nhiệm vụ cải cách hành chính được đưa vào tiêu chí đánh giá, xếp loại cán bộ, công chức hằng tháng.
            Số điện thoại đường dây nóng được niêm yết công khai tại Bộ phận một cửa các cấp để người dân tiện phản ánh.
            Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ giảm từ 15 ngày xuống còn 10 ngày làm việc.
            Lĩnh vực {linh_vuc_tthc} có nhiều hồ sơ nhất, chiếm khoảng {ty_le} tổng số hồ sơ tiếp nhận.
            Công chức tư pháp - hộ tịch và công an xã luân phiên mang kết quả đến tận nhà cho người cao tuổi, người khuyết tật vào chiều thứ Sáu hằng tuần.
            Từ đầu năm, Bộ phận một cửa {xa} đã tiếp nhận {so_vua} hồ sơ, phần lớn thuộc lĩnh vực hộ tịch, chứng thực và đất đai.
            Huyện đã đầu tư máy tính, máy quét, máy in cho Bộ phận một cửa cấp xã với tổng kinh phí {trieu}.
            Các thủ tục về đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi được liên thông, người dân chỉ phải nộp hồ sơ một lần.
            Qua khảo sát, phần lớn người dân hài lòng với thái độ phục vụ của công chức, nhưng vẫn còn ý kiến phản ánh về thời gian chờ đợi.
            Đoàn kiểm tra đề nghị UBND các xã niêm yết công khai, đầy đủ thủ tục hành chính và mức thu phí, lệ phí tại nơi tiếp nhận hồ sơ.
            Định kỳ hằng tháng, Văn phòng HĐND và UBND huyện tổng hợp, công khai danh sách hồ sơ trễ hạn và cơ quan để xảy ra chậm trễ.
        linh_vuc_tthc:
            đất đai
            hộ tịch
            xây dựng
            đăng ký kinh doanh
            chứng thực
            chính sách xã hội
        """,
    ),
    topic(
        "Xây dựng Đảng",
        section="tin-tuc-su-kien",
        text="""
        titles:
            {^huyen_uy} sơ kết công tác xây dựng Đảng {sau_thang} đầu năm {nam}, kết nạp {so} đảng viên
            Đảng bộ {xa} kết nạp {so_nho} đảng viên mới
            {^huyen_uy} học tập, quán triệt nghị quyết của Trung ương cho {so_vua} cán bộ, đảng viên
            Đại hội Chi bộ {thon} nhiệm kỳ {nhiem_ky}
            Trao Huy hiệu {tuoi_dang} năm tuổi Đảng cho {so} đảng viên {huyen}
            Ủy ban Kiểm tra {huyen_uy} kiểm tra {so_nho} tổ chức đảng và {so} đảng viên
            Hội nghị lần thứ {so} Ban Chấp hành Đảng bộ {huyen} khóa {khoa}
            Phát triển đảng viên ở vùng đồng bào dân tộc {xa}
            Đảng bộ {xa} tổ chức thành công đại hội nhiệm kỳ {nhiem_ky}
        sapos:
            {buoi_ngay}, {huyen_uy} tổ chức hội nghị học tập, quán triệt các nghị quyết của Trung ương cho hơn {so_vua} cán bộ chủ chốt, đảng viên trên địa bàn.
            {thoi_gian}, Đảng bộ {huyen} đã kết nạp {so} đảng viên mới, đạt {ty_le} chỉ tiêu nghị quyết; chất lượng sinh hoạt chi bộ tiếp tục được nâng lên.
            {buoi_ngay}, Đảng bộ {xa} tổ chức đại hội đại biểu nhiệm kỳ {nhiem_ky}, bầu Ban Chấp hành gồm {so_nho} đồng chí.
        linh_vuc:
            công tác xây dựng Đảng
            công tác phát triển đảng viên
        su_kien:
            hội nghị học tập, quán triệt nghị quyết của Trung ương
            đại hội Đảng bộ {xa} nhiệm kỳ {nhiem_ky}
            lễ trao Huy hiệu Đảng đợt {ngay_le}
            hội nghị lần thứ {so_nho} Ban Chấp hành Đảng bộ {huyen} khóa {khoa}
            hội nghị sơ kết công tác kiểm tra, giám sát {sau_thang} đầu năm
        viec:
            kết nạp {so} đảng viên mới
            nâng cao chất lượng sinh hoạt chi bộ
            kiểm tra, giám sát {so_nho} tổ chức đảng và {so} đảng viên
            học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
            trao Huy hiệu Đảng cho {so} đảng viên lão thành
            củng cố các chi bộ thôn yếu kém
            tạo nguồn phát triển đảng viên trong đoàn viên thanh niên, quân nhân xuất ngũ
            đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {nam_truoc}
        ket_qua:
            {ty_le} tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên
            Đảng bộ đã kết nạp {so} đảng viên mới, đạt {ty_le} kế hoạch
            100% thôn, bản có chi bộ đảng, không còn thôn chưa có đảng viên
            {so} đảng viên được xét tặng Huy hiệu Đảng các loại
            việc học tập, quán triệt nghị quyết được triển khai nghiêm túc, đạt {ty_le} cán bộ, đảng viên tham gia
        kho_khan:
            nguồn phát triển đảng viên ở một số thôn vùng cao còn hạn chế do thanh niên đi làm ăn xa
            chất lượng sinh hoạt ở một số chi bộ còn hình thức, nội dung chưa phong phú
            một bộ phận đảng viên chưa phát huy tốt vai trò tiền phong, gương mẫu
        chi_tieu:
            kết nạp mới từ {so} đảng viên trở lên
            100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần
            trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ
        muc_dich:
            xây dựng Đảng bộ trong sạch, vững mạnh
            nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng
            củng cố niềm tin của nhân dân đối với Đảng
        co_quan:
            Ban Thường vụ {huyen_uy}
            Ủy ban Kiểm tra {huyen_uy}
            Ban Tổ chức {huyen_uy}
            Đảng ủy {xa}
            Ban Tuyên giáo {huyen_uy}
        chuc_vu:
            Bí thư {huyen_uy}
            Phó Bí thư Thường trực {huyen_uy}
            Trưởng Ban Tổ chức {huyen_uy}
            Bí thư Đảng ủy {xa}
        trich_dan:
            Mỗi đảng viên phải là một tấm gương để quần chúng noi theo
            Chi bộ mạnh thì thôn, bản mới mạnh
            Công tác xây dựng Đảng phải gắn với giải quyết những vấn đề bức xúc của nhân dân
        trich_dan_dan:
            Được đứng trong hàng ngũ của Đảng là niềm vinh dự lớn, tôi sẽ cố gắng phấn đấu để xứng đáng với niềm tin của chi bộ
            Bí thư chi bộ gương mẫu, nói đi đôi với làm nên bà con trong thôn tin tưởng
        muc:
            Nâng chất sinh hoạt chi bộ
            Chú trọng phát triển đảng viên
            Kiểm tra, giám sát đúng trọng tâm
        cau:
            Hiện Đảng bộ {huyen} có {so} tổ chức cơ sở đảng với hơn {so_lon} đảng viên.
            Các chi bộ đã chú trọng đổi mới nội dung sinh hoạt, lựa chọn những chuyên đề sát với thực tiễn của thôn, bản.
            Nhiều đảng viên là người dân tộc thiểu số đã trở thành hạt nhân trong phát triển kinh tế, giữ gìn an ninh trật tự ở cơ sở.
            Đại hội đã thảo luận, thông qua báo cáo chính trị, xác định {so_nho} chỉ tiêu chủ yếu và {so_nho} nhiệm vụ trọng tâm cho nhiệm kỳ mới.
            Ủy ban Kiểm tra các cấp đã tiến hành kiểm tra khi có dấu hiệu vi phạm đối với {so_nho} đảng viên.
            Việc đánh giá, xếp loại đảng viên được thực hiện thực chất, gắn với kết quả thực hiện nhiệm vụ được giao.
            Dịp này, {so} đảng viên lão thành được trao Huy hiệu {tuoi_dang} năm tuổi Đảng.
            Chi bộ {thon} hiện có {so_nho} đảng viên, sinh hoạt đều đặn vào ngày mùng 5 hằng tháng.
            Nội dung sinh hoạt chuyên đề quý này tập trung vào giải pháp phát triển kinh tế hộ gia đình, giảm nghèo bền vững.
            Các đảng viên mới được kết nạp phần lớn là đoàn viên thanh niên, quân nhân hoàn thành nghĩa vụ quân sự trở về địa phương.
            Cấp ủy các cấp đã chú trọng công tác tạo nguồn, bồi dưỡng quần chúng ưu tú, nhất là ở các thôn chưa có đảng viên là người tại chỗ.
            Công tác kiểm tra, giám sát được thực hiện theo kế hoạch, tập trung vào những lĩnh vực nhạy cảm, dễ phát sinh sai phạm.
            Hội nghị đã biểu quyết thông qua nghị quyết về nhiệm vụ trọng tâm {quy} với tỷ lệ đồng thuận cao.
        nhiem_ky:
            2025-2030
            2020-2025
        tuoi_dang:
            30
            40
            45
            50
            55
            60
            65
        ngay_le:
            3/2
            19/5
            2/9
            7/11
        sau_thang:
            6 tháng
            9 tháng
            3 tháng
        khoa:
            XX
            XXI
            XXII
        """,
    ),
    topic(
        "Trồng trọt",
        section="nong-nghiep-nong-thon",
        text="""
        titles:
            {^xa} trồng mới {ha} {cay}
            {^noi} xuống giống {ha} lúa vụ {vu}
            Nông dân {xa} trúng mùa {cay}
            {^huyen} phát triển vùng {cay} hàng hóa quy mô {ha}
            Giá {cay} tăng, nông dân {xa} phấn khởi
            Chè Shan tuyết {ten_xa} mở hướng thoát nghèo cho {so} hộ
            Liên kết tiêu thụ {so_lon} tấn {cay} cho nông dân {huyen}
            Phòng trừ sâu bệnh hại lúa vụ {vu} năm {nam} tại {xa}
            Mô hình trồng {cay} hữu cơ ở {thon}
            {^noi} chuyển đổi {ha} đất trồng lúa kém hiệu quả sang trồng {cay}
        sapos:
            Vụ {vu} năm {nam}, {huyen} gieo cấy được {ha} lúa, đạt {ty_le} kế hoạch; các địa phương đang tập trung chăm sóc, phòng trừ sâu bệnh để bảo đảm năng suất.
            Những năm gần đây, cây {cay} đã trở thành cây trồng chủ lực của {xa}, mang lại nguồn thu ổn định cho hàng trăm hộ dân.
            Trên diện tích {ha} đồi dốc trước đây chỉ trồng ngô, nông dân {xa} đã chuyển sang trồng {cay} theo hướng hàng hóa, cho thu nhập cao gấp nhiều lần.
        linh_vuc:
            sản xuất nông nghiệp
            phát triển cây trồng chủ lực
        su_kien:
            hội nghị tổng kết sản xuất vụ {vu} năm {nam}
            hội thảo đầu bờ mô hình trồng {cay} hữu cơ
            lớp tập huấn kỹ thuật trồng và chăm sóc {cay}
            hội nghị kết nối tiêu thụ {cay} năm {nam}
        viec:
            hỗ trợ nông dân chuyển đổi {ha} đất trồng lúa kém hiệu quả
            chỉ đạo gieo cấy lúa vụ {vu} đúng khung thời vụ
            cung ứng {so_lon} tấn giống, phân bón cho nông dân
            xây dựng vùng trồng {cay} đạt tiêu chuẩn VietGAP
            mở {so} lớp tập huấn kỹ thuật cho hơn {so_lon} lượt nông dân
            cấp mã số vùng trồng cho {so_nho} vùng {cay} xuất khẩu
            hỗ trợ máy làm đất, máy gặt đập liên hợp cho các hợp tác xã
            theo dõi chặt chẽ diễn biến sâu bệnh trên cây trồng
            liên kết với doanh nghiệp bao tiêu sản phẩm {cay} cho nông dân
            trồng mới và cải tạo {ha} {cay} bằng giống năng suất cao
        ket_qua:
            năng suất lúa bình quân đạt {so} tạ/ha, tăng {so_nho} tạ/ha so với vụ trước
            tổng sản lượng lương thực có hạt ước đạt {so_lon} tấn
            diện tích {cay} toàn huyện đạt {ha}, trong đó {ha} cho thu hoạch
            giá trị thu được trên mỗi ha đất trồng trọt đạt {so} triệu đồng
            {so} hộ trồng {cay} có thu nhập trên {trieu} mỗi năm
            sản lượng {cay} thu hoạch đạt {so_lon} tấn, tăng {tang} so với năm trước
            {ha} {cay} được chứng nhận hữu cơ
        kho_khan:
            thời tiết diễn biến bất thường, rét đậm, rét hại kéo dài ảnh hưởng tới tiến độ gieo cấy
            giá phân bón, vật tư nông nghiệp tăng cao làm giảm hiệu quả sản xuất
            sản xuất còn manh mún, nhỏ lẻ, liên kết tiêu thụ chưa bền vững
            một bộ phận nông dân chưa tuân thủ quy trình kỹ thuật, lạm dụng thuốc bảo vệ thực vật
        chi_tieu:
            tổng sản lượng lương thực đạt trên {so_lon} tấn
            diện tích {cay} đạt chứng nhận VietGAP, hữu cơ chiếm trên {ty_le}
            giá trị sản phẩm trên một ha đất trồng trọt đạt trên {so} triệu đồng
        muc_dich:
            nâng cao giá trị sản xuất trên một đơn vị diện tích
            tăng thu nhập cho người dân
            xây dựng vùng nguyên liệu tập trung, bền vững
        co_quan:
            Phòng Nông nghiệp và PTNT {huyen}
            Sở Nông nghiệp và PTNT
            Trung tâm Dịch vụ nông nghiệp {huyen}
            UBND {xa}
            Hội Nông dân {huyen}
        chuc_vu:
            Giám đốc Sở Nông nghiệp và PTNT
            Trưởng phòng Nông nghiệp và PTNT {huyen}
            Giám đốc Trung tâm Dịch vụ nông nghiệp {huyen}
            Chủ tịch UBND {xa}
        trich_dan:
            Phải chuyển mạnh từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp
            Không thể sản xuất theo kiểu được mùa mất giá, mất mùa được giá mãi được
            Muốn đi đường dài thì nông dân phải liên kết với nhau và với doanh nghiệp
        trich_dan_dan:
            Trồng {cay} vất vả lúc đầu nhưng mấy năm nay thu nhập ổn định, gia đình tôi đã có tiền sửa nhà, nuôi con ăn học
            Được cán bộ khuyến nông hướng dẫn tận nơi nên bà con yên tâm làm theo, năng suất tăng rõ
            Có doanh nghiệp bao tiêu, chúng tôi không còn lo cảnh được mùa mất giá như trước
        muc:
            Chuyển đổi cơ cấu cây trồng
            Liên kết để tiêu thụ bền vững
            Cây {cay} trên đất dốc
        cau:
            Vụ {vu} năm nay, toàn huyện gieo cấy {ha} lúa, trong đó diện tích lúa lai, lúa chất lượng cao chiếm trên {ty_le}.
            Cây {cay} được trồng tập trung tại các xã {ten_xa}, {ten_xa2} với tổng diện tích hơn {ha}.
            Cán bộ khuyến nông thường xuyên xuống đồng ruộng hướng dẫn bà con bón phân cân đối, phòng trừ sâu cuốn lá, rầy nâu.
            Nhiều hộ đã mạnh dạn đầu tư hệ thống tưới nhỏ giọt, nhà lưới để sản xuất {cay} theo hướng an toàn.
            Sản phẩm chè Shan tuyết, quế hữu cơ của {huyen} đã có mặt tại nhiều siêu thị lớn ở Hà Nội và các tỉnh lân cận.
            Hiện giá {cay} tại vườn dao động từ {so} nghìn đến {so} nghìn đồng/kg, cao hơn cùng kỳ năm trước.
            Huyện hỗ trợ {ty_le} kinh phí mua giống cho các hộ tham gia mô hình, phần còn lại do người dân đối ứng.
            Ngoài lúa và ngô, người dân còn trồng đậu tương, lạc, rau màu trên đất bãi ven sông để tăng thu nhập.
            Trên những sườn đồi trước đây bỏ hoang, nay {cay} đã phủ xanh, cho thu hoạch ổn định.
            Toàn huyện hiện có {ha} chè, trong đó chè Shan tuyết chiếm gần một nửa diện tích.
            Năm nay, gia đình {dan_goi} thu hoạch được hơn {so} tạ {cay}, sau khi trừ chi phí còn lãi khoảng {trieu}.
            Các hộ được hỗ trợ giống, phân bón và tham gia lớp tập huấn về kỹ thuật chăm sóc, thu hái, bảo quản sau thu hoạch.
            Khung thời vụ gieo cấy vụ {vu} được khuyến cáo kết thúc trước ngày {ngay_khac} để tránh rét và sâu bệnh.
            Nhiều diện tích lúa bị rầy nâu, bệnh đạo ôn gây hại đã được phun thuốc phòng trừ kịp thời.
            Hợp tác xã đã ký hợp đồng tiêu thụ {cay} với giá ổn định, giúp người dân yên tâm đầu tư sản xuất.
            Trên cánh đồng {thon}, bà con đang khẩn trương thu hoạch lúa trước khi mưa lớn xảy ra.
        cay:
            chè Shan tuyết
            quế hữu cơ
            hồi
            cam sành
            lúa nếp Tài
            ngô lai
            dong riềng
            thạch đen
            bí thơm
            mận hậu
            dứa
            khoai môn
        vu:
            Xuân
            Mùa
            Đông
            Hè Thu
        """,
    ),
    topic(
        "Giáo dục",
        section="giao-duc-y-te",
        tags=["Giáo dục"],
        text="""
        titles:
            {^noi} khai giảng năm học {nam_hoc} với hơn {so_lon} học sinh
            Trường {truong} đón nhận bằng công nhận đạt chuẩn quốc gia
            {^huyen} có {so} học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh
            Xây dựng {so_nho} phòng học mới cho học sinh vùng cao {xa}
            {^huyen} bảo đảm chỗ ở cho {so_vua} học sinh bán trú
            Tổng kết năm học {nam_hoc}: {huyen} có {so} học sinh giỏi cấp tỉnh
            Nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số ở {xa}
            Trao {so} suất học bổng cho học sinh nghèo vượt khó {huyen}
            Giáo viên cắm bản ở {thon}: {so} năm gieo chữ
        sapos:
            Năm học {nam_hoc}, ngành giáo dục {huyen} có {so} trường học với hơn {so_lon} học sinh; tỷ lệ trường đạt chuẩn quốc gia đạt {ty_le}.
            {buoi_ngay}, Trường {truong} tổ chức lễ khai giảng năm học mới, đón hơn {so_vua} học sinh, trong đó có {so} học sinh lớp đầu cấp.
            Những năm qua, bằng nhiều giải pháp đồng bộ, chất lượng giáo dục toàn diện ở {huyen} từng bước được nâng lên, nhất là ở các xã vùng cao.
        linh_vuc:
            công tác giáo dục và đào tạo
            sự nghiệp giáo dục
        su_kien:
            lễ khai giảng năm học {nam_hoc}
            hội nghị tổng kết năm học {nam_hoc}
            lễ đón nhận bằng công nhận trường đạt chuẩn quốc gia
            hội thi giáo viên dạy giỏi cấp huyện năm học {nam_hoc}
            lễ tuyên dương học sinh giỏi năm {nam}
        viec:
            rà soát, bổ sung cơ sở vật chất, trang thiết bị dạy học trước năm học mới
            xây dựng {so_nho} phòng học, nhà bán trú cho học sinh
            tuyển dụng {so} giáo viên còn thiếu ở các bậc học
            duy trì sĩ số, vận động học sinh bỏ học trở lại lớp
            triển khai chương trình giáo dục phổ thông mới ở tất cả các khối lớp
            bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu
            tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số
            nâng cao chất lượng bữa ăn bán trú cho học sinh
            sắp xếp, dồn ghép các điểm trường lẻ
        ket_qua:
            tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%
            tỷ lệ học sinh hoàn thành chương trình tiểu học đạt {ty_le}
            toàn huyện có {so} trường đạt chuẩn quốc gia, đạt {ty_le}
            {so} học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh
            tỷ lệ học sinh chuyên cần đạt {ty_le}, không có học sinh bỏ học giữa chừng
            {so_vua} học sinh bán trú được hỗ trợ tiền ăn, gạo theo chính sách
            {ty_le} giáo viên đạt chuẩn trình độ đào tạo theo quy định
        kho_khan:
            cơ sở vật chất ở một số điểm trường lẻ còn tạm bợ, thiếu nhà vệ sinh, nước sạch
            đội ngũ giáo viên vừa thừa vừa thiếu cục bộ, nhất là giáo viên tiếng Anh, tin học
            một số học sinh vùng cao phải đi học xa, đường sá khó khăn vào mùa mưa
            nhận thức của một bộ phận phụ huynh về việc học của con em còn hạn chế
        chi_tieu:
            100% trường học có đủ phòng học kiên cố
            tỷ lệ trường đạt chuẩn quốc gia đạt trên {ty_le}
            không còn học sinh bỏ học vì hoàn cảnh khó khăn
        muc_dich:
            nâng cao chất lượng giáo dục toàn diện
            tạo điều kiện tốt nhất cho học sinh đến trường
            thu hẹp khoảng cách giáo dục giữa vùng thấp và vùng cao
        co_quan:
            Sở Giáo dục và Đào tạo
            Phòng Giáo dục và Đào tạo {huyen}
            Trường {truong}
            UBND {huyen}
        chuc_vu:
            Giám đốc Sở Giáo dục và Đào tạo
            Trưởng phòng Giáo dục và Đào tạo {huyen}
            Hiệu trưởng Trường {truong}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Không để học sinh nào phải nghỉ học vì hoàn cảnh khó khăn
            Đầu tư cho giáo dục là đầu tư cho tương lai của địa phương
            Mỗi thầy giáo, cô giáo phải thực sự là tấm gương đạo đức, tự học và sáng tạo
        trich_dan_dan:
            Trường mới khang trang, có phòng ở bán trú nên con tôi không phải đi bộ hơn chục cây số mỗi ngày nữa
            Thầy cô ở bản tận tình lắm, tối nào cũng kèm các cháu học bài
        muc:
            Chăm lo cho học sinh bán trú
            Nâng chất lượng dạy và học
            Gieo chữ nơi vùng cao
        cau:
            Năm học {nam_hoc}, toàn huyện có {so} trường học với hơn {so_lon} học sinh các cấp.
            Trường {truong} hiện có {so_nho} điểm trường lẻ, nhiều điểm cách trung tâm xã hơn {km}.
            Các em học sinh bán trú được nhà trường bố trí chỗ ở, nấu ăn đủ ba bữa mỗi ngày.
            Ngay từ đầu năm học, nhà trường đã phối hợp với trưởng thôn đến từng nhà vận động phụ huynh cho con em đến lớp đúng độ tuổi.
            Nhiều giáo viên đã gắn bó hàng chục năm với các điểm trường vùng cao, coi học sinh như con em trong nhà.
            Từ nguồn xã hội hóa, nhà trường đã lắp đặt hệ thống máy lọc nước, sửa chữa nhà ăn cho học sinh bán trú.
            Chương trình giáo dục phổ thông mới được triển khai đồng bộ, học sinh được học tin học, ngoại ngữ từ lớp 3.
            Ngay sau lễ khai giảng, nhà trường đã bắt tay vào dạy học theo thời khóa biểu, ổn định nền nếp lớp học.
            Năm học này, toàn huyện có thêm {so_nho} trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên {so}.
            Trường {truong} có {so_vua} học sinh, trong đó hơn {ty_le} là con em đồng bào dân tộc thiểu số.
            Đội tuyển học sinh giỏi của huyện đạt {so_nho} giải nhất, {so_nho} giải nhì và nhiều giải ba, khuyến khích.
            Từ nguồn vốn Chương trình mục tiêu quốc gia, nhà trường được đầu tư {so_nho} phòng học bộ môn và thư viện.
            Các thầy cô còn vận động quyên góp quần áo ấm, chăn màn cho học sinh nghèo trước mùa đông.
        truong:
            Tiểu học {ten_xa}
            THCS {ten_xa}
            Phổ thông dân tộc bán trú THCS {ten_xa}
            Mầm non {ten_xa}
            THPT {ten_huyen}
            Phổ thông dân tộc nội trú {ten_huyen}
            Tiểu học và THCS {ten_xa}
        """,
    ),
    topic(
        "Y tế",
        section="giao-duc-y-te",
        tags=["Y tế"],
        text="""
        titles:
            Khám bệnh, cấp thuốc miễn phí cho {so_vua} người dân {xa}
            Trung tâm Y tế {huyen} phẫu thuật thành công ca {benh_an} cho bệnh nhân {tuoi} tuổi
            {^noi} chủ động phòng, chống {dich_benh}
            {^huyen} ghi nhận {so} ca mắc {dich_benh} từ đầu năm
            Trạm Y tế {xa} đạt Bộ tiêu chí quốc gia về y tế xã
            Bác sĩ tuyến tỉnh về hỗ trợ chuyên môn tại Trạm Y tế {xa}
            {^huyen} có {phan_so} xã đạt chuẩn quốc gia về y tế
            Khám sàng lọc bệnh không lây nhiễm cho {so_vua} người cao tuổi ở {xa}
            Đưa bác sĩ về trạm y tế {xa}
        sapos:
            {buoi_ngay}, {co_quan} phối hợp với UBND {xa} tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho {so_vua} người dân có hoàn cảnh khó khăn.
            {thoi_gian}, toàn tỉnh ghi nhận {so} ca mắc {dich_benh}, tăng so với cùng kỳ; ngành y tế đang triển khai nhiều biện pháp khoanh vùng, xử lý ổ dịch.
            Trung tâm Y tế {huyen} vừa cấp cứu, phẫu thuật thành công cho một bệnh nhân {benh_an}, giúp người bệnh không phải chuyển tuyến trên.
        linh_vuc:
            công tác chăm sóc, bảo vệ sức khỏe nhân dân
            công tác y tế dự phòng
        su_kien:
            chương trình khám bệnh, cấp thuốc miễn phí cho người dân
            hội nghị triển khai công tác phòng, chống dịch bệnh năm {nam}
            chiến dịch vệ sinh môi trường, diệt bọ gậy phòng sốt xuất huyết
            lớp tập huấn chuyên môn cho nhân viên y tế thôn, bản
        viec:
            khám, cấp thuốc miễn phí cho {so_vua} người dân
            phun hóa chất diệt muỗi tại {so} hộ gia đình trong khu vực có ổ dịch
            giám sát chặt chẽ các trường hợp mắc {dich_benh}
            luân phiên bác sĩ tuyến trên về hỗ trợ chuyên môn cho trạm y tế xã
            đầu tư trang thiết bị cho Trung tâm Y tế {huyen}
            triển khai kỹ thuật mới trong chẩn đoán và điều trị
            quản lý, điều trị người bệnh tăng huyết áp, đái tháo đường tại tuyến xã
            kiểm tra an toàn thực phẩm tại {so} cơ sở sản xuất, kinh doanh
        ket_qua:
            {so_lon} lượt người được khám, chữa bệnh tại các cơ sở y tế
            công suất sử dụng giường bệnh tại Trung tâm Y tế {huyen} đạt {ty_le}
            {phan_so} trạm y tế xã có bác sĩ làm việc
            không để xảy ra dịch bệnh lớn trên địa bàn
            {so_vua} người bệnh tăng huyết áp, đái tháo đường được quản lý tại tuyến xã
            {so} kỹ thuật mới được triển khai thành công tại tuyến huyện
            không có vụ ngộ độc thực phẩm đông người xảy ra
        kho_khan:
            nhân lực y tế, nhất là bác sĩ ở tuyến xã còn thiếu
            cơ sở vật chất một số trạm y tế xuống cấp
            thói quen tự chữa bệnh tại nhà, cúng bái khi ốm đau vẫn còn ở một số thôn vùng cao
            thời tiết nắng nóng, mưa nhiều tạo điều kiện cho muỗi phát triển
        chi_tieu:
            100% trạm y tế xã có bác sĩ làm việc
            tỷ lệ người dân được quản lý sức khỏe bằng hồ sơ điện tử đạt trên {ty_le}
            không để dịch bệnh lây lan thành dịch lớn
        muc_dich:
            chăm sóc sức khỏe ban đầu cho nhân dân
            giảm tải cho tuyến trên
            phát hiện sớm, ngăn chặn kịp thời dịch bệnh
        co_quan:
            Sở Y tế
            Trung tâm Y tế {huyen}
            Trung tâm Kiểm soát bệnh tật tỉnh
            Trạm Y tế {xa}
            Bệnh viện Đa khoa tỉnh
        chuc_vu:
            Giám đốc Sở Y tế
            Giám đốc Trung tâm Y tế {huyen}
            Trưởng Trạm Y tế {xa}
            Giám đốc Bệnh viện Đa khoa tỉnh
        trich_dan:
            Người bệnh là trung tâm, mọi hoạt động của bệnh viện đều hướng tới sự hài lòng của người bệnh
            Phòng bệnh hơn chữa bệnh, mỗi người dân cần chủ động bảo vệ sức khỏe của mình và gia đình
            Không để người dân vùng cao chịu thiệt thòi trong tiếp cận dịch vụ y tế
        trich_dan_dan:
            Được bác sĩ khám tận nơi, cấp thuốc miễn phí, người già chúng tôi đỡ phải đi xa
            Nhờ bác sĩ phát hiện sớm nên bệnh của tôi được chữa kịp thời
        muc:
            Đưa dịch vụ y tế về gần dân
            Chủ động phòng dịch
            Nâng cao năng lực tuyến cơ sở
        cau:
            Đoàn y, bác sĩ đã khám, tư vấn về các bệnh tim mạch, xương khớp, răng hàm mặt và cấp thuốc điều trị theo đơn.
            Trạm Y tế {xa} hiện có {so_nho} cán bộ, trong đó có một bác sĩ và {so_nho} y sĩ, điều dưỡng.
            Ngành y tế khuyến cáo người dân thường xuyên vệ sinh môi trường, loại bỏ dụng cụ chứa nước đọng quanh nhà để phòng sốt xuất huyết.
            Người bệnh được chuyển vào phòng mổ cấp cứu ngay sau khi hội chẩn, ca phẫu thuật kéo dài gần {so_nho} giờ.
            Hiện sức khỏe người bệnh đã ổn định, dự kiến được xuất viện trong tuần tới.
            Đội ngũ nhân viên y tế thôn, bản là cánh tay nối dài của ngành y tế đến với đồng bào vùng cao.
            Từ đầu năm, Trung tâm Y tế {huyen} đã tiếp nhận {so_lon} lượt khám bệnh, điều trị nội trú cho {so_lon} lượt người bệnh.
            Ca bệnh được phát hiện tại {thon}, ngành y tế đã khoanh vùng, xử lý ổ dịch và giám sát những người tiếp xúc gần.
            Trung tâm Y tế {huyen} hiện có {so} giường bệnh kế hoạch, thường xuyên quá tải vào mùa đông xuân.
            Nhờ ứng dụng công nghệ thông tin, người bệnh có thể đặt lịch khám trước qua điện thoại, giảm thời gian chờ đợi.
            Bệnh viện đã tiếp nhận máy chụp cắt lớp vi tính, máy siêu âm màu do tỉnh đầu tư với kinh phí {ty}.
            Người dân được khuyến cáo khi có biểu hiện sốt cao, đau đầu, phát ban cần đến ngay cơ sở y tế để được khám, điều trị.
            Đội ngũ bác sĩ trẻ được cử đi đào tạo chuyên sâu tại các bệnh viện tuyến trung ương về hồi sức, cấp cứu và ngoại khoa.
        dich_benh:
            sốt xuất huyết
            tay chân miệng
            sởi
            cúm A
            bệnh dại
            ho gà
        benh_an:
            vỡ lách do tai nạn giao thông
            chửa ngoài tử cung vỡ
            thủng dạ dày
            viêm ruột thừa cấp
            đa chấn thương
        """,
    ),
    topic(
        "Chuyển đổi số",
        section="cai-cach-hanh-chinh",
        tags=["Chuyển đổi số"],
        text="""
        titles:
            {^noi} đẩy mạnh chuyển đổi số năm {nam}
            Tổ công nghệ số cộng đồng {xa} “cầm tay chỉ việc” cho {so} hộ dân
            Hồ sơ trực tuyến toàn trình tại {huyen} đạt {ty_le}
            {^huyen} kích hoạt {so_lon} tài khoản định danh điện tử
            {^xa} ra mắt mô hình “thôn thông minh” tại {thon}
            Chuyển đổi số {huyen} {sau_thang} đầu năm {nam}: {ty_le} hồ sơ nộp trực tuyến
            {so} hộ kinh doanh ở {xa} thanh toán không dùng tiền mặt
            Ngày Chuyển đổi số tại {xa}: hướng dẫn {so} người dân cài đặt VNeID
            Số hóa {so_lon} hồ sơ hộ tịch tại {huyen}
        sapos:
            {thoi_gian}, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình ở {huyen} đạt {ty_le}, tăng mạnh so với cùng kỳ năm trước.
            Với {so} tổ công nghệ số cộng đồng ở tất cả các thôn, {huyen} đang từng bước giúp người dân làm quen với định danh điện tử, thanh toán không dùng tiền mặt và dịch vụ công trực tuyến.
            {buoi_ngay}, {co_quan} tổ chức hưởng ứng Ngày Chuyển đổi số quốc gia với nhiều hoạt động hỗ trợ người dân cài đặt ứng dụng VNeID, nộp hồ sơ trực tuyến.
        linh_vuc:
            chuyển đổi số
            công tác chuyển đổi số và xây dựng chính quyền số
        su_kien:
            hội nghị sơ kết công tác chuyển đổi số {sau_thang} đầu năm {nam}
            lễ ra mắt mô hình “thôn thông minh”
            chương trình hưởng ứng Ngày Chuyển đổi số quốc gia
            lớp tập huấn kỹ năng số cho tổ công nghệ số cộng đồng
        viec:
            thành lập {so} tổ công nghệ số cộng đồng ở các thôn, tổ dân phố
            hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử
            số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực
            kết nối hệ thống thông tin giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia
            sử dụng chữ ký số cho {ty_le} văn bản đi của các cơ quan
            triển khai thanh toán không dùng tiền mặt tại chợ, trường học, cơ sở y tế
            lắp đặt camera giám sát an ninh kết nối với trung tâm điều hành
            phủ sóng di động 4G đến {so_nho} thôn còn “trắng” sóng
            đào tạo kỹ năng số cho {so} cán bộ, công chức cấp xã
        ket_qua:
            tỷ lệ hồ sơ trực tuyến toàn trình đạt {ty_le}
            {so_lon} tài khoản định danh điện tử mức độ 2 đã được kích hoạt
            {so} hộ kinh doanh sử dụng mã QR để thanh toán
            100% văn bản đi của cơ quan cấp huyện được ký số
            {so_lon} hồ sơ hộ tịch đã được số hóa, đưa vào cơ sở dữ liệu dùng chung
            chỉ số chuyển đổi số của {huyen} tăng {so_nho} bậc so với năm trước
            {ty_le} thôn, bản đã có sóng 4G và internet cáp quang
        kho_khan:
            một bộ phận người cao tuổi, đồng bào vùng sâu chưa quen thao tác trên thiết bị số
            hạ tầng mạng ở một số thôn vùng cao chưa ổn định
            nhiều người dân chưa có điện thoại thông minh
            nguy cơ lừa đảo qua mạng ngày càng tinh vi
        chi_tieu:
            trên {ty_le} hồ sơ thủ tục hành chính được nộp trực tuyến
            100% thôn, bản được phủ sóng 4G
            mỗi hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến
        muc_dich:
            đưa công nghệ số đến gần hơn với người dân
            xây dựng chính quyền số, kinh tế số, xã hội số
            rút ngắn khoảng cách số giữa vùng thấp và vùng cao
        co_quan:
            Sở Thông tin và Truyền thông
            Phòng Văn hóa và Thông tin {huyen}
            Ban Chỉ đạo chuyển đổi số {huyen}
            UBND {xa}
            Công an {huyen}
        chuc_vu:
            Giám đốc Sở Thông tin và Truyền thông
            Trưởng phòng Văn hóa và Thông tin {huyen}
            Phó Chủ tịch UBND {huyen}
            Trưởng Công an {huyen}
        trich_dan:
            Chuyển đổi số trước hết là chuyển đổi nhận thức, người dân là trung tâm
            Chuyển đổi số không phải phong trào nhất thời, mà là việc phải làm thường xuyên, lâu dài
            Mỗi cán bộ phải là một tuyên truyền viên về chuyển đổi số
        trich_dan_dan:
            Giờ đóng tiền điện, nhận tiền hỗ trợ đều qua điện thoại, không phải đi xa như trước
            Tôi đã ngoài sáu mươi tuổi mà vẫn được các cháu đoàn viên hướng dẫn dùng VNeID, thấy tiện lắm
        muc:
            Tổ công nghệ số cộng đồng vào cuộc
            Từ thói quen giấy tờ đến trực tuyến
            Hạ tầng số cho vùng cao
        cau:
            Mỗi tổ công nghệ số cộng đồng có từ 3 đến 5 thành viên, thường là trưởng thôn, công an viên, đoàn viên thanh niên và giáo viên.
            Các thành viên được tập huấn về cài đặt ứng dụng VNeID, tạo tài khoản trên Cổng Dịch vụ công quốc gia và nhận diện tin nhắn lừa đảo.
            Tại {thon}, các đoàn viên tranh thủ buổi tối đến từng nhà hướng dẫn bà con sử dụng dịch vụ công trực tuyến.
            Nhiều thôn đã lập nhóm Zalo để thông báo lịch họp, giải đáp thắc mắc của người dân về thủ tục hành chính.
            Hệ thống quản lý văn bản và điều hành được triển khai thông suốt từ tỉnh đến cấp xã.
            Chợ trung tâm {xa} có {so} tiểu thương niêm yết mã QR để khách thanh toán qua ngân hàng.
            Cổng thông tin điện tử {huyen} đã cung cấp đầy đủ thông tin về thủ tục hành chính, tiến độ giải quyết hồ sơ để người dân tra cứu.
            Toàn huyện hiện có {so_lon} người dân đã cài đặt và sử dụng ứng dụng VNeID để thực hiện thủ tục hành chính.
            Các cơ quan nhà nước đã sử dụng hệ thống họp trực tuyến kết nối đến {ty_le} xã, thị trấn, tiết kiệm đáng kể thời gian và chi phí.
            Nhiều hợp tác xã đã đưa sản phẩm lên sàn thương mại điện tử, bán hàng qua mạng xã hội và livestream.
            Học sinh các trường được học kỹ năng sử dụng internet an toàn, nhận diện tin giả trên mạng xã hội.
            Dữ liệu về dân cư, đất đai, hộ tịch từng bước được số hóa, kết nối, phục vụ công tác quản lý và cung cấp dịch vụ công.
        sau_thang:
            6 tháng
            9 tháng
        """,
    ),
    topic(
        "An ninh trật tự",
        section="quoc-phong-an-ninh",
        tags=["An ninh trật tự"],
        text="""
        titles:
            Công an {huyen} triệt phá đường dây {toi_pham}, bắt {so_nho} đối tượng
            Bắt giữ đối tượng {toi_pham} tại {xa}
            Công an {huyen} bắt {so_nho} đối tượng trong đợt cao điểm trấn áp tội phạm {thang}
            Công an {xa} vận động thu hồi {so} khẩu súng tự chế
            Ngăn chặn kịp thời vụ lừa đảo chiếm đoạt {trieu} tại {xa}
            Mô hình “Camera an ninh” ở {thon} phát huy hiệu quả
            Công an {huyen} giải quyết {so_vua} tin báo tố giác tội phạm
            Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại {thon}
            Khởi tố {so_nho} đối tượng {toi_pham} ở {huyen}
        sapos:
            {buoi_ngay}, Công an {huyen} cho biết đã bắt giữ {so_nho} đối tượng về hành vi {toi_pham}, thu giữ nhiều tang vật liên quan.
            {thoi_gian}, lực lượng Công an {huyen} đã điều tra, làm rõ {ty_le} số vụ phạm tội về trật tự xã hội; tình hình an ninh trật tự trên địa bàn được giữ vững.
            Phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, {xa} đã xây dựng nhiều mô hình tự quản hiệu quả, góp phần giữ bình yên thôn, bản.
        linh_vuc:
            công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội
            phong trào toàn dân bảo vệ an ninh Tổ quốc
        su_kien:
            lễ ra quân tấn công, trấn áp tội phạm
            ngày hội toàn dân bảo vệ an ninh Tổ quốc năm {nam}
            hội nghị sơ kết công tác bảo đảm an ninh trật tự {quy}
            đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán
        viec:
            tuần tra, kiểm soát trên các tuyến giao thông trọng điểm
            vận động nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ
            tuyên truyền phương thức, thủ đoạn lừa đảo qua mạng
            lắp đặt camera an ninh tại các khu dân cư, ngã ba, ngã tư
            rà soát, quản lý chặt chẽ các đối tượng có biểu hiện vi phạm pháp luật
            giải quyết dứt điểm các vụ việc mâu thuẫn, tranh chấp ngay từ cơ sở
            xây dựng {so_nho} mô hình tự quản về an ninh trật tự
            kiểm tra các cơ sở kinh doanh có điều kiện về an ninh trật tự
        ket_qua:
            tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn ổn định
            lực lượng công an đã điều tra, làm rõ {so} vụ phạm tội, đạt tỷ lệ {ty_le}
            nhân dân đã giao nộp {so} khẩu súng các loại và hàng chục kg vật liệu nổ
            số vụ phạm pháp hình sự giảm {tang} so với cùng kỳ
            {so} camera an ninh được lắp đặt, kết nối với công an xã
            không để xảy ra các điểm nóng về an ninh trật tự
        kho_khan:
            tội phạm lừa đảo qua mạng có phương thức ngày càng tinh vi
            địa bàn rộng, giáp ranh nhiều huyện, giao thông đi lại khó khăn
            một bộ phận người dân còn tàng trữ súng tự chế để đi săn
            tình trạng trộm cắp vặt, cờ bạc ở một số thôn còn diễn biến phức tạp
        chi_tieu:
            tỷ lệ điều tra, khám phá án đạt trên {ty_le}
            100% thôn, bản đạt tiêu chuẩn an toàn về an ninh trật tự
            không để xảy ra bị động, bất ngờ về an ninh trật tự
        muc_dich:
            giữ vững an ninh chính trị, trật tự an toàn xã hội
            xây dựng thế trận an ninh nhân dân vững chắc
            bảo vệ bình yên cho nhân dân
        co_quan:
            Công an {huyen}
            Công an {xa}
            Công an tỉnh
            Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc {huyen}
        chuc_vu:
            Trưởng Công an {huyen}
            Phó Trưởng Công an {huyen}
            Trưởng Công an {xa}
            Giám đốc Công an tỉnh
        trich_dan:
            Bình yên của mỗi thôn, bản bắt đầu từ ý thức của mỗi người dân
            Lực lượng công an phải bám cơ sở, gần dân, hiểu dân, vì dân phục vụ
            Không có vùng cấm, không có ngoại lệ trong đấu tranh phòng, chống tội phạm
        trich_dan_dan:
            Từ khi có camera và tổ tự quản, trong thôn không còn trộm cắp gia súc, bà con yên tâm làm ăn
            Tôi suýt mất tiền vì nghe điện thoại lạ, may có công an xã đến giải thích kịp thời
        muc:
            Giữ bình yên thôn, bản
            Phát huy sức mạnh toàn dân
            Cảnh giác với lừa đảo qua mạng
        cau:
            Qua công tác nắm tình hình, lực lượng công an phát hiện một nhóm đối tượng có dấu hiệu {toi_pham}.
            Tại cơ quan công an, các đối tượng đã khai nhận toàn bộ hành vi vi phạm của mình.
            Vụ việc đang được Cơ quan Cảnh sát điều tra Công an {huyen} tiếp tục điều tra, mở rộng.
            Công an {xa} đã phối hợp với trưởng thôn đến từng hộ gia đình vận động giao nộp súng tự chế.
            Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại {thon} thường xuyên tuần tra vào ban đêm.
            Cơ quan công an khuyến cáo người dân không cung cấp mã OTP, thông tin tài khoản ngân hàng cho người lạ.
            Trên địa bàn {xa} có {so_nho} tổ tự quản về an ninh trật tự với hơn {so} thành viên.
            Khám xét khẩn cấp nơi ở của đối tượng, lực lượng chức năng thu giữ {so_nho} điện thoại di động, {trieu} tiền mặt và nhiều tang vật liên quan.
            Từ đầu năm, Công an {xa} đã tiếp nhận và giải quyết {so} tin báo, vụ việc, không để phát sinh phức tạp.
            Các đối tượng đã lợi dụng mạng xã hội để giả danh cán bộ công an, ngân hàng nhằm chiếm đoạt tài sản của người dân.
            Mô hình “Tổ liên gia an toàn” ở {thon} được duy trì hiệu quả, các hộ dân thường xuyên trao đổi thông tin về an ninh trật tự.
            Công an {huyen} đã tổ chức {so} buổi tuyên truyền pháp luật tại các thôn, bản với hơn {so_lon} lượt người tham dự.
        toi_pham:
            mua bán trái phép chất ma túy
            trộm cắp tài sản
            lừa đảo chiếm đoạt tài sản qua mạng
            tổ chức đánh bạc
            khai thác khoáng sản trái phép
            vận chuyển hàng cấm
        """,
    ),
    topic(
        "Nông thôn mới",
        section="nong-nghiep-nong-thon",
        tags=["Nông thôn mới"],
        text="""
        titles:
            {^xa} đạt chuẩn nông thôn mới năm {nam}
            {^xa} về đích nông thôn mới nâng cao
            {^huyen} có thêm {so_nho} xã đạt chuẩn nông thôn mới năm {nam}
            Người dân {thon} hiến {so_lon} m² đất làm đường nông thôn mới
            Xây dựng nông thôn mới ở {xa}: dân biết, dân bàn, dân làm
            Thẩm định kết quả xây dựng nông thôn mới tại {xa}
            Khu dân cư nông thôn mới kiểu mẫu {thon}
            {^noi} huy động {ty} xây dựng nông thôn mới
            {^xa} hoàn thành {so_nho}/19 tiêu chí nông thôn mới
        sapos:
            Sau {so_nho} năm nỗ lực, {xa} đã hoàn thành 19/19 tiêu chí, được UBND tỉnh công nhận đạt chuẩn nông thôn mới năm {nam}; thu nhập bình quân đạt {so} triệu đồng/người/năm.
            {thoi_gian}, {huyen} đã huy động {ty} để xây dựng nông thôn mới, trong đó người dân đóng góp hàng nghìn ngày công và hiến hàng chục nghìn mét vuông đất.
            {buoi_ngay}, đoàn thẩm định của tỉnh đã kiểm tra thực tế và đánh giá kết quả thực hiện các tiêu chí nông thôn mới tại {xa}.
        linh_vuc:
            xây dựng nông thôn mới
            Chương trình mục tiêu quốc gia xây dựng nông thôn mới
        su_kien:
            lễ đón nhận bằng công nhận xã đạt chuẩn nông thôn mới
            hội nghị sơ kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới
            đợt thẩm định xã đạt chuẩn nông thôn mới nâng cao
            ngày hội “Toàn dân chung sức xây dựng nông thôn mới”
        viec:
            bê tông hóa {km} đường giao thông nông thôn
            vận động nhân dân hiến đất, góp công làm đường
            xây dựng, nâng cấp {so_nho} nhà văn hóa thôn
            lắp đặt hệ thống điện chiếu sáng trên các tuyến đường liên thôn
            trồng hàng rào xanh, đường hoa trên các tuyến đường thôn
            hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới
            tập trung hoàn thành các tiêu chí còn thiếu về thu nhập, hộ nghèo và môi trường
            xây dựng khu dân cư nông thôn mới kiểu mẫu
        ket_qua:
            {so} xã đạt chuẩn nông thôn mới, {so_nho} xã đạt chuẩn nông thôn mới nâng cao
            bình quân mỗi xã đạt {so_nho} tiêu chí
            nhân dân đã hiến {so_lon} m² đất, đóng góp {so_lon} ngày công
            {km} đường giao thông nông thôn được cứng hóa
            thu nhập bình quân đầu người ở khu vực nông thôn đạt {so} triệu đồng/năm
            diện mạo nông thôn đổi mới rõ nét, đời sống nhân dân được nâng lên
        kho_khan:
            tiêu chí thu nhập, hộ nghèo ở một số xã vùng cao khó hoàn thành
            nguồn lực đầu tư còn hạn chế, khả năng huy động xã hội hóa thấp
            một số tiêu chí đã đạt nhưng thiếu bền vững
            việc duy trì, nâng chất các tiêu chí sau khi đạt chuẩn chưa được quan tâm đúng mức
        chi_tieu:
            có thêm {so_nho} xã đạt chuẩn nông thôn mới
            bình quân toàn huyện đạt {so_nho} tiêu chí/xã
            {huyen} hoàn thành nhiệm vụ xây dựng nông thôn mới
        muc_dich:
            xây dựng nông thôn mới bền vững, có chiều sâu
            nâng cao đời sống vật chất, tinh thần của người dân nông thôn
            phát huy vai trò chủ thể của người dân
        co_quan:
            Văn phòng Điều phối nông thôn mới tỉnh
            UBND {xa}
            Ban Chỉ đạo các chương trình mục tiêu quốc gia {huyen}
            UBND {huyen}
        chuc_vu:
            Chánh Văn phòng Điều phối nông thôn mới tỉnh
            Chủ tịch UBND {xa}
            Bí thư Đảng ủy {xa}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Xây dựng nông thôn mới có điểm khởi đầu nhưng không có điểm kết thúc
            Người dân là chủ thể, mọi công trình phải xuất phát từ nhu cầu của dân
            Đạt chuẩn đã khó, giữ chuẩn và nâng chất còn khó hơn
        trich_dan_dan:
            Gia đình tôi hiến hơn trăm mét vuông đất làm đường, giờ xe chở hàng vào tận nhà, ai cũng mừng
            Đường bê tông về đến bản, con cháu đi học không còn lấm lem bùn đất
        muc:
            Dân biết, dân bàn, dân làm
            Giữ vững và nâng chất tiêu chí
            Diện mạo mới ở vùng quê
        cau:
            Các tuyến đường thôn, ngõ xóm ở {xa} nay đã được bê tông hóa, hai bên đường trồng hoa, cây xanh.
            Nhiều hộ gia đình ở {thon} tự nguyện phá dỡ tường rào, hiến đất để mở rộng đường.
            Đến nay, {xa} đã hoàn thành {so_nho}/19 tiêu chí, phấn đấu về đích trong năm {nam}.
            Tiêu chí về thu nhập và hộ nghèo là hai tiêu chí khó nhất đối với các xã vùng cao.
            Nhờ nguồn vốn của chương trình, hệ thống kênh mương nội đồng, nhà văn hóa, trường học được đầu tư đồng bộ.
            Phong trào “Ngày thứ Bảy vì nông thôn mới” được duy trì đều đặn ở các thôn, bản.
            Đoàn thẩm định đánh giá cao sự đồng thuận của nhân dân trong quá trình xây dựng nông thôn mới.
        """,
    ),
    topic(
        "Hạ tầng giao thông",
        section="kinh-te",
        text="""
        titles:
            Thông xe tuyến đường {xa} - {xa2} dài {km}
            Khởi công cầu {lang} tổng vốn {ty}
            {^huyen} cứng hóa {km} đường giao thông nông thôn năm {nam}
            Nâng cấp đường tỉnh {so} đoạn qua {huyen}
            Dự án đường nối {huyen} với {huyen2} đạt {ty_le} khối lượng
            Cầu treo {lang} giúp {so} hộ dân qua suối an toàn
            Khắc phục điểm sạt lở trên tuyến đường vào {xa}
            {^xa} khánh thành đường bê tông liên thôn dài {km}
            Đường giao thông mở lối thoát nghèo cho {thon}
        sapos:
            {buoi_ngay}, UBND {huyen} tổ chức lễ thông xe tuyến đường nối {xa} với {xa2}, dài {km}, tổng vốn đầu tư {ty} từ nguồn vốn các chương trình mục tiêu quốc gia.
            Dự án cải tạo, nâng cấp đường tỉnh {so} đoạn qua {huyen} dài {km} đang được các nhà thầu tập trung thi công, phấn đấu hoàn thành trong năm {nam}.
            Năm {nam}, {huyen} đã cứng hóa thêm {km} đường giao thông nông thôn, nâng tỷ lệ đường thôn, bản được bê tông hóa lên {ty_le}.
        linh_vuc:
            phát triển hạ tầng giao thông
            đầu tư xây dựng đường giao thông
        su_kien:
            lễ thông xe tuyến đường {xa} - {xa2}
            lễ khởi công xây dựng cầu {lang}
            buổi kiểm tra tiến độ dự án nâng cấp đường tỉnh {so}
            hội nghị bàn giải pháp đẩy nhanh tiến độ các công trình giao thông
        viec:
            cứng hóa {km} đường giao thông nông thôn
            xây dựng {so_nho} cầu treo, ngầm tràn ở các thôn vùng cao
            nâng cấp, mở rộng tuyến đường từ trung tâm huyện đến {xa}
            khắc phục {so} điểm sạt lở taluy dương trên các tuyến đường
            bảo trì, sửa chữa mặt đường hư hỏng sau mùa mưa
            bàn giao mặt bằng sạch cho nhà thầu thi công
            hỗ trợ xi măng để nhân dân làm đường theo cơ chế đặc thù
        ket_qua:
            {ty_le} đường thôn, bản đã được cứng hóa
            100% xã có đường ô tô đến trung tâm đi được quanh năm
            tuyến đường hoàn thành giúp rút ngắn thời gian đi lại từ {xa} đến trung tâm huyện còn khoảng {so} phút
            {km} đường giao thông nông thôn được bê tông hóa từ nguồn xi măng hỗ trợ
            khối lượng thi công dự án đạt {ty_le}, vượt tiến độ đề ra
        kho_khan:
            địa hình đồi núi chia cắt, chi phí đầu tư đường giao thông lớn
            mưa lũ thường xuyên gây sạt lở, hư hỏng các tuyến đường
            công tác giải phóng mặt bằng một số đoạn còn vướng mắc
            giá vật liệu xây dựng tăng làm ảnh hưởng đến tiến độ thi công
        chi_tieu:
            100% đường thôn, bản được cứng hóa
            hoàn thành, đưa vào sử dụng tuyến đường trước mùa mưa lũ
            tất cả các thôn có đường ô tô đi lại thuận lợi quanh năm
        muc_dich:
            kết nối các vùng sản xuất với thị trường
            tạo thuận lợi cho nhân dân đi lại, giao thương
            thúc đẩy phát triển kinh tế - xã hội vùng cao
        co_quan:
            Sở Giao thông vận tải
            Ban Quản lý dự án đầu tư xây dựng {huyen}
            Phòng Kinh tế và Hạ tầng {huyen}
            UBND {huyen}
        chuc_vu:
            Giám đốc Sở Giao thông vận tải
            Trưởng phòng Kinh tế và Hạ tầng {huyen}
            Giám đốc Ban Quản lý dự án đầu tư xây dựng {huyen}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Giao thông đi trước một bước thì kinh tế mới phát triển được
            Chất lượng công trình phải được đặt lên hàng đầu, không chạy theo tiến độ mà làm ẩu
            Con đường này là niềm mong mỏi bao năm của đồng bào vùng cao
        trich_dan_dan:
            Trước đây mùa mưa đường lầy lội, nông sản làm ra không chở đi bán được, giờ đường bê tông thẳng tắp, xe tải vào tận bản
            Có cầu rồi, các cháu đi học không phải lội suối nữa, bố mẹ yên tâm hơn nhiều
        muc:
            Con đường mơ ước
            Đường mở, kinh tế mở
            Gỡ vướng mặt bằng
        cau:
            Tuyến đường có nền rộng 6,5 m, mặt đường bê tông nhựa rộng 5,5 m, hệ thống rãnh thoát nước và biển báo được đầu tư đồng bộ.
            Cầu {lang} có chiều dài {so} m, tải trọng thiết kế {so_nho} tấn, thay thế cho chiếc cầu tạm thường bị lũ cuốn trôi.
            Nhà thầu đã huy động {so} công nhân cùng nhiều máy móc, thiết bị thi công cả ngày nghỉ.
            Người dân {thon} đã tự nguyện hiến đất, di dời cây cối, công trình phụ để nhường đất làm đường.
            Theo cơ chế hỗ trợ xi măng, Nhà nước cấp vật liệu, nhân dân đóng góp ngày công và cát, sỏi.
            Đơn vị quản lý đường bộ đã bố trí máy xúc túc trực tại các điểm có nguy cơ sạt lở cao.
        """,
    ),
    topic(
        "Du lịch",
        section="du-lich",
        tags=["Du lịch"],
        text="""
        titles:
            {^noi} đón {so_lon} lượt du khách {quy}
            Du lịch cộng đồng {thon} hút khách dịp nghỉ lễ
            {^xa} phát triển du lịch homestay gắn với văn hóa bản địa
            Khám phá hang {lang} - điểm đến mới của du lịch {huyen}
            Homestay {lang}: nơi du khách trải nghiệm đời sống người {dan_toc}
            Doanh thu du lịch {huyen} năm {nam} ước đạt {ty}
            {so_nho} doanh nghiệp lữ hành {tinh_khac} khảo sát tour du lịch {huyen}
            {^xa} xây dựng làng du lịch cộng đồng với {so_nho} hộ làm homestay
            Tour trải nghiệm hồ {lang} thu hút {so_lon} lượt du khách
        sapos:
            {thoi_gian}, {huyen} đón {so_lon} lượt du khách, tăng {tang} so với cùng kỳ năm trước; doanh thu từ du lịch ước đạt {ty}.
            Với cảnh quan núi rừng hùng vĩ và bản sắc văn hóa đặc trưng của đồng bào {dan_toc}, {thon} đang trở thành điểm đến hấp dẫn của du khách trong và ngoài nước.
            Từ những ngôi nhà sàn truyền thống, nhiều hộ dân ở {xa} đã mạnh dạn làm homestay, đón khách du lịch, mở ra hướng thoát nghèo bền vững.
        linh_vuc:
            phát triển du lịch
            du lịch cộng đồng
        su_kien:
            hội nghị xúc tiến, quảng bá du lịch {tinh} năm {nam}
            lễ khai trương điểm du lịch cộng đồng {thon}
            lớp bồi dưỡng kỹ năng làm du lịch cộng đồng
            tuần lễ văn hóa - du lịch {huyen} năm {nam}
        viec:
            hỗ trợ {so_nho} hộ dân cải tạo nhà sàn làm homestay
            xây dựng sản phẩm du lịch trải nghiệm gắn với văn hóa bản địa
            quảng bá hình ảnh du lịch địa phương trên các nền tảng số
            đào tạo kỹ năng đón tiếp, phục vụ khách cho {so} lao động
            đầu tư hạ tầng giao thông đến các điểm du lịch
            liên kết với các công ty lữ hành đưa khách về địa phương
            xây dựng tuyến du lịch trên hồ {lang}
            bảo đảm an ninh trật tự, vệ sinh môi trường tại các điểm du lịch
        ket_qua:
            lượng khách du lịch đạt {so_lon} lượt, tăng {tang} so với cùng kỳ
            tổng doanh thu từ du lịch ước đạt {ty}
            toàn huyện có {so} cơ sở lưu trú, trong đó {so} homestay
            du lịch cộng đồng đã tạo việc làm cho {so_vua} lao động địa phương
            nhiều hộ làm homestay có thu nhập từ {so_nho} triệu đồng trở lên mỗi tháng vào mùa cao điểm
            lượng khách quốc tế tăng mạnh, chủ yếu đến từ châu Âu
        kho_khan:
            sản phẩm du lịch còn đơn điệu, chưa có nhiều sản phẩm đặc trưng
            hạ tầng giao thông đến một số điểm du lịch còn khó khăn
            nguồn nhân lực du lịch chủ yếu là lao động phổ thông, chưa qua đào tạo
            công tác quảng bá, xúc tiến du lịch chưa chuyên nghiệp
        chi_tieu:
            đón trên {so_lon} lượt du khách
            doanh thu từ du lịch đạt {ty}
            mỗi xã có ít nhất một điểm du lịch cộng đồng
        muc_dich:
            đưa du lịch trở thành ngành kinh tế quan trọng của địa phương
            tăng thu nhập cho người dân từ du lịch
            quảng bá hình ảnh quê hương, con người {tinh}
        co_quan:
            Sở Văn hóa, Thể thao và Du lịch
            Phòng Văn hóa và Thông tin {huyen}
            Trung tâm Xúc tiến du lịch tỉnh
            UBND {xa}
        chuc_vu:
            Giám đốc Sở Văn hóa, Thể thao và Du lịch
            Giám đốc Trung tâm Xúc tiến du lịch tỉnh
            Trưởng phòng Văn hóa và Thông tin {huyen}
            Chủ tịch UBND {xa}
        trich_dan:
            Làm du lịch phải giữ được cái hồn của bản làng, đó là điều du khách tìm kiếm
            Mỗi người dân phải là một hướng dẫn viên du lịch thân thiện
            Phát triển du lịch nhưng tuyệt đối không được đánh đổi môi trường
        trich_dan_dan:
            Ngày trước chỉ biết làm ruộng, nay nhà tôi làm homestay, mỗi tháng có thêm thu nhập lo cho con cái
            Du khách thích nhất là được ăn cơm lam, nghe hát then bên bếp lửa nhà sàn
        muc:
            Du lịch cộng đồng khởi sắc
            Giữ bản sắc để giữ chân du khách
            Homestay trên nhà sàn
        cau:
            Du khách đến {thon} được ngủ nhà sàn, thưởng thức ẩm thực truyền thống và tham gia các hoạt động sản xuất cùng người dân.
            Hồ {lang} với làn nước trong xanh, bao quanh là núi đá vôi là điểm đến được nhiều du khách yêu thích.
            Các món ăn như vịt quay, khâu nhục, cơm lam, cá suối nướng luôn được du khách đánh giá cao.
            Vào mùa cao điểm, các homestay trong bản thường kín phòng, nhiều đoàn khách phải đặt trước hàng tuần.
            Nhiều du khách nước ngoài thích thú tìm hiểu nghề dệt thổ cẩm, làm giấy bản của đồng bào địa phương.
            Huyện đã hỗ trợ các hộ làm homestay tham gia lớp tập huấn về nấu ăn, đón tiếp và giao tiếp tiếng Anh cơ bản.
            Sản phẩm du lịch chèo thuyền kayak, đi bộ xuyên rừng đang được nhiều bạn trẻ lựa chọn.
        dan_toc:
            Tày
            Dao
            Mông
            Nùng
        """,
    ),
    topic(
        "Hội đồng nhân dân",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Khai mạc kỳ họp thứ {so_nho} HĐND {huyen} khóa {khoa}
            HĐND {tinh} thông qua {so} nghị quyết tại kỳ họp thứ {so_nho}
            Đại biểu HĐND tiếp xúc cử tri {xa} trước kỳ họp
            Cử tri {xa} kiến nghị {so_nho} nội dung với đại biểu HĐND
            Thường trực HĐND {huyen} giám sát việc {giam_sat} tại {xa}
            Chất vấn và trả lời chất vấn tại kỳ họp HĐND {huyen} {thang}
            Bế mạc kỳ họp thứ {so_nho} HĐND {huyen}, thông qua {so_nho} nghị quyết
            Ban Kinh tế - Xã hội HĐND {huyen} khảo sát tại {xa}
        sapos:
            {buoi_ngay}, HĐND {huyen} khóa {khoa} khai mạc kỳ họp thứ {so_nho} để xem xét, quyết định nhiều nội dung quan trọng về phát triển kinh tế - xã hội năm {nam_sau}.
            {buoi_ngay}, tổ đại biểu HĐND {tinh} ứng cử tại {huyen} tiếp xúc cử tri {xa}, thông báo dự kiến nội dung kỳ họp và lắng nghe ý kiến, kiến nghị của cử tri.
            Sau {so_nho} ngày làm việc khẩn trương, nghiêm túc, kỳ họp thứ {so_nho} HĐND {huyen} đã hoàn thành chương trình đề ra, thông qua {so_nho} nghị quyết.
        linh_vuc:
            hoạt động giám sát của HĐND
            công tác tiếp xúc cử tri
        su_kien:
            kỳ họp thứ {so_nho} HĐND {huyen} khóa {khoa}
            hội nghị tiếp xúc cử tri trước kỳ họp
            phiên giải trình của Thường trực HĐND {huyen}
            đợt giám sát việc {giam_sat}
        viec:
            tiếp xúc cử tri tại {so_nho} xã, thị trấn
            giám sát việc {giam_sat}
            thông qua nghị quyết về kế hoạch đầu tư công trung hạn
            xem xét báo cáo kết quả giải quyết kiến nghị cử tri
            chất vấn các vấn đề cử tri quan tâm
            quyết định dự toán ngân sách địa phương năm {nam_sau}
            đôn đốc giải quyết {so} kiến nghị của cử tri
        ket_qua:
            kỳ họp đã thông qua {so_nho} nghị quyết quan trọng
            {so} ý kiến, kiến nghị của cử tri đã được tổng hợp, chuyển đến cơ quan có thẩm quyền
            {ty_le} kiến nghị của cử tri đã được giải quyết, trả lời
            các đại biểu đã thảo luận sôi nổi, thẳng thắn, trách nhiệm
            phiên chất vấn diễn ra dân chủ, nhiều vấn đề được làm rõ
        kho_khan:
            một số kiến nghị của cử tri chậm được giải quyết, trả lời
            việc giải quyết kiến nghị liên quan đến đất đai, đầu tư hạ tầng còn kéo dài
            một số nghị quyết triển khai chưa kịp thời do thiếu nguồn lực
        chi_tieu:
            100% kiến nghị của cử tri được xem xét, giải quyết, trả lời đúng thời hạn
            mỗi đại biểu HĐND tiếp xúc cử tri ít nhất hai lần mỗi năm
        muc_dich:
            nâng cao chất lượng hoạt động của HĐND các cấp
            kịp thời nắm bắt tâm tư, nguyện vọng của cử tri
            bảo đảm các nghị quyết đi vào cuộc sống
        co_quan:
            HĐND {huyen}
            Thường trực HĐND {huyen}
            HĐND {tinh}
            Ban Kinh tế - Xã hội HĐND {huyen}
        chuc_vu:
            Chủ tịch HĐND {huyen}
            Phó Chủ tịch HĐND {huyen}
            Chủ tịch HĐND {tinh}
            Trưởng Ban Kinh tế - Xã hội HĐND {huyen}
        trich_dan:
            Mỗi kiến nghị của cử tri đều phải được trả lời đến nơi đến chốn
            Nghị quyết ban hành ra phải đi vào cuộc sống, phải được nhân dân đón nhận
            Đại biểu dân cử phải nói được tiếng nói của cử tri nơi nghị trường
        trich_dan_dan:
            Kiến nghị về con đường của thôn tôi đã được trả lời và đưa vào kế hoạch, bà con rất phấn khởi
            Chúng tôi mong đại biểu tiếp tục theo dõi đến khi công trình hoàn thành
        muc:
            Tiếng nói của cử tri
            Thảo luận dân chủ, trách nhiệm
            Giám sát đến cùng
        cau:
            Tại hội nghị, cử tri {xa} bày tỏ phấn khởi trước những kết quả phát triển kinh tế - xã hội của địa phương.
            Cử tri kiến nghị đầu tư sửa chữa tuyến đường vào {thon}, xây dựng thêm phòng học cho điểm trường lẻ.
            Kỳ họp đã nghe các báo cáo về tình hình kinh tế - xã hội, quốc phòng - an ninh năm {nam} và kế hoạch năm {nam_sau}.
            Các ý kiến thuộc thẩm quyền đã được lãnh đạo UBND {huyen} và các phòng chuyên môn tiếp thu, giải trình ngay tại hội nghị.
            Đại biểu đề nghị UBND {huyen} làm rõ nguyên nhân chậm giải ngân vốn đầu tư công ở một số dự án.
            Đoàn giám sát đã làm việc với {so_nho} xã và kiểm tra thực tế một số công trình.
        khoa:
            XVII
            XVIII
            XIX
            XX
            XXI
        giam_sat:
            giải quyết kiến nghị của cử tri
            thực hiện chính sách hỗ trợ người nghèo
            quản lý, sử dụng đất đai tại các xã
            thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới
            đầu tư xây dựng trường học
            thu, chi ngân sách nhà nước
        """,
    ),
    topic(
        "Lễ hội",
        section="van-hoa-xa-hoi",
        tags=["Văn hóa dân tộc"],
        text="""
        titles:
            Tưng bừng {le_hoi} {ten_xa} năm {nam}
            {^xa} tổ chức {le_hoi} thu hút hàng nghìn người dân, du khách
            Đặc sắc {le_hoi} của đồng bào {dan_toc} ở {thon}
            Khai hội {le_hoi} xuân {nam} tại {xa}
            {^huyen} bảo đảm an ninh trật tự cho {so_nho} lễ hội đầu xuân {nam}
            Phục dựng {le_hoi} của người {dan_toc} {xa}
            {^le_hoi} {ten_xa} được công nhận di sản văn hóa phi vật thể quốc gia
            Hội xuân {ten_xa} {nam}: {so} vận động viên tranh tài các môn thể thao dân tộc
        sapos:
            {buoi_ngay}, tại {thon}, UBND {xa} tổ chức {le_hoi} năm {nam}, thu hút đông đảo người dân và du khách thập phương về dự.
            {le_hoi} là nét sinh hoạt văn hóa tín ngưỡng lâu đời của đồng bào {dan_toc}, với mong ước mưa thuận gió hòa, mùa màng bội thu.
            Với phần lễ trang nghiêm và phần hội sôi nổi, {le_hoi} {ten_xa} năm {nam} đã để lại nhiều ấn tượng đẹp trong lòng du khách.
        linh_vuc:
            công tác quản lý và tổ chức lễ hội
            việc bảo tồn các lễ hội truyền thống
        su_kien:
            {le_hoi} năm {nam}
            lễ khai hội xuân {nam}
            hội xuân {ten_xa}
            lễ đón nhận bằng di sản văn hóa phi vật thể quốc gia
        viec:
            phục dựng các nghi lễ truyền thống trong {le_hoi}
            tổ chức các trò chơi dân gian như ném còn, kéo co, đẩy gậy, bắn nỏ
            bảo đảm an ninh trật tự, an toàn giao thông trong suốt thời gian diễn ra lễ hội
            kiểm tra an toàn thực phẩm tại các gian hàng phục vụ lễ hội
            bài trừ các hoạt động mê tín dị đoan, cờ bạc trá hình tại lễ hội
            trưng bày, giới thiệu sản phẩm nông sản, thủ công của địa phương
            tổ chức giao lưu văn nghệ giữa các đội văn nghệ thôn, bản
        ket_qua:
            lễ hội thu hút hơn {so_lon} lượt người dân, du khách tham gia
            lễ hội diễn ra an toàn, tiết kiệm, đúng quy định
            {so} vận động viên tham gia tranh tài ở các môn thể thao dân tộc
            không có hiện tượng chèo kéo, nâng giá, ép giá khách tham quan
            nhiều nghi lễ truyền thống được phục dựng đúng với nguyên gốc
        kho_khan:
            một số nghi lễ cổ chỉ còn lưu giữ qua trí nhớ của người cao tuổi
            lượng người đổ về lễ hội đông gây áp lực về giao thông, vệ sinh môi trường
            nguy cơ thương mại hóa lễ hội nếu không quản lý chặt chẽ
        chi_tieu:
            100% lễ hội trên địa bàn được tổ chức an toàn, văn minh, tiết kiệm
            mỗi năm phục dựng ít nhất một lễ hội truyền thống
        muc_dich:
            bảo tồn, phát huy giá trị văn hóa truyền thống
            gắn lễ hội với quảng bá du lịch địa phương
            tăng cường tình đoàn kết giữa các dân tộc
        co_quan:
            UBND {xa}
            Ban Tổ chức lễ hội
            Phòng Văn hóa và Thông tin {huyen}
            Sở Văn hóa, Thể thao và Du lịch
        chuc_vu:
            Chủ tịch UBND {xa}
            Trưởng Ban Tổ chức lễ hội, Phó Chủ tịch UBND {huyen}
            Trưởng phòng Văn hóa và Thông tin {huyen}
        trich_dan:
            Lễ hội là dịp để con cháu hướng về cội nguồn, giữ gìn những giá trị tốt đẹp của cha ông
            Tổ chức lễ hội phải trang trọng, an toàn, tiết kiệm và không thương mại hóa
        trich_dan_dan:
            Năm nào tôi cũng về dự lễ hội, vừa cầu cho mùa màng tươi tốt, vừa được gặp gỡ họ hàng, bạn bè
            Lễ hội năm nay đông vui hơn mọi năm, có nhiều du khách dưới xuôi lên
        muc:
            Phần lễ trang nghiêm
            Phần hội sôi nổi
            Giữ hồn lễ hội truyền thống
        cau:
            Phần lễ được tổ chức trang nghiêm với các nghi thức rước nước, tế thần, cầu cho mưa thuận gió hòa.
            Thầy cúng trong trang phục truyền thống đọc bài khấn cầu mong dân bản bình an, mùa màng bội thu.
            Phần hội diễn ra sôi nổi với các trò chơi dân gian như ném còn, kéo co, đẩy gậy, bắn nỏ, đánh quay.
            Các gian hàng trưng bày nông sản, đặc sản địa phương thu hút đông đảo du khách ghé thăm, mua sắm.
            Tiếng khèn, tiếng đàn tính, điệu hát then, sli vang lên rộn ràng khắp sân lễ hội.
            Quả còn bay qua vòng tròn trên ngọn cây nêu được xem là điềm báo một năm mùa màng tươi tốt.
            Ban Tổ chức đã bố trí lực lượng công an, dân quân bảo đảm an ninh trật tự, phân luồng giao thông.
        le_hoi:
            lễ hội Lồng tồng
            lễ hội Nàng Hai
            lễ hội Gầu tào
            lễ cấp sắc
            lễ hội đền {ten_xa}
            lễ hội Pồn pôông
            lễ hội Xuống đồng
            lễ hội Cầu mùa
        dan_toc:
            Tày
            Nùng
            Mông
            Dao
            Sán Chay
        """,
    ),
    topic(
        "Giảm nghèo",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            {^huyen} giảm {so_vua} hộ nghèo năm {nam}
            Tỷ lệ hộ nghèo ở {huyen} còn {tang}
            Hỗ trợ xây dựng {so} nhà ở cho hộ nghèo tại {huyen}
            {^xa} bàn giao nhà Đại đoàn kết cho {so_nho} hộ nghèo
            Hộ nghèo {thon} thoát nghèo nhờ nuôi {vat_nuoi}
            Trao {so} con bò giống cho hộ nghèo {xa}
            Rà soát hộ nghèo, hộ cận nghèo năm {nam} tại {xa}
            Giảm nghèo bền vững ở {xa}: từ sinh kế đến thu nhập
            Xóa nhà tạm, nhà dột nát cho {so_vua} hộ ở {huyen}
        sapos:
            Năm {nam}, {huyen} đã giảm được {so_vua} hộ nghèo, tỷ lệ hộ nghèo giảm còn {tang}, vượt chỉ tiêu nghị quyết đề ra.
            {buoi_ngay}, {co_quan} tổ chức bàn giao nhà Đại đoàn kết cho {so_nho} hộ nghèo tại {xa}, mỗi căn nhà được hỗ trợ {trieu}.
            Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, nhiều hộ dân ở {xa} đã có sinh kế ổn định, vươn lên thoát nghèo.
        linh_vuc:
            công tác giảm nghèo bền vững
            Chương trình mục tiêu quốc gia giảm nghèo bền vững
        su_kien:
            lễ bàn giao nhà Đại đoàn kết cho hộ nghèo
            hội nghị tổng kết công tác giảm nghèo năm {nam}
            lễ trao bò giống hỗ trợ sinh kế cho hộ nghèo
            hội nghị triển khai rà soát hộ nghèo, hộ cận nghèo năm {nam}
        viec:
            hỗ trợ xây mới, sửa chữa {so} nhà ở cho hộ nghèo
            trao {so} con bò, lợn giống cho hộ nghèo phát triển sản xuất
            rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều
            hỗ trợ vay vốn ưu đãi cho {so_vua} hộ nghèo, hộ cận nghèo
            xóa nhà tạm, nhà dột nát cho hộ nghèo
            đào tạo nghề, giới thiệu việc làm cho người lao động thuộc hộ nghèo
            phân công cán bộ, đảng viên giúp đỡ hộ nghèo
        ket_qua:
            tỷ lệ hộ nghèo giảm còn {tang}
            {so_vua} hộ thoát nghèo, {so} hộ thoát cận nghèo
            {so} căn nhà Đại đoàn kết đã được bàn giao cho hộ nghèo
            {ty} được giải ngân từ Chương trình mục tiêu quốc gia giảm nghèo bền vững
            nhiều hộ đã chủ động vươn lên, tự nguyện viết đơn xin thoát nghèo
        kho_khan:
            tỷ lệ hộ nghèo ở các xã vùng cao vẫn còn cao
            một bộ phận người dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước
            kết quả giảm nghèo chưa thật sự bền vững, nguy cơ tái nghèo cao
            nhiều hộ nghèo thiếu đất sản xuất, thiếu kiến thức làm ăn
        chi_tieu:
            tỷ lệ hộ nghèo giảm bình quân trên {tang} mỗi năm
            không còn hộ nghèo ở nhà tạm, nhà dột nát
            100% hộ nghèo có nhu cầu được vay vốn ưu đãi
        muc_dich:
            giúp hộ nghèo có nhà ở ổn định
            tạo sinh kế bền vững cho người nghèo
            không để ai bị bỏ lại phía sau
        co_quan:
            Phòng Lao động - Thương binh và Xã hội {huyen}
            Ủy ban MTTQ Việt Nam {huyen}
            UBND {xa}
            Ban Chỉ đạo các chương trình mục tiêu quốc gia {huyen}
        chuc_vu:
            Trưởng phòng Lao động - Thương binh và Xã hội {huyen}
            Chủ tịch Ủy ban MTTQ Việt Nam {huyen}
            Chủ tịch UBND {xa}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Hỗ trợ cần câu chứ không chỉ cho con cá, để người nghèo tự vươn lên
            Giảm nghèo phải thực chất, bền vững, không chạy theo thành tích
        trich_dan_dan:
            Có ngôi nhà mới kiên cố, mùa mưa bão gia đình tôi không còn phải lo dột nát nữa
            Được hỗ trợ con bò giống, tôi chăm sóc cẩn thận, giờ đã có thêm hai con bê
        muc:
            Mái ấm cho người nghèo
            Trao sinh kế, không trao tiền
            Ý chí vươn lên
        cau:
            Mỗi căn nhà Đại đoàn kết có diện tích từ 40 đến 60 m², được xây dựng kiên cố với kinh phí hỗ trợ {trieu}.
            Ngoài nguồn hỗ trợ của Nhà nước, các hộ còn được anh em, họ hàng và bà con trong thôn giúp đỡ ngày công.
            Gia đình {dan_goi} trước đây thuộc diện hộ nghèo nhiều năm, nay đã có đàn {vat_nuoi} hơn {so} con.
            Việc rà soát hộ nghèo được thực hiện công khai, dân chủ, có sự tham gia của người dân tại các cuộc họp thôn.
            Huyện ưu tiên nguồn lực cho các xã đặc biệt khó khăn, thôn có tỷ lệ hộ nghèo cao.
            Nhiều hộ đã tự nguyện làm đơn xin ra khỏi danh sách hộ nghèo sau khi có thu nhập ổn định.
        vat_nuoi:
            bò
            lợn đen
            dê
            gà đồi
            trâu
        """,
    ),
    topic(
        "Thiên tai, mưa lũ",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Mưa lớn gây sạt lở, chia cắt {so_nho} thôn ở {xa}
            {^huyen} thiệt hại {ty} do mưa lũ
            Di dời khẩn cấp {so} hộ dân khỏi vùng nguy hiểm tại {xa}
            Khắc phục hậu quả lốc xoáy tại {xa}: {so} ngôi nhà bị tốc mái
            Lũ quét ở {thon}, {so_nho} người mất tích
            Chủ động ứng phó với mưa lũ, sạt lở đất tại {xa}
            Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn tại {xa} năm {nam}
            Hỗ trợ {so} hộ dân bị thiệt hại do mưa đá ở {huyen}
            Mưa lũ làm ngập úng {ha} lúa, hoa màu ở {huyen}
        sapos:
            Do ảnh hưởng của hoàn lưu bão, từ đêm {ngay} đến sáng nay, trên địa bàn {huyen} xảy ra mưa to đến rất to, gây sạt lở, ngập úng ở nhiều nơi.
            {buoi_ngay}, trận lốc xoáy kèm mưa đá đã làm {so} ngôi nhà ở {xa} bị tốc mái, hư hỏng; chính quyền địa phương đã huy động lực lượng giúp dân khắc phục hậu quả.
            Trước dự báo mưa lớn kéo dài, {huyen} đã chủ động di dời {so} hộ dân ở các khu vực có nguy cơ sạt lở đất, lũ quét đến nơi an toàn.
        linh_vuc:
            công tác phòng, chống thiên tai
            phòng, chống thiên tai và tìm kiếm cứu nạn
        su_kien:
            cuộc diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn
            hội nghị triển khai công tác phòng, chống thiên tai năm {nam}
            buổi kiểm tra công tác khắc phục hậu quả mưa lũ
        viec:
            di dời {so} hộ dân ra khỏi vùng có nguy cơ sạt lở đất
            huy động {so_vua} lượt cán bộ, chiến sĩ, dân quân giúp dân khắc phục hậu quả
            hỗ trợ gạo, nhu yếu phẩm cho các hộ bị thiệt hại
            cắm biển cảnh báo tại các ngầm tràn, điểm sạt lở
            khơi thông các tuyến đường bị sạt lở, ách tắc
            rà soát các khu dân cư có nguy cơ sạt lở, lũ quét
            tổ chức trực ban 24/24 giờ để theo dõi diễn biến thời tiết
            thông tin kịp thời về diễn biến mưa lũ đến từng thôn, bản
        ket_qua:
            {so} ngôi nhà bị sạt lở, ngập nước, tốc mái
            {ha} lúa và hoa màu bị ngập úng, vùi lấp
            tổng thiệt hại ước tính {ty}
            các tuyến đường bị sạt lở đã cơ bản được thông xe
            {so} hộ dân được hỗ trợ kinh phí khắc phục hậu quả với tổng số tiền {trieu}
            không có thiệt hại về người nhờ di dời kịp thời
        kho_khan:
            nhiều hộ dân sinh sống dưới chân taluy, ven sông suối có nguy cơ cao
            địa hình chia cắt, việc tiếp cận các điểm sạt lở gặp nhiều khó khăn
            nguồn lực khắc phục hậu quả thiên tai của địa phương còn hạn chế
            một bộ phận người dân còn chủ quan, vượt ngầm tràn khi nước lũ dâng cao
        chi_tieu:
            không để xảy ra thiệt hại về người do thiên tai
            hoàn thành di dời các hộ dân ở vùng có nguy cơ sạt lở cao
        muc_dich:
            giảm thiểu thiệt hại do thiên tai gây ra
            bảo đảm an toàn tính mạng, tài sản của nhân dân
            sớm ổn định đời sống người dân vùng bị thiệt hại
        co_quan:
            Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn {huyen}
            UBND {xa}
            Ban Chỉ huy Quân sự {huyen}
            UBND {huyen}
        chuc_vu:
            Chủ tịch UBND {huyen}
            Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn {huyen}
            Chủ tịch UBND {xa}
            Phó Chủ tịch UBND {tinh}
        trich_dan:
            Tuyệt đối không để người dân ở lại những nơi có nguy cơ sạt lở khi có mưa lớn
            Phải chủ động từ sớm, từ xa, không để bị động, bất ngờ
            Không để người dân nào bị đói, rét, không có chỗ ở sau thiên tai
        trich_dan_dan:
            Nước lên nhanh quá, may có cán bộ xã và dân quân đến giúp chuyển đồ đạc, đưa người già, trẻ nhỏ lên chỗ cao
            Nhà bị tốc mái, nhờ bà con và bộ đội giúp lợp lại ngay trong ngày
        muc:
            Khẩn trương khắc phục hậu quả
            Chủ động di dời dân
            Không chủ quan với lũ quét
        cau:
            Mưa lớn kéo dài khiến mực nước các sông, suối dâng cao, nhiều ngầm tràn bị ngập sâu.
            Một khối đất đá lớn từ taluy dương đổ xuống, vùi lấp hoàn toàn mặt đường đoạn qua {thon}.
            Ngay trong đêm, lực lượng công an, quân sự, dân quân đã có mặt giúp người dân di chuyển tài sản đến nơi an toàn.
            Các hộ dân phải di dời được bố trí ở tạm tại nhà văn hóa thôn, trường học và nhà người thân.
            Theo dự báo, trong những ngày tới mưa lớn tiếp tục xảy ra, nguy cơ cao xảy ra lũ quét, sạt lở đất ở vùng núi.
            Lực lượng chức năng đã cắm biển cảnh báo, căng dây phân luồng tại các điểm sạt lở nguy hiểm.
        """,
    ),
    topic(
        "Quốc phòng, dân quân",
        section="quoc-phong-an-ninh",
        text="""
        titles:
            {^huyen} giao {so} thanh niên lên đường nhập ngũ năm {nam}
            Diễn tập chiến đấu phòng thủ {xa} năm {nam}
            Huấn luyện {so_vua} cán bộ, chiến sĩ dân quân tự vệ tại {huyen}
            Hội thao quốc phòng - an ninh {huyen} thu hút {so} vận động viên
            Ra mắt Trung đội dân quân cơ động {xa}
            Bồi dưỡng kiến thức quốc phòng và an ninh cho {so} chức sắc, người có uy tín ở {huyen}
            Ban Chỉ huy Quân sự {huyen} giúp dân {xa} {giup_dan}
            Diễn tập khu vực phòng thủ {huyen} năm {nam} huy động {so_vua} người
        sapos:
            {buoi_ngay}, {huyen} long trọng tổ chức lễ giao nhận quân năm {nam}; {so} thanh niên ưu tú đã lên đường thực hiện nghĩa vụ quân sự, bảo đảm 100% chỉ tiêu.
            {buoi_ngay}, Ban Chỉ huy Quân sự {huyen} tổ chức khai mạc huấn luyện dân quân tự vệ năm {nam} cho {so_vua} cán bộ, chiến sĩ.
            Cuộc diễn tập chiến đấu phòng thủ {xa} năm {nam} đã kết thúc thắng lợi, bảo đảm an toàn tuyệt đối về người và vũ khí trang bị.
        linh_vuc:
            công tác quân sự, quốc phòng địa phương
            xây dựng lực lượng dân quân tự vệ
        su_kien:
            lễ giao nhận quân năm {nam}
            cuộc diễn tập chiến đấu phòng thủ {xa}
            hội thao quốc phòng - an ninh năm {nam}
            lễ khai mạc huấn luyện dân quân tự vệ năm {nam}
            lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4
        viec:
            huấn luyện cho {so_vua} cán bộ, chiến sĩ dân quân tự vệ
            tổ chức diễn tập chiến đấu phòng thủ cấp xã
            bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng
            giúp nhân dân sửa chữa nhà ở, làm đường giao thông
            tuyển chọn, gọi công dân nhập ngũ bảo đảm chất lượng
            xây dựng lực lượng dân quân vững mạnh, rộng khắp
            đăng ký, quản lý quân nhân dự bị
        ket_qua:
            100% chỉ tiêu giao quân được hoàn thành, chất lượng tân binh được nâng lên
            {so} thanh niên lên đường nhập ngũ, trong đó có {so_nho} đảng viên
            lực lượng dân quân tự vệ đạt tỷ lệ {ty_le} dân số
            kết quả huấn luyện có {ty_le} nội dung đạt khá, giỏi
            cuộc diễn tập đạt mục đích, yêu cầu đề ra, bảo đảm an toàn tuyệt đối
        kho_khan:
            nhiều thanh niên đi làm ăn xa, việc tập trung huấn luyện dân quân gặp khó khăn
            thao trường, bãi tập ở một số xã còn thiếu
            chế độ, chính sách cho lực lượng dân quân còn hạn chế
        chi_tieu:
            hoàn thành 100% chỉ tiêu tuyển quân
            lực lượng dân quân tự vệ đạt trên 1,4% dân số
            100% xã tổ chức diễn tập chiến đấu phòng thủ theo kế hoạch
        muc_dich:
            xây dựng nền quốc phòng toàn dân vững chắc
            nâng cao khả năng sẵn sàng chiến đấu của lực lượng vũ trang địa phương
            xây dựng khu vực phòng thủ vững chắc
        co_quan:
            Ban Chỉ huy Quân sự {huyen}
            Bộ Chỉ huy Quân sự tỉnh
            Hội đồng nghĩa vụ quân sự {huyen}
            Ban Chỉ huy Quân sự {xa}
        chuc_vu:
            Chỉ huy trưởng Ban Chỉ huy Quân sự {huyen}
            Chính trị viên Ban Chỉ huy Quân sự {huyen}
            Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh
            Chỉ huy trưởng Ban Chỉ huy Quân sự {xa}
        trich_dan:
            Xây dựng lực lượng dân quân vững mạnh, rộng khắp là nhiệm vụ thường xuyên của cả hệ thống chính trị
            Mỗi tân binh phải luôn giữ gìn và phát huy truyền thống quê hương, hoàn thành tốt nhiệm vụ
            Huấn luyện sát thực tế chiến đấu, không làm hình thức
        trich_dan_dan:
            Được lên đường nhập ngũ là niềm tự hào của tôi và gia đình, tôi sẽ cố gắng rèn luyện thật tốt
            Các anh dân quân đến giúp gia đình tôi dựng lại chuồng trại sau trận lũ, tôi rất biết ơn
        muc:
            Tuổi trẻ lên đường
            Huấn luyện sát thực tế
            Dân quân gần dân
        cau:
            Cuộc diễn tập được tổ chức theo hình thức diễn tập có bắn đạn thật, sát với tình huống thực tế tại địa phương.
            Các tân binh được gia đình, người thân, chính quyền địa phương tiễn lên đường trong không khí phấn khởi.
            Trung đội dân quân cơ động {xa} có {so_nho} chiến sĩ, được trang bị đầy đủ công cụ hỗ trợ.
            Lực lượng dân quân tự vệ đã tham gia tuần tra, giữ gìn an ninh trật tự, giúp dân khắc phục hậu quả thiên tai.
            Nội dung huấn luyện gồm điều lệnh, kỹ thuật bắn súng, chiến thuật và phòng chống thiên tai, tìm kiếm cứu nạn.
            Hội đồng nghĩa vụ quân sự các xã đã tổ chức thăm hỏi, tặng quà gia đình các tân binh.
        giup_dan:
            sửa chữa nhà ở
            làm đường giao thông nông thôn
            thu hoạch lúa
            khắc phục hậu quả mưa lũ
        """,
    ),
    topic(
        "Mặt trận và đoàn thể",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Ngày hội Đại đoàn kết toàn dân tộc ở {thon}
            Ủy ban MTTQ Việt Nam {huyen} trao {so} phần quà cho hộ khó khăn
            Hội Nông dân {huyen} hỗ trợ {so_vua} hội viên vay vốn phát triển sản xuất
            Hội Cựu chiến binh {xa} giúp {so_nho} hội viên thoát nghèo
            Đại hội đại biểu MTTQ Việt Nam {xa} lần thứ {so_nho}
            Hội Chữ thập đỏ {huyen} tiếp nhận {trieu} ủng hộ người dân vùng lũ
            Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số ở {xa}
            Quỹ “Vì người nghèo” {huyen} vận động được {ty}
        sapos:
            {buoi_ngay}, Ban Công tác Mặt trận {thon} tổ chức Ngày hội Đại đoàn kết toàn dân tộc, thu hút đông đảo bà con nhân dân các dân tộc tham gia.
            {thoi_gian}, Ủy ban MTTQ Việt Nam {huyen} đã vận động Quỹ “Vì người nghèo” được {ty}, hỗ trợ xây dựng {so} nhà Đại đoàn kết.
            Với phương châm “Hội viên giúp nhau”, {co_quan} đã giúp đỡ hàng trăm hội viên có vốn, có kỹ thuật để phát triển kinh tế gia đình.
        linh_vuc:
            công tác Mặt trận và các đoàn thể chính trị - xã hội
            cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”
        su_kien:
            Ngày hội Đại đoàn kết toàn dân tộc năm {nam}
            đại hội đại biểu MTTQ Việt Nam {xa}
            hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân
            hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số
        viec:
            vận động Quỹ “Vì người nghèo” được {ty}
            trao {so} phần quà cho hộ nghèo, gia đình chính sách
            giám sát việc thực hiện chính sách an sinh xã hội ở cơ sở
            tổ chức cho hội viên vay vốn ưu đãi phát triển sản xuất
            phát huy vai trò của người có uy tín trong cộng đồng
            tiếp nhận, phân bổ tiền, hàng ủng hộ đồng bào bị thiên tai
            tham gia góp ý xây dựng Đảng, xây dựng chính quyền
        ket_qua:
            {so_lon} hộ gia đình đã đăng ký, thực hiện cuộc vận động
            hơn {so} hội viên được vay vốn với tổng dư nợ {ty}
            {so} nhà Đại đoàn kết được xây dựng, bàn giao cho hộ nghèo
            {ty_le} khu dân cư được đánh giá thực hiện tốt cuộc vận động
            nhiều mô hình, phần việc thiết thực của đoàn viên, hội viên được nhân rộng
        kho_khan:
            nội dung hoạt động ở một số chi hội còn đơn điệu, chưa hấp dẫn hội viên
            nguồn vận động xã hội hóa ở vùng khó khăn còn hạn chế
            công tác giám sát, phản biện xã hội có lúc chưa thực chất
        chi_tieu:
            100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc
            kết nạp thêm {so} hội viên mới
        muc_dich:
            củng cố khối đại đoàn kết toàn dân tộc
            chăm lo đời sống của đoàn viên, hội viên
            phát huy quyền làm chủ của nhân dân
        co_quan:
            Ủy ban MTTQ Việt Nam {huyen}
            Ủy ban MTTQ Việt Nam {xa}
            Hội Nông dân {huyen}
            Hội Cựu chiến binh {huyen}
            Hội Chữ thập đỏ {huyen}
        chuc_vu:
            Chủ tịch Ủy ban MTTQ Việt Nam {huyen}
            Chủ tịch Hội Nông dân {huyen}
            Chủ tịch Hội Cựu chiến binh {huyen}
            Chủ tịch Ủy ban MTTQ Việt Nam {tinh}
        trich_dan:
            Đoàn kết là sức mạnh, có đoàn kết thì việc khó mấy cũng làm được
            Mặt trận phải là chỗ dựa tin cậy của nhân dân
            Mọi phong trào chỉ bền vững khi xuất phát từ lợi ích thiết thực của người dân
        trich_dan_dan:
            Ngày hội là dịp bà con trong thôn gặp gỡ, chia sẻ, cùng nhau bàn việc làm ăn
            Nhờ Hội Nông dân bảo lãnh vay vốn, gia đình tôi mở rộng được chuồng trại
        muc:
            Sức mạnh đoàn kết
            Hội viên giúp nhau
            Người có uy tín nơi bản làng
        cau:
            Ngày hội diễn ra trong không khí vui tươi, đầm ấm với nhiều hoạt động văn hóa, thể thao, trò chơi dân gian.
            Dịp này, {so_nho} hộ gia đình tiêu biểu được biểu dương, khen thưởng vì có thành tích trong phong trào thi đua ở khu dân cư.
            Người có uy tín ở các thôn là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào.
            Các cấp hội đã phối hợp với ngân hàng chính sách xã hội quản lý tốt nguồn vốn ủy thác.
            Các tổ chức thành viên của Mặt trận đã vận động đoàn viên, hội viên tích cực tham gia xây dựng nông thôn mới.
        """,
    ),
    topic(
        "Lao động, việc làm",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            Phiên giao dịch việc làm tại {huyen} thu hút {so_vua} lao động
            {^huyen} giải quyết việc làm mới cho {so_lon} lao động năm {nam}
            Đào tạo nghề cho {so} lao động nông thôn {xa}
            {so} lao động {huyen} đi làm việc ở nước ngoài theo hợp đồng
            Khai giảng lớp {nghe} cho lao động {xa}
            Tư vấn, giới thiệu việc làm cho {so_vua} thanh niên {huyen}
            Doanh nghiệp {tinh_khac} tuyển {so} lao động tại {huyen}
            Lao động {thon} có thu nhập ổn định sau khóa học {nghe}
        sapos:
            {buoi_ngay}, {co_quan} tổ chức phiên giao dịch việc làm với sự tham gia của {so_nho} doanh nghiệp, cung cấp hơn {so_lon} vị trí việc làm trong và ngoài nước.
            {thoi_gian}, {huyen} đã giải quyết việc làm mới cho {so_lon} lao động, trong đó {so} người đi làm việc ở nước ngoài theo hợp đồng.
            Lớp đào tạo {nghe} cho {so} học viên tại {xa} vừa khai giảng, giúp lao động nông thôn có thêm kỹ năng, tìm kiếm việc làm ổn định.
        linh_vuc:
            công tác giải quyết việc làm
            đào tạo nghề cho lao động nông thôn
        su_kien:
            phiên giao dịch việc làm năm {nam}
            lễ khai giảng lớp {nghe}
            hội nghị tư vấn xuất khẩu lao động
            ngày hội việc làm cho thanh niên
        viec:
            mở {so_nho} lớp đào tạo nghề cho lao động nông thôn
            tư vấn, giới thiệu việc làm cho {so_vua} lao động
            kết nối cung - cầu lao động với các doanh nghiệp
            hỗ trợ vay vốn giải quyết việc làm
            tư vấn đi làm việc ở nước ngoài theo hợp đồng
            đào tạo {nghe} gắn với nhu cầu của doanh nghiệp
        ket_qua:
            {so_lon} lao động được giải quyết việc làm mới
            tỷ lệ lao động qua đào tạo đạt {ty_le}
            {so} lao động đi làm việc ở nước ngoài theo hợp đồng
            {ty_le} học viên có việc làm sau khi học nghề
            thu nhập bình quân của lao động sau đào tạo đạt {so} triệu đồng/tháng
        kho_khan:
            nhiều lao động chưa qua đào tạo, thiếu kỹ năng nghề
            tâm lý ngại đi làm xa của một bộ phận thanh niên dân tộc thiểu số
            thông tin thị trường lao động đến người dân còn hạn chế
        chi_tieu:
            giải quyết việc làm mới cho {so_lon} lao động
            tỷ lệ lao động qua đào tạo đạt trên {ty_le}
        muc_dich:
            tạo việc làm, tăng thu nhập cho người lao động
            chuyển dịch cơ cấu lao động nông thôn
            nâng cao chất lượng nguồn nhân lực
        co_quan:
            Phòng Lao động - Thương binh và Xã hội {huyen}
            Trung tâm Dịch vụ việc làm tỉnh
            Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên {huyen}
            Sở Lao động - Thương binh và Xã hội
        chuc_vu:
            Giám đốc Trung tâm Dịch vụ việc làm tỉnh
            Trưởng phòng Lao động - Thương binh và Xã hội {huyen}
            Giám đốc Sở Lao động - Thương binh và Xã hội
        trich_dan:
            Đào tạo nghề phải gắn với giải quyết việc làm, học xong phải làm được việc
            Có việc làm ổn định là cách giảm nghèo bền vững nhất
        trich_dan_dan:
            Học nghề xong, tôi được doanh nghiệp nhận vào làm ngay, thu nhập ổn định hơn làm nương rẫy
            Đi làm ở khu công nghiệp vài năm, tôi đã dành dụm được tiền về quê dựng nhà
        muc:
            Học nghề để đổi đời
            Kết nối cung - cầu lao động
        cau:
            Tại phiên giao dịch, người lao động được tư vấn về chế độ lương, phụ cấp, điều kiện làm việc và chính sách bảo hiểm.
            Các doanh nghiệp tuyển dụng chủ yếu trong lĩnh vực điện tử, may mặc, cơ khí tại các khu công nghiệp.
            Lớp {nghe} kéo dài {so_nho} tháng, học viên được hỗ trợ tiền ăn, tiền đi lại trong thời gian học.
            Thị trường Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) tiếp tục thu hút nhiều lao động của {huyen}.
            Nhiều lao động sau khi đi làm việc ở nước ngoài về đã có vốn, kinh nghiệm để mở xưởng sản xuất tại quê nhà.
        nghe:
            sửa chữa máy nông nghiệp
            may công nghiệp
            kỹ thuật chăn nuôi, thú y
            trồng và chế biến chè
            chế biến món ăn
            điện dân dụng
            mây tre đan
        """,
    ),
    topic(
        "OCOP",
        section="nong-nghiep-nong-thon",
        tags=["OCOP"],
        text="""
        titles:
            {^huyen} có thêm {so_nho} sản phẩm OCOP {sao} sao
            {^san_pham} {ten_xa} đạt chuẩn OCOP {sao} sao
            Hợp tác xã {ten_xa} nâng tầm {san_pham} nhờ OCOP
            {^tinh} công nhận {so} sản phẩm OCOP năm {nam}
            Đưa {so} sản phẩm OCOP {huyen} lên sàn thương mại điện tử
            Hội chợ sản phẩm OCOP {tinh} năm {nam} thu hút {so} gian hàng
            Từ {san_pham} đến sản phẩm OCOP: hướng đi mới ở {xa}
            Đánh giá, phân hạng {so} sản phẩm OCOP tại {huyen}
        sapos:
            Năm {nam}, {huyen} có thêm {so_nho} sản phẩm được công nhận đạt chuẩn OCOP, nâng tổng số sản phẩm OCOP của huyện lên {so}.
            Sau khi được công nhận sản phẩm OCOP {sao} sao, {san_pham} của hợp tác xã {ten_xa} đã có mặt tại nhiều cửa hàng, siêu thị trong và ngoài tỉnh.
            {buoi_ngay}, Hội đồng đánh giá, phân hạng sản phẩm OCOP {huyen} đã đánh giá {so_nho} sản phẩm của các chủ thể trên địa bàn.
        linh_vuc:
            Chương trình mỗi xã một sản phẩm (OCOP)
            phát triển sản phẩm OCOP
        su_kien:
            hội chợ sản phẩm OCOP năm {nam}
            hội nghị đánh giá, phân hạng sản phẩm OCOP
            lễ trao giấy chứng nhận sản phẩm OCOP
            phiên livestream giới thiệu sản phẩm OCOP
        viec:
            hỗ trợ các chủ thể hoàn thiện hồ sơ sản phẩm OCOP
            thiết kế bao bì, nhãn mác, truy xuất nguồn gốc cho sản phẩm
            đưa sản phẩm OCOP lên các sàn thương mại điện tử
            tham gia hội chợ, triển lãm giới thiệu sản phẩm OCOP
            nâng hạng {so_nho} sản phẩm OCOP từ 3 sao lên 4 sao
            xây dựng điểm giới thiệu, bán sản phẩm OCOP
        ket_qua:
            toàn huyện có {so} sản phẩm OCOP, trong đó {so_nho} sản phẩm 4 sao
            doanh thu của các chủ thể OCOP tăng bình quân {tang}
            {so_nho} sản phẩm OCOP được bán trên sàn thương mại điện tử
            sản phẩm OCOP đã có mặt tại hệ thống siêu thị ở Hà Nội và nhiều tỉnh, thành phố
        kho_khan:
            quy mô sản xuất của nhiều chủ thể OCOP còn nhỏ
            khâu xúc tiến thương mại, quảng bá sản phẩm còn hạn chế
            việc duy trì chất lượng sản phẩm sau khi được công nhận chưa ổn định
        chi_tieu:
            mỗi xã có ít nhất một sản phẩm OCOP
            có thêm {so_nho} sản phẩm OCOP đạt 4 sao
        muc_dich:
            nâng cao giá trị nông sản địa phương
            tăng thu nhập cho người dân
            quảng bá đặc sản vùng miền
        co_quan:
            Văn phòng Điều phối nông thôn mới tỉnh
            Phòng Nông nghiệp và PTNT {huyen}
            Hợp tác xã {ten_xa}
            Sở Công Thương
        chuc_vu:
            Giám đốc Hợp tác xã {ten_xa}
            Trưởng phòng Nông nghiệp và PTNT {huyen}
            Chánh Văn phòng Điều phối nông thôn mới tỉnh
        trich_dan:
            OCOP không chỉ là ngôi sao, mà là câu chuyện của sản phẩm và của người làm ra nó
            Chất lượng là yếu tố sống còn để sản phẩm OCOP đứng vững trên thị trường
        trich_dan_dan:
            Có chứng nhận OCOP, sản phẩm của hợp tác xã dễ vào siêu thị hơn, giá bán cũng cao hơn
            Trước đây chỉ bán ở chợ phiên, giờ khách đặt hàng qua mạng cả từ Thành phố Hồ Chí Minh
        muc:
            Nâng tầm nông sản địa phương
            Câu chuyện sản phẩm
        cau:
            {^san_pham} được làm thủ công theo công thức truyền thống của đồng bào địa phương.
            Hợp tác xã đã đầu tư máy móc, nhà xưởng đạt tiêu chuẩn an toàn thực phẩm với kinh phí {trieu}.
            Mỗi năm hợp tác xã tiêu thụ khoảng {so} tấn sản phẩm, tạo việc làm cho {so} lao động địa phương.
            Sản phẩm được đóng gói trong bao bì đẹp, có tem truy xuất nguồn gốc bằng mã QR.
            Tại hội chợ, các sản phẩm như miến dong, chè Shan tuyết, mật ong, tinh dầu quế thu hút đông khách mua sắm.
        san_pham:
            miến dong
            chè Shan tuyết
            mật ong bạc hà
            tinh dầu quế
            rượu men lá
            lạp sườn hun khói
            măng khô
            gạo nếp Tài
            bánh khảo
            trà hoa vàng
        sao:
            3
            3
            4
        """,
    ),
    topic(
        "Môi trường",
        section="nong-nghiep-nong-thon",
        text="""
        titles:
            {^xa} ra quân tổng vệ sinh môi trường, thu gom {so} tấn rác
            Xử lý rác thải ở {huyen}: mỗi ngày phát sinh {so} tấn
            {^noi} hưởng ứng Ngày Môi trường thế giới năm {nam}
            Mô hình phân loại rác tại nguồn ở {thon}
            Xử phạt {so_nho} cơ sở vi phạm về bảo vệ môi trường tại {huyen}
            Nói không với rác thải nhựa ở {xa}
            Khai thác cát sỏi trái phép trên sông đoạn qua {xa}
            Trồng {so_lon} cây xanh dọc các tuyến đường {huyen}
        sapos:
            {buoi_ngay}, {co_quan} phát động ra quân tổng vệ sinh môi trường, thu gom rác thải, khơi thông cống rãnh với sự tham gia của hàng trăm người dân.
            Mỗi ngày, {huyen} phát sinh khoảng {so} tấn rác thải sinh hoạt, trong khi năng lực thu gom, xử lý mới đáp ứng được khoảng {ty_le}.
            Từ mô hình phân loại rác tại nguồn, các hộ dân ở {thon} đã giảm đáng kể lượng rác thải ra môi trường, tận dụng rác hữu cơ để ủ phân bón.
        linh_vuc:
            công tác bảo vệ môi trường
            thu gom, xử lý rác thải sinh hoạt
        su_kien:
            lễ mít tinh hưởng ứng Ngày Môi trường thế giới năm {nam}
            ngày ra quân tổng vệ sinh môi trường
            hội nghị triển khai phân loại rác thải tại nguồn
        viec:
            thu gom, xử lý rác thải sinh hoạt ở các khu dân cư
            hướng dẫn người dân phân loại rác tại nguồn
            kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của {so} cơ sở
            xây dựng {so_nho} lò đốt rác quy mô nhỏ tại các xã
            trồng cây xanh, đường hoa tại các khu dân cư
            xử lý nghiêm các hành vi khai thác cát, sỏi trái phép
            vận động hộ chăn nuôi di dời chuồng trại ra xa nhà ở
        ket_qua:
            tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt {ty_le}
            {ty_le} hộ gia đình thực hiện phân loại rác tại nguồn
            {so} tấn rác thải được thu gom trong các đợt ra quân
            tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt {ty_le}
            cảnh quan môi trường tại các khu dân cư ngày càng xanh, sạch, đẹp
        kho_khan:
            khối lượng rác thải ngày càng tăng, trong khi hạ tầng xử lý còn thiếu
            ý thức bảo vệ môi trường của một bộ phận người dân chưa cao
            tình trạng vứt rác, xác động vật xuống sông suối vẫn còn
        chi_tieu:
            tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt trên 90%
            100% xã có điểm tập kết rác thải đạt yêu cầu
        muc_dich:
            xây dựng môi trường sống xanh, sạch, đẹp
            nâng cao ý thức bảo vệ môi trường của cộng đồng
        co_quan:
            Phòng Tài nguyên và Môi trường {huyen}
            Sở Tài nguyên và Môi trường
            UBND {xa}
            Hội Liên hiệp Phụ nữ {huyen}
        chuc_vu:
            Trưởng phòng Tài nguyên và Môi trường {huyen}
            Giám đốc Sở Tài nguyên và Môi trường
            Chủ tịch UBND {xa}
        trich_dan:
            Bảo vệ môi trường phải bắt đầu từ những việc nhỏ nhất trong mỗi gia đình
            Không thể đánh đổi môi trường lấy tăng trưởng kinh tế
        trich_dan_dan:
            Phân loại rác mất chút thời gian nhưng quen rồi thì thấy dễ, đường làng sạch hẳn
            Rác hữu cơ ủ làm phân bón rau, vừa sạch nhà vừa đỡ tiền mua phân
        muc:
            Xanh, sạch từ mỗi nếp nhà
            Giải bài toán rác thải
        cau:
            Các đoàn viên, hội viên đã thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh dọc các tuyến đường.
            Mỗi hộ gia đình được phát hai thùng đựng rác để phân loại rác hữu cơ và rác vô cơ.
            Rác thải sinh hoạt được đơn vị dịch vụ thu gom ba lần mỗi tuần, vận chuyển về bãi xử lý tập trung.
            Đoàn kiểm tra đã lập biên bản, xử phạt hành chính {so_nho} cơ sở với tổng số tiền {trieu}.
            Hội Liên hiệp Phụ nữ duy trì mô hình “Đổi rác lấy quà” tại các chi hội.
        """,
    ),
    topic(
        "Chăn nuôi, thú y",
        section="nong-nghiep-nong-thon",
        text="""
        titles:
            {^xa} chủ động phòng, chống {dich_gia_suc}
            Tiêm phòng vắc xin cho {so_lon} con gia súc, gia cầm tại {huyen}
            Phát hiện ổ dịch {dich_gia_suc} tại {thon}, {xa}
            Nuôi {vat_nuoi} theo hướng hàng hóa ở {xa}
            Tổng đàn trâu, bò của {huyen} đạt {so_lon} con
            Chống rét cho đàn gia súc ở {xa}
            Trang trại {vat_nuoi} quy mô {so} con ở {thon}
            Tiêu hủy {so} con lợn mắc bệnh dịch tả lợn châu Phi tại {xa}
        sapos:
            Trước diễn biến phức tạp của {dich_gia_suc}, {co_quan} đã triển khai nhiều biện pháp phòng, chống, không để dịch lây lan ra diện rộng.
            Đợt tiêm phòng vụ Xuân năm {nam}, {huyen} đã tiêm cho {so_lon} con gia súc, gia cầm, đạt {ty_le} kế hoạch.
            Từ vài con {vat_nuoi} ban đầu, gia đình {dan_goi} ở {thon} đã phát triển trang trại quy mô hàng trăm con, mỗi năm thu lãi hàng trăm triệu đồng.
        linh_vuc:
            phát triển chăn nuôi
            công tác phòng, chống dịch bệnh trên đàn vật nuôi
        su_kien:
            đợt tiêm phòng vắc xin cho gia súc, gia cầm vụ Xuân năm {nam}
            hội nghị triển khai phòng, chống dịch bệnh động vật
            lớp tập huấn kỹ thuật chăn nuôi an toàn sinh học
        viec:
            tiêm phòng vắc xin cho {so_lon} con gia súc, gia cầm
            tiêu độc, khử trùng chuồng trại và khu vực có ổ dịch
            hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho gia súc mùa đông
            kiểm soát chặt chẽ việc vận chuyển, giết mổ gia súc
            hỗ trợ con giống {vat_nuoi} cho các hộ chăn nuôi
            phát triển chăn nuôi theo hướng trang trại, an toàn sinh học
        ket_qua:
            tổng đàn trâu, bò đạt {so_lon} con, đàn lợn đạt {so_lon} con
            tỷ lệ tiêm phòng đạt {ty_le} tổng đàn
            {so} con lợn mắc bệnh đã được tiêu hủy theo quy định
            dịch bệnh được khống chế, không lây lan sang các thôn lân cận
            {so} trang trại chăn nuôi đạt tiêu chí kinh tế trang trại
        kho_khan:
            phương thức chăn nuôi thả rông vẫn còn phổ biến ở vùng cao
            người dân chưa chủ động tiêm phòng cho vật nuôi
            thời tiết rét đậm, rét hại làm gia súc dễ mắc bệnh, chết rét
        chi_tieu:
            tỷ lệ tiêm phòng đạt trên 80% tổng đàn
            không để dịch bệnh lớn xảy ra trên đàn vật nuôi
        muc_dich:
            bảo vệ đàn vật nuôi
            phát triển chăn nuôi bền vững
            bảo đảm an toàn thực phẩm
        co_quan:
            Trạm Chăn nuôi và Thú y {huyen}
            Chi cục Chăn nuôi và Thú y tỉnh
            Phòng Nông nghiệp và PTNT {huyen}
            UBND {xa}
        chuc_vu:
            Trưởng Trạm Chăn nuôi và Thú y {huyen}
            Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh
            Trưởng phòng Nông nghiệp và PTNT {huyen}
        trich_dan:
            Phòng bệnh là chính, người chăn nuôi phải chủ động tiêm phòng cho đàn vật nuôi
            Phát hiện sớm, khoanh vùng nhanh, xử lý triệt để ổ dịch
        trich_dan_dan:
            Nhờ làm chuồng kín, tiêm phòng đầy đủ nên mấy năm nay đàn {vat_nuoi} nhà tôi không bị dịch bệnh
            Được cán bộ thú y hướng dẫn, tôi đã biết ủ thức ăn dự trữ cho trâu bò qua mùa rét
        muc:
            Chặn dịch từ sớm
            Chăn nuôi an toàn sinh học
        cau:
            Cán bộ thú y đã đến từng hộ tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho trâu, bò.
            Ổ dịch được phát hiện tại hộ gia đình ở {thon} với {so_nho} con lợn có biểu hiện sốt cao, bỏ ăn.
            Chốt kiểm dịch tạm thời được lập tại đầu thôn để kiểm soát việc vận chuyển gia súc ra, vào vùng dịch.
            Mô hình nuôi {vat_nuoi} bán chăn thả của gia đình {dan_goi} cho thu nhập trên {trieu} mỗi năm.
            Vào những ngày rét đậm, người dân được khuyến cáo không thả rông gia súc lên núi cao.
        dich_gia_suc:
            dịch tả lợn châu Phi
            bệnh viêm da nổi cục trên trâu, bò
            bệnh lở mồm long móng
            cúm gia cầm
        vat_nuoi:
            lợn đen
            gà đồi
            bò vàng
            dê núi
            trâu
            vịt bầu
        """,
    ),
    topic(
        "Lâm nghiệp, phòng cháy chữa cháy rừng",
        section="quoc-phong-an-ninh",
        text="""
        titles:
            {^huyen} trồng mới {ha} rừng năm {nam}
            Diễn tập phòng cháy, chữa cháy rừng tại {xa}
            Kịp thời dập tắt đám cháy rừng ở {thon}
            Cấp báo cháy rừng cấp {cap_du_bao} tại {so_nho} xã của {huyen}
            {^xa} giao khoán bảo vệ {ha} rừng cho cộng đồng thôn
            Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân {nam} tại {xa}
            Tỷ lệ che phủ rừng của {tinh} đạt {ty_le}
            Xử lý {so_nho} vụ vi phạm lâm luật ở {huyen}
            Chi trả {ty} tiền dịch vụ môi trường rừng cho người dân {huyen}
        sapos:
            Mùa khô năm {nam}, thời tiết nắng nóng kéo dài, nguy cơ cháy rừng ở {huyen} lên cấp {cap_du_bao}; các lực lượng chức năng đang tăng cường tuần tra, canh gác.
            {buoi_ngay}, {co_quan} phối hợp với UBND {xa} tổ chức diễn tập phòng cháy, chữa cháy rừng với sự tham gia của hơn {so} người.
            Năm {nam}, {huyen} đã trồng mới {ha} rừng tập trung, chủ yếu là quế, keo, mỡ, nâng tỷ lệ che phủ rừng toàn huyện lên {ty_le}.
        linh_vuc:
            công tác quản lý, bảo vệ và phát triển rừng
            phòng cháy, chữa cháy rừng
        su_kien:
            cuộc diễn tập phòng cháy, chữa cháy rừng năm {nam}
            lễ phát động Tết trồng cây Xuân {nam}
            hội nghị triển khai công tác phòng cháy, chữa cháy rừng mùa khô
        viec:
            trồng mới {ha} rừng tập trung
            tuần tra, canh gác lửa rừng tại các khu vực trọng điểm
            tuyên truyền người dân không đốt nương làm rẫy khi có cấp dự báo cháy rừng cao
            ký cam kết bảo vệ rừng với {so_vua} hộ dân
            giao khoán bảo vệ rừng cho các cộng đồng dân cư thôn
            kiểm tra các cơ sở chế biến gỗ, lâm sản
            xây dựng đường băng cản lửa, chuẩn bị dụng cụ chữa cháy
        ket_qua:
            tỷ lệ che phủ rừng đạt {ty_le}
            {ha} rừng trồng mới, vượt kế hoạch đề ra
            không để xảy ra cháy rừng gây thiệt hại lớn
            {ty} tiền dịch vụ môi trường rừng được chi trả cho các chủ rừng
            {so} vụ vi phạm lâm luật bị phát hiện, xử lý, giảm {tang} so với cùng kỳ
        kho_khan:
            tập quán đốt nương làm rẫy của một bộ phận người dân vẫn còn
            địa hình đồi núi dốc, giao thông khó khăn, khi xảy ra cháy rất khó tiếp cận
            lực lượng bảo vệ rừng mỏng, phụ trách diện tích lớn
        chi_tieu:
            tỷ lệ che phủ rừng đạt trên {ty_le}
            không để xảy ra cháy rừng lớn
            trồng mới {ha} rừng
        muc_dich:
            bảo vệ diện tích rừng hiện có
            nâng cao tỷ lệ che phủ rừng
            tăng thu nhập cho người làm nghề rừng
        co_quan:
            Hạt Kiểm lâm {huyen}
            Chi cục Kiểm lâm tỉnh
            Ban Chỉ đạo phòng cháy, chữa cháy rừng {huyen}
            UBND {xa}
        chuc_vu:
            Hạt trưởng Hạt Kiểm lâm {huyen}
            Chi cục trưởng Chi cục Kiểm lâm tỉnh
            Chủ tịch UBND {xa}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Giữ rừng là giữ nguồn nước, giữ sinh kế lâu dài cho con cháu
            Phòng cháy là chính, chữa cháy phải kịp thời, không để cháy lan
        trich_dan_dan:
            Rừng quế là tài sản lớn nhất của gia đình tôi, mùa khô năm nào cả nhà cũng thay nhau đi canh lửa
            Nhận khoán bảo vệ rừng, thôn có thêm kinh phí làm đường, sửa nhà văn hóa
        muc:
            Giữ màu xanh cho rừng
            Canh lửa mùa khô
        cau:
            Ngay khi phát hiện đám cháy, lực lượng kiểm lâm, công an, quân sự và hàng trăm người dân đã có mặt dập lửa.
            Đám cháy xảy ra tại khu vực rừng trồng keo của người dân, diện tích bị ảnh hưởng khoảng {so_nho} ha.
            Tình huống giả định là đám cháy xảy ra tại khu vực rừng thông, rừng keo giáp ranh giữa hai thôn.
            Các chòi canh lửa được bố trí tại các điểm cao, có người trực 24/24 giờ trong mùa khô.
            Cây quế, cây hồi đã giúp nhiều hộ dân vùng cao có thu nhập ổn định từ rừng.
        cap_du_bao:
            IV
            V
            III
        """,
    ),
    topic(
        "An toàn giao thông",
        section="quoc-phong-an-ninh",
        tags=["An ninh trật tự"],
        text="""
        titles:
            Tai nạn giao thông ở {huyen} giảm {tang} so với cùng kỳ
            Xử lý {so_vua} trường hợp vi phạm nồng độ cồn tại {huyen}
            Tặng {so} mũ bảo hiểm cho học sinh {xa}
            Công an {huyen} xử lý {so} trường hợp vi phạm giao thông dịp Tết Nguyên đán {nam}
            Va chạm giữa xe tải và xe máy trên đường tỉnh {so} đoạn qua {xa}
            Tuyên truyền an toàn giao thông cho {so_vua} học sinh {huyen}
            Lắp đặt biển báo tại {so_nho} điểm đen tai nạn giao thông ở {huyen}
            Cảnh sát giao thông {huyen} tuần tra đêm, xử lý {so} trường hợp vi phạm
        sapos:
            {thoi_gian}, trên địa bàn {huyen} xảy ra {so_nho} vụ tai nạn giao thông, giảm cả ba tiêu chí về số vụ, số người chết và số người bị thương so với cùng kỳ.
            {buoi_ngay}, {co_quan} tổ chức tuyên truyền pháp luật về trật tự an toàn giao thông và tặng mũ bảo hiểm cho học sinh các trường trên địa bàn.
            Trong đợt cao điểm, lực lượng cảnh sát giao thông đã kiểm tra, xử lý {so_vua} trường hợp vi phạm, tạm giữ {so} phương tiện.
        linh_vuc:
            công tác bảo đảm trật tự an toàn giao thông
            kiềm chế tai nạn giao thông
        su_kien:
            lễ ra quân bảo đảm trật tự an toàn giao thông
            chương trình tuyên truyền an toàn giao thông trong trường học
            hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông {quy}
        viec:
            kiểm tra, xử lý vi phạm nồng độ cồn, tốc độ, chở quá tải
            tuyên truyền, tặng mũ bảo hiểm cho học sinh
            khảo sát, khắc phục các điểm đen, điểm tiềm ẩn tai nạn giao thông
            tuần tra, kiểm soát vào ban đêm và các ngày cuối tuần
            phát quang tầm nhìn tại các khúc cua, đường cong nguy hiểm
            xử lý nghiêm tình trạng học sinh điều khiển xe máy khi chưa đủ tuổi
        ket_qua:
            tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ
            lực lượng chức năng đã phát hiện, xử lý {so_vua} trường hợp vi phạm, phạt tiền {trieu}
            {so} mũ bảo hiểm đạt chuẩn được trao tặng cho học sinh
            {so_nho} điểm đen tai nạn giao thông đã được khắc phục
        kho_khan:
            ý thức chấp hành pháp luật giao thông của một bộ phận người dân còn hạn chế
            nhiều tuyến đường đèo dốc, quanh co, tiềm ẩn nguy cơ tai nạn
            tình trạng uống rượu bia rồi điều khiển phương tiện vẫn còn xảy ra
        chi_tieu:
            giảm từ 5 đến 10% số người chết do tai nạn giao thông mỗi năm
            100% học sinh đội mũ bảo hiểm khi ngồi trên xe máy
        muc_dich:
            kéo giảm tai nạn giao thông
            nâng cao ý thức chấp hành pháp luật về giao thông
        co_quan:
            Ban An toàn giao thông {huyen}
            Công an {huyen}
            Đội Cảnh sát giao thông - Trật tự Công an {huyen}
            Phòng Cảnh sát giao thông Công an tỉnh
        chuc_vu:
            Đội trưởng Đội Cảnh sát giao thông - Trật tự Công an {huyen}
            Phó Trưởng ban An toàn giao thông {huyen}
            Trưởng Công an {huyen}
        trich_dan:
            Đã uống rượu bia thì không lái xe, đó phải trở thành thói quen của mỗi người
            Mỗi vụ tai nạn giao thông là một nỗi đau không thể bù đắp
        trich_dan_dan:
            Từ khi cảnh sát giao thông tuần tra thường xuyên, đường qua bản không còn cảnh thanh niên phóng nhanh, lạng lách
            Các cháu được tặng mũ bảo hiểm nên đi học an toàn hơn, phụ huynh yên tâm
        muc:
            Kiên quyết xử lý vi phạm
            Nói không với rượu bia khi lái xe
        cau:
            Lực lượng cảnh sát giao thông đã bố trí các tổ công tác kiểm soát tại những tuyến đường trọng điểm.
            Vụ tai nạn xảy ra vào khoảng {so_nho} giờ tối tại khúc cua đoạn qua {thon}.
            Nguyên nhân ban đầu được xác định do người điều khiển xe máy đi không đúng phần đường, có nồng độ cồn.
            Các em học sinh được hướng dẫn cách đội mũ bảo hiểm đúng cách, nhận biết biển báo giao thông.
            Cơ quan chức năng khuyến cáo người dân đội mũ bảo hiểm, không chở quá số người quy định.
        """,
    ),
    topic(
        "Đất đai",
        section="kinh-te",
        text="""
        titles:
            {^huyen} cấp {so_vua} giấy chứng nhận quyền sử dụng đất lần đầu
            Giải quyết dứt điểm tranh chấp đất đai tại {thon}, {xa}
            Đo đạc, lập bản đồ địa chính cho {ha} đất ở {xa}
            Thu hồi {ha} đất thực hiện dự án {du_an_dat}
            Bồi thường, hỗ trợ {so} hộ dân bị ảnh hưởng bởi dự án {du_an_dat}
            Công bố kế hoạch sử dụng đất năm {nam} của {huyen}, thu hồi {ha}
            Đấu giá thành công {so_nho} lô đất ở tại {xa}, thu {ty}
            Người dân {xa} được cấp sổ đỏ sau nhiều năm chờ đợi
        sapos:
            {thoi_gian}, {huyen} đã cấp {so_vua} giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân, đạt {ty_le} kế hoạch.
            Để thực hiện dự án {du_an_dat}, {huyen} đã thu hồi {ha} đất của {so} hộ dân; đến nay đã chi trả tiền bồi thường, hỗ trợ {ty}.
            Phiên đấu giá quyền sử dụng đất tại {xa} diễn ra công khai, minh bạch với sự tham gia của {so} khách hàng.
        linh_vuc:
            công tác quản lý đất đai
            cấp giấy chứng nhận quyền sử dụng đất
        su_kien:
            hội nghị triển khai Luật Đất đai năm 2024
            phiên đấu giá quyền sử dụng đất tại {xa}
            buổi đối thoại với các hộ dân bị thu hồi đất
        viec:
            cấp giấy chứng nhận quyền sử dụng đất lần đầu cho {so_vua} hộ
            đo đạc, chỉnh lý bản đồ địa chính
            hòa giải các vụ tranh chấp đất đai tại cơ sở
            chi trả tiền bồi thường, hỗ trợ tái định cư cho các hộ bị thu hồi đất
            kiểm tra việc sử dụng đất của các tổ chức được Nhà nước giao đất
            đấu giá quyền sử dụng đất tạo nguồn thu cho ngân sách
            phổ biến các quy định mới của Luật Đất đai cho cán bộ, người dân
        ket_qua:
            {so_vua} giấy chứng nhận quyền sử dụng đất đã được cấp cho người dân
            {ty_le} diện tích đủ điều kiện đã được cấp giấy chứng nhận lần đầu
            {so} vụ tranh chấp đất đai được hòa giải thành tại cơ sở
            thu từ đấu giá quyền sử dụng đất đạt {ty}
            {so} hộ dân đã nhận tiền bồi thường và bàn giao mặt bằng
        kho_khan:
            nhiều thửa đất có nguồn gốc phức tạp, thiếu giấy tờ chứng minh
            hồ sơ địa chính ở một số xã chưa được cập nhật, chỉnh lý kịp thời
            một số hộ dân chưa đồng thuận với phương án bồi thường
        chi_tieu:
            hoàn thành cấp giấy chứng nhận lần đầu cho trên 98% diện tích đủ điều kiện
            giải quyết dứt điểm các vụ tranh chấp đất đai kéo dài
        muc_dich:
            bảo đảm quyền lợi hợp pháp của người sử dụng đất
            quản lý chặt chẽ, sử dụng hiệu quả tài nguyên đất
            tạo quỹ đất sạch thu hút đầu tư
        co_quan:
            Phòng Tài nguyên và Môi trường {huyen}
            Chi nhánh Văn phòng đăng ký đất đai {huyen}
            Sở Tài nguyên và Môi trường
            Trung tâm Phát triển quỹ đất {huyen}
        chuc_vu:
            Trưởng phòng Tài nguyên và Môi trường {huyen}
            Giám đốc Chi nhánh Văn phòng đăng ký đất đai {huyen}
            Giám đốc Sở Tài nguyên và Môi trường
        trich_dan:
            Giải quyết đất đai phải đúng luật, công khai, minh bạch và thấu tình đạt lý
            Không để người dân phải đi lại nhiều lần vì một thủ tục đất đai
        trich_dan_dan:
            Cầm sổ đỏ trong tay, gia đình tôi yên tâm đầu tư trồng cây lâu năm trên mảnh đất của mình
            Tiền bồi thường được chi trả đầy đủ, đúng hẹn nên chúng tôi đồng tình bàn giao đất
        muc:
            Gỡ vướng cấp giấy chứng nhận
            Công khai, minh bạch trong bồi thường
        cau:
            Nhiều hộ dân đã sử dụng đất ổn định từ trước năm 1993 nhưng chưa được cấp giấy chứng nhận do thiếu hồ sơ.
            Cán bộ địa chính đã xuống tận thực địa để xác định ranh giới, mốc giới thửa đất với sự chứng kiến của các hộ liền kề.
            Phương án bồi thường được niêm yết công khai tại trụ sở UBND xã và nhà văn hóa thôn.
            Giá khởi điểm của các lô đất từ {trieu} đến hơn {ty} mỗi lô.
            Luật Đất đai năm 2024 có nhiều quy định mới về bồi thường, hỗ trợ, tái định cư có lợi cho người dân.
        du_an_dat:
            đường tránh trung tâm {huyen}
            cụm công nghiệp {ten_xa}
            khu tái định cư {ten_xa}
            hồ chứa nước {lang}
            khu dân cư mới {ten_xa}
        """,
    ),
    topic(
        "Thể thao",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            Đại hội Thể dục thể thao {huyen} lần thứ {so_nho} năm {nam}
            Giải bóng đá {giai} {huyen} năm {nam} khai mạc với {so_nho} đội
            Hội khỏe Phù Đổng {huyen} thu hút {so_vua} học sinh
            {^xa} giành giải nhất toàn đoàn tại giải {mon} {huyen}
            Giải việt dã {ten_huyen} mở rộng năm {nam} thu hút {so_vua} vận động viên
            Vận động viên {ten_huyen} giành {so_nho} huy chương tại giải {mon} tỉnh
            Ngày chạy Olympic vì sức khỏe toàn dân tại {xa} năm {nam}
            Bế mạc giải {mon} các dân tộc {huyen} năm {nam}
        sapos:
            {buoi_ngay}, tại sân vận động {huyen}, {co_quan} tổ chức khai mạc giải {mon} năm {nam}, thu hút {so} vận động viên của {so_nho} đội tham gia.
            Sau {so_nho} ngày thi đấu sôi nổi, giải {mon} {huyen} năm {nam} đã khép lại; đội {ten_xa} giành giải nhất toàn đoàn.
            Phong trào thể dục thể thao quần chúng ở {xa} phát triển mạnh, thu hút đông đảo người dân ở mọi lứa tuổi tham gia.
        linh_vuc:
            phong trào thể dục thể thao quần chúng
            phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”
        su_kien:
            giải {mon} năm {nam}
            Đại hội Thể dục thể thao {huyen} lần thứ {so_nho}
            Hội khỏe Phù Đổng {huyen} năm {nam}
            Ngày chạy Olympic vì sức khỏe toàn dân
        viec:
            tổ chức các giải thể thao chào mừng các ngày lễ lớn
            đầu tư sân bóng, nhà thi đấu đa năng ở các xã
            duy trì hoạt động của {so} câu lạc bộ thể thao
            tuyển chọn vận động viên tham gia các giải cấp tỉnh
            bảo tồn các môn thể thao dân tộc như đẩy gậy, kéo co, bắn nỏ
        ket_qua:
            {ty_le} dân số tham gia luyện tập thể dục thể thao thường xuyên
            đoàn vận động viên giành {so_nho} huy chương vàng, {so_nho} huy chương bạc và {so_nho} huy chương đồng
            giải đấu thu hút hàng nghìn lượt khán giả đến cổ vũ
            {so} gia đình đạt danh hiệu gia đình thể thao
        kho_khan:
            cơ sở vật chất phục vụ thể thao ở cơ sở còn thiếu
            kinh phí tổ chức các giải thể thao chủ yếu dựa vào xã hội hóa
        chi_tieu:
            trên {ty_le} dân số tập luyện thể dục thể thao thường xuyên
            mỗi xã có ít nhất một sân thể thao đạt chuẩn
        muc_dich:
            nâng cao sức khỏe cho nhân dân
            phát hiện, bồi dưỡng tài năng thể thao
            tăng cường giao lưu, đoàn kết giữa các địa phương
        co_quan:
            Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}
            Sở Văn hóa, Thể thao và Du lịch
            Phòng Văn hóa và Thông tin {huyen}
            Huyện đoàn {ten_huyen}
        chuc_vu:
            Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}
            Trưởng Ban Tổ chức giải, Phó Chủ tịch UBND {huyen}
            Trưởng phòng Văn hóa và Thông tin {huyen}
        trich_dan:
            Thể thao không chỉ để rèn luyện sức khỏe mà còn gắn kết cộng đồng
            Các vận động viên đã thi đấu với tinh thần trung thực, cao thượng
        trich_dan_dan:
            Chiều nào xong việc đồng áng, thanh niên trong bản cũng ra sân đá bóng, vui lắm
            Được thi đấu cùng các đội bạn là dịp để chúng tôi học hỏi, giao lưu
        muc:
            Sân chơi bổ ích
            Rèn luyện sức khỏe, gắn kết cộng đồng
        cau:
            Các trận đấu diễn ra sôi nổi, hấp dẫn, thu hút đông đảo cổ động viên đến cổ vũ.
            Giải đấu gồm các nội dung bóng đá, bóng chuyền, cầu lông, kéo co, đẩy gậy và bắn nỏ.
            Ban Tổ chức đã trao cờ, cúp và giấy chứng nhận cho các tập thể, cá nhân đạt giải.
            Nhiều vận động viên là học sinh, đoàn viên thanh niên lần đầu tham gia thi đấu ở giải cấp huyện.
            Sân vận động trung tâm {huyen} vừa được cải tạo với kinh phí {ty}.
        mon:
            bóng đá
            bóng chuyền hơi
            cầu lông
            kéo co
            đẩy gậy
            bắn nỏ
            việt dã
            vật dân tộc
        giai:
            nam
            thiếu niên
            thanh niên
            cúp Hùng Vương
        """,
    ),
    topic(
        "Tiêm chủng",
        section="giao-duc-y-te",
        tags=["Y tế"],
        text="""
        titles:
            Tiêm vắc xin {vac_xin} cho {so_lon} trẻ em {huyen}
            Tỷ lệ tiêm chủng đầy đủ của trẻ dưới 1 tuổi ở {huyen} đạt {ty_le}
            {^noi} triển khai chiến dịch tiêm vắc xin {vac_xin}
            Tiêm chủng bổ sung cho trẻ em vùng cao {xa}
            Bảo đảm an toàn tiêm chủng tại {so} điểm tiêm ở {huyen}
            Tiêm chủng mở rộng năm {nam}: {huyen} đạt {ty_le} kế hoạch
            Đưa vắc xin đến với trẻ em {thon}
        sapos:
            {buoi_ngay}, {co_quan} triển khai chiến dịch tiêm vắc xin {vac_xin} cho trẻ em trên địa bàn, dự kiến tiêm cho {so_lon} trẻ trong độ tuổi.
            {thoi_gian}, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin ở {huyen} đạt {ty_le}; không có trường hợp phản ứng nặng sau tiêm.
            Để không bỏ sót trẻ, các trạm y tế ở {huyen} đã tổ chức những buổi tiêm chủng lưu động tại các thôn vùng sâu, vùng xa.
        linh_vuc:
            công tác tiêm chủng mở rộng
            tiêm chủng vắc xin phòng bệnh
        su_kien:
            chiến dịch tiêm vắc xin {vac_xin} năm {nam}
            buổi tiêm chủng lưu động tại {thon}
            hội nghị triển khai tiêm chủng mở rộng năm {nam}
        viec:
            tiêm vắc xin {vac_xin} cho {so_lon} trẻ
            rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng
            tổ chức điểm tiêm lưu động ở các thôn xa trung tâm
            tiêm bù, tiêm vét cho trẻ chưa tiêm đủ mũi
            bảo quản vắc xin đúng quy định, bảo đảm an toàn tiêm chủng
            tuyên truyền lợi ích của tiêm chủng đến các bà mẹ
        ket_qua:
            tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt {ty_le}
            {so_lon} trẻ đã được tiêm vắc xin {vac_xin}
            không có trường hợp tai biến nặng sau tiêm chủng
            tỷ lệ phụ nữ có thai được tiêm phòng uốn ván đạt {ty_le}
        kho_khan:
            một số bà mẹ ở vùng cao chưa đưa con đi tiêm đúng lịch
            địa bàn rộng, dân cư phân tán gây khó khăn cho công tác tiêm chủng
            nguồn cung ứng vắc xin có thời điểm bị gián đoạn
        chi_tieu:
            tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%
            không để xảy ra dịch bệnh trong chương trình tiêm chủng mở rộng
        muc_dich:
            tạo miễn dịch cộng đồng
            phòng, chống các dịch bệnh truyền nhiễm ở trẻ em
        co_quan:
            Trung tâm Y tế {huyen}
            Trung tâm Kiểm soát bệnh tật tỉnh
            Trạm Y tế {xa}
            Sở Y tế
        chuc_vu:
            Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh
            Giám đốc Trung tâm Y tế {huyen}
            Trưởng Trạm Y tế {xa}
        trich_dan:
            Tiêm chủng là biện pháp hiệu quả nhất để bảo vệ trẻ em trước dịch bệnh
            Không để trẻ nào bị bỏ lỡ cơ hội được tiêm chủng
        trich_dan_dan:
            Nghe cán bộ y tế thôn giải thích, tôi đưa cháu đi tiêm đầy đủ, không còn lo cháu mắc bệnh
            Có điểm tiêm ngay ở nhà văn hóa thôn, mẹ con tôi không phải đi xa
        muc:
            Không bỏ sót trẻ
            Tiêm chủng an toàn
        cau:
            Trước khi tiêm, trẻ được khám sàng lọc, tư vấn đầy đủ và theo dõi 30 phút sau tiêm.
            Nhân viên y tế thôn, bản đến từng nhà thông báo lịch tiêm, vận động các bà mẹ đưa con đi tiêm đúng lịch.
            Vắc xin được bảo quản trong dây chuyền lạnh, vận chuyển bằng phích chuyên dụng đến các điểm tiêm lưu động.
            Những năm gần đây, nhờ tiêm chủng đầy đủ, các bệnh như sởi, bạch hầu, ho gà ở trẻ em giảm rõ rệt.
            Các trường hợp phản ứng thông thường sau tiêm như sốt nhẹ, quấy khóc đều được hướng dẫn theo dõi tại nhà.
        vac_xin:
            sởi - rubella
            bạch hầu, ho gà, uốn ván
            bại liệt
            viêm não Nhật Bản
            viêm gan B
        """,
    ),
    topic(
        "Thanh niên",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Ra quân Chiến dịch Thanh niên tình nguyện hè {nam} tại {xa}
            Đoàn viên {xa} làm {km} đường bê tông nông thôn
            Huyện đoàn {ten_huyen} trao {so} suất quà cho thiếu nhi khó khăn
            Thanh niên {thon} khởi nghiệp với mô hình trồng {cay_tn}
            Tháng Thanh niên năm {nam}: {so_nho} công trình thanh niên ở {huyen}
            Đại hội Đoàn TNCS Hồ Chí Minh {xa} nhiệm kỳ {nhiem_ky}
            Thanh niên tình nguyện hỗ trợ {so_vua} thí sinh {huyen} dự thi
        sapos:
            {buoi_ngay}, Huyện đoàn {ten_huyen} tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm {nam} với nhiều công trình, phần việc thiết thực.
            Với sức trẻ và tinh thần xung kích, đoàn viên thanh niên {xa} đã có nhiều đóng góp trong xây dựng nông thôn mới, giúp đỡ người dân vùng khó khăn.
        linh_vuc:
            công tác Đoàn và phong trào thanh thiếu nhi
            phong trào thanh niên tình nguyện
        su_kien:
            lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm {nam}
            lễ khởi động Tháng Thanh niên năm {nam}
            đại hội Đoàn TNCS Hồ Chí Minh {xa}
        viec:
            ra quân làm đường, phát quang, vệ sinh môi trường
            hỗ trợ thanh niên khởi nghiệp, lập nghiệp tại quê hương
            tổ chức các hoạt động vui chơi hè cho thiếu nhi
            hướng dẫn người dân sử dụng dịch vụ công trực tuyến
            tặng quà, học bổng cho thiếu nhi có hoàn cảnh khó khăn
            kết nạp {so} đoàn viên mới
        ket_qua:
            {so_nho} công trình thanh niên được triển khai với tổng giá trị {trieu}
            hơn {so_vua} lượt đoàn viên thanh niên tham gia các hoạt động tình nguyện
            {so} mô hình kinh tế do thanh niên làm chủ cho thu nhập ổn định
            {so} đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp
        kho_khan:
            nhiều đoàn viên đi làm ăn xa, việc tập hợp thanh niên gặp khó khăn
            nguồn vốn hỗ trợ thanh niên khởi nghiệp còn hạn chế
        chi_tieu:
            mỗi cơ sở đoàn có ít nhất một công trình thanh niên
            giới thiệu {so} đoàn viên ưu tú cho Đảng
        muc_dich:
            phát huy vai trò xung kích của tuổi trẻ
            tạo môi trường rèn luyện cho đoàn viên thanh niên
        co_quan:
            Huyện đoàn {ten_huyen}
            Tỉnh đoàn {ten_tinh}
            Đoàn xã {ten_xa}
        chuc_vu:
            Bí thư Huyện đoàn {ten_huyen}
            Bí thư Tỉnh đoàn {ten_tinh}
            Bí thư Đoàn xã {ten_xa}
        trich_dan:
            Ở đâu cần thanh niên có, việc gì khó có thanh niên
            Tuổi trẻ phải dám nghĩ, dám làm, dám chịu trách nhiệm
        trich_dan_dan:
            Tham gia tình nguyện giúp tôi trưởng thành hơn, hiểu hơn cuộc sống của bà con vùng cao
            Được Đoàn hỗ trợ vốn và kỹ thuật, mô hình của tôi đã có lãi sau hai năm
        muc:
            Sức trẻ tình nguyện
            Khởi nghiệp trên quê hương
        cau:
            Các đội hình thanh niên tình nguyện đã tham gia làm đường, sửa nhà, dạy chữ cho trẻ em vùng cao.
            Mô hình trồng {cay_tn} của anh {ho_ten} ở {thon} mỗi năm cho thu nhập trên {trieu}.
            Đoàn viên thanh niên tích cực tham gia tổ công nghệ số cộng đồng, hỗ trợ người dân cài đặt ứng dụng.
            Các hoạt động sinh hoạt hè, vui chơi cho thiếu nhi được tổ chức tại nhà văn hóa các thôn.
            Tuổi trẻ {huyen} đã đăng ký thực hiện {so_nho} công trình, phần việc chào mừng đại hội Đoàn các cấp.
        cay_tn:
            nấm
            rau thủy canh
            cây dược liệu
            dâu tây
            chanh leo
        nhiem_ky:
            2022-2027
            2027-2032
        """,
    ),
    topic(
        "Phụ nữ",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Hội Liên hiệp Phụ nữ {huyen} hỗ trợ {so} hội viên khởi nghiệp
            Phụ nữ {xa} với mô hình “{mo_hinh_pn}”
            Kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam tại {xa}
            Trao “Mái ấm tình thương” cho hội viên phụ nữ nghèo {thon}
            Phụ nữ {xa} chung tay xây dựng nông thôn mới
            Hội thi “Phụ nữ {ten_huyen} tài năng, duyên dáng” năm {nam} với {so_nho} đội thi
            Phòng chống bạo lực gia đình ở {xa}
        sapos:
            {thoi_gian}, Hội Liên hiệp Phụ nữ {huyen} đã hỗ trợ {so} hội viên vay vốn, khởi nghiệp với tổng dư nợ {ty}, giúp nhiều chị em có thu nhập ổn định.
            Mô hình “{mo_hinh_pn}” của Hội Phụ nữ {xa} đã góp phần thay đổi nếp nghĩ, cách làm của chị em vùng cao.
        linh_vuc:
            công tác Hội và phong trào phụ nữ
            công tác bình đẳng giới
        su_kien:
            lễ kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam
            hội thi phụ nữ tài năng năm {nam}
            lễ ra mắt mô hình “{mo_hinh_pn}”
        viec:
            hỗ trợ hội viên vay vốn phát triển kinh tế
            tuyên truyền phòng, chống bạo lực gia đình, tảo hôn
            xây dựng “Mái ấm tình thương” cho hội viên nghèo
            nhận đỡ đầu trẻ em có hoàn cảnh đặc biệt khó khăn
            tổ chức các lớp tập huấn kỹ năng khởi nghiệp cho chị em
        ket_qua:
            {so} hội viên được hỗ trợ khởi nghiệp, phát triển kinh tế
            {so_nho} “Mái ấm tình thương” được bàn giao cho hội viên nghèo
            tỷ lệ tảo hôn trên địa bàn giảm rõ rệt
            {so} trẻ em có hoàn cảnh khó khăn được các cấp hội nhận đỡ đầu
        kho_khan:
            trình độ, nhận thức của một bộ phận chị em vùng cao còn hạn chế
            tình trạng tảo hôn, hôn nhân cận huyết thống vẫn còn ở một số thôn
        chi_tieu:
            mỗi năm hỗ trợ ít nhất {so} phụ nữ khởi nghiệp
            giảm ít nhất 2 đến 3% số cặp tảo hôn mỗi năm
        muc_dich:
            nâng cao vị thế của phụ nữ trong gia đình và xã hội
            hỗ trợ phụ nữ phát triển kinh tế
        co_quan:
            Hội Liên hiệp Phụ nữ {huyen}
            Hội Liên hiệp Phụ nữ tỉnh
            Hội Phụ nữ {xa}
        chuc_vu:
            Chủ tịch Hội Liên hiệp Phụ nữ {huyen}
            Chủ tịch Hội Liên hiệp Phụ nữ tỉnh
            Chủ tịch Hội Phụ nữ {xa}
        trich_dan:
            Phụ nữ có kinh tế thì mới có tiếng nói trong gia đình và cộng đồng
            Mỗi hội viên là một tuyên truyền viên về bình đẳng giới
        trich_dan_dan:
            Tham gia tổ hợp tác dệt thổ cẩm, tôi có thêm tiền lo cho các con đi học
            Trước tôi ngại nói trước đông người, giờ đã mạnh dạn làm tổ trưởng tổ tiết kiệm của thôn
        muc:
            Phụ nữ khởi nghiệp
            Nói không với tảo hôn
        cau:
            Mô hình “{mo_hinh_pn}” hiện có {so} thành viên tham gia, sinh hoạt đều đặn hằng tháng.
            Các chị em được hướng dẫn lập kế hoạch sản xuất, quản lý chi tiêu trong gia đình.
            Hội Phụ nữ phối hợp với ngân hàng chính sách xã hội quản lý {so_nho} tổ tiết kiệm và vay vốn.
            Nhiều chị em người dân tộc thiểu số đã mạnh dạn làm kinh tế, trở thành chủ hộ kinh doanh giỏi.
            Dịp này, Hội đã trao {so_nho} suất quà cho hội viên có hoàn cảnh khó khăn.
        mo_hinh_pn:
            Tiết kiệm vì phụ nữ nghèo
            Địa chỉ tin cậy ở cộng đồng
            Nhà sạch, vườn đẹp
            Phụ nữ khởi nghiệp
            Mẹ đỡ đầu
        """,
    ),
    topic(
        "Công tác dân tộc",
        section="van-hoa-xa-hoi",
        tags=["Văn hóa dân tộc"],
        text="""
        titles:
            Giải ngân {ty} vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại {huyen}
            Biểu dương {so} người có uy tín tiêu biểu ở {huyen} năm {nam}
            Hỗ trợ đất ở, nhà ở cho {so} hộ đồng bào dân tộc thiểu số {xa}
            Đổi thay ở vùng đồng bào dân tộc {xa}
            Đại hội đại biểu các dân tộc thiểu số {huyen} lần thứ {so_nho}
            Sắp xếp dân cư tập trung cho {so} hộ ở {thon}
        sapos:
            {thoi_gian}, {huyen} đã giải ngân {ty} vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, đạt {ty_le} kế hoạch.
            Nhờ chính sách hỗ trợ của Nhà nước, đời sống đồng bào dân tộc thiểu số ở {xa} từng bước được cải thiện, hạ tầng thiết yếu được đầu tư đồng bộ.
        linh_vuc:
            công tác dân tộc
            Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
        su_kien:
            đại hội đại biểu các dân tộc thiểu số {huyen} lần thứ {so_nho}
            hội nghị biểu dương người có uy tín năm {nam}
            hội nghị sơ kết Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số
        viec:
            hỗ trợ đất ở, nhà ở, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số
            đầu tư cơ sở hạ tầng thiết yếu ở các thôn đặc biệt khó khăn
            sắp xếp, ổn định dân cư ở những nơi cần thiết
            thăm hỏi, tặng quà người có uy tín dịp Tết
            phát triển sinh kế gắn với bảo tồn văn hóa dân tộc
        ket_qua:
            {ty_le} vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số đã được giải ngân
            {so} hộ được hỗ trợ nhà ở, {so} hộ được hỗ trợ nước sinh hoạt phân tán
            {so_nho} công trình hạ tầng thiết yếu đã hoàn thành, đưa vào sử dụng
            đời sống vật chất, tinh thần của đồng bào được nâng lên rõ rệt
        kho_khan:
            một số nội dung của chương trình có hướng dẫn chậm, khó triển khai
            quỹ đất để hỗ trợ đất ở, đất sản xuất cho đồng bào còn hạn chế
        chi_tieu:
            giải ngân 100% vốn được giao
            thu nhập bình quân của người dân tộc thiểu số tăng trên 2 lần so với năm 2020
        muc_dich:
            thu hẹp khoảng cách phát triển giữa các vùng
            củng cố khối đại đoàn kết các dân tộc
        co_quan:
            Ban Dân tộc tỉnh
            Phòng Dân tộc {huyen}
            UBND {huyen}
        chuc_vu:
            Trưởng Ban Dân tộc tỉnh
            Trưởng phòng Dân tộc {huyen}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Các dân tộc đoàn kết, giúp nhau cùng phát triển là truyền thống quý báu cần phát huy
            Chính sách phải đến đúng đối tượng, đúng thời điểm và phát huy hiệu quả
        trich_dan_dan:
            Nhà nước hỗ trợ làm bể nước, giờ nhà tôi không phải gánh nước từ khe suối xa nữa
            Là người có uy tín, tôi luôn nhắc con cháu trong dòng họ chấp hành tốt chủ trương, chính sách
        muc:
            Đổi thay vùng đồng bào
            Người có uy tín - cầu nối với bản làng
        cau:
            Dân số {huyen} có trên {so_lon} người, trong đó đồng bào dân tộc thiểu số chiếm khoảng {ty_le}.
            Người có uy tín ở các thôn đã vận động bà con xóa bỏ hủ tục, giữ gìn an ninh trật tự.
            Nhiều tuyến đường, công trình thủy lợi, nhà văn hóa đã được xây dựng từ nguồn vốn của chương trình.
            Các hộ được hỗ trợ đã sử dụng vốn đúng mục đích, nhiều hộ vươn lên thoát nghèo.
        """,
    ),
    topic(
        "Xây dựng, đô thị",
        section="kinh-te",
        text="""
        titles:
            {^huyen} chỉnh trang đô thị với tổng vốn {ty}
            Kiểm tra trật tự xây dựng tại {xa}
            Phê duyệt quy hoạch chi tiết khu dân cư {ten_xa} quy mô {ha}
            Hoàn thành {so_nho} công trình hạ tầng đô thị tại {huyen} với tổng vốn {ty}
            Xử lý {so_nho} công trình xây dựng không phép ở {xa}
            Lắp đặt {so} cột đèn chiếu sáng đô thị tại {huyen}
        sapos:
            Năm {nam}, {huyen} đã đầu tư {ty} để chỉnh trang đô thị, nâng cấp vỉa hè, hệ thống thoát nước và chiếu sáng công cộng tại trung tâm huyện.
            Qua kiểm tra trật tự xây dựng, {co_quan} đã phát hiện, xử lý {so_nho} trường hợp xây dựng sai phép, không phép.
        linh_vuc:
            công tác quản lý quy hoạch, trật tự xây dựng
            phát triển đô thị
        su_kien:
            hội nghị công bố quy hoạch chung đô thị
            đợt kiểm tra trật tự xây dựng năm {nam}
        viec:
            chỉnh trang vỉa hè, hệ thống thoát nước trên các tuyến phố
            lắp đặt hệ thống chiếu sáng công cộng
            kiểm tra, xử lý các công trình xây dựng sai phép
            công bố công khai các đồ án quy hoạch được phê duyệt
            cấp giấy phép xây dựng cho {so} công trình
        ket_qua:
            tỷ lệ đô thị hóa đạt {ty_le}
            {so} giấy phép xây dựng được cấp đúng thời hạn
            bộ mặt đô thị ngày càng khang trang, sạch đẹp
            {so_nho} trường hợp vi phạm trật tự xây dựng đã được xử lý dứt điểm
        kho_khan:
            tình trạng xây dựng không phép ở vùng ven đô vẫn còn
            nguồn vốn đầu tư hạ tầng đô thị còn hạn chế
        chi_tieu:
            100% công trình xây dựng có giấy phép theo quy định
            hoàn thành nâng cấp đô thị {ten_huyen} lên đô thị loại IV
        muc_dich:
            xây dựng đô thị văn minh, hiện đại
            quản lý chặt chẽ trật tự xây dựng
        co_quan:
            Sở Xây dựng
            Phòng Kinh tế và Hạ tầng {huyen}
            Đội Quản lý trật tự đô thị {huyen}
        chuc_vu:
            Giám đốc Sở Xây dựng
            Trưởng phòng Kinh tế và Hạ tầng {huyen}
        trich_dan:
            Quy hoạch phải đi trước một bước, làm cơ sở cho đầu tư phát triển
            Đô thị phải được quản lý bằng quy hoạch và pháp luật
        trich_dan_dan:
            Vỉa hè rộng, có đèn chiếu sáng, buổi tối người dân đi dạo, tập thể dục rất thích
            Thủ tục cấp phép xây nhà giờ nhanh gọn, chỉ hơn một tuần là có giấy phép
        muc:
            Diện mạo đô thị mới
            Siết chặt trật tự xây dựng
        cau:
            Các tuyến phố chính ở trung tâm {huyen} đã được lát đá vỉa hè, trồng cây xanh và lắp đèn chiếu sáng.
            Đồ án quy hoạch xác định không gian phát triển đô thị về phía {huong}, gắn với trục giao thông chính.
            Đoàn kiểm tra yêu cầu các chủ đầu tư tự tháo dỡ phần công trình vi phạm trong thời hạn {so_nho} ngày.
            Hệ thống thoát nước được cải tạo đã khắc phục tình trạng ngập úng cục bộ khi có mưa lớn.
        huong:
            đông
            tây
            nam
            bắc
        """,
    ),
    topic(
        "Tài chính, thuế",
        section="kinh-te",
        text="""
        titles:
            Thu ngân sách {huyen} {quy} đạt {ty}
            {^tinh} thu ngân sách nhà nước năm {nam} đạt {ty_le} dự toán
            Đôn đốc thu hồi {ty} nợ thuế tại {huyen}
            {so_vua} hộ kinh doanh ở {huyen} sử dụng hóa đơn điện tử từ máy tính tiền
            Công khai {so} doanh nghiệp nợ thuế {ty} tại {tinh}
            Quyết toán ngân sách {huyen} năm {nam_truoc}: tổng thu {ty}
        sapos:
            {thoi_gian}, tổng thu ngân sách nhà nước trên địa bàn {huyen} đạt {ty}, bằng {ty_le} dự toán, tăng {tang} so với cùng kỳ.
            Ngành thuế {tinh} đang đẩy mạnh triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho các hộ kinh doanh, góp phần chống thất thu ngân sách.
        linh_vuc:
            công tác thu ngân sách nhà nước
            quản lý thuế
        su_kien:
            hội nghị triển khai nhiệm vụ thu ngân sách năm {nam}
            hội nghị đối thoại với người nộp thuế
        viec:
            đôn đốc thu hồi nợ đọng thuế
            triển khai hóa đơn điện tử khởi tạo từ máy tính tiền
            rà soát, đưa vào quản lý thuế các hộ kinh doanh mới
            tiết kiệm chi thường xuyên để dành nguồn cho đầu tư phát triển
            công khai thông tin các doanh nghiệp nợ thuế kéo dài
        ket_qua:
            tổng thu ngân sách trên địa bàn đạt {ty}, bằng {ty_le} dự toán
            số thu từ thuế, phí tăng {tang} so với cùng kỳ
            đã thu hồi được {ty} tiền nợ thuế
            {so} hộ kinh doanh đã sử dụng hóa đơn điện tử
        kho_khan:
            nguồn thu trên địa bàn còn nhỏ, thiếu bền vững
            một số doanh nghiệp gặp khó khăn, nợ thuế kéo dài
        chi_tieu:
            thu ngân sách vượt {tang} dự toán
            giảm nợ thuế xuống dưới 5% tổng thu
        muc_dich:
            bảo đảm nguồn lực cho phát triển kinh tế - xã hội
            chống thất thu ngân sách
        co_quan:
            Chi cục Thuế khu vực {ten_huyen}
            Cục Thuế tỉnh
            Phòng Tài chính - Kế hoạch {huyen}
            Sở Tài chính
        chuc_vu:
            Chi cục trưởng Chi cục Thuế khu vực {ten_huyen}
            Cục trưởng Cục Thuế tỉnh
            Trưởng phòng Tài chính - Kế hoạch {huyen}
            Giám đốc Sở Tài chính
        trich_dan:
            Nộp thuế đúng, đủ là trách nhiệm và quyền lợi của mỗi người dân, doanh nghiệp
            Thu đúng, thu đủ, không để thất thu nhưng cũng phải nuôi dưỡng nguồn thu
        trich_dan_dan:
            Dùng hóa đơn điện tử quen rồi thì thấy tiện, sổ sách rõ ràng, không lo sai sót
            Cán bộ thuế hướng dẫn tận tình nên hộ kinh doanh chúng tôi hiểu rõ nghĩa vụ của mình
        muc:
            Nuôi dưỡng nguồn thu
            Chống thất thu thuế
        cau:
            Các khoản thu từ thuế công thương nghiệp, lệ phí trước bạ và thu tiền sử dụng đất chiếm tỷ trọng lớn.
            Cơ quan thuế đã ban hành {so} thông báo, quyết định cưỡng chế nợ thuế.
            Chi ngân sách địa phương được điều hành chặt chẽ, tiết kiệm, ưu tiên cho an sinh xã hội và đầu tư phát triển.
            Đến nay, {so} doanh nghiệp, hộ kinh doanh đã kê khai, nộp thuế điện tử.
        """,
    ),
    topic(
        "Thương mại",
        section="kinh-te",
        text="""
        titles:
            Chợ phiên {ten_xa}: nơi giao thương của đồng bào vùng cao
            Kết nối tiêu thụ {so_lon} tấn nông sản {huyen} qua sàn thương mại điện tử
            {^huyen} dự trữ {ty} hàng hóa phục vụ Tết Nguyên đán {nam}
            Thu giữ {so} sản phẩm hàng giả, hàng nhái tại {huyen}
            Hội chợ thương mại {tinh} năm {nam} thu hút {so} gian hàng
            Xây dựng chợ {ten_xa} với tổng vốn {ty}
        sapos:
            {buoi_ngay}, {co_quan} khai mạc hội chợ thương mại năm {nam} với {so} gian hàng của các doanh nghiệp, hợp tác xã trong và ngoài tỉnh.
            Để bảo đảm nhu cầu mua sắm của người dân dịp cuối năm, {huyen} đã chỉ đạo các doanh nghiệp dự trữ hàng hóa thiết yếu, bình ổn giá.
        linh_vuc:
            hoạt động thương mại, dịch vụ
            công tác quản lý thị trường
        su_kien:
            hội chợ thương mại năm {nam}
            hội nghị kết nối cung - cầu nông sản
            đợt kiểm tra thị trường dịp cuối năm
        viec:
            kiểm tra, xử lý hàng giả, hàng kém chất lượng
            kết nối tiêu thụ nông sản qua sàn thương mại điện tử
            dự trữ hàng hóa thiết yếu, bình ổn giá
            nâng cấp, cải tạo các chợ nông thôn
            tổ chức đưa hàng Việt về nông thôn, vùng cao
        ket_qua:
            tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt {so_lon} tỷ đồng, tăng {tang}
            {so} vụ vi phạm được phát hiện, xử lý, phạt tiền {trieu}
            {so_lon} tấn nông sản được tiêu thụ qua các kênh thương mại điện tử
            thị trường hàng hóa ổn định, không có hiện tượng tăng giá đột biến
        kho_khan:
            hạ tầng thương mại ở vùng cao còn thiếu, chợ tạm vẫn còn
            hàng giả, hàng kém chất lượng vẫn len lỏi vào các chợ phiên
        chi_tieu:
            tổng mức bán lẻ hàng hóa tăng trên {tang}
            mỗi xã có ít nhất một chợ đạt chuẩn
        muc_dich:
            bảo vệ quyền lợi người tiêu dùng
            mở rộng thị trường tiêu thụ nông sản
        co_quan:
            Sở Công Thương
            Đội Quản lý thị trường số {so_nho}
            Phòng Kinh tế và Hạ tầng {huyen}
        chuc_vu:
            Giám đốc Sở Công Thương
            Đội trưởng Đội Quản lý thị trường số {so_nho}
            Trưởng phòng Kinh tế và Hạ tầng {huyen}
        trich_dan:
            Không để xảy ra tình trạng khan hiếm hàng hóa, tăng giá bất hợp lý
            Thương mại điện tử là cánh cửa mở ra thị trường cho nông sản vùng cao
        trich_dan_dan:
            Phiên chợ nào tôi cũng mang rau, gà xuống bán, có tiền mua muối, mua vải
            Bán hàng qua mạng, đơn hàng về đều đặn, không phải lo ép giá như trước
        muc:
            Sôi động chợ phiên
            Đưa nông sản lên sàn
        cau:
            Chợ phiên họp vào ngày {phien} hằng tuần, thu hút hàng nghìn người dân các xã lân cận.
            Tại phiên chợ, bà con mang xuống bán đủ loại nông sản, gia súc, gia cầm và hàng thủ công.
            Lực lượng quản lý thị trường đã kiểm tra {so} cơ sở kinh doanh, phát hiện {so_nho} trường hợp vi phạm.
            Các doanh nghiệp cam kết giữ ổn định giá bán các mặt hàng thiết yếu trong dịp Tết.
        phien:
            chủ nhật
            thứ bảy
            thứ năm
            mùng 5, 10
        """,
    ),
    topic(
        "Công nghiệp, năng lượng",
        section="kinh-te",
        text="""
        titles:
            Đóng điện lưới quốc gia cho {so} hộ dân {thon}
            Khánh thành nhà máy {nha_may} tại {xa}, công suất {so_lon} tấn/năm
            Giá trị sản xuất công nghiệp của {tinh} {quy} tăng {tang}
            Cụm công nghiệp {ten_xa} thu hút {so_nho} dự án
            Điện lực {ten_huyen} bảo đảm cấp điện mùa nắng nóng năm {nam}, sản lượng tăng {tang}
            Hỗ trợ {so_nho} cơ sở công nghiệp nông thôn ở {huyen} đổi mới thiết bị
        sapos:
            {buoi_ngay}, {co_quan} tổ chức đóng điện đưa vào vận hành công trình cấp điện cho {thon}, giúp {so} hộ dân lần đầu tiên được sử dụng điện lưới quốc gia.
            {thoi_gian}, chỉ số sản xuất công nghiệp của {tinh} tăng {tang} so với cùng kỳ, trong đó ngành chế biến, chế tạo giữ vai trò chủ đạo.
        linh_vuc:
            phát triển công nghiệp
            cấp điện nông thôn
        su_kien:
            lễ đóng điện công trình cấp điện nông thôn
            lễ khánh thành nhà máy {nha_may}
            hội nghị sơ kết sản xuất công nghiệp {quy}
        viec:
            đưa điện lưới quốc gia đến các thôn chưa có điện
            hỗ trợ cơ sở công nghiệp nông thôn đổi mới máy móc
            kêu gọi đầu tư hạ tầng cụm công nghiệp
            kiểm tra an toàn hành lang lưới điện
            bảo đảm cung ứng điện ổn định cho sản xuất và sinh hoạt
        ket_qua:
            {ty_le} hộ dân được sử dụng điện lưới quốc gia
            giá trị sản xuất công nghiệp đạt {so_lon} tỷ đồng, tăng {tang}
            nhà máy đi vào hoạt động tạo việc làm cho {so} lao động
            sản lượng điện thương phẩm tăng {tang} so với cùng kỳ
        kho_khan:
            nhiều thôn ở vùng sâu dân cư thưa thớt, chi phí kéo điện rất lớn
            quy mô sản xuất công nghiệp còn nhỏ, công nghệ lạc hậu
        chi_tieu:
            100% hộ dân được sử dụng điện lưới quốc gia
            giá trị sản xuất công nghiệp tăng trên {tang}
        muc_dich:
            thúc đẩy chuyển dịch cơ cấu kinh tế
            nâng cao chất lượng cuộc sống người dân vùng sâu
        co_quan:
            Sở Công Thương
            Điện lực {ten_huyen}
            Công ty Điện lực {ten_tinh}
        chuc_vu:
            Giám đốc Sở Công Thương
            Giám đốc Điện lực {ten_huyen}
            Giám đốc Công ty Điện lực {ten_tinh}
        trich_dan:
            Đưa điện về bản là đưa ánh sáng văn minh, đưa cơ hội phát triển đến với đồng bào
            Không để thôn nào phải sống trong cảnh thiếu điện
        trich_dan_dan:
            Có điện rồi, các cháu học bài buổi tối không phải dùng đèn dầu nữa
            Có điện, tôi mua được máy xay xát, máy thái thức ăn chăn nuôi, đỡ vất vả bao nhiêu
        muc:
            Ánh điện về bản
            Công nghiệp nông thôn khởi sắc
        cau:
            Công trình gồm {km} đường dây trung thế, {so_nho} trạm biến áp và hệ thống đường dây hạ thế đến từng hộ.
            Nhà máy có công suất {so_lon} tấn sản phẩm mỗi năm, sử dụng nguyên liệu từ vùng trồng của người dân địa phương.
            Ngành điện khuyến cáo người dân sử dụng điện tiết kiệm, an toàn trong mùa nắng nóng.
            Các cơ sở công nghiệp nông thôn được hỗ trợ {trieu} để mua sắm máy móc, thiết bị mới.
        nha_may:
            chế biến gỗ
            chế biến chè
            chưng cất tinh dầu quế
            sản xuất gạch không nung
            chế biến dong riềng
        """,
    ),
    topic(
        "Tư pháp",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Hưởng ứng Ngày Pháp luật Việt Nam năm {nam} tại {xa}
            Trợ giúp pháp lý miễn phí cho {so} người dân {xa}
            Hòa giải thành {so} vụ việc tại cơ sở ở {huyen}
            {^xa} đạt chuẩn tiếp cận pháp luật năm {nam}
            Đăng ký khai sinh trực tuyến cho {so} trẻ ở {huyen}
            Phổ biến pháp luật bằng tiếng dân tộc tại {thon}
        sapos:
            {buoi_ngay}, {co_quan} tổ chức trợ giúp pháp lý lưu động tại {xa}, tư vấn miễn phí cho hàng trăm người dân về đất đai, hôn nhân gia đình, thừa kế.
            {thoi_gian}, các tổ hòa giải ở cơ sở của {huyen} đã tiếp nhận {so} vụ việc, hòa giải thành {ty_le}.
        linh_vuc:
            công tác phổ biến, giáo dục pháp luật
            công tác tư pháp
        su_kien:
            lễ hưởng ứng Ngày Pháp luật Việt Nam năm {nam}
            buổi trợ giúp pháp lý lưu động tại {xa}
            hội thi hòa giải viên giỏi {huyen} năm {nam}
        viec:
            phổ biến pháp luật cho đồng bào dân tộc thiểu số
            trợ giúp pháp lý miễn phí cho người nghèo, người dân tộc thiểu số
            kiện toàn các tổ hòa giải ở cơ sở
            đăng ký khai sinh, kết hôn đúng hạn
            rà soát, kiểm tra văn bản quy phạm pháp luật
        ket_qua:
            {so} vụ việc được hòa giải thành ở cơ sở
            {ty_le} xã, thị trấn đạt chuẩn tiếp cận pháp luật
            {so_vua} lượt người được trợ giúp pháp lý miễn phí
            {so} buổi tuyên truyền pháp luật được tổ chức với hơn {so_lon} lượt người nghe
        kho_khan:
            một bộ phận người dân vùng cao còn hạn chế về tiếng phổ thông
            đội ngũ hòa giải viên chủ yếu kiêm nhiệm, ít được bồi dưỡng
        chi_tieu:
            trên 90% vụ việc hòa giải thành
            100% xã đạt chuẩn tiếp cận pháp luật
        muc_dich:
            nâng cao ý thức chấp hành pháp luật của nhân dân
            giải quyết mâu thuẫn ngay từ cơ sở
        co_quan:
            Phòng Tư pháp {huyen}
            Sở Tư pháp
            Trung tâm Trợ giúp pháp lý nhà nước tỉnh
        chuc_vu:
            Trưởng phòng Tư pháp {huyen}
            Giám đốc Sở Tư pháp
            Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh
        trich_dan:
            Hiểu pháp luật để sống và làm việc theo pháp luật
            Hòa giải tốt ở cơ sở giúp giữ tình làng nghĩa xóm
        trich_dan_dan:
            Được luật sư tư vấn, tôi đã hiểu rõ quyền lợi của mình trong việc chia đất thừa kế
            Tổ hòa giải đến tận nhà phân tích, hai gia đình đã làm lành sau nhiều năm căng thẳng
        muc:
            Đưa pháp luật đến với dân
            Hòa giải giữ tình làng nghĩa xóm
        cau:
            Tuyên truyền viên đã sử dụng tiếng Tày, tiếng Mông để truyền đạt các nội dung pháp luật cho bà con.
            Các nội dung tuyên truyền tập trung vào Luật Đất đai, Luật Hôn nhân và gia đình, phòng, chống ma túy.
            Toàn huyện có {so} tổ hòa giải với hơn {so_vua} hòa giải viên.
            Người dân có thể đăng ký khai sinh, khai tử trực tuyến qua Cổng Dịch vụ công quốc gia.
        """,
    ),
    topic(
        "Bảo hiểm xã hội, bảo hiểm y tế",
        section="giao-duc-y-te",
        tags=["Y tế"],
        text="""
        titles:
            Tỷ lệ bao phủ bảo hiểm y tế ở {huyen} đạt {ty_le}
            {^huyen} có {so_vua} người tham gia bảo hiểm xã hội tự nguyện
            Trao {so} sổ BHXH, thẻ BHYT cho người dân có hoàn cảnh khó khăn {xa}
            {ty_le} lượt khám chữa bệnh BHYT ở {huyen} dùng căn cước công dân
            Vận động người dân {xa} tham gia BHXH tự nguyện
            {ty_le} người hưởng lương hưu ở {huyen} nhận qua tài khoản
        sapos:
            {thoi_gian}, tỷ lệ người dân tham gia bảo hiểm y tế ở {huyen} đạt {ty_le}; số người tham gia bảo hiểm xã hội tự nguyện tăng {tang} so với cùng kỳ.
            {buoi_ngay}, {co_quan} phối hợp với UBND {xa} trao tặng {so} sổ BHXH, thẻ BHYT cho người dân có hoàn cảnh khó khăn.
        linh_vuc:
            chính sách bảo hiểm xã hội, bảo hiểm y tế
            phát triển người tham gia BHXH, BHYT
        su_kien:
            hội nghị đối thoại chính sách BHXH, BHYT
            lễ trao sổ BHXH, thẻ BHYT cho người có hoàn cảnh khó khăn
            hội nghị tuyên truyền BHXH tự nguyện tại {xa}
        viec:
            vận động người dân tham gia BHXH tự nguyện, BHYT hộ gia đình
            cấp thẻ BHYT miễn phí cho người dân tộc thiểu số vùng khó khăn
            khám chữa bệnh BHYT bằng căn cước công dân gắn chip
            chi trả lương hưu, trợ cấp qua tài khoản ngân hàng
            đôn đốc các đơn vị nợ đóng BHXH
        ket_qua:
            tỷ lệ bao phủ bảo hiểm y tế đạt {ty_le} dân số
            {so_vua} người tham gia BHXH tự nguyện
            {so_lon} lượt người khám chữa bệnh BHYT với số tiền quỹ chi trả {ty}
            {ty_le} người hưởng lương hưu nhận qua tài khoản
        kho_khan:
            thu nhập của người dân thấp, khó duy trì đóng BHXH tự nguyện lâu dài
            một số người dân thoát nghèo không còn được hỗ trợ thẻ BHYT nên không tiếp tục tham gia
        chi_tieu:
            tỷ lệ bao phủ BHYT đạt trên 95% dân số
            số người tham gia BHXH tự nguyện tăng {tang}
        muc_dich:
            bảo đảm an sinh xã hội cho người dân
            hướng tới BHYT toàn dân
        co_quan:
            Bảo hiểm xã hội {huyen}
            Bảo hiểm xã hội tỉnh
            UBND {xa}
        chuc_vu:
            Giám đốc Bảo hiểm xã hội {huyen}
            Giám đốc Bảo hiểm xã hội tỉnh
        trich_dan:
            BHXH, BHYT là chỗ dựa khi ốm đau, tuổi già của mỗi người
            Không để người dân nào bị bỏ lại phía sau trong chính sách an sinh
        trich_dan_dan:
            Có thẻ BHYT, lần này tôi nằm viện gần hai tuần mà chỉ phải trả một phần nhỏ chi phí
            Tôi đóng BHXH tự nguyện để về già có lương hưu, không phụ thuộc con cái
        muc:
            Chỗ dựa an sinh
            BHYT toàn dân
        cau:
            Người dân chỉ cần xuất trình căn cước công dân gắn chip hoặc ứng dụng VNeID khi đi khám chữa bệnh BHYT.
            Mức đóng BHXH tự nguyện được Nhà nước hỗ trợ từ 30% đến 50% tùy đối tượng.
            Các đại lý thu BHXH, BHYT ở cơ sở đã đến từng nhà tuyên truyền, vận động.
            Quỹ BHYT đã chi trả nhiều ca bệnh có chi phí điều trị lên tới hàng trăm triệu đồng.
        """,
    ),
    topic(
        "Tín dụng chính sách",
        section="kinh-te",
        text="""
        titles:
            Vốn tín dụng chính sách giúp {so_vua} hộ ở {huyen} thoát nghèo
            Ngân hàng Chính sách xã hội {huyen} giải ngân {ty}
            Tổ tiết kiệm và vay vốn {thon} quản lý tốt nguồn vốn
            Dư nợ tín dụng chính sách ở {huyen} đạt {ty}
            Cho vay hỗ trợ việc làm cho {so} lao động {xa}
        sapos:
            {thoi_gian}, Phòng giao dịch Ngân hàng Chính sách xã hội {huyen} đã giải ngân {ty} cho {so_lon} lượt hộ nghèo, hộ cận nghèo và các đối tượng chính sách vay vốn.
            Từ nguồn vốn vay ưu đãi, nhiều hộ dân ở {xa} đã đầu tư chăn nuôi, trồng trọt, có thu nhập ổn định và vươn lên thoát nghèo.
        linh_vuc:
            tín dụng chính sách xã hội
            hoạt động cho vay ưu đãi
        su_kien:
            hội nghị tổng kết hoạt động tín dụng chính sách năm {nam}
            buổi giao dịch lưu động tại điểm giao dịch xã {ten_xa}
        viec:
            giải ngân vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo
            ủy thác cho vay qua các tổ chức hội, đoàn thể
            củng cố, kiện toàn các tổ tiết kiệm và vay vốn
            giao dịch tại điểm giao dịch xã vào ngày cố định hằng tháng
            cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm
        ket_qua:
            tổng dư nợ đạt {ty}, tăng {tang} so với đầu năm
            tỷ lệ nợ quá hạn chỉ chiếm {tang_nho}
            {so_lon} lượt hộ được vay vốn, góp phần giúp {so} hộ thoát nghèo
            {so} lao động được tạo việc làm từ nguồn vốn vay
        kho_khan:
            nhu cầu vay vốn lớn nhưng nguồn vốn còn hạn chế
            một số hộ sử dụng vốn chưa hiệu quả do thiếu kiến thức sản xuất
        chi_tieu:
            tăng trưởng dư nợ trên {tang}
            giữ tỷ lệ nợ quá hạn dưới 0,3%
        muc_dich:
            hỗ trợ người nghèo và các đối tượng chính sách phát triển sản xuất
            hạn chế tín dụng đen ở nông thôn
        co_quan:
            Phòng giao dịch Ngân hàng Chính sách xã hội {huyen}
            Chi nhánh Ngân hàng Chính sách xã hội tỉnh
            Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội {huyen}
        chuc_vu:
            Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội {huyen}
            Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh
        trich_dan:
            Đồng vốn chính sách phải đến đúng người, đúng việc và phát huy hiệu quả
            Tín dụng chính sách là trụ cột trong công tác giảm nghèo
        trich_dan_dan:
            Vay 50 triệu đồng vốn ưu đãi, tôi mua bò giống, sau ba năm đã trả hết nợ và có đàn bò năm con
            Tổ vay vốn họp đều hằng tháng, ai khó khăn thì cả tổ cùng bàn cách giúp
        muc:
            Đồng vốn đến với người nghèo
            Vay đúng, dùng hiệu quả
        cau:
            Điểm giao dịch xã hoạt động vào ngày {so_nho} hằng tháng tại trụ sở UBND xã.
            Hiện toàn huyện có {so} tổ tiết kiệm và vay vốn do các hội, đoàn thể quản lý.
            Mức cho vay tối đa đối với hộ nghèo là 100 triệu đồng, thời hạn vay đến 10 năm.
            Người vay được cán bộ ngân hàng, tổ trưởng tổ vay vốn hướng dẫn sử dụng vốn đúng mục đích.
        tang_nho:
            0,1%
            0,15%
            0,2%
            0,08%
        """,
    ),
    topic(
        "Khoa học, công nghệ",
        section="kinh-te",
        text="""
        titles:
            Nghiệm thu đề tài khoa học về {de_tai} tại {huyen}
            Ứng dụng công nghệ cao trong sản xuất {cay_kh} ở {xa}
            {^tinh} có {so} sáng kiến được công nhận năm {nam}
            Đăng ký nhãn hiệu chứng nhận cho {san_pham_kh} {ten_huyen} năm {nam}
            Hội thi sáng tạo kỹ thuật {tinh} lần thứ {so_nho}: {so} giải pháp dự thi
        sapos:
            {buoi_ngay}, Hội đồng khoa học tỉnh đã nghiệm thu đề tài “{de_tai}”, với kết quả đạt loại khá.
            Việc ứng dụng tiến bộ khoa học, công nghệ vào sản xuất đã giúp nông dân {huyen} nâng cao năng suất, chất lượng sản phẩm.
        linh_vuc:
            hoạt động khoa học và công nghệ
            ứng dụng tiến bộ khoa học kỹ thuật
        su_kien:
            hội nghị nghiệm thu đề tài khoa học cấp tỉnh
            hội thi sáng tạo kỹ thuật năm {nam}
        viec:
            ứng dụng tiến bộ kỹ thuật vào sản xuất nông nghiệp
            xây dựng, bảo hộ nhãn hiệu cho sản phẩm đặc sản địa phương
            hỗ trợ doanh nghiệp đổi mới công nghệ
            chuyển giao quy trình kỹ thuật cho nông dân
        ket_qua:
            {so_nho} đề tài, dự án khoa học được nghiệm thu và đưa vào ứng dụng
            {so_nho} sản phẩm được cấp văn bằng bảo hộ nhãn hiệu
            năng suất cây trồng tăng {tang} nhờ áp dụng quy trình mới
        kho_khan:
            nguồn lực đầu tư cho khoa học, công nghệ còn hạn chế
            việc nhân rộng kết quả nghiên cứu vào thực tiễn còn chậm
        chi_tieu:
            mỗi năm có ít nhất {so_nho} đề tài được ứng dụng vào thực tiễn
        muc_dich:
            nâng cao năng suất, chất lượng sản phẩm
            phát triển thương hiệu nông sản địa phương
        co_quan:
            Sở Khoa học và Công nghệ
            Phòng Kinh tế và Hạ tầng {huyen}
            Hội đồng khoa học tỉnh
        chuc_vu:
            Giám đốc Sở Khoa học và Công nghệ
            Chủ tịch Hội đồng khoa học tỉnh
        trich_dan:
            Khoa học phải đi vào đời sống, phục vụ sản xuất của người dân
            Nghiên cứu xong phải nhân rộng được, không để kết quả nằm trong ngăn kéo
        trich_dan_dan:
            Áp dụng quy trình mới, vườn của tôi năng suất tăng gần gấp rưỡi
        muc:
            Khoa học vào đồng ruộng
            Bảo hộ thương hiệu nông sản
        cau:
            Đề tài được thực hiện trong {so_nho} năm tại {so_nho} xã của {huyen}.
            Kết quả nghiên cứu đã xây dựng được quy trình kỹ thuật phù hợp với điều kiện địa phương.
            Nhãn hiệu chứng nhận giúp sản phẩm có chỗ đứng vững chắc hơn trên thị trường.
            Các mô hình ứng dụng công nghệ tưới nhỏ giọt, nhà màng đang được nhân rộng.
        de_tai:
            bảo tồn và phát triển giống chè Shan tuyết
            chọn tạo giống lúa nếp Tài chất lượng cao
            quy trình trồng quế hữu cơ
            nhân giống cây dược liệu quý
            xử lý chất thải chăn nuôi bằng đệm lót sinh học
        cay_kh:
            rau an toàn
            dưa lưới
            nấm ăn
            cây dược liệu
        san_pham_kh:
            chè Shan tuyết
            quế
            hồi
            miến dong
            mật ong
        """,
    ),
    topic(
        "Thanh tra, tiếp công dân",
        section="tin-tuc-su-kien",
        text="""
        titles:
            Chủ tịch UBND {huyen} tiếp công dân định kỳ {thang}
            Thanh tra {huyen} phát hiện sai phạm {trieu}
            Giải quyết dứt điểm {so_nho} đơn thư kéo dài tại {huyen}
            Thanh tra việc quản lý, sử dụng ngân sách tại {xa}
            {so_vua} cán bộ, công chức {huyen} kê khai tài sản, thu nhập năm {nam}
            Kiến nghị thu hồi {trieu} qua thanh tra tại {huyen}
        sapos:
            {buoi_ngay}, {nguoi} chủ trì buổi tiếp công dân định kỳ, trực tiếp lắng nghe và giải quyết {so_nho} vụ việc người dân phản ánh.
            {thoi_gian}, Thanh tra {huyen} đã tiến hành {so_nho} cuộc thanh tra hành chính, phát hiện sai phạm về kinh tế {trieu}, kiến nghị thu hồi nộp ngân sách.
        linh_vuc:
            công tác tiếp công dân, giải quyết khiếu nại, tố cáo
            công tác thanh tra và phòng, chống tham nhũng
        su_kien:
            buổi tiếp công dân định kỳ {thang}
            hội nghị công bố kết luận thanh tra
            hội nghị triển khai công tác phòng, chống tham nhũng năm {nam}
        viec:
            tiếp công dân định kỳ và đột xuất
            giải quyết dứt điểm các vụ việc khiếu nại kéo dài
            thanh tra việc quản lý, sử dụng ngân sách ở cấp xã
            kê khai, công khai bản kê khai tài sản, thu nhập
            kiểm tra trách nhiệm người đứng đầu trong thực hiện pháp luật về tiếp công dân
        ket_qua:
            {so} lượt công dân được tiếp, {ty_le} vụ việc được giải quyết đúng hạn
            phát hiện sai phạm về kinh tế {trieu}, đã thu hồi {ty_le}
            {so_nho} vụ việc khiếu nại kéo dài được giải quyết dứt điểm
            không phát sinh điểm nóng, khiếu kiện đông người
        kho_khan:
            một số vụ việc liên quan đến đất đai có nguồn gốc phức tạp, kéo dài nhiều năm
            một số công dân không đồng ý với kết quả giải quyết đúng pháp luật, tiếp tục gửi đơn
        chi_tieu:
            trên 90% đơn thư thuộc thẩm quyền được giải quyết đúng hạn
            không để phát sinh khiếu kiện đông người, vượt cấp
        muc_dich:
            bảo vệ quyền, lợi ích hợp pháp của công dân
            giữ vững ổn định chính trị tại cơ sở
        co_quan:
            Thanh tra {huyen}
            Thanh tra tỉnh
            Ban Tiếp công dân {huyen}
        chuc_vu:
            Chánh Thanh tra {huyen}
            Chánh Thanh tra tỉnh
            Chủ tịch UBND {huyen}
        trich_dan:
            Giải quyết đơn thư phải thấu tình, đạt lý, đúng pháp luật
            Người đứng đầu phải trực tiếp tiếp dân, đối thoại với dân
        trich_dan_dan:
            Được gặp trực tiếp lãnh đạo huyện trình bày, tôi thấy việc của mình được quan tâm thật sự
        muc:
            Lắng nghe dân
            Xử lý nghiêm sai phạm
        cau:
            Các vụ việc chủ yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng và chế độ chính sách.
            Tại buổi tiếp, lãnh đạo huyện đã giao các phòng chuyên môn kiểm tra, trả lời công dân trong thời hạn {so_nho} ngày.
            Qua thanh tra, đoàn đã kiến nghị kiểm điểm trách nhiệm đối với {so_nho} tập thể và {so_nho} cá nhân.
            Kết luận thanh tra được công khai theo quy định.
        """,
    ),
    topic(
        "Tôn giáo",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            Thăm, chúc mừng các cơ sở tôn giáo ở {huyen} dịp {dip} năm {nam}
            Bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo cho {so} chức sắc ở {huyen}
            Đồng bào có đạo ở {xa} chung tay xây dựng nông thôn mới
            Lãnh đạo {tinh} chúc mừng Giáng sinh tại {xa}
            Quản lý nhà nước về tín ngưỡng, tôn giáo tại {xa}
        sapos:
            {buoi_ngay}, đoàn công tác của {huyen} do {nguoi} làm trưởng đoàn đã đến thăm, chúc mừng các chức sắc, chức việc và đồng bào có đạo nhân dịp {dip}.
            Đồng bào theo đạo ở {xa} luôn chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, sống “tốt đời, đẹp đạo”.
        linh_vuc:
            công tác tín ngưỡng, tôn giáo
            công tác vận động đồng bào có đạo
        su_kien:
            buổi thăm, chúc mừng các cơ sở tôn giáo dịp {dip}
            hội nghị bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo
        viec:
            thăm hỏi, chúc mừng chức sắc, chức việc và đồng bào có đạo
            hướng dẫn các tổ chức tôn giáo hoạt động đúng quy định pháp luật
            vận động đồng bào có đạo tham gia các phong trào thi đua ở địa phương
            giải quyết kịp thời các nhu cầu sinh hoạt tôn giáo chính đáng
        ket_qua:
            các hoạt động tôn giáo trên địa bàn diễn ra ổn định, đúng pháp luật
            đồng bào có đạo tích cực tham gia phong trào xây dựng nông thôn mới
            không phát sinh điểm nóng về tín ngưỡng, tôn giáo
        kho_khan:
            một số đối tượng lợi dụng tôn giáo để truyền đạo trái pháp luật ở vùng sâu
            nhận thức pháp luật về tín ngưỡng, tôn giáo của một bộ phận người dân còn hạn chế
        chi_tieu:
            100% cơ sở tôn giáo hoạt động theo quy định của pháp luật
        muc_dich:
            bảo đảm quyền tự do tín ngưỡng, tôn giáo của nhân dân
            tăng cường khối đại đoàn kết toàn dân tộc
        co_quan:
            Ban Tôn giáo tỉnh
            Phòng Nội vụ {huyen}
            Ban Dân vận {huyen_uy}
        chuc_vu:
            Trưởng Ban Tôn giáo tỉnh
            Trưởng Ban Dân vận {huyen_uy}
            Phó Chủ tịch UBND {huyen}
        trich_dan:
            Đồng bào có đạo là một bộ phận không thể tách rời của khối đại đoàn kết toàn dân tộc
            Chính quyền luôn tạo điều kiện để đồng bào sinh hoạt tôn giáo đúng pháp luật
        trich_dan_dan:
            Bà con giáo dân chúng tôi luôn sống tốt đời, đẹp đạo, cùng chung tay xây dựng quê hương
        muc:
            Tốt đời, đẹp đạo
            Đồng hành cùng đồng bào có đạo
        cau:
            Các chức sắc tôn giáo bày tỏ cảm ơn sự quan tâm của cấp ủy, chính quyền địa phương.
            Trên địa bàn {huyen} có {so_nho} tổ chức tôn giáo với hơn {so_lon} tín đồ.
            Đồng bào có đạo đã đóng góp hàng trăm ngày công làm đường, xây dựng nhà văn hóa thôn.
        dip:
            lễ Giáng sinh
            lễ Phật đản
            Tết Nguyên đán
            Phục sinh
        """,
    ),
    topic(
        "Người có công",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            {^huyen} tặng {so_vua} suất quà người có công nhân kỷ niệm Ngày Thương binh - Liệt sĩ
            Thắp nến tri ân các anh hùng liệt sĩ tại {xa}
            Sửa chữa nhà ở cho {so_nho} gia đình người có công ở {huyen}
            Tu bổ nghĩa trang liệt sĩ {ten_xa} với kinh phí {ty}
            Kỷ niệm {so_nam} năm Ngày Thương binh - Liệt sĩ tại {xa}
        sapos:
            Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, {co_quan} đã tổ chức thăm hỏi, tặng {so_vua} suất quà cho người có công với cách mạng và thân nhân liệt sĩ.
            Tối {ngay}, tại nghĩa trang liệt sĩ {ten_xa}, đoàn viên thanh niên và nhân dân {xa} tổ chức lễ thắp nến tri ân các anh hùng liệt sĩ.
        linh_vuc:
            công tác “Đền ơn đáp nghĩa”
            chăm sóc người có công với cách mạng
        su_kien:
            lễ kỷ niệm Ngày Thương binh - Liệt sĩ 27/7
            lễ thắp nến tri ân tại nghĩa trang liệt sĩ {ten_xa}
        viec:
            thăm hỏi, tặng quà người có công với cách mạng
            hỗ trợ xây mới, sửa chữa nhà ở cho người có công
            tu bổ, chỉnh trang các nghĩa trang liệt sĩ
            chi trả trợ cấp ưu đãi đầy đủ, kịp thời
        ket_qua:
            {so_vua} suất quà với tổng trị giá {trieu} đã được trao tận tay người có công
            100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú
            {so_nho} nhà tình nghĩa được xây mới, sửa chữa
        kho_khan:
            nhiều người có công tuổi cao, sức yếu, cần được chăm sóc thường xuyên
            một số hồ sơ đề nghị công nhận người có công còn thiếu giấy tờ
        chi_tieu:
            100% người có công được chăm sóc, chi trả chế độ đầy đủ
        muc_dich:
            thể hiện đạo lý “Uống nước nhớ nguồn”
            tri ân các thế hệ đã hy sinh vì độc lập dân tộc
        co_quan:
            Phòng Lao động - Thương binh và Xã hội {huyen}
            UBND {huyen}
            Huyện đoàn {ten_huyen}
        chuc_vu:
            Trưởng phòng Lao động - Thương binh và Xã hội {huyen}
            Phó Chủ tịch UBND {huyen}
            Bí thư {huyen_uy}
        trich_dan:
            Chăm lo cho người có công là trách nhiệm và tình cảm của cả hệ thống chính trị
            Thế hệ hôm nay nguyện tiếp bước cha anh, xây dựng quê hương ngày càng giàu đẹp
        trich_dan_dan:
            Năm nào cũng được lãnh đạo đến thăm, tôi rất xúc động vì Đảng, Nhà nước không quên những người đã đóng góp cho cách mạng
        muc:
            Uống nước nhớ nguồn
            Tri ân người có công
        cau:
            Trên địa bàn {huyen} hiện có hơn {so_lon} người có công với cách mạng đang hưởng trợ cấp hằng tháng.
            Nghĩa trang liệt sĩ {ten_xa} là nơi yên nghỉ của {so} liệt sĩ, trong đó nhiều mộ chưa xác định được danh tính.
            Những ngọn nến lung linh được thắp sáng trên từng phần mộ trong không khí trang nghiêm, xúc động.
            Các đoàn viên thanh niên đã dọn dẹp, chăm sóc phần mộ liệt sĩ và thăm hỏi các gia đình chính sách.
        so_nam:
            76
            77
            78
            79
        """,
    ),
    topic(
        "Thi cử, tuyển sinh",
        section="giao-duc-y-te",
        tags=["Giáo dục"],
        text="""
        titles:
            {so_lon} thí sinh {tinh} bước vào kỳ thi tốt nghiệp THPT năm {nam}
            Tỷ lệ đỗ tốt nghiệp THPT năm {nam} của {tinh} đạt {ty_le}
            Tuyển sinh vào lớp 10 năm học {nam_hoc}: {tinh} có {so_lon} chỉ tiêu
            Thủ khoa khối {khoi} của {tinh} là học sinh Trường THPT {ten_huyen}, đạt {diem} điểm
            Bảo đảm an toàn kỳ thi tốt nghiệp THPT năm {nam} tại {so_nho} điểm thi ở {huyen}
            Học sinh vùng cao {xa} đạt {diem} điểm khối {khoi}
        sapos:
            Kỳ thi tốt nghiệp THPT năm {nam} tại {tinh} có {so_lon} thí sinh đăng ký dự thi tại {so} điểm thi; công tác chuẩn bị đã hoàn tất.
            Năm {nam}, tỷ lệ học sinh đỗ tốt nghiệp THPT của {tinh} đạt {ty_le}; nhiều em học sinh vùng cao đạt điểm cao, trúng tuyển vào các trường đại học hàng đầu.
        linh_vuc:
            công tác tổ chức thi, tuyển sinh
            kỳ thi tốt nghiệp THPT
        su_kien:
            kỳ thi tốt nghiệp THPT năm {nam}
            kỳ thi tuyển sinh vào lớp 10 năm học {nam_hoc}
            buổi kiểm tra công tác chuẩn bị thi tại {huyen}
        viec:
            kiểm tra cơ sở vật chất, an ninh tại các điểm thi
            ôn tập cho học sinh lớp 12 trước kỳ thi
            hỗ trợ chỗ ở, phương tiện cho thí sinh ở xa
            tổ chức chấm thi nghiêm túc, khách quan
        ket_qua:
            tỷ lệ đỗ tốt nghiệp THPT đạt {ty_le}
            kỳ thi diễn ra an toàn, nghiêm túc, đúng quy chế
            {so} thí sinh đạt từ {diem} điểm trở lên ở khối {khoi}
            không có thí sinh vi phạm quy chế thi
        kho_khan:
            nhiều thí sinh ở xa điểm thi, đường đi lại khó khăn
            chất lượng học tập ở một số trường vùng cao còn thấp
        chi_tieu:
            tỷ lệ đỗ tốt nghiệp THPT đạt trên 98%
        muc_dich:
            bảo đảm kỳ thi an toàn, nghiêm túc, đúng quy chế
            tạo điều kiện thuận lợi nhất cho thí sinh
        co_quan:
            Sở Giáo dục và Đào tạo
            Ban Chỉ đạo thi tỉnh
            Trường THPT {ten_huyen}
        chuc_vu:
            Giám đốc Sở Giáo dục và Đào tạo
            Trưởng Ban Chỉ đạo thi tỉnh, Phó Chủ tịch UBND {tinh}
            Hiệu trưởng Trường THPT {ten_huyen}
        trich_dan:
            Kỳ thi phải được tổ chức an toàn, nghiêm túc, không để thí sinh nào bỏ thi vì hoàn cảnh khó khăn
        trich_dan_dan:
            Em rất vui vì công sức ôn luyện suốt ba năm đã được đền đáp, em mong được học ngành y để về quê làm bác sĩ
        muc:
            Sẵn sàng cho kỳ thi
            Vượt khó đạt điểm cao
        cau:
            Tại các điểm thi, lực lượng công an, y tế, điện lực được bố trí trực suốt thời gian thi.
            Đoàn viên thanh niên tình nguyện hỗ trợ thí sinh chỗ ở, nước uống và hướng dẫn đường đến điểm thi.
            Em {ho_ten} sinh ra trong gia đình thuần nông ở {thon}, bố mẹ làm nương rẫy nuôi ba anh em ăn học.
            Điểm trung bình các môn thi của {tinh} năm nay tăng so với năm trước.
        khoi:
            A00
            A01
            B00
            C00
            D01
        diem:
            27
            28
            28,5
            29
            29,25
        """,
    ),
    topic(
        "Trẻ em",
        section="van-hoa-xa-hoi",
        text="""
        titles:
            Tháng hành động vì trẻ em năm {nam} tại {xa}
            Dạy bơi miễn phí cho {so_vua} trẻ em {huyen}
            Trao {so} suất quà Trung thu cho thiếu nhi {xa}
            Phòng, chống đuối nước trẻ em mùa hè tại {xa}
            Xây dựng “ngôi nhà an toàn” cho trẻ ở {thon}
            Quỹ Bảo trợ trẻ em {tinh} hỗ trợ {so} trẻ có hoàn cảnh đặc biệt năm {nam}
        sapos:
            {buoi_ngay}, {co_quan} phát động Tháng hành động vì trẻ em năm {nam} với chủ đề chăm lo cho trẻ em vùng đồng bào dân tộc thiểu số.
            Hè năm {nam}, {huyen} tổ chức dạy bơi miễn phí cho {so_vua} trẻ em, góp phần phòng, chống đuối nước ở trẻ.
        linh_vuc:
            công tác bảo vệ, chăm sóc trẻ em
            phòng, chống tai nạn thương tích trẻ em
        su_kien:
            lễ phát động Tháng hành động vì trẻ em năm {nam}
            chương trình “Vui Tết Trung thu” cho thiếu nhi {xa}
            lớp dạy bơi miễn phí cho trẻ em
        viec:
            dạy bơi, kỹ năng an toàn dưới nước cho trẻ em
            tặng quà, học bổng cho trẻ em có hoàn cảnh đặc biệt
            cắm biển cảnh báo tại các ao, hồ, sông suối nguy hiểm
            tổ chức vui chơi, sinh hoạt hè cho thiếu nhi
            phòng, chống xâm hại trẻ em
        ket_qua:
            {so_vua} trẻ em được học bơi và kỹ năng an toàn dưới nước
            {so} suất quà trị giá {trieu} được trao cho trẻ em khó khăn
            {ty_le} trẻ em có hoàn cảnh đặc biệt được trợ giúp
        kho_khan:
            nhiều gia đình đi làm ăn xa, trẻ em ở với ông bà, thiếu sự quan tâm
            sông suối, ao hồ nhiều, nguy cơ đuối nước cao trong mùa hè
        chi_tieu:
            giảm số trẻ em bị đuối nước so với năm trước
            100% trẻ em có hoàn cảnh đặc biệt được quản lý, hỗ trợ
        muc_dich:
            bảo đảm quyền trẻ em
            tạo môi trường sống an toàn cho trẻ
        co_quan:
            Phòng Lao động - Thương binh và Xã hội {huyen}
            Huyện đoàn {ten_huyen}
            Hội Liên hiệp Phụ nữ {huyen}
        chuc_vu:
            Trưởng phòng Lao động - Thương binh và Xã hội {huyen}
            Bí thư Huyện đoàn {ten_huyen}
        trich_dan:
            Trẻ em hôm nay, thế giới ngày mai
            Mỗi gia đình, mỗi cộng đồng phải là môi trường an toàn cho trẻ
        trich_dan_dan:
            Con tôi đã biết bơi sau khóa học, gia đình yên tâm hơn mỗi khi các cháu ra suối
        muc:
            Vì trẻ em hôm nay
            Phòng, chống đuối nước
        cau:
            Các em được huấn luyện viên hướng dẫn kỹ năng nổi, thở, bơi ếch và cách xử lý khi gặp đuối nước.
            Đêm hội Trung thu có múa lân, rước đèn, phá cỗ, mang lại niềm vui cho hàng trăm em nhỏ.
            Trên địa bàn {huyen} có {so} trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi.
        """,
    ),
    topic(
        "Thủy lợi, nước sạch",
        section="nong-nghiep-nong-thon",
        text="""
        titles:
            Cấp nước sạch cho {so} hộ dân {xa}
            Kiên cố hóa {km} kênh mương nội đồng ở {huyen}
            Sửa chữa hồ chứa nước {lang} trước mùa mưa lũ
            Công trình thủy lợi {lang} tưới cho {ha} lúa
            Nạo vét {km} kênh mương phục vụ sản xuất vụ Xuân tại {huyen}
            {^huyen} có {ty_le} dân số nông thôn dùng nước hợp vệ sinh
        sapos:
            Công trình cấp nước sinh hoạt tập trung {thon} có tổng vốn đầu tư {ty}, cung cấp nước sạch cho {so} hộ dân, chấm dứt cảnh thiếu nước vào mùa khô.
            Năm {nam}, {huyen} đã kiên cố hóa {km} kênh mương, bảo đảm nước tưới cho {ha} lúa và hoa màu.
        linh_vuc:
            công tác thủy lợi
            cấp nước sạch nông thôn
        su_kien:
            lễ khánh thành công trình cấp nước sinh hoạt {thon}
            ra quân nạo vét kênh mương đầu năm {nam}
        viec:
            kiên cố hóa kênh mương nội đồng
            sửa chữa, nâng cấp hồ chứa, đập dâng
            xây dựng công trình cấp nước sinh hoạt tập trung
            nạo vét, khơi thông dòng chảy kênh mương
            kiểm tra an toàn hồ đập trước mùa mưa lũ
        ket_qua:
            {ty_le} dân số nông thôn được sử dụng nước hợp vệ sinh
            {km} kênh mương được kiên cố hóa
            các công trình thủy lợi bảo đảm tưới chủ động cho {ha} đất canh tác
        kho_khan:
            nhiều công trình thủy lợi xuống cấp, thiếu kinh phí duy tu
            nguồn nước vào mùa khô cạn kiệt ở các thôn vùng núi đá
        chi_tieu:
            100% hộ dân nông thôn được sử dụng nước hợp vệ sinh
        muc_dich:
            bảo đảm nước tưới cho sản xuất
            cung cấp nước sạch cho nhân dân
        co_quan:
            Phòng Nông nghiệp và PTNT {huyen}
            Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh
            Công ty TNHH một thành viên Khai thác thủy lợi tỉnh
        chuc_vu:
            Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh
            Trưởng phòng Nông nghiệp và PTNT {huyen}
        trich_dan:
            Nước là nguồn sống, công trình làm xong phải có người quản lý, vận hành bền vững
        trich_dan_dan:
            Giờ mở vòi là có nước, chị em không phải đi gánh nước từ khe núi mất cả buổi như trước
        muc:
            Nước sạch về bản
            Chủ động nguồn nước tưới
        cau:
            Nước được dẫn từ đầu nguồn khe suối về bể lọc, sau đó theo đường ống đến từng hộ dân.
            Hồ chứa nước {lang} có dung tích hơn {so_lon} m³, được xây dựng từ những năm 1980.
            Mỗi hộ được lắp đồng hồ đo nước, tổ quản lý thu tiền để duy tu, bảo dưỡng công trình.
        """,
    ),
    topic(
        "Kinh tế hợp tác",
        section="kinh-te",
        text="""
        titles:
            Hợp tác xã {ten_xa} doanh thu {ty} mỗi năm
            {^huyen} thành lập mới {so_nho} hợp tác xã năm {nam}
            Hợp tác xã nông nghiệp {ten_xa} liên kết với {so} hộ dân
            {^huyen} có {ty_le} hợp tác xã hoạt động khá, tốt
            Tổ hợp tác {thon} sản xuất {san_pham_htx}
        sapos:
            Thành lập từ năm {nam_truoc}, Hợp tác xã {ten_xa} đã liên kết với {so} hộ dân trồng và chế biến {san_pham_htx}, doanh thu mỗi năm đạt {ty}.
            {thoi_gian}, {huyen} có thêm {so_nho} hợp tác xã được thành lập, nâng tổng số hợp tác xã đang hoạt động lên {so}.
        linh_vuc:
            phát triển kinh tế tập thể, hợp tác xã
        su_kien:
            hội nghị tổng kết kinh tế tập thể năm {nam}
            lễ ra mắt Hợp tác xã {ten_xa}
        viec:
            hỗ trợ thành lập mới hợp tác xã
            liên kết sản xuất theo chuỗi giá trị
            đào tạo cán bộ quản lý hợp tác xã
            hỗ trợ hợp tác xã xây dựng nhà xưởng, mua máy móc
        ket_qua:
            {so} hợp tác xã đang hoạt động, thu hút {so_vua} thành viên
            doanh thu bình quân mỗi hợp tác xã đạt {ty}
            {ty_le} hợp tác xã hoạt động khá, tốt
        kho_khan:
            năng lực quản trị của nhiều hợp tác xã còn hạn chế
            khó tiếp cận vốn tín dụng do thiếu tài sản thế chấp
        chi_tieu:
            mỗi xã có ít nhất một hợp tác xã hoạt động hiệu quả
        muc_dich:
            liên kết sản xuất, nâng cao giá trị nông sản
            tạo việc làm cho lao động nông thôn
        co_quan:
            Liên minh Hợp tác xã tỉnh
            Phòng Nông nghiệp và PTNT {huyen}
            Hợp tác xã {ten_xa}
        chuc_vu:
            Chủ tịch Liên minh Hợp tác xã tỉnh
            Giám đốc Hợp tác xã {ten_xa}
        trich_dan:
            Hợp tác xã mạnh thì nông dân mới mạnh
        trich_dan_dan:
            Vào hợp tác xã, sản phẩm làm ra có đầu ra ổn định, không còn bị thương lái ép giá
        muc:
            Liên kết để phát triển
            Hợp tác xã kiểu mới
        cau:
            Hợp tác xã hiện có {so} thành viên, tạo việc làm thường xuyên cho {so_nho} lao động địa phương.
            Sản phẩm {san_pham_htx} của hợp tác xã đã được cấp mã QR truy xuất nguồn gốc.
            Hợp tác xã ký hợp đồng bao tiêu sản phẩm với giá ổn định cho các hộ thành viên.
        san_pham_htx:
            chè
            miến dong
            quế
            rau an toàn
            mật ong
        """,
    ),
    topic(
        "Phòng, chống ma túy",
        section="quoc-phong-an-ninh",
        tags=["An ninh trật tự"],
        text="""
        titles:
            Bắt giữ đối tượng vận chuyển {so_nho} bánh heroin tại {xa}
            Xây dựng {xa} không ma túy
            Cai nghiện ma túy tại gia đình, cộng đồng ở {xa}
            Hưởng ứng Tháng hành động phòng, chống ma túy năm {nam} tại {xa}
            Triệt phá điểm bán lẻ ma túy ở {thon}
        sapos:
            {buoi_ngay}, Công an {huyen} đã bắt quả tang đối tượng đang vận chuyển trái phép chất ma túy, thu giữ {so_nho} bánh heroin và {so} viên ma túy tổng hợp.
            {thoi_gian}, lực lượng chức năng {huyen} đã phát hiện, bắt giữ {so_nho} vụ, {so_nho} đối tượng phạm tội về ma túy.
        linh_vuc:
            công tác phòng, chống ma túy
        su_kien:
            lễ mít tinh hưởng ứng Tháng hành động phòng, chống ma túy
            hội nghị triển khai xây dựng xã không ma túy
        viec:
            đấu tranh, triệt xóa các điểm bán lẻ ma túy
            quản lý người sử dụng trái phép chất ma túy tại cộng đồng
            tuyên truyền tác hại của ma túy trong trường học
            tổ chức cai nghiện tự nguyện tại gia đình, cộng đồng
        ket_qua:
            {so_nho} vụ, {so_nho} đối tượng phạm tội về ma túy bị bắt giữ
            {so_nho} xã được công nhận xã không ma túy
            số người nghiện ma túy giảm {tang} so với cùng kỳ
        kho_khan:
            địa bàn rộng, giáp ranh nhiều tuyến đường, đối tượng lợi dụng để vận chuyển ma túy
            tình trạng tái nghiện sau cai vẫn còn
        chi_tieu:
            xây dựng thêm {so_nho} xã không ma túy
        muc_dich:
            kiềm chế, đẩy lùi tệ nạn ma túy
            giữ bình yên cho thôn, bản
        co_quan:
            Công an {huyen}
            Đội Cảnh sát điều tra tội phạm về ma túy Công an {huyen}
            Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội {huyen}
        chuc_vu:
            Trưởng Công an {huyen}
            Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy Công an {huyen}
        trich_dan:
            Mỗi gia đình phải là một pháo đài ngăn chặn ma túy
        trich_dan_dan:
            Từ khi công an xã quản lý chặt, thanh niên trong bản không còn tụ tập, bà con yên tâm hơn
        muc:
            Ngăn chặn từ sớm
            Xã không ma túy
        cau:
            Qua kiểm tra hành chính, lực lượng chức năng phát hiện trong ba lô của đối tượng có {so_nho} gói chứa chất bột màu trắng.
            Đối tượng khai nhận mua ma túy từ người không quen biết ở khu vực biên giới với giá {trieu}.
            Các gia đình có người nghiện được cán bộ công an, đoàn thể hỗ trợ, động viên tham gia cai nghiện.
        """,
    ),
    topic(
        "Khuyến học",
        section="giao-duc-y-te",
        tags=["Giáo dục"],
        text="""
        titles:
            Hội Khuyến học {huyen} trao {so} suất học bổng năm {nam}
            Dòng họ {ho_dong_ho} ở {xa} đạt danh hiệu “Dòng họ học tập”
            Tuyên dương {so} học sinh, sinh viên tiêu biểu {huyen}
            Quỹ khuyến học {xa} đạt {trieu}
            Xây dựng xã hội học tập ở {xa}
        sapos:
            {buoi_ngay}, Hội Khuyến học {huyen} tổ chức trao {so} suất học bổng cho học sinh nghèo vượt khó, học giỏi, với tổng trị giá {trieu}.
            Phong trào khuyến học, khuyến tài ở {xa} phát triển mạnh, nhiều dòng họ, gia đình được công nhận danh hiệu học tập.
        linh_vuc:
            công tác khuyến học, khuyến tài
            xây dựng xã hội học tập
        su_kien:
            lễ trao học bổng khuyến học năm {nam}
            lễ tuyên dương học sinh, sinh viên tiêu biểu
        viec:
            vận động xây dựng quỹ khuyến học
            trao học bổng cho học sinh nghèo vượt khó
            xây dựng mô hình gia đình, dòng họ, cộng đồng học tập
        ket_qua:
            {so_lon} gia đình đạt danh hiệu gia đình học tập
            quỹ khuyến học các cấp đạt {ty}
            {so} suất học bổng được trao cho học sinh khó khăn
        kho_khan:
            nguồn vận động quỹ khuyến học ở vùng cao còn hạn chế
        chi_tieu:
            100% thôn có chi hội khuyến học
        muc_dich:
            khích lệ tinh thần hiếu học
            xây dựng xã hội học tập
        co_quan:
            Hội Khuyến học {huyen}
            Hội Khuyến học tỉnh
            Hội Khuyến học {xa}
        chuc_vu:
            Chủ tịch Hội Khuyến học {huyen}
            Chủ tịch Hội Khuyến học tỉnh
        trich_dan:
            Học tập là con đường ngắn nhất để thoát nghèo
        trich_dan_dan:
            Suất học bổng giúp em có thêm sách vở, em sẽ cố gắng học thật giỏi để không phụ lòng mọi người
        muc:
            Tiếp sức đến trường
            Khuyến học từ dòng họ
        cau:
            Dòng họ {ho_dong_ho} có nhiều con cháu đỗ đại học, thành đạt, trở về xây dựng quê hương.
            Quỹ khuyến học được hình thành từ sự đóng góp của các gia đình, doanh nghiệp và nhà hảo tâm.
            Mỗi suất học bổng trị giá từ 500 nghìn đến 2 triệu đồng.
        ho_dong_ho:
            Nông
            Hoàng
            Triệu
            Lương
            Ma
        """,
    ),
]

ZIPF_EXPONENT = 0.7
#: Items that touch a second topic: one paragraph, two in a long body, is about it.
SECOND_TOPIC_ITEMS = 0.3
GENERIC_SENTENCES = 0.08
#: Of a topic's sentences, how many are its own rather than shared frames it fills, and
#: at most how many of its own one item uses (the main topic, a second one).
OWN_SENTENCES = 0.55
OWN_SENTENCE_BUDGET = ((3, 6), (1, 3))
OWN_TITLES = 0.75
OWN_SAPOS = 0.6
#: Paragraphs in a body, 4 to 10, and sentences in a paragraph, 2 to 5, with their weights.
PARAGRAPHS = (4, 5, 6, 7, 8, 9, 10)
PARAGRAPH_WEIGHTS = (5, 6, 5, 3, 2, 1, 1)
SENTENCES = (2, 3, 4, 5)
SENTENCE_WEIGHTS = (4, 4, 2, 1)
HEADING_ITEMS = 0.3
LIST_ITEMS = 0.08

MONG_FAMILIES = {"Giàng", "Sùng", "Vàng", "Thào", "Lầu"}
MONG_MALE_GIVEN = "Pao Chúng Dìn Sềnh Páo Chứ Dế Lử Sình Tủa".split()
MONG_FEMALE_GIVEN = "Mỷ Sua Dợ Pằng Chu Mai Dúa".split()
ROMAN = ("I", "II", "III", "IV")

_SLOT = re.compile(r"\{(\^?)([a-z_0-9]+)\}")

#: Slots that keep one value through an item, set by Writer.begin().
ITEM_SLOTS = frozenset(
    "xa ten_xa huyen ten_huyen huyen_uy tinh ten_tinh noi thon nam nam_sau nam_truoc nam_kh "
    "giai_doan nam_hoc thang ngay buoi_ngay nguoi ong_ba nguoi2 ong_ba2 dan dan_goi".split()
)


@dataclass(frozen=True)
class Commune:
    """A commune (xã), town (thị trấn) or ward (phường) of one of the DISTRICTS."""

    kind: str
    name: str
    district: tuple
    weight: int

    def __str__(self):
        return f"{self.kind} {self.name}"


def _place_names():
    """Communes and villages, the same on every run whatever the seed."""
    rng = random.Random(0)
    kinh = [f"{a} {b}" for a in dict.fromkeys(KINH_FIRST) for b in dict.fromkeys(KINH_SECOND)]
    tay = [f"{a} {b}" for a in dict.fromkeys(TAY_FIRST) for b in dict.fromkeys(TAY_SECOND)]
    taken = set(PLACES) | {name for _kind, name in DISTRICTS}
    kinh = [name for name in kinh if len(set(name.split())) == 2 and name not in taken]
    tay = [name for name in tay if name not in taken]
    rng.shuffle(kinh)
    rng.shuffle(tay)
    # Each rural district has a town named after it; city and town districts have wards.
    communes = [
        Commune("thị trấn", name, (kind, name), 1) for kind, name in DISTRICTS if kind == "huyện"
    ]
    communes += [Commune("xã", name, DISTRICTS[0], 3) for name in PLACES]
    for index, name in enumerate(kinh[:420] + tay[:180]):
        district = DISTRICTS[index % len(DISTRICTS)]
        communes.append(Commune("xã" if district[0] == "huyện" else "phường", name, district, 1))
    # "bản Bản Lùng" would stutter.
    villages = [name for name in tay[180:] if not name.startswith("Bản ")][:300]
    return communes, villages


COMMUNES, VILLAGES = _place_names()


def _capitalise(text):
    return text[:1].upper() + text[1:]


def _decimal(value):
    """0.0 written the Vietnamese way, with a decimal comma: 12,5."""
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _thousands(value):
    """1234 written the Vietnamese way: 1.234."""
    return f"{value:,}".replace(",", ".")


def _compile(text, resolve):
    """A template as a function of the writer; slots are resolved once, here."""
    parts, position = [], 0
    for match in _SLOT.finditer(text):
        if match.start() > position:
            parts.append(text[position : match.start()])
        fill = resolve(match[2])
        parts.append((lambda w, fill=fill: _capitalise(fill(w))) if match[1] else fill)
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    if all(isinstance(part, str) for part in parts):
        constant = "".join(parts)
        return lambda w: constant
    parts = tuple(parts)
    return lambda w: "".join([part if part.__class__ is str else part(w) for part in parts])


def _picker(options):
    """A function drawing one of ``options``; within an item it avoids repeating one."""

    def pick(w):
        choice = w.rng.choice
        chosen = choice(options)
        if chosen in w.used:
            chosen = choice(options)
            if chosen in w.used:
                chosen = choice(options)
        w.used.add(chosen)
        return chosen(w)

    return pick


def _item_value(name):
    return lambda w: w.values[name]


def _period(w):
    month, year = w.date.month, w.date.year
    options = [f"từ đầu năm {year} đến nay", "thời gian qua", "những năm gần đây"]
    if month >= 3:
        options.append(f"trong {month - 1} tháng đầu năm {year}")
    if month >= 4:
        options.append(f"trong quý {ROMAN[(month - 1) // 3 - 1]}/{year}")
    if month <= 2:
        options.append(f"năm {year - 1}")
    return w.rng.choice(options)


def _money(w):
    rng = w.rng
    if rng.random() < 0.6:
        return f"{_decimal(rng.uniform(1.2, 95))} tỷ đồng"
    return f"{_thousands(rng.randint(100, 2500))} tỷ đồng"


def _fraction(w):
    whole = w.rng.randint(8, 20)
    return f"{w.rng.randint(whole - 6, whole)}/{whole}"


def _hectares(w):
    rng = w.rng
    if rng.random() < 0.5:
        return f"{_decimal(rng.uniform(5, 99))} ha"
    return f"{_thousands(rng.randint(100, 4800))} ha"


def _later_date(w):
    day = w.date.toordinal() + w.rng.randint(7, 75)
    later = w.date.fromordinal(day)
    return f"ngày {later.day}/{later.month}"


def _other_province(w):
    name = w.rng.choice(OTHER_PROVINCES)
    return f"thành phố {name}" if name in ("Hà Nội", "Hải Phòng") else f"tỉnh {name}"


GLOBAL_SLOTS = {
    "so_nho": lambda w: str(w.rng.randint(2, 12)),
    "so": lambda w: str(w.rng.randint(10, 150)),
    "so_vua": lambda w: str(w.rng.randint(120, 950)),
    "so_lon": lambda w: _thousands(w.rng.randint(1200, 48000)),
    "phan_so": _fraction,
    "ty_le": lambda w: _decimal(w.rng.uniform(62, 99.6)) + "%",
    "tang": lambda w: _decimal(w.rng.uniform(1.5, 28)) + "%",
    "ty": _money,
    "trieu": lambda w: f"{w.rng.randrange(20, 990, 10)} triệu đồng",
    "ha": _hectares,
    "km": lambda w: _decimal(w.rng.uniform(1.2, 38)) + " km",
    "xa2": lambda w: str(w.rng.choice(COMMUNES)),
    "ten_xa2": lambda w: w.rng.choice(COMMUNES).name,
    "huyen2": lambda w: " ".join(w.rng.choice(DISTRICTS)),
    "tinh_khac": _other_province,
    "thon2": lambda w: w.rng.choice(w.village_kinds) + " " + w.rng.choice(VILLAGES),
    "lang": lambda w: w.rng.choice(VILLAGES),
    "ngay_khac": _later_date,
    "quy": lambda w: f"quý {ROMAN[(w.date.month - 1) // 3]}/{w.date.year}",
    "thoi_gian": lambda w: _capitalise(_period(w)),
    "thoi_gian_thuong": _period,
    "ho_ten": lambda w: w.person()[0],
    "diem_so": lambda w: _decimal(w.rng.uniform(72, 93.5)),
    "tuoi": lambda w: str(w.rng.randint(18, 85)),
}

#: Lists every topic may draw on beside its own.
SHARED_LISTS = {
    "van_ban": entries(DOCUMENTS),
    "hoi_truong": entries(HALLS),
    "chuc_vu_chung": entries(OFFICIALS),
}
FRAMES = {
    "title_frames": entries(TITLE_FRAMES),
    "sapo_frames": entries(SAPO_FRAMES),
    "openings": entries(OPENINGS),
    "follow_ups": entries(FOLLOW_UPS),
    "middles": entries(MIDDLES),
    "closings": entries(CLOSINGS),
    "generic": entries(GENERIC),
    "list_leads": tuple(lead for lead, _key in LIST_LEADS),
}


class CompiledTopic:
    """A topic's templates and the shared frames, compiled against its vocabulary."""

    def __init__(self, topic):
        self.topic = topic
        texts = {**SHARED_LISTS, **FRAMES, **topic.vocabulary}
        self.lists = {key: [] for key in texts}

        def resolve(name):
            if name in self.lists:
                return _picker(self.lists[name])
            if name in ITEM_SLOTS:
                return _item_value(name)
            if name in GLOBAL_SLOTS:
                return GLOBAL_SLOTS[name]
            raise KeyError(f"Topic {topic.name!r}: unknown slot {{{name}}}")

        for key, values in texts.items():
            self.lists[key].extend(_compile(text, resolve) for text in values)
        self.pick = {key: _picker(options) for key, options in self.lists.items()}

    def either(self, w, own, shared, share):
        return self.pick[own if w.rng.random() < share else shared](w)

    def fresh(self, w, key, tries=4):
        """A template of ``key`` not yet used in this item, filled; None if none was found."""
        options = self.lists[key]
        for _ in range(tries):
            chosen = w.rng.choice(options)
            if chosen not in w.used:
                w.used.add(chosen)
                return chosen(w)
        return None


@dataclass(frozen=True)
class Article:
    """A written item: its topic, and its title, sapo and HTML body."""

    topic: Topic
    title: str
    sapo: str
    body: str


class Writer:
    """Writes news items from the topics; the same ``random.Random`` state gives the same
    items. ``article(date)`` fixes the item's places and people, then fills its title, sapo
    and body."""

    def __init__(self, rng, topics=None):
        self.rng = rng
        self.topics = [CompiledTopic(topic) for topic in topics or TOPICS]
        self.topic_weights = list(
            accumulate(1 / rank**ZIPF_EXPONENT for rank in range(1, len(self.topics) + 1))
        )
        self.commune_weights = list(accumulate(commune.weight for commune in COMMUNES))
        self.village_kinds = ("thôn", "thôn", "bản")
        self.values, self.used, self.date, self.own_left = {}, set(), None, {}

    def choose_topic(self):
        return self.topics[bisect(self.topic_weights, self.rng.random() * self.topic_weights[-1])]

    def person(self, female_share=0.4):
        rng = self.rng
        female = rng.random() < female_share
        family = rng.choice(FAMILY_NAMES)
        if family in MONG_FAMILIES:
            middle = "Thị" if female else "A"
            given = rng.choice(MONG_FEMALE_GIVEN if female else MONG_MALE_GIVEN)
        else:
            middle = rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
            given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
        return f"{family} {middle} {given}", given, female

    def begin(self, topic, date):
        """Fix what stays the same through one item: places, dates, people."""
        rng = self.rng
        self.date, self.used = date, set()
        commune = COMMUNES[bisect(self.commune_weights, rng.random() * self.commune_weights[-1])]
        district_kind, district = commune.district
        party = {"thành phố": "Thành ủy", "thị xã": "Thị ủy"}.get(district_kind, "Huyện ủy")
        year, month = date.year, date.month
        event = date.fromordinal(date.toordinal() - rng.randint(0, 2))
        values = self.values = {
            "xa": str(commune),
            "ten_xa": commune.name,
            "huyen": f"{district_kind} {district}",
            "ten_huyen": district,
            "huyen_uy": f"{party} {district}",
            "tinh": f"tỉnh {PROVINCE}",
            "ten_tinh": PROVINCE,
            "thon": (
                f"tổ dân phố số {rng.randint(1, 18)}"
                if commune.kind == "phường"
                else f"{rng.choice(self.village_kinds)} {rng.choice(VILLAGES)}"
            ),
            "nam": str(year),
            "nam_sau": str(year + 1),
            "nam_truoc": str(year - 1),
            "nam_kh": "2030" if rng.random() < 0.25 else str(year + 1),
            "giai_doan": "2021-2025" if year <= 2025 else "2026-2030",
            "nam_hoc": f"{year}-{year + 1}" if month >= 8 else f"{year - 1}-{year}",
            "thang": f"tháng {month}/{year}",
            "ngay": f"ngày {event.day}/{event.month}",
            "buoi_ngay": f"{rng.choice(('Sáng', 'Sáng', 'Chiều', 'Ngày'))} {event.day}/{event.month}",
        }
        place = rng.random()
        if place < 0.45:
            values["noi"] = values["xa"]
        elif place < 0.85:
            values["noi"] = rng.choice((district, values["huyen"]))
        else:
            values["noi"] = rng.choice((PROVINCE, values["tinh"]))
        # Roles may name the item's places, so they are drawn once those are set.
        for key, roles in (("", "chuc_vu"), ("2", "chuc_vu_chung")):
            role = topic.pick[roles](self)
            name, given, female = self.person(female_share=1 if "Phụ nữ" in role else 0.3)
            values["nguoi" + key] = f"{role} {name}"
            values["ong_ba" + key] = ("bà " if female else "ông ") + given
        name, given, female = self.person(female_share=0.5)
        if rng.random() < 0.5:
            title = "chị" if female else "anh"
        else:
            title = "bà" if female else "ông"
        values["dan"] = f"{title} {name} ở {values['thon']}"
        values["dan_goi"] = f"{title} {given}"

    def article(self, date):
        """One item about a main topic, sometimes touching a second, dated ``date``."""
        rng = self.rng
        main = self.choose_topic()
        second = self.choose_topic() if rng.random() < SECOND_TOPIC_ITEMS else None
        if second is main:
            second = None
        self.begin(main, date)
        title = _capitalise(main.either(self, "titles", "title_frames", OWN_TITLES))
        sapo = _capitalise(main.either(self, "sapos", "sapo_frames", OWN_SAPOS))
        return Article(main.topic, title, sapo, self.body(main, second))

    def sentence(self, topic, main):
        """A body sentence about ``topic``: its own, a shared frame it fills, or now and then a
        generic one; a template is not used twice in an item while others remain."""
        rng = self.rng
        if rng.random() < GENERIC_SENTENCES:
            return main.pick["generic"](self)
        if self.own_left[topic] and rng.random() < OWN_SENTENCES:
            text = topic.fresh(self, "cau")
            if text is not None:
                self.own_left[topic] -= 1
                return text
        return topic.fresh(self, "middles") or main.pick["generic"](self)

    def body(self, main, second):
        """Paragraphs opened and closed by shared frames; one or two in the middle are about
        the second topic, if any; now and then a subheading or a list."""
        rng = self.rng
        count = rng.choices(PARAGRAPHS, PARAGRAPH_WEIGHTS)[0]
        heading_at = rng.randrange(2, count) if rng.random() < HEADING_ITEMS else None
        list_after = rng.randrange(1, count - 1) if rng.random() < LIST_ITEMS else None
        self.own_left = {main: rng.randint(*OWN_SENTENCE_BUDGET[0])}
        about_second = set()
        if second is not None:
            self.own_left[second] = rng.randint(*OWN_SENTENCE_BUDGET[1])
            start = rng.randrange(1, count - 1)
            about_second = {start, start + 1} if count >= 7 and start + 2 < count else {start}
        parts = []
        for index in range(count):
            if index == heading_at:
                parts.append(f"<h2>{html.escape(main.pick['muc'](self), quote=False)}</h2>")
            topic = second if index in about_second else main
            size = rng.choices(SENTENCES, SENTENCE_WEIGHTS)[0]
            sentences = []
            for position in range(size):
                if index == 0 and position == 0:
                    text = main.pick["openings"](self)
                elif index == 0 and position == 1 and rng.random() < 0.5:
                    text = main.pick["follow_ups"](self)
                elif index == count - 1 and position == size - 1:
                    text = main.pick["closings"](self)
                else:
                    text = self.sentence(topic, main)
                sentences.append(_capitalise(text))
            parts.append(f"<p>{html.escape(' '.join(sentences), quote=False)}</p>")
            if index == list_after:
                parts.append(self.bulleted_list(main))
        return "\n".join(parts)

    def bulleted_list(self, topic):
        """A lead-in paragraph and a list of three to five of the topic's tasks or results."""
        rng = self.rng
        index = rng.randrange(len(LIST_LEADS))
        lead = topic.lists["list_leads"][index](self)
        pick = topic.pick[LIST_LEADS[index][1]]
        lines = [
            html.escape(_capitalise(pick(self)), quote=False) for _ in range(rng.randint(3, 5))
        ]
        items = ";</li><li>".join(lines)
        return f"<p>{html.escape(lead, quote=False)}</p>\n<ul><li>{items}.</li></ul>"
