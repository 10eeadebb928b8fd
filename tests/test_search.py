"""Search behaviour, the same on SQLite (FTS5) and PostgreSQL (tsvector + unaccent)."""

import unicodedata
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from bantin import roles, search, workflow
from bantin.models import NewsItem

from .factories import make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db


def found(text):
    return [item.title for item in search.ranked(NewsItem.objects.published(), search.parse(text))]


@pytest.mark.parametrize(
    "query",
    [
        "cai cach hanh chinh",
        "cải cách hành chính",
        "CẢI CÁCH",
        "Cai Cach",
        unicodedata.normalize("NFD", "cải cách hành chính"),
    ],
)
def test_with_or_without_diacritics_in_any_case(query):
    make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    make_news_item("Lễ hội mùa xuân")
    assert found(query) == ["Ba Bể đẩy mạnh cải cách hành chính"]


@pytest.mark.parametrize("query", ["da nang", "Đà Nẵng", "DA NANG", "đà nẵng"])
def test_d_with_stroke_matches_d(query):
    make_news_item("Đà Nẵng đón đoàn công tác")
    assert found(query) == ["Đà Nẵng đón đoàn công tác"]


def test_exact_diacritics_rank_above_folded_matches():
    now = timezone.now()
    folded_only = make_news_item("Bàn về cai cach làm việc", publish_at=now - timedelta(hours=1))
    exact = make_news_item("Bàn về cải cách làm việc", publish_at=now - timedelta(hours=2))
    assert found("cải cách") == [exact.title, folded_only.title]
    assert found("cai cach") == [folded_only.title, exact.title]


def test_title_ranks_above_sapo_above_body():
    now = timezone.now()
    in_body = make_news_item(
        "Tin một", sapo="Sapo thường.", body="<p>Nói về nông thôn mới.</p>", publish_at=now
    )
    in_sapo = make_news_item(
        "Tin hai", sapo="Bàn về nông thôn mới.", publish_at=now - timedelta(days=1)
    )
    in_title = make_news_item("Nông thôn mới ở xã", publish_at=now - timedelta(days=2))
    assert found("nong thon moi") == [in_title.title, in_sapo.title, in_body.title]


def test_recent_ranks_above_old_among_equals():
    now = timezone.now()
    make_news_item("Tiêm chủng mở rộng", publish_at=now - timedelta(days=30))
    make_news_item("Tiêm chủng mở rộng ", publish_at=now - timedelta(days=1))
    results = list(search.ranked(NewsItem.objects.published(), search.parse("tiem chung")))
    assert results[0].publish_at > results[1].publish_at


def test_every_tier_in_order_and_pages_cut_across_them():
    now = timezone.now()

    def item(title, age, sapo="Tin trong tỉnh.", body="<p>Nội dung.</p>"):
        return make_news_item(title, sapo=sapo, body=body, publish_at=now - timedelta(hours=age))

    # Two of each tier, the newer one first; the oldest tier's items are the newest items.
    expected = [
        item("Bàn về lễ hội mới", 60),
        item("Lễ hội cũ", 61),
        item("Bàn về le hoi mới", 50),
        item("Le hoi cũ", 51),
        item("Tin một", 40, sapo="Mùa lễ hội đến."),
        item("Tin hai", 41, sapo="Sau lễ hội."),
        item("Tin ba", 30, sapo="Mùa le hoi đến."),
        item("Tin bốn", 31, sapo="Sau le hoi."),
        item("Tin năm", 20, body="<p>Nói về lễ hội.</p>"),
        item("Tin sáu", 21, body="<p>Bàn về lễ hội.</p>"),
        item("Tin bảy", 10, body="<p>Nói về le hoi.</p>"),
        item("Tin tám", 11, body="<p>Bàn về le hoi.</p>"),
    ]
    item("Tin khác", 1)
    results = search.ranked(NewsItem.objects.published(), search.parse("lễ hội"))
    assert results.count() == 12 and not results.more
    assert [i.title for i in results] == [i.title for i in expected]
    assert [i.search_tier for i in results] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    for start, stop in [(0, 5), (1, 4), (3, 9), (7, 12), (11, 20), (12, 20)]:
        page = search.ranked(NewsItem.objects.published(), search.parse("lễ hội"))[start:stop]
        assert [i.title for i in page] == [i.title for i in expected[start:stop]]


def test_a_new_publication_time_moves_an_item_in_the_results():
    now = timezone.now()
    older = make_news_item("Tiêm chủng đợt một", publish_at=now - timedelta(days=3))
    make_news_item("Tiêm chủng đợt hai", publish_at=now - timedelta(days=2))
    assert found("tiem chung")[0] == "Tiêm chủng đợt hai"
    older.publish_at = now - timedelta(days=1)
    older.save()
    assert found("tiem chung") == ["Tiêm chủng đợt một", "Tiêm chủng đợt hai"]


