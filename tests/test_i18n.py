"""English for the readers' interface and the admin; Vietnamese the default.

Readers' pages are in Vietnamese at their plain address and in English under /en/, whatever the
browser asks; the admin follows the browser. Content stays in Vietnamese on English pages, in
elements marked ``lang="vi"``; everything else on an English page is translated.
"""

import gettext
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from bantin.models import Author, Category, DailyViewCount, NewsItem, Tag

from .factories import make_author, make_category, make_image, make_news_item
from .test_pagecache import get

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"
ENGLISH_BROWSER = {"accept-language": "en-US,en;q=0.9"}


def vietnamese_letters():
    """Every letter with a diacritic that Vietnamese writes: ă â đ ê ô ơ ư and the vowels with
    each of the five tone marks, in both cases."""
    letters = set("ăâđêôơưĂÂĐÊÔƠƯ")
    for vowel in "aăâeêioôơuưy":
        for mark in "\u0300\u0301\u0303\u0309\u0323":  # huyền, sắc, ngã, hỏi, nặng
            letter = unicodedata.normalize("NFC", vowel + mark)
            letters |= {letter, letter.upper()}
    return "".join(sorted(letters))


VIETNAMESE = re.compile(f"[{vietnamese_letters()}]")

# Attributes whose text a reader sees or hears: tooltips, accessible names, placeholders, text
# alternatives, and the labels portal.js puts on the page.
READ_ATTRIBUTES = {
    "title",
    "aria-label",
    "aria-description",
    "placeholder",
    "alt",
    "data-label-play",
    "data-label-pause",
    "data-label-resume",
    "data-copied",
    "data-done",
}
VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip


class Interface(HTMLParser):
    """The text of a page's body that is not content: every element marked ``lang="vi"`` is
    left out with all it holds, and so are scripts and styles. Hidden elements count: scripts
    show them."""

    UNSEEN = ("head", "script", "style", "template")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, marked as Vietnamese, unseen), for each open element
        self.texts = []
        self.content = []

    @property
    def state(self):
        return self.stack[-1][1:] if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        vietnamese, unseen = self.state
        vietnamese = vietnamese or attrs.get("lang", "").split("-")[0] == "vi"
        unseen = unseen or tag in self.UNSEEN
        if not vietnamese and not unseen:
            for name, value in attrs.items():
                if name in READ_ATTRIBUTES and value:
                    self.texts.append(f"[{tag} {name}] {value}")
            if tag == "input" and attrs.get("type") in ("submit", "button", "reset"):
                self.texts.append(f"[input value] {attrs.get('value', '')}")
        if tag not in VOID:
            self.stack.append((tag, vietnamese, unseen))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        vietnamese, unseen = self.state
        if not data.strip() or unseen:
            return
        (self.content if vietnamese else self.texts).append(data.strip())


def interface_of(html):
    parser = Interface()
    parser.feed(html)
    parser.close()
    return parser


def untranslated(html, *, readers_words=""):
    """The interface text of an English page that is written in Vietnamese. The reader's own
    words (a search query), shown back to them, are neither interface nor content."""
    found = []
    for text in interface_of(html).texts:
        if readers_words:
            text = text.replace(readers_words, "")
        if VIETNAMESE.search(text):
            found.append(text)
    return found


@pytest.fixture
def demo(db):
    call_command("load_demo", "--no-users", verbosity=0)
    # Views, so the most-read lists show items rather than their empty message.
    today = timezone.localdate()
    for rank, item in enumerate(NewsItem.objects.published().order_by("-publish_at")[:5]):
        DailyViewCount.objects.create(news_item=item, date=today, count=50 - rank)


def in_english(function):
    with translation.override("en"):
        return function()


def full_article():
    """A published demo item with every part: lead image, caption, authors, topics, source."""
    items = (
        NewsItem.objects.published()
        .filter(lead_image__isnull=False, bylines__isnull=False, tags__isnull=False)
        .exclude(source="")
        .distinct()
        .order_by("-publish_at")
    )
    found = items.first()
    assert found is not None, "the demo content has no article with every part"
    return found


# The address decides the language of a reader's page.


