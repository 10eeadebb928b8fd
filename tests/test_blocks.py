"""Each block rendered on its own, without HTTP."""

import pytest
from django.test import RequestFactory
from django.utils import timezone

from bantin.blocks import Block, UnknownBlock, registry
from bantin.blocks.base import BlockRegistry
from bantin.models import NewsItem
from bantin.pages import Page

from .factories import make_author, make_category, make_news_item

pytestmark = pytest.mark.django_db


def page_for(kind="home", path="/", **fields):
    return Page(request=RequestFactory().get(path), kind=kind, **fields)


def test_registry_refuses_a_name_twice():
    local = BlockRegistry()

    class One(Block):
        name = "one"

    local.register(One)
    with pytest.raises(ValueError, match="registered already"):
        local.register(One)


def test_registry_raises_on_an_unknown_name():
    with pytest.raises(UnknownBlock):
        registry.get("khong-co")


def test_the_catalogue_of_this_release():
    assert {"toolbar", "viewdata", "othernews", "listdata", "featured", "latest"} <= set(
        registry.names()
    )


def test_toolbar_shows_the_vietnamese_weekday_and_date(django_assert_num_queries):
    item = make_news_item(publish_at=timezone.make_aware(timezone.datetime(2026, 11, 29, 8, 0)))
    with django_assert_num_queries(0):
        html = registry.get("toolbar").render(page_for("article", item=item))
    assert 'data-block="toolbar"' in html
    assert "Chủ Nhật, 29/11/2026" in html
    assert "Tăng cỡ chữ" in html and "Giảm cỡ chữ" in html and "In bài viết" in html
    assert "facebook.com/sharer" in html


def test_viewdata_shows_bylines_in_order(django_assert_num_queries):
    first, second = make_author("Hương Dịu"), make_author("Minh Đức")
    item = make_news_item(authors=[second, first], source="Báo Bắc Sơn")
    item = NewsItem.objects.for_article().get(pk=item.pk)
    with django_assert_num_queries(0):
        html = registry.get("viewdata").render(page_for("article", item=item))
    assert 'data-block="viewdata"' in html
    assert html.index("Minh Đức") < html.index("Hương Dịu")
    assert "Nguồn: Báo Bắc Sơn" in html


@pytest.mark.parametrize("count", [0, 1, 12])
def test_othernews_lists_older_items_of_the_same_section(count, django_assert_num_queries):
    section = make_category("Kinh tế")
    older = [make_news_item(f"Tin cũ {n}", category=section) for n in range(count)]
    item = make_news_item("Tin hiện tại", category=section, publish_at=timezone.now())
    make_news_item("Tin chuyên mục khác")
    with django_assert_num_queries(1):
        html = registry.get("othernews").render(page_for("article", item=item), count=8)
    assert 'data-block="othernews"' in html
    assert html.count("<li>") == min(count, 8)
    assert "Tin hiện tại" not in html and "Tin chuyên mục khác" not in html
    if count == 0:
        assert "Chưa có tin khác" in html
    else:
        assert older[0].title in html


@pytest.mark.parametrize("count", [0, 1, 21])
def test_listdata_paginates_a_section(count, django_assert_max_num_queries):
    section = make_category("Kinh tế")
    for n in range(count):
        make_news_item(f"Tin {n}", category=section)
    page = page_for("category", path=section.get_absolute_url(), category=section, title="Kinh tế")
    with django_assert_max_num_queries(3):
        html = registry.get("listdata").render(page, per_page=20)
    assert 'data-block="listdata"' in html
    assert html.count('<article class="card') == min(count, 20)
    assert ('rel="next"' in html) == (count > 20)


@pytest.mark.parametrize("count", [0, 1, 7])
def test_featured_shows_only_featured_items(count, django_assert_num_queries):
    for n in range(count):
        make_news_item(f"Nổi bật {n}", is_featured=True)
    make_news_item("Không nổi bật")
    with django_assert_num_queries(1):
        html = registry.get("featured").render(page_for(), count=5)
    assert html.count('<article class="card') == min(count, 5)
    assert "Không nổi bật" not in html
    assert ('data-block="featured"' in html) == (count > 0)


def test_latest_groups_items_by_top_level_section(django_assert_num_queries):
    economy = make_category("Kinh tế", position=1)
    farming = make_category("Nông nghiệp", parent=economy)
    culture = make_category("Văn hóa", position=2)
    for n in range(5):
        make_news_item(f"Nông nghiệp {n}", category=farming)
    make_news_item("Lễ hội", category=culture)
    with django_assert_num_queries(2):
        html = registry.get("latest").render(page_for(), by_section=True, count=4)
    assert html.index("Kinh tế") < html.index("Văn hóa")
    assert html.count("Nông nghiệp ") == 4
    assert "Lễ hội" in html


def test_latest_without_items_says_so():
    html = registry.get("latest").render(page_for(), count=5)
    assert "Chưa có bài viết nào" in html
