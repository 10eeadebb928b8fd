"""Every admin page a user can reach, and the English left in what it shows.

``admin_pages`` walks the admin as a user would: from the index, every model the admin site
registers (its list, add form, a change form of a real object, its history and delete
confirmation), and every admin link the pages rendered, once per kind of address (numbers
stand for any id; each query parameter, such as a filter, counts as a kind of its own).

``english_in`` finds English interface text. An English word is one that Django, its admin,
django-axes or our own English catalogue writes (their catalogues are the vocabulary) and that
could not be a Vietnamese syllable written without its marks: "Show", "counts", "entries",
"Toggle" are English, "ban", "tin", "the" (thế) could be Vietnamese and are left alone. A text
that is exactly one of those English strings ("Today", "Sun", "Now") is English too.
"""

import re
from pathlib import Path
from urllib.parse import parse_qsl, urljoin, urlsplit

import django
from django.conf import settings
from django.contrib import admin
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from bantin.blocks import registry

from .test_i18n import Interface, po_entries

DJANGO = Path(django.__file__).parent
AXES = Path(__import__("axes").__file__).parent
ENGLISH_CATALOGUES = [
    DJANGO / "conf/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po",
    DJANGO / "contrib/auth/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/contenttypes/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/sessions/locale/en/LC_MESSAGES/django.po",
    # django-axes has no English catalogue: its msgids are its English.
    AXES / "locale/de/LC_MESSAGES/django.po",
]
OUR_ENGLISH = Path(settings.BASE_DIR) / "locale/en/LC_MESSAGES/django.po"
#: The body editor's own interface (CKEditor 5 is translated by its bundle, not by gettext).
EDITOR_WORDS = {
    "bold", "italic", "underline", "strikethrough", "paragraph", "heading", "undo", "redo",
    "insert", "image", "table", "editor", "editing", "rich", "toolbar", "dropdown", "replace",
}  # fmt: skip

#: English words allowed in the Vietnamese admin, each for its reason:
ALLOWED_WORDS = {
    "email", "mail",  # Vietnamese words too: "Địa chỉ email", "Gửi qua e-mail"
    "web",  # Vietnamese too: "trang web", "địa chỉ web"
    "control", "command",  # the names printed on keys: "Nhấn giữ phím “Control”"
    "zalo", "facebook",  # names: a Vietnamese messaging service, a social network
    # The names of the blocks (toolbar, latest, related…): identifiers a layout is written
    # with, shown beside their Vietnamese description.
    *registry.names(),
}  # fmt: skip
#: Text that reads as English and is not the interface's to translate: a proper name in the
#: demo articles; and the rows of the tags' link table that a tag's delete confirmation lists
#: as Django names them ("NewsItem_tags object (5)"): internal rows that page should not list.
ALLOWED_PHRASES = ["PAR Index"]

VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(uye|uya|uyu|oai|oay|oao|oeo|uoi|uou|ieu|yeu|uay"
    r"|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
    r"(ch|ng|nh|[cmnpt])?"
)
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sdr]|%[sdr]|\{[a-z_]*\}|<[^>]+>|&[a-z]+;")
WORD = re.compile(r"\w+")
ASCII_WORD = re.compile(r"[A-Za-z]{3,}")


def _english_strings():
    strings = set()
    for catalogue in ENGLISH_CATALOGUES:
        for entry in po_entries(catalogue):
            strings |= {entry["msgid"], entry["msgid_plural"] or ""}
    for entry in po_entries(OUR_ENGLISH):
        strings |= set(entry["msgstr"].values())
    strings.discard("")
    return strings


ENGLISH_STRINGS = _english_strings()
ENGLISH_WORDS = {
    word.lower()
    for text in ENGLISH_STRINGS
    for word in ASCII_WORD.findall(PLACEHOLDER.sub(" ", text))
} | EDITOR_WORDS


def could_be_vietnamese(word):
    return VIETNAMESE_SYLLABLE.fullmatch(word.lower()) is not None


#: Addresses, e-mail addresses and file names (a link shown as text, the agency's contact
#: address, an uploaded file's name) are not words.
ADDRESS = re.compile(r"\S*/\S*|\S+@\S+")


def english_words(text):
    """The English words of ``text``: whole words of ASCII letters only, so that "Nẵng" or
    "Đà" are never cut into English-looking pieces."""
    text = ADDRESS.sub(" ", text)
    for phrase in ALLOWED_PHRASES:
        text = re.sub(phrase, " ", text)
    return [
        word
        for word in WORD.findall(text)
        if ASCII_WORD.fullmatch(word)
        and not word.isupper()  # an acronym: UBND, HĐND, OCOP, QR
        and word.lower() in ENGLISH_WORDS
        and word.lower() not in ALLOWED_WORDS
        and not could_be_vietnamese(word)
    ]


#: Vietnamese that reads wrong, whatever its words.
AWKWARD = [
    (re.compile(r"số tổng thể"), "“a whole number” is “số nguyên”"),
    (re.compile(r"\w \.(\s|$)"), "a space before a full stop"),
    (re.compile(r"Bản ghi nhớ"), "History is “Lịch sử”"),
    (re.compile(r"\d+\s+của\s+\d+\s+được chọn"), "“Đã chọn 0 trên 6”"),
]


