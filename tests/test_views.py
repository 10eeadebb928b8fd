from datetime import timedelta

import pytest
from django.utils import timezone

from bantin.models import NewsItem

from .factories import make_author, make_category, make_image, make_news_item

pytestmark = pytest.mark.django_db


def test_home_shows_featured_and_latest_per_section(client):
    section = make_category("Kinh tế")
    featured = make_news_item("Tin nổi bật về kinh tế", category=section, is_featured=True)
    ordinary = make_news_item("Tin thường về kinh tế", category=section)
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-block="featured"' in html and 'data-block="latest"' in html
    assert featured.title in html and ordinary.title in html


def test_article_page_carries_every_part_of_the_seed(client):
    author = make_author("Hương Dịu")
    image = make_image(alt_text="Bộ phận một cửa", caption="Người dân đến thực hiện các TTHC")
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        sapo="Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm.",
        body="<p>Kết quả đánh giá chỉ số CCHC cấp huyện năm 2021.</p>",
        lead_image=image,
        authors=[author],
        source="Báo Bắc Kạn",
        publish_at=timezone.make_aware(timezone.datetime(2022, 4, 28, 9, 0)),
    )
    html = client.get(item.get_absolute_url()).content.decode()
    toolbar = html.index('data-block="toolbar"')
    viewdata = html.index('data-block="viewdata"')
    assert toolbar < viewdata < html.index('data-block="othernews"')
    for part in [
        "Thứ Năm, 28/04/2022",
        "Tăng cỡ chữ",
        "Giảm cỡ chữ",
        '<h1 class="article__title">Ba Bể đẩy mạnh cải cách hành chính</h1>',
        "Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm.",
        "Người dân đến thực hiện các TTHC",
        'alt="Bộ phận một cửa"',
        "Kết quả đánh giá chỉ số CCHC cấp huyện năm 2021.",
        f'<a href="{author.get_absolute_url()}" rel="author">Hương Dịu</a>',
        "Nguồn: Báo Bắc Kạn",
        '<html lang="vi">',
    ]:
        assert part in html, part


@pytest.mark.parametrize(
    "fields",
    [
        {"status": NewsItem.Status.DRAFT, "publish_at": None},
        {"status": NewsItem.Status.SUBMITTED, "publish_at": None},
        {"status": NewsItem.Status.UNPUBLISHED},
        {"publish_at": "future"},
        {"unpublish_at": "past"},
    ],
    ids=["draft", "submitted", "unpublished", "future", "expired"],
)
def test_items_readers_may_not_see_answer_404(client, fields):
    now = timezone.now()
    if fields.get("publish_at") == "future":
        fields["publish_at"] = now + timedelta(minutes=1)
    if fields.get("unpublish_at") == "past":
        fields.update(publish_at=now - timedelta(days=2), unpublish_at=now - timedelta(seconds=1))
    item = make_news_item(**fields)
    response = client.get(item.get_absolute_url())
    assert response.status_code == 404
    assert item.title not in response.content.decode()


def test_old_slug_answers_301_to_the_canonical_url(client):
    item = make_news_item("Tiêu đề cũ")
    old_url = item.get_absolute_url()
    item.slug = "tieu-de-moi"
    item.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == item.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200


def test_url_with_the_id_alone_answers_301(client):
    item = make_news_item("Chỉ có mã số")
    response = client.get(f"/tin-tuc/{item.pk}/")
    assert response.status_code == 301
    assert response["Location"] == item.get_absolute_url()


def test_slug_ending_in_digits_still_finds_the_item(client):
    item = make_news_item("Kế hoạch năm 2026")
    assert item.get_absolute_url() == f"/tin-tuc/ke-hoach-nam-2026-{item.pk}/"
    assert client.get(item.get_absolute_url()).status_code == 200


def test_section_lists_twenty_items_a_page_newest_first(client):
    section = make_category("Kinh tế")
    now = timezone.now()
    items = [
        make_news_item(f"Tin {n:02d}", category=section, publish_at=now - timedelta(hours=n))
        for n in range(25)
    ]
    first = client.get(section.get_absolute_url()).content.decode()
    second = client.get(section.get_absolute_url() + "?page=2").content.decode()
    assert first.count('<article class="card') == 20
    assert first.index(items[0].title) < first.index(items[1].title)
    assert items[20].title not in first and items[20].title in second
    assert second.count('<article class="card') == 5


def test_section_page_lists_its_subsections_items(client):
    parent = make_category("Kinh tế")
    child = make_category("Nông nghiệp", parent=parent)
    item = make_news_item(category=child)
    assert item.title in client.get(parent.get_absolute_url()).content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999", "1.5", "%00"])
def test_bad_page_numbers_answer_404_not_500(client, page):
    section = make_category("Kinh tế")
    make_news_item(category=section)
    response = client.get(section.get_absolute_url(), {"page": page})
    assert response.status_code == 404


def test_inactive_section_answers_404(client):
    section = make_category("Cũ", is_active=False)
    assert client.get(section.get_absolute_url()).status_code == 404


def test_author_page_lists_their_published_items(client):
    author = make_author("Hương Dịu")
    mine = make_news_item("Bài của Hương Dịu", authors=[author])
    draft = make_news_item(
        "Bản nháp", authors=[author], status=NewsItem.Status.DRAFT, publish_at=None
    )
    html = client.get(author.get_absolute_url()).content.decode()
    assert mine.title in html and draft.title not in html


def test_drafts_do_not_leak_into_lists(client):
    section = make_category("Kinh tế")
    make_news_item(
        "Bản nháp bí mật",
        category=section,
        status=NewsItem.Status.DRAFT,
        publish_at=None,
        is_featured=True,
    )
    for url in ["/", section.get_absolute_url()]:
        assert "Bản nháp bí mật" not in client.get(url).content.decode()


def test_unknown_urls_answer_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_tag_page_lists_its_items(client):
    from bantin.models import Tag

    tag = Tag.objects.create(name="Đặc sản OCOP")
    assert tag.slug == "dac-san-ocop"
    item = make_news_item("Miến dong đạt 4 sao")
    item.tags.add(tag)
    make_news_item("Tin không gắn chủ đề")
    response = client.get(tag.get_absolute_url())
    listing = response.content.decode().split('data-block="listdata"')[1].split("</section>")[0]
    assert response.status_code == 200
    assert item.title in listing and "Tin không gắn chủ đề" not in listing


def test_unknown_tag_answers_404(client):
    assert client.get("/chu-de/khong-co/").status_code == 404


def test_search_page_finds_published_items(client):
    make_news_item("Cải cách hành chính ở Thanh Lâm")
    make_news_item("Cải cách bí mật", status=NewsItem.Status.DRAFT, publish_at=None)
    response = client.get("/tim-kiem/", {"q": "cải cách"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cải cách hành chính ở Thanh Lâm" in html and "Cải cách bí mật" not in html
    assert 'data-block="searchresults"' in html


@pytest.mark.parametrize(
    "query",
    ["", "x" * 10000, "' OR 1=1--", '&|!:*()"', '"unbalanced', "a\x00b", "%", "_"],
)
def test_search_never_fails_on_odd_input(client, query):
    make_news_item("Tin bất kỳ")
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("page", ["-1", "abc", "99999999"])
def test_search_pages_out_of_range_answer_404(client, page):
    make_news_item("Cải cách")
    assert client.get("/tim-kiem/", {"q": "cải cách", "page": page}).status_code == 404


def test_an_absurdly_long_id_answers_404(client):
    assert client.get("/tin-tuc/a-" + "9" * 5000 + "/").status_code == 404
