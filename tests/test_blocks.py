"""Each block rendered on its own, without HTTP, with its settings at their edges."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone

from bantin.blocks import Block, UnknownBlock, registry
from bantin.blocks.base import BlockRegistry
from bantin.models import DailyViewCount, NewsItem, Tag
from bantin.pages import Page
from bantin.structure import site_structure

from .factories import (
    make_author,
    make_category,
    make_image,
    make_news_item,
    search_query_budget,
)

pytestmark = pytest.mark.django_db

CATALOGUE = {
    "toolbar", "viewdata", "listdata", "featured", "latest", "othernews", "related", "mostread",
    "sectionmenu", "breadcrumb", "searchbox", "authorbox", "html", "searchresults",
}  # fmt: skip


def page_for(kind="home", path="/", **fields):
    return Page(request=RequestFactory().get(path), kind=kind, **fields)


def article(item):
    return NewsItem.objects.for_article().get(pk=item.pk)


def render(name, page, queries, budget, **settings):
    """Render a block with the site structure warm, within its query budget."""
    site_structure()
    with queries(budget):
        return registry.get(name).render(page, **settings)


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


def test_the_catalogue_is_complete():
    assert set(registry.names()) == CATALOGUE


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_block_has_a_template_and_description(name):
    block = registry.get(name)
    assert block.template_name == f"bantin/blocks/{name}.html"
    assert str(block.description)


def test_settings_are_validated_by_the_block():
    block = registry.get("latest")
    assert block.clean_settings({"count": "3", "images": False}) == {"count": 3, "images": False}
    with pytest.raises(ValidationError, match="count"):
        block.clean_settings({"count": 0})
    with pytest.raises(ValidationError, match="colour"):
        block.clean_settings({"colour": "red"})
    with pytest.raises(ValidationError, match="JSON"):
        block.clean_settings(["count", 3])
    with pytest.raises(ValidationError, match="Chuyên mục này không tồn tại"):
        block.clean_settings({"section": 999999})


def test_toolbar_shows_the_vietnamese_weekday_and_date(django_assert_num_queries):
    item = make_news_item(publish_at=timezone.make_aware(timezone.datetime(2026, 11, 29, 8, 0)))
    html = render("toolbar", page_for("article", item=item), django_assert_num_queries, 0)
    assert 'data-block="toolbar"' in html
    assert "Chủ Nhật, 29/11/2026" in html
    for label in ["Tăng cỡ chữ", "Giảm cỡ chữ", "In bài viết", "Nghe đọc bài", "Chia sẻ qua Zalo"]:
        assert label in html


def test_toolbar_uses_zalos_own_button_when_the_agency_has_an_official_account(
    settings, django_assert_num_queries
):
    settings.PORTAL_ZALO_OA_ID = "123456789"
    item = make_news_item()
    html = render("toolbar", page_for("article", item=item), django_assert_num_queries, 0)
    assert 'class="zalo-share-button' in html and 'data-oaid="123456789"' in html


def test_viewdata_shows_bylines_in_order_and_tags(django_assert_num_queries):
    first, second = make_author("Hương Dịu"), make_author("Minh Đức")
    item = make_news_item(authors=[second, first], source="Báo Bắc Sơn")
    item.tags.add(Tag.objects.create(name="Cải cách hành chính"))
    html = render("viewdata", page_for("article", item=article(item)), django_assert_num_queries, 0)
    assert 'data-block="viewdata"' in html
    assert html.index("Minh Đức") < html.index("Hương Dịu")
    assert "Nguồn: Báo Bắc Sơn" in html
    assert '/chu-de/cai-cach-hanh-chinh/" rel="tag"' in html


def test_viewdata_can_hide_tags(django_assert_num_queries):
    item = make_news_item()
    item.tags.add(Tag.objects.create(name="Du lịch"))
    page = page_for("article", item=article(item))
    assert "Du lịch" not in render("viewdata", page, django_assert_num_queries, 0, tags=False)


@pytest.mark.parametrize("count", [0, 1, 12])
def test_othernews_lists_older_items_of_the_same_section(count, django_assert_num_queries):
    section = make_category("Kinh tế")
    older = [make_news_item(f"Tin cũ {n}", category=section) for n in range(count)]
    item = make_news_item("Tin hiện tại", category=section, publish_at=timezone.now())
    make_news_item("Tin chuyên mục khác")
    html = render("othernews", page_for("article", item=item), django_assert_num_queries, 1)
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
    # The count, the page's ids (from an index, however deep), their rows.
    html = render("listdata", page, django_assert_max_num_queries, 3, per_page=20)
    assert 'data-block="listdata"' in html
    assert html.count('<article class="card') == min(count, 20)
    assert ('rel="next"' in html) == (count > 20)


def test_listdata_pagination_keeps_other_parameters(django_assert_max_num_queries):
    section = make_category("Kinh tế")
    for n in range(6):
        make_news_item(f"Tin {n}", category=section)
    page = page_for("category", path="/x/?page=2&utm=a", category=section)
    html = render("listdata", page, django_assert_max_num_queries, 3, per_page=5)
    assert 'href="?page=1&amp;utm=a"' in html


def test_listdata_of_a_tag_lists_its_items(django_assert_max_num_queries):
    tag = Tag.objects.create(name="OCOP")
    tagged = make_news_item("Sản phẩm OCOP")
    tagged.tags.add(tag)
    make_news_item("Tin khác")
    html = render(
        "listdata", page_for("tag", tag=tag, title="OCOP"), django_assert_max_num_queries, 3
    )
    assert "Sản phẩm OCOP" in html and "Tin khác" not in html


@pytest.mark.parametrize("count", [0, 1, 7])
def test_featured_shows_only_featured_items(count, django_assert_num_queries):
    for n in range(count):
        make_news_item(f"Nổi bật {n}", is_featured=True)
    make_news_item("Không nổi bật")
    html = render("featured", page_for(), django_assert_num_queries, 1, count=5)
    assert html.count('<article class="card') == min(count, 5)
    assert "Không nổi bật" not in html
    assert ('data-block="featured"' in html) == (count > 0)


def test_featured_of_a_chosen_section_includes_its_subsections(django_assert_num_queries):
    economy = make_category("Kinh tế")
    farming = make_category("Nông nghiệp", parent=economy)
    make_news_item("Nổi bật nông nghiệp", category=farming, is_featured=True)
    make_news_item("Nổi bật nơi khác", is_featured=True)
    html = render("featured", page_for(), django_assert_num_queries, 1, section=economy.pk)
    assert "Nổi bật nông nghiệp" in html and "Nổi bật nơi khác" not in html


def test_latest_groups_items_by_top_level_section(django_assert_num_queries):
    economy = make_category("Kinh tế", position=1)
    farming = make_category("Nông nghiệp", parent=economy)
    culture = make_category("Văn hóa", position=2)
    for n in range(5):
        make_news_item(f"Nông nghiệp {n}", category=farming)
    # An older item too: found by the second query, for the section short of recent items.
    make_news_item("Lễ hội", category=culture, publish_at=timezone.now() - timedelta(days=400))
    html = render("latest", page_for(), django_assert_num_queries, 2, by_section=True, count=4)
    assert html.index("Kinh tế") < html.index("Văn hóa")
    assert html.count("Nông nghiệp ") == 4
    assert "Lễ hội" in html


@pytest.mark.parametrize("count", [0, 1, 9])
def test_latest_lists_the_newest_items(count, django_assert_num_queries):
    for n in range(count):
        make_news_item(f"Tin mới {n}")
    html = render("latest", page_for(), django_assert_num_queries, 1, count=5)
    assert html.count("<li>") == min(count, 5)
    assert ("Chưa có bài viết nào" in html) == (count == 0)


@pytest.mark.parametrize("count", [0, 1, 8])
def test_related_ranks_shared_tags_first_and_never_shows_the_item(count, django_assert_num_queries):
    section = make_category("Kinh tế")
    tag = Tag.objects.create(name="OCOP")
    item = make_news_item("Bài đang đọc", category=section)
    item.tags.add(tag)
    for n in range(count):
        make_news_item(f"Cùng chuyên mục {n}", category=section)
    elsewhere = make_news_item("Cùng chủ đề, khác chuyên mục")
    elsewhere.tags.add(tag)
    make_news_item("Không liên quan")
    html = render(
        "related", page_for("article", item=article(item)), django_assert_num_queries, 1, count=6
    )
    assert "Bài đang đọc" not in html and "Không liên quan" not in html
    assert html.count('<article class="card') == min(count + 1, 6)
    titles = [line for line in html.splitlines() if "card__title" in line]
    assert "Cùng chủ đề, khác chuyên mục" in titles[0]


@pytest.mark.parametrize("count", [0, 1, 7])
def test_mostread_ranks_by_views_in_the_window(count, django_assert_num_queries):
    today = timezone.localdate()
    for n in range(count):
        item = make_news_item(f"Đọc nhiều {n}")
        DailyViewCount.objects.create(news_item=item, date=today, count=10 + n)
    old = make_news_item("Đọc nhiều tháng trước")
    DailyViewCount.objects.create(news_item=old, date=today - timedelta(days=30), count=999)
    hidden = make_news_item("Bản nháp", status=NewsItem.Status.DRAFT, publish_at=None)
    DailyViewCount.objects.create(news_item=hidden, date=today, count=999)
    html = render("mostread", page_for(), django_assert_num_queries, 1, count=5, days=7)
    assert html.count("<li>") == min(count, 5)
    assert "tháng trước" not in html and "Bản nháp" not in html
    if count > 1:
        assert html.index(f"Đọc nhiều {count - 1}") < html.index(f"Đọc nhiều {count - 2}")


def test_sectionmenu_marks_the_current_section_and_its_trail(django_assert_num_queries):
    economy = make_category("Kinh tế")
    farming = make_category("Nông nghiệp", parent=economy)
    make_category("Ẩn", is_active=False)
    page = page_for("category", category=farming)
    html = render("sectionmenu", page, django_assert_num_queries, 0)
    assert 'data-block="sectionmenu"' in html
    assert 'class="section-tree__trail"' in html
    assert f'href="{farming.get_absolute_url()}" aria-current="page"' in html
    assert "Ẩn" not in html


def test_sectionmenu_without_sections_says_so(django_assert_num_queries):
    assert "Chưa có chuyên mục" in render("sectionmenu", page_for(), django_assert_num_queries, 0)


def test_breadcrumb_walks_from_home_to_the_article(django_assert_num_queries):
    economy = make_category("Kinh tế")
    farming = make_category("Nông nghiệp", parent=economy)
    item = make_news_item("Vụ mùa bội thu", category=farming)
    page = page_for("article", item=item, title=item.title)
    html = render("breadcrumb", page, django_assert_num_queries, 0)
    assert html.index("Trang chủ") < html.index("Kinh tế") < html.index("Nông nghiệp")
    assert '<span aria-current="page">Vụ mùa bội thu</span>' in html


def test_searchbox_keeps_the_query(django_assert_num_queries):
    html = render("searchbox", page_for("search", query="cải cách"), django_assert_num_queries, 0)
    assert 'action="/tim-kiem/"' in html and 'value="cải cách"' in html


@pytest.mark.parametrize("authors", [0, 1, 2])
def test_authorbox_shows_every_byline(authors, django_assert_num_queries):
    photo = make_image(alt_text="Chân dung")
    people = [make_author(f"Tác giả {n}", bio=f"Tiểu sử {n}", photo=photo) for n in range(authors)]
    item = article(make_news_item(authors=people))
    html = render("authorbox", page_for("article", item=item), django_assert_num_queries, 0)
    assert html.count('class="authorbox"') == authors
    assert ('data-block="authorbox"' in html) == (authors > 0)
    if authors:
        assert "Tiểu sử 0" in html and 'alt="Chân dung"' in html


def test_html_block_is_sanitised_when_saved_and_when_shown(django_assert_num_queries):
    block = registry.get("html")
    cleaned = block.clean_settings(
        {"html": '<p onclick="x()">Thông báo</p><script>alert(1)</script>'}
    )
    assert cleaned["html"] == "<p>Thông báo</p>"
    with pytest.raises(ValidationError, match="trống"):
        block.clean_settings({"html": "<script>alert(1)</script>"})
    html = render(
        "html", page_for(), django_assert_num_queries, 0, html="<p>a</p><script>x</script>"
    )
    assert "<p>a</p>" in html and "<script" not in html


@pytest.mark.parametrize("count", [0, 1, 25])
def test_searchresults_lists_matches(count, django_assert_max_num_queries):
    for n in range(count):
        make_news_item(f"Cải cách hành chính {n}")
    make_news_item("Lễ hội mùa xuân")
    page = page_for("search", path="/tim-kiem/?q=cải+cách", query="cải cách")
    budget = search_query_budget()
    html = render("searchresults", page, django_assert_max_num_queries, budget, per_page=20)
    assert html.count('<article class="card') == min(count, 20)
    assert "Lễ hội" not in html
    assert ('href="?q=' in html) == (count > 20)


def test_related_considers_the_newest_of_the_section_and_of_each_topic(
    monkeypatch, django_assert_num_queries
):
    from bantin import related

    monkeypatch.setattr(related, "CANDIDATES", 2)
    section = make_category("Kinh tế")
    tag = Tag.objects.create(name="OCOP")
    now = timezone.now()
    item = make_news_item("Bài đang đọc", category=section, publish_at=now)
    item.tags.add(tag)
    for age in (1, 2, 3):
        make_news_item(
            f"Cùng chuyên mục {age}", category=section, publish_at=now - timedelta(days=age)
        )
    old_topic = make_news_item("Cùng chủ đề, đã cũ", publish_at=now - timedelta(days=30))
    old_topic.tags.add(tag)
    html = render(
        "related", page_for("article", item=article(item)), django_assert_num_queries, 1, count=6
    )
    # The topic's newest two include the old one; the section's newest two leave out the third.
    assert "Cùng chủ đề, đã cũ" in html
    assert "Cùng chuyên mục 1" in html and "Cùng chuyên mục 2" in html
    assert "Cùng chuyên mục 3" not in html
