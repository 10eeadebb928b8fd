"""The allowlist that every stored rich-text body passes through.

It fits what the CKEditor 5 configuration in settings produces: paragraphs, headings, inline
emphasis, lists, links, block quotes, tables and figures with images and captions. Anything
else — scripts, event handlers, inline styles, iframes, forms, ``javascript:`` URLs — is
removed, whether it came from the editor or from a crafted POST.
"""

from urllib.parse import unquote, urlsplit

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "span",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
    "img",
    "picture",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "ol": {"start", "reversed"},
}
ALLOWED_CLASSES = {
    "figure": {
        "image",
        "table",
        "image-style-side",
        "image-style-block-align-left",
        "image-style-block-align-right",
        "image-style-align-left",
        "image-style-align-right",
        "image_resized",
    },
    "span": {"image-inline"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _is_own_media(url):
    """Images in a body must come from our own media, never hot-linked from elsewhere."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or "\\" in url:
        return False
    path = unquote(parts.path)
    # "/media/../admin/" would leave the media folder once the browser resolves it.
    if any(segment in (".", "..") for segment in path.split("/")) or "//" in path:
        return False
    return path.startswith(settings.MEDIA_URL)


def _filter_attribute(tag, attribute, value):
    if tag == "img" and attribute == "src" and not _is_own_media(value):
        return None
    if attribute in {"width", "height", "colspan", "rowspan", "span", "start"}:
        return value if value.isdigit() else None
    return value


def sanitize_html(html):
    """Return ``html`` reduced to the allowlist; links get ``rel="noopener noreferrer"``."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
