"""Items shown once per page (bantin/listing.py), and the page's first picture loaded at once."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from bantin import listing
from bantin.models import Tag

from .factories import make_category, make_image, make_news_item

pytestmark = pytest.mark.django_db


def marked(*pks):
    return "<ul>" + "".join(listing.listed(pk, f"<li>{pk}</li>") for pk in pks) + "</ul>"


def test_a_list_leaves_out_what_the_page_showed_and_shows_the_next_ones():
    shown = {2, 3}
    html = listing.shown_once(marked(1, 2, 3, 4, 5, 6), shown, 3)
    assert html == "<ul><li>1</li><li>4</li><li>5</li></ul>"
    assert shown == {1, 2, 3, 4, 5}


def test_a_list_short_of_others_shows_fewer_and_one_with_nothing_new_is_left_out():
    assert listing.shown_once(marked(1, 2, 3), {1, 3}, 2) == "<ul><li>2</li></ul>"
    assert listing.shown_once(marked(1, 3), {1, 3}, 2) == ""
    # A list that had nothing to show keeps its own words for it.
    assert listing.shown_once("<p>Chưa có tin.</p>", {1}, 2) == "<p>Chưa có tin.</p>"


def test_the_pages_own_item_is_never_listed_not_even_by_a_list_that_leaves_nothing_out():
    assert listing.shown_once(marked(7, 8), set(), None, own={7}) == "<ul><li>8</li></ul>"
    assert listing.shown_once(marked(7, 8), {7}, 2, own={7}) == "<ul><li>8</li></ul>"


def test_a_ranking_keeps_its_ranks_whatever_came_before_it():
    html = listing.shown_once(marked(1, 2, 3, 4), {1, 9}, 2, own={9}, ranking=True)
    assert html == "<ul><li>1</li><li>2</li></ul>"


def block(html, name):
    """The markup of the page's block ``name``."""
    return html.split(f'data-block="{name}"')[1].split("</section>")[0]


def links(html):
    return re.findall(r'href="(/tin-tuc/[^"]+)"', html)


@pytest.fixture
def section_with_topics():
    """A section with enough items for every list of an article, sharing topics."""
    section = make_category("Kinh tế")
    topic = Tag.objects.create(name="Nông thôn mới", slug="nong-thon-moi")
    now = timezone.now()
    items = []
    for number in range(30):
        item = make_news_item(
            f"Tin kinh tế {number}", category=section, publish_at=now - timedelta(hours=number)
        )
        if number % 2:
            item.tags.add(topic)
        items.append(item)
    call_command("refresh_related", verbosity=0)
    return items


@pytest.mark.parametrize("fragments", [False, True])
def test_no_list_of_an_article_shows_it_and_related_and_other_news_share_none(
    client, settings, section_with_topics, fragments
):
    settings.PORTAL_PAGE_CACHE = False
    settings.PORTAL_FRAGMENT_CACHE = fragments
    # As new as the section's: the latest list has others than the section's to show.
    elsewhere = make_category("Thể thao")
    now = timezone.now()
    for number in range(12):
        make_news_item(category=elsewhere, publish_at=now - timedelta(hours=number + 0.5))
    # Another article first: the site-wide lists' fragments come from its page.
    client.get(section_with_topics[20].get_absolute_url())
    item = section_with_topics[0]  # the newest: in the latest list of every page
    url = item.get_absolute_url()
    html = client.get(url).content.decode()
    lists = {name: links(block(html, name)) for name in ("othernews", "related", "latest")}
    for name, shown in lists.items():
        assert url not in shown, name
    assert len(lists["othernews"]) == 8
    assert len(lists["related"]) == 6
    assert not set(lists["othernews"]) & set(lists["related"])
    assert len(lists["latest"]) == 8
    assert not set(lists["latest"]) & (set(lists["othernews"]) | set(lists["related"]))


def test_the_first_picture_of_a_page_loads_at_once_and_the_others_lazily(client, settings):
    settings.PORTAL_PAGE_CACHE = False
    section = make_category("Xã hội")
    for number in range(4):
        make_news_item(f"Tin nổi bật {number}", category=section, is_featured=True,
                       lead_image=make_image())  # fmt: skip
    html = client.get("/").content.decode()
    images = re.findall(r"<img [^>]*>", block(html, "featured"))
    assert len(images) == 4
    assert 'loading="eager"' in images[0] and 'fetchpriority="high"' in images[0]
    for image in images[1:]:
        assert 'loading="lazy"' in image and "fetchpriority" not in image
    # The lists after the first block with pictures load theirs lazily.
    rest = html.split('data-block="featured"')[1].split("</section>", 1)[1]
    assert "fetchpriority" not in rest


def test_an_articles_lead_picture_is_its_first_and_its_lists_load_theirs_lazily(client):
    section = make_category("Văn hóa")
    # More than the other news lists: the related list has others to show.
    items = [make_news_item(category=section, lead_image=make_image()) for _ in range(12)]
    call_command("refresh_related", verbosity=0)
    html = client.get(items[0].get_absolute_url()).content.decode()
    assert 'fetchpriority="high"' in block(html, "viewdata")
    related = block(html, "related")
    assert "<img" in related and "fetchpriority" not in related