def test_unprefixed_pages_are_vietnamese_even_for_an_english_browser(client):
    make_news_item("Khánh thành cầu treo Bản Khe")
    response = client.get("/", headers=ENGLISH_BROWSER)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert '<html lang="vi">' in html and "Trang chủ" in html


def test_readers_pages_do_not_vary_on_the_browser_language(client):
    make_news_item("Khánh thành cầu treo Bản Khe")
    for url in ("/", "/en/", "/khong-co-trang-nay/"):
        response = client.get(url, headers=ENGLISH_BROWSER)
        assert "accept-language" not in response.get("Vary", "").lower(), url


def test_the_en_prefix_gives_the_english_page(client):
    item = make_news_item("Khánh thành cầu treo Bản Khe")
    url = item.get_absolute_url()
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in html and ">Home<" in html
    assert "Trang chủ" not in html
    # Links lead to the English pages; the content itself stays as written.
    assert f'href="/en{url}"' in html
    assert item.title in html


def test_english_pages_link_to_english_pages_and_vietnamese_to_vietnamese(client):
    item = make_news_item("Khánh thành cầu treo Bản Khe")
    url = item.get_absolute_url()
    assert in_english(item.get_absolute_url) == f"/en{url}"
    assert in_english(item.category.get_absolute_url) == f"/en{item.category.get_absolute_url()}"
    assert client.get(f"/en{url}").status_code == 200
    assert client.get(url).status_code == 200


def test_no_third_language_and_no_vietnamese_prefix(client):
    make_news_item()
    assert client.get("/fr/").status_code == 404
    assert client.get("/vi/").status_code == 404


def test_what_is_not_a_page_keeps_one_address_in_every_language(client):
    item = make_news_item("Khánh thành cầu treo Bản Khe")
    with translation.override("en"):
        assert reverse("endpoints:count_view", args=[item.pk]) == f"/luot-xem/{item.pk}/"
        assert reverse("endpoints:editor_image_upload") == "/tai-anh-len/"
    html = client.get(f"/en{item.get_absolute_url()}").content.decode()
    assert f'data-view-beacon="/luot-xem/{item.pk}/"' in html
    assert client.post(f"/en/luot-xem/{item.pk}/").status_code == 404


# The admin follows the user's browser.


def test_the_admin_is_english_for_an_english_browser(client):
    response = client.get(reverse("admin:login"), headers=ENGLISH_BROWSER)
    html = response.content.decode()
    assert response["Content-Language"] == "en"
    assert '<html lang="en"' in html
    assert "Portal administration" in html and "Quản trị cổng thông tin" not in html
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("header", [{}, {"accept-language": "vi"}, {"accept-language": "fr"}])
def test_the_admin_is_vietnamese_otherwise(client, header):
    html = client.get(reverse("admin:login"), headers=header).content.decode()
    assert '<html lang="vi"' in html and "Quản trị cổng thông tin" in html


