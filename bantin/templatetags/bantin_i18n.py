"""Languages on readers' pages: the switch to the same page in the other language, and the
``lang`` of content shown on a page in another language.

Only the interface is translated. Content — news items, sections, authors, topics, the site's
name and contacts, headings an admin typed — is written in Vietnamese (``LANGUAGE_CODE``) and
stays so on English pages, where its elements carry ``lang="vi"``: WCAG asks for the language
of every passage in another language, and screen readers need it to pronounce the passage. On
Vietnamese pages nothing is added.
"""

import unicodedata

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import conditional_escape, format_html

register = template.Library()


def _page_is_in_content_language():
    return (translation.get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE


@register.simple_tag
def content_lang(*values):
    """`` lang="vi"`` for the opening tag of an element holding content, on a page in another
    language. Given values, only if one of them is content: text from the code (a lazy
    translation, such as a block's default heading) is interface, and is translated."""
    if _page_is_in_content_language():
        return ""
    if values and all(isinstance(value, Promise) for value in values):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


@register.simple_tag
def interface_lang():
    """`` lang="en"`` (the page's language) for interface text inside an element marked as
    content — "Photo:" in a picture's caption — on a page in another language."""
    if _page_is_in_content_language():
        return ""
    return format_html(' lang="{}"', translation.get_language())


@register.filter
def content_span(value):
    """``value`` — content inside a translated sentence, e.g. a photo's credit after "Photo:" —
    in a ``<span lang="vi">`` on a page in another language; escaped as usual otherwise."""
    if _page_is_in_content_language() or value in (None, ""):
        return conditional_escape(value)
    return format_html('<span lang="{}">{}</span>', settings.LANGUAGE_CODE, value)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language of the site: its address, the language's name in that
    language, and whether it is the page's own. A page that is not one of ours (a 404) leads to
    the home page in the other language. Empty without a request (the server error page)."""
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = path if code == current else translate_url(path, code)
        if url == path and code != current:
            with translation.override(code):
                url = reverse("bantin:home")
        links.append(
            {
                "code": code,
                # Django writes "Tiếng Việt" decomposed; the site's text is NFC.
                "name": unicodedata.normalize(
                    "NFC", translation.get_language_info(code)["name_local"]
                ),
                "url": url,
                "current": code == current,
            }
        )
    return links
