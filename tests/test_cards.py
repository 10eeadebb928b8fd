"""Cards of items in lists (bantin/cards.py): the same HTML as the card template, shared by
every list and page showing the item, rendered again when anything they show changes, and
only ever read or stored for readers."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory

from bantin import cards, roles
from bantin.models import Image, NewsItem
from bantin.pages import Page

from .factories import make_category, make_image, make_news_item, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_on(settings):
    """Whole pages off, so that each request renders its page from its fragments and cards."""
    settings.PORTAL_PAGE_CACHE = False
    settings.PORTAL_FRAGMENT_CACHE = True


@pytest.fixture
def renders(monkeypatch):
    """The cards rendered from the template, as (item id, options)."""
    seen = []
    original = cards.render

    def recording(item, card_options, template=None):
        seen.append((item.pk, tuple(sorted(card_options.items()))))
        return original(item, card_options, template)

    monkeypatch.setattr(cards, "render", recording)
    return seen


def card_entries():
    # Keys as the cache API takes them, without the local-memory backend's version prefix.
    return sorted(key.split(":", 2)[2] for key in cache._cache if f":{cards.CARD_PREFIX}" in key)


def reader_page():
    return Page(request=RequestFactory().get("/"), kind="home")


LIST = (
    "{% load bantin_cards %}<div>{% cards %}{% for item in items %}"
    "{% if forloop.first %}{% card item show_image=True show_sapo=True show_section=True "
    'image_crop="16x9" %}{% else %}{% card item show_image=True compact=True %}{% endif %}'
    "{% endfor %}{% endcards %}</div>"
)
#: The same list as the blocks wrote it before cards were cached.
INCLUDED = (
    "<div>{% for item in items %}{% if forloop.first %}"
    '{% include "bantin/includes/card.html" with show_image=True show_sapo=True '
    'show_section=True image_crop="16x9" %}{% else %}'
    '{% include "bantin/includes/card.html" with show_image=True compact=True %}'
    "{% endif %}{% endfor %}</div>"
)


def render_list(items, page=None, template=LIST):
    return Template(template).render(Context({"items": items, "page": page or reader_page()}))


def listed(*items):
    """The items as the lists load them."""
    found = NewsItem.objects.for_cards().in_bulk([item.pk for item in items])
    return [found[item.pk] for item in items]


def make_items(count=3):
    section = make_category("Kinh tế")
    return [
        make_news_item(f"Tin kinh tế {n}", category=section, lead_image=make_image())
        for n in range(count)
    ]


def test_cards_are_the_html_of_the_card_template_rendered_or_cached():
    items = listed(*make_items())
    included = render_list(items, template=INCLUDED)
    assert render_list(items) == included  # rendered and stored
    assert card_entries()
    assert render_list(listed(*items)) == included  # from the cache


def test_a_lists_cards_are_read_at_once_and_the_missing_ones_written_at_once(monkeypatch):
    items = listed(*make_items(4))
    calls = []

    def counted(name):
        original = getattr(cache, name)

        def call(keys, *args, **kwargs):
            if any(key.startswith(cards.CARD_PREFIX) for key in keys):
                calls.append((name, len(keys)))
            return original(keys, *args, **kwargs)

        return call

    for name in ("get_many", "set_many"):
        monkeypatch.setattr(cache, name, counted(name))
    render_list(items)
    assert calls == [("get_many", 4), ("set_many", 4)]
    calls.clear()
    render_list(listed(*items))
    assert calls == [("get_many", 4)]


def test_a_card_is_shared_by_the_lists_and_pages_showing_it(client, renders):
    section = make_category("Giáo dục")
    for n in range(3):
        make_news_item(
            f"Tin nổi bật {n}", category=section, lead_image=make_image(), is_featured=True
        )
    client.get("/")
    home = set(renders)
    renders.clear()
    html = client.get(section.get_absolute_url()).content.decode()
    # The section's featured list shows compact cards the home page showed already.
    assert set(renders).isdisjoint(home)
    assert len(renders) < html.count('<article class="card')


def test_a_card_shown_again_is_not_rendered_again(renders):
    items = listed(*make_items())
    render_list(items)
    assert len(renders) == 3
    render_list(listed(*items))
    assert len(renders) == 3


def test_an_edited_item_gets_a_new_card(renders):
    first, *others = make_items()
    render_list(listed(first, *others))
    first.refresh_from_db()
    first.title = "Tiêu đề đã sửa"
    first.save()  # a save from a script: the editors' version is not bumped
    html = render_list(listed(first, *others))
    assert "Tiêu đề đã sửa" in html
    assert [pk for pk, _options in renders[3:]] == [first.pk]


def test_a_new_crop_of_the_lead_image_gives_a_new_card(renders):
    first, *others = make_items()
    render_list(listed(first, *others))
    image = Image.objects.get(pk=first.lead_image_id)
    image.focal_x, image.rendition_version = 0.1, image.rendition_version + 1
    image.save()
    html = render_list(listed(first, *others))
    assert f"/pictures/{image.pk}/2-" in html
    assert [pk for pk, _options in renders[3:]] == [first.pk]


def test_a_renamed_section_gives_new_cards(renders):
    items = make_items(2)
    render_list(listed(*items))
    section = items[0].category
    section.name = "Kinh tế – Tài chính"
    section.save()
    html = render_list(listed(*items))
    assert "Kinh tế – Tài chính" in html
    assert len(renders) == 4


def test_the_english_page_gets_english_cards(client):
    make_news_item("Tin song ngữ", lead_image=make_image(), is_featured=True)
    vietnamese = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert 'lang="vi"><a href="/en/tin-tuc/tin-song-ngu-' in english
    assert 'class="card__title"><a href="/tin-tuc/tin-song-ngu-' in vietnamese
    stored = card_entries()
    assert stored
    client.get("/en/")
    assert card_entries() == stored  # each language's cards found again


def test_staff_previews_neither_read_nor_store_cards(client, monkeypatch):
    section = make_category("Xã hội")
    make_news_item("Tin đã đăng cùng chuyên mục", category=section, lead_image=make_image())
    draft = make_news_item("Bài chờ biên tập", category=section, status=NewsItem.Status.SUBMITTED)
    looked_up = []
    monkeypatch.setattr(cards, "key_of", lambda *args: looked_up.append(args))
    client.force_login(make_user(role=roles.EDITOR))
    html = client.get(f"/xem-truoc/{draft.pk}/").content.decode()
    assert "Bài chờ biên tập" in html
    assert '<h3 class="card__title"><a href="/tin-tuc/tin-da-dang-cung-chuyen-muc-' in html
    assert looked_up == [] and card_entries() == []


def test_a_drafts_card_is_never_stored():
    draft = make_news_item("Nháp trong danh sách", status=NewsItem.Status.DRAFT)
    draft = NewsItem.objects.select_related("category", "lead_image").get(pk=draft.pk)
    assert "Nháp trong danh sách" in render_list([draft])
    assert cards.key_of(draft, cards.options()) is None
    assert card_entries() == []


def test_cards_follow_the_fragment_switch(settings, renders):
    settings.PORTAL_FRAGMENT_CACHE = False
    items = listed(*make_items(2))
    render_list(items)
    render_list(items)
    assert len(renders) == 4 and card_entries() == []


def test_a_card_outside_a_list_is_rendered_on_the_spot():
    item = listed(*make_items(1))[0]
    html = Template("{% load bantin_cards %}{% card item show_image=True %}").render(
        Context({"item": item})
    )
    assert html == Template(
        '{% include "bantin/includes/card.html" with show_image=True %}'
    ).render(Context({"item": item}))