def test_the_admin_follows_the_language_cookie_before_the_browser(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    html = client.get(reverse("admin:login"), headers=ENGLISH_BROWSER).content.decode()
    assert '<html lang="vi"' in html


def test_workflow_mail_is_in_vietnamese_whatever_the_senders_admin_shows(editor, reporter):
    from django.core import mail
    from django.test import TestCase

    from bantin import workflow

    reporter.email = "pv@example.vn"
    reporter.save()
    item = make_news_item(status=NewsItem.Status.SUBMITTED, publish_at=None, created_by=reporter)
    with translation.override("en"), TestCase.captureOnCommitCallbacks(execute=True):
        workflow.news_item_return(item=item, actor=editor, comment="Thiếu nguồn ảnh.")
    (message,) = mail.outbox
    assert "Trả lại" in message.subject and "Người thực hiện" in message.body


def test_a_status_and_the_step_leading_to_it_are_told_apart_in_english():
    from bantin.workflow import ACTIONS

    with translation.override("en"):
        assert str(NewsItem.Status.RETURNED.label) == "Returned"
        assert str(ACTIONS["return"].label) == "Return"
        assert str(NewsItem.Status.UNPUBLISHED.label) == "Unpublished"
        assert str(ACTIONS["unpublish"].label) == "Unpublish"
        assert str(Category._meta.verbose_name) == "section"
        assert str(Category._meta.verbose_name_plural) == "sections"


def test_the_body_editor_follows_the_admins_language(client, editor):
    client.force_login(editor)
    url = reverse("admin:bantin_newsitem_add")
    english_form = client.get(url, headers=ENGLISH_BROWSER).content.decode()
    vietnamese_form = client.get(url).content.decode()
    assert '"language": "en"' in english_form and '"title": "Heading 2"' in english_form
    # json_script writes non-ASCII letters as \u escapes.
    assert '"language": "vi"' in vietnamese_form
    assert f'"title": {json.dumps("Tiêu đề 2")}' in vietnamese_form


def test_the_editors_upload_answers_in_the_admins_language(client, editor):
    client.force_login(editor)
    response = client.post(reverse("endpoints:editor_image_upload"), headers=ENGLISH_BROWSER)
    message = response.json()["error"]["message"]
    assert response.status_code == 400
    assert message and not VIETNAMESE.search(message)


# The page cache keeps the languages apart.


def test_each_language_of_a_page_is_cached_apart(client):
    make_news_item("Khánh thành cầu treo Bản Khe")
    pages = {}
    for _round in range(2):
        for url, language in [("/", "vi"), ("/en/", "en")]:
            response, queries = get(client, url)
            html = response.content.decode()
            assert response.status_code == 200
            assert f'<html lang="{language}">' in html
            assert response["Content-Language"] == language
            pages.setdefault(url, []).append((queries, html))
    for url, ((first_queries, first), (second_queries, second)) in pages.items():
        assert first_queries > 0, url
        assert second_queries == 0, f"{url} was not served from the cache"
        assert second == first
    assert "Trang chủ" in pages["/"][1][1] and ">Home<" in pages["/en/"][1][1]


def test_the_cache_key_follows_the_address_not_the_last_request(client):
    """The page cache runs before LocaleMiddleware, while the thread still holds the language
    of its previous request: that must not split or mix the cached pages."""
    make_news_item("Khánh thành cầu treo Bản Khe")
    client.get("/")
    with translation.override("en"):
        response, queries = get(client, "/")
    assert queries == 0
    assert '<html lang="vi">' in response.content.decode()


# The language switch.


def switch_links(html):
    return re.findall(r'<a class="language-switch__link"[^>]*>[^<]*</a>', html)


def test_every_page_links_to_itself_in_the_other_language(client):
    item = make_news_item("Khánh thành cầu treo Bản Khe")
    url = item.get_absolute_url()
    vietnamese, english_link = switch_links(client.get(url).content.decode())
    assert f'href="{url}"' in vietnamese and 'aria-current="true"' in vietnamese
    assert (
        'lang="vi"' in vietnamese and 'hreflang="vi"' in vietnamese and ">Tiếng Việt<" in vietnamese
    )
    assert f'href="/en{url}"' in english_link and "aria-current" not in english_link
    assert (
        'lang="en"' in english_link
        and 'hreflang="en"' in english_link
        and ">English<" in english_link
    )

    vietnamese, english_link = switch_links(client.get(f"/en{url}").content.decode())
    assert f'href="{url}"' in vietnamese and "aria-current" not in vietnamese
    assert f'href="/en{url}"' in english_link and 'aria-current="true"' in english_link


def test_the_switch_keeps_the_query(client):
    make_news_item("Cải cách hành chính")
    html = client.get("/tim-kiem/?q=c%E1%BA%A3i+c%C3%A1ch&page=1").content.decode()
    assert 'href="/en/tim-kiem/?q=c%E1%BA%A3i+c%C3%A1ch&amp;page=1"' in html


def test_a_missing_page_links_to_the_home_page_in_the_other_language(client):
    response = client.get("/en/khong-co-trang-nay/")
    vietnamese, english_link = switch_links(response.content.decode())
    assert response.status_code == 404
    assert 'href="/"' in vietnamese


# The catalogues.


def po_entries(path):
    """(msgctxt, msgid, msgstr or [plural forms], flags) of each entry of a .po file but its
    header, read without any gettext tool."""
    entries, entry, field = [], None, None

    def finish():
        if entry is not None and entry["msgid"]:
            entries.append(entry)

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if not line:
            finish()
            entry, field = None, None
            continue
        if entry is None:
            entry = {"flags": "", "msgctxt": None, "msgid": "", "msgid_plural": None, "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] += line[2:]
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = unquote(line)
            if isinstance(field, tuple):
                entry["msgstr"][field[1]] += value
            else:
                entry[field] += value
        else:
            keyword, value = line.split(" ", 1)
            match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if match:
                field = ("msgstr", int(match.group(1)))
                entry["msgstr"][field[1]] = unquote(value)
            elif keyword == "msgstr":
                field = ("msgstr", 0)
                entry["msgstr"][0] = unquote(value)
            else:
                field = keyword
                entry[field] = unquote(value)
    return entries


PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def unquote(quoted):
    """A quoted .po string's text."""
    return re.sub(r"\\(.)", lambda match: PO_ESCAPES[match.group(1)], quoted[1:-1])


CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def test_there_are_catalogues_for_english_and_vietnamese():
    languages = {path.parent.parent.name for path in CATALOGUES}
    assert languages == {code for code, _name in settings.LANGUAGES}


def test_every_english_string_is_translated_and_none_is_fuzzy():
    entries = po_entries(LOCALE / "en" / "LC_MESSAGES" / "django.po")
    assert len(entries) > 300
    untranslated_entries = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert untranslated_entries == []
    assert fuzzy == []
    plural = [e for e in entries if e["msgid_plural"] is not None]
    assert all(len(e["msgstr"]) == 2 for e in plural)


def test_english_translations_keep_their_placeholders():
    placeholder = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{\{ ?[a-z_.]+ ?\}\}|\{[a-z_]*\}")
    for entry in po_entries(LOCALE / "en" / "LC_MESSAGES" / "django.po"):
        expected = sorted(placeholder.findall(entry["msgid"]))
        for translated in entry["msgstr"].values():
            assert sorted(placeholder.findall(translated)) == expected or (
                entry["msgid_plural"] is not None
            ), entry["msgid"]


def test_english_translations_are_english():
    for entry in po_entries(LOCALE / "en" / "LC_MESSAGES" / "django.po"):
        for translated in entry["msgstr"].values():
            without_examples = re.sub(r"“[^”]*”|e\.g\. .*", "", translated)
            assert not VIETNAMESE.search(without_examples), (entry["msgid"], translated)


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_every_catalogue_is_compiled_and_up_to_date(po):
    """The .mo files are checked in, so that a fresh machine needs no gettext tools: each must
    hold exactly the translations of its .po file."""
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run manage.py compilemessages"
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)._catalog
    expected = {}
    for entry in po_entries(po):
        if "fuzzy" in entry["flags"] or not all(entry["msgstr"].values()):
            continue
        msgid = entry["msgid"]
        if entry["msgctxt"] is not None:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if entry["msgid_plural"] is None:
            expected[msgid] = entry["msgstr"][0]
        else:
            for index, translated in entry["msgstr"].items():
                expected[(msgid, index)] = translated
    compiled = {key: value for key, value in compiled.items() if key != ""}
    assert compiled == expected, f"{mo} is out of date: run manage.py compilemessages"


def test_our_strings_are_translated_in_english():
    with translation.override("en"):
        assert translation.gettext("Trang chủ") == "Home"
        assert translation.gettext("Quản trị cổng thông tin") == "Portal administration"
        assert translation.gettext("Thứ Năm") == "Thursday"
        assert translation.gettext("Trang sau") == "Next"
    with translation.override("vi"):
        assert translation.gettext("Trang chủ") == "Trang chủ"


def test_the_weekday_of_an_article_is_english_on_its_english_page(client):
    item = make_news_item(publish_at=timezone.make_aware(timezone.datetime(2022, 4, 28, 9, 0)))
    html = client.get(f"/en{item.get_absolute_url()}").content.decode()
    assert "Thursday, 28/04/2022" in html


# English pages hold no Vietnamese but their content.


def english_pages():
    """One of each page type, in English, with the demo content."""
    article = full_article()
    section = Category.objects.filter(parent__isnull=False).first() or Category.objects.first()
    busiest = max(
        Category.objects.all(), key=lambda s: NewsItem.objects.published().in_section(s).count()
    )
    for _number in range(21 - NewsItem.objects.published().in_section(busiest).count()):
        make_news_item(category=busiest)  # a second page of the list
    author = Author.objects.filter(bylines__isnull=False).distinct().first()
    tag = Tag.objects.filter(news_items__isnull=False).distinct().first()
    with translation.override("en"):
        return {
            "home": (reverse("bantin:home"), ""),
            "section": (section.get_absolute_url(), ""),
            "section, page 2": (busiest.get_absolute_url() + "?page=2", ""),
            "article": (article.get_absolute_url(), ""),
            "search": (reverse("bantin:search") + "?q=cải cách hành chính", "cải cách hành chính"),
            "search, filtered": (
                reverse("bantin:search")
                + f"?q=nông thôn&chuyen_muc={busiest.slug}&tu_ngay=2099-01-01&den_ngay=2000-01-01",
                "nông thôn",
            ),
            "search, no query": (reverse("bantin:search"), ""),
            "author": (author.get_absolute_url(), ""),
            "topic": (tag.get_absolute_url(), ""),
        }


def test_english_pages_show_no_untranslated_interface(client, demo):
    problems = {}
    for name, (url, readers_words) in english_pages().items():
        assert url.startswith("/en/"), url
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        html = response.content.decode()
        assert '<html lang="en">' in html
        found = untranslated(html, readers_words=readers_words)
        if found:
            problems[f"{name} {url}"] = found
        # The content is there, in Vietnamese, marked as such.
        assert VIETNAMESE.search(" ".join(interface_of(html).content)), name
    assert problems == {}


def test_a_missing_english_page_shows_no_untranslated_interface(client, demo):
    response = client.get("/en/khong-co-trang-nay/")
    assert response.status_code == 404
    assert untranslated(response.content.decode()) == []


def test_an_english_article_keeps_its_content_in_vietnamese_marked_as_such(client):
    author = make_author("Hương Dịu")
    image = make_image(alt_text="Bộ phận một cửa", credit="Tư liệu")
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        sapo="Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm.",
        lead_image=image,
        lead_image_caption="Người dân đến thực hiện các TTHC",
        authors=[author],
        source="Báo Bắc Kạn",
    )
    html = client.get(f"/en{item.get_absolute_url()}").content.decode()
    assert '<h1 class="article__title" lang="vi">Ba Bể đẩy mạnh cải cách hành chính</h1>' in html
    assert 'Source: <span lang="vi">Báo Bắc Kạn</span>' in html
    assert 'Photo: <span lang="vi">Tư liệu</span>' in html
    assert untranslated(html) == []