def test_scheduled_and_expired_items_are_not_found():
    now = timezone.now()
    make_news_item("Rừng đầu nguồn sắp đăng", publish_at=now + timedelta(minutes=5))
    make_news_item(
        "Rừng đầu nguồn hết hạn",
        publish_at=now - timedelta(days=2),
        unpublish_at=now - timedelta(days=1),
    )
    make_news_item("Rừng đầu nguồn đang đăng", publish_at=now - timedelta(days=2))
    assert found("rung dau nguon") == ["Rừng đầu nguồn đang đăng"]
    results = search.ranked(NewsItem.objects.published(), search.parse("rung dau nguon"))
    assert results.count() == 1


def test_a_wide_search_stops_counting_at_the_limit(client, monkeypatch):
    monkeypatch.setattr(search, "RESULT_LIMIT", 3)
    for number in range(5):
        make_news_item(f"Chợ phiên số {number}")
    results = search.ranked(NewsItem.objects.published(), search.parse("cho phien"))
    assert results.count() == 3 and results.more
    assert len(results[0:10]) == 3
    html = client.get("/tim-kiem/", {"q": "cho phien"}).content.decode()
    assert "Tìm thấy hơn 3 bài viết" in html and "thu hẹp" in html
    assert html.count('class="card search-result"') == 3
    narrow = client.get("/tim-kiem/", {"q": "cho phien so 4"}).content.decode()
    assert "Tìm thấy 1 bài viết." in narrow


def test_the_date_filters_are_whole_days_in_the_site_time_zone(client):
    local = timezone.get_current_timezone()
    # 00:30 on 10/03/2026 in Hà Nội is still 09/03 in UTC.
    early = timezone.make_aware(datetime(2026, 3, 10, 0, 30), local)
    late = timezone.make_aware(datetime(2026, 3, 10, 23, 30), local)
    make_news_item("Hội chợ sáng sớm", publish_at=early)
    make_news_item("Hội chợ tối muộn", publish_at=late)
    make_news_item("Hội chợ hôm sau", publish_at=late + timedelta(hours=1))
    html = client.get(
        "/tim-kiem/", {"q": "hoi cho", "tu_ngay": "10/03/2026", "den_ngay": "10/03/2026"}
    ).content.decode()
    html = html.split('data-block="searchresults"')[1].split("</section>")[0]
    assert "sáng sớm" in html and "tối muộn" in html and "hôm sau" not in html


def test_the_index_is_kept_by_every_change_after_all_migrations():
    # On SQLite a migration that remakes the news table drops its triggers (see 0012).
    item = make_news_item("Đèn chiếu sáng", body="<p>Lắp đèn ở xóm Bản Khe.</p>")
    assert found("ban khe") == ["Đèn chiếu sáng"]
    assert search.matching(NewsItem.objects.all(), search.parse("ban khe")).get() == item
    item.body = "<p>Lắp đèn ở xóm Nà Phục.</p>"
    item.save()
    assert found("ban khe") == [] and found("na phuc") == ["Đèn chiếu sáng"]


def test_migrate_puts_back_lost_triggers_and_reindexes(transactional_db):
    from django.core.management import call_command
    from django.db import connection

    item = make_news_item("Cầu treo Bản Khe")
    if connection.vendor == "sqlite":
        # What a migration remaking the news table does to its triggers.
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER bantin_search_update")
        item.title = "Cầu treo Nà Phục"
        item.save()
        assert found("na phuc") == []
    else:
        item.title = "Cầu treo Nà Phục"
        item.save()
    call_command("migrate", verbosity=0)
    assert found("na phuc") == ["Cầu treo Nà Phục"] and found("ban khe") == []
    item.title = "Cầu treo Đồng Lạc"
    item.save()
    assert found("dong lac") == ["Cầu treo Đồng Lạc"]


def test_words_of_adjacent_paragraphs_and_list_items_stay_apart():
    make_news_item(
        "Tin có danh sách", body="<ul><li>Làm đường</li><li>Điện sáng</li></ul><p>Hết</p>"
    )
    assert found("duong") == ["Tin có danh sách"] and found("dien sang het") == ["Tin có danh sách"]


def test_quoted_phrases_match_as_phrases():
    make_news_item("Dịch vụ công trực tuyến")
    make_news_item("Công chức đi dịch vụ")
    assert found('"dịch vụ công"') == ["Dịch vụ công trực tuyến"]
    assert len(found("dịch vụ công")) == 2


def test_snippets_are_highlighted_and_escaped():
    item = make_news_item(
        "Tin có đoạn trích",
        sapo="Mở đầu.",
        body="<p>Giá trị a &lt; b &amp; c, nói về chuyển đổi số ở xã.</p>",
    )
    query = search.parse("chuyen doi so")
    snippet = search.snippets([item], query)[item.pk]
    assert "<mark>chuyển</mark>" in snippet and "<mark>số</mark>" in snippet
    assert "&lt; b &amp; c" in snippet and "<script" not in snippet