def english_in(texts):
    """Each text (with its origin, as ``Interface`` gives it) that is English or awkward."""
    found = []
    for text in texts:
        shown = re.sub(r"^\[[^\]]*\] ", "", text).strip()
        words = english_words(shown)
        if words or shown in ENGLISH_STRINGS and ASCII_WORD.search(shown):
            found.append(f"{text}  ← {', '.join(words) or 'an English string'}")
        for pattern, why in AWKWARD:
            if pattern.search(shown):
                found.append(f"{text}  ← {why}")
    return found


class AdminInterface(Interface):
    """The interface text of an admin page. Left out besides what ``Interface`` leaves out:
    what a user typed or the software names (a text area's text, code: block names and their
    JSON settings on the layout pages)."""

    UNSEEN = (*Interface.UNSEEN, "textarea", "code")

    def handle_starttag(self, tag, attrs):
        # The whole admin is lang="vi", so lang="vi" says nothing of content here; an element in
        # another language says so itself (the language switch's "English"), and is left out
        # as content is.
        attrs = dict(attrs)
        language = attrs.pop("lang", "vi")
        if language.split("-")[0] != "vi":
            attrs["lang"] = "vi"
        super().handle_starttag(tag, list(attrs.items()))


def interface_texts(html):
    parser = AdminInterface()
    parser.feed(html)
    parser.close()
    return parser.texts


# ---------------------------------------------------------------------------------------------
# The walk


def _kind(url):
    """What makes two admin addresses the same page for the walk: the path with every number
    made one, and the names of the query's parameters."""
    parts = urlsplit(url)
    path = re.sub(r"/\d+/", "/N/", parts.path)
    keys = tuple(sorted({key for key, _value in parse_qsl(parts.query)} - QUERY_NOT_A_KIND))
    return path, keys


#: Admin addresses the walk does not follow: leaving, the JavaScript catalogue and JSON
#: lookups (not pages), "view on site" (a redirect to a reader's page), sorting (the same list).
SKIPPED = re.compile(r"/admin/(logout|jsi18n|autocomplete|r)/|[?&]o=")


#: Query parameters that do not make another kind of page: the page number, the facet counts
#: (the same list with numbers), the list a form returns to.
QUERY_NOT_A_KIND = {"p", "_facets", "_changelist_filters"}


def _links(html, url):
    """The admin links of a page. From a list already filtered, only links without a query:
    each filter is walked once from the plain list, not in every combination."""
    filtered = set(dict(parse_qsl(urlsplit(url).query))) - QUERY_NOT_A_KIND
    for href in re.findall(r'href="([^"#]*)', html):
        href = urljoin(url, href.replace("&amp;", "&"))
        if not href.startswith("/admin/") or SKIPPED.search(href):
            continue
        if filtered and urlsplit(href).query:
            continue
        yield href


def _registry_urls(user):
    """The list, add form and, for the newest object the user may see, the change form, history
    and delete confirmation of every model of the admin site."""
    request = RequestFactory().get("/admin/")
    request.user = user
    urls = ["/admin/", "/admin/password_change/"]
    for model, model_admin in admin.site._registry.items():
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        obj = model_admin.get_queryset(request).order_by("-pk").first()
        if obj is not None:
            for view in ["change", "history", "delete"]:
                try:
                    urls.append(reverse(f"{name}_{view}", args=[obj.pk]))
                except NoReverseMatch:
                    pass
    return urls


def _hidden_inputs(html):
    """What a form sends of itself when nothing is typed: its hidden inputs (the inline
    formsets' management forms)."""
    data = {}
    for tag in re.findall(r"<input[^>]*>", html):
        if 'type="hidden"' in tag and (name := re.search(r'name="([^"]*)"', tag)):
            value = re.search(r'value="([^"]*)"', tag)
            data[name.group(1)] = value.group(1) if value else ""
    return data


#: Forms that refuse to be sent empty, and say why.
REFUSE_EMPTY = re.compile(r"/(add|password|password_change)/$")


def admin_pages(client, user, *, also=()):
    """{url: html} of every admin page ``user`` reaches, each kind of page once, plus each add
    and password form sent empty (its errors). ``also``: addresses to visit even if a page of
    their kind was seen (an item in each step of the workflow has other steps to take). No page
    is changed: only GETs and refused POSTs."""
    client.force_login(user)
    queue = [*also, *_registry_urls(user)]
    seen, pages = set(), {}
    while queue:
        url = queue.pop(0)
        if url in pages or _kind(url) in seen and url not in also:
            continue
        seen.add(_kind(url))
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        pages[url] = html
        queue += _links(html, url)
    for url in [url for url in pages if REFUSE_EMPTY.search(urlsplit(url).path)]:
        response = client.post(url, _hidden_inputs(pages[url]))
        assert response.status_code == 200, f"an empty form was accepted at {url}"
        pages[f"POST {url}"] = response.content.decode()
    return pages