def test_vietnamese_pages_carry_no_extra_lang_attributes(client):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", source="Báo Bắc Kạn")
    html = client.get(item.get_absolute_url()).content.decode()
    marked = re.findall(r"<[^>]*\slang=\"vi\"[^>]*>", html)
    assert [tag for tag in marked if "language-switch__link" not in tag] == ['<html lang="vi">']
    assert '<h1 class="article__title">Ba Bể đẩy mạnh cải cách hành chính</h1>' in html


def test_a_heading_an_admin_wrote_is_content_and_a_default_one_is_interface():
    from bantin.blocks import registry
    from bantin.pages import Page

    class Request:
        GET = {}

    make_news_item("Khánh thành cầu treo Bản Khe")
    block = registry.get("latest")
    with translation.override("en"):
        page = Page(request=Request(), kind="home")
        default = block.render(page)
        written = block.render(page, heading="Tin của huyện")
        # The default heading as an English admin saw it and saved it is still the default.
        saved_in_english = block.render(page, heading="Latest news")
    with translation.override("vi"):
        saved_in_english_seen_in_vietnamese = block.render(page, heading="Latest news")
    assert '<h2 class="block__heading">Latest news</h2>' in default
    assert '<h2 class="block__heading" lang="vi">Tin của huyện</h2>' in written
    assert '<h2 class="block__heading">Latest news</h2>' in saved_in_english
    assert '<h2 class="block__heading">Tin mới nhất</h2>' in saved_in_english_seen_in_vietnamese


def test_section_names_in_the_search_filter_are_marked_as_content(client):
    make_category("Kinh tế")
    html = client.get("/en/tim-kiem/").content.decode()
    assert re.search(r'<option value="kinh-te" lang="vi"[^>]*>Kinh tế</option>', html)
    assert '<option value="" selected>All sections</option>' in html