def test_only_what_readers_may_see_and_changes_show_at_once():
    reporter = make_user(role=roles.REPORTER)
    draft = make_news_item(
        "Bản nháp về rừng", status=NewsItem.Status.DRAFT, publish_at=None, created_by=reporter
    )
    assert found("rung") == []
    workflow.news_item_submit(item=draft, actor=reporter)
    workflow.news_item_send_for_approval(item=draft, actor=make_user(role=roles.EDITOR))
    publisher = make_user(role=roles.PUBLISHER)
    workflow.news_item_publish(item=draft, actor=publisher)
    assert found("rung") == ["Bản nháp về rừng"]
    draft.refresh_from_db()
    draft.title = "Bảo vệ rừng đầu nguồn"
    draft.save()
    assert found("rung dau nguon") == ["Bảo vệ rừng đầu nguồn"] and found("ban nhap") == []
    workflow.news_item_unpublish(item=draft, actor=publisher)
    assert found("rung") == []
    workflow.news_item_publish(item=draft, actor=publisher)
    workflow.news_item_trash(item=draft, actor=publisher)
    assert found("rung") == []
    NewsItem.objects.filter(pk=draft.pk).delete()
    assert found("rung") == []


def test_the_search_page_filters_by_section_and_dates(client):
    economy = make_category("Kinh tế")
    culture = make_category("Văn hóa")
    now = timezone.now()
    make_news_item(
        "Chợ phiên vùng cao kinh tế", category=economy, publish_at=now - timedelta(days=40)
    )
    make_news_item(
        "Chợ phiên vùng cao văn hóa", category=culture, publish_at=now - timedelta(days=2)
    )

    def results(params):
        html = client.get("/tim-kiem/", params).content.decode()
        return html.split('data-block="searchresults"')[1].split("</section>")[0]

    html = results({"q": "cho phien", "chuyen_muc": "kinh-te"})
    assert "vùng cao kinh tế" in html and "vùng cao văn hóa" not in html
    since = (now - timedelta(days=10)).strftime("%d/%m/%Y")
    html = results({"q": "cho phien", "tu_ngay": since})
    assert "vùng cao văn hóa" in html and "vùng cao kinh tế" not in html


def test_highlighted_results_on_the_search_page(client):
    make_news_item("Cải cách thủ tục", sapo="Đẩy mạnh cải cách hành chính ở huyện.")
    html = client.get("/tim-kiem/", {"q": "cai cach"}).content.decode()
    assert "<mark>cải</mark> <mark>cách</mark>" in html.lower()
    assert "Tìm thấy 1 bài viết." in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "a", "tu_ngay": "31/02/2026"}, "Nhập một ngày hợp lệ"),
        ({"q": "a", "tu_ngay": "2026-12-01", "den_ngay": "2026-01-01"}, "phải sau"),
        ({"q": "a", "chuyen_muc": "khong-co"}, "Hãy chọn một lựa chọn hợp lệ"),
        ({"q": "a", "chuyen_muc": "\x00"}, "Hãy chọn một lựa chọn hợp lệ"),
        ({"q": "a", "den_ngay": "31/12/9999"}, "Hãy chọn một ngày từ 01/01/1900"),
        ({"q": "a", "tu_ngay": "0001-01-01"}, "Hãy chọn một ngày từ 01/01/1900"),
    ],
)
def test_bad_filters_are_reported_not_fatal(client, params, message):
    make_news_item("Tin a")
    response = client.get("/tim-kiem/", params)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="search-form__error"' in html and message in html
    assert "Tìm thấy 1 bài viết." in html  # the search still ran, without the bad filter


def test_the_admin_news_list_searches_with_the_same_engine(client):
    make_news_item(
        "Cải cách hành chính ở Thanh Lâm", status=NewsItem.Status.SUBMITTED, publish_at=None
    )
    make_news_item("Lễ hội")
    client.force_login(make_user(role=roles.EDITOR))
    html = client.get(
        reverse("admin:bantin_newsitem_changelist"), {"q": "cai cach"}
    ).content.decode()
    assert "Cải cách hành chính ở Thanh Lâm" in html and "Lễ hội" not in html


def test_the_demo_finds_cai_cach_without_diacritics(settings):
    from django.core.management import call_command

    call_command("load_demo", "--no-users", verbosity=0)
    results = list(search.ranked(NewsItem.objects.published(), search.parse("cai cach")))
    assert len(results) >= 3
    assert all("cải cách" in item.title.lower() for item in results[:2])
    for item in results:
        words = set(search.fold(f"{item.title} {item.sapo} {search.plain_text(item.body)}").split())
        assert {"cai", "cach"} <= {w.strip(".,;:“”()") for w in words}
